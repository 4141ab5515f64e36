"""My dossiers (issue 6): the owner's list and page, files, supplement online, withdrawal, online evaluation.

Every page and download is refused to another citizen (404) and to officials (403 or 404).
"""
# ruff: noqa: F811 (pytest fixtures imported from tests/evaluations/conftest.py are used as arguments)

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from motcua.dossiers.models import Dossier
from motcua.dossiers.workflow import Status
from motcua.evaluations.models import Evaluation
from motcua.orgs.permissions import Role
from motcua.portal.my import views as my_views

from ...evaluations.conftest import english, flow, other_citizen, pdf, procedure  # noqa: F401

LIST = reverse("portal:my-dossiers")


def page(dossier):
    return reverse("portal:my-dossier", args=[dossier.pk])


def urls(dossier):
    component = dossier.components.exclude(file="").first()
    return [
        page(dossier),
        reverse("portal:my-dossier-component", args=[dossier.pk, component.pk]),
        reverse("portal:my-dossier-result", args=[dossier.pk]),
        reverse("portal:my-dossier-withdraw", args=[dossier.pk]),
        reverse("portal:my-dossier-evaluate", args=[dossier.pk]),
    ]


def test_the_list_shows_the_owners_dossiers_newest_first_with_a_filter(flow, login, english, other_citizen):
    waiting = flow.submitted()
    done = flow.returned()
    flow.received(account=other_citizen)
    body = login(flow.account).get(LIST).content.decode()
    assert "Submitted, awaiting acceptance" in body and done.code in body
    assert body.index(done.code) < body.index("Submitted, awaiting acceptance")  # newest first
    assert "Cấp phiếu lý lịch tư pháp" in body and "Result returned" in body and "(national status 10)" in body
    assert "Early" in body  # timeliness of the finished dossier
    assert body.count("<tr>") == 3  # header + two rows: not the other citizen's dossier
    finished = login(flow.account).get(LIST, {"state": "finished"}).content.decode()
    assert done.code in finished and "Submitted, awaiting acceptance" not in finished
    open_ = login(flow.account).get(LIST, {"state": "open"}).content.decode()
    assert done.code not in open_ and reverse("portal:my-dossier", args=[waiting.pk]) in open_


def test_the_list_is_paginated(flow, login, monkeypatch):
    monkeypatch.setattr(my_views, "PAGE_SIZE", 2)
    dossiers = [flow.submitted() for _ in range(3)]
    client = login(flow.account)
    first = client.get(LIST).content.decode()
    assert page(dossiers[2]) in first and page(dossiers[1]) in first and page(dossiers[0]) not in first
    second = client.get(LIST, {"page": 2}).content.decode()
    assert page(dossiers[0]) in second and page(dossiers[2]) not in second


def test_officials_and_strangers_are_refused(flow, login, client, other_citizen, officials, other_official):
    dossier = flow.decided()
    response = client.get(LIST)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    for user in (officials[Role.DESK_OFFICER], officials[Role.PROVINCE_ADMIN], other_official):
        client = login(user)
        response = client.get(LIST)
        assert response.status_code == 403 and reverse("office:dossier-list") in response.content.decode()
        for url in urls(dossier):
            assert client.get(url).status_code == 403, url
    client = login(other_citizen)
    assert dossier.code not in client.get(LIST).content.decode()
    for url in urls(dossier):
        assert client.get(url).status_code == 404, url
    for name in ("portal:my-dossier-supplement", "portal:my-dossier-withdraw", "portal:my-dossier-evaluate"):
        assert client.post(reverse(name, args=[dossier.pk]), {"satisfaction": "satisfied"}).status_code == 404
    assert not Evaluation.objects.exists()
    assert Dossier.objects.get(pk=dossier.pk).status == Status.DONE


def test_the_page_shows_units_apology_and_hides_internal_work(flow, login, english):
    dossier = flow.apologised()
    body = login(flow.account).get(page(dossier)).content.decode()
    assert "Received at the one-stop desk" in body
    assert "Phòng Hành chính tư pháp" in body and "Phân công" in body and "Thẩm định" in body  # units and steps
    assert "Apology and new appointment (form 04)" in body and "Cần xác minh thêm thông tin lý lịch" in body
    assert "17:00 20/03/2026" in body  # the new appointment
    assert "Nguyễn Văn An" in body and "010203004005" in body  # the applicant's own data
    for hidden in ("Ghi chú nội bộ", "Câu hỏi nội bộ", "unithead", "specialist", "by leader"):
        assert hidden not in body, hidden
    assert reverse("portal:dossier-status", args=[dossier.code]) in body


