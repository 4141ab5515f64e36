"""Read queries of petitions (phản ánh, kiến nghị)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.utils import timezone

from .models import HANDLED_STATUSES, OPEN_STATUSES, Petition, PetitionStatus


@dataclass(frozen=True)
class HandlingSummary:
    """How petitions were handled in a period (feeds the article's figure, index 8 and QĐ 766 group 5)."""

    received: int  # received in the period
    handled: int  # handled (answered, published, not accepted or forwarded) in the period
    handled_on_time: int  # of ``handled``, by their deadline
    open_overdue: int  # still open at the end of the period and past their deadline (prolonged)

    @property
    def handled_late(self) -> int:
        return self.handled - self.handled_on_time

    @property
    def on_time_share(self) -> float | None:
        """Handled on time / handled, in percent with 2 decimals; None when nothing was handled."""
        return round(self.handled_on_time * 100 / self.handled, 2) if self.handled else None


def _midnight(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


HANDLING_FIGURES = ("received", "handled", "handled_on_time", "open_overdue")


def handling_conditions(start: dt.date, end: dt.date) -> dict[str, Q]:
    """The condition of each figure of :class:`HandlingSummary` for the period (local dates, both included)."""
    low, high = _midnight(start), _midnight(end + dt.timedelta(days=1))
    handled = Q(status__in=HANDLED_STATUSES, handled_at__gte=low, handled_at__lt=high)
    still_open = Q(received_at__lt=high) & (Q(status__in=OPEN_STATUSES) | Q(handled_at__gte=high))
    return {
        "received": Q(received_at__gte=low, received_at__lt=high),
        "handled": handled,
        "handled_on_time": handled & Q(handled_at__lte=F("due_at")),
        "open_overdue": still_open & Q(due_at__lt=high),
    }


def _of_agencies(agency_ids: Iterable[int] | None):
    qs = Petition.objects.all()
    return qs if agency_ids is None else qs.filter(agency_id__in=list(agency_ids))


def handling_summary(agency_ids: Iterable[int] | None, start: dt.date, end: dt.date) -> HandlingSummary:
    """Petitions of the agencies ``agency_ids`` (None: all) from ``start`` to ``end``, local dates included."""
    conditions = handling_conditions(start, end)
    row = _of_agencies(agency_ids).aggregate(**{name: Count("pk", filter=q) for name, q in conditions.items()})
    return HandlingSummary(**row)


def handling_list(agency_ids: Iterable[int] | None, start: dt.date, end: dt.date, figure: str):
    """The petitions behind one figure of :func:`handling_summary` (same conditions), oldest first."""
    if figure not in HANDLING_FIGURES:
        raise ValueError(f"unknown figure {figure!r}")
    condition = handling_conditions(start, end)[figure]
    return _of_agencies(agency_ids).filter(condition).order_by("received_at", "pk")


# --- office: what an official sees ------------------------------------------------------------------

QUEUE_TABS = ("open", "overdue", "due_soon", "handled", "all")
DUE_SOON_DAYS = 3  # working days


def visible(user):
    """Petitions of the agencies where ``user`` holds Perm.VIEW_PETITION, and those assigned to them."""
    from motcua.orgs import permissions
    from motcua.orgs.permissions import Perm

    if getattr(user, "is_superuser", False) and user.is_active:
        return Petition.objects.all()
    match = Q(pk__in=[])
    for root in permissions.roots(user, Perm.VIEW_PETITION):
        match |= Q(agency__path__startswith=root.path)
    if permissions.roots(user, Perm.HANDLE_PETITION):
        match |= Q(handler=user)
    return Petition.objects.filter(match)


def due_soon_limit(now: dt.datetime) -> dt.datetime:
    """The end of the third working day from ``now`` on the province's calendar."""
    from motcua.worktime import engine
    from motcua.worktime.selectors import default_calendar

    return engine.compute_due(now, DUE_SOON_DAYS, engine.Unit.WORKING_DAYS, default_calendar()).due_at


def queue(qs, tab: str, now: dt.datetime):
    """One tab of the office queue: open, overdue, due soon (≤ 3 working days left), handled, all."""
    if tab == "open":
        return qs.filter(status__in=OPEN_STATUSES).order_by("due_at", "pk")
    if tab == "overdue":
        return qs.filter(status__in=OPEN_STATUSES, due_at__lt=now).order_by("due_at", "pk")
    if tab == "due_soon":
        return qs.filter(status__in=OPEN_STATUSES, due_at__gte=now, due_at__lte=due_soon_limit(now)).order_by(
            "due_at", "pk"
        )
    if tab == "handled":
        return qs.filter(status__in=HANDLED_STATUSES).order_by("-handled_at", "-pk")
    return qs.order_by("-received_at", "-pk")


def queue_counts(qs, now: dt.datetime) -> dict[str, int]:
    """How many petitions each tab holds, in one query."""
    still_open = Q(status__in=OPEN_STATUSES)
    return qs.aggregate(
        open=Count("pk", filter=still_open),
        overdue=Count("pk", filter=still_open & Q(due_at__lt=now)),
        due_soon=Count("pk", filter=still_open & Q(due_at__gte=now, due_at__lte=due_soon_limit(now))),
        handled=Count("pk", filter=Q(status__in=HANDLED_STATUSES)),
        all=Count("pk"),
    )


def handlers_for(agency):
    """Active officials who may be assigned a petition of ``agency`` (HANDLE_PETITION there or below)."""
    from motcua.accounts.models import User
    from motcua.orgs.permissions import ROLE_PERMS, Perm

    roles = [role for role, perms in ROLE_PERMS.items() if Perm.HANDLE_PETITION in perms]
    above = [int(pk) for pk in agency.path.strip("/").split("/") if pk]
    where = Q(staff_roles__agency__path__startswith=agency.path) | Q(staff_roles__agency_id__in=above)
    return (
        User.objects.filter(where, is_active=True, account_type="staff", staff_roles__role__in=roles)
        .distinct()
        .order_by("full_name", "username")
    )


# --- public and the petitioner --------------------------------------------------------------------

PUBLIC_FIELDS = ("code", "public_title", "public_answer", "received_at", "handled_at", "published_at", "agency_id")


def published():
    """Published answers, newest first; only the columns that may be shown publicly."""
    return (
        Petition.objects.filter(status=PetitionStatus.PUBLISHED)
        .select_related("agency")
        .only(*PUBLIC_FIELDS, "agency__name", "agency__code")
        .order_by("-published_at", "-pk")
    )


def published_page(*, agency=None, after: tuple[dt.datetime, int] | None = None, limit: int = 20) -> list:
    """A keyset page of published answers: those published before ``after`` = (published_at, pk)."""
    qs = published()
    if agency is not None:
        qs = qs.filter(agency=agency)
    if after is not None:
        at, pk = after
        qs = qs.filter(Q(published_at__lt=at) | Q(published_at=at, pk__lt=pk))
    return list(qs[:limit])


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def cursor(petition: Petition) -> str:
    """The keyset position after ``petition``: microseconds since 1970 (UTC) and the primary key."""
    return f"{(petition.published_at - _EPOCH) // dt.timedelta(microseconds=1)}.{petition.pk}"


def parse_cursor(value: str) -> tuple[dt.datetime, int] | None:
    try:
        micros, pk = value.split(".")
        return _EPOCH + dt.timedelta(microseconds=int(micros)), int(pk)
    except (ValueError, OverflowError):
        return None


def published_by_code(code: str) -> Petition | None:
    return published().filter(code=code.strip()).first()


def of_account(user):
    """The petitions sent by the logged-in petitioner's account, newest first."""
    return (
        Petition.objects.filter(account=user)
        .select_related("agency", "forwarded_to")
        .prefetch_related("forwards")
        .order_by("-received_at", "-pk")
    )
