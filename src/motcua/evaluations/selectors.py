"""Read queries of evaluations: what a viewer may see, and aggregates per agency, unit and officer.

Every figure is computed in SQL (one grouped query for the satisfaction levels, one per criterion),
never by looping over rows.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone

from motcua.orgs import permissions
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Perm

from .models import CRITERIA, Evaluation, Satisfaction

GROUPS = {
    "agency": ("agency_id", "agency_name"),
    "unit": ("unit_id", "unit_name"),
    "officer": ("officer_id", "officer_name"),
}
LEVELS = [s.value for s in Satisfaction]


def visible(user) -> QuerySet[Evaluation]:
    """Evaluations of agencies or units inside the viewer's jurisdiction (Perm.VIEW_DOSSIER; inspectors too)."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return Evaluation.objects.all()
    if not permissions.has_perm(user, Perm.VIEW_DOSSIER):
        return Evaluation.objects.none()
    area = permissions.jurisdiction(user, Perm.VIEW_DOSSIER).values("pk")
    return Evaluation.objects.filter(Q(agency__in=area) | Q(unit__in=area))


def _midnight(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def in_period(qs: QuerySet[Evaluation], start: dt.date | None = None, end: dt.date | None = None):
    """Evaluations given from ``start`` to ``end`` (local dates, both included)."""
    if start:
        qs = qs.filter(created_at__gte=_midnight(start))
    if end:
        qs = qs.filter(created_at__lt=_midnight(end + dt.timedelta(days=1)))
    return qs


def of_agency(qs: QuerySet[Evaluation], agency: Agency) -> QuerySet[Evaluation]:
    """Evaluations whose competent agency or deciding unit is ``agency`` or lies below it."""
    subtree = Agency.objects.filter(path__startswith=agency.path).values("pk")
    return qs.filter(Q(agency__in=subtree) | Q(unit__in=subtree))


def _figures(row: dict) -> dict:
    total = row["total"]
    happy = row[Satisfaction.VERY_SATISFIED] + row[Satisfaction.SATISFIED]
    row["share_satisfied"] = round(happy * 100 / total, 1) if total else None
    return row


def _level_counts() -> dict:
    return {level: Count("pk", filter=Q(satisfaction=level)) for level in LEVELS}


def totals(qs: QuerySet[Evaluation]) -> dict:
    """Number of evaluations, count per level, share satisfied (%), per-criterion distributions."""
    row = qs.aggregate(total=Count("pk"), **_level_counts())
    row["criteria"] = {
        name: dict(qs.exclude(**{name: ""}).values_list(name).annotate(n=Count("pk")).order_by()) for name in CRITERIA
    }
    return _figures(row)


def summary(qs: QuerySet[Evaluation], group: str = "agency") -> list[dict]:
    """One row per agency, deciding unit or officer (``group``), with the figures of :func:`totals`.

    A row is ``{"key", "name", "total", <level>: n, …, "share_satisfied", "criteria": {criterion: {code: n}}}``.
    """
    key, name = GROUPS[group]
    rows = [
        _figures({"key": row[key], "name": row["name"], **{k: v for k, v in row.items() if k not in (key, "name")}})
        for row in qs.values(key).annotate(name=Max(name), total=Count("pk"), **_level_counts()).order_by("name", key)
    ]
    by_key = {row["key"]: row for row in rows}
    for row in rows:
        row["criteria"] = {criterion: {} for criterion in CRITERIA}
    for criterion in CRITERIA:
        counts = qs.exclude(**{criterion: ""}).values_list(key, criterion).annotate(n=Count("pk")).order_by()
        for group_key, code, n in counts:
            by_key[group_key]["criteria"][criterion][code] = n
    return rows
