"""Rating from the link of the return SMS or e-mail (đánh giá qua đường dẫn): no login needed.

The link carries the dossier code and its check (``evaluations.services.link_token``), so the citizen
received at the counter without a portal account can rate once; a wrong check is a plain 404. The page
names the procedure and the agency, never the applicant.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from motcua.core import ratelimit
from motcua.evaluations import services as evaluation_services
from motcua.evaluations.forms import EvaluationForm
from motcua.evaluations.models import EvaluationChannel

ATTEMPTS_PER_MINUTE = 30


@never_cache
def rate(request: HttpRequest, code: str, token: str) -> HttpResponse:
    if ratelimit.exceeded(request, "rate-link", ATTEMPTS_PER_MINUTE):
        return render(request, "portal/rate.html", {"throttled": True}, status=429)
    dossier = evaluation_services.by_link(code, token)
    if dossier is None:
        raise Http404
    context = {"dossier": dossier}
    if not evaluation_services.can_rate(dossier):
        rated = hasattr(dossier, "evaluation")
        return render(request, "portal/rate.html", context | {"closed": True, "rated": rated}, status=409)
    form = EvaluationForm(request.POST or None, dossier=dossier)
    if request.method == "POST" and form.is_valid():
        try:
            recorded = form.record(by_user=request.user, channel=EvaluationChannel.ONLINE, token=token)
        except PermissionDenied as exc:
            raise Http404 from exc
        if recorded:
            return render(request, "portal/rate.html", context | {"thanks": True})
    status = 400 if request.method == "POST" else 200
    return render(request, "portal/rate.html", context | {"form": form}, status=status)
