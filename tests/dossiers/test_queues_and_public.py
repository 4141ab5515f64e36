import datetime as dt

from django.core.cache import cache
from django.core.management import call_command

from motcua.dossiers import selectors, services
from motcua.dossiers.models import Dossier
from motcua.orgs.permissions import Role

from .conftest import applicant, at, components, pdf


def _receive(officials, tree, procedure, when):
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=when,
    )


def codes(qs):
    return [d.code for d in qs]


def test_queues_follow_the_dossier(officials, tree, procedure, citizen, other_official):
    now = at(2026, 3, 10, 16, 0)
    a = _receive(officials, tree, procedure, at(2026, 3, 6, 9, 0))  # due 11/03
    b = _receive(officials, tree, procedure, at(2026, 3, 10, 9, 0))  # due 13/03
    desk, head, spec, leader = (
        officials[r] for r in (Role.DESK_OFFICER, Role.UNIT_HEAD, Role.SPECIALIST, Role.AGENCY_LEADER)
    )
    assert codes(selectors.queue(desk, "to_transfer", now)) == [a.code, b.code]
    a = services.forward(a, user=desk, at=now)
    assert codes(selectors.queue(head, "to_assign", now)) == [a.code]
    a = services.forward(a, user=head, handler=spec, at=now)
    assert codes(selectors.queue(spec, "mine", now)) == [a.code]
    assert codes(selectors.queue(desk, "needs_apology", now)) == [a.code]  # due tomorrow 17:00
    a = services.forward(a, user=spec, at=now)
    assert codes(selectors.queue(leader, "to_approve", now)) == [a.code]
    assert selectors.queue(other_official, "to_approve", now).count() == 0
    assert selectors.queue(citizen, "due_today", now).count() == 0
    later = at(2026, 3, 12, 9, 0)
    assert codes(selectors.queue(leader, "overdue", later)) == [a.code]
    services.decide(a, user=leader, result_file=pdf(), at=later)
    assert codes(selectors.queue(desk, "ready_to_return", later)) == [a.code]
    province_admin = officials[Role.PROVINCE_ADMIN]  # sees the whole province, returns nothing itself
    assert codes(selectors.queue(province_admin, "overdue", later)) == []  # decided: no longer open
    assert selectors.queue(province_admin, "ready_to_return", later).count() == 0
    assert selectors.queue(officials[Role.INSPECTOR], "ready_to_return", later).count() == 0  # may not return
    assert selectors.queue(citizen, "ready_to_return", later).count() == 0
    assert selectors.queue(other_official, "overdue", later).count() == 0
    counts = selectors.queue_counts(desk, later)
    assert counts["ready_to_return"] == 1 and counts["to_transfer"] == 1


def test_search_by_name_without_accents_phone_and_code(officials, tree, procedure):
    d = _receive(officials, tree, procedure, at(2026, 3, 6, 9, 0))
    qs = Dossier.objects.all()
    assert codes(selectors.search(qs, "nguyen van an")) == [d.code]
    assert codes(selectors.search(qs, "0912345678")) == [d.code]
    assert codes(selectors.search(qs, d.code)) == [d.code]
    assert not selectors.search(qs, "tran thi").exists()


def test_public_lookup_shows_no_personal_data(client, officials, tree, procedure):
    cache.clear()
    d = _receive(officials, tree, procedure, at(2026, 3, 6, 9, 0))
    response = client.get(f"/api/v1/public/dossiers/{d.code}")
    assert response.status_code == 200
    data = response.json()
    assert data["appointment_on"] == "2026-03-11" and data["national_status"] == 2
    body = response.content.decode()
    for secret in ("Nguyễn Văn An", "0912345678", "010203004005", "an@example.vn", "Cốc Lếu"):
        assert secret not in body
    missing = client.get("/api/v1/public/dossiers/H15.03-260306-9999")
    assert missing.status_code == 404 and "code" in missing.json()["error"]["fields"]


def test_public_lookup_is_rate_limited(client, db):
    cache.clear()
    statuses = [client.get("/api/v1/public/dossiers/X").status_code for _ in range(61)]
    assert statuses[:60] == [404] * 60 and statuses[60] == 429


def test_rebuild_command(officials, tree, procedure, capsys):
    import pytest

    d = _receive(officials, tree, procedure, at(2026, 3, 6, 9, 0))
    call_command("rebuild_dossier_state", "--check")
    Dossier.objects.filter(pk=d.pk).update(status="returned")
    with pytest.raises(SystemExit):
        call_command("rebuild_dossier_state", "--check")
    call_command("rebuild_dossier_state", "--repair")
    call_command("rebuild_dossier_state", "--check")
    assert Dossier.objects.get(pk=d.pk).status == "received"
    assert "1 repaired" in capsys.readouterr().out


def test_a_holiday_added_moves_open_deadlines(officials, tree, procedure):
    from motcua.core import outbox
    from motcua.core.models import OutboxMessage
    from motcua.worktime import services as worktime

    d = _receive(officials, tree, procedure, at(2026, 3, 6, 9, 0))
    before = _receive(officials, tree, procedure, at(2026, 3, 2, 9, 0))  # due 5 March: before the new holiday
    worktime.add_override(date=dt.date(2026, 3, 10), kind="day_off", name="Nghỉ đột xuất", legal_reference="Test")
    queued = OutboxMessage.objects.get(task="dossiers.recompute_deadlines")
    assert queued.payload["ids"] == [d.pk]  # queued for the workers, not done in the administrator's request
    d.refresh_from_db()
    assert d.due_at == at(2026, 3, 11, 17, 0)
    outbox.drain()
    queued.refresh_from_db()
    assert queued.status == OutboxMessage.Status.DONE
    d.refresh_from_db()
    assert d.due_at == at(2026, 3, 12, 17, 0)
    assert d.events.latest("seq").data["kind"] == "deadline"
    assert Dossier.objects.get(pk=before.pk).due_at == before.due_at == at(2026, 3, 5, 17, 0)


def test_the_apology_queue_counts_on_the_desks_own_calendar(officials, tree, procedure):
    """A desk open on Saturday mornings: "needs an apology" lists a dossier exactly when the policy
    offers the apology (its calendar), not by the province's Monday-to-Friday week."""
    from motcua.dossiers import clock, policy
    from motcua.dossiers.workflow import Action
    from motcua.worktime import services as worktime_services

    worktime_services.set_agency_calendar(tree.justice, saturday_morning=True)
    dossiers = [_receive(officials, tree, procedure, at(2026, 3, day, 9, 0)) for day in (9, 10, 11, 12, 13)]
    desk = officials[Role.DESK_OFFICER]
    differs = 0
    for hours in range(0, 24 * 6, 3):
        now = at(2026, 3, 11, 8, 0) + dt.timedelta(hours=hours)
        listed = set(codes(selectors.queue(desk, "needs_apology", now)))
        offered = {d.code for d in dossiers if Action.APOLOGISE in policy.available_actions(desk, d, now)}
        assert listed == offered, now
        assert offered == {d.code for d in dossiers if clock.due_within_one_working_day(d, now)}, now
        by_province = {d.code for d in dossiers if d.due_at <= selectors.apology_threshold(now)}
        differs += by_province != listed
    assert differs  # the province's calendar would have listed other dossiers at some of these moments
