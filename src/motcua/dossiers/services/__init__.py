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

from ..lifecycle import STATE_FIELDS, SUPPLEMENT_WINDOW_DAYS, Case  # noqa: F401
from .intake import (  # noqa: F401
    Applicant,
    ComponentInput,
    _check_components,
    _copy_store_item,
    _fill_applicant,
    _intake_decision,
    _intake_reasons,
    _new_dossier,
    _process_steps,
    _store_components,
    _version_for,
    lead_agency_for,
    next_code,
    receive,
    refuse_intake,
    request_completion,
    required_online,
    submit_online,
)
from .processing import _check_handler, add_note, answer, assign, consult, forward, send_back, send_to_agency  # noqa: F401
from .result import decide, resolve_on_the_spot, return_result, stop, withdraw  # noqa: F401
from .shell import (  # noqa: F401
    STEP_FIELDS,
    ConcurrentChange,
    _actor,
    _case,
    _lock,
    _notify,
    _now,
    _open,
    _remember,
    _save,
    _search_text,
    _state,
    _step_values,
    _transition,
    can_act_on_step,
)
from .upkeep import fill_days_taken, rebuild_state, recompute_deadlines, state_differences  # noqa: F401
from .waiting import apologise, record_payment, request_payment, request_supplement, resubmit  # noqa: F401
