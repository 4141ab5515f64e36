"""URLs (owned by the petitions feature): feedback and petitions (phản ánh, kiến nghị) on the portal."""

from django.urls import path

from . import views as petition_views

urlpatterns = [
    path("petitions/", petition_views.petition_list, name="petitions"),
    path("petitions/new/", petition_views.petition_new, name="petition-new"),
    path("petitions/new/sent/", petition_views.petition_sent, name="petition-sent"),
    path("petitions/<str:code>/", petition_views.petition_detail, name="petition"),
    path("my/petitions/", petition_views.my_petitions, name="my-petitions"),
    path("my/petitions/<int:pk>/", petition_views.my_petition, name="my-petition"),
]
