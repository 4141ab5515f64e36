"""The only write path of petitions (phản ánh, kiến nghị — ND 20/2008): receive, then handle.

Every action runs in one transaction with the petition row locked, checks the transition against
:data:`TRANSITIONS` and the permission against the handling agency, appends a ``PetitionEvent`` and
saves the petition (the audit registry writes the audit row with the fields before and after).
Each action is announced (``signals.petition_event``); notifications queues the messages to the
petitioner in the outbox inside the same transaction.

Statuses and who may move them are documented in ``docs/petitions.md``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import wraps

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.catalogue.models import Procedure
from motcua.core import counters, moments
from motcua.core.text import nfc
from motcua.orgs import permissions
from motcua.orgs.models import Agency, AgencyKind
from motcua.orgs.permissions import Perm
from motcua.worktime import engine
from motcua.worktime.selectors import calendar_for

from .models import (
    OPEN_STATUSES,
    Petition,
    PetitionAction,
    PetitionChannel,
    PetitionCodeCounter,
    PetitionEvent,
    PetitionKind,
    PetitionStatus,
)

log = logging.getLogger(__name__)

HANDLING_DAYS = 15  # handled ≤ 15 working days from receipt or transfer (DVCQG practice, QĐ 766 group 5)
FORWARD_DAYS = 5  # outside competence → forward within ≤ 5 working days (ND 20/2008 Art 9)
ANONYMOUS_PER_MINUTE = 3  # portal and API: petitions one client address may send per minute without logging in
ACCOUNT_PER_MINUTE = 10  # … and from one logged-in account's address
OFFICE_CHANNELS = tuple(c for c in PetitionChannel.values if c != PetitionChannel.PORTAL)
LIMITS = {"title": 300, "content": 10000, "name": 200, "address": 500, "phone": 20, "reason": 2000, "answer": 10000}
PHONE_RE = re.compile(r"^\+?[0-9]{8,15}$")


def phone_ok(phone: str) -> bool:
    """A reachable number: 8 to 15 digits once spaces, dots, dashes and brackets are taken out."""
    return bool(PHONE_RE.match(re.sub(r"[\s.\-()]", "", phone)))


S = PetitionStatus
A = PetitionAction
# action → {from status: to status}; anything else is refused with TransitionError.
TRANSITIONS: dict[str, dict[str, str]] = {
    A.ACCEPT: {S.RECEIVED: S.PROCESSING},
    A.REJECT: {S.RECEIVED: S.REJECTED, S.PROCESSING: S.REJECTED},
    A.FORWARD: {S.RECEIVED: S.FORWARDED, S.PROCESSING: S.FORWARDED},
    A.ANSWER: {S.PROCESSING: S.ANSWERED},
    A.PUBLISH: {S.ANSWERED: S.PUBLISHED},
}


class TransitionError(ValidationError):
    """The action is not allowed from the petition's current status."""


def allowed_actions(petition: Petition) -> list[str]:
    return [action for action, edges in TRANSITIONS.items() if petition.status in edges]


# How each action reads in "it cannot be … now".
ACTION_PHRASES = {
    A.ACCEPT: gettext_lazy("accepted for handling"),
    A.REJECT: gettext_lazy("marked as not accepted"),
    A.FORWARD: gettext_lazy("forwarded"),
    A.ANSWER: gettext_lazy("answered"),
    A.PUBLISH: gettext_lazy("published"),
}


def _target(petition: Petition, action: str) -> str:
    edges = TRANSITIONS[action]
    if petition.status not in edges:
        raise TransitionError(
            _("This petition is “%(status)s”: it cannot be %(action)s now.")
            % {"status": petition.get_status_display(), "action": ACTION_PHRASES[action]},
            code="transition",
        )
    return edges[petition.status]


# --- input ---------------------------------------------------------------------------------------


