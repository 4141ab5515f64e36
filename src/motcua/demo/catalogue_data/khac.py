"""Finance (Sở Tài chính), foreign affairs (Sở Ngoại vụ), inspection (Thanh tra tỉnh), ethnic affairs
(Ban Dân tộc) and the economic zones board (Ban Quản lý các khu kinh tế, Lào Cai border gate zone)."""

from __future__ import annotations

from .base import (
    BUSINESS_REG,
    COMMUNE,
    DISTRICT,
    HEALTH_CERT,
    ID_COPY,
    LAND_CERT,
    LOST_REPORT,
    PHOTOS,
    PROVINCE,
    RESIDENCE,
    Sector,
    table,
)

VP = "H15.01"
FIN = "H15.05"
NGV = "H15.16"
TTR = "H15.17"
DTOC = "H15.18"
KKT = "H15.19"

KSTT = Sector("VP-KSTT", "Kiểm soát thủ tục hành chính", VP, "Phòng Kiểm soát thủ tục hành chính")
CS = Sector("TC-CS", "Quản lý công sản", FIN, "Phòng Quản lý giá và Công sản", "Phòng Tài chính - Kế hoạch")
GIA = Sector("TC-GIA", "Quản lý giá", FIN, "Phòng Quản lý giá và Công sản")
TH = Sector("TC-TH", "Tin học - Thống kê", FIN, "Phòng Tin học - Thống kê", "Phòng Tài chính - Kế hoạch")
NS = Sector("TC-NS", "Tài chính ngân sách", FIN, "Phòng Tài chính đầu tư", "Phòng Tài chính - Kế hoạch")
NGOAIVU = Sector("NGV-LS", "Công tác lãnh sự và hợp tác quốc tế", NGV, "Phòng Lãnh sự - Biên giới")
KN = Sector(
    "TTR-KN",
    "Giải quyết khiếu nại",
    TTR,
    "Phòng Giải quyết khiếu nại, tố cáo",
    "Thanh tra huyện",
    "Công chức Tư pháp - Hộ tịch",
)
TC = Sector(
    "TTR-TC",
    "Giải quyết tố cáo",
    TTR,
    "Phòng Giải quyết khiếu nại, tố cáo",
    "Thanh tra huyện",
    "Công chức Tư pháp - Hộ tịch",
)
TCD = Sector(
    "TTR-TCD",
    "Tiếp công dân và xử lý đơn thư",
    TTR,
    "Ban Tiếp công dân tỉnh",
    "Thanh tra huyện",
    "Công chức Văn phòng - Thống kê",
)
PCTN = Sector(
    "TTR-PCTN",
    "Phòng, chống tham nhũng",
    TTR,
    "Phòng Phòng, chống tham nhũng",
    "Thanh tra huyện",
    "Công chức Văn phòng - Thống kê",
)
DT = Sector(
    "DT-CTDT", "Công tác dân tộc", DTOC, "Phòng Chính sách dân tộc", "Phòng Dân tộc", "Công chức Văn hóa - Xã hội"
)
KKT_DT = Sector("KKT-DT", "Đầu tư tại khu kinh tế", KKT, "Phòng Quản lý đầu tư và Doanh nghiệp")
KKT_XD = Sector("KKT-XD", "Xây dựng tại khu kinh tế", KKT, "Phòng Quy hoạch - Xây dựng và Môi trường")
KKT_LD = Sector("KKT-LD", "Lao động tại khu kinh tế", KKT, "Phòng Quản lý đầu tư và Doanh nghiệp")
KKT_TM = Sector("KKT-TM", "Thương mại tại khu kinh tế", KKT, "Phòng Quản lý cửa khẩu và Thương mại")

SECTORS = [KSTT, CS, GIA, TH, NS, NGOAIVU, KN, TC, TCD, PCTN, DT, KKT_DT, KKT_XD, KKT_LD, KKT_TM]

L_CS = (
    "Luật Quản lý, sử dụng tài sản công số 15/2017/QH14",
    "Nghị định số 151/2017/NĐ-CP quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công",
    "Thông tư số 144/2017/TT-BTC hướng dẫn một số nội dung của Nghị định số 151/2017/NĐ-CP",
)
L_GIA = (
    "Luật Giá số 11/2012/QH13",
    "Nghị định số 177/2013/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Giá",
    "Nghị định số 149/2016/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 177/2013/NĐ-CP",
)
L_TH = ("Thông tư số 185/2015/TT-BTC hướng dẫn đăng ký, cấp và sử dụng mã số đơn vị có quan hệ với ngân sách",)
L_NS = (
    "Luật Ngân sách nhà nước số 83/2015/QH13",
    "Thông tư số 09/2016/TT-BTC quy định về quyết toán dự án hoàn thành thuộc nguồn vốn nhà nước",
)
L_NGV = (
    "Quyết định số 45/2006/QĐ-TTg ban hành Quy chế cấp và quản lý thẻ đi lại của doanh nhân APEC",
    "Quyết định số 54/2015/QĐ-TTg sửa đổi Quy chế cấp và quản lý thẻ đi lại của doanh nhân APEC",
    "Quyết định số 76/2010/QĐ-TTg về việc tổ chức, quản lý hội nghị, hội thảo quốc tế tại Việt Nam",
)
L_KN = (
    "Luật Khiếu nại số 02/2011/QH13",
    "Nghị định số 75/2012/NĐ-CP quy định chi tiết một số điều của Luật Khiếu nại",
    "Thông tư số 07/2013/TT-TTCP quy định quy trình giải quyết khiếu nại hành chính",
)
L_TC = (
    "Luật Tố cáo số 03/2011/QH13",
    "Nghị định số 76/2012/NĐ-CP quy định chi tiết thi hành một số điều của Luật Tố cáo",
)
L_TCD = (
    "Luật Tiếp công dân số 42/2013/QH13",
    "Nghị định số 64/2014/NĐ-CP quy định chi tiết thi hành một số điều của Luật Tiếp công dân",
    "Thông tư số 07/2014/TT-TTCP quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh",
)
L_PCTN = (
    "Luật Phòng, chống tham nhũng số 55/2005/QH11",
    "Nghị định số 90/2013/NĐ-CP quy định trách nhiệm giải "
    "trình của cơ quan nhà nước trong việc thực hiện nhiệm vụ, quyền hạn được giao",
)
L_DT = (
    "Quyết định số 12/2018/QĐ-TTg về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có "
    "uy tín trong đồng bào dân tộc thiểu số",
)
L_KKT = (
    "Luật Đầu tư số 67/2014/QH13",
    "Nghị định số 82/2018/NĐ-CP quy định về quản lý khu công nghiệp và khu kinh tế",
    "Nghị định số 118/2015/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư",
)
L_KKT_XD = (
    "Luật Xây dựng số 50/2014/QH13",
    "Thông tư số 15/2016/TT-BXD hướng dẫn về cấp giấy phép xây dựng",
    "Nghị định số 82/2018/NĐ-CP quy định về quản lý khu công nghiệp và khu kinh tế",
)
L_KKT_LD = (
    "Bộ luật Lao động số 10/2012/QH13",
    "Nghị định số 11/2016/NĐ-CP quy định chi tiết thi hành một số điều "
    "của Bộ luật Lao động về lao động nước ngoài làm việc tại Việt Nam",
)
L_KKT_TM = (
    "Nghị định số 14/2018/NĐ-CP quy định chi tiết về hoạt động thương mại biên giới",
    "Nghị định số 09/2018/NĐ-CP quy định chi tiết Luật Thương mại và Luật Quản lý ngoại thương về hoạt động mua "
    "bán hàng hóa của nhà đầu tư nước ngoài",
)

L_KSTT = (
    "Nghị định số 20/2008/NĐ-CP về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
    "Nghị định số 92/2017/NĐ-CP sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành "
    "chính",
)
_KSTT = table(
    KSTT,
    PROVINCE,
    L_KSTT,
    [
        (
            "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
            10,
            ["Văn bản phản ánh, kiến nghị theo mẫu"],
            "Văn bản trả lời phản ánh, kiến nghị",
            {"subjects": "Cá nhân, tổ chức", "online": 4},
        ),
    ],
)

