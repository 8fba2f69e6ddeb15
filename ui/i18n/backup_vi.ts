<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>Backups</name>
        <message>
            <source>Restore from a backup copy</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <source>Backup copies are kept for database files, not for a server.</source>
            <translation>Bản sao lưu chỉ có với tệp cơ sở dữ liệu, không có với cơ sở dữ liệu trên máy chủ.</translation>
        </message>
        <message>
            <source>There is no backup copy of this database yet (folder: {folder}).</source>
            <translation>Cơ sở dữ liệu này chưa có bản sao lưu nào (thư mục: {folder}).</translation>
        </message>
        <message>
            <source>Restore the copy made {when}?</source>
            <translation>Khôi phục bản sao lưu lúc {when}?</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>Không khôi phục</translation>
        </message>
        <message>
            <source>Changes made after that time will no longer be in the database. The current file is kept aside next to it first.</source>
            <translation>Những thay đổi sau thời điểm đó sẽ không còn trong cơ sở dữ liệu. Tệp hiện tại được giữ lại ngay bên cạnh trước khi khôi phục.</translation>
        </message>
        <message>
            <source>The database was restored: {entries} entries, {marks} marks.</source>
            <translation>Đã khôi phục cơ sở dữ liệu: {entries} hồ sơ, {marks} điểm.</translation>
        </message>
        <message>
            <source>The file it replaced is kept at {path}.</source>
            <translation>Tệp bị thay thế được giữ lại tại {path}.</translation>
        </message>
        <message>
            <source>{entries} entries, {marks} marks</source>
            <translation>{entries} hồ sơ, {marks} điểm</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>Cơ sở dữ liệu bị hỏng</translation>
        </message>
        <message>
            <source>Restore the newest backup copy ({when})</source>
            <translation>Khôi phục bản sao lưu mới nhất ({when})</translation>
        </message>
        <message>
            <source>The newest good copy was made {when} ({counts}); changes made after it will not be in the database. The damaged file is kept aside next to it.</source>
            <translation>Bản sao lưu mới nhất còn dùng được là bản lúc {when} ({counts}); những thay đổi sau thời điểm đó sẽ không còn trong cơ sở dữ liệu. Tệp bị hỏng được giữ lại ngay bên cạnh.</translation>
        </message>
        <message>
            <source>Restoring the backup copy…</source>
            <translation>Đang khôi phục bản sao lưu…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup copy</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <source>Choose the copy to put in place of the database. The current file is kept aside next to it first.</source>
            <translation>Chọn bản sao lưu để thay cho cơ sở dữ liệu hiện tại. Tệp hiện tại được giữ lại ngay bên cạnh trước khi khôi phục.</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Thời điểm sao lưu</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dung lượng</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Số hồ sơ</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Số điểm</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>không đọc được</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Khôi phục</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
</TS>
