"""Petitions in the back office: the queue, recording, the detail page and its actions, refusals."""

import pytest
from django.core.cache import cache
from django.test import Client

from motcua.audit.models import AuditEntry
from motcua.orgs.permissions import Role
from motcua.petitions import services
from motcua.petitions.models import Petition, PetitionStatus

from ...petitions.conftest import PETITIONER, at, petition_input


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


@pytest.fixture
def petition(tree):
    return services.submit(petition_input(tree.justice), at=at(2026, 3, 6, 9))


def act(client, petition, action, **data):
    return client.post(f"/office/petitions/{petition.pk}/act/{action}/", {f"{action}-{k}": v for k, v in data.items()})


def test_queue_lists_the_jurisdictions_petitions_with_tabs(client, login, officials, petition, tree):
    services.submit(petition_input(tree.construction, title="Ở Sở Xây dựng"))
    login(officials[Role.DESK_OFFICER])
    response = client.get("/office/petitions/")
    assert response.status_code == 200
    body = response.content.decode()
    assert petition.code in body and "Ở Sở Xây dựng" not in body
    overdue = client.get("/office/petitions/?tab=overdue").content.decode()
    assert petition.code in overdue  # its deadline (27 March 2026) is long past in tests run later
    assert petition.code not in client.get("/office/petitions/?tab=handled").content.decode()
    assert petition.code in client.get(f"/office/petitions/?tab=all&q={petition.code}").content.decode()


def test_inspector_reads_but_has_no_actions(client, login, officials, petition):
    login(officials[Role.INSPECTOR])
    response = client.get(f"/office/petitions/{petition.pk}/")
    assert response.status_code == 200
    assert 'id="action-accept"' not in response.content.decode()
    assert act(client, petition, "accept").status_code == 403
    assert client.get("/office/petitions/new/").status_code == 403


def test_another_agencys_official_and_a_citizen_are_refused(client, login, other_official, citizen, petition):
    login(other_official)
    assert client.get(f"/office/petitions/{petition.pk}/").status_code == 403
    assert act(client, petition, "reject", reason="x").status_code == 403
    assert petition.code not in client.get("/office/petitions/?tab=all").content.decode()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DENIED, object_id=str(petition.pk)).exists()
    login(citizen)
    assert client.get("/office/petitions/").status_code == 403
    assert client.get(f"/office/petitions/{petition.pk}/").status_code == 403
    assert act(client, petition, "accept").status_code == 403
    assert Petition.objects.get(pk=petition.pk).status == PetitionStatus.RECEIVED


def test_anonymous_is_sent_to_log_in(client, petition):
    assert client.get("/office/petitions/").status_code == 302
    assert client.get(f"/office/petitions/{petition.pk}/").status_code == 302
    response = act(client, petition, "accept")
    assert response.status_code == 302 and "/login" in response["Location"]


def test_detail_shows_the_petitioner_and_the_action_forms_with_csrf(client, login, officials, petition):
    login(officials[Role.DESK_OFFICER])
    body = client.get(f"/office/petitions/{petition.pk}/").content.decode()
    assert PETITIONER["name"] in body and PETITIONER["phone"] in body
    for slug in ("accept", "reject", "forward"):
        assert f'id="action-{slug}"' in body
    assert 'id="action-answer"' not in body
    assert body.count("csrfmiddlewaretoken") >= 3
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(officials[Role.DESK_OFFICER])
    assert act(strict, petition, "accept").status_code == 403


def test_the_whole_walk_through_the_actions(client, login, officials, petition, tree):
    login(officials[Role.DESK_OFFICER])
    response = act(client, petition, "accept", handler=officials[Role.SPECIALIST].pk, note="Giao chuyên viên")
    assert response.status_code == 302
    petition.refresh_from_db()
    assert petition.status == "processing" and petition.handler == officials[Role.SPECIALIST]
    # the specialist of the unit, once assigned, sees it in the queue and answers
    client.logout()
    login(officials[Role.SPECIALIST])
    assert petition.code in client.get("/office/petitions/").content.decode()
    assert act(client, petition, "answer", text="Kính gửi bà Phạm Thị Riêng Tư: đã sửa.").status_code == 302
    petition.refresh_from_db()
    assert petition.status == "answered"
    response = act(client, petition, "publish", public_title=petition.title, public_answer=petition.answer)
    assert response.status_code == 400
    assert "public_answer" in response.content.decode()
    response = act(client, petition, "publish", public_title="Tiêu đề", public_answer="Sở đã sửa quy định.")
    assert response.status_code == 302
    petition.refresh_from_db()
    assert petition.status == "published"


