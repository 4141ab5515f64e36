"""A citizen's account without consent (Decree 13/2023) sees the consent page before any portal page."""

from urllib.parse import quote

from django.urls import reverse

from motcua.accounts.models import User

from ..conftest import PASSWORD

MY_DOSSIERS = reverse("portal:my-dossiers")


def unconsented(db) -> User:
    return User.objects.create_user("vneid-new", password=PASSWORD, account_type="citizen", full_name="Lò Thị Mai")


def test_an_account_without_consent_is_sent_to_the_consent_page_first(client, db):
    user = unconsented(db)
    client.force_login(user)
    response = client.get(MY_DOSSIERS + "?state=open")
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:consent") + "?next=" + quote(MY_DOSSIERS + "?state=open", safe="")
    assert client.get(reverse("portal:consent")).status_code == 200  # the consent page itself is reachable
    answer = client.post(reverse("portal:consent"), {"consent": "on", "next": MY_DOSSIERS})
    assert answer.status_code == 302 and answer["Location"] == MY_DOSSIERS
    user.refresh_from_db()
    assert user.consented_at is not None
    assert client.get(MY_DOSSIERS).status_code == 200


def test_consented_citizens_officials_and_visitors_are_not_stopped(client, citizen, officials):
    assert client.get(reverse("portal:home")).status_code == 200  # anonymous
    client.force_login(citizen)  # registered: consented on the form
    assert client.get(MY_DOSSIERS).status_code == 200
    official = next(iter(officials.values()))
    client.force_login(official)
    assert official.consented_at is None and client.get(reverse("portal:home")).status_code == 200


def test_the_api_and_logging_out_are_not_redirected(client, db):
    client.force_login(unconsented(db))
    assert client.get(reverse("public-dossier", args=["H15.03-260306-9999"])).status_code == 404
    assert client.post(reverse("logout")).status_code == 302
