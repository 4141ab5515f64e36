"""Logging in with VNeID in the browser, through the local simulated identity provider (issue 6).

The relying party really calls the simulator's token, userinfo and JWKS endpoints over HTTP on the
live server. The first login opens an account from the identity's claims and asks once for consent to
the processing of personal data; a refusal at the provider brings the citizen back to the login page
with a message and logs nobody in. Screenshots: ``docs/screenshots/citizen-vneid-*.png``.
"""

from pathlib import Path

import pytest

from motcua.accounts.models import User

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_vneid_login_opens_an_account_and_a_refusal_logs_nobody_in(live_server, page, db):
    base = live_server.url
    page.goto(f"{base}/accounts/login/")
    with page.expect_navigation():
        page.locator("a.button.vneid").click()
    assert "/vneid-sim/authorize" in page.url
    page.check("input[name=identity][value=custom]")
    page.fill("input[name=custom_id]", "038099001234")
    page.fill("input[name=custom_name]", "Sùng Thị Dua")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "citizen-vneid-provider.png"), full_page=True)
    with page.expect_navigation():
        page.locator("button[name=decision][value=allow]").click()
    page.wait_for_load_state()
    user = User.objects.get(id_number="038099001234")
    assert user.full_name == "Sùng Thị Dua" and user.vneid_subject and user.identity_level >= 1
    assert "Sùng Thị Dua" in page.locator("header").inner_text()  # logged in
    if page.locator("input[name=consent]").count():  # the one-time consent to personal-data processing
        page.check("input[name=consent]")
        with page.expect_navigation():
            page.locator("main form button[type=submit]").click()
        user.refresh_from_db()
        assert user.consented_at is not None

    page.locator("header form button[type=submit]").first.click()  # log out
    page.wait_for_load_state()
    page.goto(f"{base}/accounts/login/")
    with page.expect_navigation():
        page.locator("a.button.vneid").click()
    with page.expect_navigation():
        page.locator("button[name=decision][value=deny]").click()
    page.wait_for_load_state()
    assert "/accounts/login/" in page.url
    assert page.locator("main [role=alert], main .messages, main .error-summary").count() >= 1
    assert "Sùng Thị Dua" not in page.locator("header").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "citizen-vneid-refused.png"), full_page=True)
