"""Tickets, their conversation, files and follow-up: thin views over selectors and services."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from django.http import FileResponse, Http404
from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.http import signed_in_user
from accounts.models import User
from accounts.roles import can_work_tickets
from api import serializers as s
from api.documented import ID_PARAMETER, text_parameter
from api.filters import ASSIGNEE_PATTERN, TicketFilter, ticket_query
from api.pagination import KeysetPagination
from api.permissions import IsClientOrStaff, IsStaff
from api.selectors import (
    followup_latest_for,
    messages_for,
    ticket_get_for,
    ticket_list_page,
)
from tickets.downloads import attachment_download_response
from tickets.intake import (
    ProblemReport,
    client_reply,
    client_reports_still_broken,
    priority_from,
)
from tickets.models import Attachment, Channel, Impact, Message, MessageKind, Priority, Ticket
from tickets.selectors import attachment_get_for, staff_for_assignment
from tickets.services import (
    message_add,
    ticket_assign,
    ticket_change_priority,
    ticket_change_status,
    ticket_close,
    ticket_create,
    ticket_reopen,
    ticket_resolve,
)
from tickets.services.attachments import ALLOWED_TYPES, attachment_stage

_ViewMethod = TypeVar("_ViewMethod", bound=Callable[..., Any])


def _actor(request: Request) -> User:
    # The view's permission classes have refused anonymous callers before any view method runs.
    return signed_in_user(request)


def _context(request: Request) -> dict[str, Any]:
    return {"request": request, "staff": can_work_tickets(request.user)}


class TicketList(GenericAPIView[Ticket]):
    """Tickets: staff see every ticket, a client their own. Filter and order by allow-list."""

    permission_classes = [IsClientOrStaff]
    serializer_class = s.TicketSerializer
    # Read by the schema generator, for the list's query parameters and its pages.
    pagination_class = KeysetPagination
    filter_backends = [DjangoFilterBackend]
    filterset_class = TicketFilter
    queryset = Ticket.objects.none()

    @extend_schema(
        operation_id="tickets_list",
        responses=s.TicketSerializer(many=True),
        parameters=[
            OpenApiParameter(
                "assignee",
                str,
                pattern=ASSIGNEE_PATTERN,
                description="A technician's id, or `none` for unassigned tickets.",
            ),
            # The filters read these by hand, so their schema is said here.
            OpenApiParameter("category", ID_PARAMETER, description="A category id."),
            OpenApiParameter("client", ID_PARAMETER, description="A client's id."),
            OpenApiParameter(
                "q",
                text_parameter(200),
                description="Words in the subject or description, or HD-1042.",
            ),
        ],
    )
    def get(self, request: Request) -> Response:
        form = TicketFilter.bound_form(request.query_params)
        if not form.is_valid():
            raise serializers.ValidationError(
                {name: [str(error) for error in errors] for name, errors in form.errors.items()}
            )
        query = ticket_query(form.cleaned_data)
        paginator = KeysetPagination()
        page = ticket_list_page(
            user=request.user,
            filters=query.filters,
            ordering=query.ordering,
            cursor=paginator.cursor(request),
            size=paginator.page_size(request),
        )
        paginator.use_page(page, request)
        return paginator.get_paginated_response(s.ticket_list_data(page.items))

    @extend_schema(
        operation_id="tickets_create",
        request=s.TicketCreateSerializer,
        responses={201: s.TicketDetailSerializer},
    )
    def post(self, request: Request) -> Response:
        context = _context(request)
        data = s.TicketCreateSerializer(data=request.data, context=context)
        data.is_valid(raise_exception=True)
        values: dict[str, Any] = data.validated_data
        actor = _actor(request)
        common = {
            "subject": values["subject"],
            "description": values["description"],
            "created_by": actor,
            "category": values.get("category"),
            "impact": values.get("impact", ""),
            "data_worry": values.get("data_worry", ""),
            "needed_by": values.get("needed_by"),
        }
        if context["staff"]:
            ticket = ticket_create(
                client=values["client"],
                channel=values.get("channel", Channel.PHONE),
                priority=values.get("priority", Priority.NORMAL),
                **common,
            )
        else:
            # The same starting priority as the portal's form gives.
            report = ProblemReport(
                trying="",
                happened=values["description"],
                impact=values.get("impact") or Impact.SLOWS_ME,
                data_worry=values.get("data_worry", ""),
                needed_by=values.get("needed_by"),
                category=values.get("category"),
            )
            ticket = ticket_create(
                client=actor, priority=priority_from(report, now=timezone.now()), **common
            )
        return Response(s.TicketDetailSerializer(ticket).data, status=201)


class TicketDetail(GenericAPIView[Ticket]):
    permission_classes = [IsClientOrStaff]
    serializer_class = s.TicketDetailSerializer

    @extend_schema(operation_id="tickets_retrieve")
    def get(self, request: Request, reference: str) -> Response:
        ticket = ticket_get_for(user=request.user, reference=reference)
        return Response(s.TicketDetailSerializer(ticket).data)


class TicketAction(GenericAPIView[Ticket]):
    """POST with the action's input; answers with the ticket as it is afterwards."""

    permission_classes = [IsStaff]
    serializer_class = s.TicketDetailSerializer
    input_serializer: type[serializers.Serializer[Any]] = s.VersionInput

    def perform(self, ticket: Ticket, actor: User, data: dict[str, Any]) -> Ticket:
        raise NotImplementedError

    def post(self, request: Request, reference: str) -> Response:
        ticket = ticket_get_for(user=request.user, reference=reference)
        data = self.input_serializer(data=request.data, context=_context(request))
        data.is_valid(raise_exception=True)
        result = self.perform(ticket, _actor(request), data.validated_data)
        current = ticket_get_for(user=request.user, reference=result.reference)
        status = 201 if result.pk != ticket.pk else 200
        return Response(s.TicketDetailSerializer(current).data, status=status)


