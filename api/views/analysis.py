"""POST /api/v1/analysis/: the empathy engine for scripts and integrations (staff only),
with its shapes documented."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.http import signed_in_user
from api.permissions import IsStaff
from api.serializers import Text
from empathy.engine import DraftContext, Intake, analyse_message, review_draft
from empathy.engine.types import WORRY_KINDS
from empathy.glossary import current_glossary
from empathy.presenters import message_json, review_json
from empathy.services import draft_context_for
from tickets.selectors import staff_ticket_get


class AnalysisInput(serializers.Serializer[Any]):
    text = Text(max_length=20_000, trim_whitespace=False)
    kind = serializers.ChoiceField(choices=["message", "reply"], default="message")
    comfort = serializers.ChoiceField(choices=["new", "everyday", "confident"], default="everyday")
    worries = serializers.ListField(
        child=serializers.ChoiceField(choices=list(WORRY_KINDS)), required=False, default=list
    )
    impact = serializers.ChoiceField(choices=["cant_work", "slows_me", "annoyance"], required=False)
    data_worry = serializers.ChoiceField(choices=["yes", "no", "not_sure"], required=False)
    ticket = Text(
        max_length=40,
        required=False,
        help_text="A reference (HD-1042): review a reply for that ticket's client instead.",
    )


class MessageOutput(serializers.Serializer[dict[str, Any]]):
    sentiment = serializers.FloatField()
    distress = serializers.ChoiceField(choices=["calm", "concerned", "distressed"])
    worries = serializers.ListField(child=serializers.DictField())


class ReviewOutput(serializers.Serializer[dict[str, Any]]):
    grade = serializers.FloatField()
    jargon = serializers.ListField(child=serializers.DictField())
    condescension = serializers.ListField(child=serializers.DictField())
    reassures_data = serializers.BooleanField()
    unanswered_worries = serializers.ListField(child=serializers.CharField())
    score = serializers.IntegerField()


class AnalysisApi(APIView):
    """Analyse a client message (`kind: message`) or review a reply (`kind: reply`)."""

    permission_classes = [IsStaff]

    def post(self, request: Request) -> Response:
        data = AnalysisInput(data=request.data)
        data.is_valid(raise_exception=True)
        values: dict[str, Any] = data.validated_data
        if values["kind"] == "message":
            intake = None
            if values.get("impact") or values.get("data_worry"):
                intake = Intake(
                    impact=values.get("impact", ""), data_worry=values.get("data_worry", "")
                )
            return Response(message_json(analyse_message(values["text"], intake=intake)))
        if values.get("ticket"):
            context = draft_context_for(
                ticket=staff_ticket_get(user=signed_in_user(request), reference=values["ticket"])
            )
        else:
            context = DraftContext(comfort=values["comfort"], worries=tuple(values["worries"]))
        return Response(
            review_json(review_draft(values["text"], glossary=current_glossary(), context=context))
        )


class DocumentedAnalysisApi(AnalysisApi):
    serializer_class = AnalysisInput

    @extend_schema(
        operation_id="analysis_create",
        request=AnalysisInput,
        responses={
            200: PolymorphicProxySerializer(
                component_name="Analysis",
                serializers=[MessageOutput, ReviewOutput],
                resource_type_field_name=None,
            )
        },
    )
    def post(self, request: Request) -> Response:
        return super().post(request)
