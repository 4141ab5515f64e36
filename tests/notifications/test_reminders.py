"""Reminders to officials (nhắc việc): one digest e-mail a day listing dossiers overdue or due within a working day."""

import copy
import datetime as dt
import io

from django.core.management import call_command
from django.urls import reverse

from motcua.core.models import OutboxMessage
from motcua.dossiers import services
from motcua.notifications import services as notifications
from motcua.notifications import tasks
from motcua.orgs.permissions import Role

from ..conftest import make_staff
from ..dossiers.conftest import applicant, at, components, pdf

MONDAY = at(2026, 3, 9, 14, 0)  # the first steps count from Monday 08:00 (received on Friday)


def receive(officials, tree, procedure):
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 10, 0),
    )


def with_email(user, language="en"):
    user.email = f"{user.username}@laocai.gov.vn"
    user.preferred_language = language
    user.save()
    return user


def setup(officials, tree, procedure):
    """A at the desk (overdue step), B waiting for the unit head (due today), C with the specialist
    (due Wednesday), D stopped."""
    for role in (Role.DESK_OFFICER, Role.UNIT_HEAD, Role.SPECIALIST, Role.AGENCY_LEADER):
        with_email(officials[role])
    desk = officials[Role.DESK_OFFICER]
    a = receive(officials, tree, procedure)
    b = services.forward(receive(officials, tree, procedure), user=desk, at=at(2026, 3, 6, 14, 0))
    c = services.forward(receive(officials, tree, procedure), user=desk, at=at(2026, 3, 6, 14, 0))
    c = services.forward(c, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=at(2026, 3, 6, 15))
    d = services.stop(receive(officials, tree, procedure), user=desk, reason="Trùng hồ sơ", at=at(2026, 3, 6, 16))
    return a, b, c, d


def digests() -> dict[str, dict]:
    rows = OutboxMessage.objects.filter(idempotency_key__startswith="reminder-")
    return {row.payload["to"][0].split("@")[0]: row.payload for row in rows}


def test_due_soon_and_overdue_dossiers_go_to_who_must_act(officials, tree, procedure):
    a, b, c, d = setup(officials, tree, procedure)
    assert notifications.send_reminders(MONDAY) == 2
    sent = digests()
    assert set(sent) == {"desk", "unithead"}  # the specialist's dossier is due on Wednesday; D is stopped
    desk, unit = sent["desk"]["body"], sent["unithead"]["body"]
    assert a.code in desk and b.code not in desk and c.code not in desk and d.code not in desk
    assert "OVERDUE" in desk and reverse("office:dossier-detail", args=[a.pk]) in desk
    assert b.code in unit and "due soon" in unit and a.code not in unit
    assert sent["desk"]["subject"] == "Reminder: 1 dossiers to act on"
    key = f"reminder-{officials[Role.DESK_OFFICER].pk}-2026-03-09"
    assert OutboxMessage.objects.filter(idempotency_key=key, task="email.send").exists()


def test_a_second_run_the_same_day_sends_nothing_new(officials, tree, procedure):
    setup(officials, tree, procedure)
    assert notifications.send_reminders(MONDAY) == 2
    assert notifications.send_reminders(MONDAY + dt.timedelta(hours=1)) == 0
    assert OutboxMessage.objects.filter(idempotency_key__startswith="reminder-").count() == 2
    # the next day the overdue dossiers are listed again; the specialist's is now due within a working day
    assert notifications.send_reminders(at(2026, 3, 10, 14, 0)) == 3


def test_every_holder_of_the_role_is_told_and_those_without_email_are_skipped(officials, tree, procedure):
    setup(officials, tree, procedure)
    with_email(make_staff("unithead2", tree.justice_unit, Role.UNIT_HEAD))
    make_staff("unithead3", tree.justice_unit, Role.UNIT_HEAD)  # no e-mail address
    elsewhere = with_email(make_staff("unithead4", tree.construction, Role.UNIT_HEAD))
    retired = with_email(make_staff("unithead5", tree.justice_unit, Role.UNIT_HEAD))
    retired.is_active = False
    retired.save()
    assert notifications.send_reminders(MONDAY) == 3
    assert set(digests()) == {"desk", "unithead", "unithead2"}
    assert elsewhere.username not in digests()


def test_finished_dossiers_are_never_reminded(officials, tree, procedure):
    for role in Role:
        if role in officials:
            with_email(officials[role])
    dossier = services.forward(
        receive(officials, tree, procedure), user=officials[Role.DESK_OFFICER], at=at(2026, 3, 6, 14, 0)
    )
    dossier = services.forward(
        dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=at(2026, 3, 6, 15)
    )
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=at(2026, 3, 9, 9, 0))
    services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=at(2026, 3, 9, 10, 0))
    # the result waits at the desk to be handed over: no processing left, no reminder
    assert notifications.send_reminders(at(2026, 3, 20, 8, 0)) == 0


def test_the_command_and_the_daily_task(officials, tree, procedure):
    setup(officials, tree, procedure)
    out = io.StringIO()
    call_command("send_reminders", "--at", "2026-03-09T14:00", stdout=out)
    assert "queued 2" in out.getvalue()
    assert tasks.send_reminders() >= 0  # today, in real time: runs without error


def test_the_beat_runs_the_reminders_at_half_past_seven_in_vietnam():
    from motcua.core.celery import app

    entry = app.conf.beat_schedule["send-reminders"]
    assert entry["task"] == "motcua.notifications.tasks.send_reminders"
    assert entry["task"] in app.tasks or tasks.send_reminders.name == entry["task"]
    schedule = copy.copy(entry["schedule"])  # the shared entry stays untouched
    utc = dt.UTC
    schedule.nowfun = lambda: dt.datetime(2026, 3, 10, 0, 31, tzinfo=utc)  # 07:31 in Hà Nội
    assert schedule.is_due(dt.datetime(2026, 3, 9, 0, 31, tzinfo=utc)).is_due
    schedule.nowfun = lambda: dt.datetime(2026, 3, 10, 0, 29, tzinfo=utc)  # 07:29 in Hà Nội
    state = schedule.is_due(dt.datetime(2026, 3, 9, 0, 31, tzinfo=utc))
    assert not state.is_due and state.next == 60
