"""The counter and the dossier page for phi địa giới (ND 118/2025 Art 14(2)): a centre's desk chooses the
competent agency (proposed from the subject's commune, confirmed by the official) and where the applicant
collects the result; the paper originals' leg ("Gửi hồ sơ giấy", "Đã nhận hồ sơ giấy"). The rules are in
``dossiers/centres.py`` and ``dossiers/policy.py``; this module only asks and shows."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from motcua.dossiers import centres
from motcua.orgs import selectors as org_selectors
from motcua.orgs.forms import GroupedAgencyChoiceField
from motcua.orgs.models import Agency

from .forms import ActionForm

SUBJECTS = [
    ("residence", _lazy("The applicant's residence")),
    ("parcel", _lazy("The land parcel")),
    ("business", _lazy("The business seat")),
]


class CompetentForm(forms.Form):
    """Who decides a phi-địa-giới dossier received at this desk, and where the result is collected."""

    subject_kind = forms.ChoiceField(
        label=_lazy("The competent agency follows"), choices=SUBJECTS, initial="residence", required=False
    )
    subject_commune = GroupedAgencyChoiceField(
        label=_lazy("Commune of the subject"),
        required=False,
        help_text=_lazy("Where the applicant lives, where the parcel lies or where the business has its seat."),
    )
    competent_agency = GroupedAgencyChoiceField(
        label=_lazy("Competent agency"),
        required=False,
        help_text=_lazy("Proposed from the subject's commune; check it before receiving."),
    )
    collect = forms.ChoiceField(
        label=_lazy("The applicant collects the result at"),
        choices=[("desk", _lazy("This desk")), ("competent", _lazy("The competent agency's desk"))],
        initial="desk",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, version, desk: Agency, **kwargs):
        kwargs.setdefault("prefix", "centre")
        super().__init__(*args, **kwargs)
        self.version, self.desk = version, desk
        self.fields["subject_commune"].queryset = centres.subject_communes(desk)
        self.fields["subject_commune"].widget.choices = self.fields["subject_commune"].choices
        pks = [a.pk for a in centres.candidates(version, desk)]
        self.fields["competent_agency"].queryset = Agency.objects.filter(pk__in=pks).order_by("path")
        self.fields["competent_agency"].widget.choices = self.fields["competent_agency"].choices

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if data.get("competent_agency") is None:
            proposal = centres.propose(self.version, self.desk, data.get("subject_commune"))
            if proposal is not None:
                # the proposal is shown selected: the official confirms it by receiving again
                self.data = self.data.copy()
                self.data[self.add_prefix("competent_agency")] = str(proposal.pk)
                raise forms.ValidationError(
                    _("Proposed competent agency: %(name)s. Check it and receive again to confirm.")
                    % {"name": proposal.name}
                )
            raise forms.ValidationError(_("Choose the subject's commune or the competent agency."))
        return data

    def receive_kwargs(self) -> dict:
        data = self.cleaned_data
        competent = data["competent_agency"]
        collect_at = org_selectors.desk_of(competent) if data["collect"] == "competent" else None
        return {"competent": competent, "collect_at": collect_at}


def competent_form(request, desk: Agency | None, version) -> CompetentForm | None:
    """The form when this desk may receive ``version`` for another agency, else ``None`` (today's rule)."""
    if desk is None or version is None or not centres.any_desk(version, desk):
        return None
    return CompetentForm(request.POST if request.method == "POST" else None, version=version, desk=desk)


class OriginalsForm(ActionForm):
    note = forms.CharField(
        label=_lazy("Note (how, parcel number)"), required=False, max_length=1000, widget=forms.TextInput()
    )


def originals_rows(dossier) -> list[tuple[str, str]]:
    """The leg of the originals and the collect point, for the dossier page."""
    rows = []
    state = centres.originals_state(dossier)
    labels = {
        "at_desk": _("At the receiving desk, not yet sent"),
        "sent": _("Sent to the competent agency, not yet received"),
        "received": _("Received by the competent agency"),
    }
    if state:
        rows.append((_("Paper originals"), labels[state]))
    point = centres.return_point(dossier)
    if point.pk != dossier.agency_id:
        rows.append((_("Result collected at"), point.name))
    return rows
