"""URLs of the reports: Biểu số 06/VPCP/KSTT (issue 7), the dashboard (issue 7 items 3–5) and the service
indices, TT 01/2018 (nine indices) and QĐ 766 (see docs/indices.md)."""

from django.urls import path

from . import by_desk, dashboard, form06, indices, months

urlpatterns: list = [
    path("reports/form06/", form06.form06_report, name="report-form06"),
    path("reports/form06/dossiers/", form06.form06_cell, name="report-form06-cell"),
    path("reports/by-desk/", by_desk.by_desk_report, name="report-by-desk"),  # Form 06 by receiving desk
    path("reports/months/", months.report_months, name="report-months"),
    # The dashboard: charts, the article's other figures, time-cut savings.
    path("reports/dashboard/", dashboard.report_dashboard, name="report-dashboard"),
    path("reports/day-costs/", dashboard.day_costs, name="report-day-costs"),
    path("reports/indices/", indices.indices_report, name="indices"),
    path("reports/indices/units/<int:pk>/", indices.indices_unit, name="indices-unit"),
    path("reports/indices/units/<int:pk>/dossiers/", indices.indices_unit_dossiers, name="indices-unit-dossiers"),
    path("reports/indices/units/<int:pk>/petitions/", indices.indices_unit_petitions, name="indices-unit-petitions"),
    path("reports/indices/dossiers/<int:pk>/", indices.indices_dossier, name="indices-dossier"),
    path("reports/index-766/", indices.index766_report, name="index766"),
    path("reports/index-766/dossiers/", indices.index766_dossiers_page, name="index766-dossiers"),
]
