"""A realistic province-sized set of dossiers, written through bulk paths (COPY on PostgreSQL).

Every generated dossier has its steps and its event history, and its cached state equals the
state its last event records, so ``rebuild_dossier_state --check`` passes on generated data.
Volumes follow the Lào Cai article: most dossiers at communes, then province departments, few at
districts; about 35 % online; most resolved early or on time, a few late, a share in progress.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection, transaction
from django.utils import timezone

from motcua.catalogue import selectors as catalogue_selectors
from motcua.catalogue.schema import limit_for
from motcua.core.text import fold
from motcua.core.validators import PROVINCE_CODES
from motcua.dossiers import clock
from motcua.dossiers.models import CodeCounter, Dossier, DossierEvent, DossierStep
from motcua.dossiers.routing import StepRouter
from motcua.orgs.models import Agency
from motcua.worktime import engine
from motcua.worktime.selectors import default_calendar

from . import bulk

SQLITE_PAUSE = 0.1  # seconds between chunks on SQLite, for other writers (see generate)
LEVEL_WEIGHTS = {"commune": 0.53, "province": 0.40, "district": 0.07}
CHANNELS = ((1, 0.60), (2, 0.35), (3, 0.05))
FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Giàng",
    "Sùng",
    "Lồ",
    "Vàng",
    "Thào",
    "Hoàng",
    "Lò",
]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Thanh", "Hữu", "Mạnh", "Seo", "A", "Thị", "Kim"]
GIVEN = [
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hoa",
    "Hùng",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Nga",
    "Phúc",
    "Quân",
    "Sơn",
    "Thảo",
    "Trang",
    "Tú",
    "Vân",
    "Pao",
    "Mỷ",
    "Dính",
    "Chứ",
]
DAY_START, DAY_END = dt.time(7, 30), dt.time(16, 45)
PROVINCE_CODE_LIST = sorted(PROVINCE_CODES)


@dataclass
class VersionInfo:
    version: object
    amount: Decimal
    unit: str
    steps: list[dict]
    fees: int


def _version_infos(day: dt.date) -> dict[str, list[VersionInfo]]:
    by_level: dict[str, list[VersionInfo]] = {}
    for version in catalogue_selectors.in_force(day).select_related("implementing_agency"):
        chosen = limit_for(version.content, None)
        steps = (version.content.get("processes") or [{}])[0].get("steps") or [
            {"name": "Tiếp nhận", "actor": "desk_officer", "budget": "0"},
            {"name": "Giải quyết", "actor": "specialist", "budget": str(chosen["amount"])},
            {"name": "Trả kết quả", "actor": "desk_officer", "budget": "0", "counted": False},
        ]
        fees = sum(int(fee["amount"]) for fee in version.content.get("fees", []))
        info = VersionInfo(version, Decimal(chosen["amount"]), chosen["unit"], steps, fees)
        by_level.setdefault(version.level, []).append(info)
    return by_level


def _desks() -> dict[str, list[Agency]]:
    committees = Agency.objects.filter(kind="committee").exclude(code=None)
    return {
        "district": list(committees.filter(level="district")),
        "commune": list(committees.filter(level="commune")),
    }


def _iso(value):
    return value.astimezone(dt.UTC).isoformat() if isinstance(value, dt.datetime) else value


class Generator:
    def __init__(self, *, seed: int, now: dt.datetime, years: float):
        self.rng = random.Random(seed)  # noqa: S311 — reproducible demo data, not secrets
        self.now = now
        self.start = now - dt.timedelta(days=int(365 * years))
        self.cal = default_calendar()
        self.versions = _version_infos(timezone.localdate(now))
        if not self.versions:
            raise ValueError("No procedure is in force: load the demo catalogue first (manage.py seed_demo).")
        self.desks = _desks()
        self.router = StepRouter(by_code={a.code: a for a in Agency.objects.exclude(code=None)}, many=True)
        self.counters: dict[tuple[int, dt.date], int] = {}
        self.touched: set[tuple[int, dt.date]] = set()
        self.refresh_counters()

    def refresh_counters(self) -> None:
        """Take the code numbers the database holds now (a running server may have used some)."""
        for c in CodeCounter.objects.all():
            self.counters[(c.agency_id, c.day)] = max(self.counters.get((c.agency_id, c.day), 0), c.last)

    # --- sampling ---------------------------------------------------------------------------
    def _weighted(self, pairs):
        r, total = self.rng.random(), 0.0
        for value, weight in pairs:
            total += weight
            if r <= total:
                return value
        return pairs[-1][0]

    def _moment(self, earliest: dt.datetime) -> dt.datetime:
        span = max(1, int((self.now - earliest).total_seconds()))
        for _ in range(20):
            moment = timezone.localtime(earliest + dt.timedelta(seconds=self.rng.randrange(span)))
            if self.cal.is_working_day(moment.date()):
                minutes = self.rng.randrange((DAY_END.hour * 60 + DAY_END.minute) - (DAY_START.hour * 60 + 30))
                start = dt.datetime.combine(moment.date(), DAY_START, tzinfo=moment.tzinfo)
                return start + dt.timedelta(minutes=minutes, seconds=self.rng.randrange(60))
        return timezone.localtime(earliest)

    def _pick(self):
        levels = [(level, w) for level, w in LEVEL_WEIGHTS.items() if self.versions.get(level)]
        level = self._weighted([(lv, w / sum(x for _, x in levels)) for lv, w in levels])
        info = self.rng.choice(self.versions[level])
        earliest = self.start
        valid_from = info.version.valid_from
        if valid_from:
            earliest = max(earliest, timezone.make_aware(dt.datetime.combine(valid_from, dt.time(8))))
        if level == "district":  # districts stopped receiving on 1 Jul 2025
            cutoff = timezone.make_aware(dt.datetime(2025, 6, 30, 16))
            received = self._moment(earliest) if earliest < cutoff else None
            if received is None or received > cutoff:
                received = earliest + (cutoff - earliest) * self.rng.random() if earliest < cutoff else None
            if received is None:
                return None
            received = self._moment_in_day(received)
            desk = self.rng.choice(self.desks["district"]) if self.desks["district"] else None
        else:
            received = self._moment(earliest)
            desk = info.version.implementing_agency or (
                self.rng.choice(self.desks[level]) if self.desks.get(level) else None
            )
        if desk is None or not desk.code:
            return None
        return info, desk, received

    def _moment_in_day(self, moment: dt.datetime) -> dt.datetime:
        moment = timezone.localtime(moment)
        day = moment.date()
        while not self.cal.is_working_day(day):
            day -= dt.timedelta(days=1)
        return dt.datetime.combine(day, dt.time(9, self.rng.randrange(60)), tzinfo=moment.tzinfo)

    def _code(self, desk: Agency, received: dt.datetime) -> str:
        day = timezone.localtime(received).date()
        key = (desk.pk, day)
        self.counters[key] = self.counters.get(key, 0) + 1
        self.touched.add(key)
        return f"{desk.code}-{day:%y%m%d}-{self.counters[key]:04d}"

    def _applicant(self) -> tuple[str, str, str]:
        name = f"{self.rng.choice(FAMILY)} {self.rng.choice(MIDDLE)} {self.rng.choice(GIVEN)}"
        phone = "09" + "".join(str(self.rng.randrange(10)) for _ in range(8))
        return name, phone, self._personal_id([self.rng.randrange(10) for _ in range(11)])

    @staticmethod
    def _personal_id(d: list[int]) -> str:
        """A 12-digit personal ID that passes ``core.validators`` (province code, century-sex digit, a past
        birth year), made from eleven random digits as before so the generated data stays the same."""
        province = PROVINCE_CODE_LIST[(d[0] * 10 + d[1]) % len(PROVINCE_CODE_LIST)]
        sex_century = d[2] % 4  # 0/1: born in the 1900s, 2/3: in the 2000s (male/female)
        year = (d[3] * 10 + d[4]) % (8 if sex_century >= 2 else 100)  # 2000–2007 at the latest
        return f"{province}{sex_century}{year:02d}{''.join(map(str, d[5:]))}"

    # --- one dossier ------------------------------------------------------------------------
    def dossier(self, pk: int, step_pk: int, event_pk: int):
        picked = self._pick()
        if picked is None:
            return None
        info, desk, received = picked
        version = info.version
        lead = version.implementing_agency or desk
        due = engine.compute_due(received, info.amount, info.unit, self.cal)
        name, phone, id_number = self._applicant()
        code = self._code(desk, received)
        d = Dossier(
            pk=pk,
            code=code,
            agency=desk,
            lead_agency=lead,
            procedure_id=version.procedure_id,
            version=version,
            channel=self._weighted(CHANNELS),
            applicant_name=name,
            applicant_phone=phone,
            applicant_id_number=id_number,
            received_at=received,
            clock_start=due.receipt_at,
            due_at=due.due_at,
            original_due_at=due.due_at,
            fees_due=info.fees,
            revision=0,
            search_text=fold(f"{code} {name} {phone} {id_number}"),
            return_method="counter",
        )
        d.submitted_at = received if d.channel == 2 else None
        steps = self._steps(d, info, step_pk, desk, lead, due)
        events = self._history(d, steps, info, due, event_pk)
        return d, steps, events

    def _steps(self, d, info, step_pk, desk, lead, due) -> list[DossierStep]:
        steps, total = [], Decimal(0)
        units = self.router.units_for(info.steps, desk, lead)
        for seq, (spec, unit) in enumerate(zip(info.steps, units, strict=True), start=1):
            budget = Decimal(str(spec["budget"]))
            counted = spec.get("counted", True)
            total += budget if counted else 0
            if info.unit in ("working_days", "working_hours") and total:
                amount = total if info.unit == "working_days" else total * 8
                step_due = min(engine.compute_due(due.receipt_at, amount, info.unit, self.cal).due_at, due.due_at)
            else:
                step_due = (
                    due.due_at
                    if (not counted or info.unit not in ("working_days", "working_hours"))
                    else due.receipt_at
                )
            steps.append(
                DossierStep(
                    pk=step_pk + seq - 1,
                    dossier_id=d.pk,
                    seq=seq,
                    name=spec["name"],
                    actor=spec["actor"],
                    unit=unit,
                    budget=budget,
                    counted=counted,
                    due_at=step_due,
                )
            )
        return steps

    def _finish_time(self, due: engine.Due) -> dt.datetime:
        total = engine.working_time_between(due.receipt_at, due.due_at, self.cal)
        kind = self._weighted((("early", 0.62), ("on_time", 0.33), ("late", 0.05)))
        if kind == "early":
            return engine.add_working_time(due.receipt_at, total * self.rng.uniform(0.15, 0.8), self.cal)
        if kind == "on_time":
            start_of_day = dt.datetime.combine(
                timezone.localtime(due.due_at).date(), DAY_START, tzinfo=timezone.localtime(due.due_at).tzinfo
            )
            return engine.add_working_time(start_of_day, dt.timedelta(minutes=self.rng.randrange(1, 400)), self.cal)
        return engine.add_working_time(due.due_at, dt.timedelta(hours=self.rng.uniform(1, 40)), self.cal)

    def _history(self, d: Dossier, steps: list[DossierStep], info, due, event_pk: int) -> list[DossierEvent]:
        finished = self._finish_time(due)
        done = finished < self.now
        if not done:  # in progress: stop at the step the elapsed time points to
            elapsed = engine.working_time_between(due.receipt_at, self.now, self.cal)
            total = engine.working_time_between(due.receipt_at, due.due_at, self.cal) or dt.timedelta(hours=1)
            reached = min(len(steps) - 2, max(0, int(len(steps) * min(0.99, elapsed / total))))
            finished = None
        else:
            reached = len(steps) - 1
        end = finished or self.now
        span = end - d.received_at
        times = [d.received_at + span * (i / max(1, len(steps) - 1)) for i in range(len(steps))]
        state = dict.fromkeys(("paused_since", "finished_at", "returned_at"))
        state.update(
            code=d.code,
            submitted_at=_iso(d.submitted_at),
            received_at=_iso(d.received_at),
            clock_start=_iso(d.clock_start),
            due_at=_iso(d.due_at),
            original_due_at=_iso(d.original_due_at),
            apologies=0,
            supplement_requests=0,
            verdict="",
            outcome="",
            fees_due=d.fees_due,
            fees_paid=0,
        )
        events: list[DossierEvent] = []

        def emit(action, from_status, to_status, step, at, data=None):
            state.update(
                status=to_status,
                current_step_id=step.pk if step else None,
                current_unit_id=step.unit.pk if step else None,
                current_actor=step.actor if step else "",
                handler_id=None,
            )
            events.append(
                DossierEvent(
                    pk=event_pk + len(events),
                    dossier_id=d.pk,
                    seq=len(events) + 1,
                    at=at,
                    actor_label="Dữ liệu mẫu",
                    action=action,
                    from_status=from_status,
                    to_status=to_status,
                    step=step,
                    data=data or {},
                    state=dict(state),
                )
            )

        if d.channel == 2:
            emit("submit", "", "submitted", None, d.submitted_at)
        emit("receive", "submitted" if d.channel == 2 else "", "received", steps[0], d.received_at)
        steps[0].started_at = d.received_at
        status = "received"
        last_processing = len(steps) - 2 if len(steps) > 1 else 0
        for index in range(1, min(reached, last_processing) + 1):
            steps[index - 1].finished_at = times[index]
            steps[index].started_at = times[index]
            emit("forward", status, "processing", steps[index], times[index])
            status = "processing"
        if done:
            for step in steps[:-1]:
                step.finished_at = step.finished_at or finished
            state.update(
                finished_at=_iso(finished),
                outcome="approved",
                verdict=str(engine.verdict(finished, engine.Due(due.due_at, due.due_at, due.unit))),
            )
            if status == "received":
                status = "received"
            return_step = steps[-1] if len(steps) > 1 else None
            if return_step is not None:
                return_step.started_at = finished
            emit("decide", status, "done", return_step, finished, {"outcome": "approved"})
            returned = engine.add_working_time(finished, dt.timedelta(hours=self.rng.uniform(0.5, 24)), self.cal)
            if returned < self.now and self.rng.random() < 0.96:
                if return_step is not None:
                    return_step.finished_at = returned
                state.update(returned_at=_iso(returned), fees_paid=d.fees_due)
                emit("return", "done", "returned", None, returned, {"received_by": d.applicant_name})
                d.fees_paid = d.fees_due
        for step in steps:
            if step.finished_at and step.due_at:
                step.verdict = str(engine.verdict(step.finished_at, engine.Due(step.due_at, step.due_at, due.unit)))
        last = events[-1].state
        d.status = last["status"]
        d.current_step_id, d.current_unit_id, d.handler_id = last["current_step_id"], last["current_unit_id"], None
        d.current_actor = last["current_actor"]
        d.finished_at = finished if done else None
        # the generated histories have no pauses: the working time from the clock start to the decision
        d.days_taken = clock.working_days_between(d.clock_start, finished, self.cal) if done else None
        d.returned_at = dt.datetime.fromisoformat(last["returned_at"]) if last["returned_at"] else None
        d.verdict, d.outcome = last["verdict"], last["outcome"]
        return events


def generate(
    dossiers: int,
    years: float = 1.0,
    seed: int = 2019,
    now: dt.datetime | None = None,
    chunk: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Write ``dossiers`` generated dossiers with steps and events; returns counts.

    Each chunk of ``chunk`` dossiers is its own short transaction, which takes its primary keys and
    code numbers under the write lock, so a running server keeps receiving dossiers in between (on
    SQLite a transaction holds the one write lock: 500 dossiers hold it about a second, and a pause of
    0.1 s after each lets the server's waiting writes in; without it SQLite's busy handler, which polls,
    can miss every short gap and wait out its timeout).
    ``progress(done, total)`` is called after each chunk is committed."""
    gen = Generator(seed=seed, now=now or timezone.now(), years=years)
    sqlite = connection.vendor == "sqlite"
    chunk = chunk or (500 if sqlite else 20000)
    made = {"dossiers": 0, "steps": 0, "events": 0}
    left = dossiers
    while left > 0:
        size = min(chunk, left)
        with transaction.atomic():
            bulk.lock_for_insert(Dossier, DossierStep, DossierEvent, CodeCounter)
            _generate_chunk(gen, size, made)
        left -= size
        if progress:
            progress(dossiers - left, dossiers)
        if sqlite and left:
            time.sleep(SQLITE_PAUSE)
    return made


