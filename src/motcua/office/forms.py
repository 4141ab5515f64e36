from django import forms
from django.utils.translation import gettext_lazy as _

from motcua.accounts.models import User
from motcua.orgs.forms import GroupedAgencyChoiceField
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Role


class AgencyForm(forms.ModelForm):
    """Fields of an agency; saving goes through ``orgs.services`` in the view."""

    class Meta:
        model = Agency
        fields = [
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
        ]
        widgets = {
            "valid_from": forms.DateInput(attrs={"type": "date"}),
            "valid_to": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, parents=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("parent", "successor"):  # grouped, sorted, searchable; never chosen for the user
            model_field = self.fields[name]
            self.fields[name] = GroupedAgencyChoiceField(
                Agency.objects.all(), label=model_field.label, required=False, help_text=model_field.help_text
            )
            self.fields[name].empty_label = "—"
        if parents is not None:
            self.fields["parent"].queryset = parents
        self.fields["code"].help_text = _("QĐ 20/2020 format, e.g. H15.50.05 — must extend the parent's code.")

    def _post_clean(self):
        # Model validation runs in the service, inside the transaction.
        pass


class RoleAssignForm(forms.Form):
    user = forms.ModelChoiceField(label=_("Staff member"), queryset=User.objects.none())
    agency = GroupedAgencyChoiceField(label=_("Agency or unit"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)

    def __init__(self, *args, agencies=None, roles=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = User.objects.filter(account_type=User.AccountType.STAFF, is_active=True)
        if agencies is not None:
            self.fields["agency"].queryset = agencies
        if roles is not None:
            self.fields["role"].choices = roles


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File (JSON or CSV)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = upload.name.lower()
        if not (name.endswith(".json") or name.endswith(".csv")):
            raise forms.ValidationError(_("Only .json and .csv files can be imported."))
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        try:
            text = upload.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise forms.ValidationError(_("The file must be UTF-8 text.")) from exc
        return {"format": "json" if name.endswith(".json") else "csv", "text": text}


class AuditSearchForm(forms.Form):
    q = forms.CharField(label=_("Who or what"), required=False)
    action = forms.ChoiceField(label=_("Action"), required=False)
    date_from = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, **kwargs):
        from motcua.audit.models import AuditEntry

        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [("", _("All")), *AuditEntry.Action.choices]


class StaffAccountForm(forms.Form):
    """A new staff account and its first role, created in one transaction."""

    username = forms.CharField(label=_("Username"), max_length=150)
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=20, required=False)
    password = forms.CharField(
        label=_("Initial password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters; the official should change it after the first login."),
    )
    agency = GroupedAgencyChoiceField(label=_("Agency or unit"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)

    def __init__(self, *args, agencies=None, roles=None, **kwargs):
        super().__init__(*args, **kwargs)
        if agencies is not None:
            self.fields["agency"].queryset = agencies
        if roles is not None:
            self.fields["role"].choices = roles
