"""Notification templates edited by the province administrator, and the SMS simulator's log."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Event(models.TextChoices):
    """Moments of a dossier's or a petition's life when the citizen is told (thông báo cho tổ chức, cá nhân)."""

    SUBMITTED = "submitted", _("Online dossier submitted, awaiting acceptance")
    ACCEPTED = "accepted", _("Dossier received (code and appointment)")
    COMPLETION_REQUESTED = "completion_requested", _("Online dossier returned for completion (form 02)")
    REFUSED = "refused", _("Refused at intake (form 03)")
    SUPPLEMENT_REQUESTED = "supplement_requested", _("Supplement requested during processing")
    APOLOGY = "apology", _("Apology and new appointment (form 04)")
    RESULT_READY = "result_ready", _("Result ready")
    RETURNED = "returned", _("Result handed over")
    WITHDRAWN = "withdrawn", _("Dossier withdrawn")
    STOPPED = "stopped", _("Processing stopped")
    # petitions (phản ánh, kiến nghị)
    PETITION_RECEIVED = "petition_received", _("Petition received (code and time limit)")
    PETITION_REJECTED = "petition_rejected", _("Petition not accepted")
    PETITION_FORWARDED = "petition_forwarded", _("Petition forwarded to the competent body")
    PETITION_ANSWERED = "petition_answered", _("Petition answered")


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("SMS")


class Language(models.TextChoices):
    VI = "vi", _("Vietnamese")
    EN = "en", _("English")


class NotificationTemplate(models.Model):
    """The text sent to the citizen for one event, on one channel, in one language."""

    event = models.CharField(_("event"), max_length=30, choices=Event.choices)
    channel = models.CharField(pgettext_lazy("notification", "channel"), max_length=10, choices=Channel.choices)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    subject = models.CharField(_("subject"), max_length=200, blank=True)  # e-mail only
    body = models.TextField(_("text"))
    is_active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("notification template")
        verbose_name_plural = _("notification templates")
        ordering = ["event", "channel", "language"]
        constraints = [
            models.UniqueConstraint(fields=["event", "channel", "language"], name="unique_notification_template")
        ]

    def __str__(self) -> str:
        return f"{self.event} / {self.channel} / {self.language}"


class SimulatedSms(models.Model):
    """One SMS the local simulator “sent” in place of a real gateway (demo, tests, drills)."""

    phone = models.CharField(_("phone"), max_length=20)
    text = models.TextField(_("text"))
    provider_id = models.CharField(_("provider message id"), max_length=64, unique=True)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("simulated SMS")
        verbose_name_plural = _("simulated SMS")
        ordering = ["-sent_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.phone} {self.provider_id}"
