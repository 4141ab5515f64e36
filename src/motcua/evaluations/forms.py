"""The evaluation form shared by the portal (online) and the desk's tablet page."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _lazy

from motcua.dossiers.models import Channel, Dossier

from . import services
from .models import CRITERIA, ONLINE_ONLY, Satisfaction
from .services import COMMENT_MAX


class EvaluationForm(forms.Form):
    """One question per fieldset: the mandatory overall level, then the optional criteria."""

    satisfaction = forms.ChoiceField(
        label=_lazy("Overall, how satisfied are you with how your dossier was handled?"),
        choices=Satisfaction.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _lazy("Choose how satisfied you are overall.")},
    )
    comment = forms.CharField(
        label=_lazy("Comment (optional)"),
        required=False,
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, dossier: Dossier, **kwargs):
        super().__init__(*args, **kwargs)
        self.dossier = dossier
        for name, (_point, question, choices) in CRITERIA.items():
            if name in ONLINE_ONLY and dossier.channel != Channel.ONLINE:
                continue
            self.fields[name] = forms.ChoiceField(
                label=question,
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
                help_text=_lazy("Optional."),  # the point of ND 61 Art 31(1) is in CRITERIA
            )
        self.order_fields(["satisfaction", *CRITERIA, "comment"])

    def answers(self) -> dict:
        return {name: self.cleaned_data.get(name) or "" for name in self.fields if name != "comment"}

    def questions(self):
        """Bound fields of the questions (everything but the comment), with faces for the overall level."""
        return [self[name] for name in self.fields if name != "comment"]

    def apply(self, exc: ValidationError) -> None:
        """Put the service's errors next to their questions."""
        if hasattr(exc, "error_dict"):
            for key, messages in exc.message_dict.items():
                self.add_error(key if key in self.fields else None, messages)
        else:
            self.add_error(None, exc.messages)

    def record(self, *, by_user, channel: str, token: str = "") -> bool:
        """Record the valid answers through ``services.rate``; False, with the errors on the form, when the
        service refuses them. (A ``PermissionDenied`` goes to the caller.)"""
        try:
            services.rate(
                self.dossier,
                by_user=by_user,
                channel=channel,
                answers=self.answers(),
                comment=self.cleaned_data["comment"],
                token=token,
            )
        except ValidationError as exc:
            self.apply(exc)
            return False
        return True
