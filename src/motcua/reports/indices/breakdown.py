"""One dossier's indices 1, 2, 3, 4, 6 and 7 computed in Python, with the data used and the rule applied: the page
that explains a score (the tests check it agrees with the SQL of ``scores``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from motcua.catalogue.models import ProcedureVersion
from motcua.dossiers.models import Dossier

from .. import form06
from .explain import VERDICT_POINTS, Facts, points, reason
from .rules import NAMES
from .scores import complaint_petitions

# --- one dossier, in Python -------------------------------------------------------------------


@dataclass
class DossierIndex:
    number: int
    points: int
    rule: str
    data: list[tuple[str, object]]
    reason: str = ""  # why this dossier has these points (``explain.reason``, as in the drill-down lists)

    @property
    def name(self) -> str:
        return str(NAMES[self.number])


def dossier_breakdown(dossier: Dossier, period: form06.Period | None = None) -> list[DossierIndex]:
    """Indices 1, 2, 3, 4, 6 and 7 of one dossier: the data used, the rule applied, the points.

    With ``period``, as the dossier stood at its end (E): an evaluation given or a complaint answered
    later is left out, as the report of that period does (``scores.score_expressions``). The points and
    the reason come from ``explain.points`` and ``explain.reason``, as in the lists behind a score."""
    from motcua.evaluations.models import Evaluation

    ends = period.ends if period is not None else None
    evaluations = Evaluation.objects.filter(dossier=dossier)
    evaluation = (evaluations.filter(created_at__lt=ends) if ends is not None else evaluations).first()
    steps = list(dossier.steps.select_related("unit").order_by("seq"))
    judged = [s for s in steps if (s.counted or s.interagency) and s.verdict]
    petitions = complaint_petitions(ends, dossier).count()
    version = dossier.version
    facts = Facts(
        verdict=dossier.verdict,
        finished_at=dossier.finished_at,
        due_at=dossier.original_due_at,
        step_points=min(VERDICT_POINTS[s.verdict] for s in judged) if judged else None,
        requests=dossier.supplement_requests,
        contacts=evaluation.contacts if evaluation else "",
        bodies=evaluation.bodies if evaluation else "",
        attitude=evaluation.attitude if evaluation else "",
        complaints=petitions > 0,
        published=version.state == ProcedureVersion.State.PUBLISHED,
        at_desk=version.at_desk,
    )

    def item(number: int, rule, data: list[tuple[str, object]]) -> DossierIndex:
        return DossierIndex(number, points(facts, number), str(rule), data, reason(facts, number))

    return [
        item(
            1,
            _("early: 2, on time: 1, late: 0 (the dossier's verdict against its appointment)"),
            [
                (str(_("verdict")), dossier.get_verdict_display() or "—"),
                (str(_("appointment")), dossier.original_due_at),
                (str(_("decided at")), dossier.finished_at),
            ],
        ),
        item(
            2,
            _("the lowest of the steps' points (early 2, on time 1, late 0)")
            if judged
            else _("no step has a verdict: the points of index 1"),
            [
                (
                    f"{s.seq}. {s.name} — {s.unit.name}" + (" ({})".format(_("inter-agency")) if s.interagency else ""),
                    s.get_verdict_display() or "—",
                )
                for s in steps
                if s.counted or s.interagency
            ],
        ),
        item(
            3,
            _(
                "no supplement request: 2, one: 1, more: 0; the citizen's answer (once 2, twice 1, "
                "more 0) lowers it when worse"
            ),
            [
                (str(_("supplement requests")), facts.requests),
                (str(_("citizen's answer")), evaluation.get_contacts_display() if facts.contacts else "—"),
            ],
        ),
        item(
            4,
            _(
                "the desk routes inter-agency steps itself, so the record gives 2; the citizen's answer "
                "(none 2, one other body 1, more 0) decides when given"
            ),
            [
                (str(_("channel")), dossier.get_channel_display()),
                (str(_("result returned")), dossier.get_return_method_display()),
                (str(_("inter-agency steps")), ", ".join(s.unit.name for s in steps if s.interagency) or "—"),
                (str(_("citizen's answer")), evaluation.get_bodies_display() if facts.bodies else "—"),
            ],
        ),
        item(
            6,
            _("published electronically and posted at the desk: 2; one of them: 1; neither: 0"),
            [
                (str(_("version published in the catalogue (electronic)")), facts.published),
                (str(_("received and posted at the one-stop desk")), version.at_desk),
            ],
        ),
        item(
            7,
            _("a verified complaint: 0; else early: 2, on time: 1, late: 0"),
            [
                (
                    str(_("citizen's rating of the attitude")),
                    evaluation.get_attitude_display() if facts.attitude else "—",
                ),
                (str(_("answered petitions about staff conduct")), petitions),
                (str(_("verdict")), dossier.get_verdict_display() or "—"),
            ],
        ),
    ]
