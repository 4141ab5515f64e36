"""The hash chain over the append-only audit log (ASVS 16.4: logs protected from modification).

:func:`seal` appends an :class:`AuditSeal` covering the entries written since the last seal; the worker
does it every night and ``manage.py audit_chain --seal`` on demand. :func:`verify` recomputes every seal
from the entries and says where the chain first breaks.

:func:`ship` appends the seals not yet shipped to a second store outside the database — a JSON-lines
file (``audit-seals.jsonl`` in a directory, or a file path), opened for appending only, flushed and
synced — and :func:`verify_shipped` checks the database's seals against that store. Someone able to
rewrite entries *and* recompute every seal in the database passes :func:`verify`, but not
:func:`verify_shipped`: the shipped digests no longer match. With ``MOTCUA_AUDIT_SHIP_TO`` set, the
nightly task ships right after sealing.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
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


# --- shipping the seals to a second store ---------------------------------------------------------------
SHIPPED_FILE = "audit-seals.jsonl"
SHIPPED_FIELDS = ("first_entry", "last_entry", "entries", "previous", "digest")


class ShippedMismatch(Exception):
    """The second store and the database disagree: a seal was rewritten, removed or added on one side."""


def store_path(target: str | os.PathLike) -> Path:
    """The shipped file: ``audit-seals.jsonl`` inside a directory, or the given file path itself."""
    path = Path(target)
    return path / SHIPPED_FILE if path.is_dir() else path


def _record(link: AuditSeal) -> dict:
    record = {name: getattr(link, name) for name in SHIPPED_FIELDS}
    record["sealed_at"] = link.sealed_at.isoformat()
    return record


def shipped(target: str | os.PathLike) -> list[dict]:
    """The seals in the second store, in order (empty when nothing was shipped yet)."""
    path = store_path(target)
    if not path.exists():
        return []
    records = []
    with open(path, encoding="utf-8") as store:
        for number, line in enumerate(store, start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except ValueError as exc:
                raise ShippedMismatch(f"{path}, line {number}: not a shipped seal") from exc
    return records


def _compare(records: list[dict], seals: list[AuditSeal]) -> tuple[int, str] | None:
    """The first position where the shipped seals and the database's differ, and why; None if they agree."""
    for position, record in enumerate(records):
        if position >= len(seals):
            return position, "the second store holds a seal the database no longer has"
        expected = {name: getattr(seals[position], name) for name in SHIPPED_FIELDS}
        if {name: record.get(name) for name in SHIPPED_FIELDS} != expected:
            return position, "the database's seal differs from the one shipped"
    return None


def ship(target: str | os.PathLike) -> int:
    """Append the seals not yet in the second store; the number appended. Refuses (``ShippedMismatch``)
    when the database's chain no longer starts with what was shipped — that is a finding, not a merge."""
    path = store_path(target)
    records = shipped(path)
    seals = list(AuditSeal.objects.order_by("pk"))
    mismatch = _compare(records, seals)
    if mismatch is not None:
        position, reason = mismatch
        raise ShippedMismatch(f"shipped seal {position + 1}: {reason}")
    new = seals[len(records) :]
    if not new:
        return 0
    with open(path, "a", encoding="utf-8") as store:  # append only: shipped lines are never rewritten
        for link in new:
            store.write(json.dumps(_record(link), sort_keys=True) + "\n")
        store.flush()
        os.fsync(store.fileno())
    return len(new)


@dataclass
class ShippedVerdict:
    shipped: int
    broken: int | None  # 1-based position of the first shipped seal that the database contradicts
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify_shipped(target: str | os.PathLike) -> ShippedVerdict:
    records = shipped(target)
    mismatch = _compare(records, list(AuditSeal.objects.order_by("pk")))
    if mismatch is None:
        return ShippedVerdict(len(records), None)
    return ShippedVerdict(len(records), mismatch[0] + 1, mismatch[1])


def seal_and_ship() -> AuditSeal | None:
    """The nightly task: seal, then ship to ``MOTCUA_AUDIT_SHIP_TO`` when it is set."""
    link = seal()
    target = getattr(settings, "MOTCUA_AUDIT_SHIP_TO", "")
    if target:
        ship(target)
    return link
