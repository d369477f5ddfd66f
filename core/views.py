from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from accounts.roles import home_url_for, role_of


def home(request: HttpRequest) -> HttpResponse:
    """Signed-in people go to their role's home; visitors see what the helpdesk offers."""
    if request.user.is_authenticated:
        return redirect(home_url_for(request.user))
    return render(request, "core/landing.html")


@login_required
def no_role(request: HttpRequest) -> HttpResponse:
    if role_of(request.user) is not None:
        return redirect(home_url_for(request.user))
    return render(request, "core/no_role.html", status=403)


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page says; point them at the real one."""
    return redirect(static("favicon.svg"), permanent=True)


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """For load balancers and docker-compose: the app answers and reaches its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
