"""Open deadlines move when the holiday table changes (registered with worktime.services).

The calendar change itself only *queues* the work: the ids of the open dossiers it can affect are
written to the outbox in batches, in the administrator's transaction, and the workers recompute them
(one short transaction per dossier). A province with 40,000 open dossiers gets its new holiday saved at
once instead of waiting minutes inside the request; if the change is rolled back, nothing is queued.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.db.models import QuerySet
from django.utils import timezone

from motcua.core import outbox

BATCH = 500
TASK = "dossiers.recompute_deadlines"


def open_with_a_clock():
    from .models import Dossier
    from .workflow import OPEN

    return Dossier.objects.filter(status__in=OPEN, apologies=0, clock_start__isnull=False)


def recompute_open(dossier_ids=None) -> int:
    from . import services

    dossiers = open_with_a_clock()
    if dossier_ids is not None:
        dossiers = dossiers.filter(pk__in=dossier_ids)
    changed = 0
    for pk in dossiers.values_list("pk", flat=True).iterator():
        changed += services.recompute_deadlines(pk)
    return changed


def affected(change) -> QuerySet:
    """Open dossiers whose deadline can move: those still running on or after the first changed day."""
    dossiers = open_with_a_clock()
    if change.earliest is not None:
        start = timezone.make_aware(dt.datetime.combine(change.earliest, dt.time.min))
        dossiers = dossiers.filter(due_at__gte=start)
    return dossiers


@outbox.handler(TASK)
def recompute_batch(payload: dict) -> None:
    recompute_open(payload["ids"])


def on_calendar_change(change) -> None:
    ids = list(affected(change).order_by("pk").values_list("pk", flat=True))
    tag = uuid.uuid4().hex
    for number, first in enumerate(range(0, len(ids), BATCH)):
        outbox.enqueue(TASK, {"ids": ids[first : first + BATCH], "reason": change.reason}, f"calendar-{tag}-{number}")
