"""Outbox handlers owned by notifications (e-mail goes through core's ``email.send``)."""

from __future__ import annotations

import logging

from motcua.core.outbox import handler

from .sms import SmsError, get_backend, normalise_phone

log = logging.getLogger(__name__)


@handler("sms.send")
def send_sms(payload: dict) -> None:
    """Send one SMS: payload has ``phone`` (84xxxxxxxxx) and ``text``; a gateway failure is retried."""
    phone = normalise_phone(payload["phone"])
    if phone is None:
        raise SmsError(f"invalid phone number {payload['phone']!r}")
    provider_id = get_backend().send(phone, payload["text"])
    log.info("sms %s sent to %s (%s)", payload.get("key", ""), phone, provider_id)
