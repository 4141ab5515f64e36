"""Writing audit rows. Business code calls these; the registry calls them for saved models."""

from __future__ import annotations

from django.utils.encoding import force_str

from . import context
from .models import AuditEntry


def _actor(request=None, user=None) -> context.Actor:
    actor = context.from_request(request) if request is not None else context.get()
    if user is not None and getattr(user, "is_authenticated", False):
        actor = context.Actor(user=user, ip=actor.ip, user_agent=actor.user_agent, path=actor.path)
    return actor


def record(
    action: str,
    *,
    obj=None,
    object_type: str = "",
    object_id: str = "",
    object_repr: str = "",
    changes: dict | None = None,
    request=None,
    user=None,
    actor_label: str = "",
) -> AuditEntry:
    actor = _actor(request, user)
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or force_str(obj.pk)
        object_repr = object_repr or force_str(obj)[:255]
    return AuditEntry.objects.create(
        actor=actor.user,
        actor_label=actor_label or (actor.user.get_username() if actor.user else ""),
        action=action,
        object_type=object_type,
        object_id=object_id,
        object_repr=object_repr[:255],
        changes=changes or {},
        ip=actor.ip,
        user_agent=actor.user_agent,
        path=actor.path,
    )


def record_denial(user, *, perm: str, target=None, request=None) -> AuditEntry:
    return record(
        AuditEntry.Action.DENIED,
        obj=target,
        changes={"permission": perm},
        request=request,
        user=user,
    )


def record_export(what: str, *, request=None, filters: dict | None = None, count: int | None = None) -> AuditEntry:
    return record(
        AuditEntry.Action.EXPORT,
        object_type=what,
        object_repr=what,
        changes={"filters": filters or {}, "rows": count},
        request=request,
    )


def record_read(obj, *, request, what: str) -> AuditEntry:
    """An official opened personal data (a dossier page, an applicant's file, a petition): who, when, which."""
    return record(AuditEntry.Action.VIEW, obj=obj, changes={"read": what}, request=request, user=request.user)