_ASSET = ["Văn bản đề nghị của cơ quan, tổ chức, đơn vị", "Danh mục tài sản đề nghị", "Hồ sơ có liên quan đến tài sản"]
_CS = table(
    CS,
    PROVINCE,
    L_CS,
    [
        (
            "Quyết định mua sắm tài sản công phục vụ hoạt động của cơ quan, tổ chức, đơn vị trong trường hợp không "
            "phải lập thành dự án đầu tư",
            15,
            _ASSET,
            "Quyết định mua sắm tài sản công",
            {"via": "UBND tỉnh"},
        ),
        (
            "Quyết định thuê tài sản phục vụ hoạt động của cơ quan, tổ chức, đơn vị",
            15,
            _ASSET,
            "Quyết định thuê tài sản",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Quyết định chuyển đổi công năng sử dụng tài sản công trong trường hợp không thay đổi đối tượng quản lý, "
            "sử dụng tài sản công",
            15,
            _ASSET,
            "Quyết định chuyển đổi công năng",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Quyết định thu hồi tài sản công trong trường hợp cơ quan nhà nước được giao quản lý, sử dụng tài sản "
            "công tự nguyện trả lại tài sản cho Nhà nước",
            15,
            _ASSET,
            "Quyết định thu hồi tài sản công",
            {"via": "UBND tỉnh"},
        ),
        (
            "Quyết định điều chuyển tài sản công",
            15,
            _ASSET,
            "Quyết định điều chuyển tài sản công",
            {"via": "UBND tỉnh"},
        ),
        ("Quyết định bán tài sản công", 15, _ASSET, "Quyết định bán tài sản công", {"via": "UBND tỉnh"}),
        (
            "Quyết định bán tài sản công cho người duy nhất theo quy định tại khoản 2 Điều 25 Nghị định số "
            "151/2017/NĐ-CP",
            15,
            _ASSET,
            "Quyết định bán tài sản công",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Quyết định hủy bỏ quyết định bán đấu giá tài sản công",
            10,
            _ASSET,
            "Quyết định hủy bỏ",
            {"via": "UBND tỉnh", "rank": 3},
        ),
        ("Quyết định thanh lý tài sản công", 15, _ASSET, "Quyết định thanh lý tài sản công", {"via": "UBND tỉnh"}),
        (
            "Quyết định tiêu hủy tài sản công",
            15,
            _ASSET,
            "Quyết định tiêu hủy tài sản công",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Quyết định xử lý tài sản công trong trường hợp bị mất, bị hủy hoại",
            15,
            _ASSET,
            "Quyết định xử lý tài sản",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Thanh toán chi phí có liên quan đến việc xử lý tài sản công",
            10,
            _ASSET,
            "Văn bản chấp thuận thanh toán",
            {"rank": 2},
        ),
        (
            "Quyết định xử lý tài sản phục vụ hoạt động của dự án khi dự án kết thúc",
            15,
            _ASSET,
            "Quyết định xử lý tài sản",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Quyết định xác lập quyền sở hữu toàn dân đối với tài sản do tổ chức, cá nhân tự nguyện chuyển giao quyền "
            "sở hữu cho Nhà nước",
            15,
            _ASSET,
            "Quyết định xác lập quyền sở hữu toàn dân",
            {"via": "UBND tỉnh"},
        ),
        (
            "Phê duyệt phương án xử lý tài sản được xác lập quyền sở hữu toàn dân",
            15,
            _ASSET,
            "Quyết định phê duyệt phương án xử lý",
            {"via": "UBND tỉnh"},
        ),
        (
            "Quyết định giao tài sản công cho đơn vị sự nghiệp công lập tự chủ tài chính theo cơ chế giao vốn cho "
            "doanh nghiệp",
            15,
            _ASSET,
            "Quyết định giao tài sản công",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Quyết định sử dụng tài sản công để tham gia dự án đầu tư theo hình thức đối tác công tư",
            15,
            _ASSET,
            "Quyết định sử dụng tài sản công",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Quyết định sử dụng tài sản công vào mục đích kinh doanh, cho thuê tại đơn vị sự nghiệp công lập",
            15,
            [*_ASSET, "Đề án sử dụng tài sản công vào mục đích kinh doanh, cho thuê"],
            "Quyết định phê duyệt đề án",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Quyết định sử dụng tài sản công vào mục đích liên doanh, liên kết tại đơn vị sự nghiệp công lập",
            15,
            [*_ASSET, "Đề án sử dụng tài sản công vào mục đích liên doanh, liên kết"],
            "Quyết định phê duyệt đề án",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Quyết định xử lý tài sản công do đơn vị sự nghiệp công lập tự chủ tài chính mua sắm từ Quỹ phát triển "
            "hoạt động sự nghiệp",
            15,
            _ASSET,
            "Quyết định xử lý tài sản",
            {"via": "UBND tỉnh", "rank": 3},
        ),
        (
            "Mua quyển hóa đơn bán tài sản công",
            1,
            ["Đơn đề nghị mua hóa đơn", ID_COPY],
            "Quyển hóa đơn bán tài sản công",
            {"spot": True},
        ),
        (
            "Cấp hóa đơn bán tài sản công lẻ từng số",
            1,
            ["Đơn đề nghị cấp hóa đơn", "Quyết định bán tài sản"],
            "Hóa đơn bán tài sản công",
            {"spot": True},
        ),
    ],
    subjects="Cơ quan, tổ chức, đơn vị",
)
_CS_DISTRICT = table(
    CS,
    DISTRICT,
    L_CS,
    [
        (
            "Quyết định mua sắm tài sản công phục vụ hoạt động của cơ quan, tổ chức, đơn vị thuộc cấp huyện",
            15,
            _ASSET,
            "Quyết định mua sắm tài sản công",
            {},
        ),
        ("Quyết định điều chuyển tài sản công thuộc cấp huyện quản lý", 15, _ASSET, "Quyết định điều chuyển", {}),
        ("Quyết định thanh lý tài sản công thuộc cấp huyện quản lý", 15, _ASSET, "Quyết định thanh lý", {}),
        ("Quyết định bán tài sản công thuộc cấp huyện quản lý", 15, _ASSET, "Quyết định bán tài sản công", {"rank": 1}),
        (
            "Quyết định xử lý tài sản công trong trường hợp bị mất, bị hủy hoại thuộc cấp huyện quản lý",
            15,
            _ASSET,
            "Quyết định xử lý tài sản",
            {"rank": 2},
        ),
    ],
    subjects="Cơ quan, tổ chức, đơn vị cấp huyện",
)

_GIA = table(
    GIA,
    PROVINCE,
    L_GIA,
    [
        (
            "Đăng ký giá của các doanh nghiệp thuộc phạm vi cấp tỉnh",
            5,
            ["Văn bản đăng ký giá theo mẫu", "Biểu mức giá đăng ký", "Bảng giải trình cơ cấu tính giá"],
            "Văn bản tiếp nhận đăng ký giá",
            {"online": 3},
        ),
        (
            "Kê khai giá của các doanh nghiệp thuộc phạm vi cấp tỉnh",
            2,
            ["Văn bản kê khai giá theo mẫu", "Bảng kê khai mức giá"],
            "Văn bản tiếp nhận kê khai giá",
            {"online": 4, "spot": True},
        ),
        (
            "Hiệp thương giá",
            15,
            ["Văn bản đề nghị hiệp thương giá", "Phương án giá của các bên"],
            "Văn bản kết luận hiệp thương giá",
            {"rank": 1},
        ),
        (
            "Quyết định giá thuộc thẩm quyền của cấp tỉnh",
            15,
            ["Văn bản đề nghị định giá", "Phương án giá"],
            "Quyết định giá",
            {"via": "UBND tỉnh"},
        ),
    ],
    subjects="Doanh nghiệp, tổ chức",
)

