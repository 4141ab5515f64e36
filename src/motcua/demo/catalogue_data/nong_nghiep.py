"""Agriculture and rural development (Sở Nông nghiệp và Phát triển nông thôn): veterinary, livestock,
crops and plant protection, forestry (new law of 2019), fisheries (new law of 2019), irrigation,
disaster prevention, quality of agricultural products, cooperative economy and rural development."""

from __future__ import annotations

from .base import (
    COMMUNE,
    DISTRICT,
    ID_COPY,
    LAND_CERT,
    LOST_REPORT,
    OLD_LICENCE,
    PHOTOS,
    PROVINCE,
    Case,
    Sector,
    act,
    family,
    fee,
    table,
)

DEPT = "H15.07"

TY = Sector("NN-TY", "Thú y", DEPT, "Chi cục Chăn nuôi và Thú y", "Phòng Nông nghiệp và Phát triển nông thôn")
CN = Sector("NN-CN", "Chăn nuôi", DEPT, "Chi cục Chăn nuôi và Thú y", "Phòng Nông nghiệp và Phát triển nông thôn")
TT = Sector(
    "NN-TT",
    "Trồng trọt",
    DEPT,
    "Chi cục Trồng trọt và Bảo vệ thực vật",
    "Phòng Nông nghiệp và Phát triển nông thôn",
    "Công chức Địa chính - Nông nghiệp",
)
BVTV = Sector("NN-BVTV", "Bảo vệ thực vật", DEPT, "Chi cục Trồng trọt và Bảo vệ thực vật")
LN = Sector("NN-LN", "Lâm nghiệp", DEPT, "Chi cục Kiểm lâm", "Hạt Kiểm lâm", "Công chức Địa chính - Nông nghiệp")
TS = Sector("NN-TS", "Thủy sản", DEPT, "Chi cục Thủy sản", "Phòng Nông nghiệp và Phát triển nông thôn")
TL = Sector(
    "NN-TL",
    "Thủy lợi",
    DEPT,
    "Chi cục Thủy lợi",
    "Phòng Nông nghiệp và Phát triển nông thôn",
    "Công chức Địa chính - Nông nghiệp",
)
PCTT = Sector(
    "NN-PCTT",
    "Phòng, chống thiên tai",
    DEPT,
    "Chi cục Thủy lợi",
    "Phòng Nông nghiệp và Phát triển nông thôn",
    "Công chức Địa chính - Nông nghiệp",
)
QLCL = Sector(
    "NN-QLCL",
    "Quản lý chất lượng nông lâm sản và thủy sản",
    DEPT,
    "Chi cục Quản lý chất lượng nông lâm sản và thủy sản",
    "Phòng Nông nghiệp và Phát triển nông thôn",
)
KTHT = Sector(
    "NN-KTHT",
    "Kinh tế hợp tác và phát triển nông thôn",
    DEPT,
    "Chi cục Phát triển nông thôn",
    "Phòng Nông nghiệp và Phát triển nông thôn",
    "Công chức Địa chính - Nông nghiệp",
)

SECTORS = [TY, CN, TT, BVTV, LN, TS, TL, PCTT, QLCL, KTHT]

L_TY = (
    "Luật Thú y số 79/2015/QH13",
    "Nghị định số 35/2016/NĐ-CP quy định chi tiết một số điều của Luật Thú y",
    "Nghị định số 123/2018/NĐ-CP sửa đổi, bổ sung một số Nghị định quy định về điều kiện đầu tư, kinh doanh trong "
    "lĩnh vực nông nghiệp",
    "Thông tư số 25/2016/TT-BNNPTNT quy định về kiểm dịch động vật, sản phẩm động vật trên cạn",
    "Thông tư số 285/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong công tác "
    "thú y",
)
L_CN = (
    "Nghị định số 39/2017/NĐ-CP về quản lý thức ăn chăn nuôi, thủy sản",
    "Pháp lệnh Giống vật nuôi số 16/2004/PL-UBTVQH11",
)
L_TT = (
    "Nghị định số 108/2017/NĐ-CP về quản lý phân bón",
    "Pháp lệnh Giống cây trồng số 15/2004/PL-UBTVQH11",
    "Nghị định số 35/2015/NĐ-CP về quản lý, sử dụng đất trồng lúa",
)
L_BVTV = (
    "Luật Bảo vệ và kiểm dịch thực vật số 41/2013/QH13",
    "Nghị định số 66/2016/NĐ-CP quy định điều kiện đầu tư kinh doanh về bảo vệ và kiểm dịch thực vật; giống cây trồng; "
    "nuôi động vật rừng thông thường; chăn nuôi; thủy sản; thực phẩm",
    "Thông tư số 21/2015/TT-BNNPTNT về quản lý thuốc bảo vệ thực vật",
)
L_LN_NEW = (
    "Luật Lâm nghiệp số 16/2017/QH14",
    "Nghị định số 156/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật Lâm nghiệp",
    "Thông tư số 27/2018/TT-BNNPTNT quy định về quản lý, truy xuất nguồn gốc lâm sản",
)
L_LN_OLD = (
    "Luật Bảo vệ và Phát triển rừng số 29/2004/QH11",
    "Nghị định số 23/2006/NĐ-CP về thi hành Luật Bảo vệ và Phát triển rừng",
)
L_TS_NEW = (
    "Luật Thủy sản số 18/2017/QH14",
    "Nghị định số 26/2019/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản",
)
L_TS_OLD = ("Luật Thủy sản số 17/2003/QH11", "Nghị định số 66/2016/NĐ-CP")
L_TL = (
    "Luật Thủy lợi số 08/2017/QH14",
    "Nghị định số 67/2018/NĐ-CP quy định chi tiết một số điều của Luật Thủy lợi",
)
L_TL_OLD = ("Pháp lệnh Khai thác và bảo vệ công trình thủy lợi số 32/2001/PL-UBTVQH10",)
L_PCTT = (
    "Luật Phòng, chống thiên tai số 33/2013/QH13",
    "Nghị định số 02/2017/NĐ-CP về cơ chế, chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị "
    "thiệt hại do thiên tai, dịch bệnh",
)
L_QLCL_NEW = (
    "Luật An toàn thực phẩm số 55/2010/QH12",
    "Nghị định số 15/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm",
    "Thông tư số 38/2018/TT-BNNPTNT quy định việc thẩm định, chứng nhận cơ sở sản xuất, kinh doanh thực phẩm nông, "
    "lâm, thủy sản đủ điều kiện an toàn thực phẩm",
)
L_QLCL_OLD = (
    "Luật An toàn thực phẩm số 55/2010/QH12",
    "Thông tư số 45/2014/TT-BNNPTNT quy định việc kiểm tra cơ sở sản xuất, kinh doanh vật tư nông nghiệp và kiểm tra, "
    "chứng nhận cơ sở sản xuất, kinh doanh nông lâm thủy sản đủ điều kiện an toàn thực phẩm",
)
L_KTHT = (
    "Nghị định số 98/2018/NĐ-CP về chính sách khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ "
    "sản phẩm nông nghiệp",
    "Nghị định số 57/2018/NĐ-CP về cơ chế, chính sách khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn",
    "Nghị định số 52/2018/NĐ-CP về phát triển ngành nghề nông thôn",
)

_VET_FEE = (fee("Phí kiểm dịch động vật, sản phẩm động vật", 60000, "fee", "Theo Thông tư số 285/2016/TT-BTC"),)

