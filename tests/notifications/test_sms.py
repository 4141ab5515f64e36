"""The SMS plugin: phone numbers, the simulator, and the outbox surviving a failed delivery."""

import datetime as dt

import pytest
from django.utils import timezone

from motcua.core import outbox
from motcua.core.models import OutboxMessage
from motcua.dossiers import services
from motcua.notifications import selectors, sms
from motcua.notifications.models import SimulatedSms
from motcua.orgs.permissions import Role

from ..dossiers.conftest import applicant, at, components


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("0912345678", "84912345678"),
        ("0912 345 678", "84912345678"),
        ("+84 912.345.678", "84912345678"),
        ("84912345678", "84912345678"),
        ("0387-654-321", "84387654321"),
        ("02143840123", None),  # landline
        ("091234567", None),
        ("09123456789", None),
        ("0612345678", None),
        ("", None),
        ("abc", None),
    ],
)
def test_phone_numbers_are_normalised_to_84(raw, normalised):
    assert sms.normalise_phone(raw) == normalised


class FakeGateway:
    """A gateway plugin chosen by dotted path (stands for a provider's client)."""

    sent: list = []

    def send(self, phone: str, text: str) -> str:
        self.sent.append((phone, text))
        return "provider-42"


def test_the_backend_is_chosen_by_setting(db, settings):
    assert isinstance(sms.get_backend(), sms.SimulatorBackend)
    settings.SMS_BACKEND = f"{__name__}.FakeGateway"
    FakeGateway.sent = []
    message = outbox.enqueue("sms.send", {"phone": "0912345678", "text": "Xin chào"}, "k-sms")
    assert outbox.deliver(message.pk)
    assert FakeGateway.sent == [("84912345678", "Xin chào")]
    assert not SimulatedSms.objects.exists()


def test_the_simulator_records_the_message(db):
    provider_id = sms.SimulatorBackend().send("84912345678", "Hồ sơ đã có kết quả")
    row = SimulatedSms.objects.get()
    assert (row.phone, row.text, row.provider_id) == ("84912345678", "Hồ sơ đã có kết quả", provider_id)


def _receive(officials, tree, procedure):
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 10, 0),
    )


def test_the_outbox_survives_a_failed_sms_delivery(officials, tree, procedure, settings):
    settings.SMS_SIMULATOR_FAIL_FIRST = 1
    dossier = _receive(officials, tree, procedure)
    message = OutboxMessage.objects.get(idempotency_key=f"dossier-{dossier.pk}-accepted-1-sms")
    before = timezone.now()
    assert outbox.deliver(message.pk) is False
    message.refresh_from_db()
    assert message.status == "pending" and message.attempts == 1
    assert "gateway unavailable" in message.last_error
    assert message.next_attempt_at > before
    assert not SimulatedSms.objects.exists()
    assert outbox.deliver(message.pk) is False  # not due yet: backoff
    assert message.pk not in outbox.due_ids()
    OutboxMessage.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now() - dt.timedelta(seconds=1))
    assert outbox.drain() == 2  # the retried SMS and the e-mail
    message.refresh_from_db()
    assert message.status == "done" and message.attempts == 2 and not message.last_error
    row = SimulatedSms.objects.get()
    assert row.phone == "84912345678" and dossier.code in row.text
    assert outbox.deliver(message.pk) is False  # delivered once: a re-delivery does nothing
    assert outbox.drain() == 0
    assert SimulatedSms.objects.count() == 1


def test_a_rejected_number_fails_visibly_after_the_last_attempt(officials, tree, procedure, settings):
    settings.SMS_SIMULATOR_FAIL_PATTERN = r"5678$"
    settings.OUTBOX_MAX_ATTEMPTS = 2
    dossier = _receive(officials, tree, procedure)
    message = OutboxMessage.objects.get(idempotency_key=f"dossier-{dossier.pk}-accepted-1-sms")
    for _attempt in range(2):
        OutboxMessage.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now() - dt.timedelta(seconds=1))
        assert outbox.deliver(message.pk) is False
    message.refresh_from_db()
    assert message.status == "failed" and message.attempts == 2 and "rejected" in message.last_error
    shown = {row.channel: row for row in selectors.notifications_for(dossier)}
    assert shown["sms"].status == "failed" and "rejected" in shown["sms"].last_error and not shown["sms"].sent_at
    assert not SimulatedSms.objects.exists()
    settings.SMS_SIMULATOR_FAIL_PATTERN = ""
    outbox.resend(message)  # an operator's decision once the number works again
    assert outbox.deliver(message.pk) is True
    assert SimulatedSms.objects.count() == 1
