from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.views.decorators.debug import sensitive_post_parameters

from accounts.forms import EmailAuthenticationForm, OutboxPasswordResetForm, SignUpForm
from accounts.roles import home_url_for, role_of
from accounts.services import client_create


def home(request: HttpRequest) -> HttpResponse:
    """Signed-in people go to their role's home; visitors see what the helpdesk offers."""
    if request.user.is_authenticated:
        return redirect(home_url_for(request.user))
    return render(request, "accounts/landing.html")


@login_required
def no_role(request: HttpRequest) -> HttpResponse:
    if role_of(request.user) is not None:
        return redirect(home_url_for(request.user))
    return render(request, "accounts/no_role.html", status=403)


class SignInView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True


@sensitive_post_parameters("password")
def sign_up(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(home_url_for(request.user))
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user = client_create(
            display_name=data["display_name"],
            email=data["email"],
            password=data["password"],
            field_of_expertise=data["field_of_expertise"],
            comfort=data["comfort"],
            preferred_contact=data["preferred_contact"],
            phone=data["phone"],
            organisation_name=data["organisation"],
        )
        login(request, user, backend="accounts.backends.CachedPermissionsBackend")
        messages.success(request, f"Welcome, {user.get_short_name()}. Your account is ready.")
        return redirect(home_url_for(user))
    return render(request, "accounts/sign_up.html", {"form": form})


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset_form.html"
    form_class = OutboxPasswordResetForm
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["link_valid_days"] = max(1, settings.PASSWORD_RESET_TIMEOUT // 86400)
        return context


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
