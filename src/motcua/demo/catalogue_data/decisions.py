"""Publication decisions (quyết định công bố) of the demo catalogue.

The 2018 base decisions publish the catalogue of each department (one decision per department,
covering its procedures at the three levels, as Lào Cai did). The sixteen decisions of January to
April 2019 reproduce the figures of the Lào Cai article: 220 procedures, 104 new and 116 amended,
replaced or abolished. Each 2019 decision follows a real change of national law of that time; the
new procedures it publishes are the templates whose ``since`` is its key, and it amends, replaces
or abolishes the stated number of procedures of a sector and level (chosen by the generator:
amendments from the head of the sector's list, abolitions from its tail).

Decision numbers and exact dates are illustrative (see the README).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .gtvt_xay_dung import CCHN_ABOLISHED
from .nong_nghiep import LN_ABOLISHED, QLCL_ABOLISHED, TL_ABOLISHED, TS_ABOLISHED

SIGNER = "KT. Chủ tịch - Phó Chủ tịch UBND tỉnh Lào Cai"
CHAIR = "Chủ tịch UBND tỉnh Lào Cai"


@dataclass(frozen=True)
class Base:
    owner: str  # e-ID code of the department
    number: str
    signed_on: dt.date


@dataclass(frozen=True)
class Change:
    """A 2019 decision."""

    key: str
    number: str
    signed_on: dt.date
    owner: str
    field: str  # the field named in the title
    basis: str  # the legal text that caused it; added to the legal basis of amended versions
    amend: tuple[tuple[str, str, int], ...] = ()  # (sector code, level, how many)
    replace: tuple[tuple[str, str, int], ...] = ()
    abolish: tuple[tuple[str, str, int], ...] = ()
    abolish_named: tuple[tuple[str, str], ...] = ()  # (level, name) of procedures this decision abolishes
    component: str = ""  # a dossier component the amended versions gain
    shorten: float = 0.8  # replaced versions: new statutory time = old × shorten (working days)
    signer: str = SIGNER
    extra: dict = field(default_factory=dict)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


BASE_2018: list[Base] = [
    Base("H15.01", "128/QĐ-UBND", d("2018-01-12")),  # Văn phòng UBND tỉnh
    Base("H15.11", "312/QĐ-UBND", d("2018-01-26")),  # Lao động - Thương binh và Xã hội
    Base("H15.15", "509/QĐ-UBND", d("2018-02-12")),  # Y tế
    Base("H15.14", "866/QĐ-UBND", d("2018-03-20")),  # Giáo dục và Đào tạo
    Base("H15.03", "1125/QĐ-UBND", d("2018-04-19")),  # Tư pháp
    Base("H15.04", "1388/QĐ-UBND", d("2018-05-10")),  # Kế hoạch và Đầu tư
    Base("H15.09", "1702/QĐ-UBND", d("2018-06-05")),  # Tài nguyên và Môi trường
    Base("H15.08", "1957/QĐ-UBND", d("2018-06-26")),  # Giao thông vận tải - Xây dựng
    Base("H15.06", "2231/QĐ-UBND", d("2018-07-18")),  # Công Thương
    Base("H15.07", "2540/QĐ-UBND", d("2018-08-14")),  # Nông nghiệp và Phát triển nông thôn
    Base("H15.12", "2803/QĐ-UBND", d("2018-09-06")),  # Văn hóa, Thể thao và Du lịch
    Base("H15.02", "3067/QĐ-UBND", d("2018-09-28")),  # Nội vụ
    Base("H15.10", "3290/QĐ-UBND", d("2018-10-17")),  # Thông tin và Truyền thông
    Base("H15.13", "3455/QĐ-UBND", d("2018-10-31")),  # Khoa học và Công nghệ
    Base("H15.05", "3689/QĐ-UBND", d("2018-11-20")),  # Tài chính
    Base("H15.17", "3812/QĐ-UBND", d("2018-11-29")),  # Thanh tra tỉnh
    Base("H15.19", "3946/QĐ-UBND", d("2018-12-10")),  # Ban Quản lý các khu kinh tế
    Base("H15.16", "4071/QĐ-UBND", d("2018-12-19")),  # Ngoại vụ
    Base("H15.18", "4188/QĐ-UBND", d("2018-12-27")),  # Ban Dân tộc
]

CHANGES_2019: list[Change] = [
    Change(
        "2019-LN",
        "42/QĐ-UBND",
        d("2019-01-04"),
        "H15.07",
        "lâm nghiệp, quản lý chất lượng nông lâm sản và thủy sản",
        "Nghị định số 156/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật Lâm nghiệp",
        abolish_named=tuple(("province", name) for name in LN_ABOLISHED + QLCL_ABOLISHED),
    ),
    Change(
        "2019-YT",
        "118/QĐ-UBND",
        d("2019-01-10"),
        "H15.15",
        "khám bệnh, chữa bệnh, dược phẩm, trang thiết bị y tế",
        "Nghị định số 155/2018/NĐ-CP sửa đổi, bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh "
        "thuộc phạm vi quản lý nhà nước của Bộ Y tế",
        amend=(("YT-KCB", "province", 5), ("YT-DUOC", "province", 3), ("YT-TTB", "province", 2)),
        replace=(("YT-KCB", "province", 2),),
        component="Bản kê khai điều kiện theo mẫu sửa đổi tại Nghị định số 155/2018/NĐ-CP",
    ),
    Change(
        "2019-LD",
        "171/QĐ-UBND",
        d("2019-01-15"),
        "H15.11",
        "giáo dục nghề nghiệp, việc làm, an toàn, vệ sinh lao động",
        "Nghị định số 140/2018/NĐ-CP sửa đổi, bổ sung các Nghị định liên quan đến điều kiện đầu tư kinh doanh và thủ "
        "tục hành chính thuộc phạm vi quản lý nhà nước của Bộ Lao động - Thương binh và Xã hội",
        amend=(("LD-GDNN", "province", 4), ("LD-VL", "province", 2), ("LD-ATLD", "province", 2)),
        replace=(("LD-GDNN", "province", 2),),
    ),
    Change(
        "2019-TTR",
        "236/QĐ-UBND",
        d("2019-01-22"),
        "H15.17",
        "giải quyết tố cáo, xử lý đơn",
        "Luật Tố cáo số 25/2018/QH14",
        amend=(("TTR-TCD", "province", 1), ("TTR-TCD", "district", 1)),
        replace=(("TTR-TC", "province", 1), ("TTR-TC", "district", 1), ("TTR-TC", "commune", 1)),
        component="Văn bản tố cáo hoặc biên bản ghi nội dung tố cáo trực tiếp theo mẫu",
    ),
    Change(
        "2019-KH",
        "298/QĐ-UBND",
        d("2019-01-29"),
        "H15.04",
        "thành lập và hoạt động của doanh nghiệp, hỗ trợ doanh nghiệp nhỏ và vừa",
        "Nghị định số 108/2018/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 78/2015/NĐ-CP về đăng ký doanh "
        "nghiệp",
        amend=(("KHDT-DN", "province", 9),),
    ),
    Change(
        "2019-VH",
        "451/QĐ-UBND",
        d("2019-02-19"),
        "H15.12",
        "nghệ thuật biểu diễn, du lịch, thể dục thể thao",
        "Nghị định số 142/2018/NĐ-CP sửa đổi một số quy định về điều kiện đầu tư kinh doanh thuộc phạm vi quản lý "
        "nhà nước của Bộ Văn hóa, Thể thao và Du lịch",
        amend=(("VH-NTBD", "province", 2), ("VH-LH", "province", 3), ("VH-TDTT", "province", 3)),
        replace=(("VH-LH", "province", 1),),
        abolish_named=(
            ("province", "Cấp giấy phép phổ biến bản ghi âm, ghi hình ca múa nhạc, sân khấu"),
            ("province", "Cấp nhãn kiểm soát bản ghi âm, ghi hình ca múa nhạc, sân khấu"),
        ),
    ),
    Change(
        "2019-GD",
        "522/QĐ-UBND",
        d("2019-02-25"),
        "H15.14",
        "giáo dục và đào tạo thuộc hệ thống giáo dục quốc dân, đào tạo với nước ngoài",
        "Nghị định số 135/2018/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 46/2017/NĐ-CP quy định về điều "
        "kiện đầu tư và hoạt động trong lĩnh vực giáo dục",
        amend=(("GD-CS", "province", 3), ("GD-CS", "district", 3)),
        replace=(("GD-CS", "district", 2),),
    ),
    Change(
        "2019-TNMT",
        "581/QĐ-UBND",
        d("2019-03-01"),
        "H15.09",
        "đất đai, môi trường, khoáng sản",
        "Nghị định số 136/2018/NĐ-CP sửa đổi một số Nghị định liên quan đến điều kiện đầu tư kinh doanh thuộc lĩnh "
        "vực tài nguyên và môi trường",
        amend=(("TNMT-MT", "province", 3), ("TNMT-DD", "province", 3)),
        replace=(("TNMT-KS", "province", 2), ("TNMT-MT", "province", 1)),
    ),
    Change(
        "2019-CT",
        "664/QĐ-UBND",
        d("2019-03-07"),
        "H15.06",
        "xúc tiến thương mại, quản lý cạnh tranh",
        "Nghị định số 81/2018/NĐ-CP quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại",
    ),
    Change(
        "2019-TS",
        "735/QĐ-UBND",
        d("2019-03-14"),
        "H15.07",
        "thủy sản, thủy lợi",
        "Nghị định số 26/2019/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản",
        abolish_named=tuple(("province", name) for name in TS_ABOLISHED + TL_ABOLISHED),
    ),
    Change(
        "2019-XD",
        "812/QĐ-UBND",
        d("2019-03-21"),
        "H15.08",
        "hoạt động xây dựng, quy hoạch xây dựng",
        "Luật số 35/2018/QH14 sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch",
        amend=(("XD-HDXD", "province", 3), ("XD-HDXD", "district", 3)),
        replace=(("XD-HDXD", "province", 2),),
        abolish_named=tuple(("province", name) for name in CCHN_ABOLISHED),
    ),
    Change(
        "2019-NV",
        "883/QĐ-UBND",
        d("2019-03-28"),
        "H15.02",
        "công chức, viên chức",
        "Nghị định số 161/2018/NĐ-CP sửa đổi, bổ sung một số quy định về tuyển dụng công chức, viên chức, nâng ngạch "
        "công chức, thăng hạng viên chức và thực hiện chế độ hợp đồng một số loại công việc trong cơ quan hành chính "
        "nhà nước, đơn vị sự nghiệp công lập",
        amend=(("NV-CCVC", "province", 2),),
        replace=(("NV-CCVC", "province", 4),),
    ),
    Change(
        "2019-TP",
        "1006/QĐ-UBND",
        d("2019-04-04"),
        "H15.03",
        "luật sư",
        "Nghị định số 137/2018/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 123/2013/NĐ-CP quy định chi "
        "tiết một số điều và biện pháp thi hành Luật Luật sư",
        amend=(("TP-LS", "province", 5),),
        replace=(("TP-LS", "province", 2),),
        shorten=0.7,
    ),
    Change(
        "2019-TTTT",
        "1079/QĐ-UBND",
        d("2019-04-11"),
        "H15.10",
        "xuất bản, in và phát hành, phát thanh, truyền hình và thông tin điện tử",
        "Nghị định số 150/2018/NĐ-CP sửa đổi một số Nghị định liên quan đến điều kiện đầu tư kinh doanh và thủ tục "
        "hành chính trong lĩnh vực thông tin và truyền thông",
        amend=(("TT-XB", "province", 3), ("TT-PTTH", "province", 1)),
        replace=(("TT-XB", "province", 2),),
    ),
    Change(
        "2019-KHCN",
        "1143/QĐ-UBND",
        d("2019-04-18"),
        "H15.13",
        "hoạt động khoa học và công nghệ",
        "Nghị định số 13/2019/NĐ-CP về doanh nghiệp khoa học và công nghệ",
        amend=(("KH-HDKHCN", "province", 2),),
        replace=(("KH-HDKHCN", "province", 2),),
    ),
    Change(
        "2019-KKT",
        "1210/QĐ-UBND",
        d("2019-04-25"),
        "H15.19",
        "đầu tư, xây dựng, lao động tại khu kinh tế",
        "Nghị định số 82/2018/NĐ-CP quy định về quản lý khu công nghiệp và khu kinh tế",
        amend=(("KKT-DT", "province", 2),),
        replace=(("KKT-DT", "province", 1),),
    ),
]
