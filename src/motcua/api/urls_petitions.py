"""URLs (owned by the petitions feature): feedback and petitions (phản ánh, kiến nghị) in the API."""

from django.urls import path

from . import petitions

urlpatterns = [
    path("public/petitions", petitions.PublicPetitionListView.as_view(), name="public-petitions"),
    path("petitions", petitions.PetitionSubmitView.as_view(), name="petitions"),
]
