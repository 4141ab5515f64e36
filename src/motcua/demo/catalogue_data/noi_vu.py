"""Home affairs (Sở Nội vụ): associations and social funds, religion and belief, emulation and
rewards, archives, civil servants and public employees, administrative organisation, local
government, youth volunteers."""

from __future__ import annotations

from .base import (
    COMMUNE,
    CV,
    DISTRICT,
    ID_COPY,
    PHOTOS,
    PROVINCE,
    Sector,
    act,
    family,
    fee,
    table,
)

DEPT = "H15.02"
D_UNIT = "Phòng Nội vụ"
C_OFFICER = "Công chức Văn phòng - Thống kê"

TCPCP = Sector(
    "NV-TCPCP", "Tổ chức phi chính phủ", DEPT, "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ", D_UNIT, C_OFFICER
)
TG = Sector("NV-TG", "Tín ngưỡng, tôn giáo", DEPT, "Ban Tôn giáo", D_UNIT, C_OFFICER)
TDKT = Sector("NV-TDKT", "Thi đua, khen thưởng", DEPT, "Ban Thi đua - Khen thưởng", D_UNIT, C_OFFICER)
VTLT = Sector("NV-VTLT", "Văn thư và lưu trữ nhà nước", DEPT, "Chi cục Văn thư - Lưu trữ")
CCVC = Sector("NV-CCVC", "Công chức, viên chức", DEPT, "Phòng Công chức, viên chức", D_UNIT)
TCHC = Sector(
    "NV-TCHC",
    "Tổ chức hành chính, đơn vị sự nghiệp công lập",
    DEPT,
    "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ",
    D_UNIT,
)
CQDP = Sector(
    "NV-CQDP", "Chính quyền địa phương", DEPT, "Phòng Xây dựng chính quyền và Công tác thanh niên", D_UNIT, C_OFFICER
)
TN = Sector("NV-TN", "Công tác thanh niên", DEPT, "Phòng Xây dựng chính quyền và Công tác thanh niên", D_UNIT)

SECTORS = [TCPCP, TG, TDKT, VTLT, CCVC, TCHC, CQDP, TN]

L_HOI = (
    "Nghị định số 45/2010/NĐ-CP quy định về tổ chức, hoạt động và quản lý hội",
    "Nghị định số 33/2012/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 45/2010/NĐ-CP",
    "Thông tư số 03/2013/TT-BNV quy định chi tiết thi hành Nghị định số 45/2010/NĐ-CP và Nghị định số 33/2012/NĐ-CP",
)
L_QUY = (
    "Nghị định số 30/2012/NĐ-CP về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện",
    "Thông tư số 02/2013/TT-BNV quy định chi tiết thi hành Nghị định số 30/2012/NĐ-CP",
)
L_TG = (
    "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14",
    "Nghị định số 162/2017/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo",
)
L_TDKT = (
    "Luật Thi đua, khen thưởng số 15/2003/QH11, được sửa đổi, bổ sung năm 2005 và năm 2013",
    "Nghị định số 91/2017/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
    "Thông tư số 08/2017/TT-BNV quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP",
)
L_VTLT = (
    "Luật Lưu trữ số 01/2011/QH13",
    "Nghị định số 01/2013/NĐ-CP quy định chi tiết thi hành một số điều của Luật Lưu trữ",
    "Thông tư số 275/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng tài "
    "liệu lưu trữ",
)
L_CCVC = (
    "Luật Cán bộ, công chức số 22/2008/QH12",
    "Luật Viên chức số 58/2010/QH12",
    "Nghị định số 24/2010/NĐ-CP quy định về tuyển dụng, sử dụng và quản lý công chức",
    "Nghị định số 29/2012/NĐ-CP về tuyển dụng, sử dụng và quản lý viên chức",
    "Thông tư số 228/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí tuyển dụng, dự thi nâng "
    "ngạch, thăng hạng công chức, viên chức",
)
L_CCVC_NEW = (
    *L_CCVC[:2],
    "Nghị định số 161/2018/NĐ-CP sửa đổi, bổ sung một số quy định về tuyển dụng công chức, viên chức, nâng ngạch công "
    "chức, thăng hạng viên chức",
)
L_TCHC = (
    "Nghị định số 55/2012/NĐ-CP quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập",
    "Nghị định số 158/2018/NĐ-CP quy định về thành lập, tổ chức lại, giải thể tổ chức hành chính",
)
L_CQDP = (
    "Thông tư số 04/2012/TT-BNV hướng dẫn về tổ chức và hoạt động của thôn, tổ dân phố",
    "Thông tư số 14/2018/TT-BNV sửa đổi, bổ sung một số điều của Thông tư số 04/2012/TT-BNV",
    "Nghị định số 159/2005/NĐ-CP về phân loại đơn vị hành chính xã, phường, thị trấn",
)
L_TN = ("Nghị định số 12/2011/NĐ-CP về tổ chức và chính sách đối với thanh niên xung phong",)

