"""Issue 13 item 5c: the Vietnamese UI has no English. The main portal and office pages, and their
error states (password validators included), are rendered in Vietnamese for each role and searched for
English fragments."""
# ruff: noqa: F811 (pytest fixtures imported from other test packages are used as arguments)

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from motcua.dossiers import services
from motcua.evaluations.services import link_token
from motcua.orgs.permissions import Role

from ..dossiers.conftest import applicant, at, components, pdf, procedure  # noqa: F401
from ..submissions.conftest import ready_draft

pytestmark = pytest.mark.django_db

# English words that never occur in Vietnamese text (short words such as "in", "an", "to" do: "Biểu mẫu in").
ENGLISH = re.compile(
    r"\b(the|and|of|your|you|this|with|for|from|must|not|has|have|at least|is|are|was|"
    r"Enter|Choose|Please|This|Your|The|Save|Cancel|Search|Submit|Back|Next|Previous|None|Optional|"
    r"required|characters|password|Password|Dossier|dossier|Status|Date|Name|Forbidden|Download|Print|Open|"
    r"Close|Filter|Reset|Export|Import|Total|Agency|agency|Show|Hide|Edit|Delete|Add|Remove|Send|View|Log in|"
    r"Log out|Home|Help|Unknown|Loading|Page|True|False)\b"
)
# Names, addresses and formats that are the same in both languages.
ALLOWED = re.compile(
    r"[\w.+-]+@[\w.-]+|[\w-]+\.(pdf|docx?|xlsx|png|jpe?g)\b|VNeID|PDF|JSON|CSV|Excel|SMS|QR|OpenAPI|motcua"
)
# Messages seen in English before the fix (Django's own, missing from its Vietnamese catalogue).
KNOWN = ("This password is too short", "at least 10 characters", "CSRF verification failed")


class _Text(HTMLParser):
    """The text a reader sees or hears: text nodes and the labels of attributes (no script, no style)."""

    ATTRS = ("placeholder", "title", "aria-label", "alt")

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        for name, value in attrs:
            if name in self.ATTRS and value:
                self.parts.append(value)
            if tag == "input" and name == "value" and dict(attrs).get("type") in ("submit", "button") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.parts.append(" ".join(data.split()))


