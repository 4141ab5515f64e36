"""Natural resources and environment (Sở Tài nguyên và Môi trường): land, secured transactions on land,
environment, water resources, minerals, surveying, hydro-meteorology."""

from __future__ import annotations

from .base import (
    COMMUNE,
    DISTRICT,
    ID_COPY,
    LAND_CERT,
    LOST_REPORT,
    PROVINCE,
    Case,
    Sector,
    act,
    family,
    fee,
    table,
)

DEPT = "H15.09"
VPDK = "Văn phòng Đăng ký đất đai tỉnh"

DD = Sector(
    "TNMT-DD", "Đất đai", DEPT, VPDK, "Chi nhánh Văn phòng Đăng ký đất đai cấp huyện", "Công chức Địa chính - Xây dựng"
)
DKBD = Sector("TNMT-DKBD", "Đăng ký biện pháp bảo đảm", DEPT, VPDK, "Chi nhánh Văn phòng Đăng ký đất đai cấp huyện")
MT = Sector(
    "TNMT-MT",
    "Môi trường",
    DEPT,
    "Chi cục Bảo vệ môi trường",
    "Phòng Tài nguyên và Môi trường",
    "Công chức Địa chính - Xây dựng",
)
TNN = Sector("TNMT-TNN", "Tài nguyên nước", DEPT, "Phòng Tài nguyên nước - Khí tượng thủy văn")
KS = Sector("TNMT-KS", "Địa chất và khoáng sản", DEPT, "Phòng Khoáng sản")
DDBD = Sector("TNMT-DDBD", "Đo đạc, bản đồ và viễn thám", DEPT, "Phòng Đo đạc, bản đồ và viễn thám")
KTTV = Sector("TNMT-KTTV", "Khí tượng thủy văn", DEPT, "Phòng Tài nguyên nước - Khí tượng thủy văn")

SECTORS = [DD, DKBD, MT, TNN, KS, DDBD, KTTV]

L_DD = (
    "Luật Đất đai số 45/2013/QH13",
    "Nghị định số 43/2014/NĐ-CP quy định chi tiết thi hành một số điều của Luật Đất đai",
    "Nghị định số 01/2017/NĐ-CP sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai",
    "Thông tư số 24/2014/TT-BTNMT quy định về hồ sơ địa chính",
    "Thông tư số 33/2017/TT-BTNMT quy định chi tiết Nghị định số 01/2017/NĐ-CP",
)
L_DKBD = (
    "Nghị định số 102/2017/NĐ-CP về đăng ký biện pháp bảo đảm",
    "Thông tư liên tịch số 09/2016/TTLT-BTP-BTNMT hướng dẫn việc đăng ký thế chấp quyền sử dụng đất, tài sản gắn "
    "liền với đất",
)
L_MT = (
    "Luật Bảo vệ môi trường số 55/2014/QH13",
    "Nghị định số 18/2015/NĐ-CP quy định về quy hoạch bảo vệ môi trường, đánh giá môi trường chiến lược, đánh giá "
    "tác động môi trường và kế hoạch bảo vệ môi trường",
    "Nghị định số 38/2015/NĐ-CP về quản lý chất thải và phế liệu",
    "Thông tư số 27/2015/TT-BTNMT về đánh giá môi trường chiến lược, đánh giá tác động môi trường và kế hoạch bảo vệ "
    "môi trường",
)
L_TNN = (
    "Luật Tài nguyên nước số 17/2012/QH13",
    "Nghị định số 201/2013/NĐ-CP quy định chi tiết thi hành một số điều của Luật Tài nguyên nước",
    "Thông tư số 27/2014/TT-BTNMT quy định việc đăng ký khai thác nước dưới đất, mẫu hồ sơ cấp, gia hạn, điều chỉnh, "
    "cấp lại giấy phép tài nguyên nước",
)
L_KS = (
    "Luật Khoáng sản số 60/2010/QH12",
    "Nghị định số 158/2016/NĐ-CP quy định chi tiết thi hành một số điều của Luật Khoáng sản",
    "Thông tư số 191/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định đánh giá trữ "
    "lượng khoáng sản và lệ phí cấp giấy phép hoạt động khoáng sản",
)
L_DDBD = (
    "Luật Đo đạc và bản đồ số 27/2018/QH14",
    "Nghị định số 45/2015/NĐ-CP về hoạt động đo đạc và bản đồ",
)
L_KTTV = (
    "Luật Khí tượng thủy văn số 90/2015/QH13",
    "Nghị định số 38/2016/NĐ-CP quy định chi tiết một số điều của Luật Khí tượng thủy văn",
)

_GCN_FEE = (
    fee(
        "Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
        100000,
        exemptions="Hộ gia đình, cá nhân tại nông thôn: 25.000 đồng",
    ),
    fee("Phí thẩm định hồ sơ cấp Giấy chứng nhận", 500000, "fee"),
)
_CHANGE_FEE = (fee("Lệ phí chứng nhận đăng ký biến động về đất đai", 30000),)
_ALLOC = [
    "Đơn xin giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất theo mẫu",
    "Bản sao giấy chứng nhận đầu tư hoặc văn bản chấp thuận chủ trương đầu tư",
    "Bản sao thuyết minh dự án đầu tư",
    "Văn bản thẩm định nhu cầu sử dụng đất, điều kiện giao đất, cho thuê đất",
    "Trích lục bản đồ địa chính hoặc trích đo địa chính thửa đất",
]
_FIRST = [
    "Đơn đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo mẫu",
    "Một trong các loại giấy tờ về quyền sử dụng đất quy định tại Điều 100 của Luật Đất đai (nếu có)",
    "Giấy tờ về tài sản gắn liền với đất (trường hợp đăng ký quyền sở hữu tài sản)",
    "Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính (nếu có)",
]
_CHANGE = [
    "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu",
    LAND_CERT,
    "Hợp đồng, văn bản về chuyển đổi, chuyển nhượng, cho thuê, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất",
]

