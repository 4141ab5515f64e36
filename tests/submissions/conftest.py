"""Fixtures for online submission: the Sở Tư pháp procedure of tests/dossiers (full online), a
commune procedure done by every commune, a procedure with no online service, citizens, files."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from motcua.accounts.models import User
from motcua.orgs import services as org_services
from motcua.orgs.permissions import Role
from motcua.submissions import services

from ..catalogue.factories import content, publish, sector
from ..conftest import PASSWORD, make_staff
from ..dossiers.conftest import PROCESS, at, pdf, procedure  # noqa: F401 (fixture and helpers re-exported)

__all__ = ["PROCESS", "at", "pdf"]


def text_as_pdf(name: str = "gia.pdf") -> SimpleUploadedFile:
    """A text file wearing a .pdf name: the content check must refuse it."""
    return SimpleUploadedFile(name, b"this is plain text, not a PDF\n", content_type="application/pdf")


@pytest.fixture
def desk(officials):
    return officials[Role.DESK_OFFICER]


@pytest.fixture
def other_citizen(db) -> User:
    return User.objects.create_user(
        "binh", password=PASSWORD, account_type="citizen", full_name="Trần Thị Bình", consented_at=timezone.now()
    )


@pytest.fixture
def commune_procedure(tree):
    """Đăng ký khai sinh: done by every commune (no implementing agency), with two cases."""
    sector()
    second = org_services.create_agency(
        name="UBND xã Y Tý", code="H15.52.02", level="commune", kind="committee", parent=tree.district
    )
    make_staff("desk-ytý", second, Role.DESK_OFFICER)
    data = content(
        cases=[
            {"key": "dung-han", "name": "Đăng ký đúng hạn"},
            {"key": "qua-han", "name": "Đăng ký quá hạn"},
        ],
        components=[
            {"key": "to-khai", "name": "Tờ khai đăng ký khai sinh"},
            {"key": "giay-chung-sinh", "name": "Giấy chứng sinh"},
            {"key": "xac-nhan", "name": "Văn bản xác nhận cư trú", "cases": ["qua-han"]},
            {"key": "ho-chieu", "name": "Hộ chiếu của cha hoặc mẹ", "must_digitise": False},
        ],
    )
    return publish(tree.province, [("1.001193", "new", data)], day=dt.date(2026, 1, 5))


@pytest.fixture
def desk_only_procedure(tree):
    sector()
    data = content(
        name="Cấp bản sao trích lục", online_service="none", channels=["counter"], implementing_agency="H15.03"
    )
    return publish(tree.justice, [("2.000999", "new", data)], day=dt.date(2026, 1, 5))


def ready_draft(user, proc, *, files=None, finish=True):
    """A draft of ``proc`` for oneself, through step 3 (two PDFs uploaded)."""
    draft = services.start_draft(user=user, procedure=proc)
    services.save_applicant(
        draft,
        user=user,
        applying_as="self",
        data={"name": "Nguyễn Văn An", "id_number": "010203004005", "phone": "0912345678", "email": "an@example.vn"},
    )
    services.save_case(
        draft, user=user, case="", desk=draft.desk or draft.version.implementing_agency, return_method="online"
    )
    services.save_components(
        draft,
        user=user,
        uploads=files if files is not None else {"to-khai": pdf("to-khai.pdf"), "giay-chung-sinh": pdf("gcs.pdf")},
    )
    if finish:
        services.finish_components(draft, user=user)
    draft.refresh_from_db()
    return draft
