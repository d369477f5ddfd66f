from django.urls import path

from portal import views
from tickets.downloads import attachment_download

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("new/", views.problem_new, name="new"),
    path("profile/", views.profile, name="profile"),
    path("profile/email/", views.email_change, name="email_change"),
    path("profile/password/", views.PasswordChangeView.as_view(), name="password_change"),
    path("files/<uuid:public_id>/", attachment_download, name="attachment"),
    path("tickets/<str:reference>/", views.ticket_detail, name="ticket"),
    path("tickets/<str:reference>/sent/", views.submitted, name="submitted"),
    path("tickets/<str:reference>/reply/", views.reply, name="reply"),
    path("tickets/<str:reference>/fixed/", views.fixed, name="fixed"),
    path("tickets/<str:reference>/still-broken/", views.still_broken, name="still_broken"),
]
