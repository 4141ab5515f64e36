from django.urls import reverse

from motcua.orgs.permissions import Role

from ..conftest import PASSWORD


def test_home_is_vietnamese_by_default_and_english_on_request(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert '<html lang="vi">' in response.content.decode()
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert '<html lang="en">' in client.get("/").content.decode()


def test_after_login_officials_go_to_the_office_and_citizens_to_the_portal(officials, citizen, client):
    response = client.post(reverse("login"), {"username": "desk", "password": PASSWORD}, follow=False)
    assert client.get(response["Location"])["Location"] == reverse("office:dashboard")
    client.logout()
    client.post(reverse("login"), {"username": "citizen", "password": PASSWORD})
    assert client.get(reverse("after-login"))["Location"] == reverse("portal:home")
    assert officials[Role.DESK_OFFICER].is_official and not citizen.is_official


def test_security_headers(client, db):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_an_english_browser_still_gets_vietnamese_until_the_user_switches(client, db):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="vi">' in response.content.decode()
    assert "Cổng dịch vụ công" in response.content.decode()
