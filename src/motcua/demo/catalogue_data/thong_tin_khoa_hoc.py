"""Information and communications (Sở Thông tin và Truyền thông) and science and technology (Sở Khoa
học và Công nghệ)."""

from __future__ import annotations

from .base import (
    BUSINESS_REG,
    DISTRICT,
    LOST_REPORT,
    OLD_LICENCE,
    PHOTOS,
    PROVINCE,
    Sector,
    act,
    family,
    fee,
    licence_actions,
    table,
)

TTTT = "H15.10"
KHCN = "H15.13"
BCXB = "Phòng Thông tin - Báo chí - Xuất bản"

BC = Sector("TT-BC", "Báo chí", TTTT, BCXB)
XB = Sector("TT-XB", "Xuất bản, in và phát hành", TTTT, BCXB, "Phòng Văn hóa và Thông tin")
PTTH = Sector("TT-PTTH", "Phát thanh, truyền hình và thông tin điện tử", TTTT, BCXB, "Phòng Văn hóa và Thông tin")
BCVT = Sector("TT-BCVT", "Bưu chính", TTTT, "Phòng Bưu chính, Viễn thông và Công nghệ thông tin")
VT = Sector("TT-VT", "Viễn thông và Internet", TTTT, "Phòng Bưu chính, Viễn thông và Công nghệ thông tin")

HD = Sector("KH-HDKHCN", "Hoạt động khoa học và công nghệ", KHCN, "Phòng Quản lý khoa học")
TDC = Sector("KH-TDC", "Tiêu chuẩn, đo lường, chất lượng", KHCN, "Chi cục Tiêu chuẩn Đo lường Chất lượng")
ATBX = Sector("KH-ATBX", "An toàn bức xạ và hạt nhân", KHCN, "Phòng Quản lý công nghệ và Chuyên ngành")
SHTT = Sector("KH-SHTT", "Sở hữu trí tuệ", KHCN, "Phòng Quản lý công nghệ và Chuyên ngành")
CGCN = Sector("KH-CGCN", "Chuyển giao công nghệ", KHCN, "Phòng Quản lý công nghệ và Chuyên ngành")

SECTORS = [BC, XB, PTTH, BCVT, VT, HD, TDC, ATBX, SHTT, CGCN]

L_BC = (
    "Luật Báo chí số 103/2016/QH13",
    "Thông tư số 48/2016/TT-BTTTT quy định chi tiết thi hành một số điều của Luật Báo chí",
)
L_XB = (
    "Luật Xuất bản số 19/2012/QH13",
    "Nghị định số 195/2013/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Xuất bản",
    "Nghị định số 60/2014/NĐ-CP quy định về hoạt động in",
    "Nghị định số 25/2018/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 60/2014/NĐ-CP",
)
L_PTTH = (
    "Nghị định số 72/2013/NĐ-CP về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng",
    "Nghị định số 27/2018/NĐ-CP sửa đổi, bổ sung Nghị định số 72/2013/NĐ-CP",
    "Nghị định số 06/2016/NĐ-CP về quản lý, cung cấp và sử dụng dịch vụ phát thanh, truyền hình",
)
L_BCVT = (
    "Luật Bưu chính số 49/2010/QH12",
    "Nghị định số 47/2011/NĐ-CP quy định chi tiết thi hành một số nội dung của Luật Bưu chính",
    "Thông tư số 291/2016/TT-BTC quy định phí thẩm định điều kiện hoạt động bưu chính",
)
L_HD = (
    "Luật Khoa học và Công nghệ số 29/2013/QH13",
    "Nghị định số 08/2014/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ",
    "Thông tư số 03/2014/TT-BKHCN hướng dẫn điều kiện thành lập và đăng ký hoạt động của tổ chức khoa học và công nghệ",
)
L_DNKH = (
    "Luật Khoa học và Công nghệ số 29/2013/QH13",
    "Nghị định số 13/2019/NĐ-CP về doanh nghiệp khoa học và công nghệ",
)
L_DNKH_OLD = ("Nghị định số 80/2007/NĐ-CP về doanh nghiệp khoa học và công nghệ",)
L_TDC = (
    "Luật Tiêu chuẩn và Quy chuẩn kỹ thuật số 68/2006/QH11",
    "Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12",
    "Luật Đo lường số 04/2011/QH13",
    "Nghị định số 74/2018/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 132/2008/NĐ-CP",
    "Thông tư số 28/2012/TT-BKHCN quy định về công bố hợp chuẩn, công bố hợp quy",
)
L_ATBX = (
    "Luật Năng lượng nguyên tử số 18/2008/QH12",
    "Nghị định số 07/2010/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Năng lượng nguyên tử",
    "Thông tư số 08/2010/TT-BKHCN hướng dẫn việc khai báo, cấp giấy phép tiến hành công việc bức xạ và cấp chứng chỉ "
    "nhân viên bức xạ",
    "Thông tư số 287/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định an toàn bức xạ",
)
L_SHTT = (
    "Luật Sở hữu trí tuệ số 50/2005/QH11, được sửa đổi, bổ sung năm 2009",
    "Nghị định số 103/2006/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Sở hữu trí tuệ về "
    "sở hữu công nghiệp",
)
L_CGCN = (
    "Luật Chuyển giao công nghệ số 07/2017/QH14",
    "Nghị định số 76/2018/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Chuyển giao công nghệ",
)

