"""The dossier aggregate (hồ sơ).

``Dossier`` caches its status, current step, handler and deadlines for fast queues; the truth is
the append-only ``DossierEvent`` log, each event carrying the state it left behind, so the cache can
always be checked and rebuilt (``manage.py rebuild_dossier_state``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from motcua.catalogue.models import Procedure, ProcedureVersion
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Role

from .workflow import Action, Status


class Channel(models.IntegerChoices):
    """Kênh thực hiện, as DVCQG codes them."""

    COUNTER = 1, _("At the desk")
    ONLINE = 2, _("Online")
    POSTAL = 3, _("By post")


class Verdict(models.TextChoices):
    EARLY = "early", _("Early")
    ON_TIME = "on_time", _("On time")
    LATE = "late", _("Late")


class AppendOnly(Exception):
    """Raised when code tries to change or delete a dossier event."""


class CodeCounter(models.Model):
    """The last dossier number used by an agency on a day; numbers are never reused."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    day = models.DateField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["agency", "day"], name="unique_code_counter")]

    def __str__(self) -> str:
        return f"{self.agency_id} {self.day}: {self.last}"


class Dossier(models.Model):
    """One application (hồ sơ) with its applicant, components, steps and deadlines."""

    code = models.CharField(_("dossier code"), max_length=60, unique=True, null=True, blank=True)
    agency = models.ForeignKey(
        Agency, verbose_name=_("receiving desk"), on_delete=models.PROTECT, related_name="received_dossiers"
    )
    lead_agency = models.ForeignKey(
        Agency, verbose_name=_("competent agency"), on_delete=models.PROTECT, related_name="led_dossiers"
    )
    procedure = models.ForeignKey(Procedure, on_delete=models.PROTECT, related_name="dossiers")
    version = models.ForeignKey(ProcedureVersion, on_delete=models.PROTECT, related_name="dossiers")
    case = models.CharField(_("case"), max_length=40, blank=True)
    channel = models.PositiveSmallIntegerField(_("channel"), choices=Channel.choices, default=Channel.COUNTER)
    # Applicant (chủ hồ sơ) — personal data, shown only to those entitled to it.
    applicant_kind = models.CharField(
        _("applicant type"),
        max_length=12,
        choices=[("person", _("Person")), ("organisation", _("Organisation"))],
        default="person",
    )
    applicant_name = models.CharField(_("applicant"), max_length=300)
    applicant_id_number = models.CharField(_("ID or tax number"), max_length=20, blank=True)
    applicant_address = models.CharField(_("address"), max_length=500, blank=True)
    applicant_phone = models.CharField(_("phone"), max_length=20, blank=True)
    applicant_email = models.EmailField(_("e-mail"), blank=True)
    representative = models.JSONField(_("authorised representative"), default=dict, blank=True)
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="dossiers"
    )
    return_method = models.CharField(
        _("how the result is returned"),
        max_length=10,
        choices=[("counter", _("At the desk")), ("post", _("By post")), ("online", _("Online"))],
        default="counter",
    )
    # Where the applicant collects the result (ND 118 Art 14(2)): blank = the receiving desk.
    collect_at = models.ForeignKey(
        Agency,
        verbose_name=_("result collected at"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="dossiers_collected_at",
    )
    # Cached state (rebuilt from events).
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, db_index=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    received_at = models.DateTimeField(_("received at"), null=True, blank=True, db_index=True)
    clock_start = models.DateTimeField(_("clock start"), null=True, blank=True)
    due_at = models.DateTimeField(_("appointment"), null=True, blank=True, db_index=True)
    original_due_at = models.DateTimeField(_("first appointment"), null=True, blank=True)
    paused_since = models.DateTimeField(null=True, blank=True)
    apologies = models.PositiveSmallIntegerField(default=0)
    supplement_requests = models.PositiveSmallIntegerField(default=0)
    current_step = models.ForeignKey("DossierStep", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    current_unit = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.PROTECT, related_name="dossiers_at_unit"
    )
    current_actor = models.CharField(max_length=20, blank=True, choices=Role.choices)  # role of the current step
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="handled_dossiers"
    )
    finished_at = models.DateTimeField(_("processing finished"), null=True, blank=True, db_index=True)
    returned_at = models.DateTimeField(_("returned at"), null=True, blank=True)
    verdict = models.CharField(_("verdict"), max_length=10, choices=Verdict.choices, blank=True)
    # thời gian giải quyết: working days from the clock start to the decision, without pauses (clock.days_taken)
    days_taken = models.DecimalField(_("working days taken"), max_digits=8, decimal_places=2, null=True, blank=True)
    outcome = models.CharField(
        _("outcome"),
        max_length=10,
        blank=True,
        choices=[("approved", _("Approved")), ("refused", _("Refused"))],
    )
    result_file = models.FileField(_("result"), upload_to="results/%Y/%m/", blank=True)
    # the result's e-copy (the electronic result, or the scan of a paper one): checksum and pages
    result_sha256 = models.CharField(max_length=64, blank=True)
    result_pages = models.PositiveSmallIntegerField(null=True, blank=True)
    # số hóa at receipt (ND 118 Art 17(1)(c)): the officer confirmed every e-copy against the paper
    digitised_at = models.DateTimeField(_("digitised at"), null=True, blank=True)
    digitised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    fees_due = models.PositiveBigIntegerField(_("fees due (VND)"), default=0)
    fees_paid = models.PositiveBigIntegerField(_("fees paid (VND)"), default=0)
    search_text = models.TextField(editable=False, default="")
    revision = models.PositiveIntegerField(default=0)  # optimistic check for concurrent officials
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("dossier")
        verbose_name_plural = _("dossiers")
        indexes = [
            models.Index(fields=["agency", "status", "due_at"], name="dossier_desk_queue_idx"),
            models.Index(fields=["current_unit", "status", "due_at"], name="dossier_unit_queue_idx"),
            models.Index(fields=["handler", "status", "due_at"], name="dossier_handler_queue_idx"),
            models.Index(fields=["current_actor", "current_unit", "due_at"], name="dossier_actor_queue_idx"),
            models.Index(fields=["status", "agency", "finished_at"], name="dossier_return_queue_idx"),
            models.Index(fields=["finished_at"], name="dossier_ready_idx", condition=models.Q(status="done")),
            # the open dossiers are a small share of all: deadline queues scan only them
            models.Index(
                fields=["due_at"],
                name="dossier_open_due_idx",
                condition=models.Q(status__in=["received", "processing", "supplement", "awaiting_payment"]),
            ),
        ]

    def __str__(self) -> str:
        return self.code or f"#{self.pk}"

    @property
    def national_status(self) -> int:
        from .workflow import NATIONAL_STATUS

        return NATIONAL_STATUS[Status(self.status)]


