"""The only write path of notifications: editing templates, queuing messages, reminders to officials.

Dossiers and petitions announce their events (``dossiers.signals``, ``petitions.signals``); the
receivers in :mod:`.receivers` call :func:`notify_dossier` and :func:`notify_petition`.

Messages are queued in the outbox inside the caller's transaction, so an action that rolls back
sends nothing; the worker delivers them with retries (``email.send`` of core, ``sms.send`` here).
"""

from __future__ import annotations

import datetime as dt
import logging

from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from motcua.core import outbox
from motcua.core.models import OutboxMessage
from motcua.dossiers.models import Dossier
from motcua.dossiers.workflow import Action
from motcua.orgs import permissions
from motcua.orgs import selectors as org_selectors
from motcua.orgs.permissions import Perm

from . import rendering, selectors
from .defaults import DEFAULTS
from .models import Channel, Event, Language, NotificationTemplate
from .sms import normalise_phone

log = logging.getLogger(__name__)

# The dossier action behind each event: the n-th such action gives the n in the idempotency key.
EVENT_ACTION: dict[str, Action] = {
    Event.SUBMITTED: Action.SUBMIT,
    Event.ACCEPTED: Action.RECEIVE,
    Event.COMPLETION_REQUESTED: Action.REQUEST_COMPLETION,
    Event.REFUSED: Action.REFUSE_INTAKE,
    Event.SUPPLEMENT_REQUESTED: Action.REQUEST_SUPPLEMENT,
    Event.APOLOGY: Action.APOLOGISE,
    Event.RESULT_READY: Action.DECIDE,
    Event.RETURNED: Action.RETURN,
    Event.WITHDRAWN: Action.WITHDRAW,
    Event.STOPPED: Action.STOP,
}


# --- templates (province administrator) -------------------------------------------------------


def require_editor(user, request=None) -> None:
    """Templates are province-wide: only who manages the organisation at the top agency."""
    permissions.require(user, Perm.MANAGE_ORG, org_selectors.top_agency(), request=request)


@transaction.atomic
def save_template(
    template: NotificationTemplate, *, user, subject: str, body: str, is_active: bool, request=None
) -> NotificationTemplate:
    """Check the placeholders and the SMS length, then save (audited)."""
    require_editor(user, request)
    subject = " ".join((subject or "").split()) if template.channel == Channel.EMAIL else ""
    body = (body or "").replace("\r\n", "\n").strip()
    rendering.validate(template.event, template.channel, subject, body)
    template.subject, template.body, template.is_active, template.updated_by = subject, body, is_active, user
    template.save()
    return template


@transaction.atomic
def reset_template(template: NotificationTemplate, *, user, request=None) -> NotificationTemplate:
    """Put back the text shipped with motcua (the template stays active)."""
    require_editor(user, request)
    subject, body = DEFAULTS[(template.event, template.channel, template.language)]
    template.subject, template.body, template.is_active, template.updated_by = subject, body, True, user
    template.save()
    return template


# --- messages to citizens ------------------------------------------------------------------------


def _language(subject) -> str:
    """The citizen's language: that of the dossier's or petition's account, Vietnamese without one."""
    language = getattr(subject.account, "preferred_language", "") if subject.account_id else ""
    language = (language or "vi")[:2]
    return language if language in Language.values else Language.VI


