<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../setup/attachments_dialog.py" line="68" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../setup/attachments_dialog.py" line="69" />
        <source>Type</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <location filename="../setup/attachments_dialog.py" line="70" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../setup/attachments_dialog.py" line="105" />
        <source>Attachments of {code}</source>
        <translation>Tệp đính kèm của {code}</translation>
    </message>
    <message>
        <location filename="../setup/attachments_dialog.py" line="107" />
        <source>PDF files and images are kept inside the database; opening one shows a copy.</source>
        <translation>Tệp PDF và hình ảnh được lưu ngay trong cơ sở dữ liệu; khi mở, phần mềm hiển thị một bản sao.</translation>
    </message>
    <message>
        <location filename="../setup/attachments_dialog.py" line="109" />
        <source>&amp;Add…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <location filename="../setup/attachments_dialog.py" line="110" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../setup/attachments_dialog.py" line="111" />
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../setup/attachments_dialog.py" line="154" />
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../setup/attachments_dialog.py" line="167" />
        <source>Remove attachment</source>
        <translation>Xóa tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../setup/attachments_dialog.py" line="168" />
        <source>Remove {name} from entry {code}?</source>
        <translation>Xóa {name} khỏi hồ sơ {code}?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../setup/judge_dialogs.py" line="163" />
        <source>Declare a conflict of interest</source>
        <translation>Khai báo xung đột lợi ích</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="165" />
        <source>&amp;Judge</source>
        <translation>&amp;Giám khảo</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="165" />
        <source>&amp;Entry</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="165" />
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <location filename="../setup/entry_actions.py" line="39" />
        <source>delete entry {code}</source>
        <translation>xóa hồ sơ {code}</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="92" />
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="94" />
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="143" />
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="144" />
        <source>Create an entry</source>
        <translation>Tạo hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="145" />
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="146" />
        <source>Withdraw…</source>
        <translation>Rút hồ sơ…</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="147" />
        <source>The author withdrew the entry (a reason is kept)</source>
        <translation>Tác giả rút hồ sơ (lý do được lưu lại)</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="148" />
        <source>Mark ineligible…</source>
        <translation>Đánh dấu không hợp lệ…</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="149" />
        <source>Make active</source>
        <translation>Khôi phục hiệu lực</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="150" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="151" />
        <source>Withdraw, mark ineligible or make active again</source>
        <translation>Rút hồ sơ, đánh dấu không hợp lệ hoặc khôi phục hiệu lực</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="152" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="154" />
        <source>Delete an entry no judge is assigned (Undo brings it back)</source>
        <translation>Xóa hồ sơ chưa được phân công cho giám khảo nào (Hoàn tác để lấy lại)</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="156" />
        <source>Attachments…</source>
        <translation>Tệp đính kèm…</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="157" />
        <source>Import entries…</source>
        <translation>Nhập hồ sơ…</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="158" />
        <source>Import entries from a registration spreadsheet</source>
        <translation>Nhập hồ sơ từ bảng tính đăng ký</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="196" />
        <source>Withdraw entry {code}</source>
        <translation>Rút hồ sơ {code}</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="198" />
        <source>Mark entry {code} ineligible</source>
        <translation>Đánh dấu hồ sơ {code} không hợp lệ</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="200" />
        <source>Reason (kept on record):</source>
        <translation>Lý do (được lưu lại):</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="259" />
        <source>Delete entry</source>
        <translation>Xóa hồ sơ</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="260" />
        <source>Delete entry {code}? Undo (Ctrl+Z) brings it back.</source>
        <translation>Xóa hồ sơ {code}? Có thể hoàn tác (Ctrl+Z) để lấy lại.</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="272" />
        <location filename="../setup/entry_actions.py" line="283" />
        <source>Import entries</source>
        <translation>Nhập hồ sơ</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="273" />
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../setup/entry_actions.py" line="284" />
        <source>{n} entries imported.</source>
        <translation>Đã nhập {n} hồ sơ.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../setup/entry_dialog.py" line="101" />
        <source>New entry</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../setup/entry_dialog.py" line="101" />
        <source>Edit entry</source>
        <translation>Sửa hồ sơ</translation>
    </message>
    <message>
        <location filename="../setup/entry_dialog.py" line="104" />
        <source>&amp;Code</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <location filename="../setup/entry_dialog.py" line="105" />
        <source>&amp;Title</source>
        <translation>&amp;Tên hồ sơ</translation>
    </message>
    <message>
        <location filename="../setup/entry_dialog.py" line="106" />
        <source>C&amp;ategory</source>
        <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../setup/entry_dialog.py" line="107" />
        <source>A&amp;uthors</source>
        <translation>Tác &amp;giả</translation>
    </message>
    <message>
        <location filename="../setup/entry_dialog.py" line="108" />
        <source>&amp;Organisation</source>
        <translation>&amp;Đơn vị</translation>
    </message>
    <message>
        <location filename="../setup/entry_dialog.py" line="109" />
        <source>&amp;Summary</source>
        <translation>&amp;Tóm tắt</translation>
    </message>
    <message>
        <location filename="../setup/entry_dialog.py" line="113" />
        <source>left empty: E001, E002, …</source>
        <translation>để trống: E001, E002, …</translation>
    </message>
    <message>
        <location filename="../setup/entry_dialog.py" line="114" />
        <source>one author a line (or separated by ;)</source>
        <translation>mỗi tác giả một dòng (hoặc cách nhau bởi dấu ;)</translation>
    </message>
    <message>
        <location filename="../setup/entry_dialog.py" line="137" />
        <source>The title is missing.</source>
        <translation>Chưa có tên hồ sơ.</translation>
    </message>
    <message>
        <source>The code is missing.</source>
        <translation>Thiếu mã hồ sơ.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard the changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved. Close and discard it?</source>
        <translation>Những gì bạn vừa nhập chưa được lưu. Đóng và bỏ đi?</translation>
    </message>
