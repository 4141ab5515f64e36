"""Demo feedback and petitions (phản ánh, kiến nghị): a handful in every state, through the services.

Loaded by ``seed_demo`` once (nothing is added when any petition exists), dated relative to today so
the office queue has open, overdue and handled petitions and the portal has published answers.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from motcua.accounts.models import User
from motcua.orgs.models import Agency
from motcua.petitions import services
from motcua.petitions.models import Petition
from motcua.petitions.services import PetitionInput

PEOPLE = (
    ("Nguyễn Thị Lan", "Số 12 đường Hoàng Liên, phường Cốc Lếu, TP Lào Cai", "0912000001", "lan.demo@example.vn"),
    ("Trần Văn Bình", "Tổ 5 phường Kim Tân, TP Lào Cai", "0912000002", ""),
    ("Hầu A Lềnh", "Thôn Sả Séng, xã Sa Pả, thị xã Sa Pa", "0912000003", ""),
    ("Lê Văn Cường", "Số 3 đường Nguyễn Huệ, phường Phố Mới", "0203384000", "cuong.demo@example.vn"),
)


def _days_ago(now: dt.datetime, days: int, hour: int = 9) -> dt.datetime:
    local = timezone.localtime(now) - dt.timedelta(days=days)
    return local.replace(hour=hour, minute=0, second=0, microsecond=0)


def _input(agency: Agency, person: int, title: str, content: str, kind: str) -> PetitionInput:
    name, address, phone, email = PEOPLE[person]
    return PetitionInput(
        agency=agency, title=title, content=content, kind=kind, name=name, address=address, phone=phone, email=email
    )


def load(now: dt.datetime | None = None) -> int:
    """Create the demo petitions (inside the caller's transaction); return how many were created."""
    if Petition.objects.exists():
        return 0
    agencies = {a.code: a for a in Agency.objects.filter(code__in=("H15.03", "H15.08", "H15.50.04"))}
    users = {u.username: u for u in User.objects.filter(username__in=_USERS)}
    if len(agencies) < 3 or len(users) < len(_USERS):
        return 0  # not the demo province
    now = now or timezone.now()
    justice, construction, ward = (agencies[c] for c in ("H15.03", "H15.08", "H15.50.04"))  # the city ended in 2025
    stp, sxd, cl = users["stp.motcua"], users["sxd.lanhdao"], users["cocleu.motcua"]
    before = Petition.objects.count()

    # 1. Received online yesterday, from a citizen's account: waiting to be accepted.
    services.submit(
        _input(
            justice,
            0,
            "Thời hạn cấp phiếu lý lịch tư pháp số 2 quá dài",
            "Tôi nộp hồ sơ cấp phiếu lý lịch tư pháp số 2 nhưng phải chờ 10 ngày; đề nghị rút ngắn thời hạn.",
            "regulation_unfit",
        ),
        account=users["congdan1"],
        at=_days_ago(now, 1, 10),
    )
    # 2. Being handled at the construction department, assigned to a specialist.
    petition = services.submit(
        _input(
            construction,
            1,
            "Đề nghị công khai mẫu đơn cấp giấy phép xây dựng nhà ở riêng lẻ",
            "Trên cổng dịch vụ công chưa có mẫu đơn bản Word; đề nghị đăng tải để người dân điền sẵn.",
            "proposal",
        ),
        account=users["congdan2"],
        at=_days_ago(now, 6),
    )
    services.accept(petition, user=sxd, handler=users["sxd.chuyenvien"], at=_days_ago(now, 5))
    # 3. Overdue: received by the ward six weeks ago and never handled.
    services.submit(
        _input(
            ward,
            2,
            "Cán bộ yêu cầu nộp thêm giấy tờ không có trong thủ tục",
            "Khi nộp hồ sơ đăng ký khai sinh, tôi bị yêu cầu nộp thêm giấy xác nhận không có trong quy định.",
            "staff_conduct",
        ),
        at=_days_ago(now, 42),
    )
    # 4. Answered (not yet published) by the justice department.
    petition = services.record(
        _input(
            justice,
            3,
            "Hướng dẫn chứng thực bản sao điện tử",
            "Đề nghị hướng dẫn cách chứng thực bản sao điện tử từ bản chính để nộp hồ sơ trực tuyến.",
            "other",
        ),
        user=stp,
        channel="email",
        received_at=_days_ago(now, 12),
        at=_days_ago(now, 12, 14),
    )
    petition = services.accept(petition, user=stp, at=_days_ago(now, 11))
    services.answer(
        petition,
        user=stp,
        text="Kính gửi ông Lê Văn Cường: việc chứng thực bản sao điện tử từ bản chính thực hiện theo Nghị định "
        "45/2020/NĐ-CP tại Bộ phận Một cửa; Sở đã đăng hướng dẫn chi tiết trên cổng dịch vụ công.",
        at=_days_ago(now, 4),
    )
    # 5–6. Answered and published.
    for agency, person, title, content, answer, public, days, user in (
        (
            ward,
            0,
            "Giờ tiếp nhận hồ sơ sáng thứ Bảy",
            "Đề nghị phường tiếp nhận hồ sơ hộ tịch vào sáng thứ Bảy cho người đi làm.",
            "Kính gửi bà Nguyễn Thị Lan: từ tháng tới, Bộ phận Một cửa phường tiếp nhận hồ sơ hộ tịch sáng thứ Bảy.",
            "Từ tháng tới, Bộ phận Một cửa phường tiếp nhận hồ sơ hộ tịch vào sáng thứ Bảy.",
            20,
            cl,
        ),
        (
            justice,
            1,
            "Bỏ yêu cầu nộp bản sao giấy khai sinh khi cấp phiếu lý lịch tư pháp",
            "Dữ liệu dân cư đã có thông tin khai sinh; đề nghị không yêu cầu nộp bản sao.",
            "Kính gửi ông Trần Văn Bình: Sở đã khai thác dữ liệu dân cư, không yêu cầu bản sao giấy khai sinh.",
            "Sở Tư pháp khai thác thông tin khai sinh từ Cơ sở dữ liệu quốc gia về dân cư; người dân không phải nộp "
            "bản sao giấy khai sinh khi đề nghị cấp phiếu lý lịch tư pháp.",
            30,
            stp,
        ),
    ):
        petition = services.submit(_input(agency, person, title, content, "proposal"), at=_days_ago(now, days))
        petition = services.accept(petition, user=user, at=_days_ago(now, days - 1))
        petition = services.answer(petition, user=user, text=answer, at=_days_ago(now, days - 8))
        services.publish(petition, user=user, public_title=title, public_answer=public, at=_days_ago(now, days - 9))
    # 7. Sent to the justice department, forwarded to the construction department (competent), open there.
    petition = services.submit(
        _input(
            justice,
            3,
            "Thủ tục cấp phép xây dựng công trình quảng cáo",
            "Đề nghị giảm thành phần hồ sơ cấp phép xây dựng công trình quảng cáo.",
            "regulation_unfit",
        ),
        at=_days_ago(now, 9),
    )
    services.forward(
        petition,
        user=stp,
        to=construction,
        reason="Thủ tục thuộc thẩm quyền của Sở Giao thông vận tải - Xây dựng.",
        at=_days_ago(now, 7),
    )
    # 8. Not accepted: a complaint about a decision, which follows the Law on Complaints.
    petition = services.record(
        _input(ward, 2, "Khiếu nại quyết định xử phạt", "Tôi không đồng ý với quyết định xử phạt hành chính.", "other"),
        user=cl,
        channel="desk",
        received_at=_days_ago(now, 15),
        at=_days_ago(now, 15, 10),
    )
    services.reject(
        petition,
        user=cl,
        reason="Nội dung là khiếu nại quyết định hành chính, giải quyết theo Luật Khiếu nại, không phải phản ánh, "
        "kiến nghị theo Nghị định 20/2008/NĐ-CP.",
        at=_days_ago(now, 14),
    )
    return Petition.objects.count() - before


_USERS = (
    "stp.motcua",
    "sxd.lanhdao",
    "sxd.chuyenvien",
    "cocleu.motcua",
    "congdan1",
    "congdan2",
)
