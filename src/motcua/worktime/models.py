"""The editable part of the calendar: the province's override table and per-agency office hours.

Both are written only through ``worktime.services`` (which recomputes open deadlines) and every
change is audited.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .office_calendar import DEFAULT_SESSIONS, MAX_YEAR, MIN_YEAR, OverrideKind


class HolidayOverride(models.Model):
    """A day whose status differs from ``holidays.VN``: an extra day off (ngày nghỉ) or a
    make-up working day (ngày làm bù), as set each year by government notice."""

    class Kind(models.TextChoices):
        DAY_OFF = OverrideKind.DAY_OFF.value, _("Day off")
        MAKE_UP_WORKDAY = OverrideKind.MAKE_UP_WORKDAY.value, _("Make-up working day")

    date = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    legal_reference = models.CharField(
        _("legal reference"),
        max_length=255,
        blank=True,
        help_text=_("Number and date of the government notice or decision that sets this day."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("holiday override")
        verbose_name_plural = _("holiday overrides")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date.isoformat()} {self.get_kind_display()}: {self.name}"

    def clean(self) -> None:
        if self.date and not MIN_YEAR <= self.date.year <= MAX_YEAR:
            raise ValidationError(
                {"date": _("The calendar covers the years %(lo)s to %(hi)s.") % {"lo": MIN_YEAR, "hi": MAX_YEAR}}
            )


class AgencyCalendar(models.Model):
    """Office hours of one agency and its units when they differ from the province's default
    (07:30–11:30 and 13:00–17:00, Monday to Friday), e.g. Saturday-morning reception."""

    agency = models.OneToOneField(
        "orgs.Agency",
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="work_calendar",
    )
    morning_start = models.TimeField(_("morning opens"), default=DEFAULT_SESSIONS[0][0])
    morning_end = models.TimeField(_("morning closes"), default=DEFAULT_SESSIONS[0][1])
    afternoon_start = models.TimeField(_("afternoon opens"), null=True, blank=True, default=DEFAULT_SESSIONS[1][0])
    afternoon_end = models.TimeField(_("afternoon closes"), null=True, blank=True, default=DEFAULT_SESSIONS[1][1])
    saturday_morning = models.BooleanField(_("receives dossiers on Saturday morning"), default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("agency calendar")
        verbose_name_plural = _("agency calendars")

    def __str__(self) -> str:
        return f"{self.agency}: {self.sessions_label}"

    @property
    def sessions(self) -> tuple[tuple[dt.time, dt.time], ...]:
        morning = ((self.morning_start, self.morning_end),)
        if self.afternoon_start and self.afternoon_end:
            return (*morning, (self.afternoon_start, self.afternoon_end))
        return morning

    @property
    def sessions_label(self) -> str:
        return ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in self.sessions)

    def clean(self) -> None:
        if (self.afternoon_start is None) != (self.afternoon_end is None):
            raise ValidationError({"afternoon_end": _("Give both afternoon times or neither.")})
        previous = None
        for start, end in self.sessions:
            if start is None or end is None or start >= end or (previous and start < previous):
                raise ValidationError(_("Sessions must be in order and must not overlap."))
            previous = end
