"""Transport and construction (Sở Giao thông vận tải - Xây dựng, Lào Cai's merged department in 2019):
driving licences, road transport, vehicles, road infrastructure, inland waterways, building permits,
project appraisal, practising certificates, planning, housing and real estate."""

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
    RESIDENCE,
    Case,
    Sector,
    act,
    family,
    fee,
    table,
)

DEPT = "H15.08"
VAN_TAI = "Phòng Quản lý vận tải, phương tiện và người lái"
XAY_DUNG = "Phòng Quản lý hoạt động xây dựng"

DB = Sector("GT-DB", "Đường bộ", DEPT, VAN_TAI, "Phòng Kinh tế và Hạ tầng")
DTND = Sector("GT-DTND", "Đường thủy nội địa", DEPT, VAN_TAI, "Phòng Kinh tế và Hạ tầng")
HDXD = Sector(
    "XD-HDXD", "Hoạt động xây dựng", DEPT, XAY_DUNG, "Phòng Kinh tế và Hạ tầng", "Công chức Địa chính - Xây dựng"
)
QHXD = Sector(
    "XD-QHKT", "Quy hoạch xây dựng, kiến trúc", DEPT, "Phòng Quy hoạch - Kiến trúc", "Phòng Kinh tế và Hạ tầng"
)
NHA_O = Sector("XD-NO", "Nhà ở", DEPT, "Phòng Quản lý nhà và thị trường bất động sản")
BDS = Sector("XD-BDS", "Kinh doanh bất động sản", DEPT, "Phòng Quản lý nhà và thị trường bất động sản")
VLXD = Sector("XD-VLXD", "Vật liệu xây dựng", DEPT, "Phòng Kinh tế và Vật liệu xây dựng")
HTKT = Sector("XD-HTKT", "Hạ tầng kỹ thuật", DEPT, "Phòng Hạ tầng kỹ thuật", "Phòng Quản lý đô thị")

SECTORS = [DB, DTND, HDXD, QHXD, NHA_O, BDS, VLXD, HTKT]

L_GPLX = (
    "Luật Giao thông đường bộ số 23/2008/QH12",
    "Thông tư số 12/2017/TT-BGTVT quy định về đào tạo, sát hạch, cấp giấy phép lái xe cơ giới đường bộ",
    "Thông tư số 188/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí cấp giấy phép lái xe",
)
L_VT = (
    "Luật Giao thông đường bộ số 23/2008/QH12",
    "Nghị định số 86/2014/NĐ-CP về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô",
    "Thông tư số 63/2014/TT-BGTVT quy định về tổ chức, quản lý hoạt động vận tải bằng xe ô tô và dịch vụ hỗ trợ "
    "vận tải đường bộ",
)
L_QT = (
    "Hiệp định vận tải đường bộ giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa "
    "nhân dân Trung Hoa",
    "Thông tư số 88/2014/TT-BGTVT hướng dẫn thực hiện Hiệp định và Nghị định thư thực hiện Hiệp định vận tải đường "
    "bộ quốc tế giữa Việt Nam và Trung Quốc",
)
L_XMCD = (
    "Luật Giao thông đường bộ số 23/2008/QH12",
    "Thông tư số 22/2019/TT-BGTVT quy định về đăng ký xe máy chuyên dùng",
)
L_HT = (
    "Nghị định số 11/2010/NĐ-CP quy định về quản lý và bảo vệ kết cấu hạ tầng giao thông đường bộ",
    "Nghị định số 100/2013/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 11/2010/NĐ-CP",
    "Thông tư số 50/2015/TT-BGTVT hướng dẫn thực hiện một số điều của Nghị định số 11/2010/NĐ-CP",
)
L_DTND = (
    "Luật Giao thông đường thủy nội địa số 23/2004/QH11, được sửa đổi, bổ sung bởi Luật số 48/2014/QH13",
    "Thông tư số 75/2014/TT-BGTVT quy định về đăng ký phương tiện thủy nội địa",
    "Thông tư số 198/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực "
    "đường thủy nội địa",
)
L_XD = (
    "Luật Xây dựng số 50/2014/QH13",
    "Nghị định số 59/2015/NĐ-CP về quản lý dự án đầu tư xây dựng",
    "Nghị định số 42/2017/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 59/2015/NĐ-CP",
    "Thông tư số 15/2016/TT-BXD hướng dẫn về cấp giấy phép xây dựng",
)
L_TD = (
    "Luật Xây dựng số 50/2014/QH13",
    "Nghị định số 59/2015/NĐ-CP về quản lý dự án đầu tư xây dựng",
    "Thông tư số 18/2016/TT-BXD quy định chi tiết và hướng dẫn một số nội dung về thẩm định, phê duyệt dự án và "
    "thiết kế, dự toán xây dựng công trình",
    "Thông tư số 209/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định dự án đầu tư "
    "xây dựng, phí thẩm định thiết kế cơ sở",
)
L_CCHN = (
    "Luật Xây dựng số 50/2014/QH13",
    "Nghị định số 100/2018/NĐ-CP sửa đổi, bổ sung, bãi bỏ một số quy định về điều kiện đầu tư kinh doanh thuộc các "
    "lĩnh vực quản lý nhà nước của Bộ Xây dựng",
    "Thông tư số 172/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí cấp chứng chỉ hành "
    "nghề hoạt động xây dựng",
)
L_QH = (
    "Luật Xây dựng số 50/2014/QH13",
    "Luật Quy hoạch đô thị số 30/2009/QH12",
    "Nghị định số 44/2015/NĐ-CP quy định chi tiết một số nội dung về quy hoạch xây dựng",
)
L_NO = (
    "Luật Nhà ở số 65/2014/QH13",
    "Nghị định số 99/2015/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Nhà ở",
)
L_BDS = (
    "Luật Kinh doanh bất động sản số 66/2014/QH13",
    "Nghị định số 76/2015/NĐ-CP quy định chi tiết thi hành một số điều của Luật Kinh doanh bất động sản",
)
L_VLXD = (
    "Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12",
    "Nghị định số 24a/2016/NĐ-CP về quản lý vật liệu xây dựng",
    "Thông tư số 10/2017/TT-BXD ban hành quy chuẩn kỹ thuật quốc gia về sản phẩm, hàng hóa vật liệu xây dựng và "
    "hướng dẫn chứng nhận hợp quy",
)
L_HTKT = ("Nghị định số 64/2010/NĐ-CP về quản lý cây xanh đô thị",)

_GPLX_FEE = (fee("Lệ phí cấp giấy phép lái xe", 135000),)

_GPLX = table(
    DB,
    PROVINCE,
    L_GPLX,
    [
        (
            "Đổi Giấy phép lái xe do ngành Giao thông vận tải cấp",
            5,
            [
                "Đơn đề nghị đổi giấy phép lái xe theo mẫu",
                "Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp",
                ("Bản sao giấy phép lái xe, giấy chứng minh nhân dân hoặc thẻ căn cước công dân", "c"),
                PHOTOS,
            ],
            "Giấy phép lái xe",
            {"fees": _GPLX_FEE, "online": 4},
        ),
        (
            "Cấp lại Giấy phép lái xe",
            5,
            [
                "Đơn đề nghị cấp lại giấy phép lái xe theo mẫu",
                "Hồ sơ gốc phù hợp với giấy phép lái xe (nếu có)",
                "Giấy khám sức khỏe của người lái xe",
                ID_COPY,
                PHOTOS,
            ],
            "Giấy phép lái xe",
            {"fees": _GPLX_FEE, "online": 3},
        ),
        (
            "Đổi Giấy phép lái xe quân sự do Bộ Quốc phòng cấp",
            5,
            [
                "Đơn đề nghị đổi giấy phép lái xe theo mẫu",
                "Quyết định ra quân hoặc giấy giới thiệu của cấp có thẩm quyền",
                "Giấy khám sức khỏe của người lái xe",
                ID_COPY,
                PHOTOS,
            ],
            "Giấy phép lái xe",
            {"fees": _GPLX_FEE},
        ),
        (
            "Đổi Giấy phép lái xe do ngành Công an cấp",
            5,
            [
                "Đơn đề nghị đổi giấy phép lái xe theo mẫu",
                "Quyết định ra khỏi ngành hoặc nghỉ hưu",
                "Giấy khám sức khỏe của người lái xe",
                ID_COPY,
                PHOTOS,
            ],
            "Giấy phép lái xe",
            {"fees": _GPLX_FEE, "rank": 1},
        ),
        (
            "Đổi giấy phép lái xe hoặc bằng lái xe của nước ngoài cấp",
            5,
            [
                "Đơn đề nghị đổi giấy phép lái xe theo mẫu",
                "Bản dịch giấy phép lái xe nước ngoài ra tiếng Việt được bảo chứng",
                "Bản sao hộ chiếu, thị thực hoặc thẻ thường trú, thẻ tạm trú",
                PHOTOS,
            ],
            "Giấy phép lái xe",
            {"fees": _GPLX_FEE},
        ),
        (
            "Đổi giấy phép lái xe hoặc bằng lái xe của nước ngoài cấp cho khách du lịch nước ngoài lái xe vào Việt Nam",
            5,
            [
                "Văn bản đề nghị của tổ chức, cá nhân đón khách du lịch",
                "Danh sách người đề nghị đổi giấy phép lái xe",
                "Bản dịch giấy phép lái xe nước ngoài",
            ],
            "Giấy phép lái xe",
            {"fees": _GPLX_FEE, "rank": 2},
        ),
        (
            "Cấp Giấy phép lái xe quốc tế",
            5,
            [
                "Tờ khai đề nghị cấp giấy phép lái xe quốc tế theo mẫu",
                ("Bản sao giấy phép lái xe, hộ chiếu", "c"),
                PHOTOS,
            ],
            "Giấy phép lái xe quốc tế (IDP)",
            {"fees": _GPLX_FEE, "online": 4},
        ),
        (
            "Cấp mới Giấy phép lái xe",
            10,
            [
                "Đơn đề nghị học, sát hạch để cấp giấy phép lái xe theo mẫu",
                "Giấy khám sức khỏe của người lái xe",
                "Danh sách thí sinh dự sát hạch của cơ sở đào tạo",
                PHOTOS,
            ],
            "Giấy phép lái xe",
            {
                "fees": (*_GPLX_FEE, fee("Phí sát hạch lái xe ô tô", 590000, "fee", "Mức phí theo hạng giấy phép")),
            },
        ),
        (
            "Cấp giấy phép xe tập lái",
            1,
            ["Văn bản đề nghị cấp giấy phép xe tập lái", "Bản sao giấy chứng nhận đăng ký xe"],
            "Giấy phép xe tập lái",
            {"subjects": "Cơ sở đào tạo lái xe"},
        ),
        (
            "Cấp lại giấy phép xe tập lái",
            1,
            ["Văn bản đề nghị cấp lại giấy phép xe tập lái"],
            "Giấy phép xe tập lái",
            {"subjects": "Cơ sở đào tạo lái xe", "rank": 1},
        ),
        (
            "Cấp Giấy phép đào tạo lái xe ô tô",
            10,
            [
                "Văn bản đề nghị cấp giấy phép đào tạo lái xe",
                "Báo cáo đề nghị cấp giấy phép đào tạo lái xe ô tô",
                "Danh sách giáo viên dạy lái xe",
            ],
            "Giấy phép đào tạo lái xe ô tô",
            {"subjects": "Cơ sở đào tạo lái xe"},
        ),
        (
            "Cấp lại Giấy phép đào tạo lái xe ô tô",
            10,
            ["Văn bản đề nghị cấp lại giấy phép đào tạo lái xe", "Báo cáo bổ sung về cơ sở vật chất (nếu có thay đổi)"],
            "Giấy phép đào tạo lái xe ô tô",
            {"subjects": "Cơ sở đào tạo lái xe", "rank": 1},
        ),
        (
            "Cấp Giấy phép đào tạo lái xe các hạng A1, A2, A3, A4",
            10,
            ["Văn bản đề nghị cấp giấy phép đào tạo lái xe", "Báo cáo đề nghị cấp giấy phép đào tạo lái xe"],
            "Giấy phép đào tạo lái xe",
            {"subjects": "Cơ sở đào tạo lái xe"},
        ),
        (
            "Cấp giấy chứng nhận giáo viên dạy thực hành lái xe",
            5,
            ["Đơn đề nghị cấp giấy chứng nhận giáo viên dạy thực hành lái xe", "Bản sao giấy phép lái xe", PHOTOS],
            "Giấy chứng nhận giáo viên dạy thực hành lái xe",
            {"subjects": "Cá nhân"},
        ),
        (
            "Cấp lại giấy chứng nhận giáo viên dạy thực hành lái xe",
            3,
            ["Đơn đề nghị cấp lại giấy chứng nhận", PHOTOS],
            "Giấy chứng nhận giáo viên dạy thực hành lái xe",
            {"subjects": "Cá nhân", "rank": 2},
        ),
        (
            "Chấp thuận chủ trương xây dựng cơ sở đào tạo lái xe ô tô",
            7,
            ["Văn bản đề nghị chấp thuận chủ trương", "Đề án xây dựng cơ sở đào tạo lái xe"],
            "Văn bản chấp thuận chủ trương",
            {"rank": 1},
        ),
        (
            "Cấp mới Giấy chứng nhận trung tâm sát hạch lái xe loại 3 đủ điều kiện hoạt động",
            10,
            [
                "Văn bản đề nghị cấp giấy chứng nhận",
                "Quyết định thành lập trung tâm sát hạch",
                "Hồ sơ thiết kế kỹ thuật",
            ],
            "Giấy chứng nhận trung tâm sát hạch lái xe đủ điều kiện hoạt động",
            {"rank": 2},
        ),
        (
            "Cấp lại Giấy chứng nhận trung tâm sát hạch lái xe loại 3 đủ điều kiện hoạt động",
            10,
            ["Văn bản đề nghị cấp lại giấy chứng nhận"],
            "Giấy chứng nhận trung tâm sát hạch lái xe đủ điều kiện hoạt động",
            {"rank": 3},
        ),
    ],
    subjects="Cá nhân",
)