_TH = table(
    TH,
    PROVINCE,
    L_TH,
    [
        (
            "Đăng ký mã số đơn vị có quan hệ với ngân sách cho các đơn vị dự toán, đơn vị sử dụng ngân sách nhà nước",
            2,
            ["Tờ khai đăng ký mã số đơn vị có quan hệ với ngân sách theo mẫu", "Bản sao quyết định thành lập đơn vị"],
            "Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách",
            {"online": 4, "spot": True},
        ),
        (
            "Đăng ký mã số đơn vị có quan hệ với ngân sách cho các dự án đầu tư ở giai đoạn chuẩn bị đầu tư",
            2,
            ["Tờ khai đăng ký mã số theo mẫu", "Bản sao quyết định giao nhiệm vụ chuẩn bị đầu tư"],
            "Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách",
            {"online": 4},
        ),
        (
            "Đăng ký mã số đơn vị có quan hệ với ngân sách cho các dự án đầu tư ở giai đoạn thực hiện dự án",
            2,
            ["Tờ khai đăng ký mã số theo mẫu", "Bản sao quyết định phê duyệt dự án"],
            "Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách",
            {"online": 4},
        ),
        (
            "Chuyển giai đoạn dự án đầu tư",
            2,
            ["Thông báo chuyển giai đoạn dự án đầu tư theo mẫu", "Bản sao quyết định phê duyệt dự án"],
            "Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách",
            {"online": 4},
        ),
        (
            "Thay đổi thông tin về mã số đơn vị có quan hệ với ngân sách",
            2,
            ["Thông báo thay đổi thông tin theo mẫu"],
            "Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách",
            {"online": 4},
        ),
    ],
    subjects="Đơn vị dự toán, chủ đầu tư",
)
_TH_DISTRICT = table(
    TH,
    DISTRICT,
    L_TH,
    [
        (
            "Đăng ký mã số đơn vị có quan hệ với ngân sách (cấp huyện)",
            2,
            ["Tờ khai đăng ký mã số theo mẫu", "Bản sao quyết định thành lập đơn vị"],
            "Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách",
            {},
        ),
    ],
    subjects="Đơn vị dự toán cấp huyện, cấp xã",
)

_NS = table(
    NS,
    PROVINCE,
    L_NS,
    [
        (
            "Thẩm tra, phê duyệt quyết toán dự án hoàn thành sử dụng vốn nhà nước thuộc tỉnh quản lý",
            120,
            [
                "Tờ trình đề nghị phê duyệt quyết toán",
                "Báo cáo quyết toán dự án hoàn thành",
                "Các văn bản pháp lý có liên quan",
                "Báo cáo kiểm toán quyết toán dự án hoàn thành (nếu có)",
            ],
            "Quyết định phê duyệt quyết toán",
            {"unit": "days", "via": "UBND tỉnh"},
        ),
    ],
    subjects="Chủ đầu tư",
)
_NS_DISTRICT = table(
    NS,
    DISTRICT,
    L_NS,
    [
        (
            "Thẩm tra, phê duyệt quyết toán dự án hoàn thành sử dụng vốn nhà nước thuộc cấp huyện quản lý",
            90,
            ["Tờ trình đề nghị phê duyệt quyết toán", "Báo cáo quyết toán dự án hoàn thành"],
            "Quyết định phê duyệt quyết toán",
            {"unit": "days"},
        ),
    ],
    subjects="Chủ đầu tư",
)

_NGV = table(
    NGOAIVU,
    PROVINCE,
    L_NGV,
    [
        (
            "Cho phép doanh nhân sử dụng thẻ đi lại của doanh nhân APEC (ABTC)",
            10,
            [
                "Văn bản đề nghị cho phép sử dụng thẻ ABTC theo mẫu",
                BUSINESS_REG,
                "Bản sao hợp đồng, chứng từ giao dịch với đối tác các nền kinh tế APEC",
                ID_COPY,
            ],
            "Văn bản cho phép sử dụng thẻ ABTC",
            {"subjects": "Doanh nhân", "online": 3},
        ),
        (
            "Cho phép cán bộ, công chức, viên chức thuộc thẩm quyền quản lý của tỉnh sử dụng thẻ ABTC",
            10,
            ["Văn bản đề nghị của cơ quan quản lý", "Danh sách cán bộ đề nghị"],
            "Văn bản cho phép sử dụng thẻ ABTC",
            {"subjects": "Cơ quan nhà nước"},
        ),
        (
            "Cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền của Chủ tịch UBND tỉnh",
            15,
            ["Văn bản đề nghị tổ chức hội nghị, hội thảo quốc tế", "Đề án tổ chức hội nghị, hội thảo"],
            "Văn bản cho phép tổ chức hội nghị, hội thảo quốc tế",
            {"via": "UBND tỉnh"},
        ),
        (
            "Tiếp nhận hồ sơ đề nghị cấp, gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ",
            5,
            ["Tờ khai đề nghị cấp hộ chiếu theo mẫu", "Quyết định cử đi công tác nước ngoài", PHOTOS],
            "Hộ chiếu ngoại giao, hộ chiếu công vụ (do Bộ Ngoại giao cấp)",
            {"via": "Bộ Ngoại giao", "subjects": "Cán bộ, công chức, viên chức"},
        ),
        (
            "Tiếp nhận hồ sơ đề nghị cấp công hàm đề nghị phía nước ngoài cấp thị thực",
            3,
            ["Văn bản đề nghị cấp công hàm", "Quyết định cử đi công tác nước ngoài", "Bản sao hộ chiếu"],
            "Công hàm đề nghị cấp thị thực",
            {"via": "Bộ Ngoại giao", "rank": 1},
        ),
        (
            "Xin phép đón đoàn khách nước ngoài vào làm việc tại tỉnh",
            7,
            ["Văn bản đề nghị đón đoàn", "Danh sách thành viên đoàn", "Chương trình làm việc dự kiến"],
            "Văn bản chấp thuận đón đoàn",
            {"rank": 1},
        ),
        (
            "Cử đoàn cán bộ, công chức đi công tác nước ngoài",
            10,
            ["Tờ trình đề nghị cử đoàn", "Thư mời của phía nước ngoài", "Danh sách thành viên đoàn"],
            "Quyết định cử đoàn đi công tác nước ngoài",
            {"via": "UBND tỉnh", "rank": 2},
        ),
    ],
    subjects="Cơ quan, tổ chức, doanh nghiệp",
)

_COMPLAINT = ["Đơn khiếu nại hoặc biên bản ghi lời khiếu nại", "Tài liệu, chứng cứ liên quan (nếu có)"]
_DENOUNCE = ["Đơn tố cáo hoặc biên bản ghi nội dung tố cáo trực tiếp", "Tài liệu, chứng cứ liên quan (nếu có)"]


def _inspection(level: str, where: str) -> list:
    rows = [
        (KN, L_KN, f"Giải quyết khiếu nại lần đầu tại {where}", 30, _COMPLAINT, "Quyết định giải quyết khiếu nại", {}),
        (TC, L_TC, f"Giải quyết tố cáo tại {where}", 60, _DENOUNCE, "Kết luận nội dung tố cáo", {}),
        (
            TCD,
            L_TCD,
            f"Tiếp công dân tại {where}",
            1,
            ["Đơn khiếu nại, tố cáo, kiến nghị, phản ánh (nếu có)"],
            "Sổ tiếp công dân, phiếu hẹn hoặc văn bản hướng dẫn",
            {"spot": True, "fees": ()},
        ),
        (
            TCD,
            L_TCD,
            f"Xử lý đơn tại {where}",
            10,
            ["Đơn khiếu nại, tố cáo, kiến nghị, phản ánh"],
            "Phiếu đề xuất xử lý đơn, văn bản hướng dẫn hoặc chuyển đơn",
            {},
        ),
        (
            PCTN,
            L_PCTN,
            f"Thực hiện việc giải trình tại {where}",
            15,
            ["Văn bản yêu cầu giải trình"],
            "Văn bản giải trình",
            {"rank": 1},
        ),
        (
            PCTN,
            L_PCTN,
            f"Tiếp nhận yêu cầu giải trình tại {where}",
            5,
            ["Văn bản yêu cầu giải trình"],
            "Thông báo tiếp nhận hoặc từ chối yêu cầu giải trình",
            {"rank": 2},
        ),
    ]
    if level != COMMUNE:
        rows.insert(
            1,
            (
                KN,
                L_KN,
                f"Giải quyết khiếu nại lần hai tại {where}",
                45,
                [*_COMPLAINT, "Quyết định giải quyết khiếu nại lần đầu"],
                "Quyết định giải quyết khiếu nại lần hai",
                {},
            ),
        )
    out = []
    for sector, basis, name, amount, comps_, result, extra in rows:
        unit = "days" if amount >= 30 else "working_days"
        out += table(
            sector,
            level,
            basis,
            [(name, amount, comps_, result, {"unit": unit, **extra})],
            subjects="Công dân, cơ quan, tổ chức",
        )
    return out


