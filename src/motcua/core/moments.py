"""Moments and their dates in Vietnam (giờ Việt Nam, Asia/Ho_Chi_Minh) — the one place a date comes from.

A moment is an aware datetime; the database keeps it in UTC and a source may write it in any offset.
Every date derived from a moment — an appointment's day, the early / on-time / late verdict, a report
period, the code's day, the days taken — is its date **in Asia/Ho_Chi_Minh**, wherever the moment came
from (a live action, the historical import, the API, later the national portal). Moments that enter
from outside are normalised on the way in with :func:`normalise` or :func:`parse`: a naive time is read
as Vietnam time (Vietnam has kept +07:00 since 1975, so it names exactly one moment), and the result is
in Asia/Ho_Chi_Minh, so that what is stored and written back (``isoformat``) does not depend on how the
source spelt it.

No Django here: the deadline engine (``worktime.engine``) and the importer's hot loop use it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Ho_Chi_Minh")  # settings.TIME_ZONE; ZoneInfo returns the one cached instance per key


def local(moment: dt.datetime) -> dt.datetime:
    """``moment`` in Vietnam time. A naive moment is refused: inside the system every moment is aware."""
    tz = moment.tzinfo
    if tz is TZ:
        return moment
    if tz is None or tz.utcoffset(moment) is None:
        raise ValueError(f"An aware moment is needed (Asia/Ho_Chi_Minh), not the naive {moment.isoformat()}.")
    return moment.astimezone(TZ)


def local_date(moment: dt.datetime | dt.date) -> dt.date:
    """The date of ``moment`` in Vietnam (ngày theo giờ Việt Nam); a date is returned as it is."""
    if isinstance(moment, dt.datetime):
        return local(moment).date()
    return moment


def normalise(moment: dt.datetime) -> dt.datetime:
    """A moment from outside in Vietnam time: a naive one is read as Vietnam time, an aware one converted."""
    tz = moment.tzinfo
    if tz is TZ:
        return moment
    if tz is None or tz.utcoffset(moment) is None:
        return moment.replace(tzinfo=TZ)
    return moment.astimezone(TZ)


def parse(text: str) -> dt.datetime:
    """An ISO 8601 moment (``…Z``, ``…+07:00``, any offset, or none: Vietnam time), in Vietnam time.

    Raises ``ValueError`` for anything else."""
    if not isinstance(text, str):
        raise ValueError("An ISO 8601 moment is text.")
    return normalise(dt.datetime.fromisoformat(text.strip()))
