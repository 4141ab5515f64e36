"""On the demo province, the specialists and unit heads of a department and of a commune get their
dossiers in their own work queues and do their steps; the leader approves; the desk returns.

The department walk (Sở Tư pháp, at a desk's screen size): desk → unit head (assigns the appraisal)
→ specialist → unit head (checks and submits) → leader → desk. The commune walk (phường Cốc Lếu, at a
phone's size): desk → the unit head takes the dossier from "to take up" and assigns it → specialist →
leader → desk. Every official logs in with the demo password and acts through the dossier page.
"""

import re
from urllib.parse import quote

import pytest
from django.conf import settings

from motcua.demo import loader
from motcua.dossiers.models import Dossier
from motcua.dossiers.workflow import Status
from motcua.orgs.models import Agency

from .test_dossier_walk import SCREENSHOTS, Browser

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
DESK_SIZE = {"width": 1280, "height": 860}
PHONE_SIZE = {"width": 390, "height": 844}
PDF_BYTES = b"%PDF-1.4\n% motcua demo result\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


class DemoBrowser(Browser):
    def login(self, username: str, next_path: str) -> None:
        page = self.page
        page.goto(f"{self.base}/accounts/login/?next={quote(next_path)}")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", settings.DEMO_PASSWORD)
        page.click("form:has(input[name=username]) button[type=submit]")
        page.wait_for_load_state()
        assert "/accounts/login/" not in page.url, f"{username} could not log in"

    def logout(self) -> None:
        self.page.context.clear_cookies()

    def receive(self, desk: Agency, code: str) -> str:
        """At the counter: the procedure, the applicant, every paper ticked; returns the dossier code."""
        page = self.page
        page.goto(f"{self.base}/office/dossiers/new/?desk={desk.pk}&procedure={code}")
        page.fill("input[name=applicant_name]", "Nguyễn Văn An")
        page.fill("input[name=applicant_id_number]", "010203004005")
        page.fill("input[name=applicant_address]", "Phường Cốc Lếu, TP Lào Cai")
        page.fill("input[name=applicant_phone]", "0912345678")
        for box in page.locator("input[type=checkbox][name^=received_]").all():
            box.check()
        with page.expect_navigation():
            page.click("button[name=decision][value=receive]")
        page.wait_for_url(re.compile(r"/office/dossiers/\d+/$"))
        return page.locator("h1").inner_text().split()[-1]

    def handler_label(self, form, field: str, contains: str) -> None:
        select = form.locator(f"select[name={field}]")
        label = next(t for t in select.locator("option").all_inner_texts() if contains in t)
        select.select_option(label=label)

    def current_step(self) -> str:
        return self.page.locator(".steps tr.current-row").inner_text()


def result_pdf(tmp_path):
    path = tmp_path / "ket-qua.pdf"
    path.write_bytes(PDF_BYTES)
    return str(path)


def approve_and_return(browser: DemoBrowser, prefix: str, code: str, tmp_path) -> Dossier:
    """The leader approves with the result document from "To approve"; the desk returns it."""
    browser.login(f"{prefix}.lanhdao", "/office/dossiers/?tab=to_approve")
    browser.open_from_queue("to_approve", code)

    def approve(form):
        form.locator("input[name=decide-outcome][value=approved]").check()
        form.locator("input[name=decide-result_file]").set_input_files(result_pdf(tmp_path))

    browser.act("decide", approve)
    browser.logout()
    browser.login(f"{prefix}.motcua", "/office/dossiers/?tab=ready_to_return")
    browser.open_from_queue("ready_to_return", code)
    browser.act("return", lambda form: form.locator("input[name=return-received_by]").fill("Nguyễn Văn An"))
    return Dossier.objects.get(code=code)


@pytest.fixture
def demo(db):
    return loader.seed_demo(catalogue=True)


def department_walk(browser: DemoBrowser, tmp_path) -> Dossier:
    """Sở Tư pháp, 9.900056 (10 working days): the unit head of Phòng Hành chính tư pháp assigns and checks."""
    justice = Agency.objects.get(code=loader.JUSTICE)
    browser.login("stp.motcua", "/office/")
    code = browser.receive(justice, "9.900056")
    assert re.fullmatch(r"H15\.03-\d{6}-\d{4}", code), code
    browser.act("forward", lambda form: form.locator("select[name=forward-handler]").select_option(value=""))
    assert "Phòng Hành chính tư pháp" in browser.current_step()
    browser.logout()

    browser.login("stp.truongphong", "/office/dossiers/?tab=to_assign")
    browser.open_from_queue("to_assign", code)
    browser.act("forward", lambda form: browser.handler_label(form, "forward-handler", "Phạm Văn Minh"))
    assert "Phạm Văn Minh" in browser.current_step()
    browser.logout()

    browser.login("stp.chuyenvien", "/office/dossiers/?tab=mine")
    browser.open_from_queue("mine", code)
    browser.page.screenshot(path=str(SCREENSHOTS / "demo-specialist-department.png"), full_page=True)
    browser.act("forward", lambda form: form.locator("select[name=forward-handler]").select_option(value=""))
    assert "Kiểm tra, trình ký" in browser.current_step()
    browser.logout()

    browser.login("stp.truongphong", "/office/dossiers/?tab=to_assign")
    browser.open_from_queue("to_assign", code)
    browser.act("forward", None)
    browser.logout()

    return approve_and_return(browser, "stp", code, tmp_path)


def commune_walk(browser: DemoBrowser, tmp_path) -> Dossier:
    """Phường Cốc Lếu, 1.004845 (2 working days): the unit head takes it from "to take up" and assigns it."""
    ward = Agency.objects.get(code=loader.WARD)
    browser.login("cocleu.motcua", "/office/")
    code = browser.receive(ward, "1.004845")
    browser.act("forward", lambda form: form.locator("select[name=forward-handler]").select_option(value=""))
    assert "Bộ phận Tư pháp - Hộ tịch phường Cốc Lếu" in browser.current_step()
    browser.logout()

    browser.login("cocleu.truongphong", "/office/dossiers/?tab=to_take")
    browser.open_from_queue("to_take", code)
    browser.act("assign", lambda form: browser.handler_label(form, "assign-handler", "Sùng A Páo"))
    browser.logout()

    browser.login("cocleu.chuyenvien", "/office/dossiers/?tab=mine")
    browser.open_from_queue("mine", code)
    browser.page.screenshot(path=str(SCREENSHOTS / "demo-specialist-commune-phone.png"), full_page=True)
    browser.act("forward", None)
    browser.logout()

    return approve_and_return(browser, "cocleu", code, tmp_path)


def test_demo_officials_of_a_department_and_a_commune_do_their_steps(live_server, browser, demo, tmp_path):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for size, walk in ((DESK_SIZE, department_walk), (PHONE_SIZE, commune_walk)):
        context = browser.new_context(viewport=size, locale="vi-VN")
        page = context.new_page()
        page.set_default_timeout(20000)
        try:
            dossier = walk(DemoBrowser(page, live_server.url), tmp_path)
        finally:
            context.close()
        assert dossier.status == Status.RETURNED and dossier.outcome == "approved"
        actors = [e.actor.username for e in dossier.events.order_by("seq") if e.actor]
        prefix = "stp" if walk is department_walk else "cocleu"
        assert all(name.startswith(prefix + ".") for name in actors), actors
        assert {f"{prefix}.chuyenvien", f"{prefix}.truongphong", f"{prefix}.lanhdao"} <= set(actors)
