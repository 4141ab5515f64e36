from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """Raised when code tries to change or remove an audit row."""


class AuditQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("audit entries cannot be changed")

    def delete(self):
        raise AppendOnlyError("audit entries cannot be deleted")


class AuditEntry(models.Model):
    """One audited event: who, when, what, from where, and the values before and after.

    Append-only: the model refuses updates and deletes, and database triggers (SQLite and
    PostgreSQL) refuse them too, so not even a raw query through the application can rewrite history.
    """

    class Action(models.TextChoices):
        LOGIN = "login", _("login")
        LOGOUT = "logout", _("logout")
        LOGIN_FAILED = "login_failed", _("failed login")
        DENIED = "denied", _("permission denied")
        CREATE = "create", _("create")
        UPDATE = "update", _("update")
        DELETE = "delete", _("delete")
        EXPORT = "export", _("export")
        VIEW = "view", _("personal data read")

    occurred_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    actor_label = models.CharField(_("actor"), max_length=200, blank=True)
    action = models.CharField(_("action"), max_length=20, choices=Action.choices, db_index=True)
    object_type = models.CharField(_("object type"), max_length=100, blank=True, db_index=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    object_repr = models.CharField(_("object"), max_length=255, blank=True)
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=255, blank=True)
    path = models.CharField(_("request path"), max_length=255, blank=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-occurred_at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"], name="audit_object_idx")]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d %H:%M:%S} {self.actor_label} {self.action} {self.object_repr}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("audit entries cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("audit entries cannot be deleted")

    @property
    def change_rows(self) -> list[tuple[str, str]]:
        """The changes as (field, "before → after") or (key, value) rows for the audit page."""
        rows = []
        for name, value in (self.changes or {}).items():
            if isinstance(value, list) and len(value) == 2:
                before, after = ("—" if v is None else str(v) for v in value)
                rows.append((name, f"{before} → {after}"))
            else:
                rows.append((name, "—" if value is None else str(value)))
        return rows

    @property
    def object_label(self) -> str:
        """The object's kind in words ("hồ sơ"), not its technical label ("dossiers.dossier")."""
        from django.apps import apps

        try:
            return str(apps.get_model(self.object_type)._meta.verbose_name)
        except (LookupError, ValueError):
            return self.object_type


class AuditSeal(models.Model):
    """A link of the hash chain over the audit log: the SHA-256 of the previous seal and of every entry
    since, in order. ``manage.py audit_chain --verify`` recomputes the chain; a row changed or removed
    behind the triggers' back (by a database superuser) breaks it. Copy the latest digest elsewhere (a
    ticket, a second store) to prove later that the log up to that entry is the one that was sealed."""

    sealed_at = models.DateTimeField(_("sealed at"), auto_now_add=True)
    first_entry = models.BigIntegerField(_("first entry"))
    last_entry = models.BigIntegerField(_("last entry"))
    entries = models.PositiveIntegerField(_("entries"))
    previous = models.CharField(_("previous digest"), max_length=64, blank=True)
    digest = models.CharField(_("digest"), max_length=64, unique=True)

    class Meta:
        verbose_name = _("audit seal")
        verbose_name_plural = _("audit seals")
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.last_entry}: {self.digest[:16]}"