_BC = table(
    BC,
    PROVINCE,
    L_BC,
    [
        (
            "Cho phép họp báo (trong nước)",
            1,
            ["Văn bản thông báo họp báo theo mẫu", "Nội dung thông cáo báo chí"],
            "Văn bản cho phép họp báo",
            {"spot": True},
        ),
        (
            "Cho phép họp báo (nước ngoài)",
            1,
            ["Văn bản thông báo họp báo theo mẫu", "Nội dung thông cáo báo chí"],
            "Văn bản cho phép họp báo",
            {"rank": 1},
        ),
        (
            "Cấp giấy phép xuất bản bản tin (trong nước)",
            10,
            [
                "Tờ khai đề nghị cấp giấy phép xuất bản bản tin theo mẫu",
                "Sơ yếu lý lịch người chịu trách nhiệm xuất bản",
                "Mẫu trình bày tên gọi bản tin",
            ],
            "Giấy phép xuất bản bản tin",
            {},
        ),
        (
            "Cấp giấy phép xuất bản bản tin (cơ quan, tổ chức nước ngoài)",
            10,
            ["Tờ khai đề nghị cấp giấy phép xuất bản bản tin theo mẫu", "Bản sao giấy phép hoạt động tại Việt Nam"],
            "Giấy phép xuất bản bản tin",
            {"rank": 2},
        ),
        (
            "Văn bản chấp thuận thay đổi nội dung ghi trong giấy phép xuất bản bản tin",
            7,
            ["Văn bản đề nghị thay đổi nội dung", OLD_LICENCE],
            "Văn bản chấp thuận",
            {"rank": 1},
        ),
        (
            "Trưng bày tranh, ảnh và các hình thức thông tin khác bên ngoài trụ sở cơ quan đại diện nước ngoài, tổ "
            "chức nước ngoài",
            10,
            ["Văn bản đề nghị trưng bày", "Nội dung tranh, ảnh dự kiến trưng bày"],
            "Văn bản chấp thuận",
            {"rank": 3},
        ),
    ],
    subjects="Cơ quan, tổ chức",
)

