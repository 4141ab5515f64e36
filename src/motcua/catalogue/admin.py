from django.contrib import admin

from .models import (
    DecisionItem,
    FormTemplate,
    Procedure,
    ProcedureVersion,
    ProcessTemplate,
    PublicationDecision,
    Sector,
)


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ("code", "name")
    search_fields = ("code", "name")


class ReadOnlyAdmin(admin.ModelAdmin):
    """Catalogue rows change only through the back office (``catalogue.services``)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Procedure)
class ProcedureAdmin(ReadOnlyAdmin):
    list_display = ("code", "owner", "status")
    list_filter = ("status",)
    search_fields = ("code",)


@admin.register(ProcedureVersion)
class ProcedureVersionAdmin(ReadOnlyAdmin):
    list_display = ("procedure", "number", "name", "state", "valid_from", "valid_to", "level")
    list_filter = ("state", "level")
    search_fields = ("procedure__code", "name")


@admin.register(PublicationDecision)
class PublicationDecisionAdmin(ReadOnlyAdmin):
    list_display = ("number", "signed_on", "effective_from", "state")


admin.site.register(DecisionItem, ReadOnlyAdmin)
admin.site.register(FormTemplate, ReadOnlyAdmin)
admin.site.register(ProcessTemplate, ReadOnlyAdmin)
