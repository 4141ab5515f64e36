"""URLs of the service indices: TT 01/2018 (nine indices) and QĐ 766 (see docs/indices.md)."""

from django.urls import path

from . import index_views

urlpatterns: list = [
    path("reports/indices/", index_views.indices_report, name="indices"),
    path("reports/indices/units/<int:pk>/", index_views.indices_unit, name="indices-unit"),
    path("reports/indices/dossiers/<int:pk>/", index_views.indices_dossier, name="indices-dossier"),
    path("reports/index-766/", index_views.index766_report, name="index766"),
]
