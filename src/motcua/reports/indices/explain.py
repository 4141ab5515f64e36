"""The dossiers behind an agency's index score, each with the reason for its points (issue 16: explain
every number).

For an index scored per dossier (1, 2, 3, 4, 6, 7) the agency's page shows how many of its dossiers got 2, 1
and 0 points; :func:`index_dossiers` lists them: the dossiers decided in the period whose competent agency is
the agency (``rows.unit_report``), read as they stood at the period's end, with the SQL points of
``scores.score_expressions`` — so each list has exactly as many dossiers as the count shown. The reason of a
row is :func:`reason`, written from the same facts the per-dossier page shows (``breakdown``), whose points
:func:`points` computes in Python; the tests check that SQL and Python agree.

Index 9 is scored once per agency from its dossiers: its list is the dossiers it reads (received in the
period, and the online ones resolved late or overdue at the end), given for the points the agency got.
Indices 5 and 8 are scored from the catalogue and the petitions, not from dossiers (:class:`NotPerDossier`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Case, CharField, Exists, F, IntegerField, Q, QuerySet, Value, When
from django.utils.translation import gettext as _

from motcua.catalogue.models import ProcedureVersion
from motcua.dossiers.models import Channel, Dossier, Verdict
from motcua.orgs.models import Agency

from .. import drilldown, form06
from .rows import decided, unit_report
from .rules import DOSSIER_INDICES
from .scores import complaint_petitions, score_expressions, worst_step_points


class NotPerDossier(ValueError):
    """Indices 5 and 8: scored from the catalogue and the petitions, not from dossiers."""


VERDICT_POINTS = {Verdict.EARLY: 2, Verdict.ON_TIME: 1, Verdict.LATE: 0}


@dataclass
class Facts:
    """What indices 1, 2, 3, 4, 6 and 7 read of one dossier as it stood at the period's end."""

    verdict: str
    finished_at: dt.datetime | None
    due_at: dt.datetime | None
    step_points: int | None  # the worst judged step's points, None without a judged step
    requests: int  # supplement requests after receipt
    contacts: str  # the citizen's answers ("" when not given by then)
    bodies: str
    attitude: str
    complaints: bool  # an answered petition about the staff
    published: bool
    at_desk: bool


def points(facts: Facts, number: int) -> int:
    """The points of index ``number`` (Art 13; choices in docs/indices.md)."""
    verdict = VERDICT_POINTS.get(facts.verdict, 0)
    if number == 1:
        return verdict
    if number == 2:
        return verdict if facts.step_points is None else facts.step_points
    if number == 3:
        if facts.requests > 1 or facts.contacts == "more":
            return 0
        return 1 if (facts.requests == 1 or facts.contacts == "twice") else 2
    if number == 4:
        return {"more": 0, "one": 1}.get(facts.bodies, 2)
    if number == 6:
        return 2 if (facts.published and facts.at_desk) else 1 if (facts.published or facts.at_desk) else 0
    if number == 7:
        return 0 if (facts.attitude == "not_polite" or facts.complaints) else verdict
    raise NotPerDossier(number)


def _day(moment: dt.datetime | None) -> str:
    return moment.astimezone(form06.TZ).strftime("%d/%m/%Y") if moment else "—"


def _choice(name: str, value: str) -> str:
    from motcua.evaluations.models import CRITERIA

    return str(dict(CRITERIA[name][2]).get(value, value))


def _verdict_label(verdict: str) -> str:
    return str(Verdict(verdict).label) if verdict in Verdict.values else "—"


def reason(facts: Facts, number: int) -> str:
    """Why the dossier has its points for index ``number``, in one sentence (the viewer's language)."""
    got = points(facts, number)
    verdict = _verdict_label(facts.verdict).lower()
    decided_vs_due = _("decided %(finished)s, appointment %(due)s") % {
        "finished": _day(facts.finished_at),
        "due": _day(facts.due_at),
    }
    if number == 1:
        text = f"{verdict.capitalize()}: {decided_vs_due}"
    elif number == 2:
        if facts.step_points is None:
            text = _("No step has a verdict: the points of index 1 (%(verdict)s)") % {"verdict": verdict}
        else:
            worst = next(v for v, p in VERDICT_POINTS.items() if p == facts.step_points)
            text = _("Worst step: %(verdict)s") % {"verdict": _verdict_label(worst).lower()}
    elif number == 3:
        text = _("%(n)s supplement request(s) after receipt") % {"n": facts.requests}
        if facts.contacts:
            text += "; " + _("the citizen answered: %(answer)s") % {"answer": _choice("contacts", facts.contacts)}
    elif number == 4:
        if facts.bodies:
            text = _("The citizen answered: %(answer)s") % {"answer": _choice("bodies", facts.bodies)}
        else:
            text = _("No answer from the citizen: the record gives 2")
    elif number == 6:
        text = "; ".join(
            [
                _("published in the catalogue") if facts.published else _("not published in the catalogue"),
                _("received at the one-stop desk") if facts.at_desk else _("not received at the one-stop desk"),
            ]
        ).capitalize()
    elif number == 7:
        if facts.attitude == "not_polite":
            text = _("The citizen rated the attitude “not polite”")
        elif facts.complaints:
            text = _("An answered petition about the staff's conduct")
        else:
            text = _("No verified complaint; %(verdict)s") % {"verdict": verdict}
    else:
        raise NotPerDossier(number)
    return _("%(text)s: %(points)s point(s)") % {"text": text, "points": got}


