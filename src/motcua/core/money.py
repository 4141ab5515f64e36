"""Money in đồng, written the Vietnamese way everywhere: ``200.000 ₫`` (dot between thousands, a space, ₫).

One writing for the portal, the desk, the timeline and the reports, whatever the language of the page,
so that a fee reads the same to the citizen and to the official. A fee of 0 (or no fee at all) is
“Miễn phí” (“Free of charge”), never “0 ₫”. Templates use the filters of ``core/templatetags/money.py``.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

CURRENCY = "₫"


def vnd(amount) -> str:
    """``200000`` → ``"200.000 ₫"``; ``None`` → ``""``. Whole đồng (the fractional part is dropped)."""
    if amount is None or amount == "":
        return ""
    value = int(amount)
    sign = "-" if value < 0 else ""
    return f"{sign}{abs(value):,}".replace(",", ".") + f" {CURRENCY}"


def fee(amount) -> str:
    """A fee as the public reads it: ``"Miễn phí"`` when nothing is due, else ``vnd``."""
    if not amount or int(amount) == 0:
        return _("Free of charge")
    return vnd(amount)


def fees_total(fees: Iterable[dict]) -> int:
    """The sum of a procedure version's fees (``content["fees"]``), in đồng."""
    return sum(int(item.get("amount") or 0) for item in fees or [])
