"""A citizen's whole online journey, in the browser (issue 6).

The citizen registers on the portal, applies online for procedure 2.000488 of Sở Tư pháp through the
four steps (two documents uploaded), checks the answers and submits. The desk officer finds the dossier
in the "to receive" queue and receives it. The citizen's account shows it received with its appointment;
the simulated SMS and the e-mail reached the citizen. The officials then process it (through the dossier
services: the office pages are covered by test_dossier_walk.py) and the leader approves it with the
result. The citizen downloads the result from their account and rates the service.
Screenshots go to ``docs/screenshots/citizen-*.png``.
"""

import re
from pathlib import Path

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from motcua.accounts.models import User
from motcua.core import outbox
from motcua.dossiers import services
from motcua.dossiers.models import Dossier
from motcua.dossiers.workflow import Status
from motcua.evaluations.models import Evaluation
from motcua.notifications.models import SimulatedSms
from motcua.orgs.permissions import Role

from ..dossiers.conftest import procedure  # noqa: F401  (2.000488 of Sở Tư pháp, full online, five steps)
from .test_dossier_walk import PDF_BYTES, Browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7V\xbd\xfa\x00\x00\x00\x00IEND\xaeB`\x82"
)
PASSWORD = "Lao-Cai-2026-an-toan"

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def shot(page, name: str) -> None:
    """Screenshot the page, after checking that it fits the phone's width (nothing scrolls sideways)."""
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{name}: the page is {widths[0]} px wide on a {widths[1]} px screen"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"citizen-{name}.png"), full_page=True)


def save_and_continue(page) -> None:
    with page.expect_navigation():
        page.locator("form.apply-form button.button.primary[type=submit]").click()
    errors = page.locator(".error-summary")
    assert errors.count() == 0, errors.first.inner_text()


def test_citizen_registers_applies_online_is_told_downloads_and_rates(
    live_server,
    browser,
    tree,
    officials,
    procedure,  # noqa: F811
    tmp_path,
):
    base = live_server.url
    scan, photo = tmp_path / "to-khai.pdf", tmp_path / "giay-chung-sinh.png"
    scan.write_bytes(PDF_BYTES)
    photo.write_bytes(PNG_BYTES)
    citizen = browser.new_context(viewport={"width": 414, "height": 860}, locale="vi-VN")  # a phone
    page = citizen.new_page()
    page.set_default_timeout(15000)

    # 1. Registration: a person with a 12-digit personal ID number, consent to data processing.
    page.goto(f"{base}/account/register/")
    page.check("input[name=account_type][value=citizen]")
    page.fill("input[name=name]", "Lò Thị Mai")
    page.fill("input[name=id_number]", "011203009876")
    page.fill("input[name=phone]", "0987 111 222")
    page.fill("input[name=email]", "mai.lo@example.vn")
    page.fill("input[name=address]", "Phường Kim Tân, TP Lào Cai")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.check("input[name=consent]")
    shot(page, "register")
    with page.expect_navigation():
        page.locator("main form button[type=submit].primary").click()
    assert page.url.endswith("/account/register/"), page.locator("main").inner_text()[:1500]  # check your e-mail
    outbox.drain()
    (message,) = [m for m in mail.outbox if "mai.lo@example.vn" in m.to]
    page.goto(base + re.search(r"https?://[^/\s]+(/account/register/confirm/\S+/)", message.body).group(1))
    with page.expect_navigation():
        page.locator("main form button[type=submit].primary").click()
    assert page.url.endswith("/account/"), page.locator("main").inner_text()[:1500]
    account = User.objects.get(id_number="011203009876")
    assert account.account_type == User.AccountType.CITIZEN and account.full_name == "Lò Thị Mai"

    # 2. Online application: the procedure page → start → who applies → desk → documents → check → submit.
    page.goto(f"{base}/procedures/2.000488/apply/")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert re.search(r"/my/drafts/\d+/applicant/$", page.url), page.url
    assert page.input_value("input[name=name]") == "Lò Thị Mai"  # prefilled from the account
    page.check("input[name=applying_as][value=self]")
    save_and_continue(page)
    assert page.url.endswith("/case/")
    page.check("input[name=return_method][value=online]")
    save_and_continue(page)
    assert page.url.endswith("/documents/")
    page.set_input_files("input[name=file_to-khai]", str(scan))
    page.set_input_files("input[name='file_giay-chung-sinh']", str(photo))
    shot(page, "apply-documents")
    save_and_continue(page)
    assert page.url.endswith("/check/")
    check = page.locator("main").inner_text()
    assert "to-khai.pdf" in check and "giay-chung-sinh.png" in check and "Lò Thị Mai" in check
    page.check("input[name=declaration]")
    shot(page, "apply-check")
    with page.expect_navigation():
        page.locator("form.apply-form button[type=submit]").click()
    assert page.url.endswith("/submitted/"), page.locator("main").inner_text()[:1500]
    dossier = Dossier.objects.get(account=account)
    assert dossier.status == Status.SUBMITTED and dossier.national_status == 1 and dossier.code is None
    assert dossier.components.exclude(file="").count() == 2
    assert dossier.return_method == "online"

    # 3. The desk officer receives it from the "to receive" queue.
    office = browser.new_context(viewport={"width": 1280, "height": 860}, locale="vi-VN")
    desk = Browser(office.new_page(), base)
    desk.page.set_default_timeout(15000)
    desk.login("desk", "/office/dossiers/?tab=to_receive")
    desk.page.goto(f"{base}/office/dossiers/?tab=to_receive")
    queue = desk.page.locator("table.dossier-table")
    assert "Lò Thị Mai" in queue.inner_text()
    queue.locator(f"a[href='/office/dossiers/{dossier.pk}/']").first.click()
    desk.page.wait_for_url(re.compile(rf"/office/dossiers/{dossier.pk}/$"))
    desk.act("receive")
    dossier.refresh_from_db()
    assert dossier.status == Status.RECEIVED and dossier.code.startswith("H15.03-")
    appointment = timezone.localtime(dossier.due_at).strftime("%d/%m/%Y")

    # 4. The citizen is told by SMS and e-mail (delivered by the outbox worker) and sees it in their account.
    assert outbox.drain() >= 2
    sms = SimulatedSms.objects.filter(phone="84987111222")
    assert [m for m in sms if dossier.code in m.text], list(sms.values_list("text", flat=True))
    assert any(dossier.code in m.body and "mai.lo@example.vn" in m.to for m in mail.outbox), mail.outbox
    page.goto(f"{base}/my/dossiers/")
    row = page.locator("main table tr", has_text=dossier.code)
    assert row.count() == 1, page.locator("main").inner_text()[:1500]
    assert appointment in row.inner_text()
    page.locator("main a", has_text=dossier.code).first.click()
    page.wait_for_url(re.compile(rf"/my/dossiers/{dossier.pk}/$"))
    assert appointment in page.locator("main").inner_text()
    shot(page, "my-dossier-received")

    # 5. The officials process it; the leader approves it with the result document.
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER])
    dossier = services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST])
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST])
    result = SimpleUploadedFile("phieu-ly-lich-tu-phap.pdf", PDF_BYTES, content_type="application/pdf")
    dossier = services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=result)
    assert dossier.status == Status.DONE

    # 6. The citizen downloads the result and rates the service on the three-level scale.
    page.goto(f"{base}/my/dossiers/{dossier.pk}/")
    link = page.locator(f"a[href='/my/dossiers/{dossier.pk}/result/file']")
    assert link.count() == 1, page.locator("main").inner_text()[:1500]
    response = page.request.get(f"{base}/my/dossiers/{dossier.pk}/result/file")
    assert response.ok and response.body().startswith(b"%PDF")
    page.goto(f"{base}/my/dossiers/{dossier.pk}/evaluate/")
    page.check("input[name=satisfaction][value=very_satisfied]")
    shot(page, "evaluate")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    evaluation = Evaluation.objects.get(dossier=dossier)
    assert evaluation.satisfaction == "very_satisfied" and evaluation.channel == "online"
    citizen.close()
    office.close()
