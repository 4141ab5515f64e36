"""Reads of personal data are recorded; a citizen trying another citizen's dossier leaves a refusal row."""

from django.urls import reverse

from motcua.audit.models import AuditEntry
from motcua.orgs.permissions import Role

from ..conftest import PASSWORD
from ..dossiers.conftest import procedure  # noqa: F401
from ..portal.test_public_privacy import secret_dossier  # noqa: F401


def test_an_official_opening_a_dossier_is_recorded(client, officials, secret_dossier):  # noqa: F811
    client.force_login(officials[Role.DESK_OFFICER])
    assert client.get(reverse("office:dossier-detail", args=[secret_dossier.pk])).status_code == 200
    row = AuditEntry.objects.get(action=AuditEntry.Action.VIEW)
    assert (row.actor, row.object_id) == (officials[Role.DESK_OFFICER], str(secret_dossier.pk))
    assert row.changes["read"] in ("dossier page", "trang hồ sơ")  # in the official's language
    component = secret_dossier.components.exclude(file="").first()
    client.get(reverse("office:dossier-component", args=[secret_dossier.pk, component.pk]))
    assert AuditEntry.objects.filter(action=AuditEntry.Action.VIEW).count() == 2


def test_a_citizen_probing_another_s_dossier_gets_404_and_leaves_a_refusal(client, citizen, secret_dossier):  # noqa: F811
    from motcua.accounts.models import User

    owner = User.objects.create_user("owner", password=PASSWORD, account_type="citizen")
    secret_dossier.account = owner
    secret_dossier.save(update_fields=["account"])
    client.force_login(citizen)
    assert client.get(reverse("portal:my-dossier", args=[secret_dossier.pk])).status_code == 404
    row = AuditEntry.objects.get(action=AuditEntry.Action.DENIED)
    assert row.actor == citizen and row.object_id == str(secret_dossier.pk)
    assert client.get(reverse("portal:my-dossier", args=[secret_dossier.pk + 1000])).status_code == 404
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DENIED).count() == 1  # nothing there: nothing probed
