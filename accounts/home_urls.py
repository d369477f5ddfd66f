"""The site's front door: each signed-in person's home by role, and the page for someone
signed in without a role yet."""

from django.urls import path

from accounts import views

app_name = "home"

urlpatterns = [
    path("", views.home, name="index"),
    path("no-access/", views.no_role, name="no_role"),
]
