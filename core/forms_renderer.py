from __future__ import annotations

from typing import Any

from django.forms.renderers import TemplatesSetting
from django.http import HttpRequest


class HelpdeskFormRenderer(TemplatesSetting):
    """Every form field renders through templates/forms/field.html: label, help, errors, input.

    No input gets a `maxlength` attribute: browsers cut pasted text at it without a word.
    Fields refuse overlong text on the server instead, saying the limit (core.limits).
    """

    field_template_name = "forms/field.html"

    def render(
        self, template_name: str, context: dict[str, Any], request: HttpRequest | None = None
    ) -> str:
        widget = context.get("widget")
        if isinstance(widget, dict) and "maxlength" in widget.get("attrs", {}):
            attrs = {k: v for k, v in widget["attrs"].items() if k != "maxlength"}
            context = {**context, "widget": {**widget, "attrs": attrs}}
        return super().render(template_name, context, request)
