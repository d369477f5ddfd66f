from django.db.models import Q, QuerySet

from accounts.models import ClientProfile, FieldOfExpertise, User


def fields_of_expertise_active() -> QuerySet[FieldOfExpertise]:
    return FieldOfExpertise.objects.filter(is_active=True)


def email_is_taken(email: str) -> bool:
    from accounts.models import normalize_email_address

    return User.objects.filter(email=normalize_email_address(email)).exists()


def client_profile_for(user: User) -> ClientProfile | None:
    return (
        ClientProfile.objects.select_related("field_of_expertise", "organisation")
        .filter(user=user)
        .first()
    )


def clients_search(*, text: str, limit: int = 8) -> list[User]:
    """Clients whose name or email contains `text`, for pickers."""
    return list(
        User.objects.filter(client_profile__isnull=False, is_active=True)
        .filter(Q(display_name__icontains=text) | Q(email__icontains=text))
        .select_related("client_profile__field_of_expertise")
        .order_by("display_name")[:limit]
    )
