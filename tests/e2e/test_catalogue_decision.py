"""A province administrator publishes a decision in the back office; the portal changes at once.

The decision adds one procedure (a draft never published), amends another (published earlier, with a
new draft whose fee changed) and abolishes a third. After publication the portal shows the new
procedure, answers 404 for the abolished one and shows the amended fee; the old version stays
readable in the back office with the diff. Screenshots go to ``docs/screenshots/catalogue-*.png``.
"""

import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from motcua.catalogue import services as catalogue
from motcua.catalogue.models import Procedure, ProcedureVersion, PublicationDecision
from motcua.orgs.permissions import Role

from ..catalogue.factories import content, sector
from ..conftest import PASSWORD, make_staff

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

AMENDED, NEW, ABOLISHED = "1.001193", "2.000635", "1.000894"
NUMBER = "1875/QĐ-UBND"


def published_earlier(tree, since: dt.date):
    """Two procedures of Sở Tư pháp in force since ``since``, published by an earlier decision."""
    birth = catalogue.create_procedure(code=AMENDED, owner=tree.justice, content=content(name="Đăng ký khai sinh"))
    marriage = catalogue.create_procedure(
        code=ABOLISHED,
        owner=tree.justice,
        content=content(name="Đăng ký kết hôn", result="Giấy chứng nhận kết hôn"),
    )
    earlier = catalogue.create_decision(
        number="05/QĐ-UBND",
        title="Công bố danh mục thủ tục hành chính lĩnh vực hộ tịch",
        signed_on=since,
        signer="Chủ tịch UBND tỉnh",
        effective_from=since,
        issuing_agency=tree.province,
    )
    catalogue.add_to_decision(earlier, birth, "new")
    catalogue.add_to_decision(earlier, marriage, "new")
    catalogue.publish_decision(earlier)
    return birth, marriage


