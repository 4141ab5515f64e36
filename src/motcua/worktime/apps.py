from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorktimeConfig(AppConfig):
    """Working-time calendar and deadline engine (lịch làm việc, thời hạn giải quyết)."""

    name = "motcua.worktime"
    label = "worktime"
    verbose_name = _("Working-time calendar")

    def ready(self) -> None:
        from motcua.audit import registry

        from .models import AgencyCalendar, HolidayOverride

        registry.register(HolidayOverride)
        registry.register(AgencyCalendar)
