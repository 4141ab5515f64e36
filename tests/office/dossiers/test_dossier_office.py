"""The officials' dossier pages: queues, the counter, the dossier page and every action through the views."""
# ruff: noqa: F811 (the imported pytest fixture ``procedure`` is used as a test argument)

import datetime as dt
import html
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from motcua.audit.models import AuditEntry
from motcua.dossiers import services
from motcua.dossiers.models import Dossier, DossierComponent, DossierEvent
from motcua.dossiers.workflow import Status
from motcua.orgs.permissions import Role

from ...conftest import make_staff
from ...dossiers.conftest import applicant, at, components, on_the_spot_procedure, pdf, procedure  # noqa: F401

LIST = reverse("office:dossier-list")
COUNTER = reverse("office:dossier-counter")
STALE = "Another official changed this dossier"


@pytest.fixture(autouse=True)
def english(client, settings):
    """The pages in English (the source strings); Vietnamese is the default of the site."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def table(body: str) -> str:
    """The rows of the results table (the search box repeats the query elsewhere on the page)."""
    return body[body.index("<tbody>") : body.index("</tbody>")]


def exe(name="scan.pdf"):
    return SimpleUploadedFile(name, b"MZ\x90\x00 this is a program, not a scan", content_type="application/pdf")


def detail(dossier):
    return reverse("office:dossier-detail", args=[dossier.pk])


def act(client, dossier, slug, files=None, revision=None, **fields):
    """POST one action form of the dossier page, with the revision the page carried."""
    dossier.refresh_from_db()
    data = {f"{slug}-revision": dossier.revision if revision is None else revision}
    data.update({f"{slug}-{key}": value for key, value in fields.items()})
    data.update({f"{slug}-{key}": value for key, value in (files or {}).items()})
    return client.post(reverse("office:dossier-action", args=[dossier.pk, slug]), data)


def counter_data(tree, procedure, **overrides):
    data = {
        "desk": tree.justice.pk,
        "procedure": procedure.code,
        "case": "",
        "applicant_kind": "person",
        "applicant_name": "Nguyễn Văn An",
        "applicant_id_number": "010203004005",
        "applicant_address": "Phường Cốc Lếu, TP Lào Cai",
        "applicant_phone": "0912345678",
        "applicant_email": "an@example.vn",
        "channel": "1",
        "return_method": "counter",
        "received_to-khai": "on",
        "file_giay-chung-sinh": pdf("gcs.pdf"),
        "decision": "receive",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def receive(officials, tree, procedure, when=None, person=None, phone="0912345678"):
    person = person or applicant()
    person.phone = phone
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=person,
        components=components(),
        at=when,
    )


def ago(days, hour=9):
    moment = timezone.localtime() - dt.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def events(dossier):
    return list(dossier.events.order_by("seq").values_list("action", flat=True))


# --- Who may open the pages -----------------------------------------------------------------


def test_anonymous_users_are_sent_to_login(client, officials, tree, procedure):
    dossier = receive(officials, tree, procedure)
    component = dossier.components.exclude(file="").first()
    urls = [
        LIST,
        COUNTER,
        detail(dossier),
        reverse("office:dossier-component", args=[dossier.pk, component.pk]),
        reverse("office:dossier-result", args=[dossier.pk]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login")), url
    response = client.post(reverse("office:dossier-action", args=[dossier.pk, "forward"]), {"forward-revision": 1})
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    dossier.refresh_from_db()
    assert dossier.status == Status.RECEIVED


def test_a_citizen_is_refused_every_page(citizen, officials, tree, procedure, login):
    dossier = receive(officials, tree, procedure)
    component = dossier.components.exclude(file="").first()
    client = login(citizen)
    for url in (LIST, COUNTER, detail(dossier), reverse("office:dossier-component", args=[dossier.pk, component.pk])):
        assert client.get(url).status_code == 403, url
    assert act(client, dossier, "forward").status_code == 403
    assert client.post(COUNTER, counter_data(tree, procedure)).status_code == 403
    assert Dossier.objects.count() == 1 and events(dossier) == ["receive"]


def test_another_agencys_officials_are_refused_and_see_no_personal_data(
    officials, other_official, tree, procedure, login
):
    dossier = receive(officials, tree, procedure)
    component = dossier.components.exclude(file="").first()
    other_desk = make_staff("otherdesk", tree.construction, Role.DESK_OFFICER)
    # An agency administrator of another agency has no dossier permission at all.
    client = login(other_official)
    assert client.get(LIST).status_code == 403
    assert client.get(detail(dossier)).status_code == 403
    # A desk officer of another agency has queues of their own, but not this dossier.
    client = login(other_desk)
    for query in ({}, {"tab": "all"}, {"tab": "all", "q": "nguyen van an"}, {"tab": "all", "q": "0912345678"}):
        body = table(client.get(LIST, query).content.decode())
        for secret in ("Nguyễn Văn An", "0912345678", dossier.code):
            assert secret not in body
    assert client.get(detail(dossier)).status_code == 403
    url = reverse("office:dossier-component", args=[dossier.pk, component.pk])
    assert client.get(url).status_code == 403
    assert act(client, dossier, "forward").status_code == 403
    assert act(client, dossier, "note", kind="note", text="x").status_code == 403
    # Receiving at a desk outside one's area is refused and creates nothing.
    response = client.post(COUNTER, counter_data(tree, procedure))
    assert response.status_code == 403
    assert Dossier.objects.count() == 1 and events(dossier) == ["receive"]
    assert AuditEntry.objects.filter(action="denied", actor=other_desk).count() >= 4


def test_an_inspector_may_read_but_not_act(officials, tree, procedure, login):
    dossier = receive(officials, tree, procedure)
    client = login(officials[Role.INSPECTOR])
    body = client.get(detail(dossier)).content.decode()
    assert "Nguyễn Văn An" in body and "0912345678" in body
    assert "There is nothing for you to do" in body
    assert act(client, dossier, "forward").status_code == 403
    assert events(dossier) == ["receive"]


# --- The full walk --------------------------------------------------------------------------


def test_the_full_walk_through_the_views(officials, tree, procedure, login):
    desk, head, spec, leader = (
        officials[r] for r in (Role.DESK_OFFICER, Role.UNIT_HEAD, Role.SPECIALIST, Role.AGENCY_LEADER)
    )
    colleague = make_staff("colleague", tree.justice_unit, Role.SPECIALIST)
    client = login(desk)

    # Counter, stage one: the desk and a search for the procedure, accents optional.
    body = client.get(COUNTER, {"desk": tree.justice.pk, "q": "ly lich tu phap"}).content.decode()
    assert "Cấp phiếu lý lịch tư pháp" in body and f"procedure={procedure.code}" in body
    # Stage two: the applicant, components and the decision buttons.
    body = client.get(COUNTER, {"desk": tree.justice.pk, "procedure": procedure.code}).content.decode()
    assert 'enctype="multipart/form-data"' in body
    for text in ("Receive and issue the slip", "Request completion (form 02)", "Refuse (form 03)", "Giấy chứng sinh"):
        assert text in body
    assert "Resolve on the spot" not in body
    response = client.post(COUNTER, counter_data(tree, procedure, rep_name="Trần Thị Bình"))
    dossier = Dossier.objects.get()
    assert response.status_code == 302 and response["Location"] == detail(dossier)
    assert dossier.status == Status.RECEIVED and dossier.code.startswith("H15.03-")
    assert dossier.representative == {"name": "Trần Thị Bình"}
    assert dossier.components.get(key="giay-chung-sinh").sha256
    body = client.get(detail(dossier)).content.decode()
    assert dossier.code in body and "Receipt and appointment slip (form 01)" in body
    assert f"/office/dossiers/{dossier.pk}/forms/receipt.pdf" in body
    preview = client.get(reverse("office:dossier-form-html", kwargs={"pk": dossier.pk, "form": "receipt"}))
    assert preview.status_code == 200 and dossier.code in preview.content.decode()
    assert "Trần Thị Bình" in body and "national status code 2" in body

    # The desk hands over to the unit.
    assert act(client, dossier, "forward").status_code == 302
    dossier.refresh_from_db()
    assert dossier.status == Status.PROCESSING and dossier.current_unit == tree.justice_unit

    # The unit head hands over to a specialist picked from those who may appraise.
    client = login(head)
    body = client.get(detail(dossier)).content.decode()
    picker = body[body.index('name="forward-handler"') : body.index("</select>", body.index('name="forward-handler"'))]
    assert ">specialist<" in picker and ">colleague<" in picker
    assert ">desk<" not in picker and ">leader<" not in picker  # they cannot appraise
    assert act(client, dossier, "forward", handler=colleague.pk).status_code == 302
    # …and then reassigns the step.
    assert act(client, dossier, "assign", handler=spec.pk).status_code == 302
    dossier.refresh_from_db()
    assert dossier.handler == spec

    # The specialist appraises, records a site visit and proposes the result.
    client = login(spec)
    assert client.get(LIST, {"tab": "mine"}).content.decode().count(dossier.code) == 1
    assert act(client, dossier, "note", kind="site_visit", text="Đã xác minh tại chỗ").status_code == 302
    assert act(client, dossier, "forward").status_code == 302

    # The leader decides with the signed result.
    client = login(leader)
    body = client.get(LIST, {"tab": "to_approve"}).content.decode()
    assert dossier.code in body
    assert act(client, dossier, "decide", files={"result_file": pdf()}, outcome="approved").status_code == 302
    dossier.refresh_from_db()
    assert dossier.status == Status.DONE and dossier.result_file and dossier.verdict

    # The desk returns the result and records who received it.
    client = login(desk)
    assert dossier.code in client.get(LIST, {"tab": "ready_to_return"}).content.decode()
    assert act(client, dossier, "return", received_by="Nguyễn Văn An", method="counter").status_code == 302
    dossier.refresh_from_db()
    assert dossier.status == Status.RETURNED and dossier.national_status == 10
    assert events(dossier) == ["receive", "forward", "forward", "assign", "note", "forward", "decide", "return"]
    body = client.get(detail(dossier)).content.decode()
    for text in ("Đã xác minh tại chỗ", "Site visit", "Received by", "Result decided", "Control sheet"):
        assert text in body
    result = client.get(reverse("office:dossier-result", args=[dossier.pk]))
    assert result.status_code == 200 and b"".join(result.streaming_content).startswith(b"%PDF")


def test_component_download_is_protected_and_served_as_attachment(officials, tree, procedure, login):
    dossier = receive(officials, tree, procedure)
    component = dossier.components.get(key="giay-chung-sinh")
    url = reverse("office:dossier-component", args=[dossier.pk, component.pk])
    response = login(officials[Role.SPECIALIST]).get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    other = receive(officials, tree, procedure)
    assert (
        login(officials[Role.SPECIALIST])
        .get(reverse("office:dossier-component", args=[other.pk, component.pk]))
        .status_code
        == 404
    )


# --- Queues, counts, search -----------------------------------------------------------------


def test_queue_tabs_counts_and_colours(officials, tree, procedure, login):
    late = receive(officials, tree, procedure, when=ago(20))
    fresh = receive(officials, tree, procedure, person=services.Applicant(name="Lê Thị Cúc"), phone="0987000111")
    client = login(officials[Role.DESK_OFFICER])
    response = client.get(LIST)
    body = response.content.decode()
    assert response.status_code == 200
    assert 'aria-current="page">To transfer <span class="count nonzero">2</span>' in body
    assert "To approve" not in body  # the desk does not approve
    assert late.code in body and fresh.code in body
    assert "due-overdue" in body and "Overdue" in body
    assert body.index(late.code) < body.index(fresh.code)  # most urgent first
    client = login(officials[Role.AGENCY_LEADER])
    body = client.get(LIST, {"tab": "overdue"}).content.decode()
    assert "To approve" in body and "To transfer" not in body
    assert late.code in body and fresh.code not in body
    body = client.get(reverse("office:dashboard")).content.decode()
    assert "Your work queues" in body and "Overdue</a>: <strong>1</strong>" in body


def test_search_and_filters(officials, tree, procedure, login):
    an = receive(officials, tree, procedure)
    cuc = receive(officials, tree, procedure, person=services.Applicant(name="Lê Thị Cúc"), phone="0987000111")
    client = login(officials[Role.DESK_OFFICER])

    def found(**query):
        body = table(client.get(LIST, query).content.decode())
        return {d.code for d in (an, cuc) if d.code in body}

    assert found(q="nguyen van an") == {an.code}  # no accents, no capitals
    assert found(q="NGUYỄN") == {an.code}
    assert found(q="0987000111") == {cuc.code}
    assert found(q="010203004005") == {an.code}
    assert found(q=cuc.code) == {cuc.code}
    assert found(q="tran thi") == set()
    assert found(tab="all", procedure=procedure.code) == {an.code, cuc.code}
    assert found(tab="all", procedure="ly lich") == {an.code, cuc.code}
    assert found(tab="all", procedure="khai sinh") == set()
    assert found(tab="all", status="processing") == set()
    assert found(tab="all", status="received") == {an.code, cuc.code}
    today = timezone.localdate().isoformat()
    assert found(tab="all", date_from=today, date_to=today) == {an.code, cuc.code}
    assert found(tab="all", date_to=(timezone.localdate() - dt.timedelta(days=1)).isoformat()) == set()
    assert found(tab="all", unit=tree.justice.pk) == {an.code, cuc.code}
    body = client.get(LIST, {"tab": "all", "date_from": today, "date_to": "2020-01-01"}).content.decode()
    assert "The end date is before the start date." in body


def _codes(body: str) -> list[str]:
    return re.findall(r'href="/office/dossiers/\d+/">([^<]+)</a>', table(body))


def _next_link(body: str) -> str | None:
    match = re.search(r'<a href="([^"]+)" rel="next">', body)
    return html.unescape(match.group(1)) if match else None


def test_fifty_dossiers_a_page_with_keyset_pages(officials, tree, procedure, login):
    same_moment = at(2026, 3, 6, 9, 0)  # every appointment equal: the primary key breaks the ties
    received = [receive(officials, tree, procedure, when=same_moment) for _ in range(51)]
    client = login(officials[Role.DESK_OFFICER])
    body = client.get(LIST, {"tab": "to_transfer"}).content.decode()
    first = _codes(body)
    assert len(first) == 50 and "51 dossiers" in body and "First page" not in body
    assert first == [d.code for d in received[:50]]  # due date, then order of receipt
    body = client.get(LIST + _next_link(body)).content.decode()
    assert _codes(body) == [received[50].code] and _next_link(body) is None and "First page" in body


def test_the_all_tab_pages_newest_first_without_counting_the_table(officials, tree, procedure, login):
    received = [receive(officials, tree, procedure) for _ in range(52)]
    client = login(officials[Role.DESK_OFFICER])
    body = client.get(LIST, {"tab": "all"}).content.decode()
    seen = _codes(body)
    body = client.get(LIST + _next_link(body)).content.decode()
    seen += _codes(body)
    assert seen == [d.code for d in reversed(received)]
    assert client.get(LIST, {"tab": "all", "after": "not-a-cursor"}).status_code == 200  # a bad cursor: page 1


def test_a_filtered_count_is_capped(officials, tree, procedure, login, monkeypatch):
    from motcua.office.dossiers import views as dossier_views

    monkeypatch.setattr(dossier_views, "COUNT_CAP", 3)
    for _ in range(4):
        receive(officials, tree, procedure)
    client = login(officials[Role.DESK_OFFICER])
    assert "More than 3 dossiers" in client.get(LIST, {"tab": "all", "q": "0912345678"}).content.decode()
    assert "4 dossiers" in client.get(LIST, {"tab": "to_transfer"}).content.decode()


# --- Concurrency, errors, nothing half-saved --------------------------------------------------


def test_a_stale_revision_shows_the_message_keeps_the_entries_and_changes_nothing(officials, tree, procedure, login):
    dossier = receive(officials, tree, procedure)
    seen = dossier.revision
    services.add_note(dossier, user=officials[Role.DESK_OFFICER], text="Gọi điện cho công dân")
    dossier.refresh_from_db()
    before = (dossier.revision, dossier.events.count(), dossier.status)
    client = login(officials[Role.DESK_OFFICER])
    response = act(client, dossier, "note", revision=seen, kind="appraisal", text="Ghi chú đang soạn dở")
    body = response.content.decode()
    assert response.status_code == 409 and STALE in body
    assert "Ghi chú đang soạn dở" in body  # the official's text is still in the form
    assert 'href="#action-note"' in body and '<details class="action" id="action-note" open>' in body
    assert f'name="note-revision" value="{dossier.revision}"' in body  # ready to resubmit on the new state
    response = act(client, dossier, "forward", revision=seen)
    assert response.status_code == 409 and STALE in response.content.decode()
    dossier.refresh_from_db()
    assert (dossier.revision, dossier.events.count(), dossier.status) == before


def test_a_stale_form_whose_action_is_gone_keeps_the_text_aside(officials, tree, procedure, login):
    dossier = receive(officials, tree, procedure)
    seen = dossier.revision
    services.stop(dossier, user=officials[Role.AGENCY_LEADER], reason="Theo đề nghị của công dân")
    client = login(officials[Role.DESK_OFFICER])
    response = act(client, dossier, "withdraw", revision=seen, reason="Không còn nhu cầu")
    body = response.content.decode()
    assert response.status_code == 409 and STALE in body and "Không còn nhu cầu" in body
    dossier.refresh_from_db()
    assert dossier.status == Status.STOPPED and events(dossier) == ["receive", "stop"]


def test_bad_uploads_and_missing_components_show_errors_and_save_nothing(officials, tree, procedure, login):
    client = login(officials[Role.DESK_OFFICER])
    files_before = DossierComponent.objects.count()
    response = client.post(COUNTER, counter_data(tree, procedure, **{"file_giay-chung-sinh": exe()}))
    body = response.content.decode()
    assert response.status_code == 400 and "scan.pdf" in body and "PDF" in body
    assert 'id="id_file_giay-chung-sinh_error"' in body  # the message sits with its own input
    assert "Nguyễn Văn An" in body  # what was typed is kept
    response = client.post(COUNTER, counter_data(tree, procedure, **{"file_giay-chung-sinh": None}))
    body = response.content.decode()
    assert response.status_code == 400 and "Missing components: Giấy chứng sinh" in body
    response = client.post(COUNTER, counter_data(tree, procedure, applicant_name="   "))
    assert response.status_code == 400
    response = client.post(COUNTER, counter_data(tree, procedure, applicant_phone="09x"))
    assert response.status_code == 400 and "only digits" in response.content.decode()
    assert not Dossier.objects.exists() and DossierComponent.objects.count() == files_before
    assert not DossierEvent.objects.exists()

    # A bad result file at the decision leaves the dossier as it was.
    dossier = receive(officials, tree, procedure)
    services.forward(dossier, user=officials[Role.DESK_OFFICER])
    services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST])
    services.forward(dossier, user=officials[Role.SPECIALIST])
    dossier.refresh_from_db()
    before = (dossier.revision, dossier.status)
    client = login(officials[Role.AGENCY_LEADER])
    response = act(client, dossier, "decide", files={"result_file": exe("ket-qua.pdf")}, outcome="approved")
    assert response.status_code == 400 and "PDF" in response.content.decode()
    response = act(client, dossier, "decide", outcome="approved")
    assert response.status_code == 400 and "Attach the result document." in response.content.decode()
    response = act(client, dossier, "decide", outcome="refused", reasons="")
    assert response.status_code == 400 and "A refusal must give its reasons." in response.content.decode()
    dossier.refresh_from_db()
    assert (dossier.revision, dossier.status) == before and not dossier.result_file


def test_an_action_out_of_order_or_out_of_role(officials, tree, procedure, login):
    dossier = receive(officials, tree, procedure)
    client = login(officials[Role.DESK_OFFICER])
    response = act(client, dossier, "return", received_by="X", method="counter")
    assert response.status_code == 409 and "is not possible while the dossier is" in response.content.decode()
    response = act(client, dossier, "send-back", reason="x")
    assert response.status_code == 409
    client = login(officials[Role.AGENCY_LEADER])  # decide is allowed now, but it is the desk's step
    assert act(client, dossier, "decide", files={"result_file": pdf()}, outcome="approved").status_code == 403
    assert client.post(reverse("office:dossier-action", args=[dossier.pk, "explode"])).status_code == 404
    assert events(dossier) == ["receive"]


def test_a_handler_who_may_not_act_is_refused_next_to_the_field(officials, tree, procedure, login):
    dossier = receive(officials, tree, procedure)
    services.forward(dossier, user=officials[Role.DESK_OFFICER])
    client = login(officials[Role.UNIT_HEAD])
    response = act(client, dossier, "forward", handler=officials[Role.DESK_OFFICER].pk)
    body = response.content.decode()
    assert response.status_code == 400 and "Select a valid choice" in body
    assert 'id="id_forward-handler_error"' in body
    dossier.refresh_from_db()
    assert dossier.current_step.seq == 2


# --- The counter's other decisions, online dossiers -----------------------------------------


def test_counter_request_completion_and_refusal(officials, tree, procedure, login):
    client = login(officials[Role.DESK_OFFICER])
    response = client.post(COUNTER, counter_data(tree, procedure, decision="complete"))
    assert response.status_code == 400 and "List every item with its reason" in response.content.decode()
    assert not Dossier.objects.exists()
    data = counter_data(
        tree,
        procedure,
        decision="complete",
        **{"problem_giay-chung-sinh": "Thiếu bản chính", "extra_item_1": "Sổ hộ khẩu", "extra_reason_1": "Hết hạn"},
    )
    response = client.post(COUNTER, data)
    dossier = Dossier.objects.get()
    assert response.status_code == 302 and dossier.status == Status.INTAKE_INCOMPLETE and dossier.code is None
    assert dossier.events.get().data["items"] == [
        {"item": "Giấy chứng sinh", "reason": "Thiếu bản chính"},
        {"item": "Sổ hộ khẩu", "reason": "Hết hạn"},
    ]
    body = client.get(detail(dossier)).content.decode()
    assert "Request to supplement (form 02)" in body and "Thiếu bản chính" in body
    response = client.post(COUNTER, counter_data(tree, procedure, decision="refuse", reasons=""))
    assert response.status_code == 400 and "Give the reasons for the refusal." in response.content.decode()
    response = client.post(COUNTER, counter_data(tree, procedure, decision="refuse", reasons="Không thuộc thẩm quyền"))
    refused = Dossier.objects.exclude(pk=dossier.pk).get()
    assert refused.status == Status.REFUSED and refused.national_status == 3
    assert "Refusal (form 03)" in client.get(detail(refused)).content.decode()


def test_online_dossier_from_the_to_receive_queue(officials, citizen, tree, procedure, login):
    online = services.submit_online(
        account=citizen, desk=tree.justice, procedure=procedure, applicant=applicant(), components=components()
    )
    other = services.submit_online(
        account=citizen, desk=tree.justice, procedure=procedure, applicant=applicant(), components=components()
    )
    client = login(officials[Role.DESK_OFFICER])
    body = client.get(LIST).content.decode()
    assert 'aria-current="page">To receive <span class="count nonzero">2</span>' in body
    assert detail(online) in body and "No code yet" in body
    body = client.get(detail(online)).content.decode()
    for text in ("Receive and issue the slip", "Request completion (form 02)", "Refuse (form 03)"):
        assert text in body
    assert act(client, online, "receive", return_method="post").status_code == 302
    online.refresh_from_db()
    assert online.status == Status.RECEIVED and online.code and online.return_method == "post"
    response = act(client, other, "request-completion", **{"problem_to-khai": "Chưa ký"})
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.status == Status.INTAKE_INCOMPLETE


def test_on_the_spot_procedure_is_resolved_at_the_desk(officials, tree, login, on_the_spot_procedure):
    quick = on_the_spot_procedure
    client = login(officials[Role.DESK_OFFICER])
    body = client.get(COUNTER, {"desk": tree.justice.pk, "procedure": quick.code}).content.decode()
    assert "Resolve on the spot" in body
    response = client.post(
        COUNTER, counter_data(tree, quick, decision="on_the_spot", result_file=pdf(), **{"file_giay-chung-sinh": pdf()})
    )
    dossier = Dossier.objects.get()
    assert response.status_code == 302 and dossier.status == Status.RETURNED
    assert events(dossier) == ["receive", "decide", "return"]


# --- The other actions ------------------------------------------------------------------------


def _at_appraisal(officials, tree, procedure, when=None):
    dossier = receive(officials, tree, procedure, when=when)
    services.forward(dossier, user=officials[Role.DESK_OFFICER], at=when)
    return services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=when)


def test_supplement_and_resubmission(officials, tree, procedure, login):
    dossier = _at_appraisal(officials, tree, procedure)
    client = login(officials[Role.SPECIALIST])
    response = act(client, dossier, "request-supplement", **{"problem_giay-chung-sinh": "Bản sao không rõ"})
    assert response.status_code == 302
    dossier.refresh_from_db()
    assert dossier.status == Status.SUPPLEMENT
    client = login(officials[Role.DESK_OFFICER])
    assert dossier.code in client.get(LIST, {"tab": "waiting_citizen"}).content.decode()
    component = dossier.components.get(key="giay-chung-sinh")
    response = act(client, dossier, "resubmit", files={f"file_{component.pk}": exe()})
    assert response.status_code == 400 and "PDF" in response.content.decode()
    dossier.refresh_from_db()
    assert dossier.status == Status.SUPPLEMENT
    response = act(client, dossier, "resubmit", files={f"file_{component.pk}": pdf("ban-moi.pdf")})
    assert response.status_code == 302
    dossier.refresh_from_db()
    component.refresh_from_db()
    assert dossier.status == Status.PROCESSING and "ban-moi" in component.file.name


def test_consultation_interagency_and_payment(officials, tree, procedure, login):
    district_specialist = make_staff("bx.cv", tree.district, Role.SPECIALIST)
    dossier = _at_appraisal(officials, tree, procedure)
    client = login(officials[Role.SPECIALIST])
    response = act(client, dossier, "consult", unit=tree.construction.pk, question="Có vi phạm xây dựng?", days=2)
    assert response.status_code == 302
    seq = dossier.events.get(action="consult").seq
    construction_specialist = make_staff("xd.cv", tree.construction, Role.SPECIALIST)
    client = login(construction_specialist)
    body = client.get(detail(dossier)).content.decode()
    assert "Open consultations" in body and "Có vi phạm xây dựng?" in body
    dossier.refresh_from_db()
    response = client.post(
        reverse("office:dossier-answer", args=[dossier.pk, seq]),
        {f"answer-{seq}-revision": dossier.revision, f"answer-{seq}-text": "Không vi phạm"},
    )
    assert response.status_code == 302
    assert dossier.events.filter(action="answer", data__consultation=seq).exists()

    client = login(officials[Role.SPECIALIST])
    response = act(client, dossier, "request-payment", amount=200000)
    assert response.status_code == 302
    response = act(client, dossier, "record-payment", amount=200000, reference="BL-01")
    assert response.status_code == 302
    response = act(client, dossier, "send-to-agency", agency=tree.district.pk, task="Xác nhận nơi cư trú", budget="1")
    assert response.status_code == 302
    dossier.refresh_from_db()
    assert dossier.current_unit == tree.district and dossier.fees_paid == 200000
    client = login(district_specialist)
    assert dossier.code in client.get(LIST, {"tab": "all"}).content.decode()
    assert act(client, dossier, "forward").status_code == 302
    dossier.refresh_from_db()
    assert dossier.current_step.name.startswith("Thẩm định")  # back to the specialist who asked
    assert dossier.current_unit == tree.justice_unit


def test_apology_moves_the_appointment_once(officials, tree, procedure, login):
    dossier = _at_appraisal(officials, tree, procedure, when=ago(20))
    client = login(officials[Role.DESK_OFFICER])
    assert dossier.code in client.get(LIST, {"tab": "needs_apology"}).content.decode()
    new_due = (timezone.localdate() + dt.timedelta(days=10)).isoformat()
    response = act(client, dossier, "apologise", reason="", new_due=new_due)
    assert response.status_code == 400 and "This field is required." in response.content.decode()
    response = act(client, dossier, "apologise", reason="Cần xác minh thêm", new_due=new_due)
    assert response.status_code == 302
    body = client.get(detail(dossier)).content.decode()
    assert "First appointment" in body and "Apology and new appointment (form 04)" in body
    assert 'id="action-apologise"' not in body  # only once


def test_send_back_withdraw_and_stop(officials, tree, procedure, login):
    dossier = _at_appraisal(officials, tree, procedure)
    services.forward(dossier, user=officials[Role.SPECIALIST])
    client = login(officials[Role.AGENCY_LEADER])
    response = act(client, dossier, "send-back", reason="")
    assert response.status_code == 400
    response = act(client, dossier, "send-back", reason="Bổ sung ý kiến thẩm định")
    assert response.status_code == 302
    dossier.refresh_from_db()
    assert dossier.current_step.name == "Thẩm định"
    response = act(client, dossier, "stop", reason="Theo đề nghị")
    assert response.status_code == 302
    dossier.refresh_from_db()
    assert dossier.status == Status.STOPPED
    assert "Notice of stopped processing" in client.get(detail(dossier)).content.decode()
    other = receive(officials, tree, procedure)
    client = login(officials[Role.DESK_OFFICER])
    assert act(client, other, "withdraw", reason="Không còn nhu cầu").status_code == 302
    other.refresh_from_db()
    assert other.status == Status.WITHDRAWN


@pytest.mark.parametrize("role", [Role.DESK_OFFICER, Role.SPECIALIST, Role.UNIT_HEAD, Role.AGENCY_LEADER])
def test_every_role_sees_the_pages(officials, tree, procedure, login, role):
    dossier = receive(officials, tree, procedure)
    client = login(officials[role])
    assert client.get(LIST).status_code == 200
    assert client.get(detail(dossier)).status_code == 200
    expected = 200 if role == Role.DESK_OFFICER else 403
    assert client.get(COUNTER).status_code == expected


def test_actions_are_post_only_and_need_the_csrf_token(officials, tree, procedure):
    from django.test import Client

    dossier = receive(officials, tree, procedure)
    client = Client(enforce_csrf_checks=True)
    client.force_login(officials[Role.DESK_OFFICER])
    client.cookies["django_language"] = "en"
    url = reverse("office:dossier-action", args=[dossier.pk, "forward"])
    assert client.get(url).status_code == 405
    assert client.post(url, {"forward-revision": dossier.revision}).status_code == 403
    assert client.post(COUNTER, counter_data(tree, procedure)).status_code == 403
    body = client.get(detail(dossier)).content.decode()
    assert "Hand over to the next step: Phân công (Phòng Hành chính tư pháp)" in body
    assert body.count('name="csrfmiddlewaretoken"') >= body.count('method="post"')
    assert events(dossier) == ["receive"] and Dossier.objects.count() == 1


def test_the_pages_render_in_the_default_language(client, officials, tree, procedure, login, settings):
    del client.cookies[settings.LANGUAGE_COOKIE_NAME]
    dossier = receive(officials, tree, procedure)
    client = login(officials[Role.DESK_OFFICER])
    urls = [LIST, COUNTER, f"{COUNTER}?desk={tree.justice.pk}&procedure={procedure.code}", detail(dossier)]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200 and '<html lang="vi">' in response.content.decode(), url
