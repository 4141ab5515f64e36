"""One dossier's indices 1, 2, 3, 4, 6 and 7 computed in Python, with the data used and the rule applied: the page
that explains a score (the tests check it agrees with the SQL of ``scores``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from motcua.catalogue.models import ProcedureVersion
from motcua.dossiers.models import Dossier, Verdict
from motcua.petitions.models import Petition, PetitionKind

from .rules import COMPLAINT_STATUSES, NAMES

# --- one dossier, in Python -------------------------------------------------------------------


@dataclass
class DossierIndex:
    number: int
    points: int
    rule: str
    data: list[tuple[str, object]]

    @property
    def name(self) -> str:
        return str(NAMES[self.number])


VERDICT_POINTS = {Verdict.EARLY: 2, Verdict.ON_TIME: 1, Verdict.LATE: 0}


def dossier_breakdown(dossier: Dossier) -> list[DossierIndex]:
    """Indices 1, 2, 3, 4, 6 and 7 of one dossier: the data used, the rule applied, the points."""
    from motcua.evaluations.models import Evaluation

    evaluation = Evaluation.objects.filter(dossier=dossier).first()
    verdict = dossier.verdict
    i1 = VERDICT_POINTS.get(verdict, 0)
    result = [
        DossierIndex(
            1,
            i1,
            str(_("early: 2, on time: 1, late: 0 (the dossier's verdict against its appointment)")),
            [
                (str(_("verdict")), dossier.get_verdict_display() or "—"),
                (str(_("appointment")), dossier.original_due_at),
                (str(_("decided at")), dossier.finished_at),
            ],
        )
    ]
    steps = list(dossier.steps.select_related("unit").order_by("seq"))
    judged = [s for s in steps if (s.counted or s.interagency) and s.verdict]
    if judged:
        i2 = min(VERDICT_POINTS[s.verdict] for s in judged)
        rule2 = str(_("the lowest of the steps' points (early 2, on time 1, late 0)"))
    else:
        i2, rule2 = i1, str(_("no step has a verdict: the points of index 1"))
    result.append(
        DossierIndex(
            2,
            i2,
            rule2,
            [
                (
                    f"{s.seq}. {s.name} — {s.unit.name}" + (" ({})".format(_("inter-agency")) if s.interagency else ""),
                    s.get_verdict_display() or "—",
                )
                for s in steps
                if s.counted or s.interagency
            ],
        )
    )
    contacts = evaluation.contacts if evaluation else ""
    requests = dossier.supplement_requests
    if requests > 1 or contacts == "more":
        i3 = 0
    elif requests == 1 or contacts == "twice":
        i3 = 1
    else:
        i3 = 2
    result.append(
        DossierIndex(
            3,
            i3,
            str(
                _(
                    "no supplement request: 2, one: 1, more: 0; the citizen's answer (once 2, twice 1, "
                    "more 0) lowers it when worse"
                )
            ),
            [
                (str(_("supplement requests")), requests),
                (str(_("citizen's answer")), evaluation.get_contacts_display() if contacts else "—"),
            ],
        )
    )
    bodies = evaluation.bodies if evaluation else ""
    i4 = {"more": 0, "one": 1}.get(bodies, 2)
    interagency = [s.unit.name for s in steps if s.interagency]
    result.append(
        DossierIndex(
            4,
            i4,
            str(
                _(
                    "the desk routes inter-agency steps itself, so the record gives 2; the citizen's answer "
                    "(none 2, one other body 1, more 0) decides when given"
                )
            ),
            [
                (str(_("channel")), dossier.get_channel_display()),
                (str(_("result returned")), dossier.get_return_method_display()),
                (str(_("inter-agency steps")), ", ".join(interagency) or "—"),
                (str(_("citizen's answer")), evaluation.get_bodies_display() if bodies else "—"),
            ],
        )
    )
    version = dossier.version
    published = version.state == ProcedureVersion.State.PUBLISHED
    i6 = 2 if (published and version.at_desk) else 1 if (published or version.at_desk) else 0
    result.append(
        DossierIndex(
            6,
            i6,
            str(_("published electronically and posted at the desk: 2; one of them: 1; neither: 0")),
            [
                (str(_("version published in the catalogue (electronic)")), published),
                (str(_("received and posted at the one-stop desk")), version.at_desk),
            ],
        )
    )
    petitions = Petition.objects.filter(
        dossier=dossier, kind=PetitionKind.STAFF_CONDUCT, status__in=COMPLAINT_STATUSES
    ).count()
    attitude = evaluation.attitude if evaluation else ""
    complaint = attitude == "not_polite" or petitions > 0
    i7 = 0 if complaint else {Verdict.EARLY: 2, Verdict.ON_TIME: 1}.get(verdict, 0)
    result.append(
        DossierIndex(
            7,
            i7,
            str(_("a verified complaint: 0; else early: 2, on time: 1, late: 0")),
            [
                (str(_("citizen's rating of the attitude")), evaluation.get_attitude_display() if attitude else "—"),
                (str(_("answered petitions about staff conduct")), petitions),
                (str(_("verdict")), dossier.get_verdict_display() or "—"),
            ],
        )
    )
    return result
