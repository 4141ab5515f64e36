"""The hash chain over the append-only audit log (ASVS 16.4: logs protected from modification).

:func:`seal` appends an :class:`AuditSeal` covering the entries written since the last seal; the worker
does it every night and ``manage.py audit_chain --seal`` on demand. :func:`verify` recomputes every seal
from the entries and says where the chain first breaks.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from django.db import connection, transaction

from .models import AuditEntry, AuditSeal

FIELDS = (
    "id",
    "occurred_at",
    "actor_id",
    "actor_label",
    "action",
    "object_type",
    "object_id",
    "object_repr",
    "changes",
    "ip",
    "user_agent",
    "path",
)
BATCH = 5000


def _line(row: dict) -> bytes:
    values = {name: row[name] for name in FIELDS}
    values["occurred_at"] = row["occurred_at"].isoformat()
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def _digest(previous: str, first: int, last: int) -> tuple[str, int]:
    """SHA-256 of the previous digest and the entries ``first``..``last``; and how many there were."""
    hasher = hashlib.sha256(previous.encode())
    count, after = 0, first - 1
    while after < last:
        rows = list(AuditEntry.objects.filter(pk__gt=after, pk__lte=last).order_by("pk").values(*FIELDS)[:BATCH])
        if not rows:
            break
        for row in rows:
            hasher.update(_line(row))
            hasher.update(b"\n")
        count, after = count + len(rows), rows[-1]["id"]
    return hasher.hexdigest(), count


@transaction.atomic
def seal() -> AuditSeal | None:
    """Seal the entries written since the last seal; None when there are none."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("LOCK TABLE audit_auditseal IN EXCLUSIVE MODE")
    last_seal = AuditSeal.objects.order_by("-pk").first()
    after = last_seal.last_entry if last_seal else 0
    last = AuditEntry.objects.filter(pk__gt=after).order_by("-pk").values_list("pk", flat=True).first()
    if last is None:
        return None
    previous = last_seal.digest if last_seal else ""
    digest, count = _digest(previous, after + 1, last)
    return AuditSeal.objects.create(
        first_entry=after + 1, last_entry=last, entries=count, previous=previous, digest=digest
    )


@dataclass
class Verdict:
    seals: int
    entries: int
    broken: AuditSeal | None  # the first seal that no longer matches
    unsealed: int  # entries written after the last seal

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify() -> Verdict:
    previous, entries, checked, last = "", 0, 0, 0
    for link in AuditSeal.objects.order_by("pk").iterator():
        digest, count = _digest(previous, link.first_entry, link.last_entry)
        if link.previous != previous or digest != link.digest or count != link.entries:
            return Verdict(checked, entries, link, 0)
        previous, entries, checked, last = link.digest, entries + count, checked + 1, link.last_entry
    return Verdict(checked, entries, None, AuditEntry.objects.filter(pk__gt=last).count())