_VT_LICENCE = [
    "Giấy đề nghị cấp giấy phép kinh doanh vận tải theo mẫu",
    ("Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc giấy chứng nhận đăng ký hộ kinh doanh", "c"),
    ("Bản sao văn bằng, chứng chỉ của người trực tiếp điều hành hoạt động vận tải", "c"),
    "Phương án kinh doanh vận tải bằng xe ô tô",
]
_VT = table(
    DB,
    PROVINCE,
    L_VT,
    [
        (
            "Cấp Giấy phép kinh doanh vận tải bằng xe ô tô",
            5,
            _VT_LICENCE,
            "Giấy phép kinh doanh vận tải bằng xe ô tô",
            {"fees": (fee("Lệ phí cấp giấy phép kinh doanh vận tải", 200000),), "online": 4},
        ),
        (
            "Cấp lại Giấy phép kinh doanh vận tải bằng xe ô tô khi có sự thay đổi liên quan đến nội dung của Giấy phép "
            "kinh doanh hoặc Giấy phép kinh doanh bị thu hồi, bị tước quyền sử dụng",
            5,
            _VT_LICENCE,
            "Giấy phép kinh doanh vận tải bằng xe ô tô",
            {"fees": (fee("Lệ phí cấp giấy phép kinh doanh vận tải", 200000),), "online": 4},
        ),
        (
            "Cấp lại Giấy phép kinh doanh vận tải bằng xe ô tô đối với trường hợp Giấy phép kinh doanh bị mất, bị hỏng",
            5,
            ["Giấy đề nghị cấp lại giấy phép kinh doanh vận tải", LOST_REPORT],
            "Giấy phép kinh doanh vận tải bằng xe ô tô",
            {"online": 4},
        ),
        (
            "Cấp phù hiệu xe taxi, xe hợp đồng, xe vận tải hàng hóa bằng công-ten-nơ, xe kinh doanh vận tải hàng hóa, "
            "xe đầu kéo",
            2,
            [
                "Giấy đề nghị cấp phù hiệu theo mẫu",
                ("Bản sao giấy đăng ký xe ô tô", "c"),
                "Giấy tờ chứng minh xe đã gắn thiết bị giám sát hành trình",
            ],
            "Phù hiệu xe",
            {"online": 4, "spot": True},
        ),
        (
            "Cấp lại phù hiệu xe taxi, xe hợp đồng, xe vận tải hàng hóa bằng công-ten-nơ, xe kinh doanh vận tải hàng "
            "hóa, xe đầu kéo",
            2,
            ["Giấy đề nghị cấp lại phù hiệu theo mẫu", "Phù hiệu cũ (trường hợp bị hư hỏng)"],
            "Phù hiệu xe",
            {"online": 4},
        ),
        (
            "Cấp phù hiệu xe nội bộ, xe trung chuyển",
            2,
            ["Giấy đề nghị cấp phù hiệu theo mẫu", ("Bản sao giấy đăng ký xe ô tô", "c")],
            "Phù hiệu xe",
            {"rank": 1},
        ),
        (
            "Cấp biển hiệu xe ô tô vận tải khách du lịch",
            2,
            [
                "Giấy đề nghị cấp biển hiệu theo mẫu",
                ("Bản sao giấy đăng ký xe ô tô", "c"),
                "Bản sao giấy chứng nhận kiểm định an toàn kỹ thuật và bảo vệ môi trường",
            ],
            "Biển hiệu xe ô tô vận tải khách du lịch",
            {},
        ),
        (
            "Cấp lại biển hiệu xe ô tô vận tải khách du lịch",
            2,
            ["Giấy đề nghị cấp lại biển hiệu"],
            "Biển hiệu xe ô tô vận tải khách du lịch",
            {"rank": 1},
        ),
        (
            "Đăng ký khai thác tuyến vận tải hành khách cố định bằng xe ô tô",
            5,
            [
                "Giấy đăng ký khai thác tuyến theo mẫu",
                "Phương án khai thác tuyến",
                "Hợp đồng với bến xe khách hai đầu tuyến",
            ],
            "Văn bản chấp thuận khai thác tuyến",
            {"online": 3},
        ),
        (
            "Điều chỉnh tần suất chạy xe trên tuyến cố định",
            5,
            ["Giấy đề nghị điều chỉnh tần suất chạy xe", "Phương án khai thác tuyến điều chỉnh"],
            "Văn bản chấp thuận điều chỉnh tần suất",
            {"rank": 1},
        ),
        (
            "Chấp thuận khai thác tuyến vận tải hành khách bằng xe buýt",
            5,
            [
                "Giấy đề nghị khai thác tuyến xe buýt theo mẫu",
                "Phương án khai thác tuyến",
                "Danh sách xe dự kiến khai thác",
            ],
            "Văn bản chấp thuận khai thác tuyến xe buýt",
            {"rank": 1},
        ),
        (
            "Đăng ký biểu trưng (logo) của đơn vị kinh doanh vận tải hành khách bằng xe taxi",
            3,
            ["Giấy đề nghị đăng ký biểu trưng theo mẫu", "Mẫu biểu trưng (logo)"],
            "Văn bản xác nhận đăng ký biểu trưng",
            {"rank": 2},
        ),
        (
            "Công bố đưa bến xe khách vào khai thác",
            10,
            ["Văn bản đề nghị công bố", "Biên bản nghiệm thu công trình bến xe", "Quy chế quản lý khai thác bến xe"],
            "Quyết định công bố đưa bến xe khách vào khai thác",
            {},
        ),
        (
            "Công bố lại đưa bến xe khách vào khai thác",
            10,
            ["Văn bản đề nghị công bố lại", "Tài liệu về nội dung thay đổi"],
            "Quyết định công bố lại",
            {"rank": 2},
        ),
        (
            "Công bố đưa bến xe hàng vào khai thác",
            10,
            ["Văn bản đề nghị công bố", "Biên bản nghiệm thu công trình bến xe hàng"],
            "Quyết định công bố",
            {"rank": 1},
        ),
        (
            "Công bố đưa trạm dừng nghỉ vào khai thác",
            10,
            ["Văn bản đề nghị công bố", "Biên bản nghiệm thu công trình trạm dừng nghỉ"],
            "Quyết định công bố",
            {"rank": 1},
        ),
        (
            "Công bố lại đưa trạm dừng nghỉ vào khai thác",
            10,
            ["Văn bản đề nghị công bố lại"],
            "Quyết định công bố lại",
            {"rank": 3},
        ),
    ],
    subjects="Doanh nghiệp, hợp tác xã, hộ kinh doanh vận tải",
)

