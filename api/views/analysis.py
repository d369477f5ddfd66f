"""The empathy engine's analysis endpoint (empathy.apis), with its shapes documented."""

from __future__ import annotations

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema
from rest_framework.request import Request
from rest_framework.response import Response

from empathy.apis import AnalysisApi, AnalysisInput, MessageOutput, ReviewOutput


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
