from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse

from motcua.core import ratelimit
from motcua.dossiers import centres
from motcua.dossiers import selectors as dossier_selectors


def home(request):
    return render(request, "portal/home.html")


@login_required
def after_login(request):
    """Officials go to their back office, citizens and businesses to the portal."""
    if request.user.is_official:
        return redirect("office:dashboard")
    return redirect("portal:home")


def lookup(request):
    """The lookup form: a code typed in (or read from the slip's QR code) → its status page."""
    code = dossier_selectors.normal_code(request.GET.get("code") or "")
    if not code:
        return render(request, "portal/lookup.html", {"code": ""})
    try:
        return redirect("portal:dossier-status", code=code)
    except NoReverseMatch:  # a "/" cannot be in the status page's address, nor in any dossier code
        return render(request, "portal/lookup.html", {"code": code, "not_found": True}, status=404)


def dossier_status(request, code: str):
    """A dossier's public status: no personal data (TT 01/2018 Art 16(2)(d)), rate-limited per address."""
    if ratelimit.exceeded(request, "lookup", 60):  # shared with the public API
        return render(request, "portal/lookup.html", {"code": code, "throttled": True}, status=429)
    dossier = dossier_selectors.by_code(code)
    if dossier is None:
        return render(request, "portal/lookup.html", {"code": code, "not_found": True}, status=404)
    status = dossier_selectors.public_status(dossier)
    legs = centres.public_legs(dossier.code)  # phi địa giới: received at one desk, decided by another agency
    return render(
        request,
        "portal/lookup.html",
        {"code": code, "status": status, "owner_url": _owner_url(request, dossier), "legs": legs},
    )


def _owner_url(request, dossier) -> str:
    """The applicant's own page of the dossier, when the visitor is logged in as its account."""
    if not request.user.is_authenticated or dossier.account_id != request.user.pk:
        return ""
    try:
        return reverse("portal:my-dossier", args=[dossier.pk])
    except NoReverseMatch:
        return ""
