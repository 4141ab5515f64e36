"""The only write path of evaluations: ``rate``."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.core.text import nfc
from motcua.dossiers.models import Channel, Dossier, DossierEvent
from motcua.dossiers.workflow import Action, Status
from motcua.orgs import permissions
from motcua.orgs.permissions import Perm

from .models import CRITERIA, ONLINE_ONLY, Evaluation, EvaluationChannel, Satisfaction

RATABLE = frozenset({Status.DONE, Status.RETURNED})
COMMENT_MAX = 2000
RESULT_NOT_READY = gettext_lazy("The dossier can be evaluated once its result is ready.")
ALREADY_RATED = gettext_lazy("This dossier has already been evaluated; an evaluation is given only once.")


def can_rate(dossier: Dossier) -> bool:
    """A dossier may be evaluated once its result is ready or returned, and only once."""
    return dossier.status in RATABLE and not Evaluation.objects.filter(dossier=dossier).exists()


def link_token(code: str) -> str:
    """The check carried by the rating link of the return SMS and e-mail: the dossier code's keyed hash
    (80 bits; not guessable without the server's secret key), so that a citizen received at the counter
    without a portal account can rate, and nobody can rate another's dossier by trying codes."""
    return salted_hmac("motcua.evaluations.link", code).hexdigest()[:20]


def by_link(code: str, token: str) -> Dossier | None:
    """The dossier of a rating link, or None when the code is unknown or the token does not match it."""
    code = (code or "").strip().upper()
    if not code or not constant_time_compare(link_token(code), token or ""):
        return None
    return Dossier.objects.select_related("procedure", "version", "agency", "lead_agency").filter(code=code).first()


def _link_matches(dossier: Dossier, token: str) -> bool:
    return bool(token and dossier.code) and constant_time_compare(link_token(dossier.code), token)


def _check_actor(dossier: Dossier, by_user, channel: str, token: str = "") -> None:
    if channel == EvaluationChannel.ONLINE:
        if _link_matches(dossier, token):
            return  # the applicant, following the link sent to their phone or e-mail
        if by_user is None or not dossier.account_id or dossier.account_id != by_user.pk:
            raise PermissionDenied("only the dossier's account rates online")
    else:
        # The desk officer of the receiving desk opens the device for the citizen at the counter.
        permissions.require(by_user, Perm.RECEIVE_DOSSIER, dossier.agency)


def clean_answers(dossier: Dossier, answers: dict) -> dict:
    """Codes checked against the scale and the criteria; errors keyed by field name."""
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, str] = {}
    satisfaction = (answers.get("satisfaction") or "").strip()
    if not satisfaction:
        errors["satisfaction"] = [_("Choose how satisfied you are overall.")]
    elif satisfaction not in Satisfaction.values:
        errors["satisfaction"] = [_("Choose one of the three levels.")]
    cleaned["satisfaction"] = satisfaction
    unknown = set(answers) - {"satisfaction", *CRITERIA}
    if unknown:
        errors["__all__"] = [_("Unknown questions: %(names)s.") % {"names": ", ".join(sorted(unknown))}]
    for name, (_point, _question, choices) in CRITERIA.items():
        value = (answers.get(name) or "").strip()
        if not value:
            cleaned[name] = ""
            continue
        if value not in {code for code, _label in choices}:
            errors[name] = [_("Choose one of the answers offered.")]
        elif name in ONLINE_ONLY and dossier.channel != Channel.ONLINE:
            errors[name] = [_("This question is only for dossiers submitted online.")]
        cleaned[name] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


def _deciding(dossier: Dossier) -> tuple:
    """The unit and officer of the deciding step: the step's handler, or whoever recorded the decision."""
    event = (
        DossierEvent.objects.filter(dossier=dossier, action=Action.DECIDE)
        .select_related("step__unit", "step__handler", "actor")
        .order_by("-seq")
        .first()
    )
    if event is None:
        return None, None
    step = event.step
    unit = step.unit if step else None
    officer = (step.handler if step else None) or event.actor
    return unit, officer


@transaction.atomic
def rate(
    dossier: Dossier,
    *,
    by_user=None,
    channel: str,
    answers: dict,
    comment: str = "",
    token: str = "",
    at: dt.datetime | None = None,
) -> Evaluation:
    """Record the citizen's evaluation of a dossier whose result is ready or returned; once only.

    Online, the rater is the dossier's account (``by_user``) or whoever holds the rating link's
    ``token`` (see :func:`link_token`); at the desk, an officer of the receiving desk."""
    dossier = Dossier.objects.select_for_update().select_related("lead_agency", "agency").get(pk=dossier.pk)
    if channel not in EvaluationChannel.values:
        raise ValidationError({"channel": [_("Unknown evaluation channel.")]})
    _check_actor(dossier, by_user, channel, token)
    if dossier.status not in RATABLE:
        raise ValidationError(RESULT_NOT_READY)
    if Evaluation.objects.filter(dossier=dossier).exists():
        raise ValidationError(ALREADY_RATED)
    cleaned = clean_answers(dossier, answers or {})
    comment = nfc(comment or "").strip()
    if len(comment) > COMMENT_MAX:
        raise ValidationError({"comment": [_("Keep the comment under %(n)s characters.") % {"n": COMMENT_MAX}]})
    unit, officer = _deciding(dossier)
    evaluation = Evaluation(
        dossier=dossier,
        channel=channel,
        comment=comment,
        agency=dossier.lead_agency,
        agency_name=dossier.lead_agency.name,
        unit=unit,
        unit_name=unit.name if unit else "",
        officer=officer,
        officer_name=(officer.get_full_name() or officer.get_username()) if officer else "",
        recorded_by=by_user if getattr(by_user, "is_authenticated", False) else None,
        created_at=at or timezone.now(),
        **cleaned,
    )
    try:
        with transaction.atomic():
            evaluation.save()
    except IntegrityError as exc:  # a second rating racing the first
        raise ValidationError(ALREADY_RATED) from exc
    return evaluation
