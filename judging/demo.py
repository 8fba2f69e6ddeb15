"""The demo competition: "Giải thưởng Sáng kiến cộng đồng 2026", made up but realistic.

``build_demo`` fills an empty database with the competition's definition (the shipped
``sang-kien-cong-dong`` template: 4 categories, a preliminary and a final round with 4 criteria
and rubric bands each, ranking rules, the prize ladder), 32 entries from districts, agencies and enterprises of Ho Chi Minh City and 9 judges;
then each area adds what it knows to the demo (assignments, marks, results) through its own
``extend_demo``. Every name, title and person here is invented.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from judging.errors import Conflict
from judging.model import Competition, Entry, EntryStatus, Judge, Role
from judging.problems import ProblemCode as P
from judging.text import clean

if TYPE_CHECKING:
    from judging.app import Services

DEMO_CODE = "SKCD-2026"
DEMO_NAME = "Giải thưởng Sáng kiến cộng đồng 2026"

#: The shipped definition the demo is built from: the demo's categories, criteria, rubric and
#: prize ladder are those a real edition starts from, so a registration form that fits the
#: template fits the demo.
DEMO_TEMPLATE = "sang-kien-cong-dong"


def demo_competition() -> Competition:
    """The ``sang-kien-cong-dong`` template as its 2026 edition."""
    # Imported here: the definition reader is not needed to start the program.
    from judging.setup.definition import parse, template_text

    template = parse(template_text(DEMO_TEMPLATE), f"{DEMO_TEMPLATE}.toml")
    return replace(template, code=DEMO_CODE, name=DEMO_NAME)


# (category, title, authors, organisation, summary)
_ENTRIES: tuple[tuple[str, str, tuple[str, ...], str, str], ...] = (
    (
        "QLNN",
        "Ứng dụng Bình Thạnh trực tuyến: tiếp nhận và phản hồi kiến nghị của người dân",
        ("Lê Hoàng Phúc", "Trần Thị Mỹ Duyên", "Đặng Quốc Bảo"),
        "UBND quận Bình Thạnh",
        "Ứng dụng di động cho người dân gửi phản ánh kèm hình ảnh, vị trí; phường xử lý "
        "và trả lời trong 48 giờ, theo dõi được tiến độ.",
    ),
    (
        "QLNN",
        "Bản đồ số GIS quản lý hồ sơ đất đai phục vụ cải cách hành chính",
        ("Nguyễn Văn Thành", "Phạm Ngọc Ánh"),
        "Văn phòng Đăng ký đất đai Thành phố Thủ Đức",
        "Số hóa bản đồ địa chính và hồ sơ cấp giấy chứng nhận trên nền GIS, rút ngắn "
        "thời gian tra cứu từ ba ngày xuống vài phút.",
    ),
    (
        "QLNN",
        "Tổ công tác lưu động hỗ trợ thủ tục hành chính tại khu phố",
        ("Võ Thị Kim Ngân",),
        "UBND phường Bến Nghé, Quận 1",
        "Cán bộ một cửa đến tận khu phố mỗi thứ Bảy, hướng dẫn người cao tuổi nộp hồ sơ "
        "trực tuyến và thanh toán không dùng tiền mặt.",
    ),
    (
        "QLNN",
        "Số hóa sổ hộ tịch giai đoạn 1975–2015 bằng nhận dạng chữ viết tay",
        ("Huỳnh Minh Trí", "Lâm Thị Thanh Tâm"),
        "Phòng Tư pháp quận Gò Vấp",
        "Quét và nhận dạng hơn 120.000 trang sổ hộ tịch cũ; bản sao trích lục được cấp "
        "trong ngày thay vì năm ngày.",
    ),
    (
        "QLNN",
        "Chatbot giải đáp thủ tục đăng ký kinh doanh hộ cá thể",
        ("Trương Gia Huy",),
        "UBND huyện Củ Chi",
        "Trợ lý ảo trên Zalo trả lời các câu hỏi thường gặp về đăng ký hộ kinh doanh, "
        "giảm 40% lượt hỏi trực tiếp tại bộ phận một cửa.",
    ),
    (
        "QLNN",
        "Phần mềm quản lý lịch tiếp công dân và theo dõi kết quả giải quyết",
        ("Đỗ Thị Hồng Nhung", "Ngô Văn Lợi"),
        "Thanh tra quận Tân Bình",
        "Đặt lịch tiếp công dân trực tuyến, nhắc hạn xử lý đơn thư và tổng hợp báo cáo "
        "định kỳ tự động.",
    ),
    (
        "QLNN",
        "Mô hình khu phố không rác thải nhựa gắn với quản lý đô thị",
        ("Phan Thị Bích Liên",),
        "UBND phường Thảo Điền, Thành phố Thủ Đức",
        "Quy chế khu phố, đổi rác tái chế lấy quà và bản đồ điểm thu gom, được 9 khu phố áp dụng.",
    ),
    (
        "QLNN",
        "Hệ thống cảnh báo ngập theo thời gian thực cho các tuyến đường trũng",
        ("Bùi Quang Vinh", "Nguyễn Hữu Tài", "Trịnh Ngọc Hân"),
        "Trung tâm Chống ngập Thành phố",
        "Cảm biến mực nước gửi dữ liệu về bản đồ công khai; người dân nhận cảnh báo để "
        "chọn đường tránh ngập.",
    ),
    (
        "KTCN",
        "Điện mặt trời áp mái kết hợp lưu trữ cho trụ sở cơ quan",
        ("Đinh Công Minh", "Hà Thị Thu Trang"),
        "Công ty TNHH Năng lượng Xanh Sài Gòn",
        "Hệ thống 50 kWp có bộ lưu trữ, giám sát qua điện thoại, giảm 35% tiền điện của "
        "trụ sở và cấp điện khi mất lưới.",
    ),
    (
        "KTCN",
        "Thiết bị đo chất lượng nước giá rẻ dùng cho hộ nuôi trồng thủy sản",
        ("Lý Thành Đạt",),
        "Trường Đại học Bách khoa – ĐHQG TP.HCM",
        "Đo pH, oxy hòa tan và nhiệt độ, cảnh báo qua tin nhắn; giá thành bằng một phần "
        "năm thiết bị nhập khẩu.",
    ),
    (
        "KTCN",
        "Robot khử khuẩn bằng tia UV cho phòng bệnh",
        ("Vũ Đức Anh", "Cao Thị Yến", "Nguyễn Đình Khôi"),
        "Công ty Cổ phần Công nghệ Robot Việt",
        "Robot tự hành chiếu UV-C theo lộ trình lập sẵn, dừng khi phát hiện người, đã "
        "dùng thử tại hai bệnh viện quận.",
    ),
    (
        "KTCN",
        "Dây chuyền tái chế nhựa PET thành sợi polyester",
        ("Tạ Văn Hùng",),
        "Hợp tác xã Tái chế Tân Tạo, quận Bình Tân",
        "Cải tiến khâu rửa và sấy giúp tiết kiệm 20% điện năng; mỗi ngày xử lý 3 tấn "
        "chai nhựa thu gom.",
    ),
    (
        "KTCN",
        "Nền tảng đặt lịch khám bệnh liên thông các trạm y tế phường",
        ("Mai Xuân Hòa", "Lưu Thị Diễm My"),
        "Công ty TNHH Phần mềm Sao Phương Nam",
        "Người dân đặt lịch, nhận số thứ tự và kết quả xét nghiệm trên điện thoại; trạm "
        "y tế giảm thời gian chờ trung bình còn 15 phút.",
    ),
    (
        "KTCN",
        "Hệ thống chiếu sáng công cộng thông minh điều khiển từ xa",
        ("Quách Minh Nhật",),
        "Công ty Chiếu sáng Công cộng Thành phố",
        "Bộ điều khiển đèn LED theo lưu lượng giao thông, tiết kiệm 40% điện năng trên "
        "12 tuyến đường thí điểm.",
    ),
    (
        "KTCN",
        "Máy bóc vỏ hạt điều bán tự động cho hộ sản xuất nhỏ",
        ("Dương Văn Sang", "Dương Thị Mến"),
        "Cơ sở cơ khí Sang Mến, huyện Hóc Môn",
        "Máy bóc đạt 60 kg mỗi giờ, tỉ lệ nhân nguyên trên 90%, giảm tai nạn tay so với "
        "bóc thủ công.",
    ),
    (
        "KTCN",
        "Ứng dụng trí tuệ nhân tạo đọc biển số tại bãi giữ xe chung cư",
        ("Kiều Anh Tuấn",),
        "Ban quản trị chung cư Hoa Lan, Quận 7",
        "Nhận dạng biển số và khuôn mặt chủ xe, thay thẻ giấy; giảm ùn tắc giờ cao điểm "
        "và thất thoát vé.",
    ),
    (
        "GDYTXH",
        "Mô hình câu lạc bộ STEM sau giờ học cho học sinh trung học cơ sở",
        ("Nguyễn Thị Thanh Thủy", "Hồ Văn Nam"),
        "Trường THCS Nguyễn Du, Quận 1",
        "Học sinh tự thiết kế robot, mô hình tưới cây tự động; 18 trường trong quận đã "
        "mở câu lạc bộ theo mô hình này.",
    ),
    (
        "GDYTXH",
        "Sổ tay điện tử theo dõi sức khỏe người cao tuổi tại nhà",
        ("Trần Quốc Việt", "Phùng Thị Lan"),
        "Trung tâm Y tế quận Gò Vấp",
        "Nhân viên y tế khu phố ghi chỉ số huyết áp, đường huyết trên ứng dụng; bác sĩ "
        "nhận cảnh báo khi chỉ số bất thường.",
    ),
    (
        "GDYTXH",
        "Lớp học tình thương dạy chữ và kỹ năng sống cho trẻ em lang thang",
        ("Nguyễn Thị Diệu Hạnh",),
        "Nhóm thiện nguyện Ánh Dương, quận Bình Thạnh",
        "Mỗi năm dạy 60 em, kết hợp hỗ trợ làm giấy khai sinh để các em được đến trường.",
    ),
    (
        "GDYTXH",
        "Bếp ăn không đồng cho bệnh nhân chạy thận",
        ("Lê Thị Hoa", "Nguyễn Văn Tư", "Tô Thị Kim Oanh"),
        "Hội Chữ thập đỏ huyện Cần Giờ",
        "Hơn 200 suất ăn mỗi ngày theo thực đơn dinh dưỡng do bác sĩ bệnh viện tư vấn.",
    ),
    (
        "GDYTXH",
        "Thư viện sách nói cho người khiếm thị trên nền tảng trực tuyến",
        ("Đoàn Minh Đức",),
        "Hội Người mù Thành phố Hồ Chí Minh",
        "Tình nguyện viên thu âm hơn 1.500 đầu sách; người khiếm thị nghe qua điện thoại "
        "bằng thao tác giọng nói.",
    ),
    (
        "GDYTXH",
        "Phòng tư vấn tâm lý học đường trực tuyến",
        ("Châu Ngọc Bích", "Lạc Văn Thịnh"),
        "Trường THPT Gia Định, quận Bình Thạnh",
        "Học sinh đặt lịch ẩn danh, trò chuyện với chuyên viên; giáo viên chủ nhiệm được "
        "tập huấn nhận biết dấu hiệu khủng hoảng.",
    ),
    (
        "GDYTXH",
        "Ngân hàng thời gian: người trẻ giúp người già, tích giờ đổi dịch vụ",
        ("Hoàng Thị Thu Sương",),
        "Đoàn Thanh niên phường Linh Trung, Thành phố Thủ Đức",
        "Mỗi giờ giúp đỡ được ghi vào sổ và đổi lấy giờ giúp đỡ khác; 300 thành viên sau một năm.",
    ),
    (
        "GDYTXH",
        "Dạy bơi miễn phí phòng chống đuối nước cho trẻ em vùng ven",
        ("Nguyễn Hoàng Long", "Lê Văn Đực"),
        "Trung tâm Văn hóa – Thể thao huyện Nhà Bè",
        "Hồ bơi di động lắp tại trường học, mỗi hè dạy bơi an toàn cho 1.200 em.",
    ),
    (
        "NNMT",
        "Trồng rau thủy canh hồi lưu trên sân thượng nhà phố",
        ("Phạm Thị Ngọc Hiền",),
        "Hội Nông dân Quận 12",
        "Bộ giàn thủy canh lắp ráp sẵn, tiết kiệm 90% nước so với trồng đất; 150 hộ đã áp dụng.",
    ),
    (
        "NNMT",
        "Nuôi tôm thẻ chân trắng hai giai đoạn trong ao lót bạt",
        ("Trần Văn Mười", "Trần Thị Chín"),
        "Hợp tác xã Thủy sản Lý Nhơn, huyện Cần Giờ",
        "Giai đoạn ương trong nhà màng giúp tỉ lệ sống đạt 85%, giảm dùng kháng sinh.",
    ),
    (
        "NNMT",
        "Chế phẩm vi sinh xử lý rơm rạ thành phân hữu cơ tại ruộng",
        ("Võ Văn Khiêm",),
        "Trung tâm Khuyến nông Thành phố",
        "Rơm rạ ủ tại ruộng trong 21 ngày thay vì đốt, giảm khói bụi và chi phí phân bón.",
    ),
    (
        "NNMT",
        "Hệ thống tưới nhỏ giọt điều khiển bằng điện thoại cho vườn lan",
        ("Nguyễn Thị Tuyết Mai", "Đặng Văn Lực"),
        "Trang trại lan Mai Lực, huyện Củ Chi",
        "Cảm biến độ ẩm và hẹn giờ tưới, tiết kiệm 50% công lao động và 30% nước.",
    ),
    (
        "NNMT",
        "Mô hình trồng rừng ngập mặn kết hợp nuôi cua sinh thái",
        ("Lê Văn Út", "Nguyễn Thị Bé Ba"),
        "Ban Quản lý Rừng phòng hộ Cần Giờ",
        "Hộ nhận khoán bảo vệ rừng vừa nuôi cua dưới tán, thu nhập tăng gấp đôi mà rừng "
        "vẫn được giữ.",
    ),
    (
        "NNMT",
        "Máy ép bùn thải ao nuôi thành viên phân bón",
        ("Huỳnh Tấn Lộc",),
        "Công ty TNHH Môi trường Xanh Đông Nam Bộ",
        "Tận dụng bùn đáy ao, ép thành viên phân chậm tan bán cho nhà vườn.",
    ),
    (
        "NNMT",
        "Truy xuất nguồn gốc rau an toàn bằng mã QR tại chợ đầu mối",
        ("Mạc Thị Thu", "Nguyễn Minh Quân", "Vương Đình Khang"),
        "Ban Quản lý Chợ đầu mối nông sản Bình Điền",
        "Mỗi lô rau có mã QR ghi vùng trồng, ngày thu hoạch, kết quả kiểm nghiệm; người "
        "mua quét bằng điện thoại.",
    ),
    (
        "NNMT",
        "Thu gom dầu ăn đã qua sử dụng làm nhiên liệu sinh học",
        ("Trịnh Công Danh",),
        "Hợp tác xã Dịch vụ môi trường Quận 8",
        "Thu gom từ 400 quán ăn, tránh đổ dầu xuống cống; dầu được tinh chế thành biodiesel.",
    ),
)

#: (title, name, organisation, role)
_JUDGES: tuple[tuple[str, str, str, Role], ...] = (
    ("PGS.TS.", "Trần Minh Khoa", "Trường Đại học Bách khoa – ĐHQG TP.HCM", Role.CHAIR),
    ("TS.", "Nguyễn Thị Thu Hà", "Viện Nghiên cứu phát triển Thành phố", Role.MEMBER),
    ("PGS.TS.", "Lê Quang Vinh", "Trường Đại học Kinh tế TP.HCM", Role.MEMBER),
    ("TS.", "Phạm Hồng Sơn", "Trung tâm Thông tin và Thống kê KH&CN", Role.MEMBER),
    ("ThS.", "Võ Thị Ngọc Trâm", "Sở Nội vụ Thành phố", Role.MEMBER),
    ("TS.", "Đặng Văn Hiếu", "Trường Đại học Nông Lâm TP.HCM", Role.MEMBER),
    ("BS.CKII", "Hồ Thị Mỹ Linh", "Bệnh viện Nhân dân Gia Định", Role.MEMBER),
    ("KS.", "Nguyễn Quốc Cường", "Hội Kỹ sư Thành phố", Role.MEMBER),
    ("ThS.", "Bùi Thanh Tùng", "Sở Khoa học và Công nghệ Thành phố", Role.TRAINEE),
)

#: The entry whose author withdrew it: the demo shows a status other than active.
_WITHDRAWN = {
    "HS-016": "Tác giả xin rút hồ sơ do sản phẩm đang đăng ký sở hữu trí tuệ",
}


def demo_entries() -> tuple[Entry, ...]:
    entries = []
    for number, (category, title, authors, organisation, summary) in enumerate(_ENTRIES, 1):
        code = f"HS-{number:03d}"
        reason = _WITHDRAWN.get(code, "")
        entries.append(
            Entry(
                code=code,
                title=clean(title),
                category=category,
                authors=tuple(clean(a) for a in authors),
                organisation=clean(organisation),
                summary=clean(summary),
                status=EntryStatus.WITHDRAWN if reason else EntryStatus.ACTIVE,
                status_reason=reason,
            )
        )
    return tuple(entries)


def demo_judges() -> tuple[Judge, ...]:
    return tuple(
        Judge(
            code=f"GK{number:02d}",
            name=clean(name),
            title=title,
            organisation=clean(organisation),
            role=role,
        )
        for number, (title, name, organisation, role) in enumerate(_JUDGES, 1)
    )


def build_demo(services: Services) -> None:
    """Fill an empty database with the demo competition; refuse one that holds a competition.

    Raises ``Conflict`` when the database already holds a competition (nothing is changed).
    """
    # Imported here: the areas' demo modules import judging.app, which imports the services.
    from judging.ranking import demo as ranking_demo
    from judging.scoring import demo as scoring_demo
    from judging.setup import demo as setup_demo

    existing = services.core.competition()
    if existing is not None:
        raise Conflict(P.COMPETITION_EXISTS_DEMO, code=existing.code, name=existing.name)
    services.core.create_competition(
        demo_competition(), demo_entries(), demo_judges(), actor="demo"
    )
    setup_demo.extend_demo(services)
    scoring_demo.extend_demo(services)
    ranking_demo.extend_demo(services)
