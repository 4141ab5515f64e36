"""One implementation of each action: random legal histories give the same rows through the live
services, the historical importer and the demo generator's setting (all three call ``lifecycle``).

A history is drawn step by step while the live services play it (they are the reference: an action
is drawn only among those legal now, with a moment after the previous one); the same history is then
imported as NDJSON and played by the generator's setting, and every dossier field, step, pause and
event (with its state) must be equal. The second process names no unit for its appraisal step, so
the step router's placement is exercised too. Mutating one side (e.g. the importer's limit) fails it.
"""

import datetime as dt
import json

import pytest
from django.core.management import call_command
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from motcua.catalogue.models import ProcedureVersion
from motcua.demo import bulk
from motcua.demo import load as load_module
from motcua.dossiers import lifecycle, routing, services
from motcua.dossiers.lifecycle import Case, Plan
from motcua.dossiers.models import Dossier, DossierEvent, DossierStep, Pause
from motcua.dossiers.workflow import Action, Status
from motcua.imports.models import ImportedDossier
from motcua.imports.services import import_lines
from motcua.orgs.permissions import Role

from ..catalogue.factories import content, publish, sector
from ..imports.test_equivalence import APPLICANT, _dossier, _events, _steps
from .conftest import PROCESS, applicant, at, components, pdf

START = at(2026, 3, 2, 8, 30)
GAPS = [dt.timedelta(minutes=m) for m in (20, 90, 240, 60 * 20, 60 * 70, 60 * 24 * 6)]
OPEN_PROCESS = [dict(step) for step in PROCESS]
del OPEN_PROCESS[2]["unit"]  # "Thẩm định" names no unit: the router places it


@pytest.fixture
def procedures(tree):
    sector()
    made = {}
    for code, process in (("2.000488", PROCESS), ("2.000489", OPEN_PROCESS)):
        data = content(
            name=f"Thủ tục {code}",
            level="province",
            implementing_agency="H15.03",
            statutory={"amount": "4", "unit": "working_days"},
            committed={"amount": "3", "unit": "working_days"},
            on_the_spot=False,
            processes=[{"case": None, "steps": process}],
        )
        made[code] = publish(tree.justice, [(code, "new", data)], day=dt.date(2026, 1, 5))
    return made


def _legal(d: Dossier) -> list[str]:
    """The history kinds the services accept now (by the reference rules, before any policy)."""
    status = d.status
    if status == Status.SUBMITTED:
        return ["received", "withdrawn"]
    if status in (Status.RECEIVED, Status.PROCESSING):
        steps = list(d.steps.order_by("seq"))
        current = next(s for s in steps if s.pk == d.current_step_id)
        later = [s for s in steps if s.seq > current.seq and s.finished_at is None]
        kinds = ["withdrawn", "stopped"]
        last = not later or (later[0].seq == steps[-1].seq and later[0].actor == Role.DESK_OFFICER)
        if not last:
            kinds += ["step", "step"]
        if last or current.actor == Role.AGENCY_LEADER:  # the leader's decision skips the steps left
            kinds += ["decided", "decided_refused"]
        if status == Status.PROCESSING and lifecycle.supplement_refusal(d) is None:  # once only from 2025
            kinds.append("supplement_requested")
        if not d.apologies:
            kinds.append("apology")
        return kinds
    if status == Status.SUPPLEMENT:
        return ["resubmitted", "withdrawn", "stopped"]
    if status == Status.DONE:
        return ["returned"]
    return []


def _play_live(data, officials, citizen, procedure, desk) -> tuple[Dossier, str, list[dict]]:
    """Draw and play a history on the services; return the dossier, channel and the history."""
    o = officials
    online = data.draw(st.booleans(), label="online")
    moment = START + data.draw(st.sampled_from(GAPS), label="first gap")
    if online:
        d = services.submit_online(
            account=citizen, desk=desk, procedure=procedure, applicant=applicant(), components=components(), at=moment
        )
        history = [{"type": "submitted", "at": moment}]
    else:
        d = services.receive(
            user=o[Role.DESK_OFFICER],
            desk=desk,
            procedure=procedure,
            applicant=applicant(),
            components=components(),
            at=moment,
        )
        history = [{"type": "received", "at": moment}]
    for _number in range(12):
        kinds = _legal(d)
        if not kinds:
            break
        kind = data.draw(st.sampled_from(kinds), label="action")
        moment = moment + data.draw(st.sampled_from(GAPS), label="gap")
        d, event = _act(d, kind, moment, o)
        moment = event["at"]
        history.append(event)
    return d, "online" if online else "counter", history