_ASSOC = [
    (
        "Công nhận ban vận động thành lập hội",
        30,
        [
            "Đơn đề nghị công nhận ban vận động thành lập hội",
            "Danh sách và sơ yếu lý lịch người dự kiến làm trưởng ban",
            "Phương hướng hoạt động của ban vận động",
        ],
        "Quyết định công nhận ban vận động thành lập hội",
        {},
    ),
    (
        "Thành lập hội",
        30,
        [
            "Đơn xin phép thành lập hội",
            "Dự thảo điều lệ hội",
            "Danh sách những người trong ban vận động",
            "Lý lịch tư pháp của người đứng đầu ban vận động",
            "Văn bản xác nhận nơi dự kiến đặt trụ sở",
        ],
        "Quyết định cho phép thành lập hội",
        {},
    ),
    (
        "Phê duyệt điều lệ hội",
        30,
        ["Văn bản đề nghị phê duyệt điều lệ", "Điều lệ và biên bản thông qua điều lệ", "Nghị quyết đại hội"],
        "Quyết định phê duyệt điều lệ hội",
        {},
    ),
    (
        "Chia, tách; sáp nhập; hợp nhất hội",
        30,
        [
            "Đơn đề nghị chia, tách, sáp nhập, hợp nhất hội",
            "Đề án chia, tách, sáp nhập, hợp nhất",
            "Nghị quyết đại hội",
        ],
        "Quyết định cho phép chia, tách, sáp nhập, hợp nhất hội",
        {"rank": 1},
    ),
    (
        "Đổi tên hội",
        30,
        ["Đơn đề nghị đổi tên hội", "Nghị quyết đại hội về việc đổi tên"],
        "Quyết định cho phép đổi tên hội",
        {"rank": 1},
    ),
    (
        "Hội tự giải thể",
        15,
        ["Đơn đề nghị giải thể hội", "Nghị quyết giải thể hội", "Bản kê tài sản, tài chính"],
        "Quyết định giải thể hội",
        {},
    ),
    (
        "Báo cáo tổ chức đại hội nhiệm kỳ, đại hội bất thường của hội",
        30,
        ["Báo cáo tổ chức đại hội", "Dự thảo điều lệ sửa đổi (nếu có)"],
        "Văn bản trả lời về việc tổ chức đại hội",
        {},
    ),
]
_FUND = [
    (
        "Cấp giấy phép thành lập và công nhận điều lệ quỹ",
        30,
        [
            "Đơn đề nghị thành lập quỹ",
            "Dự thảo điều lệ quỹ",
            "Tài liệu chứng minh tài sản đóng góp thành lập quỹ",
            "Sơ yếu lý lịch của thành viên sáng lập",
        ],
        "Quyết định cho phép thành lập và công nhận điều lệ quỹ",
        {},
    ),
    (
        "Công nhận quỹ đủ điều kiện hoạt động và công nhận thành viên hội đồng quản lý quỹ",
        15,
        ["Văn bản đề nghị công nhận", "Văn bản xác nhận tài sản đã chuyển quyền sở hữu cho quỹ"],
        "Quyết định công nhận quỹ đủ điều kiện hoạt động",
        {},
    ),
    (
        "Công nhận thay đổi, bổ sung thành viên hội đồng quản lý quỹ",
        15,
        ["Văn bản đề nghị", "Sơ yếu lý lịch của thành viên mới"],
        "Quyết định công nhận thay đổi, bổ sung thành viên",
        {"rank": 1},
    ),
    (
        "Thay đổi giấy phép thành lập và công nhận điều lệ (sửa đổi, bổ sung) quỹ",
        30,
        ["Đơn đề nghị thay đổi", "Điều lệ sửa đổi, bổ sung"],
        "Quyết định thay đổi giấy phép thành lập",
        {"rank": 1},
    ),
    (
        "Cấp lại giấy phép thành lập và công nhận điều lệ quỹ",
        15,
        ["Đơn đề nghị cấp lại giấy phép"],
        "Giấy phép thành lập quỹ",
        {"rank": 2},
    ),
    (
        "Cho phép quỹ hoạt động trở lại sau khi bị đình chỉ có thời hạn hoạt động",
        15,
        ["Đơn đề nghị cho phép hoạt động trở lại", "Báo cáo khắc phục sai phạm"],
        "Quyết định cho phép hoạt động trở lại",
        {"rank": 2},
    ),
    (
        "Hợp nhất, sáp nhập, chia, tách quỹ",
        30,
        ["Đơn đề nghị hợp nhất, sáp nhập, chia, tách quỹ", "Dự thảo điều lệ quỹ mới"],
        "Quyết định cho phép hợp nhất, sáp nhập, chia, tách quỹ",
        {"rank": 2},
    ),
    (
        "Đổi tên quỹ",
        15,
        ["Đơn đề nghị đổi tên quỹ", "Nghị quyết của hội đồng quản lý quỹ"],
        "Quyết định cho phép đổi tên quỹ",
        {"rank": 2},
    ),
    (
        "Quỹ tự giải thể",
        15,
        ["Đơn đề nghị giải thể quỹ", "Báo cáo tài sản, tài chính của quỹ"],
        "Quyết định giải thể quỹ",
        {"rank": 1},
    ),
    (
        "Công nhận điều lệ (sửa đổi, bổ sung) quỹ",
        15,
        ["Văn bản đề nghị", "Điều lệ sửa đổi, bổ sung"],
        "Quyết định công nhận điều lệ sửa đổi, bổ sung",
        {"rank": 1},
    ),
]
_TCPCP = (
    table(
        TCPCP,
        PROVINCE,
        L_HOI,
        [
            *_ASSOC,
            (
                "Cho phép hội đặt văn phòng đại diện",
                30,
                ["Đơn đề nghị đặt văn phòng đại diện", "Dự kiến nhân sự"],
                "Quyết định cho phép đặt văn phòng đại diện",
                {"rank": 2},
            ),
        ],
        subjects="Hội có phạm vi hoạt động trong tỉnh",
    )
    + table(TCPCP, PROVINCE, L_QUY, _FUND, subjects="Quỹ có phạm vi hoạt động trong tỉnh")
    + table(
        TCPCP,
        DISTRICT,
        L_HOI,
        [
            (name + " có phạm vi hoạt động trong huyện", amount, comps_, result, extra)
            for name, amount, comps_, result, extra in _ASSOC
        ],
        subjects="Hội có phạm vi hoạt động trong huyện",
    )
    + table(
        TCPCP,
        DISTRICT,
        L_QUY,
        [
            (name + " có phạm vi hoạt động trong huyện", amount, comps_, result, {"rank": 1 + extra.get("rank", 0)})
            for name, amount, comps_, result, extra in _FUND[:2] + _FUND[8:9]
        ],
        subjects="Quỹ có phạm vi hoạt động trong huyện",
    )
    + table(
        TCPCP,
        COMMUNE,
        L_QUY,
        [
            (name + " có phạm vi hoạt động trong xã", amount, comps_, result, {"rank": 1 + extra.get("rank", 0)})
            for name, amount, comps_, result, extra in _FUND[:2] + _FUND[8:9]
        ],
        subjects="Quỹ có phạm vi hoạt động trong xã",
    )
)

