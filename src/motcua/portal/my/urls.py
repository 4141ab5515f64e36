"""The citizen's own dossiers (issue 6): list, page, files, supplement, withdrawal, evaluation."""

from django.urls import path

from . import views as my_views

urlpatterns = [
    path("my/dossiers/", my_views.my_dossiers, name="my-dossiers"),
    path("my/dossiers/<int:pk>/", my_views.my_dossier, name="my-dossier"),
    path("my/dossiers/<int:pk>/supplement/", my_views.my_supplement, name="my-dossier-supplement"),
    path("my/dossiers/<int:pk>/withdraw/", my_views.my_withdraw, name="my-dossier-withdraw"),
    path("my/dossiers/<int:pk>/evaluate/", my_views.my_evaluate, name="my-dossier-evaluate"),
    path(
        "my/dossiers/<int:pk>/components/<int:component>/file",
        my_views.my_component_file,
        name="my-dossier-component",
    ),
    path("my/dossiers/<int:pk>/result/file", my_views.my_result_file, name="my-dossier-result"),
]
