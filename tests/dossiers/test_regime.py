"""The regime by receipt date: a dossier of 30 June 2025 keeps the 2018 rules, one of 1 July 2025 gets Decree 118's.

Rules: docs/legal/regime-2025.md; code: ``dossiers/regime.py``.
"""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from motcua.dossiers import policy, regime, services
from motcua.dossiers.models import Dossier
from motcua.dossiers.workflow import Action, Status
from motcua.orgs.permissions import Role

from ..catalogue.factories import content, publish, sector
from .conftest import PROCESS, applicant, at, components

ITEMS = [{"item": "Giấy chứng sinh", "reason": "Bản sao không rõ"}]
ONLY_ONCE_VI = "chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần"


@pytest.fixture
def procedure_2025(tree):
    """A procedure in force over the whole of 2025 (both regimes)."""
    sector()
    data = content(
        name="Cấp phiếu lý lịch tư pháp",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "4", "unit": "working_days"},
        committed={"amount": "3", "unit": "working_days"},
        processes=[{"case": None, "steps": PROCESS}],
    )
    return publish(tree.justice, [("2.000489", "new", data)], day=dt.date(2025, 1, 2))


def _at_specialist(officials, tree, procedure, when: dt.datetime) -> Dossier:
    dossier = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=when,
    )
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=when + dt.timedelta(hours=1))
    return services.forward(
        dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=when + dt.timedelta(hours=2)
    )


def _supplemented_once(officials, dossier: Dossier, first: dt.datetime) -> Dossier:
    """A first request to supplement, and the complete supplement a day later."""
    dossier = services.request_supplement(dossier, user=officials[Role.SPECIALIST], items=ITEMS, at=first)
    return services.resubmit(dossier, user=officials[Role.DESK_OFFICER], at=first + dt.timedelta(days=1))


# --- which regime ------------------------------------------------------------------------------------


def test_the_regime_changes_on_1_july_2025_in_vietnam_time():
    assert regime.at(at(2025, 6, 30, 23, 59)).name == "2018"
    assert regime.at(at(2025, 7, 1, 0, 0)).name == "2025"
    assert regime.at(dt.datetime(2025, 6, 30, 17, 30, tzinfo=dt.UTC)).name == "2025"  # 00:30 on 1 July in Hà Nội
    assert regime.on(dt.date(2025, 6, 30)).decree == "Nghị định số 61/2018/NĐ-CP"
    assert regime.on(dt.date(2025, 7, 1)).decree == "Nghị định số 118/2025/NĐ-CP"
    old, new = regime.REGIMES["2018"], regime.REGIMES["2025"]
    assert (old.supplement_only_once, new.supplement_only_once) == (False, True)
    assert (old.stop_form, new.stop_form) == (None, "05")
    assert (old.forms["control"], new.forms["control"]) == ("05", "06")
    assert (old.forms["logbook"], new.forms["logbook"]) == ("06", "07")
    # Form 06 is the same definition in both regimes (TT 01/2020 has not been replaced)
    assert old.report == new.report and "01/2020" in new.report


def test_the_change_date_is_a_setting(settings):
    settings.MOTCUA_REGIME_2025_FROM = dt.date(2025, 8, 1)
    assert regime.at(at(2025, 7, 1, 9, 0)).name == "2018"
    assert regime.at(at(2025, 8, 1, 9, 0)).name == "2025"


def test_a_dossier_not_yet_received_takes_the_regime_of_its_submission():
    dossier = Dossier(submitted_at=at(2025, 6, 30, 20, 0))
    assert regime.of(dossier).name == "2018"
    dossier.received_at = at(2025, 7, 1, 8, 0)  # accepted the next morning: the receipt decides
    assert regime.of(dossier).name == "2025"
    assert regime.of(Dossier(), first_event_at=at(2025, 7, 1, 8, 0)).name == "2025"


# --- supplements: once only from 1 July 2025 (ND 118 Art 11) --------------------------------------------


def test_a_dossier_received_on_30_june_2025_may_be_asked_twice_the_second_a_fault(officials, tree, procedure_2025):
    dossier = _at_specialist(officials, tree, procedure_2025, at(2025, 6, 30, 9, 0))
    dossier = _supplemented_once(officials, dossier, at(2025, 7, 1, 9, 0))
    now = at(2025, 7, 3, 9, 0)  # asked again after the change date: the receipt date decides
    specialist = officials[Role.SPECIALIST]
    assert Action.REQUEST_SUPPLEMENT in policy.available_actions(specialist, dossier, now)
    dossier = services.request_supplement(dossier, user=specialist, items=ITEMS, at=now)
    assert dossier.status == Status.SUPPLEMENT and dossier.supplement_requests == 2
    assert dossier.events.latest("seq").data["fault"] is True


def test_a_dossier_received_on_1_july_2025_may_be_asked_only_once(officials, tree, procedure_2025):
    dossier = _at_specialist(officials, tree, procedure_2025, at(2025, 7, 1, 9, 0))
    dossier = _supplemented_once(officials, dossier, at(2025, 7, 1, 14, 0))
    now = at(2025, 7, 3, 9, 0)
    specialist = officials[Role.SPECIALIST]
    assert Action.REQUEST_SUPPLEMENT not in policy.available_actions(specialist, dossier, now)
    with pytest.raises(ValidationError) as refused:
        services.request_supplement(dossier, user=specialist, items=ITEMS, at=now)
    message = " ".join(refused.value.messages)
    assert ONLY_ONCE_VI in message and "118/2025" in message and "01/07/2025" in message
    dossier = Dossier.objects.get(pk=dossier.pk)
    assert dossier.status == Status.PROCESSING and dossier.supplement_requests == 1
    assert dossier.events.filter(action=Action.REQUEST_SUPPLEMENT).count() == 1


def test_the_once_only_rule_follows_the_configured_change_date(settings, officials, tree, procedure_2025):
    settings.MOTCUA_REGIME_2025_FROM = dt.date(2025, 8, 1)
    dossier = _at_specialist(officials, tree, procedure_2025, at(2025, 7, 1, 9, 0))
    dossier = _supplemented_once(officials, dossier, at(2025, 7, 1, 14, 0))
    dossier = services.request_supplement(dossier, user=officials[Role.SPECIALIST], items=ITEMS, at=at(2025, 7, 3, 9))
    assert dossier.supplement_requests == 2


# --- stop: allowed in both, the notice (form 05) only in the 2025 set -----------------------------------


@pytest.mark.parametrize(("day", "notice"), [(30, False), (1, True)])
def test_stop_is_final_in_both_regimes(officials, tree, procedure_2025, day, notice):
    month = 6 if day == 30 else 7
    dossier = _at_specialist(officials, tree, procedure_2025, at(2025, month, day, 9, 0))
    leader = officials[Role.AGENCY_LEADER]
    dossier = services.stop(dossier, user=leader, reason="Người nộp hồ sơ đề nghị dừng", at=at(2025, 7, 2, 9, 0))
    assert dossier.status == Status.STOPPED
    assert regime.of(dossier).stop_notice is notice
    assert policy.available_actions(leader, dossier, at(2025, 7, 2, 10, 0)) == set()