# Land procedures that exist for organisations (province) and for households (district branch).
_DD_SHARED = [
    (
        "Đăng ký đất đai lần đầu đối với trường hợp được Nhà nước giao đất để quản lý",
        20,
        [
            "Đơn đăng ký theo mẫu",
            "Văn bản của cơ quan nhà nước có thẩm quyền về việc giao đất để quản lý",
            "Sơ đồ hoặc trích đo địa chính khu đất",
        ],
        "Hồ sơ địa chính được cập nhật",
        {"rank": 1},
    ),
    (
        "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu",
        30,
        _FIRST,
        "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
        {
            "fees": _GCN_FEE,
            "cases": (Case("vung-kho-khan", "Xã miền núi, vùng có điều kiện kinh tế - xã hội khó khăn", 40),),
        },
    ),
    (
        "Đăng ký, cấp Giấy chứng nhận quyền sở hữu tài sản gắn liền với đất cho người sử dụng đất đã được cấp Giấy "
        "chứng nhận",
        15,
        ["Đơn đăng ký theo mẫu", LAND_CERT, "Giấy tờ về quyền sở hữu tài sản gắn liền với đất"],
        "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
        {"fees": _GCN_FEE},
    ),
    (
        "Đăng ký bổ sung tài sản gắn liền với đất vào Giấy chứng nhận đã cấp",
        15,
        ["Đơn đăng ký biến động theo mẫu", LAND_CERT, "Giấy tờ về quyền sở hữu tài sản"],
        "Giấy chứng nhận đã xác nhận thay đổi hoặc Giấy chứng nhận mới",
        {"fees": _CHANGE_FEE},
    ),
    (
        "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất cho người đã đăng "
        "ký quyền sử dụng đất lần đầu",
        10,
        ["Đơn đề nghị cấp Giấy chứng nhận theo mẫu", "Chứng từ thực hiện nghĩa vụ tài chính"],
        "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
        {"fees": _GCN_FEE},
    ),
    (
        "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, "
        "chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài "
        "sản gắn liền với đất",
        10,
        _CHANGE,
        "Giấy chứng nhận đã xác nhận nội dung biến động hoặc Giấy chứng nhận mới",
        {"fees": _CHANGE_FEE, "online": 3},
    ),
    (
        "Đăng ký biến động về sử dụng đất, tài sản gắn liền với đất do thay đổi thông tin về người được cấp Giấy "
        "chứng nhận (đổi tên hoặc giấy tờ pháp nhân, giấy tờ nhân thân, địa chỉ); giảm diện tích thửa đất do sạt lở "
        "tự nhiên; thay đổi về hạn chế quyền sử dụng đất; thay đổi về nghĩa vụ tài chính",
        10,
        ["Đơn đăng ký biến động theo mẫu", LAND_CERT, "Bản sao giấy tờ chứng minh nội dung thay đổi"],
        "Giấy chứng nhận đã xác nhận nội dung biến động",
        {"fees": _CHANGE_FEE},
    ),
    (
        "Đăng ký xác lập quyền sử dụng hạn chế thửa đất liền kề sau khi được cấp Giấy chứng nhận lần đầu và đăng ký "
        "thay đổi, chấm dứt quyền sử dụng hạn chế thửa đất liền kề",
        10,
        ["Đơn đăng ký biến động theo mẫu", "Hợp đồng hoặc văn bản thỏa thuận về quyền sử dụng hạn chế", LAND_CERT],
        "Giấy chứng nhận đã xác nhận nội dung biến động",
        {"rank": 2},
    ),
    (
        "Tách thửa hoặc hợp thửa đất",
        15,
        ["Đơn đề nghị tách thửa hoặc hợp thửa theo mẫu", LAND_CERT],
        "Giấy chứng nhận quyền sử dụng đất cho các thửa đất mới",
        {"fees": _CHANGE_FEE, "online": 3},
    ),
    (
        "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
        7,
        ["Đơn đề nghị cấp đổi Giấy chứng nhận theo mẫu", LAND_CERT],
        "Giấy chứng nhận mới",
        {"fees": _CHANGE_FEE, "online": 3},
    ),
    (
        "Cấp đổi Giấy chứng nhận quyền sử dụng đất do đo đạc lập bản đồ địa chính",
        30,
        ["Đơn đề nghị cấp đổi Giấy chứng nhận theo mẫu", LAND_CERT, "Hợp đồng thế chấp (trường hợp đang thế chấp)"],
        "Giấy chứng nhận mới",
        {"rank": 1},
    ),
    (
        "Cấp lại Giấy chứng nhận hoặc cấp lại Trang bổ sung của Giấy chứng nhận do bị mất",
        10,
        [
            "Đơn đề nghị cấp lại Giấy chứng nhận theo mẫu",
            "Giấy xác nhận của UBND cấp xã về việc đã niêm yết thông báo mất giấy trong thời gian 15 ngày",
            LOST_REPORT,
        ],
        "Giấy chứng nhận (cấp lại)",
        {"fees": _CHANGE_FEE},
    ),
    (
        "Đính chính Giấy chứng nhận đã cấp",
        10,
        ["Đơn đề nghị đính chính theo mẫu", LAND_CERT],
        "Giấy chứng nhận đã được đính chính",
        {"spot": True},
    ),
    (
        "Thu hồi Giấy chứng nhận đã cấp không đúng quy định của pháp luật đất đai do người sử dụng đất, chủ sở hữu tài "
        "sản gắn liền với đất phát hiện",
        30,
        ["Đơn phản ánh việc cấp Giấy chứng nhận không đúng quy định", LAND_CERT],
        "Quyết định thu hồi Giấy chứng nhận",
        {"rank": 2},
    ),
    (
        "Đăng ký biến động đối với trường hợp chuyển từ hình thức thuê đất trả tiền hàng năm sang thuê đất trả tiền "
        "một lần cho cả thời gian thuê hoặc từ giao đất không thu tiền sử dụng đất sang hình thức thuê đất",
        30,
        ["Đơn đăng ký biến động theo mẫu", LAND_CERT, "Hợp đồng thuê đất đã ký"],
        "Hợp đồng thuê đất mới và Giấy chứng nhận đã xác nhận thay đổi",
        {"rank": 2},
    ),
    (
        "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp giải quyết "
        "tranh chấp, khiếu nại, tố cáo về đất đai; xử lý nợ hợp đồng thế chấp; kê biên bán đấu giá quyền sử dụng đất",
        10,
        ["Đơn đăng ký biến động theo mẫu", LAND_CERT, "Văn bản, quyết định hoặc bản án làm căn cứ đăng ký biến động"],
        "Giấy chứng nhận đã xác nhận nội dung biến động hoặc Giấy chứng nhận mới",
        {"rank": 1},
    ),
    (
        "Cấp Giấy chứng nhận cho người nhận chuyển nhượng quyền sử dụng đất, mua nhà ở, công trình xây dựng trong các "
        "dự án phát triển nhà ở",
        15,
        [
            "Đơn đề nghị cấp Giấy chứng nhận theo mẫu",
            "Hợp đồng chuyển nhượng, mua bán",
            "Biên bản bàn giao nhà, đất, công trình xây dựng",
        ],
        "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
        {"fees": _GCN_FEE, "rank": 1},
    ),
    (
        "Xóa đăng ký cho thuê, cho thuê lại, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
        3,
        ["Văn bản thanh lý hợp đồng cho thuê, cho thuê lại hoặc văn bản chấm dứt hợp đồng góp vốn", LAND_CERT],
        "Giấy chứng nhận đã xác nhận xóa đăng ký",
        {"rank": 1},
    ),
    (
        "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp hợp nhất, "
        "phân chia quyền sử dụng đất của hộ gia đình, của vợ và chồng, của nhóm người sử dụng đất",
        10,
        ["Đơn đăng ký biến động theo mẫu", LAND_CERT, "Văn bản thỏa thuận phân chia hoặc hợp nhất quyền sử dụng đất"],
        "Giấy chứng nhận mới",
        {"fees": _CHANGE_FEE, "rank": 1},
    ),
    (
        "Đăng ký chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm quyền",
        10,
        ["Đơn đăng ký biến động theo mẫu", LAND_CERT],
        "Giấy chứng nhận đã xác nhận nội dung biến động",
        {"fees": _CHANGE_FEE},
    ),
    (
        "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất cho người nhận thừa kế quyền sử dụng đất",
        10,
        [
            "Đơn đăng ký biến động theo mẫu",
            LAND_CERT,
            "Văn bản khai nhận di sản hoặc văn bản thỏa thuận phân chia di sản đã được công chứng, chứng thực",
        ],
        "Giấy chứng nhận mới",
        {"fees": _CHANGE_FEE},
    ),
    (
        "Cung cấp dữ liệu đất đai",
        3,
        ["Phiếu yêu cầu cung cấp dữ liệu đất đai theo mẫu"],
        "Dữ liệu đất đai được cung cấp",
        {"fees": (fee("Phí khai thác và sử dụng tài liệu đất đai", 150000, "fee"),), "online": 4, "spot": True},
    ),
]