_TG = table(
    TG,
    PROVINCE,
    L_TG,
    [
        (
            "Đề nghị công nhận tổ chức tôn giáo có địa bàn hoạt động ở một tỉnh",
            60,
            [
                "Văn bản đề nghị công nhận tổ chức tôn giáo",
                "Bản tóm tắt lịch sử hình thành, phát triển",
                "Hiến chương của tổ chức",
                "Danh sách, sơ yếu lý lịch người đại diện",
            ],
            "Quyết định công nhận tổ chức tôn giáo",
            {"via": "UBND tỉnh", "unit": "days"},
        ),
        (
            "Đăng ký sinh hoạt tôn giáo tập trung cho người nước ngoài cư trú hợp pháp tại Việt Nam",
            30,
            [
                "Văn bản đăng ký sinh hoạt tôn giáo tập trung",
                "Danh sách người tham gia",
                "Giấy tờ chứng minh địa điểm sinh hoạt",
            ],
            "Văn bản chấp thuận",
            {"unit": "days"},
        ),
        (
            "Đề nghị thành lập, chia, tách, sáp nhập, hợp nhất tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở một "
            "tỉnh",
            60,
            ["Văn bản đề nghị", "Bản tóm tắt quá trình hoạt động của tổ chức", "Danh sách tín đồ dự kiến"],
            "Văn bản chấp thuận",
            {"unit": "days"},
        ),
        (
            "Đăng ký thuyên chuyển chức sắc, chức việc, nhà tu hành là người đang bị buộc tội hoặc người chưa được "
            "xóa án tích",
            30,
            ["Văn bản đăng ký thuyên chuyển", "Sơ yếu lý lịch của người được thuyên chuyển"],
            "Văn bản chấp thuận",
            {"unit": "days", "rank": 3},
        ),
        (
            "Đề nghị mở lớp bồi dưỡng về tôn giáo cho người chuyên hoạt động tôn giáo",
            30,
            ["Văn bản đề nghị mở lớp bồi dưỡng", "Chương trình, nội dung bồi dưỡng", "Danh sách người tham gia"],
            "Văn bản chấp thuận",
            {"unit": "days"},
        ),
        (
            "Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức ở nhiều "
            "huyện thuộc một tỉnh hoặc ở nhiều tỉnh",
            15,
            ["Văn bản đề nghị tổ chức cuộc lễ", "Chương trình cuộc lễ"],
            "Văn bản chấp thuận",
            {"unit": "days"},
        ),
        (
            "Đề nghị giảng đạo ngoài địa bàn phụ trách, cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ "
            "chức ở nhiều huyện thuộc một tỉnh",
            15,
            ["Văn bản đề nghị giảng đạo", "Nội dung, chương trình giảng đạo"],
            "Văn bản chấp thuận",
            {"unit": "days"},
        ),
        (
            "Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở nhiều huyện thuộc "
            "một tỉnh",
            5,
            ["Văn bản thông báo danh mục hoạt động tôn giáo"],
            "Văn bản tiếp nhận thông báo",
            {},
        ),
        (
            "Thông báo danh mục hoạt động tôn giáo bổ sung đối với tổ chức có địa bàn hoạt động tôn giáo ở nhiều "
            "huyện thuộc một tỉnh",
            5,
            ["Văn bản thông báo danh mục hoạt động bổ sung"],
            "Văn bản tiếp nhận thông báo",
            {"rank": 1},
        ),
        (
            "Đăng ký người được phong phẩm hoặc suy cử làm chức sắc đối với các trường hợp quy định tại khoản 2 Điều "
            "33 của Luật Tín ngưỡng, tôn giáo",
            20,
            ["Văn bản đăng ký", "Sơ yếu lý lịch của người được phong phẩm, suy cử"],
            "Văn bản chấp thuận",
            {"unit": "days", "rank": 1},
        ),
        (
            "Thông báo về người được bổ nhiệm, bầu cử, suy cử làm chức việc của tổ chức tôn giáo có địa bàn hoạt động "
            "ở một tỉnh",
            5,
            ["Văn bản thông báo", "Sơ yếu lý lịch của người được bổ nhiệm, bầu cử, suy cử"],
            "Văn bản tiếp nhận thông báo",
            {},
        ),
        (
            "Đề nghị tổ chức hội nghị thường niên, đại hội của tổ chức tôn giáo, tổ chức tôn giáo trực thuộc có địa "
            "bàn hoạt động ở một tỉnh",
            15,
            ["Văn bản đề nghị tổ chức hội nghị, đại hội", "Chương trình, nội dung hội nghị, đại hội"],
            "Văn bản chấp thuận",
            {"unit": "days"},
        ),
        (
            "Đề nghị cấp đăng ký pháp nhân phi thương mại cho tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở một "
            "tỉnh",
            30,
            ["Văn bản đề nghị cấp đăng ký pháp nhân phi thương mại", "Văn bản chứng minh tài sản độc lập"],
            "Quyết định cấp đăng ký pháp nhân phi thương mại",
            {"unit": "days", "rank": 2},
        ),
        (
            "Đề nghị thay đổi tên của tổ chức tôn giáo, tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở một tỉnh",
            30,
            ["Văn bản đề nghị thay đổi tên", "Nghị quyết của tổ chức về việc thay đổi tên"],
            "Văn bản chấp thuận",
            {"unit": "days", "rank": 3},
        ),
        (
            "Đề nghị sửa đổi hiến chương của tổ chức tôn giáo có địa bàn hoạt động ở một tỉnh",
            30,
            ["Văn bản đề nghị sửa đổi hiến chương", "Hiến chương sửa đổi"],
            "Văn bản chấp thuận",
            {"unit": "days", "rank": 2},
        ),
        (
            "Thông báo tổ chức quyên góp ngoài địa bàn một huyện nhưng trong địa bàn một tỉnh của cơ sở tín ngưỡng, "
            "tổ chức tôn giáo, tổ chức tôn giáo trực thuộc",
            5,
            ["Văn bản thông báo tổ chức quyên góp"],
            "Văn bản tiếp nhận thông báo",
            {"rank": 1},
        ),
    ],
    subjects="Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc",
)
_TG_DISTRICT = table(
    TG,
    DISTRICT,
    L_TG,
    [
        (
            "Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở nhiều xã thuộc một "
            "huyện",
            5,
            ["Văn bản thông báo danh mục hoạt động tôn giáo"],
            "Văn bản tiếp nhận thông báo",
            {},
        ),
        (
            "Thông báo danh mục hoạt động tôn giáo bổ sung đối với tổ chức có địa bàn hoạt động tôn giáo ở nhiều xã "
            "thuộc một huyện",
            5,
            ["Văn bản thông báo danh mục hoạt động bổ sung"],
            "Văn bản tiếp nhận thông báo",
            {"rank": 1},
        ),
        (
            "Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức ở một huyện",
            10,
            ["Văn bản đề nghị tổ chức cuộc lễ", "Chương trình cuộc lễ"],
            "Văn bản chấp thuận",
            {"unit": "days"},
        ),
        (
            "Đề nghị giảng đạo ngoài địa bàn phụ trách, cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ "
            "chức ở một huyện",
            10,
            ["Văn bản đề nghị giảng đạo"],
            "Văn bản chấp thuận",
            {"unit": "days"},
        ),
        (
            "Thông báo tổ chức quyên góp ngoài địa bàn một xã nhưng trong địa bàn một huyện của cơ sở tín ngưỡng, tổ "
            "chức tôn giáo, tổ chức tôn giáo trực thuộc",
            5,
            ["Văn bản thông báo tổ chức quyên góp"],
            "Văn bản tiếp nhận thông báo",
            {},
        ),
        (
            "Đăng ký thuyên chuyển chức sắc, chức việc, nhà tu hành đến địa bàn huyện",
            20,
            ["Văn bản đăng ký thuyên chuyển", "Sơ yếu lý lịch"],
            "Văn bản chấp thuận",
            {"unit": "days", "rank": 2},
        ),
    ],
    subjects="Tổ chức tôn giáo, cơ sở tín ngưỡng",
)
_TG_COMMUNE = table(
    TG,
    COMMUNE,
    L_TG,
    [
        (
            "Đăng ký hoạt động tín ngưỡng",
            15,
            ["Văn bản đăng ký hoạt động tín ngưỡng", "Danh mục hoạt động tín ngưỡng"],
            "Văn bản chấp thuận đăng ký",
            {"unit": "days"},
        ),
        (
            "Đăng ký bổ sung hoạt động tín ngưỡng",
            15,
            ["Văn bản đăng ký bổ sung hoạt động tín ngưỡng"],
            "Văn bản chấp thuận đăng ký bổ sung",
            {"unit": "days"},
        ),
        (
            "Đăng ký sinh hoạt tôn giáo tập trung",
            20,
            [
                "Văn bản đăng ký sinh hoạt tôn giáo tập trung",
                "Bản tóm tắt giáo lý, giáo luật",
                "Danh sách người tham gia",
            ],
            "Văn bản chấp thuận đăng ký",
            {"unit": "days"},
        ),
        (
            "Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở một xã",
            5,
            ["Văn bản thông báo danh mục hoạt động tôn giáo"],
            "Văn bản tiếp nhận thông báo",
            {},
        ),
        (
            "Thông báo danh mục hoạt động tôn giáo bổ sung đối với tổ chức có địa bàn hoạt động tôn giáo ở một xã",
            5,
            ["Văn bản thông báo danh mục hoạt động bổ sung"],
            "Văn bản tiếp nhận thông báo",
            {},
        ),
        (
            "Thông báo tổ chức quyên góp trong địa bàn một xã của cơ sở tín ngưỡng, tổ chức tôn giáo, tổ chức tôn "
            "giáo trực thuộc",
            5,
            ["Văn bản thông báo tổ chức quyên góp"],
            "Văn bản tiếp nhận thông báo",
            {},
        ),
        (
            "Đề nghị thay đổi địa điểm sinh hoạt tôn giáo tập trung trong địa bàn một xã",
            20,
            ["Văn bản đề nghị thay đổi địa điểm", "Giấy tờ chứng minh địa điểm mới"],
            "Văn bản chấp thuận",
            {"unit": "days"},
        ),
        (
            "Đề nghị thay đổi địa điểm sinh hoạt tôn giáo tập trung đến địa bàn xã khác",
            20,
            ["Văn bản đề nghị thay đổi địa điểm", "Giấy tờ chứng minh địa điểm mới"],
            "Văn bản chấp thuận",
            {"unit": "days", "rank": 1},
        ),
        (
            "Thông báo về việc thay đổi địa điểm sinh hoạt tôn giáo tập trung",
            5,
            ["Văn bản thông báo"],
            "Văn bản tiếp nhận thông báo",
            {"rank": 1},
        ),
    ],
    subjects="Cơ sở tín ngưỡng, nhóm người theo tôn giáo",
)

