"""The procedure catalogue.

A ``Procedure`` is the identity of an administrative procedure (thủ tục hành chính) under its
national code; what it says lives in immutable ``ProcedureVersion`` rows, each published by a
``PublicationDecision`` (quyết định công bố) with validity dates. A dossier keeps the version in
force when it was received, so later decisions never change its deadline. The full content of a
version is one validated JSON document (see ``schema.py``); the columns beside it are copies used
for search, filters and reports.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from motcua.orgs.models import Agency, Level

PROCEDURE_CODE = re.compile(r"^[0-9]\.[0-9]{6}$")
validate_procedure_code = RegexValidator(
    PROCEDURE_CODE, _("The national procedure code has the form d.dddddd, e.g. 1.001234.")
)


class TimeUnit(models.TextChoices):
    WORKING_DAYS = "working_days", _("working days")
    WORKING_HOURS = "working_hours", _("working hours")
    DAYS = "days", _("calendar days")
    MONTHS = "months", _("months")


class OnlineService(models.TextChoices):
    """Online public service (dịch vụ công trực tuyến) under Decree 42/2022."""

    NONE = "none", _("No online service")
    PARTIAL = "partial", _("Partial online")
    FULL = "full", _("Full online")


class Sector(models.Model):
    """Field of administration (lĩnh vực), e.g. Hộ tịch, Đất đai, Xây dựng."""

    code = models.CharField(_("sector code"), max_length=30, unique=True)
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PublicationDecision(models.Model):
    """Quyết định công bố thủ tục hành chính: adds, amends, replaces or abolishes procedures."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    number = models.CharField(_("decision number"), max_length=60, unique=True)
    title = models.CharField(_("title"), max_length=500)
    signed_on = models.DateField(_("signed on"))
    signer = models.CharField(_("signer"), max_length=200)
    effective_from = models.DateField(_("effective from"))
    issuing_agency = models.ForeignKey(Agency, verbose_name=_("issuing agency"), on_delete=models.PROTECT)
    file = models.FileField(_("signed file"), upload_to="decisions/%Y/", blank=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("publication decision")
        verbose_name_plural = _("publication decisions")
        ordering = ["-signed_on", "-id"]

    def __str__(self) -> str:
        return f"{self.number} ({self.signed_on:%d/%m/%Y})"


class Procedure(models.Model):
    """A procedure's identity: its national code and the agency whose administrators edit it."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Not yet published")
        ACTIVE = "active", _("In force")
        ABOLISHED = "abolished", _("Abolished")

    code = models.CharField(_("national code"), max_length=10, unique=True, validators=[validate_procedure_code])
    owner = models.ForeignKey(
        Agency, verbose_name=_("responsible agency"), on_delete=models.PROTECT, related_name="owned_procedures"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("procedure")
        verbose_name_plural = _("procedures")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


class ProcedureVersion(models.Model):
    """One immutable state of a procedure. Drafts may change; published versions never do,
    except that a later decision closes them (``valid_to``)."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    procedure = models.ForeignKey(Procedure, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT)
    decision = models.ForeignKey(
        PublicationDecision, null=True, blank=True, on_delete=models.PROTECT, related_name="versions"
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    content = models.JSONField(_("content"))
    # Copies of content fields, for search, filters and reports.
    name = models.CharField(_("name"), max_length=500)
    search_text = models.TextField(editable=False, default="")
    sector = models.ForeignKey(Sector, verbose_name=_("sector"), on_delete=models.PROTECT)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    implementing_agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.PROTECT, related_name="implemented_versions"
    )
    statutory_amount = models.DecimalField(_("statutory time limit"), max_digits=7, decimal_places=2)
    statutory_unit = models.CharField(max_length=15, choices=TimeUnit.choices)
    committed_amount = models.DecimalField(_("committed time limit"), max_digits=7, decimal_places=2)
    committed_unit = models.CharField(max_length=15, choices=TimeUnit.choices)
    online_service = models.CharField(_("online service"), max_length=10, choices=OnlineService.choices)
    at_desk = models.BooleanField(_("received at the one-stop desk"), default=True)
    on_the_spot = models.BooleanField(_("“4 on the spot”"), default=False)
    # phi địa giới (ND 118/2025 Art 14(2)); a copy of ``content["any_desk"]``
    any_desk = models.BooleanField(_("received regardless of administrative boundary"), default=False)
    has_fees = models.BooleanField(_("has fees or charges"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("procedure version")
        verbose_name_plural = _("procedure versions")
        ordering = ["procedure", "number"]
        constraints = [models.UniqueConstraint(fields=["procedure", "number"], name="unique_procedure_version")]
        indexes = [models.Index(fields=["state", "valid_from", "valid_to"], name="version_in_force_idx")]

    def __str__(self) -> str:
        return f"{self.procedure.code} v{self.number} — {self.name}"

    def save(self, *args, **kwargs):
        if self.pk is not None and self.state == self.State.PUBLISHED:
            allowed = {"valid_to"}
            fields = kwargs.get("update_fields")
            if fields is None or not set(fields) <= allowed:
                previous = ProcedureVersion.objects.filter(pk=self.pk).values_list("state", flat=True).first()
                if previous == self.State.PUBLISHED:
                    raise ValidationError(_("A published version cannot be changed; publish a new version instead."))
        super().save(*args, **kwargs)

    @property
    def time_cut(self) -> bool:
        """True when the province committed to a shorter time than the law (cắt giảm thời gian)."""
        return self.committed_unit == self.statutory_unit and self.committed_amount < self.statutory_amount


class DecisionItem(models.Model):
    """One procedure in a publication decision and what the decision does to it."""

    class Action(models.TextChoices):
        NEW = "new", _("New")
        AMEND = "amend", _("Amended or supplemented")
        REPLACE = "replace", _("Replaced")
        ABOLISH = "abolish", _("Abolished")

    decision = models.ForeignKey(PublicationDecision, on_delete=models.CASCADE, related_name="items")
    procedure = models.ForeignKey(Procedure, on_delete=models.PROTECT, related_name="decision_items")
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    version = models.ForeignKey(ProcedureVersion, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        verbose_name = _("decision item")
        verbose_name_plural = _("decision items")
        constraints = [models.UniqueConstraint(fields=["decision", "procedure"], name="unique_decision_procedure")]

    def __str__(self) -> str:
        return f"{self.decision.number}: {self.get_action_display()} {self.procedure.code}"


class FormTemplate(models.Model):
    """A downloadable form (mẫu đơn, tờ khai) referenced by components of procedure versions."""

    name = models.CharField(_("name"), max_length=300)
    file = models.FileField(_("file"), upload_to="forms/%Y/")
    sha256 = models.CharField(max_length=64, editable=False)
    owner = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("form template")
        verbose_name_plural = _("form templates")

    def __str__(self) -> str:
        return self.name


class ProcessTemplate(models.Model):
    """A reusable internal process (quy trình nội bộ) that can be copied into procedures."""

    name = models.CharField(_("name"), max_length=300)
    owner = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    steps = models.JSONField(_("steps"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("process template")
        verbose_name_plural = _("process templates")

    def __str__(self) -> str:
        return self.name
