"""URLs of the service indices API (see docs/indices.md)."""

from django.urls import path

from . import indices

urlpatterns: list = [
    path("reports/indices", indices.IndicesView.as_view(), name="reports-indices"),
    path("reports/indices/dossiers", indices.IndexDossiersView.as_view(), name="reports-indices-dossiers"),
    path("reports/index766", indices.Index766View.as_view(), name="reports-index766"),
]