_MERIT_TEXT = [
    "Tờ trình đề nghị khen thưởng",
    "Báo cáo thành tích của cá nhân, tập thể được đề nghị khen thưởng",
    "Biên bản họp Hội đồng thi đua, khen thưởng",
]


def _rewards(level: str, authority: str, rank_base: int = 0):
    return family(
        TDKT,
        level,
        "Tặng {a} của Chủ tịch UBND " + authority + " {o}",
        [
            "về thành tích thực hiện nhiệm vụ chính trị",
            ("về thành tích thi đua theo đợt hoặc chuyên đề", {"rank": rank_base}),
            ("về thành tích đột xuất", {"rank": rank_base}),
            ("cho gia đình", {"rank": rank_base + 1}),
            ("về thành tích đối ngoại", {"rank": rank_base + 2}),
        ],
        [act("Bằng khen" if level == PROVINCE else "Giấy khen", 20 if level == PROVINCE else 10, _MERIT_TEXT)],
        result=("Bằng khen" if level == PROVINCE else "Giấy khen") + " của Chủ tịch UBND " + authority,
        basis=L_TDKT,
        subjects="Cá nhân, tập thể, hộ gia đình",
    )


_TDKT = _rewards(PROVINCE, "cấp tỉnh") + table(
    TDKT,
    PROVINCE,
    L_TDKT,
    [
        (
            "Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh",
            20,
            _MERIT_TEXT,
            "Quyết định tặng danh hiệu Chiến sĩ thi đua cấp tỉnh",
            {},
        ),
        ("Tặng Cờ thi đua của UBND cấp tỉnh", 20, _MERIT_TEXT, "Cờ thi đua của UBND tỉnh", {}),
        ("Tặng danh hiệu Tập thể lao động xuất sắc", 20, _MERIT_TEXT, "Quyết định tặng danh hiệu", {}),
        (
            "Tặng danh hiệu thôn, bản, tổ dân phố văn hóa tiêu biểu cấp tỉnh",
            20,
            _MERIT_TEXT,
            "Quyết định tặng danh hiệu",
            {"rank": 2},
        ),
        (
            "Tặng danh hiệu Chiến sĩ thi đua cơ sở cho cá nhân thuộc các sở, ban, ngành cấp tỉnh",
            15,
            _MERIT_TEXT,
            "Quyết định tặng danh hiệu Chiến sĩ thi đua cơ sở",
            {"rank": 1},
        ),
        (
            "Tặng danh hiệu Lao động tiên tiến cho cá nhân thuộc các sở, ban, ngành cấp tỉnh",
            15,
            _MERIT_TEXT,
            "Quyết định tặng danh hiệu Lao động tiên tiến",
            {"rank": 1},
        ),
        ("Tặng Giấy khen của Giám đốc sở, Thủ trưởng ban, ngành cấp tỉnh", 10, _MERIT_TEXT, "Giấy khen", {"rank": 1}),
        ("Tặng Kỷ niệm chương của UBND tỉnh", 20, _MERIT_TEXT, "Kỷ niệm chương", {"rank": 3}),
        (
            "Đề nghị tặng thưởng Huân chương, Huy chương, danh hiệu vinh dự nhà nước (trình Thủ tướng Chính phủ)",
            30,
            _MERIT_TEXT,
            "Tờ trình của UBND tỉnh gửi Ban Thi đua - Khen thưởng Trung ương",
            {"via": "UBND tỉnh"},
        ),
    ],
    subjects="Cá nhân, tập thể",
)
_TDKT_DISTRICT = _rewards(DISTRICT, "cấp huyện", 1) + table(
    TDKT,
    DISTRICT,
    L_TDKT,
    [
        ("Tặng danh hiệu Lao động tiên tiến", 10, _MERIT_TEXT, "Quyết định tặng danh hiệu Lao động tiên tiến", {}),
        (
            "Tặng danh hiệu Chiến sĩ thi đua cơ sở",
            10,
            _MERIT_TEXT,
            "Quyết định tặng danh hiệu Chiến sĩ thi đua cơ sở",
            {},
        ),
        ("Tặng danh hiệu Tập thể lao động tiên tiến", 10, _MERIT_TEXT, "Quyết định tặng danh hiệu", {}),
    ],
    subjects="Cá nhân, tập thể",
)
_TDKT_COMMUNE = _rewards(COMMUNE, "cấp xã", 1) + table(
    TDKT,
    COMMUNE,
    L_TDKT,
    [
        ("Xét tặng danh hiệu Lao động tiên tiến (cấp xã)", 10, _MERIT_TEXT, "Quyết định tặng danh hiệu", {"rank": 1}),
    ],
    subjects="Cá nhân",
)