def _generate_chunk(gen: Generator, size: int, made: dict) -> None:
    gen.refresh_counters()
    step_next = bulk.next_ids(DossierStep, 1).start
    event_next = bulk.next_ids(DossierEvent, 1).start
    chunk_d, chunk_s, chunk_e = [], [], []
    for pk in bulk.next_ids(Dossier, size):
        produced = None
        for _ in range(5):
            produced = gen.dossier(pk, step_next, event_next)
            if produced:
                break
        if not produced:
            continue
        d, steps, events = produced
        chunk_d.append(d)
        chunk_s.extend(steps)
        chunk_e.extend(events)
        step_next += len(steps)
        event_next += len(events)
    _flush(chunk_d, chunk_s, chunk_e, made)
    _write_counters(gen)
    bulk.reset_sequences(Dossier, DossierStep, DossierEvent, CodeCounter)


def _flush(chunk_d, chunk_s, chunk_e, made) -> None:
    made["dossiers"] += bulk.insert(Dossier, chunk_d)
    made["steps"] += bulk.insert(DossierStep, chunk_s)
    made["events"] += bulk.insert(DossierEvent, chunk_e)
    chunk_d.clear()
    chunk_s.clear()
    chunk_e.clear()


def _write_counters(gen: Generator) -> None:
    """Store the code numbers used since the last call (never lowering one the server took meanwhile)."""
    existing = {(c.agency_id, c.day): c for c in CodeCounter.objects.filter(agency_id__in={k[0] for k in gen.touched})}
    new, changed = [], []
    for key in gen.touched:
        if key in existing:
            existing[key].last = max(existing[key].last, gen.counters[key])
            changed.append(existing[key])
        else:
            new.append(CodeCounter(agency_id=key[0], day=key[1], last=gen.counters[key]))
    CodeCounter.objects.bulk_create(new, batch_size=5000)
    CodeCounter.objects.bulk_update(changed, ["last"], batch_size=5000)
    gen.touched.clear()
