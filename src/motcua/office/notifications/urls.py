"""Notification templates and the SMS simulator (issue 6, notifications part)."""

from django.urls import path

from . import views

urlpatterns = [
    path("notifications/templates/", views.template_list, name="notification-templates"),
    path("notifications/templates/<int:pk>/", views.template_edit, name="notification-template-edit"),
    path("notifications/templates/<int:pk>/reset/", views.template_reset, name="notification-template-reset"),
    path("notifications/sms/", views.sms_simulator, name="notification-sms"),
]