_VTLT = table(
    VTLT,
    PROVINCE,
    L_VTLT,
    [
        (
            "Cấp giấy chứng nhận đăng ký hoạt động dịch vụ lưu trữ",
            10,
            [
                "Văn bản đề nghị cấp giấy chứng nhận",
                "Bản sao giấy chứng nhận đăng ký doanh nghiệp",
                "Danh sách người có chứng chỉ hành nghề lưu trữ",
            ],
            "Giấy chứng nhận đăng ký hoạt động dịch vụ lưu trữ",
            {"subjects": "Doanh nghiệp", "rank": 1},
        ),
        (
            "Cấp, cấp lại chứng chỉ hành nghề lưu trữ",
            15,
            [
                "Đơn đề nghị cấp chứng chỉ hành nghề lưu trữ theo mẫu",
                ("Bản sao văn bằng chuyên môn", "c"),
                "Văn bản xác nhận thời gian làm việc",
                PHOTOS,
            ],
            "Chứng chỉ hành nghề lưu trữ",
            {"subjects": "Cá nhân"},
        ),
        (
            "Tiếp nhận tài liệu lưu trữ quý, hiếm của cá nhân, gia đình, dòng họ vào Lưu trữ lịch sử tỉnh",
            20,
            ["Văn bản đề nghị giao nộp, ký gửi tài liệu", "Danh mục tài liệu"],
            "Biên bản giao nhận tài liệu",
            {"subjects": "Cá nhân, gia đình, dòng họ", "rank": 3},
        ),
        (
            "Phục vụ việc sử dụng tài liệu của độc giả tại phòng đọc",
            1,
            ["Phiếu yêu cầu đọc tài liệu", ID_COPY],
            "Tài liệu lưu trữ được phục vụ tại phòng đọc",
            {
                "fees": (fee("Phí khai thác, sử dụng tài liệu lưu trữ", 3000, "fee", "Tính theo trang tài liệu"),),
                "subjects": "Cá nhân, tổ chức",
                "spot": True,
            },
        ),
        (
            "Cấp bản sao và chứng thực tài liệu lưu trữ",
            2,
            ["Phiếu yêu cầu sao, chứng thực tài liệu lưu trữ", ID_COPY],
            "Bản sao tài liệu lưu trữ có chứng thực",
            {
                "fees": (fee("Phí chứng thực tài liệu lưu trữ", 10000, "fee"),),
                "subjects": "Cá nhân, tổ chức",
                "online": 3,
            },
        ),
    ],
)

