<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>CriterionPanel</name>
        <message>
            <location filename="../scoring/walkthrough.py" line="163" />
            <source>maximum {max} · step {step}</source>
            <translation>tối đa {max} · bước {step}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="167" />
            <source> · weight {weight}</source>
            <translation> · hệ số {weight}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="174" />
            <source>Pick this band (its highest mark): Alt+{n}</source>
            <translation>Chọn mức này (điểm cao nhất của mức): Alt+{n}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="176" />
            <source>mark</source>
            <translation>điểm</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="177" />
            <source>Comment on this criterion (optional)</source>
            <translation>Nhận xét về tiêu chí này (không bắt buộc)</translation>
        </message>
    </context>
    <context>
        <name>EntryProgressModel</name>
        <message>
            <location filename="../scoring/models.py" line="197" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="198" />
            <source>Entry</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="199" />
            <source>Judges</source>
            <translation>Số giám khảo</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="200" />
            <source>Submitted</source>
            <translation>Đã nộp</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="201" />
            <source>In progress</source>
            <translation>Đang chấm</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="202" />
            <source>Recused</source>
            <translation>Từ chối chấm</translation>
        </message>
    </context>
    <context>
        <name>JudgeMode</name>
        <message>
            <location filename="../scoring/judge_mode.py" line="177" />
            <location filename="../scoring/judge_mode.py" line="178" />
            <source>Judge mode</source>
            <extracomment>Filter choices: (key, states shown); None shows every sheet.</extracomment>
            <translation>Chế độ giám khảo</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="179" />
            <source>&amp;Round</source>
            <translation>&amp;Vòng</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="180" />
            <source>Your &amp;name</source>
            <translation>&amp;Họ tên của bạn</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="181" />
            <source>Your &amp;PIN</source>
            <translation>Mã &amp;PIN của bạn</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="182" />
            <source>Start scoring</source>
            <translation>Bắt đầu chấm</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="183" />
            <location filename="../scoring/judge_mode.py" line="184" />
            <source>Leave judge mode…</source>
            <translation>Rời chế độ giám khảo…</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="185" />
            <source>Log out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="186" />
            <source>Score the next entry (Enter)</source>
            <translation>Chấm hồ sơ tiếp theo (Enter)</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="187" />
            <source>Show</source>
            <translation>Hiển thị</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="192" />
            <source>All entries</source>
            <translation>Tất cả hồ sơ</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="193" />
            <source>Not started</source>
            <translation>Chưa chấm</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="194" />
            <source>In progress</source>
            <translation>Đang chấm</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="195" />
            <source>Submitted</source>
            <translation>Đã nộp</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="196" />
            <source>Recused</source>
            <translation>Từ chối chấm</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="217" />
            <source>No organiser password is set: anyone can leave judge mode. The organiser sets one in the Scoring section (Organiser password…).</source>
            <translation>Chưa đặt mật khẩu ban tổ chức: ai cũng có thể rời chế độ giám khảo. Ban tổ chức đặt mật khẩu ở mục Chấm điểm (Mật khẩu ban tổ chức…).</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="229" />
            <source>This database holds no competition yet.</source>
            <translation>Cơ sở dữ liệu này chưa có cuộc thi nào.</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="251" />
            <source>Wrong PIN. Try again.</source>
            <translation>Sai mã PIN. Vui lòng thử lại.</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="253" />
            <source>No PIN is set for you yet: ask the organiser.</source>
            <translation>Bạn chưa có mã PIN: hãy liên hệ ban tổ chức.</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="261" />
            <source>Welcome, {name}</source>
            <translation>Xin chào, {name}</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="304" />
            <source>{done} of {total} done</source>
            <translation>Đã xong {done}/{total}</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="385" />
            <location filename="../scoring/judge_mode.py" line="394" />
            <source>Leave judge mode</source>
            <translation>Rời chế độ giám khảo</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="386" />
            <source>The organiser's password:</source>
            <translation>Mật khẩu ban tổ chức:</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="395" />
            <source>Wrong password: judge mode stays on.</source>
            <translation>Sai mật khẩu: vẫn ở chế độ giám khảo.</translation>
        </message>
    </context>
    <context>
        <name>PaperGrid</name>
        <message>
            <location filename="../scoring/grid.py" line="175" />
            <source>Submitted: locked</source>
            <translation>Đã nộp: đã khóa</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="177" />
            <source>The judge recused</source>
            <translation>Giám khảo đã từ chối chấm</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="209" />
            <source>First pass: {value}. Type the mark on the paper again.</source>
            <translation>Lần nhập thứ nhất: {value}. Hãy nhập lại điểm theo phiếu giấy.</translation>
        </message>
    </context>
    <context>
        <name>ProgressModel</name>
        <message>
            <location filename="../scoring/models.py" line="130" />
            <source>Judge</source>
            <translation>Giám khảo</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="131" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="132" />
            <source>Assigned</source>
            <translation>Phân công</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="133" />
            <source>Submitted</source>
            <translation>Đã nộp</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="134" />
            <source>In progress</source>
            <translation>Đang chấm</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="135" />
            <source>Not started</source>
            <translation>Chưa chấm</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="136" />
            <source>Recused</source>
            <translation>Từ chối</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="150" />
            <source>member</source>
            <translation>thành viên</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="151" />
            <source>chair</source>
            <translation>chủ tịch</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="152" />
            <source>trainee</source>
            <translation>tập sự</translation>
        </message>
    </context>
    <context>
        <name>Scoring</name>
        <message>
            <location filename="../scoring/common.py" line="44" />
            <source>Not started</source>
            <translation>Chưa chấm</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="45" />
            <source>In progress</source>
            <translation>Đang chấm</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="46" />
            <source>Submitted</source>
            <translation>Đã nộp</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="47" />
            <source>Recused</source>
            <translation>Từ chối chấm</translation>
        </message>
    </context>
    <context>
        <name>ScoringSection</name>
        <message>
            <location filename="../sections/scoring.py" line="152" />
            <source>Scoring</source>
            <translation>Chấm điểm</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="155" />
            <source>Round</source>
            <translation>Vòng</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="156" />
            <source>By judge</source>
            <translation>Theo giám khảo</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="157" />
            <source>By entry</source>
            <translation>Theo hồ sơ</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="158" />
            <source>Judge mode…</source>
            <translation>Chế độ giám khảo…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="160" />
            <source>Hand the machine to a judge: name and PIN, then only their entries.</source>
            <translation>Giao máy cho giám khảo: chọn tên, nhập PIN, rồi chỉ thấy hồ sơ được phân công.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="162" />
            <source>Secretary's grid…</source>
            <translation>Bảng nhập của thư ký…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="163" />
            <source>Type paper score sheets fast, keyboard only.</source>
            <translation>Nhập nhanh phiếu chấm giấy, chỉ dùng bàn phím.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="164" />
            <source>Print score sheets</source>
            <translation>In phiếu chấm điểm</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="165" />
            <source>Blank sheets of the selected judge to PDF…</source>
            <translation>Phiếu trống của giám khảo đang chọn ra PDF…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="166" />
            <source>Filled sheets of the selected judge to PDF…</source>
            <translation>Phiếu đã điền của giám khảo đang chọn ra PDF…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="167" />
            <source>Print the selected judge's blank sheets…</source>
            <translation>In phiếu trống của giám khảo đang chọn…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="168" />
            <source>Reopen sheet…</source>
            <translation>Mở lại phiếu…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="170" />
            <source>Unlock the selected submitted sheet; the reason goes to the audit log.</source>
            <translation>Mở khóa phiếu đã nộp đang chọn; lý do được ghi vào nhật ký.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="172" />
            <source>Import marks…</source>
            <translation>Nhập điểm…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="173" />
            <source>Export marks…</source>
            <translation>Xuất điểm…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="174" />
            <source>No entries are assigned to judges in this round yet.</source>
            <translation>Vòng này chưa phân công hồ sơ cho giám khảo nào.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="285" />
            <source>{done} of {total} sheets done ({submitted} submitted).</source>
            <translation>Đã xong {done}/{total} phiếu ({submitted} đã nộp).</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="372" />
            <source>Save score sheets as PDF</source>
            <translation>Lưu phiếu chấm điểm thành PDF</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="372" />
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="388" />
            <source>Score sheets</source>
            <translation>Phiếu chấm điểm</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="389" />
            <source>The score sheets were saved to {path}.</source>
            <translation>Đã lưu phiếu chấm điểm vào {path}.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="414" />
            <location filename="../sections/scoring.py" line="419" />
            <location filename="../sections/scoring.py" line="423" />
            <source>Reopen sheet</source>
            <translation>Mở lại phiếu</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="414" />
            <source>The organiser's password:</source>
            <translation>Mật khẩu ban tổ chức:</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="419" />
            <source>Wrong password.</source>
            <translation>Sai mật khẩu.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="424" />
            <source>Why is the sheet of {judge} for {entry} reopened? (kept in the audit log)</source>
            <translation>Vì sao mở lại phiếu của {judge} cho hồ sơ {entry}? (được ghi vào nhật ký)</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="442" />
            <location filename="../sections/scoring.py" line="459" />
            <source>Import marks</source>
            <translation>Nhập điểm</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="442" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="461" />
            <source>{changed} marks changed, {unchanged} unchanged; {submitted} sheets submitted.</source>
            <translation>{changed} điểm thay đổi, {unchanged} không đổi; {submitted} phiếu đã nộp.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="469" />
            <location filename="../sections/scoring.py" line="486" />
            <source>Export marks</source>
            <translation>Xuất điểm</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="469" />
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="487" />
            <source>{n} marks written to {path}.</source>
            <translation>Đã ghi {n} điểm vào {path}.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="582" />
            <source>Importing marks…</source>
            <translation>Đang nhập điểm…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="613" />
            <source>Exporting marks…</source>
            <translation>Đang xuất điểm…</translation>
        </message>
        <message>
            <source>Organiser password…</source>
            <translation>Mật khẩu ban tổ chức…</translation>
        </message>
        <message>
            <source>Set the password that leaving judge mode and reopening a sheet ask for.</source>
            <translation>Đặt mật khẩu cần nhập khi rời chế độ giám khảo và khi mở lại phiếu.</translation>
        </message>
        <message>
            <source>Organiser password</source>
            <translation>Mật khẩu ban tổ chức</translation>
        </message>
        <message>
            <source>The current organiser password:</source>
            <translation>Mật khẩu ban tổ chức hiện tại:</translation>
        </message>
        <message>
            <source>The new organiser password (at least 4 characters):</source>
            <translation>Mật khẩu ban tổ chức mới (ít nhất 4 ký tự):</translation>
        </message>
        <message>
            <source>The password needs at least 4 characters.</source>
            <translation>Mật khẩu cần ít nhất 4 ký tự.</translation>
        </message>
        <message>
            <source>The new password again:</source>
            <translation>Nhập lại mật khẩu mới:</translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>Hai mật khẩu không khớp; chưa thay đổi gì.</translation>
        </message>
        <message>
            <source>The organiser password is set: leaving judge mode and reopening a sheet ask for it.</source>
            <translation>Đã đặt mật khẩu ban tổ chức: rời chế độ giám khảo và mở lại phiếu sẽ cần nhập mật khẩu này.</translation>
        </message>
    </context>
    <context>
        <name>SecretaryGrid</name>
        <message>
            <location filename="../scoring/grid.py" line="350" />
            <source>Secretary's grid: paper score sheets</source>
            <translation>Bảng nhập của thư ký: phiếu chấm giấy</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="351" />
            <source>Round</source>
            <translation>Vòng</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="352" />
            <source>Judge</source>
            <translation>Giám khảo</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="353" />
            <source>Double entry</source>
            <translation>Nhập hai lần</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="355" />
            <source>Type every sheet twice; differences are shown before anything is saved.</source>
            <translation>Nhập mỗi phiếu hai lần; chỗ khác nhau được chỉ ra trước khi lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="357" />
            <source>Start the second pass (Ctrl+Shift+N)</source>
            <translation>Bắt đầu nhập lần hai (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="358" />
            <source>Save the sheets (Ctrl+S)</source>
            <translation>Lưu các phiếu (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="430" />
            <source>Double entry: type the second pass before saving.</source>
            <translation>Nhập hai lần: hãy nhập lần hai trước khi lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="450" />
            <source>Saved: {changed} marks changed, {submitted} sheets submitted.</source>
            <translation>Đã lưu: {changed} điểm thay đổi, {submitted} phiếu đã nộp.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="463" />
            <source>{n} cells are not valid marks (red): correct them.</source>
            <translation>{n} ô không phải điểm hợp lệ (màu đỏ): hãy sửa lại.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="468" />
            <source>{n} cells differ between the two passes (highlighted): type them again from the paper.</source>
            <translation>{n} ô khác nhau giữa hai lần nhập (được tô màu): hãy nhập lại theo phiếu giấy.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="471" />
            <source>First pass: type the sheets, then start the second pass.</source>
            <translation>Lần nhập thứ nhất: nhập các phiếu, rồi bắt đầu lần hai.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="473" />
            <source>Second pass: type the sheets again, then save.</source>
            <translation>Lần nhập thứ hai: nhập lại các phiếu, rồi lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="475" />
            <source>Type the marks from the paper sheets; Enter moves on; Ctrl+S saves.</source>
            <translation>Nhập điểm từ phiếu giấy; Enter để sang ô tiếp; Ctrl+S để lưu.</translation>
        </message>
        <message>
            <source>Discard the typed marks?</source>
            <translation>Bỏ các điểm vừa nhập?</translation>
        </message>
        <message>
            <source>The marks typed in this grid are not saved yet. Discard them?</source>
            <translation>Các điểm vừa nhập trong bảng này chưa được lưu. Bỏ chúng đi?</translation>
        </message>
    </context>
    <context>
        <name>SheetsModel</name>
        <message>
            <location filename="../scoring/models.py" line="65" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="66" />
            <source>Entry</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="67" />
            <source>Judge</source>
            <translation>Giám khảo</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="68" />
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="69" />
            <source>Marked</source>
            <translation>Đã chấm</translation>
        </message>
    </context>
    <context>
        <name>Walkthrough</name>
        <message>
            <location filename="../scoring/walkthrough.py" line="385" />
            <source>← List (Esc)</source>
            <translation>← Danh sách (Esc)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="386" />
            <source>◀ Previous (PgUp)</source>
            <translation>◀ Trước (PgUp)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="387" />
            <source>Next (PgDn) ▶</source>
            <translation>Tiếp (PgDn) ▶</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="388" />
            <source>Submit sheet (Ctrl+S)</source>
            <translation>Nộp phiếu (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="389" />
            <source>Declare a conflict… (Ctrl+R)</source>
            <translation>Khai báo xung đột lợi ích… (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="390" />
            <source>Undo (Ctrl+Z)</source>
            <translation>Hoàn tác (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="391" />
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Làm lại (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="392" />
            <source>Attachments</source>
            <translation>Tệp đính kèm</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="393" />
            <source>History of this mark</source>
            <translation>Lịch sử của điểm này</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="394" />
            <source>Comment on the entry</source>
            <translation>Nhận xét chung về hồ sơ</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="395" />
            <source>Your overall comment (optional)</source>
            <translation>Nhận xét chung của bạn (không bắt buộc)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="519" />
            <source>Entry {n} of {total}: {code}</source>
            <translation>Hồ sơ {n}/{total}: {code}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="527" />
            <source>Category: {name}</source>
            <translation>Lĩnh vực: {name}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="529" />
            <source>Blind judging: authors and organisation are hidden.</source>
            <translation>Chấm ẩn danh: tác giả và đơn vị được ẩn.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="533" />
            <source>Authors: {names}</source>
            <translation>Tác giả: {names}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="536" />
            <source>Organisation: {name}</source>
            <translation>Đơn vị: {name}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="540" />
            <source>You recused from this entry: {reason}</source>
            <translation>Bạn đã từ chối chấm hồ sơ này: {reason}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="546" />
            <source>Submitted and locked. The organiser can reopen it if it must change.</source>
            <translation>Đã nộp và khóa. Ban tổ chức có thể mở lại nếu cần sửa.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="549" />
            <source>This round is closed: marks can no longer change.</source>
            <translation>Vòng này đã đóng: không thể sửa điểm nữa.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="569" />
            <source>Total: {total} / {max}</source>
            <translation>Tổng: {total} / {max}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="666" />
            <source>Out of range: from 0 to {max}. Not saved.</source>
            <translation>Ngoài thang điểm: từ 0 đến {max}. Chưa lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="670" />
            <source>Use steps of {step}. Not saved.</source>
            <translation>Điểm phải theo bước {step}. Chưa lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="673" />
            <source>Not a number. Not saved.</source>
            <translation>Không phải là số. Chưa lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="736" />
            <source>typed</source>
            <translation>nhập trên máy</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="737" />
            <source>paper</source>
            <translation>phiếu giấy</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="738" />
            <source>file</source>
            <translation>tệp</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="820" />
            <source>A mark is needed before the sheet can be submitted.</source>
            <translation>Cần có điểm trước khi nộp phiếu.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="825" />
            <source>Submit the sheet</source>
            <translation>Nộp phiếu</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="826" />
            <source>Submit your marks for {code}? The sheet is then locked and counts.</source>
            <translation>Nộp điểm cho hồ sơ {code}? Phiếu sẽ bị khóa và được tính điểm.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="850" />
            <source>Declare a conflict of interest</source>
            <translation>Khai báo xung đột lợi ích</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="851" />
            <source>You will not score {code}. Why (for the record)?</source>
            <translation>Bạn sẽ không chấm hồ sơ {code}. Lý do (để ghi nhận)?</translation>
        </message>
    </context>
</TS>