_DD_PROVINCE = table(
    DD,
    PROVINCE,
    L_DD,
    [
        (
            "Giao đất, cho thuê đất không thông qua hình thức đấu giá quyền sử dụng đất đối với dự án phải trình cơ "
            "quan nhà nước có thẩm quyền xét duyệt hoặc phải cấp giấy chứng nhận đầu tư mà người xin giao đất, thuê "
            "đất là tổ chức, cơ sở tôn giáo, người Việt Nam định cư ở nước ngoài, doanh nghiệp có vốn đầu tư nước "
            "ngoài",
            20,
            _ALLOC,
            "Quyết định giao đất, cho thuê đất của UBND tỉnh",
            {"via": "UBND tỉnh"},
        ),
        (
            "Giao đất, cho thuê đất không thông qua hình thức đấu giá quyền sử dụng đất đối với dự án không phải "
            "trình cơ quan nhà nước có thẩm quyền xét duyệt",
            20,
            _ALLOC,
            "Quyết định giao đất, cho thuê đất của UBND tỉnh",
            {"via": "UBND tỉnh"},
        ),
        (
            "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với tổ chức",
            15,
            _ALLOC,
            "Quyết định cho phép chuyển mục đích sử dụng đất của UBND tỉnh",
            {"via": "UBND tỉnh"},
        ),
        (
            "Thu hồi đất do chấm dứt việc sử dụng đất theo pháp luật, tự nguyện trả lại đất đối với trường hợp thu "
            "hồi đất của tổ chức, cơ sở tôn giáo, tổ chức nước ngoài có chức năng ngoại giao",
            20,
            ["Văn bản trả lại đất", LAND_CERT],
            "Quyết định thu hồi đất",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế",
            15,
            ["Đơn xin gia hạn sử dụng đất theo mẫu", LAND_CERT, "Quyết định điều chỉnh dự án đầu tư (nếu có)"],
            "Quyết định gia hạn sử dụng đất",
            {"via": "UBND tỉnh"},
        ),
        (
            "Thẩm định nhu cầu sử dụng đất; thẩm định điều kiện giao đất, thuê đất không thông qua hình thức đấu giá "
            "quyền sử dụng đất, cho phép chuyển mục đích sử dụng đất để thực hiện dự án đầu tư",
            30,
            ["Văn bản đề nghị thẩm định", "Bản sao thuyết minh dự án đầu tư", "Văn bản chứng minh năng lực tài chính"],
            "Văn bản thẩm định nhu cầu sử dụng đất",
            {},
        ),
        (
            "Thẩm định phương án sử dụng đất của công ty nông, lâm nghiệp",
            30,
            [
                "Văn bản đề nghị thẩm định phương án sử dụng đất",
                "Phương án sử dụng đất",
                "Bản đồ hiện trạng sử dụng đất",
            ],
            "Quyết định phê duyệt phương án sử dụng đất",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Bán hoặc góp vốn bằng tài sản gắn liền với đất thuê của Nhà nước theo hình thức thuê đất trả tiền hàng "
            "năm",
            30,
            ["Đơn đăng ký biến động theo mẫu", "Hợp đồng mua bán hoặc góp vốn bằng tài sản", LAND_CERT],
            "Quyết định cho thuê đất và Giấy chứng nhận cho bên mua",
            {"rank": 2},
        ),
        (
            "Chuyển nhượng vốn đầu tư là giá trị quyền sử dụng đất",
            15,
            ["Đơn đăng ký biến động theo mẫu", "Hợp đồng chuyển nhượng vốn đầu tư", LAND_CERT],
            "Giấy chứng nhận đã xác nhận thay đổi",
            {"rank": 2},
        ),
        (
            "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch UBND cấp tỉnh",
            60,
            [
                "Đơn yêu cầu giải quyết tranh chấp đất đai",
                "Biên bản hòa giải tại UBND cấp xã",
                "Các giấy tờ, tài liệu có liên quan",
            ],
            "Quyết định giải quyết tranh chấp đất đai",
            {"via": "UBND tỉnh"},
        ),
    ],
    subjects="Tổ chức",
) + table(DD, PROVINCE, L_DD, _DD_SHARED, subjects="Tổ chức, cơ sở tôn giáo, người Việt Nam định cư ở nước ngoài")

