from django.contrib import admin
from django.http import HttpRequest

from followups.models import Analogy, FollowUp, SurveyResponse


@admin.register(Analogy)
class AnalogyAdmin(admin.ModelAdmin):
    list_display = ["field_of_expertise", "category", "text", "is_active"]
    list_filter = ["field_of_expertise", "category", "is_active"]
    search_fields = ["text"]


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(FollowUp)
class FollowUpAdmin(ReadOnly):
    list_display = [
        "ticket",
        "client",
        "subject",
        "edited_by_technician",
        "checkin_answer",
        "created_at",
    ]
    list_filter = ["edited_by_technician", "checkin_answer"]
    search_fields = ["subject", "client__email"]
    date_hierarchy = "created_at"


@admin.register(SurveyResponse)
class SurveyResponseAdmin(ReadOnly):
    list_display = ["followup", "satisfaction", "made_sense", "created_at"]
    list_filter = ["satisfaction", "made_sense"]