_VT_QT = family(
    DB,
    PROVINCE,
    "{a} Giấy phép vận tải đường bộ quốc tế {o}",
    [
        "Việt - Trung cho phương tiện của Việt Nam (loại A, B, C, E, F, G)",
        "Việt - Lào cho phương tiện thương mại",
        "Việt - Lào cho phương tiện phi thương mại",
        ("Việt Nam - Lào - Campuchia cho phương tiện của Việt Nam", {"rank": 1}),
    ],
    [
        act(
            "Cấp",
            2,
            [
                "Giấy đề nghị cấp giấy phép vận tải theo mẫu",
                ("Bản sao giấy đăng ký xe ô tô", "c"),
                ("Bản sao giấy phép kinh doanh vận tải", "c"),
            ],
            online=4,
        ),
        act("Cấp lại", 2, ["Giấy đề nghị cấp lại giấy phép vận tải", LOST_REPORT], rank=2, online=3),
    ],
    result="Giấy phép vận tải đường bộ quốc tế",
    basis=L_QT,
    subjects="Doanh nghiệp, hợp tác xã kinh doanh vận tải",
    fees=(fee("Lệ phí cấp giấy phép vận tải quốc tế", 50000),),
)
_VT_QT += table(
    DB,
    PROVINCE,
    L_QT,
    [
        (
            "Gia hạn Giấy phép vận tải và thời gian lưu hành tại Việt Nam cho phương tiện của Trung Quốc",
            1,
            ["Giấy đề nghị gia hạn theo mẫu", "Giấy phép vận tải đường bộ quốc tế Việt - Trung"],
            "Văn bản gia hạn giấy phép và thời gian lưu hành",
            {"spot": True},
        ),
        (
            "Gia hạn Giấy phép liên vận Việt - Lào và thời gian lưu hành tại Việt Nam cho phương tiện của Lào",
            1,
            ["Giấy đề nghị gia hạn theo mẫu", "Giấy phép liên vận Việt - Lào"],
            "Văn bản gia hạn",
            {"rank": 2},
        ),
        (
            "Cấp Giấy phép liên vận Việt - Lào cho phương tiện",
            2,
            ["Giấy đề nghị cấp giấy phép liên vận theo mẫu", ("Bản sao giấy đăng ký phương tiện", "c")],
            "Giấy phép liên vận Việt - Lào",
            {"rank": 1},
        ),
    ],
    subjects="Doanh nghiệp, hợp tác xã, cá nhân",
)

