from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Helpdesk settings"
admin.site.site_title = "Helpdesk settings"
admin.site.index_title = "Settings"

urlpatterns = [
    path("", include("core.urls")),
    path("", include("accounts.home_urls")),
    path("accounts/", include("accounts.urls")),
    path("portal/", include("portal.urls")),
    path("work/", include("workspace.urls")),
    path("work/", include("empathy.urls")),
    path("dashboard/", include("metrics.urls")),
    path("guides/", include("kb.urls")),
    path("after/", include("followups.urls")),
    path("mailbox/", include("sentmail.urls")),
    path("api/", include("api.urls")),
    path("admin/", admin.site.urls),
]
