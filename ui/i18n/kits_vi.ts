<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>KitWindow</name>
        <message numerus="yes">
            <source>%n more entry(ies) to score came with this kit.</source>
            <translation>
                <numerusform>Bộ hồ sơ này có thêm %n hồ sơ cần chấm.</numerusform>
            </translation>
        </message>
        <message>
            <source>The organiser changed the criteria or their scales; the marks you gave are kept.</source>
            <translation>Ban tổ chức đã thay đổi tiêu chí hoặc thang điểm; các điểm bạn đã chấm vẫn được giữ.</translation>
        </message>
        <message>
            <source>New criteria to mark: %1.</source>
            <translation>Tiêu chí mới cần chấm: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) of criteria no longer in the round are kept aside and not sent.</source>
            <translation>
                <numerusform>%n điểm của các tiêu chí không còn trong vòng thi được cất riêng và không được gửi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Marks the new scales no longer allow, to give again: %1.</source>
            <translation>Các điểm không còn hợp lệ theo thang điểm mới, cần chấm lại: %1.</translation>
        </message>
        <message>
            <source>Sheets open again to complete: %1.</source>
            <translation>Các phiếu được mở lại để chấm tiếp: %1.</translation>
        </message>
        <message>
            <source>A newer judge kit</source>
            <translation>Bộ hồ sơ giám khảo mới</translation>
        </message>
        <message>
            <source>Judge kit</source>
            <translation>Bộ hồ sơ giám khảo</translation>
        </message>
        <message>
            <source>Your marks are saved on this computer as you type them. When you are done (or at any time), send your scores to the organiser.</source>
            <translation>Điểm được lưu ngay trên máy này khi nhập. Khi chấm xong (hoặc bất cứ lúc nào), hãy gửi điểm cho ban tổ chức.</translation>
        </message>
        <message>
            <source>Send my scores…</source>
            <translation>Gửi điểm của tôi…</translation>
        </message>
        <message>
            <source>Send my scores</source>
            <translation>Gửi điểm của tôi</translation>
        </message>
        <message>
            <source>Score files (*.scores.json)</source>
            <translation>Tệp điểm (*.scores.json)</translation>
        </message>
        <message>
            <source>Score file no. {number} is written to:
{path}

{marks} marks, {submitted} sheets submitted. Send this file to the organiser (by e-mail or on a USB stick). You may go on scoring and send a newer file later: the organiser takes in the newest.</source>
            <translation>Đã ghi tệp điểm số {number} vào:
{path}

{marks} điểm, {submitted} phiếu đã nộp. Hãy gửi tệp này cho ban tổ chức (qua thư điện tử hoặc USB). Giám khảo có thể chấm tiếp và gửi tệp mới hơn sau: ban tổ chức sẽ nhận tệp mới nhất.</translation>
        </message>
    </context>
    <context>
        <name>JudgesSection</name>
        <message>
            <source>Export judge kits…</source>
            <translation>Xuất bộ hồ sơ giám khảo…</translation>
        </message>
    </context>
    <context>
        <name>ScoringSection</name>
        <message>
            <source>Resolve mark conflicts…</source>
            <translation>Xử lý điểm chênh lệch…</translation>
        </message>
        <message>
            <source>Choose between marks typed from paper and the judges' score files.</source>
            <translation>Chọn giữa điểm nhập từ phiếu giấy và điểm trong tệp điểm của giám khảo.</translation>
        </message>
        <message>
            <source>Take in score files…</source>
            <translation>Nhận tệp điểm…</translation>
        </message>
        <message>
            <source>Verify and take in the signed score files judges sent from their kits.</source>
            <translation>Kiểm tra và nhận các tệp điểm có chữ ký mà giám khảo gửi từ bộ hồ sơ của mình.</translation>
        </message>
    </context>
    <context>
        <name>KitActions</name>
        <message>
            <source>  left as it is: {entry}: marks typed from paper; in the file the judge recused from this entry</source>
            <translation>  giữ nguyên: {entry}: có điểm nhập từ phiếu giấy; trong tệp giám khảo từ chối chấm hồ sơ này</translation>
        </message>
        <message>
            <source>Resolve mark conflicts</source>
            <translation>Xử lý điểm chênh lệch</translation>
        </message>
        <message>
            <source>{n} marks in the score files differ from marks typed from paper or on submitted sheets. They are kept as they are until you decide. Decide now?</source>
            <translation>{n} điểm trong tệp điểm khác với điểm nhập từ phiếu giấy hoặc trên phiếu đã nộp. Các điểm này được giữ nguyên cho đến khi anh/chị quyết định. Xử lý ngay bây giờ?</translation>
        </message>
        <message>
            <source>Resolve now</source>
            <translation>Xử lý ngay</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Để sau</translation>
        </message>
        <message>
            <source>{kept} marks kept as they were, {taken} taken from the judges' score files.</source>
            <translation>Đã giữ nguyên {kept} điểm, lấy {taken} điểm từ tệp điểm của giám khảo.</translation>
        </message>
        <message>
            <source>Corrected on submitted sheets (recorded in the audit log): {list}</source>
            <translation>Đã sửa trên phiếu đã nộp (ghi vào nhật ký): {list}</translation>
        </message>
        <message>
            <source>Sheets submitted as the judges' files say: {list}</source>
            <translation>Phiếu đã nộp theo tệp của giám khảo: {list}</translation>
        </message>
        <message>
            <source>Sheets recused as the judges' files say: {list}</source>
            <translation>Phiếu từ chối chấm theo tệp của giám khảo: {list}</translation>
        </message>
        <message>
            <source>Sheets back in progress (a mark was cleared): {list}</source>
            <translation>Phiếu trở lại trạng thái đang chấm (có điểm bị xóa): {list}</translation>
        </message>
        <message>
            <source>Export judge kits</source>
            <translation>Xuất bộ hồ sơ giám khảo</translation>
        </message>
        <message>
            <source>Which kits?</source>
            <translation>Xuất bộ hồ sơ nào?</translation>
        </message>
        <message>
            <source>Only {name}'s kit, to a file</source>
            <translation>Chỉ bộ hồ sơ của {name}, ra một tệp</translation>
        </message>
        <message>
            <source>Every judge with entries in the round, into a folder</source>
            <translation>Mọi giám khảo có hồ sơ trong vòng, vào một thư mục</translation>
        </message>
        <message>
            <source>Judge kits (*.judgekit)</source>
            <translation>Bộ hồ sơ giám khảo (*.judgekit)</translation>
        </message>
        <message>
            <source>The kit of judge {judge} is written to:
{path}

