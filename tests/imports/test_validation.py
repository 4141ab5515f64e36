"""Each bad line is reported with its number and a reason naming the field; good lines still load."""

import io
import json

import pytest
from django.core.management import call_command

from motcua.dossiers.models import Dossier, DossierEvent
from motcua.imports.models import ImportedDossier
from motcua.imports.services import import_lines

from ..dossiers.conftest import procedure  # noqa: F401
from .helpers import iso, line

BAD = {
    "bad json": ('{"external_id": "X", ', "line", "Not valid JSON"),
    "not an object": ("[1, 2]", "line", "one JSON object"),
    "missing external_id": (line(external_id=None), "external_id", "required"),
    "missing procedure": (line("B", procedure=None), "procedure", "required"),
    "missing events": (line("B", events=[]), "events", "non-empty"),
    "bad channel": (line("B", channel="fax"), "channel", "counter, online or post"),
    "unknown procedure": (line("B", procedure="9.999999"), "procedure", "Unknown procedure code 9.999999"),
    "not in force": (
        line("B", events=[{"type": "received", "at": iso(2025, 3, 6, 10, 0)}]),
        "procedure",
        "not in force on 2025-03-06",
    ),
    "unknown agency": (line("B", agency="H99.99"), "agency", "Unknown agency e-ID code H99.99"),
    "unknown event type": (
        line(
            "B",
            events=[{"type": "received", "at": iso(2026, 3, 6, 10)}, {"type": "teleported", "at": iso(2026, 3, 7, 10)}],
        ),
        "events[1].type",
        "Unknown event type teleported",
    ),
    "not a timestamp": (  # a naive ISO time is Vietnam time (tests/imports/test_time_zones.py)
        line("B", events=[{"type": "received", "at": "06/03/2026 10:00"}]),
        "events[0].at",
        "Not an ISO 8601 timestamp: 06/03/2026 10:00",
    ),
    "a timestamp that is not text": (
        line("B", events=[{"type": "received", "at": 1772766000}]),
        "events[0].at",
        "Give an ISO 8601 timestamp",
    ),
    "dates decreasing": (
        line(
            "B", events=[{"type": "received", "at": iso(2026, 3, 6, 10)}, {"type": "step", "at": iso(2026, 3, 5, 10)}]
        ),
        "events[1].at",
        "date order",
    ),
    "illegal order": (
        line(
            "B",
            events=[{"type": "received", "at": iso(2026, 3, 6, 10)}, {"type": "returned", "at": iso(2026, 3, 7, 10)}],
        ),
        "events[1].type",
        "not possible while the dossier is",
    ),
    "starts with a step": (
        line("B", events=[{"type": "step", "at": iso(2026, 3, 6, 10)}]),
        "events[0].type",
        "not possible",
    ),
    "submitted at the counter": (
        line(
            "B",
            events=[{"type": "submitted", "at": iso(2026, 3, 6, 10)}, {"type": "received", "at": iso(2026, 3, 6, 11)}],
        ),
        "events[0].type",
        "Only an online dossier",
    ),
    "refusal without reasons": (
        line(
            "B",
            events=[
                {"type": "received", "at": iso(2026, 3, 6, 10)},
                {"type": "decided", "at": iso(2026, 3, 7, 10), "outcome": "refused"},
            ],
        ),
        "events[1].reasons",
        "must give its reasons",
    ),
    "bad applicant kind": (
        line("B", applicant={"name": "X", "kind": "robot"}),
        "applicant.kind",
        "person or an organisation",
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_each_bad_line_names_its_field(case, procedure):  # noqa: F811
    text, field, message = BAD[case]
    result = import_lines([line("GOOD-1"), text, line("GOOD-2")])
    assert result.imported == 2 and result.failed == 1
    [error] = result.errors
    assert error["line"] == 2 and error["field"] == field and message in error["message"], error
    assert Dossier.objects.count() == 2 and ImportedDossier.objects.count() == 2


def test_partial_load_and_idempotent_rerun(procedure, capsys, tmp_path):  # noqa: F811
    path = tmp_path / "old.ndjson"
    path.write_text("\n".join([line("A-1"), BAD["unknown agency"][0], line("A-2"), "", line("A-1")]) + "\n")
    with pytest.raises(SystemExit):
        call_command("import_dossiers", str(path))
    out, err = capsys.readouterr()
    assert "4 lines: 2 imported, 0 already imported, 2 bad" in out
    assert "line 2: agency: Unknown agency e-ID code H99.99" in err
    assert "line 5: external_id: The same external_id is on line 1" in err
    events = DossierEvent.objects.count()
    with pytest.raises(SystemExit):
        call_command("import_dossiers", str(path))
    out, _err = capsys.readouterr()
    assert "4 lines: 0 imported, 3 already imported, 1 bad" in out
    assert Dossier.objects.count() == 2 and DossierEvent.objects.count() == events
    assert set(ImportedDossier.objects.values_list("external_id", flat=True)) == {"A-1", "A-2"}


def test_dry_run_writes_nothing_and_source_option(procedure, capsys, tmp_path):  # noqa: F811
    obj = json.loads(line("C-1"))
    del obj["source"]
    path = tmp_path / "x.ndjson"
    path.write_text(json.dumps(obj) + "\n")
    call_command("import_dossiers", str(path), "--dry-run", "--source", "old")
    assert "1 valid (dry run" in capsys.readouterr().out and not Dossier.objects.exists()
    result = import_lines(io.StringIO(json.dumps(obj) + "\n"))
    assert result.errors[0]["field"] == "source"
    call_command("import_dossiers", str(path), "--source", "old")
    assert ImportedDossier.objects.get().source == "old"


def test_codes_kept_or_given_and_live_receipts_continue(procedure, officials, tree):  # noqa: F811
    from motcua.dossiers import services
    from motcua.orgs.permissions import Role

    from ..dossiers.conftest import applicant, at, components

    result = import_lines([line("K-1", code="H15.03-260306-0007"), line("K-2"), line("K-3", code="H15.03-260306-0007")])
    assert result.imported == 2 and result.errors[0]["field"] == "code"
    codes = set(Dossier.objects.values_list("code", flat=True))
    assert codes == {"H15.03-260306-0007", "H15.03-260306-0008"}
    fresh = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 16, 0),
    )
    assert fresh.code == "H15.03-260306-0009"
