"""Upkeep: deadlines after a calendar change, the state rebuilt from events, stored processing time."""

from __future__ import annotations

import datetime as dt

from django.db import models, transaction
from django.utils import timezone

from .. import clock, lifecycle
from ..models import Dossier
from ..workflow import OPEN
from .shell import _case, _lock, _save

# --- deadlines after a calendar change, state rebuild ---------------------------------------------


@transaction.atomic
def recompute_deadlines(dossier_id: int) -> int:
    """Recompute an open dossier's deadlines after a holiday change; returns 1 when they moved."""
    dossier = _lock(dossier_id)
    if dossier.status not in OPEN:
        return 0
    case = _case(dossier)
    if not lifecycle.move_deadlines(case, timezone.now()):
        return 0
    _save(case)
    return 1


def state_differences(dossier: Dossier) -> dict[str, tuple]:
    """Cached fields that disagree with the state recorded by the last event."""
    last = dossier.events.order_by("-seq").first()
    if last is None:
        return {"events": ("missing", None)}
    current = lifecycle.snapshot(dossier)
    return {name: (current.get(name), value) for name, value in last.state.items() if current.get(name) != value}


@transaction.atomic
def rebuild_state(dossier: Dossier) -> dict[str, tuple]:
    """Repair the cached fields from the events; return what was wrong."""
    dossier = _lock(dossier)
    differences = state_differences(dossier)
    if differences and "events" not in differences:
        last = dossier.events.order_by("-seq").first()
        for name, value in last.state.items():
            if isinstance(Dossier._meta.get_field(name), models.DateTimeField) and value:
                value = dt.datetime.fromisoformat(value)
            setattr(dossier, name, value)
        dossier.save()
    return differences


# --- stored processing time ------------------------------------------------------------------


def fill_days_taken(batch: int = 2000) -> int:
    """Store ``days_taken`` on decided dossiers that lack it (decided before the column existed, or loaded
    by the historical import or the load generator); returns how many were filled. Idempotent."""
    filled = 0
    todo = Dossier.objects.filter(days_taken__isnull=True, finished_at__isnull=False).exclude(verdict="")
    while True:
        ids = list(todo.order_by("pk").values_list("pk", flat=True)[:batch])
        if not ids:
            return filled
        days = clock.days_taken_of(Dossier.objects.filter(pk__in=ids))
        chunk = [Dossier(pk=pk, days_taken=value) for pk, value in days.items()]
        with transaction.atomic():
            Dossier.objects.bulk_update(chunk, ["days_taken"])
        filled += len(chunk)
