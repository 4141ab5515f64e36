"""The nine scoring indices of Circular 01/2018/TT-VPCP (Art 13–15), per dossier, officer and unit.

Each index gives 0, 1 or 2 points. Indices 1, 2, 3, 4, 6 and 7 are scored per dossier; an agency's
(or officer's) score for one of them is the sum of its dossiers' points divided by the number of its
dossiers, to one decimal (Art 15(2)). Indices 5, 8 and 9 are scored once per agency (Art 14).

Which dossiers count: those *decided* in the period (``figures.resolved``: ``finished_at`` in the
period and a verdict) within the viewer's scope; a dossier still in progress has no final time.
The unit of a dossier is its competent agency (``lead_agency``); the officers of a dossier are the
handlers of its counted or inter-agency steps. Every rule and choice is written in docs/indices.md.

The report is computed with grouped SQL: one query scores every dossier (a ``CASE`` per index) and
an outer query groups those scores by agency or officer, so a province-year of a million dossiers is
one scan. :func:`dossier_breakdown` applies the same rules in Python to a single dossier, for the
page that explains a score; the tests check that both agree.

One story per module; this package re-exports their public names, so callers write ``indices.report``:

* ``rules`` — which index is scored per dossier, officer or unit, the names, targets, grade bands, rounding;
* ``scores`` — per-dossier scores in SQL and their tallies per agency and per officer;
* ``unit_points`` — indices 5, 8 and 9, scored once per agency;
* ``rows`` — the report: a row per agency and per officer;
* ``scope`` — the viewer's reporting scope (``where``);
* ``breakdown`` — one dossier's indices in Python, for the page that explains a score.
"""

from .breakdown import VERDICT_POINTS, DossierIndex, dossier_breakdown
from .rows import OfficerRow, Report, UnitRow, decided, officer_rows, report, unit_report, unit_rows
from .rules import (
    ALL_INDICES,
    COMPLAINT_STATUSES,
    DESK_TARGET,
    DOSSIER_INDICES,
    NAMES,
    ONLINE_DOSSIERS_ONE_POINT,
    ONLINE_DOSSIERS_TARGET,
    ONLINE_SERVICES_TARGET,
    PETITION_ONE_POINT,
    STAFF_BANDS,
    STAFF_INDICES,
    TENTH,
    UNIT_GRADES,
    UNIT_INDICES,
    round1,
    staff_band,
    unit_grade,
)
from .scope import Where, where
from .scores import Tally, dossier_scores, lowest, officer_tallies, score_expressions, scored, unit_tallies
from .unit_points import (
    Listed,
    OnlineDossiers,
    UnitPoint,
    index5,
    index8,
    index9,
    listed_counts,
    listed_for,
    online_dossiers,
    petition_agencies,
    share,
)

__all__ = [
    "ALL_INDICES",
    "COMPLAINT_STATUSES",
    "DESK_TARGET",
    "DOSSIER_INDICES",
    "NAMES",
    "ONLINE_DOSSIERS_ONE_POINT",
    "ONLINE_DOSSIERS_TARGET",
    "ONLINE_SERVICES_TARGET",
    "PETITION_ONE_POINT",
    "STAFF_BANDS",
    "STAFF_INDICES",
    "TENTH",
    "UNIT_GRADES",
    "UNIT_INDICES",
    "VERDICT_POINTS",
    "DossierIndex",
    "Listed",
    "OfficerRow",
    "OnlineDossiers",
    "Report",
    "Tally",
    "UnitPoint",
    "UnitRow",
    "Where",
    "decided",
    "dossier_breakdown",
    "dossier_scores",
    "index5",
    "index8",
    "index9",
    "listed_counts",
    "listed_for",
    "lowest",
    "officer_rows",
    "officer_tallies",
    "online_dossiers",
    "petition_agencies",
    "report",
    "round1",
    "score_expressions",
    "scored",
    "share",
    "staff_band",
    "unit_grade",
    "unit_report",
    "unit_rows",
    "unit_tallies",
    "where",
]
