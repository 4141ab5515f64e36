"""Issue 13 item 5f: labels say what they mean — "Đã trả kết quả" only once the result was returned,
the notification channel is not "Hình thức nộp", and received and submitted moments are told apart."""
# ruff: noqa: F811 (pytest fixtures imported from other test packages are used as arguments)

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from motcua.dossiers import services
from motcua.orgs.permissions import Role

from ..dossiers.conftest import applicant, at, components, pdf, procedure  # noqa: F401

pytestmark = pytest.mark.django_db


def online_received(officials, tree, procedure, citizen):
    dossier = services.submit_online(
        account=citizen,
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 9, 0),
    )
    return services.receive(user=officials[Role.DESK_OFFICER], dossier=dossier, at=at(2026, 3, 6, 10, 30))


def returned(officials, dossier):
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 6, 14, 0))
    dossier = services.forward(
        dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=at(2026, 3, 9, 8, 0)
    )
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=at(2026, 3, 9, 9, 0))
    dossier = services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=at(2026, 3, 9, 15))
    return services.return_result(
        dossier, user=officials[Role.DESK_OFFICER], received_by="Nguyễn Văn An", at=at(2026, 3, 10, 8, 15)
    )


def test_returned_is_said_only_after_the_return(client, login, officials, tree, procedure, citizen):
    dossier = online_received(officials, tree, procedure, citizen)
    office = reverse("office:dossier-detail", args=[dossier.pk])
    mine = reverse("portal:my-dossier", args=[dossier.pk])
    login(officials[Role.DESK_OFFICER])
    page = client.get(office).content.decode()
    assert "Đã trả kết quả" not in page and "Hình thức nhận kết quả" in page
    login(citizen)
    assert "Đã trả kết quả" not in client.get(mine).content.decode()

    returned(officials, dossier)
    login(officials[Role.DESK_OFFICER])
    page = client.get(office).content.decode()
    assert "Thời điểm trả kết quả</dt><dd>08:15 10/03/2026" in page
    assert "Hình thức trả kết quả" in page  # the return event in the history, and no "Trả kết quả" as a label
    login(citizen)
    assert "Thời điểm trả kết quả</dt><dd>08:15 10/03/2026" in client.get(mine).content.decode()


def test_submitted_and_received_moments_have_distinct_labels(client, login, officials, tree, procedure, citizen):
    dossier = online_received(officials, tree, procedure, citizen)
    for who, url in (
        (officials[Role.DESK_OFFICER], reverse("office:dossier-detail", args=[dossier.pk])),
        (citizen, reverse("portal:my-dossier", args=[dossier.pk])),
    ):
        login(who)
        page = client.get(url).content.decode()
        assert "Thời điểm nộp trực tuyến</dt><dd>09:00 06/03/2026" in page
        assert "Thời điểm tiếp nhận</dt><dd>10:30 06/03/2026" in page


def test_the_notification_channel_is_not_called_the_submission_channel(
    client, login, officials, tree, procedure, citizen
):
    dossier = online_received(officials, tree, procedure, citizen)
    login(officials[Role.DESK_OFFICER])
    page = client.get(reverse("office:dossier-detail", args=[dossier.pk])).content.decode()
    messages = page[page.index('id="messages-heading"') :]
    assert '<th scope="col">Gửi qua</th>' in messages and "Hình thức nộp" not in messages
    login(officials[Role.PROVINCE_ADMIN])
    templates = client.get(reverse("office:notification-templates")).content.decode()
    assert "Gửi qua" in templates and "Hình thức nộp" not in templates
    from motcua.evaluations.models import Evaluation
    from motcua.notifications.models import NotificationTemplate

    with translation.override("vi"):
        assert str(NotificationTemplate._meta.get_field("channel").verbose_name) == "kênh gửi"
        assert str(Evaluation._meta.get_field("channel").verbose_name) == "hình thức đánh giá"
