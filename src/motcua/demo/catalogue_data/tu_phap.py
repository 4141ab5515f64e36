"""Justice (Sở Tư pháp): civil status, authentication, nationality, criminal records, adoption,
judicial support (lawyers, notaries, auctions, forensic examination, arbitration, mediation),
legal aid, state compensation, legal education and grassroots mediation."""

from __future__ import annotations

from dataclasses import replace

from .base import (
    COMMUNE,
    DAYS,
    DISTRICT,
    ID_COPY,
    ID_SHOWN,
    MANDATE,
    PHOTOS,
    PROVINCE,
    RESIDENCE,
    Case,
    Sector,
    at,
    fee,
    proc,
    table,
)

JUSTICE = "H15.03"
HANH_CHINH = "Phòng Hành chính tư pháp"
BO_TRO = "Phòng Bổ trợ tư pháp"
D_UNIT = "Phòng Tư pháp"
C_OFFICER = "Công chức Tư pháp - Hộ tịch"

HT = Sector("TP-HT", "Hộ tịch", JUSTICE, HANH_CHINH, D_UNIT, C_OFFICER)
CT = Sector("TP-CT", "Chứng thực", JUSTICE, HANH_CHINH, D_UNIT, C_OFFICER)
QT = Sector("TP-QT", "Quốc tịch", JUSTICE, HANH_CHINH, D_UNIT, C_OFFICER)
LLTP = Sector("TP-LLTP", "Lý lịch tư pháp", JUSTICE, HANH_CHINH, D_UNIT, C_OFFICER)
NCN = Sector("TP-NCN", "Nuôi con nuôi", JUSTICE, HANH_CHINH, D_UNIT, C_OFFICER)
LS = Sector("TP-LS", "Luật sư", JUSTICE, BO_TRO)
CC = Sector("TP-CC", "Công chứng", JUSTICE, BO_TRO)
DG = Sector("TP-DG", "Đấu giá tài sản", JUSTICE, BO_TRO)
GD = Sector("TP-GDTP", "Giám định tư pháp", JUSTICE, BO_TRO)
TT = Sector("TP-TTTM", "Trọng tài thương mại", JUSTICE, BO_TRO)
HGTM = Sector("TP-HGTM", "Hòa giải thương mại", JUSTICE, BO_TRO)
QTV = Sector("TP-QTV", "Quản tài viên", JUSTICE, BO_TRO)
TVPL = Sector("TP-TVPL", "Tư vấn pháp luật", JUSTICE, BO_TRO)
TGPL = Sector("TP-TGPL", "Trợ giúp pháp lý", JUSTICE, "Trung tâm Trợ giúp pháp lý nhà nước tỉnh")
BT = Sector("TP-BTNN", "Bồi thường nhà nước", JUSTICE, "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật", D_UNIT)
PBGD = Sector("TP-PBGDPL", "Phổ biến, giáo dục pháp luật", JUSTICE, "Phòng Phổ biến, giáo dục pháp luật", D_UNIT)
HG = Sector("TP-HGCS", "Hòa giải ở cơ sở", JUSTICE, "Phòng Phổ biến, giáo dục pháp luật", D_UNIT, C_OFFICER)

SECTORS = [HT, CT, QT, LLTP, NCN, LS, CC, DG, GD, TT, HGTM, QTV, TVPL, TGPL, BT, PBGD, HG]

# Legal bases.
L_HT = (
    "Luật Hộ tịch số 60/2014/QH13",
    "Nghị định số 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    "Thông tư số 15/2015/TT-BTP hướng dẫn thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP",
)
L_FEES = (
    "Thông tư số 250/2016/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh",
    "Nghị quyết của Hội đồng nhân dân tỉnh Lào Cai quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, "
    "lệ phí trên địa bàn tỉnh",
)
L_CT = (
    "Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký "
    "và chứng thực hợp đồng, giao dịch",
    "Thông tư số 01/2016/TT-BTP hướng dẫn thực hiện một số thủ tục về quản lý hoạt động chứng thực",
    "Thông tư số 226/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực",
)
L_QT = (
    "Luật Quốc tịch Việt Nam số 24/2008/QH12, được sửa đổi, bổ sung bởi Luật số 56/2014/QH13",
    "Nghị định số 78/2009/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Quốc tịch Việt Nam",
    "Nghị định số 97/2014/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 78/2009/NĐ-CP",
    "Thông tư số 281/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực "
    "hộ tịch, quốc tịch, chứng thực",
)
L_LLTP = (
    "Luật Lý lịch tư pháp số 28/2009/QH12",
    "Nghị định số 111/2010/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp",
    "Thông tư số 244/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin "
    "lý lịch tư pháp",
)
L_NCN = (
    "Luật Nuôi con nuôi số 52/2010/QH12",
    "Nghị định số 19/2011/NĐ-CP quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi",
    "Nghị định số 114/2016/NĐ-CP quy định lệ phí đăng ký nuôi con nuôi, lệ phí cấp giấy phép hoạt động của tổ chức "
    "con nuôi nước ngoài",
)
L_LS = (
    "Luật Luật sư số 65/2006/QH11, được sửa đổi, bổ sung bởi Luật số 20/2012/QH13",
    "Nghị định số 123/2013/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Luật sư",
)
L_CC = (
    "Luật Công chứng số 53/2014/QH13",
    "Nghị định số 29/2015/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Công chứng",
    "Thông tư số 257/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí công chứng, phí chứng "
    "thực, phí thẩm định tiêu chuẩn, điều kiện hành nghề công chứng",
)
L_DG = (
    "Luật Đấu giá tài sản số 01/2016/QH14",
    "Nghị định số 62/2017/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Đấu giá tài sản",
)
L_GD = (
    "Luật Giám định tư pháp số 13/2012/QH13",
    "Nghị định số 85/2013/NĐ-CP quy định chi tiết và biện pháp thi hành Luật Giám định tư pháp",
)
L_TT = (
    "Luật Trọng tài thương mại số 54/2010/QH12",
    "Nghị định số 63/2011/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Trọng tài thương mại",
)
L_HGTM = ("Nghị định số 22/2017/NĐ-CP về hòa giải thương mại",)
L_QTV = (
    "Luật Phá sản số 51/2014/QH13",
    "Nghị định số 22/2015/NĐ-CP quy định chi tiết một số điều của Luật Phá sản về Quản tài viên và hành nghề quản lý, "
    "thanh lý tài sản",
)
L_TVPL = (
    "Nghị định số 77/2008/NĐ-CP về tư vấn pháp luật",
    "Nghị định số 05/2012/NĐ-CP sửa đổi, bổ sung một số điều của các Nghị định về đăng ký giao dịch bảo đảm, "
    "trợ giúp pháp lý, luật sư, tư vấn pháp luật",
)
L_TGPL = (
    "Luật Trợ giúp pháp lý số 11/2017/QH14",
    "Thông tư số 08/2017/TT-BTP quy định chi tiết một số điều của Luật Trợ giúp pháp lý và hướng dẫn giấy tờ trong "
    "hoạt động trợ giúp pháp lý",
)
L_BT = (
    "Luật Trách nhiệm bồi thường của Nhà nước số 10/2017/QH14",
    "Nghị định số 68/2018/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Trách nhiệm bồi thường "
    "của Nhà nước",
)
L_PBGD = (
    "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13",
    "Thông tư số 10/2016/TT-BTP quy định về báo cáo viên pháp luật, tuyên truyền viên pháp luật",
)
L_HG = (
    "Luật Hòa giải ở cơ sở số 35/2013/QH13",
    "Nghị định số 15/2014/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở",
)

VERIFY = Case("xac-minh", "Trường hợp cần xác minh", 5)
FREE = "Miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật"


def _ht(level, name, amount, components, result, *, code="", fees=(), cases=(), **extra):
    return proc(
        HT,
        level,
        name,
        amount,
        components,
        result,
        L_HT + (L_FEES if fees else ()),
        code=code,
        fees=fees,
        cases=cases,
        subjects="Cá nhân",
        **extra,
    )


# --- Hộ tịch ------------------------------------------------------------------------------------

