"""Online submission (issue 6): drafts, their four steps, the confirmation and the data store."""

from django.urls import path

from . import views

urlpatterns = [
    path("my/drafts/", views.my_drafts, name="my-drafts"),
    path("my/drafts/<int:pk>/", views.draft_resume, name="draft"),
    path("my/drafts/<int:pk>/applicant/", views.draft_applicant, name="draft-applicant"),
    path("my/drafts/<int:pk>/case/", views.draft_case, name="draft-case"),
    path("my/drafts/<int:pk>/documents/", views.draft_components, name="draft-components"),
    path("my/drafts/<int:pk>/check/", views.draft_check, name="draft-check"),
    path("my/drafts/<int:pk>/submitted/", views.draft_submitted, name="draft-submitted"),
    path("my/drafts/<int:pk>/discard/", views.draft_discard, name="draft-discard"),
    path("my/drafts/<int:pk>/files/<int:component>/", views.draft_file, name="draft-file"),
    path("my/data-store/", views.data_store, name="data-store"),
    path("my/data-store/<int:pk>/download/", views.data_store_download, name="data-store-download"),
    path("my/data-store/<int:pk>/delete/", views.data_store_delete, name="data-store-delete"),
]
