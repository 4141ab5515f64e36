"""The only write path of dossiers (Bộ phận Một cửa and the agencies behind it).

Every action is a shell around one function of ``lifecycle``: one transaction, the dossier row
locked (and checked against the revision the official saw), the transition and the permission
checked, the input cleaned; then ``lifecycle`` changes the dossier in memory (status, cached fields,
steps, pauses, the event with the state it leaves) and ``_save`` writes what changed; side effects
are announced in the same transaction.

The package tells its stories one per module: ``shell`` (lock, case, save), ``intake``,
``processing``, ``waiting`` (the citizen's part of the clock), ``result`` and ``upkeep``. Callers
import ``motcua.dossiers.services`` as before.
"""

from .intake import (  # noqa: F401 — the package's public write path
    Applicant,
    ComponentInput,
    _fill_applicant,  # the importer fills an applicant as the counter does
    _intake_reasons,  # the importer checks reasons as the counter does
    lead_agency_for,
    next_code,
    receive,
    refuse_intake,
    request_completion,
    required_online,
    submit_online,
)
from .originals import receive_originals, send_originals  # noqa: F401
from .processing import add_note, answer, assign, consult, forward, send_back, send_to_agency  # noqa: F401
from .rehome import rehome, to_rehome  # noqa: F401
from .result import decide, resolve_on_the_spot, return_result, stop, withdraw  # noqa: F401
from .shell import ConcurrentChange, _case  # noqa: F401 — _case: a test reads a dossier as the lifecycle does
from .upkeep import fill_days_taken, rebuild_state, recompute_deadlines, state_differences  # noqa: F401
from .waiting import apologise, record_payment, request_payment, request_supplement, resubmit  # noqa: F401
