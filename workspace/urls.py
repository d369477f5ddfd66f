from django.urls import path

from tickets.downloads import attachment_download
from workspace.views import create, detail, queues

app_name = "workspace"

urlpatterns = [
    path("", queues.workspace, name="workspace"),
    path("go/", queues.jump, name="jump"),
    path("bulk/", queues.bulk, name="bulk"),
    path("tickets/new/", create.ticket_new, name="new"),
    path("clients/search/", create.client_search, name="client_search"),
    path("files/<uuid:public_id>/", attachment_download, name="attachment"),
    path("tickets/<str:reference>/", detail.ticket_detail, name="detail"),
    path("tickets/<str:reference>/reply/", detail.reply, name="reply"),
    path("tickets/<str:reference>/note/", detail.note, name="note"),
    path("tickets/<str:reference>/status/", detail.change_status, name="status"),
    path("tickets/<str:reference>/priority/", detail.change_priority, name="priority"),
    path("tickets/<str:reference>/assign/", detail.assign, name="assign"),
    path("tickets/<str:reference>/take/", detail.take, name="take"),
    path("tickets/<str:reference>/category/", detail.change_category, name="category"),
    path("tickets/<str:reference>/resolve/", detail.resolve, name="resolve"),
    path("tickets/<str:reference>/close/", detail.close, name="close"),
    path("tickets/<str:reference>/reopen/", detail.reopen, name="reopen"),
]