def test_invalid_form_and_bad_transition_are_explained(client, login, officials, petition):
    login(officials[Role.DESK_OFFICER])
    response = act(client, petition, "reject", reason="")
    assert response.status_code == 400
    assert 'id="id_reject-reason_error"' in response.content.decode()
    response = act(client, petition, "answer", text="Chưa thụ lý mà đã trả lời")
    assert response.status_code == 409
    assert Petition.objects.get(pk=petition.pk).status == PetitionStatus.RECEIVED
    assert client.post(f"/office/petitions/{petition.pk}/act/delete/").status_code == 404
    assert client.get(f"/office/petitions/{petition.pk}/act/accept/").status_code == 405


def test_forward_from_the_page(client, login, officials, petition, tree):
    login(officials[Role.DESK_OFFICER])
    response = act(client, petition, "forward", to=tree.construction.pk, reason="Thẩm quyền của Sở Xây dựng")
    assert response.status_code == 302
    new = Petition.objects.get(forwarded_from=petition)
    assert new.agency == tree.construction
    body = client.get(f"/office/petitions/{petition.pk}/").content.decode()
    assert new.code in body
    assert client.get(f"/office/petitions/{new.pk}/").status_code == 403  # it now belongs to Sở Xây dựng


def test_record_a_letter(client, login, officials, tree):
    login(officials[Role.DESK_OFFICER])
    page = client.get("/office/petitions/new/").content.decode()
    assert "Sở Tư pháp" in page and "Sở Xây dựng" not in page  # only agencies the official handles for
    data = {
        "agency": tree.justice.pk,
        "channel": "post",
        "received_at": "2026-03-06T09:00",
        "kind": "other",
        "title": "Thư góp ý",
        "content": "Nội dung thư.",
        "name": "Lò Văn Thư",
        "address": "Bát Xát",
        "phone": "0203 3840 123",
    }
    response = client.post("/office/petitions/new/", data)
    assert response.status_code == 302
    petition = Petition.objects.get()
    assert petition.channel == "post" and petition.code.startswith("PAKN-H15.03-260306-")
    missing = client.post("/office/petitions/new/", {**data, "name": "", "agency": tree.construction.pk})
    assert missing.status_code == 400
    body = missing.content.decode()
    assert 'id="id_name_error"' in body and 'id="id_agency_error"' in body
    assert Petition.objects.count() == 1


# --- queries do not grow with the rows ----------------------------------------------------------------


@pytest.mark.parametrize("tab", ["open", "overdue", "handled", "all"])
def test_the_queue_makes_as_many_queries_for_many_rows_as_for_one(client, login, officials, tree, tab):
    from ...portal.test_query_counts import queries

    def add(n):
        for _ in range(n):
            p = services.submit(petition_input(tree.justice), at=at(2026, 3, 6, 9))
            p = services.accept(p, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 9, 9))
            if tab == "handled":
                services.answer(p, user=officials[Role.DESK_OFFICER], text="Trả lời", at=at(2026, 3, 10, 9))

    login(officials[Role.DESK_OFFICER])
    add(1)
    few = queries(client, f"/office/petitions/?tab={tab}")
    add(6)
    assert queries(client, f"/office/petitions/?tab={tab}") == few


def test_the_public_list_makes_as_many_queries_for_many_rows_as_for_one(client, officials, tree):
    from ...portal.test_query_counts import queries

    def add(n):
        desk = officials[Role.DESK_OFFICER]
        for _ in range(n):
            p = services.accept(services.submit(petition_input(tree.justice)), user=desk)
            services.publish(services.answer(p, user=desk, text="Trả lời"), user=desk)

    add(1)
    few = queries(client, "/petitions/")
    add(6)
    assert queries(client, "/petitions/") == few
