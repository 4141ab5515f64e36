"""What the dossier write path announces, and who listens (side effects subscribed, not called by name).

The services announce each event of a dossier's life the citizen or another system may need to hear
about (``submitted``, ``accepted``, ``returned`` …) with :func:`announce`. Subscribers connect to
:data:`dossier_event` in their ``AppConfig.ready`` — notifications today, the national portal sync and
webhooks later — so the dossiers app never imports them.

Receivers run synchronously, inside the action's transaction: what they write (outbox rows) commits
with the dossier or not at all, and a receiver that raises rolls the whole action back. A receiver
must therefore only queue work (``motcua.core.outbox``), never call out to the network itself.
"""

from __future__ import annotations

import datetime as dt

from django.dispatch import Signal

# Sent with sender=Dossier and the keyword arguments
#   dossier: the Dossier, as saved by the action
#   event:   the event's name (the values of motcua.notifications.models.Event)
#   at:      the moment of the action (aware datetime) or None for "now"
#   context: event-specific values (reason, items, new_appointment …) as a dict
dossier_event = Signal()

# Every event the write path announces: a misspelt name fails at once instead of being heard by no one.
EVENTS = frozenset(
    {
        "submitted",
        "accepted",
        "completion_requested",
        "refused",
        "supplement_requested",
        "apology",
        "result_ready",
        "returned",
        "withdrawn",
        "stopped",
    }
)


def announce(dossier, event: str, *, at: dt.datetime | None = None, **context) -> None:
    """Tell every subscriber about ``event``; call it inside the action's transaction."""
    if str(event) not in EVENTS:
        raise ValueError(f"unknown dossier event {event!r}: add it to dossiers.signals.EVENTS")
    dossier_event.send(sender=type(dossier), dossier=dossier, event=str(event), at=at, context=context)
