"""Brute-force protection: count recent failed logins in the audit log (no extra store needed)."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

WINDOW_MINUTES = 15
MAX_PER_USERNAME = 8
MAX_PER_ADDRESS = 30


def is_locked(username: str, request) -> bool:
    from motcua.audit.context import client_ip
    from motcua.audit.models import AuditEntry

    since = timezone.now() - timedelta(minutes=WINDOW_MINUTES)
    failed = AuditEntry.objects.filter(action=AuditEntry.Action.LOGIN_FAILED, occurred_at__gte=since)
    ip = client_ip(request) if request is not None else None
    counts = failed.filter(Q(actor_label__iexact=username[:150]) | Q(ip=ip)).values_list("actor_label", "ip")
    by_name = sum(1 for label, _ in counts if label.lower() == username.lower())
    by_ip = sum(1 for _, address in counts if ip and address == ip)
    return by_name >= MAX_PER_USERNAME or by_ip >= MAX_PER_ADDRESS