def _local(value: dt.datetime | dt.date | None, fmt: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = timezone.localtime(value)
    return value.strftime(fmt)


def lookup_url(code: str) -> str:
    try:
        path = reverse("portal:dossier-status", args=[code])
    except NoReverseMatch:
        path = f"/lookup/{code}/"
    return rendering.public_url() + path


def rate_url(code: str) -> str:
    """The rating page of the return message: the code and its check (no login needed, no personal data)."""
    from motcua.evaluations.services import link_token

    token = link_token(code)
    try:
        path = reverse("portal:rate", args=[code, token])
    except NoReverseMatch:
        path = f"/rate/{code}/{token}/"
    return rendering.public_url() + path


def dossier_values(dossier: Dossier, now: dt.datetime, **context) -> dict[str, object]:
    """The placeholder values of a dossier; ``context`` adds or overrides event-specific ones."""
    values: dict[str, object] = {
        "applicant": dossier.applicant_name,
        "procedure": dossier.version.name,
        "agency": dossier.agency.name,
        "date": _local(now, "%d/%m/%Y"),
        "submitted_at": _local(dossier.submitted_at, "%H:%M %d/%m/%Y"),
        "code": dossier.code or "",
        "lookup_url": lookup_url(dossier.code) if dossier.code else "",
        "rate_url": rate_url(dossier.code) if dossier.code else "",
        "appointment": _local(dossier.due_at, "%H:%M %d/%m/%Y"),
        "items": [],
        "reason": "",
        "new_appointment": "",
    }
    for name, value in context.items():
        if isinstance(value, dt.datetime):
            value = _local(value, "%d/%m/%Y" if name == "new_appointment" else "%H:%M %d/%m/%Y")
        elif isinstance(value, dt.date):
            value = value.strftime("%d/%m/%Y")
        values[name] = value
    return values


def _templates(event: str, language: str) -> dict[str, tuple[str, str] | None]:
    """Per channel, (subject, body) of the event's template, or None when an administrator switched it off."""
    rows = NotificationTemplate.objects.filter(event=event, language=language)
    edited = {row.channel: (row.subject, row.body) if row.is_active else None for row in rows}
    return {channel: edited.get(channel, DEFAULTS[(event, channel, language)]) for channel in Channel.values}


def _queue(
    event: str, language: str, values: dict, key: str, *, email: str, phone: str, about: dict, level=logging.WARNING
) -> list[OutboxMessage]:
    """Render the event's active templates and queue the e-mail and the SMS; ``about`` goes into both payloads.
    A phone that is not a Vietnamese mobile number gets no SMS, logged at ``level``."""
    queued = []
    templates = _templates(event, language)
    if email and (texts := templates[Channel.EMAIL]):
        message = rendering.render(Channel.EMAIL, *texts, values)
        payload = {"to": [email], "subject": message.subject, "body": message.body}
        payload |= {**about, "event": str(event), "language": language}
        queued.append(outbox.enqueue("email.send", payload, f"{key}-email"))
    number = normalise_phone(phone) if phone else None
    if phone and number is None:
        log.log(level, "notification %s: SMS skipped, %r is not a Vietnamese mobile number", key, phone)
    if number and (texts := templates[Channel.SMS]):
        message = rendering.render(Channel.SMS, *texts, values)
        payload = {"phone": number, "text": message.body, **about, "event": str(event)}
        payload |= {"language": language, "key": f"{key}-sms"}
        queued.append(outbox.enqueue("sms.send", payload, f"{key}-sms"))
    return queued


def notify_dossier(dossier: Dossier, event: str, *, at: dt.datetime | None = None, **context) -> list[OutboxMessage]:
    """Queue the e-mail and SMS of ``event`` to the applicant, in the citizen's language.

    E-mail goes to ``applicant_email``, SMS to ``applicant_phone`` (a Vietnamese mobile number; an
    invalid one is skipped and logged). Call it inside the action's transaction.
    """
    event = Event(event)
    if not dossier.applicant_email and not dossier.applicant_phone:
        return []
    language = _language(dossier)
    values = dossier_values(dossier, at or timezone.now(), **context)
    n = dossier.events.filter(action=EVENT_ACTION[event]).count() or 1
    key = f"dossier-{dossier.pk}-{event}-{n}"
    email, phone = dossier.applicant_email, dossier.applicant_phone
    return _queue(event, language, values, key, email=email, phone=phone, about={"dossier": dossier.pk})


# --- messages to petitioners (phản ánh, kiến nghị) -------------------------------------------------

# What the petition services announce → the template event.
PETITION_EVENT: dict[str, Event] = {
    "received": Event.PETITION_RECEIVED,
    "rejected": Event.PETITION_REJECTED,
    "forwarded": Event.PETITION_FORWARDED,
    "answered": Event.PETITION_ANSWERED,
}


def petitions_url(petition) -> str:
    """The petitioner's list of petitions when they have an account, else the public list of answers."""
    name = "portal:my-petitions" if petition.account_id else "portal:petitions"
    try:
        path = reverse(name)
    except NoReverseMatch:
        path = "/my/petitions/" if petition.account_id else "/petitions/"
    return rendering.public_url() + path


def petition_values(petition, now: dt.datetime) -> dict[str, object]:
    """The placeholder values of a petition."""
    return {
        "petitioner": petition.petitioner_name,
        "agency": petition.agency.name,
        "code": petition.code,
        "title": petition.title,
        "date": _local(now, "%d/%m/%Y"),
        "due": _local(petition.due_at, "%d/%m/%Y"),
        "reason": petition.reason,
        "forwarded_to": petition.forwarded_to.name if petition.forwarded_to_id else "",
        "answer": petition.answer,
        "petitions_url": petitions_url(petition),
    }


def notify_petition(petition, event: str, *, at: dt.datetime | None = None) -> list[OutboxMessage]:
    """Queue the e-mail and SMS of a petition's ``event`` (received, rejected, forwarded, answered) to the
    petitioner, in their language, from the editable templates. Call it inside the action's transaction."""
    template_event = PETITION_EVENT[event]
    language = _language(petition)
    values = petition_values(petition, at or timezone.now())
    key = f"petition-{petition.pk}-{event}"
    email, phone = petition.petitioner_email, petition.petitioner_phone
    # a petitioner may give a landline (petitions.services.phone_ok): no SMS then, which is expected
    about = {"petition": petition.pk}
    return _queue(template_event, language, values, key, email=email, phone=phone, about=about, level=logging.INFO)


# --- reminders to officials (nhắc việc) ------------------------------------------------------------


def _office_url(dossier_id: int) -> str:
    try:
        return rendering.public_url() + reverse("office:dossier-detail", args=[dossier_id])
    except NoReverseMatch:
        return ""


def _digest(user, items: list[selectors.ReminderItem], now: dt.datetime) -> dict:
    language = (user.preferred_language or "vi")[:2]
    language = language if language in Language.values else Language.VI
    with translation.override(language):
        lines = []
        for item in items:
            state = _("OVERDUE") if item.overdue else _("due soon")
            due = _local(item.due_at, "%H:%M %d/%m/%Y")
            lines.append(f"- {item.code} — {item.procedure}\n  {state}: {due}\n  {_office_url(item.dossier_id)}")
        subject = _("Reminder: %(count)s dossiers to act on") % {"count": len(items)}
        body = "\n".join(
            [
                _("Dear %(name)s,") % {"name": user.get_full_name() or user.username},
                "",
                _("These dossiers are waiting for you and are overdue or due within one working day:"),
                "",
                *lines,
                "",
                _("This reminder is sent once a day by the one-stop system."),
            ]
        )
    return {"to": [user.email], "subject": subject, "body": body, "reminder": _local(now, "%Y-%m-%d")}


@transaction.atomic
def send_reminders(now: dt.datetime | None = None) -> int:
    """Queue one digest e-mail per official per day; return how many digests were queued now.

    A second run the same day queues nothing new (key ``reminder-<user id>-<YYYY-MM-DD>``).
    Officials without an e-mail address are skipped.
    """
    now = now or timezone.now()
    day = timezone.localtime(now).date().isoformat()
    queued = 0
    for user, items in selectors.reminders_due(now).items():
        if not user.email:
            log.info("reminder skipped for %s: no e-mail address", user.pk)
            continue
        key = f"reminder-{user.pk}-{day}"
        if OutboxMessage.objects.filter(idempotency_key=key).exists():
            continue
        outbox.enqueue("email.send", _digest(user, items, now), key)
        queued += 1
    return queued
