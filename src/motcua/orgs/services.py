"""The write path of the organisation tree: every change to agencies and staff roles goes here.

Each function runs in one transaction, validates the whole change first and leaves nothing
half-saved; audit rows are written by the audit registry for every saved row.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Concat, Length, Substr
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Agency, AgencyPlacement, StaffRole
from .validators import validate_child_code

EDITABLE_FIELDS = (
    "name",
    "short_name",
    "code",
    "level",
    "kind",
    "parent",
    "address",
    "phone",
    "email",
    "valid_from",
    "valid_to",
    "successor",
)


def validate(agency: Agency) -> None:
    """Validate one agency against field rules, the tree and its code's place in it."""
    agency.code = (agency.code or "").strip().upper() or None
    agency.full_clean(exclude=["path", "depth"])
    parent = agency.parent
    if parent is not None and agency.pk is not None and (parent.pk == agency.pk or parent.is_within(agency)):
        raise ValidationError({"parent": _("An agency cannot be placed under itself or one of its own units.")})
    if parent is not None and agency.code:
        validate_child_code(parent.code or "", agency.code)
    if agency.valid_from and agency.valid_to and agency.valid_to < agency.valid_from:
        raise ValidationError({"valid_to": _("The end date cannot be before the start date.")})
    if agency.successor_id and agency.successor_id == agency.pk:
        raise ValidationError({"successor": _("An agency cannot be merged into itself.")})


def _set_path(agency: Agency) -> None:
    prefix = agency.parent.path if agency.parent else "/"
    agency.path = f"{prefix}{agency.pk}/"
    agency.depth = agency.path.count("/") - 2
    Agency.objects.filter(pk=agency.pk).update(path=agency.path, depth=agency.depth)


@transaction.atomic
def create_agency(**fields) -> Agency:
    agency = Agency(**{k: v for k, v in fields.items() if k in EDITABLE_FIELDS})
    validate(agency)
    agency.save()
    _set_path(agency)
    AgencyPlacement.objects.create(agency=agency, parent=agency.parent, valid_from=None)
    return agency


@transaction.atomic
def update_agency(agency: Agency, *, moved_on: dt.date | None = None, **fields) -> Agency:
    """Change an agency; moving it to another parent moves its whole subtree.

    A move is history: the agency stood under its old parent until the day before ``moved_on`` (today
    when not given) and under the new one from then on (an ``AgencyPlacement`` row is appended, so
    ``selectors.tree_on`` still shows the old tree on earlier dates)."""
    agency = Agency.objects.select_for_update().get(pk=agency.pk)
    old_path, old_parent_id = agency.path, agency.parent_id
    for name, value in fields.items():
        if name not in EDITABLE_FIELDS:
            raise ValidationError({name: _("This field cannot be changed.")})
        setattr(agency, name, value)
    validate(agency)
    agency.save()
    _set_path(agency)
    if agency.path != old_path:
        _move_descendants(old_path, agency.path)
    if agency.parent_id != old_parent_id:
        if not agency.placements.exists():  # an agency older than the history: its first place first
            AgencyPlacement.objects.create(agency=agency, parent_id=old_parent_id, valid_from=None)
        AgencyPlacement.objects.create(agency=agency, parent=agency.parent, valid_from=moved_on or timezone.localdate())
    return agency


@transaction.atomic
def end_agency(agency: Agency, *, last_day: dt.date, successor: Agency | None = None) -> Agency:
    """Close an agency on ``last_day`` (merged into ``successor``, or dissolved when ``None``). Its row,
    code and place in the tree stay, so old dossiers and reports still resolve it."""
    if successor is not None and successor.is_within(agency):
        raise ValidationError({"successor": _("An agency cannot be merged into one of its own units.")})
    if successor is not None and successor.valid_to is not None and successor.valid_to <= last_day:
        raise ValidationError({"successor": _("An agency cannot be merged into an agency that has ended.")})
    return update_agency(agency, valid_to=last_day, successor=successor)


def _move_descendants(old_path: str, new_path: str) -> None:
    """Rewrite the paths of a moved subtree in one statement."""
    depth_change = new_path.count("/") - old_path.count("/")
    Agency.objects.filter(path__startswith=old_path).exclude(path=old_path).update(
        path=Concat(Value(new_path), Substr("path", len(old_path) + 1, Length("path"))),
        depth=F("depth") + depth_change,
    )


@transaction.atomic
def delete_agency(agency: Agency) -> None:
    if agency.children.exists() or agency.staff_roles.exists():
        raise ValidationError(
            _("An agency with units or staff cannot be deleted; set its end date (valid to) instead.")
        )
    agency.delete()


@transaction.atomic
def assign_role(user, agency: Agency, role: str, *, granted_by=None) -> StaffRole:
    """Give ``user`` a role in ``agency``. ``granted_by``: the administrator doing it, who may not be the
    user (nobody widens their own powers: another administrator must grant them)."""
    if granted_by is not None and getattr(granted_by, "pk", None) == user.pk:
        raise ValidationError({"user": _("You cannot give a role to yourself; ask another administrator.")})
    if getattr(user, "account_type", None) != "staff":
        raise ValidationError({"user": _("Only staff accounts can hold roles in an agency.")})
    staff_role = StaffRole(user=user, agency=agency, role=role)
    staff_role.full_clean()
    staff_role.save()
    return staff_role


@transaction.atomic
def revoke_role(staff_role: StaffRole) -> None:
    staff_role.delete()


@transaction.atomic
def move_role(staff_role: StaffRole, agency: Agency) -> StaffRole | None:
    """Move a role to another agency (a merger): the old holding ends (its audit row keeps it), the
    user holds the same role in ``agency``. Returns ``None`` when the user already held it there."""
    staff_role = StaffRole.objects.select_for_update().get(pk=staff_role.pk)
    if StaffRole.objects.filter(user_id=staff_role.user_id, agency=agency, role=staff_role.role).exists():
        staff_role.delete()
        return None
    staff_role.agency = agency
    staff_role.full_clean()
    staff_role.save()
    return staff_role
