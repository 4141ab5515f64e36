"""GET /api/v1/reports/indices and /api/v1/reports/index766: parameters checked, jurisdiction enforced."""

import pytest

from motcua.orgs.permissions import Role

from ..conftest import make_staff
from ..reports.conftest import procedure  # noqa: F401
from ..reports.conftest_indices import decided_on

INDICES = "/api/v1/reports/indices"
INDEX766 = "/api/v1/reports/index766"
MARCH = {"from": "2026-03-01", "to": "2026-03-31"}


@pytest.fixture
def decided(officials, tree, procedure):  # noqa: F811
    return [decided_on(officials, tree, procedure, day) for day in (3, 5, 9)]


def test_indices_json(client, officials, tree, decided):
    client.force_login(officials[Role.INSPECTOR])
    body = client.get(INDICES, MARCH).json()
    assert body["period"] == {"from": "2026-03-01", "to": "2026-03-31"}
    [unit] = body["units"]
    assert unit["agency"]["code"] == "H15.03" and unit["dossiers"] == 3
    assert list(unit["indices"]) == [str(n) for n in range(1, 10)]
    assert unit["indices"]["1"] == {"score": "1.0", "dossiers": 3, "at_2": 1, "at_1": 1, "at_0": 1, "points": 3}
    assert unit["indices"]["5"]["points"] in (0, 1, 2) and "rule" in unit["indices"]["5"]
    total = sum(float(v["score"]) for v in unit["indices"].values())
    assert float(unit["total"]) == pytest.approx(total) and unit["grade"]
    assert {o["officer"]["name"] for o in body["officers"]} == {"desk", "unithead", "specialist", "leader"}


def test_index766_json(client, officials, decided):
    client.force_login(officials[Role.INSPECTOR])
    body = client.get(INDEX766, MARCH).json()
    assert body["max_points"] == 100 and [g["max_points"] for g in body["groups"]] == [18, 20, 22, 22, 18]
    first = body["groups"][1]["indicators"][0]
    assert first["id"] == "2.1" and first["numerator"] == 2 and first["denominator"] == 3
    assert first["rate"] == "66.67" and first["points"] == "6.67"
    missing = [i for g in body["groups"] for i in g["indicators"] if not i["available"]]
    assert missing and all(i["points"] is None and i["note"] for i in missing)


@pytest.mark.parametrize("url", [INDICES, INDEX766])
def test_bad_input_names_the_field(client, officials, db, url):
    client.force_login(officials[Role.INSPECTOR])
    for params, field in [
        ({"to": "2026-03-31"}, "from"),
        ({"from": "2026-3-1", "to": "2026-03-31"}, "from"),
        ({"from": "2026-03-31", "to": "2026-03-01"}, "to"),
        ({**MARCH, "agency": "x"}, "agency"),
        ({**MARCH, "agency": "999999"}, "agency"),
    ]:
        response = client.get(url, params)
        assert response.status_code == 400, params
        assert field in response.json()["error"]["fields"], params


@pytest.mark.parametrize("url", [INDICES, INDEX766])
def test_refusals(client, officials, other_official, citizen, tree, decided, url):
    assert client.get(url, MARCH).status_code == 403  # anonymous
    for user in (citizen, officials[Role.DESK_OFFICER]):
        client.force_login(user)
        assert client.get(url, MARCH).status_code == 403
    client.force_login(make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER))
    assert client.get(url, {**MARCH, "agency": tree.justice.pk}).status_code == 403
    assert client.get(url, MARCH).status_code == 200
    client.force_login(officials[Role.AGENCY_LEADER])
    assert client.get(url, {**MARCH, "agency": tree.justice_unit.pk}).status_code == 200
