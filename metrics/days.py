"""Days in the helpdesk's time zone (settings.TIME_ZONE), as aware datetimes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.utils import timezone


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Midnight to midnight in the helpdesk's time zone (23 or 25 hours on clock changes)."""
    return range_bounds(day, day)


def range_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """From midnight starting `first` to midnight ending `last` (inclusive days)."""
    zone = timezone.get_current_timezone()
    start = timezone.make_aware(datetime.combine(first, time.min), zone)
    end = timezone.make_aware(datetime.combine(last + timedelta(days=1), time.min), zone)
    return start, end


def local_day(moment: datetime) -> date:
    return timezone.localtime(moment).date()
