from django.urls import include, path, re_path

from . import calendar_views, catalogue_views, password_views, two_factor_views, views

app_name = "office"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("agencies/", views.agency_list, name="agency-list"),
    path("agencies/new/", views.agency_create, name="agency-create"),
    path("agencies/import/", views.agency_import, name="agency-import"),
    re_path(r"^agencies/export\.(?P<fmt>json|csv)$", views.agency_export, name="agency-export"),
    path("agencies/<int:pk>/", views.agency_detail, name="agency-detail"),
    path("agencies/<int:pk>/edit/", views.agency_edit, name="agency-edit"),
    path("staff/", views.staff_list, name="staff-list"),
    path("staff/new/", views.staff_create, name="staff-create"),
    path("staff/roles/<int:pk>/revoke/", views.staff_role_revoke, name="staff-role-revoke"),
    path("staff/<int:user_pk>/two-factor/reset/", two_factor_views.reset, name="staff-two-factor-reset"),
    path("password/", password_views.PasswordChangeView.as_view(), name="password-change"),
    path("two-factor/", two_factor_views.setup, name="two-factor-setup"),
    path("two-factor/verify/", two_factor_views.verify, name="two-factor-verify"),
    path("staff/<int:user_pk>/sessions/end/", views.staff_sessions_end, name="staff-sessions-end"),
    path("audit/", views.audit_list, name="audit-list"),
    path("audit/export.csv", views.audit_export, name="audit-export"),
    path("calendar/", calendar_views.override_list, name="calendar-overrides"),
    path("calendar/new/", calendar_views.override_create, name="calendar-override-create"),
    path("calendar/<int:pk>/delete/", calendar_views.override_delete, name="calendar-override-delete"),
]

# Procedure catalogue (issue 4): procedures, versions, processes, form templates, publication decisions.
CODE = r"(?P<code>[0-9]\.[0-9]{6})"
urlpatterns += [
    path("catalogue/", catalogue_views.procedure_list, name="catalogue-list"),
    path("catalogue/new/", catalogue_views.procedure_create, name="catalogue-create"),
    path("catalogue/processes/", catalogue_views.process_template_list, name="catalogue-process-templates"),
    path("catalogue/forms/", catalogue_views.form_list, name="catalogue-forms"),
    path("catalogue/forms/new/", catalogue_views.form_upload, name="catalogue-form-upload"),
    path("catalogue/forms/<int:pk>/file", catalogue_views.form_download, name="catalogue-form-file"),
    path("catalogue/decisions/", catalogue_views.decision_list, name="catalogue-decisions"),
    path("catalogue/decisions/new/", catalogue_views.decision_create, name="catalogue-decision-create"),
    path("catalogue/decisions/<int:pk>/", catalogue_views.decision_detail, name="catalogue-decision"),
    path("catalogue/decisions/<int:pk>/items/", catalogue_views.decision_item_add, name="catalogue-decision-add"),
    path("catalogue/decisions/<int:pk>/publish/", catalogue_views.decision_publish, name="catalogue-decision-publish"),
    path("catalogue/decisions/<int:pk>/file", catalogue_views.decision_file, name="catalogue-decision-file"),
    path(
        "catalogue/decision-items/<int:pk>/remove/",
        catalogue_views.decision_item_remove,
        name="catalogue-decision-remove",
    ),
    re_path(rf"^catalogue/{CODE}/$", catalogue_views.procedure_detail, name="catalogue-detail"),
    re_path(rf"^catalogue/{CODE}/edit/$", catalogue_views.procedure_edit, name="catalogue-edit"),
    re_path(rf"^catalogue/{CODE}/discard/$", catalogue_views.draft_discard, name="catalogue-discard"),
    re_path(rf"^catalogue/{CODE}/v(?P<number>[0-9]+)/$", catalogue_views.version_detail, name="catalogue-version"),
    re_path(rf"^catalogue/{CODE}/process/copy/$", catalogue_views.process_copy, name="catalogue-process-copy"),
    re_path(
        rf"^catalogue/{CODE}/process/template/$",
        catalogue_views.process_template_save,
        name="catalogue-process-template",
    ),
]

# Catalogue import and export (issue 4 item 5).
from . import catalogue_transfer_views  # noqa: E402

urlpatterns += [
    re_path(
        r"^catalogue/export\.(?P<fmt>json|xlsx)$", catalogue_transfer_views.catalogue_export, name="catalogue-export"
    ),
    path("catalogue/import/", catalogue_transfer_views.catalogue_import, name="catalogue-import"),
]

# Dossiers (issue 5, the back office): work queues, the counter, the dossier page and its actions.
from . import dossier_views  # noqa: E402

urlpatterns += [
    path("dossiers/", dossier_views.dossier_list, name="dossier-list"),
    path("dossiers/new/", dossier_views.counter, name="dossier-counter"),
    path("dossiers/<int:pk>/", dossier_views.dossier_detail, name="dossier-detail"),
    path("dossiers/<int:pk>/act/answer/<int:seq>/", dossier_views.dossier_action, name="dossier-answer"),
    path("dossiers/<int:pk>/act/<slug:action>/", dossier_views.dossier_action, name="dossier-action"),
    path("dossiers/<int:pk>/components/<int:component>/file", dossier_views.component_file, name="dossier-component"),
    path("dossiers/<int:pk>/result/file", dossier_views.result_file, name="dossier-result"),
]

# Printable one-stop forms (slips 01–05, control sheet) and the desk's logbook: PDF and HTML preview.
from . import dossier_document_views  # noqa: E402

urlpatterns += [
    path("dossiers/<int:pk>/forms/<str:form>.pdf", dossier_document_views.dossier_form_pdf, name="dossier-form-pdf"),
    path("dossiers/<int:pk>/forms/<str:form>.html", dossier_document_views.dossier_form_html, name="dossier-form-html"),
    path("logbook/", dossier_document_views.logbook, name="logbook"),
    path("agencies/<int:pk>/form-header/", dossier_document_views.agency_form_header, name="agency-form-header"),
]

# Issue 6: notification templates, SMS simulator, reminders; evaluations at the desk.
urlpatterns += [
    path("", include("motcua.office.urls_notifications")),
    path("", include("motcua.office.urls_evaluations")),
]

# Reports (issue 7): Biểu số 06/VPCP/KSTT.
from . import report_views  # noqa: E402

urlpatterns += [
    path("reports/form06/", report_views.form06_report, name="report-form06"),
    path("reports/form06/dossiers/", report_views.form06_cell, name="report-form06-cell"),
]

# Reports dashboard (issue 7 items 3–5): charts, the article's other figures, time-cut savings.
from . import dashboard_views  # noqa: E402

urlpatterns += [
    path("reports/dashboard/", dashboard_views.report_dashboard, name="report-dashboard"),
    path("reports/day-costs/", dashboard_views.day_costs, name="report-day-costs"),
]

# Feedback and petitions (PAKN) and the service indices (TT 01/2018, QĐ 766).
urlpatterns += [
    path("", include("motcua.office.urls_petitions")),
    path("", include("motcua.office.urls_indices")),
]
