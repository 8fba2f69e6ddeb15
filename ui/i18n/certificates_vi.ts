<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
  <context>
    <name>CertificatesSection</name>
    <message>
      <source>Certificates</source>
      <translation>Giấy chứng nhận</translation>
    </message>
    <message>
      <source>No round is approved yet: certificates are made for the prize winners of an approved round.</source>
      <translation>Chưa có vòng nào được phê duyệt: giấy chứng nhận được cấp cho các sáng kiến đoạt giải của một vòng đã phê duyệt.</translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) issued; export them to PDF or print them.</source>
      <translation>
        <numerusform>Đã cấp %n giấy chứng nhận; có thể xuất ra PDF hoặc in.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recipient(s) would get a certificate. Issuing gives each a serial number and a QR code.</source>
      <translation>
        <numerusform>%n người nhận sẽ được cấp giấy chứng nhận. Khi cấp, mỗi giấy được ghi số hiệu và mã QR.</numerusform>
      </translation>
    </message>
    <message>
      <source>This round has no prize winners.</source>
      <translation>Vòng này không có sáng kiến đoạt giải.</translation>
    </message>
    <message numerus="yes">
      <source>Issue %n certificate(s) for “%1”?</source>
      <translation>
        <numerusform>Cấp %n giấy chứng nhận cho “%1”?</numerusform>
      </translation>
    </message>
    <message>
      <source>Each certificate gets a serial number and a verification code, kept in the database.</source>
      <translation>Mỗi giấy chứng nhận được ghi số hiệu và mã xác minh, lưu trong cơ sở dữ liệu.</translation>
    </message>
    <message>
      <source>The printer could not be started. Nothing was printed.</source>
      <translation>Không khởi động được máy in. Chưa in giấy chứng nhận nào.</translation>
    </message>
    <message>
      <source>Issue</source>
      <translation>Cấp</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Export certificates</source>
      <translation>Xuất giấy chứng nhận</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Writing certificates…</source>
      <translation>Đang ghi giấy chứng nhận…</translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) written to %1.</source>
      <translation>
        <numerusform>Đã ghi %n giấy chứng nhận vào %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>Folder for the certificates</source>
      <translation>Thư mục lưu giấy chứng nhận</translation>
    </message>
    <message numerus="yes">
      <source>%n certificate file(s) written to %1.</source>
      <translation>
        <numerusform>Đã ghi %n tệp giấy chứng nhận vào %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) sent to the printer.</source>
      <translation>
        <numerusform>Đã gửi %n giấy chứng nhận tới máy in.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Round:</source>
      <translation>&amp;Vòng:</translation>
    </message>
    <message>
      <source>&amp;One for each:</source>
      <translation>&amp;Cấp cho mỗi:</translation>
    </message>
    <message>
      <source>&amp;Template:</source>
      <translation>&amp;Mẫu:</translation>
    </message>
    <message>
      <source>entry</source>
      <translation>sáng kiến</translation>
    </message>
    <message>
      <source>author</source>
      <translation>tác giả</translation>
    </message>
    <message>
      <source>Issue certificates…</source>
      <translation>Cấp giấy chứng nhận…</translation>
    </message>
    <message>
      <source>Serial</source>
      <translation>Số hiệu</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Người nhận</translation>
    </message>
    <message>
      <source>Prize</source>
      <translation>Giải</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>Xuất PDF…</translation>
    </message>
    <message>
      <source>One file each…</source>
      <translation>Mỗi người một tệp…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>In…</translation>
    </message>
    <message>
      <source>Check a certificate…</source>
      <translation>Kiểm tra giấy chứng nhận…</translation>
    </message>
  </context>
  <context>
    <name>TemplateEditor</name>
    <message>
      <source>Double-click to choose the colour</source>
      <extracomment>The template as it now is (a CertificateTemplate).</extracomment>
      <translation>Nhấp đúp để chọn màu</translation>
    </message>
    <message>
      <source>Text colour</source>
      <translation>Màu chữ</translation>
    </message>
    <message>
      <source>New text</source>
      <translation>Dòng chữ mới</translation>
    </message>
    <message>
      <source>Background image</source>
      <translation>Ảnh nền</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>This file is not a PNG or JPEG image. Choose another file.</source>
      <translation>Tệp này không phải ảnh PNG hay JPEG. Hãy chọn tệp khác.</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Trái</translation>
    </message>
    <message>
      <source>Centre</source>
      <translation>Giữa</translation>
    </message>
    <message>
      <source>Right</source>
      <translation>Phải</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <source>X (mm)</source>
      <translation>X (mm)</translation>
    </message>
    <message>
      <source>Y (mm)</source>
      <translation>Y (mm)</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Rộng</translation>
    </message>
    <message>
      <source>Height</source>
      <translation>Cao</translation>
    </message>
    <message>
      <source>Size (pt)</source>
      <translation>Cỡ chữ (pt)</translation>
    </message>
    <message>
      <source>Bold</source>
      <translation>Đậm</translation>
    </message>
    <message>
      <source>Align</source>
      <translation>Căn lề</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Màu</translation>
    </message>
    <message>
      <source>Add text</source>
      <translation>Thêm dòng chữ</translation>
    </message>
    <message>
      <source>Remove text</source>
      <translation>Xóa dòng chữ</translation>
    </message>
    <message>
      <source>Background image…</source>
      <translation>Ảnh nền…</translation>
    </message>
    <message>
      <source>No background</source>
      <translation>Bỏ ảnh nền</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Hoàn tác</translation>
    </message>
    <message>
      <source>Save template</source>
      <translation>Lưu mẫu</translation>
    </message>
  </context>
</TS>