def _action_schema(
    input_serializer: type[serializers.Serializer[Any]], summary: str
) -> Callable[[_ViewMethod], _ViewMethod]:
    return extend_schema(
        request=input_serializer, responses={200: s.TicketDetailSerializer}, summary=summary
    )


class TicketStatus(TicketAction):
    input_serializer = s.StatusInput

    def perform(self, ticket: Ticket, actor: User, data: dict[str, Any]) -> Ticket:
        return ticket_change_status(
            ticket=ticket, status=data["status"], actor=actor, expected_version=data.get("version")
        )

    @_action_schema(s.StatusInput, "Move the ticket to new, open or waiting (staff).")
    def post(self, request: Request, reference: str) -> Response:
        return super().post(request, reference)


class TicketPriority(TicketAction):
    input_serializer = s.PriorityInput

    def perform(self, ticket: Ticket, actor: User, data: dict[str, Any]) -> Ticket:
        return ticket_change_priority(
            ticket=ticket,
            priority=int(data["priority"]),
            actor=actor,
            expected_version=data.get("version"),
        )

    @_action_schema(s.PriorityInput, "Change the priority (staff).")
    def post(self, request: Request, reference: str) -> Response:
        return super().post(request, reference)


class TicketAssignee(TicketAction):
    input_serializer = s.AssigneeInput

    def perform(self, ticket: Ticket, actor: User, data: dict[str, Any]) -> Ticket:
        assignee = None
        if data["assignee"] is not None:
            staff = {person.pk: person for person in staff_for_assignment()}
            assignee = staff.get(data["assignee"])
            if assignee is None:
                raise serializers.ValidationError({"assignee": ["No technician has that id."]})
        return ticket_assign(
            ticket=ticket, assignee=assignee, actor=actor, expected_version=data.get("version")
        )

    @_action_schema(s.AssigneeInput, "Assign to a technician, or to nobody (staff).")
    def post(self, request: Request, reference: str) -> Response:
        return super().post(request, reference)


class TicketResolve(TicketAction):
    input_serializer = s.ResolveInput

    def perform(self, ticket: Ticket, actor: User, data: dict[str, Any]) -> Ticket:
        ticket_resolve(
            ticket=ticket,
            actor=actor,
            cause=data["cause"],
            actions=data["actions"],
            data_safety=data["data_safety"],
            prevention=data.get("prevention", ""),
            guide=data.get("guide"),
            expected_version=data.get("version"),
        )
        return ticket

    @_action_schema(s.ResolveInput, "Record what happened and mark it resolved (staff).")
    def post(self, request: Request, reference: str) -> Response:
        return super().post(request, reference)


class TicketClose(TicketAction):
    input_serializer = s.CloseInput

    def perform(self, ticket: Ticket, actor: User, data: dict[str, Any]) -> Ticket:
        return ticket_close(
            ticket=ticket,
            actor=actor,
            expected_version=data.get("version"),
            options={"explanation": data.get("explanation", "")},
        )

    @_action_schema(s.CloseInput, "Close a resolved ticket; the client gets the explanation.")
    def post(self, request: Request, reference: str) -> Response:
        return super().post(request, reference)


