"""The shell every action shares: lock, case, save, transition check, announcements."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import clock, lifecycle
from ..lifecycle import Case
from ..models import Dossier, DossierEvent, DossierStep, Pause
from ..workflow import Action, Status, target

STEP_FIELDS = ("seq", "unit_id", "handler_id", "started_at", "finished_at", "verdict", "due_at")


class ConcurrentChange(ValidationError):
    """Another official changed the dossier between reading and acting."""


def _now(at: dt.datetime | None = None) -> dt.datetime:
    return at or timezone.now()


def _case(dossier: Dossier) -> Case:
    """The dossier with its steps, pauses and last event number, as ``lifecycle`` works on it."""
    setting = lifecycle.Setting(
        plan=lifecycle.Plan.of(dossier.version, dossier.case),
        cal=clock.calendar(dossier),
        tz=timezone.get_current_timezone(),
    )
    case = Case(dossier, setting)
    if dossier.pk is not None:
        case.steps = list(dossier.steps.select_related("unit", "handler").order_by("seq"))
        case.pauses = list(Pause.objects.filter(dossier=dossier).order_by("started_at", "pk"))
        case.current = next((s for s in case.steps if s.pk == dossier.current_step_id), None)
        case.seq = dossier.events.order_by("-seq").values_list("seq", flat=True).first() or 0
        _remember(case)
    return case


def _step_values(step: DossierStep) -> tuple:
    return tuple(getattr(step, name) for name in STEP_FIELDS)


def _remember(case: Case) -> None:
    case.saved = {("step", s.pk): _step_values(s) for s in case.steps}
    case.saved.update({("pause", p.pk): p.ended_at for p in case.pauses})


def _actor(user) -> tuple[object, str]:
    if getattr(user, "is_authenticated", False):
        return user, str(user)[:200]
    return None, ""


def _save(case: Case) -> None:
    """Write what the lifecycle changed: the dossier, new and changed steps and pauses, the new events."""
    d = case.dossier
    if d.pk is None:
        d.save()
    saved = case.saved
    changed = [
        s
        for s in case.steps
        if s.pk is not None and saved.get(("step", s.pk)) != tuple(getattr(s, f) for f in STEP_FIELDS)
    ]
    moved = [s.pk for s in changed if s.seq != saved[("step", s.pk)][0]]
    if moved:  # steps pushed down by an inserted one: out of the way of the new numbers first
        DossierStep.objects.filter(pk__in=moved).update(seq=F("seq") + 1000)
    new_steps = [s for s in case.steps if s.pk is None]
    for step in new_steps:
        step.dossier_id = d.pk
        step.save()
    if changed:
        DossierStep.objects.bulk_update(changed, [f.removesuffix("_id") for f in STEP_FIELDS])
    for pause in case.pauses:
        if pause.pk is None:
            pause.dossier_id = d.pk
            pause.save()
        elif saved.get(("pause", pause.pk)) != pause.ended_at:
            pause.save(update_fields=["ended_at"])
    if case.current is not None and d.current_step_id != case.current.pk:
        d.current_step = case.current
    d.save()
    events = []
    for number, recorded in enumerate(case.events, start=case.seq + 1):
        state = recorded.state
        if recorded.current is not None and state["current_step_id"] is None:
            state["current_step_id"] = recorded.current.pk  # a step saved just now
        actor, label = _actor(recorded.actor)
        events.append(
            DossierEvent(
                dossier=d,
                seq=number,
                at=recorded.at,
                actor=actor,
                actor_label=label,
                action=recorded.action,
                from_status=recorded.from_status,
                to_status=recorded.to_status,
                step_id=recorded.step.pk if recorded.step is not None else None,
                data=recorded.data,
                state=state,
            )
        )
    DossierEvent.objects.bulk_create(events)
    case.seq += len(events)
    case.events = []
    _remember(case)


def _lock(dossier: Dossier | int, revision: int | None = None) -> Dossier:
    pk = dossier.pk if isinstance(dossier, Dossier) else dossier
    locked = Dossier.objects.select_for_update().select_related("version", "agency", "lead_agency").get(pk=pk)
    if revision is not None and locked.revision != revision:
        raise ConcurrentChange(
            _("Another official changed this dossier a moment ago. Reload the page to see the change and try again.")
        )
    return locked


def _open(dossier: Dossier | int, revision: int | None, at: dt.datetime | None) -> tuple[Case, dt.datetime]:
    """Start an action: the dossier locked (and checked against the revision the official saw), now."""
    return _case(_lock(dossier, revision)), _now(at)


def _transition(dossier: Dossier | None, action: Action) -> Status:
    return target(action, Status(dossier.status) if dossier and dossier.status else None)


def _notify(dossier: Dossier, event: str, at: dt.datetime | None = None, **context) -> None:
    """Announce the event to its subscribers (signals.dossier_event), inside this transaction."""
    from ..signals import announce

    announce(dossier, event, at=at, **context)
