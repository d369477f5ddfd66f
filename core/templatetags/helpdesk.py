from datetime import datetime, timedelta

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.timesince import timesince

register = template.Library()


@register.filter
def ago(moment: datetime | None) -> str:
    """'3 days ago' rather than '3 days, 4 hours ago': one unit is enough to scan a list."""
    if moment is None:
        return ""
    if timezone.now() - moment < timedelta(minutes=1):
        return "just now"
    return f"{timesince(moment, depth=1)} ago"


@register.simple_tag
def when(moment: datetime | None) -> SafeString:
    """A <time> element: short relative text, the exact local time on hover."""
    if moment is None:
        return format_html("{}", "")
    local = timezone.localtime(moment)
    return format_html(
        '<time datetime="{}" title="{}">{}</time>',
        moment.isoformat(),
        local.strftime("%-d %b %Y, %H:%M"),
        ago(moment),
    )
