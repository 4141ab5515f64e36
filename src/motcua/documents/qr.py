"""The QR code printed on the receipt slip: the public status lookup of the dossier, as an embedded SVG."""

from __future__ import annotations

from urllib.parse import quote

import segno
from django.urls import NoReverseMatch, reverse

# A citizen-facing lookup page wins over the JSON API when the portal provides one.
PAGE_ROUTES = ("portal:dossier-status", "portal:lookup")
API_ROUTE = "public-dossier"


def status_path(code: str) -> str:
    """The path of the public status of ``code`` (no personal data, no login)."""
    for name in PAGE_ROUTES:
        try:
            return reverse(name, kwargs={"code": code})
        except NoReverseMatch:
            continue
    try:
        return reverse(API_ROUTE, kwargs={"code": code})
    except NoReverseMatch:
        return f"/api/v1/public/dossiers/{quote(code)}"


def status_url(code: str, request=None, base_url: str = "") -> str:
    """The absolute URL when a request (or the site's base URL) is known, else the path."""
    path = status_path(code)
    if request is not None:
        return request.build_absolute_uri(path)
    return base_url.rstrip("/") + path if base_url else path


def svg_data_uri(text: str) -> str:
    """The QR code of ``text`` as an SVG ``data:`` URI (allowed by the CSP ``img-src data:``)."""
    return segno.make(text, error="m", micro=False).svg_data_uri(scale=4, border=2, omit_charset=True)