def _act(d: Dossier, kind: str, moment: dt.datetime, o) -> tuple[Dossier, dict]:
    step = d.current_step
    official = o.get(Role(step.actor)) if step else o[Role.DESK_OFFICER]
    event = {"type": kind, "at": moment}
    if kind == "received":
        d = services.receive(user=o[Role.DESK_OFFICER], dossier=d, at=moment)
    elif kind == "step":
        following = lifecycle.next_step(services._case(d), step)
        handler = o[Role(following.actor)] if routing.is_open(following) else None
        d = services.forward(d, user=official, handler=handler, at=moment)
    elif kind == "supplement_requested":
        items = [{"item": "Tờ khai", "reason": "Thiếu chữ ký"}]
        d = services.request_supplement(d, user=official, items=items, at=moment)
        event["items"] = items
    elif kind == "resubmitted":
        d = services.resubmit(d, user=o[Role.DESK_OFFICER], at=moment)
    elif kind == "apology":
        moment = event["at"] = max(moment, d.due_at - dt.timedelta(hours=3))
        new_due = d.due_at.astimezone(START.tzinfo).date() + dt.timedelta(days=4)
        d = services.apologise(d, user=o[Role.AGENCY_LEADER], reason="Cần xác minh", new_due=new_due, at=moment)
        event.update(new_due=new_due.isoformat(), reason="Cần xác minh")
    elif kind in ("decided", "decided_refused"):
        refused = kind == "decided_refused"
        reasons = "Không đủ điều kiện" if refused else ""
        outcome = "refused" if refused else "approved"
        d = services.decide(d, user=official, outcome=outcome, reasons=reasons, result_file=pdf(), at=moment)
        event.update(type="decided", outcome=outcome, reasons=reasons)
    elif kind == "returned":
        d = services.return_result(d, user=o[Role.DESK_OFFICER], received_by="Nguyễn Văn An", at=moment)
        event["received_by"] = "Nguyễn Văn An"
    elif kind == "withdrawn":
        d = services.withdraw(d, user=o[Role.DESK_OFFICER], reason="Xin rút", at=moment)
        event["reason"] = "Xin rút"
    elif kind == "stopped":
        d = services.stop(d, user=o[Role.AGENCY_LEADER], reason="Dừng theo yêu cầu", at=moment)
        event["reason"] = "Dừng theo yêu cầu"
    return d, event


def _play_generator(history: list[dict], procedure, desk, channel: str) -> Dossier:
    """The same history played by the demo generator's setting and written by its bulk writer."""
    version = ProcedureVersion.objects.get(procedure=procedure)
    gen = load_module.Generator(seed=1, now=history[-1]["at"] + dt.timedelta(days=1), years=1)
    pk = bulk.next_ids(Dossier, 1).start
    d = Dossier(
        pk=pk,
        agency=desk,
        lead_agency=desk,
        procedure=procedure,
        version=version,
        channel={"online": 2, "counter": 1}[channel],
        revision=0,
        return_method="counter",
    )
    services._fill_applicant(d, applicant())
    case = Case(d, gen.setting(Plan.of(version, ""), bulk.next_ids(DossierStep, 1).start))
    for event in history:
        moment, kind = event["at"], event["type"]
        if kind == "submitted":
            lifecycle.submit(case, moment)
        elif kind == "received":
            lifecycle.receive(case, moment, code=f"GEN-{pk}")
        elif kind == "step":
            lifecycle.forward(case, moment)
        elif kind == "supplement_requested":
            lifecycle.request_supplement(case, moment, items=event["items"])
        elif kind == "resubmitted":
            lifecycle.resubmit(case, moment)
        elif kind == "apology":
            new_due = dt.date.fromisoformat(event["new_due"])
            lifecycle.apologise(case, moment, new_due=new_due, reason=event["reason"])
        elif kind == "decided":
            lifecycle.decide(case, moment, outcome=event["outcome"], reasons=event["reasons"])
        elif kind == "returned":
            lifecycle.return_result(case, moment, received_by=event["received_by"], method="counter")
        else:
            action = Action.WITHDRAW if kind == "withdrawn" else Action.STOP
            lifecycle.end(case, action, moment, reason=event["reason"])
    made = {"dossiers": 0, "steps": 0, "events": 0}
    load_module._flush(
        [d], list(case.steps), load_module.events_of(case, bulk.next_ids(DossierEvent, 1).start, ""), made
    )
    Pause.objects.bulk_create(case.pauses)
    return Dossier.objects.get(pk=pk)


def _pauses(d: Dossier) -> list[tuple]:
    return list(d.pauses.order_by("started_at").values_list("reason", "started_at", "ended_at", "restart"))


def _import_history(history: list[dict], channel: str, code: str) -> Dossier:
    line = {
        "source": "property",
        "external_id": "1",
        "procedure": code,
        "agency": "H15.03",
        "channel": channel,
        "applicant": APPLICANT,
        "events": [dict(e, at=e["at"].isoformat()) for e in history],
    }
    result = import_lines([json.dumps(line, ensure_ascii=False)])
    assert result.imported == 1, result.errors
    return ImportedDossier.objects.get(source="property").dossier


@pytest.mark.parametrize("code", ["2.000488", "2.000489"])
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_services_importer_and_generator_write_the_same_dossier(data, code, procedures, officials, citizen, tree):
    procedure = procedures[code]
    with transaction.atomic():
        live, channel, history = _play_live(data, officials, citizen, procedure, tree.justice)
        imported = _import_history(history, channel, code)
        generated = _play_generator(history, procedure, tree.justice, channel)
        for other in (imported, generated):
            assert _dossier(other) == _dossier(live)
            assert _steps(other) == _steps(live)
            assert _pauses(other) == _pauses(live)
            assert _events(other) == _events(live)
        transaction.set_rollback(True)


def test_the_generated_dossiers_match_their_events(procedures, capsys):
    """The benchmark generator's own histories (sampled moments and outcomes) leave no difference
    between a dossier's cached state and its last event."""
    made = load_module.generate(60, now=at(2026, 6, 1, 10, 0), years=0.3, seed=7)
    assert made["dossiers"] == 60 and made["events"] >= 120
    call_command("rebuild_dossier_state", "--check")
    assert "0 differ" in capsys.readouterr().out
