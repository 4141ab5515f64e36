"""Changing the e-mail address or phone: re-authenticate, confirm the new one, tell the old one."""

import datetime as dt
import re

from django.urls import reverse
from django.utils import timezone

from motcua.accounts import contact_change
from motcua.accounts.models import User
from motcua.core.models import OutboxMessage

from ..conftest import PASSWORD


def profile(**changes) -> dict:
    data = {"phone": "0912000111", "email": "old@example.vn", "address": "", "preferred_language": "vi"}
    return data | changes


def holder(db) -> User:
    return User.objects.create_user(
        "lan",
        password=PASSWORD,
        account_type="citizen",
        phone="0912000111",
        email="old@example.vn",
        consented_at=timezone.now(),
    )


def sent(task: str) -> list[dict]:
    return [m.payload for m in OutboxMessage.objects.filter(task=task).order_by("pk")]


def test_a_new_e_mail_needs_the_password_then_the_link_and_the_old_address_is_told(client, db):
    user = holder(db)
    client.force_login(user)
    refused = client.post(reverse("portal:account"), profile(email="new@example.vn"))
    assert refused.status_code == 400 and "current_password" in refused.context["form"].errors
    wrong = client.post(reverse("portal:account"), profile(email="new@example.vn", current_password="nope"))
    assert wrong.status_code == 400
    assert (
        client.post(reverse("portal:account"), profile(email="new@example.vn", current_password=PASSWORD)).status_code
        == 302
    )
    user.refresh_from_db()
    assert user.email == "old@example.vn"  # not before the new address is confirmed
    (confirm,) = [m for m in sent("email.send") if m["to"] == ["new@example.vn"]]
    link = re.search(r"http://testserver(/account/email/confirm/\S+/)", confirm["body"]).group(1)
    other = User.objects.create_user(
        "binh", password=PASSWORD, account_type="citizen", phone="0912000222", consented_at=timezone.now()
    )
    client.force_login(other)
    client.get(link)
    assert User.objects.get(pk=other.pk).email == ""  # the link is bound to its account
    client.force_login(user)
    client.get(link)
    user.refresh_from_db()
    assert user.email == "new@example.vn"
    told = [m for m in sent("email.send") if m["to"] == ["old@example.vn"]]
    assert told and ("was changed" in told[0]["body"] or "đã được thay đổi" in told[0]["body"])
    assert any(m["phone"] == "0912000111" for m in sent("sms.send"))


def test_a_new_phone_is_confirmed_by_the_code_sent_to_it(client, db, settings):
    user = holder(db)
    client.force_login(user)
    response = client.post(reverse("portal:account"), profile(phone="0988777666", current_password=PASSWORD))
    assert response.status_code == 302 and response.url == reverse("portal:phone-confirm")
    (code_sms,) = [m for m in sent("sms.send") if m["phone"] == "0988777666"]
    code = re.search(r"\b(\d{6})\b", code_sms["text"]).group(1)
    wrong = client.post(reverse("portal:phone-confirm"), {"code": "000000" if code != "000000" else "111111"})
    assert wrong.status_code == 400
    user.refresh_from_db()
    assert user.phone == "0912000111"
    assert client.post(reverse("portal:phone-confirm"), {"code": code}).status_code == 302
    user.refresh_from_db()
    assert user.phone == "0988777666"
    assert any(m["phone"] == "0912000111" for m in sent("sms.send"))  # the old phone is told
    assert any(m["to"] == ["old@example.vn"] for m in sent("email.send"))


def test_five_wrong_codes_end_the_change(client, db):
    user = holder(db)
    client.force_login(user)
    client.post(reverse("portal:account"), profile(phone="0988777666", current_password=PASSWORD))
    (code_sms,) = [m for m in sent("sms.send") if m["phone"] == "0988777666"]
    code = re.search(r"\b(\d{6})\b", code_sms["text"]).group(1)
    bad = "000000" if code != "000000" else "111111"
    for _ in range(5):
        client.post(reverse("portal:phone-confirm"), {"code": bad})
    assert client.post(reverse("portal:phone-confirm"), {"code": code}).status_code == 400
    user.refresh_from_db()
    assert user.phone == "0912000111"


def test_the_address_and_language_change_without_the_password(client, db):
    user = holder(db)
    client.force_login(user)
    assert (
        client.post(reverse("portal:account"), profile(address="Bát Xát", preferred_language="en")).status_code == 302
    )
    user.refresh_from_db()
    assert (user.address, user.preferred_language) == ("Bát Xát", "en")
    assert not sent("sms.send") and not sent("email.send")


def test_an_account_without_a_password_re_authenticates_by_a_recent_login(client, db):
    user = holder(db)
    user.set_unusable_password()
    user.save()
    client.force_login(user)  # a fresh login (VNeID in real life): allowed
    assert client.post(reverse("portal:account"), profile(email="new@example.vn")).status_code == 302
    session = client.session
    session[contact_change.SESSION_LOGIN] = (timezone.now() - dt.timedelta(minutes=16)).isoformat()
    session.save()
    refused = client.post(reverse("portal:account"), profile(email="other@example.vn"))
    assert refused.status_code == 400 and "current_password" in refused.context["form"].errors
