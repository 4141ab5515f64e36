from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError

from . import services
from .models import Agency, StaffRole


class AgencyAdminForm(forms.ModelForm):
    class Meta:
        model = Agency
        fields = list(services.EDITABLE_FIELDS)

    def _post_clean(self):
        super()._post_clean()
        try:
            services.validate(self.instance)
        except ValidationError as exc:
            self._update_errors(exc)


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    """Agencies in the Django admin; validating, saving and deleting go through ``orgs.services``."""

    form = AgencyAdminForm

    list_display = ("name", "code", "level", "kind", "parent", "valid_to")
    list_filter = ("level", "kind")
    search_fields = ("name", "code")
    raw_id_fields = ("parent", "successor")
    ordering = ("path",)

    def save_model(self, request, obj, form, change):
        fields = {name: form.cleaned_data.get(name) for name in services.EDITABLE_FIELDS if name in form.cleaned_data}
        saved = services.update_agency(obj, **fields) if change else services.create_agency(**fields)
        obj.pk, obj.path, obj.depth = saved.pk, saved.path, saved.depth

    def delete_model(self, request, obj):
        try:
            services.delete_agency(obj)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))


@admin.register(StaffRole)
class StaffRoleAdmin(admin.ModelAdmin):
    list_display = ("user", "role", "agency")
    list_filter = ("role",)
    search_fields = ("user__username", "user__full_name", "agency__name", "agency__code")
    raw_id_fields = ("user", "agency")
