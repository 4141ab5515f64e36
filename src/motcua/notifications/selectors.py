"""Read queries of notifications: templates, what a dossier's applicant was sent, reminders due."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from motcua.accounts.models import User
from motcua.core.models import OutboxMessage
from motcua.dossiers.models import Dossier
from motcua.dossiers.selectors import due_within_one_working_day
from motcua.dossiers.workflow import OPEN, Status
from motcua.orgs.models import StaffRole

from .models import NotificationTemplate, SimulatedSms


def templates() -> QuerySet[NotificationTemplate]:
    return NotificationTemplate.objects.select_related("updated_by").order_by("event", "channel", "language")


def simulated_sms(limit: int = 200) -> QuerySet[SimulatedSms]:
    """The simulator's messages, newest first."""
    return SimulatedSms.objects.order_by("-sent_at", "-pk")[:limit]


@dataclass(frozen=True)
class SentNotification:
    """One message to the applicant as the outbox knows it (queued, sent or failed)."""

    channel: str  # "email" | "sms"
    event: str
    recipient: str
    status: str  # OutboxMessage.Status
    attempts: int
    last_error: str
    queued_at: dt.datetime
    sent_at: dt.datetime | None
    key: str


def notifications_for(dossier: Dossier) -> list[SentNotification]:
    """What was queued, sent or failed for this dossier, oldest first (from the outbox rows)."""
    rows = OutboxMessage.objects.filter(
        idempotency_key__startswith=f"dossier-{dossier.pk}-", task__in=["email.send", "sms.send"]
    ).order_by("created_at", "pk")
    result = []
    for row in rows:
        payload = row.payload or {}
        sms = row.task == "sms.send"
        result.append(
            SentNotification(
                channel="sms" if sms else "email",
                event=payload.get("event", ""),
                recipient=payload.get("phone", "") if sms else ", ".join(payload.get("to", [])),
                status=row.status,
                attempts=row.attempts,
                last_error=row.last_error,
                queued_at=row.created_at,
                sent_at=row.finished_at if row.status == OutboxMessage.Status.DONE else None,
                key=row.idempotency_key,
            )
        )
    return result


@dataclass(frozen=True)
class ReminderItem:
    dossier_id: int
    code: str
    procedure: str
    due_at: dt.datetime
    overdue: bool


ACTIONABLE = OPEN - {Status.SUPPLEMENT, Status.AWAITING_PAYMENT}  # the others wait for the citizen


def reminders_due(now: dt.datetime) -> dict[User, list[ReminderItem]]:
    """Per official, the open dossiers waiting for them that are overdue or due within one working day.

    The dossier's handler; when the current step has no handler, every active official holding the
    step's role in the step's unit. The deadline is the earlier of the dossier's and the step's.
    """
    soon = due_within_one_working_day(now) | due_within_one_working_day(now, "current_step__due_at")
    dossiers = (
        Dossier.objects.filter(status__in=ACTIONABLE)
        .filter(soon)
        .select_related("version", "current_step", "handler")
        .order_by("due_at", "pk")
    )
    by_user: dict[int, list[ReminderItem]] = defaultdict(list)
    users: dict[int, User] = {}
    unassigned: dict[tuple[int, str], list[ReminderItem]] = defaultdict(list)
    for dossier in dossiers:
        dues = [d for d in (dossier.due_at, getattr(dossier.current_step, "due_at", None)) if d]
        due = min(dues)
        item = ReminderItem(dossier.pk, dossier.code or "", dossier.version.name, due, due < now)
        if dossier.handler_id:
            if dossier.handler.is_active:
                users[dossier.handler_id] = dossier.handler
                by_user[dossier.handler_id].append(item)
        elif dossier.current_unit_id and dossier.current_actor:
            unassigned[(dossier.current_unit_id, dossier.current_actor)].append(item)
    if unassigned:
        match = Q(pk__in=[])
        for unit_id, role in unassigned:
            match |= Q(agency_id=unit_id, role=role)
        for staff_role in StaffRole.objects.filter(match, user__is_active=True).select_related("user"):
            users[staff_role.user_id] = staff_role.user
            known = {i.dossier_id for i in by_user[staff_role.user_id]}
            by_user[staff_role.user_id] += [
                i for i in unassigned[(staff_role.agency_id, staff_role.role)] if i.dossier_id not in known
            ]
    return {users[uid]: sorted(items, key=lambda i: i.due_at) for uid, items in by_user.items() if items}
