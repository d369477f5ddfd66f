from django.urls import path

from kb import views

app_name = "kb"

urlpatterns = [
    path("", views.library, name="library"),
    path("suggest/", views.suggest, name="suggest"),
    path("manage/", views.manage, name="manage"),
    path("new/", views.guide_new, name="new"),
    path("images/", views.image_upload, name="image_upload"),
    path("images/<uuid:public_id>/", views.image, name="image"),
    path("<slug:slug>/", views.guide_detail, name="guide"),
    path("<slug:slug>/vote/", views.vote, name="vote"),
    path("<slug:slug>/edit/", views.guide_edit, name="edit"),
    path("<slug:slug>/versions/", views.versions, name="versions"),
    path("<slug:slug>/versions/<int:number>/restore/", views.restore, name="restore"),
]