_EXAM_FEE = (
    fee("Phí dự tuyển công chức, viên chức", 400000, "fee", "Từ 100 đến dưới 500 thí sinh: 400.000 đồng/thí sinh/lần"),
)
_CCVC = table(
    CCVC,
    PROVINCE,
    L_CCVC,
    [
        (
            "Thi tuyển công chức",
            60,
            ["Phiếu đăng ký dự tuyển theo mẫu", CV, ("Bản sao văn bằng, chứng chỉ", "c"), "Giấy chứng nhận sức khỏe"],
            "Quyết định công nhận kết quả trúng tuyển",
            {"fees": _EXAM_FEE, "unit": "days", "subjects": "Cá nhân"},
        ),
        (
            "Xét tuyển công chức",
            45,
            ["Phiếu đăng ký dự tuyển theo mẫu", CV, ("Bản sao văn bằng, chứng chỉ", "c")],
            "Quyết định công nhận kết quả trúng tuyển",
            {"fees": _EXAM_FEE, "unit": "days", "subjects": "Cá nhân"},
        ),
        (
            "Thi tuyển viên chức",
            60,
            ["Phiếu đăng ký dự tuyển theo mẫu", CV, ("Bản sao văn bằng, chứng chỉ", "c")],
            "Quyết định công nhận kết quả trúng tuyển",
            {"fees": _EXAM_FEE, "unit": "days", "subjects": "Cá nhân"},
        ),
        (
            "Xét tuyển viên chức",
            45,
            ["Phiếu đăng ký dự tuyển theo mẫu", CV, ("Bản sao văn bằng, chứng chỉ", "c")],
            "Quyết định công nhận kết quả trúng tuyển",
            {"fees": _EXAM_FEE, "unit": "days", "subjects": "Cá nhân"},
        ),
        (
            "Thi nâng ngạch công chức",
            45,
            [
                "Văn bản cử công chức dự thi",
                "Bản nhận xét, đánh giá của người đứng đầu cơ quan",
                "Bản sao văn bằng, chứng chỉ theo yêu cầu của ngạch dự thi",
            ],
            "Quyết định bổ nhiệm vào ngạch",
            {"fees": _EXAM_FEE, "unit": "days", "subjects": "Công chức"},
        ),
        (
            "Thi hoặc xét thăng hạng chức danh nghề nghiệp viên chức",
            45,
            [
                "Văn bản cử viên chức dự thi hoặc xét thăng hạng",
                "Bản nhận xét, đánh giá",
                "Bản sao văn bằng, chứng chỉ",
            ],
            "Quyết định bổ nhiệm chức danh nghề nghiệp",
            {"fees": _EXAM_FEE, "unit": "days", "subjects": "Viên chức"},
        ),
        (
            "Xét chuyển cán bộ, công chức cấp xã thành công chức từ cấp huyện trở lên",
            30,
            ["Văn bản đề nghị của cơ quan quản lý", CV, "Bản sao văn bằng, chứng chỉ"],
            "Quyết định tiếp nhận",
            {"unit": "days", "subjects": "Cán bộ, công chức cấp xã", "rank": 1},
        ),
    ],
    subjects="Cá nhân",
) + table(
    CCVC,
    PROVINCE,
    L_CCVC_NEW,
    [
        (
            "Tiếp nhận vào làm công chức",
            30,
            ["Văn bản đề nghị tiếp nhận", CV, "Bản sao văn bằng, chứng chỉ", "Giấy chứng nhận sức khỏe"],
            "Quyết định tiếp nhận vào làm công chức",
            {"unit": "days"},
        ),
        (
            "Tiếp nhận vào làm viên chức",
            30,
            ["Văn bản đề nghị tiếp nhận", CV, "Bản sao văn bằng, chứng chỉ"],
            "Quyết định tiếp nhận vào làm viên chức",
            {"unit": "days"},
        ),
        (
            "Xét nâng ngạch công chức",
            45,
            ["Văn bản cử công chức dự xét", "Bản nhận xét, đánh giá", "Bản sao văn bằng, chứng chỉ"],
            "Quyết định bổ nhiệm vào ngạch",
            {"unit": "days"},
        ),
        (
            "Xét thăng hạng chức danh nghề nghiệp viên chức",
            45,
            ["Văn bản cử viên chức dự xét", "Bản nhận xét, đánh giá"],
            "Quyết định bổ nhiệm chức danh nghề nghiệp",
            {"unit": "days"},
        ),
    ],
    subjects="Cá nhân",
    since="2019-NV",
)
_CCVC_DISTRICT = table(
    CCVC,
    DISTRICT,
    L_CCVC,
    [
        (
            "Tuyển dụng công chức cấp xã",
            60,
            ["Phiếu đăng ký dự tuyển theo mẫu", CV, ("Bản sao văn bằng, chứng chỉ", "c")],
            "Quyết định tuyển dụng công chức cấp xã",
            {"unit": "days"},
        ),
        (
            "Xét tuyển viên chức các đơn vị sự nghiệp thuộc UBND cấp huyện",
            45,
            ["Phiếu đăng ký dự tuyển theo mẫu", CV, ("Bản sao văn bằng, chứng chỉ", "c")],
            "Quyết định công nhận kết quả trúng tuyển",
            {"unit": "days"},
        ),
    ],
    subjects="Cá nhân",
)