_TTR = (
    _inspection(PROVINCE, "cấp tỉnh")
    + table(
        PCTN,
        PROVINCE,
        L_PCTN,
        [
            (
                "Xác minh tài sản, thu nhập",
                30,
                ["Quyết định xác minh", "Bản kê khai tài sản, thu nhập"],
                "Kết luận xác minh tài sản, thu nhập",
                {"unit": "days", "rank": 2, "subjects": "Người có nghĩa vụ kê khai"},
            ),
        ],
    )
    + _inspection(DISTRICT, "cấp huyện")
    + _inspection(COMMUNE, "cấp xã")
)

_DT = (
    table(
        DT,
        PROVINCE,
        L_DT,
        [
            (
                "Công nhận người có uy tín trong đồng bào dân tộc thiểu số",
                15,
                [
                    "Văn bản đề nghị của UBND cấp huyện",
                    "Danh sách người có uy tín được bình chọn",
                    "Biên bản họp bình chọn",
                ],
                "Quyết định công nhận người có uy tín",
                {"via": "UBND tỉnh"},
            ),
            (
                "Đưa ra khỏi danh sách và thay thế, bổ sung người có uy tín trong đồng bào dân tộc thiểu số",
                15,
                ["Văn bản đề nghị của UBND cấp huyện", "Biên bản họp thôn, bản"],
                "Quyết định đưa ra khỏi danh sách, thay thế, bổ sung",
                {"via": "UBND tỉnh", "rank": 1},
            ),
        ],
        subjects="UBND cấp huyện",
    )
    + table(
        DT,
        COMMUNE,
        L_DT,
        [
            (
                "Bình chọn, xét công nhận người có uy tín trong đồng bào dân tộc thiểu số",
                10,
                ["Biên bản họp bình chọn người có uy tín của thôn, bản", "Danh sách người được bình chọn"],
                "Văn bản đề nghị công nhận gửi UBND cấp huyện",
                {"subjects": "Thôn, bản"},
            ),
        ],
    )
    + table(
        DT,
        DISTRICT,
        L_DT,
        [
            (
                "Thẩm định danh sách đề nghị công nhận người có uy tín trong đồng bào dân tộc thiểu số",
                10,
                ["Văn bản đề nghị của UBND cấp xã", "Biên bản họp bình chọn"],
                "Văn bản đề nghị gửi Ban Dân tộc tỉnh",
                {"subjects": "UBND cấp xã", "rank": 1},
            ),
        ],
    )
)

_KKT = (
    table(
        KKT_DT,
        PROVINCE,
        L_KKT,
        [
            (
                "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện quyết định chủ trương đầu tư trong "
                "khu kinh tế",
                15,
                [
                    "Văn bản đề nghị thực hiện dự án đầu tư",
                    "Bản sao giấy tờ pháp lý của nhà đầu tư",
                    "Đề xuất dự án đầu tư",
                ],
                "Giấy chứng nhận đăng ký đầu tư",
                {"online": 3},
            ),
            (
                "Quyết định chủ trương đầu tư của Ban Quản lý khu kinh tế",
                35,
                [
                    "Văn bản đề nghị thực hiện dự án đầu tư",
                    "Đề xuất dự án đầu tư",
                    "Tài liệu chứng minh năng lực tài chính",
                ],
                "Quyết định chủ trương đầu tư",
                {},
            ),
            (
                "Điều chỉnh nội dung dự án đầu tư trong Giấy chứng nhận đăng ký đầu tư tại khu kinh tế",
                10,
                ["Văn bản đề nghị điều chỉnh dự án đầu tư", "Báo cáo tình hình triển khai dự án"],
                "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
                {},
            ),
            (
                "Chuyển nhượng dự án đầu tư tại khu kinh tế",
                10,
                ["Văn bản đề nghị điều chỉnh", "Hợp đồng chuyển nhượng dự án"],
                "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
                {"rank": 1},
            ),
            (
                "Giãn tiến độ đầu tư đối với dự án tại khu kinh tế",
                15,
                ["Văn bản đề xuất giãn tiến độ đầu tư"],
                "Văn bản chấp thuận giãn tiến độ",
                {"rank": 1},
            ),
            (
                "Chấm dứt hoạt động dự án đầu tư tại khu kinh tế",
                15,
                ["Quyết định chấm dứt hoạt động dự án"],
                "Thông báo chấm dứt hoạt động dự án",
                {"rank": 2},
            ),
            (
                "Cấp lại Giấy chứng nhận đăng ký đầu tư tại khu kinh tế",
                5,
                ["Văn bản đề nghị cấp lại"],
                "Giấy chứng nhận đăng ký đầu tư",
                {"rank": 2},
            ),
            (
                "Điều chỉnh tên dự án đầu tư, tên và địa chỉ nhà đầu tư trong Giấy chứng nhận đăng ký đầu tư tại khu "
                "kinh tế",
                3,
                ["Văn bản đề nghị điều chỉnh", "Tài liệu chứng minh việc thay đổi"],
                "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
                {"rank": 1},
            ),
            (
                "Hiệu đính thông tin trên Giấy chứng nhận đăng ký đầu tư tại khu kinh tế",
                3,
                ["Văn bản đề nghị hiệu đính"],
                "Giấy chứng nhận đăng ký đầu tư đã hiệu đính",
                {"rank": 2},
            ),
            (
                "Tạm ngừng hoạt động của dự án đầu tư tại khu kinh tế",
                15,
                ["Văn bản thông báo tạm ngừng hoạt động"],
                "Văn bản xác nhận tạm ngừng hoạt động",
                {"rank": 2},
            ),
            (
                "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án thuộc diện quyết định chủ trương đầu tư tại khu "
                "kinh tế",
                5,
                ["Văn bản đề nghị cấp Giấy chứng nhận đăng ký đầu tư", "Quyết định chủ trương đầu tư"],
                "Giấy chứng nhận đăng ký đầu tư",
                {},
            ),
            (
                "Cho thuê đất, cho thuê lại đất trong khu kinh tế",
                15,
                ["Đơn xin thuê đất theo mẫu", "Bản sao Giấy chứng nhận đăng ký đầu tư", "Trích lục bản đồ địa chính"],
                "Quyết định cho thuê đất",
                {"since": "2019-KKT"},
            ),
            (
                "Góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài vào tổ chức kinh tế trong khu kinh "
                "tế",
                15,
                ["Văn bản đăng ký góp vốn, mua cổ phần", "Bản sao giấy tờ pháp lý của nhà đầu tư nước ngoài"],
                "Thông báo đáp ứng điều kiện góp vốn",
                {"since": "2019-KKT"},
            ),
        ],
        subjects="Nhà đầu tư",
    )
    + table(
        KKT_XD,
        PROVINCE,
        L_KKT_XD,
        [
            (
                "Cấp giấy phép xây dựng công trình trong khu kinh tế",
                20,
                ["Đơn đề nghị cấp giấy phép xây dựng theo mẫu", LAND_CERT, "Bản vẽ thiết kế xây dựng"],
                "Giấy phép xây dựng",
                {"fees": (), "online": 3},
            ),
            (
                "Điều chỉnh giấy phép xây dựng công trình trong khu kinh tế",
                20,
                ["Đơn đề nghị điều chỉnh giấy phép xây dựng", "Bản vẽ thiết kế điều chỉnh"],
                "Giấy phép xây dựng điều chỉnh",
                {"rank": 1},
            ),
            (
                "Gia hạn giấy phép xây dựng công trình trong khu kinh tế",
                5,
                ["Đơn đề nghị gia hạn giấy phép xây dựng"],
                "Giấy phép xây dựng (gia hạn)",
                {"rank": 2},
            ),
            (
                "Thẩm định thiết kế cơ sở, thiết kế xây dựng công trình trong khu kinh tế",
                20,
                ["Tờ trình thẩm định", "Hồ sơ thiết kế"],
                "Văn bản thông báo kết quả thẩm định",
                {"since": "2019-KKT"},
            ),
            (
                "Xác nhận đăng ký kế hoạch bảo vệ môi trường đối với dự án trong khu kinh tế",
                10,
                ["Kế hoạch bảo vệ môi trường", "Báo cáo đề xuất đầu tư"],
                "Giấy xác nhận đăng ký kế hoạch bảo vệ môi trường",
                {"since": "2019-KKT"},
            ),
        ],
        subjects="Chủ đầu tư",
    )
    + table(
        KKT_LD,
        PROVINCE,
        L_KKT_LD,
        [
            (
                "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại khu kinh tế",
                5,
                ["Văn bản đề nghị cấp giấy phép lao động theo mẫu", HEALTH_CERT, "Phiếu lý lịch tư pháp", PHOTOS],
                "Giấy phép lao động",
                {"online": 3},
            ),
            (
                "Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại khu kinh tế",
                3,
                ["Văn bản đề nghị cấp lại theo mẫu", PHOTOS],
                "Giấy phép lao động",
                {"rank": 1},
            ),
            (
                "Xác nhận người lao động nước ngoài làm việc tại khu kinh tế không thuộc diện cấp giấy phép lao động",
                3,
                ["Văn bản đề nghị xác nhận theo mẫu"],
                "Văn bản xác nhận",
                {"rank": 1},
            ),
            (
                "Đăng ký nội quy lao động của doanh nghiệp trong khu kinh tế",
                10,
                ["Văn bản đề nghị đăng ký", "Nội quy lao động"],
                "Văn bản thông báo đăng ký nội quy lao động",
                {},
            ),
        ],
        subjects="Doanh nghiệp trong khu kinh tế",
    )
    + table(
        KKT_TM,
        PROVINCE,
        L_KKT_TM,
        [
            (
                "Cấp Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài trong khu kinh tế",
                10,
                ["Đơn đề nghị cấp Giấy phép kinh doanh theo mẫu", "Bản giải trình điều kiện cấp phép"],
                "Giấy phép kinh doanh",
                {"rank": 1},
            ),
            (
                "Cấp giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài trong khu kinh tế",
                7,
                [
                    "Đơn đề nghị cấp Giấy phép thành lập Văn phòng đại diện theo mẫu",
                    "Bản sao giấy đăng ký kinh doanh của thương nhân nước ngoài",
                ],
                "Giấy phép thành lập Văn phòng đại diện",
                {"rank": 1},
            ),
            (
                "Đăng ký danh sách thương nhân kinh doanh tạm nhập, tái xuất hàng hóa qua cửa khẩu quốc tế Lào Cai",
                5,
                ["Văn bản đăng ký theo mẫu", BUSINESS_REG],
                "Văn bản xác nhận đăng ký",
                {"since": "2019-KKT"},
            ),
            (
                "Xác nhận hàng hóa mua bán, trao đổi của cư dân biên giới qua lối mở, cửa khẩu phụ",
                1,
                ["Tờ khai hàng hóa mua bán, trao đổi của cư dân biên giới", ID_COPY],
                "Văn bản xác nhận",
                {"spot": True, "subjects": "Cư dân biên giới"},
            ),
        ],
        subjects="Thương nhân",
    )
)