_COMMUNE_HT = [
    _ht(
        COMMUNE,
        "Đăng ký khai sinh",
        1,
        ["Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh hoặc giấy tờ thay giấy chứng sinh", ID_SHOWN],
        "Giấy khai sinh (bản chính) và Trích lục khai sinh (bản sao)",
        code="1.001193",
        fees=(fee("Lệ phí đăng ký khai sinh", 0, exemptions="Miễn lệ phí khi đăng ký đúng hạn"),),
        cutoff="15:00",
        online=3,
        spot=True,
    ),
    _ht(
        COMMUNE,
        "Đăng ký kết hôn",
        1,
        [
            ("Tờ khai đăng ký kết hôn theo mẫu (hai bên nam, nữ có thể khai chung một tờ khai)", "o"),
            "Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký kết hôn không tại nơi thường trú)",
            ID_SHOWN,
        ],
        "Giấy chứng nhận kết hôn",
        code="1.000894",
        cases=(VERIFY,),
        fees=(
            fee("Lệ phí đăng ký kết hôn", 0, exemptions="Miễn lệ phí đối với công dân Việt Nam cư trú ở trong nước"),
        ),
        presence=True,
        cutoff="15:00",
    ),
    _ht(
        COMMUNE,
        "Đăng ký nhận cha, mẹ, con",
        3,
        ["Tờ khai đăng ký nhận cha, mẹ, con theo mẫu", "Chứng cứ chứng minh quan hệ cha, mẹ, con", ID_SHOWN],
        "Trích lục đăng ký nhận cha, mẹ, con",
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 8),),
        fees=(fee("Lệ phí đăng ký nhận cha, mẹ, con", 15000, exemptions=FREE),),
        presence=True,
    ),
    _ht(
        COMMUNE,
        "Đăng ký khai sinh kết hợp nhận cha, mẹ, con",
        3,
        [
            "Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, mẹ, con theo mẫu",
            "Giấy chứng sinh hoặc giấy tờ thay giấy chứng sinh",
            "Chứng cứ chứng minh quan hệ cha, mẹ, con",
            ID_SHOWN,
        ],
        "Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con",
        code="1.000689",
        fees=(fee("Lệ phí đăng ký nhận cha, mẹ, con", 15000, exemptions=FREE),),
        presence=True,
    ),
    _ht(
        COMMUNE,
        "Đăng ký khai tử",
        1,
        ["Tờ khai đăng ký khai tử theo mẫu", "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử", ID_SHOWN],
        "Trích lục khai tử (bản chính)",
        code="1.000656",
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 3),),
        fees=(fee("Lệ phí đăng ký khai tử", 0, exemptions="Miễn lệ phí khi đăng ký đúng hạn"),),
        cutoff="15:00",
        online=3,
        spot=True,
    ),
    _ht(
        COMMUNE,
        "Đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới",
        1,
        [
            "Tờ khai đăng ký khai sinh theo mẫu",
            "Giấy chứng sinh hoặc giấy tờ thay giấy chứng sinh",
            "Giấy tờ chứng minh nơi thường trú ở khu vực biên giới của người cha hoặc mẹ là công dân nước láng giềng",
        ],
        "Giấy khai sinh",
        fees=(fee("Lệ phí đăng ký khai sinh", 0, exemptions="Miễn lệ phí khi đăng ký đúng hạn"),),
    ),
    _ht(
        COMMUNE,
        "Đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới",
        5,
        [
            "Tờ khai đăng ký kết hôn theo mẫu",
            "Giấy tờ chứng minh tình trạng hôn nhân của công dân nước láng giềng do cơ quan có thẩm quyền của nước "
            "láng giềng cấp, còn giá trị sử dụng",
            "Giấy tờ chứng minh nơi thường trú ở khu vực biên giới của công dân nước láng giềng",
        ],
        "Giấy chứng nhận kết hôn",
        fees=(fee("Lệ phí đăng ký kết hôn", 50000),),
        presence=True,
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 10),),
    ),
    _ht(
        COMMUNE,
        "Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài tại khu vực biên giới",
        5,
        [
            "Tờ khai đăng ký nhận cha, mẹ, con theo mẫu",
            "Chứng cứ chứng minh quan hệ cha, mẹ, con",
            "Giấy tờ chứng minh nơi thường trú ở khu vực biên giới của công dân nước láng giềng",
        ],
        "Trích lục đăng ký nhận cha, mẹ, con",
        fees=(fee("Lệ phí đăng ký nhận cha, mẹ, con", 50000),),
        presence=True,
    ),
    _ht(
        COMMUNE,
        "Đăng ký khai tử có yếu tố nước ngoài tại khu vực biên giới",
        1,
        ["Tờ khai đăng ký khai tử theo mẫu", "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử"],
        "Trích lục khai tử",
        fees=(fee("Lệ phí đăng ký khai tử", 0, exemptions="Miễn lệ phí khi đăng ký đúng hạn"),),
    ),
    _ht(
        COMMUNE,
        "Đăng ký giám hộ",
        1,
        ["Tờ khai đăng ký giám hộ theo mẫu", "Văn bản cử người giám hộ hoặc giấy tờ chứng minh điều kiện giám hộ"],
        "Trích lục đăng ký giám hộ",
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 3),),
        fees=(fee("Lệ phí đăng ký giám hộ", 0, exemptions="Miễn lệ phí đăng ký giám hộ"),),
    ),
    _ht(
        COMMUNE,
        "Đăng ký chấm dứt giám hộ",
        2,
        ["Tờ khai đăng ký chấm dứt giám hộ theo mẫu", "Giấy tờ làm căn cứ chấm dứt việc giám hộ"],
        "Trích lục đăng ký chấm dứt giám hộ",
        code="1.004845",
        fees=(fee("Lệ phí đăng ký chấm dứt giám hộ", 0),),
    ),
    _ht(
        COMMUNE,
        "Thay đổi, cải chính, bổ sung hộ tịch",
        3,
        [
            "Tờ khai đăng ký thay đổi, cải chính, bổ sung hộ tịch theo mẫu",
            "Giấy tờ liên quan làm căn cứ cho việc thay đổi, cải chính, bổ sung hộ tịch",
            ("Bản chính giấy khai sinh hoặc giấy tờ hộ tịch cần điều chỉnh", "o"),
        ],
        "Trích lục thay đổi, cải chính, bổ sung hộ tịch",
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 6),),
        fees=(fee("Lệ phí thay đổi, cải chính, bổ sung hộ tịch", 10000, exemptions=FREE),),
    ),
    _ht(
        COMMUNE,
        "Cấp Giấy xác nhận tình trạng hôn nhân",
        3,
        [
            "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu",
            "Giấy tờ chứng minh việc ly hôn hoặc người kia đã chết (trường hợp đã có vợ, chồng)",
            ID_SHOWN,
        ],
        "Giấy xác nhận tình trạng hôn nhân",
        code="1.004873",
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 10),),
        fees=(fee("Lệ phí cấp Giấy xác nhận tình trạng hôn nhân", 10000, exemptions=FREE),),
        online=3,
    ),
    _ht(
        COMMUNE,
        "Đăng ký lại khai sinh",
        5,
        [
            "Tờ khai đăng ký lại khai sinh theo mẫu",
            "Bản sao giấy khai sinh trước đây hoặc giấy tờ, tài liệu có nội dung liên quan",
            "Văn bản cam đoan của người yêu cầu về việc đã đăng ký khai sinh nhưng sổ hộ tịch không còn lưu giữ được",
        ],
        "Giấy khai sinh",
        code="1.004884",
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 25),),
        fees=(fee("Lệ phí đăng ký lại khai sinh", 5000, exemptions=FREE),),
    ),
    _ht(
        COMMUNE,
        "Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân",
        5,
        [
            "Tờ khai đăng ký khai sinh theo mẫu",
            "Bản sao toàn bộ hồ sơ, giấy tờ cá nhân có nội dung về thông tin khai sinh",
            "Văn bản cam đoan chưa đăng ký khai sinh",
        ],
        "Giấy khai sinh",
        fees=(fee("Lệ phí đăng ký khai sinh", 5000, exemptions=FREE),),
    ),
    _ht(
        COMMUNE,
        "Đăng ký lại kết hôn",
        5,
        [
            "Tờ khai đăng ký lại kết hôn theo mẫu",
            "Bản sao Giấy chứng nhận kết hôn được cấp trước đây (nếu có)",
        ],
        "Giấy chứng nhận kết hôn",
        code="1.004746",
        presence=True,
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 10),),
        fees=(fee("Lệ phí đăng ký lại kết hôn", 5000, exemptions=FREE),),
    ),
    _ht(
        COMMUNE,
        "Đăng ký lại khai tử",
        5,
        ["Tờ khai đăng ký lại khai tử theo mẫu", "Bản sao Giấy chứng tử trước đây hoặc giấy tờ liên quan"],
        "Trích lục khai tử",
        code="1.005461",
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 10),),
        fees=(fee("Lệ phí đăng ký lại khai tử", 5000, exemptions=FREE),),
    ),
    _ht(
        COMMUNE,
        "Cấp bản sao Trích lục hộ tịch",
        1,
        ["Tờ khai cấp bản sao trích lục hộ tịch theo mẫu", ID_SHOWN],
        "Bản sao trích lục hộ tịch",
        code="2.000635",
        fees=(fee("Phí cấp bản sao trích lục hộ tịch", 8000, "fee", "Tính theo mỗi bản sao"),),
        cutoff="15:00",
        online=4,
        spot=True,
    ),
    _ht(
        COMMUNE,
        "Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em "
        "dưới 6 tuổi",
        5,
        [
            "Tờ khai đăng ký khai sinh theo mẫu",
            "Giấy chứng sinh",
            "Phiếu báo thay đổi hộ khẩu, nhân khẩu",
            "Tờ khai tham gia bảo hiểm y tế",
        ],
        "Giấy khai sinh, sổ hộ khẩu đã đăng ký thường trú và thẻ bảo hiểm y tế của trẻ em",
        via="Công an cấp huyện, Bảo hiểm xã hội cấp huyện",
        fees=(fee("Lệ phí đăng ký khai sinh", 0, exemptions="Miễn lệ phí"),),
    ),
    _ht(
        COMMUNE,
        "Liên thông các thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, hỗ trợ "
        "chi phí mai táng",
        5,
        [
            "Tờ khai đăng ký khai tử theo mẫu",
            "Giấy báo tử hoặc giấy tờ thay thế",
            "Sổ hộ khẩu của người chết",
            "Tờ khai của thân nhân đề nghị hưởng chế độ tử tuất, mai táng phí",
        ],
        "Trích lục khai tử; xóa đăng ký thường trú; quyết định hưởng chế độ tử tuất hoặc mai táng phí",
        via="Công an cấp huyện, Bảo hiểm xã hội cấp huyện, Phòng Lao động - Thương binh và Xã hội",
        rank=1,
    ),
    _ht(
        COMMUNE,
        "Ghi vào Sổ hộ tịch việc thay đổi, cải chính hộ tịch theo bản án, quyết định của cơ quan nhà nước có thẩm "
        "quyền",
        3,
        ["Văn bản đề nghị ghi vào sổ hộ tịch", "Bản sao bản án, quyết định của cơ quan nhà nước có thẩm quyền"],
        "Trích lục ghi vào sổ hộ tịch",
        rank=1,
    ),
    _ht(
        COMMUNE,
        "Đăng ký khai sinh lưu động",
        5,
        ["Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh hoặc giấy tờ thay giấy chứng sinh"],
        "Giấy khai sinh",
        mobile=True,
        fees=(fee("Lệ phí đăng ký khai sinh", 0, exemptions="Miễn lệ phí"),),
        rank=2,
    ),
    _ht(
        COMMUNE,
        "Đăng ký kết hôn lưu động",
        5,
        ["Tờ khai đăng ký kết hôn theo mẫu", "Giấy xác nhận tình trạng hôn nhân (nếu có)"],
        "Giấy chứng nhận kết hôn",
        code="1.000593",
        mobile=True,
        fees=(fee("Lệ phí đăng ký kết hôn", 0, exemptions="Miễn lệ phí"),),
    ),
    _ht(
        COMMUNE,
        "Đăng ký khai tử lưu động",
        5,
        ["Tờ khai đăng ký khai tử theo mẫu", "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử"],
        "Trích lục khai tử",
        code="1.000419",
        mobile=True,
        fees=(fee("Lệ phí đăng ký khai tử", 0, exemptions="Miễn lệ phí"),),
    ),
]