_XB = table(
    XB,
    PROVINCE,
    L_XB,
    [
        (
            "Cấp giấy phép xuất bản tài liệu không kinh doanh",
            10,
            ["Đơn đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh theo mẫu", "Bản thảo tài liệu"],
            "Giấy phép xuất bản tài liệu không kinh doanh",
            {"online": 3},
        ),
        (
            "Cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh",
            1,
            ["Đơn đề nghị cấp giấy phép nhập khẩu theo mẫu", "Danh mục xuất bản phẩm nhập khẩu"],
            "Giấy phép nhập khẩu xuất bản phẩm",
            {"spot": True},
        ),
        (
            "Cấp giấy phép hoạt động in",
            7,
            [
                "Đơn đề nghị cấp giấy phép hoạt động in theo mẫu",
                BUSINESS_REG,
                "Bản sao giấy tờ chứng minh quyền sở hữu thiết bị in",
                "Sơ yếu lý lịch của người đứng đầu cơ sở in",
            ],
            "Giấy phép hoạt động in",
            {},
        ),
        (
            "Cấp lại giấy phép hoạt động in",
            7,
            ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy phép hoạt động in",
            {"rank": 1},
        ),
        (
            "Cấp đổi giấy phép hoạt động in",
            7,
            ["Đơn đề nghị cấp đổi theo mẫu", OLD_LICENCE],
            "Giấy phép hoạt động in",
            {"rank": 2},
        ),
        (
            "Đăng ký hoạt động cơ sở in",
            5,
            ["Tờ khai đăng ký hoạt động cơ sở in theo mẫu", BUSINESS_REG],
            "Văn bản xác nhận đăng ký hoạt động cơ sở in",
            {},
        ),
        (
            "Thay đổi thông tin đăng ký hoạt động cơ sở in",
            5,
            ["Tờ khai thay đổi thông tin theo mẫu"],
            "Văn bản xác nhận thay đổi thông tin",
            {"rank": 1},
        ),
        (
            "Cấp giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm",
            10,
            ["Đơn đề nghị cấp giấy xác nhận theo mẫu", BUSINESS_REG],
            "Giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm",
            {},
        ),
        (
            "Cấp lại giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm",
            5,
            ["Đơn đề nghị cấp lại theo mẫu"],
            "Giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm",
            {"rank": 2},
        ),
        (
            "Cấp giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm",
            10,
            ["Đơn đề nghị cấp giấy phép theo mẫu", "Danh mục xuất bản phẩm triển lãm"],
            "Giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm",
            {},
        ),
        (
            "Đăng ký sử dụng máy photocopy màu, máy in có chức năng photocopy màu",
            3,
            ["Tờ khai đăng ký sử dụng máy photocopy màu theo mẫu", "Bản sao chứng từ nhập khẩu hoặc mua máy"],
            "Giấy xác nhận đăng ký sử dụng máy photocopy màu",
            {"spot": True},
        ),
        (
            "Chuyển nhượng máy photocopy màu, máy in có chức năng photocopy màu",
            3,
            ["Văn bản thông báo chuyển nhượng theo mẫu"],
            "Văn bản xác nhận chuyển nhượng",
            {"rank": 2},
        ),
        (
            "Khai báo hoạt động cơ sở dịch vụ photocopy",
            3,
            ["Tờ khai hoạt động cơ sở dịch vụ photocopy theo mẫu"],
            "Văn bản xác nhận khai báo",
            {"rank": 1},
        ),
        (
            "Thay đổi thông tin khai báo hoạt động cơ sở dịch vụ photocopy",
            3,
            ["Tờ khai thay đổi thông tin theo mẫu"],
            "Văn bản xác nhận thay đổi",
            {"rank": 3},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_PTTH = family(
    PTTH,
    PROVINCE,
    "{a} giấy phép thiết lập trang thông tin điện tử tổng hợp",
    [""],
    licence_actions(
        15,
        [
            "Đơn đề nghị cấp giấy phép thiết lập trang thông tin điện tử tổng hợp theo mẫu",
            BUSINESS_REG,
            "Đề án hoạt động có chữ ký, dấu của người đứng đầu tổ chức",
            "Văn bản chấp thuận của các tổ chức cung cấp nguồn tin",
        ],
        "Giấy phép thiết lập trang thông tin điện tử tổng hợp",
        renew=7,
        adjust=10,
        extend=7,
        verbs=("Cấp", "Cấp lại", "Sửa đổi, bổ sung", "Gia hạn"),
    ),
    basis=L_PTTH,
    subjects="Tổ chức, doanh nghiệp",
) + table(
    PTTH,
    PROVINCE,
    L_PTTH,
    [
        (
            "Đăng ký thu tín hiệu truyền hình nước ngoài trực tiếp từ vệ tinh",
            7,
            ["Tờ khai đăng ký thu tín hiệu truyền hình nước ngoài theo mẫu", "Danh mục kênh truyền hình đăng ký thu"],
            "Giấy chứng nhận đăng ký thu tín hiệu truyền hình nước ngoài",
            {"rank": 1},
        ),
        (
            "Sửa đổi, bổ sung giấy chứng nhận đăng ký thu tín hiệu truyền hình nước ngoài trực tiếp từ vệ tinh",
            5,
            ["Tờ khai đề nghị sửa đổi, bổ sung theo mẫu", OLD_LICENCE],
            "Giấy chứng nhận đăng ký",
            {"rank": 3},
        ),
    ],
    subjects="Tổ chức",
)
_PTTH_DISTRICT = family(
    PTTH,
    DISTRICT,
    "{a} giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng",
    [""],
    licence_actions(
        7,
        [
            "Đơn đề nghị cấp giấy chứng nhận theo mẫu",
            BUSINESS_REG,
            "Bản sao giấy tờ chứng minh quyền sử dụng địa điểm",
            "Bản cam kết bảo đảm điều kiện phòng cháy, chữa cháy",
        ],
        "Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng",
        renew=5,
        adjust=5,
        extend=5,
        verbs=("Cấp", "Cấp lại", "Sửa đổi, bổ sung", "Gia hạn"),
    ),
    basis=L_PTTH,
    subjects="Tổ chức, cá nhân kinh doanh điểm trò chơi điện tử",
)

_BCVT = family(
    BCVT,
    PROVINCE,
    "{a} giấy phép bưu chính (phạm vi nội tỉnh)",
    [""],
    licence_actions(
        15,
        [
            "Đơn đề nghị cấp giấy phép bưu chính theo mẫu",
            BUSINESS_REG,
            "Phương án kinh doanh dịch vụ bưu chính",
            "Mẫu hợp đồng cung ứng và sử dụng dịch vụ bưu chính",
        ],
        "Giấy phép bưu chính",
        renew=5,
        adjust=10,
        verbs=("Cấp", "Cấp lại", "Sửa đổi, bổ sung", "Gia hạn"),
    ),
    basis=L_BCVT,
    subjects="Doanh nghiệp",
    fees=(fee("Phí thẩm định điều kiện hoạt động bưu chính", 10000000, "fee"),),
) + table(
    BCVT,
    PROVINCE,
    L_BCVT,
    [
        (
            "Cấp văn bản xác nhận thông báo hoạt động bưu chính",
            7,
            ["Văn bản thông báo hoạt động bưu chính theo mẫu", BUSINESS_REG, "Mẫu hợp đồng cung ứng dịch vụ"],
            "Văn bản xác nhận thông báo hoạt động bưu chính",
            {"online": 3},
        ),
        (
            "Cấp lại văn bản xác nhận thông báo hoạt động bưu chính",
            5,
            ["Văn bản đề nghị cấp lại theo mẫu"],
            "Văn bản xác nhận thông báo hoạt động bưu chính",
            {"rank": 1},
        ),
        (
            "Cấp lại giấy phép bưu chính khi hết hạn",
            10,
            ["Đơn đề nghị cấp lại giấy phép theo mẫu", "Báo cáo hoạt động trong thời hạn giấy phép"],
            "Giấy phép bưu chính",
            {"rank": 2},
        ),
    ],
    subjects="Doanh nghiệp",
)

_VT = table(
    VT,
    PROVINCE,
    L_PTTH[:2],
    [
        (
            "Cấp giấy chứng nhận đăng ký cung cấp dịch vụ trò chơi điện tử G2, G3, G4 trên mạng",
            15,
            ["Đơn đề nghị theo mẫu", BUSINESS_REG],
            "Văn bản xác nhận",
            {"rank": 3},
        ),
    ],
    subjects="Doanh nghiệp",
)

# Science and technology.
_HD = table(
    HD,
    PROVINCE,
    L_HD,
    [
        (
            "Cấp Giấy chứng nhận đăng ký hoạt động lần đầu cho tổ chức khoa học và công nghệ",
            10,
            [
                "Đơn đăng ký hoạt động khoa học và công nghệ theo mẫu",
                "Quyết định thành lập tổ chức",
                "Điều lệ tổ chức và hoạt động",
                "Hồ sơ nhân lực khoa học và công nghệ",
            ],
            "Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
            {"online": 3},
        ),
        (
            "Cấp thay đổi nội dung, cấp lại Giấy chứng nhận đăng ký hoạt động của tổ chức khoa học và công nghệ",
            10,
            ["Đơn đề nghị thay đổi nội dung hoặc cấp lại theo mẫu", "Giấy tờ chứng minh nội dung thay đổi"],
            "Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
            {},
        ),
        (
            "Cấp Giấy chứng nhận hoạt động lần đầu cho văn phòng đại diện, chi nhánh của tổ chức khoa học và công nghệ",
            10,
            ["Đơn đề nghị cấp Giấy chứng nhận theo mẫu", "Quyết định thành lập văn phòng đại diện, chi nhánh"],
            "Giấy chứng nhận hoạt động văn phòng đại diện, chi nhánh",
            {"rank": 1},
        ),
        (
            "Thay đổi, bổ sung nội dung Giấy chứng nhận hoạt động cho văn phòng đại diện, chi nhánh của tổ chức khoa "
            "học và công nghệ",
            10,
            ["Đơn đề nghị thay đổi, bổ sung theo mẫu"],
            "Giấy chứng nhận hoạt động",
            {"rank": 2},
        ),
        (
            "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước",
            5,
            ["Phiếu đăng ký kết quả thực hiện nhiệm vụ theo mẫu", "Báo cáo tổng hợp kết quả thực hiện nhiệm vụ"],
            "Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ",
            {},
        ),
        (
            "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ có sử dụng ngân sách nhà nước",
            5,
            [
                "Phiếu đăng ký kết quả thực hiện nhiệm vụ theo mẫu",
                "Báo cáo tổng hợp kết quả thực hiện nhiệm vụ",
                "Quyết định công nhận kết quả đánh giá, nghiệm thu",
            ],
            "Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ",
            {},
        ),
        (
            "Giao quyền sở hữu, quyền sử dụng kết quả nghiên cứu khoa học và phát triển công nghệ sử dụng ngân sách "
            "nhà nước",
            30,
            ["Văn bản đề nghị giao quyền", "Báo cáo kết quả nghiên cứu"],
            "Quyết định giao quyền sở hữu, quyền sử dụng",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Đăng ký tham gia tuyển chọn, giao trực tiếp tổ chức và cá nhân chủ trì nhiệm vụ khoa học và công nghệ "
            "cấp tỉnh",
            30,
            [
                "Đơn đăng ký chủ trì nhiệm vụ theo mẫu",
                "Thuyết minh nhiệm vụ",
                "Lý lịch khoa học của chủ nhiệm nhiệm vụ",
            ],
            "Quyết định phê duyệt tổ chức, cá nhân chủ trì nhiệm vụ",
            {"via": "UBND tỉnh"},
        ),
        (
            "Đánh giá, nghiệm thu và công nhận kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh",
            30,
            [
                "Văn bản đề nghị đánh giá, nghiệm thu",
                "Báo cáo tổng hợp kết quả thực hiện nhiệm vụ",
                "Sản phẩm khoa học và công nghệ của nhiệm vụ",
            ],
            "Quyết định công nhận kết quả thực hiện nhiệm vụ",
            {},
        ),
        (
            "Thẩm định kinh phí nhiệm vụ khoa học và công nghệ cấp tỉnh",
            15,
            ["Thuyết minh nhiệm vụ đã hoàn thiện", "Dự toán kinh phí nhiệm vụ"],
            "Văn bản thẩm định kinh phí",
            {"rank": 1},
        ),
        (
            "Công nhận sáng kiến cấp tỉnh",
            30,
            [
                "Đơn yêu cầu công nhận sáng kiến theo mẫu",
                "Tài liệu mô tả sáng kiến",
                "Tài liệu chứng minh hiệu quả áp dụng",
            ],
            "Quyết định công nhận sáng kiến",
            {"rank": 1},
        ),
        (
            "Hỗ trợ doanh nghiệp nhỏ và vừa ứng dụng, đổi mới công nghệ",
            20,
            ["Đơn đề nghị hỗ trợ", "Thuyết minh dự án ứng dụng, đổi mới công nghệ"],
            "Quyết định hỗ trợ",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)
_DNKH = table(
    HD,
    PROVINCE,
    L_DNKH,
    [
        (
            "Cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ",
            7,
            [
                "Đơn đề nghị chứng nhận doanh nghiệp khoa học và công nghệ theo mẫu",
                BUSINESS_REG,
                "Văn bản xác nhận quyền sở hữu, sử dụng hợp pháp kết quả khoa học và công nghệ",
                "Phương án sản xuất, kinh doanh",
            ],
            "Giấy chứng nhận doanh nghiệp khoa học và công nghệ",
            {"since": "2019-KHCN"},
        ),
        (
            "Cấp lại, sửa đổi, bổ sung Giấy chứng nhận doanh nghiệp khoa học và công nghệ",
            5,
            ["Đơn đề nghị cấp lại, sửa đổi, bổ sung theo mẫu", "Giấy tờ chứng minh nội dung thay đổi"],
            "Giấy chứng nhận doanh nghiệp khoa học và công nghệ",
            {"since": "2019-KHCN"},
        ),
    ],
    subjects="Doanh nghiệp",
)

_TDC = table(
    TDC,
    PROVINCE,
    L_TDC,
    [
        (
            "Đăng ký công bố hợp chuẩn dựa trên kết quả chứng nhận hợp chuẩn của tổ chức chứng nhận",
            5,
            ["Bản công bố hợp chuẩn theo mẫu", "Bản sao giấy chứng nhận hợp chuẩn", "Bản mô tả chung về sản phẩm"],
            "Thông báo tiếp nhận hồ sơ công bố hợp chuẩn",
            {"online": 3},
        ),
        (
            "Đăng ký công bố hợp chuẩn dựa trên kết quả tự đánh giá của tổ chức, cá nhân sản xuất, kinh doanh",
            5,
            ["Bản công bố hợp chuẩn theo mẫu", "Báo cáo tự đánh giá", "Kết quả thử nghiệm mẫu"],
            "Thông báo tiếp nhận hồ sơ công bố hợp chuẩn",
            {"online": 3},
        ),
        (
            "Đăng ký công bố hợp quy đối với các sản phẩm, hàng hóa sản xuất trong nước được quản lý bởi các quy "
            "chuẩn kỹ thuật do Bộ Khoa học và Công nghệ ban hành",
            5,
            ["Bản công bố hợp quy theo mẫu", "Bản sao giấy chứng nhận hợp quy hoặc kết quả tự đánh giá"],
            "Thông báo tiếp nhận hồ sơ công bố hợp quy",
            {"online": 3},
        ),
        (
            "Kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ",
            1,
            [
                "Bản đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu",
                "Bản sao hợp đồng, danh mục hàng hóa",
                "Bản sao chứng chỉ chất lượng",
            ],
            "Thông báo kết quả kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu",
            {"online": 4, "spot": True},
        ),
        (
            "Đăng ký kiểm tra nhà nước về đo lường đối với phương tiện đo, lượng hàng đóng gói sẵn nhập khẩu",
            1,
            ["Bản đăng ký kiểm tra theo mẫu", "Bản sao hợp đồng, danh mục hàng hóa"],
            "Thông báo kết quả kiểm tra",
            {"online": 3},
        ),
        (
            "Cấp giấy xác nhận đăng ký hoạt động xét tặng giải thưởng chất lượng sản phẩm, hàng hóa của tổ chức, cá "
            "nhân",
            7,
            ["Văn bản đăng ký hoạt động xét tặng giải thưởng", "Quy chế xét tặng giải thưởng"],
            "Giấy xác nhận đăng ký",
            {},
        ),
        (
            "Cấp lại giấy xác nhận đăng ký hoạt động xét tặng giải thưởng chất lượng sản phẩm, hàng hóa",
            5,
            ["Văn bản đề nghị cấp lại"],
            "Giấy xác nhận đăng ký",
            {"rank": 3},
        ),
        (
            "Xét tặng Giải thưởng chất lượng quốc gia (cấp tỉnh sơ tuyển)",
            30,
            ["Đơn đăng ký tham dự giải thưởng", "Báo cáo tự đánh giá theo tiêu chí giải thưởng"],
            "Kết quả sơ tuyển giải thưởng",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân sản xuất, kinh doanh",
)
_TDC += family(
    TDC,
    PROVINCE,
    "{a} chuẩn đo lường để kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo nhóm 2",
    [""],
    [
        act(
            "Chứng nhận",
            5,
            [
                "Đơn đề nghị chứng nhận chuẩn đo lường theo mẫu",
                "Danh mục chuẩn đo lường",
                "Bản sao giấy chứng nhận kiểm định hoặc hiệu chuẩn chuẩn đo lường",
            ],
        ),
        act("Điều chỉnh nội dung giấy chứng nhận", 5, ["Đơn đề nghị điều chỉnh theo mẫu", OLD_LICENCE], rank=1),
        act("Cấp lại giấy chứng nhận", 5, ["Đơn đề nghị cấp lại theo mẫu"], rank=2),
    ],
    result="Giấy chứng nhận chuẩn đo lường",
    basis=L_TDC,
    subjects="Tổ chức kiểm định, hiệu chuẩn, thử nghiệm",
)

_ATBX = family(
    ATBX,
    PROVINCE,
    "{a} giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế",
    [""],
    licence_actions(
        15,
        [
            "Đơn đề nghị cấp giấy phép tiến hành công việc bức xạ theo mẫu",
            "Báo cáo đánh giá an toàn bức xạ",
            "Bản sao chứng chỉ nhân viên bức xạ của người phụ trách an toàn",
            "Bản sao hợp đồng dịch vụ đo liều chiếu xạ cá nhân",
        ],
        "Giấy phép tiến hành công việc bức xạ",
        renew=5,
        adjust=10,
        extend=10,
        verbs=("Cấp", "Cấp lại", "Sửa đổi, bổ sung", "Gia hạn"),
    ),
    basis=L_ATBX,
    subjects="Cơ sở y tế sử dụng thiết bị X-quang",
    fees=(fee("Phí thẩm định an toàn bức xạ", 2000000, "fee", "Theo số thiết bị X-quang"),),
) + table(
    ATBX,
    PROVINCE,
    L_ATBX,
    [
        (
            "Cấp và cấp lại chứng chỉ nhân viên bức xạ (người phụ trách an toàn cơ sở X-quang chẩn đoán trong y tế)",
            15,
            [
                "Đơn đề nghị cấp chứng chỉ nhân viên bức xạ theo mẫu",
                "Bản sao văn bằng",
                "Giấy chứng nhận đào tạo an toàn bức xạ",
                PHOTOS,
            ],
            "Chứng chỉ nhân viên bức xạ",
            {"subjects": "Cá nhân"},
        ),
        (
            "Phê duyệt kế hoạch ứng phó sự cố bức xạ, hạt nhân cấp cơ sở (đối với công việc sử dụng thiết bị X-quang "
            "chẩn đoán trong y tế)",
            15,
            ["Văn bản đề nghị phê duyệt", "Kế hoạch ứng phó sự cố bức xạ cấp cơ sở"],
            "Quyết định phê duyệt kế hoạch ứng phó sự cố",
            {"rank": 1},
        ),
        (
            "Khai báo thiết bị X-quang chẩn đoán trong y tế",
            3,
            ["Phiếu khai báo thiết bị X-quang theo mẫu"],
            "Văn bản xác nhận khai báo",
            {"spot": True},
        ),
    ],
    subjects="Cơ sở y tế",
)

_SHTT = table(
    SHTT,
    PROVINCE,
    L_SHTT,
    [
        (
            "Cấp phép sử dụng chỉ dẫn địa lý thuộc quyền quản lý của UBND tỉnh",
            30,
            [
                "Đơn đề nghị cấp quyền sử dụng chỉ dẫn địa lý theo mẫu",
                "Bản mô tả sản phẩm và quy trình sản xuất",
                "Giấy tờ chứng minh sản xuất tại khu vực địa lý",
            ],
            "Quyết định cho phép sử dụng chỉ dẫn địa lý",
            {"via": "UBND tỉnh"},
        ),
        (
            "Sửa đổi, bổ sung, gia hạn quyền sử dụng chỉ dẫn địa lý",
            20,
            ["Đơn đề nghị sửa đổi, bổ sung, gia hạn", OLD_LICENCE],
            "Quyết định sửa đổi, bổ sung, gia hạn",
            {"rank": 2},
        ),
        (
            "Hỗ trợ đăng ký bảo hộ quyền sở hữu công nghiệp cho sản phẩm đặc thù của địa phương",
            20,
            ["Đơn đề nghị hỗ trợ", "Bản sao đơn đăng ký bảo hộ đã nộp Cục Sở hữu trí tuệ"],
            "Quyết định hỗ trợ kinh phí",
            {"rank": 1},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_CGCN = table(
    CGCN,
    PROVINCE,
    L_CGCN,
    [
        (
            "Cấp Giấy chứng nhận đăng ký chuyển giao công nghệ (trừ những trường hợp thuộc thẩm quyền của Bộ Khoa học "
            "và Công nghệ)",
            5,
            [
                "Văn bản đề nghị đăng ký chuyển giao công nghệ theo mẫu",
                "Bản sao hợp đồng chuyển giao công nghệ",
                "Danh mục tài liệu công nghệ, máy móc thiết bị kèm theo",
            ],
            "Giấy chứng nhận đăng ký chuyển giao công nghệ",
            {"online": 3},
        ),
        (
            "Đăng ký gia hạn, sửa đổi, bổ sung nội dung chuyển giao công nghệ (trừ những trường hợp thuộc thẩm quyền "
            "của Bộ Khoa học và Công nghệ)",
            5,
            ["Văn bản đề nghị gia hạn, sửa đổi, bổ sung", "Bản sao hợp đồng sửa đổi, bổ sung"],
            "Giấy chứng nhận đăng ký gia hạn, sửa đổi, bổ sung",
            {},
        ),
        (
            "Cấp Giấy chứng nhận đăng ký chuyển giao công nghệ khuyến khích chuyển giao (trừ những trường hợp thuộc "
            "thẩm quyền của Bộ Khoa học và Công nghệ)",
            5,
            ["Văn bản đề nghị theo mẫu", "Bản sao hợp đồng chuyển giao công nghệ"],
            "Giấy chứng nhận đăng ký chuyển giao công nghệ",
            {"rank": 1},
        ),
        (
            "Có ý kiến về công nghệ của dự án đầu tư sử dụng vốn nhà nước thuộc thẩm quyền quyết định của UBND tỉnh",
            10,
            ["Văn bản đề nghị có ý kiến về công nghệ", "Báo cáo nghiên cứu khả thi phần công nghệ"],
            "Văn bản có ý kiến về công nghệ",
            {"rank": 1},
        ),
        (
            "Thẩm định công nghệ dự án đầu tư có nguy cơ tác động xấu đến môi trường thuộc thẩm quyền quyết định chủ "
            "trương của UBND tỉnh",
            15,
            ["Văn bản đề nghị thẩm định công nghệ", "Hồ sơ công nghệ của dự án"],
            "Văn bản thẩm định công nghệ",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

TEMPLATES = _BC + _XB + _PTTH + _PTTH_DISTRICT + _BCVT + _VT + _HD + _DNKH + _TDC + _ATBX + _SHTT + _CGCN

# Added to fill the 2018 catalogue.
TEMPLATES += (
    table(
        XB,
        PROVINCE,
        L_XB,
        [
            (
                "Cấp giấy phép chế bản, in, gia công sau in cho nước ngoài",
                5,
                [
                    "Đơn đề nghị cấp giấy phép chế bản, in, gia công sau in cho nước ngoài theo mẫu",
                    ("Bản sao hợp đồng chế bản, in, gia công sau in với tổ chức, cá nhân nước ngoài", "c"),
                    "02 bản mẫu sản phẩm đặt in",
                ],
                "Giấy phép chế bản, in, gia công sau in cho nước ngoài",
                {"rank": 2, "subjects": "Cơ sở in"},
            ),
        ],
    )
    + table(
        HD,
        PROVINCE,
        L_HD,
        [
            (
                "Xác nhận hàng hóa sử dụng trực tiếp cho hoạt động ươm tạo công nghệ, ươm tạo doanh nghiệp khoa học và "
                "công nghệ",
                15,
                [
                    "Văn bản đề nghị xác nhận theo mẫu",
                    "Danh mục hàng hóa đề nghị xác nhận",
                    ("Bản sao quyết định thành lập cơ sở ươm tạo", "c"),
                ],
                "Văn bản xác nhận hàng hóa",
                {"rank": 2, "subjects": "Cơ sở ươm tạo công nghệ, ươm tạo doanh nghiệp khoa học và công nghệ"},
            ),
            (
                "Xét tặng giải thưởng về khoa học và công nghệ của tỉnh",
                45,
                [
                    "Đơn đăng ký xét tặng giải thưởng theo mẫu",
                    "Báo cáo tóm tắt công trình, kết quả nghiên cứu",
                    "Tài liệu chứng minh hiệu quả ứng dụng",
                ],
                "Quyết định tặng giải thưởng",
                {"rank": 2, "via": "UBND tỉnh", "subjects": "Tổ chức, cá nhân hoạt động khoa học và công nghệ"},
            ),
        ],
    )
    + table(
        TDC,
        PROVINCE,
        L_TDC,
        [
            (
                "Miễn giảm kiểm tra chất lượng hàng hóa nhập khẩu",
                5,
                [
                    "Văn bản đề nghị miễn giảm kiểm tra theo mẫu",
                    "Bảng tổng hợp kết quả kiểm tra 03 lần liên tiếp đạt yêu cầu",
                    ("Bản sao kết quả đánh giá sự phù hợp của các lô hàng", "c"),
                ],
                "Văn bản xác nhận miễn kiểm tra chất lượng hàng hóa nhập khẩu",
                {"rank": 1, "subjects": "Người nhập khẩu"},
            ),
        ],
    )
)
TEMPLATES += table(
    BC,
    PROVINCE,
    L_BC,
    [
        (
            "Thông báo thành lập văn phòng đại diện, cử phóng viên thường trú của cơ quan báo chí tại địa phương",
            7,
            [
                "Văn bản thông báo của cơ quan báo chí theo mẫu",
                ("Bản sao quyết định thành lập văn phòng đại diện hoặc cử phóng viên thường trú", "c"),
                "Sơ yếu lý lịch của người đứng đầu văn phòng đại diện hoặc phóng viên thường trú",
            ],
            "Văn bản xác nhận đã nhận thông báo",
            {"rank": 2, "subjects": "Cơ quan báo chí"},
        ),
    ],
)
