from typing import Any

from django.conf import settings
from django.http import HttpRequest

from accounts.navigation import nav_items_for
from accounts.roles import role_of


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None:
        return {"helpdesk_name": settings.HELPDESK_NAME}
    role = role_of(user)
    return {
        "helpdesk_name": settings.HELPDESK_NAME,
        "nav_items": nav_items_for(request, role),
        "user_role": role.value if role else "",
        "support_phone": settings.HELPDESK_SUPPORT_PHONE,
        "support_email": settings.HELPDESK_SUPPORT_EMAIL,
    }
