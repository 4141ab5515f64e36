"""Citizens' deadline calculator: pick a start and a limit, see the appointment date."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from motcua.core import moments
from motcua.worktime import engine, selectors
from motcua.worktime.engine import LAST_START_YEAR, Unit
from motcua.worktime.office_calendar import MIN_YEAR, OfficeCalendar

UNIT_CHOICES = [
    (Unit.WORKING_DAYS.value, _("working days")),
    (Unit.WORKING_HOURS.value, _("working hours")),
    (Unit.DAYS.value, _("calendar days")),
    (Unit.MONTHS.value, _("months")),
]


class DueForm(forms.Form):
    start_date = forms.DateField(
        label=_("Date the dossier is submitted"), widget=forms.DateInput(attrs={"type": "date"})
    )
    start_time = forms.TimeField(
        label=_("Time"),
        required=False,
        help_text=_("Leave empty for the start of the day."),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    amount = forms.DecimalField(
        label=_("Time limit"),
        min_value=0,
        max_digits=8,
        decimal_places=2,
        help_text=_("Half working days are allowed, e.g. 10.5."),
        widget=forms.NumberInput(attrs={"step": "0.5", "min": "0"}),
    )
    unit = forms.ChoiceField(label=_("Counted in"), choices=UNIT_CHOICES)

    def clean_start_date(self) -> dt.date:
        day = self.cleaned_data["start_date"]
        if not MIN_YEAR <= day.year <= LAST_START_YEAR:
            raise forms.ValidationError(
                _("Choose a date between %(lo)s and %(hi)s.") % {"lo": MIN_YEAR, "hi": LAST_START_YEAR}
            )
        return day

    def clean(self) -> dict:
        data = super().clean()
        if data.get("amount") is not None and data.get("unit"):
            try:
                engine.check_limit(data["amount"], data["unit"])
            except ValueError:
                self.add_error("amount", _UNIT_ERRORS[data["unit"]])
        return data

    @property
    def start(self) -> dt.datetime:
        data = self.cleaned_data
        return dt.datetime.combine(data["start_date"], data.get("start_time") or dt.time(), tzinfo=engine.TZ)


_UNIT_ERRORS = {
    Unit.WORKING_DAYS.value: _("Give whole or half working days, at most 1000."),
    Unit.WORKING_HOURS.value: _("Give at most 8000 working hours."),
    Unit.DAYS.value: _("Give a whole number of days, at most 3660."),
    Unit.MONTHS.value: _("Give a whole number of months, at most 120."),
}


def _days_off_between(calendar: OfficeCalendar, first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    """Named weekdays off from ``first`` to ``last`` (what the citizen sees skipped)."""
    names: dict[dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        names.update(calendar.holidays_in(year, get_language() or "vi"))
    days, day = [], first
    while day <= last:
        if day.weekday() < 5 and not calendar.is_working_day(day):
            days.append((day, names.get(day, "")))
        day += dt.timedelta(days=1)
    return days


def calculator(request: HttpRequest) -> HttpResponse:
    form = DueForm(request.GET if "start_date" in request.GET else None)
    due = days_off = None
    if form.is_bound and form.is_valid():
        calendar = selectors.default_calendar()
        due = engine.compute_due(form.start, form.cleaned_data["amount"], form.cleaned_data["unit"], calendar)
        days_off = _days_off_between(calendar, moments.local_date(due.receipt_at), due.due_date)
    return render(request, "portal/calendar.html", {"form": form, "due": due, "days_off": days_off})
