from django.urls import path

from metrics import views

app_name = "metrics"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("export/<slug:table>.csv", views.export, name="export"),
    path("tickets/", views.tickets, name="tickets"),
    path("replies/", views.replies, name="replies"),
    path("coaching/", views.coaching, name="coaching"),
    path("refresh/", views.refresh, name="refresh"),
    path("refresh/status/", views.refresh_status, name="refresh_status"),
]
