"""Industry and trade (Sở Công Thương): alcohol, tobacco, petroleum, gas, food safety, electricity,
chemicals, industrial explosives, trade promotion, multi-level selling, foreign traders, hydropower
dam safety, industrial construction."""

from __future__ import annotations

from .base import (
    BUSINESS_REG,
    COMMUNE,
    DISTRICT,
    LOST_REPORT,
    OLD_LICENCE,
    PHOTOS,
    PROVINCE,
    Sector,
    act,
    family,
    fee,
    table,
)

DEPT = "H15.06"
QLTM = "Phòng Quản lý thương mại"
KTAT = "Phòng Kỹ thuật an toàn - Môi trường"

LTHH = Sector("CT-LTHH", "Lưu thông hàng hóa trong nước", DEPT, QLTM, "Phòng Kinh tế")
KHI = Sector("CT-KHI", "Kinh doanh khí", DEPT, QLTM, "Phòng Kinh tế")
ATTP = Sector("CT-ATTP", "An toàn thực phẩm", DEPT, KTAT, "Phòng Kinh tế")
DIEN = Sector("CT-DIEN", "Điện", DEPT, "Phòng Quản lý năng lượng")
HC = Sector("CT-HC", "Hóa chất", DEPT, KTAT)
VLN = Sector("CT-VLNCN", "Vật liệu nổ công nghiệp", DEPT, KTAT)
XTTM = Sector("CT-XTTM", "Xúc tiến thương mại", DEPT, QLTM)
QLCT = Sector("CT-QLCT", "Quản lý cạnh tranh", DEPT, QLTM)
TMQT = Sector("CT-TMQT", "Thương mại quốc tế", DEPT, "Phòng Xuất nhập khẩu và Thương mại biên giới")
CNDP = Sector("CT-CNDP", "Công nghiệp địa phương", DEPT, "Phòng Quản lý công nghiệp")
ATD = Sector("CT-ATD", "An toàn đập, hồ chứa thủy điện", DEPT, "Phòng Quản lý năng lượng")
XDCN = Sector("CT-XDCN", "Hoạt động xây dựng chuyên ngành công nghiệp", DEPT, "Phòng Quản lý công nghiệp")

SECTORS = [LTHH, KHI, ATTP, DIEN, HC, VLN, XTTM, QLCT, TMQT, CNDP, ATD, XDCN]

L_RUOU = (
    "Nghị định số 105/2017/NĐ-CP về kinh doanh rượu",
    "Thông tư số 168/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định kinh doanh "
    "hàng hóa, dịch vụ hạn chế kinh doanh; hàng hóa, dịch vụ kinh doanh có điều kiện thuộc lĩnh vực thương mại",
)
L_THUOC = (
    "Luật Phòng, chống tác hại của thuốc lá số 09/2012/QH13",
    "Nghị định số 67/2013/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của "
    "thuốc lá về kinh doanh thuốc lá",
    "Nghị định số 106/2017/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 67/2013/NĐ-CP",
)
L_XANG = (
    "Nghị định số 83/2014/NĐ-CP về kinh doanh xăng dầu",
    "Nghị định số 08/2018/NĐ-CP sửa đổi một số Nghị định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi "
    "quản lý nhà nước của Bộ Công Thương",
)
L_KHI = ("Nghị định số 87/2018/NĐ-CP về kinh doanh khí",)
L_ATTP = (
    "Luật An toàn thực phẩm số 55/2010/QH12",
    "Nghị định số 15/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm",
    "Nghị định số 77/2016/NĐ-CP sửa đổi, bổ sung một số quy định về điều kiện đầu tư kinh doanh thuộc lĩnh vực mua "
    "bán hàng hóa quốc tế, hóa chất, vật liệu nổ công nghiệp, phân bón, kinh doanh khí, kinh doanh thực phẩm thuộc "
    "phạm vi quản lý nhà nước của Bộ Công Thương",
)
L_DIEN = (
    "Luật Điện lực số 28/2004/QH11, được sửa đổi, bổ sung bởi Luật số 24/2012/QH13",
    "Nghị định số 137/2013/NĐ-CP quy định chi tiết thi hành một số điều của Luật Điện lực",
    "Thông tư số 36/2018/TT-BCT quy định trình tự, thủ tục cấp, thu hồi giấy phép hoạt động điện lực",
)
L_HC = (
    "Luật Hóa chất số 06/2007/QH12",
    "Nghị định số 113/2017/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hóa chất",
)
L_VLN = (
    "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 14/2017/QH14",
    "Nghị định số 71/2018/NĐ-CP quy định chi tiết Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ về vật "
    "liệu nổ công nghiệp và tiền chất thuốc nổ",
)
L_XTTM = (
    "Luật Thương mại số 36/2005/QH11",
    "Nghị định số 81/2018/NĐ-CP quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại",
)
L_DACAP = ("Nghị định số 40/2018/NĐ-CP về quản lý hoạt động kinh doanh theo phương thức đa cấp",)
L_VPDD = (
    "Luật Thương mại số 36/2005/QH11",
    "Nghị định số 07/2016/NĐ-CP quy định chi tiết Luật Thương mại về Văn phòng đại diện, Chi nhánh của thương nhân "
    "nước ngoài tại Việt Nam",
)
L_FDI = (
    "Nghị định số 09/2018/NĐ-CP quy định chi tiết Luật Thương mại và Luật Quản lý ngoại thương về hoạt động mua bán "
    "hàng hóa và các hoạt động liên quan trực tiếp đến mua bán hàng hóa của nhà đầu tư nước ngoài, tổ chức kinh tế có "
    "vốn đầu tư nước ngoài tại Việt Nam",
)
L_CNDP = ("Nghị định số 45/2012/NĐ-CP về khuyến công",)
L_ATD = ("Nghị định số 114/2018/NĐ-CP về quản lý an toàn đập, hồ chứa nước",)
L_XDCN = (
    "Luật Xây dựng số 50/2014/QH13",
    "Nghị định số 59/2015/NĐ-CP về quản lý dự án đầu tư xây dựng",
)

