"""Online submission (nộp hồ sơ trực tuyến): drafts and the citizen's data store (kho dữ liệu).

A ``Draft`` (hồ sơ nháp) is saved at every step, so a closed browser loses nothing; once submitted it
links the dossier and becomes read-only. A ``DataStoreItem`` is a file the state already holds for its
owner — a component sent before, or the result of an earlier dossier — offered again instead of
asking for it anew (ND 47/2020 Art 9(3): no re-submission of what the state holds; ND 45/2020 Art 16).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

UPLOAD_TO = "citizens/%Y/%m/"


class ApplyingAs(models.TextChoices):
    SELF = "self", _("For myself")
    ORGANISATION = "organisation", _("For an organisation I represent")
    OTHER = "other", _("On behalf of another person (authorisation)")


class ReturnMethod(models.TextChoices):
    COUNTER = "counter", _("At the desk")
    POST = "post", _("By post")
    ONLINE = "online", _("Online")


class DataStoreItem(models.Model):
    """One file in the owner's data store (kho dữ liệu của công dân, tổ chức)."""

    class Kind(models.TextChoices):
        DOCUMENT = "document", _("Document")
        RESULT = "result", _("Result of a dossier")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_store_items")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.DOCUMENT)
    name = models.CharField(_("name"), max_length=1000)
    component_key = models.CharField(_("component key"), max_length=40, blank=True)
    procedure_code = models.CharField(_("procedure code"), max_length=20, blank=True)
    file = models.FileField(_("file"), upload_to=UPLOAD_TO, blank=True)
    original_name = models.CharField(_("file name"), max_length=255, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    source_dossier = models.ForeignKey(
        "dossiers.Dossier", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("added on"), auto_now_add=True)
    removed_at = models.DateTimeField(_("removed on"), null=True, blank=True)

    class Meta:
        verbose_name = _("data store item")
        verbose_name_plural = _("data store items")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["owner", "removed_at", "-created_at"], name="datastore_owner_idx")]
        constraints = [
            # a dossier's result enters the store once (a removed one stays removed)
            models.UniqueConstraint(
                fields=["owner", "source_dossier"],
                condition=models.Q(kind="result"),
                name="unique_datastore_result",
            )
        ]

    def __str__(self) -> str:
        return self.name


class Draft(models.Model):
    """Hồ sơ nháp: an online application being prepared, step by step."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="drafts")
    procedure = models.ForeignKey("catalogue.Procedure", on_delete=models.PROTECT, related_name="+")
    version = models.ForeignKey("catalogue.ProcedureVersion", on_delete=models.PROTECT, related_name="+")
    case = models.CharField(_("case"), max_length=40, blank=True)
    applying_as = models.CharField(_("who applies"), max_length=12, choices=ApplyingAs.choices, default=ApplyingAs.SELF)
    applicant = models.JSONField(_("applicant"), default=dict, blank=True)
    acting_for = models.JSONField(_("organisation or authorisation"), default=dict, blank=True)
    desk = models.ForeignKey(
        "orgs.Agency",
        verbose_name=_("receiving desk"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    return_method = models.CharField(
        _("how the result is returned"), max_length=10, choices=ReturnMethod.choices, default=ReturnMethod.COUNTER
    )
    step = models.PositiveSmallIntegerField(_("last completed step"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    dossier = models.OneToOneField(
        "dossiers.Dossier", null=True, blank=True, on_delete=models.SET_NULL, related_name="draft"
    )

    class Meta:
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")
        ordering = ["-updated_at", "-pk"]
        indexes = [models.Index(fields=["owner", "submitted_at", "-updated_at"], name="draft_owner_idx")]

    def __str__(self) -> str:
        return f"{self.procedure_id} #{self.pk}"

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None


class DraftComponent(models.Model):
    """A component of a draft: an uploaded file, or an item of the owner's data store reused."""

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="components")
    key = models.CharField(max_length=40)  # the procedure's component key, or AUTHORISATION
    file = models.FileField(_("file"), upload_to=UPLOAD_TO, blank=True)
    original_name = models.CharField(_("file name"), max_length=255, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    store_item = models.ForeignKey(
        DataStoreItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="draft_uses"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["draft", "key"], name="unique_draft_component")]

    def __str__(self) -> str:
        return f"{self.draft_id}:{self.key}"

    @property
    def reused(self) -> bool:
        return self.store_item_id is not None and not self.file
