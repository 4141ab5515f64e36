import datetime as dt
import io

from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from motcua.core.validators import validate_personal_id
from motcua.demo import load
from motcua.dossiers import selectors, services
from motcua.dossiers.models import Dossier, DossierEvent, DossierStep
from motcua.orgs.permissions import Role

from ..dossiers.conftest import applicant, at, components, procedure  # noqa: F401


def test_generated_dossiers_are_consistent(officials, tree, procedure, capsys):  # noqa: F811
    now = at(2026, 11, 20, 10, 0)
    made = load.generate(400, years=0.8, seed=7, now=now)
    assert made["dossiers"] == Dossier.objects.count() == 400
    assert made["steps"] == DossierStep.objects.count() and made["events"] == DossierEvent.objects.count()
    call_command("rebuild_dossier_state", "--check")
    assert "0 differ" in capsys.readouterr().out
    statuses = dict(Dossier.objects.values_list("status").annotate(n=Count("id")))
    assert statuses.get("returned", 0) > 250 and statuses.get("processing", 0) + statuses.get("received", 0) > 0
    verdicts = dict(Dossier.objects.exclude(verdict="").values_list("verdict").annotate(n=Count("id")))
    assert verdicts["early"] > verdicts.get("late", 0) > 0
    assert Dossier.objects.values("code").distinct().count() == 400
    for number in Dossier.objects.values_list("applicant_id_number", flat=True):  # what the desk would accept
        validate_personal_id(number, field="applicant_id_number")
    online = Dossier.objects.filter(channel=2).count()
    assert 0.2 < online / 400 < 0.5
    # a real receipt afterwards continues the day's sequence
    last = Dossier.objects.filter(received_at__date=dt.date(2026, 11, 19)).order_by("-code").first()
    if last is not None:
        fresh = services.receive(
            user=officials[Role.DESK_OFFICER],
            desk=tree.justice,
            procedure=procedure,
            applicant=applicant(),
            components=components(),
            at=at(2026, 11, 19, 16, 50),
        )
        assert fresh.code > last.code
    # two months on, every dossier still open is overdue: the province administrator's queue lists them all
    from motcua.dossiers.workflow import OPEN

    later = now + dt.timedelta(days=60)
    still_open = Dossier.objects.filter(status__in=OPEN).exclude(status="supplement")
    assert still_open.exists()
    assert set(selectors.queue(officials[Role.PROVINCE_ADMIN], "overdue", later)) == set(still_open)


def test_generated_decisions_carry_the_working_days_that_reports_would_compute(officials, tree, procedure):  # noqa: F811
    load.generate(120, years=0.5, seed=3, now=at(2026, 11, 20, 10, 0))
    decided = Dossier.objects.exclude(verdict="")
    stored = dict(decided.values_list("pk", "days_taken"))
    assert stored and None not in stored.values()
    decided.update(days_taken=None)
    assert services.fill_days_taken() == len(stored)
    assert dict(decided.values_list("pk", "days_taken")) == stored
    assert not Dossier.objects.filter(verdict="", days_taken__isnull=False).exists()


def test_generation_commits_each_chunk_so_a_server_can_receive_in_between(officials, tree, procedure):  # noqa: F811
    """A desk receiving dossiers while ``generate_load`` runs: each chunk is its own transaction, taking
    its keys and code numbers afresh, so the live receipts and the generated dossiers never collide."""
    now = timezone.now()
    live, seen = [], []

    def receive_between(done: int, total: int) -> None:
        seen.append((done, total))
        live.append(
            services.receive(
                user=officials[Role.DESK_OFFICER],
                desk=tree.justice,
                procedure=procedure,
                applicant=applicant(),
                components=components(),
                at=now,
            )
        )

    made = load.generate(130, years=0.02, seed=5, now=now, chunk=50, progress=receive_between)
    assert seen == [(50, 130), (100, 130), (130, 130)]
    assert Dossier.objects.count() == made["dossiers"] + len(live) == 133
    assert Dossier.objects.values("code").distinct().count() == 133
    out = io.StringIO()
    call_command("rebuild_dossier_state", "--check", stdout=out)
    assert "0 differ" in out.getvalue()
