<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>VerifyCertificateDialog</name>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Check a certificate</source>
        <translation>Kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Verification code printed on the certificate (e.g. K7QF-29XM-HD4T):</source>
        <translation>Mã xác minh in trên giấy chứng nhận (ví dụ K7QF-29XM-HD4T):</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Verify</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Not a certificate of this database</source>
        <translation>Không phải giấy chứng nhận do cơ sở dữ liệu này cấp</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Certificate no. %1 was issued but is VOID: its holder is no longer a prize winner of the approved result.</source>
        <translation>Giấy chứng nhận số %1 đã được cấp nhưng ĐÃ BỊ HỦY: người nhận không còn đạt giải theo kết quả đã phê duyệt.</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Valid certificate no. %1</source>
        <translation>Giấy chứng nhận số %1 còn hiệu lực</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Awarded to</source>
        <translation>Trao cho</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Prize</source>
        <translation>Giải</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Entry</source>
        <translation>Tác phẩm</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Round</source>
        <translation>Vòng thi</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Competition</source>
        <translation>Cuộc thi</translation>
    </message>
    <message>
        <location filename="../certificates/verify_dialog.py" />
        <source>Issued on</source>
        <translation>Ngày cấp</translation>
    </message>
</context>
</TS>
