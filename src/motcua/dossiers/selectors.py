"""Read queries of dossiers: the officials' work queues, search, the public status."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet
from django.utils import timezone

from motcua.core.text import fold
from motcua.orgs import permissions
from motcua.orgs.permissions import Perm, Role
from motcua.worktime import engine
from motcua.worktime.selectors import default_calendar

from .models import Dossier
from .workflow import OPEN, Status

QUEUES = (
    "to_receive",
    "to_transfer",
    "to_assign",
    "mine",
    "to_approve",
    "due_today",
    "overdue",
    "waiting_citizen",
    "ready_to_return",
    "needs_apology",
)


def _whole_province(user, perm: Perm) -> bool:
    """True when the user's jurisdiction for ``perm`` is the whole tree (no filter needed)."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return True
    return any(root.parent_id is None for root in permissions.roots(user, perm))


def _in_area(qs: QuerySet[Dossier], user, perm: Perm, *fields: str) -> QuerySet[Dossier]:
    """Dossiers whose ``fields`` (any of them) lie in the user's area for ``perm``.

    A province-wide official gets no agency filter at all: PostgreSQL estimates a path prefix match
    as one row and would otherwise loop over every agency.
    """
    if _whole_province(user, perm):
        return qs if permissions.has_perm(user, perm) else qs.none()
    area = permissions.jurisdiction(user, perm).values("pk")
    match = Q()
    for name in fields:
        match |= Q(**{f"{name}__in": area})
    return qs.filter(match)


def visible(user) -> QuerySet[Dossier]:
    """Dossiers the user may see: received by, led by, or currently at an agency of their area."""
    return _in_area(Dossier.objects.all(), user, Perm.VIEW_DOSSIER, "agency", "lead_agency", "current_unit")


def can_view(user, dossier: Dossier) -> bool:
    """Officials of the desk, the lead agency, any unit with a step, and any consulted unit."""
    from motcua.orgs.models import Agency

    from .workflow import Action

    agencies = [dossier.agency, dossier.lead_agency, dossier.current_unit]
    agencies += [step.unit for step in dossier.steps.select_related("unit")]
    consulted = dossier.events.filter(action=Action.CONSULT).values_list("data__unit", flat=True)
    agencies += list(Agency.objects.filter(pk__in=list(consulted)))
    return any(agency and permissions.can(user, Perm.VIEW_DOSSIER, agency) for agency in agencies)


def _open(qs: QuerySet[Dossier]) -> QuerySet[Dossier]:
    return qs.filter(status__in=OPEN)


def apology_threshold(now: dt.datetime) -> dt.datetime:
    """Appointments up to the end of the next working day need an apology today (ND 61 Art 19(9))."""
    return engine.compute_due(now, 1, engine.Unit.WORKING_DAYS, default_calendar()).due_at


def queue(user, name: str, now: dt.datetime | None = None) -> QuerySet[Dossier]:
    """One of the officials' work queues, most urgent first."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    start = timezone.make_aware(dt.datetime.combine(today, dt.time.min))
    end = start + dt.timedelta(days=1)
    if name == "to_receive":
        qs = _in_area(Dossier.objects.filter(status=Status.SUBMITTED), user, Perm.RECEIVE_DOSSIER, "agency")
        return qs.order_by("submitted_at", "pk")
    if name == "to_transfer":
        qs = _in_area(
            Dossier.objects.filter(status=Status.RECEIVED, current_actor=Role.DESK_OFFICER),
            user,
            Perm.RECEIVE_DOSSIER,
            "agency",
        )
    elif name == "to_assign":
        qs = _in_area(
            _open(Dossier.objects).filter(current_actor=Role.UNIT_HEAD), user, Perm.ASSIGN_DOSSIER, "current_unit"
        )
    elif name == "mine":
        qs = _open(Dossier.objects).filter(handler=user)
    elif name == "to_approve":
        qs = _in_area(
            _open(Dossier.objects).filter(current_actor=Role.AGENCY_LEADER), user, Perm.APPROVE_DOSSIER, "current_unit"
        )
    elif name == "due_today":
        qs = _open(visible(user)).filter(due_at__gte=start, due_at__lt=end)
    elif name == "overdue":
        qs = _open(visible(user)).filter(due_at__lt=now).exclude(status=Status.SUPPLEMENT)
    elif name == "waiting_citizen":
        qs = visible(user).filter(status=Status.SUPPLEMENT)
    elif name == "ready_to_return":
        return _in_area(Dossier.objects.filter(status=Status.DONE), user, Perm.RETURN_RESULT, "agency").order_by(
            "finished_at", "pk"
        )
    elif name == "needs_apology":
        qs = (
            _open(visible(user))
            .filter(apologies=0, due_at__lte=apology_threshold(now))
            .exclude(status=Status.SUPPLEMENT)
        )
    else:
        raise ValueError(f"unknown queue {name!r}")
    return qs.order_by("due_at", "pk")


def queue_counts(user, now: dt.datetime | None = None) -> dict[str, int]:
    return {name: queue(user, name, now).count() for name in QUEUES}


def search(qs: QuerySet[Dossier], q: str) -> QuerySet[Dossier]:
    """By code, applicant name (accent-insensitive), phone or ID number."""
    q = (q or "").strip()
    if not q:
        return qs
    match = Q(code__iexact=q)
    words = fold(q).split()
    if words:
        word_match = Q()
        for word in words:
            word_match &= Q(search_text__contains=word)
        match |= word_match
    return qs.filter(match)


def by_code(code: str) -> Dossier | None:
    return Dossier.objects.select_related("procedure", "version", "agency").filter(code=code.strip()).first()


def public_status(dossier: Dossier) -> dict:
    """What anyone holding the code may see: no personal data (TT 01/2018 Art 16(2)(d))."""
    local = timezone.localtime

    def day(value):
        return local(value).date().isoformat() if value else None

    return {
        "code": dossier.code,
        "procedure": {"code": dossier.procedure.code, "name": dossier.version.name},
        "agency": {"code": dossier.agency.code, "name": dossier.agency.name},
        "status": dossier.status,
        "status_label": str(Status(dossier.status).label),
        "national_status": dossier.national_status,
        "received_on": day(dossier.received_at),
        "appointment_on": day(dossier.due_at),
        "finished_on": day(dossier.finished_at),
        "returned_on": day(dossier.returned_at),
        "verdict": dossier.verdict or None,
    }
