"""Forgotten password: a one-time link by e-mail (Django's signed token), sent through the outbox.

The form answers the same whether or not an account has the address (no account enumeration), is
rate-limited per client address, and the e-mail goes through the durable outbox like every other
message. Setting the new password writes an audit row (the user's audit excludes the hash itself).
"""

from __future__ import annotations

import os

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.template import loader
from django.urls import reverse_lazy
from django.utils.translation import gettext as _

from motcua.audit import services as audit
from motcua.audit.models import AuditEntry
from motcua.core import outbox, ratelimit

RESETS_PER_MINUTE = 5


class OutboxPasswordResetForm(PasswordResetForm):
    """Django's reset form, with the e-mail queued in the outbox instead of sent in the request."""

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        key = f"password-reset-{context['uid']}-{context['token']}"
        outbox.enqueue("email.send", {"to": [to_email], "subject": subject, "body": body}, key)


class PasswordResetView(auth_views.PasswordResetView):
    """/account/password/reset/ — ask for a reset link by e-mail."""

    form_class = OutboxPasswordResetForm
    template_name = "portal/account/password_reset_form.html"
    subject_template_name = "portal/account/password_reset_subject.txt"
    email_template_name = "portal/account/password_reset_email.txt"
    success_url = reverse_lazy("portal:password-reset-sent")

    def form_valid(self, form):
        if ratelimit.exceeded(self.request, "password-reset", RESETS_PER_MINUTE):
            form.add_error(None, _("Too many requests from your connection; please wait a minute."))
            return self.render_to_response(self.get_context_data(form=form), status=429)
        # the portal's configured address (PUBLIC_URL), else the address this request came to
        configured = getattr(settings, "PUBLIC_URL", "") or os.environ.get("MOTCUA_PUBLIC_URL", "")
        self.extra_email_context = {"base_url": (configured or self.request.build_absolute_uri("/")).rstrip("/")}
        return super().form_valid(form)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "portal/account/password_reset_sent.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """/account/password/reset/<uid>/<token>/ — choose a new password from the link (once)."""

    template_name = "portal/account/password_reset_confirm.html"
    success_url = reverse_lazy("portal:password-reset-done")

    def form_valid(self, form):
        response = super().form_valid(form)
        audit.record(
            AuditEntry.Action.UPDATE,
            obj=form.user,
            changes={"password": _("reset with the link sent by e-mail")},
            request=self.request,
            user=form.user,
        )
        return response


class PasswordResetDoneView(auth_views.PasswordResetCompleteView):
    template_name = "portal/account/password_reset_done.html"