# --- the list in SQL ---------------------------------------------------------------------------


def _answer_then(name: str, ends: dt.datetime) -> Case:
    return Case(
        When(evaluation__created_at__lt=ends, then=F(f"evaluation__{name}")),
        default=Value(""),
        output_field=CharField(),
    )


def facts_of(dossier: Dossier) -> Facts:
    """The facts of a dossier from :func:`index_dossiers` (its ``ix_*`` annotations)."""
    version = dossier.version
    return Facts(
        verdict=dossier.verdict,
        finished_at=dossier.finished_at,
        due_at=dossier.original_due_at,
        step_points=dossier.ix_step,
        requests=dossier.supplement_requests,
        contacts=dossier.ix_contacts or "",
        bodies=dossier.ix_bodies or "",
        attitude=dossier.ix_attitude or "",
        complaints=bool(dossier.ix_complaints),
        published=version.state == ProcedureVersion.State.PUBLISHED,
        at_desk=version.at_desk,
    )


def scored_dossiers(dossiers: QuerySet[Dossier], period: form06.Period) -> QuerySet[Dossier]:
    """``dossiers`` with the facts (``ix_*``) and the points (``i1`` … ``i7``) as of the period's end."""
    ends = period.ends
    return dossiers.annotate(
        **score_expressions(True, ends),
        ix_step=worst_step_points(),
        ix_contacts=_answer_then("contacts", ends),
        ix_bodies=_answer_then("bodies", ends),
        ix_attitude=_answer_then("attitude", ends),
        ix_complaints=Exists(complaint_petitions(ends)),
    ).select_related("procedure", "version", "lead_agency")


# index 9: which of the dossiers it reads (Form 06 columns 4, 5, 10, 13 of the agency's own dossiers)
NINE_RULES = ("in_online", "in_desk", "online_late", "online_overdue")


def _nine(agency: Agency, period: form06.Period) -> QuerySet[Dossier]:
    counted = form06.annotated(Dossier.objects.filter(lead_agency=agency), period)
    received = Q(received_at__gte=period.begins)
    online = Q(channel=Channel.ONLINE)
    late = drilldown.column_condition(period, "c10")
    overdue = drilldown.column_condition(period, "c13")
    return (
        counted.filter(received | (online & (late | overdue)))
        .annotate(
            ix_received=Case(
                When(received & online, then=Value("in_online")),
                When(received, then=Value("in_desk")),
                default=Value(""),
                output_field=CharField(),
            ),
            ix_late=Case(
                When(online & late, then=Value("online_late")),
                When(online & overdue, then=Value("online_overdue")),
                default=Value(""),
                output_field=CharField(),
            ),
        )
        .annotate(f06_due_then=F("f06_due_at"))
        .select_related("procedure", "version", "lead_agency")
    )


def nine_reason(dossier: Dossier) -> str:
    parts = []
    if dossier.ix_received == "in_online":
        parts.append(_("received online in the period"))
    elif dossier.ix_received == "in_desk":
        parts.append(_("received at the desk or by post in the period"))
    if dossier.ix_late == "online_late":
        parts.append(_("online and resolved late"))
    elif dossier.ix_late == "online_overdue":
        parts.append(_("online and overdue at the end of the period"))
    return "; ".join(parts).capitalize()


def index_dossiers(agency: Agency, period: form06.Period, number: int, at: int) -> QuerySet[Dossier]:
    """The agency's dossiers behind index ``number`` at ``at`` points (0, 1 or 2), oldest decision first.

    Per-dossier indices: the dossiers decided in the period whose points for the index are ``at``, with
    ``ix_points`` and the facts of :func:`facts_of`. Index 9: the dossiers it reads when the agency got
    ``at`` points for it, else none. ``NotPerDossier`` for indices 5 and 8."""
    if number in DOSSIER_INDICES:
        qs = scored_dossiers(decided(Dossier.objects.filter(lead_agency=agency), period), period)
        return qs.annotate(ix_points=F(f"i{number}")).filter(ix_points=at).order_by("finished_at", "pk")
    if number == 9:
        qs = _nine(agency, period)
        row = unit_report(agency, Dossier.objects.all(), period)
        if row is None or row.unit_points[9].points != at:
            qs = qs.none()
        return qs.annotate(ix_points=Value(at, output_field=IntegerField())).order_by("received_at", "pk")
    raise NotPerDossier(number)


def row_reason(dossier: Dossier, number: int) -> str:
    """The reason of one row of :func:`index_dossiers`."""
    if number == 9:
        return nine_reason(dossier)
    return reason(facts_of(dossier), number)


def describe(dossier: Dossier, number: int) -> dict:
    """One row of the list (no applicant data)."""
    return {
        "pk": dossier.pk,
        "code": dossier.code or f"#{dossier.pk}",
        "procedure": dossier.version.name,
        "procedure_code": dossier.procedure.code,
        "agency": dossier.lead_agency.name,
        "channel": str(Channel(dossier.channel).label) if dossier.channel in Channel.values else str(dossier.channel),
        "received_at": dossier.received_at,
        "due_at": getattr(dossier, "f06_due_then", dossier.original_due_at),  # index 9: as of the end
        "finished_at": dossier.finished_at,
        "points": dossier.ix_points,
        "rule": row_reason(dossier, number),
    }
