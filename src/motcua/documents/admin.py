from django.contrib import admin

from .models import FormHeader


@admin.register(FormHeader)
class FormHeaderAdmin(admin.ModelAdmin):
    list_display = ("agency", "governing_body", "desk_name", "place_name", "number_suffix")
    search_fields = ("agency__name", "agency__code", "desk_name")
    autocomplete_fields = ("agency",)
