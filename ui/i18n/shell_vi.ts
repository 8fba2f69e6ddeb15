<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../errors.py" line="210"/>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <location filename="../errors.py" line="213"/>
        <source>The judging desk met an error it did not expect. What was saved before stays saved. Please copy the details below and send them to whoever looks after the program, with a line on what you were doing.</source>
        <translation>Bàn chấm giải gặp một lỗi ngoài dự kiến. Những gì đã lưu trước đó vẫn được giữ nguyên. Vui lòng sao chép phần chi tiết bên dưới và gửi cho người phụ trách phần mềm, kèm một dòng mô tả việc bạn đang làm.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="220"/>
        <source>The details are also in the log file: {path}</source>
        <translation>Chi tiết cũng được ghi vào tệp nhật ký: {path}</translation>
    </message>
    <message>
        <location filename="../errors.py" line="224"/>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <location filename="../errors.py" line="225"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../models/entries.py" line="107"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../models/entries.py" line="108"/>
        <source>Title</source>
        <translation>Tên hồ sơ</translation>
    </message>
    <message>
        <location filename="../models/entries.py" line="109"/>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../models/entries.py" line="110"/>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../models/entries.py" line="111"/>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../models/entries.py" line="112"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../models/entries.py" line="115"/>
        <source>Active</source>
        <translation>Đang xét</translation>
    </message>
    <message>
        <location filename="../models/entries.py" line="116"/>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
    <message>
        <location filename="../models/entries.py" line="117"/>
        <source>Ineligible</source>
        <translation>Không hợp lệ</translation>
    </message>
