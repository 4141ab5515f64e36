"""Issue 13 item 4c: the “Đánh giá” link of the return SMS lets a citizen received at the counter
(no portal account) rate the service; the link carries a check, and the page shows no personal data."""

from __future__ import annotations

import re

from django.core.cache import cache

from motcua.core.models import OutboxMessage
from motcua.dossiers import services
from motcua.evaluations.models import Evaluation
from motcua.evaluations.services import link_token
from motcua.orgs.permissions import Role

from ..dossiers.conftest import applicant, at, components, pdf, procedure  # noqa: F401


def returned_at_the_counter(officials, tree, procedure):  # noqa: F811
    """A counter dossier (no account) walked to the returned result by the desk, head, specialist, leader."""
    cache.clear()
    desk, head = officials[Role.DESK_OFFICER], officials[Role.UNIT_HEAD]
    specialist, leader = officials[Role.SPECIALIST], officials[Role.AGENCY_LEADER]
    dossier = services.receive(
        user=desk,
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 9, 0),
    )
    dossier = services.forward(dossier, user=desk, at=at(2026, 3, 6, 14, 0))
    dossier = services.forward(dossier, user=head, handler=specialist, at=at(2026, 3, 9, 8, 0))
    dossier = services.forward(dossier, user=specialist, at=at(2026, 3, 10, 9, 0))
    dossier = services.decide(dossier, user=leader, result_file=pdf(), at=at(2026, 3, 10, 15, 0))
    return services.return_result(dossier, user=desk, received_by="Nguyễn Văn An", at=at(2026, 3, 11, 8, 0))


def _link(text: str) -> str:
    match = re.search(r"https?://[^/\s]+(/rate/\S+/)", text)
    assert match, text
    return match.group(1)


def test_the_return_sms_links_to_a_page_where_a_counter_citizen_rates(client, officials, tree, procedure):  # noqa: F811
    dossier = returned_at_the_counter(officials, tree, procedure)
    assert dossier.account_id is None
    sms = OutboxMessage.objects.get(task="sms.send", payload__event="returned", payload__dossier=dossier.pk)
    path = _link(sms.payload["text"])
    assert dossier.code in path and link_token(dossier.code) in path
    page = client.get(path)  # anonymous: no login
    body = page.content.decode()
    assert page.status_code == 200 and 'name="satisfaction"' in body
    for secret in ("Nguyễn Văn An", "0912345678", "010203004005", "an@example.vn"):
        assert secret not in body
    response = client.post(path, {"satisfaction": "very_satisfied", "attitude": "polite", "comment": "Nhanh gọn"})
    assert response.status_code == 200
    evaluation = Evaluation.objects.get(dossier=dossier)
    assert (evaluation.satisfaction, evaluation.attitude, evaluation.channel) == ("very_satisfied", "polite", "online")
    assert evaluation.recorded_by is None
    again = client.post(path, {"satisfaction": "not_satisfied"})
    assert again.status_code == 409 and Evaluation.objects.filter(dossier=dossier).count() == 1


def test_the_return_email_carries_the_same_rating_link(officials, tree, procedure):  # noqa: F811
    dossier = returned_at_the_counter(officials, tree, procedure)
    mail = OutboxMessage.objects.get(task="email.send", payload__event="returned", payload__dossier=dossier.pk)
    assert _link(mail.payload["body"]) == f"/rate/{dossier.code}/{link_token(dossier.code)}/"


def test_a_rating_link_with_a_wrong_check_is_refused(client, officials, tree, procedure):  # noqa: F811
    dossier = returned_at_the_counter(officials, tree, procedure)
    for path in (f"/rate/{dossier.code}/{'0' * 20}/", f"/rate/{dossier.code}/{link_token(dossier.code + 'X')}/"):
        assert client.get(path).status_code == 404
        assert client.post(path, {"satisfaction": "satisfied"}).status_code == 404
    assert not Evaluation.objects.filter(dossier=dossier).exists()
