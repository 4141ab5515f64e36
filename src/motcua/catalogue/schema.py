"""The content of a procedure version: one JSON document, validated here and only here.

Errors name the field by its path (``components[2].name``, ``processes[0].steps``) so the back
office, the importer and the API can all tell the user exactly what to fix.
"""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from motcua.orgs.models import Level
from motcua.orgs.permissions import Role

from .models import OnlineService, TimeUnit

HOURS_PER_WORKING_DAY = Decimal(8)


class LimitSerializer(serializers.Serializer):
    amount = serializers.DecimalField(max_digits=7, decimal_places=2, min_value=Decimal("0.5"))
    unit = serializers.ChoiceField(choices=TimeUnit.choices)

    def validate(self, data):
        if data["unit"] == TimeUnit.WORKING_DAYS and (data["amount"] * 2) % 1:
            raise serializers.ValidationError({"amount": _("Working days must be whole or half days.")})
        if data["unit"] in (TimeUnit.DAYS, TimeUnit.MONTHS) and data["amount"] % 1:
            raise serializers.ValidationError({"amount": _("Calendar days and months must be whole numbers.")})
        return data


class ComponentSerializer(serializers.Serializer):
    """Thành phần hồ sơ."""

    COPY_TYPES = [
        ("original", _("Original")),
        ("copy", _("Copy")),
        ("certified_copy", _("Certified copy")),
        ("original_or_certified_copy", _("Original or certified copy")),
        ("shown", _("Shown for checking")),
    ]
    key = serializers.SlugField(max_length=40)
    name = serializers.CharField(max_length=1000)
    copy_type = serializers.ChoiceField(choices=COPY_TYPES, default="original")
    quantity = serializers.IntegerField(min_value=1, max_value=50, default=1)
    form = serializers.IntegerField(required=False, allow_null=True, default=None)  # FormTemplate id
    must_digitise = serializers.BooleanField(default=True)
    from_data_store = serializers.BooleanField(default=False)
    cases = serializers.ListField(child=serializers.SlugField(max_length=40), default=list)


class CaseSerializer(serializers.Serializer):
    """Trường hợp: a situation in which components or time differ."""

    key = serializers.SlugField(max_length=40)
    name = serializers.CharField(max_length=500)
    statutory = LimitSerializer(required=False, allow_null=True)
    committed = LimitSerializer(required=False, allow_null=True)


class FeeSerializer(serializers.Serializer):
    """Phí, lệ phí."""

    name = serializers.CharField(max_length=500)
    kind = serializers.ChoiceField(choices=[("fee", _("Fee")), ("charge", _("Charge"))], default="charge")
    amount = serializers.IntegerField(min_value=0, max_value=10**12, help_text="VND")
    exemptions = serializers.CharField(max_length=2000, allow_blank=True, default="")


class StepSerializer(serializers.Serializer):
    """One step of the internal process (bước trong quy trình nội bộ)."""

    name = serializers.CharField(max_length=500)
    actor = serializers.ChoiceField(choices=Role.choices)
    unit = serializers.CharField(max_length=200, allow_blank=True, default="")
    budget = serializers.DecimalField(max_digits=6, decimal_places=2, min_value=Decimal(0))
    counted = serializers.BooleanField(default=True)
    may_branch = serializers.BooleanField(default=False)

    def validate_budget(self, value: Decimal) -> Decimal:
        if (value * 2) % 1:
            raise serializers.ValidationError(_("A step takes whole or half working days."))
        return value


class ProcessSerializer(serializers.Serializer):
    case = serializers.SlugField(max_length=40, allow_null=True, required=False, default=None)
    steps = StepSerializer(many=True, allow_empty=False)


class ContentSerializer(serializers.Serializer):
    """Every component of a procedure that the law requires (ND 63/2010 Art 8, TT 01/2018 Art 16)."""

    name = serializers.CharField(max_length=500)
    sector = serializers.CharField(max_length=30, help_text="sector code")
    level = serializers.ChoiceField(choices=Level.choices)
    implementing_agency = serializers.CharField(max_length=35, allow_blank=True, default="")
    receiving_agency = serializers.CharField(max_length=35, allow_blank=True, default="")
    subjects = serializers.CharField(max_length=2000, allow_blank=True, default="")
    sequence = serializers.CharField(max_length=20000, help_text="trình tự thực hiện")
    channels = serializers.MultipleChoiceField(
        choices=[
            ("counter", _("At the one-stop desk")),
            ("postal", _("By public postal service")),
            ("online", _("Online")),
        ],
        allow_empty=False,
    )
    sets = serializers.IntegerField(min_value=1, max_value=20, default=1)
    components = ComponentSerializer(many=True, allow_empty=False)
    cases = CaseSerializer(many=True, default=list)
    statutory = LimitSerializer()
    committed = LimitSerializer(required=False, allow_null=True)
    fees = FeeSerializer(many=True, default=list)
    result = serializers.CharField(max_length=2000)
    result_is_document = serializers.BooleanField(default=True)
    conditions = serializers.CharField(max_length=20000, allow_blank=True, default="")
    legal_basis = serializers.ListField(child=serializers.CharField(max_length=1000), allow_empty=False)
    online_service = serializers.ChoiceField(choices=OnlineService.choices, default=OnlineService.NONE)
    legacy_online_level = serializers.IntegerField(min_value=1, max_value=4, allow_null=True, default=None)
    at_desk = serializers.BooleanField(default=True)
    on_the_spot = serializers.BooleanField(default=False)
    # phi địa giới (ND 118/2025 Art 14(2)): any centre desk of the province receives it for any competent agency
    any_desk = serializers.BooleanField(default=False)
    cutoff = serializers.TimeField(allow_null=True, default=None, format="%H:%M")
    processes = ProcessSerializer(many=True, default=list)

    def validate(self, data):
        data["channels"] = sorted(data["channels"])
        case_keys = [case["key"] for case in data["cases"]]
        errors = {}
        if len(set(case_keys)) != len(case_keys):
            errors["cases"] = [_("Each case needs its own key.")]
        component_keys = [c["key"] for c in data["components"]]
        if len(set(component_keys)) != len(component_keys):
            errors["components"] = [_("Each component needs its own key.")]
        for index, component in enumerate(data["components"]):
            unknown = set(component["cases"]) - set(case_keys)
            if unknown:
                errors[f"components[{index}].cases"] = [
                    _("Unknown case: %(keys)s.") % {"keys": ", ".join(sorted(unknown))}
                ]
        if data.get("committed") and _longer(data["committed"], data["statutory"]):
            errors["committed"] = [_("The committed time cannot be longer than the statutory time.")]
        if data["online_service"] == OnlineService.FULL and "online" not in data["channels"]:
            errors["channels"] = [_("A full-online service must offer the online channel.")]
        errors.update(_check_processes(data, case_keys))
        if errors:
            raise serializers.ValidationError(errors)
        return data


