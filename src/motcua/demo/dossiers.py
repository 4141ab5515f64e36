"""The demo province's dossiers: a living year of work, loaded once by ``manage.py seed_demo``.

:func:`load` writes, in bulk and only when there is no dossier yet, about 4,000 dossiers received over
the twelve months that end now:

* a *background* of the whole province from :class:`motcua.demo.load.Generator` (the benchmark
  generator), kept to dossiers whose processing has ended (returned, or decided and ready to return);
* the *demo agencies'* dossiers (those of the demo accounts: Sở Tư pháp, the construction department,
  the city of Lào Cai and phường Cốc Lếu), in every state an office meets: submitted online and
  waiting to be received, received at the desk, in processing at each step of the procedure's
  process, waiting for a supplement, overdue, apologised with a new appointment, decided and ready
  to return, returned, refused (at intake or in the decision), withdrawn, stopped.

Each step's unit comes from :class:`motcua.dossiers.routing.StepRouter`; a step left on an agency is
placed in the unit of the official who takes it, as the services do (``routing.place_for`` and
``routing.follow``), and an open dossier only ever waits at a step that has an official who may act
on it (``routing.actors``), preferring the demo accounts. Specialists' and unit heads' steps carry
their official (the *handler*), so the demo specialists find their dossiers under "Mine". The demo
citizens ``congdan1`` and ``congdan2`` own a few online dossiers. Every history is played through
``dossiers.lifecycle``, the functions the live services call, so steps, events, pauses and cached
state are those the services would have written (``rebuild_dossier_state --check`` passes).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from motcua.accounts.models import User
from motcua.dossiers import lifecycle, routing
from motcua.dossiers.lifecycle import Case, Plan
from motcua.dossiers.models import CodeCounter, Dossier, DossierEvent, DossierStep, Pause
from motcua.dossiers.workflow import OPEN, Action
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Role
from motcua.worktime import engine

from . import bulk
from . import load as load_module
from .loader import CITY, CONSTRUCTION, DEMO_ACCOUNTS, JUSTICE, WARD

DEFAULT_COUNT = 4000
DEMO_AGENCIES = (JUSTICE, CONSTRUCTION, CITY, WARD)  # the featured agencies, whose accounts ./run prints
DEMO_SHARE = 0.4  # of all dossiers, at the featured agencies
STAFFED_SHARE = 0.15  # of all dossiers, at the other agencies with demo officials
CITIZENS = ("congdan1", "congdan2")
CITIZEN_DOSSIERS = 6  # online dossiers owned by each demo citizen
LABEL = "Dữ liệu mẫu"
HOUR = dt.timedelta(hours=1)

# The states of the demo agencies' dossiers and their shares.
STATES: tuple[tuple[str, float], ...] = (
    ("submitted", 0.05),
    ("received", 0.07),
    ("processing", 0.26),
    ("supplement", 0.05),
    ("overdue", 0.07),
    ("apologised", 0.04),
    ("done", 0.06),
    ("returned", 0.30),
    ("refused_intake", 0.02),
    ("refused", 0.04),
    ("withdrawn", 0.03),
    ("stopped", 0.01),
)
ALL_STATES = tuple(name for name, _weight in STATES)
HANDS = (Role.UNIT_HEAD, Role.SPECIALIST, Role.AGENCY_LEADER)  # roles given at least one dossier of each agency
SUPPLEMENT_ITEMS = (
    ("Bản sao giấy khai sinh", "Bản chụp không rõ nét, đề nghị nộp bản sao có chứng thực."),
    ("Tờ khai", "Thiếu chữ ký của người yêu cầu."),
    ("Bản vẽ thiết kế", "Thiếu bản vẽ mặt bằng tỷ lệ 1/100."),
)


@dataclass
class Candidate:
    """A procedure version as one demo agency handles it: desk, competent agency, step units."""

    info: Plan
    desk: Agency
    lead: Agency
    units: list[Agency]
    reachable: list[int]  # the working steps (not the first or the last) that have an official
    by_demo: list[int]  # those whose nearest official in the step's role is a demo account
    weight: float = 1.0


@dataclass
class Built:
    dossier: Dossier
    steps: list[DossierStep] = field(default_factory=list)
    events: list[DossierEvent] = field(default_factory=list)
    pauses: list[Pause] = field(default_factory=list)


class DemoGenerator(load_module.Generator):
    """The benchmark generator, plus the demo agencies' dossiers in every state (see the module)."""

    def __init__(self, *, seed: int, now: dt.datetime, years: float = 1.0):
        super().__init__(seed=seed, now=now, years=years)
        self.demo_usernames = {account.username for account in DEMO_ACCOUNTS}
        self._actors: dict[tuple[int, str], list[User]] = {}
        self._rank: dict[tuple[tuple[int, str], int], tuple[bool, int]] = {}
        self.citizens = list(User.objects.filter(username__in=CITIZENS).order_by("username"))
        self.citizen_left = {user.pk: CITIZEN_DOSSIERS for user in self.citizens}
        self.candidates = self._candidates()

    # --- who may act ------------------------------------------------------------------------
    def actors(self, unit: Agency, actor: str) -> list[User]:
        """Officials who may take a step of ``actor`` in ``unit``, nearest first: the exact role, then the
        fewest levels between their agency and the step's (a ward's desk before the city's, the city's
        own units before its wards'), then the demo accounts."""
        key = (unit.pk, actor)
        if key not in self._actors:
            users = list(routing.actors(DossierStep(unit=unit, actor=actor)).prefetch_related("staff_roles__agency"))
            for user in users:
                levels = [abs(r.agency.depth - unit.depth) for r in user.staff_roles.all() if r.role == actor]
                self._rank[(key, user.pk)] = (not levels, min(levels, default=99))
            users.sort(key=lambda u: (*self._rank[(key, u.pk)], u.username not in self.demo_usernames, u.username))
            self._actors[key] = users
        return self._actors[key]

    def _official(self, unit: Agency, actor: str) -> User | None:
        """One of the nearest officials for the step (a demo account more often than not)."""
        users = self.actors(unit, actor)
        if not users:
            return None
        best = self._rank[((unit.pk, actor), users[0].pk)]
        if self.rng.random() < 0.2:  # sometimes a higher role of the same unit does the work (a unit head)
            best = (True, best[1])
        nearest = [u for u in users if self._rank[((unit.pk, actor), u.pk)][1] == best[1]]
        if not best[0]:
            nearest = [u for u in nearest if self._rank[((unit.pk, actor), u.pk)] == best]
        demo = [u for u in nearest if u.username in self.demo_usernames]
        return self.rng.choice(demo if demo and self.rng.random() < 0.7 else nearest)

    # --- which procedures ---------------------------------------------------------------------
    def _candidates(self) -> dict[str, list[Candidate]]:
        by_code = {a.code: a for a in Agency.objects.filter(code__in={*DEMO_AGENCIES, *staffed_agencies()})}
        found: dict[str, list[Candidate]] = {}
        for code, agency in by_code.items():
            if agency.level in ("district", "commune"):
                infos = [i for i in self.versions.get(agency.level, []) if i.version.implementing_agency_id is None]
            else:
                infos = [
                    i for level in self.versions.values() for i in level if i.version.implementing_agency == agency
                ]
            rows = []
            for info in infos:
                units = self.router.units_for(info.steps, agency, agency)
                if len(info.steps) < 2 or not self.actors(units[0], info.steps[0]["actor"]):
                    continue
                reachable = [
                    index
                    for index in range(1, len(info.steps) - 1)
                    if self.actors(units[index], info.steps[index]["actor"])
                ]
                by_demo = [i for i in reachable if self._demo_step(units[i], info.steps[i]["actor"])]
                rows.append(Candidate(info, agency, agency, units, reachable, by_demo, weight=1 + 3 * len(by_demo)))
            if rows:
                found[code] = rows
        return found

    def _demo_step(self, unit: Agency, actor: str) -> bool:
        users = self.actors(unit, actor)
        return (
            bool(users)
            and users[0].username in self.demo_usernames
            and not self._rank[((unit.pk, actor), users[0].pk)][0]
        )

    def holds(self, user: User, role: str) -> bool:
        return any(r.role == role for r in user.staff_roles.all())

    def hinted(self, cand: Candidate, role: str) -> list[int]:
        """Working steps of ``cand`` that a demo account holding ``role`` may take (the role's own first)."""
        steps = [
            i
            for i in cand.reachable
            if any(
                self.holds(u, role) and u.username in self.demo_usernames
                for u in self.actors(cand.units[i], cand.info.steps[i]["actor"])
            )
        ]
        return [i for i in steps if cand.info.steps[i]["actor"] == role] or steps

    def official_with(self, unit: Agency, actor: str, role: str) -> User | None:
        users = [u for u in self.actors(unit, actor) if self.holds(u, role)]
        return next((u for u in users if u.username in self.demo_usernames), users[0] if users else None)

    def _candidate(self, code: str, hint: str = "") -> Candidate:
        rows = self.candidates[code]
        if hint:
            rows = [c for c in rows if self.hinted(c, hint)] or rows
        return self.rng.choices(rows, weights=[c.weight for c in rows])[0]

    # --- times ------------------------------------------------------------------------------
    def _before(self, moment: dt.datetime, days: float) -> dt.datetime:
        """A working moment in the ``days`` calendar days before ``moment`` (at least an hour before it)."""
        earliest = max(self.start, moment - dt.timedelta(days=max(days, 0.2)))
        for _ in range(20):
            candidate = self._moment_between(earliest, moment)
            if candidate < moment - HOUR:
                return candidate
        return moment - dt.timedelta(hours=self.rng.uniform(1, 3))

    def _moment_between(self, earliest: dt.datetime, latest: dt.datetime) -> dt.datetime:
        span = max(1, int((latest - earliest).total_seconds()))
        moment = timezone.localtime(earliest + dt.timedelta(seconds=self.rng.randrange(span)))
        day = moment.date()
        while not self.cal.is_working_day(day):
            day -= dt.timedelta(days=1)
        start = dt.datetime.combine(day, load_module.DAY_START, tzinfo=moment.tzinfo)
        minutes = self.rng.randrange(9 * 60)
        return start + dt.timedelta(minutes=minutes, seconds=self.rng.randrange(60))

    def _limit_days(self, info: Plan) -> float:
        amount = float(info.amount)
        return {"working_days": amount * 1.4, "working_hours": amount / 8 * 1.4, "months": amount * 30}.get(
            info.unit, amount
        ) + 1

    def _received_for(self, state: str, info: Plan) -> tuple[dt.datetime, engine.Due]:
        """A receipt moment that puts a dossier of ``info`` in ``state`` now (best of a few tries)."""
        span = self._limit_days(info)
        due = None
        for _ in range(30):
            if state == "received":
                received = self._before(self.now, 1.5)
            elif state in ("processing", "supplement"):
                received = self._before(self.now, span * 0.8)
            elif state == "overdue":
                received = self._before(self.now, span * 2.5 + 10)
            elif state == "apologised":
                received = self._before(self.now, span * 1.2 + 4)
            elif state == "done":
                received = self._before(self.now, span)
            else:  # ended: any time of the year
                received = self._moment(self.start)
                if received > self.now - 3 * HOUR:
                    continue
            due = engine.compute_due(received, info.amount, info.unit, self.cal)
            if self._fits(state, received, due):
                return received, due
        return received, due

    def _fits(self, state: str, received: dt.datetime, due: engine.Due) -> bool:
        if state in ("received", "processing", "supplement"):
            return due.due_at > self.now + HOUR
        if state == "overdue":
            return due.due_at < self.now - HOUR
        if state == "apologised":  # the appointment came within a working day before now, or is near
            return self.now - dt.timedelta(days=4) < due.due_at < self.now + dt.timedelta(days=1)
        return due.receipt_at < self.now - 2 * HOUR

    # --- one demo dossier -------------------------------------------------------------------
    def demo_dossier(self, code: str, state: str, pk: int, step_pk: int, event_pk: int) -> Built:
        """One dossier of a demo agency in ``state`` ("processing@specialist": in a specialist's hands)."""
        state, _at, hint = state.partition("@")
        cand = self._candidate(code, hint)
        info, desk = cand.info, cand.desk
        name, phone, id_number = self._applicant()
        online = state == "submitted" or self.rng.random() < 0.35
        account = self._citizen(state) if online else None
        if account is not None:
            name, phone = account.full_name, phone
        d = Dossier(
            pk=pk,
            agency=desk,
            lead_agency=cand.lead,
            procedure_id=info.version.procedure_id,
            version=info.version,
            channel=2 if online else self._weighted(((1, 0.92), (3, 0.08))),
            account=account,
            applicant_name=name,
            applicant_phone=phone,
            applicant_id_number=id_number,
            fees_due=0,
            revision=0,
            return_method="counter",
        )
        story = Story(self, d, info, step_pk, event_pk)
        if state == "submitted":
            story.submit(self._before(self.now, 3))
            return story.built
        received, _due = self._received_for(state, info)
        if state == "refused_intake":
            if online:
                story.submit(received - dt.timedelta(minutes=self.rng.randrange(30, 600)))
            story.refuse_intake(received)
            return story.built
        if online:
            story.submit(received - dt.timedelta(minutes=self.rng.randrange(20, 900)))
        story.receive(received, self._code(desk, received), cand.units[0])
        due = engine.Due(d.clock_start, d.due_at, info.unit)  # with the cut-off hour the receipt applied
        self._play(story, state, due, info, cand, hint)
        return story.built

    def _citizen(self, state: str) -> User | None:
        if state in ("refused_intake", "stopped"):
            return None
        left = [u for u in self.citizens if self.citizen_left[u.pk] > 0]
        if not left:
            return None
        user = self.rng.choice(left)
        self.citizen_left[user.pk] -= 1
        return user

    def _play(self, story: Story, state: str, due: engine.Due, info, cand: Candidate, hint: str = "") -> None:
        steps, now = story.steps, self.now
        last_work = len(steps) - 2  # the step before the return step
        if state == "received":
            return
        if state in ("processing", "supplement", "overdue", "apologised", "withdrawn", "stopped"):
            # an open dossier waits only where somebody may act
            target = self.rng.choice(
                cand.by_demo if cand.by_demo and self.rng.random() < 0.8 else cand.reachable or [0]
            )
            if hint and self.hinted(cand, hint):
                target = self.rng.choice(self.hinted(cand, hint))
                story.hint = (target, hint)
            end = now - dt.timedelta(minutes=self.rng.randrange(10, 240))
            if state in ("withdrawn", "stopped"):
                end = engine.add_working_time(
                    story.dossier.received_at, dt.timedelta(hours=self.rng.uniform(2, 30)), self.cal
                )
                end = min(end, now - HOUR)
            if state == "apologised":
                apology = min(due.due_at - dt.timedelta(hours=self.rng.uniform(2, 8)), now - HOUR)
                apology = min(max(apology, story.dossier.received_at + dt.timedelta(minutes=40)), now)
                story.walk_to(target, min(end, apology - dt.timedelta(minutes=5)))
                story.apologise(apology)
                return
            story.walk_to(target, end)
            if state == "supplement" and target >= 1:
                story.request_supplement(end + dt.timedelta(minutes=5))
            elif state == "withdrawn":
                story.withdraw(end + dt.timedelta(minutes=5))
            elif state == "stopped":
                story.stop(end + dt.timedelta(minutes=5))
            return
        # decided: done, returned, refused
        finished = self._finish_time(due)
        if state == "done":
            finished = min(finished, now - dt.timedelta(minutes=self.rng.randrange(20, 600)))
        else:
            finished = min(finished, now - 2 * HOUR)
        finished = max(finished, story.dossier.received_at + dt.timedelta(minutes=30))
        story.walk_to(max(last_work, 0), finished - dt.timedelta(minutes=1))
        refused = state == "refused"
        story.decide(finished, info, refused=refused)
        if state != "done":
            returned = engine.add_working_time(finished, dt.timedelta(hours=self.rng.uniform(0.5, 20)), self.cal)
            story.return_result(min(returned, now - dt.timedelta(minutes=5)))


