"""Savings from cutting processing time (cắt giảm thời gian giải quyết TTHC), as plain data.

A procedure is *under a time cut* when its committed limit (thời hạn cam kết) is shorter than its
statutory limit (thời hạn theo quy định), both in working days (working hours / 8); limits in
calendar days or months are not compared. For a period and scope, a dossier counts as *handled under
the cut time* when it was decided in the period (``finished_at`` in it, with a verdict) and on time
against the committed limit (verdict early or on time). Following the costing of
``docs/legal/savings.md`` (days_saved = (T0 − T1) × N; money = days × value of a day):

* planned days saved per dossier = statutory − committed (working days), the headline figure;
* realised days saved per dossier = max(0, statutory − actual working days from receipt to decision);
* money saved = days saved × the value of one working day of a citizen's time (VND): the
  procedure's ``CitizenDayCost`` if set, else ``MOTCUA_CITIZEN_DAY_COST_VND`` (default 320,000 VND:
  8 hours × 40,000 VND, the GSO 2024 hourly value used by Đồng Nai's 2025 plans).

Formulas, rounding and how the default reproduces the article's 5.69 billion VND: ``docs/figures.md``.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db.models import Case, Count, DecimalField, F, Q, QuerySet, Sum, Value, When

from motcua.catalogue import schema
from motcua.catalogue.models import ProcedureVersion, TimeUnit
from motcua.dossiers.models import Dossier, Verdict

from . import form06
from .figures import HUNDREDTH, processing_days, resolved
from .models import CitizenDayCost

DEFAULT_DAY_COST_VND = 320_000
HOURS_PER_DAY = schema.HOURS_PER_WORKING_DAY


def default_day_cost() -> int:
    """The value of a citizen's working day in VND: setting or environment ``MOTCUA_CITIZEN_DAY_COST_VND``."""
    value = getattr(settings, "MOTCUA_CITIZEN_DAY_COST_VND", None) or os.environ.get("MOTCUA_CITIZEN_DAY_COST_VND")
    return int(value) if value else DEFAULT_DAY_COST_VND


def limits(version: ProcedureVersion, case: str = "") -> tuple[Decimal | None, Decimal | None]:
    """(statutory, committed) limits in working days of a version and case; ``None`` when not in working time.

    The normal case reads the version's limit columns (the catalogue writes them from the content), so
    the content is loaded only for the special cases (trường hợp)."""
    if not case:
        return (
            schema.limit_in_working_days({"amount": version.statutory_amount, "unit": version.statutory_unit}),
            schema.limit_in_working_days({"amount": version.committed_amount, "unit": version.committed_unit}),
        )
    content = version.content
    found = next((c for c in content.get("cases", []) if c.get("key") == case), None) if case else None
    statutory = (found or {}).get("statutory") or content["statutory"]
    committed = schema.limit_for(content, case or None)
    return schema.limit_in_working_days(statutory), schema.limit_in_working_days(committed)


def vnd(amount: Decimal) -> int:
    """Whole đồng, half up."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass
class SavingsRow:
    code: str
    name: str
    statutory: Decimal | None  # working days, of the latest version seen
    committed: Decimal | None
    day_cost: int  # VND per working day
    resolved: int = 0  # decided in the period (any verdict)
    under_cut: int = 0  # of which early or on time against the committed limit
    planned_days: Decimal = field(default_factory=Decimal)  # Σ (statutory − committed)
    realised_days: Decimal = field(default_factory=Decimal)  # Σ max(0, statutory − actual)

    @property
    def cut_per_dossier(self) -> Decimal | None:
        if self.statutory is None or self.committed is None:
            return None
        return self.statutory - self.committed

    @property
    def money(self) -> int:
        """Planned money saved (VND)."""
        return vnd(self.planned_days * self.day_cost)

    @property
    def money_realised(self) -> int:
        return vnd(self.realised_days * self.day_cost)


@dataclass
class Savings:
    period: form06.Period
    rows: list[SavingsRow]
    default_day_cost: int

    @property
    def resolved(self) -> int:
        return sum(row.resolved for row in self.rows)

    @property
    def under_cut(self) -> int:
        return sum(row.under_cut for row in self.rows)

    @property
    def planned_days(self) -> Decimal:
        return sum((row.planned_days for row in self.rows), Decimal(0))

    @property
    def realised_days(self) -> Decimal:
        return sum((row.realised_days for row in self.rows), Decimal(0))

    @property
    def money(self) -> int:
        """Σ of the rows' money (each rounded to the đồng)."""
        return sum(row.money for row in self.rows)

    @property
    def money_realised(self) -> int:
        return sum(row.money_realised for row in self.rows)


