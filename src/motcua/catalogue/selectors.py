"""Read queries of the catalogue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from motcua.core.text import fold

from .models import DecisionItem, Procedure, ProcedureVersion, PublicationDecision


def _today() -> dt.date:
    return timezone.localdate()


def in_force(day: dt.date | None = None) -> QuerySet[ProcedureVersion]:
    """Published versions valid on ``day`` (today by default): the public catalogue."""
    day = day or _today()
    return ProcedureVersion.objects.filter(state=ProcedureVersion.State.PUBLISHED, valid_from__lte=day).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=day)
    )


def version_at(procedure: Procedure, moment: dt.date | dt.datetime) -> ProcedureVersion | None:
    """The version in force at a moment — what a dossier received then is handled under."""
    day = timezone.localtime(moment).date() if isinstance(moment, dt.datetime) else moment
    return in_force(day).filter(procedure=procedure).first()


def search(
    q: str = "",
    *,
    sector: str = "",
    level: str = "",
    agency: str = "",
    time_cut: bool = False,
    day: dt.date | None = None,
) -> QuerySet[ProcedureVersion]:
    """Accent-insensitive search of the procedures in force: every word of ``q`` must match."""
    versions = in_force(day).select_related("procedure", "sector", "implementing_agency")
    for word in fold(q).split():
        versions = versions.filter(search_text__contains=word)
    if sector:
        versions = versions.filter(sector__code=sector)
    if level:
        versions = versions.filter(level=level)
    if agency:
        versions = versions.filter(Q(implementing_agency__code=agency) | Q(procedure__owner__code=agency))
    if time_cut:
        versions = versions.filter(committed_unit=F("statutory_unit"), committed_amount__lt=F("statutory_amount"))
    return versions.order_by("procedure__code")


def history(procedure: Procedure) -> QuerySet[ProcedureVersion]:
    return procedure.versions.select_related("decision").order_by("-number")


def _flatten(value, prefix: str = "") -> dict[str, object]:
    if isinstance(value, dict):
        out: dict[str, object] = {}
        for key, item in value.items():
            out.update(_flatten(item, f"{prefix}.{key}" if prefix else key))
        return out
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        out = {}
        for index, item in enumerate(value):
            out.update(_flatten(item, f"{prefix}[{index}]"))
        return out
    return {prefix: value}


def diff(old: ProcedureVersion | None, new: ProcedureVersion) -> list[tuple[str, object, object]]:
    """What changed between two versions: ``(field path, before, after)`` rows."""
    before = _flatten(old.content) if old else {}
    after = _flatten(new.content)
    keys = sorted(set(before) | set(after))
    return [(key, before.get(key), after.get(key)) for key in keys if before.get(key) != after.get(key)]


def decision_counts(date_from: dt.date, date_to: dt.date) -> dict[str, int]:
    """Decisions signed in a period and the procedures they add, amend, replace or abolish."""
    decisions = PublicationDecision.objects.filter(
        state=PublicationDecision.State.PUBLISHED, signed_on__range=(date_from, date_to)
    )
    items = DecisionItem.objects.filter(decision__in=decisions)
    by_action = dict(items.values_list("action").annotate(n=Count("id")))
    counts = {action: by_action.get(action, 0) for action in DecisionItem.Action.values}
    counts["decisions"] = decisions.count()
    counts["procedures"] = sum(by_action.values())
    return counts


def counts_by_level(day: dt.date | None = None) -> dict[str, int]:
    return dict(in_force(day).values_list("level").annotate(n=Count("id")).order_by())


def procedures_editable_by(agencies: Iterable) -> QuerySet[Procedure]:
    return Procedure.objects.filter(owner__in=agencies)