_DD_DISTRICT = table(
    DD,
    DISTRICT,
    L_DD,
    [
        (
            "Giao đất, cho thuê đất cho hộ gia đình, cá nhân; giao đất cho cộng đồng dân cư đối với trường hợp giao "
            "đất, cho thuê đất không thông qua hình thức đấu giá quyền sử dụng đất",
            20,
            ["Đơn xin giao đất, cho thuê đất theo mẫu", "Trích lục bản đồ địa chính hoặc trích đo địa chính thửa đất"],
            "Quyết định giao đất, cho thuê đất của UBND cấp huyện",
            {},
        ),
        (
            "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá "
            "nhân",
            15,
            ["Đơn xin phép chuyển mục đích sử dụng đất theo mẫu", LAND_CERT],
            "Quyết định cho phép chuyển mục đích sử dụng đất",
            {"online": 3},
        ),
        (
            "Thu hồi đất do chấm dứt việc sử dụng đất theo pháp luật, tự nguyện trả lại đất đối với trường hợp thu "
            "hồi đất của hộ gia đình, cá nhân, cộng đồng dân cư",
            20,
            ["Văn bản trả lại đất", LAND_CERT],
            "Quyết định thu hồi đất",
            {"rank": 1},
        ),
        (
            "Thu hồi đất ở trong khu vực bị ô nhiễm môi trường có nguy cơ đe dọa tính mạng con người; đất ở có nguy "
            "cơ sạt lở, sụt lún, bị ảnh hưởng bởi hiện tượng thiên tai khác đe dọa tính mạng con người",
            30,
            ["Văn bản xác định mức độ ô nhiễm hoặc nguy cơ sạt lở của cơ quan có thẩm quyền"],
            "Quyết định thu hồi đất",
            {"rank": 3},
        ),
        (
            "Xác nhận tiếp tục sử dụng đất nông nghiệp của hộ gia đình, cá nhân khi hết hạn sử dụng đất đối với "
            "trường hợp có nhu cầu",
            7,
            ["Đơn đề nghị xác nhận theo mẫu", LAND_CERT],
            "Giấy chứng nhận đã xác nhận thời hạn sử dụng đất",
            {},
        ),
        (
            "Xác định lại diện tích đất ở cho hộ gia đình, cá nhân đã được cấp Giấy chứng nhận trước ngày 01 tháng 7 "
            "năm 2004",
            30,
            ["Đơn đề nghị xác định lại diện tích đất ở", LAND_CERT],
            "Giấy chứng nhận mới",
            {"rank": 2},
        ),
        (
            "Chuyển đổi quyền sử dụng đất nông nghiệp của hộ gia đình, cá nhân để thực hiện “dồn điền đổi thửa”",
            30,
            [
                "Đơn đề nghị cấp đổi Giấy chứng nhận",
                "Phương án chuyển đổi quyền sử dụng đất nông nghiệp đã được UBND cấp xã phê duyệt",
                "Biên bản giao nhận ruộng đất theo phương án dồn điền đổi thửa",
            ],
            "Giấy chứng nhận mới",
            {"rank": 1},
        ),
        (
            "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch UBND cấp huyện",
            45,
            [
                "Đơn yêu cầu giải quyết tranh chấp đất đai",
                "Biên bản hòa giải tại UBND cấp xã",
                "Các giấy tờ, tài liệu có liên quan",
            ],
            "Quyết định giải quyết tranh chấp đất đai",
            {},
        ),
    ],
    subjects="Hộ gia đình, cá nhân, cộng đồng dân cư",
) + table(DD, DISTRICT, L_DD, _DD_SHARED, subjects="Hộ gia đình, cá nhân, cộng đồng dân cư")

_MT_COMMUNE = table(
    MT,
    COMMUNE,
    L_MT,
    [
        (
            "Xác nhận đăng ký kế hoạch bảo vệ môi trường (do UBND cấp xã thực hiện theo ủy quyền)",
            10,
            ["Kế hoạch bảo vệ môi trường", "Phương án sản xuất, kinh doanh"],
            "Giấy xác nhận đăng ký kế hoạch bảo vệ môi trường",
            {"rank": 1},
        ),
        (
            "Tham vấn ý kiến trong quá trình đánh giá tác động môi trường",
            15,
            ["Văn bản đề nghị tham vấn kèm báo cáo đánh giá tác động môi trường"],
            "Văn bản ý kiến của UBND cấp xã",
            {"subjects": "Chủ dự án"},
        ),
    ],
    subjects="Hộ gia đình, cá nhân, chủ dự án",
)

_DD_COMMUNE = table(
    DD,
    COMMUNE,
    L_DD,
    [
        (
            "Hòa giải tranh chấp đất đai",
            45,
            ["Đơn yêu cầu hòa giải tranh chấp đất đai", "Giấy tờ, tài liệu có liên quan đến thửa đất tranh chấp"],
            "Biên bản hòa giải thành hoặc không thành",
            {"unit": "days"},
        ),
        (
            "Xác nhận hiện trạng sử dụng đất, nguồn gốc và thời điểm sử dụng đất để phục vụ đăng ký, cấp Giấy chứng "
            "nhận",
            10,
            ["Đơn đề nghị xác nhận", "Giấy tờ liên quan đến nguồn gốc sử dụng đất (nếu có)"],
            "Văn bản xác nhận của UBND cấp xã",
            {},
        ),
        (
            "Tiếp nhận hồ sơ đăng ký đất đai, tài sản gắn liền với đất và chuyển Chi nhánh Văn phòng Đăng ký đất đai",
            3,
            ["Đơn đăng ký theo mẫu", "Giấy tờ về quyền sử dụng đất (nếu có)"],
            "Phiếu chuyển hồ sơ",
            {"rank": 2},
        ),
    ],
    subjects="Hộ gia đình, cá nhân",
)

_DKBD_ROWS = [
    (
        "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
        1,
        ["Phiếu yêu cầu đăng ký thế chấp theo mẫu", "Hợp đồng thế chấp có công chứng hoặc chứng thực", LAND_CERT],
        "Giấy chứng nhận đã được chứng nhận đăng ký thế chấp",
        {"fees": (fee("Phí đăng ký giao dịch bảo đảm", 80000, "fee"),), "cutoff": "15:00", "spot": True},
    ),
    (
        "Đăng ký thay đổi nội dung thế chấp quyền sử dụng đất, tài sản gắn liền với đất đã đăng ký",
        1,
        ["Phiếu yêu cầu đăng ký thay đổi theo mẫu", "Văn bản sửa đổi, bổ sung hợp đồng thế chấp", LAND_CERT],
        "Giấy chứng nhận đã được chứng nhận nội dung thay đổi",
        {"fees": (fee("Phí đăng ký thay đổi", 60000, "fee"),), "cutoff": "15:00"},
    ),
    (
        "Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
        1,
        [
            "Phiếu yêu cầu xóa đăng ký thế chấp theo mẫu",
            "Văn bản đồng ý xóa đăng ký thế chấp của bên nhận thế chấp",
            LAND_CERT,
        ],
        "Giấy chứng nhận đã được chứng nhận xóa đăng ký thế chấp",
        {"fees": (fee("Phí xóa đăng ký giao dịch bảo đảm", 20000, "fee"),), "cutoff": "15:00", "spot": True},
    ),
    (
        "Sửa chữa sai sót nội dung đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất do lỗi của cơ quan "
        "đăng ký",
        1,
        ["Phiếu yêu cầu sửa chữa sai sót theo mẫu", LAND_CERT],
        "Giấy chứng nhận đã được sửa chữa sai sót",
        {"rank": 2},
    ),
    (
        "Đăng ký văn bản thông báo về việc xử lý tài sản thế chấp",
        1,
        ["Phiếu yêu cầu đăng ký văn bản thông báo theo mẫu", "Văn bản thông báo về việc xử lý tài sản thế chấp"],
        "Văn bản xác nhận đăng ký",
        {"rank": 2},
    ),
    (
        "Đăng ký thế chấp tài sản gắn liền với đất hình thành trong tương lai",
        1,
        ["Phiếu yêu cầu đăng ký thế chấp theo mẫu", "Hợp đồng thế chấp", "Giấy phép xây dựng hoặc giấy tờ về dự án"],
        "Văn bản chứng nhận đăng ký thế chấp",
        {"rank": 1},
    ),
    (
        "Đăng ký thế chấp dự án đầu tư xây dựng nhà ở, nhà ở hình thành trong tương lai",
        1,
        ["Phiếu yêu cầu đăng ký thế chấp theo mẫu", "Hợp đồng thế chấp", "Quyết định phê duyệt dự án"],
        "Văn bản chứng nhận đăng ký thế chấp",
        {"rank": 1},
    ),
    (
        "Chuyển tiếp đăng ký thế chấp quyền tài sản phát sinh từ hợp đồng mua bán nhà ở",
        1,
        ["Phiếu yêu cầu chuyển tiếp đăng ký theo mẫu", "Hợp đồng mua bán nhà ở"],
        "Văn bản chứng nhận chuyển tiếp đăng ký",
        {"rank": 3},
    ),
]
_DKBD = table(DKBD, PROVINCE, L_DKBD, _DKBD_ROWS, subjects="Tổ chức") + table(
    DKBD, DISTRICT, L_DKBD, _DKBD_ROWS[:5], subjects="Hộ gia đình, cá nhân"
)

