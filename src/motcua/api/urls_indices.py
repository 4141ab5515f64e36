"""URLs (owned by the indices feature)."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