def test_province_admin_publishes_a_decision(live_server, page, tree):
    base = live_server.url
    sector()
    admin = make_staff("qtv_tinh", tree.province, Role.PROVINCE_ADMIN)
    admin.full_name = "Nguyễn Thị Lan"
    admin.save(update_fields=["full_name"])
    today = timezone.localdate()
    since = today - dt.timedelta(days=90)
    published_earlier(tree, since)
    amended_content = content(
        name="Đăng ký khai sinh",
        fees=[
            {
                "name": "Lệ phí đăng ký khai sinh",
                "kind": "charge",
                "amount": 8000,
                "exemptions": "Miễn cho trẻ em thuộc hộ nghèo",
            }
        ],
    )
    catalogue.save_draft(Procedure.objects.get(code=AMENDED), amended_content)
    catalogue.create_procedure(
        code=NEW,
        owner=tree.justice,
        content=content(name="Cấp bản sao trích lục hộ tịch", result="Bản sao trích lục hộ tịch"),
    )
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    # Before: the new procedure is not public, the one to abolish is.
    assert page.goto(f"{base}/procedures/{NEW}/").status == 404
    assert page.goto(f"{base}/procedures/{ABOLISHED}/").status == 200

    page.goto(f"{base}/accounts/login/?next=/office/catalogue/decisions/new/")
    page.fill("input[name=username]", "qtv_tinh")
    page.fill("input[name=password]", PASSWORD)
    page.click("form:has(input[name=username]) button[type=submit]")
    page.wait_for_url(f"{base}/office/catalogue/decisions/new/")

    # The decision: dated today, issued by the province (the form's defaults).
    assert page.input_value("input[name=signed_on]") == today.isoformat()
    assert page.input_value("input[name=effective_from]") == today.isoformat()
    assert page.locator("select[name=issuing_agency] option:checked").inner_text().startswith(tree.province.name)
    page.fill("input[name=number]", NUMBER)
    page.fill("textarea[name=title]", "Công bố thủ tục hành chính mới, sửa đổi, bãi bỏ lĩnh vực hộ tịch")
    page.fill("input[name=signer]", "Phó Chủ tịch UBND tỉnh")
    with page.expect_navigation():
        page.click("form:has(input[name=number]) button[type=submit].primary")
    assert NUMBER in page.locator("h1").inner_text()
    decision = PublicationDecision.objects.get(number=NUMBER)
    assert page.url == f"{base}/office/catalogue/decisions/{decision.pk}/"

    # One item per action, by the procedure's code.
    for code, action in ((NEW, "new"), (AMENDED, "amend"), (ABOLISHED, "abolish")):
        form = page.locator("form#add-item")
        form.locator("input[name=code]").fill(code)
        form.locator("select[name=action]").select_option(action)
        with page.expect_navigation():
            form.locator("button[type=submit]").click()
        assert page.locator("ul.messages .message.success").inner_text().count(code) == 1
    rows = page.locator("table tbody tr")
    assert rows.count() == 3
    assert [rows.nth(i).locator("td").first.inner_text() for i in range(3)] == [NEW, AMENDED, ABOLISHED]

    # The confirmation page says what will change, before anything does.
    page.click(f"a[href='/office/catalogue/decisions/{decision.pk}/publish/']")
    page.wait_for_url(f"{base}/office/catalogue/decisions/{decision.pk}/publish/")
    changes = page.locator("table tbody tr")
    assert changes.count() == 3
    new_row, amend_row, abolish_row = (changes.nth(i).inner_text() for i in range(3))
    assert "Cấp bản sao trích lục hộ tịch" in new_row
    with translation.override("vi"):  # the page's language, whether or not the string is translated yet
        two_fields = ngettext("%(counter)s field changed", "%(counter)s fields changed", 2) % {"counter": 2}
    assert "Đăng ký khai sinh" in amend_row and two_fields in amend_row, amend_row
    assert today.strftime("%d/%m/%Y") in abolish_row, abolish_row
    page.screenshot(path=str(SCREENSHOTS / "catalogue-decision-confirm.png"), full_page=True)
    assert page.goto(f"{base}/procedures/{NEW}/").status == 404  # nothing changed yet
    page.go_back()

    with page.expect_navigation():
        page.click("form[method=post] button[type=submit].primary")
    assert page.url == f"{base}/office/catalogue/decisions/{decision.pk}/"
    assert NUMBER in page.locator("ul.messages .message.success").inner_text()
    decision.refresh_from_db()
    assert decision.state == PublicationDecision.State.PUBLISHED

    # The portal shows the new state at once.
    response = page.goto(f"{base}/procedures/{NEW}/")
    assert response.status == 200
    assert page.locator("h1").inner_text() == "Cấp bản sao trích lục hộ tịch"

    response = page.goto(f"{base}/procedures/{ABOLISHED}/")
    assert response.status == 404
    assert NUMBER in page.locator("main").inner_text()  # "abolished by decision No. …"
    page.screenshot(path=str(SCREENSHOTS / "catalogue-portal-abolished.png"), full_page=True)

    response = page.goto(f"{base}/procedures/{AMENDED}/")
    assert response.status == 200
    fees = page.locator("#fees").inner_text()
    assert "8.000" in fees and "Miễn cho trẻ em thuộc hộ nghèo" in fees, fees
    page.locator("details.changes summary").click()
    assert "8000" in page.locator("details.changes").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "catalogue-portal-amended.png"), full_page=True)

    page.goto(f"{base}/procedures/?q=ho tich")
    listed = page.locator("main").inner_text()
    assert "Cấp bản sao trích lục hộ tịch" in listed and "Đăng ký khai sinh" in listed
    assert "Đăng ký kết hôn" not in listed

    # The citizen can still read the old version of the amended procedure, by its date.
    page.goto(f"{base}/procedures/{AMENDED}/?on={(today - dt.timedelta(days=30)).isoformat()}")
    old_fees = page.locator("#fees").inner_text()
    assert "Lệ phí đăng ký khai sinh" in old_fees and "8.000" not in old_fees

    # The back office keeps both versions; the new one shows its diff against the old one.
    yesterday = (today - dt.timedelta(days=1)).strftime("%d/%m/%Y")
    page.goto(f"{base}/office/catalogue/{AMENDED}/v2/")
    with translation.override("vi"):
        heading = gettext("Changes since version %(number)s") % {"number": 1}
    assert page.locator("h2#changes").inner_text() == heading
    diff = {
        row.locator("th code").inner_text(): (
            row.locator("td.before").inner_text(),
            row.locator("td.after").inner_text(),
        )
        for row in page.locator("table.diff tbody tr").all()
    }
    assert diff == {
        "fees[0].amount": ("0", "8000"),
        "fees[0].exemptions": ("Miễn lệ phí", "Miễn cho trẻ em thuộc hộ nghèo"),
    }, diff
    page.screenshot(path=str(SCREENSHOTS / "catalogue-version-diff.png"), full_page=True)

    page.goto(f"{base}/office/catalogue/{AMENDED}/v1/")
    facts = page.locator("section.card dl.facts").first.inner_text()
    assert f"{since.strftime('%d/%m/%Y')} – {yesterday}" in facts and "05/QĐ-UBND" in facts, facts
    assert "Miễn lệ phí" in page.locator("main").inner_text()

    versions = ProcedureVersion.objects.filter(procedure__code=AMENDED).order_by("number")
    assert [(v.number, v.state, v.valid_to) for v in versions] == [
        (1, "published", today - dt.timedelta(days=1)),
        (2, "published", None),
    ]
    assert Procedure.objects.get(code=ABOLISHED).status == Procedure.Status.ABOLISHED
