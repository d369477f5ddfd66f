from django.urls import path

from sentmail import views

app_name = "sentmail"

urlpatterns = [
    path("", views.mailbox, name="mailbox"),
    path("<int:pk>/", views.message_detail, name="message"),
]
