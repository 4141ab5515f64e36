"""An import outside a transaction: chunks written while the next ones are replayed (PostgreSQL).

Inside a test transaction (the other tests) the importer writes each chunk itself; here the rows are
committed, so on PostgreSQL the writer thread with its own connection does the writing.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from motcua.dossiers.models import CodeCounter, Dossier, DossierEvent, DossierStep
from motcua.imports import services
from motcua.imports.build import Context, Ids, Replay
from motcua.imports.models import ImportedDossier
from motcua.imports.parse import parse_line
from motcua.imports.services import import_lines

from ..dossiers.conftest import procedure  # noqa: F401
from .helpers import line

pytestmark = pytest.mark.django_db(transaction=True)


def test_chunks_written_in_order_and_answers_do_not_depend_on_timing(procedure, monkeypatch):  # noqa: F811
    monkeypatch.setattr(services, "CHUNK", 2)  # five chunks of two lines
    assert not connection.in_atomic_block  # so on PostgreSQL the writer thread is used
    lines = [
        line("W-1"),
        line("W-2", code="H15.03-260306-0007"),
        line("W-3"),
        line("W-1"),  # same external_id as line 1, in a later chunk: an error, not "already imported"
        line("W-5", code="H15.03-260306-0007"),  # the code of line 2, in a later chunk
        line("W-6"),
        line("W-7"),
        line("W-8"),
        line("W-9"),
    ]
    result = import_lines(lines)
    assert (result.imported, result.skipped, result.failed) == (7, 0, 2)
    assert [(e["line"], e["field"]) for e in result.errors] == [(4, "external_id"), (5, "code")]
    assert "used twice" in result.errors[1]["message"]
    assert Dossier.objects.count() == ImportedDossier.objects.count() == 7
    assert DossierStep.objects.count() > 7 and DossierEvent.objects.count() == 7 * 4
    # a kept code of our pattern moves the desk's day counter past it, written with its chunk
    codes = sorted(Dossier.objects.values_list("code", flat=True))
    assert codes == [f"H15.03-260306-{n:04d}" for n in (1, 7, 8, 9, 10, 11, 12)]
    assert CodeCounter.objects.get().last == 12
    out = io.StringIO()
    call_command("rebuild_dossier_state", "--check", stdout=out)
    assert "0 differ" in out.getvalue()
    again = import_lines(lines)
    # line 4 is now "already imported" like line 1; line 5's code is taken by line 2's dossier
    assert (again.imported, again.skipped, again.failed) == (0, 8, 1)
    assert again.errors[0]["line"] == 5 and "already exists" in again.errors[0]["message"]
    assert Dossier.objects.count() == 7


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the writer thread runs on PostgreSQL")
def test_a_failed_write_reaches_the_importer(procedure):  # noqa: F811
    record = parse_line(line("F-1"), 1)
    ids = Ids(10_000, 10_000, 10_000, 10_000)
    built = Replay(record, Context.load(), ids, actor_label="test").run()
    built.dossier.agency_id = 987_654_321  # no such agency: the foreign key fails at commit
    writer = services.Writer()
    writer.put([(record, built)], [])
    with pytest.raises(Exception, match="foreign key"):
        writer.close()
    assert not Dossier.objects.exists()
