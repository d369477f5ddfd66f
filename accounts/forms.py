from __future__ import annotations

from typing import Any, cast

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm

from accounts.models import (
    COMFORT_DESCRIPTIONS,
    ClientProfile,
    ComfortLevel,
    ContactChannel,
    FieldOfExpertise,
    User,
    normalize_email_address,
)
from accounts.roles import Role
from accounts.selectors import email_is_taken, fields_of_expertise_active
from accounts.services import SignInPaused, password_reset_email_send, sign_in_check
from core.limits import LimitedCharField


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )
    error_messages = {
        "invalid_login": (
            "That email and password don't match an account. Check both and try again; "
            "passwords are case-sensitive."
        ),
        "inactive": "This account has been switched off. Please contact the helpdesk.",
    }

    def clean(self) -> dict[str, Any]:
        """As Django's, with sign-in paused after too many wrong passwords (accounts.services)."""
        email = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if email is not None and password:
            try:
                self.user_cache = sign_in_check(
                    request=self.request, email=email, password=password
                )
            except SignInPaused as paused:
                raise forms.ValidationError(
                    "To keep this account safe, we've paused signing in to it after several "
                    "wrong passwords. Please try again in %(minutes)s minutes, or use "
                    "'Forgotten your password?' below to set a new one.",
                    code="sign_in_paused",
                    params={"minutes": paused.minutes},
                ) from None
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data


class ComfortRadioSelect(forms.RadioSelect):
    """Radio buttons whose labels carry a plain description of each comfort level."""

    option_template_name = "accounts/widgets/comfort_option.html"

    def create_option(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        option = super().create_option(*args, **kwargs)
        option["description"] = COMFORT_DESCRIPTIONS.get(option["value"], "")
        return option


class SignUpForm(forms.Form):
    display_name = LimitedCharField(
        limit=150,
        label="Your name",
        error_messages={"required": "Please tell us your name."},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text="We send updates about your problems here.",
        error_messages={
            "required": "Please type your email address.",
            "invalid": (
                "This doesn't look like an email address. It should look like name@example.com."
            ),
        },
    )
    password = forms.CharField(
        label="Choose a password",
        strip=False,
        error_messages={"required": "Please choose a password."},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 10 characters. A short sentence you will remember works well.",
    )
    field_of_expertise = forms.ModelChoiceField(
        label="What kind of work do you do?",
        queryset=fields_of_expertise_active(),
        empty_label="Choose one",
        error_messages={
            "required": "Please choose the kind of work you do. 'Other' is fine.",
            "invalid_choice": "Please choose one of the kinds of work in the list.",
        },
        help_text="This helps us explain things in terms that make sense to you.",
    )
    comfort = forms.ChoiceField(
        label="How comfortable are you with computers?",
        choices=ComfortLevel.choices,
        widget=ComfortRadioSelect,
        error_messages={
            "required": "Please choose how comfortable you are with computers.",
            "invalid_choice": "Please choose one of the three answers.",
        },
    )
    preferred_contact = forms.ChoiceField(
        label="How should we contact you?",
        choices=ContactChannel.choices,
        initial=ContactChannel.EMAIL,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please choose how we should contact you.",
            "invalid_choice": "Please choose email, a phone call or a text message.",
        },
    )
    phone = LimitedCharField(
        limit=40,
        label="Phone number",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        help_text="Needed only if you prefer a call or a text message.",
    )
    organisation = LimitedCharField(
        limit=150,
        label="Organisation (optional)",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )

    def clean_display_name(self) -> str:
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError("Please tell us your name.")
        return name

    def clean_email(self) -> str:
        email = normalize_email_address(self.cleaned_data["email"])
        if email_is_taken(email):
            raise forms.ValidationError(
                "There is already an account with this email. Sign in, or use "
                "'Forgotten your password?' on the sign-in page."
            )
        return email

    def clean_phone(self) -> str:
        phone: str = self.cleaned_data["phone"].strip()
        if phone and sum(ch.isdigit() for ch in phone) < 7:
            raise forms.ValidationError("This doesn't look like a full phone number.")
        return phone

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        contact = cleaned.get("preferred_contact")
        if contact in (ContactChannel.PHONE, ContactChannel.TEXT) and not cleaned.get("phone"):
            self.add_error("phone", "Please add a phone number so we can call or text you.")
        password = cleaned.get("password")
        if password:
            candidate = User(
                email=cleaned.get("email", ""), display_name=cleaned.get("display_name", "")
            )
            try:
                password_validation.validate_password(password, candidate)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned


class OutboxPasswordResetForm(PasswordResetForm):
    """Django's reset form, sending through the outbox instead of inside the request."""

    email = forms.EmailField(
        label="Email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def save(self, *args: Any, **kwargs: Any) -> None:
        for user in self.get_users(normalize_email_address(self.cleaned_data["email"])):
            password_reset_email_send(user=user)


class ProfileForm(forms.ModelForm[ClientProfile]):
    """A client's own details, from the portal's My details page and the API's /me/."""

    display_name = LimitedCharField(limit=150, label="Your name")
    comfort = forms.ChoiceField(
        label="How comfortable are you with computers?",
        choices=ComfortLevel.choices,
        widget=ComfortRadioSelect,
    )
    preferred_contact = forms.ChoiceField(
        label="How should we contact you?", choices=ContactChannel.choices, widget=forms.RadioSelect
    )
    organisation = LimitedCharField(limit=150, label="Organisation (optional)", required=False)

    class Meta:
        model = ClientProfile
        fields = ["field_of_expertise", "comfort", "preferred_contact", "phone", "checkins"]
        labels = {"field_of_expertise": "What kind of work do you do?", "phone": "Phone number"}
        help_texts = {"phone": "Needed only if you prefer a call or a text message."}

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        expertise = cast(
            "forms.ModelChoiceField[FieldOfExpertise]", self.fields["field_of_expertise"]
        )
        expertise.queryset = fields_of_expertise_active()
        self.fields["display_name"].initial = user.display_name
        organisation = self.instance.organisation if self.instance.organisation_id else None
        if organisation is not None:
            self.fields["organisation"].initial = organisation.name
        self.order_fields(
            [
                "display_name",
                "organisation",
                "field_of_expertise",
                "comfort",
                "preferred_contact",
                "phone",
            ]
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if (
            cleaned.get("preferred_contact") in (ContactChannel.PHONE, ContactChannel.TEXT)
            and not (cleaned.get("phone") or "").strip()
        ):
            self.add_error("phone", "Please add a phone number so we can call or text you.")
        return cleaned


class StaffInviteForm(forms.ModelForm[User]):
    role = forms.ChoiceField(
        choices=[(Role.TECHNICIAN, "Technician"), (Role.MANAGER, "Manager")],
        initial=Role.TECHNICIAN,
        help_text="Managers also see the dashboard and can change settings here.",
    )

    class Meta:
        model = User
        fields = ["display_name", "email"]

    def clean_email(self) -> str:
        email = normalize_email_address(self.cleaned_data["email"])
        if email_is_taken(email):
            raise forms.ValidationError("Someone with this email already has an account.")
        return email


class UserRoleForm(forms.ModelForm[User]):
    """The change form for people: a role instead of raw groups for managers."""

    role = forms.ChoiceField(choices=Role.choices, required=False)

    class Meta:
        model = User
        fields = ["display_name", "email", "is_active"]

    def clean_email(self) -> str:
        email = normalize_email_address(self.cleaned_data["email"])
        taken = User.objects.filter(email=email).exclude(pk=self.instance.pk).exists()
        if taken:
            raise forms.ValidationError("Someone with this email already has an account.")
        return email