_APPRAISAL_FEE = fee("Phí thẩm định điều kiện kinh doanh", 1200000, "fee", "Tại khu vực miền núi: 600.000 đồng/lần")


def _trade_licence(sector, level, pattern, objects, basis, amount, comps_, result, **extra):
    return family(
        sector,
        level,
        pattern,
        objects,
        [
            act("Cấp", amount, comps_, online=3),
            act(
                "Cấp sửa đổi, bổ sung",
                amount,
                [
                    "Đơn đề nghị cấp sửa đổi, bổ sung theo mẫu",
                    OLD_LICENCE,
                    "Tài liệu chứng minh nội dung sửa đổi, bổ sung",
                ],
                rank=1,
            ),
            act("Cấp lại", amount, ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT], rank=2),
        ],
        result=result,
        basis=basis,
        **extra,
    )


_LTHH = (
    _trade_licence(
        LTHH,
        PROVINCE,
        "{a} Giấy phép {o}",
        ["sản xuất rượu công nghiệp (quy mô dưới 3 triệu lít/năm)", "bán buôn rượu trên địa bàn tỉnh"],
        L_RUOU,
        15,
        [
            "Đơn đề nghị cấp giấy phép theo mẫu",
            BUSINESS_REG,
            "Bản sao hợp đồng nguyên tắc với thương nhân cung cấp rượu",
            "Bản cam kết bảo đảm điều kiện về phòng cháy, chữa cháy, bảo vệ môi trường",
        ],
        "Giấy phép kinh doanh rượu",
        subjects="Thương nhân",
        fees=(_APPRAISAL_FEE,),
    )
    + _trade_licence(
        LTHH,
        PROVINCE,
        "{a} Giấy phép {o}",
        ["mua bán sản phẩm thuốc lá (bán buôn)"],
        L_THUOC,
        15,
        [
            "Đơn đề nghị cấp giấy phép theo mẫu",
            BUSINESS_REG,
            "Bản sao các văn bản giới thiệu của thương nhân phân phối",
            "Tài liệu chứng minh địa điểm kinh doanh, kho hàng",
        ],
        "Giấy phép mua bán sản phẩm thuốc lá",
        subjects="Thương nhân",
        fees=(_APPRAISAL_FEE,),
    )
    + _trade_licence(
        LTHH,
        PROVINCE,
        "{a} Giấy chứng nhận {o}",
        ["cửa hàng đủ điều kiện bán lẻ xăng dầu"],
        L_XANG,
        15,
        [
            "Đơn đề nghị cấp Giấy chứng nhận theo mẫu",
            BUSINESS_REG,
            "Bản kê trang thiết bị của cửa hàng bán lẻ xăng dầu",
            "Bản sao giấy chứng nhận đủ điều kiện phòng cháy, chữa cháy",
        ],
        "Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
        subjects="Thương nhân",
        fees=(_APPRAISAL_FEE,),
    )
    + _trade_licence(
        LTHH,
        PROVINCE,
        "{a} Giấy xác nhận đủ điều kiện làm {o}",
        ["tổng đại lý kinh doanh xăng dầu", "đại lý bán lẻ xăng dầu", "thương nhân nhận quyền bán lẻ xăng dầu"],
        L_XANG,
        15,
        [
            "Đơn đề nghị cấp Giấy xác nhận theo mẫu",
            BUSINESS_REG,
            "Bản kê cơ sở vật chất kỹ thuật",
            "Hợp đồng đại lý với thương nhân đầu mối hoặc thương nhân phân phối",
        ],
        "Giấy xác nhận đủ điều kiện kinh doanh xăng dầu",
        subjects="Thương nhân",
        fees=(_APPRAISAL_FEE,),
    )
)
_LTHH_DISTRICT = _trade_licence(
    LTHH,
    DISTRICT,
    "{a} Giấy phép {o}",
    ["bán lẻ rượu", "sản xuất rượu thủ công nhằm mục đích kinh doanh", "bán lẻ sản phẩm thuốc lá"],
    L_RUOU + L_THUOC[1:2],
    10,
    [
        "Đơn đề nghị cấp giấy phép theo mẫu",
        BUSINESS_REG,
        "Bản sao hợp đồng mua bán với thương nhân bán buôn hoặc tài liệu chứng minh nguồn gốc sản phẩm",
        "Tài liệu chứng minh quyền sử dụng địa điểm kinh doanh",
    ],
    "Giấy phép kinh doanh",
    subjects="Thương nhân, hộ kinh doanh",
    fees=(fee("Phí thẩm định điều kiện kinh doanh", 200000, "fee", "Khu vực miền núi: 100.000 đồng/lần"),),
)

