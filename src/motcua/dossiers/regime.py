"""Chế độ pháp lý của hồ sơ: which one-stop regime governs a dossier, chosen by its receipt date.

Two regimes (docs/legal/regime-2025.md, "The rule of effective dates"):

* ``2018`` — Decree 61/2018 (amended by Decree 107/2021) and Circular 01/2018/TT-VPCP, for dossiers
  received before the change date;
* ``2025`` — Decree 118/2025 and Circular 03/2025/TT-VPCP, for dossiers received from it.

The change date is ``settings.MOTCUA_REGIME_2025_FROM`` (environment ``MOTCUA_REGIME_2025_FROM``,
default 2025-07-01), a day in Vietnamese time. A dossier keeps the regime of the day it was received
(``received_at``); one not received yet (submitted online, asked to complete at intake, refused at intake)
takes the regime of its submission, else of its first event, else of today. Every rule that differs
between the regimes reads the :class:`Regime` returned here — never a date of its own:

* ``supplement_only_once`` — ``lifecycle.request_supplement`` and ``policy`` (ND 118 Art 11);
* ``forms``, ``circular``, ``stop_notice`` — ``documents/forms.py`` (TT 01/2018 Art 9, TT 03/2025 Phụ lục I);
* ``report`` — the Form 06 definition, the same in both regimes (TT 01/2020, not replaced).

Pure: nothing here reads the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

DEFAULT_CHANGE = dt.date(2025, 7, 1)
REPORT_06 = "Biểu số 06/VPCP/KSTT (Thông tư số 01/2020/TT-VPCP)"


@dataclass(frozen=True)
class Regime:
    """The rules of one regime: its legal basis, its forms and the rule values that differ."""

    name: str  # "2018" or "2025"
    decree: str  # the one-stop decree
    circular: str  # the guiding circular (the forms)
    basis: str  # the short citation used in docs and messages
    forms: dict  # form kind → number (Mẫu số)
    supplement_only_once: bool  # a second request to supplement after receipt is refused
    supplement_basis: str
    stop_notice: bool  # the stop notice (thông báo dừng giải quyết hồ sơ) is a form of the set
    stop_basis: str
    report: str  # the Form 06 definition that counts its dossiers

    @property
    def stop_form(self) -> str | None:
        return self.forms.get("stop")

    def __str__(self) -> str:
        return self.basis


REGIMES = {
    "2018": Regime(
        name="2018",
        decree="Nghị định số 61/2018/NĐ-CP",
        circular="Thông tư số 01/2018/TT-VPCP",
        basis="ND 61/2018, TT 01/2018",
        forms={"receipt": "01", "supplement": "02", "refusal": "03", "apology": "04", "control": "05", "logbook": "06"},
        # ND 61 Art 15(3) asks for every missing item at once; a later request after appraisal is
        # allowed (Art 19(4)) and recorded as the agency's fault (lifecycle.request_supplement).
        supplement_only_once=False,
        supplement_basis="ND 61 Art 15(3), Art 19(4)",
        # a dossier could be stopped (national status 8) but the 2018 set has no notice for it
        stop_notice=False,
        stop_basis="TT 01/2018 Art 9 (no stop form)",
        report=REPORT_06,
    ),
    "2025": Regime(
        name="2025",
        decree="Nghị định số 118/2025/NĐ-CP",
        circular="Thông tư số 03/2025/TT-VPCP",
        basis="ND 118/2025, TT 03/2025",
        forms={
            "receipt": "01",
            "supplement": "02",
            "refusal": "03",
            "apology": "04",
            "stop": "05",
            "control": "06",
            "logbook": "07",
        },
        supplement_only_once=True,
        supplement_basis="ND 118 Art 11",
        stop_notice=True,
        stop_basis="ND 118 Art 21, TT 03/2025 Art 7, Mẫu 05",
        report=REPORT_06,
    ),
}


def change_date() -> dt.date:
    """The first day of the 2025 regime (``settings.MOTCUA_REGIME_2025_FROM``)."""
    value = getattr(settings, "MOTCUA_REGIME_2025_FROM", DEFAULT_CHANGE)
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def on(day: dt.date) -> Regime:
    """The regime of a dossier received on ``day`` (Vietnamese calendar day)."""
    return REGIMES["2018"] if day < change_date() else REGIMES["2025"]


def at(moment: dt.datetime | dt.date | None) -> Regime:
    """The regime of a moment (in Vietnamese time) or a day; ``None``: today."""
    if moment is None:
        return on(timezone.localdate())
    if isinstance(moment, dt.datetime):
        return on(timezone.localtime(moment).date())
    return on(moment)


def anchor(dossier, first_event_at: dt.datetime | None = None) -> dt.datetime | None:
    """The moment that decides a dossier's regime: its receipt, else its submission, else its first event."""
    return dossier.received_at or dossier.submitted_at or first_event_at or getattr(dossier, "created_at", None)


def of(dossier, first_event_at: dt.datetime | None = None) -> Regime:
    """The regime of ``dossier``: that of the day it was received (see :func:`anchor`)."""
    return at(anchor(dossier, first_event_at))


__all__ = ["REGIMES", "Regime", "anchor", "at", "change_date", "of", "on"]
