"""POST /api/v1/dossiers/import: the province administrator imports; everyone else is refused."""

import pytest

from motcua.audit.models import AuditEntry
from motcua.dossiers.models import Dossier
from motcua.orgs.permissions import Role

from ..dossiers.conftest import procedure  # noqa: F401
from ..imports.helpers import line

URL = "/api/v1/dossiers/import"


def _post(client, body: str, query: str = ""):
    return client.post(URL + query, data=body.encode(), content_type="application/x-ndjson")


def test_province_admin_imports_and_sees_the_bad_lines(client, login, officials, procedure):  # noqa: F811
    login(officials[Role.PROVINCE_ADMIN])
    body = "\n".join([line("API-1"), line("API-2", procedure="9.999999"), line("API-3")]) + "\n"
    response = _post(client, body, "?dry_run=1")
    assert response.status_code == 200 and response.json()["imported"] == 2 and not Dossier.objects.exists()
    response = _post(client, body)
    data = response.json()
    assert response.status_code == 200, data
    assert (data["lines"], data["imported"], data["skipped"], data["failed"]) == (3, 2, 0, 1)
    [error] = data["errors"]
    assert (error["line"], error["field"], error["external_id"]) == (2, "procedure", "API-2")
    assert "9.999999" in error["message"]
    assert Dossier.objects.count() == 2
    again = _post(client, body).json()
    assert (again["imported"], again["skipped"]) == (0, 2) and Dossier.objects.count() == 2
    assert AuditEntry.objects.filter(action="create", object_type="imports.importeddossier").count() == 2


@pytest.mark.parametrize("who", ["agency_admin", "other", "citizen", "desk", "anonymous"])
def test_others_are_refused(who, client, login, officials, other_official, citizen, procedure):  # noqa: F811
    user = {
        "agency_admin": officials[Role.AGENCY_ADMIN],
        "other": other_official,
        "citizen": citizen,
        "desk": officials[Role.DESK_OFFICER],
    }.get(who)
    if user is not None:
        login(user)
    response = _post(client, line("NO-1") + "\n")
    assert response.status_code == 403
    assert "error" in response.json() and not Dossier.objects.exists()
    if user is not None and who != "citizen":
        assert AuditEntry.objects.filter(action="denied", actor=user).exists()
