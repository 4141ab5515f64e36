"""The other figures of the one-stop reports (the Lào Cai article of May 2019), as plain data.

Every function takes a Form 06 ``Period`` (local dates, both included) and, for figures about
dossiers, the queryset of dossiers in the viewer's scope (``form06.scope(user).dossiers()``). The
catalogue figures are province-wide: the procedure catalogue is one public list for the province.
The formula of each figure is written in ``docs/figures.md``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q, QuerySet, Sum

from motcua.catalogue import selectors as catalogue
from motcua.catalogue.models import DecisionItem, OnlineService, Procedure, ProcedureVersion
from motcua.dossiers import clock
from motcua.dossiers.models import Channel, Dossier
from motcua.orgs.models import Agency, Level

from . import form06

LEVELS = [Level.PROVINCE, Level.DISTRICT, Level.COMMUNE]
ON_THE_SPOT_TARGET = Decimal(20)  # per cent of the procedures (Prime Minister's direction, 2019)
TENTH = Decimal("0.1")
HUNDREDTH = Decimal("0.01")


def percent(part: int, whole: int) -> Decimal | None:
    """``part / whole`` in per cent to one decimal (half up); ``None`` when ``whole`` is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(TENTH, rounding=ROUND_HALF_UP)


# --- catalogue ---------------------------------------------------------------------------------


@dataclass
class LevelCount:
    level: str
    label: str
    count: int


def procedures_by_level(day: dt.date) -> list[LevelCount]:
    """Procedures in force on ``day`` by level: one published version valid on that day each."""
    found = catalogue.counts_by_level(day)
    return [LevelCount(str(level), str(level.label), found.get(str(level), 0)) for level in LEVELS]


def publications(period: form06.Period) -> dict[str, int]:
    """Published decisions signed in the period and their items by action.

    ``{"decisions", "procedures", "new", "amend", "replace", "abolish"}``; an item is one procedure
    in one decision, so a procedure touched by two decisions counts twice.
    """
    return catalogue.decision_counts(period.start, period.end)


@dataclass
class OnTheSpot:
    level: str
    label: str
    in_force: int
    on_the_spot: int

    @property
    def share(self) -> Decimal | None:
        return percent(self.on_the_spot, self.in_force)

    @property
    def meets_target(self) -> bool:
        return self.share is not None and self.share >= ON_THE_SPOT_TARGET


def on_the_spot_share(day: dt.date) -> tuple[list[OnTheSpot], OnTheSpot]:
    """“4 tại chỗ” procedures (``ProcedureVersion.on_the_spot``) among those in force, per level and in all."""
    rows = {
        level: (n, spot)
        for level, n, spot in catalogue.in_force(day)
        .values_list("level")
        .annotate(n=Count("id"), spot=Count("id", filter=Q(on_the_spot=True)))
        .order_by()
    }
    per_level = [OnTheSpot(str(lv), str(lv.label), *rows.get(str(lv), (0, 0))) for lv in LEVELS]
    total = OnTheSpot("total", "", sum(r.in_force for r in per_level), sum(r.on_the_spot for r in per_level))
    return per_level, total


# --- online services -------------------------------------------------------------------------


@dataclass
class OnlineServices:
    in_force: int  # procedures in force on the last day of the period
    partial: int
    full: int
    with_dossiers: int  # online services that received at least one online dossier in the period
    with_dossiers_partial: int
    with_dossiers_full: int

    @property
    def total(self) -> int:
        return self.partial + self.full

    @property
    def share_of_procedures(self) -> Decimal | None:
        return percent(self.total, self.in_force)

    @property
    def share_with_dossiers(self) -> Decimal | None:
        return percent(self.with_dossiers, self.total)