_DISTRICT_HT = [
    _ht(
        DISTRICT,
        "Đăng ký khai sinh có yếu tố nước ngoài",
        3,
        [
            "Tờ khai đăng ký khai sinh theo mẫu",
            "Giấy chứng sinh hoặc giấy tờ thay giấy chứng sinh",
            "Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (nếu có)",
            ID_SHOWN,
        ],
        "Giấy khai sinh",
        code="2.000528",
        fees=(fee("Lệ phí đăng ký khai sinh có yếu tố nước ngoài", 75000),),
    ),
    _ht(
        DISTRICT,
        "Đăng ký khai sinh có yếu tố nước ngoài cho người đã có hồ sơ, giấy tờ cá nhân",
        5,
        ["Tờ khai đăng ký khai sinh theo mẫu", "Bản sao hồ sơ, giấy tờ cá nhân có thông tin về khai sinh"],
        "Giấy khai sinh",
        fees=(fee("Lệ phí đăng ký khai sinh có yếu tố nước ngoài", 75000),),
        rank=1,
    ),
    _ht(
        DISTRICT,
        "Đăng ký kết hôn có yếu tố nước ngoài",
        15,
        [
            "Tờ khai đăng ký kết hôn theo mẫu",
            "Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận người đó không mắc bệnh tâm thần",
            "Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài cấp",
            "Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài",
        ],
        "Giấy chứng nhận kết hôn",
        code="2.000806",
        fees=(fee("Lệ phí đăng ký kết hôn có yếu tố nước ngoài", 1000000),),
        presence=True,
    ),
    _ht(
        DISTRICT,
        "Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài",
        15,
        ["Tờ khai đăng ký nhận cha, mẹ, con theo mẫu", "Chứng cứ chứng minh quan hệ cha, mẹ, con"],
        "Trích lục đăng ký nhận cha, mẹ, con",
        fees=(fee("Lệ phí đăng ký nhận cha, mẹ, con có yếu tố nước ngoài", 1000000),),
        presence=True,
    ),
    _ht(
        DISTRICT,
        "Đăng ký khai sinh kết hợp nhận cha, mẹ, con có yếu tố nước ngoài",
        15,
        [
            "Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, mẹ, con theo mẫu",
            "Giấy chứng sinh hoặc giấy tờ thay giấy chứng sinh",
            "Chứng cứ chứng minh quan hệ cha, mẹ, con",
        ],
        "Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con",
        fees=(fee("Lệ phí đăng ký nhận cha, mẹ, con có yếu tố nước ngoài", 1000000),),
    ),
    _ht(
        DISTRICT,
        "Đăng ký khai tử có yếu tố nước ngoài",
        3,
        ["Tờ khai đăng ký khai tử theo mẫu", "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử"],
        "Trích lục khai tử",
        fees=(fee("Lệ phí đăng ký khai tử có yếu tố nước ngoài", 75000),),
    ),
    _ht(
        DISTRICT,
        "Đăng ký giám hộ có yếu tố nước ngoài",
        3,
        ["Tờ khai đăng ký giám hộ theo mẫu", "Văn bản cử người giám hộ theo quy định"],
        "Trích lục đăng ký giám hộ",
        fees=(fee("Lệ phí đăng ký giám hộ có yếu tố nước ngoài", 75000),),
        rank=1,
    ),
    _ht(
        DISTRICT,
        "Đăng ký chấm dứt giám hộ có yếu tố nước ngoài",
        3,
        ["Tờ khai đăng ký chấm dứt giám hộ theo mẫu", "Giấy tờ làm căn cứ chấm dứt việc giám hộ"],
        "Trích lục đăng ký chấm dứt giám hộ",
        fees=(fee("Lệ phí đăng ký chấm dứt giám hộ có yếu tố nước ngoài", 75000),),
        rank=2,
    ),
    _ht(
        DISTRICT,
        "Thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc",
        3,
        [
            "Tờ khai đăng ký thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc theo mẫu",
            "Giấy tờ liên quan làm căn cứ cho việc thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc",
        ],
        "Trích lục thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc",
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 6),),
        fees=(fee("Lệ phí thay đổi, cải chính hộ tịch, xác định lại dân tộc", 25000, exemptions=FREE),),
    ),
    _ht(
        DISTRICT,
        "Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền "
        "của nước ngoài",
        5,
        ["Tờ khai ghi vào sổ việc kết hôn theo mẫu", "Bản sao giấy tờ chứng nhận việc kết hôn do nước ngoài cấp"],
        "Trích lục ghi chú kết hôn",
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 12),),
        fees=(fee("Lệ phí ghi vào sổ hộ tịch việc kết hôn", 75000),),
    ),
    _ht(
        DISTRICT,
        "Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan "
        "có thẩm quyền của nước ngoài",
        5,
        [
            "Tờ khai ghi chú ly hôn, hủy việc kết hôn theo mẫu",
            "Bản sao bản án, quyết định ly hôn, hủy việc kết hôn đã có hiệu lực pháp luật",
        ],
        "Trích lục ghi chú ly hôn, hủy việc kết hôn",
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 12),),
        fees=(fee("Lệ phí ghi vào sổ hộ tịch việc ly hôn", 75000),),
    ),
    _ht(
        DISTRICT,
        "Ghi vào Sổ hộ tịch việc hộ tịch khác của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền "
        "của nước ngoài",
        5,
        ["Tờ khai ghi vào sổ hộ tịch theo mẫu", "Bản sao giấy tờ hộ tịch do cơ quan có thẩm quyền nước ngoài cấp"],
        "Trích lục ghi vào sổ hộ tịch",
        fees=(fee("Lệ phí ghi vào sổ hộ tịch", 50000),),
        rank=1,
    ),
    _ht(
        DISTRICT,
        "Đăng ký lại khai sinh có yếu tố nước ngoài",
        5,
        ["Tờ khai đăng ký lại khai sinh theo mẫu", "Bản sao giấy khai sinh trước đây hoặc giấy tờ có liên quan"],
        "Giấy khai sinh",
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 25),),
        fees=(fee("Lệ phí đăng ký lại khai sinh có yếu tố nước ngoài", 50000),),
    ),
    _ht(
        DISTRICT,
        "Đăng ký lại kết hôn có yếu tố nước ngoài",
        5,
        ["Tờ khai đăng ký lại kết hôn theo mẫu", "Bản sao Giấy chứng nhận kết hôn được cấp trước đây (nếu có)"],
        "Giấy chứng nhận kết hôn",
        presence=True,
        cases=(Case("xac-minh", "Trường hợp cần xác minh", 10),),
        fees=(fee("Lệ phí đăng ký lại kết hôn có yếu tố nước ngoài", 500000),),
    ),
    _ht(
        DISTRICT,
        "Đăng ký lại khai tử có yếu tố nước ngoài",
        5,
        ["Tờ khai đăng ký lại khai tử theo mẫu", "Bản sao Giấy chứng tử trước đây hoặc giấy tờ liên quan"],
        "Trích lục khai tử",
        fees=(fee("Lệ phí đăng ký lại khai tử có yếu tố nước ngoài", 50000),),
        rank=1,
    ),
    _ht(
        DISTRICT,
        "Cấp bản sao Trích lục hộ tịch",
        1,
        ["Tờ khai cấp bản sao trích lục hộ tịch theo mẫu", ID_SHOWN],
        "Bản sao trích lục hộ tịch",
        fees=(fee("Phí cấp bản sao trích lục hộ tịch", 8000, "fee", "Tính theo mỗi bản sao"),),
        cutoff="15:00",
        online=4,
    ),
]

_PROVINCE_HT = [
    _ht(
        PROVINCE,
        "Cấp bản sao Trích lục hộ tịch",
        1,
        ["Tờ khai cấp bản sao trích lục hộ tịch theo mẫu", ID_SHOWN],
        "Bản sao trích lục hộ tịch (theo Sổ hộ tịch lưu tại Sở Tư pháp)",
        fees=(fee("Phí cấp bản sao trích lục hộ tịch", 8000, "fee", "Tính theo mỗi bản sao"),),
        online=4,
    ),
]

# --- Chứng thực ---------------------------------------------------------------------------------

_CT_FEES = {
    "copy": (
        fee(
            "Phí chứng thực bản sao từ bản chính",
            2000,
            "fee",
            "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản",
        ),
    ),
    "sig": (fee("Phí chứng thực chữ ký", 10000, "fee", "Tính theo mỗi trường hợp"),),
    "contract": (fee("Phí chứng thực hợp đồng, giao dịch", 50000, "fee", "Tính theo mỗi hợp đồng, giao dịch"),),
    "amend": (fee("Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", 30000, "fee"),),
    "fix": (fee("Phí sửa lỗi sai sót trong hợp đồng, giao dịch", 25000, "fee"),),
}


def _ct(name, components, result, fees, amount=1, **extra):
    return proc(
        CT,
        DISTRICT,
        name,
        amount,
        components,
        result,
        L_CT,
        fees=fees,
        subjects="Cá nhân, tổ chức",
        presence=True,
        cutoff="15:00",
        **extra,
    )


_CT_BOTH = [
    _ct(
        "Cấp bản sao từ sổ gốc",
        [ID_SHOWN, "Giấy tờ chứng minh quan hệ với người được cấp bản chính (trường hợp người khác yêu cầu)"],
        "Bản sao từ sổ gốc",
        (fee("Phí cấp bản sao từ sổ gốc", 8000, "fee", "Tính theo mỗi bản sao"),),
        spot=True,
    ),
    _ct(
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc "
        "chứng nhận",
        [("Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao", "o"), ("Bản sao cần chứng thực", "c")],
        "Bản sao được chứng thực từ bản chính",
        _CT_FEES["copy"],
        spot=True,
    ),
    _ct(
        "Chứng thực chữ ký trong các giấy tờ, văn bản",
        [ID_SHOWN, "Giấy tờ, văn bản mà mình sẽ ký"],
        "Giấy tờ, văn bản được chứng thực chữ ký",
        _CT_FEES["sig"],
        spot=True,
    ),
    _ct(
        "Chứng thực việc điểm chỉ trong các giấy tờ, văn bản (trường hợp người yêu cầu không ký được)",
        [ID_SHOWN, "Giấy tờ, văn bản mà mình sẽ điểm chỉ"],
        "Giấy tờ, văn bản được chứng thực điểm chỉ",
        _CT_FEES["sig"],
        rank=3,
    ),
    _ct(
        "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
        ["Dự thảo hợp đồng, giao dịch", ID_COPY, "Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản"],
        "Hợp đồng, giao dịch được chứng thực",
        _CT_FEES["contract"],
        amount=2,
    ),
    _ct(
        "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
        ["Dự thảo hợp đồng, giao dịch sửa đổi, bổ sung, hủy bỏ", ("Hợp đồng, giao dịch đã được chứng thực", "o")],
        "Hợp đồng, giao dịch sửa đổi, bổ sung, hủy bỏ được chứng thực",
        _CT_FEES["amend"],
        amount=2,
    ),
    _ct(
        "Sửa lỗi sai sót trong hợp đồng, giao dịch",
        [("Hợp đồng, giao dịch đã được chứng thực có sai sót", "o")],
        "Hợp đồng, giao dịch đã được sửa lỗi sai sót",
        _CT_FEES["fix"],
    ),
    _ct(
        "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực",
        [ID_SHOWN, "Giấy tờ chứng minh là người có quyền yêu cầu cấp bản sao"],
        "Bản sao có chứng thực hợp đồng, giao dịch",
        _CT_FEES["copy"],
        code="2.000942",
    ),
    _ct(
        "Chứng thực di chúc",
        ["Dự thảo di chúc", ID_COPY, "Bản sao giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản (nếu có)"],
        "Di chúc được chứng thực",
        (fee("Phí chứng thực di chúc", 50000, "fee"),),
        amount=2,
        code="2.001019",
    ),
    _ct(
        "Chứng thực văn bản từ chối nhận di sản",
        ["Dự thảo văn bản từ chối nhận di sản", ID_COPY],
        "Văn bản từ chối nhận di sản được chứng thực",
        (fee("Phí chứng thực văn bản từ chối nhận di sản", 25000, "fee"),),
        amount=2,
    ),
    _ct(
        "Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở",
        [
            "Dự thảo văn bản thỏa thuận phân chia di sản",
            "Bản sao giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết",
            "Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản",
        ],
        "Văn bản thỏa thuận phân chia di sản được chứng thực",
        _CT_FEES["contract"],
        amount=2,
    ),
    _ct(
        "Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở",
        [
            "Dự thảo văn bản khai nhận di sản",
            "Bản sao giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết",
            "Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản",
        ],
        "Văn bản khai nhận di sản được chứng thực",
        _CT_FEES["contract"],
        amount=2,
    ),
]

_CT_DISTRICT_ONLY = [
    _ct(
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của nước ngoài; cơ quan "
        "tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan tổ chức có thẩm quyền của nước ngoài cấp hoặc "
        "chứng nhận",
        [("Bản chính giấy tờ, văn bản đã được hợp pháp hóa lãnh sự", "o"), ("Bản sao cần chứng thực", "c")],
        "Bản sao được chứng thực từ bản chính",
        _CT_FEES["copy"],
        spot=True,
    ),
    _ct(
        "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp",
        ["Bản dịch và giấy tờ, văn bản cần dịch"],
        "Bản dịch được chứng thực chữ ký người dịch",
        _CT_FEES["sig"],
        code="2.000992",
    ),
    _ct(
        "Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật",
        [
            ID_SHOWN,
            "Bản sao bằng cử nhân ngoại ngữ trở lên về thứ tiếng nước ngoài cần dịch",
            "Bản dịch đính kèm giấy tờ, văn bản cần dịch",
        ],
        "Bản dịch được chứng thực chữ ký người dịch",
        _CT_FEES["sig"],
        code="2.001008",
    ),
]

_CT_COMMUNE_ONLY = [
    _ct(
        "Chứng thực hợp đồng, giao dịch liên quan đến thực hiện các quyền của người sử dụng đất theo quy định của "
        "Luật Đất đai",
        ["Dự thảo hợp đồng, giao dịch", ID_COPY, "Bản sao Giấy chứng nhận quyền sử dụng đất"],
        "Hợp đồng, giao dịch được chứng thực",
        _CT_FEES["contract"],
        amount=2,
    ),
    _ct(
        "Chứng thực hợp đồng, giao dịch về nhà ở",
        ["Dự thảo hợp đồng, giao dịch", ID_COPY, "Bản sao giấy chứng nhận quyền sở hữu nhà ở"],
        "Hợp đồng, giao dịch về nhà ở được chứng thực",
        _CT_FEES["contract"],
        amount=2,
    ),
]


