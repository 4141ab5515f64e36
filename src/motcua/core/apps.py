from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared infrastructure: health check, the durable outbox and its worker, base layout."""

    name = "motcua.core"
    label = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        import datetime as dt

        from motcua.audit import chain

        from . import handlers, periodic, sessions  # noqa: F401 — the outbox handlers, the login signal

        # audit sits below core and cannot reach the scheduler: its daily seal is registered here
        periodic.daily("seal-audit-log", dt.time(1, 0), chain.seal_and_ship)
