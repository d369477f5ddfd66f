from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest

from accounts.forms import StaffInviteForm, UserRoleForm
from accounts.http import signed_in_user
from accounts.models import ClientProfile, FieldOfExpertise, Organisation, User
from accounts.roles import Role, role_of
from accounts.services import (
    staff_invitation_send,
    staff_invite,
    staff_lists_forget,
    user_set_role,
)


class ClientProfileInline(admin.StackedInline[ClientProfile, User]):
    model = ClientProfile
    can_delete = False
    extra = 0
    autocomplete_fields = ["organisation"]


# Any: the stubs bound UserAdmin's model to AbstractUser, and our User is an
# AbstractBaseUser with PermissionsMixin (the methods below still name User).
@admin.register(User)
class UserAdmin(DjangoUserAdmin[Any]):
    """People. 'Add' invites a technician or manager by e-mail instead of setting a password."""

    ordering = ["display_name"]
    list_display = ["display_name", "email", "role", "is_active", "last_login"]
    list_filter = ["groups", "is_active"]
    search_fields = ["display_name", "email"]
    readonly_fields = ["last_login", "date_joined"]
    add_form = StaffInviteForm
    form = UserRoleForm
    add_fieldsets = ((None, {"fields": ["display_name", "email", "role"]}),)
    fieldsets = (
        (None, {"fields": ["display_name", "email", "role", "is_active"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    )
    superuser_fieldsets = (
        ("Superuser only", {"fields": ["is_staff", "is_superuser", "groups", "user_permissions"]}),
    )
    actions = ["resend_invitation"]
    inlines = [ClientProfileInline]

    @admin.display(description="Role")
    def role(self, user: User) -> str:
        role = role_of(user)
        return role.label if role else "—"

    def get_queryset(self, request: HttpRequest) -> QuerySet[User]:
        return super().get_queryset(request).prefetch_related("groups__permissions")

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return self.add_fieldsets
        if request.user.is_superuser:
            return (*self.fieldsets, *self.superuser_fieldsets)
        return self.fieldsets

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> Any:
        if obj is not None and not request.user.is_superuser:
            kwargs["fields"] = ["display_name", "email", "role", "is_active"]
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None and "role" in form.base_fields:
            current = role_of(obj)
            form.base_fields["role"].initial = current.value if current else ""
        return form

    def save_model(
        self, request: HttpRequest, obj: User, form: ModelForm[User], change: bool
    ) -> None:
        if not change:
            user = staff_invite(
                email=form.cleaned_data["email"],
                display_name=form.cleaned_data["display_name"],
                role=Role(form.cleaned_data["role"]),
                invited_by=signed_in_user(request),
            )
            obj.pk = user.pk
            obj.refresh_from_db()
            messages.info(
                request, f"An invitation to choose a password was e-mailed to {user.email}."
            )
            return
        super().save_model(request, obj, form, change)
        role = form.cleaned_data.get("role")
        if role:
            user_set_role(user=obj, role=Role(role))
        staff_lists_forget()

    def get_inlines(self, request: HttpRequest, obj: Any) -> list[Any]:
        if obj is not None and hasattr(obj, "client_profile"):
            return [ClientProfileInline]
        return []

    @admin.action(description="Send a new invitation e-mail")
    def resend_invitation(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        staff = [user for user in queryset if role_of(user) in (Role.TECHNICIAN, Role.MANAGER)]
        for user in staff:
            staff_invitation_send(user=user, invited_by=signed_in_user(request))
        self.message_user(request, f"{len(staff)} invitation(s) sent.", messages.SUCCESS)


@admin.register(FieldOfExpertise)
class FieldOfExpertiseAdmin(admin.ModelAdmin[FieldOfExpertise]):
    list_display = ["name", "position", "is_active"]
    list_editable = ["position", "is_active"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin[Organisation]):
    search_fields = ["name"]