TEMPLATES = _KSTT + _CS + _CS_DISTRICT + _GIA + _TH + _TH_DISTRICT + _NS + _NS_DISTRICT + _NGV + _TTR + _DT + _KKT

# The economic-zone board carries out, for projects in the Lào Cai border-gate economic zone, the
# investment, construction, labour, trade, environment and land procedures of the departments.
_KKT_DT_MORE = [
    (
        "Điều chỉnh nội dung dự án đầu tư trong Giấy chứng nhận đăng ký đầu tư (đối với trường hợp điều chỉnh quyết "
        "định chủ trương đầu tư) tại khu kinh tế",
        25,
        ["Văn bản đề nghị điều chỉnh dự án đầu tư", "Báo cáo tình hình triển khai dự án", "Đề xuất dự án điều chỉnh"],
        "Quyết định điều chỉnh chủ trương đầu tư và Giấy chứng nhận đăng ký đầu tư điều chỉnh",
        {"rank": 1},
    ),
    (
        "Điều chỉnh dự án đầu tư trong trường hợp chia, tách, sáp nhập dự án đầu tư tại khu kinh tế",
        15,
        ["Văn bản đề nghị điều chỉnh dự án đầu tư", "Quyết định của nhà đầu tư về việc chia, tách, sáp nhập dự án"],
        "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
        {"rank": 2},
    ),
    (
        "Điều chỉnh dự án đầu tư trong trường hợp chia, tách, hợp nhất, sáp nhập, chuyển đổi loại hình tổ chức kinh tế "
        "tại khu kinh tế",
        10,
        ["Văn bản đề nghị điều chỉnh dự án đầu tư", "Nghị quyết, quyết định về việc chia, tách, hợp nhất, sáp nhập"],
        "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
        {"rank": 2},
    ),
    (
        "Điều chỉnh dự án đầu tư theo bản án, quyết định của tòa án, trọng tài tại khu kinh tế",
        10,
        ["Văn bản đề nghị điều chỉnh dự án đầu tư", "Bản sao bản án, quyết định của tòa án, trọng tài"],
        "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
        {"rank": 3},
    ),
    (
        "Nộp lại Giấy chứng nhận đăng ký đầu tư tại khu kinh tế",
        15,
        ["Văn bản thông báo chấm dứt hoạt động dự án", "Bản gốc Giấy chứng nhận đăng ký đầu tư"],
        "Thông báo chấm dứt hiệu lực Giấy chứng nhận đăng ký đầu tư",
        {"rank": 3},
    ),
    (
        "Đổi Giấy chứng nhận đăng ký đầu tư cho dự án hoạt động theo Giấy phép đầu tư, Giấy chứng nhận đầu tư tại khu "
        "kinh tế",
        3,
        ["Văn bản đề nghị đổi Giấy chứng nhận đăng ký đầu tư", "Bản sao Giấy phép đầu tư hoặc Giấy chứng nhận đầu tư"],
        "Giấy chứng nhận đăng ký đầu tư",
        {"rank": 2},
    ),
    (
        "Cung cấp thông tin về dự án đầu tư tại khu kinh tế",
        5,
        ["Văn bản đề nghị cung cấp thông tin"],
        "Văn bản cung cấp thông tin",
        {"rank": 1},
    ),
    (
        "Thành lập văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng BCC tại khu kinh tế",
        15,
        ["Văn bản đăng ký thành lập văn phòng điều hành", "Quyết định của nhà đầu tư nước ngoài về việc thành lập"],
        "Giấy chứng nhận đăng ký hoạt động văn phòng điều hành",
        {"rank": 2},
    ),
    (
        "Chấm dứt hoạt động văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng BCC tại khu kinh tế",
        15,
        ["Thông báo chấm dứt hoạt động văn phòng điều hành"],
        "Quyết định thu hồi Giấy chứng nhận đăng ký hoạt động",
        {"rank": 3},
    ),
    (
        "Bảo đảm đầu tư trong trường hợp không được tiếp tục áp dụng ưu đãi đầu tư tại khu kinh tế",
        30,
        ["Văn bản đề nghị áp dụng biện pháp bảo đảm đầu tư", "Bản sao Giấy chứng nhận đăng ký đầu tư"],
        "Văn bản về biện pháp bảo đảm đầu tư",
        {"rank": 3},
    ),
    (
        "Tiếp nhận hồ sơ đề nghị quyết định chủ trương đầu tư của UBND tỉnh đối với dự án trong khu kinh tế",
        35,
        ["Văn bản đề nghị thực hiện dự án đầu tư", "Đề xuất dự án đầu tư", "Tài liệu chứng minh năng lực tài chính"],
        "Quyết định chủ trương đầu tư của UBND tỉnh",
        {"via": "UBND tỉnh", "rank": 1},
    ),
]
_KKT_XD_MORE = [
    (
        "Cấp giấy phép sửa chữa, cải tạo công trình trong khu kinh tế",
        20,
        ["Đơn đề nghị cấp giấy phép sửa chữa, cải tạo theo mẫu", "Bản vẽ hiện trạng và bản vẽ thiết kế sửa chữa"],
        "Giấy phép xây dựng",
        {"rank": 1},
    ),
    (
        "Cấp giấy phép di dời công trình trong khu kinh tế",
        20,
        ["Đơn đề nghị cấp giấy phép di dời theo mẫu", "Phương án di dời"],
        "Giấy phép di dời công trình",
        {"rank": 3},
    ),
    (
        "Cấp lại giấy phép xây dựng công trình trong khu kinh tế",
        5,
        ["Đơn đề nghị cấp lại giấy phép xây dựng theo mẫu", LOST_REPORT],
        "Giấy phép xây dựng",
        {"rank": 2},
    ),
    (
        "Thẩm định Báo cáo kinh tế - kỹ thuật đầu tư xây dựng công trình trong khu kinh tế",
        20,
        ["Tờ trình thẩm định theo mẫu", "Báo cáo kinh tế - kỹ thuật đầu tư xây dựng"],
        "Văn bản thông báo kết quả thẩm định",
        {"rank": 1},
    ),
    (
        "Thẩm định nhiệm vụ, đồ án quy hoạch chi tiết xây dựng trong khu kinh tế",
        25,
        ["Tờ trình đề nghị thẩm định", "Thuyết minh nhiệm vụ hoặc đồ án quy hoạch", "Hồ sơ bản vẽ"],
        "Quyết định phê duyệt nhiệm vụ, đồ án quy hoạch chi tiết",
        {"rank": 1},
    ),
    (
        "Cung cấp thông tin về quy hoạch xây dựng trong khu kinh tế",
        10,
        ["Văn bản đề nghị cung cấp thông tin quy hoạch", "Sơ đồ vị trí khu đất"],
        "Văn bản cung cấp thông tin quy hoạch",
        {"rank": 1},
    ),
    (
        "Cấp giấy phép quy hoạch dự án đầu tư xây dựng công trình trong khu kinh tế",
        30,
        ["Đơn đề nghị cấp giấy phép quy hoạch theo mẫu", "Sơ đồ vị trí địa điểm"],
        "Giấy phép quy hoạch",
        {"rank": 3},
    ),
    (
        "Xác nhận đề án bảo vệ môi trường đơn giản đối với cơ sở trong khu kinh tế",
        10,
        ["Văn bản đề nghị xác nhận", "Đề án bảo vệ môi trường đơn giản"],
        "Giấy xác nhận đề án bảo vệ môi trường đơn giản",
        {"rank": 2},
    ),
    (
        "Kiểm tra, xác nhận hoàn thành công trình bảo vệ môi trường của dự án trong khu kinh tế",
        15,
        ["Văn bản đề nghị kiểm tra, xác nhận", "Báo cáo kết quả thực hiện các công trình bảo vệ môi trường"],
        "Giấy xác nhận hoàn thành công trình bảo vệ môi trường",
        {"rank": 1},
    ),
]
_KKT_LD_MORE = [
    (
        "Chấp thuận nhu cầu sử dụng người lao động nước ngoài tại khu kinh tế",
        10,
        ["Báo cáo giải trình nhu cầu sử dụng người lao động nước ngoài"],
        "Văn bản chấp thuận",
        {"rank": 1},
    ),
    (
        "Gửi thỏa ước lao động tập thể của doanh nghiệp trong khu kinh tế",
        5,
        ["Thỏa ước lao động tập thể đã ký kết", "Biên bản lấy ý kiến tập thể lao động"],
        "Văn bản tiếp nhận thỏa ước lao động tập thể",
        {"rank": 2},
    ),
]
_KKT_TM_MORE = [
    (
        f"{verb} giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài trong khu kinh tế",
        5,
        [f"Đơn đề nghị {verb.lower()} giấy phép theo mẫu", "Bản sao Giấy phép thành lập Văn phòng đại diện"],
        "Giấy phép thành lập Văn phòng đại diện",
        {"rank": rank},
    )
    for verb, rank in (("Điều chỉnh", 2), ("Cấp lại", 2), ("Gia hạn", 1))
] + [
    (
        "Chấm dứt hoạt động Văn phòng đại diện của thương nhân nước ngoài trong khu kinh tế",
        7,
        ["Thông báo chấm dứt hoạt động", "Bản chính Giấy phép thành lập Văn phòng đại diện"],
        "Văn bản xác nhận chấm dứt hoạt động",
        {"rank": 3},
    ),
    (
        "Cấp Giấy phép lập cơ sở bán lẻ trong khu kinh tế",
        10,
        ["Đơn đề nghị cấp Giấy phép lập cơ sở bán lẻ theo mẫu", "Bản giải trình về địa điểm lập cơ sở bán lẻ"],
        "Giấy phép lập cơ sở bán lẻ",
        {"rank": 2},
    ),
    (
        "Điều chỉnh Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài trong khu kinh tế",
        10,
        ["Đơn đề nghị điều chỉnh Giấy phép kinh doanh theo mẫu", "Tài liệu chứng minh nội dung điều chỉnh"],
        "Giấy phép kinh doanh điều chỉnh",
        {"rank": 2},
    ),
]
_KKT_DD = Sector("KKT-DD", "Đất đai tại khu kinh tế", KKT, "Phòng Quy hoạch - Xây dựng và Môi trường")
SECTORS.append(_KKT_DD)
TEMPLATES += (
    table(KKT_DT, PROVINCE, L_KKT, _KKT_DT_MORE, subjects="Nhà đầu tư")
    + table(KKT_XD, PROVINCE, L_KKT_XD, _KKT_XD_MORE, subjects="Chủ đầu tư")
    + table(KKT_LD, PROVINCE, L_KKT_LD, _KKT_LD_MORE, subjects="Doanh nghiệp trong khu kinh tế")
    + table(KKT_TM, PROVINCE, L_KKT_TM, _KKT_TM_MORE, subjects="Thương nhân")
    + table(
        _KKT_DD,
        PROVINCE,
        (
            "Luật Đất đai số 45/2013/QH13",
            "Nghị định số 35/2017/NĐ-CP quy định về thu tiền sử dụng đất, thu tiền thuê "
            "đất, thuê mặt nước trong khu kinh tế, khu công nghệ cao",
        ),
        [
            (
                "Giao lại đất trong khu kinh tế",
                15,
                ["Đơn xin giao đất theo mẫu", "Bản sao Giấy chứng nhận đăng ký đầu tư", "Trích lục bản đồ địa chính"],
                "Quyết định giao lại đất",
                {"rank": 1},
            ),
            (
                "Gia hạn sử dụng đất trong khu kinh tế",
                15,
                ["Đơn xin gia hạn sử dụng đất theo mẫu", "Bản sao quyết định điều chỉnh dự án đầu tư (nếu có)"],
                "Quyết định gia hạn sử dụng đất",
                {"rank": 2},
            ),
            (
                "Thu hồi đất đã giao lại, cho thuê trong khu kinh tế do người sử dụng đất tự nguyện trả lại",
                20,
                ["Văn bản trả lại đất", "Quyết định giao lại đất hoặc hợp đồng thuê đất"],
                "Quyết định thu hồi đất",
                {"rank": 3},
            ),
        ],
        subjects="Nhà đầu tư, người sử dụng đất trong khu kinh tế",
    )
)

