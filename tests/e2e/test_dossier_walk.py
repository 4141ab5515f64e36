"""One dossier from the counter to the returned result, through two units and an inter-agency step.

Each official logs in, finds the dossier in their own work queue and acts through the dossier page:
the desk receives it at the counter (with a scanned component) and transfers it; the unit head of
Phòng Hành chính tư pháp assigns the appraisal to the specialist; the specialist records an appraisal
and sends the dossier to the district (liên thông) with a task and a budget; the district's specialist
hands it back to Sở Tư pháp, whose leader approves it with the result document; the desk returns the
result. The receipt slip and the control sheet are downloaded as PDF and read with ``pdftotext``.
Screenshots go to ``docs/screenshots/dossier-*.png``.
"""

import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from django.utils import timezone, translation

from motcua.accounts.models import User
from motcua.dossiers.models import Dossier
from motcua.dossiers.workflow import Action, Status
from motcua.orgs.permissions import Role

from ..conftest import PASSWORD, make_staff
from ..dossiers.conftest import procedure  # noqa: F401  (the fixture: 2.000488 of Sở Tư pháp, five steps)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PDF_BYTES = b"%PDF-1.4\n% motcua e2e scan\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def pdf_text(data: bytes) -> str:
    """The text of a PDF (poppler's pdftotext), whitespace collapsed so wrapped cells read as one line."""
    assert data.startswith(b"%PDF"), data[:200]
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext is needed to read the slips: apt-get install poppler-utils")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def vn_time(moment) -> str:
    """How the slips write a moment (Decree 30/2020): ``08 giờ 00 phút, ngày 27 tháng 11 năm 2026``."""
    moment = timezone.localtime(moment)
    month = f"{moment.month:02d}" if moment.month <= 2 else str(moment.month)
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, ngày {moment.day:02d} tháng {month} năm {moment.year}"


class Browser:
    """The page plus the little steps every official repeats."""

    def __init__(self, page, base: str):
        self.page, self.base = page, base

    def login(self, username: str, next_path: str) -> None:
        page = self.page
        page.goto(f"{self.base}/accounts/login/?next={quote(next_path)}")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", PASSWORD)
        page.click("form:has(input[name=username]) button[type=submit]")
        page.wait_for_load_state()
        assert "/accounts/login/" not in page.url, f"{username} could not log in"

    def logout(self) -> None:
        self.page.click("form[action='/accounts/logout/'] button[type=submit]")
        self.page.wait_for_load_state()
        assert self.page.locator("form[action='/accounts/logout/']").count() == 0

    def open_from_queue(self, tab: str, code: str) -> None:
        """Open the dossier from the official's work queue (it must be listed there)."""
        page = self.page
        page.goto(f"{self.base}/office/dossiers/?tab={tab}")
        assert page.locator(".queue-tabs a[aria-current=page]").get_attribute("href") == f"?tab={tab}"
        page.locator("table.dossier-table a", has_text=code).click()
        page.wait_for_url(re.compile(r"/office/dossiers/\d+/$"))
        assert code in page.locator("h1").inner_text()

    def act(self, slug: str, fill=None) -> None:
        """Open the action's panel, fill it in, submit it and expect the success message."""
        page = self.page
        panel = page.locator(f"details#action-{slug}")
        assert panel.count() == 1, f"action {slug!r} not offered; offered: {self.actions()}"
        panel.locator("summary").click()
        if fill:
            fill(panel)
        with page.expect_navigation():
            panel.locator("button[type=submit]").click()
        errors = page.locator(".error-summary, .errorlist")
        assert errors.count() == 0, errors.first.inner_text()
        assert page.locator("ul.messages .message.success").count() == 1, page.locator("main").inner_text()[:2000]

    def actions(self) -> list[str]:
        return [
            i.removeprefix("action-")
            for i in self.page.locator("#actions details.action").evaluate_all("els => els.map(e => e.id)")
        ]

    def download(self, slug: str) -> bytes:
        """The printable form's PDF, by the link on the dossier page, with the official's session."""
        href = self.page.locator(f".print-links a[href$='/forms/{slug}.pdf']").get_attribute("href")
        response = self.page.request.get(f"{self.base}{href}")
        assert response.ok, response.status
        assert response.headers["content-type"] == "application/pdf"
        return response.body()