_COMMUNE_CODES = {
    "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc "
    "chứng nhận": "2.000815",
    "Chứng thực chữ ký trong các giấy tờ, văn bản": "2.000884",
}
# The real codes above and in _CT_BOTH are those of the commune-level procedures.
_CT_DISTRICT = [replace(t, code="") for t in _CT_BOTH] + _CT_DISTRICT_ONLY
_CT_COMMUNE = [replace(t, code=_COMMUNE_CODES.get(t.name, t.code)) for t in at(COMMUNE, _CT_BOTH + _CT_COMMUNE_ONLY)]

# --- Quốc tịch, lý lịch tư pháp, nuôi con nuôi (province) -------------------------------------------

_QT = [
    proc(
        QT,
        PROVINCE,
        "Nhập quốc tịch Việt Nam",
        40,
        [
            "Đơn xin nhập quốc tịch Việt Nam theo mẫu",
            "Bản sao giấy khai sinh, hộ chiếu hoặc giấy tờ có giá trị thay thế",
            "Bản khai lý lịch theo mẫu",
            "Phiếu lý lịch tư pháp do cơ quan có thẩm quyền cấp",
            "Giấy tờ chứng minh trình độ tiếng Việt",
            "Giấy tờ chứng minh chỗ ở, thời gian thường trú ở Việt Nam",
            "Giấy tờ chứng minh bảo đảm cuộc sống tại Việt Nam",
        ],
        "Quyết định cho nhập quốc tịch Việt Nam của Chủ tịch nước",
        L_QT,
        fees=(fee("Lệ phí xin nhập quốc tịch Việt Nam", 3000000),),
        via="UBND tỉnh, Bộ Tư pháp",
        subjects="Người nước ngoài, người không quốc tịch thường trú tại tỉnh",
        sets=3,
    ),
    proc(
        QT,
        PROVINCE,
        "Trở lại quốc tịch Việt Nam",
        40,
        [
            "Đơn xin trở lại quốc tịch Việt Nam theo mẫu",
            "Bản sao giấy khai sinh, hộ chiếu hoặc giấy tờ có giá trị thay thế",
            "Bản khai lý lịch theo mẫu",
            "Phiếu lý lịch tư pháp",
            "Giấy tờ chứng minh người xin trở lại quốc tịch Việt Nam đã từng có quốc tịch Việt Nam",
        ],
        "Quyết định cho trở lại quốc tịch Việt Nam của Chủ tịch nước",
        L_QT,
        fees=(fee("Lệ phí xin trở lại quốc tịch Việt Nam", 2500000),),
        via="UBND tỉnh, Bộ Tư pháp",
        sets=3,
    ),
    proc(
        QT,
        PROVINCE,
        "Thôi quốc tịch Việt Nam ở trong nước",
        30,
        [
            "Đơn xin thôi quốc tịch Việt Nam theo mẫu",
            "Bản khai lý lịch theo mẫu",
            "Bản sao hộ chiếu Việt Nam, Giấy chứng minh nhân dân hoặc giấy tờ khác",
            "Phiếu lý lịch tư pháp",
            "Giấy tờ xác nhận việc người đó đang làm thủ tục nhập quốc tịch nước ngoài",
            "Giấy xác nhận không nợ thuế",
        ],
        "Quyết định cho thôi quốc tịch Việt Nam của Chủ tịch nước",
        L_QT,
        fees=(fee("Lệ phí xin thôi quốc tịch Việt Nam", 2500000),),
        via="UBND tỉnh, Bộ Tư pháp",
        sets=3,
    ),
    proc(
        QT,
        PROVINCE,
        "Cấp Giấy xác nhận có quốc tịch Việt Nam ở trong nước",
        20,
        ["Tờ khai theo mẫu", "Bản sao giấy tờ chứng minh có quốc tịch Việt Nam", PHOTOS],
        "Giấy xác nhận có quốc tịch Việt Nam",
        L_QT,
        fees=(fee("Lệ phí cấp Giấy xác nhận có quốc tịch Việt Nam", 100000),),
    ),
    proc(
        QT,
        PROVINCE,
        "Cấp Giấy xác nhận là người gốc Việt Nam ở trong nước",
        15,
        ["Tờ khai theo mẫu", "Bản sao giấy tờ chứng minh đã từng có quốc tịch Việt Nam", PHOTOS],
        "Giấy xác nhận là người gốc Việt Nam",
        L_QT,
        fees=(fee("Lệ phí cấp Giấy xác nhận là người gốc Việt Nam", 100000),),
        rank=1,
    ),
    proc(
        QT,
        PROVINCE,
        "Thông báo có quốc tịch nước ngoài ở trong nước",
        5,
        [
            "Tờ khai thông báo có quốc tịch nước ngoài theo mẫu",
            "Bản sao giấy tờ chứng minh đang có quốc tịch nước ngoài",
        ],
        "Văn bản ghi nhận việc thông báo có quốc tịch nước ngoài",
        L_QT,
        rank=2,
    ),
]

_LLTP = [
    proc(
        LLTP,
        PROVINCE,
        "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
        10,
        [
            "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu",
            ID_COPY,
            RESIDENCE,
            ("Văn bản ủy quyền (trường hợp ủy quyền cho người khác làm thủ tục)", "ocr"),
        ],
        "Phiếu lý lịch tư pháp số 1 hoặc số 2",
        L_LLTP,
        cases=(Case("xac-minh", "Trường hợp phải xác minh về điều kiện đương nhiên được xóa án tích", 15),),
        fees=(
            fee(
                "Phí cung cấp thông tin lý lịch tư pháp",
                200000,
                "fee",
                "Sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng/lần; miễn phí cho trẻ em, "
                "người cao tuổi, người khuyết tật, người thuộc hộ nghèo, người cư trú ở xã đặc biệt khó khăn",
            ),
        ),
        subjects="Công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
        online=4,
    ),
    proc(
        LLTP,
        PROVINCE,
        "Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng",
        10,
        ["Văn bản yêu cầu cấp Phiếu lý lịch tư pháp của cơ quan tiến hành tố tụng"],
        "Phiếu lý lịch tư pháp số 2",
        L_LLTP,
        subjects="Cơ quan tiến hành tố tụng",
        rank=1,
    ),
    proc(
        LLTP,
        PROVINCE,
        "Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội",
        10,
        ["Văn bản yêu cầu cấp Phiếu lý lịch tư pháp ghi rõ mục đích sử dụng"],
        "Phiếu lý lịch tư pháp số 1",
        L_LLTP,
        subjects="Cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội",
        rank=1,
    ),
]

_NCN_PROVINCE = [
    proc(
        NCN,
        PROVINCE,
        "Giải quyết việc người nước ngoài thường trú ở Việt Nam nhận con nuôi",
        60,
        [
            "Đơn xin nhận con nuôi theo mẫu",
            "Bản sao hộ chiếu hoặc giấy tờ có giá trị thay thế",
            "Văn bản cho phép được nhận con nuôi ở Việt Nam",
            "Bản điều tra về tâm lý, gia đình",
            "Văn bản xác nhận tình trạng sức khỏe",
            "Phiếu lý lịch tư pháp",
            "Văn bản xác nhận tình trạng hôn nhân",
        ],
        "Quyết định cho người nước ngoài nhận trẻ em Việt Nam làm con nuôi",
        L_NCN,
        unit=DAYS,
        fees=(fee("Lệ phí đăng ký nuôi con nuôi", 4500000),),
        via="UBND tỉnh",
        sets=2,
    ),
    proc(
        NCN,
        PROVINCE,
        "Giải quyết việc người nước ngoài cư trú ở nước ngoài nhận trẻ em Việt Nam làm con nuôi",
        90,
        [
            "Đơn xin nhận con nuôi theo mẫu",
            "Bản sao hộ chiếu",
            "Văn bản cho phép được nhận con nuôi ở Việt Nam của "
            "cơ quan có thẩm quyền nước nơi người nhận con nuôi thường trú",
            "Bản điều tra về tâm lý, gia đình",
            "Văn bản xác nhận tình trạng sức khỏe",
            "Văn bản xác nhận thu nhập và tài sản",
            "Phiếu lý lịch tư pháp",
        ],
        "Quyết định cho người nước ngoài nhận trẻ em Việt Nam làm con nuôi",
        L_NCN,
        unit=DAYS,
        fees=(fee("Lệ phí đăng ký nuôi con nuôi", 9000000),),
        via="UBND tỉnh",
        sets=2,
    ),
    proc(
        NCN,
        PROVINCE,
        "Ghi vào sổ đăng ký nuôi con nuôi việc nuôi con nuôi đã được giải quyết tại cơ quan có thẩm "
        "quyền của nước ngoài",
        10,
        [
            "Tờ khai ghi chú việc nuôi con nuôi theo mẫu",
            "Bản sao giấy tờ chứng nhận việc nuôi con nuôi do cơ quan "
            "có thẩm quyền nước ngoài cấp đã được hợp pháp hóa lãnh sự",
        ],
        "Trích lục ghi chú việc nuôi con nuôi",
        L_NCN,
        fees=(fee("Lệ phí ghi chú việc nuôi con nuôi", 75000),),
    ),
    proc(
        NCN,
        PROVINCE,
        "Đăng ký lại việc nuôi con nuôi có yếu tố nước ngoài",
        5,
        [
            "Tờ khai đăng ký lại việc nuôi con nuôi theo mẫu",
            "Bản sao Quyết định cho người nước ngoài nhận con nuôi (nếu có)",
        ],
        "Giấy chứng nhận nuôi con nuôi",
        L_NCN,
        rank=1,
    ),
]

_NCN_COMMUNE = [
    proc(
        NCN,
        COMMUNE,
        "Đăng ký việc nuôi con nuôi trong nước",
        30,
        [
            "Đơn xin nhận con nuôi theo mẫu",
            "Bản sao Giấy chứng minh nhân dân, Thẻ căn cước công dân hoặc Hộ chiếu của người nhận con nuôi",
            "Phiếu lý lịch tư pháp của người nhận con nuôi",
            "Văn bản xác nhận tình trạng hôn nhân của người nhận con nuôi",
            "Giấy khám sức khỏe và văn bản xác nhận hoàn cảnh gia đình, tình trạng chỗ ở, điều kiện kinh tế",
            "Giấy khai sinh, giấy khám sức khỏe và ảnh của người được nhận làm con nuôi",
        ],
        "Giấy chứng nhận nuôi con nuôi",
        L_NCN,
        code="2.001263",
        unit=DAYS,
        fees=(
            fee(
                "Lệ phí đăng ký nuôi con nuôi trong nước",
                400000,
                exemptions="Miễn lệ phí đối với cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột nhận cháu làm con "
                "nuôi; người nhận con nuôi ở xã đặc biệt khó khăn",
            ),
        ),
        presence=True,
    ),
    proc(
        NCN,
        COMMUNE,
        "Đăng ký lại việc nuôi con nuôi trong nước",
        5,
        ["Tờ khai đăng ký lại việc nuôi con nuôi theo mẫu", "Bản sao Giấy chứng nhận nuôi con nuôi trước đây (nếu có)"],
        "Giấy chứng nhận nuôi con nuôi",
        L_NCN,
        rank=1,
    ),
]

# --- Bổ trợ tư pháp (province) ----------------------------------------------------------------------

_ORG_FEE = (fee("Phí thẩm định điều kiện hành nghề, hoạt động", 500000, "fee"),)


