"""Feedback and petitions (phản ánh, kiến nghị, PAKN) on administrative regulations — ND 20/2008.

A petition is received (portal, desk, post, e-mail, phone, the national PAKN system), logged with a
code, classified, then rejected, forwarded to the competent body, or handled and answered; the answer
may be published. ``due_at`` is the handling deadline (15 working days from receipt or transfer, the
national system's practice); on-time handling feeds TT 01/2018 index 8 and QĐ 766 group 5.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from motcua.catalogue.models import Procedure
from motcua.orgs.models import Agency


class PetitionChannel(models.TextChoices):
    PORTAL = "portal", _("Online portal")
    DESK = "desk", _("In writing at the desk")
    POST = "post", _("By post")
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Hotline")
    NATIONAL = "national", _("National PAKN system")


class PetitionKind(models.TextChoices):
    """Nội dung phản ánh, kiến nghị — ND 20/2008 Art 5."""

    STAFF_CONDUCT = "staff_conduct", _("Delay, harassment or wrong application by staff")
    REGULATION_UNFIT = "regulation_unfit", _("Regulation unfit, inconsistent or unlawful")
    PROPOSAL = "proposal", _("Proposed solution or initiative")
    OTHER = "other", _("Other")


class PetitionStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    PROCESSING = "processing", _("Being handled")
    FORWARDED = "forwarded", _("Forwarded to the competent body")
    REJECTED = "rejected", _("Not accepted")
    ANSWERED = "answered", _("Answered")
    PUBLISHED = "published", _("Answer published")


OPEN_STATUSES = (PetitionStatus.RECEIVED, PetitionStatus.PROCESSING)
HANDLED_STATUSES = (
    PetitionStatus.FORWARDED,
    PetitionStatus.REJECTED,
    PetitionStatus.ANSWERED,
    PetitionStatus.PUBLISHED,
)


class Petition(models.Model):
    """One feedback or petition (phản ánh, kiến nghị) and how it was handled."""

    code = models.CharField(_("code"), max_length=40, unique=True)
    agency = models.ForeignKey(
        Agency, verbose_name=_("handling agency"), on_delete=models.PROTECT, related_name="petitions"
    )
    channel = models.CharField(_("channel"), max_length=10, choices=PetitionChannel.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=PetitionKind.choices, default=PetitionKind.OTHER)
    title = models.CharField(_("subject"), max_length=300)
    content = models.TextField(_("content"), max_length=10000)
    procedure = models.ForeignKey(
        Procedure, verbose_name=_("procedure"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    dossier = models.ForeignKey(
        "dossiers.Dossier",
        verbose_name=_("dossier"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Petitioner — personal data, shown only to officials of the handling agency and to the petitioner.
    petitioner_name = models.CharField(_("name"), max_length=200)
    petitioner_address = models.CharField(_("address"), max_length=500)
    petitioner_phone = models.CharField(_("phone"), max_length=20)
    petitioner_email = models.EmailField(_("e-mail"), blank=True)
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="petitions"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=PetitionStatus.choices, default=PetitionStatus.RECEIVED
    )
    received_at = models.DateTimeField(_("received at"), db_index=True)
    due_at = models.DateTimeField(_("handling deadline"))
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    forwarded_to = models.ForeignKey(
        Agency, verbose_name=_("forwarded to"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(_("reason"), blank=True)  # why not accepted or forwarded
    answer = models.TextField(_("answer"), blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="handled_petitions"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Added in 0002 (the handling workflow).
    forward_due_at = models.DateTimeField(_("forward by"), null=True, blank=True)  # 5 working days (Art 9)
    forwarded_from = models.ForeignKey(
        "self",
        verbose_name=_("forwarded from"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="forwards",
    )
    public_title = models.CharField(_("published subject"), max_length=300, blank=True)
    public_answer = models.TextField(_("published answer"), blank=True)

    class Meta:
        verbose_name = _("petition")
        verbose_name_plural = _("petitions")
        ordering = ["-received_at", "-pk"]
        indexes = [
            models.Index(fields=["agency", "status", "due_at"], name="petition_queue_idx"),
            models.Index(fields=["agency", "received_at"], name="petition_period_idx"),
            models.Index(
                fields=["-published_at", "-id"],
                condition=models.Q(status="published"),
                name="petition_public_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def forwarded_on_time(self) -> bool | None:
        """For a forwarded petition: forwarded within 5 working days of receipt (ND 20/2008 Art 9)."""
        if self.status != PetitionStatus.FORWARDED or not self.handled_at or not self.forward_due_at:
            return None
        return self.handled_at <= self.forward_due_at

    @property
    def handled_on_time(self) -> bool | None:
        if self.handled_at is None:
            return None
        return self.handled_at <= self.due_at


class PetitionAction(models.TextChoices):
    SUBMIT = "submit", _("Submitted online")
    RECORD = "record", _("Recorded by an official")
    RECEIVE_FORWARDED = "receive_forwarded", _("Received by forwarding")
    ACCEPT = "accept", _("Accepted for handling")
    REJECT = "reject", _("Not accepted")
    FORWARD = "forward", _("Forwarded")
    ANSWER = "answer", _("Answered")
    PUBLISH = "publish", _("Answer published")


class AppendOnly(Exception):
    pass


class PetitionEvent(models.Model):
    """Append-only history of a petition: who did what, when, from which status to which."""

    petition = models.ForeignKey(Petition, on_delete=models.PROTECT, related_name="events")
    seq = models.PositiveIntegerField()
    at = models.DateTimeField()
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    actor_label = models.CharField(max_length=200, blank=True)
    action = models.CharField(max_length=20, choices=PetitionAction.choices)
    from_status = models.CharField(max_length=12, blank=True)
    to_status = models.CharField(max_length=12)
    note = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["petition", "seq"]
        constraints = [models.UniqueConstraint(fields=["petition", "seq"], name="unique_petition_event")]

    def __str__(self) -> str:
        return f"{self.petition_id} #{self.seq} {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnly("petition events cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("petition events cannot be deleted")


class PetitionCodeCounter(models.Model):
    """The last petition number used by an agency on a day (``PAKN-<agency>-YYMMDD-NNNN``); never reused."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    day = models.DateField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["agency", "day"], name="unique_petition_code_counter")]

    def __str__(self) -> str:
        return f"{self.agency_id} {self.day}: {self.last}"