def online_services(dossiers: QuerySet[Dossier], period: form06.Period) -> OnlineServices:
    """Online services in force on the period's last day, and those that received online dossiers.

    A service “received dossiers” when a dossier of its procedure, submitted online (channel 2), was
    received in the period within ``dossiers`` (the viewer's scope).
    """
    versions = catalogue.in_force(period.end).exclude(online_service=OnlineService.NONE)
    kinds = dict(versions.values_list("online_service").annotate(n=Count("id")).order_by())
    used = dossiers.filter(channel=Channel.ONLINE, received_at__gte=period.begins, received_at__lt=period.ends).values(
        "procedure_id"
    )  # a subquery: the database finds the procedures, not a Python set
    used_kinds = dict(
        versions.filter(procedure_id__in=used).values_list("online_service").annotate(n=Count("id")).order_by()
    )
    return OnlineServices(
        in_force=catalogue.in_force(period.end).count(),
        partial=kinds.get(OnlineService.PARTIAL, 0),
        full=kinds.get(OnlineService.FULL, 0),
        with_dossiers=sum(used_kinds.values()),
        with_dossiers_partial=used_kinds.get(OnlineService.PARTIAL, 0),
        with_dossiers_full=used_kinds.get(OnlineService.FULL, 0),
    )


@dataclass
class OnlineShare:
    online: int  # Form 06 column 4
    direct_postal: int  # Form 06 column 5

    @property
    def received(self) -> int:
        return self.online + self.direct_postal

    @property
    def share(self) -> Decimal | None:
        return percent(self.online, self.received)


def online_share(dossiers: QuerySet[Dossier], period: form06.Period) -> OnlineShare:
    """Online dossiers among those received in the period: Form 06 column 4 / (column 4 + column 5)."""
    row = next(iter(form06.aggregate(dossiers, period)), None) or {"c4": 0, "c5": 0}
    return OnlineShare(int(row["c4"]), int(row["c5"]))


# --- processing time ---------------------------------------------------------------------------


def resolved(dossiers: QuerySet[Dossier], period: form06.Period) -> QuerySet[Dossier]:
    """Dossiers decided in the period (``finished_at`` in it, with a verdict): withdrawn and stopped
    dossiers have no verdict and no result, so they are left out of times and savings."""
    return dossiers.filter(finished_at__gte=period.begins, finished_at__lt=period.ends).exclude(verdict="")


def processing_days(dossiers: QuerySet[Dossier]) -> dict[int, Decimal]:
    """Working days from receipt to decision of each finished dossier, to the hundredth.

    From the clock start (thời điểm tiếp nhận: the receipt moment, or the complete re-submission after
    a supplement request restarted the clock) to ``finished_at``, in the working time of the receiving
    desk's calendar, minus the working time of the pauses after the clock start (waiting for the
    citizen or for fees); one working day is the calendar's working time of one day (8 hours).
    The services store it on the dossier when it is decided (``days_taken``); dossiers decided before
    that column existed, or loaded without it, are computed here the same way (``clock.working_days_between``).
    """
    finished = dossiers.filter(finished_at__isnull=False)
    days: dict[int, Decimal] = dict(finished.filter(days_taken__isnull=False).values_list("pk", "days_taken"))
    days.update(clock.days_taken_of(finished.filter(days_taken__isnull=True)))
    return days


def days_totals(decided: QuerySet[Dossier], *keys: str) -> dict[tuple, tuple[int, Decimal]]:
    """(dossiers, Σ working days taken) of the decided dossiers per value of ``keys`` (one ``()`` row without).

    Summed in SQL from the stored ``days_taken`` (one grouped query); only dossiers that lack it (decided
    before the column existed, or loaded without it: ``manage.py fill_days_taken`` fills them) are
    computed with the calendar, as in :func:`processing_days`. Each dossier's days are to the hundredth,
    so the sum is exact (quantized to the hundredth against SQLite's floating-point sum)."""
    names = list(keys)
    found: dict[tuple, tuple[int, Decimal]] = {}
    missing = False
    sums = {
        "n": Count("pk"),
        "stored": Sum("days_taken"),
        "lacking": Count("pk", filter=Q(days_taken__isnull=True)),
    }
    rows = decided.values(*names).annotate(**sums).order_by() if names else [decided.aggregate(**sums)]
    for row in rows:
        if not row["n"]:
            continue
        key = tuple(row[name] for name in names)
        found[key] = (row["n"], Decimal(row["stored"] or 0).quantize(HUNDREDTH, rounding=ROUND_HALF_UP))
        missing = missing or bool(row["lacking"])
    if missing:
        lacking = decided.filter(days_taken__isnull=True)
        days = processing_days(lacking)
        for pk, *values in lacking.values_list("pk", *names):
            n, total = found[tuple(values)]
            found[tuple(values)] = (n, total + days[pk])
    return found


