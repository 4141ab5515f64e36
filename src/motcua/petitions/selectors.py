"""Read queries of petitions (phản ánh, kiến nghị)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.utils import timezone

from .models import HANDLED_STATUSES, OPEN_STATUSES, Petition


@dataclass(frozen=True)
class HandlingSummary:
    """How petitions were handled in a period (feeds the article's figure, index 8 and QĐ 766 group 5)."""

    received: int  # received in the period
    handled: int  # handled (answered, published, not accepted or forwarded) in the period
    handled_on_time: int  # of ``handled``, by their deadline
    open_overdue: int  # still open at the end of the period and past their deadline (prolonged)

    @property
    def handled_late(self) -> int:
        return self.handled - self.handled_on_time

    @property
    def on_time_share(self) -> float | None:
        """Handled on time / handled, in percent with 2 decimals; None when nothing was handled."""
        return round(self.handled_on_time * 100 / self.handled, 2) if self.handled else None


def _midnight(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def handling_summary(agency_ids: Iterable[int] | None, start: dt.date, end: dt.date) -> HandlingSummary:
    """Petitions of the agencies ``agency_ids`` (None: all) from ``start`` to ``end``, local dates included."""
    low, high = _midnight(start), _midnight(end + dt.timedelta(days=1))
    qs = Petition.objects.all()
    if agency_ids is not None:
        qs = qs.filter(agency_id__in=list(agency_ids))
    handled = Q(status__in=HANDLED_STATUSES, handled_at__gte=low, handled_at__lt=high)
    still_open = Q(received_at__lt=high) & (Q(status__in=OPEN_STATUSES) | Q(handled_at__gte=high))
    row = qs.aggregate(
        received=Count("pk", filter=Q(received_at__gte=low, received_at__lt=high)),
        handled=Count("pk", filter=handled),
        handled_on_time=Count("pk", filter=handled & Q(handled_at__lte=F("due_at"))),
        open_overdue=Count("pk", filter=still_open & Q(due_at__lt=high)),
    )
    return HandlingSummary(**row)
