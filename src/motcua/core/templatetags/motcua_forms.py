"""Template helpers for forms shared by the portal and the office."""

from __future__ import annotations

import re

from django import template

register = template.Library()

# A message that already starts by naming its field ("Số định danh cá nhân: …", core.validators).
_NAMED = re.compile(r"^[^\s:][^:.!?\n]{0,60}: ")


@register.filter
def named(message, label) -> str:
    """The error as a line of the error summary: ``"<field label>: <message>"`` (GOV.UK pattern), unless
    the message already names its field."""
    message, label = str(message), str(label or "").strip()
    if not label or message.startswith(f"{label}:") or _NAMED.match(message):
        return message
    return f"{label}: {message}"