@dataclass
class ProcessingTime:
    code: str
    name: str
    level: str
    resolved: int
    total_days: Decimal
    procedure_id: int | None = None

    @property
    def average(self) -> Decimal | None:
        if not self.resolved:
            return None
        return (self.total_days / self.resolved).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def average_processing_time(
    dossiers: QuerySet[Dossier], period: form06.Period
) -> tuple[list[ProcessingTime], ProcessingTime]:
    """Average working days from receipt to decision per procedure, over the dossiers decided in the
    period (766/QĐ-TTg indicator 2.2); rows by procedure code, and the average over all of them.
    Aggregated in SQL (:func:`days_totals`), never by looping over the decided dossiers."""
    decided = resolved(dossiers, period)
    totals = days_totals(decided, "procedure_id")
    codes = dict(Procedure.objects.filter(pk__in=[key[0] for key in totals]).values_list("pk", "code"))
    latest = latest_versions(list(codes), period.end)
    rows = []
    for (procedure_id,), (n, total_days) in totals.items():
        row = ProcessingTime(codes[procedure_id], "", "", n, total_days, procedure_id)
        version = latest.get(procedure_id)
        if version is not None:
            row.name, row.level = version.name, version.get_level_display()
        rows.append(row)
    rows.sort(key=lambda r: r.code)
    total = ProcessingTime("", "", "", sum(r.resolved for r in rows), sum((r.total_days for r in rows), Decimal(0)))
    return rows, total


def latest_versions(procedure_ids: list[int], day: dt.date) -> dict[int, ProcedureVersion]:
    """The latest published version of each procedure valid on or before ``day`` (for names)."""
    found: dict[int, ProcedureVersion] = {}
    versions = (
        ProcedureVersion.objects.filter(procedure_id__in=procedure_ids, state=ProcedureVersion.State.PUBLISHED)
        .defer("content", "search_text")
        .order_by("procedure_id", "number")
    )
    for version in versions:
        if version.valid_from is None or version.valid_from <= day or version.procedure_id not in found:
            found[version.procedure_id] = version
    return found


# --- all figures of the period -----------------------------------------------------------------


@dataclass
class Figures:
    period: form06.Period
    by_level: list[LevelCount]
    publications: dict[str, int]
    online_services: OnlineServices
    online_share: OnlineShare
    on_the_spot: list[OnTheSpot]
    on_the_spot_total: OnTheSpot
    processing: list[ProcessingTime]
    processing_total: ProcessingTime

    @property
    def procedures_in_force(self) -> int:
        return sum(row.count for row in self.by_level)

    @property
    def added(self) -> int:
        return self.publications.get(DecisionItem.Action.NEW, 0)

    @property
    def amended_or_abolished(self) -> int:
        p = self.publications
        return p.get("amend", 0) + p.get("replace", 0) + p.get("abolish", 0)


def figures(dossiers: QuerySet[Dossier], period: form06.Period, share: OnlineShare | None = None) -> Figures:
    """All the figures above for one period and scope (``share``: the online share when the caller has
    Form 06's columns 4 and 5 already, as the dashboard does)."""
    spot, spot_total = on_the_spot_share(period.end)
    times, times_total = average_processing_time(dossiers, period)
    return Figures(
        period=period,
        by_level=procedures_by_level(period.end),
        publications=publications(period),
        online_services=online_services(dossiers, period),
        online_share=share or online_share(dossiers, period),
        on_the_spot=spot,
        on_the_spot_total=spot_total,
        processing=times,
        processing_total=times_total,
    )


# --- feedback and petitions (PAKN) ------------------------------------------------------------------


def petitions_handled(where: form06.Scope, period: form06.Period):
    """The article's "Tiếp nhận và xử lý 934/1.049 phản ánh, kiến nghị": petitions handled / received
    in the period by the agencies of the viewer's scope (``petitions.selectors.handling_summary``)."""
    from motcua.petitions.selectors import handling_summary

    agency_ids = None
    if not where.whole_province:
        match = Q(pk__in=[])
        for root in where.roots:
            match |= Q(path__startswith=root.path)
        agency_ids = Agency.objects.filter(match).values_list("pk", flat=True)
    return handling_summary(agency_ids, period.start, period.end)