_KHI = family(
    KHI,
    PROVINCE,
    "{a} Giấy chứng nhận đủ điều kiện {o}",
    [
        "trạm nạp LPG vào chai",
        "trạm nạp LPG vào phương tiện vận tải",
        "trạm nạp LNG vào phương tiện vận tải",
        "trạm nạp CNG vào phương tiện vận tải",
        ("cửa hàng bán lẻ LPG chai", {"rank": 1}),
        ("thương nhân kinh doanh mua bán LPG", {"rank": 1}),
        ("thương nhân kinh doanh mua bán LNG", {"rank": 2}),
        ("thương nhân kinh doanh mua bán CNG", {"rank": 2}),
    ],
    [
        act(
            "Cấp",
            15,
            [
                "Giấy đề nghị cấp Giấy chứng nhận theo mẫu",
                BUSINESS_REG,
                "Tài liệu chứng minh đáp ứng điều kiện về cơ sở vật chất, kỹ thuật",
                "Bản sao giấy chứng nhận huấn luyện nghiệp vụ an toàn của cán bộ quản lý, nhân viên",
            ],
            online=3,
        ),
        act(
            "Cấp điều chỉnh",
            7,
            ["Giấy đề nghị cấp điều chỉnh theo mẫu", OLD_LICENCE, "Tài liệu chứng minh nội dung điều chỉnh"],
            rank=1,
        ),
        act("Cấp lại", 7, ["Giấy đề nghị cấp lại theo mẫu", LOST_REPORT], rank=2),
    ],
    result="Giấy chứng nhận đủ điều kiện kinh doanh khí",
    basis=L_KHI,
    subjects="Thương nhân kinh doanh khí",
    fees=(_APPRAISAL_FEE,),
)

_ATTP = table(
    ATTP,
    PROVINCE,
    L_ATTP,
    [
        (
            "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm do "
            "Sở Công Thương thực hiện",
            15,
            [
                "Đơn đề nghị cấp Giấy chứng nhận theo mẫu",
                "Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện an toàn thực phẩm",
                "Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất",
            ],
            "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            {"fees": (fee("Phí thẩm định cơ sở đủ điều kiện an toàn thực phẩm", 2500000, "fee"),), "online": 3},
        ),
        (
            "Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực "
            "phẩm do Sở Công Thương thực hiện",
            15,
            ["Đơn đề nghị cấp lại theo mẫu", OLD_LICENCE],
            "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            {},
        ),
        (
            "Cấp Giấy xác nhận kiến thức về an toàn thực phẩm cho tổ chức và cá nhân sản xuất, kinh doanh thực phẩm "
            "do Sở Công Thương thực hiện",
            3,
            ["Đơn đề nghị xác nhận kiến thức theo mẫu", PHOTOS],
            "Giấy xác nhận kiến thức về an toàn thực phẩm",
            {"rank": 2},
        ),
    ],
    subjects="Cơ sở sản xuất, kinh doanh thực phẩm",
)
_ATTP_DISTRICT = table(
    ATTP,
    DISTRICT,
    L_ATTP,
    [
        (
            "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm do "
            "Phòng Kinh tế thực hiện",
            15,
            ["Đơn đề nghị cấp Giấy chứng nhận theo mẫu", "Bản thuyết minh về cơ sở vật chất, trang thiết bị"],
            "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            {},
        ),
        (
            "Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực "
            "phẩm do Phòng Kinh tế thực hiện",
            15,
            ["Đơn đề nghị cấp lại theo mẫu", OLD_LICENCE],
            "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            {"rank": 1},
        ),
    ],
    subjects="Cơ sở sản xuất, kinh doanh thực phẩm nhỏ lẻ",
)

_DIEN = family(
    DIEN,
    PROVINCE,
    "{a} giấy phép hoạt động điện lực trong lĩnh vực {o}",
    [
        "tư vấn đầu tư xây dựng công trình điện thuộc thẩm quyền cấp của địa phương",
        "tư vấn giám sát thi công công trình điện thuộc thẩm quyền cấp của địa phương",
        "phát điện đối với các nhà máy điện có quy mô công suất dưới 3 MW đặt tại địa phương",
        "phân phối điện đến cấp điện áp 35 kV tại địa phương",
        "bán lẻ điện đến cấp điện áp 0,4 kV tại địa phương",
    ],
    [
        act(
            "Cấp",
            15,
            [
                "Văn bản đề nghị cấp giấy phép hoạt động điện lực theo mẫu",
                BUSINESS_REG,
                "Danh sách trích ngang chuyên gia tư vấn, người quản lý kỹ thuật, người vận hành",
                "Tài liệu chứng minh năng lực về trang thiết bị, công trình điện",
            ],
            online=3,
        ),
        act(
            "Sửa đổi, bổ sung",
            10,
            ["Văn bản đề nghị sửa đổi, bổ sung giấy phép theo mẫu", "Tài liệu chứng minh nội dung sửa đổi, bổ sung"],
            rank=1,
        ),
        act("Cấp lại", 5, ["Văn bản đề nghị cấp lại giấy phép theo mẫu", LOST_REPORT], rank=2),
    ],
    result="Giấy phép hoạt động điện lực",
    basis=L_DIEN,
    subjects="Tổ chức, cá nhân hoạt động điện lực",
    fees=(fee("Phí thẩm định cấp giấy phép hoạt động điện lực", 800000, "fee", "Mức phí theo lĩnh vực hoạt động"),),
) + table(
    DIEN,
    PROVINCE,
    L_DIEN,
    [
        (
            "Cấp thẻ kiểm tra viên điện lực cho các đối tượng thuộc đơn vị điện lực phân phối điện trên địa bàn",
            5,
            ["Văn bản đề nghị cấp thẻ", "Danh sách người đề nghị cấp thẻ", PHOTOS],
            "Thẻ kiểm tra viên điện lực",
            {},
        ),
        (
            "Cấp lại thẻ kiểm tra viên điện lực",
            5,
            ["Văn bản đề nghị cấp lại thẻ", PHOTOS],
            "Thẻ kiểm tra viên điện lực",
            {"rank": 2},
        ),
        (
            "Huấn luyện và cấp mới thẻ an toàn điện",
            5,
            ["Văn bản đề nghị huấn luyện, cấp thẻ an toàn điện", "Danh sách người lao động đề nghị cấp thẻ", PHOTOS],
            "Thẻ an toàn điện",
            {"rank": 1},
        ),
        (
            "Phê duyệt phương án giá bán lẻ điện nông thôn",
            10,
            ["Văn bản đề nghị phê duyệt", "Phương án giá bán lẻ điện"],
            "Quyết định phê duyệt phương án giá",
            {"via": "UBND tỉnh", "rank": 3},
        ),
    ],
    subjects="Đơn vị điện lực",
)