_LS = table(
    LS,
    PROVINCE,
    L_LS,
    [
        (
            "Đăng ký hoạt động của tổ chức hành nghề luật sư",
            10,
            [
                "Giấy đề nghị đăng ký hoạt động theo mẫu",
                "Dự thảo Điều lệ của công ty luật",
                "Bản sao Chứng chỉ hành nghề luật sư và Thẻ luật sư của luật sư thành lập",
                "Giấy tờ chứng minh về trụ sở",
            ],
            "Giấy đăng ký hoạt động của tổ chức hành nghề luật sư",
            {"fees": _ORG_FEE},
        ),
        (
            "Đăng ký hoạt động của chi nhánh của tổ chức hành nghề luật sư",
            7,
            [
                "Giấy đề nghị đăng ký hoạt động của chi nhánh theo mẫu",
                "Bản sao Giấy đăng ký hoạt động của tổ chức hành nghề luật sư",
                "Quyết định thành lập chi nhánh",
                "Giấy tờ chứng minh về trụ sở của chi nhánh",
            ],
            "Giấy đăng ký hoạt động của chi nhánh",
            {"fees": _ORG_FEE},
        ),
        (
            "Thay đổi người đại diện theo pháp luật của văn phòng luật sư, công ty luật trách nhiệm hữu hạn một thành "
            "viên",
            7,
            ["Giấy đề nghị thay đổi người đại diện theo pháp luật", "Bản sao Thẻ luật sư của người đại diện mới"],
            "Giấy đăng ký hoạt động được cấp lại",
            {},
        ),
        (
            "Thay đổi nội dung đăng ký hoạt động của tổ chức hành nghề luật sư",
            10,
            ["Giấy đề nghị thay đổi nội dung đăng ký hoạt động", "Giấy tờ chứng minh nội dung thay đổi"],
            "Giấy đăng ký hoạt động được ghi nhận nội dung thay đổi",
            {"fees": (fee("Lệ phí thay đổi nội dung đăng ký hoạt động", 50000),)},
        ),
        (
            "Cấp lại Giấy đăng ký hoạt động của tổ chức hành nghề luật sư",
            5,
            ["Giấy đề nghị cấp lại Giấy đăng ký hoạt động", "Bản chính Giấy đăng ký hoạt động bị hư hỏng (nếu có)"],
            "Giấy đăng ký hoạt động được cấp lại",
            {"rank": 1},
        ),
        (
            "Đăng ký hành nghề luật sư với tư cách cá nhân",
            7,
            [
                "Giấy đề nghị đăng ký hành nghề luật sư với tư cách cá nhân theo mẫu",
                "Bản sao Thẻ luật sư",
                "Hợp đồng lao động ký với cơ quan, tổ chức",
            ],
            "Giấy đăng ký hành nghề luật sư với tư cách cá nhân",
            {},
        ),
        (
            "Đăng ký hoạt động của chi nhánh, công ty luật nước ngoài",
            10,
            [
                "Giấy đề nghị đăng ký hoạt động theo mẫu",
                "Bản sao Giấy phép thành lập do Bộ Tư pháp cấp",
                "Giấy tờ chứng minh về trụ sở",
            ],
            "Giấy đăng ký hoạt động của chi nhánh, công ty luật nước ngoài",
            {"fees": _ORG_FEE, "rank": 1},
        ),
        (
            "Thay đổi nội dung Giấy đăng ký hoạt động của chi nhánh, công ty luật nước ngoài",
            10,
            ["Giấy đề nghị thay đổi nội dung đăng ký hoạt động", "Giấy tờ chứng minh nội dung thay đổi"],
            "Giấy đăng ký hoạt động được ghi nhận nội dung thay đổi",
            {"rank": 2},
        ),
        (
            "Cấp lại Giấy đăng ký hoạt động của chi nhánh, công ty luật nước ngoài",
            5,
            ["Giấy đề nghị cấp lại Giấy đăng ký hoạt động"],
            "Giấy đăng ký hoạt động được cấp lại",
            {"rank": 3},
        ),
        (
            "Phê duyệt Đề án tổ chức Đại hội nhiệm kỳ, phương án xây dựng Ban chủ nhiệm, Hội đồng khen thưởng, kỷ luật "
            "nhiệm kỳ mới của Đoàn Luật sư",
            20,
            [
                "Văn bản đề nghị phê duyệt của Ban chủ nhiệm Đoàn Luật sư",
                "Đề án tổ chức Đại hội nhiệm kỳ",
                "Phương án xây dựng Ban chủ nhiệm, Hội đồng khen thưởng, kỷ luật",
            ],
            "Quyết định phê duyệt của Chủ tịch UBND tỉnh",
            {"via": "UBND tỉnh", "subjects": "Đoàn Luật sư tỉnh"},
        ),
        (
            "Phê chuẩn kết quả Đại hội luật sư",
            10,
            [
                "Văn bản đề nghị phê chuẩn kết quả Đại hội",
                "Biên bản Đại hội luật sư",
                "Danh sách Ban chủ nhiệm, Hội đồng khen thưởng, kỷ luật được bầu",
            ],
            "Quyết định phê chuẩn kết quả Đại hội của Chủ tịch UBND tỉnh",
            {"via": "UBND tỉnh", "subjects": "Đoàn Luật sư tỉnh"},
        ),
        (
            "Hợp nhất công ty luật",
            10,
            [
                "Giấy đề nghị đăng ký hoạt động của công ty luật hợp nhất",
                "Hợp đồng hợp nhất",
                "Dự thảo Điều lệ công ty luật hợp nhất",
                "Bản chính Giấy đăng ký hoạt động của các công ty luật bị hợp nhất",
            ],
            "Giấy đăng ký hoạt động của công ty luật hợp nhất",
            {"fees": _ORG_FEE, "since": "2019-TP"},
        ),
        (
            "Sáp nhập công ty luật",
            10,
            [
                "Giấy đề nghị thay đổi nội dung đăng ký hoạt động của công ty luật nhận sáp nhập",
                "Hợp đồng sáp nhập",
                "Bản chính Giấy đăng ký hoạt động của công ty luật bị sáp nhập",
            ],
            "Giấy đăng ký hoạt động của công ty luật nhận sáp nhập",
            {"fees": _ORG_FEE, "since": "2019-TP"},
        ),
        (
            "Chuyển đổi công ty luật trách nhiệm hữu hạn và công ty luật hợp danh",
            10,
            [
                "Giấy đề nghị đăng ký hoạt động của công ty luật chuyển đổi",
                "Dự thảo Điều lệ công ty luật chuyển đổi",
                "Bản chính Giấy đăng ký hoạt động của công ty luật được chuyển đổi",
            ],
            "Giấy đăng ký hoạt động của công ty luật chuyển đổi",
            {"fees": _ORG_FEE, "since": "2019-TP"},
        ),
        (
            "Chuyển đổi văn phòng luật sư thành công ty luật",
            10,
            [
                "Giấy đề nghị chuyển đổi theo mẫu",
                "Dự thảo Điều lệ công ty luật",
                "Bản chính Giấy đăng ký hoạt động của văn phòng luật sư",
            ],
            "Giấy đăng ký hoạt động của công ty luật",
            {"fees": _ORG_FEE, "since": "2019-TP"},
        ),
    ],
    subjects="Luật sư, tổ chức hành nghề luật sư",
    online=3,
)

_CC_ACTS = table(
    CC,
    PROVINCE,
    L_CC,
    [
        (
            "Công chứng hợp đồng, giao dịch đã được soạn thảo sẵn",
            2,
            [
                "Phiếu yêu cầu công chứng",
                "Dự thảo hợp đồng, giao dịch",
                ID_COPY,
                "Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản",
            ],
            "Hợp đồng, giao dịch được công chứng",
            {},
        ),
        (
            "Công chứng hợp đồng, giao dịch do công chứng viên soạn thảo theo đề nghị của người yêu cầu công chứng",
            2,
            ["Phiếu yêu cầu công chứng", ID_COPY, "Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản"],
            "Hợp đồng, giao dịch được công chứng",
            {},
        ),
        (
            "Công chứng việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
            2,
            ["Phiếu yêu cầu công chứng", "Dự thảo hợp đồng sửa đổi, bổ sung", "Hợp đồng, giao dịch đã được công chứng"],
            "Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch được công chứng",
            {},
        ),
        (
            "Công chứng di chúc",
            2,
            ["Phiếu yêu cầu công chứng", "Dự thảo di chúc (nếu có)", ID_COPY],
            "Di chúc được công chứng",
            {},
        ),
        (
            "Công chứng văn bản thỏa thuận phân chia di sản",
            2,
            [
                "Phiếu yêu cầu công chứng",
                "Bản sao giấy chứng tử của người để lại di sản",
                "Bản sao giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản của người để lại di sản",
            ],
            "Văn bản thỏa thuận phân chia di sản được công chứng",
            {},
        ),
        (
            "Công chứng văn bản khai nhận di sản",
            2,
            [
                "Phiếu yêu cầu công chứng",
                "Bản sao giấy chứng tử của người để lại di sản",
                "Bản sao giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản",
            ],
            "Văn bản khai nhận di sản được công chứng",
            {},
        ),
        (
            "Công chứng văn bản từ chối nhận di sản",
            2,
            ["Phiếu yêu cầu công chứng", "Dự thảo văn bản từ chối nhận di sản"],
            "Văn bản từ chối nhận di sản được công chứng",
            {"rank": 1},
        ),
        (
            "Công chứng bản dịch",
            2,
            ["Phiếu yêu cầu công chứng", "Bản chính giấy tờ, văn bản cần dịch"],
            "Bản dịch được công chứng",
            {},
        ),
        ("Nhận lưu giữ di chúc", 1, ["Di chúc được niêm phong", ID_SHOWN], "Giấy nhận lưu giữ di chúc", {"rank": 2}),
        (
            "Cấp bản sao văn bản công chứng",
            1,
            ["Văn bản yêu cầu cấp bản sao", ID_SHOWN],
            "Bản sao văn bản công chứng",
            {},
        ),
    ],
    fees=(
        fee(
            "Phí công chứng",
            50000,
            "fee",
            "Theo giá trị tài sản hoặc giá trị hợp đồng, giao dịch; mức tại Thông tư số 257/2016/TT-BTC",
        ),
    ),
    subjects="Cá nhân, tổ chức",
    presence=True,
    cases=(Case("phuc-tap", "Hợp đồng, giao dịch có nội dung phức tạp", 10),),
)

