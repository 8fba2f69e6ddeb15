<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>KitWindow</name>
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
            <source>  left as it is: {entry} / {criterion}: {here} typed from paper; in the file the judge recused from this entry</source>
            <translation>  giữ nguyên: {entry} / {criterion}: {here} nhập từ phiếu giấy; trong tệp giám khảo từ chối chấm hồ sơ này</translation>
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
</TS>