_HC = family(
    HC,
    PROVINCE,
    "{a} Giấy chứng nhận đủ điều kiện {o} hóa chất sản xuất, kinh doanh có điều kiện trong lĩnh vực công nghiệp",
    ["sản xuất", "kinh doanh"],
    [
        act(
            "Cấp",
            12,
            [
                "Văn bản đề nghị cấp Giấy chứng nhận theo mẫu",
                BUSINESS_REG,
                "Bản kê khai địa điểm, nhà xưởng, kho chứa, trang thiết bị",
                "Bản sao quyết định phê duyệt báo cáo đánh giá tác động môi trường hoặc kế hoạch bảo vệ môi trường",
            ],
            online=3,
        ),
        act(
            "Cấp điều chỉnh",
            12,
            ["Văn bản đề nghị cấp điều chỉnh theo mẫu", OLD_LICENCE, "Tài liệu chứng minh nội dung điều chỉnh"],
            rank=1,
        ),
        act("Cấp lại", 5, ["Văn bản đề nghị cấp lại theo mẫu", LOST_REPORT], rank=2),
    ],
    result="Giấy chứng nhận đủ điều kiện sản xuất, kinh doanh hóa chất",
    basis=L_HC,
    subjects="Tổ chức, cá nhân sản xuất, kinh doanh hóa chất",
    fees=(fee("Phí thẩm định điều kiện sản xuất, kinh doanh hóa chất", 1200000, "fee"),),
) + table(
    HC,
    PROVINCE,
    L_HC,
    [
        (
            "Cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn hóa chất",
            5,
            ["Văn bản đề nghị kiểm tra, cấp giấy chứng nhận", "Danh sách người được huấn luyện", PHOTOS],
            "Giấy chứng nhận huấn luyện kỹ thuật an toàn hóa chất",
            {"rank": 2},
        ),
        (
            "Thẩm định, phê duyệt Kế hoạch phòng ngừa, ứng phó sự cố hóa chất trong công nghiệp",
            20,
            ["Văn bản đề nghị thẩm định Kế hoạch", "Kế hoạch phòng ngừa, ứng phó sự cố hóa chất"],
            "Quyết định phê duyệt Kế hoạch phòng ngừa, ứng phó sự cố hóa chất",
            {},
        ),
    ],
    subjects="Tổ chức, cá nhân sản xuất, kinh doanh hóa chất",
)

_VLN = table(
    VLN,
    PROVINCE,
    L_VLN,
    [
        (
            "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp thuộc thẩm quyền giải quyết của Sở Công Thương",
            10,
            [
                "Văn bản đề nghị cấp giấy phép theo mẫu",
                "Bản sao quyết định thành lập doanh nghiệp",
                "Phương án nổ mìn được phê duyệt",
                "Bản sao giấy phép khai thác khoáng sản hoặc quyết định phê duyệt dự án",
            ],
            "Giấy phép sử dụng vật liệu nổ công nghiệp",
            {},
        ),
        (
            "Cấp lại Giấy phép sử dụng vật liệu nổ công nghiệp thuộc thẩm quyền giải quyết của Sở Công Thương",
            10,
            ["Văn bản đề nghị cấp lại theo mẫu", "Báo cáo kết quả sử dụng vật liệu nổ công nghiệp"],
            "Giấy phép sử dụng vật liệu nổ công nghiệp",
            {},
        ),
        (
            "Huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp và cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn",
            5,
            ["Văn bản đề nghị kiểm tra, cấp Giấy chứng nhận", "Danh sách người lao động đề nghị", PHOTOS],
            "Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp",
            {"rank": 1},
        ),
        (
            "Cấp Giấy phép vận chuyển hàng công nghiệp nguy hiểm là các chất oxy hóa, hợp chất hữu cơ và các chất ăn "
            "mòn bằng phương tiện giao thông cơ giới đường bộ",
            5,
            [
                "Văn bản đề nghị cấp giấy phép vận chuyển theo mẫu",
                "Bản sao giấy đăng ký phương tiện",
                "Bản sao giấy chứng nhận huấn luyện của người điều khiển phương tiện",
            ],
            "Giấy phép vận chuyển hàng công nghiệp nguy hiểm",
            {"rank": 1},
        ),
    ],
    subjects="Tổ chức sử dụng vật liệu nổ công nghiệp",
)