_TY = table(
    TY,
    PROVINCE,
    L_TY,
    [
        (
            "Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật trên cạn vận chuyển ra khỏi địa bàn cấp tỉnh",
            3,
            [
                "Giấy đăng ký kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh theo mẫu",
                "Bản sao giấy chứng nhận vùng, cơ sở an toàn dịch bệnh (nếu có)",
            ],
            "Giấy chứng nhận kiểm dịch",
            {
                "fees": _VET_FEE,
                "online": 3,
                "cases": (
                    Case("khong-an-toan", "Động vật xuất phát từ cơ sở chưa được công nhận an toàn dịch bệnh", 4),
                ),
            },
        ),
        (
            "Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật thủy sản vận chuyển ra khỏi địa bàn cấp tỉnh",
            3,
            ["Giấy đăng ký kiểm dịch theo mẫu", "Bản sao kết quả xét nghiệm bệnh (nếu có)"],
            "Giấy chứng nhận kiểm dịch",
            {"fees": _VET_FEE},
        ),
        (
            "Cấp, gia hạn Chứng chỉ hành nghề thú y thuộc thẩm quyền cơ quan quản lý chuyên ngành thú y cấp tỉnh (gồm "
            "tiêm phòng, chữa bệnh, phẫu thuật động vật; tư vấn các hoạt động liên quan đến lĩnh vực thú y; khám "
            "bệnh, chẩn đoán bệnh, xét nghiệm bệnh động vật; buôn bán thuốc thú y)",
            5,
            [
                "Đơn đăng ký cấp Chứng chỉ hành nghề thú y theo mẫu",
                ("Bản sao văn bằng, chứng chỉ chuyên môn", "c"),
                "Giấy chứng nhận sức khỏe",
                PHOTOS,
            ],
            "Chứng chỉ hành nghề thú y",
            {
                "fees": (fee("Phí thẩm định cấp chứng chỉ hành nghề thú y", 100000, "fee"),),
                "subjects": "Cá nhân",
                "online": 3,
            },
        ),
        (
            "Cấp lại Chứng chỉ hành nghề thú y (trong trường hợp bị mất, sai sót, hư hỏng; có thay đổi thông tin liên "
            "quan đến cá nhân đã được cấp Chứng chỉ hành nghề thú y)",
            5,
            ["Đơn đăng ký cấp lại theo mẫu", PHOTOS],
            "Chứng chỉ hành nghề thú y",
            {"subjects": "Cá nhân", "spot": True},
        ),
        (
            "Cấp Giấy chứng nhận cơ sở an toàn dịch bệnh động vật trên cạn",
            15,
            [
                "Đơn đăng ký chứng nhận cơ sở an toàn dịch bệnh theo mẫu",
                "Báo cáo điều kiện cơ sở",
                "Kết quả giám sát dịch bệnh",
            ],
            "Giấy chứng nhận cơ sở an toàn dịch bệnh động vật",
            {},
        ),
        (
            "Cấp lại Giấy chứng nhận cơ sở an toàn dịch bệnh động vật trên cạn",
            5,
            ["Đơn đăng ký cấp lại theo mẫu", LOST_REPORT],
            "Giấy chứng nhận cơ sở an toàn dịch bệnh động vật",
            {"rank": 1},
        ),
        (
            "Cấp Giấy chứng nhận cơ sở an toàn dịch bệnh động vật thủy sản",
            15,
            ["Đơn đăng ký chứng nhận theo mẫu", "Báo cáo điều kiện cơ sở", "Kết quả giám sát dịch bệnh"],
            "Giấy chứng nhận cơ sở an toàn dịch bệnh động vật thủy sản",
            {"rank": 1},
        ),
        (
            "Cấp lại Giấy chứng nhận cơ sở an toàn dịch bệnh động vật thủy sản",
            5,
            ["Đơn đăng ký cấp lại theo mẫu"],
            "Giấy chứng nhận cơ sở an toàn dịch bệnh động vật thủy sản",
            {"rank": 3},
        ),
        (
            "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
            15,
            [
                "Đơn đăng ký kiểm tra điều kiện buôn bán thuốc thú y theo mẫu",
                "Bản thuyết minh chi tiết về cơ sở vật chất, kỹ thuật",
                "Bản sao Chứng chỉ hành nghề thú y của người phụ trách",
            ],
            "Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
            {"fees": (fee("Phí thẩm định điều kiện buôn bán thuốc thú y", 230000, "fee"),)},
        ),
        (
            "Cấp lại Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
            5,
            ["Đơn đăng ký cấp lại theo mẫu", LOST_REPORT],
            "Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
            {"spot": True},
        ),
        (
            "Cấp giấy xác nhận nội dung quảng cáo thuốc thú y",
            10,
            [
                "Đơn đăng ký xác nhận nội dung quảng cáo theo mẫu",
                "Kịch bản, nội dung quảng cáo",
                "Bản sao giấy chứng nhận lưu hành thuốc thú y",
            ],
            "Giấy xác nhận nội dung quảng cáo thuốc thú y",
            {"rank": 1},
        ),
        (
            "Cấp lại Giấy chứng nhận điều kiện vệ sinh thú y",
            5,
            ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy chứng nhận điều kiện vệ sinh thú y",
            {"rank": 2},
        ),
        (
            "Cấp văn bản chấp thuận cho kiểm dịch động vật, sản phẩm động vật tại nơi cách ly kiểm dịch",
            3,
            ["Giấy đề nghị theo mẫu", "Sơ đồ nơi cách ly kiểm dịch"],
            "Văn bản chấp thuận",
            {"rank": 3},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_TY += family(
    TY,
    PROVINCE,
    "Cấp Giấy chứng nhận điều kiện vệ sinh thú y đối với {o}",
    [
        "cơ sở giết mổ động vật tập trung",
        ("cơ sở sơ chế, chế biến động vật, sản phẩm động vật", {"rank": 1}),
        ("cơ sở kinh doanh sản phẩm động vật", {"rank": 1}),
        ("cơ sở thu gom, kinh doanh động vật", {"rank": 2}),
        ("cơ sở cách ly kiểm dịch động vật, sản phẩm động vật", {"rank": 3}),
        ("cơ sở sản xuất con giống", {"rank": 2}),
    ],
    [
        act(
            "",
            15,
            [
                "Đơn đề nghị cấp Giấy chứng nhận điều kiện vệ sinh thú y theo mẫu",
                "Bản thuyết minh điều kiện vệ sinh thú y của cơ sở",
            ],
        )
    ],
    result="Giấy chứng nhận điều kiện vệ sinh thú y",
    basis=L_TY,
    subjects="Tổ chức, cá nhân",
    fees=(fee("Phí thẩm định điều kiện vệ sinh thú y", 300000, "fee"),),
)

_TY_DISTRICT = table(
    TY,
    DISTRICT,
    L_TY,
    [
        (
            "Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật trên cạn vận chuyển ra khỏi địa bàn cấp tỉnh "
            "(do Trạm Chăn nuôi và Thú y cấp huyện thực hiện)",
            3,
            ["Giấy đăng ký kiểm dịch theo mẫu"],
            "Giấy chứng nhận kiểm dịch",
            {"fees": _VET_FEE},
        ),
        (
            "Cấp Giấy chứng nhận điều kiện vệ sinh thú y đối với cơ sở giết mổ nhỏ lẻ do địa phương quản lý",
            15,
            ["Đơn đề nghị cấp Giấy chứng nhận", "Bản thuyết minh điều kiện vệ sinh thú y"],
            "Giấy chứng nhận điều kiện vệ sinh thú y",
            {"rank": 1},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_CN = table(
    CN,
    PROVINCE,
    L_CN,
    [
        (
            "Cấp Giấy chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi thương mại, thức ăn chăn nuôi theo đặt hàng",
            15,
            ["Đơn đề nghị cấp Giấy chứng nhận theo mẫu", "Bản thuyết minh điều kiện sản xuất thức ăn chăn nuôi"],
            "Giấy chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi",
            {},
        ),
        (
            "Cấp lại Giấy chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi",
            5,
            ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi",
            {"rank": 1},
        ),
        (
            "Công nhận cơ sở sản xuất, kinh doanh giống vật nuôi đủ điều kiện",
            15,
            ["Đơn đề nghị công nhận theo mẫu", "Bản thuyết minh điều kiện cơ sở"],
            "Quyết định công nhận",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_TT = table(
    TT,
    PROVINCE,
    L_TT,
    [
        (
            "Cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón",
            10,
            [
                "Đơn đề nghị cấp Giấy chứng nhận theo mẫu",
                "Bản thuyết minh điều kiện buôn bán phân bón",
                "Bản sao Giấy chứng nhận bồi dưỡng chuyên môn về phân bón",
            ],
            "Giấy chứng nhận đủ điều kiện buôn bán phân bón",
            {"fees": (fee("Phí thẩm định điều kiện buôn bán phân bón", 500000, "fee"),), "online": 3},
        ),
        (
            "Cấp lại Giấy chứng nhận đủ điều kiện buôn bán phân bón",
            7,
            ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy chứng nhận đủ điều kiện buôn bán phân bón",
            {"spot": True},
        ),
        (
            "Xác nhận nội dung quảng cáo phân bón",
            10,
            [
                "Đơn đề nghị xác nhận nội dung quảng cáo theo mẫu",
                "Kịch bản quảng cáo",
                "Bản sao quyết định công nhận phân bón lưu hành",
            ],
            "Giấy xác nhận nội dung quảng cáo phân bón",
            {},
        ),
        (
            "Công nhận cây đầu dòng, vườn cây đầu dòng cây công nghiệp, cây ăn quả lâu năm nhân giống bằng phương "
            "pháp vô tính",
            30,
            ["Đơn đề nghị công nhận theo mẫu", "Báo cáo kết quả bình tuyển cây đầu dòng"],
            "Quyết định công nhận cây đầu dòng, vườn cây đầu dòng",
            {},
        ),
        (
            "Công nhận lại vườn cây đầu dòng",
            30,
            ["Đơn đề nghị công nhận lại theo mẫu", "Báo cáo quá trình sản xuất"],
            "Quyết định công nhận lại",
            {"rank": 2},
        ),
        (
            "Công nhận tiến bộ kỹ thuật về giống cây trồng cấp tỉnh",
            30,
            ["Đơn đề nghị công nhận tiến bộ kỹ thuật", "Báo cáo kết quả khảo nghiệm, sản xuất thử"],
            "Quyết định công nhận tiến bộ kỹ thuật",
            {"via": "UBND tỉnh", "rank": 3},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)
_TT_COMMUNE = table(
    TT,
    COMMUNE,
    L_TT,
    [
        (
            "Đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa",
            5,
            ["Bản đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa theo mẫu"],
            "Văn bản chấp thuận chuyển đổi",
            {"spot": True},
        ),
    ],
    subjects="Hộ gia đình, cá nhân",
)

_BVTV = table(
    BVTV,
    PROVINCE,
    L_BVTV,
    [
        (
            "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật",
            15,
            [
                "Đơn đề nghị cấp Giấy chứng nhận theo mẫu",
                "Bản thuyết minh điều kiện buôn bán thuốc bảo vệ thực vật",
                "Bản sao văn bằng, chứng chỉ chuyên môn về bảo vệ thực vật",
            ],
            "Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật",
            {"fees": (fee("Phí thẩm định điều kiện buôn bán thuốc bảo vệ thực vật", 500000, "fee"),), "online": 3},
        ),
        (
            "Cấp lại Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật",
            5,
            ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật",
            {"spot": True},
        ),
        (
            "Xác nhận nội dung quảng cáo thuốc bảo vệ thực vật",
            10,
            ["Đơn đề nghị xác nhận nội dung quảng cáo theo mẫu", "Kịch bản, nội dung quảng cáo"],
            "Giấy xác nhận nội dung quảng cáo thuốc bảo vệ thực vật",
            {},
        ),
        (
            "Cấp Giấy chứng nhận kiểm dịch thực vật đối với lô vật thể vận chuyển từ vùng nhiễm đối tượng kiểm dịch "
            "thực vật",
            1,
            ["Giấy đăng ký kiểm dịch thực vật theo mẫu"],
            "Giấy chứng nhận kiểm dịch thực vật",
            {"cutoff": "16:00", "rank": 1},
        ),
        (
            "Cấp giấy phép vận chuyển thuốc bảo vệ thực vật",
            5,
            ["Đơn đề nghị cấp giấy phép vận chuyển", "Bản sao giấy đăng ký phương tiện vận chuyển"],
            "Giấy phép vận chuyển thuốc bảo vệ thực vật",
            {"rank": 3},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_FOREST_PLAN = ["Tờ trình đề nghị phê duyệt", "Hồ sơ thiết kế, dự toán hoặc phương án kèm bản đồ"]
_LN = table(
    LN,
    PROVINCE,
    L_LN_NEW,
    [
        (
            "Phê duyệt, điều chỉnh, thiết kế dự toán công trình lâm sinh (đối với công trình lâm sinh thuộc dự án do "
            "Chủ tịch UBND cấp tỉnh quyết định đầu tư)",
            15,
            _FOREST_PLAN,
            "Quyết định phê duyệt thiết kế, dự toán công trình lâm sinh",
            {},
        ),
        (
            "Thẩm định, phê duyệt phương án quản lý rừng bền vững của chủ rừng là tổ chức",
            35,
            [
                "Văn bản đề nghị thẩm định, phê duyệt phương án",
                "Phương án quản lý rừng bền vững",
                "Bản đồ hiện trạng rừng",
            ],
            "Quyết định phê duyệt phương án quản lý rừng bền vững",
            {"via": "UBND tỉnh"},
        ),
        (
            "Chuyển loại rừng đối với khu rừng do UBND cấp tỉnh quyết định thành lập",
            30,
            ["Tờ trình đề nghị chuyển loại rừng", "Đề án chuyển loại rừng", "Bản đồ khu rừng đề nghị chuyển loại"],
            "Quyết định chuyển loại rừng",
            {"via": "UBND tỉnh"},
        ),
        (
            "Phê duyệt phương án khai thác thực vật rừng loài thông thường thuộc sở hữu toàn dân",
            10,
            ["Văn bản đề nghị phê duyệt phương án khai thác", "Phương án khai thác thực vật rừng"],
            "Quyết định phê duyệt phương án khai thác",
            {},
        ),
        (
            "Đăng ký mã số cơ sở nuôi, trồng các loài động vật rừng, thực vật rừng nguy cấp, quý, hiếm Nhóm II và "
            "động vật, thực vật hoang dã nguy cấp thuộc Phụ lục II, III CITES",
            5,
            ["Đề nghị cấp mã số cơ sở nuôi, trồng theo mẫu", "Phương án nuôi, trồng"],
            "Giấy chứng nhận mã số cơ sở nuôi, trồng",
            {},
        ),
        (
            "Miễn, giảm tiền dịch vụ môi trường rừng (đối với bên sử dụng dịch vụ môi trường rừng nằm trong phạm vi "
            "địa giới hành chính của một tỉnh)",
            30,
            ["Văn bản đề nghị miễn, giảm tiền dịch vụ môi trường rừng", "Báo cáo xác định mức độ thiệt hại"],
            "Quyết định miễn, giảm tiền dịch vụ môi trường rừng",
            {"via": "UBND tỉnh"},
        ),
        (
            "Phê duyệt đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong rừng đặc dụng đối với khu rừng đặc dụng "
            "thuộc địa phương quản lý",
            30,
            ["Tờ trình đề nghị phê duyệt đề án", "Đề án du lịch sinh thái, nghỉ dưỡng, giải trí"],
            "Quyết định phê duyệt đề án",
            {"via": "UBND tỉnh"},
        ),
        (
            "Phê duyệt đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong rừng phòng hộ đối với khu rừng phòng hộ "
            "thuộc địa phương quản lý",
            30,
            ["Tờ trình đề nghị phê duyệt đề án", "Đề án du lịch sinh thái, nghỉ dưỡng, giải trí"],
            "Quyết định phê duyệt đề án",
            {"via": "UBND tỉnh"},
        ),
        (
            "Phê duyệt phương án trồng rừng mới thay thế diện tích rừng chuyển sang sử dụng cho mục đích khác",
            20,
            ["Văn bản đề nghị phê duyệt phương án", "Phương án trồng rừng thay thế"],
            "Quyết định phê duyệt phương án trồng rừng thay thế",
            {},
        ),
        (
            "Nộp tiền trồng rừng thay thế về Quỹ Bảo vệ và Phát triển rừng của tỉnh",
            10,
            ["Văn bản đề nghị nộp tiền trồng rừng thay thế", "Quyết định chuyển mục đích sử dụng rừng"],
            "Văn bản chấp thuận phương án nộp tiền trồng rừng thay thế",
            {},
        ),
        (
            "Cấp giấy phép vận chuyển đặc biệt động vật rừng, thực vật rừng nguy cấp, quý, hiếm",
            5,
            ["Đề nghị cấp giấy phép vận chuyển theo mẫu", "Hồ sơ nguồn gốc động vật, thực vật rừng"],
            "Giấy phép vận chuyển đặc biệt",
            {},
        ),
        (
            "Xác nhận nguồn gốc gỗ trước khi xuất khẩu",
            3,
            ["Đề nghị xác nhận nguồn gốc gỗ theo mẫu", "Bảng kê lâm sản"],
            "Văn bản xác nhận nguồn gốc gỗ",
            {},
        ),
        (
            "Phê duyệt phương án khai thác động vật rừng thông thường từ tự nhiên",
            15,
            ["Văn bản đề nghị phê duyệt phương án", "Phương án khai thác động vật rừng"],
            "Quyết định phê duyệt phương án khai thác",
            {},
        ),
        (
            "Giao rừng, cho thuê rừng đối với tổ chức",
            30,
            [
                "Đơn đề nghị giao rừng, thuê rừng theo mẫu",
                "Dự án đầu tư hoặc phương án quản lý rừng",
                "Bản đồ khu rừng",
            ],
            "Quyết định giao rừng, cho thuê rừng",
            {"via": "UBND tỉnh"},
        ),
        (
            "Thu hồi rừng của tổ chức tự nguyện trả lại rừng",
            20,
            ["Văn bản đề nghị trả lại rừng", "Quyết định giao rừng hoặc hợp đồng thuê rừng"],
            "Quyết định thu hồi rừng",
            {"via": "UBND tỉnh"},
        ),
        (
            "Chuyển mục đích sử dụng rừng sang mục đích khác",
            30,
            [
                "Tờ trình đề nghị chuyển mục đích sử dụng rừng",
                "Báo cáo đề xuất chuyển mục đích sử dụng rừng",
                "Bản đồ hiện trạng khu rừng",
            ],
            "Quyết định chuyển mục đích sử dụng rừng",
            {"via": "UBND tỉnh"},
        ),
        (
            "Công nhận nguồn giống cây trồng lâm nghiệp (cây mẹ, cây đầu dòng, vườn giống, rừng giống)",
            15,
            ["Đơn đề nghị công nhận nguồn giống theo mẫu", "Báo cáo kết quả bình tuyển"],
            "Quyết định công nhận nguồn giống",
            {},
        ),
        (
            "Thành lập khu rừng phòng hộ, khu rừng đặc dụng thuộc địa phương quản lý",
            45,
            ["Tờ trình đề nghị thành lập", "Dự án thành lập khu rừng", "Bản đồ khu rừng"],
            "Quyết định thành lập khu rừng",
            {"via": "UBND tỉnh"},
        ),
    ],
    subjects="Chủ rừng, tổ chức, cá nhân",
    since="2019-LN",
)

# The procedures of the 2004 forestry law that the 2019 decision abolishes.
LN_ABOLISHED = [
    "Thẩm định và phê duyệt hồ sơ thiết kế khai thác gỗ rừng tự nhiên",
    "Giao rừng cho tổ chức",
    "Cho thuê rừng đối với tổ chức",
    "Thu hồi rừng của tổ chức",
    "Cấp giấy phép khai thác gỗ rừng trồng tập trung bằng vốn ngân sách, vốn viện trợ không hoàn lại",
    "Cấp đăng ký trại nuôi sinh trưởng, sinh sản động vật hoang dã thông thường",
    "Phê duyệt hồ sơ thiết kế khai thác tận dụng gỗ trong quá trình thực hiện các biện pháp lâm sinh",
]
_LN_OLD = table(
    LN,
    PROVINCE,
    L_LN_OLD,
    [
        (
            name,
            15,
            ["Tờ trình hoặc đơn đề nghị", "Hồ sơ thiết kế hoặc phương án kèm bản đồ"],
            "Quyết định phê duyệt",
            {},
        )
        for name in LN_ABOLISHED
    ],
    subjects="Chủ rừng, tổ chức",
)

_LN_DISTRICT = table(
    LN,
    DISTRICT,
    L_LN_NEW,
    [
        (
            "Giao rừng, cho thuê rừng đối với hộ gia đình, cá nhân; giao rừng đối với cộng đồng dân cư",
            30,
            ["Đơn đề nghị giao rừng, thuê rừng theo mẫu", "Phương án quản lý rừng đơn giản"],
            "Quyết định giao rừng, cho thuê rừng",
            {},
        ),
        (
            "Thu hồi rừng của hộ gia đình, cá nhân, cộng đồng dân cư tự nguyện trả lại rừng",
            20,
            ["Văn bản đề nghị trả lại rừng", "Quyết định giao rừng hoặc hợp đồng thuê rừng"],
            "Quyết định thu hồi rừng",
            {},
        ),
        (
            "Phê duyệt phương án khai thác thực vật rừng loài thông thường thuộc sở hữu của hộ gia đình, cá nhân, "
            "cộng đồng dân cư",
            10,
            ["Văn bản đề nghị phê duyệt phương án khai thác", "Phương án khai thác"],
            "Quyết định phê duyệt phương án khai thác",
            {},
        ),
        (
            "Xác nhận bảng kê lâm sản",
            2,
            ["Văn bản đề nghị xác nhận", "Bảng kê lâm sản", "Hồ sơ nguồn gốc lâm sản"],
            "Bảng kê lâm sản có xác nhận của cơ quan Kiểm lâm",
            {"spot": True},
        ),
        (
            "Đăng ký mã số cơ sở nuôi, trồng các loài động vật rừng, thực vật rừng nguy cấp, quý, hiếm Nhóm II và "
            "động vật, thực vật hoang dã thuộc Phụ lục II, III CITES (do Hạt Kiểm lâm thực hiện)",
            5,
            ["Đề nghị cấp mã số cơ sở nuôi, trồng theo mẫu"],
            "Giấy chứng nhận mã số cơ sở nuôi, trồng",
            {},
        ),
    ],
    subjects="Hộ gia đình, cá nhân, cộng đồng dân cư",
    since="2019-LN",
)

_TS = table(
    TS,
    PROVINCE,
    L_TS_NEW,
    [
        (
            "Cấp giấy chứng nhận cơ sở đủ điều kiện sản xuất, ương dưỡng giống thủy sản (trừ giống thủy sản bố mẹ)",
            15,
            ["Đơn đề nghị cấp giấy chứng nhận theo mẫu", "Bản thuyết minh về cơ sở vật chất, trang thiết bị"],
            "Giấy chứng nhận cơ sở đủ điều kiện sản xuất, ương dưỡng giống thủy sản",
            {},
        ),
        (
            "Cấp lại giấy chứng nhận cơ sở đủ điều kiện sản xuất, ương dưỡng giống thủy sản (trừ giống thủy sản bố mẹ)",
            5,
            ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy chứng nhận cơ sở đủ điều kiện sản xuất, ương dưỡng giống thủy sản",
            {},
        ),
        (
            "Cấp giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản (theo yêu cầu)",
            15,
            ["Đơn đề nghị cấp giấy chứng nhận theo mẫu", "Bản thuyết minh về cơ sở vật chất"],
            "Giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản",
            {},
        ),
        (
            "Cấp giấy phép khai thác thủy sản",
            5,
            ["Đơn đề nghị cấp giấy phép khai thác thủy sản theo mẫu", "Bản sao giấy chứng nhận đăng ký tàu cá"],
            "Giấy phép khai thác thủy sản",
            {},
        ),
        (
            "Cấp lại giấy phép khai thác thủy sản",
            5,
            ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy phép khai thác thủy sản",
            {},
        ),
        (
            "Cấp giấy chứng nhận đăng ký tàu cá",
            3,
            ["Tờ khai đăng ký tàu cá theo mẫu", "Giấy tờ chứng minh nguồn gốc tàu cá", PHOTOS],
            "Giấy chứng nhận đăng ký tàu cá",
            {},
        ),
        (
            "Xóa đăng ký tàu cá",
            3,
            ["Tờ khai xóa đăng ký tàu cá theo mẫu", "Giấy chứng nhận đăng ký tàu cá"],
            "Giấy chứng nhận xóa đăng ký tàu cá",
            {},
        ),
        (
            "Công nhận và giao quyền quản lý cho tổ chức cộng đồng",
            30,
            [
                "Đơn đề nghị công nhận tổ chức cộng đồng theo mẫu",
                "Phương án đồng quản lý",
                "Biên bản họp tổ chức cộng đồng",
            ],
            "Quyết định công nhận và giao quyền quản lý",
            {"via": "UBND tỉnh"},
        ),
    ],
    subjects="Tổ chức, cá nhân",
    since="2019-TS",
)
TS_ABOLISHED = [
    "Cấp giấy chứng nhận cơ sở đủ điều kiện sản xuất, kinh doanh giống thủy sản",
    "Cấp giấy phép khai thác thủy sản (đối với tàu cá không lắp máy hoặc có công suất dưới 20 sức ngựa)",
    "Cấp gia hạn giấy phép khai thác thủy sản",
]
_TS_OLD = table(
    TS,
    PROVINCE,
    L_TS_OLD,
    [
        (name, 10, ["Đơn đề nghị theo mẫu", "Hồ sơ kèm theo"], "Giấy chứng nhận hoặc giấy phép", {})
        for name in TS_ABOLISHED
    ],
    subjects="Tổ chức, cá nhân",
)
_TS_DISTRICT = table(
    TS,
    DISTRICT,
    L_TS_NEW,
    [
        (
            "Cấp giấy xác nhận đăng ký nuôi trồng thủy sản lồng bè, đối tượng thủy sản nuôi chủ lực",
            5,
            ["Tờ khai đăng ký nuôi trồng thủy sản theo mẫu"],
            "Giấy xác nhận đăng ký nuôi trồng thủy sản",
            {},
        ),
        (
            "Cấp lại giấy xác nhận đăng ký nuôi trồng thủy sản lồng bè, đối tượng thủy sản nuôi chủ lực",
            3,
            ["Tờ khai đăng ký cấp lại theo mẫu"],
            "Giấy xác nhận đăng ký nuôi trồng thủy sản",
            {},
        ),
    ],
    subjects="Tổ chức, cá nhân nuôi trồng thủy sản",
    since="2019-TS",
)

_TL_PERMIT = [
    "Đơn đề nghị cấp giấy phép theo mẫu",
    "Bản vẽ thiết kế, bản đồ vị trí hoạt động",
    "Văn bản thỏa thuận của tổ chức, cá nhân khai thác công trình thủy lợi",
]
_TL = family(
    TL,
    PROVINCE,
    "{a} giấy phép {o} trong phạm vi bảo vệ công trình thủy lợi thuộc thẩm quyền của UBND tỉnh",
    [
        "xây dựng công trình mới",
        "lập bến, bãi tập kết nguyên liệu, nhiên liệu, vật tư, phương tiện",
        "khoan, đào khảo sát địa chất, thăm dò, khai thác khoáng sản, vật liệu xây dựng, khai thác nước dưới đất",
        "cho hoạt động du lịch, thể thao, nghiên cứu khoa học, kinh doanh, dịch vụ",
        "nổ mìn và các hoạt động gây nổ khác",
        "xả nước thải vào công trình thủy lợi",
    ],
    [
        act("Cấp", 20, _TL_PERMIT),
        act(
            "Cấp gia hạn, điều chỉnh nội dung",
            10,
            ["Đơn đề nghị gia hạn, điều chỉnh giấy phép theo mẫu", OLD_LICENCE],
            rank=1,
        ),
    ],
    result="Giấy phép hoạt động trong phạm vi bảo vệ công trình thủy lợi",
    basis=L_TL,
    subjects="Tổ chức, cá nhân",
    via="UBND tỉnh",
    since="2019-TS",
) + table(
    TL,
    PROVINCE,
    L_TL,
    [
        (
            "Phê duyệt phương án cắm mốc chỉ giới phạm vi bảo vệ công trình thủy lợi thuộc thẩm quyền của UBND tỉnh",
            20,
            ["Tờ trình đề nghị phê duyệt", "Phương án cắm mốc chỉ giới"],
            "Quyết định phê duyệt phương án cắm mốc",
            {},
        ),
        (
            "Thẩm định, phê duyệt đề cương, kết quả kiểm định an toàn đập, hồ chứa thủy lợi thuộc thẩm quyền của UBND "
            "tỉnh",
            15,
            ["Tờ trình đề nghị phê duyệt", "Đề cương hoặc báo cáo kết quả kiểm định an toàn đập"],
            "Quyết định phê duyệt",
            {},
        ),
        (
            "Phê duyệt, điều chỉnh quy trình vận hành đối với công trình thủy lợi lớn và công trình thủy lợi vừa do "
            "UBND tỉnh phân cấp",
            20,
            ["Tờ trình đề nghị phê duyệt", "Dự thảo quy trình vận hành"],
            "Quyết định phê duyệt quy trình vận hành",
            {},
        ),
        (
            "Phê duyệt phương án bảo vệ công trình thủy lợi thuộc thẩm quyền của UBND tỉnh",
            20,
            ["Tờ trình đề nghị phê duyệt", "Phương án bảo vệ công trình thủy lợi"],
            "Quyết định phê duyệt phương án bảo vệ",
            {},
        ),
    ],
    subjects="Tổ chức khai thác công trình thủy lợi",
    via="UBND tỉnh",
    since="2019-TS",
)
TL_ABOLISHED = [
    "Cấp giấy phép xả nước thải vào hệ thống công trình thủy lợi",
    "Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi (theo Pháp lệnh Khai thác và bảo vệ "
    "công trình thủy lợi)",
]
_TL_OLD = table(
    TL,
    PROVINCE,
    L_TL_OLD,
    [(name, 15, ["Đơn đề nghị cấp giấy phép", "Hồ sơ kèm theo"], "Giấy phép", {}) for name in TL_ABOLISHED],
    subjects="Tổ chức, cá nhân",
)
_TL_DISTRICT = table(
    TL,
    DISTRICT,
    L_TL,
    [
        (
            "Hỗ trợ đầu tư xây dựng phát triển thủy lợi nhỏ, thủy lợi nội đồng và tưới tiên tiến, tiết kiệm nước",
            20,
            ["Đơn đề nghị hỗ trợ theo mẫu", "Thiết kế, dự toán công trình"],
            "Quyết định hỗ trợ",
            {"since": "2019-TS"},
        ),
    ],
    subjects="Tổ chức thủy lợi cơ sở, hộ gia đình",
)

_PCTT = table(
    PCTT,
    PROVINCE,
    L_PCTT,
    [
        (
            "Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh (đối với doanh nghiệp, hợp tác xã)",
            10,
            ["Đơn đề nghị hỗ trợ theo mẫu", "Biên bản xác nhận thiệt hại"],
            "Quyết định hỗ trợ",
            {"via": "UBND tỉnh"},
        ),
        (
            "Cấp phép cho các hoạt động liên quan đến đê điều",
            10,
            [
                "Đơn đề nghị cấp phép theo mẫu",
                "Bản vẽ thiết kế công trình",
                "Văn bản thỏa thuận của cơ quan quản lý đê",
            ],
            "Giấy phép hoạt động liên quan đến đê điều",
            {"rank": 3},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)
_PCTT_COMMUNE = table(
    PCTT,
    COMMUNE,
    L_PCTT,
    [
        (
            "Hỗ trợ khắc phục thiệt hại sản xuất nông nghiệp do thiên tai, dịch bệnh gây ra",
            10,
            ["Đơn đề nghị hỗ trợ theo mẫu", "Biên bản xác nhận mức độ thiệt hại của thôn, bản"],
            "Quyết định hỗ trợ của UBND cấp huyện",
            {"via": "UBND cấp huyện"},
        ),
        (
            "Xác nhận thiệt hại về nhà ở do thiên tai",
            3,
            ["Đơn đề nghị xác nhận", "Ảnh chụp hiện trạng thiệt hại"],
            "Văn bản xác nhận thiệt hại",
            {"rank": 2},
        ),
        (
            "Hỗ trợ giống cây trồng, vật nuôi, thủy sản để khôi phục sản xuất sau thiên tai",
            10,
            ["Đơn đề nghị hỗ trợ theo mẫu", "Biên bản xác nhận thiệt hại"],
            "Quyết định hỗ trợ",
            {"rank": 1},
        ),
    ],
    subjects="Hộ gia đình, cá nhân",
)

_QLCL = table(
    QLCL,
    PROVINCE,
    L_QLCL_NEW,
    [
        (
            "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm "
            "nông, lâm, thủy sản",
            15,
            [
                "Đơn đề nghị cấp Giấy chứng nhận theo mẫu",
                "Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện an toàn thực phẩm",
            ],
            "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            {"fees": (fee("Phí thẩm định cơ sở đủ điều kiện an toàn thực phẩm", 700000, "fee"),), "online": 3},
        ),
        (
            "Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm "
            "nông, lâm, thủy sản (trường hợp trước 06 tháng tính đến ngày Giấy chứng nhận hết hạn)",
            15,
            ["Đơn đề nghị cấp lại theo mẫu", "Bản thuyết minh bổ sung (nếu có thay đổi)"],
            "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            {},
        ),
        (
            "Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực "
            "phẩm nông, lâm, thủy sản (trường hợp Giấy chứng nhận vẫn còn thời hạn hiệu lực nhưng bị mất, bị hỏng, "
            "thất lạc, hoặc có sự thay đổi, bổ sung thông tin)",
            5,
            ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            {},
        ),
    ],
    subjects="Cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản",
    since="2019-LN",
)
QLCL_ABOLISHED = [
    "Kiểm tra, đánh giá, xếp loại cơ sở sản xuất, kinh doanh vật tư nông nghiệp và sản phẩm nông lâm thủy sản",
    "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông lâm thủy sản (theo Thông tư số 45/2014/TT-BNNPTNT)",
    "Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông lâm thủy sản (theo Thông tư số "
    "45/2014/TT-BNNPTNT)",
]
_QLCL_OLD = table(
    QLCL,
    PROVINCE,
    L_QLCL_OLD,
    [
        (
            name,
            15,
            ["Đơn đăng ký kiểm tra, chứng nhận theo mẫu", "Bản thuyết minh điều kiện bảo đảm an toàn thực phẩm"],
            "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            {},
        )
        for name in QLCL_ABOLISHED
    ],
    subjects="Cơ sở sản xuất, kinh doanh nông lâm thủy sản",
)

_KTHT = table(
    KTHT,
    PROVINCE,
    L_KTHT,
    [
        (
            "Thẩm định, phê duyệt dự án liên kết sản xuất và tiêu thụ sản phẩm nông nghiệp",
            15,
            ["Đơn đề nghị hỗ trợ dự án liên kết theo mẫu", "Dự án liên kết", "Hợp đồng liên kết"],
            "Quyết định phê duyệt dự án liên kết",
            {"via": "UBND tỉnh"},
        ),
        (
            "Thẩm định, phê duyệt phương án, kế hoạch liên kết sản xuất và tiêu thụ sản phẩm nông nghiệp",
            15,
            ["Đơn đề nghị hỗ trợ theo mẫu", "Kế hoạch liên kết", "Hợp đồng liên kết"],
            "Quyết định phê duyệt kế hoạch liên kết",
            {"rank": 1},
        ),
        (
            "Hỗ trợ đầu tư dự án nông nghiệp, nông thôn theo chính sách khuyến khích doanh nghiệp đầu tư vào nông "
            "nghiệp",
            20,
            ["Đơn đề nghị hỗ trợ đầu tư theo mẫu", "Báo cáo nghiên cứu khả thi hoặc báo cáo kinh tế - kỹ thuật"],
            "Quyết định chủ trương hỗ trợ đầu tư",
            {"via": "UBND tỉnh"},
        ),
        (
            "Nghiệm thu, giải ngân hỗ trợ đầu tư dự án nông nghiệp, nông thôn",
            15,
            ["Văn bản đề nghị nghiệm thu, giải ngân", "Hồ sơ hoàn công hạng mục được hỗ trợ"],
            "Biên bản nghiệm thu và quyết định giải ngân",
            {"rank": 1},
        ),
        (
            "Công nhận nghề truyền thống",
            30,
            ["Văn bản đề nghị công nhận nghề truyền thống", "Báo cáo tóm tắt quá trình hình thành, phát triển nghề"],
            "Quyết định công nhận nghề truyền thống",
            {"via": "UBND tỉnh"},
        ),
        (
            "Công nhận làng nghề",
            30,
            ["Văn bản đề nghị công nhận làng nghề", "Báo cáo tóm tắt tình hình phát triển làng nghề"],
            "Quyết định công nhận làng nghề",
            {"via": "UBND tỉnh"},
        ),
        (
            "Công nhận làng nghề truyền thống",
            30,
            ["Văn bản đề nghị công nhận làng nghề truyền thống", "Bản sao giấy chứng nhận nghề truyền thống"],
            "Quyết định công nhận làng nghề truyền thống",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Công nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao",
            30,
            ["Văn bản đề nghị công nhận", "Thuyết minh về công nghệ cao ứng dụng trong sản xuất"],
            "Giấy chứng nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao",
            {"rank": 2},
        ),
        (
            "Phê duyệt danh sách hộ nông dân, tổ chức sản xuất nông nghiệp được hỗ trợ phí bảo hiểm nông nghiệp",
            15,
            ["Văn bản đề nghị của UBND cấp huyện", "Danh sách đối tượng được hỗ trợ"],
            "Quyết định phê duyệt danh sách",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Thẩm định dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn thuộc thẩm quyền của Sở "
            "Nông nghiệp và Phát triển nông thôn",
            20,
            ["Tờ trình thẩm định dự án", "Báo cáo nghiên cứu khả thi"],
            "Văn bản thông báo kết quả thẩm định dự án",
            {},
        ),
        (
            "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở đối với công trình nông nghiệp và phát triển "
            "nông thôn",
            20,
            ["Tờ trình thẩm định thiết kế", "Hồ sơ thiết kế, dự toán"],
            "Văn bản thông báo kết quả thẩm định",
            {},
        ),
        (
            "Bố trí ổn định dân cư ngoài huyện, trong tỉnh",
            30,
            ["Văn bản đề nghị bố trí ổn định dân cư", "Danh sách hộ gia đình di dời"],
            "Quyết định bố trí ổn định dân cư",
            {"via": "UBND tỉnh", "rank": 2},
        ),
    ],
    subjects="Doanh nghiệp, hợp tác xã, tổ chức, cá nhân",
)
_KTHT_DISTRICT = table(
    KTHT,
    DISTRICT,
    L_KTHT,
    [
        (
            "Cấp Giấy chứng nhận kinh tế trang trại",
            5,
            ["Bản kê khai các tiêu chí xác định kinh tế trang trại theo mẫu", LAND_CERT],
            "Giấy chứng nhận kinh tế trang trại",
            {},
        ),
        (
            "Cấp lại Giấy chứng nhận kinh tế trang trại",
            5,
            ["Đơn đề nghị cấp lại", LOST_REPORT],
            "Giấy chứng nhận kinh tế trang trại",
            {"rank": 1},
        ),
        (
            "Hỗ trợ dự án liên kết sản xuất và tiêu thụ sản phẩm nông nghiệp (cấp huyện)",
            15,
            ["Đơn đề nghị hỗ trợ theo mẫu", "Dự án hoặc kế hoạch liên kết", "Hợp đồng liên kết"],
            "Quyết định phê duyệt hỗ trợ",
            {},
        ),
        (
            "Phê duyệt kế hoạch khuyến nông địa phương",
            15,
            ["Tờ trình đề nghị", "Kế hoạch khuyến nông"],
            "Quyết định phê duyệt kế hoạch khuyến nông",
            {"rank": 2},
        ),
    ],
    subjects="Hộ gia đình, cá nhân, hợp tác xã",
)
_LN_COMMUNE = table(
    LN,
    COMMUNE,
    L_LN_NEW,
    [
        (
            "Xác nhận bảng kê lâm sản có nguồn gốc từ rừng trồng của hộ gia đình, cá nhân, cộng đồng dân cư",
            2,
            ["Văn bản đề nghị xác nhận", "Bảng kê lâm sản"],
            "Bảng kê lâm sản có xác nhận của UBND cấp xã",
            {},
        ),
    ],
    subjects="Hộ gia đình, cá nhân, cộng đồng dân cư",
    since="2019-LN",
)

_KTHT_COMMUNE = table(
    KTHT,
    COMMUNE,
    L_KTHT,
    [
        (
            "Xác nhận hợp đồng liên kết sản xuất và tiêu thụ sản phẩm nông nghiệp của hộ gia đình",
            3,
            ["Hợp đồng liên kết", "Đơn đề nghị xác nhận"],
            "Hợp đồng liên kết có xác nhận của UBND cấp xã",
            {},
        ),
        (
            "Xác nhận hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình tham gia sản xuất "
            "theo hợp đồng liên kết",
            5,
            ["Đơn đề nghị xác nhận", ID_COPY],
            "Giấy xác nhận",
            {"rank": 1},
        ),
    ],
    subjects="Hộ gia đình",
)

TEMPLATES = (
    _TY
    + _TY_DISTRICT
    + _CN
    + _TT
    + _TT_COMMUNE
    + _BVTV
    + _LN
    + _LN_OLD
    + _LN_DISTRICT
    + _TS
    + _TS_OLD
    + _TS_DISTRICT
    + _TL
    + _TL_OLD
    + _TL_DISTRICT
    + _PCTT
    + _PCTT_COMMUNE
    + _QLCL
    + _QLCL_OLD
    + _KTHT
    + _KTHT_DISTRICT
    + _KTHT_COMMUNE
    + _LN_COMMUNE
)

# Added to fill the 2018 catalogue: new rural development, high-tech agriculture, dam safety.
L_NTM = (
    "Quyết định số 1600/QĐ-TTg phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020",
    "Quyết định số 2540/QĐ-TTg ban hành Quy định điều kiện, trình tự, thủ tục, hồ sơ xét, công nhận và công bố địa "
    "phương đạt chuẩn nông thôn mới",
)
L_CNC = (
    "Luật Công nghệ cao số 21/2008/QH12",
    "Quyết định số 66/2015/QĐ-TTg quy định tiêu chí, thẩm quyền, trình tự, thủ tục công nhận vùng nông nghiệp ứng dụng "
    "công nghệ cao",
)
L_DAP = ("Luật Thủy lợi số 08/2017/QH14", "Nghị định số 114/2018/NĐ-CP về quản lý an toàn đập, hồ chứa nước")
L_TD_NN = (
    "Luật Xây dựng số 50/2014/QH13",
    "Nghị định số 59/2015/NĐ-CP về quản lý dự án đầu tư xây dựng",
    "Nghị định số 42/2017/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 59/2015/NĐ-CP",
)
TEMPLATES += (
    table(
        KTHT,
        PROVINCE,
        L_NTM,
        [
            (
                "Xét, công nhận xã đạt chuẩn nông thôn mới",
                30,
                [
                    "Tờ trình của UBND cấp huyện đề nghị xét, công nhận",
                    "Báo cáo kết quả thực hiện các tiêu chí nông thôn mới của xã",
                    "Biên bản họp đề nghị của UBND cấp xã và báo cáo thẩm tra của UBND cấp huyện",
                ],
                "Quyết định công nhận xã đạt chuẩn nông thôn mới",
                {"rank": 1, "via": "UBND tỉnh", "subjects": "UBND cấp huyện"},
            ),
            (
                "Xét, công nhận xã đạt chuẩn nông thôn mới nâng cao",
                30,
                [
                    "Tờ trình của UBND cấp huyện đề nghị xét, công nhận",
                    "Báo cáo kết quả thực hiện các tiêu chí nông thôn mới nâng cao của xã",
                    "Biên bản họp đề nghị của UBND cấp xã",
                ],
                "Quyết định công nhận xã đạt chuẩn nông thôn mới nâng cao",
                {"rank": 2, "via": "UBND tỉnh", "subjects": "UBND cấp huyện"},
            ),
        ],
    )
    + table(
        KTHT,
        PROVINCE,
        L_CNC,
        [
            (
                "Công nhận vùng nông nghiệp ứng dụng công nghệ cao",
                30,
                [
                    "Văn bản đề nghị công nhận của UBND cấp huyện",
                    "Thuyết minh về vùng nông nghiệp ứng dụng công nghệ cao",
                    "Bản đồ vị trí, ranh giới vùng",
                ],
                "Quyết định công nhận vùng nông nghiệp ứng dụng công nghệ cao",
                {"rank": 1, "via": "UBND tỉnh", "subjects": "UBND cấp huyện"},
            ),
        ],
    )
    + table(
        KTHT,
        PROVINCE,
        L_TD_NN,
        [
            (
                "Thẩm định báo cáo kinh tế - kỹ thuật đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn",
                15,
                [
                    "Tờ trình thẩm định báo cáo kinh tế - kỹ thuật theo mẫu",
                    "Báo cáo kinh tế - kỹ thuật đầu tư xây dựng",
                    "Hồ sơ khảo sát xây dựng và thiết kế bản vẽ thi công",
                ],
                "Văn bản thông báo kết quả thẩm định",
                {"rank": 1, "subjects": "Chủ đầu tư"},
            ),
        ],
    )
    + table(
        QLCL,
        PROVINCE,
        L_QLCL_NEW,
        [
            (
                "Cấp Giấy xác nhận chuỗi cung ứng thực phẩm nông, lâm, thủy sản an toàn",
                15,
                [
                    "Đơn đăng ký xác nhận chuỗi cung ứng thực phẩm an toàn theo mẫu",
                    "Bản mô tả tóm tắt chuỗi cung ứng và sản phẩm",
                    ("Bản sao hợp đồng liên kết giữa các cơ sở trong chuỗi", "c"),
                ],
                "Giấy xác nhận sản phẩm chuỗi cung ứng thực phẩm an toàn",
                {"rank": 1},
            ),
            (
                "Kiểm tra nhà nước về chất lượng muối nhập khẩu",
                3,
                [
                    "Giấy đăng ký kiểm tra nhà nước về chất lượng muối nhập khẩu theo mẫu",
                    ("Bản sao hợp đồng mua bán, hóa đơn, vận đơn", "c"),
                    "Giấy chứng nhận chất lượng lô hàng của nước xuất khẩu",
                ],
                "Thông báo kết quả kiểm tra chất lượng muối nhập khẩu",
                {"rank": 2, "subjects": "Tổ chức, cá nhân nhập khẩu muối"},
            ),
        ],
    )
    + table(
        TL,
        PROVINCE,
        L_DAP,
        [
            (
                "Phê duyệt phương án bảo vệ đập, hồ chứa thủy lợi thuộc thẩm quyền của UBND tỉnh",
                20,
                [
                    "Tờ trình đề nghị phê duyệt phương án bảo vệ",
                    "Phương án bảo vệ đập, hồ chứa",
                    "Bản đồ phạm vi bảo vệ",
                ],
                "Quyết định phê duyệt phương án bảo vệ đập, hồ chứa",
                {"rank": 1, "via": "UBND tỉnh", "subjects": "Tổ chức, cá nhân khai thác công trình thủy lợi"},
            ),
            (
                "Phê duyệt, điều chỉnh quy trình vận hành đối với hồ chứa nước thuộc thẩm quyền của UBND tỉnh",
                20,
                [
                    "Tờ trình đề nghị phê duyệt quy trình vận hành",
                    "Dự thảo quy trình vận hành hồ chứa",
                    "Báo cáo thuyết minh tính toán",
                ],
                "Quyết định phê duyệt quy trình vận hành hồ chứa",
                {"rank": 1, "via": "UBND tỉnh", "subjects": "Tổ chức, cá nhân khai thác công trình thủy lợi"},
            ),
            (
                "Phê duyệt phương án ứng phó thiên tai cho công trình, vùng hạ du đập trong quá trình thi công thuộc "
                "thẩm quyền của UBND tỉnh",
                20,
                [
                    "Tờ trình đề nghị phê duyệt",
                    "Phương án ứng phó thiên tai trong quá trình thi công",
                    "Bản đồ vùng hạ du",
                ],
                "Quyết định phê duyệt phương án ứng phó thiên tai",
                {"rank": 2, "via": "UBND tỉnh", "subjects": "Chủ đầu tư"},
            ),
            (
                "Phê duyệt phương án ứng phó với tình huống khẩn cấp thuộc thẩm quyền của UBND tỉnh",
                20,
                [
                    "Tờ trình đề nghị phê duyệt",
                    "Phương án ứng phó với tình huống khẩn cấp",
                    "Bản đồ ngập lụt vùng hạ du",
                ],
                "Quyết định phê duyệt phương án ứng phó với tình huống khẩn cấp",
                {"rank": 2, "via": "UBND tỉnh", "subjects": "Tổ chức, cá nhân khai thác công trình thủy lợi"},
            ),
        ],
    )
    + table(
        TL,
        DISTRICT,
        L_DAP,
        [
            (
                "Phê duyệt phương án bảo vệ đập, hồ chứa thủy lợi thuộc thẩm quyền của UBND cấp huyện",
                20,
                [
                    "Tờ trình đề nghị phê duyệt phương án bảo vệ",
                    "Phương án bảo vệ đập, hồ chứa",
                    "Bản đồ phạm vi bảo vệ",
                ],
                "Quyết định phê duyệt phương án bảo vệ đập, hồ chứa",
                {"rank": 2},
            ),
            (
                "Phê duyệt phương án ứng phó thiên tai cho công trình, vùng hạ du đập trong quá trình thi công thuộc "
                "thẩm quyền của UBND cấp huyện",
                20,
                ["Tờ trình đề nghị phê duyệt", "Phương án ứng phó thiên tai trong quá trình thi công"],
                "Quyết định phê duyệt phương án ứng phó thiên tai",
                {"rank": 2},
            ),
        ],
        subjects="Tổ chức, cá nhân khai thác công trình thủy lợi",
    )
    + table(
        PCTT,
        COMMUNE,
        (*L_PCTT, "Thông tư số 02/2017/TT-BNNPTNT hướng dẫn thực hiện Nghị định số 02/2017/NĐ-CP"),
        [
            (
                "Đăng ký kê khai số lượng chăn nuôi tập trung và nuôi trồng thủy sản ban đầu",
                5,
                ["Tờ khai đăng ký số lượng chăn nuôi, nuôi trồng thủy sản theo mẫu"],
                "Tờ khai được UBND cấp xã xác nhận",
                {"rank": 1, "subjects": "Hộ gia đình, cá nhân, tổ hợp tác, hợp tác xã"},
            ),
        ],
    )
)