class TicketReopen(TicketAction):
    """Staff reopen; a client says "still not working", which reopens a recently closed
    ticket or opens a new one that follows it (201)."""

    permission_classes = [IsClientOrStaff]
    input_serializer = s.ReopenInput

    def perform(self, ticket: Ticket, actor: User, data: dict[str, Any]) -> Ticket:
        if can_work_tickets(actor):
            return ticket_reopen(
                ticket=ticket,
                actor=actor,
                reason=data.get("reason", ""),
                expected_version=data.get("version"),
            )
        return client_reports_still_broken(
            ticket=ticket, client=actor, details=data.get("reason", "")
        ).ticket

    @extend_schema(
        request=s.ReopenInput,
        responses={200: s.TicketDetailSerializer, 201: s.TicketDetailSerializer},
        summary="Reopen (staff), or tell us it's still not working (the ticket's client).",
    )
    def post(self, request: Request, reference: str) -> Response:
        return super().post(request, reference)


class TicketMessages(GenericAPIView[Message]):
    """The conversation, oldest first. Internal notes are never shown to clients."""

    permission_classes = [IsClientOrStaff]
    serializer_class = s.MessageSerializer
    queryset = Message.objects.none()  # names the model for the schema; reads use selectors

    def keyset_ordering(self) -> tuple[str, ...]:
        return ("created_at", "id")

    @extend_schema(operation_id="tickets_messages_list", responses=s.MessageSerializer(many=True))
    def get(self, request: Request, reference: str) -> Response:
        ticket = ticket_get_for(user=request.user, reference=reference)
        page = self.paginate_queryset(messages_for(user=request.user, ticket=ticket))
        return self.get_paginated_response(s.MessageSerializer(page, many=True).data)

    @extend_schema(
        operation_id="tickets_messages_create",
        request=s.MessageCreateSerializer,
        responses={201: s.MessageSerializer},
    )
    def post(self, request: Request, reference: str) -> Response:
        ticket = ticket_get_for(user=request.user, reference=reference)
        context = _context(request)
        data = s.MessageCreateSerializer(data=request.data, context=context)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        actor = _actor(request)
        if context["staff"]:
            message = message_add(
                ticket=ticket,
                kind=MessageKind(values["kind"]),
                author=actor,
                body=values["body"],
                expected_version=values.get("version"),
                waiting_on_client=values["waiting_on_client"],
            )
        else:
            message = client_reply(ticket=ticket, client=actor, body=values["body"])
        return Response(s.MessageSerializer(message).data, status=201)


class TicketAttachments(GenericAPIView[Attachment]):
    """Upload a file to a ticket (multipart). It arrives as a message carrying the file."""

    permission_classes = [IsClientOrStaff]
    serializer_class = s.AttachmentSerializer
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        operation_id="tickets_attachments_create",
        request={"multipart/form-data": s.AttachmentUploadSerializer},
        responses={201: s.AttachmentSerializer},
    )
    def post(self, request: Request, reference: str) -> Response:
        ticket = ticket_get_for(user=request.user, reference=reference)
        context = _context(request)
        data = s.AttachmentUploadSerializer(data=request.data, context=context)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        actor = _actor(request)
        staged = attachment_stage(owner=actor, upload=values["file"])
        if context["staff"]:
            kind = MessageKind.NOTE if values["internal"] else MessageKind.REPLY
            message = message_add(
                ticket=ticket, kind=kind, author=actor, body=values["body"], staged=[staged]
            )
        else:
            message = client_reply(
                ticket=ticket, client=actor, body=values["body"], staged=[staged]
            )
        attachment = message.attachments.order_by("-id").first()
        return Response(s.AttachmentSerializer(attachment).data, status=201)


class AttachmentDownload(GenericAPIView[Attachment]):
    """The file itself, always as a download. Clients only get their own tickets' files."""

    permission_classes = [IsClientOrStaff]
    serializer_class = s.AttachmentSerializer

    @extend_schema(
        operation_id="attachments_download",
        responses={
            (200, content_type): OpenApiResponse(
                OpenApiTypes.BINARY, description="The file, with its own content type."
            )
            for content_type in sorted(ALLOWED_TYPES)
        },
    )
    def get(self, request: Request, public_id: str) -> FileResponse:
        try:
            wanted = uuid.UUID(public_id)
        except ValueError:
            raise Http404("No such file.") from None
        attachment = attachment_get_for(user=_actor(request), public_id=wanted)
        return attachment_download_response(attachment)


# Any: the serializer documents a dict (the ticket, its status, its latest follow-up).
class TicketFollowUp(GenericAPIView[Any]):
    """What we told the client when the ticket closed, and what came of it since."""

    permission_classes = [IsClientOrStaff]
    serializer_class = s.FollowUpStatusSerializer

    @extend_schema(operation_id="tickets_followup_retrieve")
    def get(self, request: Request, reference: str) -> Response:
        ticket = ticket_get_for(user=request.user, reference=reference)
        followup = followup_latest_for(user=request.user, ticket=ticket)
        status = {"ticket": ticket.reference, "status": ticket.status, "followup": followup}
        return Response(s.FollowUpStatusSerializer(status).data)