_XTTM = table(
    XTTM,
    PROVINCE,
    L_XTTM,
    [
        (
            "Thông báo thực hiện khuyến mại",
            1,
            ["Thông báo thực hiện khuyến mại theo mẫu"],
            "Văn bản xác nhận tiếp nhận thông báo",
            {"online": 4, "spot": True},
        ),
        (
            "Thông báo sửa đổi, bổ sung nội dung chương trình khuyến mại",
            1,
            ["Thông báo sửa đổi, bổ sung theo mẫu"],
            "Văn bản xác nhận tiếp nhận thông báo",
            {"online": 4},
        ),
        (
            "Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi thực hiện trên địa bàn 1 tỉnh, thành phố "
            "trực thuộc Trung ương",
            5,
            [
                "Đơn đề nghị thực hiện chương trình khuyến mại theo mẫu",
                "Thể lệ chương trình khuyến mại",
                "Mẫu vé số dự thưởng (nếu có)",
            ],
            "Văn bản xác nhận đăng ký thực hiện khuyến mại",
            {"online": 3, "fees": (fee("Phí thẩm định chương trình khuyến mại", 500000, "fee"),)},
        ),
        (
            "Đăng ký sửa đổi, bổ sung nội dung chương trình khuyến mại theo hình thức mang tính may rủi thực hiện "
            "trên địa bàn 1 tỉnh, thành phố trực thuộc Trung ương",
            5,
            ["Đơn đề nghị sửa đổi, bổ sung theo mẫu", "Thể lệ chương trình khuyến mại sửa đổi"],
            "Văn bản xác nhận sửa đổi, bổ sung",
            {"online": 3},
        ),
        (
            "Đăng ký tổ chức hội chợ, triển lãm thương mại tại Việt Nam",
            7,
            ["Đơn đăng ký tổ chức hội chợ, triển lãm thương mại theo mẫu"],
            "Văn bản xác nhận đăng ký tổ chức hội chợ, triển lãm",
            {"online": 3},
        ),
        (
            "Đăng ký sửa đổi, bổ sung nội dung tổ chức hội chợ, triển lãm thương mại tại Việt Nam",
            5,
            ["Đơn đăng ký sửa đổi, bổ sung theo mẫu"],
            "Văn bản xác nhận sửa đổi, bổ sung",
            {},
        ),
    ],
    subjects="Thương nhân",
    since="2019-CT",
)

_QLCT = table(
    QLCT,
    PROVINCE,
    L_DACAP,
    [
        (
            "Đăng ký hoạt động bán hàng đa cấp tại địa phương",
            15,
            [
                "Hồ sơ thông báo hoạt động bán hàng đa cấp tại địa phương theo mẫu",
                "Bản sao Giấy chứng nhận đăng ký hoạt động bán hàng đa cấp",
            ],
            "Văn bản xác nhận tiếp nhận hồ sơ thông báo hoạt động",
            {"since": "2019-CT"},
        ),
        (
            "Đăng ký sửa đổi, bổ sung nội dung hoạt động bán hàng đa cấp tại địa phương",
            15,
            ["Hồ sơ thông báo sửa đổi, bổ sung theo mẫu"],
            "Văn bản xác nhận tiếp nhận hồ sơ thông báo sửa đổi, bổ sung",
            {"since": "2019-CT"},
        ),
        (
            "Chấm dứt hoạt động bán hàng đa cấp tại địa phương",
            7,
            ["Thông báo chấm dứt hoạt động bán hàng đa cấp"],
            "Văn bản xác nhận tiếp nhận thông báo",
            {"rank": 1},
        ),
        (
            "Thông báo tổ chức hội nghị, hội thảo, đào tạo về bán hàng đa cấp",
            5,
            ["Thông báo theo mẫu", "Nội dung chương trình hội nghị, đào tạo"],
            "Văn bản xác nhận tiếp nhận thông báo",
            {"rank": 1},
        ),
    ],
    subjects="Doanh nghiệp bán hàng đa cấp",
)