@dataclass
class PetitionInput:
    """What a petitioner (or the official transcribing a letter or call) gives; field names are the
    names used by the portal form and the API, so errors can be tied to them."""

    agency: Agency | None = None
    title: str = ""
    content: str = ""
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    kind: str = PetitionKind.OTHER
    procedure: str = ""  # national code of the procedure concerned, optional
    dossier: str = ""  # code of the dossier concerned, optional

    def clean(self) -> dict:
        """The values ready to store; ``ValidationError`` with every problem keyed by field name."""
        errors: dict[str, list[str]] = {}
        values: dict = {}

        def text(name: str, required_message: str | None) -> str:
            value = nfc(getattr(self, name) or "").strip()
            if not value and required_message:
                errors.setdefault(name, []).append(required_message)
            elif len(value) > LIMITS[name]:
                errors.setdefault(name, []).append(
                    _("Keep this under %(n)s characters (now %(len)s).") % {"n": LIMITS[name], "len": len(value)}
                )
            return value

        values["title"] = text("title", _("Give the subject of your feedback or petition."))
        values["content"] = text("content", _("Describe your feedback or petition."))
        values["petitioner_name"] = text("name", _("Enter your full name (required by Decree 20/2008)."))
        values["petitioner_address"] = text("address", _("Enter your address (required by Decree 20/2008)."))
        phone = text("phone", _("Enter a phone number we can reach you on (required by Decree 20/2008)."))
        if phone and not phone_ok(phone):
            errors.setdefault("phone", []).append(_("Enter a phone number of 8 to 15 digits, e.g. 0912 345 678."))
        values["petitioner_phone"] = phone
        email = nfc(self.email or "").strip()
        if email:
            try:
                validate_email(email)
            except ValidationError:
                errors.setdefault("email", []).append(_("Enter a valid e-mail address, or leave it empty."))
        values["petitioner_email"] = email
        kind = (self.kind or PetitionKind.OTHER).strip()
        if kind not in PetitionKind.values:
            errors.setdefault("kind", []).append(_("Choose one of the kinds offered."))
        values["kind"] = kind
        agency = self.agency
        if agency is None:
            errors.setdefault("agency", []).append(_("Choose the agency your petition is addressed to."))
        elif not agency.code or not agency.is_active:
            errors.setdefault("agency", []).append(_("This agency does not receive petitions; choose another one."))
        values["agency"] = agency
        values["procedure"] = None
        code = (self.procedure or "").strip()
        if code:
            values["procedure"] = Procedure.objects.filter(code=code).first()
            if values["procedure"] is None:
                errors.setdefault("procedure", []).append(_("No procedure has this code; leave it empty if unsure."))
        values["dossier"] = None
        code = (self.dossier or "").strip()
        if code:
            from motcua.dossiers.models import Dossier

            values["dossier"] = Dossier.objects.filter(code=code).first()
            if values["dossier"] is None:
                errors.setdefault("dossier", []).append(_("No dossier has this code; check your receipt slip."))
        if errors:
            raise ValidationError(errors)
        return values


def receiving_agencies():
    """Agencies a petition may be addressed or forwarded to: active, with an e-ID code, not a unit."""
    today = timezone.localdate()
    return (
        Agency.objects.exclude(code__isnull=True)
        .exclude(code="")
        .exclude(kind=AgencyKind.UNIT)
        .exclude(valid_to__lt=today)
        .order_by("path")
    )


# --- helpers ---------------------------------------------------------------------------------------


def next_code(agency: Agency, day: dt.date) -> str:
    """``PAKN-<agency e-ID>-YYMMDD-NNNN``: per agency and day, never reused, safe under concurrency
    (``core.counters``, as dossier codes, on a counter of its own)."""
    if not agency.code:
        raise ValidationError({"agency": [_("This agency has no e-ID code; set one before receiving petitions.")]})
    number = counters.take_next(PetitionCodeCounter, agency=agency, day=day)
    return f"PAKN-{agency.code}-{day:%y%m%d}-{number:04d}"


