from django.urls import path, re_path

from . import calendar_views, views

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
    path("audit/", views.audit_list, name="audit-list"),
    path("audit/export.csv", views.audit_export, name="audit-export"),
    path("calendar/", calendar_views.override_list, name="calendar-overrides"),
    path("calendar/new/", calendar_views.override_create, name="calendar-override-create"),
    path("calendar/<int:pk>/delete/", calendar_views.override_delete, name="calendar-override-delete"),
]
