from django.urls import include, path

from . import rate_views, views
from .apply import views as apply_views
from .calendar import views as calendar_views
from .catalogue import views as catalogue_views
from .disclosure import views as disclosure_views

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
    path("", include("motcua.portal.account.urls")),  # register, profile, VNeID login
    path("", include("motcua.portal.apply.urls")),  # online submission, drafts, data store
    path("", include("motcua.portal.my.urls")),  # my dossiers, supplements, results, evaluation
    path("", include("motcua.portal.petitions.urls")),  # feedback and petitions (PAKN)
]
