"""Role checks for API views: the same capabilities as the pages (accounts.roles)."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from accounts.roles import can_use_portal, can_view_metrics, can_work_tickets


class IsStaff(BasePermission):
    message = "Only technicians and managers can do this."

    def has_permission(self, request: Request, view: Any) -> bool:
        return can_work_tickets(request.user)


class IsManager(BasePermission):
    message = "Only managers can do this."

    def has_permission(self, request: Request, view: Any) -> bool:
        return can_view_metrics(request.user)


class IsClientOrStaff(BasePermission):
    message = "Your account can't use this."

    def has_permission(self, request: Request, view: Any) -> bool:
        return can_use_portal(request.user) or can_work_tickets(request.user)
