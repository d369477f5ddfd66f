"""The REST API, version 1. Every route here needs an entry in tests/api/test_permissions.py."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from api.views import analysis, guides, metrics, people, tickets

app_name = "api"

urlpatterns = [
    path("v1/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("v1/docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("v1/auth/token/", people.TokenCreate.as_view(), name="token"),
    path("v1/tickets/", tickets.TicketList.as_view(), name="tickets"),
    path("v1/tickets/<str:reference>/", tickets.TicketDetail.as_view(), name="ticket"),
    path(
        "v1/tickets/<str:reference>/status/",
        tickets.TicketStatus.as_view(),
        name="ticket-status",
    ),
    path(
        "v1/tickets/<str:reference>/priority/",
        tickets.TicketPriority.as_view(),
        name="ticket-priority",
    ),
    path(
        "v1/tickets/<str:reference>/assignee/",
        tickets.TicketAssignee.as_view(),
        name="ticket-assignee",
    ),
    path(
        "v1/tickets/<str:reference>/resolve/",
        tickets.TicketResolve.as_view(),
        name="ticket-resolve",
    ),
    path("v1/tickets/<str:reference>/close/", tickets.TicketClose.as_view(), name="ticket-close"),
    path(
        "v1/tickets/<str:reference>/reopen/", tickets.TicketReopen.as_view(), name="ticket-reopen"
    ),
    path(
        "v1/tickets/<str:reference>/messages/",
        tickets.TicketMessages.as_view(),
        name="ticket-messages",
    ),
    path(
        "v1/tickets/<str:reference>/attachments/",
        tickets.TicketAttachments.as_view(),
        name="ticket-attachments",
    ),
    path(
        "v1/tickets/<str:reference>/followup/",
        tickets.TicketFollowUp.as_view(),
        name="ticket-followup",
    ),
    path(
        "v1/attachments/<str:public_id>/",
        tickets.AttachmentDownload.as_view(),
        name="attachment",
    ),
    path("v1/guides/", guides.GuideList.as_view(), name="guides"),
    path("v1/guides/<str:slug>/", guides.GuideDetail.as_view(), name="guide"),
    path("v1/me/", people.Me.as_view(), name="me"),
    path("v1/clients/", people.ClientList.as_view(), name="clients"),
    path("v1/clients/<str:pk>/", people.ClientDetail.as_view(), name="client"),
    path("v1/analysis/", analysis.DocumentedAnalysisApi.as_view(), name="analysis"),
    path("v1/metrics/summary/", metrics.MetricsSummary.as_view(), name="metrics-summary"),
]
