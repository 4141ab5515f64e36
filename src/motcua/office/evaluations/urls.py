"""Evaluations in the back office (issue 6): the desk's tablet page and the summary."""

from django.urls import path

from . import views as evaluation_views

urlpatterns = [
    path("dossiers/<int:pk>/evaluate/", evaluation_views.dossier_evaluate, name="dossier-evaluate"),
    path(
        "dossiers/<int:pk>/evaluate/thanks/",
        evaluation_views.dossier_evaluate_thanks,
        name="dossier-evaluate-thanks",
    ),
    path("evaluations/", evaluation_views.summary, name="evaluations"),
    path("evaluations/agencies/<int:pk>/", evaluation_views.agency_evaluations, name="evaluations-agency"),
]