class Story:
    """Plays a dossier's history forward through ``lifecycle``, choosing who acts at each step."""

    def __init__(self, gen: DemoGenerator, dossier: Dossier, plan: lifecycle.Plan, step_pk: int, event_pk: int):
        self.gen = gen
        self.dossier = dossier
        self.case = Case(dossier, gen.setting(plan, step_pk))
        self.event_pk = event_pk
        self.hint: tuple[int, str] | None = None  # (step index, role): who must hold that step

    @property
    def steps(self) -> list[DossierStep]:
        return self.case.steps

    @property
    def current(self) -> DossierStep | None:
        return self.case.current

    @property
    def built(self) -> Built:
        events = load_module.events_of(self.case, self.event_pk, LABEL)
        return Built(self.dossier, self.case.steps, events, self.case.pauses)

    # --- actions ----------------------------------------------------------------------------
    def submit(self, at: dt.datetime) -> None:
        lifecycle.submit(self.case, at, actor=self.dossier.account)

    def refuse_intake(self, at: dt.datetime) -> None:
        desk = self.gen._official(self.dossier.agency, Role.DESK_OFFICER)
        reasons = "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại cơ quan có thẩm quyền."
        lifecycle.intake_decision(self.case, Action.REFUSE_INTAKE, at, {"reasons": reasons}, actor=desk)

    def receive(self, at: dt.datetime, code: str, first_unit: Agency) -> None:
        official = self.gen._official(first_unit, self.case.setting.plan.steps[0]["actor"])
        lifecycle.receive(self.case, at, code=code, handler=official, actor=official)

    def _official_for(self, step: DossierStep):
        """The official of ``step``: the hinted role's demo account, else one of the nearest officials of
        the unit the step goes to (an open step follows the earlier work); none for the leader's step."""
        if self.hint and self.hint[0] == step.seq - 1 and step.actor != Role.AGENCY_LEADER:
            official = self.gen.official_with(step.unit, step.actor, self.hint[1])
            if official is not None:
                return official
        if step.actor == Role.AGENCY_LEADER:
            return None
        unit = step.unit
        if routing.is_open(step):
            followed = routing.follow(step, [s for s in self.steps if s.seq < step.seq])
            if self.gen.actors(followed, step.actor):  # else the official hands it to someone who may act
                unit = followed
        return self.gen._official(unit, step.actor)

    def forward(self, at: dt.datetime) -> None:
        step = self.current
        official = self._official_for(lifecycle.next_step(self.case, step))
        lifecycle.forward(self.case, at, handler=official, actor=step.handler)

    def walk_to(self, target: int, end: dt.datetime) -> None:
        """Forward step by step up to index ``target``, spreading the hand-overs until ``end``."""
        start = self.dossier.received_at
        if end <= start:
            end = start + (self.gen.now - start) / 2
        hops = target - (self.current.seq - 1)
        for number in range(1, hops + 1):
            self.forward(start + (end - start) * (number / (hops + 0.5)))

    def request_supplement(self, at: dt.datetime) -> None:
        item, reason = self.gen.rng.choice(SUPPLEMENT_ITEMS)
        items = [{"item": item, "reason": reason}]
        lifecycle.request_supplement(self.case, at, items=items, actor=self.current.handler)

    def apologise(self, at: dt.datetime) -> None:
        d = self.dossier
        new_day = engine.add_working_time(d.due_at, dt.timedelta(hours=8 * self.gen.rng.randint(3, 7)), self.gen.cal)
        leader = self.gen._official(d.lead_agency, Role.AGENCY_LEADER)
        reason = "Hồ sơ cần xác minh thêm tại địa phương nên chưa trả kết quả đúng hẹn."
        lifecycle.apologise(self.case, at, new_due=timezone.localtime(new_day).date(), reason=reason, actor=leader)

    def decide(self, at: dt.datetime, info, *, refused: bool) -> None:
        step = self.current
        reasons = "Hồ sơ không đáp ứng điều kiện theo quy định." if refused else ""
        actor = step.handler or self.gen._official(step.unit, step.actor)
        outcome = "refused" if refused else "approved"
        lifecycle.decide(self.case, at, outcome=outcome, reasons=reasons, actor=actor)

    def return_result(self, at: dt.datetime) -> None:
        d = self.dossier
        step = self.current
        if step is not None:
            step.handler = step.handler or self.gen._official(step.unit, step.actor)
        actor = step.handler if step is not None else None
        if d.fees_due > d.fees_paid:
            lifecycle.record_payment(self.case, at, amount=d.fees_due - d.fees_paid, actor=actor)
        lifecycle.return_result(self.case, at, received_by=d.applicant_name, method="counter", actor=actor)

    def withdraw(self, at: dt.datetime) -> None:
        lifecycle.end(self.case, Action.WITHDRAW, at, reason="Người nộp xin rút hồ sơ.", actor=self.dossier.account)

    def stop(self, at: dt.datetime) -> None:
        leader = self.gen._official(self.dossier.lead_agency, Role.AGENCY_LEADER)
        reason = "Người yêu cầu đã chết theo thông báo của cơ quan công an."
        lifecycle.end(self.case, Action.STOP, at, reason=reason, actor=leader)