_CC_ORG = table(
    CC,
    PROVINCE,
    L_CC,
    [
        (
            "Đăng ký tập sự hành nghề công chứng",
            7,
            [
                "Giấy đề nghị đăng ký tập sự theo mẫu",
                "Bản sao Giấy chứng nhận tốt nghiệp khóa đào tạo nghề công chứng",
                "Giấy xác nhận về việc tập sự của tổ chức hành nghề công chứng",
            ],
            "Quyết định đăng ký tập sự hành nghề công chứng",
            {},
        ),
        (
            "Thay đổi nơi tập sự hành nghề công chứng",
            7,
            [
                "Giấy đề nghị thay đổi nơi tập sự",
                "Giấy xác nhận về việc tập sự của tổ chức hành nghề công chứng nhận tập sự",
            ],
            "Quyết định thay đổi nơi tập sự",
            {"rank": 1},
        ),
        (
            "Chấm dứt tập sự hành nghề công chứng",
            5,
            ["Giấy đề nghị chấm dứt tập sự"],
            "Quyết định chấm dứt tập sự",
            {"rank": 2},
        ),
        (
            "Đăng ký hành nghề và cấp Thẻ công chứng viên",
            10,
            [
                "Giấy đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên theo mẫu",
                "Bản sao Quyết định bổ nhiệm công chứng viên",
                PHOTOS,
            ],
            "Thẻ công chứng viên",
            {"fees": (fee("Phí thẩm định cấp Thẻ công chứng viên", 100000, "fee"),)},
        ),
        (
            "Cấp lại Thẻ công chứng viên",
            5,
            ["Giấy đề nghị cấp lại Thẻ công chứng viên", PHOTOS],
            "Thẻ công chứng viên",
            {"spot": True},
        ),
        (
            "Thành lập Văn phòng công chứng",
            20,
            [
                "Đơn đề nghị thành lập Văn phòng công chứng",
                "Đề án thành lập Văn phòng công chứng",
                "Bản sao Quyết định bổ nhiệm công chứng viên",
            ],
            "Quyết định cho phép thành lập Văn phòng công chứng của UBND tỉnh",
            {
                "via": "UBND tỉnh",
                "fees": (fee("Phí thẩm định điều kiện hoạt động Văn phòng công chứng", 1000000, "fee"),),
            },
        ),
        (
            "Đăng ký hoạt động Văn phòng công chứng",
            10,
            [
                "Đơn đăng ký hoạt động theo mẫu",
                "Giấy tờ chứng minh về trụ sở",
                "Hồ sơ đề nghị đăng ký hành nghề của công chứng viên",
            ],
            "Giấy đăng ký hoạt động của Văn phòng công chứng",
            {},
        ),
        (
            "Thay đổi nội dung đăng ký hoạt động của Văn phòng công chứng",
            5,
            ["Đơn đề nghị thay đổi nội dung đăng ký hoạt động", "Giấy tờ chứng minh nội dung thay đổi"],
            "Giấy đăng ký hoạt động được cấp lại",
            {},
        ),
        (
            "Cấp lại Giấy đăng ký hoạt động của Văn phòng công chứng",
            5,
            ["Đơn đề nghị cấp lại"],
            "Giấy đăng ký hoạt động được cấp lại",
            {"rank": 1},
        ),
        (
            "Hợp nhất Văn phòng công chứng",
            20,
            ["Đơn đề nghị hợp nhất", "Hợp đồng hợp nhất", "Đề án hoạt động của Văn phòng công chứng hợp nhất"],
            "Quyết định cho phép hợp nhất của UBND tỉnh",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Sáp nhập Văn phòng công chứng",
            20,
            ["Đơn đề nghị sáp nhập", "Hợp đồng sáp nhập", "Phương án giải quyết việc lưu trữ hồ sơ công chứng"],
            "Quyết định cho phép sáp nhập của UBND tỉnh",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Chuyển nhượng Văn phòng công chứng",
            20,
            [
                "Đơn đề nghị chuyển nhượng",
                "Hợp đồng chuyển nhượng Văn phòng công chứng",
                "Bản sao Quyết định bổ nhiệm công chứng viên nhận chuyển nhượng",
            ],
            "Quyết định cho phép chuyển nhượng của UBND tỉnh",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Chuyển đổi Văn phòng công chứng do một công chứng viên thành lập",
            20,
            ["Đơn đề nghị chuyển đổi", "Đề án chuyển đổi"],
            "Quyết định cho phép chuyển đổi của UBND tỉnh",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Thành lập Hội công chứng viên",
            30,
            ["Đơn đề nghị thành lập Hội", "Dự thảo Điều lệ Hội", "Danh sách thành viên Ban vận động"],
            "Quyết định cho phép thành lập Hội công chứng viên của Chủ tịch UBND tỉnh",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Tạm ngừng hoạt động Văn phòng công chứng",
            5,
            ["Văn bản đề nghị tạm ngừng hoạt động"],
            "Văn bản chấp thuận tạm ngừng hoạt động",
            {"rank": 2},
        ),
        (
            "Chấm dứt hoạt động Văn phòng công chứng (trường hợp tự chấm dứt)",
            20,
            ["Đơn đề nghị chấm dứt hoạt động", "Phương án giải quyết hợp đồng lao động và lưu trữ hồ sơ công chứng"],
            "Quyết định thu hồi quyết định cho phép thành lập của UBND tỉnh",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Đăng ký hoạt động Văn phòng công chứng hợp nhất",
            10,
            ["Đơn đăng ký hoạt động theo mẫu", "Quyết định cho phép hợp nhất"],
            "Giấy đăng ký hoạt động của Văn phòng công chứng hợp nhất",
            {"rank": 2},
        ),
        (
            "Đăng ký hoạt động Văn phòng công chứng nhận sáp nhập",
            10,
            ["Đơn đăng ký hoạt động theo mẫu", "Quyết định cho phép sáp nhập"],
            "Giấy đăng ký hoạt động",
            {"rank": 2},
        ),
        (
            "Thay đổi nội dung đăng ký hoạt động của Văn phòng công chứng nhận chuyển nhượng",
            10,
            ["Đơn đề nghị thay đổi nội dung đăng ký hoạt động", "Quyết định cho phép chuyển nhượng"],
            "Giấy đăng ký hoạt động",
            {"rank": 2},
        ),
        (
            "Đăng ký hoạt động Văn phòng công chứng được chuyển đổi từ Văn phòng công chứng do một công chứng viên "
            "thành lập",
            10,
            ["Đơn đăng ký hoạt động theo mẫu", "Quyết định cho phép chuyển đổi"],
            "Giấy đăng ký hoạt động",
            {"rank": 3},
        ),
        (
            "Đăng ký tập sự lại hành nghề công chứng sau khi chấm dứt tập sự hành nghề công chứng",
            7,
            ["Giấy đề nghị đăng ký tập sự lại theo mẫu"],
            "Quyết định đăng ký tập sự",
            {"rank": 2},
        ),
        (
            "Đăng ký tham dự kiểm tra kết quả tập sự hành nghề công chứng",
            10,
            ["Giấy đề nghị tham dự kiểm tra", "Báo cáo kết quả tập sự"],
            "Danh sách người đủ điều kiện tham dự kiểm tra",
            {"rank": 1},
        ),
        (
            "Chấm dứt hoạt động Văn phòng công chứng (trường hợp bị thu hồi Quyết định cho phép thành lập)",
            20,
            ["Quyết định thu hồi", "Phương án giải quyết hồ sơ công chứng"],
            "Quyết định chấm dứt hoạt động",
            {"via": "UBND tỉnh", "rank": 3},
        ),
        (
            "Xóa đăng ký hành nghề và thu hồi Thẻ công chứng viên trường hợp công chứng viên không còn hành nghề tại "
            "tổ chức hành nghề công chứng",
            7,
            ["Văn bản đề nghị của tổ chức hành nghề công chứng", "Thẻ công chứng viên"],
            "Quyết định xóa đăng ký hành nghề",
            {"rank": 1},
        ),
    ],
    subjects="Công chứng viên, tổ chức hành nghề công chứng",
)

_DG = table(
    DG,
    PROVINCE,
    L_DG,
    [
        (
            "Đăng ký hoạt động của doanh nghiệp đấu giá tài sản",
            7,
            [
                "Đơn đề nghị đăng ký hoạt động theo mẫu",
                "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
                "Bản sao Chứng chỉ hành nghề đấu giá của đấu giá viên",
            ],
            "Giấy đăng ký hoạt động của doanh nghiệp đấu giá tài sản",
            {"fees": _ORG_FEE},
        ),
        (
            "Đăng ký thay đổi nội dung đăng ký hoạt động của doanh nghiệp đấu giá tài sản",
            7,
            ["Đơn đề nghị thay đổi nội dung theo mẫu", "Giấy tờ chứng minh nội dung thay đổi"],
            "Giấy đăng ký hoạt động được cấp lại",
            {},
        ),
        (
            "Cấp lại Giấy đăng ký hoạt động của doanh nghiệp đấu giá tài sản",
            5,
            ["Đơn đề nghị cấp lại theo mẫu"],
            "Giấy đăng ký hoạt động được cấp lại",
            {"spot": True},
        ),
        (
            "Đăng ký hoạt động của chi nhánh doanh nghiệp đấu giá tài sản",
            7,
            ["Đơn đề nghị đăng ký hoạt động của chi nhánh", "Quyết định thành lập chi nhánh"],
            "Giấy đăng ký hoạt động của chi nhánh",
            {},
        ),
        (
            "Phê duyệt đủ điều kiện thực hiện hình thức đấu giá trực tuyến",
            30,
            [
                "Văn bản đề nghị phê duyệt",
                "Đề án thực hiện hình thức đấu giá trực tuyến",
                "Tài liệu chứng minh đáp ứng điều kiện về cơ sở vật chất, kỹ thuật",
            ],
            "Quyết định phê duyệt của UBND tỉnh",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Cấp Thẻ đấu giá viên",
            5,
            ["Đơn đề nghị cấp Thẻ đấu giá viên theo mẫu", "Bản sao Chứng chỉ hành nghề đấu giá", PHOTOS],
            "Thẻ đấu giá viên",
            {"subjects": "Đấu giá viên"},
        ),
        (
            "Cấp lại Thẻ đấu giá viên",
            5,
            ["Đơn đề nghị cấp lại Thẻ đấu giá viên theo mẫu", PHOTOS],
            "Thẻ đấu giá viên",
            {"subjects": "Đấu giá viên", "rank": 1},
        ),
        (
            "Đăng ký hoạt động của doanh nghiệp đấu giá tài sản được chuyển đổi từ doanh nghiệp đấu giá tài sản được "
            "thành lập trước ngày Luật Đấu giá tài sản có hiệu lực",
            7,
            ["Đơn đề nghị đăng ký hoạt động theo mẫu", "Bản sao Giấy chứng nhận đăng ký doanh nghiệp"],
            "Giấy đăng ký hoạt động",
            {"rank": 3},
        ),
        (
            "Đăng ký tham gia tập sự hành nghề đấu giá",
            7,
            ["Giấy đề nghị đăng ký tập sự", "Bản sao Giấy chứng nhận tốt nghiệp đào tạo nghề đấu giá"],
            "Văn bản ghi tên vào danh sách người tập sự hành nghề đấu giá",
            {},
        ),
        (
            "Đăng ký lại việc tập sự hành nghề đấu giá",
            7,
            ["Giấy đề nghị đăng ký lại tập sự"],
            "Văn bản ghi tên vào danh sách người tập sự hành nghề đấu giá",
            {"rank": 2},
        ),
        (
            "Thay đổi nơi tập sự hành nghề đấu giá",
            7,
            ["Giấy đề nghị thay đổi nơi tập sự"],
            "Văn bản chấp thuận thay đổi nơi tập sự",
            {"rank": 2},
        ),
    ],
    subjects="Doanh nghiệp đấu giá tài sản, đấu giá viên",
)

_GD = table(
    GD,
    PROVINCE,
    L_GD,
    [
        (
            "Bổ nhiệm giám định viên tư pháp",
            20,
            [
                "Văn bản đề nghị bổ nhiệm",
                "Bản sao bằng tốt nghiệp đại học",
                "Sơ yếu lý lịch và Phiếu lý lịch tư pháp",
                "Văn bản xác nhận thời gian thực tế hoạt động chuyên môn",
            ],
            "Quyết định bổ nhiệm giám định viên tư pháp",
            {"via": "UBND tỉnh"},
        ),
        (
            "Miễn nhiệm giám định viên tư pháp",
            20,
            ["Văn bản đề nghị miễn nhiệm", "Văn bản, giấy tờ chứng minh lý do miễn nhiệm"],
            "Quyết định miễn nhiệm giám định viên tư pháp",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Cấp phép thành lập Văn phòng giám định tư pháp",
            30,
            [
                "Đơn đề nghị thành lập theo mẫu",
                "Đề án thành lập Văn phòng giám định tư pháp",
                "Bản sao Quyết định bổ nhiệm giám định viên tư pháp",
            ],
            "Quyết định cho phép thành lập Văn phòng giám định tư pháp",
            {"via": "UBND tỉnh"},
        ),
        (
            "Đăng ký hoạt động Văn phòng giám định tư pháp",
            10,
            ["Đơn đăng ký hoạt động", "Giấy tờ chứng minh về trụ sở và trang thiết bị"],
            "Giấy đăng ký hoạt động của Văn phòng giám định tư pháp",
            {},
        ),
        (
            "Thay đổi, bổ sung lĩnh vực giám định của Văn phòng giám định tư pháp",
            20,
            ["Đơn đề nghị thay đổi, bổ sung lĩnh vực giám định", "Giấy tờ chứng minh đáp ứng điều kiện"],
            "Quyết định cho phép thay đổi, bổ sung lĩnh vực giám định",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Chuyển đổi loại hình Văn phòng giám định tư pháp",
            20,
            ["Đơn đề nghị chuyển đổi", "Đề án chuyển đổi"],
            "Quyết định cho phép chuyển đổi loại hình",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Cấp lại Giấy đăng ký hoạt động của Văn phòng giám định tư pháp",
            5,
            ["Đơn đề nghị cấp lại"],
            "Giấy đăng ký hoạt động được cấp lại",
            {"rank": 1},
        ),
        (
            "Thay đổi tên gọi, trụ sở, người đại diện theo pháp luật của Văn phòng giám định tư pháp",
            7,
            ["Đơn đề nghị thay đổi", "Giấy tờ chứng minh nội dung thay đổi"],
            "Giấy đăng ký hoạt động được cấp lại",
            {"rank": 1},
        ),
    ],
    subjects="Cá nhân, tổ chức giám định tư pháp",
)

