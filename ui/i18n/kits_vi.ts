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
</TS>
