"""Re-homing after a merger of agencies (sắp xếp đơn vị hành chính): an open dossier follows the
agencies that take over its desk, competent agency and the units of its unfinished steps.

Closed dossiers keep their agencies (history: reports of old periods resolve them). Deadlines are
not touched: the appointment given to the citizen stands.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from motcua.orgs.models import Agency

from .. import lifecycle
from ..models import Dossier
from ..workflow import ENDED, OPEN, Action
from .shell import _case, _lock, _now, _save


def not_ended() -> Q:
    return ~Q(status__in=ENDED)


def to_rehome(agency_ids) -> list[int]:
    """The dossiers not yet ended with their desk, competent agency, current unit or an unfinished step
    in ``agency_ids`` (the dossiers a merger moves)."""
    ids = list(agency_ids)
    where = Q(agency_id__in=ids) | Q(lead_agency_id__in=ids) | Q(current_unit_id__in=ids)
    where |= Q(steps__unit_id__in=ids, steps__finished_at__isnull=True)
    return sorted(set(Dossier.objects.filter(not_ended(), where).values_list("pk", flat=True)))


@transaction.atomic
def rehome(dossier_id: int, mapping: dict[int, Agency], *, at: dt.datetime | None = None, user=None) -> bool:
    """Move one dossier not yet ended onto the new agencies of ``mapping`` (old pk → new agency): desk,
    competent agency, current unit and unfinished steps. An open dossier gets a note event saying so (the
    events stay the truth its cached state is rebuilt from). Returns False when nothing was to move."""
    case = _case(_lock(dossier_id))
    d = case.dossier
    if d.status in ENDED:
        return False
    moved: list[str] = []
    for name in ("agency", "lead_agency", "current_unit"):
        new = mapping.get(getattr(d, name + "_id"))
        if new is not None:
            moved.append(f"{getattr(d, name).code or getattr(d, name).name} → {new.code or new.name}")
            setattr(d, name, new)
    for step in case.steps:
        if step.finished_at is None and step.unit_id in mapping:
            step.unit = mapping[step.unit_id]
            moved.append(f"{step.seq}: {step.unit.code or step.unit.name}")
    if not moved:
        return False
    if d.status in OPEN:
        text = _("Moved to the agencies that took over after the merger: %(moves)s.") % {"moves": "; ".join(moved)}
        lifecycle.remark(case, Action.NOTE, _now(at), {"kind": "note", "text": text}, step=case.current, actor=user)
    _save(case)
    return True
