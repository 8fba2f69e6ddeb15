<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>Consistency</name>
    <message>
      <location filename="../results/consistency_view.py" line="73" />
      <source>not computable</source>
      <translation>không tính được</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="74" />
      <source>no agreement</source>
      <translation>không có sự thống nhất</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="75" />
      <source>weak agreement</source>
      <translation>thống nhất yếu</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="76" />
      <source>moderate agreement</source>
      <translation>thống nhất vừa phải</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="77" />
      <source>strong agreement</source>
      <translation>thống nhất cao</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="78" />
      <source>very strong agreement</source>
      <translation>thống nhất rất cao</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="79" />
      <source>poor reliability</source>
      <translation>độ tin cậy kém</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="80" />
      <source>good reliability</source>
      <translation>độ tin cậy tốt</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="81" />
      <source>excellent reliability</source>
      <translation>độ tin cậy rất tốt</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="87" />
      <source>fewer than two judges</source>
      <translation>ít hơn hai giám khảo</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="88" />
      <source>fewer than two entries</source>
      <translation>ít hơn hai hồ sơ</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="89" />
      <source>every judge gave every entry the same total</source>
      <translation>mọi giám khảo cho mọi hồ sơ cùng một tổng điểm</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="92" />
      <source>no two entries were scored by the same two or more judges</source>
      <translation>không có hai hồ sơ nào được cùng một nhóm từ hai giám khảo trở lên chấm</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="95" />
      <source>no entry has two judges</source>
      <translation>không hồ sơ nào có hai giám khảo</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="96" />
      <source>no variation in the totals</source>
      <translation>các tổng điểm không chênh lệch</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="101" />
      <source>chair</source>
      <translation>chủ tịch</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="101" />
      <source>member</source>
      <translation>thành viên</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="101" />
      <source>trainee</source>
      <translation>tập sự</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="169" />
      <source>Judge</source>
      <translation>Giám khảo</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="170" />
      <source>Name</source>
      <translation>Họ tên</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="171" />
      <source>Role</source>
      <translation>Vai trò</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="172" />
      <source>Marks</source>
      <translation>Số điểm</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="173" />
      <source>Entries</source>
      <translation>Số hồ sơ</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="174" />
      <source>Mean total</source>
      <translation>Tổng điểm TB</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="175" />
      <source>SD</source>
      <translation>Độ lệch chuẩn</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="176" />
      <source>Panel mean</source>
      <translation>TB hội đồng</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="177" />
      <source>Mean deviation</source>
      <translation>Chênh lệch TB</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="178" />
      <source>Far from median</source>
      <translation>Lệch xa trung vị</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="207" />
      <source>Entry</source>
      <translation>Hồ sơ</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="208" />
      <source>Criterion</source>
      <translation>Tiêu chí</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="210" />
      <source>Mark</source>
      <translation>Điểm</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="211" />
      <source>Panel median</source>
      <translation>Trung vị hội đồng</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="212" />
      <source>Off by</source>
      <translation>Lệch</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="213" />
      <source>Panel mark</source>
      <translation>Điểm hội đồng</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="316" />
      <source>Judges against the panel</source>
      <translation>Từng giám khảo so với hội đồng</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="319" />
      <source>Each judge's mean total ± SD against the panel</source>
      <translation>Tổng điểm TB ± độ lệch chuẩn (ĐLC) của từng giám khảo so với hội đồng</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="321" />
      <source>Total</source>
      <translation>Tổng điểm</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="325" />
      <source>Judge's mark against the panel mark</source>
      <translation>Điểm của giám khảo so với điểm hội đồng</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="327" />
      <source>Judge's mark</source>
      <translation>Điểm của giám khảo</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="330" />
      <source>Marks far from the panel median</source>
      <translation>Điểm lệch xa trung vị của hội đồng</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="374" />
      <source>Marks far from the panel median (more than %1% of the criterion's maximum): %2</source>
      <translation>Điểm lệch xa trung vị của hội đồng (quá %1% điểm tối đa của tiêu chí): %2</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="387" />
      <source>ICC(1) = &lt;b&gt;%1&lt;/b&gt; (%2) over %3 entries, %4 judge totals</source>
      <translation>Độ tin cậy của điểm, ICC(1) = &lt;b&gt;%1&lt;/b&gt; (%2) trên %3 hồ sơ, %4 tổng điểm của giám khảo</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="394" />
      <source>ICC(1): not computable (%1)</source>
      <translation>Độ tin cậy của điểm, ICC(1): không tính được (%1)</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="397" />
      <source>ICC(1) says how far the totals differ because the entries differ rather than because the judges do: near 1, the judges score alike; near 0, a total says more about its judge than about the entry.</source>
      <translation>ICC(1) cho biết tổng điểm chênh nhau là do các hồ sơ khác nhau hay do các giám khảo chấm khác nhau: gần 1 là các giám khảo chấm nhất quán; gần 0 là tổng điểm phụ thuộc vào người chấm nhiều hơn vào chất lượng hồ sơ.</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="408" />
      <source>Kendall's W = &lt;b&gt;%1&lt;/b&gt; (%2) over %3 entries scored by the same %4 judges (%5)</source>
      <translation>Mức thống nhất về thứ tự, hệ số W của Kendall = &lt;b&gt;%1&lt;/b&gt; (%2) trên %3 hồ sơ do cùng %4 giám khảo chấm (%5)</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="419" />
      <source>… and Kendall's W of %1 smaller groups of entries</source>
      <translation>… và hệ số W của %1 nhóm hồ sơ nhỏ hơn</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="425" />
      <source>Kendall's W: not computable (%1)</source>
      <translation>Mức thống nhất về thứ tự, hệ số W của Kendall: không tính được (%1)</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="428" />
      <source>Kendall's W says whether judges who scored the same entries put them in the same order: 1, the same order; 0, no common order.</source>
      <translation>Hệ số W của Kendall cho biết các giám khảo cùng chấm một nhóm hồ sơ có xếp các hồ sơ theo cùng một thứ tự hay không: 1 là cùng một thứ tự; 0 là không có thứ tự chung.</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="434" />
      <source>Trainees are shown but left out of both figures.</source>
      <translation>Giám khảo tập sự được hiển thị nhưng không tính vào hai chỉ số này.</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="464" />
      <source>judge: mean ± SD</source>
      <translation>giám khảo: TB ± ĐLC</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="474" />
      <source>panel: mean, same entries</source>
      <translation>hội đồng: TB cùng hồ sơ</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="498" />
      <source>members' marks</source>
      <translation>điểm của thành viên</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="499" />
      <source>trainees' marks</source>
      <translation>điểm của giám khảo tập sự</translation>
    </message>
    <message>
      <location filename="../results/consistency_view.py" line="500" />
      <source>far from the median</source>
      <translation>lệch xa trung vị</translation>
    </message>
  </context>
  <context>
    <name>Explanation</name>
    <message>
      <location filename="../results/explain.py" line="64" />
      <source>trainee: shown, not counted</source>
      <translation>tập sự: hiển thị, không tính</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="66" />
      <source>no mark (recused or not given)</source>
      <translation>không có điểm (rút lui hoặc chưa chấm)</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="68" />
      <source>dropped by trimming</source>
      <translation>bị loại (cao nhất/thấp nhất)</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="70" />
      <source>not counted (sheet not submitted)</source>
      <translation>không tính (phiếu chưa nộp)</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="71" />
      <source>counted</source>
      <translation>được tính</translation>
    </message>
    <message numerus="yes">
      <location filename="../results/explain.py" line="78" />
      <source>half-up to %n decimal place(s)</source>
      <translation>
        <numerusform>làm tròn lên nửa, %n chữ số thập phân</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="80" />
      <source>rounded</source>
      <translation>đã làm tròn</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="85" />
      <source>exact</source>
      <translation>chính xác</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="93" />
      <source>Exact value</source>
      <translation>Giá trị chính xác</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="93" />
      <source>Step</source>
      <translation>Bước</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="94" />
      <source>Rounded</source>
      <translation>Sau làm tròn</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="94" />
      <source>Rounding</source>
      <translation>Cách làm tròn</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="102" />
      <source>Weight</source>
      <translation>Hệ số</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="106" />
      <source>Judge</source>
      <translation>Giám khảo</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="106" />
      <source>Mark</source>
      <translation>Điểm</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="106" />
      <source>Role</source>
      <translation>Vai trò</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="108" />
      <source>Normalised</source>
      <translation>Sau chuẩn hóa</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="109" />
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="117" />
      <source>member</source>
      <translation>thành viên</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="118" />
      <source>chair</source>
      <translation>chủ tịch</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="119" />
      <source>trainee</source>
      <translation>tập sự</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="132" />
      <source>none (marks missing)</source>
      <translation>chưa có (còn thiếu điểm)</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="134" />
      <source>Panel mark</source>
      <translation>Điểm hội đồng</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="136" />
      <source>weighted</source>
      <translation>sau hệ số</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="146" />
      <source>bonus</source>
      <translation>điểm cộng</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="146" />
      <source>deduction</source>
      <translation>điểm trừ</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="150" />
      <source>Raw value</source>
      <translation>Giá trị gốc</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="150" />
      <source>points</source>
      <translation>điểm</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="160" />
      <source>Jury total</source>
      <translation>Tổng điểm hội đồng</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="161" />
      <source>Final total</source>
      <translation>Tổng điểm cuối</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="179" />
      <source>Entry</source>
      <translation>Hồ sơ</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="190" />
      <source>Entries with the same final total, compared on each metric of the chain in order:</source>
      <translation>Các hồ sơ có cùng tổng điểm cuối, so sánh lần lượt theo từng chỉ số của chuỗi phân hạng:</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="190" />
      <source>Tie-break chain</source>
      <translation>Chuỗi tiêu chí phân hạng</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="200" />
      <source>ranked</source>
      <translation>đã xếp hạng</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="201" />
      <source>incomplete: not ranked</source>
      <translation>chưa đủ điểm: không xếp hạng</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="202" />
      <source>withdrawn: not ranked</source>
      <translation>đã rút: không xếp hạng</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="207" />
      <source>tied</source>
      <translation>đồng hạng</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="209" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="209" />
      <source>rank</source>
      <translation>hạng</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="212" />
      <source>Missing marks</source>
      <translation>Còn thiếu điểm</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="213" />
      <source>Jury</source>
      <translation>Hội đồng giám khảo</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="222" />
      <source>Criterion</source>
      <translation>Tiêu chí</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="223" />
      <source>Weighted</source>
      <translation>Sau hệ số</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="227" />
      <source>Components</source>
      <translation>Điểm thành phần ngoài hội đồng</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="229" />
      <source>Totals</source>
      <translation>Tổng điểm</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="237" />
      <source>Chair’s decision on the tie</source>
      <translation>Quyết định của chủ tịch về đồng hạng</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="242" />
      <source>Criteria, mark by mark</source>
      <translation>Từng tiêu chí, từng điểm</translation>
    </message>
    <message>
      <location filename="../results/explain.py" line="278" />
      <source>Provisional: unsubmitted marks are included.</source>
      <translation>Tạm tính: có tính cả điểm chưa nộp.</translation>
    </message>
  </context>
  <context>
    <name>ExplanationDialog</name>
    <message>
      <location filename="../results/dialogs.py" line="36" />
      <source>Explanation: %1</source>
      <translation>Giải thích: %1</translation>
    </message>
    <message>
      <location filename="../results/dialogs.py" line="45" />
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
  </context>
  <context>
    <name>MinutesDetailsDialog</name>
    <message>
      <location filename="../results/minutes_dialog.py" line="32" />
      <source>Details of the minutes</source>
      <translation>Thông tin biên bản</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="36" />
      <source>What the minutes say that the program does not know. A field left empty stays blank in the minutes, to be written in by hand.</source>
      <translation>Những thông tin biên bản cần mà phần mềm chưa có. Ô nào để trống sẽ để chỗ trống trong biên bản để ghi tay.</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="43" />
      <source>e.g. 12 (gives “Số: 12/BB-HĐ”)</source>
      <translation>ví dụ 12 (thành “Số: 12/BB-HĐ”)</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="44" />
      <source>Hồ Chí Minh City when left empty</source>
      <translation>để trống: Thành phố Hồ Chí Minh</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="45" />
      <source>e.g. Meeting room 2, 244 Điện Biên Phủ</source>
      <translation>ví dụ Phòng họp số 2, 244 Điện Biên Phủ</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="46" />
      <source>e.g. 14:00 on 06/12/2026</source>
      <translation>ví dụ 14 giờ 00, ngày 06/12/2026</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="48" />
      <source>Document &amp;number:</source>
      <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="49" />
      <source>&amp;Place (city) in the date line:</source>
      <translation>&amp;Địa danh ghi ở dòng ngày tháng:</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="50" />
      <source>&amp;Venue of the meeting:</source>
      <translation>Địa điểm &amp;họp:</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="51" />
      <source>&amp;Time of the meeting:</source>
      <translation>&amp;Thời gian họp:</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="52" />
      <source>&amp;Secretary of the council:</source>
      <translation>&amp;Thư ký hội đồng:</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="57" />
      <source>Members present</source>
      <translation>Số thành viên có mặt</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="58" />
      <source>Votes in favour</source>
      <translation>Số phiếu tán thành</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="59" />
      <source>Votes against</source>
      <translation>Số phiếu không tán thành</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="70" />
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="71" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../results/minutes_dialog.py" line="87" />
      <source>— (blank)</source>
      <translation>— (để trống)</translation>
    </message>
  </context>
  <context>
    <name>ReopenRoundDialog</name>
    <message>
      <location filename="../results/dialogs.py" line="159" />
      <source>Reopen round</source>
      <translation>Mở lại vòng</translation>
    </message>
    <message>
      <location filename="../results/dialogs.py" line="164" />
      <source>Reason (required, kept in the audit log):</source>
      <translation>Lý do (bắt buộc, được ghi vào nhật ký):</translation>
    </message>
    <message>
      <location filename="../results/dialogs.py" line="173" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
  <context>
    <name>ResolveTieDialog</name>
    <message>
      <location filename="../results/dialogs.py" line="74" />
      <source>Resolve tie</source>
      <translation>Xử lý đồng hạng</translation>
    </message>
    <message>
      <location filename="../results/dialogs.py" line="75" />
      <source>Put the tied entries in the order the chair decided, best first.</source>
      <translation>Sắp xếp các hồ sơ đồng hạng theo thứ tự chủ tịch hội đồng quyết định, hồ sơ cao nhất ở trên.</translation>
    </message>
    <message>
      <location filename="../results/dialogs.py" line="77" />
      <source>Revise the chair's order</source>
      <translation>Sửa thứ tự của chủ tịch hội đồng</translation>
    </message>
    <message>
      <location filename="../results/dialogs.py" line="79" />
      <source>The chair ordered these entries before, shown in that order. Reason given: %1
A new order replaces it (the earlier one stays in the audit log).</source>
      <translation>Chủ tịch hội đồng đã xếp thứ tự các hồ sơ này, hiển thị theo thứ tự đó. Lý do đã ghi: %1
Thứ tự mới sẽ thay thế thứ tự cũ (thứ tự cũ vẫn được lưu trong nhật ký).</translation>
    </message>
    <message>
      <location filename="../results/dialogs.py" line="96" />
      <source>Move &amp;up</source>
      <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
      <location filename="../results/dialogs.py" line="97" />
      <source>Move &amp;down</source>
      <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
      <location filename="../results/dialogs.py" line="105" />
      <source>Reason (required, recorded with the decision):</source>
      <translation>Lý do (bắt buộc, được ghi cùng quyết định):</translation>
    </message>
    <message>
      <location filename="../results/dialogs.py" line="110" />
      <source>A reason is required.</source>
      <translation>Cần ghi lý do.</translation>
    </message>
    <message>
      <location filename="../results/dialogs.py" line="115" />
      <source>Record the order</source>
      <translation>Ghi nhận thứ tự</translation>
    </message>
    <message>
      <location filename="../results/dialogs.py" line="117" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
  <context>
    <name>ResultsSection</name>
    <message>
      <location filename="../sections/results.py" line="420" />
      <source>fingerprint of the last event: %1</source>
      <translation>mã nhận dạng sự kiện cuối: %1</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="265" />
      <source>Results</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="281" />
      <source>Round:</source>
      <translation>Vòng:</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="282" />
      <source>Category:</source>
      <translation>Lĩnh vực:</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="283" />
      <source>Provisional (include drafts)</source>
      <translation>Tạm tính (gồm cả điểm chưa nộp)</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="286" />
      <source>Count marks of sheets not yet submitted: a provisional ranking, not the result</source>
      <translation>Tính cả điểm trên các phiếu chưa nộp: xếp hạng tạm thời, không phải kết quả</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="292" />
      <source>PROVISIONAL — marks of unsubmitted sheets are included. This is not the result.</source>
      <translation>TẠM TÍNH — có tính cả điểm trên các phiếu chưa nộp. Đây không phải là kết quả.</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="295" />
      <source>Resolve tie…</source>
      <translation>Xử lý đồng hạng…</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="296" />
      <source>Close round</source>
      <translation>Kết thúc vòng</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="297" />
      <source>Approve round</source>
      <translation>Phê duyệt vòng</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="298" />
      <source>Reopen round…</source>
      <translation>Mở lại vòng…</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="300" />
      <source>Open the round again for marking, with a reason kept in the audit log</source>
      <translation>Mở lại vòng để giám khảo chấm tiếp; lý do được ghi vào nhật ký</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="302" />
      <source>Export results…</source>
      <translation>Xuất kết quả…</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="305" />
      <source>The ranking as a workbook or CSV, the council's minutes as PDF or Word, or a web page</source>
      <translation>Bảng xếp hạng dạng bảng tính hoặc CSV, biên bản họp hội đồng dạng PDF hoặc Word, hoặc trang web</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="309" />
      <source>Print…</source>
      <translation>In…</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="310" />
      <source>Print the council's minutes</source>
      <translation>In biên bản họp hội đồng</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="312" />
      <source>All categories</source>
      <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="313" />
      <source>Ranking</source>
      <translation>Xếp hạng</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="314" />
      <source>Judge consistency</source>
      <translation>Độ nhất quán của giám khảo</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="390" />
      <source>No competition yet: nothing to rank.</source>
      <translation>Chưa có cuộc thi: chưa có gì để xếp hạng.</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="392" />
      <source>Ranking is not available in this version yet.</source>
      <translation>Phiên bản này chưa có chức năng xếp hạng.</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="431" />
      <source>Ranking the round…</source>
      <translation>Đang xếp hạng vòng thi…</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="487" />
      <source>Approval waits for:</source>
      <translation>Chưa thể phê duyệt vì:</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="533" />
      <source>Equal totals are separated by: %1</source>
      <translation>Khi bằng tổng điểm cuối, xét lần lượt: %1</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="534" />
      <source>, then </source>
      <translation>, rồi đến </translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="537" />
      <source>“=” after a rank: tied</source>
      <translation>dấu “=” sau thứ hạng: đồng hạng</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="538" />
      <source>double-click a number or press Enter: how it was worked out</source>
      <translation>nhấp đúp vào một số hoặc nhấn Enter để xem cách tính</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="567" />
      <source>Cancelled.</source>
      <translation>Đã hủy.</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="576" />
      <source>Working out the judges' consistency…</source>
      <translation>Đang tính độ nhất quán của giám khảo…</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="585" />
      <source>Round open</source>
      <translation>Vòng đang mở</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="586" />
      <source>Round closed</source>
      <translation>Vòng đã kết thúc</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="587" />
      <source>Round approved (locked)</source>
      <translation>Vòng đã phê duyệt (đã khóa)</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="622" />
      <source>This action is not available in this version yet.</source>
      <translation>Phiên bản này chưa có thao tác này.</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="636" />
      <source>Recording the decision…</source>
      <translation>Đang ghi quyết định…</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="641" />
      <source>This round cannot be approved yet:</source>
      <translation>Chưa thể phê duyệt vòng này:</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="693" />
      <source>Checking what the round still lacks…</source>
      <translation>Đang kiểm tra vòng thi còn thiếu gì…</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="702" />
      <source>Keep it open</source>
      <translation>Chưa kết thúc</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="705" />
      <source>Every entry of “%1” has all its marks on submitted sheets. Close the round? Judges can no longer change their marks.</source>
      <translation>Mọi hồ sơ của “%1” đã có đủ điểm trên các phiếu chấm đã nộp. Kết thúc vòng? Sau đó giám khảo không sửa điểm được nữa.</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="710" />
      <source>“%1” is not complete: %2 and %3.</source>
      <translation>“%1” chưa chấm xong: %2 và %3.</translation>
    </message>
    <message numerus="yes">
      <location filename="../sections/results.py" line="712" />
      <source>%n sheet(s) not submitted</source>
      <translation>
        <numerusform>%n phiếu chấm chưa nộp</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../sections/results.py" line="713" />
      <source>%n entry(ies) cannot be ranked</source>
      <translation>
        <numerusform>%n hồ sơ chưa đủ điểm để xếp hạng</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="716" />
      <source>Close it anyway? Judges can no longer change their marks, and these entries stay unranked until the round is reopened.</source>
      <translation>Vẫn kết thúc vòng? Giám khảo sẽ không sửa điểm được nữa, và các hồ sơ này không được xếp hạng cho đến khi vòng được mở lại.</translation>
    </message>
    <message numerus="yes">
      <location filename="../sections/results.py" line="727" />
      <source>… and %n more entry(ies)</source>
      <translation>
        <numerusform>… và %n hồ sơ khác</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="735" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="736" />
      <source>CSV table (*.csv)</source>
      <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="737" />
      <source>Council minutes, PDF (*.pdf)</source>
      <translation>Biên bản họp hội đồng, PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="738" />
      <source>Council minutes, Word (*.docx)</source>
      <translation>Biên bản họp hội đồng, Word (*.docx)</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="739" />
      <source>Web page (*.html)</source>
      <translation>Trang web (*.html)</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="748" />
      <source>Export results</source>
      <translation>Xuất kết quả</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="804" />
      <source>The results were written to %1.</source>
      <translation>Đã ghi kết quả vào %1.</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="808" />
      <source>Exporting the results…</source>
      <translation>Đang xuất kết quả…</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="852" />
      <source>Reopen “%1”? The approved result stays on record, but the round must be closed and approved again.</source>
      <translation>Mở lại “%1”? Kết quả đã phê duyệt vẫn được lưu, nhưng vòng phải được kết thúc và phê duyệt lại.</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="856" />
      <source>Reopen “%1”? Judges can change their marks again.</source>
      <translation>Mở lại “%1”? Giám khảo sẽ sửa được điểm trở lại.</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="875" />
      <source>Approve this round? The result is locked and prizes are confirmed.</source>
      <translation>Phê duyệt vòng này? Kết quả sẽ bị khóa và các giải được xác nhận.</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="876" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../sections/results.py" line="922" />
      <source>Working out the explanation…</source>
      <translation>Đang lập phần giải thích…</translation>
    </message>
  </context>
  <context>
    <name>ResultsTableModel</name>
    <message numerus="yes">
      <location filename="../results/table_model.py" line="125" />
      <source>Separates equal final totals: comparison no. %n</source>
      <translation>
        <numerusform>Dùng để phân định khi bằng tổng điểm cuối: tiêu chí xét thứ %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="139" />
      <source>Rank</source>
      <translation>Hạng</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="140" />
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="141" />
      <source>Title</source>
      <translation>Tên hồ sơ</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="142" />
      <source>Category</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="143" />
      <source>Jury total</source>
      <translation>Tổng điểm hội đồng</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="144" />
      <source>Final total</source>
      <translation>Tổng điểm cuối</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="145" />
      <source>Prize</source>
      <translation>Giải</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="146" />
      <source>Advanced</source>
      <translation>Vào vòng sau</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="147" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="148" />
      <source>Tie decision</source>
      <translation>Quyết định đồng hạng</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="153" />
      <source>ranked</source>
      <translation>đã xếp hạng</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="154" />
      <source>incomplete</source>
      <translation>chưa đủ điểm</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="155" />
      <source>withdrawn</source>
      <translation>đã rút</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="161" />
      <source>Tied: shares this rank (đồng hạng)</source>
      <translation>Đồng hạng: cùng chung thứ hạng này</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="163" />
      <source>Chair's decision: %1</source>
      <translation>Quyết định của chủ tịch: %1</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="169" />
      <source>Missing marks:</source>
      <translation>Còn thiếu điểm:</translation>
    </message>
    <message>
      <location filename="../results/table_model.py" line="171" />
      <source>Double-click or press Enter for the explanation</source>
      <translation>Nhấp đúp hoặc nhấn Enter để xem giải thích</translation>
    </message>
  </context>
</TS>
