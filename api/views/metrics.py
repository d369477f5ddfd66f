"""The manager dashboard's headline figures, from the same selectors and formulas."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.request import Request
from rest_framework.response import Response

from api import serializers as s
from api.permissions import IsManager
from metrics import selectors
from metrics.figures import headline
from metrics.selectors import Filters

DEFAULT_DAYS = 30
MAX_DAYS = 3 * 366
EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)


# Any: no model behind it; the serializer documents a dict of figures.
class MetricsSummary(GenericAPIView[Any]):
    permission_classes = [IsManager]
    serializer_class = s.MetricsSummarySerializer

    @extend_schema(operation_id="metrics_summary", parameters=[s.MetricsQuerySerializer])
    def get(self, request: Request) -> Response:
        query = s.MetricsQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        filters = _filters(query.validated_data)
        figures = headline(
            selectors.totals(filters), backlog_start=selectors.backlog_at_start(filters)
        )
        values: dict[str, Any] = {
            name: value.total_seconds() if isinstance(value, timedelta) else value
            for name, value in asdict(figures).items()
        }
        values.update(start=filters.start, end=filters.end)
        return Response(s.MetricsSummarySerializer(values).data)


def _filters(values: dict[str, Any]) -> Filters:
    end = values.get("end") or timezone.localdate()
    if not EARLIEST <= end <= LATEST:
        raise serializers.ValidationError({"end": [f"Choose a day from {EARLIEST} to {LATEST}."]})
    start = values.get("start") or end - timedelta(days=DEFAULT_DAYS - 1)
    problems: dict[str, list[str]] = {}
    if not EARLIEST <= start <= LATEST:
        problems["start"] = [f"Choose a day from {EARLIEST} to {LATEST}."]
    if not problems and start > end:
        problems["start"] = ["The start must be on or before the end."]
    if not problems and (end - start).days >= MAX_DAYS:
        problems["start"] = [f"Ask for at most {MAX_DAYS} days at a time."]
    if problems:
        raise serializers.ValidationError(problems)
    return Filters(start=start, end=end).as_of_now()
