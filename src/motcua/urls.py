from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from motcua.accounts import session_views
from motcua.accounts.forms import LoginForm
from motcua.api.public_disclosure import PublicDisclosureView
from motcua.api.public_dossiers import PublicDossierView
from motcua.core.views import healthz
from motcua.portal.views import after_login

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(authentication_form=LoginForm), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/after-login/", after_login, name="after-login"),
    path("accounts/sessions/", session_views.my_sessions, name="sessions"),
    path("api/v1/public/dossiers/<str:code>", PublicDossierView.as_view(), name="public-dossier"),
    path("api/v1/public/disclosure", PublicDisclosureView.as_view(), name="public-disclosure"),
    path("api/v1/", include("motcua.api.urls")),
    path("office/", include("motcua.office.urls")),
    path("vneid-sim/", include("motcua.vneid_sim.urls")),
    path("", include("motcua.portal.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
