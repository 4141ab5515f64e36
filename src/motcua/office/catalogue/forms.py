"""Forms of the back-office catalogue.

The editor of a procedure version is a main form plus formsets (components, cases, fees, and one
formset of steps per internal process). The forms only collect values: every rule lives in
``catalogue.schema`` and ``catalogue.services``, whose errors carry field paths
(``components[2].name``, ``processes[0].steps``) that :meth:`Editor.apply_errors` puts back next
to the right row and field. Without JavaScript, "add another row" is a submit button that
re-renders the page with one more empty row; nothing is saved until "Save draft".
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.forms import formset_factory
from django.forms.formsets import DELETION_FIELD_NAME, ORDERING_FIELD_NAME, BaseFormSet
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from motcua.catalogue import files, schema
from motcua.catalogue.models import DecisionItem, OnlineService, TimeUnit, validate_procedure_code
from motcua.core.text import fold
from motcua.orgs.forms import GroupedAgencyChoiceField
from motcua.orgs.models import Agency, Level
from motcua.orgs.permissions import Role

MAX_PROCESSES = 20
HALF_DAY = {"step": "0.5", "min": "0", "inputmode": "decimal", "class": "narrow-number"}
AMOUNT = {"step": "0.5", "min": "0.5", "inputmode": "decimal"}


def _limit_amount(label, help_text: str = "") -> forms.DecimalField:
    """The amount of a time limit (whole or half days, hours, days, months)."""
    return forms.DecimalField(
        label=label,
        required=False,
        max_digits=7,
        decimal_places=2,
        widget=forms.NumberInput(AMOUNT),
        help_text=help_text,
    )


def _limit_unit() -> forms.ChoiceField:
    return forms.ChoiceField(
        label=_lazy("Unit"), choices=TimeUnit.choices, required=False, initial=TimeUnit.WORKING_DAYS
    )


def _choices(serializer, field: str) -> list[tuple[str, str]]:
    return list(serializer._declared_fields[field].choices.items())


CHANNELS = _choices(schema.ContentSerializer, "channels")
FEE_KINDS = _choices(schema.FeeSerializer, "kind")
COPY_TYPES = list(schema.ComponentSerializer.COPY_TYPES)
LEGACY_LEVELS = [("", "—")] + [(str(n), str(n)) for n in range(1, 5)]


def derive_key(name: str) -> str:
    """A component or case key from its name: 'Tờ khai đăng ký' → 'to-khai-dang-ky' (≤ 40 characters)."""
    return slugify(fold(name))[:40].strip("-")


def _unique_keys(pairs: list[tuple[str, str]]) -> list[str]:
    """Explicit keys stay as typed; keys derived from names get -2, -3… when they collide."""
    explicit = {key for key, _name in pairs if key}
    seen: set[str] = set()
    keys = []
    for key, name in pairs:
        if not key:
            base = derive_key(name)
            key, n = base, 2
            while base and (key in seen or key in explicit):
                suffix = f"-{n}"
                key, n = base[: 40 - len(suffix)].strip("-") + suffix, n + 1
        seen.add(key)
        keys.append(key)
    return keys


class _RowFormSet(BaseFormSet):
    """Rows that can be removed (a checkbox) and, where order matters, renumbered."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if DELETION_FIELD_NAME in form.fields:
            form.fields[DELETION_FIELD_NAME].label = _lazy("Remove")
        if ORDERING_FIELD_NAME in form.fields:
            form.fields[ORDERING_FIELD_NAME].label = _lazy("Position")
            form.fields[ORDERING_FIELD_NAME].widget.attrs.update({"min": "1", "class": "narrow-number"})

    def kept_rows(self) -> list[forms.Form]:
        """Forms that become content: not removed, not blank; in the order the user asked for.

        A row given position n lands at n: among rows with the same number, one moved up comes
        before the row already there, one moved down comes after it.
        """
        kept = []
        for index, form in enumerate(self.forms):
            data = getattr(form, "cleaned_data", None) or {}
            if data.get(DELETION_FIELD_NAME) or (not form.errors and form.is_blank()):
                continue
            position = data.get(ORDERING_FIELD_NAME) if self.can_order else None
            position = index + 1 if position is None else position
            moved = (position > index + 1) - (position < index + 1)
            kept.append(((position, moved, index), form))
        return [form for _key, form in sorted(kept, key=lambda row: row[0])]


