"""Subscriptions of notifications to what dossiers and petitions announce (connected in ``apps.py``).

Each receiver runs inside the announcing action's transaction and only queues outbox rows, so a
rolled-back action sends nothing, and a failure here rolls the action back.
"""

from __future__ import annotations

from . import services


def on_dossier_event(sender, *, dossier, event: str, at=None, context: dict, **kwargs) -> None:
    """E-mail and SMS to the applicant for the events that have templates; other events are not ours."""
    if event in services.EVENT_ACTION:
        services.notify_dossier(dossier, event, at=at, **context)


def on_petition_event(sender, *, petition, event: str, at=None, **kwargs) -> None:
    """E-mail and SMS to the petitioner."""
    if event in services.PETITION_EVENT:
        services.notify_petition(petition, event, at=at)


def connect() -> None:
    from motcua.dossiers.signals import dossier_event
    from motcua.petitions.signals import petition_event

    dossier_event.connect(on_dossier_event, dispatch_uid="notifications.dossier_event")
    petition_event.connect(on_petition_event, dispatch_uid="notifications.petition_event")
