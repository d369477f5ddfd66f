from django.contrib import admin

from kb.models import Guide, Tag


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin[Tag]):
    search_fields = ["name"]


@admin.register(Guide)
class GuideAdmin(admin.ModelAdmin[Guide]):
    """Read-mostly: guides are written and versioned in the guide editor (/guides/)."""

    list_display = ["title", "category", "audience", "status", "version", "updated_at"]
    list_filter = ["status", "audience", "category"]
    search_fields = ["title", "problem"]
    readonly_fields = [
        "slug", "title", "category", "audience", "problem", "safe_note", "summary", "steps",
        "prevent", "status", "is_public", "author", "version", "created_at", "updated_at",
        "published_at",
    ]  # fmt: skip
    exclude = ["tags", "search_text", "search_vector"]

    def has_add_permission(self, request: object) -> bool:
        return False
