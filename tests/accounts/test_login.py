from django.urls import reverse

from motcua.accounts import lockout
from motcua.orgs.permissions import Role

from ..conftest import PASSWORD


def test_a_username_is_locked_after_repeated_failures(officials, client):
    for _ in range(lockout.MAX_PER_USERNAME):
        client.post(reverse("login"), {"username": "desk", "password": "wrong"}, REMOTE_ADDR="10.0.0.9")
    response = client.post(reverse("login"), {"username": "desk", "password": PASSWORD}, REMOTE_ADDR="10.0.0.10")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    other = client.post(reverse("login"), {"username": "leader", "password": PASSWORD}, REMOTE_ADDR="10.0.0.11")
    assert other.status_code == 302
    assert officials[Role.AGENCY_LEADER].pk == int(client.session["_auth_user_id"])


def test_a_few_failures_do_not_lock(officials, client):
    for _ in range(lockout.MAX_PER_USERNAME - 1):
        client.post(reverse("login"), {"username": "desk", "password": "wrong"})
    assert client.post(reverse("login"), {"username": "desk", "password": PASSWORD}).status_code == 302


def test_pages_carry_a_content_security_policy(client, db):
    policy = client.get("/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
