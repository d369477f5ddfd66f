"""The signed-in person (`me`), clients for technicians, and API tokens."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import AuthenticationFailed, Throttled
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.forms import ProfileForm
from accounts.http import signed_in_user
from accounts.models import User
from accounts.roles import can_use_portal
from accounts.selectors import client_profile_for
from accounts.services import SignInPaused, api_token_for, api_token_revoke, sign_in_check
from api import serializers as s
from api.permissions import IsStaff
from api.selectors import client_get, clients_for_staff
from followups.services import client_details_save


class Me(GenericAPIView[User]):
    """Your account. Clients can also update their profile here, as on the portal."""

    permission_classes = [IsAuthenticated]
    serializer_class = s.MeSerializer

    def _answer(self, user: User) -> Response:
        profile = client_profile_for(user)
        return Response(s.MeSerializer(user, context={"profile": profile}).data)

    @extend_schema(operation_id="me_retrieve")
    def get(self, request: Request) -> Response:
        return self._answer(signed_in_user(request))

    @extend_schema(
        operation_id="me_partial_update",
        request=s.MeUpdateSerializer,
        responses={200: s.MeSerializer},
    )
    def patch(self, request: Request) -> Response:
        user = signed_in_user(request)
        profile = client_profile_for(user) if can_use_portal(user) else None
        if profile is None:
            raise PermissionDenied
        data = s.MeUpdateSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        values: dict[str, Any] = dict(data.validated_data)
        form = ProfileForm(
            data=_profile_form_data(user, profile, values), instance=profile, user=user
        )
        if not form.is_valid():
            raise serializers.ValidationError(
                {name: [str(error) for error in errors] for name, errors in form.errors.items()}
            )
        client_details_save(client=user, data=form.cleaned_data, checkins_before=profile.checkins)
        return self._answer(user)


def _profile_form_data(user: User, profile: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The portal form's fields: what is sent, over what is stored."""
    field = values.get("field_of_expertise", profile.field_of_expertise)
    checkins = values.get("checkins", profile.checkins)
    data = {
        "display_name": values.get("display_name", user.display_name),
        "organisation": values.get(
            "organisation", profile.organisation.name if profile.organisation_id else ""
        ),
        "field_of_expertise": field.pk,
        "comfort": values.get("comfort", profile.comfort),
        "preferred_contact": values.get("preferred_contact", profile.preferred_contact),
        "phone": values.get("phone", profile.phone),
    }
    if checkins:
        data["checkins"] = "on"
    return data


class ClientList(GenericAPIView[User]):
    """Client accounts, by name (technicians and managers)."""

    permission_classes = [IsStaff]
    serializer_class = s.ClientSerializer

    def get_queryset(self) -> QuerySet[User]:
        return clients_for_staff(text=self.request.query_params.get("q", ""))

    def keyset_ordering(self) -> tuple[str, ...]:
        return ("display_name", "id")

    @extend_schema(
        operation_id="clients_list",
        responses=s.ClientSerializer(many=True),
        parameters=[OpenApiParameter("q", str, description="Part of a name or e-mail address.")],
    )
    def get(self, request: Request) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(s.ClientSerializer(page, many=True).data)


class ClientDetail(GenericAPIView[User]):
    permission_classes = [IsStaff]
    serializer_class = s.ClientSerializer

    @extend_schema(operation_id="clients_retrieve")
    def get(self, request: Request, pk: int) -> Response:
        return Response(s.ClientSerializer(client_get(pk=pk)).data)


# Any: the serializer documents a dict, not a model.
class TokenCreate(GenericAPIView[Any]):
    """Trade an e-mail address and password for an API token (the same token every time);
    DELETE revokes yours, for every script that uses it."""

    serializer_class = s.TokenSerializer

    def _asking(self) -> bool:
        # (The schema generator builds the view without a request.)
        return getattr(self.request, "method", None) == "POST"

    def get_authenticators(self) -> list[Any]:
        # Asking for a token needs no sign-in (and no CSRF token); revoking one does.
        return [] if self._asking() else super().get_authenticators()

    def get_permissions(self) -> list[Any]:
        return [AllowAny()] if self._asking() else [IsAuthenticated()]

    def get_authenticate_header(self, request: Request) -> str:
        # Wrong credentials are a 401 that says how to sign in, not a 400 about no field.
        return "Token" if self._asking() else super().get_authenticate_header(request)

    @extend_schema(
        operation_id="auth_token_create",
        request=s.TokenRequestSerializer,
        responses={200: s.TokenSerializer},
        auth=[],
    )
    def post(self, request: Request) -> Response:
        data = s.TokenRequestSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            user = sign_in_check(
                request=request._request,
                email=data.validated_data["email"],
                password=data.validated_data["password"],
            )
        except SignInPaused as paused:
            raise Throttled(wait=paused.wait) from None
        if user is None or not user.is_active:
            raise AuthenticationFailed("That e-mail address and password don't match.")
        return Response({"token": api_token_for(user=user)})

    @extend_schema(operation_id="auth_token_revoke", request=None, responses={204: None})
    def delete(self, request: Request) -> Response:
        api_token_revoke(user=signed_in_user(request))
        return Response(status=204)
