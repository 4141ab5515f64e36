from django.urls import include, path, re_path

from . import views
from .accounts import password, two_factor
from .calendar import views as calendar_views
from .catalogue import views as catalogue_views

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
    path("staff/<int:user_pk>/two-factor/reset/", two_factor.reset, name="staff-two-factor-reset"),
    path("password/", password.PasswordChangeView.as_view(), name="password-change"),
    path("two-factor/", two_factor.setup, name="two-factor-setup"),
    path("two-factor/verify/", two_factor.verify, name="two-factor-verify"),
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
from .catalogue import transfer  # noqa: E402

urlpatterns += [
    re_path(r"^catalogue/export\.(?P<fmt>json|xlsx)$", transfer.catalogue_export, name="catalogue-export"),
    path("catalogue/import/", transfer.catalogue_import, name="catalogue-import"),
]

# Dossiers (issue 5, the back office): work queues, the counter, the dossier page and its actions.
from .dossiers import digitise as dossier_digitise  # noqa: E402
from .dossiers import views as dossier_views  # noqa: E402

urlpatterns += [
    path("dossiers/", dossier_views.dossier_list, name="dossier-list"),
    path("dossiers/new/", dossier_views.counter, name="dossier-counter"),
    path("dossiers/<int:pk>/", dossier_views.dossier_detail, name="dossier-detail"),
    path("dossiers/<int:pk>/act/answer/<int:seq>/", dossier_views.dossier_action, name="dossier-answer"),
    path("dossiers/<int:pk>/act/<slug:action>/", dossier_views.dossier_action, name="dossier-action"),
    path("dossiers/<int:pk>/components/<int:component>/file", dossier_views.component_file, name="dossier-component"),
    path("dossiers/<int:pk>/result/file", dossier_views.result_file, name="dossier-result"),
    path("dossiers/<int:pk>/digitise/", dossier_digitise.digitise, name="dossier-digitise"),
    path("dossiers/<int:pk>/ecopies/<int:file>/file", dossier_digitise.ecopy_file, name="dossier-ecopy"),
]

# Printable one-stop forms (slips 01–05, control sheet) and the desk's logbook: PDF and HTML preview.
from .dossiers import documents  # noqa: E402

urlpatterns += [
    path("dossiers/<int:pk>/forms/<str:form>.pdf", documents.dossier_form_pdf, name="dossier-form-pdf"),
    path("dossiers/<int:pk>/forms/<str:form>.html", documents.dossier_form_html, name="dossier-form-html"),
    path("logbook/", documents.logbook, name="logbook"),
    path("agencies/<int:pk>/form-header/", documents.agency_form_header, name="agency-form-header"),
]

# Issue 6: notification templates, SMS simulator, reminders; evaluations at the desk.
urlpatterns += [
    path("", include("motcua.office.notifications.urls")),
    path("", include("motcua.office.evaluations.urls")),
]

# Reports (issue 7): Biểu số 06/VPCP/KSTT, the dashboard (items 3–5), the service indices (TT 01/2018, QĐ 766).
urlpatterns += [
    path("", include("motcua.office.reports.urls")),
]

# Feedback and petitions (PAKN).
urlpatterns += [
    path("", include("motcua.office.petitions.urls")),
]
