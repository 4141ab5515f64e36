"""A realistic province-sized set of dossiers, written through bulk paths (COPY on PostgreSQL).

Every generated dossier's history is played through ``dossiers.lifecycle`` — the functions the live
services and the importer call — so its steps, events and cached state are those the services would
have written (``rebuild_dossier_state --check`` passes on generated data). The generator only chooses
moments and outcomes, and writes the rows in bulk.
Volumes follow the Lào Cai article: most dossiers at communes, then province departments, few at
districts; about 35 % online; most resolved early or on time, a few late, a share in progress.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import time
from collections.abc import Callable

from django.db import connection, transaction
from django.utils import timezone

from motcua.catalogue import selectors as catalogue_selectors
from motcua.core.validators import PROVINCE_CODES
from motcua.dossiers import lifecycle
from motcua.dossiers.lifecycle import Case, Plan, Setting
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


def _version_infos(day: dt.date) -> dict[str, list[Plan]]:
    by_level: dict[str, list[Plan]] = {}
    for version in catalogue_selectors.in_force(day).select_related("implementing_agency"):
        by_level.setdefault(version.level, []).append(Plan.of(version, ""))
    return by_level


def _desks() -> dict[str, list[Agency]]:
    committees = Agency.objects.filter(kind="committee").exclude(code=None)
    return {
        "district": list(committees.filter(level="district")),
        "commune": list(committees.filter(level="commune")),
    }


def events_of(case: Case, first_pk: int, label: str) -> list[DossierEvent]:
    """The events the lifecycle recorded for ``case``, as rows with keys from ``first_pk``."""
    d = case.dossier
    return [
        DossierEvent(
            pk=first_pk + index,
            dossier_id=d.pk,
            seq=index + 1,
            at=r.at,
            actor=r.actor,
            actor_label=(str(r.actor) if r.actor else label)[:200],
            action=r.action,
            from_status=r.from_status,
            to_status=r.to_status,
            step=r.step,
            data=r.data,
            state=r.state,
        )
        for index, r in enumerate(case.events)
    ]


class Generator:
    def __init__(self, *, seed: int, now: dt.datetime, years: float):
        self.rng = random.Random(seed)  # noqa: S311 — reproducible demo data, not secrets
        self.now = now
        self.start = now - dt.timedelta(days=int(365 * years))
        self.cal = default_calendar()
        self.tz = timezone.get_current_timezone()
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
    def setting(self, plan: Plan, step_pk: int) -> Setting:
        """The lifecycle's setting for a generated dossier: steps keyed from ``step_pk``, the province
        calendar, and no official to name at a hand-over (an open step follows the earlier work)."""
        keys = itertools.count(step_pk)

        def make(model, **values):
            return model(pk=next(keys), **values) if model is DossierStep else model(**values)

        return Setting(plan=plan, cal=self.cal, tz=self.tz, router=self.router, make=make, strict=False)

    def dossier(self, pk: int, step_pk: int, event_pk: int):
        picked = self._pick()
        if picked is None:
            return None
        info, desk, received = picked
        version = info.version
        name, phone, id_number = self._applicant()
        d = Dossier(
            pk=pk,
            agency=desk,
            lead_agency=version.implementing_agency or desk,
            procedure_id=version.procedure_id,
            version=version,
            channel=self._weighted(CHANNELS),
            applicant_name=name,
            applicant_phone=phone,
            applicant_id_number=id_number,
            revision=0,
            return_method="counter",
        )
        case = Case(d, self.setting(info, step_pk))
        if d.channel == 2:
            lifecycle.submit(case, received)
        lifecycle.receive(case, received, code=self._code(desk, received))
        self._history(case, info)
        return d, case.steps, events_of(case, event_pk, "Dữ liệu mẫu")

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

    def _history(self, case: Case, info: Plan) -> None:
        """Hand-overs spread until the decision (or until now, at the step the elapsed time points to),
        then the decision and, mostly, the return with the fees paid."""
        d, steps = case.dossier, case.steps
        due = engine.Due(d.clock_start, d.due_at, info.unit)
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
        last_processing = len(steps) - 2 if len(steps) > 1 else 0
        for index in range(1, min(reached, last_processing) + 1):
            lifecycle.forward(case, times[index])
        if not done:
            return
        lifecycle.decide(case, finished, outcome="approved")
        returned = engine.add_working_time(finished, dt.timedelta(hours=self.rng.uniform(0.5, 24)), self.cal)
        if returned < self.now and self.rng.random() < 0.96:
            if d.fees_due > d.fees_paid:
                lifecycle.record_payment(case, returned, amount=d.fees_due - d.fees_paid)
            lifecycle.return_result(case, returned, received_by=d.applicant_name, method="counter")


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
