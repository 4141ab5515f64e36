"""``manage.py check --deploy`` warns when the simulator is on outside debug mode."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def simulator_in_production(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    if getattr(settings, "MOTCUA_VNEID_SIMULATOR", False) and not settings.DEBUG:
        return [
            checks.Warning(
                "The VNeID simulator is on: anyone can log in as any citizen or business.",
                hint="Set MOTCUA_VNEID_SIMULATOR=0 and configure MOTCUA_OIDC_* for the national SSO.",
                id="vneid_sim.W001",
            )
        ]
    return []
