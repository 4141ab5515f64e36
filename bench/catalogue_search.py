"""Catalogue search at 2,000 procedures: p50/p95/max per query (goal: under 50 ms, issue 4).

    .venv/bin/python bench/catalogue_search.py                       # SQLite only
    .venv/bin/python bench/catalogue_search.py --postgres postgres://postgres@127.0.0.1:5432/postgres
    MOTCUA_DATABASE_URL=postgres://... .venv/bin/python bench/catalogue_search.py   # same, from the env

Each engine gets a throwaway database (a temporary SQLite file; on PostgreSQL a database named
``motcua_bench_catalogue_<pid>`` created on the given server and dropped at the end). The catalogue
comes from the demo generator (``motcua.demo.catalogue``, the Lào Cai 2019 catalogue of about 2,042
procedures) when it is available (``--source demo``), otherwise from this script's own generator
(``--source own``): 2,000 procedures in force over sixteen sectors and the three levels, names
composed from real procedure names and qualifiers, published through ``catalogue.services`` by six
decisions that add, amend and abolish, so that old versions sit in the table beside the ones in force.

Then, for typical citizen queries — accented and unaccented, one and several words, codes, filters,
no hit — it times ``catalogue.selectors.search`` (the first 50 rows, and the count), the public API
``GET /api/v1/procedures`` and the portal page ``/procedures/`` through Django's test client, and
prints p50 / p95 / max and the ratio of the worst p95 to the 50 ms goal. Exit status 0 when the
search and the API stay under the goal at p95.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# keep this folder off the path (a script here must never shadow a standard-library module)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT / "src"))

GOAL_MS = 50.0
TARGET = 2000

# --- Procedure names: real names of each sector and the qualifiers provinces add to them -----------

SECTORS: dict[str, tuple[str, str, list[str]]] = {
    # code: (sector name, owner department code, base names)
    "DD": (
        "Đất đai",
        "H15.10",
        [
            "Đăng ký đất đai, tài sản gắn liền với đất lần đầu",
            "Cấp đổi giấy chứng nhận quyền sử dụng đất",
            "Cấp lại giấy chứng nhận quyền sử dụng đất do bị mất",
            "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền",
            "Giao đất, cho thuê đất không thông qua đấu giá quyền sử dụng đất",
            "Gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế",
            "Tách thửa hoặc hợp thửa đất",
            "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
            "Xóa đăng ký thế chấp quyền sử dụng đất",
            "Đính chính giấy chứng nhận đã cấp",
            "Thu hồi giấy chứng nhận đã cấp không đúng quy định",
            "Cung cấp dữ liệu đất đai",
        ],
    ),
    "XD": (
        "Xây dựng",
        "H15.07",
        [
            "Cấp giấy phép xây dựng nhà ở riêng lẻ",
            "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II",
            "Cấp giấy phép sửa chữa, cải tạo công trình",
            "Cấp giấy phép di dời công trình",
            "Điều chỉnh giấy phép xây dựng",
            "Gia hạn giấy phép xây dựng",
            "Cấp lại giấy phép xây dựng",
            "Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng",
            "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở",
            "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
            "Cấp chứng chỉ năng lực hoạt động xây dựng",
            "Kiểm tra công tác nghiệm thu hoàn thành công trình",
            "Cấp giấy phép xây dựng công trình quảng cáo",
        ],
    ),
    "HT": (
        "Hộ tịch",
        "H15.03",
        [
            "Đăng ký khai sinh",
            "Đăng ký khai tử",
            "Đăng ký kết hôn",
            "Đăng ký nhận cha, mẹ, con",
            "Đăng ký lại khai sinh",
            "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
            "Cấp giấy xác nhận tình trạng hôn nhân",
            "Cấp bản sao trích lục hộ tịch",
            "Đăng ký giám hộ",
            "Đăng ký chấm dứt giám hộ",
            "Ghi vào sổ hộ tịch việc kết hôn đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
            "Đăng ký khai sinh kết hợp nhận cha, mẹ, con",
        ],
    ),
    "CT": (
        "Chứng thực",
        "H15.03",
        [
            "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
            "Chứng thực chữ ký trong các giấy tờ, văn bản",
            "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
            "Chứng thực hợp đồng, giao dịch liên quan đến thực hiện quyền của người sử dụng đất",
            "Chứng thực di chúc",
            "Chứng thực văn bản thỏa thuận phân chia di sản",
            "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
            "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực",
        ],
    ),
    "DKKD": (
        "Thành lập và hoạt động doanh nghiệp",
        "H15.05",
        [
            "Đăng ký thành lập doanh nghiệp tư nhân",
            "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên",
            "Đăng ký thành lập công ty cổ phần",
            "Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp",
            "Đăng ký thay đổi người đại diện theo pháp luật",
            "Đăng ký thay đổi vốn điều lệ",
            "Thông báo tạm ngừng kinh doanh",
            "Giải thể doanh nghiệp",
            "Đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh",
            "Đăng ký thành lập hộ kinh doanh",
            "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
            "Chấm dứt hoạt động hộ kinh doanh",
            "Cấp lại giấy chứng nhận đăng ký doanh nghiệp",
        ],
    ),
    "DT": (
        "Đầu tư",
        "H15.05",
        [
            "Chấp thuận chủ trương đầu tư",
            "Điều chỉnh quyết định chủ trương đầu tư",
            "Cấp giấy chứng nhận đăng ký đầu tư",
            "Điều chỉnh giấy chứng nhận đăng ký đầu tư",
            "Chuyển nhượng dự án đầu tư",
            "Giãn tiến độ đầu tư",
            "Chấm dứt hoạt động dự án đầu tư",
            "Thành lập tổ chức kinh tế của nhà đầu tư nước ngoài",
        ],
    ),
    "GT": (
        "Đường bộ",
        "H15.08",
        [
            "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp",
            "Cấp lại giấy phép lái xe",
            "Cấp giấy phép kinh doanh vận tải bằng xe ô tô",
            "Cấp phù hiệu xe ô tô kinh doanh vận tải",
            "Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn",
            "Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ",
            "Cấp giấy phép thi công công trình đường bộ trên quốc lộ đang khai thác",
            "Đăng ký khai thác tuyến vận tải hành khách cố định bằng xe ô tô",
            "Cấp giấy chứng nhận giáo viên dạy thực hành lái xe",
        ],
    ),
    "GD": (
        "Giáo dục và Đào tạo",
        "H15.09",
        [
            "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
            "Chỉnh sửa nội dung văn bằng, chứng chỉ",
            "Công nhận trường tiểu học đạt chuẩn quốc gia",
            "Cho phép trường trung học cơ sở hoạt động giáo dục",
            "Thành lập trường mầm non tư thục",
            "Chuyển trường đối với học sinh trung học phổ thông",
            "Xét tuyển sinh vào trường phổ thông dân tộc nội trú",
            "Cấp phép hoạt động giáo dục kỹ năng sống",
            "Công nhận xã đạt chuẩn phổ cập giáo dục, xóa mù chữ",
        ],
    ),
    "YT": (
        "Khám bệnh, chữa bệnh",
        "H15.11",
        [
            "Cấp giấy phép hoạt động đối với phòng khám đa khoa",
            "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh",
            "Cấp lại chứng chỉ hành nghề khám bệnh, chữa bệnh",
            "Cấp giấy chứng nhận đủ điều kiện kinh doanh dược",
            "Cấp chứng chỉ hành nghề dược",
            "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            "Công bố cơ sở đủ điều kiện thực hiện khám sức khỏe",
            "Cấp giấy phép hoạt động đối với trạm y tế cấp xã",
        ],
    ),
    "LD": (
        "Lao động, tiền lương",
        "H15.12",
        [
            "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
            "Cấp lại giấy phép lao động cho người lao động nước ngoài",
            "Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
            "Đăng ký nội quy lao động",
            "Gửi thỏa ước lao động tập thể",
            "Cấp giấy phép hoạt động dịch vụ việc làm",
            "Giải quyết hưởng trợ cấp thất nghiệp",
            "Cấp giấy phép hoạt động cho thuê lại lao động",
        ],
    ),
    "BTXH": (
        "Bảo trợ xã hội",
        "H15.12",
        [
            "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng",
            "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
            "Xác định, xác định lại mức độ khuyết tật và cấp giấy xác nhận khuyết tật",
            "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm",
            "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội",
            "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở",
            "Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập",
        ],
    ),
    "NN": (
        "Nông nghiệp",
        "H15.06",
        [
            "Cấp giấy chứng nhận cơ sở đủ điều kiện buôn bán thuốc bảo vệ thực vật",
            "Cấp giấy chứng nhận đủ điều kiện buôn bán phân bón",
            "Cấp giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh",
            "Cấp giấy phép khai thác thủy sản",
            "Công nhận làng nghề truyền thống",
            "Phê duyệt phương án khai thác thực vật rừng",
            "Chuyển loại rừng đối với khu rừng do Ủy ban nhân dân cấp tỉnh quyết định thành lập",
            "Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai",
        ],
    ),
    "MT": (
        "Môi trường",
        "H15.10",
        [
            "Thẩm định báo cáo đánh giá tác động môi trường",
            "Cấp giấy phép môi trường",
            "Cấp đổi giấy phép môi trường",
            "Đăng ký môi trường",
            "Cấp giấy phép khai thác, sử dụng nước mặt",
            "Cấp giấy phép thăm dò khoáng sản",
            "Cấp giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường",
            "Đóng cửa mỏ khoáng sản",
        ],
    ),
    "VH": (
        "Văn hóa, thể thao và du lịch",
        "H15.13",
        [
            "Cấp giấy phép kinh doanh dịch vụ karaoke",
            "Công nhận hạng cơ sở lưu trú du lịch",
            "Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa",
            "Cấp thẻ hướng dẫn viên du lịch",
            "Cấp giấy phép tổ chức lễ hội",
            "Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao",
            "Thông báo tổ chức biểu diễn nghệ thuật",
            "Công nhận danh hiệu gia đình văn hóa",
        ],
    ),
    "TC": (
        "Tài chính, thuế và phí",
        "H15.04",
        [
            "Đăng ký mã số đơn vị có quan hệ với ngân sách",
            "Thanh toán, quyết toán vốn đầu tư dự án hoàn thành",
            "Mua hóa đơn lẻ",
            "Xác lập quyền sở hữu toàn dân đối với tài sản",
            "Quyết định giá thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh",
            "Thẩm định quyết toán dự án hoàn thành sử dụng vốn nhà nước",
        ],
    ),
    "CTR": (
        "Cư trú và căn cước",
        "H15.02",
        [
            "Đăng ký thường trú",
            "Đăng ký tạm trú",
            "Xóa đăng ký thường trú",
            "Gia hạn tạm trú",
            "Khai báo tạm vắng",
            "Xác nhận thông tin về cư trú",
            "Cấp thẻ căn cước",
            "Cấp đổi thẻ căn cước",
        ],
    ),
}

QUALIFIERS = [
    "",
    " đối với tổ chức",
    " đối với cá nhân",
    " đối với hộ gia đình, cá nhân",
    " có yếu tố nước ngoài",
    " (trường hợp bị mất, hỏng)",
    " trên địa bàn tỉnh",
    " cho doanh nghiệp nhỏ và vừa",
    " thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh",
    " theo cơ chế một cửa liên thông",
    " đối với người có công với cách mạng",
    " tại khu kinh tế cửa khẩu",
    " cho đồng bào dân tộc thiểu số",
    " khi thay đổi thông tin",
    " trong trường hợp đặc biệt",
    " tại khu vực biên giới",
]

DEPARTMENTS = {
    "H15.02": "Công an tỉnh",
    "H15.03": "Sở Tư pháp",
    "H15.04": "Sở Tài chính",
    "H15.05": "Sở Kế hoạch và Đầu tư",
    "H15.06": "Sở Nông nghiệp và Phát triển nông thôn",
    "H15.07": "Sở Xây dựng",
    "H15.08": "Sở Giao thông vận tải",
    "H15.09": "Sở Giáo dục và Đào tạo",
    "H15.10": "Sở Tài nguyên và Môi trường",
    "H15.11": "Sở Y tế",
    "H15.12": "Sở Lao động - Thương binh và Xã hội",
    "H15.13": "Sở Văn hóa, Thể thao và Du lịch",
}
DISTRICTS = {
    "H15.50": "UBND thành phố Lào Cai",
    "H15.52": "UBND huyện Bát Xát",
    "H15.54": "UBND huyện Mường Khương",
    "H15.56": "UBND huyện Bảo Thắng",
    "H15.58": "UBND thị xã Sa Pa",
}
COMPONENTS = [
    "Đơn đề nghị theo mẫu",
    "Tờ khai theo mẫu",
    "Bản sao giấy tờ tùy thân của người đề nghị",
    "Bản sao giấy chứng nhận đăng ký doanh nghiệp",
    "Giấy tờ chứng minh quyền sử dụng đất",
    "Bản vẽ thiết kế, sơ đồ vị trí",
    "Văn bản ủy quyền (nếu có)",
    "Báo cáo kết quả thực hiện",
    "Giấy xác nhận của Ủy ban nhân dân cấp xã",
    "Hợp đồng, văn bản thỏa thuận",
    "Danh sách kèm theo",
    "Phiếu lý lịch tư pháp",
]
LEGAL = [
    "Luật Đất đai số 31/2024/QH15",
    "Luật Xây dựng số 50/2014/QH13",
    "Luật Hộ tịch số 60/2014/QH13",
    "Luật Doanh nghiệp số 59/2020/QH14",
    "Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực",
    "Nghị định số 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa",
    "Thông tư số 01/2018/TT-VPCP",
    "Quyết định số 2028/QĐ-UBND của Ủy ban nhân dân tỉnh",
]


def configure(url: str) -> None:
    os.environ.setdefault("MOTCUA_SECRET_KEY", "bench-only")
    os.environ["MOTCUA_DATABASE_URL"] = url
    os.environ["MOTCUA_LOG_LEVEL"] = "WARNING"
    os.environ["DJANGO_SETTINGS_MODULE"] = "motcua.settings"
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client's host is allowed
    from django.conf import settings
    from django.test.utils import override_settings

    # no collectstatic in a throwaway environment: plain static URLs, as in the test suite
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    override_settings(STORAGES=storages).enable()


# --- Building the catalogue -------------------------------------------------------------------


def _half_floor(value: Decimal) -> Decimal:
    return (value * 2).to_integral_value(rounding=ROUND_FLOOR) / 2


def _content(rng: random.Random, name: str, sector: str, level: str, implementing: str, revision: int) -> dict:
    unit = rng.choices(["working_days", "days", "working_hours", "months"], weights=[85, 8, 4, 3])[0]
    if unit == "working_days":
        statutory = Decimal(rng.choice([1, 2, 3, 5, 5, 7, 10, 10, 12, 15, 15, 20, 20, 25, 30, 45]))
    elif unit == "days":
        statutory = Decimal(rng.choice([15, 30, 45, 60]))
    elif unit == "working_hours":
        statutory = Decimal(rng.choice([4, 8, 16]))
    else:
        statutory = Decimal(rng.choice([1, 2, 3]))
    committed = statutory
    if unit == "working_days" and statutory >= 2 and rng.random() < 0.3:
        committed = max(Decimal("0.5"), _half_floor(statutory * Decimal("0.7")))
    if revision and unit == "working_days" and committed > 1:
        committed -= Decimal("0.5")  # an amendment shortens the committed time
    n_components = rng.randint(2, 7)
    components = [
        {
            "key": f"tp{i}",
            "name": text,
            "copy_type": rng.choice(["original", "copy", "certified_copy", "original_or_certified_copy"]),
            "quantity": rng.choice([1, 1, 1, 2]),
            "from_data_store": rng.random() < 0.2,
        }
        for i, text in enumerate(rng.sample(COMPONENTS, n_components))
    ]
    fees = []
    if rng.random() < 0.45:
        fees.append(
            {
                "name": f"Lệ phí {name[0].lower()}{name[1:80]}",
                "kind": rng.choice(["fee", "charge"]),
                "amount": rng.choice([10000, 20000, 50000, 100000, 200000, 500000, 1000000]),
                "exemptions": rng.choice(
                    ["", "Miễn cho hộ nghèo, người có công với cách mạng", "Giảm 50% khi nộp trực tuyến"]
                ),
            }
        )
    steps = []
    if unit == "working_days":
        appraise = committed - Decimal(1) if committed >= 1 else Decimal(0)
        first = Decimal("0.5") if committed >= 1 else committed
        last = committed - first - appraise
        steps = [
            {"name": "Tiếp nhận, số hóa hồ sơ", "actor": "desk_officer", "budget": str(first)},
            {"name": "Thẩm định hồ sơ", "actor": "specialist", "budget": str(appraise)},
            {"name": "Phê duyệt kết quả", "actor": "agency_leader", "budget": str(last)},
            {"name": "Trả kết quả", "actor": "desk_officer", "budget": "0", "counted": False},
        ]
    online = rng.choices(["none", "partial", "full"], weights=[50, 35, 15])[0]
    channels = ["counter", "postal"] + (["online"] if online != "none" else [])
    return {
        "name": name,
        "sector": sector,
        "level": level,
        "implementing_agency": implementing,
        "receiving_agency": "",
        "subjects": rng.choice(["Tổ chức, cá nhân", "Công dân Việt Nam", "Doanh nghiệp, hộ kinh doanh"]),
        "sequence": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa hoặc trực tuyến. "
            "Bước 2: Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; hướng dẫn bổ sung một lần. "
            "Bước 3: Cơ quan có thẩm quyền thẩm định, trình lãnh đạo phê duyệt. "
            "Bước 4: Trả kết quả tại Bộ phận Một cửa, qua dịch vụ bưu chính công ích hoặc trực tuyến."
        ),
        "channels": channels,
        "sets": rng.choice([1, 1, 2]),
        "components": components,
        "statutory": {"amount": str(statutory), "unit": unit},
        "committed": {"amount": str(committed), "unit": unit},
        "fees": fees,
        "result": rng.choice(["Giấy phép", "Giấy chứng nhận", "Quyết định phê duyệt", "Văn bản chấp thuận"]),
        "conditions": rng.choice(["", "Không", "Đáp ứng các điều kiện theo quy định của pháp luật chuyên ngành"]),
        "legal_basis": rng.sample(LEGAL, rng.randint(1, 3)),
        "online_service": online,
        "at_desk": True,
        "on_the_spot": rng.random() < 0.1,
        "cutoff": "15:00" if rng.random() < 0.5 else None,
        "processes": [{"case": None, "steps": steps}] if steps else [],
    }


def _names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (sector code, name) pairs, every base name first, then with qualifiers."""
    pairs = [
        (code, base + qualifier)
        for code, (_s, _o, bases) in SECTORS.items()
        for base in bases
        for qualifier in QUALIFIERS
    ]
    plain = [p for p in pairs if p[1] in {b for _c, (_s, _o, bases) in SECTORS.items() for b in bases}]
    rest = [p for p in pairs if p not in plain]
    rng.shuffle(rest)
    chosen = plain + rest[: n - len(plain)]
    rng.shuffle(chosen)
    return chosen


