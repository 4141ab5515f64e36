"""Citizens' and businesses' accounts (issue 6, accounts part). No app_name: names are ``portal:<name>``."""

from django.urls import path

from . import password_reset
from . import views as account_views

urlpatterns = [
    path("account/", account_views.account, name="account"),
    path("account/email/confirm/<str:token>/", account_views.email_confirm, name="email-confirm"),
    path("account/phone/confirm/", account_views.phone_confirm, name="phone-confirm"),
    path("account/register/", account_views.register, name="register"),
    path("account/register/confirm/<uidb64>/<token>/", account_views.register_confirm, name="register-confirm"),
    path("account/consent/", account_views.consent, name="consent"),
    path("account/password/", account_views.PasswordChangeView.as_view(), name="password-change"),
    path("account/password/reset/", password_reset.PasswordResetView.as_view(), name="password-reset"),
    path("account/password/reset/sent/", password_reset.PasswordResetSentView.as_view(), name="password-reset-sent"),
    path(
        "account/password/reset/<uidb64>/<token>/",
        password_reset.PasswordResetConfirmView.as_view(),
        name="password-reset-confirm",
    ),
    path("account/password/reset/done/", password_reset.PasswordResetDoneView.as_view(), name="password-reset-done"),
    path("account/vneid/login/", account_views.vneid_login, name="vneid-login"),
    path("account/vneid/callback/", account_views.vneid_callback, name="vneid-callback"),
    path("account/vneid/logout/", account_views.vneid_logout, name="vneid-logout"),
]
