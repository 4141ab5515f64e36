from django.urls import path

from . import calendar_views, views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("calendar/", calendar_views.calculator, name="calendar"),
]