# --- loading -------------------------------------------------------------------------------------


def staffed_agencies() -> list[str]:
    """Codes of the agencies other than the featured ones whose desk has a demo account."""
    desks = {a.agency for a in DEMO_ACCOUNTS if a.role == Role.DESK_OFFICER}
    return sorted(desks - set(DEMO_AGENCIES))


def _rounds(codes: list[str], count: int, first: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """``count`` (agency, state) pairs over ``codes``: each agency gets the states of ``first`` in turn,
    then states drawn by their shares."""
    names, weights = [n for n, _w in STATES], [w for _n, w in STATES]
    plan = []
    for number in range(count if codes else 0):
        code, turn = codes[number % len(codes)], number // len(codes)
        plan.append((code, first[turn] if turn < len(first) else rng.choices(names, weights=weights)[0]))
    return plan


def _plan(total: int, codes: list[str], rng: random.Random) -> list[tuple[str | None, str | None]]:
    """(agency code, state) for each dossier; (None, None) for the background of the province."""
    featured = [c for c in codes if c in DEMO_AGENCIES]
    others = [c for c in codes if c not in DEMO_AGENCIES]
    names = [n for n, _w in STATES]
    # every state once at each featured agency, and a dossier in the hands of each role
    plan: list[tuple[str | None, str | None]] = _rounds(
        featured, int(total * DEMO_SHARE), [*names, *(f"processing@{role}" for role in HANDS)], rng
    )
    # the other staffed agencies: work at each desk and in each role's hands first
    first_others = ["received", "submitted", *(f"processing@{role}" for role in HANDS), "done"]
    wanted = max(int(total * STAFFED_SHARE), len(others) * len(first_others))
    plan += _rounds(others, min(wanted, total - len(plan)), first_others, rng)
    plan += [(None, None)] * (total - len(plan))
    rng.shuffle(plan)
    return plan


def has_dossiers() -> bool:
    return Dossier.objects.exists()


def load(
    count: int = DEFAULT_COUNT,
    *,
    now: dt.datetime | None = None,
    seed: int = 2026,
    progress: Callable[[int, int], None] | None = None,
) -> dict | None:
    """Write the demo dossiers unless there are dossiers already (then None); returns the counts."""
    if has_dossiers():
        return None
    with transaction.atomic():
        return _write(count, now or timezone.now(), seed, progress)


def _write(count: int, now: dt.datetime, seed: int, progress) -> dict:
    gen = DemoGenerator(seed=seed, now=now, years=1.0)
    plan = _plan(count, sorted(gen.candidates), gen.rng)
    d_ids = bulk.next_ids(Dossier, count)
    step_next = bulk.next_ids(DossierStep, 1).start
    event_next = bulk.next_ids(DossierEvent, 1).start
    made = {"dossiers": 0, "steps": 0, "events": 0, "pauses": 0}
    chunk = Built(Dossier())
    chunk_d: list[Dossier] = []
    for number, (pk, (code, state)) in enumerate(zip(d_ids, plan, strict=True), start=1):
        built = (
            gen.demo_dossier(code, state, pk, step_next, event_next)
            if code
            else _background(gen, pk, step_next, event_next)
        )
        if built is not None:
            chunk_d.append(built.dossier)
            chunk.steps += built.steps
            chunk.events += built.events
            chunk.pauses += built.pauses
            step_next += len(built.steps)
            event_next += len(built.events)
        if len(chunk_d) >= 1000 or number == count:
            made["pauses"] += len(chunk.pauses)
            load_module._flush(chunk_d, chunk.steps, chunk.events, made)
            Pause.objects.bulk_create(chunk.pauses, batch_size=2000)
            chunk.pauses.clear()
            if progress:
                progress(number, count)
    load_module._write_counters(gen)
    bulk.reset_sequences(Dossier, DossierStep, DossierEvent, CodeCounter)
    return made


def _background(gen: DemoGenerator, pk: int, step_pk: int, event_pk: int) -> Built | None:
    """A dossier of the province from the benchmark generator, kept only once its processing has ended."""
    for _ in range(8):
        produced = gen.dossier(pk, step_pk, event_pk)
        if produced and produced[0].status not in OPEN:
            d, steps, events = produced
            return Built(d, steps, events)
        if produced:  # an open one: give its code back (codes are never reused, so none may be skipped)
            _give_back(gen, produced[0])
    return None


def _give_back(gen: DemoGenerator, dossier: Dossier) -> None:
    key = (dossier.agency.pk, timezone.localtime(dossier.received_at).date())
    gen.counters[key] -= 1