_TT = table(
    TT,
    PROVINCE,
    L_TT,
    [
        (
            "Đăng ký hoạt động Trung tâm trọng tài",
            15,
            [
                "Đơn đăng ký hoạt động theo mẫu",
                "Bản sao Giấy phép thành lập và Điều lệ của Trung tâm trọng tài",
                "Giấy tờ chứng minh trụ sở",
            ],
            "Giấy đăng ký hoạt động của Trung tâm trọng tài",
            {},
        ),
        (
            "Thay đổi nội dung Giấy đăng ký hoạt động của Trung tâm trọng tài",
            7,
            ["Đơn đề nghị thay đổi", "Giấy tờ chứng minh nội dung thay đổi"],
            "Giấy đăng ký hoạt động được ghi nhận thay đổi",
            {"rank": 1},
        ),
        (
            "Đăng ký hoạt động Chi nhánh Trung tâm trọng tài",
            15,
            ["Đơn đăng ký hoạt động của chi nhánh", "Quyết định thành lập chi nhánh"],
            "Giấy đăng ký hoạt động của chi nhánh",
            {},
        ),
        (
            "Đăng ký hoạt động của Chi nhánh tổ chức trọng tài nước ngoài tại Việt Nam",
            15,
            ["Đơn đăng ký hoạt động", "Bản sao Giấy phép thành lập chi nhánh do Bộ Tư pháp cấp"],
            "Giấy đăng ký hoạt động của Chi nhánh",
            {"rank": 2},
        ),
        (
            "Thông báo thay đổi danh sách trọng tài viên của Trung tâm trọng tài",
            5,
            ["Văn bản thông báo kèm danh sách trọng tài viên"],
            "Văn bản ghi nhận việc thay đổi danh sách trọng tài viên",
            {"rank": 2},
        ),
        (
            "Thông báo về việc thành lập Văn phòng đại diện của Trung tâm trọng tài",
            5,
            ["Văn bản thông báo", "Quyết định thành lập Văn phòng đại diện"],
            "Văn bản ghi nhận việc thành lập Văn phòng đại diện",
            {"rank": 2},
        ),
        (
            "Thay đổi địa điểm đặt trụ sở của Trung tâm trọng tài từ tỉnh, thành phố trực thuộc Trung ương này sang "
            "tỉnh, thành phố trực thuộc Trung ương khác",
            15,
            ["Đơn đề nghị thay đổi địa điểm trụ sở", "Giấy tờ chứng minh trụ sở mới"],
            "Giấy đăng ký hoạt động mới",
            {"rank": 3},
        ),
    ],
    subjects="Trung tâm trọng tài, tổ chức trọng tài nước ngoài",
)

_HGTM = table(
    HGTM,
    PROVINCE,
    L_HGTM,
    [
        (
            "Đăng ký làm hòa giải viên thương mại vụ việc",
            7,
            ["Giấy đề nghị đăng ký theo mẫu", "Bản sao bằng tốt nghiệp đại học", "Phiếu lý lịch tư pháp"],
            "Quyết định công bố danh sách hòa giải viên thương mại vụ việc",
            {},
        ),
        (
            "Đăng ký hoạt động Trung tâm hòa giải thương mại",
            15,
            ["Đơn đăng ký hoạt động", "Bản sao Giấy phép thành lập Trung tâm hòa giải thương mại"],
            "Giấy đăng ký hoạt động của Trung tâm hòa giải thương mại",
            {},
        ),
        (
            "Thay đổi tên gọi trong Giấy đăng ký hoạt động của Trung tâm hòa giải thương mại",
            10,
            ["Đơn đề nghị thay đổi tên gọi"],
            "Giấy đăng ký hoạt động được cấp lại",
            {"rank": 2},
        ),
        (
            "Đăng ký hoạt động của Chi nhánh Trung tâm hòa giải thương mại",
            15,
            ["Đơn đăng ký hoạt động của chi nhánh", "Quyết định thành lập chi nhánh"],
            "Giấy đăng ký hoạt động của chi nhánh",
            {"rank": 1},
        ),
        (
            "Đăng ký hoạt động của Chi nhánh tổ chức hòa giải thương mại nước ngoài tại Việt Nam",
            15,
            ["Đơn đăng ký hoạt động", "Bản sao Giấy phép thành lập chi nhánh do Bộ Tư pháp cấp"],
            "Giấy đăng ký hoạt động của Chi nhánh",
            {"rank": 3},
        ),
    ],
    subjects="Hòa giải viên, tổ chức hòa giải thương mại",
)

_QTV = table(
    QTV,
    PROVINCE,
    L_QTV,
    [
        (
            "Đăng ký hành nghề quản lý, thanh lý tài sản với tư cách cá nhân",
            5,
            ["Giấy đề nghị đăng ký hành nghề theo mẫu", "Bản sao Chứng chỉ hành nghề Quản tài viên"],
            "Văn bản ghi nhận đăng ký hành nghề và đưa vào danh sách Quản tài viên",
            {},
        ),
        (
            "Thay đổi thông tin đăng ký hành nghề của Quản tài viên",
            5,
            ["Văn bản thông báo thay đổi thông tin"],
            "Văn bản ghi nhận thay đổi thông tin",
            {"rank": 2},
        ),
        (
            "Đăng ký hành nghề quản lý, thanh lý tài sản đối với doanh nghiệp quản lý, thanh lý tài sản",
            5,
            [
                "Giấy đề nghị đăng ký hành nghề",
                "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
                "Bản sao Chứng chỉ hành nghề Quản tài viên của thành viên",
            ],
            "Văn bản ghi nhận đăng ký hành nghề",
            {},
        ),
        (
            "Thay đổi thành viên hợp danh của công ty hợp danh hoặc thay đổi chủ doanh nghiệp tư nhân của doanh "
            "nghiệp quản lý, thanh lý tài sản",
            5,
            ["Văn bản thông báo thay đổi", "Giấy tờ chứng minh nội dung thay đổi"],
            "Văn bản ghi nhận thay đổi",
            {"rank": 3},
        ),
    ],
    subjects="Quản tài viên, doanh nghiệp quản lý, thanh lý tài sản",
)