_TCHC = table(
    TCHC,
    PROVINCE,
    L_TCHC,
    [
        (
            "Thẩm định việc thành lập đơn vị sự nghiệp công lập",
            20,
            ["Tờ trình đề nghị thành lập", "Đề án thành lập", "Dự thảo quyết định thành lập"],
            "Văn bản thẩm định",
            {"via": "UBND tỉnh"},
        ),
        (
            "Thẩm định việc tổ chức lại đơn vị sự nghiệp công lập",
            20,
            ["Tờ trình đề nghị tổ chức lại", "Đề án tổ chức lại"],
            "Văn bản thẩm định",
            {"via": "UBND tỉnh"},
        ),
        (
            "Thẩm định việc giải thể đơn vị sự nghiệp công lập",
            20,
            ["Tờ trình đề nghị giải thể", "Đề án giải thể"],
            "Văn bản thẩm định",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Thẩm định đề án thành lập tổ chức hành chính",
            20,
            ["Tờ trình đề nghị", "Đề án thành lập tổ chức hành chính"],
            "Văn bản thẩm định",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Thẩm định đề án vị trí việc làm của cơ quan, tổ chức hành chính, đơn vị sự nghiệp công lập",
            20,
            ["Tờ trình đề nghị thẩm định", "Đề án vị trí việc làm", "Bảng mô tả công việc và khung năng lực"],
            "Văn bản thẩm định đề án vị trí việc làm",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Thẩm định đề án tổ chức lại, giải thể tổ chức hành chính",
            20,
            ["Tờ trình đề nghị", "Đề án tổ chức lại, giải thể"],
            "Văn bản thẩm định",
            {"via": "UBND tỉnh", "rank": 2},
        ),
    ],
    subjects="Cơ quan, đơn vị",
)
_TCHC_DISTRICT = table(
    TCHC,
    DISTRICT,
    L_TCHC,
    [
        (
            "Thẩm định việc thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập thuộc UBND cấp huyện",
            20,
            ["Tờ trình đề nghị", "Đề án thành lập, tổ chức lại, giải thể"],
            "Văn bản thẩm định",
            {},
        ),
    ],
    subjects="Cơ quan, đơn vị",
)

_CQDP = table(
    CQDP,
    PROVINCE,
    L_CQDP,
    [
        (
            "Thành lập thôn mới, tổ dân phố mới",
            30,
            ["Tờ trình của UBND cấp huyện", "Đề án thành lập thôn, tổ dân phố mới", "Biên bản lấy ý kiến cử tri"],
            "Quyết định thành lập thôn mới, tổ dân phố mới",
            {"via": "UBND tỉnh", "subjects": "UBND cấp huyện"},
        ),
        (
            "Phân loại đơn vị hành chính cấp xã",
            30,
            ["Tờ trình của UBND cấp huyện", "Bảng tổng hợp điểm phân loại"],
            "Quyết định phân loại đơn vị hành chính cấp xã",
            {"via": "UBND tỉnh", "subjects": "UBND cấp huyện"},
        ),
    ],
)
_CQDP_COMMUNE = table(
    CQDP,
    COMMUNE,
    L_CQDP,
    [
        (
            "Đề nghị thành lập thôn mới, tổ dân phố mới",
            15,
            ["Đề án thành lập thôn mới, tổ dân phố mới", "Biên bản lấy ý kiến cử tri"],
            "Tờ trình gửi UBND cấp huyện",
            {"subjects": "Cộng đồng dân cư"},
        ),
        (
            "Tổ chức bầu, công nhận trưởng ban công tác mặt trận, trưởng thôn tại thôn mới thành lập",
            10,
            ["Biên bản kết quả bầu"],
            "Quyết định công nhận",
            {"subjects": "Thôn, tổ dân phố", "rank": 3},
        ),
        (
            "Công nhận trưởng thôn, tổ trưởng tổ dân phố",
            5,
            ["Biên bản kết quả bầu trưởng thôn, tổ trưởng tổ dân phố"],
            "Quyết định công nhận trưởng thôn, tổ trưởng tổ dân phố",
            {"subjects": "Thôn, tổ dân phố", "rank": 1},
        ),
    ],
)

