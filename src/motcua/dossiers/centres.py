"""Any desk for any procedure (phi địa giới, ND 118/2025 Art 14(2)): reads only.

A desk of a public administration service centre (the provincial centre, a commune's centre or one of its
reception points, ``orgs.selectors.CENTRE_KINDS``) receives a procedure flagged ``any_desk`` for **any**
competent agency of the procedure's level in the province. The competent agency is proposed from the
subject (the applicant's residence, the parcel's or the business seat's commune) and confirmed by the
official; the dossier records both: ``agency`` (the receiving desk) and ``lead_agency`` (the competent one).
When the desk is not inside the competent agency the paper originals travel to it: a leg of two events
(``send_originals``, ``receive_originals``, each with when and by whom). The applicant chooses where to
collect the result (``collect_at``: blank for the receiving desk). docs/organisation.md, docs/dossiers.md.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from motcua.orgs import selectors as org_selectors
from motcua.orgs.models import Agency, AgencyKind

from .models import Dossier
from .workflow import Action, Status


def lead_agency_for(version, desk: Agency) -> Agency:
    """Today's rule: the version's implementing agency, else the agency the desk works for (never a centre)."""
    return version.implementing_agency or org_selectors.served_agency(desk)


def any_desk(version, desk: Agency) -> bool:
    """May ``desk`` receive ``version`` for a competent agency other than its own?"""
    return bool(version.any_desk) and org_selectors.is_centre_desk(desk)


def candidates(version, desk: Agency) -> list[Agency]:
    """The competent agencies a desk may receive ``version`` for: for a phi-địa-giới procedure at a centre's
    desk every active People's Committee of the procedure's level in the province (or its implementing
    agency when it names one); otherwise the one of today's rule."""
    if not any_desk(version, desk):
        return [lead_agency_for(version, desk)]
    if version.implementing_agency_id:
        return [version.implementing_agency]
    province = org_selectors.province_of(desk)
    rows = Agency.objects.filter(
        path__startswith=province.path,
        level=version.level,
        kind=AgencyKind.PEOPLES_COMMITTEE,
        valid_to__isnull=True,
    )
    return list(rows.order_by("path"))


def propose(version, desk: Agency, subject: Agency | None) -> Agency | None:
    """The competent agency for a subject's commune (residence, parcel, business seat): the candidate that is
    that commune or contains it; for one candidate, that one. The official confirms."""
    found = candidates(version, desk)
    if len(found) == 1:
        return found[0]
    if subject is None:
        return None
    return next((a for a in found if subject.is_within(a)), None)


def subject_communes(desk: Agency):
    """The communes a subject may be in: the active communes' People's Committees of the desk's province."""
    province = org_selectors.province_of(desk)
    return Agency.objects.filter(
        path__startswith=province.path, level="commune", kind=AgencyKind.PEOPLES_COMMITTEE, valid_to__isnull=True
    ).order_by("path")


def check_competent(version, desk: Agency, competent: Agency) -> Agency:
    if competent.pk not in {a.pk for a in candidates(version, desk)}:
        raise ValidationError(
            {"competent_agency": [_("This desk cannot receive this procedure for the agency chosen.")]}
        )
    return competent


def collect_points(desk: Agency, lead: Agency) -> list[Agency]:
    """Where the applicant may collect the result: the receiving desk, or the competent agency's desk."""
    points = [desk]
    other = org_selectors.desk_of(lead)
    if other.pk != desk.pk:
        points.append(other)
    return points


def check_collect_at(desk: Agency, lead: Agency, collect_at: Agency | None) -> Agency | None:
    """``None`` for the receiving desk, else one of :func:`collect_points`."""
    if collect_at is None or collect_at.pk == desk.pk:
        return None
    if collect_at.pk not in {a.pk for a in collect_points(desk, lead)}:
        raise ValidationError({"collect_at": [_("Choose the receiving desk or the competent agency's desk.")]})
    return collect_at


def return_point(dossier: Dossier) -> Agency:
    """The desk that returns the result."""
    return dossier.collect_at or dossier.agency


def needs_transfer(dossier: Dossier) -> bool:
    """The paper originals must travel: the receiving desk is not inside the competent agency."""
    return bool(dossier.code) and not dossier.agency.is_within(dossier.lead_agency)


def originals_state(dossier: Dossier) -> str:
    """ "" (no transfer), "at_desk", "sent" or "received"."""
    if not needs_transfer(dossier):
        return ""
    done = set(
        dossier.events.filter(action__in=[Action.SEND_ORIGINALS, Action.RECEIVE_ORIGINALS]).values_list(
            "action", flat=True
        )
    )
    if Action.RECEIVE_ORIGINALS in done:
        return "received"
    return "sent" if Action.SEND_ORIGINALS in done else "at_desk"


def public_legs(code: str) -> list[dict]:
    """Where the dossier is, leg by leg, for the public lookup (no personal data, no officials' names):
    ``[{"what", "where", "at"}]``; empty for a dossier received and decided by the same agency."""
    dossier = (
        Dossier.objects.filter(code=code)
        .select_related("agency", "lead_agency", "collect_at")
        .only(
            "pk",
            "code",
            "status",
            "received_at",
            "finished_at",
            "returned_at",
            "return_method",
            *(f"{k}__{f}" for k in ("agency", "lead_agency", "collect_at") for f in ("name", "path")),
        )
        .first()
    )
    if dossier is None or not dossier.code:
        return []
    transfer = needs_transfer(dossier)
    collect = return_point(dossier)
    if not transfer and collect.pk == dossier.agency_id:
        return []
    events = {
        e.action: e.at
        for e in dossier.events.filter(action__in=[Action.SEND_ORIGINALS, Action.RECEIVE_ORIGINALS]).only(
            "action", "at"
        )
    }
    legs = [{"what": _("Received at the desk"), "where": dossier.agency.name, "at": dossier.received_at}]
    if transfer:
        legs.append(
            {
                "what": _("Paper originals sent to the competent agency"),
                "where": dossier.lead_agency.name,
                "at": events.get(Action.SEND_ORIGINALS),
            }
        )
        legs.append(
            {
                "what": _("Paper originals received by the competent agency"),
                "where": dossier.lead_agency.name,
                "at": events.get(Action.RECEIVE_ORIGINALS),
            }
        )
    ended = dossier.status in (Status.DONE, Status.RETURNED)
    legs.append(
        {
            "what": _("Processed by the competent agency"),
            "where": dossier.lead_agency.name,
            "at": dossier.finished_at if ended else None,
            "current": dossier.status in (Status.RECEIVED, Status.PROCESSING),
        }
    )
    legs.append(
        {
            "what": _("Result by post") if dossier.return_method == "post" else _("Result to be collected at"),
            "where": collect.name,
            "at": dossier.finished_at if ended else None,
        }
    )
    if dossier.status == Status.RETURNED:
        legs.append({"what": _("Result returned"), "where": collect.name, "at": dossier.returned_at})
    return legs
