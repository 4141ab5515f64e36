"""Online submission services: drafts step by step, submission into the desk's queue, the data store."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.test import override_settings

from motcua.dossiers import selectors as dossier_selectors
from motcua.dossiers import services as dossier_services
from motcua.dossiers.models import Channel, Dossier
from motcua.dossiers.workflow import Status
from motcua.submissions import selectors, services
from motcua.submissions.models import DataStoreItem, Draft

from ..catalogue.factories import content, publish
from ..conftest import make_staff
from .conftest import pdf, ready_draft, text_as_pdf

pytestmark = pytest.mark.django_db


def test_submission_reaches_the_desk_queue_and_is_accepted(citizen, procedure, desk, tree):
    draft = ready_draft(citizen, procedure)
    assert draft.step == 3 and draft.desk == tree.justice

    dossier = services.submit_draft(draft, user=citizen, declaration=True)

    assert dossier.status == Status.SUBMITTED and dossier.national_status == 1
    assert dossier.channel == Channel.ONLINE and dossier.account == citizen
    assert dossier.return_method == "online" and dossier.agency == tree.justice
    assert dossier.applicant_name == "Nguyễn Văn An" and dossier.applicant_id_number == "010203004005"
    components = {c.key: c for c in dossier.components.all()}
    assert set(components) == {"to-khai", "giay-chung-sinh"}
    assert all(c.received and c.file and c.sha256 and not c.from_data_store for c in components.values())
    draft.refresh_from_db()
    assert draft.submitted and draft.dossier == dossier and draft.step == 4
    with pytest.raises(ValidationError):  # read-only once submitted
        services.save_case(draft, user=citizen, case="", desk=tree.justice, return_method="counter")

    assert dossier in dossier_selectors.queue(desk, "to_receive")
    received = dossier_services.receive(user=desk, dossier=dossier)
    assert received.code.startswith("H15.03-") and received.due_at is not None
    assert received.status == Status.RECEIVED


def test_uploads_go_to_the_data_store_unless_unticked(citizen, procedure):
    services.submit_draft(ready_draft(citizen, procedure), user=citizen, declaration=True)
    items = list(selectors.store_items(citizen))
    assert {i.component_key for i in items} == {"to-khai", "giay-chung-sinh"}
    assert all(i.file and i.source_dossier and i.procedure_code == "2.000488" for i in items)

    services.submit_draft(ready_draft(citizen, procedure), user=citizen, declaration=True, save_to_store=False)
    assert selectors.store_items(citizen).count() == 2


def test_declaration_required_and_nothing_saved(citizen, procedure):
    draft = ready_draft(citizen, procedure)
    with pytest.raises(ValidationError) as exc:
        services.submit_draft(draft, user=citizen, declaration=False)
    assert "declaration" in exc.value.message_dict
    assert not Dossier.objects.exists()
    draft.refresh_from_db()
    assert not draft.submitted


def test_reuse_from_the_store_is_recorded_and_the_file_copied(citizen, procedure):
    services.submit_draft(ready_draft(citizen, procedure), user=citizen, declaration=True)
    item = selectors.store_items(citizen).get(component_key="giay-chung-sinh")
    spec = {"key": "giay-chung-sinh", "name": "Giấy chứng sinh"}
    assert selectors.reusable_items(citizen, spec) == [item]

    draft = ready_draft(citizen, procedure, files={"to-khai": pdf("to-khai-2.pdf")}, finish=False)
    services.save_components(draft, user=citizen, reuse={"giay-chung-sinh": str(item.pk)})
    services.finish_components(draft, user=citizen)
    dossier = services.submit_draft(draft, user=citizen, declaration=True)

    component = dossier.components.get(key="giay-chung-sinh")
    assert component.from_data_store and component.store_item == item
    assert component.sha256 == item.sha256 and component.file.name != item.file.name
    fresh = dossier.components.get(key="to-khai")
    assert not fresh.from_data_store and fresh.store_item is None

    services.delete_store_item(item, user=citizen)
    item.refresh_from_db()
    assert item.removed_at is not None and not item.file
    component.refresh_from_db()
    with component.file.open("rb") as handle:  # the dossier's own copy survives
        assert handle.read().startswith(b"%PDF-")


def test_another_citizens_item_cannot_be_reused(citizen, other_citizen, procedure):
    services.submit_draft(ready_draft(other_citizen, procedure), user=other_citizen, declaration=True)
    theirs = selectors.store_items(other_citizen).first()
    draft = ready_draft(citizen, procedure)
    with pytest.raises(ValidationError) as exc:
        services.save_components(draft, user=citizen, reuse={"to-khai": str(theirs.pk)})
    assert "to-khai" in exc.value.message_dict
    with pytest.raises(PermissionDenied):
        services.delete_store_item(theirs, user=citizen)


def test_a_text_file_named_pdf_is_refused_for_its_component(citizen, procedure):
    draft = ready_draft(citizen, procedure, files={}, finish=False)
    with pytest.raises(ValidationError) as exc:
        services.save_components(draft, user=citizen, uploads={"to-khai": pdf(), "giay-chung-sinh": text_as_pdf()})
    assert list(exc.value.message_dict) == ["giay-chung-sinh"]
    assert not draft.components.exists()  # all or nothing


@override_settings(UPLOAD_MAX_BYTES=10)
def test_size_limit(citizen, procedure):
    draft = ready_draft(citizen, procedure, files={}, finish=False)
    with pytest.raises(ValidationError) as exc:
        services.save_components(draft, user=citizen, uploads={"to-khai": pdf()})
    assert "ket-qua.pdf" in exc.value.message_dict["to-khai"][0]  # "… is larger than 0 MB"
    assert not draft.components.exists()


def test_required_components_block_the_next_step(citizen, procedure):
    draft = ready_draft(citizen, procedure, files={}, finish=False)
    services.save_components(draft, user=citizen, uploads={"to-khai": pdf()})
    with pytest.raises(ValidationError) as exc:
        services.finish_components(draft, user=citizen)
    assert list(exc.value.message_dict) == ["giay-chung-sinh"]
    assert "Giấy chứng sinh" in exc.value.message_dict["giay-chung-sinh"][0]
    assert draft.components.filter(key="to-khai").exists()  # what was valid stays saved
    draft.refresh_from_db()
    assert draft.step == 2


def test_on_behalf_of_another_person(citizen, procedure, tree):
    draft = services.start_draft(user=citizen, procedure=procedure)
    data = {
        "name": "Nguyễn Văn An",
        "id_number": "010203004005",
        "phone": "0912345678",
        "principal_name": "Lê Thị Cúc",
        "principal_id_number": "001122334455",
        "principal_address": "Xã A Mú Sung",
        "relation": "con",
        "authorisation_number": "12/UQ",
        "authorisation_date": "2026-02-01",
    }
    with pytest.raises(ValidationError) as exc:
        services.save_applicant(draft, user=citizen, applying_as="other", data=data)
    assert list(exc.value.message_dict) == ["authorisation_file"]
    services.save_applicant(draft, user=citizen, applying_as="other", data=data, authorisation_file=pdf("uy-quyen.pdf"))
    services.save_case(draft, user=citizen, case="", desk=tree.justice, return_method="counter")
    services.save_components(draft, user=citizen, uploads={"to-khai": pdf(), "giay-chung-sinh": pdf()})
    services.finish_components(draft, user=citizen)

    dossier = services.submit_draft(draft, user=citizen, declaration=True)

    assert dossier.applicant_name == "Lê Thị Cúc" and dossier.applicant_id_number == "001122334455"
    assert dossier.representative["name"] == "Nguyễn Văn An"
    assert dossier.representative["id_number"] == "010203004005"
    assert (
        "12/UQ" in dossier.representative["authorisation"] and "01/02/2026" in dossier.representative["authorisation"]
    )
    letter = dossier.components.get(key=services.AUTHORISATION)
    assert letter.name == services.AUTHORISATION_NAME and letter.file


def test_organisation(citizen, procedure, tree):
    draft = services.start_draft(user=citizen, procedure=procedure)
    services.save_applicant(
        draft,
        user=citizen,
        applying_as="organisation",
        data={
            "name": "Nguyễn Văn An",
            "email": "an@example.vn",
            "org_name": "Công ty TNHH Sa Pa",
            "org_tax_code": "5300123467",
            "org_address": "Lào Cai",
        },
    )
    draft.refresh_from_db()
    applicant = services.applicant_for(draft)
    assert applicant.kind == "organisation" and applicant.name == "Công ty TNHH Sa Pa"
    assert applicant.id_number == "5300123467" and applicant.representative["name"] == "Nguyễn Văn An"


def test_applicant_errors_name_the_fields(citizen, procedure):
    draft = services.start_draft(user=citizen, procedure=procedure)
    with pytest.raises(ValidationError) as exc:
        services.save_applicant(draft, user=citizen, applying_as="self", data={"name": "", "phone": "abc"})
    assert set(exc.value.message_dict) == {"name", "id_number", "phone"}
    draft.refresh_from_db()
    assert draft.step == 0


def test_results_of_approved_dossiers_appear_in_the_store(citizen, procedure, tree):
    dossier = services.submit_draft(ready_draft(citizen, procedure), user=citizen, declaration=True)
    dossier.result_file.save("ket-qua.pdf", ContentFile(b"%PDF-1.4 result\n"), save=False)
    Dossier.objects.filter(pk=dossier.pk).update(outcome="approved", result_file=dossier.result_file.name)

    assert services.collect_results(citizen) == 1
    assert services.collect_results(citizen) == 0  # once
    result = selectors.store_items(citizen).get(kind=DataStoreItem.Kind.RESULT)
    assert result.source_dossier == dossier and result.name == "Giấy khai sinh"
    assert result.content_type == "application/pdf" and result.file
    spec = {"key": "ban-sao", "name": "Bản sao Giấy khai sinh"}
    assert selectors.reusable_items(citizen, spec) == [result]

    services.delete_store_item(result, user=citizen)
    assert services.collect_results(citizen) == 0  # a removed result is not offered again


def test_commune_procedure_choice_of_desk_and_case(citizen, commune_procedure, tree):
    version = commune_procedure.versions.get()
    desks = selectors.desks_for(version)
    assert [d.code for d in desks] == ["H15.52.01", "H15.52.02"]
    draft = services.start_draft(user=citizen, procedure=commune_procedure)
    assert draft.desk is None
    with pytest.raises(ValidationError) as exc:
        services.save_case(draft, user=citizen, case="khong-co", desk=tree.justice, return_method="post")
    assert set(exc.value.message_dict) == {"case", "desk"}
    # "" is the normal case of every procedure: no component of a special case is asked for
    draft = services.save_case(draft, user=citizen, case="", desk=tree.commune.pk, return_method="post")
    assert draft.case == ""
    assert "xac-nhan" not in [s["key"] for s in selectors.component_specs(draft.version, draft.case)]
    draft = services.save_case(draft, user=citizen, case="qua-han", desk=tree.commune.pk, return_method="post")
    keys = [s["key"] for s in selectors.component_specs(draft.version, "qua-han")]
    assert keys == ["to-khai", "giay-chung-sinh", "xac-nhan", "ho-chieu"]
    missing = [s["key"] for s in selectors.missing_components(draft)]
    assert missing == ["to-khai", "giay-chung-sinh", "xac-nhan"]  # the passport need not be digitised


def test_only_online_procedures_and_only_citizens(citizen, desk, desk_only_procedure, procedure):
    with pytest.raises(ValidationError):
        services.start_draft(user=citizen, procedure=desk_only_procedure)
    with pytest.raises(PermissionDenied):
        services.start_draft(user=desk, procedure=procedure)


def test_only_the_owner_acts_on_a_draft(citizen, other_citizen, procedure):
    draft = services.start_draft(user=citizen, procedure=procedure)
    with pytest.raises(PermissionDenied):
        services.save_applicant(draft, user=other_citizen, applying_as="self", data={"name": "X"})
    with pytest.raises(PermissionDenied):
        services.discard_draft(draft, user=other_citizen)
    services.discard_draft(draft, user=citizen)
    assert not Draft.objects.exists()


def test_replaced_version_is_rechecked_on_submit(citizen, procedure, tree):
    draft = ready_draft(citizen, procedure)
    amended = content(
        name="Cấp phiếu lý lịch tư pháp",
        level="province",
        implementing_agency="H15.03",
        components=[
            {"key": "to-khai", "name": "Tờ khai đăng ký khai sinh"},
            {"key": "giay-chung-sinh", "name": "Giấy chứng sinh"},
            {"key": "anh", "name": "Ảnh chân dung"},
        ],
    )
    publish(tree.justice, [(procedure, "amend", amended)], day=dt.date(2026, 6, 1))
    assert selectors.version_replaced(draft)

    with pytest.raises(ValidationError) as exc:
        services.submit_draft(draft, user=citizen, declaration=True)
    assert list(exc.value.message_dict) == ["anh"]
    draft.refresh_from_db()
    assert draft.version.number == 1  # nothing half-saved

    assert [s["key"] for s in selectors.missing_components(draft)] == ["anh"]  # the steps follow version 2
    services.save_components(draft, user=citizen, uploads={"anh": pdf("anh.pdf")})
    dossier = services.submit_draft(draft, user=citizen, declaration=True)
    assert dossier.version.number == 2 and dossier.components.count() == 3


def test_optional_components_may_be_skipped_and_the_chosen_commune_receives(citizen, commune_procedure, tree):
    from motcua.accounts.models import User

    draft = services.start_draft(user=citizen, procedure=commune_procedure)
    services.save_applicant(
        draft,
        user=citizen,
        applying_as="self",
        data={"name": "Nguyễn Văn An", "id_number": "010203004005", "phone": "0912"},
    )
    y_ty = tree.district.children.get(code="H15.52.02")
    services.save_case(draft, user=citizen, case="dung-han", desk=y_ty, return_method="counter")
    services.save_components(draft, user=citizen, uploads={"to-khai": pdf(), "giay-chung-sinh": pdf()})
    services.finish_components(draft, user=citizen)
    dossier = services.submit_draft(draft, user=citizen, declaration=True)

    assert dossier.agency == y_ty and dossier.case == "dung-han"
    assert {c.key: c.received for c in dossier.components.all()} == {
        "to-khai": True,
        "giay-chung-sinh": True,
        "ho-chieu": False,  # not digitised: shown at the desk
    }
    assert dossier in dossier_selectors.queue(User.objects.get(username="desk-ytý"), "to_receive")
    other_desk = make_staff("desk-amusung", tree.commune, "desk_officer")
    assert dossier not in dossier_selectors.queue(other_desk, "to_receive")


def test_business_accounts_apply_for_their_organisation(procedure):
    from motcua.accounts.models import User

    business = User.objects.create_user("sapa", account_type="business", full_name="Phạm Văn Dũng")
    draft = services.start_draft(user=business, procedure=procedure)
    assert draft.applying_as == "organisation"


def test_one_component_at_a_time(citizen, procedure):
    services.submit_draft(ready_draft(citizen, procedure), user=citizen, declaration=True)
    item = selectors.store_items(citizen).get(component_key="to-khai")
    draft = ready_draft(citizen, procedure, files={}, finish=False)
    services.save_component(draft, user=citizen, key="to-khai", store_item=item)
    services.save_component(draft, user=citizen, key="giay-chung-sinh", upload=pdf())
    assert selectors.missing_components(draft) == []
    services.remove_component(draft, user=citizen, key="giay-chung-sinh")
    assert [s["key"] for s in selectors.missing_components(draft)] == ["giay-chung-sinh"]
    with pytest.raises(ValidationError):
        services.save_component(draft, user=citizen, key="nope", upload=pdf())


def test_online_needs_the_service_and_the_channel(procedure):
    version = procedure.versions.get()
    assert selectors.online_allowed(version)
    version.online_service = "partial"
    assert selectors.online_allowed(version)
    version.content = {**version.content, "channels": ["counter", "postal"]}
    assert not selectors.online_allowed(version)
    version.content["channels"].append("online")
    version.online_service = "none"
    assert not selectors.online_allowed(version)
