from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared infrastructure: health check, the durable outbox and its worker, base layout."""

    name = "motcua.core"
    label = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from . import handlers  # noqa: F401 — registers the outbox handlers
