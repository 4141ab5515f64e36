"""What the petition write path announces: ``received``, ``rejected``, ``forwarded``, ``answered``.

Subscribers connect to :data:`petition_event` in their ``AppConfig.ready`` (notifications queues the
messages to the petitioner from its editable templates), so petitions never imports them. Receivers run
inside the action's transaction, like those of :mod:`motcua.dossiers.signals`.
"""

from __future__ import annotations

import datetime as dt

from django.dispatch import Signal

# Sent with sender=Petition and the keyword arguments petition, event (str), at (datetime or None).
petition_event = Signal()


def announce(petition, event: str, *, at: dt.datetime | None = None) -> None:
    """Tell every subscriber about ``event``; call it inside the action's transaction."""
    petition_event.send(sender=type(petition), petition=petition, event=str(event), at=at)
