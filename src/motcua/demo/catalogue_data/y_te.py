"""Health (Sở Y tế): medical practice and facilities, pharmacy, cosmetics, food safety, preventive
medicine, medical equipment, forensic medical examination, population."""

from __future__ import annotations

from .base import (
    COMMUNE,
    CV,
    DAYS,
    DISTRICT,
    ID_COPY,
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

HEALTH = "H15.15"
NGHIEP_VU = "Phòng Nghiệp vụ Y"
DUOC = "Phòng Nghiệp vụ Dược"

KCB = Sector("YT-KCB", "Khám bệnh, chữa bệnh", HEALTH, NGHIEP_VU, "Phòng Y tế")
DUOC_S = Sector("YT-DUOC", "Dược phẩm", HEALTH, DUOC, "Phòng Y tế")
MP = Sector("YT-MP", "Mỹ phẩm", HEALTH, DUOC)
ATTP = Sector("YT-ATTP", "An toàn thực phẩm và dinh dưỡng", HEALTH, "Chi cục An toàn vệ sinh thực phẩm", "Phòng Y tế")
YTDP = Sector("YT-YTDP", "Y tế dự phòng", HEALTH, "Trung tâm Kiểm soát bệnh tật tỉnh")
TTB = Sector("YT-TTB", "Trang thiết bị và công trình y tế", HEALTH, "Phòng Kế hoạch - Tài chính")
GDYK = Sector("YT-GDYK", "Giám định y khoa", HEALTH, "Trung tâm Giám định y khoa tỉnh")
DS = Sector(
    "YT-DS",
    "Dân số - Kế hoạch hóa gia đình",
    HEALTH,
    "Chi cục Dân số - Kế hoạch hóa gia đình",
    "Phòng Y tế",
    "Công chức Văn hóa - Xã hội",
)
YDCT = Sector("YT-YDCT", "Y dược cổ truyền", HEALTH, NGHIEP_VU)
HIV = Sector("YT-HIV", "Phòng, chống HIV/AIDS", HEALTH, "Trung tâm Kiểm soát bệnh tật tỉnh")

SECTORS = [KCB, DUOC_S, MP, ATTP, YTDP, TTB, GDYK, DS, YDCT, HIV]

L_KCB = (
    "Luật Khám bệnh, chữa bệnh số 40/2009/QH12",
    "Nghị định số 109/2016/NĐ-CP quy định cấp chứng chỉ hành nghề đối với người hành nghề và cấp giấy phép hoạt "
    "động đối với cơ sở khám bệnh, chữa bệnh",
    "Nghị định số 155/2018/NĐ-CP sửa đổi, bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh thuộc "
    "phạm vi quản lý nhà nước của Bộ Y tế",
    "Thông tư số 41/2011/TT-BYT hướng dẫn cấp chứng chỉ hành nghề đối với người hành nghề và cấp giấy phép hoạt động "
    "đối với cơ sở khám bệnh, chữa bệnh",
    "Thông tư số 278/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực y tế",
)
L_DUOC = (
    "Luật Dược số 105/2016/QH13",
    "Nghị định số 54/2017/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Dược",
    "Thông tư số 277/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực dược, "
    "mỹ phẩm",
)
L_MP = (
    "Nghị định số 93/2016/NĐ-CP quy định về điều kiện sản xuất mỹ phẩm",
    "Thông tư số 06/2011/TT-BYT quy định về quản lý mỹ phẩm",
    "Thông tư số 277/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực dược, "
    "mỹ phẩm",
)
L_ATTP = (
    "Luật An toàn thực phẩm số 55/2010/QH12",
    "Nghị định số 15/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm",
    "Thông tư số 279/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác an toàn "
    "vệ sinh thực phẩm",
)
L_YTDP = (
    "Luật Phòng, chống bệnh truyền nhiễm số 03/2007/QH12",
    "Nghị định số 104/2016/NĐ-CP quy định về hoạt động tiêm chủng",
    "Nghị định số 103/2016/NĐ-CP quy định về bảo đảm an toàn sinh học tại phòng xét nghiệm",
    "Nghị định số 44/2016/NĐ-CP quy định chi tiết một số điều của Luật An toàn, vệ sinh lao động về hoạt động kiểm "
    "định kỹ thuật an toàn lao động, huấn luyện an toàn, vệ sinh lao động và quan trắc môi trường lao động",
)
L_TTB = (
    "Nghị định số 36/2016/NĐ-CP về quản lý trang thiết bị y tế",
    "Nghị định số 169/2018/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 36/2016/NĐ-CP",
)
L_GDYK = (
    "Luật Bảo hiểm xã hội số 58/2014/QH13",
    "Thông tư số 56/2017/TT-BYT quy định chi tiết thi hành Luật Bảo hiểm xã hội và Luật An toàn, vệ sinh lao động "
    "thuộc lĩnh vực y tế",
    "Thông tư số 243/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy giám "
    "định y khoa",
)
L_DS = (
    "Pháp lệnh Dân số số 06/2003/PL-UBTVQH11, được sửa đổi, bổ sung năm 2008",
    "Thông tư số 17/2012/TT-BYT quy định cấp và sử dụng Giấy chứng sinh",
)
L_YDCT = (
    "Luật Khám bệnh, chữa bệnh số 40/2009/QH12",
    "Thông tư số 29/2015/TT-BYT quy định cấp, cấp lại giấy chứng nhận là lương y",
)
L_HIV = (
    "Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) số 64/2006/QH11",
    "Nghị định số 90/2016/NĐ-CP quy định về điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế",
)

_LICENCE_FEE = fee(
    "Phí thẩm định cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh",
    4300000,
    "fee",
    "Mức phí theo loại hình cơ sở quy định tại Thông tư số 278/2016/TT-BTC",
)
_PRACTICE_FEE = fee("Phí thẩm định cấp, cấp lại, điều chỉnh chứng chỉ hành nghề", 360000, "fee")
_FACILITY = [
    "Đơn đề nghị cấp giấy phép hoạt động theo mẫu",
    ("Bản sao hợp lệ quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp", "cc"),
    ("Bản sao hợp lệ chứng chỉ hành nghề của người chịu trách nhiệm chuyên môn kỹ thuật", "cc"),
    "Danh sách ghi rõ họ tên, số chứng chỉ, phạm vi hoạt động chuyên môn của từng người hành nghề",
    "Bản kê khai cơ sở vật chất, thiết bị y tế, tổ chức nhân sự",
    "Hồ sơ nhân sự của người làm việc chuyên môn y tế tại cơ sở nhưng không thuộc diện phải cấp chứng chỉ",
    "Tài liệu chứng minh cơ sở khám bệnh, chữa bệnh đáp ứng điều kiện về cơ sở vật chất, thiết bị y tế",
    "Dự kiến phạm vi hoạt động chuyên môn",
]

_KCB_FACILITIES = family(
    KCB,
    PROVINCE,
    "{a} giấy phép hoạt động đối với {o} thuộc thẩm quyền của Sở Y tế",
    [
        "bệnh viện",
        "phòng khám đa khoa",
        "phòng khám chuyên khoa",
        "phòng chẩn trị y học cổ truyền",
        "nhà hộ sinh",
        "phòng khám chẩn đoán hình ảnh",
        "phòng xét nghiệm",
        "cơ sở dịch vụ tiêm (chích), thay băng, đếm mạch, đo nhiệt độ, đo huyết áp",
        "cơ sở dịch vụ chăm sóc sức khỏe tại nhà",
        "cơ sở dịch vụ kính thuốc",
        "cơ sở dịch vụ cấp cứu, hỗ trợ vận chuyển người bệnh trong nước và ra nước ngoài",
        "trạm y tế cấp xã, trạm xá",
        "phòng khám, tư vấn và điều trị dự phòng",
        "cơ sở dịch vụ làm răng giả",
        "phòng khám, điều trị bệnh nghề nghiệp",
        ("phòng khám bác sĩ gia đình", {"rank": 1}),
        ("cơ sở dịch vụ thẩm mỹ", {"rank": 1}),
    ],
    [
        act("Cấp", 45, _FACILITY, fees=(_LICENCE_FEE,), online=3),
        act(
            "Cấp lại",
            20,
            ["Đơn đề nghị cấp lại giấy phép hoạt động theo mẫu", LOST_REPORT],
            rank=2,
            fees=(fee("Phí thẩm định cấp lại giấy phép hoạt động", 1500000, "fee"),),
        ),
        act(
            "Điều chỉnh",
            30,
            [
                "Đơn đề nghị điều chỉnh giấy phép hoạt động theo mẫu",
                OLD_LICENCE,
                "Tài liệu chứng minh việc thay đổi quy mô, phạm vi hoạt động chuyên môn",
            ],
            rank=1,
            fees=(fee("Phí thẩm định điều chỉnh giấy phép hoạt động", 1500000, "fee"),),
        ),
    ],
    result="Giấy phép hoạt động khám bệnh, chữa bệnh",
    basis=L_KCB,
    subjects="Tổ chức",
    via="",
)

_KCB_GENERIC = table(
    KCB,
    PROVINCE,
    L_KCB,
    [
        (
            "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người Việt Nam thuộc thẩm quyền của Sở Y tế",
            20,
            [
                "Đơn đề nghị cấp chứng chỉ hành nghề theo mẫu",
                ("Bản sao hợp lệ văn bằng chuyên môn", "cc"),
                "Văn bản xác nhận quá trình thực hành",
                "Giấy chứng nhận đủ sức khỏe để hành nghề khám bệnh, chữa bệnh",
                "Phiếu lý lịch tư pháp",
                PHOTOS,
            ],
            "Chứng chỉ hành nghề khám bệnh, chữa bệnh",
            {"fees": (_PRACTICE_FEE,), "subjects": "Cá nhân", "online": 3},
        ),
        (
            "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người nước ngoài, người Việt Nam định cư ở nước "
            "ngoài thuộc thẩm quyền của Sở Y tế",
            20,
            [
                "Đơn đề nghị cấp chứng chỉ hành nghề theo mẫu",
                ("Bản sao hợp lệ văn bằng chuyên môn đã hợp pháp hóa lãnh sự", "cc"),
                "Văn bản xác nhận quá trình thực hành",
                "Giấy xác nhận biết tiếng Việt thành thạo hoặc sử dụng thành thạo ngôn ngữ khác",
                "Phiếu lý lịch tư pháp",
                PHOTOS,
            ],
            "Chứng chỉ hành nghề khám bệnh, chữa bệnh",
            {"fees": (_PRACTICE_FEE,), "subjects": "Cá nhân"},
        ),
        (
            "Cấp lại chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người Việt Nam bị mất hoặc hư hỏng hoặc bị thu "
            "hồi chứng chỉ hành nghề theo quy định tại điểm a, b khoản 1 Điều 29 Luật Khám bệnh, chữa bệnh",
            10,
            ["Đơn đề nghị cấp lại chứng chỉ hành nghề theo mẫu", PHOTOS, LOST_REPORT],
            "Chứng chỉ hành nghề khám bệnh, chữa bệnh",
            {"fees": (_PRACTICE_FEE,), "subjects": "Cá nhân"},
        ),
        (
            "Cấp lại chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người nước ngoài bị mất hoặc hư hỏng",
            10,
            ["Đơn đề nghị cấp lại chứng chỉ hành nghề theo mẫu", PHOTOS],
            "Chứng chỉ hành nghề khám bệnh, chữa bệnh",
            {"fees": (_PRACTICE_FEE,), "subjects": "Cá nhân", "rank": 1},
        ),
        (
            "Cấp lại chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người Việt Nam bị thu hồi chứng chỉ hành nghề "
            "theo quy định tại điểm c, d, đ, e và g khoản 1 Điều 29 Luật Khám bệnh, chữa bệnh",
            20,
            [
                "Đơn đề nghị cấp lại chứng chỉ hành nghề theo mẫu",
                "Giấy chứng nhận đã cập nhật kiến thức y khoa liên tục",
                PHOTOS,
            ],
            "Chứng chỉ hành nghề khám bệnh, chữa bệnh",
            {"fees": (_PRACTICE_FEE,), "subjects": "Cá nhân", "rank": 2},
        ),
        (
            "Điều chỉnh chứng chỉ hành nghề khám bệnh, chữa bệnh trong trường hợp đề nghị thay đổi phạm vi hoạt động "
            "chuyên môn",
            20,
            [
                "Đơn đề nghị điều chỉnh phạm vi hoạt động chuyên môn theo mẫu",
                "Văn bằng hoặc giấy chứng nhận đã qua đào tạo về chuyên khoa đề nghị điều chỉnh",
                "Văn bản xác nhận quá trình thực hành",
            ],
            "Chứng chỉ hành nghề đã điều chỉnh phạm vi hoạt động chuyên môn",
            {"fees": (_PRACTICE_FEE,), "subjects": "Cá nhân"},
        ),
        (
            "Cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh khi thay đổi địa điểm",
            45,
            _FACILITY,
            "Giấy phép hoạt động khám bệnh, chữa bệnh",
            {"fees": (_LICENCE_FEE,), "subjects": "Tổ chức"},
        ),
        (
            "Cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh khi thay đổi hình thức tổ chức, chia tách, hợp "
            "nhất, sáp nhập",
            45,
            _FACILITY,
            "Giấy phép hoạt động khám bệnh, chữa bệnh",
            {"fees": (_LICENCE_FEE,), "subjects": "Tổ chức", "rank": 1},
        ),
        (
            "Cấp lại giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh khi thay đổi tên cơ sở khám bệnh, chữa "
            "bệnh",
            10,
            ["Đơn đề nghị cấp lại giấy phép hoạt động", "Bản gốc giấy phép hoạt động đã được cấp"],
            "Giấy phép hoạt động khám bệnh, chữa bệnh",
            {"subjects": "Tổ chức"},
        ),
        (
            "Điều chỉnh giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh khi thay đổi quy mô giường bệnh hoặc cơ "
            "cấu tổ chức hoặc phạm vi hoạt động chuyên môn",
            30,
            [
                "Đơn đề nghị điều chỉnh giấy phép hoạt động",
                "Tài liệu chứng minh việc thay đổi quy mô, cơ cấu tổ chức, phạm vi hoạt động chuyên môn",
            ],
            "Giấy phép hoạt động đã điều chỉnh",
            {"subjects": "Tổ chức"},
        ),
        (
            "Phê duyệt lần đầu danh mục kỹ thuật thực hiện tại cơ sở khám bệnh, chữa bệnh thuộc thẩm quyền của Sở Y tế",
            30,
            ["Văn bản đề nghị phê duyệt danh mục kỹ thuật", "Danh mục kỹ thuật đề nghị phê duyệt"],
            "Quyết định phê duyệt danh mục kỹ thuật",
            {"subjects": "Cơ sở khám bệnh, chữa bệnh"},
        ),
        (
            "Phê duyệt bổ sung danh mục kỹ thuật của cơ sở khám bệnh, chữa bệnh thuộc thẩm quyền của Sở Y tế",
            30,
            [
                "Văn bản đề nghị phê duyệt bổ sung danh mục kỹ thuật",
                "Hồ sơ chứng minh đủ điều kiện thực hiện kỹ thuật bổ sung",
            ],
            "Quyết định phê duyệt bổ sung danh mục kỹ thuật",
            {"subjects": "Cơ sở khám bệnh, chữa bệnh"},
        ),
        (
            "Cho phép cá nhân trong nước, nước ngoài tổ chức khám bệnh, chữa bệnh nhân đạo theo đợt, khám bệnh, chữa "
            "bệnh lưu động thuộc thẩm quyền của Sở Y tế",
            10,
            [
                "Văn bản đề nghị tổ chức khám bệnh, chữa bệnh nhân đạo",
                "Danh sách người tham gia khám bệnh, chữa bệnh nhân đạo",
                "Bản sao chứng chỉ hành nghề của người tham gia",
            ],
            "Văn bản cho phép tổ chức khám bệnh, chữa bệnh nhân đạo",
            {"rank": 1},
        ),
        (
            "Cho phép đoàn khám bệnh, chữa bệnh nhân đạo của nước ngoài hoạt động tại địa phương",
            10,
            [
                "Văn bản đề nghị của đoàn",
                "Danh sách thành viên đoàn và bản sao văn bằng chuyên môn",
                "Kế hoạch khám bệnh, chữa bệnh nhân đạo",
            ],
            "Văn bản cho phép đoàn khám bệnh, chữa bệnh nhân đạo",
            {"rank": 2},
        ),
        (
            "Cho phép người hành nghề được tiếp tục hành nghề khám bệnh, chữa bệnh sau khi bị đình chỉ hoạt động "
            "chuyên môn",
            10,
            ["Đơn đề nghị tiếp tục hành nghề", "Giấy chứng nhận đã cập nhật kiến thức y khoa"],
            "Văn bản cho phép tiếp tục hành nghề",
            {"subjects": "Cá nhân", "rank": 3},
        ),
        (
            "Công bố cơ sở đủ điều kiện thực hiện khám sức khỏe thuộc thẩm quyền của Sở Y tế",
            10,
            [
                "Văn bản công bố cơ sở đủ điều kiện thực hiện khám sức khỏe",
                "Bản kê khai nhân sự, cơ sở vật chất, thiết bị",
            ],
            "Thông tin công bố trên cổng thông tin điện tử của Sở Y tế",
            {"subjects": "Cơ sở khám bệnh, chữa bệnh"},
        ),
        (
            "Công bố cơ sở đủ điều kiện thực hiện khám sức khỏe cho người lái xe",
            10,
            ["Văn bản công bố theo mẫu", "Danh sách người thực hiện khám sức khỏe lái xe"],
            "Thông tin công bố trên cổng thông tin điện tử của Sở Y tế",
            {"subjects": "Cơ sở khám bệnh, chữa bệnh", "rank": 1},
        ),
        (
            "Xếp hạng bệnh viện thuộc thẩm quyền của Sở Y tế",
            30,
            ["Văn bản đề nghị xếp hạng", "Đề án xếp hạng bệnh viện", "Bảng tự chấm điểm theo tiêu chuẩn xếp hạng"],
            "Quyết định xếp hạng bệnh viện",
            {"via": "UBND tỉnh", "subjects": "Bệnh viện", "rank": 2},
        ),
        (
            "Cấp giấy chứng nhận bồi dưỡng kiến thức, kỹ năng chuyên môn trong lĩnh vực khám bệnh, chữa bệnh",
            10,
            ["Đơn đề nghị cấp giấy chứng nhận", "Danh sách học viên và kết quả đánh giá"],
            "Giấy chứng nhận",
            {"rank": 3},
        ),
        (
            "Cho phép áp dụng thí điểm kỹ thuật mới, phương pháp mới trong khám bệnh, chữa bệnh",
            30,
            ["Văn bản đề nghị áp dụng thí điểm", "Đề cương nghiên cứu kỹ thuật mới, phương pháp mới"],
            "Quyết định cho phép áp dụng thí điểm",
            {"rank": 2},
        ),
        (
            "Khám sức khỏe định kỳ",
            1,
            ["Giấy khám sức khỏe theo mẫu", PHOTOS],
            "Giấy khám sức khỏe",
            {"subjects": "Cá nhân", "fees": (fee("Giá dịch vụ khám sức khỏe", 150000, "fee"),)},
        ),
        (
            "Khám sức khỏe cho người từ đủ 18 tuổi trở lên",
            1,
            ["Giấy khám sức khỏe theo mẫu", PHOTOS],
            "Giấy khám sức khỏe",
            {"subjects": "Cá nhân", "fees": (fee("Giá dịch vụ khám sức khỏe", 150000, "fee"),)},
        ),
        (
            "Khám sức khỏe cho người chưa đủ 18 tuổi",
            1,
            ["Giấy khám sức khỏe theo mẫu", PHOTOS],
            "Giấy khám sức khỏe",
            {"subjects": "Cá nhân", "fees": (fee("Giá dịch vụ khám sức khỏe", 120000, "fee"),)},
        ),
        (
            "Khám sức khỏe cho người lái xe",
            1,
            ["Giấy khám sức khỏe của người lái xe theo mẫu", PHOTOS],
            "Giấy khám sức khỏe của người lái xe",
            {"subjects": "Cá nhân", "fees": (fee("Giá dịch vụ khám sức khỏe lái xe", 300000, "fee"),)},
        ),
        (
            "Khám sức khỏe cho người lao động Việt Nam đi làm việc ở nước ngoài",
            2,
            ["Giấy khám sức khỏe theo mẫu", PHOTOS],
            "Giấy chứng nhận sức khỏe",
            {"subjects": "Cá nhân", "rank": 2},
        ),
    ],
    subjects="Cá nhân, tổ chức",
)

_PHARMACY = [
    "Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược theo mẫu",
    "Tài liệu kỹ thuật tương ứng với cơ sở kinh doanh dược",
    ("Bản sao có chứng thực Chứng chỉ hành nghề dược của người chịu trách nhiệm chuyên môn", "cc"),
    ("Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc giấy tờ tương đương", "c"),
]
_DUOC_FACILITIES = family(
    DUOC_S,
    PROVINCE,
    "{a} Giấy chứng nhận đủ điều kiện kinh doanh dược đối với {o}",
    [
        "cơ sở bán buôn thuốc",
        "nhà thuốc",
        "quầy thuốc",
        "tủ thuốc trạm y tế xã",
        "cơ sở chuyên bán lẻ dược liệu, thuốc dược liệu, thuốc cổ truyền",
        "cơ sở bán buôn dược liệu",
        "cơ sở kinh doanh thuốc phải kiểm soát đặc biệt",
        ("cơ sở bán lẻ thuốc thuộc danh mục thuốc hạn chế bán lẻ", {"rank": 1}),
        ("cơ sở kinh doanh dược không vì mục đích thương mại", {"rank": 2}),
    ],
    [
        act("Cấp", 20, _PHARMACY, fees=(fee("Phí thẩm định điều kiện kinh doanh dược", 1000000, "fee"),), online=3),
        act("Cấp lại", 7, ["Đơn đề nghị cấp lại Giấy chứng nhận theo mẫu", LOST_REPORT], rank=2),
        act(
            "Điều chỉnh nội dung",
            10,
            ["Đơn đề nghị điều chỉnh nội dung theo mẫu", OLD_LICENCE, "Tài liệu chứng minh nội dung điều chỉnh"],
            rank=1,
        ),
    ],
    result="Giấy chứng nhận đủ điều kiện kinh doanh dược",
    basis=L_DUOC,
    subjects="Tổ chức, hộ kinh doanh",
)

_DUOC = table(
    DUOC_S,
    PROVINCE,
    L_DUOC,
    [
        (
            "Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ",
            20,
            [
                "Đơn đề nghị cấp Chứng chỉ hành nghề dược theo mẫu",
                ("Bản sao có chứng thực văn bằng chuyên môn", "cc"),
                "Giấy chứng nhận đủ sức khỏe để hành nghề dược",
                "Giấy xác nhận về thời gian thực hành chuyên môn",
                PHOTOS,
            ],
            "Chứng chỉ hành nghề dược",
            {
                "subjects": "Cá nhân",
                "online": 3,
                "fees": (fee("Phí thẩm định cấp chứng chỉ hành nghề dược", 500000, "fee"),),
            },
        ),
        (
            "Cấp lại Chứng chỉ hành nghề dược theo hình thức xét hồ sơ (trường hợp bị hư hỏng hoặc bị mất)",
            5,
            ["Đơn đề nghị cấp lại Chứng chỉ hành nghề dược theo mẫu", PHOTOS],
            "Chứng chỉ hành nghề dược",
            {"subjects": "Cá nhân", "spot": True},
        ),
        (
            "Điều chỉnh nội dung Chứng chỉ hành nghề dược theo hình thức xét hồ sơ",
            10,
            [
                "Đơn đề nghị điều chỉnh nội dung Chứng chỉ hành nghề dược",
                "Giấy tờ chứng minh nội dung thay đổi",
                PHOTOS,
            ],
            "Chứng chỉ hành nghề dược đã điều chỉnh",
            {"subjects": "Cá nhân"},
        ),
        (
            "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở thay đổi loại hình cơ sở kinh doanh dược hoặc "
            "thay đổi điều kiện kinh doanh dược; thay đổi địa điểm kinh doanh dược",
            20,
            _PHARMACY,
            "Giấy chứng nhận đủ điều kiện kinh doanh dược",
            {"rank": 1},
        ),
        (
            "Đánh giá đáp ứng Thực hành tốt cơ sở bán lẻ thuốc",
            20,
            [
                "Văn bản đề nghị đánh giá đáp ứng Thực hành tốt cơ sở bán lẻ thuốc",
                "Tài liệu kỹ thuật về cơ sở bán lẻ thuốc",
            ],
            "Biên bản đánh giá và văn bản xác nhận đáp ứng Thực hành tốt cơ sở bán lẻ thuốc",
            {},
        ),
        (
            "Đánh giá duy trì đáp ứng Thực hành tốt phân phối thuốc, nguyên liệu làm thuốc",
            20,
            ["Văn bản đề nghị đánh giá định kỳ", "Báo cáo tóm tắt hoạt động của cơ sở"],
            "Biên bản đánh giá duy trì đáp ứng Thực hành tốt phân phối thuốc",
            {"rank": 1},
        ),
        (
            "Cho phép hủy thuốc gây nghiện, thuốc hướng thần, thuốc tiền chất, nguyên liệu làm thuốc là dược chất gây "
            "nghiện, dược chất hướng thần, tiền chất dùng làm thuốc",
            10,
            ["Văn bản đề nghị hủy thuốc", "Danh mục thuốc đề nghị hủy và phương pháp hủy"],
            "Văn bản cho phép hủy thuốc",
            {},
        ),
        (
            "Duyệt dự trù thuốc gây nghiện, thuốc hướng thần, thuốc tiền chất",
            10,
            ["Đơn dự trù thuốc theo mẫu", "Báo cáo xuất, nhập, tồn kho thuốc"],
            "Đơn dự trù thuốc đã được duyệt",
            {"rank": 1},
        ),
        (
            "Cấp giấy xác nhận nội dung thông tin thuốc theo hình thức hội thảo giới thiệu thuốc",
            10,
            [
                "Đơn đề nghị xác nhận nội dung thông tin thuốc",
                "Tài liệu thông tin thuốc dự kiến phát hành",
                "Chương trình hội thảo",
            ],
            "Giấy xác nhận nội dung thông tin thuốc",
            {},
        ),
        (
            "Công bố cơ sở kinh doanh có tổ chức kệ thuốc",
            5,
            ["Văn bản đề nghị công bố cơ sở kinh doanh có tổ chức kệ thuốc", "Tài liệu chứng minh đáp ứng điều kiện"],
            "Thông tin công bố trên cổng thông tin điện tử của Sở Y tế",
            {"rank": 2},
        ),
        (
            "Cấp phép nhập khẩu thuốc thuộc hành lý cá nhân của tổ chức, cá nhân nhập cảnh gửi theo vận tải đơn, hàng "
            "hóa mang theo người",
            7,
            ["Đơn đề nghị nhập khẩu thuốc", "Đơn thuốc có ghi rõ số lượng thuốc"],
            "Văn bản cho phép nhập khẩu thuốc",
            {"subjects": "Cá nhân", "rank": 3},
        ),
    ],
    subjects="Tổ chức, cá nhân kinh doanh dược",
)

_MP = table(
    MP,
    PROVINCE,
    L_MP,
    [
        (
            "Cấp số tiếp nhận Phiếu công bố sản phẩm mỹ phẩm sản xuất trong nước",
            3,
            [
                "Phiếu công bố sản phẩm mỹ phẩm",
                "Bản sao Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
                "Giấy ủy quyền của nhà sản xuất (nếu có)",
            ],
            "Số tiếp nhận Phiếu công bố sản phẩm mỹ phẩm",
            {"fees": (fee("Phí thẩm định hồ sơ công bố sản phẩm mỹ phẩm", 500000, "fee"),), "online": 4},
        ),
        (
            "Cấp Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
            30,
            [
                "Văn bản đề nghị cấp Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
                "Sơ đồ mặt bằng và thiết kế của cơ sở sản xuất",
                "Danh mục thiết bị hiện có của cơ sở sản xuất",
            ],
            "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
            {"fees": (fee("Phí thẩm định điều kiện sản xuất mỹ phẩm", 6000000, "fee"),)},
        ),
        (
            "Điều chỉnh Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
            15,
            ["Văn bản đề nghị điều chỉnh", "Tài liệu chứng minh nội dung điều chỉnh"],
            "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm đã điều chỉnh",
            {"rank": 1},
        ),
        (
            "Cấp lại Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
            10,
            ["Văn bản đề nghị cấp lại", LOST_REPORT],
            "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
            {"rank": 1},
        ),
        (
            "Cấp giấy chứng nhận lưu hành tự do đối với mỹ phẩm sản xuất trong nước để xuất khẩu",
            3,
            ["Văn bản đề nghị cấp giấy chứng nhận lưu hành tự do", "Danh mục sản phẩm mỹ phẩm đề nghị cấp"],
            "Giấy chứng nhận lưu hành tự do (CFS)",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân sản xuất, kinh doanh mỹ phẩm",
)

_ATTP = table(
    ATTP,
    PROVINCE,
    L_ATTP,
    [
        (
            "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất thực phẩm, kinh doanh "
            "dịch vụ ăn uống thuộc thẩm quyền của Sở Y tế",
            15,
            [
                "Đơn đề nghị cấp Giấy chứng nhận theo mẫu",
                "Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo "
                "đảm điều kiện vệ sinh an toàn thực phẩm",
                "Danh sách chủ cơ sở và người trực tiếp sản xuất, kinh doanh đã được "
                "xác nhận kiến thức về an toàn thực phẩm",
            ],
            "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            {"fees": (fee("Phí thẩm định cơ sở đủ điều kiện an toàn thực phẩm", 500000, "fee"),), "online": 3},
        ),
        (
            "Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất thực phẩm, kinh "
            "doanh dịch vụ ăn uống thuộc thẩm quyền của Sở Y tế",
            15,
            ["Đơn đề nghị cấp lại Giấy chứng nhận theo mẫu", "Bản thuyết minh về điều kiện an toàn thực phẩm"],
            "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            {},
        ),
        (
            "Đăng ký bản công bố sản phẩm nhập khẩu đối với thực phẩm dinh dưỡng y học, thực phẩm dùng cho chế độ ăn "
            "đặc biệt, sản phẩm dinh dưỡng dùng cho trẻ đến 36 tháng tuổi",
            7,
            [
                "Bản công bố sản phẩm theo mẫu",
                "Phiếu kết quả kiểm nghiệm an toàn thực phẩm của sản phẩm",
                "Bằng chứng khoa học chứng minh công dụng của sản phẩm",
            ],
            "Giấy tiếp nhận đăng ký bản công bố sản phẩm",
            {"fees": (fee("Phí thẩm định hồ sơ đăng ký bản công bố sản phẩm", 1500000, "fee"),)},
        ),
        (
            "Đăng ký bản công bố sản phẩm sản xuất trong nước đối với thực phẩm dinh dưỡng y học, thực phẩm dùng cho "
            "chế độ ăn đặc biệt, sản phẩm dinh dưỡng dùng cho trẻ đến 36 tháng tuổi",
            7,
            [
                "Bản công bố sản phẩm theo mẫu",
                "Phiếu kết quả kiểm nghiệm an toàn thực phẩm của sản phẩm",
                "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            ],
            "Giấy tiếp nhận đăng ký bản công bố sản phẩm",
            {"fees": (fee("Phí thẩm định hồ sơ đăng ký bản công bố sản phẩm", 1500000, "fee"),)},
        ),
        (
            "Xác nhận nội dung quảng cáo thực phẩm thuộc thẩm quyền của Sở Y tế",
            10,
            [
                "Đơn đề nghị xác nhận nội dung quảng cáo theo mẫu",
                "Giấy tiếp nhận đăng ký bản công bố sản phẩm",
                "Mẫu nội dung dự kiến quảng cáo",
            ],
            "Giấy xác nhận nội dung quảng cáo thực phẩm",
            {"fees": (fee("Phí thẩm định nội dung quảng cáo", 1100000, "fee"),)},
        ),
        (
            "Cấp Giấy chứng nhận lưu hành tự do đối với thực phẩm sản xuất trong nước để xuất khẩu",
            5,
            ["Văn bản đề nghị cấp giấy chứng nhận lưu hành tự do", "Giấy tiếp nhận đăng ký bản công bố sản phẩm"],
            "Giấy chứng nhận lưu hành tự do (CFS)",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân sản xuất, kinh doanh thực phẩm",
)

_YTDP = table(
    YTDP,
    PROVINCE,
    L_YTDP,
    [
        (
            "Công bố đủ điều kiện thực hiện hoạt động quan trắc môi trường lao động thuộc thẩm quyền của Sở Y tế",
            30,
            [
                "Văn bản công bố đủ điều kiện quan trắc môi trường lao động",
                "Bản kê khai nhân sự, trang thiết bị quan trắc",
            ],
            "Thông tin công bố trên cổng thông tin điện tử của Sở Y tế",
            {},
        ),
        (
            "Công bố cơ sở đủ điều kiện tiêm chủng",
            5,
            [
                "Văn bản công bố cơ sở đủ điều kiện tiêm chủng theo mẫu",
                "Bản kê khai nhân sự và cơ sở vật chất, trang thiết bị",
            ],
            "Thông tin công bố trên cổng thông tin điện tử của Sở Y tế",
            {},
        ),
        (
            "Cấp giấy chứng nhận phòng xét nghiệm đạt tiêu chuẩn an toàn sinh học cấp I, cấp II",
            30,
            [
                "Văn bản đề nghị cấp giấy chứng nhận theo mẫu",
                "Bản kê khai nhân sự và trang thiết bị phòng xét nghiệm",
                "Bản sao quyết định thành lập cơ sở",
            ],
            "Giấy chứng nhận phòng xét nghiệm đạt tiêu chuẩn an toàn sinh học",
            {},
        ),
        (
            "Công bố cơ sở đủ điều kiện khám phát hiện bệnh nghề nghiệp",
            10,
            ["Văn bản công bố theo mẫu", "Bản kê khai nhân sự, cơ sở vật chất, thiết bị"],
            "Thông tin công bố trên cổng thông tin điện tử của Sở Y tế",
            {"rank": 1},
        ),
        (
            "Cấp giấy chứng nhận đủ điều kiện sản xuất chế phẩm diệt côn trùng, diệt khuẩn dùng trong lĩnh vực gia "
            "dụng và y tế",
            20,
            ["Văn bản đề nghị", "Bản kê khai điều kiện sản xuất"],
            "Giấy chứng nhận đủ điều kiện",
            {"rank": 3},
        ),
    ],
    subjects="Tổ chức",
)

_HIV = table(
    HIV,
    PROVINCE,
    L_HIV,
    [
        (
            "Công bố cơ sở đủ điều kiện điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế",
            15,
            [
                "Văn bản công bố đủ điều kiện điều trị nghiện theo mẫu",
                "Bản kê khai cơ sở vật chất, trang thiết bị và nhân sự",
            ],
            "Thông tin công bố trên cổng thông tin điện tử của Sở Y tế",
            {},
        ),
        (
            "Đăng ký tham gia điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế",
            5,
            ["Đơn đăng ký tham gia điều trị theo mẫu", ID_COPY, "Sơ yếu lý lịch tự khai"],
            "Thông báo tiếp nhận vào điều trị",
            {"subjects": "Cá nhân", "spot": True},
        ),
        (
            "Chuyển tiếp điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế",
            3,
            ["Đơn đề nghị chuyển tiếp điều trị", "Phiếu chuyển tiếp điều trị"],
            "Phiếu tiếp nhận chuyển tiếp điều trị",
            {"subjects": "Cá nhân", "rank": 1},
        ),
        (
            "Cấp giấy chứng nhận cơ sở đủ điều kiện xét nghiệm khẳng định các trường hợp HIV dương tính",
            30,
            ["Văn bản đề nghị", "Bản kê khai nhân sự, trang thiết bị, quy trình xét nghiệm"],
            "Giấy chứng nhận đủ điều kiện xét nghiệm khẳng định HIV dương tính",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức",
)

_TTB = table(
    TTB,
    PROVINCE,
    L_TTB,
    [
        (
            "Công bố đủ điều kiện mua bán trang thiết bị y tế thuộc loại B, C, D",
            3,
            [
                "Văn bản công bố đủ điều kiện mua bán trang thiết bị y tế theo mẫu",
                "Bản kê khai nhân sự",
                "Giấy tờ chứng minh kho bảo quản và phương tiện vận chuyển đáp ứng yêu cầu",
            ],
            "Số tiếp nhận văn bản công bố đủ điều kiện mua bán trang thiết bị y tế",
            {"online": 4},
        ),
        (
            "Công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế thuộc loại A",
            3,
            [
                "Văn bản công bố tiêu chuẩn áp dụng theo mẫu",
                "Bản phân loại trang thiết bị y tế",
                "Tài liệu mô tả tóm tắt kỹ thuật trang thiết bị y tế",
            ],
            "Số tiếp nhận văn bản công bố tiêu chuẩn áp dụng",
            {"online": 4},
        ),
        (
            "Công bố đủ điều kiện sản xuất trang thiết bị y tế",
            3,
            [
                "Văn bản công bố đủ điều kiện sản xuất theo mẫu",
                "Bản kê khai nhân sự",
                "Giấy chứng nhận đạt tiêu chuẩn quản lý chất lượng",
            ],
            "Số tiếp nhận văn bản công bố đủ điều kiện sản xuất trang thiết bị y tế",
            {},
        ),
        (
            "Thay đổi thông tin đã công bố đủ điều kiện mua bán trang thiết bị y tế",
            3,
            ["Văn bản thông báo thay đổi thông tin", "Tài liệu chứng minh nội dung thay đổi"],
            "Thông tin công bố đã cập nhật",
            {"rank": 1},
        ),
    ],
    subjects="Tổ chức, cá nhân kinh doanh trang thiết bị y tế",
)

_GDYK_FEE = (
    fee("Phí giám định y khoa", 900000, "fee", "Mức phí theo nội dung giám định tại Thông tư số 243/2016/TT-BTC"),
)
_GDYK = family(
    GDYK,
    PROVINCE,
    "Khám giám định {o}",
    [
        "thương tật lần đầu do tai nạn lao động",
        "lần đầu do bệnh nghề nghiệp",
        ("lại bệnh nghề nghiệp tái phát", {"rank": 1}),
        ("lại đối với trường hợp tái phát tổn thương do tai nạn lao động", {"rank": 1}),
        ("tổng hợp", {}),
        "để thực hiện chế độ hưu trí đối với người lao động",
        "để thực hiện chế độ tử tuất",
        "để xác định lao động nữ không đủ sức khỏe để chăm sóc con sau khi sinh hoặc sau khi nhận con do nhờ người "
        "mang thai hộ",
        ("đối với trường hợp bổ sung vết thương do tai nạn lao động", {"rank": 2}),
        ("phúc quyết theo đề nghị của người lao động", {"rank": 2}),
        "mức độ khuyết tật đối với trường hợp Hội đồng xác định mức độ khuyết tật không đưa ra được kết luận",
        ("cho người hoạt động kháng chiến bị nhiễm chất độc hóa học", {"rank": 2}),
        ("để hưởng chế độ bảo hiểm xã hội một lần", {"rank": 3}),
        (
            "để xác định mức suy giảm khả năng lao động để hưởng trợ cấp hằng tháng đối với người bị nhiễm HIV do tai "
            "nạn rủi ro nghề nghiệp",
            {"rank": 3},
        ),
    ],
    [
        act(
            "",
            40,
            [
                "Giấy đề nghị khám giám định theo mẫu",
                "Bản sao các giấy tờ về khám, điều trị có liên quan",
                "Giấy chứng nhận thương tích hoặc biên bản điều tra tai nạn lao động (nếu có)",
                ID_COPY,
            ],
        )
    ],
    result="Biên bản giám định y khoa",
    basis=L_GDYK,
    subjects="Người lao động",
    unit=DAYS,
    fees=_GDYK_FEE,
)

_DS = table(
    DS,
    PROVINCE,
    L_DS,
    [
        (
            "Cấp Giấy chứng sinh đối với trường hợp trẻ được sinh ra ngoài cơ sở khám bệnh, chữa bệnh nhưng được cán "
            "bộ y tế hoặc cô đỡ thôn bản đỡ đẻ",
            3,
            ["Giấy đề nghị cấp Giấy chứng sinh", "Giấy tờ chứng minh việc sinh"],
            "Giấy chứng sinh",
            {"subjects": "Cá nhân"},
        ),
        (
            "Cấp lại Giấy chứng sinh đối với trường hợp bị mất, hư hỏng",
            3,
            ["Đơn đề nghị cấp lại Giấy chứng sinh"],
            "Giấy chứng sinh (cấp lại)",
            {"subjects": "Cá nhân", "spot": True},
        ),
        (
            "Cấp lại Giấy chứng sinh đối với trường hợp có nhầm lẫn khi ghi chép Giấy chứng sinh",
            3,
            ["Đơn đề nghị cấp lại Giấy chứng sinh", "Giấy chứng sinh có nhầm lẫn"],
            "Giấy chứng sinh (cấp lại)",
            {"subjects": "Cá nhân", "rank": 1},
        ),
    ],
)

_YDCT = table(
    YDCT,
    PROVINCE,
    L_YDCT,
    [
        (
            "Cấp giấy chứng nhận là lương y",
            30,
            [
                "Đơn đề nghị cấp giấy chứng nhận lương y theo mẫu",
                "Bản sao văn bằng, chứng chỉ về y dược cổ truyền",
                "Giấy chứng nhận sức khỏe",
                CV,
                PHOTOS,
            ],
            "Giấy chứng nhận là lương y",
            {"subjects": "Cá nhân"},
        ),
        (
            "Cấp lại giấy chứng nhận là lương y",
            10,
            ["Đơn đề nghị cấp lại giấy chứng nhận lương y", PHOTOS],
            "Giấy chứng nhận là lương y",
            {"subjects": "Cá nhân", "rank": 1},
        ),
        (
            "Cấp giấy chứng nhận là người có bài thuốc gia truyền hoặc phương pháp chữa bệnh gia truyền",
            30,
            [
                "Đơn đề nghị theo mẫu",
                "Bản mô tả bài thuốc gia truyền hoặc phương pháp chữa bệnh gia truyền",
                CV,
                PHOTOS,
            ],
            "Giấy chứng nhận là người có bài thuốc gia truyền",
            {"subjects": "Cá nhân"},
        ),
        (
            "Cấp lại giấy chứng nhận là người có bài thuốc gia truyền hoặc phương pháp chữa bệnh gia truyền",
            10,
            ["Đơn đề nghị cấp lại theo mẫu", PHOTOS],
            "Giấy chứng nhận là người có bài thuốc gia truyền",
            {"subjects": "Cá nhân", "rank": 2},
        ),
    ],
)

# District and commune.
_DISTRICT = [
    *table(
        ATTP,
        DISTRICT,
        L_ATTP,
        [
            (
                "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống "
                "thuộc thẩm quyền của UBND cấp huyện",
                15,
                [
                    "Đơn đề nghị cấp Giấy chứng nhận theo mẫu",
                    "Bản thuyết minh về cơ sở vật chất, trang thiết bị",
                    "Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp kinh doanh",
                ],
                "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
                {"fees": (fee("Phí thẩm định cơ sở kinh doanh dịch vụ ăn uống", 700000, "fee"),)},
            ),
            (
                "Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống "
                "thuộc thẩm quyền của UBND cấp huyện",
                15,
                ["Đơn đề nghị cấp lại Giấy chứng nhận theo mẫu", OLD_LICENCE],
                "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
                {"rank": 1},
            ),
        ],
        subjects="Cơ sở kinh doanh dịch vụ ăn uống",
    ),
    *table(
        DS,
        DISTRICT,
        L_DS,
        [
            (
                "Xét hưởng chính sách hỗ trợ cho đối tượng sinh con đúng chính sách dân số",
                10,
                [
                    "Đơn đề nghị hưởng chính sách hỗ trợ",
                    "Bản sao Giấy khai sinh của con",
                    "Giấy tờ chứng minh thuộc đối tượng được hỗ trợ",
                ],
                "Quyết định hỗ trợ",
                {"subjects": "Cá nhân"},
            ),
        ],
    ),
]
_COMMUNE = table(
    DS,
    COMMUNE,
    L_DS,
    [
        (
            "Xét hưởng chính sách hỗ trợ cho đối tượng thực hiện biện pháp tránh thai",
            5,
            ["Đơn đề nghị theo mẫu", "Giấy tờ xác nhận đã thực hiện biện pháp tránh thai"],
            "Quyết định hỗ trợ",
            {"subjects": "Cá nhân"},
        ),
    ],
)

TEMPLATES = (
    _KCB_FACILITIES
    + _KCB_GENERIC
    + _DUOC_FACILITIES
    + _DUOC
    + _MP
    + _ATTP
    + _YTDP
    + _HIV
    + _TTB
    + _GDYK
    + _DS
    + _YDCT
    + _DISTRICT
    + _COMMUNE
)

L_QC = (
    "Luật Quảng cáo số 16/2012/QH13",
    "Nghị định số 181/2013/NĐ-CP quy định chi tiết thi hành một số điều của Luật Quảng cáo",
)
L_KDYT = (
    "Luật Phòng, chống bệnh truyền nhiễm số 03/2007/QH12",
    "Nghị định số 89/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật Phòng, chống bệnh truyền nhiễm về "
    "kiểm dịch y tế biên giới",
    "Thông tư số 240/2016/TT-BTC quy định giá tối đa dịch vụ kiểm dịch y tế, y tế dự phòng",
)
TEMPLATES += (
    family(
        KCB,
        PROVINCE,
        "Cấp giấy xác nhận nội dung quảng cáo {o}",
        [
            "dịch vụ khám bệnh, chữa bệnh",
            "trang thiết bị y tế",
            ("hóa chất, chế phẩm diệt côn trùng, diệt khuẩn dùng trong lĩnh vực gia dụng và y tế", {"rank": 2}),
        ],
        [
            act(
                "",
                10,
                [
                    "Văn bản đề nghị xác nhận nội dung quảng cáo theo mẫu",
                    "Kịch bản, ma-két nội dung quảng cáo",
                    "Giấy tờ chứng minh tính hợp pháp của sản phẩm, dịch vụ quảng cáo",
                ],
            )
        ],
        result="Giấy xác nhận nội dung quảng cáo",
        basis=L_KCB + L_QC,
        subjects="Tổ chức, cá nhân",
        fees=(fee("Phí thẩm định nội dung quảng cáo", 1100000, "fee"),),
    )
    + table(
        KCB,
        PROVINCE,
        L_KCB,
        [
            (
                "Điều chỉnh giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh khi thay đổi người chịu trách nhiệm "
                "chuyên môn",
                10,
                [
                    "Đơn đề nghị điều chỉnh theo mẫu",
                    "Bản sao chứng chỉ hành nghề của người chịu trách nhiệm chuyên môn mới",
                ],
                "Giấy phép hoạt động đã điều chỉnh",
                {"subjects": "Cơ sở khám bệnh, chữa bệnh"},
            ),
            (
                "Cấp giấy phép hoạt động đối với trạm, điểm sơ cấp cứu chữ thập đỏ",
                30,
                [
                    "Đơn đề nghị cấp giấy phép hoạt động theo mẫu",
                    "Bản sao quyết định thành lập của Hội Chữ thập đỏ",
                    "Danh sách người làm việc và bản kê trang thiết bị",
                ],
                "Giấy phép hoạt động",
                {"subjects": "Hội Chữ thập đỏ", "rank": 1},
            ),
            (
                "Đề nghị xét tặng danh hiệu Thầy thuốc nhân dân, Thầy thuốc ưu tú (Hội đồng cấp tỉnh)",
                60,
                [
                    "Bản khai thành tích theo mẫu",
                    "Biên bản họp Hội đồng cấp cơ sở",
                    "Bản sao các quyết định khen thưởng",
                ],
                "Tờ trình đề nghị gửi Hội đồng cấp Bộ",
                {"unit": "days", "subjects": "Cá nhân", "rank": 1},
            ),
        ],
    )
    + family(
        YTDP,
        PROVINCE,
        "Kiểm dịch y tế đối với {o} qua cửa khẩu quốc tế Lào Cai",
        [
            "phương tiện vận tải",
            "hàng hóa",
            ("thi thể, hài cốt, tro cốt", {"rank": 1}),
            ("mẫu vi sinh y học, sản phẩm sinh học, mô, bộ phận cơ thể người", {"rank": 2}),
        ],
        [
            act(
                "",
                1,
                ["Giấy khai báo y tế theo mẫu", "Giấy tờ liên quan đến đối tượng kiểm dịch"],
                cutoff="16:00",
                spot=True,
            )
        ],
        result="Giấy chứng nhận kiểm dịch y tế",
        basis=L_KDYT,
        subjects="Tổ chức, cá nhân xuất nhập cảnh, xuất nhập khẩu",
        fees=(fee("Giá dịch vụ kiểm dịch y tế", 70000, "fee", "Theo biểu giá tại Thông tư số 240/2016/TT-BTC"),),
    )
)

# Added to fill the 2018 catalogue.
TEMPLATES += (
    table(
        DUOC_S,
        PROVINCE,
        (*L_DUOC, "Thông tư số 02/2018/TT-BYT quy định về Thực hành tốt cơ sở bán lẻ thuốc"),
        [
            (
                "Đánh giá duy trì đáp ứng Thực hành tốt cơ sở bán lẻ thuốc",
                20,
                [
                    "Đơn đề nghị đánh giá định kỳ việc duy trì đáp ứng Thực hành tốt cơ sở bán lẻ thuốc theo mẫu",
                    "Báo cáo tóm tắt hoạt động của cơ sở trong 03 năm gần nhất",
                    "Tài liệu kỹ thuật cập nhật về cơ sở bán lẻ thuốc",
                ],
                "Biên bản đánh giá việc duy trì đáp ứng Thực hành tốt cơ sở bán lẻ thuốc",
                {
                    "rank": 1,
                    "fees": (
                        fee(
                            "Phí thẩm định điều kiện kinh doanh thuốc đối với cơ sở bán lẻ",
                            1_000_000,
                            "fee",
                            "500.000 đồng đối với cơ sở tại địa bàn có điều kiện kinh tế - xã hội khó khăn",
                        ),
                    ),
                },
            ),
        ],
        subjects="Nhà thuốc, quầy thuốc, tủ thuốc trạm y tế xã",
    )
    + table(
        MP,
        PROVINCE,
        (*L_MP, "Thông tư số 09/2015/TT-BYT quy định về xác nhận nội dung quảng cáo đối với sản phẩm đặc biệt"),
        [
            (
                "Cấp giấy tiếp nhận hồ sơ đăng ký quảng cáo mỹ phẩm",
                10,
                [
                    "Phiếu đăng ký quảng cáo mỹ phẩm theo mẫu",
                    ("Bản sao Phiếu công bố sản phẩm mỹ phẩm đã được cấp số tiếp nhận", "c"),
                    "Nội dung dự kiến quảng cáo (kịch bản, ma-két, băng hình)",
                ],
                "Giấy tiếp nhận hồ sơ đăng ký quảng cáo mỹ phẩm",
                {"rank": 1, "fees": (fee("Phí thẩm định hồ sơ quảng cáo mỹ phẩm", 1_100_000, "fee"),)},
            ),
        ],
        subjects="Tổ chức, cá nhân chịu trách nhiệm đưa sản phẩm mỹ phẩm ra thị trường",
    )
    + table(
        GDYK,
        PROVINCE,
        L_GDYK,
        [
            (
                "Khám giám định đối với trường hợp đã được xác định tỷ lệ tạm thời do tai nạn lao động",
                40,
                [
                    "Giấy đề nghị khám giám định theo mẫu",
                    ("Bản sao Biên bản giám định y khoa lần trước", "cc"),
                    "Hồ sơ bệnh án hoặc giấy ra viện sau điều trị",
                ],
                "Biên bản giám định y khoa",
                {"rank": 2, "subjects": "Người lao động"},
            ),
        ],
    )
)