def test_interagency_and_decision_in_the_timeline(flow, login, english, tree):
    from motcua.dossiers import services

    from ...conftest import make_staff

    dossier = flow.at_specialist()
    dossier = services.send_to_agency(
        dossier, user=flow.specialist, agency=tree.construction, task="Ý kiến nội bộ", budget="0.5"
    )
    dossier = services.forward(dossier, user=make_staff("xd", tree.construction, Role.SPECIALIST))
    dossier = services.forward(dossier, user=flow.specialist)
    dossier = services.decide(dossier, user=flow.leader, outcome="refused", reasons="Không đủ điều kiện cấp")
    body = login(flow.account).get(page(dossier)).content.decode()
    assert "Sent to another agency (liên thông)" in body and "Sở Xây dựng" in body
    assert "Result decided" in body and "Refused" in body and "Không đủ điều kiện cấp" in body
    assert "Ý kiến nội bộ" not in body


def test_files_and_result_only_for_the_owner(flow, login):
    client = login(flow.account)
    dossier = flow.at_specialist()
    assert client.get(reverse("portal:my-dossier-result", args=[dossier.pk])).status_code == 404
    component = dossier.components.exclude(file="").first()
    response = client.get(reverse("portal:my-dossier-component", args=[dossier.pk, component.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Cache-Control"] == "private, no-store"
    decided = flow.decided()
    body = client.get(page(decided)).content.decode()
    assert reverse("portal:my-dossier-result", args=[decided.pk]) in body
    response = client.get(reverse("portal:my-dossier-result", args=[decided.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    other = flow.decided()
    stranger_component = other.components.exclude(file="").first()
    # a component of another of the owner's dossiers cannot be read through this dossier's URL
    assert (
        client.get(reverse("portal:my-dossier-component", args=[decided.pk, stranger_component.pk])).status_code == 404
    )


def test_supplement_answered_online(flow, login, english):
    dossier = flow.supplemented()
    before = Dossier.objects.get(pk=dossier.pk)
    client = login(flow.account)
    body = client.get(page(dossier)).content.decode()
    assert "Send the supplement online" in body and "Bản sao không rõ nét" in body and "Thiếu trong hồ sơ" in body
    url = reverse("portal:my-dossier-supplement", args=[dossier.pk])
    bad = SimpleUploadedFile("scan.pdf", b"MZ\x90\x00 not a pdf")
    response = client.post(url, {"revision": before.revision, "file_1": bad, "note": "x"})
    assert response.status_code == 400
    body = response.content.decode()
    assert 'id="id_file_1-error"' in body and 'aria-describedby="id_file_1-help id_file_1-error"' in body
    assert Dossier.objects.get(pk=dossier.pk).status == Status.SUPPLEMENT
    assert client.post(url, {"revision": before.revision}).status_code == 400  # nothing attached
    response = client.post(
        url,
        {
            "revision": before.revision,
            "file_1": pdf("giay-chung-sinh-moi.pdf"),
            "file_2": pdf("so-ho-khau.pdf"),
            "note": "Đã bổ sung bản rõ nét",
        },
    )
    assert response.status_code == 302
    after = Dossier.objects.get(pk=dossier.pk)
    assert after.status == Status.PROCESSING and after.due_at > before.due_at and after.paused_since is None
    assert "giay-chung-sinh-moi" in after.components.get(key="giay-chung-sinh").file.name
    extra = after.components.get(name="Bản sao sổ hộ khẩu")
    assert extra.received and extra.sha256 and "so-ho-khau" in extra.file.name
    event = after.events.get(action="resubmit")
    assert event.actor == flow.account and event.data["note"] == "Đã bổ sung bản rõ nét"
    body = client.get(page(dossier)).content.decode()
    assert "Your supplement was received" in body and "Supplement received; the time limit counts again" in body
    assert "Send the supplement online" not in body
    office = login(flow.desk).get(reverse("office:dossier-detail", args=[dossier.pk])).content.decode()
    assert "Note from the applicant" in office and "Đã bổ sung bản rõ nét" in office
    client = login(flow.account)
    # a stale or repeated post changes nothing
    assert client.post(url, {"revision": before.revision, "file_1": pdf()}).status_code == 302
    assert Dossier.objects.get(pk=dossier.pk).revision == after.revision


def test_completion_requested_before_receipt_shows_the_reasons(flow, login, english):
    from motcua.dossiers import services

    dossier = services.request_completion(
        user=flow.desk, dossier=flow.submitted(), items=[{"item": "Giấy chứng sinh", "reason": "Thiếu bản chính"}]
    )
    body = login(flow.account).get(page(dossier)).content.decode()
    assert "The desk asks you to complete your dossier" in body and "Thiếu bản chính" in body
    assert "submit the dossier again online or bring them to the one-stop desk" in body


def test_withdraw_with_confirmation_only_where_allowed(flow, login, english):
    client = login(flow.account)
    dossier = flow.received()
    url = reverse("portal:my-dossier-withdraw", args=[dossier.pk])
    assert url in client.get(page(dossier)).content.decode()
    confirm = client.get(url)
    assert confirm.status_code == 200 and "Yes, withdraw the dossier" in confirm.content.decode()
    assert Dossier.objects.get(pk=dossier.pk).status == Status.RECEIVED  # nothing happens on GET
    response = client.post(url, {"revision": dossier.revision, "reason": "Nộp nhầm thủ tục"})
    assert response.status_code == 302
    withdrawn = Dossier.objects.get(pk=dossier.pk)
    assert withdrawn.status == Status.WITHDRAWN and withdrawn.events.last().data["reason"] == "Nộp nhầm thủ tục"
    decided = flow.decided()
    assert reverse("portal:my-dossier-withdraw", args=[decided.pk]) not in client.get(page(decided)).content.decode()
    url = reverse("portal:my-dossier-withdraw", args=[decided.pk])
    assert client.post(url, {"revision": decided.revision}).status_code == 409
    assert Dossier.objects.get(pk=decided.pk).status == Status.DONE


def test_online_evaluation_after_the_result_and_only_once(flow, login, english):
    client = login(flow.account)
    open_dossier = flow.at_specialist()
    url = reverse("portal:my-dossier-evaluate", args=[open_dossier.pk])
    assert client.get(url).status_code == 409
    assert client.post(url, {"satisfaction": "satisfied"}).status_code == 409
    dossier = flow.returned()
    url = reverse("portal:my-dossier-evaluate", args=[dossier.pk])
    assert url in client.get(page(dossier)).content.decode()
    form = client.get(url).content.decode()
    assert "Very satisfied" in form and "Not satisfied" in form and "online service" in form
    response = client.post(url, {"time": "earlier"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Choose how satisfied you are overall." in body and 'id="id_satisfaction-error"' in body
    assert 'value="earlier" id="id_time_0" checked' in body  # the answers are kept
    response = client.post(url, {"satisfaction": "very_satisfied", "time": "earlier", "comment": "Nhanh gọn"})
    assert response.status_code == 302
    evaluation = Evaluation.objects.get(dossier=dossier)
    assert (evaluation.channel, evaluation.satisfaction, evaluation.comment) == (
        "online",
        "very_satisfied",
        "Nhanh gọn",
    )
    assert client.get(url).status_code == 409
    assert client.post(url, {"satisfaction": "not_satisfied"}).status_code == 409
    assert Evaluation.objects.get(dossier=dossier).satisfaction == "very_satisfied"
    assert "You rated this service" in client.get(page(dossier)).content.decode()


@pytest.mark.parametrize("size_limit", [150 * 1024])
def test_pages_are_light(flow, login, size_limit):
    dossier = flow.apologised()
    client = login(flow.account)
    assert len(client.get(page(dossier)).content) < size_limit
    assert len(client.get(LIST).content) < size_limit


def test_a_dossier_refused_at_intake_has_no_code_and_shows_the_reasons(flow, login, english):
    from motcua.dossiers import services

    dossier = services.refuse_intake(user=flow.desk, dossier=flow.submitted(), reasons="Không thuộc thẩm quyền")
    client = login(flow.account)
    body = client.get(LIST).content.decode()
    assert "Not received (no code)" in body and "Submitted, awaiting acceptance" not in body
    body = client.get(page(dossier)).content.decode()
    assert "Dossier not received (no code)" in body
    assert "Not accepted (form 03)" in body and "Không thuộc thẩm quyền" in body
    assert reverse("portal:my-dossier-withdraw", args=[dossier.pk]) not in body