_TMQT = (
    family(
        TMQT,
        PROVINCE,
        "{a} Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam",
        [""],
        [
            act(
                "Cấp",
                7,
                [
                    "Đơn đề nghị cấp Giấy phép thành lập Văn phòng đại diện theo mẫu",
                    "Bản sao giấy đăng ký kinh doanh của thương nhân nước ngoài được hợp pháp hóa lãnh sự",
                    "Bản sao báo cáo tài chính có kiểm toán năm gần nhất",
                    "Bản sao hộ chiếu của người đứng đầu Văn phòng đại diện",
                ],
                online=3,
            ),
            act(
                "Điều chỉnh",
                5,
                ["Đơn đề nghị điều chỉnh Giấy phép theo mẫu", "Tài liệu chứng minh nội dung thay đổi", OLD_LICENCE],
                rank=1,
            ),
            act("Cấp lại", 5, ["Đơn đề nghị cấp lại Giấy phép theo mẫu", LOST_REPORT], rank=2),
            act(
                "Gia hạn",
                5,
                ["Đơn đề nghị gia hạn Giấy phép theo mẫu", "Bản sao Giấy phép thành lập Văn phòng đại diện"],
                rank=1,
            ),
        ],
        result="Giấy phép thành lập Văn phòng đại diện",
        basis=L_VPDD,
        subjects="Thương nhân nước ngoài",
        fees=(fee("Lệ phí cấp Giấy phép thành lập Văn phòng đại diện", 3000000),),
    )
    + table(
        TMQT,
        PROVINCE,
        L_VPDD,
        [
            (
                "Chấm dứt hoạt động Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam",
                7,
                ["Thông báo chấm dứt hoạt động", "Bản chính Giấy phép thành lập Văn phòng đại diện"],
                "Văn bản xác nhận chấm dứt hoạt động",
                {"rank": 2},
            ),
        ],
        subjects="Thương nhân nước ngoài",
    )
    + table(
        TMQT,
        PROVINCE,
        L_FDI,
        [
            (
                "Cấp Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài để thực hiện quyền phân phối "
                "bán lẻ hàng hóa",
                10,
                [
                    "Đơn đề nghị cấp Giấy phép kinh doanh theo mẫu",
                    "Bản giải trình có nội dung về điều kiện cấp phép",
                    "Bản sao Giấy chứng nhận đăng ký đầu tư",
                ],
                "Giấy phép kinh doanh",
                {"via": "Bộ Công Thương"},
            ),
            (
                "Cấp Giấy phép lập cơ sở bán lẻ thứ nhất",
                10,
                ["Đơn đề nghị cấp Giấy phép lập cơ sở bán lẻ theo mẫu", "Bản giải trình về địa điểm lập cơ sở bán lẻ"],
                "Giấy phép lập cơ sở bán lẻ",
                {},
            ),
            (
                "Cấp Giấy phép lập cơ sở bán lẻ ngoài cơ sở bán lẻ thứ nhất",
                10,
                [
                    "Đơn đề nghị cấp Giấy phép lập cơ sở bán lẻ theo mẫu",
                    "Bản giải trình kiểm tra nhu cầu kinh tế (nếu có)",
                ],
                "Giấy phép lập cơ sở bán lẻ",
                {"rank": 1},
            ),
            (
                "Điều chỉnh Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài",
                10,
                ["Đơn đề nghị điều chỉnh Giấy phép kinh doanh theo mẫu", "Tài liệu chứng minh nội dung điều chỉnh"],
                "Giấy phép kinh doanh điều chỉnh",
                {"rank": 1},
            ),
            (
                "Cấp lại Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài",
                5,
                ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
                "Giấy phép kinh doanh",
                {"rank": 2},
            ),
            (
                "Gia hạn Giấy phép lập cơ sở bán lẻ",
                5,
                ["Đơn đề nghị gia hạn theo mẫu", "Bản sao Giấy phép lập cơ sở bán lẻ"],
                "Giấy phép lập cơ sở bán lẻ (gia hạn)",
                {"rank": 2},
            ),
            (
                "Cấp Giấy phép kinh doanh đồng thời với Giấy phép lập cơ sở bán lẻ",
                15,
                [
                    "Đơn đề nghị cấp đồng thời theo mẫu",
                    "Bản giải trình về điều kiện cấp phép và địa điểm lập cơ sở bán lẻ",
                ],
                "Giấy phép kinh doanh và Giấy phép lập cơ sở bán lẻ",
                {"rank": 3},
            ),
        ],
        subjects="Tổ chức kinh tế có vốn đầu tư nước ngoài",
    )
)

_CNDP = table(
    CNDP,
    PROVINCE,
    L_CNDP,
    [
        (
            "Đề nghị hỗ trợ kinh phí khuyến công địa phương",
            15,
            ["Đơn đề nghị hỗ trợ kinh phí khuyến công theo mẫu", "Đề án khuyến công", "Dự toán kinh phí"],
            "Quyết định hỗ trợ kinh phí khuyến công",
            {},
        ),
        (
            "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh",
            30,
            [
                "Phiếu đăng ký tham gia bình chọn",
                "Bản thuyết minh sản phẩm",
                "Bản sao giấy chứng nhận chất lượng sản phẩm",
            ],
            "Giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh",
            {"rank": 2},
        ),
    ],
    subjects="Cơ sở công nghiệp nông thôn",
)

_ATD = table(
    ATD,
    PROVINCE,
    L_ATD,
    [
        (
            "Phê duyệt phương án ứng phó thiên tai cho công trình vùng hạ du đập thủy điện thuộc thẩm quyền phê duyệt "
            "của UBND tỉnh",
            25,
            ["Tờ trình đề nghị phê duyệt", "Phương án ứng phó thiên tai cho công trình và vùng hạ du đập"],
            "Quyết định phê duyệt phương án ứng phó thiên tai",
            {"via": "UBND tỉnh"},
        ),
        (
            "Phê duyệt phương án ứng phó với tình huống khẩn cấp đối với đập, hồ chứa thủy điện thuộc thẩm quyền của "
            "UBND tỉnh",
            25,
            ["Tờ trình đề nghị phê duyệt", "Phương án ứng phó với tình huống khẩn cấp"],
            "Quyết định phê duyệt phương án ứng phó với tình huống khẩn cấp",
            {"via": "UBND tỉnh"},
        ),
        (
            "Thẩm định, phê duyệt quy trình vận hành hồ chứa thủy điện thuộc thẩm quyền của UBND tỉnh",
            25,
            ["Tờ trình đề nghị phê duyệt quy trình vận hành", "Dự thảo quy trình vận hành hồ chứa"],
            "Quyết định phê duyệt quy trình vận hành hồ chứa",
            {"via": "UBND tỉnh", "rank": 1},
        ),
    ],
    subjects="Chủ đập, chủ sở hữu công trình thủy điện",
)

