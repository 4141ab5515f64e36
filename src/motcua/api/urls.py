from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView

from . import agencies, dossier_import, procedures
from . import calendar as calendar_api
from . import reports as reports_api

app_name = "api"

urlpatterns = [
    path("schema", SpectacularAPIView.as_view(), name="schema"),
    path("docs", SpectacularRedocView.as_view(url_name="api:schema"), name="docs"),
    path("calendar/due", calendar_api.DueView.as_view(), name="calendar-due"),
    path("calendar/holidays", calendar_api.HolidaysView.as_view(), name="calendar-holidays"),
    path("agencies", agencies.AgencyListView.as_view(), name="agencies"),
    path("procedures", procedures.ProcedureListView.as_view(), name="procedures"),
    path("procedures/<str:code>", procedures.ProcedureDetailView.as_view(), name="procedure"),
    path("procedures/<str:code>/versions", procedures.ProcedureVersionsView.as_view(), name="procedure-versions"),
    path("sectors", procedures.SectorListView.as_view(), name="sectors"),
    path("dossiers/import", dossier_import.DossierImportView.as_view(), name="dossiers-import"),
    path("reports/form06", reports_api.Form06View.as_view(), name="reports-form06"),
    path("reports/form06/dossiers", reports_api.Form06CellView.as_view(), name="reports-form06-dossiers"),
    path("", include("motcua.api.urls_petitions")),
    path("", include("motcua.api.urls_indices")),
]
