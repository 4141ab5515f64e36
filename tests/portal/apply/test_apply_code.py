"""Issue 13 item 4a: after an online submission the citizen reads when the dossier code comes, and
gets it by SMS and e-mail when the desk receives the dossier."""
# ruff: noqa: F811 (pytest fixtures imported from tests/submissions/conftest.py are used as arguments)

from __future__ import annotations

import pytest
from django.urls import reverse

from motcua.core.models import OutboxMessage
from motcua.dossiers import services as dossier_services
from motcua.orgs.permissions import Role
from motcua.submissions import services

from ...submissions.conftest import at, procedure, ready_draft  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        (at(2026, 3, 6, 10, 0), "17:00 06/03/2026"),  # a Friday morning: by the end of that day
        (at(2026, 3, 6, 19, 30), "17:00 09/03/2026"),  # Friday evening: by the end of Monday
    ],
)
def test_the_confirmation_says_when_the_code_comes_and_how(client, citizen, procedure, officials, sent, expected):
    draft = ready_draft(citizen, procedure)
    dossier = services.submit_draft(draft, user=citizen, declaration=True, at=sent)
    client.force_login(citizen)
    page = client.get(reverse("portal:draft-submitted", args=[draft.pk])).content.decode()
    assert "Mã hồ sơ sẽ được cấp khi Bộ phận Một cửa tiếp nhận hồ sơ" in page
    assert expected in page
    assert "0912345678" in page and "an@example.vn" in page

    received = dossier_services.receive(user=officials[Role.DESK_OFFICER], dossier=dossier, at=sent)
    told = OutboxMessage.objects.filter(payload__dossier=dossier.pk, payload__event="accepted")
    assert {m.task for m in told} == {"email.send", "sms.send"}
    assert all(received.code in (m.payload.get("body") or m.payload.get("text")) for m in told)
    page = client.get(reverse("portal:draft-submitted", args=[draft.pk])).content.decode()
    assert received.code in page and "Mã hồ sơ sẽ được cấp" not in page
