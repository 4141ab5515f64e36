"""Công khai tiến độ: the public page of recently received, resolved and overdue dossiers per agency."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from motcua.dossiers import disclosure
from motcua.orgs.forms import grouped_choices, option_groups


def disclosure_page(request: HttpRequest) -> HttpResponse:
    name = request.GET.get("list") or "received"
    agency, known = disclosure.chosen_agency(request.GET.get("agency", ""))
    errors = {}
    if name not in disclosure.LISTS:
        errors["list"], name = True, "received"
    if not known:
        errors["agency"] = True
    data = disclosure.cached_listing(name, agency)
    context = {
        "lists": disclosure.LISTS,
        "current": name,
        "agency": agency,
        "agency_groups": option_groups(grouped_choices(disclosure.agencies(), value="code")),
        "rows": data["rows"],
        "counts": data["counts"],
        "as_of": data["at"],
        "window_days": disclosure.WINDOW_DAYS,
        "errors": errors,
    }
    return render(request, "portal/disclosure.html", context, status=400 if errors else 200)
