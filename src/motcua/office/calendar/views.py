"""Back office: the province's holiday override table (ngày nghỉ, ngày làm bù), by year."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from motcua.orgs import permissions
from motcua.orgs import selectors as org_selectors
from motcua.orgs.permissions import Perm
from motcua.worktime import selectors, services
from motcua.worktime.models import HolidayOverride
from motcua.worktime.office_calendar import MAX_YEAR, MIN_YEAR

from ..access import staff_required


class OverrideForm(forms.Form):
    date = forms.DateField(label=_lazy("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    kind = forms.ChoiceField(label=_lazy("Kind"), choices=HolidayOverride.Kind.choices)
    name = forms.CharField(label=_lazy("Name"), max_length=200, help_text=_lazy("e.g. Day off for Tết 2027"))
    legal_reference = forms.CharField(
        label=_lazy("Legal reference"),
        max_length=255,
        required=False,
        help_text=_lazy("Number and date of the government notice or decision."),
    )


def _require_province(request: HttpRequest) -> None:
    """The override table is province-wide: only who manages the calendar at the top agency."""
    permissions.require(request.user, Perm.MANAGE_CALENDAR, org_selectors.top_agency(), request=request)


def _year(request: HttpRequest) -> int:
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        return timezone.localdate().year
    return min(max(year, MIN_YEAR), MAX_YEAR)


def _list_url(year: int) -> str:
    return f"{reverse('office:calendar-overrides')}?year={year}"


@staff_required(Perm.MANAGE_CALENDAR)
def override_list(request: HttpRequest) -> HttpResponse:
    _require_province(request)
    year = _year(request)
    summary = selectors.year_summary(year, selectors.default_calendar(), language=(get_language() or "vi")[:2])
    return render(
        request,
        "office/calendar/override_list.html",
        {
            "year": year,
            "previous_year": max(year - 1, MIN_YEAR),
            "next_year": min(year + 1, MAX_YEAR),
            "overrides": selectors.overrides_in_year(year),
            "summary": summary,
        },
    )


@staff_required(Perm.MANAGE_CALENDAR)
def override_create(request: HttpRequest) -> HttpResponse:
    _require_province(request)
    form = OverrideForm(request.POST or None, initial={"date": request.GET.get("date") or None})
    if request.method == "POST" and form.is_valid():
        try:
            override = services.add_override(**form.cleaned_data)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(
                request, _("The day was added; the open deadlines it affects are being recomputed in the background.")
            )
            return redirect(_list_url(override.date.year))
    return render(request, "office/calendar/override_form.html", {"form": form, "year": _year(request)})


@staff_required(Perm.MANAGE_CALENDAR)
def override_delete(request: HttpRequest, pk: int) -> HttpResponse:
    _require_province(request)
    override = get_object_or_404(HolidayOverride, pk=pk)
    if request.method == "POST":
        year = override.date.year
        services.delete_override(override)
        messages.success(
            request, _("The day was removed; the open deadlines it affects are being recomputed in the background.")
        )
        return redirect(_list_url(year))
    return render(request, "office/calendar/override_confirm_delete.html", {"override": override})


def _add_errors(form: forms.Form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)