class _Row(forms.Form):
    """A row of a formset: every field optional here; the content schema says what is required."""

    use_required_attribute = False
    text_fields: tuple[str, ...] = ("name",)
    defaults: dict[str, str] = {}  # values of a fresh row as they would be posted

    def is_blank(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return not any(data.get(name) not in (None, "", []) for name in self.text_fields)


class ComponentRow(_Row):
    """Thành phần hồ sơ."""

    text_fields = ("key", "name")
    defaults = {"copy_type": "original", "quantity": "1", "must_digitise": "on"}

    name = forms.CharField(label=_lazy("Name of the document"), max_length=1000, required=False)
    key = forms.CharField(
        label=_lazy("Key"),
        max_length=40,
        required=False,
        help_text=_lazy("Leave blank to derive it from the name."),
    )
    copy_type = forms.ChoiceField(
        label=_lazy("Original or copy"), choices=COPY_TYPES, required=False, initial="original"
    )
    quantity = forms.IntegerField(label=_lazy("Quantity"), required=False, initial=1, min_value=1, max_value=50)
    form = forms.ChoiceField(label=_lazy("Form template"), required=False)
    must_digitise = forms.BooleanField(label=_lazy("Must be digitised"), required=False, initial=True)
    from_data_store = forms.BooleanField(label=_lazy("Can be taken from the data store"), required=False)
    cases = forms.MultipleChoiceField(
        label=_lazy("Only in these cases"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_lazy("None ticked: required in every case."),
    )

    def __init__(self, *args, form_choices=(), case_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["form"].choices = [("", _("— none —")), *form_choices]
        self.fields["cases"].choices = list(case_choices)


class CaseRow(_Row):
    """Trường hợp: a situation in which components or time differ."""

    text_fields = ("key", "name")
    defaults = {"statutory_unit": TimeUnit.WORKING_DAYS, "committed_unit": TimeUnit.WORKING_DAYS}

    name = forms.CharField(label=_lazy("Name of the case"), max_length=500, required=False)
    key = forms.CharField(
        label=_lazy("Key"), max_length=40, required=False, help_text=_lazy("Leave blank to derive it from the name.")
    )
    statutory_amount = _limit_amount(_lazy("Own statutory time"))
    statutory_unit = _limit_unit()
    committed_amount = _limit_amount(_lazy("Own committed time"))
    committed_unit = _limit_unit()


class FeeRow(_Row):
    """Phí, lệ phí."""

    text_fields = ("name", "amount", "exemptions")
    defaults = {"kind": "charge"}

    name = forms.CharField(label=_lazy("Name"), max_length=500, required=False)
    kind = forms.ChoiceField(label=_lazy("Kind"), choices=FEE_KINDS, required=False, initial="charge")
    amount = forms.IntegerField(label=_lazy("Amount (VND)"), required=False, min_value=0)
    exemptions = forms.CharField(label=_lazy("Exemptions"), max_length=2000, required=False)


class StepRow(_Row):
    """One step of the internal process."""

    text_fields = ("name", "unit", "budget")
    defaults = {"actor": Role.SPECIALIST, "counted": "on"}

    name = forms.CharField(
        label=_lazy("Step"), max_length=500, required=False, widget=forms.TextInput(attrs={"class": "wide"})
    )
    actor = forms.ChoiceField(label=_lazy("Who acts"), choices=Role.choices, required=False, initial=Role.SPECIALIST)
    unit = forms.CharField(label=_lazy("Unit"), max_length=200, required=False)
    budget = forms.DecimalField(
        label=_lazy("Working days"), required=False, max_digits=6, decimal_places=2, widget=forms.NumberInput(HALF_DAY)
    )
    counted = forms.BooleanField(label=_lazy("Counted"), required=False, initial=True)
    may_branch = forms.BooleanField(label=_lazy("May go to another agency"), required=False)


ComponentFormSet = formset_factory(ComponentRow, formset=_RowFormSet, extra=1, can_delete=True, can_order=True)
CaseFormSet = formset_factory(CaseRow, formset=_RowFormSet, extra=1, can_delete=True)
FeeFormSet = formset_factory(FeeRow, formset=_RowFormSet, extra=1, can_delete=True)
StepFormSet = formset_factory(StepRow, formset=_RowFormSet, extra=1, can_delete=True, can_order=True)


class ProcessForm(forms.Form):
    use_required_attribute = False
    case = forms.ChoiceField(label=_lazy("Applies to"), required=False)

    def __init__(self, *args, case_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["case"].choices = [("", _("The general case")), *case_choices]


class ContentForm(forms.Form):
    """The main fields of a version's content (and, for a new procedure, its code and owner)."""

    use_required_attribute = False
    shown_required = {"code", "owner", "name", "sector", "level", "sequence", "channels", "statutory_amount"}
    shown_required |= {"result", "legal_basis"}

    code = forms.CharField(
        label=_lazy("National procedure code"),
        max_length=10,
        required=False,
        help_text=_lazy("The code in the national database of procedures, d.dddddd (e.g. 1.001234)."),
    )
    owner = GroupedAgencyChoiceField(
        label=_lazy("Responsible agency"),
        required=False,
        help_text=_lazy("Its administrators edit the procedure."),
    )
    name = forms.CharField(label=_lazy("Name"), max_length=500, required=False)
    sector = forms.ChoiceField(label=_lazy("Sector"), required=False)
    level = forms.ChoiceField(label=_lazy("Level"), choices=[("", "—"), *Level.choices], required=False)
    implementing_agency = forms.CharField(
        label=_lazy("Implementing agency (e-ID code)"), max_length=35, required=False, help_text=_lazy("e.g. H15.03")
    )
    receiving_agency = forms.CharField(
        label=_lazy("Receiving agency (e-ID code)"),
        max_length=35,
        required=False,
        help_text=_lazy("Leave blank when it is the implementing agency."),
    )
    subjects = forms.CharField(
        label=_lazy("Who may apply"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    sequence = forms.CharField(
        label=_lazy("Sequence of steps"), max_length=20000, required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    channels = forms.MultipleChoiceField(
        label=_lazy("Channels"), choices=CHANNELS, required=False, widget=forms.CheckboxSelectMultiple
    )
    sets = forms.IntegerField(label=_lazy("Number of sets"), required=False, initial=1, min_value=1, max_value=20)
    statutory_amount = _limit_amount(_lazy("Statutory time limit"))
    statutory_unit = _limit_unit()
    committed_amount = _limit_amount(
        _lazy("Committed time limit"),
        help_text=_lazy("The province's shorter time (time-cut programme); blank when it is the statutory time."),
    )
    committed_unit = _limit_unit()
    result = forms.CharField(
        label=_lazy("Result"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    result_is_document = forms.BooleanField(label=_lazy("The result is a document"), required=False, initial=True)
    conditions = forms.CharField(
        label=_lazy("Requirements and conditions"),
        max_length=20000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    legal_basis = forms.CharField(
        label=_lazy("Legal basis"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_lazy("One legal text per line."),
    )
    online_service = forms.ChoiceField(
        label=_lazy("Online public service"), choices=OnlineService.choices, initial=OnlineService.NONE, required=False
    )
    legacy_online_level = forms.ChoiceField(
        label=_lazy("Former online level (1–4)"), choices=LEGACY_LEVELS, required=False
    )
    at_desk = forms.BooleanField(label=_lazy("Received at the one-stop desk"), required=False, initial=True)
    on_the_spot = forms.BooleanField(
        label=_lazy("“4 on the spot”: received, appraised, approved and returned at the desk"), required=False
    )
    any_desk = forms.BooleanField(
        label=_lazy(
            "Regardless of administrative boundary (phi địa giới): any centre desk of the province receives it "
            "for the competent agency of the applicant's commune"
        ),
        required=False,
    )
    cutoff = forms.TimeField(
        label=_lazy("Cut-off hour"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_lazy("Paper dossiers received after this hour count from the next working day."),
    )

    def __init__(self, *args, sectors=(), owners=None, creating=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].choices = [("", "—"), *sectors]
        if creating:
            self.fields["owner"].queryset = owners if owners is not None else Agency.objects.none()
        else:
            del self.fields["code"]
            del self.fields["owner"]
        for name, field in self.fields.items():
            field.shown_required = name in self.shown_required

    def clean_code(self):
        code = self.cleaned_data.get("code", "").strip()
        if code:
            validate_procedure_code(code)
        return code


# --- The editor ------------------------------------------------------------------------------


def _section_of(path: str) -> tuple[str, int | None, str]:
    match = re.match(r"^([a-z_]+)(?:\[(\d+)\])?(?:\.(.+))?$", path)
    if not match:
        return "", None, path
    head, index, rest = match.groups()
    return head, int(index) if index is not None else None, rest or ""


def _limit_field(name: str, sub: str) -> str:
    """``statutory`` + ``amount`` → the form field ``statutory_amount`` (the amount when unspecified)."""
    return f"{name}_{sub.split('.')[0] or 'amount'}"


def _dec(value) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except InvalidOperation:
        return None


class Editor:
    """The main form, the component/case/fee formsets and the processes of one version's content."""

    sections = ("components", "cases", "fees")

    def __init__(self, *, data=None, content=None, creating=False, sectors=(), owners=None, form_choices=()):
        self.bound = data is not None
        self.creating = creating
        self.section_errors: dict[str, list[str]] = {}
        self.summary: list[dict] = []
        self._process_content: dict[int, dict] = {}
        self._rows: dict[str, list] = {}
        self._process_rows: list = []
        form_kwargs = {"sectors": sectors, "owners": owners, "creating": creating}
        if self.bound:
            self.main = ContentForm(data, **form_kwargs)
            case_choices = self._case_choices_from_data(data)
            self.cases = CaseFormSet(data, prefix="cases")
            self.components = ComponentFormSet(
                data,
                prefix="components",
                form_kwargs={"form_choices": form_choices, "case_choices": case_choices},
            )
            self.fees = FeeFormSet(data, prefix="fees")
            count = _int(data.get("processes-TOTAL"), 0, MAX_PROCESSES)
            self.processes = [self._process(i, data=data, case_choices=case_choices) for i in range(count)] or [
                self._process(0, case_choices=case_choices)
            ]
        else:
            content = content or {}
            self.main = ContentForm(initial=_main_initial(content), **form_kwargs)
            case_rows = [_case_initial(case) for case in content.get("cases", [])]
            case_choices = [(c["key"], f"{c['key']} — {c['name']}") for c in case_rows]
            self.cases = CaseFormSet(initial=case_rows, prefix="cases")
            self.components = ComponentFormSet(
                initial=[_component_initial(c) for c in content.get("components", [])],
                prefix="components",
                form_kwargs={"form_choices": form_choices, "case_choices": case_choices},
            )
            self.fees = FeeFormSet(initial=list(content.get("fees", [])), prefix="fees")
            self.processes = [
                self._process(i, process=process, case_choices=case_choices)
                for i, process in enumerate(content.get("processes", []))
            ] or [self._process(0, case_choices=case_choices)]
        self.case_choices = case_choices

    def _process(self, index, *, data=None, process=None, case_choices=()):
        prefix = f"process-{index}"
        if data is not None and f"{prefix}-step-TOTAL_FORMS" in data:
            form = ProcessForm(data, prefix=prefix, case_choices=case_choices)
            steps = StepFormSet(data, prefix=f"{prefix}-step")
        else:
            process = process or {}
            form = ProcessForm(initial={"case": process.get("case") or ""}, prefix=prefix, case_choices=case_choices)
            rows = [_step_initial(step) for step in process.get("steps", [])]
            steps = StepFormSet(initial=rows, prefix=f"{prefix}-step")
            if not rows:
                steps.extra = 3  # a new process starts with a few empty steps
            self._process_content[index] = process
        return {"index": index, "form": form, "steps": steps, "errors": [], "total": None}

    @staticmethod
    def _case_choices_from_data(data) -> list[tuple[str, str]]:
        pairs = []
        for i in range(_int(data.get("cases-TOTAL_FORMS"), 0, 1000)):
            if data.get(f"cases-{i}-DELETE"):
                continue
            key, name = (data.get(f"cases-{i}-key") or "").strip(), (data.get(f"cases-{i}-name") or "").strip()
            if key or name:
                pairs.append((key, name))
        return [(key, f"{key} — {name}") for key, (_k, name) in zip(_unique_keys(pairs), pairs, strict=True) if key]

    # --- adding rows without JavaScript ---------------------------------------------------

    @staticmethod
    def with_extra_row(data, target: str):
        """A copy of the posted data with one more empty row in ``target`` (a formset or 'process')."""
        data = data.copy()
        if target == "process":
            data["processes-TOTAL"] = str(min(_int(data.get("processes-TOTAL"), 1, MAX_PROCESSES) + 1, MAX_PROCESSES))
            return data
        match = re.fullmatch(r"(components|cases|fees|process-\d+-step)", target or "")
        if not match or f"{target}-TOTAL_FORMS" not in data:
            return data
        row = {"components": ComponentRow, "cases": CaseRow, "fees": FeeRow}.get(target, StepRow)
        count = _int(data.get(f"{target}-TOTAL_FORMS"), 0, 999)
        data[f"{target}-TOTAL_FORMS"] = str(count + 1)
        for name, value in row.defaults.items():
            data[f"{target}-{count}-{name}"] = value
        return data

    # --- validation and content ------------------------------------------------------------

    def is_valid(self) -> bool:
        results = [self.main.is_valid(), self.components.is_valid(), self.cases.is_valid(), self.fees.is_valid()]
        for process in self.processes:
            results += [process["form"].is_valid(), process["steps"].is_valid()]
        return all(results)

    def content(self) -> dict:
        """The content document built from the forms (also for invalid forms: what could be read)."""
        main = getattr(self.main, "cleaned_data", {})
        content: dict = {}
        for name in ("name", "sector", "level", "implementing_agency", "receiving_agency", "subjects", "sequence"):
            content[name] = main.get(name, "")
        content["channels"] = list(main.get("channels") or [])
        if main.get("sets") is not None:
            content["sets"] = main["sets"]
        content["statutory"] = _limit(main.get("statutory_amount"), main.get("statutory_unit"), required=True)
        content["committed"] = _limit(main.get("committed_amount"), main.get("committed_unit"))
        for name in ("result", "conditions"):
            content[name] = main.get(name, "")
        content["result_is_document"] = bool(main.get("result_is_document"))
        content["legal_basis"] = [line.strip() for line in (main.get("legal_basis") or "").splitlines() if line.strip()]
        content["online_service"] = main.get("online_service") or OnlineService.NONE
        legacy = main.get("legacy_online_level")
        content["legacy_online_level"] = int(legacy) if legacy else None
        content["at_desk"] = bool(main.get("at_desk"))
        content["on_the_spot"] = bool(main.get("on_the_spot"))
        content["any_desk"] = bool(main.get("any_desk"))
        cutoff = main.get("cutoff")
        content["cutoff"] = cutoff.strftime("%H:%M") if cutoff else None

        self._rows = {}
        case_forms = self.cases.kept_rows()
        keys = _unique_keys([(_cd(f).get("key", ""), _cd(f).get("name", "")) for f in case_forms])
        content["cases"] = [_case_content(_cd(f), key) for f, key in zip(case_forms, keys, strict=True)]
        self._rows["cases"] = case_forms

        component_forms = self.components.kept_rows()
        keys = _unique_keys([(_cd(f).get("key", ""), _cd(f).get("name", "")) for f in component_forms])
        content["components"] = [_component_content(_cd(f), key) for f, key in zip(component_forms, keys, strict=True)]
        self._rows["components"] = component_forms

        fee_forms = self.fees.kept_rows()
        content["fees"] = [_fee_content(_cd(f)) for f in fee_forms]
        self._rows["fees"] = fee_forms

        content["processes"] = []
        self._process_rows = []
        self._process_content = {}
        for process in self.processes:
            step_forms = process["steps"].kept_rows()
            case = _cd(process["form"]).get("case") or None
            if not step_forms and case is None:
                continue
            content["processes"].append({"case": case, "steps": [_step_content(_cd(f)) for f in step_forms]})
            self._process_rows.append((process, step_forms))
            self._process_content[process["index"]] = content["processes"][-1]
        return content

    def compute_totals(self, content: dict) -> None:
        """For each process: counted working days against the committed limit of its case."""
        limits = _limits_for_totals(content)
        for process in self.processes:
            shown = self._process_content.get(process["index"]) or {}
            steps = shown.get("steps", [])
            total = sum(
                (_dec(step.get("budget")) or Decimal(0) for step in steps if step.get("counted", True)), Decimal(0)
            )
            case = shown.get("case")
            expected = None
            if limits is not None:
                try:
                    expected = schema.limit_in_working_days(schema.limit_for(limits, case or None))
                except (KeyError, TypeError, InvalidOperation):
                    expected = None
            process["total"] = {
                "total": _fmt(total),
                "expected": _fmt(expected) if expected is not None else None,
                "ok": expected is not None and total == expected,
                "calendar": limits is not None and expected is None,
                "has_steps": bool(steps),
            }

    def apply_errors(self, message_dict: dict[str, list[str]]) -> None:
        """Put the service's field-path errors next to the fields they name."""
        for path, messages in message_dict.items():
            head, index, rest = _section_of(path)
            if head in self.sections and index is not None and index < len(self._rows.get(head, [])):
                form = self._rows[head][index]
                name, _dot, sub = rest.partition(".")
                field = _limit_field(name, sub) if name in ("statutory", "committed") else name.split("[")[0]
                self._add(form, field, messages)
            elif head == "processes" and index is not None and index < len(self._process_rows):
                block, step_forms = self._process_rows[index]
                sub, step_index, step_rest = _section_of(rest)
                if sub == "steps" and step_index is not None and step_index < len(step_forms):
                    self._add(step_forms[step_index], step_rest, messages)
                elif sub == "case":
                    self._add(block["form"], "case", messages)
                else:
                    block["errors"].extend(messages)
            elif head in (*self.sections, "processes"):
                self.section_errors.setdefault(head, []).extend(messages)
            elif head in ("statutory", "committed"):
                self._add(self.main, _limit_field(head, rest), messages)
            elif head in self.main.fields:
                self._add(self.main, head, messages)
            else:
                self._add(self.main, None, messages)

    @staticmethod
    def _add(form, field, messages) -> None:
        if field and field in form.fields:
            form.add_error(field, messages)
        else:
            form.add_error(None, messages)

    def build_summary(self) -> None:
        """The error summary at the top of the page, each entry linking to its field."""
        self.summary = []
        self._summarise(self.main, "")
        for name, title in (("components", _("Component")), ("cases", _("Case")), ("fees", _("Fee"))):
            for message in self.section_errors.get(name, []):
                self.summary.append({"text": message, "href": f"#section-{name}"})
            for number, form in enumerate(getattr(self, name).forms, start=1):
                self._summarise(form, f"{title} {number} — ")
        for message in self.section_errors.get("processes", []):
            self.summary.append({"text": message, "href": "#section-processes"})
        for process in self.processes:
            label = _("Process %(n)s") % {"n": process["index"] + 1}
            for message in process["errors"]:
                self.summary.append({"text": f"{label} — {message}", "href": f"#process-{process['index']}"})
            self._summarise(process["form"], f"{label} — ")
            for number, form in enumerate(process["steps"].forms, start=1):
                self._summarise(form, f"{label}, {_('step')} {number} — ")

    def _summarise(self, form, prefix: str) -> None:
        if not form.is_bound:
            return
        for field, errors in form.errors.items():
            if field == "__all__":
                href = f"#row-{form.prefix}" if form.prefix else "#editor"
                self.summary.extend({"text": f"{prefix}{e}", "href": href} for e in errors)
                continue
            bound = form[field]
            self.summary.extend(
                {"text": f"{prefix}{bound.label}: {e}", "href": f"#{bound.id_for_label or bound.auto_id}"}
                for e in errors
            )

    @property
    def has_errors(self) -> bool:
        return bool(self.summary)


def _int(value, low: int, high: int) -> int:
    try:
        return max(low, min(int(value), high))
    except (TypeError, ValueError):
        return low


def _cd(form) -> dict:
    return getattr(form, "cleaned_data", None) or {}


def _fmt(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _limit(amount, unit, *, required=False):
    if amount is None:
        return {"unit": unit or TimeUnit.WORKING_DAYS} if required else None
    return {"amount": amount, "unit": unit or TimeUnit.WORKING_DAYS}


def _limits_for_totals(content: dict) -> dict | None:
    statutory = content.get("statutory") or {}
    if statutory.get("amount") is None:
        return None
    return {"statutory": statutory, "committed": content.get("committed"), "cases": content.get("cases", [])}


def _main_initial(content: dict) -> dict:
    if not content:
        return {}
    initial = {k: v for k, v in content.items() if not isinstance(v, (dict, list))}
    initial["channels"] = content.get("channels", [])
    for name in ("statutory", "committed"):
        limit = content.get(name) or {}
        initial[f"{name}_amount"] = limit.get("amount")
        initial[f"{name}_unit"] = limit.get("unit", TimeUnit.WORKING_DAYS)
    initial["legal_basis"] = "\n".join(content.get("legal_basis", []))
    initial["legacy_online_level"] = str(content["legacy_online_level"]) if content.get("legacy_online_level") else ""
    return initial


def _case_initial(case: dict) -> dict:
    row = {"key": case.get("key", ""), "name": case.get("name", "")}
    for name in ("statutory", "committed"):
        limit = case.get(name) or {}
        row[f"{name}_amount"] = limit.get("amount")
        row[f"{name}_unit"] = limit.get("unit", TimeUnit.WORKING_DAYS)
    return row


def _component_initial(component: dict) -> dict:
    row = dict(component)
    row["form"] = str(component["form"]) if component.get("form") else ""
    return row


def _step_initial(step: dict) -> dict:
    return dict(step)


def _case_content(data: dict, key: str) -> dict:
    case = {"key": key, "name": data.get("name", "")}
    for name in ("statutory", "committed"):
        limit = _limit(data.get(f"{name}_amount"), data.get(f"{name}_unit"))
        if limit:
            case[name] = limit
    return case


def _component_content(data: dict, key: str) -> dict:
    component = {
        "key": key,
        "name": data.get("name", ""),
        "copy_type": data.get("copy_type") or "original",
        "form": int(data["form"]) if data.get("form") else None,
        "must_digitise": bool(data.get("must_digitise")),
        "from_data_store": bool(data.get("from_data_store")),
        "cases": list(data.get("cases") or []),
    }
    if data.get("quantity") is not None:
        component["quantity"] = data["quantity"]
    return component


def _fee_content(data: dict) -> dict:
    fee = {"name": data.get("name", ""), "kind": data.get("kind") or "charge", "exemptions": data.get("exemptions", "")}
    if data.get("amount") is not None:
        fee["amount"] = data["amount"]
    return fee


def _step_content(data: dict) -> dict:
    step = {
        "name": data.get("name", ""),
        "actor": data.get("actor") or Role.SPECIALIST,
        "unit": data.get("unit", ""),
        "counted": bool(data.get("counted")),
        "may_branch": bool(data.get("may_branch")),
    }
    if data.get("budget") is not None:
        step["budget"] = data["budget"]
    return step


# --- Other forms ---------------------------------------------------------------------------


class ProcedureSearchForm(forms.Form):
    q = forms.CharField(label=_lazy("Code or name"), required=False)
    status = forms.ChoiceField(label=_lazy("Status"), required=False)

    def __init__(self, *args, **kwargs):
        from motcua.catalogue.models import Procedure

        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", _("All")), *Procedure.Status.choices]


class DocumentField(forms.FileField):
    """A file checked by its content (magic bytes), not by its name."""

    def __init__(self, *args, kinds=files.DOCUMENT_KINDS, **kwargs):
        self.kinds = kinds
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload:
            try:
                files.check_document(upload, self.kinds)
            except ValidationError as exc:
                raise forms.ValidationError(exc.messages) from exc
        return upload


class FormTemplateForm(forms.Form):
    name = forms.CharField(label=_lazy("Name of the form"), max_length=300)
    owner = GroupedAgencyChoiceField(label=_lazy("Agency"))
    file = DocumentField(
        label=_lazy("File"),
        help_text=_lazy("PDF, DOC, DOCX, XLSX or ODT, at most 10 MB. The content is checked, not only the name."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.doc,.docx,.xlsx,.odt"}),
    )

    def __init__(self, *args, owners=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners if owners is not None else Agency.objects.none()


class SaveTemplateForm(forms.Form):
    name = forms.CharField(label=_lazy("Name of the template"), max_length=300)
    process = forms.ChoiceField(label=_lazy("Process"))

    def __init__(self, *args, processes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["process"].choices = list(processes)


class CopyProcessForm(forms.Form):
    template = forms.ChoiceField(label=_lazy("Process template"), required=False)
    source_code = forms.CharField(
        label=_lazy("Or the process of another procedure (national code)"),
        max_length=10,
        required=False,
        help_text=_lazy("Its general process is copied, or the process of the case below."),
    )
    source_case = forms.CharField(label=_lazy("Case key in that procedure"), max_length=40, required=False)
    case = forms.ChoiceField(label=_lazy("Copy into the process of"), required=False)

    def __init__(self, *args, templates=(), cases=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = [("", "—"), *templates]
        self.fields["case"].choices = [("", _("The general case")), *cases]

    def clean(self):
        data = super().clean()
        if bool(data.get("template")) == bool(data.get("source_code")):
            raise forms.ValidationError(_("Choose a template or give the code of another procedure (one of the two)."))
        return data


class DecisionForm(forms.Form):
    number = forms.CharField(label=_lazy("Decision number"), max_length=60, help_text=_lazy("e.g. 1234/QĐ-UBND"))
    title = forms.CharField(label=_lazy("Title"), max_length=500, widget=forms.Textarea(attrs={"rows": 2}))
    signed_on = forms.DateField(label=_lazy("Signed on"), widget=forms.DateInput(attrs={"type": "date"}))
    signer = forms.CharField(label=_lazy("Signer"), max_length=200)
    effective_from = forms.DateField(label=_lazy("Effective from"), widget=forms.DateInput(attrs={"type": "date"}))
    issuing_agency = GroupedAgencyChoiceField(label=_lazy("Issuing agency"))
    file = DocumentField(
        label=_lazy("Signed decision (PDF)"),
        required=False,
        kinds=("pdf",),
        help_text=_lazy("Optional; a PDF file of at most 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,application/pdf"}),
    )

    def __init__(self, *args, agencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issuing_agency"].queryset = agencies if agencies is not None else Agency.objects.none()


class PeriodForm(forms.Form):
    """A period for the counts of decisions (signed between the two dates)."""

    date_from = forms.DateField(label=_lazy("Signed from"), widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_lazy("Signed to"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise forms.ValidationError(_("The period ends before it starts."))
        return data


class DecisionItemForm(forms.Form):
    code = forms.CharField(
        label=_lazy("Procedure (national code)"),
        max_length=10,
        widget=forms.TextInput(attrs={"list": "waiting-drafts", "autocomplete": "off"}),
    )
    action = forms.ChoiceField(label=_lazy("Action"), choices=DecisionItem.Action.choices)
