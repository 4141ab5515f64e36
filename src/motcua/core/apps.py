from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared infrastructure: health check, the durable outbox and its worker, base layout."""

    name = "motcua.core"
    label = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from . import handlers, sessions  # noqa: F401 — the outbox handlers, the login signal
