"""Basic WCAG checks on the portal's pages, on the served HTML: every form control has a label, errors
are tied to their field, headings and the document language are present (issue 6 quality bar)."""

import html.parser

import pytest
from django.core.cache import cache
from django.urls import reverse

from motcua.submissions import services as submissions

from ..dossiers.conftest import procedure  # noqa: F401

SKIP_TYPES = {"hidden", "submit", "button", "reset", "image"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.controls: list[dict] = []
        self.labels_for: set[str] = set()
        self.ids: set[str] = set()
        self.open_labels = 0
        self.headings: list[str] = []
        self.lang = ""
        self.fieldsets: list[dict] = []  # open <fieldset>s: a radio group is described by its fieldset

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "html":
            self.lang = a.get("lang", "")
        elif tag == "label":
            self.open_labels += 1
            if a.get("for"):
                self.labels_for.add(a["for"])
        elif tag == "fieldset":
            self.fieldsets.append(a)
        elif tag in ("input", "select", "textarea") and a.get("type") not in SKIP_TYPES:
            group = next((f for f in reversed(self.fieldsets) if f.get("aria-describedby")), {})
            self.controls.append(
                {**a, "_tag": tag, "_wrapped": self.open_labels > 0, "_group": group.get("aria-describedby", "")}
            )
        elif tag in ("h1", "h2"):
            self.headings.append(tag)

    def handle_endtag(self, tag):
        if tag == "label":
            self.open_labels -= 1
        elif tag == "fieldset" and self.fieldsets:
            self.fieldsets.pop()


def problems(body: str) -> list[str]:
    page = Page()
    page.feed(body)
    found = []
    if not page.lang:
        found.append("<html> has no lang")
    if "h1" not in page.headings:
        found.append("no <h1>")
    for control in page.controls:
        name = control.get("name") or control.get("id")
        labelled = (
            control["_wrapped"]
            or control.get("id") in page.labels_for
            or control.get("aria-label")
            or control.get("aria-labelledby")
        )
        if not labelled:
            found.append(f"{control['_tag']} {name!r} has no label")
        described = f"{control.get('aria-describedby') or ''} {control['_group']}".split()
        for ref in described:
            if ref not in page.ids:
                found.append(f"{name!r} is described by a missing element #{ref}")
        if control.get("aria-invalid") == "true" and not described:
            found.append(f"{name!r} is invalid but its error is not tied to it")
    return found


@pytest.fixture
def draft(citizen, procedure):  # noqa: F811
    return submissions.start_draft(user=citizen, procedure=procedure)


def test_public_pages(client, procedure):  # noqa: F811
    cache.clear()
    for url in [
        reverse("portal:home"),
        reverse("portal:procedures"),
        reverse("portal:procedure", args=["2.000488"]),
        reverse("portal:lookup"),
        reverse("portal:disclosure"),
        reverse("portal:calendar"),
        reverse("login"),
        reverse("portal:register"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert problems(response.content.decode()) == [], url


def test_forms_with_errors_tie_each_error_to_its_field(client, procedure, citizen, draft):  # noqa: F811
    cache.clear()
    bad_registration = client.post(reverse("portal:register"), {"name": "", "id_number": "12"})
    assert bad_registration.status_code == 400
    assert problems(bad_registration.content.decode()) == []
    assert 'aria-invalid="true"' in bad_registration.content.decode()
    client.force_login(citizen)
    for url in ("portal:account", "portal:my-dossiers", "portal:my-drafts", "portal:data-store"):
        page = client.get(reverse(url))
        assert page.status_code == 200 and problems(page.content.decode()) == [], url
    for name in ("applicant", "case", "components", "check"):
        page = client.get(reverse(f"portal:draft-{name}", args=[draft.pk]))
        if page.status_code == 302:  # a later step before the earlier ones are done
            continue
        assert problems(page.content.decode()) == [], name
    empty = client.post(reverse("portal:draft-applicant", args=[draft.pk]), {"applying_as": "other"})
    assert empty.status_code == 400 and problems(empty.content.decode()) == []
    assert 'aria-invalid="true"' in empty.content.decode()


def test_the_checker_finds_an_unlabelled_field():
    assert problems('<html lang="vi"><h1>x</h1><input name="q"></html>') == ["input 'q' has no label"]
    assert problems('<html><h1>x</h1><label for="a">A</label><input id="a" aria-describedby="e"></html>') == [
        "<html> has no lang",
        "'a' is described by a missing element #e",
    ]