def deadlines(agency: Agency, received_at: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """(handling deadline, forwarding deadline): 15 and 5 working days on the agency's office calendar."""
    calendar = calendar_for(agency)
    due = engine.compute_due(received_at, HANDLING_DAYS, engine.Unit.WORKING_DAYS, calendar).due_at
    forward_due = engine.compute_due(received_at, FORWARD_DAYS, engine.Unit.WORKING_DAYS, calendar).due_at
    return due, forward_due


def _event(petition: Petition, action: str, user, from_status: str, at: dt.datetime, note: str = "", data=None):
    last = petition.events.order_by("-seq").values_list("seq", flat=True).first() or 0
    official = getattr(user, "is_authenticated", False)
    return PetitionEvent.objects.create(
        petition=petition,
        seq=last + 1,
        at=at,
        actor=user if official else None,
        actor_label=(user.get_full_name() or user.get_username())[:200] if official else "",
        action=action,
        from_status=from_status,
        to_status=petition.status,
        note=note,
        data=data or {},
    )


def _lock(petition: Petition | int) -> Petition:
    pk = petition.pk if isinstance(petition, Petition) else petition
    return Petition.objects.select_for_update().select_related("agency").get(pk=pk)


def may_handle(user, petition: Petition) -> bool:
    """Perm.HANDLE_PETITION on the handling agency, or the assigned handler holding it inside that agency."""
    if permissions.can(user, Perm.HANDLE_PETITION, petition.agency):
        return True
    if petition.handler_id is None or petition.handler_id != getattr(user, "pk", None):
        return False
    return any(root.is_within(petition.agency) for root in permissions.roots(user, Perm.HANDLE_PETITION))


def _require_handler(user, petition: Petition) -> None:
    if not may_handle(user, petition):
        permissions.require(user, Perm.HANDLE_PETITION, petition.agency)


def _action(func):
    """Check the permission before the transaction (so the refusal's audit row is kept), then run the
    action in one transaction; the action checks again on the locked row."""

    @wraps(func)
    def wrapped(petition: Petition, *, user, **kwargs):
        _require_handler(user, petition)
        with transaction.atomic():
            return func(petition, user=user, **kwargs)

    return wrapped


def _lock_for(user, petition: Petition) -> Petition:
    locked = _lock(petition)
    if not may_handle(user, locked):
        raise PermissionDenied("petition.handle refused")
    return locked


def _reason(value: str, field: str, message: str) -> str:
    value = nfc(value or "").strip()
    if not value:
        raise ValidationError({field: [message]})
    limit = LIMITS.get(field, 10000)
    if len(value) > limit:
        raise ValidationError({field: [_("Keep this under %(n)s characters.") % {"n": limit}]})
    return value


# --- messages to the petitioner ------------------------------------------------------------------


def _notify(petition: Petition, event: str) -> None:
    """Announce the event (signals.petition_event): notifications queues the e-mail and SMS to the petitioner
    from its editable templates, in this transaction (outbox: delivered by the worker with retries)."""
    from .signals import announce

    announce(petition, event)


# --- receiving -------------------------------------------------------------------------------------


def _create(values: dict, *, channel: str, account, received_at: dt.datetime, **extra) -> Petition:
    agency = values["agency"]
    due, forward_due = deadlines(agency, received_at)
    return Petition.objects.create(
        code=next_code(agency, moments.local_date(received_at)),
        channel=channel,
        account=account,
        status=PetitionStatus.RECEIVED,
        received_at=received_at,
        due_at=due,
        forward_due_at=forward_due,
        **values,
        **extra,
    )


@transaction.atomic
def submit(data: PetitionInput, *, account=None, at: dt.datetime | None = None) -> Petition:
    """A petition sent on the portal or through the API, by a logged-in citizen or anonymously."""
    now = at or timezone.now()
    values = data.clean()
    linked = account if getattr(account, "is_authenticated", False) and not account.is_official else None
    petition = _create(values, channel=PetitionChannel.PORTAL, account=linked, received_at=now)
    _event(petition, A.SUBMIT, linked, "", now)
    _notify(petition, "received")
    return petition


def record(
    data: PetitionInput,
    *,
    user,
    channel: str,
    received_at: dt.datetime | None = None,
    at: dt.datetime | None = None,
) -> Petition:
    """An official logs a petition received in writing, by post, e-mail, phone or from the national system."""
    now = at or timezone.now()
    if data.agency is None:
        raise ValidationError({"agency": [_("Choose the agency the petition is addressed to.")]})
    permissions.require(user, Perm.HANDLE_PETITION, data.agency)  # before the transaction: the refusal is kept
    with transaction.atomic():
        return _record(data, user=user, channel=channel, received_at=received_at, now=now)


def _record(data: PetitionInput, *, user, channel: str, received_at: dt.datetime | None, now: dt.datetime):
    if channel not in OFFICE_CHANNELS:
        raise ValidationError({"channel": [_("Choose how the petition arrived.")]})
    received_at = received_at or now
    if received_at > now + dt.timedelta(minutes=1):
        raise ValidationError({"received_at": [_("The date of receipt cannot be in the future.")]})
    if received_at < now - dt.timedelta(days=366):
        raise ValidationError({"received_at": [_("The date of receipt is more than a year ago.")]})
    values = data.clean()
    petition = _create(values, channel=channel, account=None, received_at=received_at)
    _event(petition, A.RECORD, user, "", now, data={"received_at": received_at.isoformat()})
    _notify(petition, "received")
    return petition


# --- handling --------------------------------------------------------------------------------------


def handler_ok(handler, agency: Agency) -> bool:
    """A handler must be an active official holding Perm.HANDLE_PETITION in the agency or a unit of it."""
    if handler is None or not handler.is_active or not handler.is_official:
        return False
    if permissions.can(handler, Perm.HANDLE_PETITION, agency):
        return True
    return any(root.is_within(agency) for root in permissions.roots(handler, Perm.HANDLE_PETITION))


@_action
def accept(petition: Petition, *, user, handler=None, note: str = "", at: dt.datetime | None = None) -> Petition:
    """Accept for handling (thụ lý) and assign the official who handles it (the acting official by default)."""
    now = at or timezone.now()
    petition = _lock_for(user, petition)
    from_status = petition.status
    petition.status = _target(petition, A.ACCEPT)
    handler = handler or user
    if not handler_ok(handler, petition.agency):
        raise ValidationError({"handler": [_("Choose an official of this agency who handles petitions.")]})
    petition.handler = handler
    petition.save()
    _event(petition, A.ACCEPT, user, from_status, now, nfc(note).strip(), {"handler": handler.pk})
    return petition


def _handled(petition: Petition, action, *, user, field: str, text: str, note: str, at, message: str) -> Petition:
    """Close the petition at this agency with ``text`` in ``field`` (the reason, or the answer)."""
    now = at or timezone.now()
    petition = _lock_for(user, petition)
    from_status = petition.status
    petition.status = _target(petition, action)
    setattr(petition, field, text)
    petition.handled_at = now
    petition.handler = petition.handler or user
    petition.save()
    _event(petition, action, user, from_status, now, note)
    _notify(petition, message)
    return petition


@_action
def reject(petition: Petition, *, user, reason: str, at: dt.datetime | None = None) -> Petition:
    """Not accepted (requirements of ND 20/2008 unmet, or no sufficient basis), with the reason."""
    text = _reason(reason, "reason", _("Give the reason the petition is not accepted."))
    return _handled(petition, A.REJECT, user=user, field="reason", text=text, note=text, at=at, message="rejected")


@_action
def forward(petition: Petition, *, user, to: Agency | None, reason: str, at: dt.datetime | None = None) -> Petition:
    """Forward to the competent body: this petition ends as forwarded here, and a new one, with its own
    code and a fresh 15-working-day deadline, is received at ``to``. Returns the new petition."""
    now = at or timezone.now()
    petition = _lock_for(user, petition)
    from_status = petition.status
    new_status = _target(petition, A.FORWARD)
    if to is None:
        raise ValidationError({"to": [_("Choose the agency to forward the petition to.")]})
    if to.pk == petition.agency_id:
        raise ValidationError({"to": [_("Choose another agency than the one handling the petition.")]})
    if not to.code or not to.is_active or to.kind == AgencyKind.UNIT:
        raise ValidationError({"to": [_("This agency does not receive petitions; choose another one.")]})
    reason = _reason(reason, "reason", _("Say why the petition goes to another agency."))
    petition.status = new_status
    petition.forwarded_to = to
    petition.reason = reason
    petition.handled_at = now
    petition.handler = petition.handler or user
    petition.save()
    copied = {
        name: getattr(petition, name)
        for name in (
            "kind",
            "title",
            "content",
            "procedure",
            "dossier",
            "petitioner_name",
            "petitioner_address",
            "petitioner_phone",
            "petitioner_email",
        )
    }
    received = _create(
        {**copied, "agency": to},
        channel=petition.channel,
        account=petition.account,
        received_at=now,
        forwarded_from=petition,
    )
    on_time = petition.forwarded_on_time
    _event(
        petition, A.FORWARD, user, from_status, now, reason, {"to": to.pk, "code": received.code, "on_time": on_time}
    )
    _event(received, A.RECEIVE_FORWARDED, user, "", now, reason, {"from": petition.agency_id, "code": petition.code})
    _notify(petition, "forwarded")
    return received


@_action
def answer(petition: Petition, *, user, text: str, at: dt.datetime | None = None) -> Petition:
    """Record the answer (kết quả xử lý): the petition is handled at this moment."""
    text = _reason(text, "answer", _("Write the answer to the petition."))
    return _handled(petition, A.ANSWER, user=user, field="answer", text=text, note="", at=at, message="answered")


def personal_data_in(petition: Petition, text: str) -> list[str]:
    """The petitioner's personal data found in ``text`` (name, phone, e-mail, address), for the publish check."""
    folded = " ".join(nfc(text).casefold().split())
    digits = re.sub(r"\D", "", text)
    found = []
    for label, value in (
        (_("name"), petition.petitioner_name),
        (_("address"), petition.petitioner_address),
        (_("e-mail"), petition.petitioner_email),
    ):
        value = " ".join(nfc(value).casefold().split())
        if value and len(value) >= 3 and value in folded:
            found.append(str(label))
    phone = re.sub(r"\D", "", petition.petitioner_phone)
    if len(phone) >= 8 and (phone in digits or phone.lstrip("0") in digits):
        found.append(str(_("phone")))
    return found


@_action
def publish(
    petition: Petition,
    *,
    user,
    public_title: str | None = None,
    public_answer: str | None = None,
    at: dt.datetime | None = None,
) -> Petition:
    """Make the answer public (Art 19) as a subject and an answer the official has checked for personal data.

    The published text defaults to the subject and the answer; it is refused while it contains the
    petitioner's name, address, phone or e-mail.
    """
    now = at or timezone.now()
    petition = _lock_for(user, petition)
    from_status = petition.status
    petition.status = _target(petition, A.PUBLISH)
    title = nfc(petition.title if public_title is None else public_title).strip()
    text = nfc(petition.answer if public_answer is None else public_answer).strip()
    errors: dict[str, list[str]] = {}
    if not title:
        errors["public_title"] = [_("Give the subject to publish.")]
    if not text:
        errors["public_answer"] = [_("Give the answer to publish.")]
    for field, value in (("public_title", title), ("public_answer", text)):
        found = personal_data_in(petition, value)
        if found:
            errors.setdefault(field, []).append(
                _("Remove the petitioner's personal data before publishing: %(what)s.") % {"what": ", ".join(found)}
            )
    if len(title) > LIMITS["title"]:
        errors.setdefault("public_title", []).append(_("Keep this under %(n)s characters.") % {"n": LIMITS["title"]})
    if errors:
        raise ValidationError(errors)
    petition.public_title = title
    petition.public_answer = text
    petition.published_at = now
    petition.save()
    _event(petition, A.PUBLISH, user, from_status, now)
    return petition


@transaction.atomic
def rehome_open(mapping: dict[int, Agency]) -> int:
    """A merger of agencies: the open petitions of an old agency go to the agency that takes over (old pk
    → new agency); their deadlines stand. Handled ones keep their agency. Returns how many moved."""
    moved = 0
    for petition in Petition.objects.select_for_update().filter(agency_id__in=list(mapping), status__in=OPEN_STATUSES):
        petition.agency = mapping[petition.agency_id]
        petition.save(update_fields=["agency"])
        moved += 1
    return moved