def build_own(n: int, seed: int) -> str:
    import datetime as dt

    from motcua.catalogue import services
    from motcua.catalogue.models import DecisionItem, Procedure, Sector
    from motcua.orgs import services as orgs

    rng = random.Random(seed)
    province = orgs.create_agency(name="UBND tỉnh Lào Cai", code="H15", level="province", kind="committee")
    for code, name in DEPARTMENTS.items():
        orgs.create_agency(
            name=name, code=code, level="province", kind="department", parent=province, address="Phường Bắc Cường"
        )
    for code, name in DISTRICTS.items():
        orgs.create_agency(name=name, code=code, level="district", kind="committee", parent=province)
    for code, (name, _owner, _bases) in SECTORS.items():
        Sector.objects.create(code=code, name=name)
    owners = {a.code: a for a in province.__class__.objects.filter(code__startswith="H15.")}

    total = n + n // 50  # some are abolished later, as many new ones replace them
    names = _names(rng, total)
    levels = rng.choices(["province", "district", "commune"], weights=[1597, 315, 130], k=total)
    created = []
    for index, ((sector, name), level) in enumerate(zip(names, levels, strict=True)):
        owner_code = SECTORS[sector][1]
        implementing = owner_code if level == "province" else rng.choice(list(DISTRICTS)) if level == "district" else ""
        code = f"{rng.choice('12')}.{100000 + index * 7 + rng.randint(0, 6):06d}"
        procedure = services.create_procedure(
            code=code, owner=owners[owner_code], content=_content(rng, name, sector, level, implementing, 0)
        )
        created.append((procedure, sector, name, level, implementing))

    def decision(number: str, day: dt.date):
        return services.create_decision(
            number=number,
            title="Công bố danh mục thủ tục hành chính",
            signed_on=day,
            signer="Chủ tịch UBND tỉnh",
            effective_from=day,
            issuing_agency=province,
        )

    first, later = created[:n], created[n:]
    for i in range(4):  # the base catalogue in four decisions
        chunk = first[i * len(first) // 4 : (i + 1) * len(first) // 4]
        d = decision(f"{100 + i}/QĐ-UBND", dt.date(2024, 1 + i, 15))
        for procedure, *_ in chunk:
            services.add_to_decision(d, procedure, DecisionItem.Action.NEW)
        services.publish_decision(d)
    amended = rng.sample(first, len(first) * 3 // 20)
    d = decision("512/QĐ-UBND", dt.date(2025, 3, 1))
    for procedure, sector, name, level, implementing in amended:
        services.save_draft(procedure, _content(rng, name, sector, level, implementing, 1))
        services.add_to_decision(d, procedure, DecisionItem.Action.AMEND)
    services.publish_decision(d)
    d = decision("1024/QĐ-UBND", dt.date(2025, 9, 1))
    for procedure, *_ in rng.sample([c for c in first if c not in amended], len(later)):
        services.add_to_decision(d, procedure, DecisionItem.Action.ABOLISH)
    for procedure, *_ in later:
        services.add_to_decision(d, procedure, DecisionItem.Action.NEW)
    services.publish_decision(d)
    assert Procedure.objects.filter(status="active").count() == n
    return f"own generator ({n:,} in force, {len(amended)} amended, {len(later)} abolished and replaced)"


def build_demo() -> str:
    from django.core.management import call_command

    from motcua.demo import catalogue

    call_command("seed_demo", verbosity=0)
    if not catalogue.already_loaded():
        catalogue.load()
    return "demo catalogue (motcua.demo.catalogue, Lào Cai 2019)"


# --- Measuring ----------------------------------------------------------------------------------


def timed(fn, repeat: int) -> list[float]:
    for _ in range(3):
        fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def queries() -> list[tuple[str, dict]]:
    from motcua.catalogue.models import Procedure, Sector
    from motcua.catalogue.selectors import in_force

    some = in_force().select_related("procedure", "implementing_agency").order_by("procedure__code")
    sample = some[some.count() // 2]
    agency = in_force().exclude(implementing_agency=None).values_list("implementing_agency__code", flat=True).first()
    sector = Sector.objects.order_by("code").values_list("code", flat=True).first()
    code = sample.procedure.code
    assert Procedure.objects.filter(code=code).exists()
    return [
        ("cap giay phep xay dung", {"q": "cap giay phep xay dung"}),
        ("Cấp giấy phép xây dựng", {"q": "Cấp giấy phép xây dựng"}),
        ("khai sinh", {"q": "khai sinh"}),
        ("đăng ký kết hôn", {"q": "đăng ký kết hôn"}),
        ("dat (1 short word)", {"q": "dat"}),
        ("chứng thực", {"q": "chứng thực"}),
        ("giay chung nhan quyen su dung dat", {"q": "giay chung nhan quyen su dung dat"}),
        (f"code {code}", {"q": code}),
        ("ho kinh doanh + level", {"q": "ho kinh doanh", "level": "district"}),
        (f"sector {sector}", {"sector": sector}),
        (f"agency {agency}", {"agency": agency or ""}),
        ("giay phep + time cut", {"q": "giay phep", "time_cut": True}),
        ("dang ky + commune", {"q": "dang ky", "level": "commune"}),
        ("no hit", {"q": "khong co thu tuc nao nhu vay"}),
        ("everything", {}),
    ]


def measure(repeat: int, source: str) -> float:
    from django.db import connection
    from django.test import Client

    from motcua.catalogue import selectors
    from motcua.catalogue.models import ProcedureVersion

    client = Client()
    in_force = selectors.in_force().count()
    if connection.vendor == "sqlite":
        version = connection.Database.sqlite_version
    else:
        number = connection.cursor().connection.info.server_version  # e.g. 150020
        version = f"{number // 10000}.{number % 10000}"
    print(f"database: {connection.vendor} {version}")
    print(f"catalogue: {source}; {in_force:,} procedures in force, {ProcedureVersion.objects.count():,} version rows")
    header = (
        f"{'query':36} {'rows':>5} | {'search p50':>10} {'p95':>6} {'max':>6} | {'count p95':>9} | "
        f"{'API p50':>7} {'p95':>6} {'max':>6} | {'page p95':>8}"
    )
    print(header)
    print("-" * len(header))
    all_search, all_api, all_count, all_page, worst = [], [], [], [], 0.0
    for label, filters in queries():
        api_params = {k: ("true" if v is True else v) for k, v in filters.items()}
        rows = selectors.search(**filters).count()
        search = timed(lambda f=filters: list(selectors.search(**f)[:50]), repeat)
        count = timed(lambda f=filters: selectors.search(**f).count(), repeat)
        api = timed(lambda p=api_params: _ok(client.get("/api/v1/procedures", p)), repeat)
        page = timed(lambda p=api_params: _ok(client.get("/procedures/", p)), max(5, repeat // 3))
        all_search += search
        all_count += count
        all_api += api
        all_page += page
        worst = max(worst, p95(search), p95(api))
        print(
            f"{label[:36]:36} {rows:>5} | {statistics.median(search):10.1f} {p95(search):6.1f} {max(search):6.1f} | "
            f"{p95(count):9.1f} | {statistics.median(api):7.1f} {p95(api):6.1f} {max(api):6.1f} | {p95(page):8.1f}"
        )
    print("-" * len(header))
    for name, samples in [
        ("selectors.search, first 50 rows", all_search),
        ("selectors.search(...).count()", all_count),
        ("GET /api/v1/procedures (limit 50)", all_api),
        ("GET /procedures/ (portal page, 20 rows)", all_page),
    ]:
        print(
            f"{name:42} p50 {statistics.median(samples):6.1f} ms  p95 {p95(samples):6.1f} ms  "
            f"max {max(samples):6.1f} ms  → p95 / goal = {p95(samples) / GOAL_MS:.2f}"
        )
    print(f"worst per-query p95 (search, API): {worst:.1f} ms — goal {GOAL_MS:.0f} ms — ratio {worst / GOAL_MS:.2f}")
    print(f"load average during the run: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1, 5, 15 min)")
    return worst


def _ok(response):
    if response.status_code != 200:
        raise RuntimeError(f"{response.status_code}: {response.content[:300]!r}")
    return response


# --- Engines --------------------------------------------------------------------------------


def run_engine(args) -> int:
    """Child process: one engine, one throwaway database (kept and reused with ``--keep``)."""
    keep = bool(args.keep)
    workdir = Path(args.keep) if keep else Path(tempfile.mkdtemp(prefix="motcua-bench-catalogue-"))
    (workdir / "static").mkdir(parents=True, exist_ok=True)
    os.environ["MOTCUA_VAR_DIR"] = str(workdir)
    drop = None
    if args.engine == "sqlite":
        reuse = (workdir / "catalogue.sqlite3").exists()
        url = f"sqlite:///{workdir / 'catalogue.sqlite3'}"
    else:
        import psycopg

        base = args.postgres.rsplit("/", 1)[0]
        name = "motcua_bench_catalogue" if keep else f"motcua_bench_catalogue_{os.getpid()}"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            reuse = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None
            if not reuse:
                admin.execute(f'CREATE DATABASE "{name}"')
        url = f"{base}/{name}"

        def drop():
            from django.db import connections

            connections.close_all()
            with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        if keep:
            drop = None
    reuse = reuse and keep
    try:
        configure(url)
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        source = "kept database" if reuse else ""
        if not source and args.source in ("auto", "demo"):
            try:
                source = build_demo()
            except Exception as exc:  # the demo generator is optional
                if args.source == "demo":
                    raise
                print(f"(demo catalogue not usable: {type(exc).__name__}: {exc}; using the own generator)")
                call_command("flush", interactive=False, verbosity=0)
        if not source:
            source = build_own(args.procedures, args.seed)
        print(f"built in {time.perf_counter() - started:.0f} s")
        if args.without_index:
            call_command("migrate", "catalogue", "0001", verbosity=0)
            print("(measured without the covering index of catalogue migration 0002)")
        if connection_vendor() == "postgresql":
            from django.db import connection

            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        worst = measure(args.repeat, source)
        return 0 if worst < GOAL_MS else 1
    finally:
        if drop:
            drop()
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)


def connection_vendor() -> str:
    from django.db import connection

    return connection.vendor


def _cpu_model() -> str:
    try:
        lines = Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return ""
    return next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", nargs="?", const="env", default="", help="PostgreSQL server URL")
    parser.add_argument("--source", choices=["auto", "demo", "own"], default="auto")
    parser.add_argument("--procedures", type=int, default=TARGET, help="own generator: procedures in force")
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per query")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--keep",
        default="",
        help="keep (and reuse) the databases: SQLite in this folder, PostgreSQL as motcua_bench_catalogue",
    )
    parser.add_argument("--without-index", action="store_true", help="unapply catalogue 0002 to compare")
    parser.add_argument("--engine", choices=["sqlite", "postgresql"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine:
        return run_engine(args)

    env_url = os.environ.get("MOTCUA_DATABASE_URL", "")
    postgres = args.postgres
    if postgres == "env" or (not postgres and env_url.startswith("postgres")):
        postgres = env_url
    if args.postgres and not postgres.startswith("postgres"):
        parser.error("--postgres needs a postgres:// URL (or MOTCUA_DATABASE_URL set to one)")
    print(f"machine: {_cpu_model() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    status = 0
    for engine in ["sqlite"] + (["postgresql"] if postgres else []):
        print(f"\n== {engine}")
        command = [sys.executable, __file__, "--engine", engine, "--source", args.source]
        command += ["--procedures", str(args.procedures), "--repeat", str(args.repeat), "--seed", str(args.seed)]
        command += ["--keep", args.keep] if args.keep else []
        command += ["--without-index"] if args.without_index else []
        if engine == "postgresql":
            command += ["--postgres", postgres]
        env = {k: v for k, v in os.environ.items() if k != "MOTCUA_DATABASE_URL"}
        status |= subprocess.run(command, env=env, check=False).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