</context>
<context>
    <name>EntriesSection</name>
    <message>
        <location filename="../sections/entries.py" line="139"/>
        <location filename="../sections/entries.py" line="198"/>
        <source>Entries</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../sections/entries.py" line="174"/>
        <location filename="../sections/entries.py" line="196"/>
        <source>All categories</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../sections/entries.py" line="194"/>
        <source>Entry actions</source>
        <translation>Thao tác với hồ sơ</translation>
    </message>
    <message>
        <location filename="../sections/entries.py" line="197"/>
        <source>Show the entries of one category</source>
        <translation>Chỉ hiện hồ sơ của một lĩnh vực</translation>
    </message>
    <message>
        <location filename="../sections/entries.py" line="201"/>
        <source>This database holds no competition yet. Load the demo competition (File › Load demo competition) or set up a new one.</source>
        <translation>Cơ sở dữ liệu này chưa có cuộc thi nào. Hãy nạp cuộc thi mẫu (Tệp › Nạp cuộc thi mẫu) hoặc khai báo một cuộc thi mới.</translation>
    </message>
    <message>
        <location filename="../sections/entries.py" line="257"/>
        <source>{total} entries</source>
        <translation>{total} hồ sơ</translation>
    </message>
    <message>
        <location filename="../sections/entries.py" line="259"/>
        <source>{shown} of {total} entries</source>
        <translation>{shown} / {total} hồ sơ</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <location filename="../widgets/entry_details.py" line="28"/>
        <source>Active</source>
        <translation>Đang xét</translation>
    </message>
    <message>
        <location filename="../widgets/entry_details.py" line="29"/>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
    <message>
        <location filename="../widgets/entry_details.py" line="30"/>
        <source>Ineligible</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <location filename="../widgets/entry_details.py" line="33"/>
        <source>Select an entry to see its details.</source>
        <translation>Chọn một hồ sơ để xem chi tiết.</translation>
    </message>
    <message>
        <location filename="../widgets/entry_details.py" line="48"/>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../widgets/entry_details.py" line="50"/>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../widgets/entry_details.py" line="51"/>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../widgets/entry_details.py" line="55"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../widgets/entry_details.py" line="58"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="60"/>
        <source>Database in use</source>
        <translation>Cơ sở dữ liệu đang được dùng</translation>
    </message>
    <message>
        <location filename="../errors.py" line="60"/>
        <source>The database is in use by another program or another copy of the judging desk. Close it there and try again.</source>
        <translation>Cơ sở dữ liệu đang được một chương trình khác hoặc một cửa sổ Bàn chấm giải khác sử dụng. Hãy đóng nó ở đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="66"/>
        <source>Database is read-only</source>
        <translation>Cơ sở dữ liệu chỉ đọc</translation>
    </message>
    <message>
        <location filename="../errors.py" line="68"/>
        <source>The database is read-only, so nothing can be saved. Copy it to a folder you can write to, or ask for permission to write.</source>
        <translation>Cơ sở dữ liệu chỉ cho phép đọc nên không lưu được gì. Hãy chép tệp sang một thư mục có quyền ghi, hoặc xin cấp quyền ghi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="74"/>
        <source>Disk full</source>
        <translation>Đĩa đầy</translation>
    </message>
    <message>
        <location filename="../errors.py" line="74"/>
        <source>The disk is full: the last change was not saved. Free some space and try again.</source>
        <translation>Đĩa đã đầy: thay đổi vừa rồi chưa được lưu. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="79"/>
        <source>Database from a newer version</source>
        <translation>Cơ sở dữ liệu của phiên bản mới hơn</translation>
    </message>
    <message>
        <location filename="../errors.py" line="81"/>
        <source>This database was written by a newer version of the judging desk. Open it with that version, or update this one.</source>
        <translation>Cơ sở dữ liệu này do một phiên bản Bàn chấm giải mới hơn tạo ra. Hãy mở bằng phiên bản đó, hoặc cập nhật phiên bản này.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="87"/>
        <source>The computer refused</source>
        <translation>Máy tính từ chối thao tác</translation>
    </message>
    <message>
        <location filename="../errors.py" line="89"/>
        <source>The computer refused the work (a file could not be opened, read or written). Nothing was changed.</source>
        <translation>Máy tính từ chối thao tác (không mở, đọc hoặc ghi được một tệp). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="95"/>
        <source>Not a judging database</source>
        <translation>Không phải cơ sở dữ liệu chấm giải</translation>
    </message>
    <message>
        <location filename="../errors.py" line="97"/>
        <source>This file is not a judging database. Choose another file.</source>
        <translation>Tệp này không phải cơ sở dữ liệu chấm giải. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="101"/>
        <source>Not accepted</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location filename="../errors.py" line="101"/>
        <source>This could not be done; nothing was changed.</source>
        <translation>Không thực hiện được; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="104"/>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <location filename="../errors.py" line="104"/>
        <source>This could not be done.</source>
        <translation>Không thực hiện được thao tác này.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="117"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../errors.py" line="120"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../errors.py" line="129"/>
        <location filename="../errors.py" line="140"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="321"/>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup copy…</source>
        <translation>Khôi phục từ &amp;bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327"/>
        <source>&amp;New database…</source>
        <translation>Cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="328"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330"/>
        <source>Load &amp;demo competition</source>
        <translation>Nạp cuộc thi &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="331"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="332"/>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338"/>
        <source>&amp;About the judging desk</source>
        <translation>&amp;Giới thiệu Bàn chấm giải</translation>
    </message>
    <message>
        <source>&amp;Organiser's guide</source>
        <translation>&amp;Hướng dẫn ban tổ chức</translation>
    </message>
    <message>
        <source>&amp;Judge's guide (scoring on your own computer)</source>
        <translation>Hướng dẫn &amp;giám khảo (chấm trên máy của mình)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="363"/>
        <source>Judging desk</source>
        <translation>Bàn chấm giải</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="372"/>
        <source>No competition yet</source>
        <translation>Chưa có cuộc thi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="376"/>
        <source>Database: {location}</source>
        <translation>Cơ sở dữ liệu: {location}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>Opened {location}</source>
        <translation>Đã mở {location}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="416"/>
        <source>Load the demo competition?</source>
        <translation>Nạp cuộc thi mẫu?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>This database is empty. Load the demo competition “Giải thưởng Sáng kiến cộng đồng 2026” (4 categories, 2 rounds, 32 entries, 9 judges) to look around?</source>
        <translation>Cơ sở dữ liệu này đang trống. Nạp cuộc thi mẫu “Giải thưởng Sáng kiến cộng đồng 2026” (4 lĩnh vực, 2 vòng, 32 hồ sơ, 9 giám khảo) để xem thử?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="448"/>
        <location filename="../main_window.py" line="454"/>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="455"/>
        <source>{name} already exists. Choose a new name, or open it with Open.</source>
        <translation>{name} đã tồn tại. Hãy chọn tên khác, hoặc mở tệp đó bằng lệnh Mở.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="463"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="476"/>
        <source>About the judging desk</source>
        <translation>Giới thiệu Bàn chấm giải</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="478"/>
        <source>The judging desk: set up an award, score offline criterion by criterion, rank exactly and explain every number, export the results and print certificates.</source>
        <translation>Bàn chấm giải: khai báo giải thưởng, chấm điểm từng tiêu chí không cần mạng, xếp hạng chính xác và giải thích từng con số, xuất kết quả và in giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Discard unsaved changes?</source>
        <translation>Bỏ các thay đổi chưa lưu?</translation>
    </message>
    <message>
        <source>{sections}: the changes are not saved yet. Discard them?</source>
        <translation>{sections}: các thay đổi chưa được lưu. Bỏ chúng đi?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="0"/>
        <source>Open &amp;judge kit…</source>
        <translation>Mở &amp;bộ hồ sơ giám khảo…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="0"/>
        <source>Open judge kit</source>
        <translation>Mở bộ hồ sơ giám khảo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="0"/>
        <source>Judge kits (*.judgekit);;All files (*)</source>
        <translation>Bộ hồ sơ giám khảo (*.judgekit);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="0"/>
        <source>The judge kit's window could not be started.</source>
        <translation>Không mở được cửa sổ chấm điểm của bộ hồ sơ giám khảo.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="0"/>
        <source>Opening the kit of {judge}…</source>
        <translation>Đang mở bộ hồ sơ của giám khảo {judge}…</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Trở lại</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../widgets/search_box.py" line="18"/>
        <source>Search: code, title, author, organisation…</source>
        <translation>Tìm: mã, tên, tác giả, đơn vị…</translation>
    </message>
    <message>
        <location filename="../widgets/search_box.py" line="21"/>
        <source>Letter case and Vietnamese tone marks do not matter: “nguyen” finds “Nguyễn”, “d” finds “Đ”.</source>
        <translation>Không phân biệt chữ hoa, chữ thường và dấu tiếng Việt: gõ “nguyen” tìm được “Nguyễn”, gõ “d” tìm được “Đ”.</translation>
    </message>
</context>
<context>
    <name>UnavailableSection</name>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>This section could not be opened. The reason was shown when it happened; open the database again (File › Open recent) to try once more.</source>
        <translation>Không mở được mục này. Lý do đã được báo khi lỗi xảy ra; hãy mở lại cơ sở dữ liệu (Tệp › Mở gần đây) để thử lại.</translation>
    </message>
</context>
</TS>
