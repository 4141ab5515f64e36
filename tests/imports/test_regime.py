"""The importer replays histories through the same lifecycle, so each dossier keeps its own regime."""

import datetime as dt

import pytest

from motcua.dossiers.models import Dossier
from motcua.imports.services import import_lines

from ..catalogue.factories import content, publish, sector
from ..dossiers.conftest import PROCESS
from .helpers import iso, line


@pytest.fixture
def procedure_2025(tree):
    sector()
    data = content(
        name="Cấp phiếu lý lịch tư pháp",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "4", "unit": "working_days"},
        committed={"amount": "3", "unit": "working_days"},
        processes=[{"case": None, "steps": PROCESS}],
    )
    return publish(tree.justice, [("2.000489", "new", data)], day=dt.date(2025, 1, 2))


def _asked_twice(external_id: str, day: int, month: int) -> str:
    items = [{"item": "Giấy chứng sinh", "reason": "Bản sao không rõ"}]
    return line(
        external_id,
        procedure="2.000489",
        events=[
            {"type": "received", "at": iso(2025, month, day, 9, 0)},
            {"type": "step", "at": iso(2025, month, day, 10, 0)},
            {"type": "step", "at": iso(2025, month, day, 11, 0)},
            {"type": "supplement_requested", "at": iso(2025, 7, 2, 9, 0), "items": items},
            {"type": "resubmitted", "at": iso(2025, 7, 3, 9, 0)},
            {"type": "supplement_requested", "at": iso(2025, 7, 4, 9, 0), "items": items},
        ],
    )


def test_a_second_supplement_request_is_imported_for_30_june_2025_and_refused_for_1_july(procedure_2025):
    result = import_lines([_asked_twice("OLD-1", 30, 6), _asked_twice("NEW-1", 1, 7)])
    assert (result.imported, result.failed) == (1, 1)
    [error] = result.errors
    assert error["line"] == 2 and error["field"] == "events[5].type" and "only once" in error["message"], error
    dossier = Dossier.objects.get()
    assert dossier.supplement_requests == 2 and dossier.events.latest("seq").data["fault"] is True
