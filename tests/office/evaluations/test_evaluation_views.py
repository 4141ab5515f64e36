"""The desk's tablet page for evaluations and the back-office summary, with their permission checks."""
# ruff: noqa: F811 (pytest fixtures imported from tests/evaluations/conftest.py are used as arguments)

from django.urls import reverse

from motcua.dossiers.workflow import Status
from motcua.evaluations.models import Evaluation
from motcua.evaluations.services import rate
from motcua.orgs.permissions import Role

from ...conftest import make_staff
from ...evaluations.conftest import english, flow, other_citizen, procedure, rated  # noqa: F401

SUMMARY = reverse("office:evaluations")


def tablet(dossier):
    return reverse("office:dossier-evaluate", args=[dossier.pk])


def test_the_desk_officer_opens_the_tablet_page_for_the_citizen(flow, login, english, officials):
    dossier = flow.returned()
    client = login(officials[Role.DESK_OFFICER])
    detail = client.get(reverse("office:dossier-detail", args=[dossier.pk])).content.decode()
    assert tablet(dossier) in detail
    leader_view = login(officials[Role.AGENCY_LEADER]).get(reverse("office:dossier-detail", args=[dossier.pk]))
    assert leader_view.status_code == 200 and tablet(dossier) not in leader_view.content.decode()
    client = login(officials[Role.DESK_OFFICER])
    body = client.get(tablet(dossier)).content.decode()
    assert "How was your dossier handled?" in body and "Very satisfied" in body and "😀" in body
    assert body.count("<fieldset") == 9  # the overall level and eight criteria (online dossier), one per fieldset
    response = client.post(tablet(dossier), {"attitude": "polite"})
    assert response.status_code == 400
    assert "Choose how satisfied you are overall." in response.content.decode()
    assert not Evaluation.objects.exists()
    response = client.post(
        tablet(dossier), {"satisfaction": "satisfied", "attitude": "polite", "bodies": "none", "comment": "Tốt"}
    )
    thanks = reverse("office:dossier-evaluate-thanks", args=[dossier.pk])
    assert response.status_code == 302 and response["Location"] == thanks
    evaluation = Evaluation.objects.get(dossier=dossier)
    assert (evaluation.channel, evaluation.recorded_by) == ("desk_device", officials[Role.DESK_OFFICER])
    assert (evaluation.attitude, evaluation.bodies, evaluation.comment) == ("polite", "none", "Tốt")
    body = client.get(thanks).content.decode()
    assert "Thank you for your evaluation!" in body and reverse("office:dossier-detail", args=[dossier.pk]) in body
    assert client.get(tablet(dossier)).status_code == 409  # only once
    detail = client.get(reverse("office:dossier-detail", args=[dossier.pk])).content.decode()
    assert tablet(dossier) not in detail


def test_the_tablet_page_waits_for_the_result(flow, login, officials):
    dossier = flow.at_specialist()
    client = login(officials[Role.DESK_OFFICER])
    assert client.get(tablet(dossier)).status_code == 409
    assert client.post(tablet(dossier), {"satisfaction": "satisfied"}).status_code == 409
    assert not Evaluation.objects.exists()


def test_the_tablet_page_is_refused_to_others(flow, login, client, officials, tree, other_official):
    dossier = flow.returned()
    response = client.get(tablet(dossier))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    other_desk = make_staff("xd.desk", tree.construction, Role.DESK_OFFICER)
    for user in (
        other_desk,
        flow.account,
        officials[Role.SPECIALIST],
        officials[Role.AGENCY_LEADER],
        other_official,
    ):
        client = login(user)
        assert client.get(tablet(dossier)).status_code == 403, user
        assert client.post(tablet(dossier), {"satisfaction": "satisfied"}).status_code == 403, user
        assert client.get(reverse("office:dossier-evaluate-thanks", args=[dossier.pk])).status_code == 403
    assert not Evaluation.objects.exists()
    assert dossier.status == Status.RETURNED


def test_the_summary_is_limited_to_the_viewers_subtree(rated, login, english, officials, tree, other_official, citizen):
    client = login(officials[Role.PROVINCE_ADMIN])
    body = client.get(SUMMARY).content.decode()
    assert "Sở Tư pháp" in body and "Sở Xây dựng" in body and "75.0 %" in body and "leader2" in body
    client = login(officials[Role.AGENCY_LEADER])
    body = client.get(SUMMARY).content.decode()
    assert "Sở Tư pháp" in body and "Sở Xây dựng" not in body and "66.7 %" in body
    assert client.get(reverse("office:evaluations-agency", args=[tree.construction.pk])).status_code == 403
    body = client.get(reverse("office:evaluations-agency", args=[tree.justice.pk])).content.decode()
    assert body.count('class="card"') >= 3 and "Not polite" in body
    body = login(rated["xd_desk"]).get(SUMMARY).content.decode()
    assert "Sở Xây dựng" in body and "Sở Tư pháp" not in body and "100.0 %" in body
    assert login(other_official).get(SUMMARY).status_code == 403
    assert login(citizen).get(SUMMARY).status_code == 403


def test_the_summary_period_and_drill_down_comments(flow, login, english, citizen, officials, tree):
    from ...evaluations.conftest import at

    dossier = flow.returned()
    rate(
        dossier,
        by_user=citizen,
        channel="online",
        answers={"satisfaction": "not_satisfied"},
        comment="Phải đi lại nhiều lần",
        at=at(2026, 3, 12, 9),
    )
    client = login(officials[Role.INSPECTOR])
    body = client.get(SUMMARY, {"start": "2026-03-01", "end": "2026-03-31"}).content.decode()
    assert "0.0 %" in body
    body = client.get(SUMMARY, {"start": "2026-04-01"}).content.decode()
    assert "0.0 %" not in body and "No evaluation in this period." in body
    response = client.get(SUMMARY, {"start": "2026-04-01", "end": "2026-03-01"})
    assert response.status_code == 400 and 'id="id_end-error"' in response.content.decode()
    body = client.get(reverse("office:evaluations-agency", args=[tree.justice.pk])).content.decode()
    assert "Phải đi lại nhiều lần" in body and dossier.code in body