_TN = table(
    TN,
    PROVINCE,
    L_TN,
    [
        (
            "Thành lập tổ chức thanh niên xung phong ở cấp tỉnh",
            20,
            ["Tờ trình đề nghị thành lập", "Đề án thành lập"],
            "Quyết định thành lập tổ chức thanh niên xung phong",
            {"via": "UBND tỉnh"},
        ),
        (
            "Giải thể tổ chức thanh niên xung phong ở cấp tỉnh",
            20,
            ["Tờ trình đề nghị giải thể", "Đề án giải thể"],
            "Quyết định giải thể",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Xác nhận phiên hiệu thanh niên xung phong ở cấp tỉnh",
            10,
            ["Đơn đề nghị xác nhận phiên hiệu", "Giấy tờ chứng minh"],
            "Giấy xác nhận phiên hiệu thanh niên xung phong",
            {"rank": 1},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)
_TN_DISTRICT = table(
    TN,
    DISTRICT,
    L_TN,
    [
        (
            "Thành lập tổ chức thanh niên xung phong ở cấp huyện",
            20,
            ["Tờ trình đề nghị thành lập", "Đề án thành lập"],
            "Quyết định thành lập tổ chức thanh niên xung phong",
            {"rank": 1},
        ),
        (
            "Giải thể tổ chức thanh niên xung phong ở cấp huyện",
            20,
            ["Tờ trình đề nghị giải thể", "Đề án giải thể"],
            "Quyết định giải thể",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức",
)

TEMPLATES = (
    _TCPCP
    + _TG
    + _TG_DISTRICT
    + _TG_COMMUNE
    + _TDKT
    + _TDKT_DISTRICT
    + _TDKT_COMMUNE
    + _VTLT
    + _CCVC
    + _CCVC_DISTRICT
    + _TCHC
    + _TCHC_DISTRICT
    + _CQDP
    + _CQDP_COMMUNE
    + _TN
    + _TN_DISTRICT
)

TEMPLATES += table(
    TG,
    PROVINCE,
    L_TG,
    [
        (
            "Đề nghị cấp chứng nhận đăng ký hoạt động tôn giáo cho tổ chức có địa bàn hoạt động ở một tỉnh",
            60,
            ["Văn bản đề nghị cấp chứng nhận", "Bản tóm tắt giáo lý, giáo luật, lễ nghi", "Danh sách người đại diện"],
            "Giấy chứng nhận đăng ký hoạt động tôn giáo",
            {"unit": "days", "via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Đề nghị mời tổ chức, cá nhân nước ngoài vào Việt Nam thực hiện hoạt động tôn giáo ở một tỉnh",
            30,
            ["Văn bản đề nghị", "Nội dung, chương trình hoạt động", "Bản sao hộ chiếu của người được mời"],
            "Văn bản chấp thuận",
            {"unit": "days", "rank": 1},
        ),
        (
            "Đề nghị tổ chức hội nghị, đại hội của tổ chức được cấp chứng nhận đăng ký hoạt động tôn giáo có địa bàn "
            "hoạt động ở một tỉnh",
            15,
            ["Văn bản đề nghị tổ chức hội nghị, đại hội", "Chương trình, nội dung hội nghị, đại hội"],
            "Văn bản chấp thuận",
            {"unit": "days", "rank": 2},
        ),
        (
            "Thông báo thuyên chuyển chức sắc, chức việc, nhà tu hành",
            5,
            ["Văn bản thông báo thuyên chuyển"],
            "Văn bản tiếp nhận thông báo",
            {"rank": 1},
        ),
        (
            "Thông báo cách chức, bãi nhiệm chức sắc, chức việc của tổ chức tôn giáo có địa bàn hoạt động ở một tỉnh",
            5,
            ["Văn bản thông báo cách chức, bãi nhiệm"],
            "Văn bản tiếp nhận thông báo",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức tôn giáo",
) + table(
    TCHC,
    PROVINCE,
    L_TCHC,
    [
        (
            "Xếp hạng đơn vị sự nghiệp công lập thuộc UBND tỉnh",
            20,
            ["Tờ trình đề nghị xếp hạng", "Bảng chấm điểm theo tiêu chí xếp hạng"],
            "Quyết định xếp hạng",
            {"via": "UBND tỉnh", "rank": 2},
        ),
    ],
    subjects="Đơn vị sự nghiệp công lập",
)

# Added to fill the 2018 catalogue: more fund procedures at district and commune level, religion at
# district level, national emulation awards proposed by the province.
TEMPLATES += table(
    TCPCP,
    DISTRICT,
    L_QUY,
    [
        (name + " có phạm vi hoạt động trong huyện", amount, comps_, result, {"rank": 1 + extra.get("rank", 0)})
        for name, amount, comps_, result, extra in (_FUND[2], _FUND[3], _FUND[9])
    ],
    subjects="Quỹ có phạm vi hoạt động trong huyện",
) + table(
    TCPCP,
    COMMUNE,
    L_QUY,
    [
        (name + " có phạm vi hoạt động trong xã", amount, comps_, result, {"rank": 2 + extra.get("rank", 0)})
        for name, amount, comps_, result, extra in (_FUND[2], _FUND[9])
    ],
    subjects="Quỹ có phạm vi hoạt động trong xã",
)
TEMPLATES += table(
    TG,
    DISTRICT,
    L_TG,
    [
        (
            "Thông báo về người được bổ nhiệm, bầu cử, suy cử làm chức việc của tổ chức tôn giáo có địa bàn hoạt động "
            "ở một huyện",
            20,
            [
                "Văn bản thông báo theo mẫu",
                "Tóm tắt quá trình hoạt động tôn giáo của người được bổ nhiệm, bầu cử, suy cử",
            ],
            "Văn bản tiếp nhận thông báo",
            {"rank": 1},
        ),
        (
            "Thông báo tổ chức hội nghị thường niên của tổ chức tôn giáo, tổ chức tôn giáo trực thuộc có địa bàn hoạt "
            "động ở một huyện",
            10,
            ["Văn bản thông báo theo mẫu", "Chương trình, nội dung hội nghị"],
            "Văn bản tiếp nhận thông báo",
            {"rank": 1},
        ),
        (
            "Đề nghị tổ chức đại hội của tổ chức tôn giáo, tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở một "
            "huyện",
            20,
            [
                "Văn bản đề nghị theo mẫu",
                "Danh sách dự kiến thành phần tham dự, chương trình, nội dung đại hội",
                "Dự thảo hiến chương hoặc hiến chương sửa đổi (nếu có)",
            ],
            "Văn bản chấp thuận tổ chức đại hội",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc",
)
TEMPLATES += table(
    TDKT,
    PROVINCE,
    L_TDKT,
    [
        (
            "Đề nghị tặng Bằng khen của Thủ tướng Chính phủ (trình Thủ tướng Chính phủ)",
            20,
            _MERIT_TEXT,
            "Tờ trình của UBND tỉnh gửi Ban Thi đua - Khen thưởng Trung ương",
            {"via": "UBND tỉnh"},
        ),
        (
            "Đề nghị tặng Cờ thi đua của Chính phủ (trình Thủ tướng Chính phủ)",
            20,
            _MERIT_TEXT,
            "Tờ trình của UBND tỉnh gửi Ban Thi đua - Khen thưởng Trung ương",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc (trình Thủ tướng Chính phủ)",
            20,
            [*_MERIT_TEXT, "Báo cáo tóm tắt sáng kiến, đề tài khoa học được công nhận"],
            "Tờ trình của UBND tỉnh gửi Ban Thi đua - Khen thưởng Trung ương",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Tặng Cờ thi đua của UBND cấp tỉnh theo đợt hoặc chuyên đề",
            20,
            _MERIT_TEXT,
            "Cờ thi đua của UBND tỉnh",
            {"rank": 2},
        ),
    ],
    subjects="Cá nhân, tập thể",
)
TEMPLATES += table(
    TDKT,
    PROVINCE,
    L_TDKT,
    [
        (
            "Tặng danh hiệu Tập thể lao động tiên tiến cho tập thể thuộc các sở, ban, ngành cấp tỉnh",
            10,
            _MERIT_TEXT,
            "Quyết định tặng danh hiệu Tập thể lao động tiên tiến",
            {"rank": 2},
        ),
    ],
    subjects="Tập thể",
) + table(
    CCVC,
    PROVINCE,
    L_CCVC,
    [
        (
            "Xét chuyển chức danh nghề nghiệp viên chức",
            30,
            [
                "Văn bản đề nghị chuyển chức danh nghề nghiệp của đơn vị sự nghiệp",
                "Bản sơ yếu lý lịch của viên chức",
                ("Bản sao văn bằng, chứng chỉ theo yêu cầu của chức danh nghề nghiệp được chuyển", "c"),
            ],
            "Quyết định bổ nhiệm chức danh nghề nghiệp",
            {"rank": 2, "subjects": "Viên chức"},
        ),
    ],
)
