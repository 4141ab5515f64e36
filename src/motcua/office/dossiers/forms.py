"""Forms of the officials' dossier pages (issue 5, "the back office").

The forms only collect and pre-check values: every rule of the dossier's life lives in
``dossiers.services``, whose ``ValidationError`` keys (``applicant_name``, ``items``, ``reason``,
``result_file`` …) are the field names used here, so :func:`apply_errors` puts each message next to
its field. Uploaded files are checked by content here as well, so a bad file is named next to its
own input and never reaches the storage.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from motcua.catalogue.schema import ComponentSerializer
from motcua.core import validators
from motcua.core.text import nfc
from motcua.core.uploads import check_upload
from motcua.dossiers.models import Channel, Dossier
from motcua.dossiers.workflow import Status
from motcua.orgs.forms import GroupedAgencyChoiceField, own_agency

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
RETURN_METHODS = [("counter", _lazy("At the desk")), ("post", _lazy("By post")), ("online", _lazy("Online"))]
COPY_TYPES = dict(ComponentSerializer.COPY_TYPES)
EXTRA_ITEMS = 3  # free rows for items that are not a component of the procedure


def clean_upload(upload):
    """The upload's content must be an accepted document within the size limit."""
    if upload:
        check_upload(upload)
    return upload


def apply_errors(form: forms.Form, exc: ValidationError, sections: dict[str, list] | None = None) -> None:
    """Put a service error next to the form field it names; other keys go to ``sections`` or the top."""
    sections = sections if sections is not None else {}
    if hasattr(exc, "error_dict"):
        for key, messages in exc.message_dict.items():
            if key in form.fields:
                form.add_error(key, messages)
            elif key in sections:
                sections[key].extend(messages)
            else:
                form.add_error(None, messages)
    else:
        form.add_error(None, exc.messages)


def _components_for(version, case: str) -> list[dict]:
    return [
        spec
        for spec in version.content.get("components", [])
        if not spec.get("cases") or (case and case in spec["cases"])
    ]


class ItemsMixin:
    """One "what is missing or wrong" field per component plus a few free rows (forms 02)."""

    def add_item_fields(self, components: list[dict]) -> None:
        self.item_rows = []
        for spec in components:
            name = f"problem_{spec['key']}"
            self.fields[name] = forms.CharField(
                label=spec["name"],
                required=False,
                max_length=1000,
                help_text=_lazy("What is missing or wrong; leave empty when this component is in order."),
            )
            self.item_rows.append((spec["name"], name, None))
        for n in range(1, EXTRA_ITEMS + 1):
            item, reason = f"extra_item_{n}", f"extra_reason_{n}"
            self.fields[item] = forms.CharField(label=_("Other item %(n)s") % {"n": n}, required=False, max_length=500)
            self.fields[reason] = forms.CharField(
                label=_("Reason for other item %(n)s") % {"n": n}, required=False, max_length=1000
            )
            self.item_rows.append((None, item, reason))

    def items(self) -> list[dict]:
        rows = []
        for component_name, field, reason_field in self.item_rows:
            value = nfc(self.cleaned_data.get(field) or "").strip()
            if component_name is not None:
                if value:
                    rows.append({"item": component_name, "reason": value})
            else:
                reason = nfc(self.cleaned_data.get(reason_field) or "").strip()
                if value or reason:
                    rows.append({"item": value, "reason": reason})
        return rows

    def component_item_fields(self):
        return [self[name] for component_name, name, _reason in self.item_rows if component_name is not None]

    def extra_item_fields(self):
        return [(self[name], self[reason]) for component_name, name, reason in self.item_rows if component_name is None]


# --- Work queues ---------------------------------------------------------------------------


class QueueFilterForm(forms.Form):
    q = forms.CharField(
        label=_lazy("Search"),
        required=False,
        max_length=200,
        help_text=_lazy("Dossier code, applicant's name (accents optional), phone or ID number."),
    )
    procedure = forms.CharField(label=_lazy("Procedure (code or name)"), required=False, max_length=200)
    unit = GroupedAgencyChoiceField(label=_lazy("Agency or unit"), required=False, empty_label=_lazy("Any"))
    status = forms.ChoiceField(label=_lazy("Status"), required=False)
    date_from = forms.DateField(label=_lazy("Received from"), required=False, widget=DATE)
    date_to = forms.DateField(label=_lazy("Received until"), required=False, widget=DATE)

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        if units is not None:
            self.fields["unit"].queryset = units
        self.fields["status"].choices = [("", _("Any")), *Status.choices]
        self.fields["q"].widget.input_type = "search"

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", _("The end date is before the start date."))
        return data