def english_in(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    return [part for part in parser.parts if ENGLISH.search(ALLOWED.sub("", part))]


@pytest.fixture
def world(officials, tree, procedure, citizen):
    """A dossier at each point the pages show: received at the counter, returned, an online one, a draft."""
    desk, head = officials[Role.DESK_OFFICER], officials[Role.UNIT_HEAD]
    specialist, leader = officials[Role.SPECIALIST], officials[Role.AGENCY_LEADER]
    received = services.receive(
        user=desk, desk=tree.justice, procedure=procedure, applicant=applicant(), components=components()
    )
    returned = services.receive(
        user=desk, desk=tree.justice, procedure=procedure, applicant=applicant(), components=components()
    )
    returned = services.forward(returned, user=desk)
    returned = services.forward(returned, user=head, handler=specialist)
    returned = services.forward(returned, user=specialist)
    returned = services.decide(returned, user=leader, result_file=pdf())
    returned = services.return_result(returned, user=desk, received_by="Nguyễn Văn An")
    online = services.submit_online(
        account=citizen, desk=tree.justice, procedure=procedure, applicant=applicant(), components=components()
    )
    draft = ready_draft(citizen, procedure)
    return {"received": received, "returned": returned, "online": online, "draft": draft}


def portal_pages(world) -> list[tuple[str, str, dict | None]]:
    """(who, url, POST data or None) — who: "anonymous" or "citizen"."""
    received, returned, online, draft = world["received"], world["returned"], world["online"], world["draft"]
    short = {"password1": "abc", "password2": "abc"}
    return [
        ("anonymous", reverse("portal:home"), None),
        ("anonymous", reverse("portal:lookup"), None),
        ("anonymous", reverse("portal:dossier-status", args=[received.code]), None),
        ("anonymous", reverse("portal:dossier-status", args=["H15.03-000000-0000"]), None),
        ("anonymous", reverse("portal:procedures"), None),
        ("anonymous", reverse("portal:procedure", args=["2.000488"]), None),
        ("anonymous", reverse("portal:calendar"), None),
        ("anonymous", reverse("portal:disclosure"), None),
        ("anonymous", reverse("portal:petitions"), None),
        ("anonymous", reverse("portal:petition-new"), None),
        ("anonymous", reverse("portal:petition-new"), {}),
        ("anonymous", reverse("login"), None),
        ("anonymous", reverse("login"), {"username": "x", "password": "y"}),
        ("anonymous", reverse("portal:register"), None),
        ("anonymous", reverse("portal:register"), {"account_type": "citizen", "id_number": "12345", **short}),
        ("anonymous", reverse("portal:password-reset"), None),
        ("anonymous", reverse("portal:rate", args=[returned.code, link_token(returned.code)]), None),
        ("anonymous", reverse("portal:rate", args=[returned.code, link_token(returned.code)]), {}),
        ("citizen", reverse("portal:account"), None),
        ("citizen", reverse("portal:account"), {"phone": "12", "email": "x"}),
        ("citizen", reverse("portal:password-change"), None),
        (
            "citizen",
            reverse("portal:password-change"),
            {"old_password": "x", "new_password1": "abc", "new_password2": "abc"},
        ),
        ("citizen", reverse("portal:my-dossiers"), None),
        ("citizen", reverse("portal:my-dossier", args=[online.pk]), None),
        ("citizen", reverse("portal:my-drafts"), None),
        ("citizen", reverse("portal:data-store"), None),
        ("citizen", reverse("portal:my-petitions"), None),
        ("citizen", reverse("portal:draft-applicant", args=[draft.pk]), None),
        ("citizen", reverse("portal:draft-applicant", args=[draft.pk]), {"applying_as": "other"}),
        ("citizen", reverse("portal:draft-case", args=[draft.pk]), None),
        ("citizen", reverse("portal:draft-components", args=[draft.pk]), None),
        ("citizen", reverse("portal:draft-check", args=[draft.pk]), None),
        ("citizen", reverse("portal:draft-check", args=[draft.pk]), {}),
        ("citizen", reverse("portal:procedure-apply", args=["2.000488"]), None),
    ]


def office_pages(world) -> list[tuple[str, str, dict | None]]:
    received, returned, online = world["received"], world["returned"], world["online"]
    return [
        (Role.DESK_OFFICER, reverse("office:dashboard"), None),
        (Role.DESK_OFFICER, reverse("office:dossier-list"), None),
        (Role.DESK_OFFICER, reverse("office:dossier-counter"), None),
        (Role.DESK_OFFICER, reverse("office:dossier-counter") + "?procedure=2.000488", None),
        (Role.DESK_OFFICER, reverse("office:dossier-detail", args=[received.pk]), None),
        (Role.DESK_OFFICER, reverse("office:dossier-detail", args=[returned.pk]), None),
        (Role.DESK_OFFICER, reverse("office:dossier-detail", args=[online.pk]), None),
        (Role.DESK_OFFICER, reverse("office:logbook"), None),
        (Role.DESK_OFFICER, reverse("office:petition-list"), None),
        (Role.DESK_OFFICER, reverse("office:petition-new"), None),
        (Role.UNIT_HEAD, reverse("office:dashboard"), None),
        (Role.SPECIALIST, reverse("office:dashboard"), None),
        (Role.AGENCY_LEADER, reverse("office:dashboard"), None),
        (Role.AGENCY_LEADER, reverse("office:report-form06"), None),
        (Role.AGENCY_LEADER, reverse("office:report-dashboard"), None),
        (Role.AGENCY_LEADER, reverse("office:evaluations"), None),
        (Role.AGENCY_LEADER, reverse("office:indices"), None),
        (Role.PROVINCE_ADMIN, reverse("office:dashboard"), None),
        (Role.PROVINCE_ADMIN, reverse("office:agency-list"), None),
        (Role.PROVINCE_ADMIN, reverse("office:staff-list"), None),
        (Role.PROVINCE_ADMIN, reverse("office:staff-create"), None),
        (Role.PROVINCE_ADMIN, reverse("office:staff-create"), {"username": "", "password": "abc"}),
        (Role.PROVINCE_ADMIN, reverse("office:audit-list"), None),
        (Role.PROVINCE_ADMIN, reverse("office:calendar-overrides"), None),
        (Role.PROVINCE_ADMIN, reverse("office:catalogue-list"), None),
        (Role.PROVINCE_ADMIN, reverse("office:catalogue-decisions"), None),
        (Role.PROVINCE_ADMIN, reverse("office:notification-templates"), None),
        (Role.PROVINCE_ADMIN, reverse("office:notification-sms"), None),
        (Role.PROVINCE_ADMIN, reverse("office:index766"), None),
        (Role.PROVINCE_ADMIN, reverse("office:report-day-costs"), None),
    ]


def _visit(client, url: str, data: dict | None):
    return client.get(url) if data is None else client.post(url, data)


def _findings(client, who_user, pages) -> list[str]:
    found = []
    for who, url, data in pages:
        client.logout()
        user = who_user(who)
        if user is not None:
            client.force_login(user)
        response = _visit(client, url, data)
        assert response.status_code in (200, 400, 404, 409), (who, url, response.status_code)
        html = response.content.decode()
        found += [f"{who} {url}: {fragment}" for fragment in KNOWN if fragment in html]
        found += [f"{who} {url}: {part}" for part in english_in(html)]
    return found


def test_portal_pages_have_no_english(client, citizen, world):
    assert _findings(client, lambda who: citizen if who == "citizen" else None, portal_pages(world)) == []


def test_office_pages_have_no_english(client, officials, world):
    found = _findings(client, lambda role: officials[role], office_pages(world))
    assert found == []


def test_password_validators_speak_vietnamese(client, citizen):
    client.force_login(citizen)
    page = client.post(
        reverse("portal:password-change"), {"old_password": "x", "new_password1": "abc", "new_password2": "abc"}
    ).content.decode()
    assert "Mật khẩu này quá ngắn: mật khẩu phải có ít nhất 10 ký tự." in page


def test_the_csrf_failure_page_is_vietnamese(db):
    from django.test import Client

    page = Client(enforce_csrf_checks=True).post(reverse("login"), {"username": "x", "password": "y"})
    html = page.content.decode()
    assert page.status_code == 403 and "Yêu cầu đã bị hủy" in html and english_in(html) == []
