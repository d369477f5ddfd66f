from django.urls import path

from empathy import views

app_name = "empathy"

urlpatterns = [
    path("coach/", views.coach, name="coach"),
    path("coach/taught/", views.taught, name="taught"),
    path("coach/swap/", views.swap, name="swap"),
]
