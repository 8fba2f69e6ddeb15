<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>CriterionPanel</name>
        <message>
            <location filename="../scoring/walkthrough.py" line="169" />
            <source>Pick this band (its highest mark): Alt+{n}</source>
            <translation>Chọn mức này (điểm cao nhất của mức): Alt+{n}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="171" />
            <source>mark</source>
            <translation>điểm</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="172" />
            <source>Comment on this criterion (optional)</source>
            <translation>Nhận xét về tiêu chí này (không bắt buộc)</translation>
        </message>
    </context>
    <context>
        <name>EntryProgressModel</name>
        <message>
            <location filename="../scoring/models.py" line="133" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="134" />
            <source>Entry</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="135" />
            <source>Judges</source>
            <translation>Số giám khảo</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="136" />
            <source>Submitted</source>
            <translation>Đã nộp</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="137" />
            <source>In progress</source>
            <translation>Đang chấm</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="138" />
            <source>Recused</source>
            <translation>Từ chối chấm</translation>
        </message>
    </context>
    <context>
        <name>JudgeMode</name>
        <message>
            <location filename="../scoring/judge_mode.py" line="182" />
            <location filename="../scoring/judge_mode.py" line="183" />
            <source>Judge mode</source>
            <extracomment>Filter choices: (key, states shown); None shows every sheet.</extracomment>
            <translation>Chế độ giám khảo</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="184" />
            <source>&amp;Round</source>
            <translation>&amp;Vòng</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="185" />
            <source>Your &amp;name</source>
            <translation>&amp;Họ tên của bạn</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="186" />
            <source>Your &amp;PIN</source>
            <translation>Mã &amp;PIN của bạn</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="187" />
            <source>Start scoring</source>
            <translation>Bắt đầu chấm</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="188" />
            <location filename="../scoring/judge_mode.py" line="189" />
            <source>Leave judge mode…</source>
            <translation>Rời chế độ giám khảo…</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="190" />
            <source>Log out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="191" />
            <source>Score the next entry (Enter)</source>
            <translation>Chấm hồ sơ tiếp theo (Enter)</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="192" />
            <source>Show</source>
            <translation>Hiển thị</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="197" />
            <source>All entries</source>
            <translation>Tất cả hồ sơ</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="198" />
            <source>Not started</source>
            <translation>Chưa chấm</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="199" />
            <source>In progress</source>
            <translation>Đang chấm</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="200" />
            <source>Submitted</source>
            <translation>Đã nộp</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="201" />
            <source>Recused</source>
            <translation>Từ chối chấm</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="231" />
            <source>No organiser password is set: anyone can leave judge mode. The organiser sets one in the Scoring section (Organiser password…).</source>
            <translation>Chưa đặt mật khẩu ban tổ chức: ai cũng có thể rời chế độ giám khảo. Ban tổ chức đặt mật khẩu ở mục Chấm điểm (Mật khẩu ban tổ chức…).</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="243" />
            <source>This database holds no competition yet.</source>
            <translation>Cơ sở dữ liệu này chưa có cuộc thi nào.</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="285" />
            <source>Wrong PIN. Try again.</source>
            <translation>Sai mã PIN. Vui lòng thử lại.</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="287" />
            <source>No PIN is set for you yet: ask the organiser.</source>
            <translation>Bạn chưa có mã PIN: hãy liên hệ ban tổ chức.</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="217" />
            <source>Welcome, {name}</source>
            <translation>Xin chào, {name}</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="323" />
            <source>{done} of {total} done</source>
            <translation>Đã xong {done}/{total}</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="404" />
            <location filename="../scoring/judge_mode.py" line="413" />
            <source>Leave judge mode</source>
            <translation>Rời chế độ giám khảo</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="405" />
            <source>The organiser&apos;s password:</source>
            <translation>Mật khẩu ban tổ chức:</translation>
        </message>
        <message>
            <location filename="../scoring/judge_mode.py" line="414" />
            <source>Wrong password: judge mode stays on.</source>
            <translation>Sai mật khẩu: vẫn ở chế độ giám khảo.</translation>
        </message>
    </context>
    <context>
        <name>Marks</name>
        <message>
            <location filename="../scoring/common.py" line="43" />
            <source>Maximum {max}, whole marks</source>
            <translation>Điểm tối đa {max}, chấm điểm nguyên</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="45" />
            <source>Maximum {max}, marked in steps of {step}</source>
            <translation>Điểm tối đa {max}, chấm theo bậc {step}</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="48" />
            <source>, factor {weight}</source>
            <translation>, hệ số {weight}</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="57" />
            <source>max. {max}, whole marks</source>
            <translation>tối đa {max}, điểm nguyên</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="59" />
            <source>max. {max}, steps of {step}</source>
            <translation>tối đa {max}, bậc {step}</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="68" />
            <source>The mark must be from 0 to {max}. Not saved.</source>
            <translation>Điểm phải từ 0 đến {max}. Chưa lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="73" />
            <source>Whole marks only. Not saved.</source>
            <translation>Tiêu chí này chỉ chấm điểm nguyên. Chưa lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="74" />
            <source>Marks go in steps of {step}. Not saved.</source>
            <translation>Điểm chấm theo bậc {step}. Chưa lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="77" />
            <source>Not a number. Not saved.</source>
            <translation>Không phải là số. Chưa lưu.</translation>
        </message>
    </context>
    <context>
        <name>PaperGrid</name>
        <message>
            <location filename="../scoring/grid.py" line="207" />
            <source>Submitted: locked</source>
            <translation>Đã nộp: đã khóa</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="209" />
            <source>The judge recused</source>
            <translation>Giám khảo đã từ chối chấm</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="241" />
            <source>First pass: {value}. Type the mark on the paper again.</source>
            <translation>Lần nhập thứ nhất: {value}. Hãy nhập lại điểm theo phiếu giấy.</translation>
        </message>
    </context>
    <context>
        <name>ProgressModel</name>
        <message>
            <location filename="../scoring/models.py" line="88" />
            <source>Judge</source>
            <translation>Giám khảo</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="89" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="90" />
            <source>Assigned</source>
            <translation>Phân công</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="91" />
            <source>Submitted</source>
            <translation>Đã nộp</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="92" />
            <source>In progress</source>
            <translation>Đang chấm</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="93" />
            <source>Not started</source>
            <translation>Chưa chấm</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="94" />
            <source>Recused</source>
            <translation>Từ chối</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="107" />
            <source>member</source>
            <translation>thành viên</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="108" />
            <source>chair</source>
            <translation>chủ tịch</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="109" />
            <source>trainee</source>
            <translation>tập sự</translation>
        </message>
    </context>
    <context>
        <name>Scoring</name>
        <message>
            <location filename="../scoring/common.py" line="20" />
            <source>Not started</source>
            <translation>Chưa chấm</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="21" />
            <source>In progress</source>
            <translation>Đang chấm</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="22" />
            <source>Submitted</source>
            <translation>Đã nộp</translation>
        </message>
        <message>
            <location filename="../scoring/common.py" line="23" />
            <source>Recused</source>
            <translation>Từ chối chấm</translation>
        </message>
    </context>
    <context>
        <name>ScoringSection</name>
        <message>
            <location filename="../sections/scoring.py" line="184" />
            <source>Scoring</source>
            <extracomment>How often the shown section asks the database whether someone else wrote to it (ms). A marks import or export is running: its buttons stay off until it ends. The database&apos;s change counter when the rows were last loaded (None: cannot tell).</extracomment>
            <translation>Chấm điểm</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="187" />
            <source>Round</source>
            <translation>Vòng</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="188" />
            <source>By judge</source>
            <translation>Theo giám khảo</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="189" />
            <source>By entry</source>
            <translation>Theo hồ sơ</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="190" />
            <source>Judge mode…</source>
            <translation>Chế độ giám khảo…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="192" />
            <source>Hand the machine to a judge: name and PIN, then only their entries.</source>
            <translation>Giao máy cho giám khảo: chọn tên, nhập PIN, rồi chỉ thấy hồ sơ được phân công.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="198" />
            <source>Secretary&apos;s grid…</source>
            <translation>Bảng nhập của thư ký…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="199" />
            <source>Type paper score sheets fast, keyboard only.</source>
            <translation>Nhập nhanh phiếu chấm giấy, chỉ dùng bàn phím.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="200" />
            <source>Print score sheets</source>
            <translation>In phiếu chấm điểm</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="201" />
            <source>Blank sheets of the selected judge to PDF…</source>
            <translation>Phiếu trống của giám khảo đang chọn ra PDF…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="202" />
            <source>Filled sheets of the selected judge to PDF…</source>
            <translation>Phiếu đã điền của giám khảo đang chọn ra PDF…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="203" />
            <source>Print the selected judge&apos;s blank sheets…</source>
            <translation>In phiếu trống của giám khảo đang chọn…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="204" />
            <source>Blank sheets of every judge to one PDF…</source>
            <translation>Phiếu trắng của tất cả giám khảo ra một tệp PDF…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="205" />
            <source>Filled sheets of every judge to one PDF…</source>
            <translation>Phiếu đã chấm của tất cả giám khảo ra một tệp PDF…</translation>
        </message>
        <message>
            <source>Blank sheets of every judge, one PDF a judge, into a folder…</source>
            <translation>Phiếu trắng của tất cả giám khảo, mỗi giám khảo một tệp PDF, vào một thư mục…</translation>
        </message>
        <message>
            <source>Filled sheets of every judge, one PDF a judge, into a folder…</source>
            <translation>Phiếu đã chấm của tất cả giám khảo, mỗi giám khảo một tệp PDF, vào một thư mục…</translation>
        </message>
        <message>
            <source>{sheets} score sheets of {judges} judges were saved to the folder {path}, one file a judge.</source>
            <translation>Đã lưu {sheets} phiếu chấm điểm của {judges} giám khảo vào thư mục {path}, mỗi giám khảo một tệp.</translation>
        </message>
        <message>
            <source>Choose the folder for every judge's score sheets</source>
            <translation>Chọn thư mục lưu phiếu chấm điểm của tất cả giám khảo</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="206" />
            <source>Reopen sheet…</source>
            <translation>Mở lại phiếu…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="208" />
            <source>Unlock the selected submitted sheet; the reason goes to the audit log.</source>
            <translation>Mở khóa phiếu đã nộp đang chọn; lý do được ghi vào nhật ký.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="210" />
            <source>Import marks…</source>
            <translation>Nhập điểm…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="211" />
            <source>Export marks…</source>
            <translation>Xuất điểm…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="212" />
            <source>No entries are assigned to judges in this round yet.</source>
            <translation>Vòng này chưa phân công hồ sơ cho giám khảo nào.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="334" />
            <source>{done} of {total} sheets done ({submitted} submitted).</source>
            <translation>Đã xong {done}/{total} phiếu ({submitted} đã nộp).</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="488" />
            <source>Save score sheets as PDF</source>
            <translation>Lưu phiếu chấm điểm thành PDF</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="489" />
            <location filename="../sections/scoring.py" line="522" />
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="504" />
            <location filename="../sections/scoring.py" line="545" />
            <source>Score sheets</source>
            <translation>Phiếu chấm điểm</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="505" />
            <source>The score sheets were saved to {path}.</source>
            <translation>Đã lưu phiếu chấm điểm vào {path}.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="521" />
            <source>Save every judge&apos;s score sheets as PDF</source>
            <translation>Lưu phiếu chấm điểm của tất cả giám khảo (PDF)</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="546" />
            <source>{sheets} score sheets of {judges} judges were saved to {path}.</source>
            <translation>Đã lưu {sheets} phiếu chấm điểm của {judges} giám khảo vào {path}.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="552" />
            <source>Printing score sheets…</source>
            <translation>Đang in phiếu chấm điểm…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="575" />
            <location filename="../sections/scoring.py" line="580" />
            <location filename="../sections/scoring.py" line="584" />
            <source>Reopen sheet</source>
            <translation>Mở lại phiếu</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="575" />
            <source>The organiser&apos;s password:</source>
            <translation>Mật khẩu ban tổ chức:</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="397" />
            <location filename="../sections/scoring.py" line="580" />
            <source>Wrong password.</source>
            <translation>Sai mật khẩu.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="585" />
            <source>Why is the sheet of {judge} for {entry} reopened? (kept in the audit log)</source>
            <translation>Vì sao mở lại phiếu của {judge} cho hồ sơ {entry}? (được ghi vào nhật ký)</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="623" />
            <location filename="../sections/scoring.py" line="646" />
            <source>Import marks</source>
            <translation>Nhập điểm</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="623" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="648" />
            <source>{changed} marks changed, {unchanged} unchanged; {submitted} sheets submitted.</source>
            <translation>{changed} điểm thay đổi, {unchanged} không đổi; {submitted} phiếu đã nộp.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="660" />
            <location filename="../sections/scoring.py" line="682" />
            <source>Export marks</source>
            <translation>Xuất điểm</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="660" />
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="683" />
            <source>{n} marks written to {path}.</source>
            <translation>Đã ghi {n} điểm vào {path}.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="655" />
            <source>Importing marks…</source>
            <translation>Đang nhập điểm…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="688" />
            <source>Exporting marks…</source>
            <translation>Đang xuất điểm…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="194" />
            <source>Organiser password…</source>
            <translation>Mật khẩu ban tổ chức…</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="196" />
            <source>Set the password that leaving judge mode and reopening a sheet ask for.</source>
            <translation>Đặt mật khẩu cần nhập khi rời chế độ giám khảo và khi mở lại phiếu.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="384" />
            <source>Organiser password</source>
            <translation>Mật khẩu ban tổ chức</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="390" />
            <source>The current organiser password:</source>
            <translation>Mật khẩu ban tổ chức hiện tại:</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="402" />
            <source>The new organiser password (at least 10 characters):</source>
            <translation>Mật khẩu ban tổ chức mới (ít nhất 10 ký tự):</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="408" />
            <source>The password needs at least 10 characters.</source>
            <translation>Mật khẩu cần ít nhất 10 ký tự.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="411" />
            <source>The new password again:</source>
            <translation>Nhập lại mật khẩu mới:</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="415" />
            <source>The two passwords differ; nothing was changed.</source>
            <translation>Hai mật khẩu không khớp; chưa thay đổi gì.</translation>
        </message>
        <message>
            <location filename="../sections/scoring.py" line="429" />
            <source>The organiser password is set: leaving judge mode and reopening a sheet ask for it.</source>
            <translation>Đã đặt mật khẩu ban tổ chức: rời chế độ giám khảo và mở lại phiếu sẽ cần nhập mật khẩu này.</translation>
        </message>
    </context>
    <context>
        <name>SecretaryGrid</name>
        <message>
            <location filename="../scoring/grid.py" line="383" />
            <source>Secretary&apos;s grid: paper score sheets</source>
            <translation>Bảng nhập của thư ký: phiếu chấm giấy</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="384" />
            <source>Round</source>
            <translation>Vòng</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="385" />
            <source>Judge</source>
            <translation>Giám khảo</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="386" />
            <source>Double entry</source>
            <translation>Nhập hai lần</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="388" />
            <source>Type every sheet twice; differences are shown before anything is saved.</source>
            <translation>Nhập mỗi phiếu hai lần; chỗ khác nhau được chỉ ra trước khi lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="390" />
            <source>Start the second pass (Ctrl+Shift+N)</source>
            <translation>Bắt đầu nhập lần hai (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="391" />
            <source>Save the sheets (Ctrl+S)</source>
            <translation>Lưu các phiếu (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="499" />
            <source>Double entry: type the second pass before saving.</source>
            <translation>Nhập hai lần: hãy nhập lần hai trước khi lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="518" />
            <source>Saved: {changed} marks changed, {submitted} sheets submitted.</source>
            <translation>Đã lưu: {changed} điểm thay đổi, {submitted} phiếu đã nộp.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="531" />
            <source>{n} cells are not valid marks (red): correct them.</source>
            <translation>{n} ô không phải điểm hợp lệ (màu đỏ): hãy sửa lại.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="536" />
            <source>{n} cells differ between the two passes (highlighted): type them again from the paper.</source>
            <translation>{n} ô khác nhau giữa hai lần nhập (được tô màu): hãy nhập lại theo phiếu giấy.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="539" />
            <source>First pass: type the sheets, then start the second pass.</source>
            <translation>Lần nhập thứ nhất: nhập các phiếu, rồi bắt đầu lần hai.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="541" />
            <source>Second pass: type the sheets again, then save.</source>
            <translation>Lần nhập thứ hai: nhập lại các phiếu, rồi lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="543" />
            <source>Type the marks from the paper sheets; Enter moves on; Ctrl+S saves.</source>
            <translation>Nhập điểm từ phiếu giấy; Enter để sang ô tiếp; Ctrl+S để lưu.</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="447" />
            <source>Discard the typed marks?</source>
            <translation>Bỏ các điểm vừa nhập?</translation>
        </message>
        <message>
            <location filename="../scoring/grid.py" line="448" />
            <source>The marks typed in this grid are not saved yet. Discard them?</source>
            <translation>Các điểm vừa nhập trong bảng này chưa được lưu. Bỏ chúng đi?</translation>
        </message>
    </context>
    <context>
        <name>SheetsModel</name>
        <message>
            <location filename="../scoring/models.py" line="45" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="46" />
            <source>Entry</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="47" />
            <source>Judge</source>
            <translation>Giám khảo</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="48" />
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../scoring/models.py" line="49" />
            <source>Marked</source>
            <translation>Đã chấm</translation>
        </message>
    </context>
    <context>
        <name>Walkthrough</name>
        <message>
            <location filename="../scoring/walkthrough.py" line="380" />
            <source>← List (Esc)</source>
            <translation>← Danh sách (Esc)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="690" />
            <source>Saving…</source>
            <translation>Đang lưu…</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="695" />
            <source>Saved</source>
            <translation>Đã lưu</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="381" />
            <source>◀ Previous (PgUp)</source>
            <translation>◀ Trước (PgUp)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="382" />
            <source>Next (PgDn) ▶</source>
            <translation>Tiếp (PgDn) ▶</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="383" />
            <source>Submit sheet (Ctrl+S)</source>
            <translation>Nộp phiếu (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="384" />
            <source>Declare a conflict… (Ctrl+R)</source>
            <translation>Khai báo xung đột lợi ích… (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="385" />
            <source>Undo (Ctrl+Z)</source>
            <translation>Hoàn tác (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="386" />
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Làm lại (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="387" />
            <source>Attachments</source>
            <translation>Tệp đính kèm</translation>
        </message>
        <message>
            <source>Double-click a file to open it</source>
            <translation>Bấm đúp vào một tệp để mở</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="388" />
            <source>History of this mark</source>
            <translation>Lịch sử của điểm này</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="391" />
            <source>Comment on the entry</source>
            <translation>Nhận xét chung về hồ sơ</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="392" />
            <source>Your overall comment (optional)</source>
            <translation>Nhận xét chung của bạn (không bắt buộc)</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="515" />
            <source>Entry {n} of {total}: {code}</source>
            <translation>Hồ sơ {n}/{total}: {code}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="523" />
            <source>Category: {name}</source>
            <translation>Lĩnh vực: {name}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="525" />
            <source>Blind judging: authors and organisation are hidden.</source>
            <translation>Chấm ẩn danh: tác giả và đơn vị được ẩn.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="529" />
            <source>Authors: {names}</source>
            <translation>Tác giả: {names}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="532" />
            <source>Organisation: {name}</source>
            <translation>Đơn vị: {name}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="536" />
            <source>You recused from this entry: {reason}</source>
            <translation>Bạn đã từ chối chấm hồ sơ này: {reason}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="542" />
            <source>Submitted and locked. The organiser can reopen it if it must change.</source>
            <translation>Đã nộp và khóa. Ban tổ chức có thể mở lại nếu cần sửa.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="545" />
            <source>This round is closed: marks can no longer change.</source>
            <translation>Vòng này đã đóng: không thể sửa điểm nữa.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="565" />
            <source>Total: {total} / {max}</source>
            <translation>Tổng: {total} / {max}</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="724" />
            <source>typed</source>
            <translation>nhập trên máy</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="725" />
            <source>paper</source>
            <translation>phiếu giấy</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="726" />
            <source>file</source>
            <translation>tệp</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="823" />
            <source>A mark is needed before the sheet can be submitted.</source>
            <translation>Cần có điểm trước khi nộp phiếu.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="828" />
            <source>Submit the sheet</source>
            <translation>Nộp phiếu</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="829" />
            <source>Submit your marks for {code}? The sheet is then locked and counts.</source>
            <translation>Nộp điểm cho hồ sơ {code}? Phiếu sẽ bị khóa và được tính điểm.</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="861" />
            <source>Declare a conflict of interest</source>
            <translation>Khai báo xung đột lợi ích</translation>
        </message>
        <message>
            <location filename="../scoring/walkthrough.py" line="862" />
            <source>You will not score {code}. Why (for the record)?</source>
            <translation>Bạn sẽ không chấm hồ sơ {code}. Lý do (để ghi nhận)?</translation>
        </message>
    </context>
</TS>
