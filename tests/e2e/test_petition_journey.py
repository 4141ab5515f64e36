"""Feedback and petitions in the browser: sent on a phone, handled at the office, the answer published.

An anonymous citizen on a phone sends a petition to Sở Tư pháp and gets its code. The desk officer finds
it in the office queue, accepts it, answers it and publishes the answer without the citizen's personal
data. The published answer is on the public list and its page, with nothing that identifies the citizen.
Screenshots go to ``docs/screenshots/petition-*.png``.
"""

import re
from pathlib import Path

import pytest

from motcua.orgs.permissions import Role
from motcua.petitions.models import Petition, PetitionStatus

from .test_dossier_walk import Browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SECRETS = ("Lò Văn Pao", "Bản Sả Séng, xã Sa Pả", "0987 555 444", "pao.lo@example.vn")

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def shot(page, name: str) -> None:
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{name}: the page is {widths[0]} px wide on a {widths[1]} px screen"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"petition-{name}.png"), full_page=True)


def test_a_petition_sent_on_a_phone_is_answered_and_published(live_server, browser, tree, officials):
    base = live_server.url
    phone = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN").new_page()
    phone.set_default_timeout(15000)

    # 1. The citizen, not logged in, writes to Sở Tư pháp from the portal's home page.
    phone.goto(f"{base}/")
    phone.locator("a[href='/petitions/new/']").first.click()
    phone.wait_for_url(re.compile(r"/petitions/new/$"))
    # the agency picker's filter box: typed without accents, it keeps the empty option and Sở Tư pháp
    phone.fill("input.agency-filter", "so tu phap")
    assert phone.locator("select[name=agency] option").all_inner_texts()[1:] == [tree.justice.name]
    phone.select_option("select[name=agency]", label=tree.justice.name)
    phone.fill("input[name=title]", "Thời hạn cấp phiếu lý lịch tư pháp quá dài")
    phone.fill("textarea[name=content]", "Tôi nộp hồ sơ đã 12 ngày mà chưa có kết quả, đề nghị rút ngắn thời hạn.")
    name, address, number, email = SECRETS
    phone.fill("input[name=name]", name)
    phone.fill("input[name=address]", address)
    phone.fill("input[name=phone]", number)
    phone.fill("input[name=email]", email)
    shot(phone, "form")
    with phone.expect_navigation():
        phone.locator("form button.button.primary[type=submit]").click()
    assert phone.locator(".error-summary").count() == 0, phone.locator(".error-summary").first.inner_text()
    petition = Petition.objects.get()
    assert petition.code in phone.locator("main").inner_text()
    shot(phone, "sent")

    # 2. The desk officer finds it in the queue, accepts it and answers it.
    office = Browser(browser.new_context(viewport={"width": 1280, "height": 860}).new_page(), base)
    office.page.set_default_timeout(15000)
    office.login(officials[Role.DESK_OFFICER].username, "/office/petitions/")
    office.page.locator("a", has_text=petition.code).first.click()
    office.page.wait_for_url(re.compile(r"/office/petitions/\d+/$"))
    office.act("accept")
    office.act(
        "answer",
        lambda panel: panel.locator("textarea").fill(
            "Kính gửi ông Lò Văn Pao: Sở đã rà soát và rút ngắn thời hạn giải quyết còn 7 ngày làm việc."
        ),
    )
    petition.refresh_from_db()
    assert petition.status == PetitionStatus.ANSWERED

    # 3. The answer is published without what identifies the citizen.
    def publish(panel):
        panel.locator("input[name$=public_title]").fill("Đề nghị rút ngắn thời hạn cấp phiếu lý lịch tư pháp")
        panel.locator("textarea[name$=public_answer]").fill(
            "Sở Tư pháp đã rà soát và rút ngắn thời hạn giải quyết còn 7 ngày làm việc."
        )

    office.act("publish", publish)
    petition.refresh_from_db()
    assert petition.status == PetitionStatus.PUBLISHED

    # 4. Anyone sees the published answer on the phone, and nothing personal.
    phone.goto(f"{base}/petitions/")
    phone.locator("a", has_text="Đề nghị rút ngắn thời hạn").first.click()
    phone.wait_for_url(re.compile(r"/petitions/[^/]+/$"))
    body = phone.locator("body").inner_text()
    assert "rút ngắn thời hạn giải quyết còn 7 ngày làm việc" in body
    for secret in SECRETS:
        assert secret not in phone.content()
    shot(phone, "published")