Give the judge this file; they open it with the judging desk on their own computer.</source>
            <translation>Đã ghi bộ hồ sơ của giám khảo {judge} vào:
{path}

Hãy gửi tệp này cho giám khảo; giám khảo mở tệp bằng Bàn chấm giải trên máy tính của mình.</translation>
        </message>
        <message>
            <source>{n} judge kits are written to the folder:
{folder}

{files}

Give each judge their own file.</source>
            <translation>Đã ghi {n} bộ hồ sơ giám khảo vào thư mục:
{folder}

{files}

Hãy gửi cho mỗi giám khảo đúng tệp của mình.</translation>
        </message>
        <message>
            <source>Take in score files</source>
            <translation>Nhận tệp điểm</translation>
        </message>
        <message>
            <source>Score files (*.scores.json *.json)</source>
            <translation>Tệp điểm (*.scores.json *.json)</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Bị từ chối: {reason}</translation>
        </message>
        <message>
            <source>{file}: score file no. {n} of judge {judge} was taken in already, or a newer one was: nothing changed.</source>
            <translation>{file}: tệp điểm số {n} của giám khảo {judge} đã được nhận, hoặc đã nhận một tệp mới hơn: không có gì thay đổi.</translation>
        </message>
        <message>
            <source>{file}: judge {judge}, score file no. {n}: {new} new marks, {changed} changed, {unchanged} unchanged, {conflicts} conflicts; {submitted} sheets submitted.</source>
            <translation>{file}: giám khảo {judge}, tệp điểm số {n}: {new} điểm mới, {changed} điểm thay đổi, {unchanged} điểm không đổi, {conflicts} điểm chênh lệch; {submitted} phiếu đã nộp.</translation>
        </message>
        <message>
            <source>  left as it is: {entry} / {criterion}: {here} typed from paper, {there} in the file</source>
            <translation>  giữ nguyên: {entry} / {criterion}: {here} nhập từ phiếu giấy, {there} trong tệp</translation>
        </message>
        <message>
            <source>  left as it is: {entry} / {criterion}: {here} on a submitted sheet, {there} in the file</source>
            <translation>  giữ nguyên: {entry} / {criterion}: {here} trên phiếu đã nộp, {there} trong tệp</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Resolve mark conflicts</source>
            <translation>Xử lý điểm chênh lệch</translation>
        </message>
        <message>
            <source>The judges' score files disagree with these marks, which were typed from paper sheets or are on sheets already submitted. For each row choose which mark counts: Space switches, Left keeps the paper mark, Right takes the judge's. Taking the judge's mark on a submitted sheet is a correction recorded in the audit log.</source>
            <translation>Tệp điểm của giám khảo khác với các điểm dưới đây, vốn được nhập từ phiếu giấy hoặc nằm trên phiếu đã nộp. Ở mỗi dòng, hãy chọn điểm được tính: phím cách để đổi, mũi tên trái giữ điểm phiếu giấy, mũi tên phải lấy điểm của giám khảo. Lấy điểm của giám khảo trên phiếu đã nộp là một lần sửa điểm và được ghi vào nhật ký.</translation>
        </message>
        <message>
            <source>All: &amp;paper</source>
            <translation>Tất cả theo &amp;phiếu giấy</translation>
        </message>
        <message>
            <source>Keep every mark stored here (typed from paper).</source>
            <translation>Giữ mọi điểm đang lưu (nhập từ phiếu giấy).</translation>
        </message>
        <message>
            <source>All: &amp;judge</source>
            <translation>Tất cả theo &amp;giám khảo</translation>
        </message>
        <message>
            <source>Take every judge's mark from the score files.</source>
            <translation>Lấy mọi điểm của giám khảo trong tệp điểm.</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Tiêu chí</translation>
        </message>
        <message>
            <source>Judge</source>
            <translation>Giám khảo</translation>
        </message>
        <message>
            <source>Mark here (paper)</source>
            <translation>Điểm đang lưu (phiếu giấy)</translation>
        </message>
        <message>
            <source>Judge's mark (file)</source>
            <translation>Điểm của giám khảo (tệp)</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Giữ theo</translation>
        </message>
        <message>
            <source>Whole sheet</source>
            <translation>Cả phiếu</translation>
        </message>
        <message>
            <source>{n} marks typed from paper</source>
            <translation>{n} điểm nhập từ phiếu giấy</translation>
        </message>
        <message>
            <source>{mark} (sheet submitted)</source>
            <translation>{mark} (phiếu đã nộp)</translation>
        </message>
        <message>
            <source>Recused: {reason}</source>
            <translation>Từ chối chấm: {reason}</translation>
        </message>
        <message>
            <source>(cleared)</source>
            <translation>(đã xóa)</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Phiếu giấy</translation>
        </message>
    </context>
</TS>
