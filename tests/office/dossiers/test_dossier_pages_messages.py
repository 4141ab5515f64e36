"""The dossier page shows officials the e-mails and SMS the applicant was sent, with their delivery state."""

from django.urls import reverse

from motcua.core import outbox
from motcua.dossiers import services
from motcua.orgs.permissions import Role

from ...dossiers.conftest import applicant, at, components, procedure  # noqa: F401


def test_messages_to_the_applicant_are_listed_with_their_state(client, login, officials, tree, procedure):  # noqa: F811
    dossier = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 9, 0),
    )
    outbox.drain()
    login(officials[Role.DESK_OFFICER])
    body = client.get(reverse("office:dossier-detail", args=[dossier.pk])).content.decode()
    section = body.split('id="messages-heading"')[1]
    assert "an@example.vn" in section and "84912345678" in section
    assert section.count("<tr>") == 3  # header + e-mail + SMS
    assert "Đã gửi" in section or "Sent" in section


def test_a_dossier_without_contact_data_says_why_nothing_was_sent(client, login, officials, tree, procedure):  # noqa: F811
    quiet = applicant()
    quiet.email, quiet.phone = "", ""
    dossier = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=quiet,
        components=components(),
        at=at(2026, 3, 6, 9, 0),
    )
    login(officials[Role.DESK_OFFICER])
    section = (
        client.get(reverse("office:dossier-detail", args=[dossier.pk]))
        .content.decode()
        .split('id="messages-heading"')[1]
    )
    assert "<table>" not in section.split("</section>")[0]
