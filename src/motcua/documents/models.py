"""Per-agency adjustments of the printed forms: the header lines, the place name and the signer titles.

Every field may stay blank; a blank field is taken from the nearest ancestor agency that fills it,
and, when none does, from a default built from the organisation tree (see ``headers.resolve``).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from motcua.orgs.models import Agency


class FormHeader(models.Model):
    agency = models.OneToOneField(
        Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="form_header"
    )
    governing_body = models.CharField(
        _("governing body"),
        max_length=200,
        blank=True,
        help_text=_("First header line, e.g. “UBND TỈNH LÀO CAI”."),
    )
    desk_name = models.CharField(
        _("desk name"),
        max_length=200,
        blank=True,
        help_text=_("Second header line, e.g. “TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG”."),
    )
    place_name = models.CharField(
        _("place name"),
        max_length=100,
        blank=True,
        help_text=_("Place before the date: “Lào Cai, ngày … tháng … năm …”."),
    )
    number_suffix = models.CharField(
        _("number suffix"),
        max_length=40,
        blank=True,
        help_text=_("Abbreviation of the issuing desk after the number, e.g. “TTPVHCC” or “BPTNTKQ”."),
    )
    receiver_title = models.CharField(_("title of the receiving official"), max_length=100, blank=True)
    guide_title = models.CharField(_("title of the guiding official"), max_length=100, blank=True)
    head_title = models.CharField(_("title of the head of the agency"), max_length=100, blank=True)
    head_name = models.CharField(_("name of the head of the agency"), max_length=100, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("form header")
        verbose_name_plural = _("form headers")

    def __str__(self) -> str:
        return str(self.agency)