_REG_MACHINE = [
    "Tờ khai đăng ký xe máy chuyên dùng theo mẫu",
    "Giấy tờ xác định quyền sở hữu xe máy chuyên dùng",
    "Giấy tờ xác định nguồn gốc xe máy chuyên dùng",
]
_XMCD = table(
    DB,
    PROVINCE,
    L_XMCD,
    [
        (
            "Cấp Giấy chứng nhận đăng ký, biển số xe máy chuyên dùng lần đầu",
            3,
            _REG_MACHINE,
            "Giấy chứng nhận đăng ký và biển số xe máy chuyên dùng",
            {"fees": (fee("Lệ phí cấp đăng ký, biển số", 200000),)},
        ),
        (
            "Cấp Giấy chứng nhận đăng ký, biển số xe máy chuyên dùng có thời hạn",
            3,
            _REG_MACHINE,
            "Giấy chứng nhận đăng ký có thời hạn và biển số",
            {"rank": 1},
        ),
        (
            "Cấp Giấy chứng nhận đăng ký tạm thời xe máy chuyên dùng",
            1,
            ["Tờ khai cấp đăng ký tạm thời theo mẫu", "Giấy tờ xác định nguồn gốc xe máy chuyên dùng"],
            "Giấy chứng nhận đăng ký tạm thời",
            {"rank": 1},
        ),
        (
            "Cấp đổi Giấy chứng nhận đăng ký, biển số xe máy chuyên dùng",
            3,
            ["Tờ khai cấp đổi theo mẫu", "Giấy chứng nhận đăng ký, biển số cũ"],
            "Giấy chứng nhận đăng ký, biển số",
            {},
        ),
        (
            "Cấp lại Giấy chứng nhận đăng ký, biển số xe máy chuyên dùng bị mất",
            3,
            ["Tờ khai cấp lại theo mẫu", LOST_REPORT],
            "Giấy chứng nhận đăng ký, biển số",
            {},
        ),
        (
            "Sang tên chủ sở hữu xe máy chuyên dùng trong cùng một tỉnh, thành phố",
            3,
            ["Tờ khai đăng ký sang tên theo mẫu", "Giấy tờ chuyển quyền sở hữu", "Giấy chứng nhận đăng ký đã cấp"],
            "Giấy chứng nhận đăng ký",
            {},
        ),
        (
            "Di chuyển đăng ký xe máy chuyên dùng ở khác tỉnh, thành phố",
            3,
            ["Tờ khai di chuyển theo mẫu", "Giấy chứng nhận đăng ký và biển số"],
            "Hồ sơ di chuyển đăng ký",
            {"rank": 1},
        ),
        (
            "Đăng ký xe máy chuyên dùng từ tỉnh, thành phố khác chuyển đến",
            3,
            ["Tờ khai đăng ký theo mẫu", "Hồ sơ di chuyển đăng ký"],
            "Giấy chứng nhận đăng ký và biển số",
            {"rank": 1},
        ),
        (
            "Xóa sổ đăng ký xe máy chuyên dùng",
            3,
            ["Tờ khai xóa sổ đăng ký theo mẫu", "Giấy chứng nhận đăng ký và biển số"],
            "Giấy xác nhận xóa sổ đăng ký",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân sở hữu xe máy chuyên dùng",
)

_XE = table(
    DB,
    PROVINCE,
    L_HT,
    [
        (
            "Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn, xe bánh xích trên đường bộ",
            2,
            [
                "Đơn đề nghị cấp giấy phép lưu hành xe theo mẫu",
                ("Bản sao giấy đăng ký xe", "c"),
                "Phương án vận chuyển (trường hợp phải khảo sát, gia cố đường)",
            ],
            "Giấy phép lưu hành xe",
            {"online": 4, "spot": True},
        ),
        (
            "Cấp giấy phép lưu hành xe vận chuyển hàng siêu trường, siêu trọng",
            2,
            ["Đơn đề nghị cấp giấy phép lưu hành", "Phương án vận chuyển hàng siêu trường, siêu trọng"],
            "Giấy phép lưu hành xe",
            {"online": 3},
        ),
        (
            "Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ của "
            "quốc lộ đang khai thác thuộc phạm vi quản lý của Sở Giao thông vận tải",
            10,
            ["Đơn đề nghị chấp thuận theo mẫu", "Hồ sơ thiết kế có thể hiện phạm vi bảo vệ đường bộ"],
            "Văn bản chấp thuận xây dựng",
            {"subjects": "Tổ chức, cá nhân, chủ đầu tư"},
        ),
        (
            "Chấp thuận xây dựng cùng thời điểm với cấp giấy phép thi công xây dựng công trình thiết yếu trong phạm "
            "vi bảo vệ kết cấu hạ tầng giao thông của đường bộ đang khai thác",
            10,
            ["Đơn đề nghị chấp thuận và cấp phép thi công", "Hồ sơ thiết kế", "Phương án tổ chức thi công"],
            "Văn bản chấp thuận và giấy phép thi công",
            {"rank": 1},
        ),
        (
            "Gia hạn chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ",
            3,
            ["Đơn đề nghị gia hạn theo mẫu", "Văn bản chấp thuận đã cấp"],
            "Văn bản gia hạn chấp thuận",
            {"rank": 2},
        ),
        (
            "Cấp phép thi công xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ "
            "đối với đường bộ đang khai thác",
            7,
            [
                "Đơn đề nghị cấp phép thi công theo mẫu",
                "Hồ sơ thiết kế bản vẽ thi công",
                "Phương án tổ chức thi công bảo đảm an toàn giao thông",
            ],
            "Giấy phép thi công",
            {},
        ),
        (
            "Cấp phép thi công nút giao đấu nối vào quốc lộ",
            7,
            [
                "Đơn đề nghị cấp phép thi công",
                "Hồ sơ thiết kế nút giao đã được phê duyệt",
                "Phương án tổ chức thi công",
            ],
            "Giấy phép thi công nút giao",
            {},
        ),
        (
            "Chấp thuận thiết kế kỹ thuật và phương án tổ chức thi công của nút giao đấu nối vào quốc lộ",
            10,
            ["Đơn đề nghị chấp thuận", "Hồ sơ thiết kế kỹ thuật nút giao", "Phương án tổ chức thi công"],
            "Văn bản chấp thuận thiết kế và phương án thi công",
            {"rank": 1},
        ),
        (
            "Cấp phép thi công công trình đường bộ trên quốc lộ đang khai thác",
            7,
            [
                "Đơn đề nghị cấp phép thi công",
                "Hồ sơ thiết kế đã được phê duyệt",
                "Phương án bảo đảm an toàn giao thông",
            ],
            "Giấy phép thi công",
            {"rank": 1},
        ),
        (
            "Chấp thuận xây dựng biển quảng cáo tạm thời trong phạm vi hành lang an toàn đường bộ của quốc lộ đang "
            "khai thác",
            10,
            ["Đơn đề nghị chấp thuận", "Bản vẽ thiết kế biển quảng cáo", "Bình đồ vị trí đặt biển"],
            "Văn bản chấp thuận xây dựng biển quảng cáo",
            {"rank": 2},
        ),
        (
            "Gia hạn chấp thuận xây dựng biển quảng cáo tạm thời trong phạm vi hành lang an toàn đường bộ",
            3,
            ["Đơn đề nghị gia hạn", "Văn bản chấp thuận đã cấp"],
            "Văn bản gia hạn chấp thuận",
            {"rank": 3},
        ),
        (
            "Cấp phép thi công xây dựng biển quảng cáo tạm thời trong phạm vi hành lang an toàn đường bộ",
            7,
            ["Đơn đề nghị cấp phép thi công", "Văn bản chấp thuận xây dựng biển quảng cáo"],
            "Giấy phép thi công",
            {"rank": 2},
        ),
        (
            "Cấp giấy chứng nhận thẩm định thiết kế xe cơ giới cải tạo",
            5,
            ["Văn bản đề nghị thẩm định thiết kế", "Hồ sơ thiết kế xe cơ giới cải tạo"],
            "Giấy chứng nhận thẩm định thiết kế",
            {"rank": 1},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_VESSEL = [
    "Đơn đề nghị đăng ký phương tiện thủy nội địa theo mẫu",
    ("Bản sao giấy chứng nhận an toàn kỹ thuật và bảo vệ môi trường của phương tiện", "c"),
    PHOTOS,
]
_XE += table(
    DB,
    PROVINCE,
    L_HT,
    [
        (
            "Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ của "
            "đường tỉnh, đường đô thị đang khai thác",
            10,
            ["Đơn đề nghị chấp thuận theo mẫu", "Hồ sơ thiết kế có thể hiện phạm vi bảo vệ đường bộ"],
            "Văn bản chấp thuận xây dựng",
            {},
        ),
        (
            "Cấp phép thi công xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông của "
            "đường tỉnh, đường đô thị đang khai thác",
            7,
            ["Đơn đề nghị cấp phép thi công theo mẫu", "Hồ sơ thiết kế bản vẽ thi công", "Phương án tổ chức thi công"],
            "Giấy phép thi công",
            {},
        ),
        (
            "Cấp phép thi công nút giao đấu nối vào đường tỉnh",
            7,
            ["Đơn đề nghị cấp phép thi công", "Hồ sơ thiết kế nút giao đã được phê duyệt"],
            "Giấy phép thi công nút giao",
            {"rank": 1},
        ),
        (
            "Chấp thuận thiết kế kỹ thuật và phương án tổ chức thi công của nút giao đấu nối vào đường tỉnh",
            10,
            ["Đơn đề nghị chấp thuận", "Hồ sơ thiết kế kỹ thuật nút giao"],
            "Văn bản chấp thuận",
            {"rank": 1},
        ),
        (
            "Cấp phép thi công công trình đường bộ trên đường tỉnh đang khai thác",
            7,
            ["Đơn đề nghị cấp phép thi công", "Hồ sơ thiết kế đã được phê duyệt"],
            "Giấy phép thi công",
            {"rank": 1},
        ),
        (
            "Gia hạn chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường "
            "bộ của đường tỉnh",
            3,
            ["Đơn đề nghị gia hạn theo mẫu", "Văn bản chấp thuận đã cấp"],
            "Văn bản gia hạn chấp thuận",
            {"rank": 2},
        ),
        (
            "Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn trên đường tỉnh, đường huyện",
            2,
            ["Đơn đề nghị cấp giấy phép lưu hành xe theo mẫu", ("Bản sao giấy đăng ký xe", "c")],
            "Giấy phép lưu hành xe",
            {"rank": 1},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)
_XE_DISTRICT = table(
    DB,
    DISTRICT,
    L_HT,
    [
        (
            "Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông của đường huyện, "
            "đường xã",
            10,
            ["Đơn đề nghị chấp thuận theo mẫu", "Hồ sơ thiết kế"],
            "Văn bản chấp thuận xây dựng",
            {},
        ),
        (
            "Cấp phép thi công xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông của đường "
            "huyện, đường xã",
            7,
            ["Đơn đề nghị cấp phép thi công theo mẫu", "Phương án tổ chức thi công"],
            "Giấy phép thi công",
            {},
        ),
        (
            "Cấp phép thi công nút giao đấu nối vào đường huyện",
            7,
            ["Đơn đề nghị cấp phép thi công", "Hồ sơ thiết kế nút giao"],
            "Giấy phép thi công nút giao",
            {"rank": 1},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_DTND_REG = [
    (
        "Đăng ký phương tiện lần đầu đối với phương tiện chưa khai thác trên đường thủy nội địa",
        3,
        _VESSEL,
        "Giấy chứng nhận đăng ký phương tiện thủy nội địa",
        {"fees": (fee("Lệ phí cấp giấy chứng nhận đăng ký phương tiện", 70000),)},
    ),
    (
        "Đăng ký lần đầu đối với phương tiện đang khai thác trên đường thủy nội địa",
        3,
        _VESSEL,
        "Giấy chứng nhận đăng ký phương tiện thủy nội địa",
        {"fees": (fee("Lệ phí cấp giấy chứng nhận đăng ký phương tiện", 70000),)},
    ),
    (
        "Đăng ký lại phương tiện trong trường hợp chuyển từ cơ quan đăng ký khác sang cơ quan đăng ký phương tiện thủy "
        "nội địa",
        3,
        _VESSEL,
        "Giấy chứng nhận đăng ký phương tiện thủy nội địa",
        {"rank": 1},
    ),
    (
        "Đăng ký lại phương tiện trong trường hợp phương tiện thay đổi tên, tính năng kỹ thuật",
        3,
        _VESSEL,
        "Giấy chứng nhận đăng ký phương tiện thủy nội địa",
        {"rank": 1},
    ),
    (
        "Đăng ký lại phương tiện trong trường hợp chuyển quyền sở hữu phương tiện nhưng không thay đổi cơ quan đăng ký "
        "phương tiện",
        3,
        [*_VESSEL, "Giấy tờ chuyển quyền sở hữu phương tiện"],
        "Giấy chứng nhận đăng ký phương tiện thủy nội địa",
        {},
    ),
    (
        "Đăng ký lại phương tiện trong trường hợp chuyển quyền sở hữu phương tiện đồng thời thay đổi cơ quan đăng ký "
        "phương tiện",
        3,
        [*_VESSEL, "Giấy tờ chuyển quyền sở hữu phương tiện", "Hồ sơ gốc của phương tiện"],
        "Giấy chứng nhận đăng ký phương tiện thủy nội địa",
        {"rank": 2},
    ),
    (
        "Đăng ký lại phương tiện trong trường hợp chủ phương tiện thay đổi trụ sở hoặc nơi đăng ký hộ khẩu thường trú "
        "sang đơn vị hành chính cấp tỉnh khác",
        3,
        _VESSEL,
        "Giấy chứng nhận đăng ký phương tiện thủy nội địa",
        {"rank": 3},
    ),
    (
        "Xóa Giấy chứng nhận đăng ký phương tiện",
        3,
        ["Đơn đề nghị xóa đăng ký theo mẫu", "Giấy chứng nhận đăng ký đã cấp"],
        "Giấy chứng nhận xóa đăng ký phương tiện",
        {},
    ),
    (
        "Cấp lại Giấy chứng nhận đăng ký phương tiện",
        3,
        ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
        "Giấy chứng nhận đăng ký phương tiện thủy nội địa",
        {"spot": True},
    ),
]
_DTND = table(DTND, PROVINCE, L_DTND, _DTND_REG, subjects="Tổ chức, cá nhân sở hữu phương tiện") + table(
    DTND,
    PROVINCE,
    L_DTND,
    [
        (
            "Công bố hoạt động bến thủy nội địa",
            5,
            [
                "Đơn đề nghị công bố hoạt động bến theo mẫu",
                "Bản sao quyết định đầu tư xây dựng bến",
                "Biên bản nghiệm thu công trình",
            ],
            "Quyết định công bố hoạt động bến thủy nội địa",
            {},
        ),
        (
            "Công bố lại hoạt động bến thủy nội địa",
            5,
            ["Đơn đề nghị công bố lại theo mẫu", "Tài liệu về nội dung thay đổi"],
            "Quyết định công bố lại",
            {"rank": 1},
        ),
        (
            "Thỏa thuận thông số kỹ thuật xây dựng bến thủy nội địa",
            5,
            ["Đơn đề nghị thỏa thuận thông số kỹ thuật", "Bình đồ khu vực xây dựng bến"],
            "Văn bản thỏa thuận",
            {"rank": 1},
        ),
        (
            "Cấp giấy phép hoạt động bến khách ngang sông",
            5,
            ["Đơn đề nghị cấp giấy phép hoạt động bến khách ngang sông", "Sơ đồ vùng nước của bến"],
            "Giấy phép hoạt động bến khách ngang sông",
            {},
        ),
        (
            "Chấp thuận phương án bảo đảm an toàn giao thông khi thi công công trình trên đường thủy nội địa địa "
            "phương",
            5,
            ["Văn bản đề nghị chấp thuận", "Phương án bảo đảm an toàn giao thông"],
            "Văn bản chấp thuận phương án",
            {"rank": 1},
        ),
        (
            "Công bố đóng luồng đường thủy nội địa khi không có nhu cầu khai thác, sử dụng",
            10,
            ["Văn bản đề nghị công bố đóng luồng", "Tài liệu liên quan đến luồng"],
            "Quyết định công bố đóng luồng",
            {"rank": 3},
        ),
        (
            "Cấp, cấp lại, chuyển đổi giấy chứng nhận khả năng chuyên môn, chứng chỉ chuyên môn thuyền viên, người lái "
            "phương tiện thủy nội địa",
            10,
            [
                "Đơn đề nghị theo mẫu",
                "Giấy chứng nhận sức khỏe",
                "Bản sao giấy chứng nhận khả năng chuyên môn cũ (nếu có)",
                PHOTOS,
            ],
            "Giấy chứng nhận khả năng chuyên môn, chứng chỉ chuyên môn",
            {"subjects": "Cá nhân"},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_DTND_DISTRICT = table(
    DTND,
    DISTRICT,
    L_DTND,
    _DTND_REG[:5] + _DTND_REG[7:],
    subjects="Tổ chức, cá nhân sở hữu phương tiện có trọng tải nhỏ",
)

# --- Xây dựng ---------------------------------------------------------------------------------------

_PERMIT = [
    "Đơn đề nghị cấp giấy phép xây dựng theo mẫu",
    LAND_CERT,
    "Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng công trình) và bản vẽ sơ đồ đấu nối hạ tầng",
    "Quyết định phê duyệt dự án và văn bản thông báo kết quả thẩm định thiết kế (đối với công trình thuộc dự án)",
]
_PERMIT_FEE = (fee("Lệ phí cấp giấy phép xây dựng công trình", 100000),)


def _permit_actions(amount_new: float):
    return [
        act("Cấp giấy phép xây dựng mới đối với", amount_new, _PERMIT, online=3),
        act(
            "Cấp giấy phép sửa chữa, cải tạo đối với",
            amount_new,
            [
                "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo theo mẫu",
                LAND_CERT,
                "Bản vẽ, ảnh chụp hiện trạng của bộ phận, hạng mục công trình đề nghị sửa chữa, cải tạo",
                "Bản vẽ thiết kế sửa chữa, cải tạo",
            ],
            rank=1,
        ),
        act(
            "Cấp giấy phép di dời đối với",
            amount_new,
            [
                "Đơn đề nghị cấp giấy phép di dời công trình theo mẫu",
                LAND_CERT,
                "Bản vẽ hoàn công công trình",
                "Phương án di dời",
            ],
            rank=3,
        ),
        act(
            "Điều chỉnh giấy phép xây dựng đối với",
            amount_new,
            [
                "Đơn đề nghị điều chỉnh giấy phép xây dựng theo mẫu",
                OLD_LICENCE,
                "Bản vẽ thiết kế liên quan đến phần điều chỉnh",
            ],
            rank=1,
            fees=(),
        ),
        act(
            "Gia hạn giấy phép xây dựng đối với",
            5,
            ["Đơn đề nghị gia hạn giấy phép xây dựng theo mẫu", OLD_LICENCE],
            rank=2,
            fees=(),
        ),
        act(
            "Cấp lại giấy phép xây dựng đối với",
            5,
            ["Đơn đề nghị cấp lại giấy phép xây dựng theo mẫu", LOST_REPORT],
            rank=2,
            fees=(),
        ),
    ]


_GPXD = family(
    HDXD,
    PROVINCE,
    "{a} {o}",
    [
        "công trình cấp I, cấp II",
        "công trình không theo tuyến",
        "công trình theo tuyến trong đô thị",
        "công trình tôn giáo",
        ("công trình tín ngưỡng", {"rank": 1}),
        "công trình di tích lịch sử - văn hóa, tượng đài, tranh hoành tráng đã được xếp hạng",
        "công trình trên các tuyến, trục đường phố chính trong đô thị",
        "công trình thuộc dự án có vốn đầu tư trực tiếp nước ngoài",
        ("công trình quảng cáo", {"rank": 1}),
    ],
    _permit_actions(20),
    result="Giấy phép xây dựng",
    basis=L_XD,
    subjects="Chủ đầu tư",
    fees=_PERMIT_FEE,
)

_GPXD += family(
    HDXD,
    PROVINCE,
    "Cấp giấy phép xây dựng có thời hạn đối với {o}",
    ["công trình không theo tuyến", "công trình theo tuyến trong đô thị", ("công trình quảng cáo", {"rank": 2})],
    [act("", 20, _PERMIT, rank=1)],
    result="Giấy phép xây dựng có thời hạn",
    basis=L_XD,
    subjects="Chủ đầu tư",
    fees=_PERMIT_FEE,
)

_GPXD_DISTRICT = (
    family(
        HDXD,
        DISTRICT,
        "{a} {o}",
        ["nhà ở riêng lẻ", "công trình cấp III, cấp IV", ("công trình tín ngưỡng", {"rank": 1})],
        _permit_actions(15),
        result="Giấy phép xây dựng",
        basis=L_XD,
        subjects="Hộ gia đình, cá nhân, chủ đầu tư",
        fees=(fee("Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ", 50000),),
    )
    + table(
        HDXD,
        DISTRICT,
        L_XD,
        [
            (
                "Cấp giấy phép xây dựng có thời hạn đối với nhà ở riêng lẻ",
                15,
                _PERMIT,
                "Giấy phép xây dựng có thời hạn",
                {"fees": (fee("Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ", 50000),)},
            ),
            (
                "Cấp giấy phép xây dựng có thời hạn đối với công trình cấp III, cấp IV",
                20,
                _PERMIT,
                "Giấy phép xây dựng có thời hạn",
                {"fees": _PERMIT_FEE, "rank": 1},
            ),
        ],
        subjects="Hộ gia đình, cá nhân, chủ đầu tư",
    )
    + table(
        HDXD,
        DISTRICT,
        L_TD,
        [
            (
                "Thẩm định Báo cáo kinh tế - kỹ thuật đầu tư xây dựng/điều chỉnh Báo cáo kinh tế - kỹ thuật đầu tư "
                "xây dựng thuộc thẩm quyền của UBND cấp huyện",
                20,
                [
                    "Tờ trình thẩm định theo mẫu",
                    "Báo cáo kinh tế - kỹ thuật đầu tư xây dựng",
                    "Văn bản pháp lý có liên quan",
                ],
                "Văn bản thông báo kết quả thẩm định",
                {"subjects": "Chủ đầu tư"},
            ),
            (
                "Thẩm định thiết kế, dự toán xây dựng công trình thuộc thẩm quyền của UBND cấp huyện",
                20,
                ["Tờ trình thẩm định theo mẫu", "Hồ sơ thiết kế, dự toán xây dựng"],
                "Văn bản thông báo kết quả thẩm định",
                {"subjects": "Chủ đầu tư", "rank": 1},
            ),
        ],
    )
)

_TD = table(
    HDXD,
    PROVINCE,
    L_TD,
    [
        (
            "Thẩm định dự án/dự án điều chỉnh hoặc thẩm định thiết kế cơ sở/thiết kế cơ sở điều chỉnh",
            20,
            [
                "Tờ trình thẩm định dự án theo mẫu",
                "Báo cáo nghiên cứu khả thi đầu tư xây dựng",
                "Văn bản phê duyệt chủ trương đầu tư",
                "Hồ sơ khảo sát xây dựng",
            ],
            "Văn bản thông báo kết quả thẩm định dự án",
            {
                "fees": (fee("Phí thẩm định dự án đầu tư xây dựng", 1000000, "fee", "Tính theo tổng mức đầu tư"),),
                "cases": (Case("nhom-b", "Dự án nhóm B", 30),),
            },
        ),
        (
            "Thẩm định thiết kế, dự toán xây dựng/thiết kế, dự toán xây dựng điều chỉnh",
            20,
            ["Tờ trình thẩm định thiết kế theo mẫu", "Hồ sơ thiết kế xây dựng", "Dự toán xây dựng công trình"],
            "Văn bản thông báo kết quả thẩm định thiết kế, dự toán",
            {"cases": (Case("cap-ii", "Công trình cấp II", 30),)},
        ),
        (
            "Thẩm định Báo cáo kinh tế - kỹ thuật đầu tư xây dựng/điều chỉnh Báo cáo kinh tế - kỹ thuật đầu tư xây "
            "dựng",
            20,
            ["Tờ trình thẩm định theo mẫu", "Báo cáo kinh tế - kỹ thuật đầu tư xây dựng"],
            "Văn bản thông báo kết quả thẩm định",
            {},
        ),
        (
            "Thẩm định dự án đầu tư xây dựng công trình giao thông thuộc thẩm quyền của Sở Giao thông vận tải - Xây "
            "dựng",
            20,
            ["Tờ trình thẩm định dự án", "Báo cáo nghiên cứu khả thi", "Hồ sơ khảo sát"],
            "Văn bản thông báo kết quả thẩm định dự án",
            {},
        ),
        (
            "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở đối với công trình giao thông",
            20,
            ["Tờ trình thẩm định thiết kế", "Hồ sơ thiết kế, dự toán"],
            "Văn bản thông báo kết quả thẩm định",
            {},
        ),
        (
            "Kiểm tra công tác nghiệm thu hoàn thành công trình",
            15,
            [
                "Văn bản đề nghị kiểm tra công tác nghiệm thu",
                "Báo cáo hoàn thành thi công xây dựng công trình",
                "Danh mục hồ sơ hoàn thành công trình",
            ],
            "Văn bản chấp thuận kết quả nghiệm thu",
            {},
        ),
    ],
    subjects="Chủ đầu tư",
)

_CCHN = table(
    HDXD,
    PROVINCE,
    L_CCHN,
    [
        (
            "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
            20,
            [
                "Đơn đề nghị cấp chứng chỉ hành nghề theo mẫu",
                ("Bản sao văn bằng được đào tạo", "c"),
                "Bản khai kinh nghiệm hoạt động xây dựng",
                PHOTOS,
            ],
            "Chứng chỉ hành nghề hoạt động xây dựng",
            {"fees": (fee("Lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng", 300000),), "since": "2019-XD"},
        ),
        (
            "Cấp lại chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III (trường hợp bị mất, hư hỏng, hết hạn)",
            10,
            ["Đơn đề nghị cấp lại chứng chỉ hành nghề theo mẫu", PHOTOS],
            "Chứng chỉ hành nghề hoạt động xây dựng",
            {"fees": (fee("Lệ phí cấp lại chứng chỉ hành nghề", 150000),), "since": "2019-XD"},
        ),
        (
            "Điều chỉnh, bổ sung nội dung chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
            20,
            ["Đơn đề nghị điều chỉnh, bổ sung theo mẫu", "Bản khai kinh nghiệm liên quan đến nội dung bổ sung", PHOTOS],
            "Chứng chỉ hành nghề hoạt động xây dựng",
            {"since": "2019-XD"},
        ),
        (
            "Chuyển đổi chứng chỉ hành nghề hoạt động xây dựng của cá nhân người nước ngoài",
            20,
            ["Đơn đề nghị chuyển đổi theo mẫu", "Bản sao chứng chỉ hành nghề do nước ngoài cấp", PHOTOS],
            "Chứng chỉ hành nghề hoạt động xây dựng",
            {"since": "2019-XD"},
        ),
        (
            "Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III",
            20,
            [
                "Đơn đề nghị cấp chứng chỉ năng lực theo mẫu",
                "Bản sao quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp",
                "Bản kê khai năng lực nhân sự, máy móc, thiết bị và kinh nghiệm",
            ],
            "Chứng chỉ năng lực hoạt động xây dựng",
            {"fees": (fee("Lệ phí cấp chứng chỉ năng lực", 1000000),), "since": "2019-XD", "subjects": "Tổ chức"},
        ),
        (
            "Điều chỉnh, bổ sung chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III",
            20,
            ["Đơn đề nghị điều chỉnh, bổ sung theo mẫu", "Bản kê khai năng lực liên quan đến nội dung bổ sung"],
            "Chứng chỉ năng lực hoạt động xây dựng",
            {"since": "2019-XD", "subjects": "Tổ chức"},
        ),
        (
            "Cấp lại chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III",
            10,
            ["Đơn đề nghị cấp lại theo mẫu"],
            "Chứng chỉ năng lực hoạt động xây dựng",
            {"since": "2019-XD", "subjects": "Tổ chức"},
        ),
        (
            "Cấp giấy phép hoạt động xây dựng cho nhà thầu nước ngoài thực hiện hợp đồng của dự án nhóm B, C",
            20,
            [
                "Đơn đề nghị cấp giấy phép hoạt động xây dựng theo mẫu",
                "Bản sao văn bản về kết quả đấu thầu hoặc quyết định chọn thầu",
                "Bản sao giấy phép thành lập hoặc giấy chứng nhận đăng ký kinh doanh của nhà thầu",
            ],
            "Giấy phép hoạt động xây dựng",
            {
                "fees": (fee("Lệ phí cấp giấy phép thầu", 2000000),),
                "since": "2019-XD",
                "subjects": "Nhà thầu nước ngoài",
            },
        ),
        (
            "Điều chỉnh giấy phép hoạt động xây dựng cho nhà thầu nước ngoài",
            10,
            ["Đơn đề nghị điều chỉnh giấy phép theo mẫu", "Tài liệu chứng minh nội dung điều chỉnh"],
            "Giấy phép hoạt động xây dựng đã điều chỉnh",
            {"since": "2019-XD", "subjects": "Nhà thầu nước ngoài"},
        ),
    ],
    subjects="Cá nhân",
)

# Certificates of the regime before Nghị định 100/2018/NĐ-CP, abolished in 2019.
CCHN_ABOLISHED = [
    "Cấp chứng chỉ hành nghề kỹ sư hoạt động xây dựng",
    "Cấp chứng chỉ hành nghề kiến trúc sư hoạt động xây dựng",
    "Cấp chứng chỉ hành nghề giám sát thi công xây dựng (theo Nghị định số 59/2015/NĐ-CP)",
]
_CCHN_OLD = table(
    HDXD,
    PROVINCE,
    L_XD,
    [
        (
            name,
            20,
            ["Đơn đề nghị cấp chứng chỉ hành nghề theo mẫu", ("Bản sao văn bằng", "c"), "Bản khai kinh nghiệm", PHOTOS],
            "Chứng chỉ hành nghề",
            {},
        )
        for name in CCHN_ABOLISHED
    ],
    subjects="Cá nhân",
)

_QH = table(
    QHXD,
    PROVINCE,
    L_QH,
    [
        (
            "Thẩm định nhiệm vụ, nhiệm vụ điều chỉnh quy hoạch chi tiết của dự án đầu tư xây dựng công trình theo "
            "hình thức kinh doanh thuộc thẩm quyền phê duyệt của UBND cấp tỉnh",
            20,
            [
                "Tờ trình đề nghị thẩm định, phê duyệt nhiệm vụ quy hoạch",
                "Thuyết minh nội dung nhiệm vụ",
                "Bản vẽ thu nhỏ",
            ],
            "Quyết định phê duyệt nhiệm vụ quy hoạch",
            {"via": "UBND tỉnh"},
        ),
        (
            "Thẩm định đồ án, đồ án điều chỉnh quy hoạch chi tiết của dự án đầu tư xây dựng công trình theo hình thức "
            "kinh doanh thuộc thẩm quyền phê duyệt của UBND cấp tỉnh",
            25,
            [
                "Tờ trình đề nghị thẩm định, phê duyệt đồ án",
                "Thuyết minh đồ án quy hoạch",
                "Hồ sơ bản vẽ quy hoạch",
                "Dự thảo quy định quản lý theo đồ án",
            ],
            "Quyết định phê duyệt đồ án quy hoạch chi tiết",
            {"via": "UBND tỉnh"},
        ),
        (
            "Cung cấp thông tin về quy hoạch xây dựng thuộc thẩm quyền của UBND cấp tỉnh",
            10,
            ["Văn bản đề nghị cung cấp thông tin quy hoạch", "Sơ đồ vị trí khu đất"],
            "Văn bản cung cấp thông tin quy hoạch",
            {"online": 3},
        ),
        (
            "Cấp giấy phép quy hoạch dự án đầu tư xây dựng công trình thuộc thẩm quyền của UBND cấp tỉnh",
            30,
            [
                "Đơn đề nghị cấp giấy phép quy hoạch theo mẫu",
                "Sơ đồ vị trí địa điểm đề nghị cấp giấy phép quy hoạch",
                "Dự kiến phạm vi, quy mô khu vực lập quy hoạch",
            ],
            "Giấy phép quy hoạch",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Thỏa thuận tổng mặt bằng và phương án kiến trúc công trình",
            15,
            ["Văn bản đề nghị thỏa thuận", "Bản vẽ tổng mặt bằng và phương án kiến trúc"],
            "Văn bản thỏa thuận",
            {"rank": 2},
        ),
    ],
    subjects="Chủ đầu tư",
)
_QH_DISTRICT = table(
    QHXD,
    DISTRICT,
    L_QH,
    [
        (
            "Thẩm định nhiệm vụ, nhiệm vụ điều chỉnh quy hoạch chi tiết của dự án đầu tư xây dựng công trình theo "
            "hình thức kinh doanh thuộc thẩm quyền phê duyệt của UBND cấp huyện",
            20,
            ["Tờ trình đề nghị thẩm định, phê duyệt nhiệm vụ quy hoạch", "Thuyết minh nội dung nhiệm vụ"],
            "Quyết định phê duyệt nhiệm vụ quy hoạch",
            {},
        ),
        (
            "Thẩm định đồ án, đồ án điều chỉnh quy hoạch chi tiết của dự án đầu tư xây dựng công trình theo hình thức "
            "kinh doanh thuộc thẩm quyền phê duyệt của UBND cấp huyện",
            25,
            ["Tờ trình đề nghị thẩm định, phê duyệt đồ án", "Thuyết minh đồ án quy hoạch", "Hồ sơ bản vẽ quy hoạch"],
            "Quyết định phê duyệt đồ án quy hoạch chi tiết",
            {},
        ),
        (
            "Cung cấp thông tin về quy hoạch xây dựng thuộc thẩm quyền của UBND cấp huyện",
            10,
            ["Văn bản đề nghị cung cấp thông tin quy hoạch", "Sơ đồ vị trí khu đất"],
            "Văn bản cung cấp thông tin quy hoạch",
            {},
        ),
        (
            "Cấp giấy phép quy hoạch dự án đầu tư xây dựng công trình thuộc thẩm quyền của UBND cấp huyện",
            30,
            ["Đơn đề nghị cấp giấy phép quy hoạch theo mẫu", "Sơ đồ vị trí địa điểm"],
            "Giấy phép quy hoạch",
            {"rank": 1},
        ),
    ],
    subjects="Chủ đầu tư",
)

_NO = table(
    NHA_O,
    PROVINCE,
    L_NO,
    [
        (
            "Thẩm định giá bán, thuê mua, thuê nhà ở xã hội được đầu tư xây dựng theo dự án bằng vốn ngoài ngân sách "
            "nhà nước",
            30,
            ["Văn bản đề nghị thẩm định giá", "Phương án giá bán, thuê mua, cho thuê nhà ở xã hội"],
            "Văn bản thẩm định giá",
            {"subjects": "Chủ đầu tư"},
        ),
        (
            "Thuê nhà ở công vụ thuộc thẩm quyền quản lý của UBND cấp tỉnh",
            30,
            ["Đơn đề nghị thuê nhà ở công vụ theo mẫu", "Quyết định điều động, luân chuyển công tác"],
            "Hợp đồng thuê nhà ở công vụ",
            {"subjects": "Cán bộ, công chức"},
        ),
        (
            "Cho thuê nhà ở sinh viên thuộc sở hữu nhà nước",
            10,
            ["Đơn đề nghị thuê nhà ở sinh viên", "Giấy xác nhận của cơ sở đào tạo"],
            "Hợp đồng thuê nhà ở sinh viên",
            {"subjects": "Học sinh, sinh viên", "rank": 2},
        ),
        (
            "Bán nhà ở cũ thuộc sở hữu nhà nước",
            45,
            ["Đơn đề nghị mua nhà ở cũ theo mẫu", "Hợp đồng thuê nhà ở đang sử dụng", ID_COPY],
            "Quyết định bán nhà ở cũ và hợp đồng mua bán",
            {"subjects": "Hộ gia đình, cá nhân", "via": "UBND tỉnh"},
        ),
        (
            "Cho thuê, thuê mua nhà ở xã hội thuộc sở hữu nhà nước",
            30,
            [
                "Đơn đề nghị thuê, thuê mua nhà ở xã hội theo mẫu",
                "Giấy tờ chứng minh đối tượng và điều kiện được hưởng chính sách",
            ],
            "Hợp đồng thuê, thuê mua nhà ở xã hội",
            {"subjects": "Hộ gia đình, cá nhân"},
        ),
        (
            "Giải quyết chuyển quyền sử dụng đất liền kề nhà ở cũ thuộc sở hữu nhà nước",
            30,
            ["Đơn đề nghị theo mẫu", "Giấy tờ về nhà ở cũ đã mua"],
            "Quyết định chuyển quyền sử dụng đất",
            {"subjects": "Hộ gia đình, cá nhân", "rank": 3},
        ),
        (
            "Thông báo nhà ở hình thành trong tương lai đủ điều kiện được bán, cho thuê mua",
            15,
            [
                "Văn bản đề nghị của chủ đầu tư",
                "Giấy tờ về quyền sử dụng đất và hồ sơ dự án",
                "Biên bản nghiệm thu hoàn thành phần móng",
            ],
            "Văn bản thông báo nhà ở đủ điều kiện được bán, cho thuê mua",
            {"subjects": "Chủ đầu tư"},
        ),
        (
            "Công nhận chủ đầu tư dự án xây dựng nhà ở xã hội không sử dụng vốn ngân sách nhà nước",
            30,
            ["Văn bản đăng ký làm chủ đầu tư", "Giấy tờ chứng minh quyền sử dụng đất và năng lực tài chính"],
            "Quyết định công nhận chủ đầu tư",
            {"via": "UBND tỉnh", "subjects": "Doanh nghiệp", "rank": 1},
        ),
        (
            "Xác nhận đối tượng, điều kiện được mua, thuê, thuê mua nhà ở xã hội",
            7,
            ["Đơn đề nghị xác nhận theo mẫu", "Giấy tờ chứng minh thuộc đối tượng, điều kiện"],
            "Giấy xác nhận",
            {"subjects": "Hộ gia đình, cá nhân", "rank": 2},
        ),
        (
            "Gia hạn sở hữu nhà ở tại Việt Nam cho cá nhân, tổ chức nước ngoài",
            30,
            ["Đơn đề nghị gia hạn thời hạn sở hữu nhà ở", "Bản sao Giấy chứng nhận quyền sở hữu nhà ở"],
            "Văn bản đồng ý gia hạn thời hạn sở hữu nhà ở",
            {"subjects": "Tổ chức, cá nhân nước ngoài", "rank": 2},
        ),
        (
            "Lựa chọn chủ đầu tư dự án xây dựng nhà ở thương mại không thuộc trường hợp đấu giá, đấu thầu",
            30,
            ["Văn bản đăng ký làm chủ đầu tư", "Giấy tờ chứng minh năng lực tài chính", "Giấy tờ về quyền sử dụng đất"],
            "Quyết định công nhận chủ đầu tư",
            {"via": "UBND tỉnh", "subjects": "Doanh nghiệp, hợp tác xã"},
        ),
    ],
)

_BDS = table(
    BDS,
    PROVINCE,
    L_BDS,
    [
        (
            "Chuyển nhượng toàn bộ hoặc một phần dự án bất động sản do UBND cấp tỉnh quyết định việc đầu tư",
            45,
            ["Đơn đề nghị cho phép chuyển nhượng theo mẫu", "Hồ sơ dự án", "Hợp đồng chuyển nhượng dự án"],
            "Quyết định cho phép chuyển nhượng dự án",
            {"via": "UBND tỉnh", "subjects": "Chủ đầu tư"},
        ),
        (
            "Cấp chứng chỉ hành nghề môi giới bất động sản",
            10,
            [
                "Đơn đăng ký dự thi theo mẫu",
                ID_COPY,
                "Giấy chứng nhận đã hoàn thành khóa đào tạo về môi giới bất động sản",
                PHOTOS,
            ],
            "Chứng chỉ hành nghề môi giới bất động sản",
            {"subjects": "Cá nhân", "fees": (fee("Lệ phí cấp chứng chỉ hành nghề môi giới bất động sản", 200000),)},
        ),
        (
            "Cấp lại (cấp đổi) chứng chỉ hành nghề môi giới bất động sản",
            5,
            ["Đơn đề nghị cấp lại chứng chỉ", PHOTOS],
            "Chứng chỉ hành nghề môi giới bất động sản",
            {"subjects": "Cá nhân", "spot": True},
        ),
    ],
)

_VLXD = table(
    VLXD,
    PROVINCE,
    L_VLXD,
    [
        (
            "Tiếp nhận bản công bố hợp quy sản phẩm, hàng hóa vật liệu xây dựng",
            5,
            [
                "Bản công bố hợp quy theo mẫu",
                "Bản sao giấy chứng nhận hợp quy do tổ chức chứng nhận cấp",
                "Bản mô tả chung về sản phẩm, hàng hóa",
            ],
            "Thông báo tiếp nhận hồ sơ công bố hợp quy",
            {"subjects": "Tổ chức, cá nhân sản xuất, nhập khẩu vật liệu xây dựng", "online": 3},
        ),
        (
            "Xác nhận đăng ký xây dựng cơ sở sản xuất vật liệu xây dựng",
            10,
            ["Văn bản đề nghị", "Thuyết minh công nghệ sản xuất"],
            "Văn bản xác nhận",
            {"rank": 3},
        ),
    ],
)

_HTKT = table(
    HTKT,
    DISTRICT,
    L_HTKT,
    [
        (
            "Cấp giấy phép chặt hạ, dịch chuyển cây xanh",
            7,
            ["Đơn đề nghị cấp giấy phép chặt hạ, dịch chuyển cây xanh", "Sơ đồ vị trí cây xanh"],
            "Giấy phép chặt hạ, dịch chuyển cây xanh",
            {},
        ),
        (
            "Cấp giấy phép sử dụng tạm thời một phần hè phố không vào mục đích giao thông",
            7,
            ["Đơn đề nghị sử dụng tạm thời hè phố", "Sơ đồ vị trí, diện tích sử dụng"],
            "Giấy phép sử dụng tạm thời hè phố",
            {"rank": 1},
        ),
    ],
)

_COMMUNE = table(
    HDXD,
    COMMUNE,
    L_XD,
    [
        (
            "Xác nhận thông báo khởi công xây dựng nhà ở riêng lẻ tại nông thôn không thuộc diện phải cấp giấy phép "
            "xây dựng",
            3,
            ["Thông báo khởi công xây dựng", LAND_CERT],
            "Văn bản xác nhận việc thông báo khởi công",
            {"subjects": "Hộ gia đình, cá nhân", "rank": 2},
        ),
    ],
)

TEMPLATES = (
    _GPLX
    + _VT
    + _VT_QT
    + _XMCD
    + _XE
    + _XE_DISTRICT
    + _DTND
    + _DTND_DISTRICT
    + _GPXD
    + _GPXD_DISTRICT
    + _TD
    + _CCHN
    + _CCHN_OLD
    + _QH
    + _QH_DISTRICT
    + _NO
    + _BDS
    + _VLXD
    + _HTKT
    + _COMMUNE
)

L_ATGT = (
    "Nghị định số 11/2010/NĐ-CP quy định về quản lý và bảo vệ kết cấu hạ tầng giao thông đường bộ",
    "Thông tư số 26/2015/TT-BGTVT quy định về bảo đảm an toàn giao thông đối với công trình đường bộ đang khai thác",
    "Thông tư số 54/2018/TT-BGTVT quy định về thẩm định an toàn giao thông đường bộ",
)
TEMPLATES += (
    table(
        DB,
        PROVINCE,
        L_VT,
        [
            (
                "Bổ sung, thay thế phương tiện khai thác tuyến vận tải hành khách cố định bằng xe ô tô",
                3,
                ["Giấy đề nghị bổ sung, thay thế phương tiện theo mẫu", ("Bản sao giấy đăng ký xe ô tô", "c")],
                "Văn bản chấp thuận bổ sung, thay thế phương tiện",
                {"online": 3},
            ),
            (
                "Ngừng khai thác tuyến, ngừng phương tiện hoạt động trên tuyến vận tải hành khách cố định",
                3,
                ["Giấy đề nghị ngừng khai thác tuyến theo mẫu"],
                "Văn bản chấp thuận ngừng khai thác",
                {"rank": 1},
            ),
            (
                "Gia hạn Giấy phép liên vận Campuchia - Lào - Việt Nam và thời gian lưu hành tại Việt Nam cho phương "
                "tiện của Lào và Campuchia",
                1,
                ["Giấy đề nghị gia hạn theo mẫu", "Giấy phép liên vận CLV"],
                "Văn bản gia hạn",
                {"rank": 3},
            ),
        ],
        subjects="Đơn vị kinh doanh vận tải",
    )
    + table(
        DB,
        PROVINCE,
        L_GPLX,
        [
            (
                "Cấp chứng chỉ bồi dưỡng kiến thức pháp luật về giao thông đường bộ cho người điều khiển xe máy chuyên "
                "dùng",
                5,
                ["Đơn đề nghị theo mẫu", "Giấy chứng nhận đủ sức khỏe", ID_COPY, PHOTOS],
                "Chứng chỉ bồi dưỡng kiến thức pháp luật về giao thông đường bộ",
                {"subjects": "Cá nhân"},
            ),
            (
                "Cấp lại chứng chỉ bồi dưỡng kiến thức pháp luật về giao thông đường bộ cho người điều khiển xe máy "
                "chuyên dùng",
                5,
                ["Đơn đề nghị cấp lại theo mẫu", PHOTOS],
                "Chứng chỉ bồi dưỡng kiến thức pháp luật về giao thông đường bộ",
                {"subjects": "Cá nhân", "rank": 2},
            ),
        ],
    )
    + table(
        DB,
        PROVINCE,
        L_ATGT,
        [
            (
                "Thẩm định an toàn giao thông đối với dự án đầu tư xây dựng mới, nâng cấp, cải tạo công trình đường bộ",
                15,
                ["Văn bản đề nghị thẩm định an toàn giao thông", "Hồ sơ thiết kế của dự án"],
                "Báo cáo kết quả thẩm định an toàn giao thông",
                {"subjects": "Chủ đầu tư", "rank": 1},
            ),
            (
                "Thẩm định an toàn giao thông đối với đường bộ đang khai thác",
                15,
                ["Văn bản đề nghị thẩm định", "Báo cáo hiện trạng đoạn tuyến"],
                "Báo cáo kết quả thẩm định an toàn giao thông",
                {"subjects": "Cơ quan quản lý đường bộ", "rank": 2},
            ),
        ],
    )
    + table(
        DTND,
        PROVINCE,
        L_DTND,
        [
            (
                "Phê duyệt phương án vận tải hàng hóa siêu trường, siêu trọng trên đường thủy nội địa địa phương",
                5,
                ["Đơn đề nghị phê duyệt phương án vận tải", "Phương án vận tải và bảo đảm an toàn"],
                "Văn bản phê duyệt phương án vận tải",
                {"rank": 2},
            ),
            (
                "Dự thi, kiểm tra lấy giấy chứng nhận khả năng chuyên môn, chứng chỉ chuyên môn thuyền viên, người lái "
                "phương tiện thủy nội địa",
                10,
                ["Đơn đề nghị dự thi, kiểm tra theo mẫu", "Giấy chứng nhận sức khỏe", PHOTOS],
                "Giấy chứng nhận khả năng chuyên môn hoặc chứng chỉ chuyên môn",
                {"subjects": "Cá nhân"},
            ),
            (
                "Cho ý kiến trước khi xây dựng bến thủy nội địa",
                5,
                ["Văn bản đề nghị cho ý kiến", "Bình đồ vị trí dự kiến xây dựng bến"],
                "Văn bản ý kiến",
                {"rank": 1},
            ),
        ],
        subjects="Tổ chức, cá nhân",
    )
    + table(
        HDXD,
        PROVINCE,
        L_TD,
        [
            (
                "Thẩm định dự án đầu tư xây dựng công trình hạ tầng kỹ thuật thuộc thẩm quyền của Sở Giao thông vận "
                "tải - Xây dựng",
                20,
                ["Tờ trình thẩm định dự án", "Báo cáo nghiên cứu khả thi", "Hồ sơ khảo sát"],
                "Văn bản thông báo kết quả thẩm định dự án",
                {"rank": 1},
            ),
            (
                "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở đối với công trình hạ tầng kỹ thuật",
                20,
                ["Tờ trình thẩm định thiết kế", "Hồ sơ thiết kế, dự toán"],
                "Văn bản thông báo kết quả thẩm định",
                {"rank": 1},
            ),
        ],
        subjects="Chủ đầu tư",
    )
    + table(
        NHA_O,
        PROVINCE,
        L_NO,
        [
            (
                "Cho thuê nhà ở cũ thuộc sở hữu nhà nước",
                30,
                ["Đơn đề nghị thuê nhà ở theo mẫu", "Giấy tờ chứng minh việc sử dụng nhà ở"],
                "Hợp đồng thuê nhà ở",
                {"subjects": "Hộ gia đình, cá nhân", "rank": 1},
            ),
        ],
    )
    + table(
        BDS,
        PROVINCE,
        L_BDS,
        [
            (
                "Tiếp nhận hồ sơ chuyển nhượng toàn bộ hoặc một phần dự án bất động sản do Thủ tướng Chính phủ quyết "
                "định việc đầu tư",
                45,
                ["Đơn đề nghị cho phép chuyển nhượng theo mẫu", "Hồ sơ dự án", "Hợp đồng chuyển nhượng dự án"],
                "Văn bản của UBND tỉnh gửi Bộ Xây dựng",
                {"via": "UBND tỉnh, Bộ Xây dựng", "subjects": "Chủ đầu tư", "rank": 2},
            ),
        ],
    )
)

# Added to fill the 2018 catalogue: apartment buildings, social housing programmes, more appraisals and plans.
L_CHUNG_CU = (
    *L_NO,
    "Thông tư số 02/2016/TT-BXD ban hành Quy chế quản lý, sử dụng nhà chung cư",
    "Thông tư số 31/2016/TT-BXD quy định việc phân hạng và công nhận hạng nhà chung cư",
)
L_33 = (
    "Quyết định số 33/2015/QĐ-TTg về chính sách hỗ trợ nhà ở đối với hộ nghèo theo chuẩn nghèo giai đoạn 2011 - "
    "2015 (Chương trình hỗ trợ hộ nghèo về nhà ở theo Quyết định số 167/2008/QĐ-TTg giai đoạn 2)",
    "Thông tư số 08/2015/TT-BXD hướng dẫn thực hiện Quyết định số 33/2015/QĐ-TTg",
)
L_KDSD = (
    "Luật Xây dựng số 50/2014/QH13",
    "Nghị định số 46/2015/NĐ-CP về quản lý chất lượng và bảo trì công trình xây dựng",
    "Thông tư số 26/2016/TT-BXD quy định chi tiết một số nội dung về quản lý chất lượng và bảo trì công trình xây dựng",
)
TEMPLATES += (
    table(
        NHA_O,
        PROVINCE,
        L_CHUNG_CU,
        [
            (
                "Công nhận hạng nhà chung cư",
                30,
                [
                    "Đơn đề nghị công nhận hạng nhà chung cư theo mẫu",
                    "Báo cáo kết quả đánh giá phân hạng nhà chung cư của đơn vị tư vấn",
                    ("Bản sao hồ sơ hoàn công công trình nhà chung cư", "c"),
                ],
                "Quyết định công nhận hạng nhà chung cư",
                {"rank": 1},
            ),
            (
                "Công nhận lại hạng nhà chung cư",
                30,
                [
                    "Đơn đề nghị công nhận lại hạng nhà chung cư theo mẫu",
                    "Báo cáo kết quả đánh giá lại phân hạng nhà chung cư",
                    ("Bản sao quyết định công nhận hạng đã cấp", "c"),
                ],
                "Quyết định công nhận lại hạng nhà chung cư",
                {"rank": 3},
            ),
        ],
        subjects="Chủ đầu tư, Ban quản trị nhà chung cư",
    )
    + table(
        NHA_O,
        PROVINCE,
        L_NO,
        [
            (
                "Chấp thuận chủ trương đầu tư dự án xây dựng nhà ở thuộc thẩm quyền của UBND cấp tỉnh",
                30,
                [
                    "Tờ trình đề nghị chấp thuận chủ trương đầu tư theo mẫu",
                    "Văn bản giới thiệu địa điểm hoặc quy hoạch chi tiết được phê duyệt",
                    "Hồ sơ năng lực của nhà đầu tư",
                ],
                "Quyết định chấp thuận chủ trương đầu tư dự án xây dựng nhà ở",
                {"via": "UBND tỉnh", "subjects": "Nhà đầu tư"},
            ),
        ],
    )
    + table(
        NHA_O,
        DISTRICT,
        L_CHUNG_CU,
        [
            (
                "Công nhận Ban quản trị nhà chung cư",
                7,
                [
                    "Văn bản đề nghị công nhận Ban quản trị nhà chung cư",
                    "Biên bản họp hội nghị nhà chung cư về việc bầu Ban quản trị",
                    "Quy chế hoạt động của Ban quản trị đã được hội nghị nhà chung cư thông qua",
                ],
                "Quyết định công nhận Ban quản trị nhà chung cư",
                {"rank": 1},
            ),
        ],
        subjects="Ban quản trị nhà chung cư",
    )
    + table(
        NHA_O,
        DISTRICT,
        L_33,
        [
            (
                "Phê duyệt danh sách hộ nghèo được hỗ trợ nhà ở theo Quyết định số 33/2015/QĐ-TTg",
                15,
                [
                    "Tờ trình của UBND cấp xã",
                    "Danh sách hộ nghèo đề nghị hỗ trợ đã được bình xét",
                    "Biên bản họp bình xét",
                ],
                "Quyết định phê duyệt danh sách hộ được hỗ trợ nhà ở",
                {"rank": 1},
            ),
        ],
        subjects="UBND cấp xã",
    )
    + table(
        NHA_O,
        COMMUNE,
        L_33,
        [
            (
                "Đăng ký hỗ trợ nhà ở cho hộ nghèo theo Quyết định số 33/2015/QĐ-TTg",
                10,
                ["Đơn đăng ký hỗ trợ nhà ở theo mẫu", RESIDENCE, "Phương án vay vốn làm nhà ở"],
                "Danh sách hộ được bình xét, đề nghị UBND cấp huyện phê duyệt",
                {"rank": 1},
            ),
        ],
        subjects="Hộ nghèo",
    )
    + table(
        HDXD,
        PROVINCE,
        L_TD,
        [
            (
                "Thẩm định dự án đầu tư xây dựng công trình dân dụng, công nghiệp vật liệu xây dựng thuộc thẩm quyền "
                "của Sở Giao thông vận tải - Xây dựng",
                20,
                [
                    "Tờ trình thẩm định dự án theo mẫu",
                    "Báo cáo nghiên cứu khả thi đầu tư xây dựng",
                    "Hồ sơ khảo sát xây dựng và thiết kế cơ sở",
                    ("Bản sao quyết định chủ trương đầu tư", "c"),
                ],
                "Văn bản thông báo kết quả thẩm định dự án",
                {"rank": 1, "subjects": "Chủ đầu tư"},
            ),
            (
                "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở đối với công trình dân dụng, công nghiệp "
                "vật liệu xây dựng",
                20,
                [
                    "Tờ trình thẩm định thiết kế theo mẫu",
                    "Hồ sơ thiết kế kỹ thuật hoặc thiết kế bản vẽ thi công",
                    "Báo cáo kết quả thẩm tra thiết kế",
                ],
                "Văn bản thông báo kết quả thẩm định thiết kế",
                {"rank": 1, "subjects": "Chủ đầu tư"},
            ),
        ],
    )
    + table(
        HDXD,
        PROVINCE,
        L_KDSD,
        [
            (
                "Cho ý kiến về việc kéo dài thời hạn sử dụng của công trình hết thời hạn sử dụng theo thiết kế",
                30,
                [
                    "Văn bản đề nghị của chủ sở hữu hoặc người quản lý, sử dụng công trình",
                    "Báo cáo kết quả kiểm định, đánh giá chất lượng công trình",
                    "Phương án sửa chữa, gia cố công trình (nếu có)",
                ],
                "Văn bản cho ý kiến",
                {"rank": 2, "subjects": "Chủ sở hữu, người quản lý, sử dụng công trình"},
            ),
            (
                "Cho ý kiến về kết quả đánh giá an toàn công trình",
                30,
                [
                    "Văn bản đề nghị cho ý kiến",
                    "Báo cáo kết quả đánh giá an toàn chịu lực và an toàn vận hành công trình",
                ],
                "Văn bản cho ý kiến",
                {"rank": 2, "subjects": "Chủ sở hữu, người quản lý, sử dụng công trình"},
            ),
        ],
    )
    + table(
        HDXD,
        DISTRICT,
        L_TD,
        [
            (
                "Thẩm định dự án/dự án điều chỉnh hoặc thẩm định thiết kế cơ sở/thiết kế cơ sở điều chỉnh thuộc thẩm "
                "quyền của UBND cấp huyện",
                20,
                [
                    "Tờ trình thẩm định dự án theo mẫu",
                    "Báo cáo nghiên cứu khả thi đầu tư xây dựng",
                    "Hồ sơ khảo sát xây dựng và thiết kế cơ sở",
                ],
                "Văn bản thông báo kết quả thẩm định",
                {"rank": 1, "subjects": "Chủ đầu tư"},
            ),
        ],
    )
    + table(
        QHXD,
        PROVINCE,
        L_QH,
        [
            (
                "Thẩm định nhiệm vụ, nhiệm vụ điều chỉnh quy hoạch phân khu thuộc thẩm quyền phê duyệt của UBND cấp "
                "tỉnh",
                20,
                [
                    "Tờ trình đề nghị thẩm định nhiệm vụ quy hoạch",
                    "Thuyết minh nhiệm vụ quy hoạch",
                    "Bản vẽ sơ đồ vị trí, ranh giới",
                ],
                "Báo cáo kết quả thẩm định nhiệm vụ quy hoạch",
                {"rank": 1, "via": "UBND tỉnh"},
            ),
            (
                "Thẩm định đồ án, đồ án điều chỉnh quy hoạch phân khu thuộc thẩm quyền phê duyệt của UBND cấp tỉnh",
                25,
                [
                    "Tờ trình đề nghị thẩm định đồ án quy hoạch",
                    "Thuyết minh tổng hợp và bản vẽ đồ án quy hoạch",
                    "Báo cáo tổng hợp ý kiến của cơ quan, tổ chức, cá nhân và cộng đồng dân cư",
                ],
                "Báo cáo kết quả thẩm định đồ án quy hoạch",
                {"rank": 1, "via": "UBND tỉnh"},
            ),
        ],
        subjects="Cơ quan tổ chức lập quy hoạch",
    )
    + table(
        QHXD,
        DISTRICT,
        L_QH,
        [
            (
                "Thẩm định nhiệm vụ, đồ án quy hoạch chung xây dựng xã",
                20,
                [
                    "Tờ trình của UBND cấp xã đề nghị thẩm định",
                    "Thuyết minh và bản vẽ nhiệm vụ, đồ án quy hoạch",
                    "Biên bản lấy ý kiến cộng đồng dân cư",
                ],
                "Báo cáo kết quả thẩm định và quyết định phê duyệt",
                {"rank": 1},
            ),
        ],
        subjects="UBND cấp xã",
    )
    + table(
        DB,
        DISTRICT,
        L_HT,
        [
            (
                "Cấp phép thi công công trình đường bộ trên đường huyện đang khai thác",
                7,
                ["Đơn đề nghị cấp phép thi công", "Hồ sơ thiết kế đã được phê duyệt"],
                "Giấy phép thi công",
                {"rank": 1},
            ),
        ],
    )
)
L_DTND_LUONG = (
    "Luật Giao thông đường thủy nội địa số 23/2004/QH11, được sửa đổi, bổ sung bởi Luật số 48/2014/QH13",
    "Nghị định số 24/2015/NĐ-CP quy định chi tiết và biện pháp thi hành Luật Giao thông đường thủy nội địa",
    "Thông tư số 15/2016/TT-BGTVT quy định về quản lý đường thủy nội địa",
)
TEMPLATES += table(
    DTND,
    PROVINCE,
    L_DTND_LUONG,
    [
        (
            "Thỏa thuận thiết lập báo hiệu đường thủy nội địa đối với công trình xây dựng, hoạt động trên đường thủy "
            "nội địa địa phương",
            5,
            [
                "Đơn đề nghị thỏa thuận thiết lập báo hiệu theo mẫu",
                "Sơ đồ vị trí công trình, vị trí dự kiến đặt báo hiệu",
            ],
            "Văn bản thỏa thuận thiết lập báo hiệu",
            {"rank": 2},
        ),
        (
            "Công bố mở luồng chuyên dùng nối với luồng đường thủy nội địa địa phương",
            5,
            [
                "Đơn đề nghị công bố mở luồng chuyên dùng theo mẫu",
                "Bình đồ khảo sát luồng và hồ sơ thiết kế hệ thống báo hiệu",
            ],
            "Quyết định công bố mở luồng chuyên dùng",
            {"rank": 2},
        ),
    ],
) + table(
    QHXD,
    PROVINCE,
    L_QH,
    [
        (
            "Thẩm định nhiệm vụ, đồ án quy hoạch chung thị trấn, đô thị loại V thuộc thẩm quyền phê duyệt của UBND cấp "
            "tỉnh",
            25,
            [
                "Tờ trình đề nghị thẩm định nhiệm vụ, đồ án quy hoạch",
                "Thuyết minh và bản vẽ nhiệm vụ, đồ án quy hoạch",
                "Báo cáo tổng hợp ý kiến của cơ quan, tổ chức và cộng đồng dân cư",
            ],
            "Báo cáo kết quả thẩm định",
            {"rank": 2, "via": "UBND tỉnh"},
        ),
        (
            "Thẩm định nhiệm vụ, đồ án quy hoạch xây dựng vùng huyện",
            25,
            [
                "Tờ trình của UBND cấp huyện đề nghị thẩm định",
                "Thuyết minh và bản vẽ nhiệm vụ, đồ án quy hoạch xây dựng vùng huyện",
            ],
            "Báo cáo kết quả thẩm định",
            {"rank": 2, "via": "UBND tỉnh"},
        ),
        (
            "Thẩm định nhiệm vụ, đồ án quy hoạch chi tiết xây dựng khu chức năng đặc thù thuộc thẩm quyền phê duyệt "
            "của UBND cấp tỉnh",
            25,
            [
                "Tờ trình đề nghị thẩm định nhiệm vụ, đồ án quy hoạch",
                "Thuyết minh và bản vẽ nhiệm vụ, đồ án quy hoạch chi tiết",
            ],
            "Báo cáo kết quả thẩm định",
            {"rank": 2, "via": "UBND tỉnh"},
        ),
    ],
    subjects="Cơ quan tổ chức lập quy hoạch",
)
