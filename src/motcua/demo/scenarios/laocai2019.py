"""The Lào Cai scenario: 1 Jan – 30 Apr 2019 as the province reported it (Laocaitv, 14 May 2019).

``lines`` writes an NDJSON dataset in the import format (docs/import.md) whose Form 06 for the
period, grouped by level, reproduces the article's table. Each dossier is drawn for a target cell
of the form — where it comes from (carried over from 2018, online, at the desk or by post) and how
it ends (early, on time, late, withdrawn, stopped, in progress within time or overdue) — and its
dated events are built with the same calendar and limits the importer uses, so the importer's
verdicts land in the intended cells. Dossiers that Form 06 must *not* count are added too: finished
in 2018, received after the period, submitted online and never received, withdrawn before receipt.

Where the article is silent the choices are ours (``CHOICES``) and are documented in docs/import.md.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from motcua.demo.load import FAMILY, GIVEN, MIDDLE
from motcua.imports.build import Context, Plan
from motcua.orgs.models import Agency
from motcua.worktime import engine

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NAME = "laocai-2019"
SOURCE = "laocai-2019"
PERIOD = (dt.date(2019, 1, 1), dt.date(2019, 4, 30))
NOW = dt.datetime(2019, 5, 14, 12, 0, tzinfo=TZ)  # the day of the conference
LEVELS = ("province", "district", "commune")

# Form 06 by level as the article gives it: received (3), resolved (7), of which on time (8 + 9)
# and late (10), in progress (11).
ARTICLE = {
    "province": {"received": 57_813, "resolved": 56_356, "on_time": 55_697, "late": 659, "in_progress": 1_457},
    "district": {"received": 9_631, "resolved": 9_089, "on_time": 8_863, "late": 226, "in_progress": 542},
    "commune": {"received": 76_567, "resolved": 76_469, "on_time": 76_469, "late": 0, "in_progress": 98},
}
# Our choices where the article gives no figure: carried over from 2018 (6), online (4), the share
# of "on time" that was early (8), withdrawn and stopped dossiers (inside 9), overdue (13).
CHOICES = {
    "province": {"carried": 1_350, "online": 4_620, "early": 0.70, "withdrawn": 150, "stopped": 20, "overdue": 57},
    "district": {"carried": 410, "online": 290, "early": 0.70, "withdrawn": 40, "stopped": 5, "overdue": 22},
    "commune": {"carried": 300, "online": 760, "early": 0.70, "withdrawn": 120, "stopped": 0, "overdue": 3},
}
POST_SHARE = 0.01  # of the dossiers not received online
NOISE = {"finished_2018": 0.01, "after_period": 0.01, "submitted_only": 0.001, "withdrawn_unreceived": 0.001}
OUTCOMES = ("early", "on_time", "withdrawn", "stopped", "late", "within", "overdue")


def expected(scale: float = 1.0) -> dict[str, dict[str, int]]:
    """Form 06 by level (c3 … c13) that the dataset at ``scale`` must produce (the article at 1.0)."""
    table = {}
    for level in LEVELS:
        a, c = ARTICLE[level], CHOICES[level]

        def s(x: float) -> int:
            return round(x * scale)

        received, resolved, on_time, late = s(a["received"]), s(a["resolved"]), s(a["on_time"]), s(a["late"])
        resolved = on_time + late  # keeps 7 = 8+9+10 after rounding
        in_progress = received - resolved
        early = round(on_time * c["early"])
        carried, online = s(c["carried"]), s(c["online"])
        overdue = min(s(c["overdue"]), in_progress)
        table[level] = {
            "c3": received,
            "c4": online,
            "c5": received - online - carried,
            "c6": carried,
            "c7": resolved,
            "c8": early,
            "c9": on_time - early,
            "c10": late,
            "c11": in_progress,
            "c12": in_progress - overdue,
            "c13": overdue,
        }
    return table


def _outcomes(level: str, scale: float) -> dict[str, int]:
    row, c = expected(scale)[level], CHOICES[level]
    withdrawn, stopped = round(c["withdrawn"] * scale), round(c["stopped"] * scale)
    return {
        "early": row["c8"],
        "on_time": row["c9"] - withdrawn - stopped,
        "withdrawn": withdrawn,
        "stopped": stopped,
        "late": row["c10"],
        "within": row["c12"],
        "overdue": row["c13"],
    }


@dataclass
class Slot:
    """One dossier to draw: its level, where it comes from and how it ends."""

    level: str
    origin: str  # carried, online, direct, or a noise kind
    outcome: str


class NoFit(Exception):
    """The drawn procedure and date cannot give the slot's outcome: draw again."""