def _longer(a: dict, b: dict) -> bool:
    return a["unit"] == b["unit"] and a["amount"] > b["amount"]


def limit_for(data: dict, case_key: str | None) -> dict:
    """The committed limit that applies to a case (the case's own, else the procedure's)."""
    case = next((c for c in data.get("cases", []) if c["key"] == case_key), None) if case_key else None
    for candidate in (case or {}).get("committed"), (case or {}).get("statutory"), data.get("committed"):
        if candidate:
            return candidate
    return data["statutory"]


def case_options(data: dict) -> list[dict]:
    """The normal case (``key`` None: the procedure's own time) first, then each special case (trường hợp).

    Each row has ``key``, ``name`` (empty for the normal case), ``statutory`` (the case's, else the
    procedure's) and ``committed`` (the limit that sets the appointment, as ``limit_for`` gives it).
    """
    rows = [{"key": None, "name": "", "statutory": data["statutory"], "committed": limit_for(data, None)}]
    for case in data.get("cases", []):
        statutory = case.get("statutory") or data["statutory"]
        rows.append(
            {
                "key": case["key"],
                "name": case["name"],
                "statutory": statutory,
                "committed": limit_for(data, case["key"]),
            }
        )
    return rows


def limit_in_working_days(limit: dict) -> Decimal | None:
    """A limit in working days (hours / 8), or None for calendar days and months."""
    if limit["unit"] == TimeUnit.WORKING_DAYS:
        return Decimal(limit["amount"])
    if limit["unit"] == TimeUnit.WORKING_HOURS:
        return Decimal(limit["amount"]) / HOURS_PER_WORKING_DAY
    return None


def _check_processes(data: dict, case_keys: list[str]) -> dict:
    """The process-sum rule: counted step budgets add up to the committed limit of their case."""
    errors: dict[str, list] = {}
    seen = set()
    for index, process in enumerate(data["processes"]):
        field = f"processes[{index}]"
        case_key = process.get("case")
        if case_key and case_key not in case_keys:
            errors[f"{field}.case"] = [_("Unknown case: %(keys)s.") % {"keys": case_key}]
            continue
        if case_key in seen:
            errors[f"{field}.case"] = [_("There is already a process for this case.")]
        seen.add(case_key)
        expected = limit_in_working_days(limit_for(data, case_key))
        total = sum((Decimal(step["budget"]) for step in process["steps"] if step["counted"]), Decimal(0))
        if expected is not None and total != expected:
            errors[f"{field}.steps"] = [
                _(
                    "The counted steps add up to %(total)s working days but the committed time limit is "
                    "%(expected)s working days."
                )
                % {"total": _number(total), "expected": _number(expected)}
            ]
    return errors


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"


def validate_content(content: dict) -> dict:
    """Validate and normalise a version's content; raise ``serializers.ValidationError`` naming fields."""
    serializer = ContentSerializer(data=content)
    serializer.is_valid(raise_exception=True)
    return to_json(serializer.validated_data)


def to_json(value):
    """Validated data → plain JSON (decimals as strings without trailing zeros, times as HH:MM)."""
    import datetime as dt

    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [to_json(item) for item in value]
    if isinstance(value, Decimal):
        return _number(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return value


def flatten_errors(detail, prefix: str = "") -> dict[str, list[str]]:
    """DRF's nested error detail → ``{"components[1].name": ["…"]}``."""
    flat: dict[str, list[str]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            if isinstance(key, int) or str(key).isdigit():
                path = f"{prefix}[{key}]"
            elif key == "non_field_errors":
                path = prefix
            else:
                path = f"{prefix}.{key}" if prefix else key
            flat.update(flatten_errors(value, path))
    elif isinstance(detail, list) and detail and all(isinstance(d, (dict, list)) for d in detail):
        for index, value in enumerate(detail):
            if value:
                flat.update(flatten_errors(value, f"{prefix}[{index}]"))
    elif isinstance(detail, list):
        flat.setdefault(prefix or "content", []).extend(str(d) for d in detail)
    else:
        flat.setdefault(prefix or "content", []).append(str(detail))
    return flat