def test_dossier_from_counter_to_returned_result(live_server, page, tree, officials, procedure, tmp_path):  # noqa: F811
    names = {
        "desk": "Lò Thị Mai",
        "unithead": "Trần Văn Hùng",
        "specialist": "Phạm Thu Hà",
        "leader": "Hoàng Minh Đức",
    }
    for username, full_name in names.items():
        User.objects.filter(username=username).update(full_name=full_name)
    district_specialist = make_staff("bx_specialist", tree.district, Role.SPECIALIST)
    district_specialist.full_name = "Vàng A Sử"
    district_specialist.save(update_fields=["full_name"])

    scan = tmp_path / "giay-chung-sinh.pdf"
    scan.write_bytes(PDF_BYTES)
    result = tmp_path / "phieu-ly-lich-tu-phap.pdf"
    result.write_bytes(PDF_BYTES.replace(b"scan", b"result"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser = Browser(page, live_server.url)

    # 1. The desk receives the dossier at the counter: desk and procedure, then applicant and components.
    browser.login("desk", "/office/dossiers/new/")
    assert page.locator("select[name=desk] option:checked").inner_text().startswith("Sở Tư pháp (")  # own, labelled
    page.fill("input[name=q]", "ly lich tu phap")  # accents optional
    page.click("form[role=search] button[type=submit]")
    page.locator("ul.procedure-list a", has_text="Cấp phiếu lý lịch tư pháp").click()
    page.wait_for_selector("input[name=applicant_name]")
    assert "2.000488" in page.locator("#procedure-heading + dl").inner_text()
    page.fill("input[name=applicant_name]", "Nguyễn Văn An")
    page.fill("input[name=applicant_id_number]", "010203004005")
    page.fill("input[name=applicant_address]", "Phường Cốc Lếu, TP Lào Cai")
    page.fill("input[name=applicant_phone]", "0912345678")
    page.check("input[name='received_to-khai']")
    page.set_input_files("input[name='file_giay-chung-sinh']", str(scan))
    page.screenshot(path=str(SCREENSHOTS / "dossier-counter.png"), full_page=True)
    with page.expect_navigation():
        page.click("button[name=decision][value=receive]")
    page.wait_for_url(re.compile(r"/office/dossiers/\d+/$"))

    dossier = Dossier.objects.get()
    code = dossier.code
    assert re.fullmatch(r"H15\.03-\d{6}-0001", code), code
    flash = page.locator("ul.messages .message.success").inner_text()
    due_shown = timezone.localtime(dossier.due_at).strftime("%H:%M %d/%m/%Y")
    assert code in flash and due_shown in flash, flash
    assert code in page.locator("h1").inner_text()
    assert page.locator(".tag.status-received").count() == 1
    components = page.locator("#components-heading + .table-wrap tbody")
    assert "Giấy chứng sinh" in components.inner_text()
    assert components.locator("a[href*='/components/']").count() == 1  # the scan is stored with the dossier

    slip = pdf_text(browser.download("receipt"))
    assert code in slip
    assert vn_time(dossier.due_at) in slip, (vn_time(dossier.due_at), slip)
    assert "Nguyễn Văn An" in slip and "Giấy chứng sinh" in slip

    # 2. The desk transfers it to Phòng Hành chính tư pháp; the unit assigns the handler.
    browser.act("forward", lambda form: form.locator("select[name=forward-handler]").select_option(value=""))
    assert "Phòng Hành chính tư pháp" in page.locator(".steps tr.current-row").inner_text()
    browser.logout()

    # 3. The unit head hands it to the appraisal step and assigns the specialist.
    browser.login("unithead", "/office/dossiers/?tab=to_assign")
    browser.open_from_queue("to_assign", code)
    browser.act("forward", lambda form: form.locator("select[name=forward-handler]").select_option(value=""))
    browser.act(
        "assign", lambda form: form.locator("select[name=assign-handler]").select_option(label=names["specialist"])
    )
    current = page.locator(".steps tr.current-row").inner_text()
    assert "Thẩm định" in current and names["specialist"] in current
    browser.logout()

    # 4. The specialist appraises and sends the dossier to the district with its task and budget.
    browser.login("specialist", "/office/dossiers/?tab=mine")
    browser.open_from_queue("mine", code)

    def appraisal(form):
        form.locator("select[name=note-kind]").select_option("appraisal")
        form.locator("textarea[name=note-text]").fill("Hồ sơ đầy đủ; cần xác minh nơi cư trú tại huyện Bát Xát.")

    browser.act("note", appraisal)

    def interagency(form):
        form.locator("select[name=send-to-agency-agency]").select_option(label=tree.district.name)
        form.locator("textarea[name=send-to-agency-task]").fill("Xác minh nơi cư trú của người yêu cầu.")
        form.locator("input[name=send-to-agency-budget]").fill("1")

    browser.act("send-to-agency", interagency)
    current = page.locator(".steps tr.current-row").inner_text()
    assert "UBND huyện Bát Xát" in current and "Xác minh nơi cư trú" in current, current
    assert "forward" not in browser.actions()  # the specialist's step is over
    browser.logout()

    # 5. The district's specialist completes the inter-agency step and hands the dossier back to the
    #    specialist of Sở Tư pháp who asked, who then sends it on to the leader's approval.
    browser.login("bx_specialist", "/office/dossiers/?tab=all")
    browser.open_from_queue("all", code)
    steps = page.locator("table.steps tbody")
    assert steps.locator("tr").count() == 7  # the five steps, the inter-agency step and the return to the asker
    timeline = page.locator("ol.timeline").inner_text()
    assert "Xác minh nơi cư trú của người yêu cầu." in timeline and "Hồ sơ đầy đủ" in timeline
    page.screenshot(path=str(SCREENSHOTS / "dossier-midway.png"), full_page=True)
    forward_title = page.locator("details#action-forward summary").inner_text()
    assert "Thẩm định" in forward_title and "Phòng Hành chính tư pháp" in forward_title, forward_title
    browser.act("forward", lambda form: form.locator("input[name=forward-note]").fill("Đã xác minh: đúng nơi cư trú."))
    assert browser.actions() == ["note"]  # the district's step is over; it may still record notes
    browser.logout()

    # 5b. The specialist gets the answer back and hands the dossier to the leader (the second unit).
    browser.login("specialist", "/office/dossiers/?tab=mine")
    browser.open_from_queue("mine", code)
    forward_title = page.locator("details#action-forward summary").inner_text()
    assert "Phê duyệt" in forward_title and "Sở Tư pháp" in forward_title, forward_title
    browser.act("forward", lambda form: None)
    browser.logout()

    # 6. The leader of Sở Tư pháp approves it with the result document.
    browser.login("leader", "/office/dossiers/?tab=to_approve")
    browser.open_from_queue("to_approve", code)

    def approve(form):
        form.locator("input[name=decide-outcome][value=approved]").check()
        form.locator("input[name=decide-result_file]").set_input_files(str(result))

    browser.act("decide", approve)
    assert page.locator(".tag.status-done").count() == 1
    assert page.locator("a[href$='/result/file']").count() == 1
    browser.logout()

    # 7. The desk returns the result to the applicant.
    browser.login("desk", "/office/dossiers/?tab=ready_to_return")
    browser.open_from_queue("ready_to_return", code)
    browser.act("return", lambda form: form.locator("input[name=return-received_by]").fill("Nguyễn Văn An"))
    status = page.locator(".tag.status-returned")
    dossier.refresh_from_db()
    with translation.override("vi"):  # the page's language, whether or not the labels are translated yet
        returned, approved = str(Status.RETURNED.label), str(dossier.get_outcome_display())
    assert status.count() == 1 and status.inner_text() == returned
    assert approved in page.locator("section[aria-labelledby=summary-heading]").inner_text()
    assert page.locator("#actions details.action").count() == 0
    assert page.locator("ol.timeline > li").count() == 10
    page.screenshot(path=str(SCREENSHOTS / "dossier-returned.png"), full_page=True)

    assert dossier.status == Status.RETURNED and dossier.outcome == "approved"
    assert list(dossier.events.order_by("seq").values_list("action", flat=True)) == [
        Action.RECEIVE,
        Action.FORWARD,
        Action.FORWARD,
        Action.ASSIGN,
        Action.NOTE,
        Action.INTERAGENCY,
        Action.FORWARD,
        Action.FORWARD,
        Action.DECIDE,
        Action.RETURN,
    ]

    control = pdf_text(browser.download("control"))
    assert code in control
    assert vn_time(dossier.due_at) in control
    handovers = [
        ("Sở Tư pháp", "Phòng Hành chính tư pháp"),  # the desk transfers
        ("Phòng Hành chính tư pháp", "Phòng Hành chính tư pháp"),  # assignment → appraisal
        ("Phòng Hành chính tư pháp", "UBND huyện Bát Xát"),  # liên thông
        ("UBND huyện Bát Xát", "Phòng Hành chính tư pháp"),  # the answer goes back to the asker
        ("Phòng Hành chính tư pháp", "Sở Tư pháp"),  # on to the lead agency's leader
        ("Sở Tư pháp", "Sở Tư pháp"),  # the result goes to the desk
        ("Sở Tư pháp", "Tổ chức, cá nhân nộp hồ sơ"),  # returned to the applicant
    ]
    # pdftotext reads the table cell by cell; cut the text at each row's "N. Giao:" and check the row's units.
    rows = re.split(r"\b(\d+)\. Giao: ", control)[1:]
    rows = dict(zip(map(int, rows[::2]), rows[1::2], strict=True))
    assert sorted(rows) == list(range(1, len(handovers) + 1)), control
    for number, (giver, receiver) in enumerate(handovers, start=1):
        assert rows[number].startswith(giver) and f"Nhận: {receiver}" in rows[number], (number, rows[number])
    for name in [*names.values(), "Vàng A Sử", "Nguyễn Văn An"]:
        assert name in control, name
    assert "Liên thông: Xác minh nơi cư trú của người yêu cầu." in control
