"""URLs (owned by the petitions feature): feedback and petitions (phản ánh, kiến nghị) in the back office."""

from django.urls import path

from . import views as petition_views

urlpatterns = [
    path("petitions/", petition_views.petition_list, name="petition-list"),
    path("petitions/new/", petition_views.petition_new, name="petition-new"),
    path("petitions/<int:pk>/", petition_views.petition_detail, name="petition-detail"),
    path("petitions/<int:pk>/act/<slug:action>/", petition_views.petition_action, name="petition-action"),
]
