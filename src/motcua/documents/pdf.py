"""Render a form's HTML to PDF with WeasyPrint, using only the fonts and stylesheet committed in this app.

The stylesheet (``static/documents/css/forms.css``) is the same file the HTML preview links; it loads
Liberation Serif with ``@font-face`` from ``static/documents/fonts`` so the output does not depend on the
fonts installed on the machine. The URL fetcher refuses everything but ``data:`` URIs and files of this
app's static folder, so a document can never make the server fetch a remote or private resource.
"""

from __future__ import annotations

import atexit
import logging
import threading
import unicodedata
from pathlib import Path

from django.template.loader import render_to_string

STATIC_DIR = Path(__file__).resolve().parent / "static" / "documents"
CSS_PATH = STATIC_DIR / "css" / "forms.css"
FONT_DIR = STATIC_DIR / "fonts"

_local = threading.local()
# WeasyPrint reports every rendering step at INFO; keep the server log for what matters.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


@atexit.register
def _forget_tools() -> None:
    """Drop the cached font configuration before the interpreter tears its modules down."""
    _local.__dict__.pop("tools", None)


def _fetcher_class():
    from weasyprint.urls import URLFetcher

    class LocalOnlyFetcher(URLFetcher):
        """Only ``data:`` URIs and files below this app's static folder."""

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith("file://"):
                from urllib.parse import unquote, urlsplit

                path = Path(unquote(urlsplit(url).path)).resolve()
                if path.is_relative_to(STATIC_DIR) and path.is_file():
                    return super().fetch(url, headers)
            raise ValueError(f"resource not allowed in a printed form: {url[:80]}")

    return LocalOnlyFetcher


def _tools():
    """One font configuration and parsed stylesheet per thread (parsing the fonts once saves ~0.3 s)."""
    tools = getattr(_local, "tools", None)
    if tools is None:
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        fetcher = _fetcher_class()()
        font_config = FontConfiguration()
        css = CSS(filename=str(CSS_PATH), font_config=font_config, url_fetcher=fetcher)
        tools = (font_config, css, fetcher)
        _local.tools = tools
    return tools


DENSITIES = ("", "compact", "tight", "tightest")  # the classes a sheet tries, largest type first (forms.css)


def _document(html: str):
    """WeasyPrint's laid-out document of ``html`` (normalised to NFC first)."""
    from weasyprint import HTML

    font_config, css, fetcher = _tools()
    document = HTML(string=unicodedata.normalize("NFC", html), base_url=STATIC_DIR.as_uri() + "/", url_fetcher=fetcher)
    return document.render(stylesheets=[css], font_config=font_config)


def html_to_pdf(html: str) -> bytes:
    """PDF bytes of ``html`` (normalised to NFC first, so decomposed input still prints correctly)."""
    return _document(html).write_pdf()


def render(template: str, context: dict) -> bytes:
    """Render ``template`` for print (no preview toolbar, no stylesheet link) and convert it to PDF.

    When the context names ``fit_pages`` (a form: one page per copy), the sheet is laid out with the
    largest type that keeps it within that many pages: first as designed, then ``compact``, ``tight``
    and ``tightest`` (``forms.css``). A form too long even for the tightest type flows on, its signature
    block kept together with the text it signs.
    """
    fit = context.get("fit_pages")
    document = None
    for density in DENSITIES if fit else ("",):
        document = _document(render_to_string(template, {**context, "for_pdf": True, "density": density}))
        if not fit or len(document.pages) <= fit:
            break
    return document.write_pdf()