</context>
<context>
    <name>ImportEntriesDialog</name>
    <message>
        <location filename="../setup/import_dialog.py" line="440" />
        <source>Category names in the file</source>
        <translation>Tên lĩnh vực trong tệp</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="442" />
        <source>These names match no category of the competition. Choose the category each one stands for: every row with that name follows.</source>
        <translation>Các tên này không khớp với lĩnh vực nào của cuộc thi. Hãy chọn lĩnh vực ứng với từng tên: mọi dòng mang tên đó sẽ theo lựa chọn này.</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="451" />
        <source>(not chosen)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="560" />
        <source>“{text}” (rows: {n})</source>
        <translation>“{text}” (số dòng: {n})</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="392" />
        <location filename="../setup/import_dialog.py" line="531" />
        <source>Import entries</source>
        <translation>Nhập hồ sơ</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="393" />
        <source>Choose &amp;file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="394" />
        <source>Columns: which column of the file feeds each field</source>
        <translation>Cột: mỗi trường lấy dữ liệu từ cột nào của tệp</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="396" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="397" />
        <source>Title</source>
        <translation>Tên hồ sơ</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="398" />
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="399" />
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="400" />
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="401" />
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="407" />
        <location filename="../setup/import_dialog.py" line="441" />
        <source>(not in the file)</source>
        <translation>(không có trong tệp)</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="408" />
        <source>&amp;Skip faulty rows</source>
        <translation>&amp;Bỏ qua các dòng lỗi</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="409" />
        <source>&amp;Next problem</source>
        <translation>Lỗi &amp;tiếp theo</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="410" />
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="411" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="421" />
        <source>Reading {file}…</source>
        <translation>Đang đọc {file}…</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="443" />
        <source>(column {n})</source>
        <translation>(cột {n})</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="449" />
        <source>{file}: {rows} rows</source>
        <translation>{file}: {rows} dòng</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="495" />
        <source>Ignored columns: {names}</source>
        <translation>Các cột bỏ qua: {names}</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="501" />
        <source>Choose a spreadsheet (xlsx or csv) to import.</source>
        <translation>Chọn bảng tính (xlsx hoặc csv) để nhập.</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="503" />
        <source>Choose the column that holds the titles.</source>
        <translation>Chọn cột chứa tên hồ sơ.</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="510" />
        <source>{ok} rows ready; {bad} rows with problems (rows {rows}): fix a cell (double-click it) or skip the row. Nothing is imported while a row has a problem.</source>
        <translation>{ok} dòng hợp lệ; {bad} dòng có lỗi (dòng {rows}): sửa ô (nhấp đúp vào ô) hoặc bỏ qua dòng. Chưa nhập gì khi còn dòng lỗi.</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="518" />
        <source>{ok} rows ready to import; {skipped} skipped.</source>
        <translation>{ok} dòng sẵn sàng để nhập; bỏ qua {skipped} dòng.</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="531" />
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="578" />
        <source>Importing {n} rows…</source>
        <translation>Đang nhập {n} dòng…</translation>
    </message>
    <message>
        <source>Discard the fixes?</source>
        <translation>Bỏ các chỗ đã sửa?</translation>
    </message>
    <message>
        <source>The rows you fixed or skipped here are not imported yet. Discard that work?</source>
        <translation>Các dòng bạn đã sửa hoặc bỏ qua ở đây chưa được nhập. Bỏ phần việc đó đi?</translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <location filename="../setup/judge_dialogs.py" line="82" />
        <source>New judge</source>
        <translation>Giám khảo mới</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="82" />
        <source>Edit judge</source>
        <translation>Sửa thông tin giám khảo</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="87" />
        <source>&amp;Code</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="88" />
        <source>&amp;Name</source>
        <translation>&amp;Họ tên</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="89" />
        <source>&amp;Title (TS., ThS.…)</source>
        <translation>&amp;Học hàm, học vị (TS., ThS.…)</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="90" />
        <source>&amp;Organisation</source>
        <translation>&amp;Đơn vị</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="91" />
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="97" />
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="97" />
        <source>chair</source>
        <translation>chủ tịch</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="97" />
        <source>trainee (marks never count)</source>
        <translation>tập sự (điểm không được tính)</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="100" />
        <source>left empty: J01, J02, …</source>
        <translation>để trống: J01, J02, …</translation>
    </message>
