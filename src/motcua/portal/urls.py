from django.urls import include, path

from . import apply_views, calendar_views, catalogue_views, disclosure_views, rate_views, views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("calendar/", calendar_views.calculator, name="calendar"),
    path("lookup/", views.lookup, name="lookup"),
    path("lookup/<str:code>/", views.dossier_status, name="dossier-status"),
    path("rate/<str:code>/<str:token>/", rate_views.rate, name="rate"),  # the link of the return SMS
    path("disclosure/", disclosure_views.disclosure_page, name="disclosure"),
    # Public catalogue of procedures (issue 4). Fixed paths first: a code is d.dddddd.
    path("procedures/", catalogue_views.search, name="procedures"),
    path("procedures/time-cut/", catalogue_views.time_cut, name="procedures-time-cut"),
    path("procedures/forms/<int:form_id>/", catalogue_views.form_download, name="procedure-form"),
    path("procedures/<str:code>/", catalogue_views.detail, name="procedure"),
    path("procedures/<str:code>/apply/", apply_views.apply, name="procedure-apply"),
]

# Citizen portal (issue 6): each part in its own module so they grow independently.
urlpatterns += [
    path("", include("motcua.portal.urls_accounts")),  # register, profile, VNeID login
    path("", include("motcua.portal.urls_apply")),  # online submission, drafts, data store
    path("", include("motcua.portal.urls_my")),
    path(
        "", include("motcua.portal.urls_petitions")
    ),  # feedback and petitions (PAKN)  # my dossiers, supplements, results, evaluation, disclosure
]
