from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgsConfig(AppConfig):
    """Agencies (tree with e-ID codes), units, staff roles and jurisdiction."""

    name = "motcua.orgs"
    label = "orgs"
    verbose_name = _("Organisations")

    def ready(self) -> None:
        from motcua.audit import registry

        from .models import Agency, AgencyPlacement, StaffRole

        registry.register(Agency, exclude={"path", "depth"})
        registry.register(StaffRole)
        registry.register(AgencyPlacement)