_MT = table(
    MT,
    PROVINCE,
    L_MT,
    [
        (
            "Thẩm định, phê duyệt báo cáo đánh giá tác động môi trường",
            30,
            [
                "Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường theo mẫu",
                "Báo cáo đánh giá tác động môi trường",
                "Báo cáo nghiên cứu khả thi hoặc tài liệu tương đương của dự án",
            ],
            "Quyết định phê duyệt báo cáo đánh giá tác động môi trường",
            {
                "via": "UBND tỉnh",
                "fees": (
                    fee(
                        "Phí thẩm định báo cáo đánh giá tác động môi trường",
                        5000000,
                        "fee",
                        "Mức phí theo tổng vốn đầu tư",
                    ),
                ),
                "sets": 7,
            },
        ),
        (
            "Lập, thẩm định, phê duyệt phương án cải tạo, phục hồi môi trường hoặc phương án cải tạo, phục hồi môi "
            "trường bổ sung",
            30,
            ["Văn bản đề nghị thẩm định theo mẫu", "Phương án cải tạo, phục hồi môi trường"],
            "Quyết định phê duyệt phương án cải tạo, phục hồi môi trường",
            {"via": "UBND tỉnh"},
        ),
        (
            "Kiểm tra, xác nhận việc thực hiện các công trình bảo vệ môi trường phục vụ giai đoạn vận hành của dự án",
            15,
            [
                "Văn bản đề nghị kiểm tra, xác nhận theo mẫu",
                "Báo cáo kết quả thực hiện các công trình bảo vệ môi trường",
            ],
            "Giấy xác nhận hoàn thành công trình bảo vệ môi trường",
            {},
        ),
        (
            "Xác nhận kế hoạch bảo vệ môi trường thuộc thẩm quyền của Sở Tài nguyên và Môi trường",
            10,
            [
                "Văn bản đề nghị xác nhận kế hoạch bảo vệ môi trường",
                "Kế hoạch bảo vệ môi trường",
                "Báo cáo đề xuất đầu tư hoặc phương án sản xuất, kinh doanh",
            ],
            "Giấy xác nhận đăng ký kế hoạch bảo vệ môi trường",
            {"online": 3},
        ),
        (
            "Thẩm định, phê duyệt đề án bảo vệ môi trường chi tiết",
            30,
            ["Văn bản đề nghị thẩm định đề án theo mẫu", "Đề án bảo vệ môi trường chi tiết"],
            "Quyết định phê duyệt đề án bảo vệ môi trường chi tiết",
            {"rank": 1},
        ),
        (
            "Cấp sổ đăng ký chủ nguồn thải chất thải nguy hại",
            15,
            ["Đơn đăng ký chủ nguồn thải chất thải nguy hại theo mẫu", "Bản sao giấy tờ về đăng ký kinh doanh"],
            "Sổ đăng ký chủ nguồn thải chất thải nguy hại",
            {"online": 3},
        ),
        (
            "Cấp lại sổ đăng ký chủ nguồn thải chất thải nguy hại",
            10,
            ["Đơn đăng ký cấp lại theo mẫu", "Sổ đăng ký chủ nguồn thải đã cấp"],
            "Sổ đăng ký chủ nguồn thải chất thải nguy hại",
            {"rank": 1},
        ),
        (
            "Chấp thuận điều chỉnh quy mô, công suất, thiết bị, công nghệ so với báo cáo đánh giá tác động môi trường "
            "đã được phê duyệt",
            20,
            ["Văn bản đề nghị chấp thuận", "Thuyết minh nội dung điều chỉnh và đánh giá tác động môi trường"],
            "Văn bản chấp thuận",
            {"rank": 1},
        ),
        (
            "Xác nhận hoàn thành từng phần phương án cải tạo, phục hồi môi trường",
            20,
            ["Văn bản đề nghị xác nhận theo mẫu", "Báo cáo kết quả thực hiện phương án cải tạo, phục hồi môi trường"],
            "Giấy xác nhận hoàn thành từng phần",
            {"rank": 2},
        ),
        (
            "Thẩm định, phê duyệt báo cáo đánh giá tác động môi trường điều chỉnh",
            20,
            ["Văn bản đề nghị thẩm định", "Báo cáo đánh giá tác động môi trường điều chỉnh"],
            "Quyết định phê duyệt báo cáo đánh giá tác động môi trường điều chỉnh",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Chấp thuận tách đấu nối khỏi hệ thống xử lý nước thải tập trung khu kinh tế, khu công nghiệp",
            20,
            ["Văn bản đề nghị tách đấu nối", "Báo cáo hiện trạng hệ thống xử lý nước thải của cơ sở"],
            "Văn bản chấp thuận tách đấu nối",
            {"rank": 3},
        ),
        (
            "Cấp giấy xác nhận đủ điều kiện về bảo vệ môi trường trong nhập khẩu phế liệu làm nguyên liệu sản xuất",
            30,
            ["Văn bản đề nghị cấp giấy xác nhận", "Báo cáo điều kiện về bảo vệ môi trường trong nhập khẩu phế liệu"],
            "Giấy xác nhận đủ điều kiện về bảo vệ môi trường",
            {"rank": 3},
        ),
    ],
    subjects="Chủ dự án, cơ sở sản xuất, kinh doanh",
)
_MT_DISTRICT = table(
    MT,
    DISTRICT,
    L_MT,
    [
        (
            "Xác nhận đăng ký kế hoạch bảo vệ môi trường thuộc thẩm quyền của UBND cấp huyện",
            10,
            ["Kế hoạch bảo vệ môi trường", "Báo cáo đề xuất đầu tư hoặc phương án sản xuất, kinh doanh"],
            "Giấy xác nhận đăng ký kế hoạch bảo vệ môi trường",
            {},
        ),
        (
            "Xác nhận đề án bảo vệ môi trường đơn giản",
            10,
            ["Văn bản đề nghị xác nhận theo mẫu", "Đề án bảo vệ môi trường đơn giản"],
            "Giấy xác nhận đề án bảo vệ môi trường đơn giản",
            {"rank": 1},
        ),
    ],
    subjects="Chủ dự án, cơ sở sản xuất, kinh doanh, hộ gia đình",
)