def _statutory(cut: dict[tuple[int, str], tuple[Decimal, Decimal]]) -> Case:
    """The statutory limit of each dossier's (version, case) as an SQL expression: one WHEN per limit
    and case (a few dozen at most), each with the list of versions that have it."""
    groups: dict[tuple[Decimal, str], list[int]] = defaultdict(list)
    for (version_id, case), (statutory, _committed) in cut.items():
        groups[(statutory, case)].append(version_id)
    return Case(
        *(
            When(Q(case=case, version_id__in=sorted(ids)), then=Value(statutory))
            for (statutory, case), ids in sorted(groups.items())
        ),
        default=None,
        output_field=DecimalField(max_digits=12, decimal_places=4),
    )


def _normal_statutory() -> Case:
    """The statutory limit in working days of the dossier's version, for the normal case (the version's
    columns: working days, or working hours / 8); none for calendar limits and for special cases."""
    amount = F("version__statutory_amount")
    return Case(
        When(Q(case="", version__statutory_unit=TimeUnit.WORKING_DAYS), then=amount),
        When(Q(case="", version__statutory_unit=TimeUnit.WORKING_HOURS), then=amount / Value(HOURS_PER_DAY)),
        default=None,
        output_field=DecimalField(max_digits=12, decimal_places=4),
    )


def _totals(decided: QuerySet[Dossier], timely: Q, statutory_of: Case) -> dict[tuple[int, str], dict]:
    """Per (version, case): dossiers, those early or on time, Σ max(0, statutory − days taken) over the
    latter that have the stored days, and how many lack them — one grouped query."""
    gain = Case(
        When(timely & Q(days_taken__lt=statutory_of), then=statutory_of - F("days_taken")),
        default=Value(Decimal(0)),
        output_field=DecimalField(max_digits=12, decimal_places=4),
    )
    return {
        (row["version_id"], row["case"]): row
        for row in decided.values("version_id", "case")
        .annotate(
            n=Count("pk"),
            timely=Count("pk", filter=timely),
            realised=Sum(gain, filter=timely & Q(days_taken__isnull=False)),
            lacking=Count("pk", filter=timely & Q(days_taken__isnull=True)),
        )
        .order_by()
    }


