"""Education and training (Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo): establishment and
operation of schools and centres, examinations and admissions, diplomas, ethnic-minority education,
cooperation with foreign partners."""

from __future__ import annotations

from dataclasses import replace

from .base import (
    COMMUNE,
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

DEPT = "H15.14"
D_UNIT = "Phòng Giáo dục và Đào tạo"
C_OFFICER = "Công chức Văn hóa - Xã hội"

CS = Sector(
    "GD-CS",
    "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân và các cơ sở giáo dục khác",
    DEPT,
    "Phòng Tổ chức cán bộ - Kế hoạch tài chính",
    D_UNIT,
    C_OFFICER,
)
TS = Sector("GD-TS", "Thi, tuyển sinh", DEPT, "Phòng Khảo thí và Kiểm định chất lượng giáo dục", D_UNIT)
VB = Sector("GD-VB", "Hệ thống văn bằng, chứng chỉ", DEPT, "Phòng Khảo thí và Kiểm định chất lượng giáo dục", D_UNIT)
DT = Sector("GD-DT", "Giáo dục dân tộc", DEPT, "Phòng Giáo dục dân tộc", D_UNIT, C_OFFICER)
NN = Sector("GD-NN", "Đào tạo với nước ngoài", DEPT, "Phòng Tổ chức cán bộ - Kế hoạch tài chính")
GDTX = Sector(
    "GD-GDTX", "Giáo dục thường xuyên", DEPT, "Phòng Giáo dục chuyên nghiệp - Giáo dục thường xuyên", D_UNIT, C_OFFICER
)

SECTORS = [CS, TS, VB, DT, NN, GDTX]

L_CS = (
    "Luật Giáo dục số 38/2005/QH11, được sửa đổi, bổ sung bởi Luật số 44/2009/QH12",
    "Nghị định số 46/2017/NĐ-CP quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục",
    "Nghị định số 135/2018/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 46/2017/NĐ-CP",
)
L_TS = (
    "Luật Giáo dục số 38/2005/QH11, được sửa đổi, bổ sung bởi Luật số 44/2009/QH12",
    "Thông tư số 04/2017/TT-BGDĐT ban hành Quy chế thi trung học phổ thông quốc gia và xét công nhận tốt nghiệp "
    "trung học phổ thông",
    "Thông tư số 11/2014/TT-BGDĐT ban hành Quy chế tuyển sinh trung học cơ sở và tuyển sinh trung học phổ thông",
)
L_VB = (
    "Thông tư số 19/2015/TT-BGDĐT ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung "
    "học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân",
    "Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính",
)
L_DT = (
    "Nghị định số 57/2017/NĐ-CP quy định chính sách ưu tiên tuyển sinh và hỗ trợ học tập đối với trẻ mẫu giáo, học "
    "sinh, sinh viên dân tộc thiểu số rất ít người",
    "Nghị định số 116/2016/NĐ-CP quy định chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn",
    "Nghị định số 86/2015/NĐ-CP quy định về cơ chế thu, quản lý học phí và chính sách miễn, giảm học phí, hỗ trợ chi "
    "phí học tập",
)
L_NN = ("Nghị định số 86/2018/NĐ-CP quy định về hợp tác, đầu tư của nước ngoài trong lĩnh vực giáo dục",)
L_DAYTHEM = ("Thông tư số 17/2012/TT-BGDĐT ban hành Quy định về dạy thêm, học thêm",)
L_MN = (
    "Nghị định số 06/2018/NĐ-CP quy định chính sách hỗ trợ ăn trưa đối với trẻ em mẫu giáo và chính sách đối với "
    "giáo viên mầm non",
)

_FOUND = [
    "Tờ trình đề nghị thành lập hoặc cho phép thành lập",
    "Đề án thành lập",
    "Bản sao giấy tờ chứng minh quyền sử dụng đất hoặc hợp đồng thuê địa điểm",
    "Sơ yếu lý lịch của người dự kiến làm hiệu trưởng hoặc giám đốc",
]
_OPERATE = [
    "Tờ trình đề nghị cho phép hoạt động giáo dục",
    "Quyết định thành lập hoặc cho phép thành lập",
    "Danh sách cán bộ quản lý, giáo viên",
    "Danh mục thiết bị dạy học",
    "Quy chế tổ chức và hoạt động",
]
_MERGE = [
    "Tờ trình đề nghị sáp nhập, chia, tách",
    "Đề án sáp nhập, chia, tách",
    "Các văn bản xác nhận về tài chính, tài sản, đất đai",
]
_DISSOLVE = ["Tờ trình đề nghị giải thể", "Phương án bảo đảm quyền lợi hợp pháp của người học, nhà giáo"]


def _school_actions(found_amount: float = 20, operate_amount: float = 20):
    return [
        act(
            "Thành lập {o} công lập hoặc cho phép thành lập {o} tư thục",
            found_amount,
            _FOUND,
            "Quyết định thành lập hoặc cho phép thành lập",
        ),
        act(
            "Cho phép {o} hoạt động giáo dục",
            operate_amount,
            _OPERATE,
            "Quyết định cho phép hoạt động giáo dục",
            rank=0,
        ),
        act(
            "Cho phép {o} hoạt động giáo dục trở lại",
            20,
            ["Tờ trình đề nghị cho phép hoạt động giáo dục trở lại", "Báo cáo khắc phục những vi phạm"],
            "Quyết định cho phép hoạt động giáo dục trở lại",
            rank=2,
        ),
        act("Sáp nhập, chia, tách {o}", 20, _MERGE, "Quyết định sáp nhập, chia, tách", rank=1),
        act("Giải thể {o}", 20, _DISSOLVE, "Quyết định giải thể", rank=1),
    ]


def _schools(level: str, objects, **common):
    """Every action on every kind of school; the action text carries the object itself."""
    out = []
    for action in _school_actions():
        out += family(
            CS,
            level,
            action.verb,
            objects,
            [act("", action.amount, action.components, action.result, action.rank)],
            basis=L_CS,
            subjects="Tổ chức, cá nhân",
            **common,
        )
    return out


_PROVINCE_SCHOOLS = _schools(
    PROVINCE,
    [
        "trường trung học phổ thông",
        "trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông",
        "trường trung học phổ thông chuyên",
        "trường phổ thông dân tộc nội trú có cấp học cao nhất là trung học phổ thông",
        ("trường năng khiếu nghệ thuật, thể dục thể thao", {"rank": 2}),
        ("trung tâm giáo dục thường xuyên", {}),
        ("trung tâm ngoại ngữ, tin học", {}),
        ("trung tâm hỗ trợ phát triển giáo dục hòa nhập", {"rank": 2}),
        ("trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cấp huyện", {"rank": 1}),
        ("trường chuyên biệt dành cho người khuyết tật", {"rank": 2}),
    ],
    via="UBND tỉnh",
)

_CONVERT = family(
    CS,
    PROVINCE,
    "Chuyển đổi {o} tư thục do nhà đầu tư trong nước đầu tư sang {o} tư thục hoạt động không vì lợi nhuận",
    [
        "trường trung học phổ thông",
        "trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông",
        "trung tâm ngoại ngữ, tin học",
    ],
    [
        act(
            "",
            20,
            [
                "Tờ trình đề nghị chuyển đổi",
                "Văn bản cam kết của nhà đầu tư về việc chuyển đổi",
                "Dự thảo quy chế tổ chức và hoạt động, quy chế tài chính nội bộ",
                "Báo cáo kết quả kiểm toán",
            ],
        )
    ],
    result="Quyết định cho phép chuyển đổi",
    basis=L_CS,
    subjects="Nhà đầu tư, cơ sở giáo dục tư thục",
    via="UBND tỉnh",
    since="2019-GD",
) + family(
    CS,
    DISTRICT,
    "Chuyển đổi {o} tư thục do nhà đầu tư trong nước đầu tư sang {o} tư thục hoạt động không vì lợi nhuận",
    ["nhà trẻ, trường mẫu giáo, trường mầm non", "trường tiểu học", "trường trung học cơ sở"],
    [
        act(
            "",
            20,
            [
                "Tờ trình đề nghị chuyển đổi",
                "Văn bản cam kết của nhà đầu tư về việc chuyển đổi",
                "Dự thảo quy chế tổ chức và hoạt động, quy chế tài chính nội bộ",
            ],
        )
    ],
    result="Quyết định cho phép chuyển đổi",
    basis=L_CS,
    subjects="Nhà đầu tư, cơ sở giáo dục tư thục",
    since="2019-GD",
)

_CS = table(
    CS,
    PROVINCE,
    L_CS,
    [
        (
            "Công nhận trường mầm non đạt chuẩn quốc gia",
            20,
            ["Tờ trình đề nghị công nhận", "Báo cáo tự đánh giá", "Báo cáo đánh giá ngoài"],
            "Quyết định công nhận trường đạt chuẩn quốc gia",
            {"via": "UBND tỉnh"},
        ),
        (
            "Công nhận trường tiểu học đạt chuẩn quốc gia",
            20,
            ["Tờ trình đề nghị công nhận", "Báo cáo tự đánh giá", "Báo cáo đánh giá ngoài"],
            "Quyết định công nhận trường đạt chuẩn quốc gia",
            {"via": "UBND tỉnh"},
        ),
        (
            "Công nhận trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học đạt "
            "chuẩn quốc gia",
            20,
            ["Tờ trình đề nghị công nhận", "Báo cáo tự đánh giá", "Báo cáo đánh giá ngoài"],
            "Quyết định công nhận trường đạt chuẩn quốc gia",
            {"via": "UBND tỉnh"},
        ),
        (
            "Cho phép thành lập, công nhận hội đồng quản trị trường trung học phổ thông tư thục",
            15,
            ["Văn bản đề nghị công nhận hội đồng quản trị", "Biên bản bầu hội đồng quản trị", "Danh sách thành viên"],
            "Quyết định công nhận hội đồng quản trị",
            {"rank": 1},
        ),
        (
            "Công nhận hiệu trưởng trường trung học phổ thông tư thục",
            10,
            ["Văn bản đề nghị công nhận hiệu trưởng", "Sơ yếu lý lịch", "Bản sao văn bằng"],
            "Quyết định công nhận hiệu trưởng",
            {"rank": 1},
        ),
        (
            "Chuyển trường đối với học sinh trung học phổ thông",
            3,
            [
                "Đơn xin chuyển trường của cha mẹ hoặc người giám hộ",
                "Học bạ (bản chính)",
                "Giấy chuyển trường do hiệu trưởng nhà trường nơi đi cấp",
            ],
            "Giấy giới thiệu chuyển trường",
            {"subjects": "Học sinh", "spot": True},
        ),
        (
            "Xin học lại tại trường khác đối với học sinh trung học",
            3,
            ["Đơn xin học lại", "Học bạ", "Giấy xác nhận của UBND cấp xã về việc chấp hành chính sách, pháp luật"],
            "Văn bản đồng ý tiếp nhận học sinh",
            {"subjects": "Học sinh", "rank": 1},
        ),
        (
            "Cấp giấy phép, gia hạn giấy phép tổ chức hoạt động dạy thêm, học thêm có nội dung thuộc chương trình "
            "trung học phổ thông",
            10,
            ["Đơn đề nghị tổ chức dạy thêm, học thêm", "Danh sách người dạy thêm", "Bản kê khai địa điểm"],
            "Giấy phép tổ chức hoạt động dạy thêm, học thêm",
            {"subjects": "Tổ chức, cá nhân"},
        ),
        (
            "Cho phép hoạt động giáo dục kỹ năng sống và hoạt động giáo dục ngoài giờ chính khóa",
            15,
            ["Tờ trình đề nghị cho phép hoạt động", "Chương trình giáo dục kỹ năng sống", "Danh sách người dạy"],
            "Quyết định cho phép hoạt động",
            {"rank": 1},
        ),
        (
            "Phê duyệt việc dạy và học bằng tiếng nước ngoài",
            20,
            ["Tờ trình đề nghị phê duyệt", "Đề án dạy và học bằng tiếng nước ngoài", "Danh sách giáo viên"],
            "Quyết định phê duyệt",
            {"rank": 1},
        ),
        (
            "Công nhận trường trung học phổ thông đạt kiểm định chất lượng giáo dục",
            20,
            ["Báo cáo tự đánh giá", "Báo cáo đánh giá ngoài", "Tờ trình đề nghị công nhận"],
            "Quyết định công nhận đạt kiểm định chất lượng giáo dục",
            {"rank": 1},
        ),
        (
            "Công nhận huyện đạt chuẩn phổ cập giáo dục, xóa mù chữ",
            20,
            ["Tờ trình đề nghị kiểm tra công nhận của UBND cấp huyện", "Biên bản tự kiểm tra phổ cập giáo dục"],
            "Quyết định công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Thành lập trung tâm kỹ thuật tổng hợp - hướng nghiệp",
            20,
            _FOUND,
            "Quyết định thành lập",
            {"via": "UBND tỉnh", "rank": 3},
        ),
        (
            "Đề nghị được kinh doanh dịch vụ tư vấn du học trở lại",
            10,
            ["Văn bản đề nghị hoạt động trở lại", "Báo cáo khắc phục các nguyên nhân dẫn đến bị đình chỉ"],
            "Quyết định cho phép kinh doanh dịch vụ tư vấn du học trở lại",
            {"rank": 2},
        ),
        (
            "Cấp giấy chứng nhận đăng ký kinh doanh dịch vụ tư vấn du học",
            15,
            [
                "Văn bản đề nghị cấp giấy chứng nhận",
                "Bản sao giấy chứng nhận đăng ký doanh nghiệp",
                "Danh sách nhân viên tư vấn du học",
            ],
            "Giấy chứng nhận đăng ký kinh doanh dịch vụ tư vấn du học",
            {},
        ),
    ],
    subjects="Tổ chức",
)

_TS = table(
    TS,
    PROVINCE,
    L_TS,
    [
        (
            "Đăng ký dự thi trung học phổ thông quốc gia",
            1,
            ["Phiếu đăng ký dự thi", ID_COPY, "Giấy chứng nhận ưu tiên, khuyến khích (nếu có)", PHOTOS],
            "Phiếu báo dự thi",
            {"subjects": "Học sinh, thí sinh tự do", "online": 4},
        ),
        (
            "Phúc khảo bài thi trung học phổ thông quốc gia",
            15,
            ["Đơn phúc khảo bài thi theo mẫu"],
            "Kết quả phúc khảo",
            {"subjects": "Thí sinh", "online": 3},
        ),
        (
            "Xét đặc cách tốt nghiệp trung học phổ thông",
            10,
            ["Đơn đề nghị xét đặc cách", "Giấy chứng nhận của cơ sở y tế hoặc văn bản xác nhận lý do"],
            "Quyết định công nhận tốt nghiệp",
            {"subjects": "Thí sinh", "rank": 2},
        ),
        (
            "Tuyển sinh trung học phổ thông",
            30,
            [
                "Đơn đăng ký dự tuyển",
                "Bản sao giấy khai sinh",
                "Học bạ trung học cơ sở",
                "Bằng tốt nghiệp trung học cơ sở hoặc giấy chứng nhận tốt nghiệp tạm thời",
            ],
            "Quyết định phê duyệt danh sách trúng tuyển",
            {"subjects": "Học sinh", "unit": "days"},
        ),
        (
            "Xét tuyển sinh vào trường phổ thông dân tộc nội trú",
            30,
            [
                "Đơn xin dự tuyển",
                "Bản sao giấy khai sinh",
                "Học bạ",
                "Giấy xác nhận thường trú tại vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn",
            ],
            "Quyết định phê duyệt danh sách trúng tuyển",
            {"subjects": "Học sinh dân tộc thiểu số", "unit": "days"},
        ),
        (
            "Đăng ký dự thi cấp chứng chỉ ứng dụng công nghệ thông tin",
            5,
            ["Phiếu đăng ký dự thi", ID_COPY, PHOTOS],
            "Chứng chỉ ứng dụng công nghệ thông tin",
            {"subjects": "Cá nhân", "rank": 2},
        ),
    ],
    subjects="Học sinh",
)

_VB = table(
    VB,
    PROVINCE,
    L_VB,
    [
        (
            "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
            1,
            ["Đơn đề nghị cấp bản sao theo mẫu", ID_COPY],
            "Bản sao văn bằng, chứng chỉ từ sổ gốc",
            {"fees": (fee("Phí cấp bản sao từ sổ gốc", 3000, "fee"),), "spot": True, "online": 3},
        ),
        (
            "Chỉnh sửa nội dung văn bằng, chứng chỉ",
            5,
            ["Đơn đề nghị chỉnh sửa theo mẫu", "Văn bằng, chứng chỉ đề nghị chỉnh sửa", "Giấy tờ làm căn cứ chỉnh sửa"],
            "Quyết định chỉnh sửa văn bằng, chứng chỉ",
            {},
        ),
        (
            "Công nhận văn bằng tốt nghiệp các cấp học phổ thông do cơ sở nước ngoài cấp",
            20,
            [
                "Đơn đề nghị công nhận văn bằng theo mẫu",
                "Bản sao văn bằng cần công nhận và bản dịch",
                "Bản sao bảng điểm",
            ],
            "Văn bản công nhận văn bằng",
            {},
        ),
        (
            "Cấp lại bằng tốt nghiệp trung học phổ thông (trường hợp có sai sót do cơ quan cấp)",
            10,
            ["Đơn đề nghị cấp lại", "Bằng tốt nghiệp có sai sót"],
            "Bằng tốt nghiệp trung học phổ thông",
            {"rank": 3},
        ),
    ],
    subjects="Cá nhân",
)

_DT = table(
    DT,
    PROVINCE,
    L_DT,
    [
        (
            "Xét, duyệt chính sách hỗ trợ đối với học sinh trung học phổ thông là người dân tộc thiểu số ở xã, thôn "
            "đặc biệt khó khăn",
            10,
            ["Đơn đề nghị hỗ trợ theo mẫu", "Bản sao sổ hộ khẩu", "Giấy xác nhận hộ nghèo (nếu có)"],
            "Quyết định phê duyệt danh sách học sinh được hỗ trợ",
            {"subjects": "Học sinh"},
        ),
        (
            "Hỗ trợ học tập đối với học sinh trung học phổ thông các dân tộc thiểu số rất ít người",
            10,
            ["Đơn đề nghị hỗ trợ học tập theo mẫu", "Bản sao giấy khai sinh"],
            "Quyết định hỗ trợ học tập",
            {"subjects": "Học sinh"},
        ),
        (
            "Xét cấp học bổng chính sách đối với học sinh trường phổ thông dân tộc nội trú",
            10,
            ["Đơn đề nghị cấp học bổng", "Quyết định trúng tuyển vào trường"],
            "Quyết định cấp học bổng chính sách",
            {"subjects": "Học sinh", "rank": 1},
        ),
        (
            "Miễn, giảm học phí, hỗ trợ chi phí học tập đối với học sinh trung học phổ thông",
            10,
            ["Đơn đề nghị miễn, giảm học phí theo mẫu", "Giấy tờ chứng minh thuộc đối tượng miễn, giảm"],
            "Quyết định miễn, giảm học phí",
            {"subjects": "Học sinh"},
        ),
    ],
    subjects="Học sinh",
)

_NN = table(
    NN,
    PROVINCE,
    L_NN,
    [
        (
            "Phê duyệt liên kết giáo dục",
            20,
            [
                "Văn bản đề nghị phê duyệt liên kết giáo dục",
                "Thỏa thuận liên kết giáo dục",
                "Chương trình giáo dục tích hợp hoặc chương trình nước ngoài",
            ],
            "Quyết định phê duyệt liên kết giáo dục",
            {"via": "UBND tỉnh"},
        ),
        (
            "Gia hạn, điều chỉnh hoạt động liên kết giáo dục",
            20,
            ["Văn bản đề nghị gia hạn, điều chỉnh", "Báo cáo tổng kết hoạt động liên kết giáo dục"],
            "Quyết định gia hạn, điều chỉnh liên kết giáo dục",
            {},
        ),
        (
            "Chấm dứt hoạt động liên kết giáo dục theo đề nghị của các bên liên kết",
            15,
            ["Văn bản đề nghị chấm dứt liên kết", "Phương án bảo đảm quyền lợi của người học"],
            "Quyết định chấm dứt hoạt động liên kết giáo dục",
            {},
        ),
        (
            "Cho phép thành lập cơ sở giáo dục mầm non, cơ sở giáo dục phổ thông có vốn đầu tư nước ngoài tại Việt Nam",
            30,
            ["Văn bản đề nghị cho phép thành lập", "Đề án thành lập", "Bản sao giấy chứng nhận đăng ký đầu tư"],
            "Quyết định cho phép thành lập",
            {"via": "UBND tỉnh"},
        ),
        (
            "Cho phép hoạt động giáo dục đối với cơ sở giáo dục mầm non, cơ sở giáo dục phổ thông có vốn đầu tư nước "
            "ngoài",
            20,
            ["Văn bản đề nghị cho phép hoạt động giáo dục", "Báo cáo chuẩn bị các điều kiện hoạt động"],
            "Quyết định cho phép hoạt động giáo dục",
            {},
        ),
    ],
    subjects="Tổ chức, nhà đầu tư nước ngoài",
    since="2019-GD",
)

_GDTX = table(
    GDTX,
    PROVINCE,
    L_CS,
    [
        (
            "Cho phép trung tâm giáo dục thường xuyên liên kết đào tạo trình độ trung cấp",
            15,
            ["Văn bản đề nghị liên kết đào tạo", "Hợp đồng liên kết", "Chương trình đào tạo"],
            "Quyết định cho phép liên kết đào tạo",
            {"rank": 2},
        ),
    ],
    subjects="Trung tâm giáo dục thường xuyên",
)

# District: nursery, primary and lower-secondary schools, learning centres.
_DISTRICT_SCHOOLS = _schools(
    DISTRICT,
    [
        "trường mầm non",
        "trường mẫu giáo",
        "nhà trẻ",
        "trường tiểu học",
        "trường trung học cơ sở",
        "trường phổ thông dân tộc bán trú",
        "trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học cơ sở",
        ("trung tâm học tập cộng đồng", {"rank": 1}),
    ],
)
# The national code of "Giải thể trường tiểu học" (a district procedure in 2019).
_DISTRICT_SCHOOLS = [
    replace(t, code="1.001639") if t.name == "Giải thể trường tiểu học" else t for t in _DISTRICT_SCHOOLS
]
_DISTRICT = (
    table(
        VB,
        DISTRICT,
        L_VB,
        [
            (
                "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc (bằng tốt nghiệp trung học cơ sở)",
                1,
                ["Đơn đề nghị cấp bản sao theo mẫu", ID_COPY],
                "Bản sao văn bằng từ sổ gốc",
                {"spot": True},
            ),
            (
                "Chỉnh sửa nội dung văn bằng, chứng chỉ (bằng tốt nghiệp trung học cơ sở)",
                5,
                ["Đơn đề nghị chỉnh sửa theo mẫu", "Văn bằng đề nghị chỉnh sửa", "Giấy tờ làm căn cứ chỉnh sửa"],
                "Quyết định chỉnh sửa văn bằng",
                {},
            ),
        ],
        subjects="Cá nhân",
    )
    + table(
        TS,
        DISTRICT,
        L_TS,
        [
            (
                "Tuyển sinh trung học cơ sở",
                30,
                ["Đơn đăng ký dự tuyển", "Bản sao giấy khai sinh", "Học bạ tiểu học"],
                "Quyết định phê duyệt danh sách trúng tuyển",
                {"unit": "days"},
            ),
            (
                "Xét tuyển sinh vào trường phổ thông dân tộc nội trú cấp trung học cơ sở",
                30,
                ["Đơn xin dự tuyển", "Bản sao giấy khai sinh", "Học bạ tiểu học"],
                "Quyết định phê duyệt danh sách trúng tuyển",
                {"unit": "days"},
            ),
        ],
        subjects="Học sinh",
    )
    + table(
        CS,
        DISTRICT,
        L_CS,
        [
            (
                "Chuyển trường đối với học sinh trung học cơ sở",
                3,
                ["Đơn xin chuyển trường", "Học bạ (bản chính)", "Giấy giới thiệu chuyển trường"],
                "Giấy giới thiệu chuyển trường",
                {"subjects": "Học sinh", "spot": True},
            ),
            (
                "Cấp giấy phép, gia hạn giấy phép tổ chức hoạt động dạy thêm, học thêm có nội dung thuộc chương trình "
                "trung học cơ sở",
                10,
                ["Đơn đề nghị tổ chức dạy thêm, học thêm", "Danh sách người dạy thêm"],
                "Giấy phép tổ chức hoạt động dạy thêm, học thêm",
                {},
            ),
            (
                "Công nhận xã đạt chuẩn phổ cập giáo dục, xóa mù chữ",
                15,
                ["Tờ trình đề nghị công nhận", "Biên bản tự kiểm tra phổ cập giáo dục, xóa mù chữ"],
                "Quyết định công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ",
                {"rank": 1},
            ),
        ],
        subjects="Tổ chức, cá nhân",
    )
    + table(
        DT,
        DISTRICT,
        L_DT,
        [
            (
                "Xét, duyệt chính sách hỗ trợ đối với học sinh bán trú đang học tại các trường tiểu học, trung học cơ "
                "sở ở xã, thôn đặc biệt khó khăn",
                10,
                ["Đơn đề nghị hỗ trợ theo mẫu", "Giấy tờ chứng minh nơi cư trú"],
                "Quyết định phê duyệt danh sách học sinh được hỗ trợ",
                {},
            ),
            (
                "Hỗ trợ học tập đối với trẻ mẫu giáo, học sinh tiểu học, học sinh trung học cơ sở dân tộc thiểu số "
                "rất ít người",
                10,
                ["Đơn đề nghị hỗ trợ học tập theo mẫu", "Bản sao giấy khai sinh"],
                "Quyết định hỗ trợ học tập",
                {},
            ),
        ],
        subjects="Học sinh",
    )
)

_COMMUNE = table(
    CS,
    COMMUNE,
    L_CS,
    [
        (
            "Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục",
            20,
            [
                "Tờ trình đề nghị cho phép hoạt động",
                "Danh sách giáo viên, người chăm sóc trẻ",
                "Bản kê khai cơ sở vật chất",
            ],
            "Quyết định cho phép hoạt động giáo dục",
            {},
        ),
        (
            "Thành lập nhóm trẻ, lớp mẫu giáo độc lập",
            15,
            ["Tờ trình đề nghị thành lập", "Đề án thành lập"],
            "Quyết định thành lập",
            {},
        ),
        (
            "Sáp nhập, chia, tách nhóm trẻ, lớp mẫu giáo độc lập",
            15,
            ["Tờ trình đề nghị sáp nhập, chia, tách"],
            "Quyết định sáp nhập, chia, tách",
            {"rank": 2},
        ),
        (
            "Giải thể nhóm trẻ, lớp mẫu giáo độc lập",
            15,
            ["Tờ trình đề nghị giải thể"],
            "Quyết định giải thể",
            {"rank": 1},
        ),
        (
            "Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục trở lại",
            15,
            ["Tờ trình đề nghị cho phép hoạt động trở lại", "Báo cáo khắc phục vi phạm"],
            "Quyết định cho phép hoạt động trở lại",
            {"rank": 2},
        ),
        (
            "Xét công nhận đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi cấp xã",
            15,
            ["Tờ trình đề nghị kiểm tra công nhận", "Biên bản tự kiểm tra"],
            "Văn bản đề nghị công nhận gửi UBND cấp huyện",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân",
) + table(
    DT,
    COMMUNE,
    L_MN,
    [
        (
            "Hỗ trợ ăn trưa đối với trẻ em mẫu giáo",
            10,
            ["Đơn đề nghị hỗ trợ ăn trưa theo mẫu", "Giấy tờ chứng minh thuộc đối tượng hỗ trợ"],
            "Quyết định phê duyệt danh sách trẻ được hỗ trợ",
            {"via": "UBND cấp huyện"},
        ),
    ],
    subjects="Cha mẹ, người giám hộ trẻ em",
)

TEMPLATES = (
    _PROVINCE_SCHOOLS + _CONVERT + _CS + _TS + _VB + _DT + _NN + _GDTX + _DISTRICT_SCHOOLS + _DISTRICT + _COMMUNE
)

TEMPLATES += table(
    CS,
    PROVINCE,
    L_CS,
    [
        (
            f"Công nhận {school} đạt kiểm định chất lượng giáo dục",
            20,
            ["Báo cáo tự đánh giá", "Báo cáo đánh giá ngoài", "Tờ trình đề nghị công nhận"],
            "Quyết định công nhận đạt kiểm định chất lượng giáo dục",
            {"rank": rank},
        )
        for school, rank in (("trường mầm non", 1), ("trường tiểu học", 1), ("trường trung học cơ sở", 2))
    ]
    + [
        (
            "Xét tặng danh hiệu Nhà giáo nhân dân, Nhà giáo ưu tú (Hội đồng cấp tỉnh)",
            60,
            ["Bản khai thành tích theo mẫu", "Biên bản họp Hội đồng cấp cơ sở", "Bản sao các quyết định khen thưởng"],
            "Tờ trình đề nghị gửi Hội đồng cấp Bộ",
            {"unit": "days", "subjects": "Nhà giáo"},
        ),
        (
            "Tiếp nhận học sinh Việt Nam về nước học tiếp cấp trung học phổ thông",
            5,
            [
                "Đơn xin học",
                "Bản dịch học bạ hoặc giấy tờ chứng nhận kết quả học tập ở nước ngoài",
                "Bản sao giấy khai sinh",
            ],
            "Văn bản đồng ý tiếp nhận học sinh",
            {"subjects": "Học sinh", "rank": 1},
        ),
        (
            "Tiếp nhận học sinh người nước ngoài cấp trung học phổ thông",
            5,
            ["Đơn xin học", "Bản dịch học bạ", "Bản sao hộ chiếu"],
            "Văn bản đồng ý tiếp nhận học sinh",
            {"subjects": "Học sinh người nước ngoài", "rank": 2},
        ),
        (
            "Xét tuyển sinh vào đại học, cao đẳng, trung cấp theo chế độ cử tuyển",
            30,
            [
                "Đơn đăng ký dự tuyển cử tuyển",
                "Học bạ trung học phổ thông",
                "Giấy xác nhận thường trú tại vùng cử tuyển",
            ],
            "Quyết định phê duyệt danh sách cử tuyển",
            {"unit": "days", "subjects": "Học sinh dân tộc thiểu số", "via": "UBND tỉnh"},
        ),
    ],
    subjects="Cơ sở giáo dục",
) + table(
    CS,
    DISTRICT,
    L_CS,
    [
        (
            "Tiếp nhận học sinh Việt Nam về nước học tiếp cấp trung học cơ sở",
            5,
            ["Đơn xin học", "Bản dịch học bạ hoặc giấy tờ chứng nhận kết quả học tập ở nước ngoài"],
            "Văn bản đồng ý tiếp nhận học sinh",
            {"rank": 1},
        ),
        (
            "Tiếp nhận học sinh người nước ngoài cấp trung học cơ sở",
            5,
            ["Đơn xin học", "Bản dịch học bạ", "Bản sao hộ chiếu"],
            "Văn bản đồng ý tiếp nhận học sinh",
            {"rank": 2},
        ),
        (
            "Xin học lại tại trường khác đối với học sinh trung học cơ sở",
            3,
            ["Đơn xin học lại", "Học bạ"],
            "Văn bản đồng ý tiếp nhận học sinh",
            {"rank": 1},
        ),
    ],
    subjects="Học sinh",
)

# Added to fill the 2018 catalogue: pedagogical secondary schools, support for pupils with disabilities.
L_TCSP = (*L_CS, "Thông tư số 23/2018/TT-BGDĐT ban hành Điều lệ trường cao đẳng sư phạm, trường trung cấp sư phạm")
TEMPLATES += table(
    CS,
    PROVINCE,
    L_TCSP,
    [
        (
            "Thành lập trường trung cấp sư phạm công lập, cho phép thành lập trường trung cấp sư phạm tư thục",
            20,
            [
                "Tờ trình đề nghị thành lập hoặc đơn đề nghị cho phép thành lập trường",
                "Đề án thành lập trường trung cấp sư phạm",
                "Văn bản chấp thuận giao đất hoặc hợp đồng thuê cơ sở vật chất",
            ],
            "Quyết định thành lập hoặc cho phép thành lập trường trung cấp sư phạm",
            {"rank": 2, "via": "UBND tỉnh"},
        ),
        (
            "Cho phép trường trung cấp sư phạm hoạt động đào tạo",
            20,
            [
                "Tờ trình đề nghị cho phép hoạt động đào tạo",
                "Quyết định thành lập hoặc cho phép thành lập trường",
                "Chương trình đào tạo, danh sách giảng viên cơ hữu và báo cáo cơ sở vật chất",
            ],
            "Quyết định cho phép hoạt động đào tạo",
            {"rank": 2},
        ),
        (
            "Sáp nhập, chia, tách trường trung cấp sư phạm",
            20,
            ["Tờ trình đề nghị sáp nhập, chia, tách", "Đề án sáp nhập, chia, tách trường"],
            "Quyết định sáp nhập, chia, tách trường trung cấp sư phạm",
            {"rank": 3, "via": "UBND tỉnh"},
        ),
        (
            "Giải thể trường trung cấp sư phạm",
            20,
            ["Tờ trình đề nghị giải thể", "Phương án bảo đảm quyền lợi của người học, giảng viên và người lao động"],
            "Quyết định giải thể trường trung cấp sư phạm",
            {"rank": 3, "via": "UBND tỉnh"},
        ),
    ],
    subjects="Tổ chức, cá nhân",
) + table(
    DT,
    DISTRICT,
    (
        "Luật Người khuyết tật số 51/2010/QH12",
        "Thông tư liên tịch số 42/2013/TTLT-BGDĐT-BLĐTBXH-BTC quy định chính sách về giáo dục đối với người khuyết tật",
    ),
    [
        (
            "Hỗ trợ học bổng và phương tiện, đồ dùng học tập cho người khuyết tật học tại cơ sở giáo dục",
            15,
            [
                "Đơn đề nghị hỗ trợ theo mẫu",
                ("Bản sao Giấy xác nhận khuyết tật", "c"),
                ("Bản sao giấy xác nhận hộ nghèo, hộ cận nghèo (nếu có)", "c"),
            ],
            "Quyết định hỗ trợ học bổng và phương tiện học tập",
            {"rank": 1, "subjects": "Người khuyết tật đang học tại cơ sở giáo dục"},
        ),
    ],
)