_XDCN = table(
    XDCN,
    PROVINCE,
    L_XDCN,
    [
        (
            "Thẩm định dự án đầu tư xây dựng công trình công nghiệp (báo cáo nghiên cứu khả thi) thuộc thẩm quyền của "
            "Sở Công Thương",
            20,
            ["Tờ trình thẩm định dự án", "Báo cáo nghiên cứu khả thi", "Hồ sơ thiết kế cơ sở"],
            "Văn bản thông báo kết quả thẩm định dự án",
            {},
        ),
        (
            "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở đối với công trình công nghiệp thuộc thẩm "
            "quyền của Sở Công Thương",
            20,
            ["Tờ trình thẩm định thiết kế", "Hồ sơ thiết kế xây dựng", "Dự toán xây dựng"],
            "Văn bản thông báo kết quả thẩm định thiết kế",
            {},
        ),
        (
            "Thẩm định báo cáo kinh tế - kỹ thuật đầu tư xây dựng công trình công nghiệp thuộc thẩm quyền của Sở Công "
            "Thương",
            20,
            ["Tờ trình thẩm định", "Báo cáo kinh tế - kỹ thuật"],
            "Văn bản thông báo kết quả thẩm định",
            {"rank": 1},
        ),
    ],
    subjects="Chủ đầu tư",
)

TEMPLATES = (
    _LTHH
    + _LTHH_DISTRICT
    + _KHI
    + _ATTP
    + _ATTP_DISTRICT
    + _DIEN
    + _HC
    + _VLN
    + _XTTM
    + _QLCT
    + _TMQT
    + _CNDP
    + _ATD
    + _XDCN
)