# Finance, foreign affairs.
TEMPLATES += table(
    CS,
    PROVINCE,
    (*L_CS, "Nghị định số 167/2017/NĐ-CP quy định việc sắp xếp lại, xử lý tài sản công"),
    [
        (
            "Phê duyệt phương án sắp xếp lại, xử lý nhà, đất của cơ quan, tổ chức, đơn vị, doanh nghiệp nhà nước do "
            "địa phương quản lý",
            30,
            ["Văn bản đề nghị phê duyệt phương án", "Bảng kê khai hiện trạng nhà, đất", "Biên bản kiểm tra hiện trạng"],
            "Quyết định phê duyệt phương án sắp xếp lại, xử lý nhà, đất",
            {"via": "UBND tỉnh"},
        ),
        (
            "Quyết định chuyển giao nhà, đất về địa phương quản lý, xử lý",
            20,
            ["Văn bản đề nghị chuyển giao", "Hồ sơ pháp lý về nhà, đất"],
            "Quyết định chuyển giao",
            {"via": "UBND tỉnh", "rank": 2},
        ),
    ],
    subjects="Cơ quan, tổ chức, đơn vị, doanh nghiệp nhà nước",
) + table(
    NGOAIVU,
    PROVINCE,
    L_NGV,
    [
        (
            "Tiếp nhận đăng ký hoạt động của tổ chức phi chính phủ nước ngoài tại địa phương",
            10,
            ["Văn bản thông báo hoạt động tại địa phương", "Bản sao Giấy đăng ký hoạt động của tổ chức phi chính phủ"],
            "Văn bản xác nhận tiếp nhận",
            {"rank": 1},
        ),
    ],
    subjects="Tổ chức phi chính phủ nước ngoài",
)