class Exemption(models.TextChoices):
    """Papers not digitised at receipt (ND 118 Art 17(1)(c); TT 01/2023 Art 8)."""

    ONLINE = "online", _("Filed online: already electronic")
    SHOWN = "shown", _("Only shown for comparison")
    CONSULTED = "consulted", _("Answer of a consulted agency")
    CLASSIFIED = "classified", _("Classified paper (state secret)")
    NOT_REQUIRED = "not_required", _("The procedure does not require it to be digitised")


class DossierComponent(models.Model):
    """A component (thành phần hồ sơ) as received, with its scanned or uploaded file."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="components")
    key = models.CharField(max_length=40)
    name = models.CharField(_("name"), max_length=1000)
    received = models.BooleanField(_("received"), default=False)
    file = models.FileField(_("file"), upload_to="dossiers/%Y/%m/", blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    from_data_store = models.BooleanField(_("taken from the data store"), default=False)
    # the citizen's data-store item reused (tái sử dụng); the file above is the dossier's own copy
    store_item = models.ForeignKey(
        "submissions.DataStoreItem", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # digitisation: the pages of the paper (entered by the officer), of the e-copy (counted), or why not
    paper_pages = models.PositiveSmallIntegerField(_("pages of the paper"), null=True, blank=True)
    pages = models.PositiveSmallIntegerField(_("pages of the e-copy"), null=True, blank=True)
    exemption = models.CharField(_("not digitised because"), max_length=20, choices=Exemption.choices, blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name


class ECopyFile(models.Model):
    """One file of a component's e-copy (bản điện tử): a PDF, or one image per page, in page order."""

    component = models.ForeignKey(DossierComponent, on_delete=models.CASCADE, related_name="ecopy_files")
    seq = models.PositiveSmallIntegerField()
    file = models.FileField(_("file"), upload_to="ecopies/%Y/%m/")
    original_name = models.CharField(_("file name"), max_length=255, blank=True)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64)
    pages = models.PositiveSmallIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("e-copy file")
        verbose_name_plural = _("e-copy files")
        ordering = ["component", "seq"]
        constraints = [models.UniqueConstraint(fields=["component", "seq"], name="unique_ecopy_seq")]

    def __str__(self) -> str:
        return f"{self.component_id}#{self.seq} {self.original_name}"


class DossierStep(models.Model):
    """One step of the dossier's process: who acts, by when, and how it ended (phiếu kiểm soát)."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="steps")
    seq = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=500)
    actor = models.CharField(max_length=20, choices=Role.choices)
    unit = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    handler = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    budget = models.DecimalField(max_digits=6, decimal_places=2)
    counted = models.BooleanField(default=True)
    interagency = models.BooleanField(default=False)
    task = models.TextField(blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    due_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    verdict = models.CharField(max_length=10, choices=Verdict.choices, blank=True)

    class Meta:
        ordering = ["dossier", "seq"]
        constraints = [models.UniqueConstraint(fields=["dossier", "seq"], name="unique_dossier_step")]

    def __str__(self) -> str:
        return f"{self.seq}. {self.name}"


class DossierEvent(models.Model):
    """Append-only history of a dossier: who did what, when, from which state to which."""

    dossier = models.ForeignKey(Dossier, on_delete=models.PROTECT, related_name="events")
    seq = models.PositiveIntegerField()
    at = models.DateTimeField(db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    actor_label = models.CharField(max_length=200, blank=True)
    action = models.CharField(max_length=30, choices=Action.choices)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20)
    step = models.ForeignKey(DossierStep, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    data = models.JSONField(default=dict, blank=True)
    state = models.JSONField(default=dict)  # the dossier's cached fields after this event

    class Meta:
        ordering = ["dossier", "seq"]
        constraints = [models.UniqueConstraint(fields=["dossier", "seq"], name="unique_dossier_event")]

    def __str__(self) -> str:
        return f"{self.dossier} #{self.seq} {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnly("dossier events cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("dossier events cannot be deleted")


class Pause(models.Model):
    """A recorded interval when the dossier's clock stood still (waiting for the citizen, fees)."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="pauses")
    reason = models.CharField(max_length=30)
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)
    restart = models.BooleanField(default=False)  # the limit counts again in full from ended_at

    class Meta:
        ordering = ["dossier", "started_at"]

    def __str__(self) -> str:
        return f"{self.reason} {self.started_at:%Y-%m-%d}"
