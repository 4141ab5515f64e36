"""A desk officer logs in, sees only their agency's area, switches language; screenshots go to docs/."""

from pathlib import Path

import pytest
from django.utils import translation

from ..conftest import PASSWORD

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_desk_officer_logs_in_and_switches_language(live_server, page, officials, tree):
    page.goto(f"{live_server.url}/office/")
    assert "/accounts/login/" in page.url
    assert page.locator("html").get_attribute("lang") == "vi"
    with translation.override("vi"):  # one login field for officials' user names and citizens' identifiers
        username = translation.gettext("Identification number, e-mail or phone")
    assert username != "Identification number, e-mail or phone"  # the page really is in Vietnamese
    page.get_by_label(username).fill("desk")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_server.url}/office/")
    body = page.locator("main").inner_text()
    assert "Sở Tư pháp" in body
    assert "Sở Xây dựng" not in body
    assert "Cán bộ một cửa" in body
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "office-desk-officer-vi.png"), full_page=True)

    page.select_option("#language-select", "en")
    page.click("#language-submit")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Desk officer" in page.locator("main").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "office-desk-officer-en.png"), full_page=True)

    page.goto(f"{live_server.url}/office/agencies/{tree.construction.pk}/")
    assert "Access denied" in page.locator("main").inner_text()