# Property vested in the State, asset declarations, ethnic policies (added to fill the 2018 catalogue).
L_TSTD = (
    "Bộ luật Dân sự số 91/2015/QH13",
    "Luật Quản lý, sử dụng tài sản công số 15/2017/QH14",
    "Nghị định số 29/2018/NĐ-CP quy định trình tự, thủ tục xác lập quyền sở hữu toàn dân về tài sản và xử lý đối với "
    "tài sản được xác lập quyền sở hữu toàn dân",
)
_TSTD_TEXT = [
    "Văn bản đề nghị xác lập quyền sở hữu toàn dân đối với tài sản",
    "Biên bản giao nhận tài sản",
    "Bảng kê chủng loại, số lượng, khối lượng, tình trạng của tài sản",
]
L_DT_2085 = (
    "Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ phê duyệt chính sách đặc thù hỗ trợ phát triển "
    "kinh tế - xã hội vùng dân tộc thiểu số và miền núi giai đoạn 2017 - 2020",
)
TEMPLATES += (
    table(
        CS,
        PROVINCE,
        L_TSTD,
        [
            (
                "Quyết định xác lập quyền sở hữu toàn dân đối với tài sản bị chôn giấu, bị vùi lấp, chìm đắm được tìm "
                "thấy",
                30,
                [
                    *_TSTD_TEXT,
                    "Văn bản xác định tài sản là di vật, cổ vật, bảo vật quốc gia của Sở Văn hóa, Thể thao và Du lịch "
                    "(nếu có)",
                ],
                "Quyết định xác lập quyền sở hữu toàn dân đối với tài sản",
            ),
            (
                "Quyết định xác lập quyền sở hữu toàn dân đối với tài sản bị đánh rơi, bỏ quên, tài sản không xác "
                "định được chủ sở hữu",
                30,
                [
                    *_TSTD_TEXT,
                    "Thông báo công khai về tài sản và văn bản xác nhận hết thời hạn thông báo mà không có người nhận",
                ],
                "Quyết định xác lập quyền sở hữu toàn dân đối với tài sản",
                {"rank": 1},
            ),
            (
                "Quyết định xác lập quyền sở hữu toàn dân đối với di sản không có người thừa kế",
                30,
                [
                    "Văn bản đề nghị xác lập quyền sở hữu toàn dân đối với di sản",
                    ("Bản sao Giấy chứng tử của người để lại di sản", "c"),
                    "Văn bản xác nhận di sản không có người thừa kế hoặc người thừa kế từ chối nhận di sản",
                    "Bảng kê di sản",
                ],
                "Quyết định xác lập quyền sở hữu toàn dân đối với di sản",
                {"rank": 1},
            ),
            (
                "Quyết định xác lập quyền sở hữu toàn dân đối với vật chứng, tài sản bị tịch thu theo bản án, quyết "
                "định của Tòa án",
                30,
                [
                    "Văn bản đề nghị của cơ quan thi hành án dân sự",
                    ("Bản sao bản án, quyết định của Tòa án", "cc"),
                    "Biên bản giao nhận tài sản",
                ],
                "Quyết định xác lập quyền sở hữu toàn dân đối với tài sản",
                {"rank": 2},
            ),
            (
                "Thanh toán chi phí liên quan đến quản lý, xử lý tài sản được xác lập quyền sở hữu toàn dân",
                15,
                ["Văn bản đề nghị thanh toán chi phí", "Bảng kê chi phí kèm chứng từ hợp lệ"],
                "Văn bản phê duyệt thanh toán chi phí",
                {"rank": 2},
            ),
        ],
        subjects="Cơ quan, đơn vị đang tạm giữ, quản lý tài sản",
    )
    + table(
        CS,
        DISTRICT,
        L_TSTD,
        [
            (
                "Quyết định xác lập quyền sở hữu toàn dân đối với tài sản bị đánh rơi, bỏ quên thuộc thẩm quyền của "
                "Chủ tịch UBND cấp huyện",
                30,
                _TSTD_TEXT,
                "Quyết định xác lập quyền sở hữu toàn dân đối với tài sản",
            ),
        ],
        subjects="Cơ quan, đơn vị đang tạm giữ, quản lý tài sản",
    )
    + table(
        CS,
        DISTRICT,
        L_CS,
        [
            (
                "Quyết định thu hồi tài sản công thuộc cấp huyện quản lý",
                30,
                ["Văn bản đề nghị thu hồi tài sản công", "Danh mục tài sản đề nghị thu hồi"],
                "Quyết định thu hồi tài sản công",
                {"rank": 1},
            ),
            (
                "Quyết định tiêu hủy tài sản công thuộc cấp huyện quản lý",
                30,
                [
                    "Văn bản đề nghị tiêu hủy tài sản công",
                    "Danh mục tài sản đề nghị tiêu hủy",
                    "Ý kiến của cơ quan chuyên môn về việc tiêu hủy (nếu có)",
                ],
                "Quyết định tiêu hủy tài sản công",
                {"rank": 2},
            ),
        ],
        subjects="Cơ quan, tổ chức, đơn vị thuộc cấp huyện",
    )
    + table(
        GIA,
        DISTRICT,
        L_GIA,
        [
            (
                "Kê khai giá của các tổ chức, cá nhân sản xuất, kinh doanh thuộc phạm vi cấp huyện",
                5,
                ["Văn bản kê khai giá theo mẫu", "Bảng kê mức giá hàng hóa, dịch vụ"],
                "Văn bản tiếp nhận văn bản kê khai giá",
                {"rank": 1},
            ),
        ],
        subjects="Tổ chức, cá nhân sản xuất, kinh doanh",
    )
)
for _level, _where, _rank in ((PROVINCE, "tỉnh", 1), (DISTRICT, "huyện", 1), (COMMUNE, "xã", 2)):
    TEMPLATES += table(
        PCTN,
        _level,
        L_PCTN,
        [
            (
                f"Kê khai tài sản, thu nhập tại cấp {_where}",
                10,
                ["Bản kê khai tài sản, thu nhập theo mẫu", "Bản kê khai bổ sung (trường hợp có biến động tài sản)"],
                "Bản kê khai tài sản, thu nhập được tiếp nhận, lưu giữ",
                {"rank": _rank},
            ),
        ],
        subjects="Cán bộ, công chức, viên chức có nghĩa vụ kê khai",
    )
