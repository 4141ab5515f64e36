"""The queue counts: one pass for a province-wide official, the same numbers as counting each queue."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from motcua.dossiers import selectors, services
from motcua.orgs.permissions import Role

from ..reports.conftest import decide, receive, submit_online, to_appraisal
from .conftest import at, procedure  # noqa: F401


def one_by_one(user, now) -> dict[str, int]:
    return {name: selectors.queue(user, name, now).count() for name in selectors.QUEUES}


def test_a_province_wide_official_gets_every_count_from_one_query(officials, tree, procedure, citizen):  # noqa: F811
    received = [receive(officials, tree, procedure, at(2026, 3, 6, 9, 0)) for _ in range(3)]
    to_appraisal(officials, received[0], at(2026, 3, 6, 10, 0))
    decide(officials, received[1], at(2026, 3, 9, 10, 0))
    submit_online(citizen, tree, procedure, at(2026, 3, 6, 9, 30))
    asked = to_appraisal(officials, receive(officials, tree, procedure, at(2026, 3, 6, 9, 0)), at(2026, 3, 6, 11))
    items = [{"item": "Tờ khai", "reason": "Thiếu chữ ký"}]
    services.request_supplement(asked, user=officials[Role.SPECIALIST], items=items, at=at(2026, 3, 9, 8))
    now = at(2026, 3, 10, 16, 0)
    admin = officials[Role.PROVINCE_ADMIN]
    expected = one_by_one(admin, now)
    assert sum(expected.values()) >= 2 and expected["waiting_citizen"] == 1
    assert expected["ready_to_return"] == 0  # the administrator returns no result
    inspector = officials[Role.INSPECTOR]
    assert selectors.queue_counts(inspector, now) == one_by_one(inspector, now)
    with CaptureQueriesContext(connection) as captured:
        counts = selectors.queue_counts(admin, now)
    assert counts == expected
    assert sum('FROM "dossiers_dossier"' in q["sql"] for q in captured.captured_queries) == 1
    for role in (Role.DESK_OFFICER, Role.UNIT_HEAD, Role.SPECIALIST, Role.INSPECTOR):  # counted queue by queue
        assert selectors.queue_counts(officials[role], now) == one_by_one(officials[role], now)
    assert selectors.queue_counts(citizen, now) == dict.fromkeys(selectors.QUEUES, 0)
