"""/office/password/ — an official changes their password (required first when an administrator chose it)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.urls import reverse_lazy
from django.utils.translation import gettext as _


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "office/password_change.html"
    success_url = reverse_lazy("office:dashboard")

    def form_valid(self, form):
        response = super().form_valid(form)
        user = form.user
        if user.must_change_password:
            user.must_change_password = False
            user.save(update_fields=["must_change_password"])
        messages.success(self.request, _("Your password was changed."))
        return response

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response
