"""Công khai tiến độ giải quyết hồ sơ: the public progress lists (TT 01/2018 Art 17(1)(d)).

Read queries only, and only columns anyone may see: code, procedure, agency, dates, timeliness.
Never the applicant, the representative, the officials or the files.
"""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache
from django.db.models import QuerySet
from django.utils import timezone

from motcua.core import moments
from motcua.orgs.models import Agency

from .models import Dossier
from .workflow import OPEN, Status

LISTS = ("received", "resolved", "overdue")
WINDOW_DAYS = 30
PAGE_SIZE = 50
CACHE_SECONDS = 60
PUBLIC_FIELDS = (
    "code",
    "procedure__code",
    "version__name",
    "lead_agency__code",
    "lead_agency__name",
    "received_at",
    "due_at",
    "finished_at",
    "status",
    "verdict",
)


def agencies() -> QuerySet[Agency]:
    """Agencies a visitor may pick: the province, its departments, districts and communes in force."""
    return Agency.objects.filter(valid_to__isnull=True, depth__lte=2).exclude(code="").order_by("path")


def _in_subtree(qs: QuerySet[Dossier], agency: Agency | None) -> QuerySet[Dossier]:
    if agency is None or agency.parent_id is None:
        return qs  # the whole province
    return qs.filter(lead_agency__path__startswith=agency.path)


def listing(name: str, agency: Agency | None = None, now: dt.datetime | None = None) -> QuerySet[Dossier]:
    """One public list, newest (or most overdue) first, over the last ``WINDOW_DAYS`` days.

    received: received at a desk in the window; resolved: result decided in the window (withdrawn,
    refused and stopped dossiers are not "resolved"); overdue: open now, past the appointment and not
    waiting for the citizen.
    """
    now = now or timezone.now()
    since = now - dt.timedelta(days=WINDOW_DAYS)
    qs = _in_subtree(Dossier.objects.exclude(code__isnull=True), agency)
    if name == "received":
        qs = qs.filter(received_at__gte=since, received_at__lte=now).order_by("-received_at", "-pk")
    elif name == "resolved":
        qs = qs.filter(
            status__in=(Status.DONE, Status.RETURNED), finished_at__gte=since, finished_at__lte=now
        ).order_by("-finished_at", "-pk")
    elif name == "overdue":
        qs = qs.filter(status__in=OPEN - {Status.SUPPLEMENT}, due_at__lt=now).order_by("due_at", "pk")
    else:
        raise ValueError(f"unknown list {name!r}")
    return qs


def rows(name: str, agency: Agency | None = None, now: dt.datetime | None = None, limit: int = PAGE_SIZE) -> list[dict]:
    """The list as plain dicts of public columns (dates as local dates)."""
    now = now or timezone.now()
    today = moments.local_date(now)
    result = []
    for row in listing(name, agency, now).values(*PUBLIC_FIELDS)[:limit]:
        result.append(
            {
                "code": row["code"],
                "procedure": {"code": row["procedure__code"], "name": row["version__name"]},
                "agency": {"code": row["lead_agency__code"], "name": row["lead_agency__name"]},
                "received_on": _day(row["received_at"]),
                "appointment_on": _day(row["due_at"]),
                "finished_on": _day(row["finished_at"]),
                "verdict": row["verdict"] or None,
                "days_overdue": (today - _day(row["due_at"])).days if name == "overdue" else None,
            }
        )
    return result


def counts(agency: Agency | None = None, now: dt.datetime | None = None) -> dict[str, int]:
    now = now or timezone.now()
    return {name: listing(name, agency, now).count() for name in LISTS}


def _day(value: dt.datetime | None) -> dt.date | None:
    return moments.local_date(value) if value else None


def chosen_agency(code: str) -> tuple[Agency | None, bool]:
    """The agency named by ``code`` (blank: the whole province); False when the code is unknown."""
    code = (code or "").strip()
    if not code:
        return None, True
    agency = agencies().filter(code=code).first()
    return agency, agency is not None


def cached_listing(name: str, agency: Agency | None) -> dict:
    """Rows and counts, shared by all visitors for a minute (the lists are public and change slowly)."""
    key = f"disclosure:{agency.code if agency else '*'}:{name}"
    data = cache.get(key)
    if data is None:
        now = timezone.now()
        data = {"rows": rows(name, agency, now), "counts": counts(agency, now), "at": now}
        cache.set(key, data, CACHE_SECONDS)
    return data
