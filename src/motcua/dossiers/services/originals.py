"""The paper originals' leg (phi địa giới, ND 118/2025 Art 14(2)): the receiving desk sends them to the
competent agency, whose desk records them received. Two events, each with when and by whom; no status
changes (``dossiers/centres.py`` reads the leg back)."""

from __future__ import annotations

from django.db import transaction

from motcua.core.text import nfc

from .. import lifecycle, policy
from ..models import Dossier
from ..workflow import Action
from .shell import _open, _save, _transition


def _leg(action: Action, dossier, user, note: str, revision, at) -> Dossier:
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, action)
    policy.require(user, action, dossier, now)
    data = {"from": dossier.agency_id, "to": dossier.lead_agency_id}
    note = nfc(note or "").strip()
    if note:
        data["note"] = note
    lifecycle.remark(case, action, now, data, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def send_originals(dossier: Dossier, *, user, note: str = "", revision: int | None = None, at=None) -> Dossier:
    """“Gửi hồ sơ giấy”: the receiving desk hands the paper originals over for the competent agency."""
    return _leg(Action.SEND_ORIGINALS, dossier, user, note, revision, at)


@transaction.atomic
def receive_originals(dossier: Dossier, *, user, note: str = "", revision: int | None = None, at=None) -> Dossier:
    """“Đã nhận hồ sơ giấy”: the competent agency's desk records the paper originals received."""
    return _leg(Action.RECEIVE_ORIGINALS, dossier, user, note, revision, at)
