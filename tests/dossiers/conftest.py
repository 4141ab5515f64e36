"""A published procedure of Sở Tư pháp with a four-step process, and a PDF to upload."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from motcua.dossiers.services import Applicant, ComponentInput

from ..catalogue.factories import content, publish, sector

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
PROCESS = [
    {"name": "Tiếp nhận hồ sơ", "actor": "desk_officer", "budget": "0.5"},
    {"name": "Phân công", "actor": "unit_head", "unit": "H15.03.02", "budget": "0.5"},
    {"name": "Thẩm định", "actor": "specialist", "unit": "H15.03.02", "budget": "1.5"},
    {"name": "Phê duyệt", "actor": "agency_leader", "budget": "0.5"},
    {"name": "Trả kết quả", "actor": "desk_officer", "budget": "0", "counted": False},
]


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=TZ)


def pdf(name: str = "ket-qua.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"%PDF-1.4\n% motcua test\n", content_type="application/pdf")


@pytest.fixture
def procedure(tree):
    sector()
    data = content(
        name="Cấp phiếu lý lịch tư pháp",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "4", "unit": "working_days"},
        committed={"amount": "3", "unit": "working_days"},
        on_the_spot=False,
        processes=[{"case": None, "steps": PROCESS}],
    )
    return publish(tree.justice, [("2.000488", "new", data)], day=dt.date(2026, 1, 5))


@pytest.fixture
def on_the_spot_procedure(tree):
    """A “4 tại chỗ” procedure of Sở Tư pháp (received, decided and returned at the desk)."""
    sector()
    data = content(
        name="Chứng thực bản sao",
        level="province",
        on_the_spot=True,
        implementing_agency="H15.03",
        statutory={"amount": "1", "unit": "working_days"},
        committed=None,
        processes=[],
    )
    return publish(tree.justice, [("2.000100", "new", data)], day=dt.date(2026, 1, 5))


def applicant() -> Applicant:
    return Applicant(
        name="Nguyễn Văn An",
        id_number="010203004005",
        phone="0912345678",
        email="an@example.vn",
        address="Phường Cốc Lếu, TP Lào Cai",
    )


def components() -> list[ComponentInput]:
    return [ComponentInput("to-khai", received=True), ComponentInput("giay-chung-sinh", file=pdf("gcs.pdf"))]
