"""Every transition, allowed and refused, against a table written out by hand from the law."""

import threading

import pytest
from django.db import connection

from motcua.dossiers import services
from motcua.dossiers.workflow import NATIONAL_STATUS, Action, Status, TransitionError, target

OPEN = {"received", "processing", "supplement", "awaiting_payment"}
ALLOWED = {
    "submit": {None},
    "receive": {None, "submitted", "intake_incomplete"},
    "request_completion": {None, "submitted"},
    "refuse_intake": {None, "submitted", "intake_incomplete"},
    "forward": {"received", "processing"},
    "assign": {"received", "processing"},
    "send_back": {"processing"},
    "note": OPEN,
    "consult": {"processing"},
    "answer": {"processing", "supplement", "awaiting_payment"},
    "interagency": {"processing"},
    "request_supplement": {"processing"},
    "resubmit": {"supplement"},
    "request_payment": {"processing"},
    "record_payment": {"awaiting_payment", "processing", "done"},
    "apologise": OPEN,
    "decide": {"received", "processing"},
    "return": {"done"},
    "withdraw": {"submitted", "intake_incomplete"} | OPEN,
    "stop": OPEN,
    # the paper originals' leg of a phi-địa-giới dossier (ND 118 Art 14(2)); no status change
    "send_originals": OPEN | {"done"},
    "receive_originals": OPEN | {"done"},
}
RESULT = {
    "submit": "submitted",
    "receive": "received",
    "request_completion": "intake_incomplete",
    "refuse_intake": "refused",
    "forward": "processing",
    "request_supplement": "supplement",
    "resubmit": "processing",
    "request_payment": "awaiting_payment",
    "decide": "done",
    "return": "returned",
    "withdraw": "withdrawn",
    "stop": "stopped",
}
STATES = [None, *Status.values]


@pytest.mark.parametrize("action", Action.values)
@pytest.mark.parametrize("state", STATES)
def test_transition(action, state):
    if state in ALLOWED[action]:
        expected = RESULT.get(action, state)
        if action == "record_payment" and state == "awaiting_payment":
            expected = "processing"
        assert target(Action(action), Status(state) if state else None) == expected
    else:
        with pytest.raises(TransitionError):
            target(Action(action), Status(state) if state else None)


def test_national_codes_cover_every_status():
    assert set(NATIONAL_STATUS) == set(Status)
    assert sorted(set(NATIONAL_STATUS.values())) == list(range(1, 11))


@pytest.mark.django_db(transaction=True)
def test_codes_are_unique_under_concurrent_receipt(tree):
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL (run by CI)")
    import datetime as dt

    from django.db import close_old_connections, transaction

    codes, errors = [], []

    def take():
        try:
            with transaction.atomic():
                codes.append(services.next_code(tree.justice, dt.date(2026, 3, 6)))
        except Exception as exc:  # noqa: BLE001 — collected and asserted below
            errors.append(exc)
        finally:
            close_old_connections()

    threads = [threading.Thread(target=take) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(codes) == [f"H15.03-260306-{n:04d}" for n in range(1, 13)]
