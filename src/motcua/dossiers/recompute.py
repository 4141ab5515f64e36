"""Open deadlines move when the holiday table changes (registered with worktime.services)."""

from __future__ import annotations


def recompute_open(dossier_ids=None) -> int:
    from . import services
    from .models import Dossier
    from .workflow import OPEN

    dossiers = Dossier.objects.filter(status__in=OPEN, apologies=0, clock_start__isnull=False)
    if dossier_ids is not None:
        dossiers = dossiers.filter(pk__in=dossier_ids)
    changed = 0
    for pk in dossiers.values_list("pk", flat=True).iterator():
        changed += services.recompute_deadlines(pk)
    return changed


def on_calendar_change(change) -> None:
    recompute_open()