_TVPL = table(
    TVPL,
    PROVINCE,
    L_TVPL,
    [
        (
            "Đăng ký hoạt động của Trung tâm tư vấn pháp luật",
            10,
            [
                "Giấy đề nghị đăng ký hoạt động theo mẫu",
                "Quyết định thành lập Trung tâm tư vấn pháp luật",
                "Danh sách tư vấn viên pháp luật, luật sư",
            ],
            "Giấy đăng ký hoạt động của Trung tâm tư vấn pháp luật",
            {},
        ),
        (
            "Thay đổi nội dung đăng ký hoạt động của Trung tâm tư vấn pháp luật",
            10,
            ["Giấy đề nghị thay đổi", "Giấy tờ chứng minh nội dung thay đổi"],
            "Giấy đăng ký hoạt động được cấp lại",
            {"rank": 1},
        ),
        (
            "Cấp thẻ tư vấn viên pháp luật",
            7,
            [
                "Giấy đề nghị cấp thẻ tư vấn viên pháp luật theo mẫu",
                "Bản sao bằng cử nhân luật",
                "Giấy tờ chứng minh thời gian công tác pháp luật",
                PHOTOS,
            ],
            "Thẻ tư vấn viên pháp luật",
            {},
        ),
        (
            "Cấp lại thẻ tư vấn viên pháp luật",
            5,
            ["Giấy đề nghị cấp lại thẻ", PHOTOS],
            "Thẻ tư vấn viên pháp luật",
            {"spot": True},
        ),
        (
            "Đăng ký hoạt động của chi nhánh Trung tâm tư vấn pháp luật",
            10,
            ["Giấy đề nghị đăng ký hoạt động của chi nhánh", "Quyết định thành lập chi nhánh"],
            "Giấy đăng ký hoạt động của chi nhánh",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức chính trị - xã hội, tổ chức xã hội - nghề nghiệp",
)

_TGPL = table(
    TGPL,
    PROVINCE,
    L_TGPL,
    [
        (
            "Yêu cầu trợ giúp pháp lý",
            2,
            [
                "Đơn yêu cầu trợ giúp pháp lý theo mẫu",
                "Giấy tờ chứng minh là người được trợ giúp pháp lý",
                "Các giấy tờ, tài liệu có liên quan đến vụ việc",
            ],
            "Văn bản thụ lý và cử người thực hiện trợ giúp pháp lý",
            {"subjects": "Người được trợ giúp pháp lý", "spot": True, "online": 3},
        ),
        (
            "Lựa chọn, ký hợp đồng với tổ chức hành nghề luật sư, tổ chức tư vấn pháp luật",
            30,
            [
                "Hồ sơ tham gia lựa chọn theo thông báo của Sở Tư pháp",
                "Danh sách luật sư, tư vấn viên pháp luật dự kiến thực hiện trợ giúp pháp lý",
            ],
            "Hợp đồng thực hiện trợ giúp pháp lý",
            {"rank": 1},
        ),
        (
            "Lựa chọn, ký hợp đồng với luật sư",
            30,
            ["Hồ sơ đăng ký tham gia", "Bản sao Thẻ luật sư"],
            "Hợp đồng thực hiện trợ giúp pháp lý",
            {"rank": 2},
        ),
        (
            "Đăng ký tham gia trợ giúp pháp lý",
            7,
            ["Văn bản đăng ký tham gia trợ giúp pháp lý", "Danh sách người thực hiện trợ giúp pháp lý của tổ chức"],
            "Văn bản chấp thuận đăng ký tham gia trợ giúp pháp lý",
            {},
        ),
        (
            "Chấm dứt tham gia trợ giúp pháp lý",
            5,
            ["Văn bản đề nghị chấm dứt tham gia trợ giúp pháp lý"],
            "Văn bản ghi nhận chấm dứt tham gia",
            {"rank": 2},
        ),
        (
            "Thay đổi người thực hiện trợ giúp pháp lý",
            3,
            ["Đơn đề nghị thay đổi người thực hiện trợ giúp pháp lý"],
            "Văn bản cử người thực hiện trợ giúp pháp lý khác",
            {"rank": 1},
        ),
        (
            "Giải quyết khiếu nại về trợ giúp pháp lý",
            10,
            ["Đơn khiếu nại", "Tài liệu, chứng cứ liên quan"],
            "Quyết định giải quyết khiếu nại",
            {"rank": 1},
        ),
        (
            "Cấp lại thẻ cộng tác viên trợ giúp pháp lý",
            5,
            ["Đơn đề nghị cấp lại thẻ", PHOTOS],
            "Thẻ cộng tác viên trợ giúp pháp lý",
            {"rank": 3},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_BT = [
    proc(
        BT,
        level,
        "Giải quyết yêu cầu bồi thường tại cơ quan trực tiếp quản lý người thi hành công vụ gây thiệt hại",
        60,
        [
            "Văn bản yêu cầu bồi thường",
            "Văn bản làm căn cứ yêu cầu bồi thường",
            "Tài liệu, chứng cứ chứng minh thiệt hại",
            ID_COPY,
        ],
        "Quyết định giải quyết bồi thường",
        L_BT,
        unit=DAYS,
        subjects="Cá nhân, tổ chức bị thiệt hại",
    )
    for level in (PROVINCE, DISTRICT, COMMUNE)
] + [
    proc(
        BT,
        PROVINCE,
        "Phục hồi danh dự",
        15,
        ["Văn bản yêu cầu phục hồi danh dự", "Bản án, quyết định làm căn cứ yêu cầu phục hồi danh dự"],
        "Văn bản tổ chức xin lỗi, cải chính công khai",
        L_BT,
        subjects="Người bị thiệt hại",
        rank=1,
    ),
    proc(
        BT,
        PROVINCE,
        "Xác định cơ quan giải quyết bồi thường",
        5,
        ["Văn bản đề nghị xác định cơ quan giải quyết bồi thường"],
        "Văn bản xác định cơ quan giải quyết bồi thường",
        L_BT,
        rank=2,
    ),
    proc(
        BT,
        DISTRICT,
        "Phục hồi danh dự",
        15,
        ["Văn bản yêu cầu phục hồi danh dự", "Bản án, quyết định làm căn cứ yêu cầu phục hồi danh dự"],
        "Văn bản tổ chức xin lỗi, cải chính công khai",
        L_BT,
        subjects="Người bị thiệt hại",
        rank=1,
    ),
]

_PBGD = [
    proc(
        PBGD,
        PROVINCE,
        "Công nhận báo cáo viên pháp luật cấp tỉnh",
        10,
        [
            "Văn bản đề nghị công nhận báo cáo viên pháp luật của cơ quan, tổ chức",
            "Danh sách trích ngang người được đề nghị",
        ],
        "Quyết định công nhận báo cáo viên pháp luật",
        L_PBGD,
        subjects="Cơ quan, tổ chức",
    ),
    proc(
        PBGD,
        PROVINCE,
        "Miễn nhiệm báo cáo viên pháp luật cấp tỉnh",
        10,
        ["Văn bản đề nghị miễn nhiệm"],
        "Quyết định miễn nhiệm báo cáo viên pháp luật",
        L_PBGD,
        subjects="Cơ quan, tổ chức",
        rank=1,
    ),
    proc(
        PBGD,
        DISTRICT,
        "Công nhận báo cáo viên pháp luật cấp huyện",
        10,
        ["Văn bản đề nghị công nhận báo cáo viên pháp luật", "Danh sách trích ngang người được đề nghị"],
        "Quyết định công nhận báo cáo viên pháp luật",
        L_PBGD,
        subjects="Cơ quan, tổ chức",
    ),
    proc(
        PBGD,
        DISTRICT,
        "Miễn nhiệm báo cáo viên pháp luật cấp huyện",
        10,
        ["Văn bản đề nghị miễn nhiệm"],
        "Quyết định miễn nhiệm báo cáo viên pháp luật",
        L_PBGD,
        subjects="Cơ quan, tổ chức",
        rank=1,
    ),
    proc(
        PBGD,
        COMMUNE,
        "Công nhận tuyên truyền viên pháp luật",
        5,
        ["Văn bản đề nghị công nhận tuyên truyền viên pháp luật", "Danh sách người được đề nghị"],
        "Quyết định công nhận tuyên truyền viên pháp luật",
        L_PBGD,
        subjects="Cá nhân",
    ),
    proc(
        PBGD,
        COMMUNE,
        "Cho thôi làm tuyên truyền viên pháp luật",
        5,
        ["Văn bản đề nghị cho thôi"],
        "Quyết định cho thôi làm tuyên truyền viên pháp luật",
        L_PBGD,
        subjects="Cá nhân",
        rank=1,
    ),
    proc(
        PBGD,
        COMMUNE,
        "Công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật",
        15,
        ["Báo cáo đánh giá kết quả thực hiện tiêu chí tiếp cận pháp luật", "Bảng điểm tự đánh giá"],
        "Quyết định công nhận của Chủ tịch UBND cấp huyện",
        L_PBGD,
        subjects="UBND cấp xã",
        via="UBND cấp huyện",
    ),
]

_HG = [
    proc(
        HG,
        COMMUNE,
        "Công nhận hòa giải viên",
        3,
        ["Danh sách người được đề xuất công nhận hòa giải viên", "Biên bản kết quả bầu hòa giải viên"],
        "Quyết định công nhận hòa giải viên",
        L_HG,
        subjects="Cá nhân",
    ),
    proc(
        HG,
        COMMUNE,
        "Công nhận tổ trưởng tổ hòa giải",
        3,
        ["Văn bản đề nghị của Trưởng ban công tác Mặt trận", "Biên bản bầu tổ trưởng tổ hòa giải"],
        "Quyết định công nhận tổ trưởng tổ hòa giải",
        L_HG,
        code="2.000950",
        subjects="Cá nhân",
    ),
    proc(
        HG,
        COMMUNE,
        "Thôi làm hòa giải viên",
        3,
        [
            "Văn bản đề nghị thôi làm hòa giải viên",
            "Tài liệu chứng minh hòa giải viên thuộc trường hợp thôi làm hòa giải viên",
        ],
        "Quyết định thôi làm hòa giải viên",
        L_HG,
        code="2.000930",
        subjects="Cá nhân",
    ),
    proc(
        HG,
        COMMUNE,
        "Bầu hòa giải viên, tổ trưởng tổ hòa giải ở thôn, tổ dân phố",
        5,
        ["Danh sách người được đề xuất", "Biên bản cuộc họp bầu"],
        "Biên bản kết quả bầu",
        L_HG,
        subjects="Thôn, tổ dân phố",
        rank=1,
    ),
    proc(
        HG,
        COMMUNE,
        "Thanh toán thù lao cho hòa giải viên",
        5,
        ["Giấy đề nghị thanh toán thù lao theo mẫu", "Văn bản xác nhận của tổ trưởng tổ hòa giải"],
        "Quyết định thanh toán thù lao cho hòa giải viên",
        L_HG,
        subjects="Hòa giải viên",
    ),
    proc(
        HG,
        COMMUNE,
        "Hỗ trợ chi phí cho hòa giải viên gặp tai nạn hoặc rủi ro ảnh hưởng đến sức khỏe, tính mạng "
        "trong khi thực hiện hoạt động hòa giải",
        5,
        ["Giấy đề nghị hỗ trợ theo mẫu", "Giấy tờ chứng minh thiệt hại về sức khỏe, tính mạng", MANDATE],
        "Quyết định hỗ trợ chi phí",
        L_HG,
        subjects="Hòa giải viên, thân nhân hòa giải viên",
        rank=1,
    ),
]

TEMPLATES = (
    _COMMUNE_HT
    + _DISTRICT_HT
    + _PROVINCE_HT
    + _CT_DISTRICT
    + _CT_COMMUNE
    + _QT
    + _LLTP
    + _NCN_PROVINCE
    + _NCN_COMMUNE
    + _LS
    + _CC_ACTS
    + _CC_ORG
    + _DG
    + _GD
    + _TT
    + _HGTM
    + _QTV
    + _TVPL
    + _TGPL
    + _BT
    + _PBGD
    + _HG
)

# Added to fill the 2018 catalogue.
TEMPLATES += (
    table(
        TGPL,
        PROVINCE,
        L_TGPL,
        [
            (
                "Cấp thẻ cộng tác viên trợ giúp pháp lý",
                5,
                [
                    "Văn bản đề nghị cấp thẻ của Trung tâm Trợ giúp pháp lý nhà nước",
                    ("Bản sao hợp đồng cộng tác viên trợ giúp pháp lý đã ký kết", "c"),
                    PHOTOS,
                ],
                "Thẻ cộng tác viên trợ giúp pháp lý",
                {"rank": 1, "subjects": "Cộng tác viên trợ giúp pháp lý"},
            ),
            (
                "Thu hồi thẻ cộng tác viên trợ giúp pháp lý",
                5,
                [
                    "Văn bản đề nghị thu hồi thẻ của Trung tâm Trợ giúp pháp lý nhà nước",
                    ("Bản sao văn bản chấm dứt hợp đồng cộng tác viên", "c"),
                ],
                "Quyết định thu hồi thẻ cộng tác viên trợ giúp pháp lý",
                {"rank": 3},
            ),
        ],
        subjects="Trung tâm Trợ giúp pháp lý nhà nước",
    )
    + table(
        TT,
        PROVINCE,
        (*L_TT, "Nghị định số 124/2018/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 63/2011/NĐ-CP"),
        [
            (
                "Thay đổi nội dung Giấy đăng ký hoạt động của Chi nhánh Trung tâm trọng tài",
                10,
                [
                    "Đơn đề nghị thay đổi nội dung Giấy đăng ký hoạt động theo mẫu",
                    "Giấy tờ chứng minh nội dung thay đổi",
                ],
                "Giấy đăng ký hoạt động của Chi nhánh Trung tâm trọng tài (thay đổi)",
                {"rank": 2},
            ),
            (
                "Cấp lại Giấy đăng ký hoạt động của Trung tâm trọng tài, Chi nhánh Trung tâm trọng tài",
                7,
                [
                    "Đơn đề nghị cấp lại Giấy đăng ký hoạt động theo mẫu",
                    "Bản chính Giấy đăng ký hoạt động (nếu bị hư hỏng)",
                ],
                "Giấy đăng ký hoạt động",
                {"rank": 2},
            ),
        ],
        subjects="Trung tâm trọng tài",
    )
    + table(
        HGTM,
        PROVINCE,
        L_HGTM,
        [
            (
                "Cấp lại Giấy đăng ký hoạt động của Trung tâm hòa giải thương mại, Chi nhánh Trung tâm hòa giải "
                "thương mại",
                5,
                [
                    "Đơn đề nghị cấp lại Giấy đăng ký hoạt động theo mẫu",
                    "Bản chính Giấy đăng ký hoạt động (nếu bị hư hỏng)",
                ],
                "Giấy đăng ký hoạt động",
                {"rank": 2},
            ),
            (
                "Thay đổi địa chỉ trụ sở của Trung tâm hòa giải thương mại từ tỉnh, thành phố trực thuộc Trung ương "
                "này sang tỉnh, thành phố trực thuộc Trung ương khác",
                10,
                [
                    "Giấy đề nghị đăng ký hoạt động theo mẫu",
                    ("Bản sao Giấy phép thành lập Trung tâm hòa giải thương mại", "cc"),
                    "Giấy tờ chứng minh trụ sở mới",
                ],
                "Giấy đăng ký hoạt động của Trung tâm hòa giải thương mại",
                {"rank": 3},
            ),
        ],
        subjects="Trung tâm hòa giải thương mại",
    )
    + table(
        TVPL,
        PROVINCE,
        L_TVPL,
        [
            (
                "Thay đổi nội dung đăng ký hoạt động của chi nhánh Trung tâm tư vấn pháp luật",
                5,
                ["Giấy đề nghị thay đổi nội dung đăng ký hoạt động theo mẫu", "Giấy tờ chứng minh nội dung thay đổi"],
                "Giấy đăng ký hoạt động của chi nhánh (thay đổi)",
                {"rank": 2},
            ),
        ],
        subjects="Trung tâm tư vấn pháp luật",
    )
    + table(
        BT,
        COMMUNE,
        L_BT,
        [
            (
                "Phục hồi danh dự",
                15,
                ["Văn bản yêu cầu phục hồi danh dự", "Bản án, quyết định làm căn cứ yêu cầu phục hồi danh dự"],
                "Văn bản tổ chức xin lỗi, cải chính công khai",
                {"rank": 2},
            ),
        ],
        subjects="Người bị thiệt hại",
    )
)
