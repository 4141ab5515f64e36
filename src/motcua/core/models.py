from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """A side effect waiting to be delivered (notification, sync, rendering, signing).

    Written in the same transaction as the change that caused it, so nothing is lost when a
    worker or a remote system is down. Delivered by a worker with retries and backoff; the
    idempotency key makes a second enqueue of the same effect a no-op.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    task = models.CharField(_("task"), max_length=100)
    payload = models.JSONField(_("payload"), default=dict)
    idempotency_key = models.CharField(_("idempotency key"), max_length=200, unique=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"))
    locked_until = models.DateTimeField(_("locked until"), null=True, blank=True)
    locked_by = models.CharField(_("worker"), max_length=120, blank=True)  # host:pid of the last claim
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due_idx")]

    def __str__(self) -> str:
        return f"{self.task} [{self.status}] {self.idempotency_key}"


class WorkerHeartbeat(models.Model):
    """Last sign of life of each worker process, shown by /healthz."""

    name = models.CharField(max_length=200, unique=True)
    seen_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.name


class RateLimitCount(models.Model):
    """Requests of one client address in one minute for one rate limit, shared by every web process.

    Used when no shared cache (Redis) is configured; one upsert per request counts atomically."""

    scope = models.CharField(max_length=40)
    key = models.CharField(max_length=64)  # the client's address
    window = models.BigIntegerField()  # minutes since the epoch
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "key", "window"], name="ratelimit_count_unique"),
        ]
        indexes = [models.Index(fields=["window"], name="ratelimit_window_idx")]

    def __str__(self) -> str:
        return f"{self.scope} {self.key} {self.window}: {self.last}"


class UserSession(models.Model):
    """One signed-in browser (phiên đăng nhập): listed to its owner, ended by them or by an administrator.

    The session itself lives in Django's session store; this row is its index by user, with the last time
    it was used (at most a minute old) for the idle timeout. A session whose row is gone is over.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="browser_sessions", verbose_name=_("user")
    )
    token = models.CharField(_("token"), max_length=64, unique=True)
    session_key = models.CharField(_("session key"), max_length=40, blank=True)
    created_at = models.DateTimeField(_("signed in at"), auto_now_add=True)
    last_seen_at = models.DateTimeField(_("last used at"))
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("browser session")
        verbose_name_plural = _("browser sessions")
        ordering = ["-last_seen_at"]

    def __str__(self) -> str:
        return f"{self.user_id} {self.created_at:%Y-%m-%d %H:%M}"


class FileScan(models.Model):
    """The virus scanner's last verdict on one file content (by SHA-256), so a download need not scan again.

    Written when an upload is scanned and when an official's download scans a stored file; a verdict
    older than ``MOTCUA_SCAN_RECHECK_HOURS`` is not trusted and the file is scanned again (new signatures)."""

    sha256 = models.CharField(max_length=64)
    scanner = models.CharField(max_length=40)
    clean = models.BooleanField()
    signature = models.CharField(max_length=200, blank=True)
    scanned_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["sha256", "scanner"], name="unique_file_scan")]

    def __str__(self) -> str:
        return f"{self.scanner}:{self.sha256[:12]} {'clean' if self.clean else self.signature}"