def savings(dossiers: QuerySet[Dossier], period: form06.Period) -> Savings:
    """Time-cut savings of the dossiers in ``dossiers`` (the viewer's scope) decided in ``period``.

    One grouped SQL query per (version, case) counts the decided dossiers, those early or on time, and
    sums max(0, statutory − working days taken) from the stored ``days_taken`` (the statutory limit from
    the version's columns; a second, small query for the special cases under a cut, whose limits are in
    the content); dossiers that lack it
    (``manage.py fill_days_taken``) and limits finer than the hundredth of a day (an odd number of
    working hours) are computed per dossier, as before, so the result is the same to the hundredth."""
    default = default_day_cost()
    decided = resolved(dossiers, period)
    timely = Q(verdict__in=[Verdict.EARLY, Verdict.ON_TIME])
    totals = _totals(decided, timely, _normal_statutory())
    groups = list(totals)
    versions = (
        ProcedureVersion.objects.select_related("procedure")
        .defer("content", "search_text")
        .in_bulk({version_id for version_id, _case in groups})
    )
    special = ProcedureVersion.objects.in_bulk({version_id for version_id, case in groups if case})
    cut: dict[tuple[int, str], tuple[Decimal, Decimal]] = {}
    for version_id, case in groups:
        statutory, committed = limits(special[version_id] if case else versions[version_id], case)
        if statutory is not None and committed is not None and committed < statutory:
            cut[(version_id, case)] = (statutory, committed)
    if not cut:
        return Savings(period, [], default)
    procedure_ids = {versions[v].procedure_id for v, _c in cut}
    costs = dict(
        CitizenDayCost.objects.filter(procedure_id__in=procedure_ids).values_list("procedure_id", "amount_vnd")
    )
    candidates = decided.filter(version_id__in={v for v, _c in cut})
    cases = {key: limit for key, limit in cut.items() if key[1]}
    if cases:  # the special cases' limits live in the content: summed again with them (few dossiers)
        of_cases = candidates.filter(version_id__in={v for v, _c in cases}).exclude(case="")
        totals |= _totals(of_cases, timely, _statutory(cases))
    # per dossier: those without stored days, and limits with more than two decimals (rounded per dossier)
    odd = [key for key, (statutory, _c) in cut.items() if statutory != statutory.quantize(HUNDREDTH)]
    lacking = any(totals[key]["lacking"] for key in cut)
    one_by_one = Q(days_taken__isnull=True) if lacking else Q(pk__in=[])
    for version_id, case in odd:
        one_by_one |= Q(version_id=version_id, case=case)
    extra: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    singles = candidates.filter(timely).filter(one_by_one) if lacking or odd else candidates.none()
    computed = processing_days(singles.filter(days_taken__isnull=True)) if lacking else {}
    for pk, version_id, case, stored in singles.values_list("pk", "version_id", "case", "days_taken"):
        if (version_id, case) not in cut:
            continue
        statutory = cut[(version_id, case)][0]
        days = stored if stored is not None else computed[pk]
        extra[(version_id, case)] += max(Decimal(0), statutory - days).quantize(HUNDREDTH)
    rows: dict[int, SavingsRow] = {}
    for key in sorted(totals, key=lambda k: (versions[k[0]].number, totals[k]["n"], k[1])):
        if key not in cut:
            continue
        total, version = totals[key], versions[key[0]]
        statutory, committed = cut[key]
        procedure_id = version.procedure_id
        row = rows.get(procedure_id)
        if row is None:
            row = rows[procedure_id] = SavingsRow(
                version.procedure.code, version.name, statutory, committed, costs.get(procedure_id, default)
            )
        else:  # a later version (or a case with more dossiers) names the row
            row.name, row.statutory, row.committed = version.name, statutory, committed
        row.resolved += total["n"]
        row.under_cut += total["timely"]
        row.planned_days += (statutory - committed) * total["timely"]
        realised = Decimal(0) if key in odd else Decimal(total["realised"] or 0)
        row.realised_days += realised.quantize(HUNDREDTH, rounding=ROUND_HALF_UP) + extra[key]
    return Savings(period, sorted(rows.values(), key=lambda r: r.code), default)


# --- the value of a day per procedure ---------------------------------------------------------


def cut_procedures(day=None) -> QuerySet[ProcedureVersion]:
    """Versions in force (today by default) whose committed limit is shorter than the statutory one."""
    from motcua.catalogue import selectors

    return selectors.search(time_cut=True, day=day).select_related("procedure__citizen_day_cost", "procedure__owner")


def set_day_cost(procedure, amount_vnd: int | None, note: str = "", *, user, request=None) -> CitizenDayCost | None:
    """Set (or with ``None`` remove) the value of a citizen's day for ``procedure``; needs
    Perm.MANAGE_CATALOGUE on the procedure's responsible agency. Audited."""
    from motcua.audit import services as audit
    from motcua.audit.models import AuditEntry
    from motcua.orgs import permissions
    from motcua.orgs.permissions import Perm

    permissions.require(user, Perm.MANAGE_CATALOGUE, procedure.owner, request=request)
    current = CitizenDayCost.objects.filter(procedure=procedure).first()
    before = current.amount_vnd if current else None
    if amount_vnd is None:
        if current is not None:
            current.delete()
            audit.record(
                AuditEntry.Action.DELETE,
                object_type="reports.citizendaycost",
                object_id=str(procedure.pk),
                object_repr=f"{procedure.code}: {before} VND",
                changes={"amount_vnd": [before, None]},
                request=request,
                user=user,
            )
        return None
    if amount_vnd <= 0:
        raise ValueError("the value of a day must be positive")
    cost, created = CitizenDayCost.objects.update_or_create(
        procedure=procedure, defaults={"amount_vnd": amount_vnd, "note": note.strip()[:300]}
    )
    audit.record(
        AuditEntry.Action.CREATE if created else AuditEntry.Action.UPDATE,
        obj=cost,
        object_repr=f"{procedure.code}: {amount_vnd} VND",
        changes={"amount_vnd": [before, amount_vnd], "note": note.strip()[:300]},
        request=request,
        user=user,
    )
    return cost
