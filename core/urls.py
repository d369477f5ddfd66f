from django.urls import path

from core import views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("no-access/", views.no_role, name="no_role"),
    path("health/", views.health, name="health"),
    path("favicon.ico", views.favicon),
]
