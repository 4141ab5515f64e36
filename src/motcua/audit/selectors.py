"""Read queries of the audit log."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet
from django.utils import timezone

from .models import AuditEntry


def _start_of(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def search(
    q: str = "", action: str = "", date_from: dt.date | None = None, date_to: dt.date | None = None
) -> QuerySet[AuditEntry]:
    """Entries matching the filters, newest first; dates are local (Asia/Ho_Chi_Minh) days."""
    entries = AuditEntry.objects.all()
    if q:
        match = Q(actor_label__icontains=q) | Q(object_repr__icontains=q) | Q(object_id=q)
        if _is_ip(q):
            match |= Q(ip=q)
        entries = entries.filter(match)
    if action:
        entries = entries.filter(action=action)
    if date_from:
        entries = entries.filter(occurred_at__gte=_start_of(date_from))
    if date_to:
        entries = entries.filter(occurred_at__lt=_start_of(date_to + dt.timedelta(days=1)))
    return entries.order_by("-occurred_at", "-id")


def _is_ip(text: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


EXPORT_COLUMNS = [
    "id",
    "occurred_at_utc",
    "occurred_at_local",
    "actor",
    "action",
    "object_type",
    "object_id",
    "object",
    "ip",
    "path",
    "changes",
]


def export_row(entry: AuditEntry) -> list:
    import json

    return [
        entry.pk,
        entry.occurred_at.astimezone(dt.UTC).isoformat(),
        timezone.localtime(entry.occurred_at).isoformat(),
        entry.actor_label,
        entry.action,
        entry.object_type,
        entry.object_id,
        entry.object_repr,
        entry.ip or "",
        entry.path,
        json.dumps(entry.changes, ensure_ascii=False),
    ]
