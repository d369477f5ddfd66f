"""How-to guides: anyone may read what the site shows them; technicians write."""

from __future__ import annotations

from typing import Any

from django.db.models import prefetch_related_objects
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny, BasePermission
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.http import signed_in_user
from accounts.models import ComfortLevel
from api import serializers as s
from api.documented import ID_PARAMETER, text_parameter
from api.pagination import KeysetPagination
from api.permissions import IsStaff
from core.numbers import whole_number
from kb.forms import GuideForm
from kb.models import Guide, GuideStatus
from kb.selectors import LIST_PAGE_SIZE, guide_get_for, guide_search, guides_in_category
from kb.services import guide_create, guide_update
from tickets.models import Category

NEW_GUIDE: dict[str, Any] = {
    "audience": ComfortLevel.NEW,
    "status": GuideStatus.DRAFT,
    "is_public": True,
    "safe_note": "",
    "summary": "",
    "prevent": "",
    "category": None,
}


def _validated_content(
    values: dict[str, Any], current: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """Check the guide as the edit page does (GuideForm), over the current values."""
    merged = {**current, **values}
    category = merged.get("category")
    form = GuideForm(
        data={
            **merged,
            "category": category.pk if isinstance(category, Category) else (category or ""),
            "tags": ", ".join(merged.get("tags") or []),
            "is_public": "on" if merged.get("is_public", True) else "",
            "version": "",
        }
    )
    if not form.is_valid():
        raise serializers.ValidationError(
            {name: [str(error) for error in errors] for name, errors in form.errors.items()}
        )
    return form.content(), form.cleaned_data["tags"]


class ReadOrStaffWrite(BasePermission):
    """Anyone may read (the public guides; staff see drafts too); only staff write."""

    reads_anonymously = True

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return AllowAny().has_permission(request, view)
        return IsStaff().has_permission(request, view)


SEARCH_LIMIT = 300


class GuideList(GenericAPIView[Guide]):
    """Guides you may read (drafts too, for staff), by title; `q` searches, best first."""

    permission_classes = [ReadOrStaffWrite]
    serializer_class = s.GuideSerializer
    queryset = Guide.objects.none()  # names the model for the schema; reads use selectors

    @extend_schema(
        operation_id="guides_list",
        responses=s.GuideSerializer(many=True),
        parameters=[
            OpenApiParameter(
                "q",
                text_parameter(SEARCH_LIMIT),
                description="Search words; results come ranked, one page.",
            ),
            OpenApiParameter(
                "category",
                ID_PARAMETER,
                description="A category id.",
            ),
        ],
    )
    def get(self, request: Request) -> Response:
        paginator = self.paginator
        assert isinstance(paginator, KeysetPagination)  # noqa: S101
        size = paginator.page_size(request, default=LIST_PAGE_SIZE)
        raw = request.query_params.get("q", "")
        if len(raw) > SEARCH_LIMIT:
            raise serializers.ValidationError(
                {"q": [f"Search with at most {SEARCH_LIMIT} characters."]}
            )
        text = raw.strip()
        category = _category(request.query_params.get("category", ""))
        if text:
            found = guide_search(user=request.user, text=text, category=category)
            items = paginator.single_page(found, request)
        else:
            page = guides_in_category(
                user=request.user,
                category=category,
                cursor=request.query_params.get("cursor"),
                size=size,
            )
            items = paginator.use_page(page, request)
        prefetch_related_objects(items, "tags")
        return self.get_paginated_response(s.GuideSerializer(items, many=True).data)

    @extend_schema(
        operation_id="guides_create",
        request=s.GuideWriteSerializer,
        responses={201: s.GuideDetailSerializer},
    )
    def post(self, request: Request) -> Response:
        data = s.GuideWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        content, tags = _validated_content(dict(data.validated_data), NEW_GUIDE)
        guide = guide_create(author=signed_in_user(request), tags=tags, **content)
        return Response(s.GuideDetailSerializer(guide).data, status=201)


def _category(raw: str) -> Category | None:
    """No filter when absent or empty; else an id as the schema says, or a 400."""
    if raw == "":
        return None
    pk = whole_number(raw)  # None past 11 digits, the schema's maximum
    if pk is None or pk < 1:
        raise serializers.ValidationError({"category": ["A category id (a whole number)."]})
    return Category.objects.filter(pk=pk, is_active=True).first()


class GuideDetail(GenericAPIView[Guide]):
    permission_classes = [ReadOrStaffWrite]
    serializer_class = s.GuideDetailSerializer

    @extend_schema(operation_id="guides_retrieve")
    def get(self, request: Request, slug: str) -> Response:
        guide = guide_get_for(user=request.user, slug=slug)
        return Response(s.GuideDetailSerializer(guide).data)

    @extend_schema(
        operation_id="guides_partial_update",
        request=s.GuideWriteSerializer(partial=True),
        responses={200: s.GuideDetailSerializer},
    )
    def patch(self, request: Request, slug: str) -> Response:
        guide = guide_get_for(user=request.user, slug=slug)
        data = s.GuideWriteSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        version = values.pop("version", None)
        content, tags = _validated_content(values, _current(guide))
        updated = guide_update(
            guide=guide,
            author=signed_in_user(request),
            expected_version=version,
            tags=tags,
            **content,
        )
        return Response(s.GuideDetailSerializer(updated).data)


def _current(guide: Guide) -> dict[str, Any]:
    current = GuideForm.initial_for(guide)
    current["tags"] = [tag.name for tag in guide.tags.all()]
    current.pop("version", None)
    return current
