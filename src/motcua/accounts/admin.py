from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "full_name", "account_type", "identity_level", "email", "is_active")
    list_filter = ("account_type", "identity_level", "is_active", "is_staff")
    search_fields = ("username", "full_name", "email", "id_number", "phone")
    fieldsets = (
        *BaseUserAdmin.fieldsets,
        (_("motcua"), {"fields": ("account_type", "full_name", "phone", "preferred_language")}),
        (
            _("Citizen identity"),
            {
                "fields": (
                    "id_number",
                    "organisation_name",
                    "address",
                    "vneid_subject",
                    "identity_level",
                    "consented_at",
                )
            },
        ),
    )
