"""The VNeID simulator's endpoints (all 404 unless ``MOTCUA_VNEID_SIMULATOR`` is on)."""

from django.urls import path

from . import views

app_name = "vneid_sim"

urlpatterns = [
    path(".well-known/openid-configuration", views.discovery, name="discovery"),
    path("authorize", views.authorize, name="authorize"),
    path("token", views.token, name="token"),
    path("userinfo", views.userinfo, name="userinfo"),
    path("jwks", views.jwks, name="jwks"),
    path("logout", views.logout, name="logout"),
]
