from django.urls import path

from followups import views

app_name = "followups"

urlpatterns = [
    path("check-in/<str:token>/", views.checkin, name="checkin"),
    path("survey/<str:token>/", views.survey, name="survey"),
    path("no-check-ins/<str:token>/", views.optout, name="optout"),
]