</context>
<context>
    <name>JudgesSection</name>
    <message>
        <location filename="../sections/judges.py" line="70" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="71" />
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="72" />
        <source>Academic title</source>
        <translation>Học hàm, học vị</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="73" />
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="74" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="75" />
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="75" />
        <source>set</source>
        <translation>đã đặt</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="107" />
        <location filename="../sections/judges.py" line="157" />
        <source>Judge</source>
        <translation>Giám khảo</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="108" />
        <location filename="../sections/judges.py" line="158" />
        <source>Entry</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="110" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="111" />
        <source>declared</source>
        <translation>đã khai báo</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="111" />
        <source>same organisation</source>
        <translation>cùng đơn vị</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="113" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="159" />
        <source>How</source>
        <translation>Cách phân công</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="219" />
        <location filename="../sections/judges.py" line="227" />
        <source>Judges</source>
        <translation>Giám khảo</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="223" />
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="224" />
        <source>chair</source>
        <translation>chủ tịch</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="225" />
        <source>trainee</source>
        <translation>tập sự</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="228" />
        <source>Conflicts of interest</source>
        <translation>Xung đột lợi ích</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="229" />
        <source>Assignment</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="230" />
        <source>&amp;New judge…</source>
        <translation>Giám khảo &amp;mới…</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="231" />
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="232" />
        <source>Set &amp;PIN…</source>
        <translation>Đặt mã &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="233" />
        <source>&amp;Import judges…</source>
        <translation>&amp;Nhập danh sách giám khảo…</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="236" />
        <source>A judge never judges an entry of their own organisation (detected) or one with a declared conflict of interest.</source>
        <translation>Giám khảo không bao giờ chấm hồ sơ của chính đơn vị mình (phát hiện tự động) hoặc hồ sơ đã khai báo xung đột lợi ích.</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="240" />
        <source>&amp;Declare…</source>
        <translation>&amp;Khai báo…</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="241" />
        <source>&amp;Remove declared</source>
        <translation>&amp;Xóa xung đột đã khai báo</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="242" />
        <source>Import conflicts…</source>
        <translation>Nhập xung đột lợi ích…</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="243" />
        <source>&amp;Round</source>
        <translation>&amp;Vòng</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="244" />
        <source>&amp;Seed</source>
        <translation>Số &amp;bốc thăm</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="245" />
        <source>Replace unmarked assignments</source>
        <translation>Thay các phân công chưa chấm</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="246" />
        <source>&amp;Assign automatically</source>
        <translation>&amp;Phân công tự động</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="247" />
        <source>Pa&amp;nels…</source>
        <translation>&amp;Tiểu ban…</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="248" />
        <source>Add pair</source>
        <translation>Thêm cặp</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="249" />
        <source>Remove pair</source>
        <translation>Xóa cặp</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="250" />
        <source>Import assignments…</source>
        <translation>Nhập phân công…</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="251" />
        <source>Export assignments…</source>
        <translation>Xuất phân công…</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="318" />
        <source>by hand</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="319" />
        <source>from a file</source>
        <translation>từ tệp</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="320" />
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="325" />
        <source>no judges (members or chairs) to assign; {k} needed</source>
        <translation>không có giám khảo (thành viên hoặc chủ tịch) để phân công; cần {k}</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="327" />
        <source>no judge sits on the panel for category {category}; {k} needed</source>
        <translation>tiểu ban của lĩnh vực {category} chưa có giám khảo; cần {k}</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="332" />
        <source>only {free} judge(s) without a conflict of interest, {k} needed</source>
        <translation>chỉ có {free} giám khảo không có xung đột lợi ích, cần {k}</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="335" />
        <source>only {got} judges could be assigned, {k} needed</source>
        <translation>chỉ phân công được {got} giám khảo, cần {k}</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="348" />
        <source>{pairs} assignments; {judges} judges with {low} to {high} entries each.</source>
        <translation>{pairs} phân công; {judges} giám khảo, mỗi người từ {low} đến {high} hồ sơ.</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="357" />
        <source>No assignments in this round yet.</source>
        <translation>Vòng này chưa có phân công.</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="361" />
        <source>every category</source>
        <translation>mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="364" />
        <source>{category}: {n} judges</source>
        <translation>{category}: {n} giám khảo</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="367" />
        <source>no panels: every member and chair judges every category</source>
        <translation>chưa có tiểu ban: mọi thành viên và chủ tịch chấm mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="369" />
        <source>Panels — {panels}.</source>
        <translation>Tiểu ban — {panels}.</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="373" />
        <source>{n} entries could not be covered:</source>
        <translation>{n} hồ sơ chưa đủ giám khảo:</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="418" />
        <source>PIN of {name}</source>
        <translation>Mã PIN của {name}</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="419" />
        <source>New PIN (6 to 12 digits, not 123456 or 111111):</source>
        <translation>Mã PIN mới (6 đến 12 chữ số, không dùng 123456 hay 111111):</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="470" />
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khóa</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="470" />
        <source>locked</source>
        <translation>bị khóa</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="470" />
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="470" />
        <source>{name} can log in again.</source>
        <translation>{name} đã có thể đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="449" />
        <source>Import judges</source>
        <translation>Nhập danh sách giám khảo</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="476" />
        <source>Import conflicts of interest</source>
        <translation>Nhập xung đột lợi ích</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="508" />
        <source>Every category</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="557" />
        <source>Import assignments</source>
        <translation>Nhập phân công</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="562" />
        <location filename="../sections/judges.py" line="572" />
        <source>Export assignments</source>
        <translation>Xuất phân công</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="573" />
        <source>{n} assignments written to {file}.</source>
        <translation>Đã ghi {n} phân công vào {file}.</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="500" />
        <source>{n} conflicts of interest imported ({known} already known); {removed} assignments removed.</source>
        <translation>Đã nhập {n} xung đột lợi ích ({known} đã có từ trước); đã bỏ {removed} phân công.</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="505" />
        <source>{n} assignments imported ({known} already there).</source>
        <translation>Đã nhập {n} phân công ({known} đã có từ trước).</translation>
    </message>
    <message>
        <location filename="../sections/judges.py" line="508" />
        <source>{n} judges imported.</source>
        <translation>Đã nhập {n} giám khảo.</translation>
    </message>