_WATER = [
    ("thăm dò nước dưới đất đối với công trình có lưu lượng dưới 3.000 m3/ngày đêm", {}),
    ("khai thác, sử dụng nước dưới đất đối với công trình có lưu lượng dưới 3.000 m3/ngày đêm", {}),
    (
        "khai thác, sử dụng nước mặt cho sản xuất nông nghiệp, nuôi trồng thủy sản với lưu lượng dưới 2 m3/giây; phát "
        "điện với công suất lắp máy dưới 2.000 kW; cho các mục đích khác với lưu lượng dưới 50.000 m3/ngày đêm",
        {},
    ),
    (
        "xả nước thải vào nguồn nước với lưu lượng dưới 30.000 m3/ngày đêm đối với hoạt động nuôi trồng thủy sản; với "
        "lưu lượng dưới 3.000 m3/ngày đêm đối với các hoạt động khác",
        {},
    ),
]
_TNN = family(
    TNN,
    PROVINCE,
    "{a} {o}",
    _WATER,
    [
        act(
            "Cấp giấy phép",
            30,
            [
                "Đơn đề nghị cấp giấy phép theo mẫu",
                "Đề án hoặc báo cáo về hoạt động tài nguyên nước",
                "Kết quả phân tích chất lượng nguồn nước",
            ],
            fees=(fee("Phí thẩm định đề án, báo cáo khai thác, sử dụng tài nguyên nước", 2200000, "fee"),),
        ),
        act(
            "Gia hạn, điều chỉnh nội dung giấy phép",
            25,
            [
                "Đơn đề nghị gia hạn, điều chỉnh theo mẫu",
                "Báo cáo hiện trạng khai thác, sử dụng nước",
                "Bản sao giấy phép đã được cấp",
            ],
            rank=1,
            fees=(fee("Phí thẩm định gia hạn, điều chỉnh giấy phép", 1100000, "fee"),),
        ),
        act("Cấp lại giấy phép", 10, ["Đơn đề nghị cấp lại giấy phép theo mẫu", LOST_REPORT], rank=2),
    ],
    result="Giấy phép tài nguyên nước",
    basis=L_TNN,
    subjects="Tổ chức, cá nhân",
    via="UBND tỉnh",
) + table(
    TNN,
    PROVINCE,
    L_TNN,
    [
        (
            "Cấp giấy phép hành nghề khoan nước dưới đất quy mô vừa và nhỏ",
            10,
            [
                "Đơn đề nghị cấp giấy phép hành nghề khoan theo mẫu",
                "Bản sao văn bằng của người chịu trách nhiệm kỹ thuật",
                "Bản khai năng lực chuyên môn kỹ thuật",
            ],
            "Giấy phép hành nghề khoan nước dưới đất",
            {},
        ),
        (
            "Gia hạn, điều chỉnh nội dung giấy phép hành nghề khoan nước dưới đất",
            10,
            ["Đơn đề nghị gia hạn, điều chỉnh theo mẫu", "Bản sao giấy phép đã được cấp"],
            "Giấy phép hành nghề khoan nước dưới đất",
            {"rank": 2},
        ),
        (
            "Chuyển nhượng quyền khai thác tài nguyên nước",
            30,
            ["Đơn đề nghị chuyển nhượng theo mẫu", "Hợp đồng chuyển nhượng quyền khai thác"],
            "Giấy phép khai thác tài nguyên nước mới",
            {"via": "UBND tỉnh", "rank": 3},
        ),
        (
            "Tính tiền cấp quyền khai thác tài nguyên nước đối với công trình đã vận hành",
            30,
            ["Bản kê khai tính tiền cấp quyền khai thác tài nguyên nước theo mẫu"],
            "Quyết định phê duyệt tiền cấp quyền khai thác",
            {"via": "UBND tỉnh"},
        ),
        (
            "Điều chỉnh tiền cấp quyền khai thác tài nguyên nước",
            30,
            ["Văn bản đề nghị điều chỉnh", "Bản kê khai điều chỉnh tiền cấp quyền khai thác"],
            "Quyết định điều chỉnh tiền cấp quyền khai thác",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Lấy ý kiến UBND cấp tỉnh đối với các dự án đầu tư có chuyển nước từ nguồn nước nội tỉnh",
            30,
            ["Văn bản đề nghị lấy ý kiến", "Hồ sơ dự án đầu tư"],
            "Văn bản ý kiến của UBND tỉnh",
            {"via": "UBND tỉnh", "rank": 3},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_KS_LICENCE = [
    "Bản đồ khu vực khai thác khoáng sản",
    "Báo cáo kết quả thăm dò đã được phê duyệt trữ lượng",
    "Dự án đầu tư khai thác khoáng sản kèm quyết định phê duyệt",
    "Báo cáo đánh giá tác động môi trường đã được phê duyệt",
]
_KS = table(
    KS,
    PROVINCE,
    L_KS,
    [
        (
            "Cấp Giấy phép thăm dò khoáng sản",
            90,
            [
                "Đơn đề nghị cấp giấy phép thăm dò khoáng sản theo mẫu",
                "Bản đồ khu vực thăm dò khoáng sản",
                "Đề án thăm dò khoáng sản",
                "Văn bản xác nhận trúng đấu giá (trường hợp đấu giá)",
            ],
            "Giấy phép thăm dò khoáng sản",
            {"fees": (fee("Lệ phí cấp giấy phép thăm dò khoáng sản", 4000000),), "unit": "days"},
        ),
        (
            "Gia hạn Giấy phép thăm dò khoáng sản",
            45,
            ["Đơn đề nghị gia hạn theo mẫu", "Báo cáo kết quả thăm dò khoáng sản đã thực hiện"],
            "Giấy phép thăm dò khoáng sản (gia hạn)",
            {"unit": "days"},
        ),
        (
            "Chuyển nhượng quyền thăm dò khoáng sản",
            45,
            ["Đơn đề nghị chuyển nhượng theo mẫu", "Hợp đồng chuyển nhượng quyền thăm dò khoáng sản"],
            "Giấy phép thăm dò khoáng sản cho tổ chức nhận chuyển nhượng",
            {"unit": "days", "rank": 2},
        ),
        (
            "Trả lại Giấy phép thăm dò khoáng sản hoặc trả lại một phần diện tích khu vực thăm dò khoáng sản",
            45,
            ["Đơn đề nghị trả lại theo mẫu", "Báo cáo kết quả thăm dò khoáng sản"],
            "Quyết định cho phép trả lại",
            {"unit": "days", "rank": 2},
        ),
        (
            "Phê duyệt trữ lượng khoáng sản",
            180,
            [
                "Văn bản đề nghị phê duyệt trữ lượng",
                "Báo cáo kết quả thăm dò khoáng sản",
                "Phụ lục, bản vẽ và tài liệu nguyên thủy có liên quan",
            ],
            "Quyết định phê duyệt trữ lượng khoáng sản",
            {"unit": "days", "fees": (fee("Phí thẩm định đánh giá trữ lượng khoáng sản", 10000000, "fee"),)},
        ),
        (
            "Cấp Giấy phép khai thác khoáng sản",
            90,
            ["Đơn đề nghị cấp giấy phép khai thác khoáng sản theo mẫu", *_KS_LICENCE],
            "Giấy phép khai thác khoáng sản",
            {"unit": "days", "fees": (fee("Lệ phí cấp giấy phép khai thác khoáng sản", 15000000),)},
        ),
        (
            "Cấp Giấy phép khai thác khoáng sản ở khu vực có dự án đầu tư xây dựng công trình",
            90,
            ["Đơn đề nghị cấp giấy phép theo mẫu", *_KS_LICENCE],
            "Giấy phép khai thác khoáng sản",
            {"unit": "days", "rank": 1},
        ),
        (
            "Gia hạn Giấy phép khai thác khoáng sản",
            45,
            ["Đơn đề nghị gia hạn theo mẫu", "Bản đồ hiện trạng khai thác mỏ", "Báo cáo kết quả hoạt động khai thác"],
            "Giấy phép khai thác khoáng sản (gia hạn)",
            {"unit": "days"},
        ),
        (
            "Chuyển nhượng quyền khai thác khoáng sản",
            45,
            ["Đơn đề nghị chuyển nhượng theo mẫu", "Hợp đồng chuyển nhượng quyền khai thác khoáng sản"],
            "Giấy phép khai thác khoáng sản cho tổ chức nhận chuyển nhượng",
            {"unit": "days", "rank": 1},
        ),
        (
            "Trả lại Giấy phép khai thác khoáng sản, trả lại một phần diện tích khu vực khai thác khoáng sản",
            45,
            ["Đơn đề nghị trả lại theo mẫu", "Bản đồ hiện trạng khu vực khai thác", "Báo cáo kết quả khai thác"],
            "Quyết định cho phép trả lại",
            {"unit": "days", "rank": 2},
        ),
        (
            "Điều chỉnh Giấy phép khai thác khoáng sản",
            45,
            ["Đơn đề nghị điều chỉnh theo mẫu", "Dự án đầu tư khai thác khoáng sản điều chỉnh"],
            "Giấy phép khai thác khoáng sản (điều chỉnh)",
            {"unit": "days", "rank": 1},
        ),
        (
            "Cấp Giấy phép khai thác tận thu khoáng sản",
            30,
            [
                "Đơn đề nghị cấp giấy phép khai thác tận thu theo mẫu",
                "Bản đồ khu vực khai thác tận thu",
                "Dự án đầu tư khai thác tận thu",
            ],
            "Giấy phép khai thác tận thu khoáng sản",
            {"unit": "days", "rank": 1},
        ),
        (
            "Gia hạn Giấy phép khai thác tận thu khoáng sản",
            30,
            ["Đơn đề nghị gia hạn theo mẫu", "Báo cáo kết quả khai thác tận thu"],
            "Giấy phép khai thác tận thu (gia hạn)",
            {"unit": "days", "rank": 3},
        ),
        (
            "Chuyển nhượng quyền khai thác tận thu khoáng sản",
            30,
            ["Đơn đề nghị chuyển nhượng theo mẫu", "Hợp đồng chuyển nhượng"],
            "Giấy phép khai thác tận thu khoáng sản",
            {"unit": "days", "rank": 3},
        ),
        (
            "Trả lại Giấy phép khai thác tận thu khoáng sản",
            30,
            ["Đơn đề nghị trả lại theo mẫu", "Bản đồ hiện trạng"],
            "Quyết định cho phép trả lại",
            {"unit": "days", "rank": 3},
        ),
        (
            "Phê duyệt đề án đóng cửa mỏ khoáng sản",
            45,
            ["Đơn đề nghị phê duyệt đề án", "Đề án đóng cửa mỏ"],
            "Quyết định phê duyệt đề án đóng cửa mỏ",
            {"unit": "days", "rank": 1},
        ),
        (
            "Đóng cửa mỏ khoáng sản",
            60,
            [
                "Đơn đề nghị đóng cửa mỏ theo mẫu",
                "Đề án đóng cửa mỏ khoáng sản",
                "Bản đồ hiện trạng khu vực đóng cửa mỏ",
            ],
            "Quyết định đóng cửa mỏ khoáng sản",
            {"unit": "days"},
        ),
        (
            "Tính tiền cấp quyền khai thác khoáng sản",
            30,
            ["Bản kê khai tính tiền cấp quyền khai thác khoáng sản", "Bản sao giấy phép khai thác khoáng sản"],
            "Quyết định phê duyệt tiền cấp quyền khai thác khoáng sản",
            {"unit": "days"},
        ),
        (
            "Đăng ký khai thác khoáng sản làm vật liệu xây dựng thông thường trong diện tích đất của dự án đầu tư xây "
            "dựng công trình",
            15,
            ["Bản đăng ký khai thác khoáng sản theo mẫu", "Bản sao quyết định phê duyệt dự án"],
            "Văn bản xác nhận đăng ký khai thác",
            {},
        ),
        (
            "Đấu giá quyền khai thác khoáng sản ở khu vực chưa thăm dò khoáng sản",
            30,
            [
                "Đơn đề nghị tham gia phiên đấu giá theo mẫu",
                "Bản sao giấy chứng nhận đăng ký doanh nghiệp",
                "Văn bản chứng minh năng lực tài chính",
            ],
            "Quyết định công nhận kết quả trúng đấu giá",
            {"rank": 1},
        ),
    ],
    subjects="Tổ chức, cá nhân hoạt động khoáng sản",
    via="UBND tỉnh",
)

_DDBD = table(
    DDBD,
    PROVINCE,
    L_DDBD,
    [
        (
            "Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ",
            3,
            ["Phiếu yêu cầu cung cấp thông tin, dữ liệu theo mẫu", ID_COPY],
            "Thông tin, dữ liệu, sản phẩm đo đạc và bản đồ",
            {"fees": (fee("Phí khai thác và sử dụng tài liệu đo đạc và bản đồ", 100000, "fee"),), "online": 3},
        ),
        (
            "Cấp chứng chỉ hành nghề đo đạc và bản đồ hạng II",
            20,
            [
                "Đơn đề nghị cấp chứng chỉ hành nghề theo mẫu",
                "Bản sao văn bằng chuyên môn",
                "Bản khai kinh nghiệm nghề nghiệp",
            ],
            "Chứng chỉ hành nghề đo đạc và bản đồ",
            {"rank": 2},
        ),
        (
            "Thẩm định hồ sơ đề nghị cấp giấy phép hoạt động đo đạc và bản đồ",
            10,
            ["Đơn đề nghị cấp giấy phép hoạt động đo đạc và bản đồ", "Bản kê khai năng lực nhân sự, thiết bị"],
            "Văn bản thẩm định gửi Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_KTTV = table(
    KTTV,
    PROVINCE,
    L_KTTV,
    [
        (
            "Cung cấp thông tin, dữ liệu khí tượng thủy văn",
            5,
            ["Phiếu yêu cầu cung cấp thông tin, dữ liệu khí tượng thủy văn"],
            "Thông tin, dữ liệu khí tượng thủy văn",
            {"online": 3},
        ),
        (
            "Cấp giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn đối với tổ chức, cá nhân thuộc thẩm quyền "
            "của UBND cấp tỉnh",
            15,
            [
                "Đơn đề nghị cấp giấy phép theo mẫu",
                "Bản sao văn bằng của người trực tiếp dự báo",
                "Bản thuyết minh quy trình kỹ thuật dự báo",
            ],
            "Giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn",
            {"via": "UBND tỉnh", "rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

TEMPLATES = (
    _DD_PROVINCE + _DD_DISTRICT + _DD_COMMUNE + _MT_COMMUNE + _DKBD + _MT + _MT_DISTRICT + _TNN + _KS + _DDBD + _KTTV
)

# Added to fill the 2018 catalogue.
L_DDSH = (
    "Luật Đa dạng sinh học số 20/2008/QH12",
    "Nghị định số 65/2010/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đa dạng sinh học",
    "Nghị định số 160/2013/NĐ-CP về tiêu chí xác định loài và chế độ quản lý loài thuộc Danh mục loài nguy cấp, quý, "
    "hiếm được ưu tiên bảo vệ",
)
TEMPLATES += (
    table(
        MT,
        PROVINCE,
        L_MT,
        [
            (
                "Thẩm định, phê duyệt phương án cải tạo, phục hồi môi trường bổ sung",
                30,
                [
                    "Văn bản đề nghị thẩm định, phê duyệt phương án bổ sung",
                    "Phương án cải tạo, phục hồi môi trường bổ sung",
                    ("Bản sao quyết định phê duyệt phương án đã được phê duyệt trước đó", "c"),
                ],
                "Quyết định phê duyệt phương án cải tạo, phục hồi môi trường bổ sung",
                {"rank": 1, "subjects": "Tổ chức, cá nhân khai thác khoáng sản"},
            ),
        ],
    )
    + table(
        MT,
        PROVINCE,
        L_DDSH,
        [
            (
                "Cấp Giấy chứng nhận cơ sở bảo tồn đa dạng sinh học",
                45,
                [
                    "Đơn đăng ký cấp Giấy chứng nhận cơ sở bảo tồn đa dạng sinh học theo mẫu",
                    "Báo cáo hiện trạng cơ sở bảo tồn đa dạng sinh học",
                    ("Bản sao quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp", "c"),
                ],
                "Giấy chứng nhận cơ sở bảo tồn đa dạng sinh học",
                {"rank": 2, "via": "UBND tỉnh"},
            ),
            (
                "Cấp giấy chứng nhận đăng ký nuôi, trồng loài thuộc Danh mục loài nguy cấp, quý, hiếm được ưu tiên "
                "bảo vệ",
                15,
                [
                    "Đơn đăng ký nuôi, trồng loài nguy cấp, quý, hiếm theo mẫu",
                    "Giấy tờ chứng minh nguồn gốc hợp pháp của mẫu vật",
                    "Phương án nuôi, trồng và điều kiện cơ sở vật chất",
                ],
                "Giấy chứng nhận đăng ký nuôi, trồng",
                {"rank": 2},
            ),
        ],
    )
    + table(
        DD,
        PROVINCE,
        L_DD,
        [
            (
                "Điều chỉnh quyết định thu hồi đất, giao đất, cho thuê đất của Thủ tướng Chính phủ đã ban hành trước "
                "ngày 01 tháng 7 năm 2004",
                20,
                [
                    "Văn bản đề nghị điều chỉnh quyết định",
                    ("Bản sao quyết định thu hồi đất, giao đất, cho thuê đất đã ban hành", "c"),
                    "Trích lục bản đồ địa chính thửa đất hoặc trích đo địa chính thửa đất",
                ],
                "Quyết định điều chỉnh",
                {"rank": 3, "via": "UBND tỉnh", "subjects": "Tổ chức sử dụng đất"},
            ),
        ],
    )
    + table(
        TNN,
        PROVINCE,
        L_TNN,
        [
            (
                "Cung cấp thông tin, dữ liệu tài nguyên nước",
                5,
                ["Phiếu yêu cầu cung cấp thông tin, dữ liệu theo mẫu"],
                "Thông tin, dữ liệu tài nguyên nước",
                {"rank": 2},
            ),
        ],
    )
    + table(
        TNN,
        DISTRICT,
        L_TNN,
        [
            (
                "Đăng ký khai thác nước dưới đất",
                10,
                ["Tờ khai đăng ký khai thác nước dưới đất theo mẫu"],
                "Tờ khai đăng ký đã được xác nhận",
                {"rank": 1, "subjects": "Tổ chức, cá nhân khai thác nước dưới đất"},
            ),
        ],
    )
    + table(
        KTTV,
        PROVINCE,
        L_KTTV,
        [
            (
                "Sửa đổi, bổ sung giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn",
                15,
                [
                    "Đơn đề nghị sửa đổi, bổ sung giấy phép theo mẫu",
                    "Tài liệu chứng minh nội dung đề nghị sửa đổi, bổ sung",
                ],
                "Giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn (sửa đổi, bổ sung)",
                {"rank": 2},
            ),
        ],
    )
)