# --- Counter receipt -------------------------------------------------------------------------


class DeskProcedureForm(forms.Form):
    """Stage one of the counter: the desk and a search for the procedure (GET)."""

    desk = GroupedAgencyChoiceField(label=_lazy("Receiving desk"))
    q = forms.CharField(
        label=_lazy("Procedure"),
        required=False,
        max_length=200,
        help_text=_lazy("National code or words of the name, accents optional."),
    )

    def __init__(self, *args, desks=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if desks is not None:
            self.fields["desk"].queryset = desks
            self.fields["desk"].set_own(own_agency(user, desks))
        self.fields["q"].widget.input_type = "search"


class CounterForm(ItemsMixin, forms.Form):
    """Stage two of the counter: the applicant, the components and the desk's decision (POST)."""

    DECISIONS = ("receive", "complete", "refuse", "on_the_spot")

    applicant_kind = forms.ChoiceField(
        label=_lazy("Applicant"),
        choices=[("person", _lazy("Person")), ("organisation", _lazy("Organisation"))],
        widget=forms.RadioSelect,
        initial="person",
    )
    applicant_name = forms.CharField(label=_lazy("Full name or organisation name"), max_length=300)
    applicant_id_number = forms.CharField(label=_lazy("Personal ID or tax number"), required=False, max_length=20)
    applicant_address = forms.CharField(label=_lazy("Address"), required=False, max_length=500)
    applicant_phone = forms.CharField(label=_lazy("Phone"), required=False, max_length=20)
    applicant_email = forms.EmailField(label=_lazy("E-mail"), required=False)
    rep_name = forms.CharField(label=_lazy("Representative's name"), required=False, max_length=300)
    rep_id_number = forms.CharField(label=_lazy("Representative's personal ID number"), required=False, max_length=20)
    rep_address = forms.CharField(label=_lazy("Representative's address"), required=False, max_length=500)
    rep_phone = forms.CharField(label=_lazy("Representative's phone"), required=False, max_length=20)
    rep_email = forms.EmailField(label=_lazy("Representative's e-mail"), required=False)
    rep_authorisation = forms.CharField(
        label=_lazy("Authorisation paper"),
        required=False,
        max_length=300,
        help_text=_lazy("Number and date of the power of attorney or authorisation letter."),
    )
    channel = forms.TypedChoiceField(
        label=_lazy("Dossier brought"),
        coerce=int,
        choices=[(Channel.COUNTER, _lazy("At the desk")), (Channel.POSTAL, _lazy("By post"))],
        initial=Channel.COUNTER,
    )
    return_method = forms.ChoiceField(label=_lazy("Result to be returned"), choices=RETURN_METHODS[:2])
    reasons = forms.CharField(
        label=_lazy("Reasons for the refusal"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, version, case: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.version = version
        self.components = _components_for(version, case)
        self.component_rows = []
        for spec in self.components:
            key = spec["key"]
            row = {
                "spec": spec,
                "copy_type": COPY_TYPES.get(spec.get("copy_type"), spec.get("copy_type", "")),
                "received": f"received_{key}",
                "file": f"file_{key}",
                "store": f"store_{key}" if spec.get("from_data_store") else None,
            }
            self.fields[row["received"]] = forms.BooleanField(label=_lazy("Received on paper"), required=False)
            self.fields[row["file"]] = forms.FileField(label=_lazy("Scan or file"), required=False)
            if row["store"]:
                self.fields[row["store"]] = forms.BooleanField(
                    label=_lazy("Taken from the shared data store"), required=False
                )
            self.component_rows.append(row)
        self.add_item_fields(self.components)
        if version.on_the_spot:
            self.fields["result_file"] = forms.FileField(label=_lazy("Result document"), required=False)
            self.fields["received_by"] = forms.CharField(
                label=_lazy("Result received by"),
                required=False,
                max_length=300,
                help_text=_lazy("Leave empty when the applicant takes it."),
            )

    def bound_component_rows(self):
        return [
            {
                "spec": row["spec"],
                "copy_type": row["copy_type"],
                "received": self[row["received"]],
                "file": self[row["file"]],
                "store": self[row["store"]] if row["store"] else None,
            }
            for row in self.component_rows
        ]

    def clean(self):
        data = super().clean()
        self._check_id_numbers(data)
        for row in self.component_rows:
            upload = data.get(row["file"])
            if upload:
                try:
                    clean_upload(upload)
                except ValidationError as exc:
                    self.add_error(row["file"], exc.messages)
        if data.get("result_file"):
            try:
                clean_upload(data["result_file"])
            except ValidationError as exc:
                self.add_error("result_file", exc.messages)
        return data

    def _check_id_numbers(self, data: dict) -> None:
        """The applicant's ID number or tax code and the representative's ID number (core.validators)."""
        kind = data.get("applicant_kind") or "person"
        checks = {
            "applicant_id_number": lambda value: validators.validate_id_or_tax(
                value, kind=kind, field=_("Tax code") if kind == "organisation" else _("Personal ID number")
            ),
            "rep_id_number": lambda value: validators.validate_personal_id(
                value, field=_("Representative's personal ID number")
            ),
        }
        for name, check in checks.items():
            if data.get(name):
                try:
                    data[name] = check(data[name])
                except ValidationError as exc:
                    self.add_error(name, exc.messages)

    def representative(self) -> dict:
        fields = ("name", "id_number", "address", "phone", "email", "authorisation")
        return {key: self.cleaned_data.get(f"rep_{key}") or "" for key in fields if self.cleaned_data.get(f"rep_{key}")}

    def component_inputs(self):
        from motcua.dossiers.services import ComponentInput

        inputs = []
        for row in self.component_rows:
            received = bool(self.cleaned_data.get(row["received"]))
            upload = self.cleaned_data.get(row["file"]) or None
            store = bool(row["store"] and self.cleaned_data.get(row["store"]))
            if received or upload or store:
                inputs.append(ComponentInput(row["spec"]["key"], received=received, file=upload, from_data_store=store))
        return inputs


# --- Actions on the dossier page --------------------------------------------------------------


class ActionForm(forms.Form):
    """Every action carries the revision of the dossier the official saw."""

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, dossier: Dossier, **kwargs):
        self.dossier = dossier
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("revision", dossier.revision)
        super().__init__(*args, **kwargs)


class ReceiveForm(ActionForm):
    return_method = forms.ChoiceField(label=_lazy("Result to be returned"), choices=RETURN_METHODS)

    def __init__(self, *args, dossier, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("return_method", dossier.return_method)
        super().__init__(*args, dossier=dossier, **kwargs)


class ItemsForm(ItemsMixin, ActionForm):
    """Form 02: every missing or wrong item at once, each with its reason."""

    def __init__(self, *args, dossier, **kwargs):
        super().__init__(*args, dossier=dossier, **kwargs)
        self.add_item_fields(_components_for(dossier.version, dossier.case))


class ReasonsForm(ActionForm):
    reasons = forms.CharField(label=_lazy("Reasons"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class ReasonForm(ActionForm):
    reason = forms.CharField(label=_lazy("Reason"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class OptionalReasonForm(ActionForm):
    reason = forms.CharField(
        label=_lazy("Reason given by the applicant"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class HandlerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class ForwardForm(ActionForm):
    handler = HandlerChoiceField(
        label=_lazy("Handler at the next step"),
        required=False,
        queryset=None,
        empty_label=_lazy("Not yet — the unit assigns"),
    )
    note = forms.CharField(label=_lazy("Note"), required=False, max_length=2000)

    def __init__(self, *args, dossier, handlers, **kwargs):
        super().__init__(*args, dossier=dossier, **kwargs)
        self.fields["handler"].queryset = handlers


class AssignForm(ActionForm):
    handler = HandlerChoiceField(label=_lazy("Official"), queryset=None)

    def __init__(self, *args, dossier, handlers, **kwargs):
        super().__init__(*args, dossier=dossier, **kwargs)
        self.fields["handler"].queryset = handlers


class NoteForm(ActionForm):
    kind = forms.ChoiceField(
        label=_lazy("Kind"),
        choices=[("note", _lazy("Note")), ("appraisal", _lazy("Appraisal")), ("site_visit", _lazy("Site visit"))],
    )
    text = forms.CharField(
        label=_lazy("Text"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_lazy("For a site visit: time, place, participants and what was found."),
    )


class ConsultForm(ActionForm):
    unit = GroupedAgencyChoiceField(label=_lazy("Unit asked"))
    question = forms.CharField(label=_lazy("Question"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))
    days = forms.IntegerField(label=_lazy("Answer within (working days)"), min_value=1, max_value=30, initial=2)

    def __init__(self, *args, dossier, units, **kwargs):
        super().__init__(*args, dossier=dossier, **kwargs)
        self.fields["unit"].queryset = units


class AnswerForm(ActionForm):
    text = forms.CharField(label=_lazy("Answer"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class InteragencyForm(ActionForm):
    agency = GroupedAgencyChoiceField(label=_lazy("Agency"))
    task = forms.CharField(label=_lazy("Its task"), max_length=5000, widget=forms.Textarea(attrs={"rows": 2}))
    budget = forms.DecimalField(
        label=_lazy("Time budget (working days)"),
        min_value=Decimal("0"),
        max_value=Decimal("365"),
        decimal_places=1,
        widget=forms.NumberInput(attrs={"step": "0.5", "min": "0"}),
        help_text=_lazy("Whole or half working days."),
    )

    def __init__(self, *args, dossier, agencies, **kwargs):
        super().__init__(*args, dossier=dossier, **kwargs)
        self.fields["agency"].queryset = agencies


class ResubmitForm(ActionForm):
    """The supplement arrives: tick what came on paper, upload scans."""

    def __init__(self, *args, dossier, **kwargs):
        super().__init__(*args, dossier=dossier, **kwargs)
        self.component_rows = []
        for component in dossier.components.all():
            received, upload = f"received_{component.pk}", f"file_{component.pk}"
            names = {"name": component.name}
            self.fields[received] = forms.BooleanField(label=_("%(name)s: received on paper") % names, required=False)
            self.fields[upload] = forms.FileField(label=_("%(name)s: scan or file") % names, required=False)
            self.component_rows.append((component, received, upload))

    def bound_component_rows(self):
        return [(component, self[received], self[upload]) for component, received, upload in self.component_rows]

    def clean(self):
        data = super().clean()
        for _component, _received, upload in self.component_rows:
            if data.get(upload):
                try:
                    clean_upload(data[upload])
                except ValidationError as exc:
                    self.add_error(upload, exc.messages)
        return data

    def component_inputs(self):
        from motcua.dossiers.services import ComponentInput

        inputs = []
        for component, received, upload in self.component_rows:
            file = self.cleaned_data.get(upload) or None
            if self.cleaned_data.get(received) or file:
                inputs.append(ComponentInput(component.key, received=True, file=file))
        return inputs


class AmountForm(ActionForm):
    amount = forms.IntegerField(label=_lazy("Amount (VND)"), min_value=1, max_value=10**12)


class PaymentForm(AmountForm):
    reference = forms.CharField(label=_lazy("Receipt or transaction reference"), required=False, max_length=100)


class ApologyForm(ActionForm):
    reason = forms.CharField(
        label=_lazy("Reason for the delay"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    new_due = forms.DateField(label=_lazy("New appointment"), widget=DATE)


class DecideForm(ActionForm):
    outcome = forms.ChoiceField(
        label=_lazy("Result"),
        choices=[("approved", _lazy("Approved")), ("refused", _lazy("Refused"))],
        widget=forms.RadioSelect,
        initial="approved",
    )
    result_file = forms.FileField(
        label=_lazy("Result document"),
        required=False,
        help_text=_lazy("Required when approved: the signed result (PDF or scan)."),
    )
    reasons = forms.CharField(
        label=_lazy("Reasons for a refusal"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_result_file(self):
        return clean_upload(self.cleaned_data.get("result_file"))


class ReturnForm(ActionForm):
    received_by = forms.CharField(label=_lazy("Received by"), max_length=300)
    method = forms.ChoiceField(label=_lazy("Returned through"), choices=RETURN_METHODS)

    def __init__(self, *args, dossier, **kwargs):
        initial = kwargs.setdefault("initial", {})
        initial.setdefault("received_by", dossier.applicant_name)
        initial.setdefault("method", dossier.return_method)
        super().__init__(*args, dossier=dossier, **kwargs)