</context>
<context>
    <name>PanelDialog</name>
    <message>
        <location filename="../setup/judge_dialogs.py" line="240" />
        <source>Panels of {round}</source>
        <translation>Tiểu ban của {round}</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="243" />
        <source>Tick the judges of the chosen category's panel. With no panel at all, every member and chair judges every category.</source>
        <translation>Đánh dấu các giám khảo thuộc tiểu ban của lĩnh vực đã chọn. Khi chưa có tiểu ban nào, mọi thành viên và chủ tịch chấm mọi lĩnh vực.</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="247" />
        <source>&amp;Category</source>
        <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="248" />
        <source>&amp;Save this panel</source>
        <translation>&amp;Lưu tiểu ban này</translation>
    </message>
    <message>
        <location filename="../setup/judge_dialogs.py" line="279" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../setup/import_dialog.py" line="113" />
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="114" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="115" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="116" />
        <source>Title</source>
        <translation>Tên hồ sơ</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="117" />
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="118" />
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="119" />
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="120" />
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="121" />
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="142" />
        <source>missing title</source>
        <translation>thiếu tên hồ sơ</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="143" />
        <source>missing category</source>
        <translation>thiếu lĩnh vực</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="144" />
        <source>unknown category “{category}” (categories: {known})</source>
        <translation>lĩnh vực “{category}” không có trong danh mục (các lĩnh vực: {known})</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="145" />
        <source>code “{code}”: letters, digits, . - _ / only</source>
        <translation>mã “{code}”: chỉ gồm chữ, số và các dấu . - _ /</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="146" />
        <source>duplicate: code {code} is already in the database</source>
        <translation>trùng: mã {code} đã có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="147" />
        <source>duplicate: code {code} is also on row {row}</source>
        <translation>trùng: mã {code} cũng có ở dòng {row}</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="149" />
        <source>duplicate: same title, authors and organisation as entry {code} already in the database</source>
        <translation>trùng: cùng tên, tác giả và đơn vị với hồ sơ {code} đã có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../setup/import_dialog.py" line="153" />
        <source>duplicate: same title, authors and organisation as row {row}</source>
        <translation>trùng: cùng tên, tác giả và đơn vị với dòng {row}</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../setup/runner.py" line="100" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../setup/runner.py" line="106" />
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
</TS>