for _level, _where, _rank in ((PROVINCE, "tỉnh", 2), (DISTRICT, "huyện", 2)):
    TEMPLATES += table(
        PCTN,
        _level,
        L_PCTN,
        [
            (
                f"Công khai bản kê khai tài sản, thu nhập tại cấp {_where}",
                15,
                ["Bản kê khai tài sản, thu nhập đã được tiếp nhận", "Kế hoạch công khai bản kê khai"],
                "Biên bản công khai bản kê khai tài sản, thu nhập",
                {"rank": _rank},
            ),
        ],
        subjects="Cơ quan, tổ chức, đơn vị quản lý người có nghĩa vụ kê khai",
    )
TEMPLATES += (
    table(
        KN,
        PROVINCE,
        L_KN,
        [
            (
                "Giải quyết khiếu nại đối với quyết định kỷ luật cán bộ, công chức tại cấp tỉnh",
                30,
                [
                    "Đơn khiếu nại",
                    ("Bản sao quyết định kỷ luật bị khiếu nại", "c"),
                    "Tài liệu, chứng cứ kèm theo (nếu có)",
                ],
                "Quyết định giải quyết khiếu nại",
                {"rank": 1},
            ),
        ],
        subjects="Cán bộ, công chức",
    )
    + table(
        KN,
        DISTRICT,
        L_KN,
        [
            (
                "Giải quyết khiếu nại đối với quyết định kỷ luật cán bộ, công chức tại cấp huyện",
                30,
                [
                    "Đơn khiếu nại",
                    ("Bản sao quyết định kỷ luật bị khiếu nại", "c"),
                    "Tài liệu, chứng cứ kèm theo (nếu có)",
                ],
                "Quyết định giải quyết khiếu nại",
                {"rank": 2},
            ),
        ],
        subjects="Cán bộ, công chức",
    )
    + table(
        DT,
        PROVINCE,
        (
            "Quyết định số 50/2016/QĐ-TTg về tiêu chí xác định thôn đặc biệt khó khăn, xã thuộc vùng dân tộc thiểu số "
            "và miền núi giai đoạn 2016 - 2020",
            "Thông tư số 01/2017/TT-UBDT quy định chi tiết thực hiện Quyết định số 50/2016/QĐ-TTg",
        ),
        [
            (
                "Thẩm định hồ sơ đề nghị công nhận thôn đặc biệt khó khăn, xã khu vực I, II, III thuộc vùng dân tộc "
                "thiểu số và miền núi",
                30,
                [
                    "Tờ trình của UBND cấp huyện",
                    "Bảng tổng hợp kết quả xác định thôn, xã theo tiêu chí",
                    "Biểu thống kê số liệu hộ nghèo, cơ sở hạ tầng của thôn, xã",
                ],
                "Tờ trình UBND tỉnh đề nghị Ủy ban Dân tộc công nhận",
                {"rank": 1, "via": "UBND tỉnh"},
            ),
        ],
        subjects="UBND cấp huyện",
    )
    + table(
        DT,
        DISTRICT,
        L_DT_2085,
        [
            (
                "Phê duyệt danh sách hộ đồng bào dân tộc thiểu số nghèo được hỗ trợ đất sản xuất, nước sinh hoạt",
                15,
                [
                    "Tờ trình của UBND cấp xã",
                    "Danh sách hộ đăng ký hỗ trợ đã được bình xét công khai",
                    "Biên bản họp thôn bình xét",
                ],
                "Quyết định phê duyệt danh sách hộ được hỗ trợ",
                {"rank": 1},
            ),
        ],
        subjects="UBND cấp xã",
    )
    + table(
        DT,
        COMMUNE,
        L_DT_2085,
        [
            (
                "Đăng ký hỗ trợ đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo",
                10,
                ["Đơn đăng ký hỗ trợ theo mẫu", RESIDENCE],
                "Danh sách hộ đăng ký được UBND cấp xã tổng hợp, đề nghị cấp huyện phê duyệt",
                {"rank": 1},
            ),
        ],
        subjects="Hộ đồng bào dân tộc thiểu số nghèo",
    )
)
TEMPLATES += (
    table(
        NS,
        PROVINCE,
        L_NS,
        [
            (
                "Thẩm tra, phê duyệt quyết toán dự án hoàn thành đối với dự án dừng thực hiện vĩnh viễn thuộc tỉnh "
                "quản lý",
                60,
                [
                    "Tờ trình đề nghị phê duyệt quyết toán",
                    "Báo cáo quyết toán phần vốn đã thực hiện theo mẫu",
                    ("Bản sao văn bản của cấp có thẩm quyền cho phép dừng thực hiện dự án", "c"),
                ],
                "Quyết định phê duyệt quyết toán",
                {"rank": 2, "subjects": "Chủ đầu tư"},
            ),
        ],
    )
    + table(
        KKT_LD,
        PROVINCE,
        L_KKT_LD,
        [
            (
                "Báo cáo giải trình thay đổi nhu cầu sử dụng người lao động nước ngoài tại khu kinh tế",
                10,
                ["Báo cáo giải trình thay đổi nhu cầu sử dụng người lao động nước ngoài theo mẫu"],
                "Văn bản chấp thuận thay đổi nhu cầu sử dụng người lao động nước ngoài",
                {"rank": 2, "subjects": "Doanh nghiệp trong khu kinh tế"},
            ),
        ],
    )
    + table(
        KKT_TM,
        PROVINCE,
        L_KKT_TM,
        [
            (
                "Cấp Giấy phép lập cơ sở bán lẻ ngoài cơ sở bán lẻ thứ nhất trong khu kinh tế",
                15,
                [
                    "Đơn đề nghị cấp Giấy phép lập cơ sở bán lẻ theo mẫu",
                    "Bản giải trình có nội dung về địa điểm lập cơ sở bán lẻ",
                ],
                "Giấy phép lập cơ sở bán lẻ",
                {"rank": 2, "subjects": "Tổ chức kinh tế có vốn đầu tư nước ngoài"},
            ),
        ],
    )
    + table(
        KKT_DT,
        PROVINCE,
        L_KKT,
        [
            (
                "Đổi Giấy chứng nhận đăng ký đầu tư cho dự án hoạt động theo Giấy phép đầu tư tại khu kinh tế",
                3,
                ["Văn bản đề nghị đổi Giấy chứng nhận đăng ký đầu tư", ("Bản sao Giấy phép đầu tư đã được cấp", "c")],
                "Giấy chứng nhận đăng ký đầu tư",
                {"rank": 3, "subjects": "Nhà đầu tư"},
            ),
        ],
    )
)
TEMPLATES += table(
    NGOAIVU,
    PROVINCE,
    ("Pháp lệnh Ký kết và thực hiện thỏa thuận quốc tế số 33/2007/PL-UBTVQH11",),
    [
        (
            "Cho phép ký kết thỏa thuận quốc tế nhân danh cơ quan cấp tỉnh",
            30,
            [
                "Tờ trình đề nghị ký kết thỏa thuận quốc tế",
                "Dự thảo thỏa thuận quốc tế bằng tiếng Việt và tiếng nước ngoài",
                "Ý kiến của các cơ quan, tổ chức liên quan",
            ],
            "Văn bản cho phép ký kết thỏa thuận quốc tế",
            {"rank": 2, "via": "UBND tỉnh"},
        ),
    ],
    subjects="Sở, ban, ngành, UBND cấp huyện",
)
