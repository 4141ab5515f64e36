"""Automatic audit of business models: every create, update and delete leaves a row with the
values before and after, whatever path made it (services, the admin, an import)."""

from __future__ import annotations

import datetime
import decimal
import uuid

from django.db import models
from django.db.models.fields.files import FieldFile
from django.db.models.signals import post_delete, post_save, pre_save

from . import services
from .models import AuditEntry

_EXCLUDES: dict[type, set[str]] = {}


def _value(value):
    if isinstance(
        value,
        (datetime.date, datetime.datetime, datetime.time, decimal.Decimal, uuid.UUID),
    ):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, FieldFile):
        return value.name or ""
    if value is None or isinstance(value, (str, int, float, bool, dict, list)):
        return value
    return str(value)


def snapshot(instance: models.Model) -> dict:
    exclude = _EXCLUDES.get(type(instance), set())
    return {
        field.attname: _value(getattr(instance, field.attname))
        for field in instance._meta.concrete_fields
        if field.attname not in exclude and field.name not in exclude
    }


def _before(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        instance._audit_before = None
        return
    old = sender._default_manager.filter(pk=instance.pk).first()
    instance._audit_before = snapshot(old) if old else None


def _after(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    after = snapshot(instance)
    before = None if created else getattr(instance, "_audit_before", None)
    if before is None:
        changes = {name: [None, value] for name, value in after.items()}
        action = AuditEntry.Action.CREATE
    else:
        changes = {name: [before.get(name), value] for name, value in after.items() if before.get(name) != value}
        if not changes:
            return
        action = AuditEntry.Action.UPDATE
    services.record(action, obj=instance, changes=changes)


def _deleted(sender, instance, **kwargs):
    changes = {name: [value, None] for name, value in snapshot(instance).items()}
    services.record(AuditEntry.Action.DELETE, obj=instance, changes=changes)


def register(model: type[models.Model], exclude: set[str] | None = None) -> None:
    """Audit every saved change of ``model`` (fields in ``exclude`` are left out of the diff)."""
    _EXCLUDES[model] = set(exclude or ())
    uid = f"audit-{model._meta.label_lower}"
    pre_save.connect(_before, sender=model, dispatch_uid=uid + "-pre")
    post_save.connect(_after, sender=model, dispatch_uid=uid + "-post")
    post_delete.connect(_deleted, sender=model, dispatch_uid=uid + "-del")