# Added to fill the 2018 catalogue.
L_CNHT = (
    "Nghị định số 111/2015/NĐ-CP về phát triển công nghiệp hỗ trợ",
    "Thông tư số 55/2015/TT-BCT quy định trình tự, thủ tục xác nhận ưu đãi và hậu kiểm ưu đãi đối với các dự án "
    "sản xuất sản phẩm công nghiệp hỗ trợ",
)
L_NGHE_NHAN = (
    "Nghị định số 123/2014/NĐ-CP quy định về xét tặng danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú” "
    "trong lĩnh vực nghề thủ công mỹ nghệ",
)
TEMPLATES += (
    table(
        CNDP,
        PROVINCE,
        L_CNHT,
        [
            (
                "Xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ thuộc Danh mục sản phẩm công nghiệp hỗ "
                "trợ ưu tiên phát triển đối với doanh nghiệp nhỏ và vừa",
                15,
                [
                    "Đơn đề nghị xác nhận ưu đãi theo mẫu",
                    BUSINESS_REG,
                    "Báo cáo tài chính năm gần nhất",
                    "Thuyết minh dự án sản xuất sản phẩm công nghiệp hỗ trợ",
                ],
                "Giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ",
                {"rank": 1, "subjects": "Doanh nghiệp nhỏ và vừa"},
            ),
            (
                "Cấp lại Giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ đối với doanh nghiệp nhỏ và "
                "vừa",
                7,
                ["Đơn đề nghị cấp lại theo mẫu", "Bản chính Giấy xác nhận ưu đãi (trường hợp bị hư hỏng)"],
                "Giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ",
                {"rank": 3, "subjects": "Doanh nghiệp nhỏ và vừa"},
            ),
        ],
    )
    + table(
        CNDP,
        PROVINCE,
        L_NGHE_NHAN,
        [
            (
                "Xét tặng danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú” trong lĩnh vực nghề thủ công "
                "mỹ nghệ (Hội đồng cấp tỉnh)",
                30,
                [
                    "Bản khai thành tích đề nghị xét tặng danh hiệu theo mẫu",
                    "Tài liệu chứng minh tác phẩm, sản phẩm đạt giải hoặc được công nhận",
                    ("Bản sao bằng khen, giấy khen, giải thưởng đã đạt được", "c"),
                ],
                "Tờ trình của Hội đồng cấp tỉnh đề nghị Hội đồng cấp Nhà nước xét tặng",
                {"rank": 1, "subjects": "Cá nhân hành nghề thủ công mỹ nghệ", "via": "UBND tỉnh"},
            ),
        ],
    )
    + table(
        DIEN,
        PROVINCE,
        ("Thông tư số 31/2014/TT-BCT quy định chi tiết một số nội dung về an toàn điện",),
        [
            (
                "Huấn luyện và cấp lại thẻ an toàn điện",
                5,
                [
                    "Văn bản đề nghị huấn luyện và cấp lại thẻ an toàn điện",
                    "Danh sách người đề nghị cấp lại thẻ",
                    PHOTOS,
                ],
                "Thẻ an toàn điện",
                {"rank": 2, "subjects": "Tổ chức, cá nhân sử dụng lao động làm công việc về điện"},
            ),
        ],
    )
    + table(
        TMQT,
        PROVINCE,
        L_FDI,
        [
            (
                "Điều chỉnh Giấy phép lập cơ sở bán lẻ",
                10,
                [
                    "Đơn đề nghị điều chỉnh Giấy phép lập cơ sở bán lẻ theo mẫu",
                    "Tài liệu liên quan đến nội dung điều chỉnh",
                ],
                "Giấy phép lập cơ sở bán lẻ (điều chỉnh)",
                {"rank": 1, "subjects": "Tổ chức kinh tế có vốn đầu tư nước ngoài"},
            ),
            (
                "Cấp Giấy phép lập cơ sở bán lẻ cho phép cơ sở bán lẻ được tiếp tục hoạt động",
                10,
                [
                    "Đơn đề nghị cấp Giấy phép lập cơ sở bán lẻ theo mẫu",
                    "Bản giải trình về việc tiếp tục hoạt động của cơ sở bán lẻ",
                ],
                "Giấy phép lập cơ sở bán lẻ",
                {"rank": 2, "subjects": "Tổ chức kinh tế có vốn đầu tư nước ngoài"},
            ),
        ],
    )
    + table(
        LTHH,
        PROVINCE,
        L_THUOC,
        [
            (
                "Cấp Giấy chứng nhận đủ điều kiện đầu tư trồng cây thuốc lá",
                15,
                [
                    "Đơn đề nghị cấp Giấy chứng nhận theo mẫu",
                    BUSINESS_REG,
                    "Bảng kê diện tích, địa điểm đầu tư trồng cây thuốc lá và hợp đồng với người trồng",
                    "Bảng kê cơ sở vật chất, kho tàng và lò sấy",
                ],
                "Giấy chứng nhận đủ điều kiện đầu tư trồng cây thuốc lá",
                {"rank": 1, "subjects": "Doanh nghiệp"},
            ),
            (
                "Cấp sửa đổi, bổ sung Giấy chứng nhận đủ điều kiện đầu tư trồng cây thuốc lá",
                15,
                ["Đơn đề nghị sửa đổi, bổ sung theo mẫu", "Tài liệu chứng minh nội dung thay đổi", OLD_LICENCE],
                "Giấy chứng nhận đủ điều kiện đầu tư trồng cây thuốc lá (sửa đổi, bổ sung)",
                {"rank": 3, "subjects": "Doanh nghiệp"},
            ),
        ],
    )
    + table(
        ATD,
        PROVINCE,
        L_ATD,
        [
            (
                "Thẩm định, phê duyệt phương án bảo vệ đập, hồ chứa thủy điện thuộc thẩm quyền của UBND tỉnh",
                20,
                [
                    "Tờ trình đề nghị phê duyệt phương án bảo vệ",
                    "Phương án bảo vệ đập, hồ chứa thủy điện",
                    "Bản đồ phạm vi bảo vệ",
                ],
                "Quyết định phê duyệt phương án bảo vệ đập, hồ chứa",
                {
                    "rank": 1,
                    "via": "UBND tỉnh",
                    "subjects": "Chủ sở hữu, tổ chức, cá nhân khai thác đập, hồ chứa thủy điện",
                },
            ),
            (
                "Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ đập, hồ chứa thủy điện",
                20,
                [
                    "Đơn đề nghị cấp phép theo mẫu",
                    "Sơ đồ vị trí khu vực hoạt động",
                    "Đánh giá ảnh hưởng đến an toàn đập",
                ],
                "Giấy phép hoạt động trong phạm vi bảo vệ đập",
                {"rank": 3},
            ),
        ],
    )
    + table(
        LTHH,
        DISTRICT,
        L_RUOU,
        [
            (
                "Cấp Giấy phép bán rượu tiêu dùng tại chỗ",
                10,
                ["Đơn đề nghị cấp Giấy phép bán rượu tiêu dùng tại chỗ theo mẫu", BUSINESS_REG],
                "Giấy phép bán rượu tiêu dùng tại chỗ",
                {"rank": 1, "fees": (fee("Phí thẩm định cấp Giấy phép bán rượu tiêu dùng tại chỗ", 200_000, "fee"),)},
            ),
            (
                "Cấp sửa đổi, bổ sung Giấy phép bán rượu tiêu dùng tại chỗ",
                10,
                ["Đơn đề nghị sửa đổi, bổ sung theo mẫu", "Tài liệu chứng minh nội dung thay đổi", OLD_LICENCE],
                "Giấy phép bán rượu tiêu dùng tại chỗ (sửa đổi, bổ sung)",
                {"rank": 2},
            ),
            (
                "Cấp lại Giấy phép bán rượu tiêu dùng tại chỗ",
                7,
                ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
                "Giấy phép bán rượu tiêu dùng tại chỗ",
                {"rank": 2},
            ),
        ],
        subjects="Thương nhân, hộ kinh doanh",
    )
    + table(
        LTHH,
        COMMUNE,
        L_RUOU,
        [
            (
                "Đăng ký sản xuất rượu thủ công để bán cho doanh nghiệp có giấy phép sản xuất rượu để chế biến lại",
                7,
                [
                    "Bản đăng ký sản xuất rượu thủ công theo mẫu",
                    ("Bản sao hợp đồng mua bán giữa tổ chức, cá nhân sản xuất rượu thủ công với doanh nghiệp", "c"),
                ],
                "Xác nhận đăng ký sản xuất rượu thủ công",
                {"rank": 1},
            ),
        ],
        subjects="Tổ chức, cá nhân sản xuất rượu thủ công",
    )
)