def _at(day: dt.date, minutes: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(7, 30), tzinfo=TZ) + dt.timedelta(minutes=minutes)


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


class Scenario:
    def __init__(self, scale: float = 1.0, seed: int = 2019):
        self.scale = scale
        self.rng = random.Random(seed)  # noqa: S311 — reproducible demo data, not secrets
        self.ctx = Context.load()
        self.by_level: dict[str, list] = {}
        for versions in self.ctx.versions.values():
            for version in versions:
                self.by_level.setdefault(version.level, []).append(version)
        committees = Agency.objects.filter(kind="committee").exclude(code=None).order_by("code")
        self.desks = {level: list(committees.filter(level=level)) for level in ("district", "commune")}
        self.codes = {p.pk: p.code for p in self.ctx.procedures.values()}
        self.days: dict[int, list[dt.date]] = {}
        self.count = 0

    # --- slots ----------------------------------------------------------------------------------
    def slots(self) -> list[Slot]:
        slots: list[Slot] = []
        for level in LEVELS:
            row = expected(self.scale)[level]
            outcomes = [o for o, n in _outcomes(level, self.scale).items() for _ in range(n)]
            self.rng.shuffle(outcomes)
            resolved = [o for o in outcomes if o not in ("within", "overdue")]
            carried = resolved[: row["c6"]]
            rest = resolved[row["c6"] :] + [o for o in outcomes if o in ("within", "overdue")]
            self.rng.shuffle(rest)
            slots += [Slot(level, "carried", o) for o in carried]
            slots += [Slot(level, "online", o) for o in rest[: row["c4"]]]
            slots += [Slot(level, "direct", o) for o in rest[row["c4"] :]]
            for kind, share in NOISE.items():
                slots += [Slot(level, kind, "noise") for _ in range(round(row["c3"] * share))]
        return slots

    # --- drawing ----------------------------------------------------------------------------------
    def _working_days(self, cal, first: dt.date, last: dt.date) -> list[dt.date]:
        """The calendar's working days in [first, last] (from a list built once per calendar)."""
        days = self.days.get(id(cal))
        if days is None:
            day, days = dt.date(2018, 9, 1), []
            while day <= dt.date(2019, 7, 31):
                if cal.is_working_day(day):
                    days.append(day)
                day += dt.timedelta(days=1)
            self.days[id(cal)] = days
        return days[bisect.bisect_left(days, first) : bisect.bisect_right(days, last)]

    def _moment(self, cal, first: dt.date, last: dt.date) -> dt.datetime:
        days = self._working_days(cal, first, last)
        if not days:
            raise NoFit
        day = self.rng.choice(days)
        minutes = self.rng.choice([self.rng.randrange(0, 240), self.rng.randrange(330, 570)])
        return _at(day, minutes)

    def _version(self, level: str, day: dt.date):
        for _ in range(50):
            version = self.rng.choice(self.by_level[level])
            if version.valid_from and version.valid_from <= day and (not version.valid_to or version.valid_to >= day):
                return version
        raise NoFit

    def _desk(self, level: str, version) -> Agency:
        if version.implementing_agency_id:
            return version.implementing_agency
        return self.rng.choice(self.desks[level])

    def _receipt_window(self, slot: Slot) -> tuple[dt.date, dt.date]:
        origin, outcome = slot.origin, slot.outcome
        if origin == "carried":
            return dt.date(2018, 11, 20), dt.date(2018, 12, 31)
        if origin == "finished_2018":
            return dt.date(2018, 10, 1), dt.date(2018, 12, 10)
        if origin in ("after_period", "submitted_only", "withdrawn_unreceived"):
            return dt.date(2019, 5, 2), dt.date(2019, 5, 13)
        if outcome == "within":
            return dt.date(2019, 4, 15), dt.date(2019, 4, 29)
        if outcome == "overdue":
            return dt.date(2019, 3, 1), dt.date(2019, 4, 20)
        return dt.date(2019, 1, 2), dt.date(2019, 4, 29)

    def draw(self, slot: Slot) -> dict:
        for _ in range(300):
            try:
                return self._draw(slot)
            except NoFit:
                continue
        raise RuntimeError(f"no procedure fits {slot}")

    def _draw(self, slot: Slot) -> dict:
        first, last = self._receipt_window(slot)
        version = self._version(slot.level, first)
        plan = self.ctx.plan(version, "")
        desk = self._desk(slot.level, version)
        cal = self.ctx.calendar(desk)
        received = self._moment(cal, first, last)
        if not (
            version.valid_from <= received.date() and (not version.valid_to or version.valid_to >= received.date())
        ):
            raise NoFit
        online = slot.origin == "online" or (slot.origin in ("submitted_only", "withdrawn_unreceived"))
        events: list[dict] = []
        if online:
            submitted = received - dt.timedelta(minutes=self.rng.randrange(20, 60 * 60))
            events.append({"type": "submitted", "at": _iso(submitted)})
            if slot.origin == "submitted_only":
                return self._line(slot, version, desk, "online", events)
            if slot.origin == "withdrawn_unreceived":
                events.append({"type": "withdrawn", "at": _iso(received), "reason": "Công dân rút hồ sơ"})
                return self._line(slot, version, desk, "online", events)
        events.append({"type": "received", "at": _iso(received)})
        due = engine.compute_due(received, plan.amount, plan.unit, cal, plan.cutoff)
        self._history(slot, plan, cal, received, due, events)
        channel = "online" if online else ("post" if self.rng.random() < POST_SHARE else "counter")
        return self._line(slot, version, desk, channel, events)

    # --- the events after receipt ---------------------------------------------------------------
    def _forwards(self, plan: Plan) -> int:
        """How many hand-overs the process allows before the decision (the return step excluded)."""
        steps = plan.steps
        processing = len(steps) - 1 if steps and steps[-1]["actor"] == "desk_officer" else len(steps)
        return max(0, processing - 1)

    def _end(self, slot: Slot, cal, start: dt.datetime, due: engine.Due) -> tuple[str, dt.datetime | None]:
        """The final action and its moment for the slot's outcome (None: still open on NOW)."""
        due_day = due.due_at.astimezone(TZ).date()
        period_last = PERIOD[1]
        floor = max(start.date(), PERIOD[0]) if slot.origin == "carried" else start.date()
        outcome = slot.outcome
        if slot.origin == "finished_2018":
            return "decided", self._after(cal, start, start.date(), min(due_day, dt.date(2018, 12, 28)))
        if slot.origin == "after_period":
            return (
                ("decided", self._after(cal, start, start.date(), dt.date(2019, 5, 13)))
                if self.rng.random() < 0.5
                else ("open", None)
            )
        if outcome == "early":
            return "decided", self._after(cal, start, floor, min(due_day - dt.timedelta(days=1), period_last))
        if outcome == "on_time":
            if not (floor <= due_day <= period_last):
                raise NoFit
            return "decided", self._after(cal, start, due_day, due_day, limit=due.due_at)
        if outcome in ("withdrawn", "stopped"):
            return outcome, self._after(cal, start, floor, min(due_day, period_last))
        if outcome == "late":
            late_first = max(floor, due_day + dt.timedelta(days=1))
            return "decided", self._after(cal, start, late_first, min(due_day + dt.timedelta(days=20), period_last))
        if outcome == "within":
            if due_day < period_last:
                raise NoFit
        elif outcome == "overdue" and due_day >= period_last:
            raise NoFit
        if self.rng.random() < 0.5:  # finished after the period (judged as it stood on 30 April)
            return "decided", self._after(cal, start, dt.date(2019, 5, 2), dt.date(2019, 5, 13))
        return "open", None

    def _after(self, cal, start: dt.datetime, first: dt.date, last: dt.date, limit=None) -> dt.datetime:
        """A working moment on a day in [first, last], after ``start`` (and not after ``limit``)."""
        days = [d for d in self._working_days(cal, first, last) if d >= start.date()]
        if not days:
            raise NoFit
        day = self.rng.choice(days)
        low = start + dt.timedelta(minutes=5) if day == start.date() else _at(day, 0)
        high = _at(day, 570)
        if limit is not None:
            high = min(high, limit.astimezone(TZ))
        if low >= high:
            raise NoFit
        return low + (high - low) * self.rng.random()

    def _history(self, slot: Slot, plan: Plan, cal, received: dt.datetime, due: engine.Due, events: list) -> None:
        forwards = self._forwards(plan)
        start = received
        supplement = (
            forwards >= 1
            and slot.origin == "direct"
            and slot.outcome in ("early", "on_time", "late")
            and received.date() < dt.date(2019, 3, 20)
            and self.rng.random() < 0.03
        )
        if supplement:  # hand over, ask for a supplement, the clock restarts on re-submission
            step_at = received + dt.timedelta(minutes=self.rng.randrange(30, 240))
            asked = self._after(cal, step_at, step_at.date(), step_at.date() + dt.timedelta(days=6))
            back = self._after(cal, asked, asked.date() + dt.timedelta(days=1), asked.date() + dt.timedelta(days=10))
            events += [
                {"type": "step", "at": _iso(step_at)},
                {
                    "type": "supplement_requested",
                    "at": _iso(asked),
                    "items": [{"item": "Giấy tờ chứng minh", "reason": "Bản sao chưa chứng thực"}],
                },
                {"type": "resubmitted", "at": _iso(back)},
            ]
            forwards -= 1
            start = back
            due = engine.compute_due(back, plan.amount, plan.unit, cal, None)
        kind, end = self._end(slot, cal, start, due)
        stop_at = end or NOW
        moments = sorted(start + (stop_at - start) * self.rng.random() for _ in range(forwards))
        if end is None:  # still open: some of the hand-overs have happened
            moments = moments[: self.rng.randrange(len(moments) + 1)]
        events += [{"type": "step", "at": _iso(m)} for m in moments]
        due_day = due.due_at.astimezone(TZ).date()
        if kind == "decided" and slot.outcome == "late" and self.rng.random() < 0.3:
            apology = _at(due_day, 480)
            if (not moments or apology > moments[-1]) and start < apology < end:
                new_due = max(end.date(), due_day + dt.timedelta(days=1))
                events.append(
                    {
                        "type": "apology",
                        "at": _iso(apology),
                        "new_due": new_due.isoformat(),
                        "reason": "Cần xác minh thêm",
                    }
                )
        if kind == "decided":
            refused = self.rng.random() < 0.02
            decision = {"type": "decided", "at": _iso(end), "outcome": "refused" if refused else "approved"}
            if refused:
                decision["reasons"] = "Hồ sơ không đủ điều kiện theo quy định"
            events.append(decision)
            returned = end + dt.timedelta(hours=self.rng.uniform(0.5, 30))
            if returned < NOW:
                events.append({"type": "returned", "at": _iso(returned)})
        elif kind == "withdrawn":
            events.append({"type": "withdrawn", "at": _iso(end), "reason": "Công dân xin rút hồ sơ"})
        elif kind == "stopped":
            events.append({"type": "stopped", "at": _iso(end), "reason": "Hồ sơ thuộc trường hợp dừng giải quyết"})

    # --- the line -------------------------------------------------------------------------------
    def _applicant(self) -> dict:
        rng = self.rng
        return {
            "name": f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
            "id_number": _personal_id([rng.randrange(10) for _ in range(11)]),
            "phone": "09" + "".join(str(rng.randrange(10)) for _ in range(8)),
        }

    def _line(self, slot: Slot, version, desk: Agency, channel: str, events: list) -> dict:
        self.count += 1
        return {
            "source": SOURCE,
            "external_id": f"{NAME}-{self.count:06d}",
            "procedure": self.codes[version.procedure_id],
            "agency": desk.code,
            "channel": channel,
            "applicant": self._applicant(),
            "events": events,
        }

    def lines(self) -> Iterator[str]:
        for slot in self.slots():
            yield json.dumps(self.draw(slot), ensure_ascii=False)


def _personal_id(digits: list[int]) -> str:
    """A well-formed personal ID number of Lào Cai (province code 010) from eleven random digits:
    the century-sex digit and birth year of a person born 1909–2008 (core.validators)."""
    year = digits[1] * 10 + digits[2]
    century_sex = digits[0] % 2 + (2 if year <= 8 else 0)
    return f"010{century_sex}{year:02d}" + "".join(str(d) for d in digits[3:9])
