"""The write path announces its events (dossiers.signals.dossier_event); subscribers run in the action's transaction."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from motcua.core.models import OutboxMessage
from motcua.dossiers import services
from motcua.dossiers.models import Dossier
from motcua.dossiers.signals import dossier_event
from motcua.dossiers.workflow import Status
from motcua.orgs.permissions import Role

from .conftest import applicant, at, components


class Refused(Exception):
    pass


@contextmanager
def subscribed(receiver):
    dossier_event.connect(receiver, dispatch_uid="test-subscriber")
    try:
        yield
    finally:
        dossier_event.disconnect(dispatch_uid="test-subscriber")


def receive(officials, tree, procedure):
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 10, 0),
    )


def test_a_subscriber_hears_the_event_with_the_dossier_moment_and_context(officials, tree, procedure):
    heard = []

    def listener(sender, **kwargs):
        heard.append(kwargs)

    with subscribed(listener):
        dossier = receive(officials, tree, procedure)
        services.withdraw(dossier, user=officials[Role.DESK_OFFICER], reason="Nộp nhầm", at=at(2026, 3, 9, 8, 0))
    assert [(h["dossier"].pk, h["event"]) for h in heard] == [(dossier.pk, "accepted"), (dossier.pk, "withdrawn")]
    assert heard[0]["at"] == at(2026, 3, 6, 10, 0) and heard[0]["context"] == {}
    assert heard[1]["at"] == at(2026, 3, 9, 8, 0) and heard[1]["context"] == {"reason": "Nộp nhầm"}
    assert heard[1]["dossier"].status == Status.WITHDRAWN  # announced after the change, before the commit


def test_notifications_subscribe_and_queue_the_messages(officials, tree, procedure):
    dossier = receive(officials, tree, procedure)
    keys = set(OutboxMessage.objects.values_list("idempotency_key", flat=True))
    assert keys == {f"dossier-{dossier.pk}-accepted-1-email", f"dossier-{dossier.pk}-accepted-1-sms"}


def test_a_failing_subscriber_rolls_back_the_dossier_and_its_outbox_rows(officials, tree, procedure):
    dossier = receive(officials, tree, procedure)
    before = set(OutboxMessage.objects.values_list("pk", flat=True))
    seen_in_transaction = []

    def failing(sender, *, dossier, event, **kwargs):
        # notifications subscribed first (AppConfig.ready): its rows are already written in this transaction
        seen_in_transaction.append(OutboxMessage.objects.filter(idempotency_key__contains=f"-{event}-").count())
        raise Refused(event)

    with subscribed(failing), pytest.raises(Refused):
        services.withdraw(dossier, user=officials[Role.DESK_OFFICER], reason="Nộp nhầm", at=at(2026, 3, 9, 8, 0))
    assert seen_in_transaction == [2]  # e-mail and SMS were queued …
    assert set(OutboxMessage.objects.values_list("pk", flat=True)) == before  # … and rolled back with the action
    dossier.refresh_from_db()
    assert dossier.status == Status.RECEIVED
    assert not dossier.events.filter(action="withdraw").exists()

    count = Dossier.objects.count()
    with subscribed(failing), pytest.raises(Refused):
        receive(officials, tree, procedure)
    assert Dossier.objects.count() == count
    assert set(OutboxMessage.objects.values_list("pk", flat=True)) == before


def test_every_announced_event_has_its_notification_and_a_misspelt_one_fails():
    from motcua.dossiers import signals
    from motcua.notifications.services import EVENT_ACTION

    assert {str(event) for event in EVENT_ACTION} == signals.EVENTS
    with pytest.raises(ValueError, match="unknown dossier event"):
        signals.announce(object(), "recieved")
