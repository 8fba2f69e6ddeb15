<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CompetitionSection</name>
    <message>
        <location filename="../sections/competition.py" line="156"/>
        <source>Competition</source>
        <translation>Cuộc thi</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="160"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="161"/>
        <source>Save the definition (Ctrl+S)</source>
        <translation>Lưu định nghĩa cuộc thi (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="162"/>
        <source>Re&amp;vert changes</source>
        <translation>&amp;Hoàn tác thay đổi</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="163"/>
        <source>Put back the stored definition</source>
        <translation>Trả lại định nghĩa đã lưu</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="164"/>
        <source>&amp;Import definition…</source>
        <translation>&amp;Nhập định nghĩa…</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="166"/>
        <source>Start this (empty) database from a definition file (.toml)</source>
        <translation>Khởi tạo cơ sở dữ liệu (đang trống) này từ một tệp định nghĩa (.toml)</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="168"/>
        <source>From &amp;template…</source>
        <translation>Từ &amp;mẫu…</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="170"/>
        <source>Start this (empty) database from one of the shipped templates</source>
        <translation>Khởi tạo cơ sở dữ liệu (đang trống) này từ một mẫu có sẵn</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="172"/>
        <source>&amp;Export definition…</source>
        <translation>&amp;Xuất định nghĩa…</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="174"/>
        <source>Write the stored definition to a .toml file, to share or reuse</source>
        <translation>Ghi định nghĩa đã lưu ra tệp .toml để chia sẻ hoặc dùng lại</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="178"/>
        <source>This database holds no competition yet. Start from one of the templates of the city&apos;s awards, from a definition file (.toml), or from an empty definition that you fill in here.</source>
        <translation>Cơ sở dữ liệu này chưa có cuộc thi nào. Hãy bắt đầu từ một mẫu giải thưởng của Thành phố, từ một tệp định nghĩa (.toml), hoặc từ một định nghĩa trống rồi điền tại đây.</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="183"/>
        <source>Start from a template…</source>
        <translation>Bắt đầu từ mẫu…</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="184"/>
        <source>Import a definition file…</source>
        <translation>Nhập tệp định nghĩa…</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="185"/>
        <source>Start an empty definition</source>
        <translation>Bắt đầu định nghĩa trống</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="240"/>
        <source>Preliminary round</source>
        <translation>Vòng sơ khảo</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="242"/>
        <source>Criterion 1</source>
        <translation>Tiêu chí 1</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="280"/>
        <source>No competition yet</source>
        <translation>Chưa có cuộc thi</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="282"/>
        <source>New competition (not saved yet)</source>
        <translation>Cuộc thi mới (chưa lưu)</translation>
    </message>
    <message numerus="yes">
        <location filename="../sections/competition.py" line="304"/>
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>Có %n lỗi cần sửa trước khi lưu:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="308"/>
        <source>No problems found. Unsaved changes.</source>
        <translation>Không có lỗi. Có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="311"/>
        <source>Saved. No problems found.</source>
        <translation>Đã lưu. Không có lỗi.</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="360"/>
        <location filename="../sections/competition.py" line="368"/>
        <source>Import a definition</source>
        <translation>Nhập định nghĩa cuộc thi</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="362"/>
        <source>This database already holds a competition ({code}). A definition file starts a new, empty database: use File › New database…, then import it there. To change this competition, edit it here.</source>
        <translation>Cơ sở dữ liệu này đã có cuộc thi ({code}). Tệp định nghĩa dùng để khởi tạo một cơ sở dữ liệu mới, còn trống: hãy chọn Tệp › Cơ sở dữ liệu mới… rồi nhập tại đó. Muốn thay đổi cuộc thi này, hãy sửa trực tiếp tại đây.</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="384"/>
        <location filename="../sections/competition.py" line="397"/>
        <source>Start from a template</source>
        <translation>Bắt đầu từ mẫu</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="386"/>
        <source>This database already holds a competition ({code}). A template starts a new, empty database: use File › New database… first.</source>
        <translation>Cơ sở dữ liệu này đã có cuộc thi ({code}). Mẫu dùng để khởi tạo một cơ sở dữ liệu mới, còn trống: hãy chọn Tệp › Cơ sở dữ liệu mới… trước.</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="397"/>
        <source>Template:</source>
        <translation>Mẫu:</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="413"/>
        <location filename="../sections/competition.py" line="425"/>
        <source>Export the definition</source>
        <translation>Xuất định nghĩa cuộc thi</translation>
    </message>
    <message>
        <location filename="../sections/competition.py" line="426"/>
        <source>The definition was written to {path}.</source>
        <translation>Đã ghi định nghĩa vào {path}.</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>The changes to the competition are not saved. Discard them?</source>
        <translation>Các thay đổi của cuộc thi chưa được lưu. Bỏ chúng đi?</translation>
    </message>
</context>
<context>
    <name>DefinitionEditor</name>
    <message>
        <location filename="../definition/editor.py" line="51"/>
        <location filename="../definition/editor.py" line="58"/>
        <location filename="../definition/editor.py" line="98"/>
        <location filename="../definition/editor.py" line="122"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="52"/>
        <location filename="../definition/editor.py" line="59"/>
        <location filename="../definition/editor.py" line="99"/>
        <location filename="../definition/editor.py" line="123"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="62"/>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="63"/>
        <source>The highest mark (e.g. 30)</source>
        <translation>Điểm cao nhất (ví dụ 30)</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="69"/>
        <source>Step</source>
        <translation>Bước điểm</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="70"/>
        <source>Marks go in steps of this (1, 0.5, 0.25…); it divides the maximum</source>
        <translation>Điểm chấm theo bước này (1; 0,5; 0,25…); bước phải chia hết điểm tối đa</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="77"/>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="78"/>
        <source>The panel mark is multiplied by this</source>
        <translation>Điểm hội đồng được nhân với hệ số này</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="83"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="90"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="91"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="92"/>
        <source>Descriptor</source>
        <translation>Mô tả mức</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="102"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="108"/>
        <source>Scale</source>
        <translation>Quy đổi</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="111"/>
        <source>share_of_max: points × value ÷ the largest value (votes)</source>
        <translation>Tỉ lệ theo giá trị lớn nhất: số điểm × giá trị ÷ giá trị lớn nhất (số phiếu)</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="115"/>
        <source>Points</source>
        <translation>Số điểm</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="116"/>
        <source>Places</source>
        <translation>Chữ số thập phân</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="124"/>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="127"/>
        <source>Per category</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="131"/>
        <source>Minimum total</source>
        <translation>Tổng điểm tối thiểu</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="135"/>
        <source>On a tie</source>
        <translation>Khi đồng hạng</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="592"/>
        <source>Co&amp;mpetition</source>
        <translation>&amp;Cuộc thi</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="593"/>
        <source>&amp;Rounds and criteria</source>
        <translation>&amp;Vòng thi và tiêu chí</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="594"/>
        <source>&amp;Prizes</source>
        <translation>&amp;Giải thưởng</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="595"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="596"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="597"/>
        <source>&amp;Organiser:</source>
        <translation>Đơn vị &amp;tổ chức:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="598"/>
        <source>Blind judging:</source>
        <translation>Chấm ẩn danh:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="599"/>
        <source>judges see entry codes and anonymised content only</source>
        <translation>giám khảo chỉ thấy mã hồ sơ và nội dung đã ẩn danh</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="600"/>
        <source>Running total:</source>
        <translation>Tổng điểm tạm tính:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="601"/>
        <source>show judges their running total while scoring</source>
        <translation>cho giám khảo thấy tổng điểm tạm tính khi chấm</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="602"/>
        <source>Categories (lĩnh vực); leave empty for none</source>
        <translation>Lĩnh vực (bảng); để trống nếu không chia lĩnh vực</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="603"/>
        <source>Add round</source>
        <translation>Thêm vòng</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="604"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="605"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="606"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="609"/>
        <source>The prize ladder of the last round, highest first. An entry gets the highest rung it qualifies for: within the count (per category if ticked) and at least the minimum total.</source>
        <translation>Cơ cấu giải của vòng cuối, từ cao xuống thấp. Mỗi hồ sơ nhận giải cao nhất mà nó đạt: nằm trong số lượng giải (theo từng lĩnh vực nếu được đánh dấu) và có tổng điểm không thấp hơn mức tối thiểu.</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="707"/>
        <source>Round {number}</source>
        <translation>Vòng {number}</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="0" />
        <source>all tied get it (shared)</source>
        <translation>cùng nhận giải (đồng hạng)</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="0" />
        <source>the chair decides</source>
        <translation>chủ tịch hội đồng quyết định</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="0" />
        <source>bonus</source>
        <translation>điểm cộng</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="0" />
        <source>deduction</source>
        <translation>điểm trừ</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="0" />
        <source>share of the largest value</source>
        <translation>tỉ lệ theo giá trị lớn nhất</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="0" />
        <source>as given</source>
        <translation>giữ nguyên giá trị</translation>
    </message>
</context>
<context>
    <name>RoundEditor</name>
    <message>
        <location filename="../definition/editor.py" line="294"/>
        <source>Round &amp;code:</source>
        <translation>&amp;Mã vòng:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="295"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="296"/>
        <source>&amp;Judges per entry:</source>
        <translation>Số &amp;giám khảo mỗi hồ sơ:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="297"/>
        <source>Panel mark:</source>
        <translation>Điểm của hội đồng:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="298"/>
        <source>Trim (highest and lowest dropped):</source>
        <translation>Số điểm cao nhất/thấp nhất bị loại:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="299"/>
        <source>Normalise judges:</source>
        <translation>Chuẩn hóa điểm giám khảo:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="300"/>
        <source>Round panel mark to:</source>
        <translation>Làm tròn điểm hội đồng đến:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="301"/>
        <source>Round weighted mark to:</source>
        <translation>Làm tròn điểm có trọng số đến:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="302"/>
        <source>Round total to:</source>
        <translation>Làm tròn tổng điểm đến:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="303"/>
        <source>Tie-break chain:</source>
        <translation>Thứ tự xét khi đồng điểm:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="304"/>
        <source>Top:</source>
        <translation>Số hồ sơ đầu:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="305"/>
        <source>Per category:</source>
        <translation>Theo từng lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="306"/>
        <source>Minimum total:</source>
        <translation>Tổng điểm tối thiểu:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="307"/>
        <source>Tie at the boundary:</source>
        <translation>Đồng hạng ở ngưỡng:</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="313"/>
        <source>Final total = jury total (the sum of each criterion&apos;s panel mark × weight) + bonuses − deductions. Entries are ranked by it, within their category; the tie-break chain orders entries tied on it, and what is still tied shares the rank.</source>
        <translation>Tổng điểm cuối = điểm hội đồng (tổng điểm hội đồng của từng tiêu chí × trọng số) + điểm cộng − điểm trừ. Hồ sơ được xếp hạng theo tổng điểm này trong từng lĩnh vực; các hồ sơ bằng điểm được xét theo thứ tự bên trên, nếu vẫn bằng nhau thì đồng hạng.</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="319"/>
        <source>Criteria and rubric bands</source>
        <translation>Tiêu chí và mức điểm</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="320"/>
        <source>Ranking and tie-break</source>
        <translation>Xếp hạng và xét đồng điểm</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="321"/>
        <source>Components and advancement</source>
        <translation>Điểm ngoài hội đồng và vào vòng sau</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="322"/>
        <source>Components outside the jury</source>
        <translation>Điểm ngoài hội đồng (bình chọn, điểm trừ…)</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="323"/>
        <source>Advance to the next round</source>
        <translation>Vào vòng sau</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="325"/>
        <source>mean of the judges</source>
        <translation>trung bình các giám khảo</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="326"/>
        <source>median of the judges</source>
        <translation>trung vị các giám khảo</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="327"/>
        <source>trimmed mean</source>
        <translation>trung bình sau khi loại điểm cao nhất/thấp nhất</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="328"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="329"/>
        <source>z-score per judge</source>
        <translation>z-score theo từng giám khảo</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="335"/>
        <source>all tied get in (share)</source>
        <translation>tất cả đồng hạng đều được chọn</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="336"/>
        <source>the chair decides</source>
        <translation>chủ tịch hội đồng quyết định</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="340"/>
        <source>not rounded</source>
        <translation>không làm tròn</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="343"/>
        <source> places</source>
        <translation> chữ số thập phân</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="344"/>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="345"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="348"/>
        <source>Status: open</source>
        <translation>Trạng thái: đang mở</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="349"/>
        <source>Status: closed</source>
        <translation>Trạng thái: đã đóng</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="350"/>
        <source>Status: approved (locked)</source>
        <translation>Trạng thái: đã phê duyệt (khóa)</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="435"/>
        <source>jury total</source>
        <translation>điểm hội đồng</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="438"/>
        <source>criterion: {name}</source>
        <translation>tiêu chí: {name}</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="443"/>
        <source>component: {name}</source>
        <translation>thành phần: {name}</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="465"/>
        <source>Rubric bands of “{name}” (marks from–to, inclusive):</source>
        <translation>Mức điểm của “{name}” (từ–đến, tính cả hai đầu):</translation>
    </message>
    <message>
        <location filename="../definition/editor.py" line="470"/>
        <source>Rubric bands: select a criterion</source>
        <translation>Mức điểm: hãy chọn một tiêu chí</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../definition/widgets.py" line="122"/>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <location filename="../definition/widgets.py" line="123"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../definition/widgets.py" line="124"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../definition/widgets.py" line="125"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../definition/widgets.py" line="126"/>
        <source>Add a row below the selected one</source>
        <translation>Thêm một dòng bên dưới dòng đang chọn</translation>
    </message>
</context>
<context>
    <name>TieBreakEditor</name>
    <message>
        <location filename="../definition/widgets.py" line="220"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../definition/widgets.py" line="221"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../definition/widgets.py" line="222"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../definition/widgets.py" line="223"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../definition/widgets.py" line="225"/>
        <source>Entries tied on the final total are ordered by these, first to last</source>
        <translation>Các hồ sơ bằng tổng điểm được xét lần lượt theo các mục này, từ trên xuống</translation>
    </message>
</context>
</TS>
