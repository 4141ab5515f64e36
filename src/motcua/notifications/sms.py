"""SMS gateway plugins (nhắn tin SMS brandname).

A gateway is any object with ``send(phone: str, text: str) -> str`` that returns the provider's
message id and raises :class:`SmsError` on failure. The class is chosen by the setting
``SMS_BACKEND`` (environment ``MOTCUA_SMS_BACKEND``, a dotted path); the default is the local
:class:`SimulatorBackend`, which records each message in ``SimulatedSms`` instead of sending it.

The simulator fails on purpose, for tests and drills:

- ``SMS_SIMULATOR_FAIL_FIRST`` (``MOTCUA_SMS_SIMULATOR_FAIL_FIRST``, default 0): the first N
  attempts to send each distinct (phone, text) fail, later attempts succeed — a gateway that is
  briefly down. Attempts are counted in the cache (shared across processes with Redis).
- ``SMS_SIMULATOR_LATENCY_MS`` (``MOTCUA_SMS_SIMULATOR_LATENCY_MS``, default 0): each send takes this
  long — a slow gateway; the cluster smoke test uses it to kill a worker mid-task.
- ``SMS_SIMULATOR_FAIL_PATTERN`` (``MOTCUA_SMS_SIMULATOR_FAIL_PATTERN``, a regular expression):
  numbers that match always fail — a number the gateway rejects.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import uuid
from typing import Protocol

from django.conf import settings
from django.core.cache import cache
from django.utils.module_loading import import_string

from motcua.accounts import services as accounts

DEFAULT_BACKEND = "motcua.notifications.sms.SimulatorBackend"


class SmsError(Exception):
    """The gateway did not accept the message."""


class SmsBackend(Protocol):
    def send(self, phone: str, text: str) -> str: ...


def _setting(name: str, default: str = "") -> str:
    value = getattr(settings, name, None)
    if value is None:
        value = os.environ.get(f"MOTCUA_{name}", default)
    return str(value)


def normalise_phone(phone: str) -> str | None:
    """A Vietnamese mobile number in the gateway's form ``84xxxxxxxxx``, or None when it is not one
    (the same reading of a number as the accounts' login and registration)."""
    local = accounts.normalise_phone(phone)
    return f"84{local[1:]}" if accounts.MOBILE_RE.match(local) else None


def get_backend() -> SmsBackend:
    return import_string(_setting("SMS_BACKEND", DEFAULT_BACKEND) or DEFAULT_BACKEND)()


class SimulatorBackend:
    """Stands in for an SMS gateway we cannot reach: writes the message to ``SimulatedSms``."""

    def send(self, phone: str, text: str) -> str:
        from .models import SimulatedSms

        latency = int(_setting("SMS_SIMULATOR_LATENCY_MS", "0") or 0)
        if latency > 0:
            time.sleep(latency / 1000)
        pattern = _setting("SMS_SIMULATOR_FAIL_PATTERN")
        if pattern and re.search(pattern, phone):
            raise SmsError(f"simulator: number {phone} rejected (SMS_SIMULATOR_FAIL_PATTERN)")
        fail_first = int(_setting("SMS_SIMULATOR_FAIL_FIRST", "0") or 0)
        if fail_first > 0:
            key = "motcua-sms-sim-" + hashlib.sha256(f"{phone}\n{text}".encode()).hexdigest()
            cache.add(key, 0, timeout=7 * 86400)
            if cache.incr(key) <= fail_first:
                raise SmsError("simulator: gateway unavailable (SMS_SIMULATOR_FAIL_FIRST)")
        message = SimulatedSms.objects.create(phone=phone, text=text, provider_id=f"sim-{uuid.uuid4().hex}")
        return message.provider_id
