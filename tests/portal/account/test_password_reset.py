"""Forgotten password: a one-time link by e-mail through the outbox, no account enumeration, rate-limited."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from motcua.accounts.models import User
from motcua.audit.models import AuditEntry
from motcua.core import outbox
from motcua.core.models import OutboxMessage

RESET = reverse("portal:password-reset")


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()


@pytest.fixture
def lan(db):
    return User.objects.create_user(
        "lan", email="lan@example.vn", password="old-Passw0rd!x", account_type=User.AccountType.CITIZEN
    )


def deliver_all() -> None:
    outbox.drain()


def the_link() -> str:
    (message,) = [m for m in mail.outbox if "lan@example.vn" in m.to]
    return re.search(r"https?://[^/\s]+(/account/password/reset/\S+/)", message.body).group(1)


def test_the_link_sets_a_new_password_once(client, lan):
    page = client.get(RESET)
    assert page.status_code == 200 and "csrfmiddlewaretoken" in page.content.decode()
    response = client.post(RESET, {"email": "LAN@example.vn"})
    assert response.status_code == 302 and response["Location"] == reverse("portal:password-reset-sent")
    assert OutboxMessage.objects.filter(task="email.send", idempotency_key__startswith="password-reset-").count() == 1
    deliver_all()
    link = the_link()
    form = client.get(link, follow=True)  # Django swaps the token for a session marker, then shows the form
    assert form.status_code == 200 and 'name="new_password1"' in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0], {"new_password1": "N3w-passw0rd!z", "new_password2": "N3w-passw0rd!z"}
    )
    assert done.status_code == 302 and done["Location"] == reverse("portal:password-reset-done")
    lan.refresh_from_db()
    assert lan.check_password("N3w-passw0rd!z") and not lan.check_password("old-Passw0rd!x")
    assert AuditEntry.objects.filter(
        object_type="accounts.user", object_id=str(lan.pk), changes__has_key="password"
    ).exists()
    again = client.get(link, follow=True)  # the token dies with the old password
    assert 'name="new_password1"' not in again.content.decode()


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, lan):
    known = client.post(RESET, {"email": "lan@example.vn"})
    unknown = client.post(RESET, {"email": "nobody@example.vn"})
    assert known.status_code == unknown.status_code == 302 and known["Location"] == unknown["Location"]
    assert OutboxMessage.objects.filter(task="email.send").count() == 1


def test_a_bad_address_is_an_error_on_the_field(client, db):
    response = client.post(RESET, {"email": "not an address"})
    assert response.status_code == 400 and 'aria-invalid="true"' in response.content.decode()
    assert not OutboxMessage.objects.exists()


def test_requests_are_limited_per_address(client, lan):
    statuses = [client.post(RESET, {"email": "lan@example.vn"}).status_code for _ in range(6)]
    assert statuses[:5] == [302] * 5 and statuses[5] == 429


def test_the_login_page_offers_the_reset(client, db):
    assert RESET in client.get(reverse("login")).content.decode()
