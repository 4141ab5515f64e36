"""Back office: the texts sent to citizens (mẫu thông báo) and the SMS simulator, for the province administrator."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from motcua.notifications import rendering, selectors, services
from motcua.notifications.models import Channel, Event, NotificationTemplate
from motcua.orgs.permissions import Perm

from ..access import staff_required


class TemplateForm(forms.Form):
    subject = forms.CharField(label=_lazy("Subject"), max_length=rendering.EMAIL_SUBJECT_MAX, required=False)
    body = forms.CharField(label=_lazy("Text"), widget=forms.Textarea(attrs={"rows": 12}))
    is_active = forms.BooleanField(
        label=_lazy("Send this message"),
        required=False,
        help_text=_lazy("Untick to stop sending this message on this channel in this language."),
    )

    def __init__(self, *args, template: NotificationTemplate, **kwargs):
        super().__init__(*args, **kwargs)
        self.template = template
        names = " ".join("{" + name + "}" for name in rendering.PLACEHOLDERS[template.event])
        self.fields["body"].help_text = _("Placeholders you may use: %(names)s.") % {"names": names}
        if template.channel == Channel.SMS:
            del self.fields["subject"]
            self.fields["body"].help_text += " " + _(
                "At most %(max)s characters (3 SMS) once filled with sample data."
            ) % {"max": rendering.SMS_MAX}
        else:
            self.fields["subject"].required = True


def _add_errors(form: forms.Form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _event_order(template: NotificationTemplate) -> tuple:
    return (list(Event.values).index(template.event), template.channel, template.language != "vi")


@staff_required(Perm.MANAGE_ORG)
def template_list(request: HttpRequest) -> HttpResponse:
    services.require_editor(request.user, request)
    rows = sorted(selectors.templates(), key=_event_order)
    return render(request, "office/notifications/template_list.html", {"templates": rows})


@staff_required(Perm.MANAGE_ORG)
def template_edit(request: HttpRequest, pk: int) -> HttpResponse:
    services.require_editor(request.user, request)
    template = get_object_or_404(NotificationTemplate, pk=pk)
    initial = {"subject": template.subject, "body": template.body, "is_active": template.is_active}
    form = TemplateForm(request.POST or None, initial=initial, template=template)
    preview = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        subject, body = data.get("subject", ""), data["body"]
        if "preview" in request.POST:
            try:
                rendering.validate(template.event, template.channel, subject, body)
            except ValidationError as exc:
                _add_errors(form, exc)
            preview = rendering.render(template.channel, subject, body, rendering.sample_values(template.event))
        else:
            try:
                services.save_template(
                    template,
                    user=request.user,
                    subject=subject,
                    body=body,
                    is_active=data["is_active"],
                    request=request,
                )
            except ValidationError as exc:
                _add_errors(form, exc)
            else:
                messages.success(request, _("The message was saved; it is used from the next event on."))
                return redirect("office:notification-templates")
    return render(
        request,
        "office/notifications/template_form.html",
        {"template": template, "form": form, "preview": preview, "sms_max": rendering.SMS_MAX},
    )


@staff_required(Perm.MANAGE_ORG)
def template_reset(request: HttpRequest, pk: int) -> HttpResponse:
    services.require_editor(request.user, request)
    template = get_object_or_404(NotificationTemplate, pk=pk)
    if request.method == "POST":
        services.reset_template(template, user=request.user, request=request)
        messages.success(request, _("The default text was put back."))
        return redirect("office:notification-template-edit", pk=template.pk)
    return render(request, "office/notifications/template_reset.html", {"template": template})


@staff_required(Perm.MANAGE_ORG)
def sms_simulator(request: HttpRequest) -> HttpResponse:
    """What the simulated SMS gateway “sent”, newest first (demos and drills)."""
    services.require_editor(request.user, request)
    return render(request, "office/notifications/sms_list.html", {"messages_sent": selectors.simulated_sms()})
