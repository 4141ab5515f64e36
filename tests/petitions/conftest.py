"""Petitions (PAKN) helpers: a petitioner's input and petitions walked through the services."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from motcua.orgs.permissions import Role
from motcua.petitions import services
from motcua.petitions.services import PetitionInput

from ..dossiers.conftest import at

PETITIONER = {
    "name": "Phạm Thị Riêng Tư",
    "address": "Số 7 ngõ Bí Mật, phường Cốc Lếu",
    "phone": "0977123456",
    "email": "rieng.tu@example.vn",
}


def petition_input(agency, **fields) -> PetitionInput:
    values = {
        "agency": agency,
        "title": "Thủ tục cấp phiếu lý lịch tư pháp còn rườm rà",
        "content": "Tôi đề nghị bỏ yêu cầu nộp bản sao giấy khai sinh khi đã có dữ liệu dân cư.",
        "kind": "regulation_unfit",
        **PETITIONER,
    }
    values.update(fields)
    return PetitionInput(**values)


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


@pytest.fixture
def submitted(tree):
    """A petition to Sở Tư pháp sent online on Friday 6 March 2026 at 09:00."""
    return services.submit(petition_input(tree.justice), at=at(2026, 3, 6, 9, 0))


def accepted(officials, petition, when=None):
    return services.accept(petition, user=officials[Role.DESK_OFFICER], at=when or at(2026, 3, 9, 9, 0))


def answered(officials, petition, when=None):
    petition = accepted(officials, petition)
    return services.answer(
        petition,
        user=officials[Role.DESK_OFFICER],
        text="Sở đã kiến nghị bỏ yêu cầu này.",
        at=when or at(2026, 3, 10, 9, 0),
    )
