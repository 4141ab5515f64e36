"""The working days taken (thời gian giải quyết), stored when a dossier is decided, and its backfill."""

import io
from decimal import Decimal

from django.core.management import call_command

from motcua.dossiers import services
from motcua.dossiers.models import Dossier, Pause
from motcua.orgs.permissions import Role
from motcua.reports import figures, form06

from ..reports.conftest import MARCH, at, decide, receive
from .conftest import procedure  # noqa: F401


def test_the_decision_stores_the_working_days_taken(officials, tree, procedure):  # noqa: F811
    # Fri 06/03 10:00 → Tue 10/03 15:00: 5.5 h + 8 h + 6 h = 19.5 working hours = 2.44 days
    dossier = decide(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 10, 15, 0))
    dossier.refresh_from_db()
    assert dossier.days_taken == Decimal("2.44")
    assert services.state_differences(dossier) == {}  # not part of the event snapshot: nothing to rebuild


def test_reports_read_the_stored_value_and_compute_the_missing_ones(officials, tree, procedure):  # noqa: F811
    first = decide(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 10, 15, 0))
    second = decide(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 12, 8, 0))
    Dossier.objects.filter(pk=first.pk).update(days_taken=Decimal("9.99"))  # the stored value is what counts
    Dossier.objects.filter(pk=second.pk).update(days_taken=None)  # decided before the column: computed
    dossiers = figures.resolved(form06.scope(officials[Role.PROVINCE_ADMIN]).dossiers(), MARCH)
    assert figures.processing_days(dossiers) == {first.pk: Decimal("9.99"), second.pk: Decimal("3.75")}


def test_fill_days_taken_stores_what_reports_would_compute(officials, tree, procedure):  # noqa: F811
    dossier = decide(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 10, 15, 0))
    Pause.objects.create(dossier=dossier, reason="fees", started_at=at(2026, 3, 9, 7, 30), ended_at=at(2026, 3, 9, 17))
    Dossier.objects.filter(pk=dossier.pk).update(days_taken=None)
    undecided = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    out = io.StringIO()
    call_command("fill_days_taken", stdout=out)
    assert out.getvalue().strip() == "filled 1 dossiers"
    dossier.refresh_from_db()
    undecided.refresh_from_db()
    assert dossier.days_taken == Decimal("1.44")  # 19.5 h less the paused Monday (8 h) = 11.5 h
    assert undecided.days_taken is None
    assert services.fill_days_taken() == 0  # idempotent
