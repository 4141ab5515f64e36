import datetime as dt

import pytest
from django.core.cache import cache
from django.urls import reverse

from motcua.dossiers import services
from motcua.orgs.permissions import Role

from ..dossiers.conftest import applicant, at, components, procedure  # noqa: F401


def received(officials, tree, procedure):  # noqa: F811
    """A dossier received at Sở Tư pháp's desk on 6 March 2026 (appointment 11 March), limits reset."""
    cache.clear()
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 9, 0),
    )


def test_lookup_shows_status_without_personal_data(client, officials, tree, procedure):  # noqa: F811
    dossier = received(officials, tree, procedure)
    response = client.get(reverse("portal:lookup"), {"code": f"  {dossier.code} "})
    assert response.status_code == 302 and response["Location"] == reverse("portal:dossier-status", args=[dossier.code])
    page = client.get(response["Location"])
    body = page.content.decode()
    assert page.status_code == 200
    assert dossier.code in body and "Cấp phiếu lý lịch tư pháp" in body and "11/03/2026" in body
    for secret in ("Nguyễn Văn An", "0912345678", "010203004005", "an@example.vn"):
        assert secret not in body


def test_unknown_code_is_a_helpful_404_and_lookups_are_limited(client, db):
    cache.clear()
    response = client.get(reverse("portal:dossier-status", args=["H15.03-260306-9999"]))
    assert response.status_code == 404 and "H15.03-260306-9999" in response.content.decode()
    statuses = [client.get(reverse("portal:dossier-status", args=["X"])).status_code for _ in range(60)]
    assert statuses[-1] == 429


def test_the_receipt_qr_code_points_to_the_lookup_page(db):
    from motcua.documents import qr

    assert qr.status_path("H15.03-260306-0001") == "/lookup/H15.03-260306-0001/"


def test_an_open_dossier_past_its_appointment_is_shown_overdue(client, officials, tree, procedure):  # noqa: F811
    dossier = received(officials, tree, procedure)
    data = client.get(reverse("public-dossier", args=[dossier.code])).json()
    assert data["progress"] == "overdue" and data["verdict"] is None
    page = client.get(reverse("portal:dossier-status", args=[dossier.code])).content.decode()
    assert "verdict-late" in page and "11/03/2026" in page  # the appointment, as a Vietnamese date


def test_the_owner_is_offered_the_full_history(client, officials, tree, procedure, citizen, login):  # noqa: F811
    dossier = received(officials, tree, procedure)
    url = reverse("portal:dossier-status", args=[dossier.code])
    assert "full history" not in client.get(url).content.decode()
    dossier.account = citizen
    dossier.save(update_fields=["account"])
    login(citizen)
    page = client.get(url).content.decode()
    assert f"/my/dossiers/{dossier.pk}/" in page


def test_on_postgresql_the_lookup_runs_as_a_prepared_statement(officials, tree, procedure):  # noqa: F811
    from django.db import connection

    from motcua.dossiers import selectors

    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are a PostgreSQL feature")
    dossier = received(officials, tree, procedure)
    for _ in range(3):
        assert selectors.by_code(dossier.code).code == dossier.code
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE statement LIKE %s", ["%dossiers_dossier%"])
        assert len(cursor.fetchall()) == 1  # planned once for the connection, not at every lookup


def test_dates_are_the_provinces_local_dates_and_a_future_appointment_is_within_time(
    client,
    officials,
    tree,
    procedure,  # noqa: F811
):
    from django.utils import timezone

    cache.clear()
    early = services.receive(  # 06:30 in Lào Cai is 23:30 UTC the day before
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 6, 30),
    )
    assert early.received_at.astimezone(dt.UTC).day == 5
    assert client.get(reverse("public-dossier", args=[early.code])).json()["received_on"] == "2026-03-06"
    fresh = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=timezone.now(),
    )
    data = client.get(reverse("public-dossier", args=[fresh.code])).json()
    assert data["progress"] == "within_time"
    assert data["appointment_on"] == timezone.localtime(fresh.due_at).date().isoformat()


def test_the_lookup_accepts_any_case_and_spaces_around_the_code(client, officials, tree, procedure):  # noqa: F811
    """Issue 13 item 4: a code typed in lower case with spaces around it finds the dossier (page and API)."""
    dossier = received(officials, tree, procedure)
    typed = f" {dossier.code.lower()} "
    response = client.get(reverse("portal:lookup"), {"code": typed})
    assert response["Location"] == reverse("portal:dossier-status", args=[dossier.code])
    page = client.get(reverse("portal:dossier-status", args=[typed]))
    assert page.status_code == 200 and dossier.code in page.content.decode()
    data = client.get(reverse("public-dossier", args=[typed]))
    assert data.status_code == 200 and data.json()["code"] == dossier.code
