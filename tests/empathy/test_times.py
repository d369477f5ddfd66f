"""Deadlines read from a client's own words (empathy/engine/times.py; its docstring is the spec).

Pure unit tests: no database, and `now` is always fixed. Most cases run twice, with `now` in UTC
and in Europe/London (the same wall clock in December, GMT); summer time and the clock changes
have tests of their own.
"""

from __future__ import annotations

import dataclasses
import time
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from empathy.engine.times import TimeMention, describe, due_within, find_deadlines

LONDON = ZoneInfo("Europe/London")
ZONES = pytest.mark.parametrize("zone", [UTC, LONDON], ids=["utc", "london"])

# Wednesday 2 December 2026. Friday is the 4th, Monday the 7th, and the 14th is a Monday.
WED = (2026, 12, 2)


def at(zone: tzinfo, hour: int, minute: int = 0, day: tuple[int, int, int] = WED) -> datetime:
    return datetime(*day, hour, minute, tzinfo=zone)


def wall(moment: datetime | None) -> str | None:
    return None if moment is None else moment.strftime("%Y-%m-%d %H:%M")


def only(text: str, now: datetime) -> TimeMention:
    found = find_deadlines(text, now=now)
    assert len(found) == 1, found
    mention = found[0]
    assert text[mention.start : mention.end] == mention.text
    if mention.due is not None:
        assert mention.due.utcoffset() == now.utcoffset() or mention.due.tzinfo is now.tzinfo
    return mention


# --- Mentions that are deadlines: (message, hour of now, text, due, precision) -------------------
DEADLINES = [
    # Clock times and named days
    ("I need it tomorrow at 9am", 8, "tomorrow at 9am", "2026-12-03 09:00", "hour"),
    ("TOMORROW AT 9AM PLEASE!!", 8, "TOMORROW AT 9AM", "2026-12-03 09:00", "hour"),
    ("Could you call me at 3:30pm tomorrow?", 15, "3:30pm tomorrow", "2026-12-03 15:30", "minute"),
    ("I need it by 9am tomorrow", 15, "9am tomorrow", "2026-12-03 09:00", "hour"),
    ("Please have it done by 15:00", 8, "15:00", "2026-12-02 15:00", "hour"),
    ("We need it back by 09:30", 8, "09:30", "2026-12-02 09:30", "minute"),
    ("Can it be sorted by midnight?", 15, "midnight", "2026-12-03 00:00", "hour"),
    ("by 5pm Friday please", 8, "5pm Friday", "2026-12-04 17:00", "hour"),
    ("BY 5PM FRIDAY", 15, "5PM FRIDAY", "2026-12-04 17:00", "hour"),
    ("It has to be ready by Wednesday at 4pm", 15, "Wednesday at 4pm", "2026-12-02 16:00", "hour"),
    ("It has to be ready by Wednesday at 4pm", 17, "Wednesday at 4pm", "2026-12-09 16:00", "hour"),
    # Bare hours: the next occurrence, preferring 07:00-20:00
    ("I need it at 6", 10, "at 6", "2026-12-02 18:00", "hour"),
    ("I NEED IT AT 6", 10, "AT 6", "2026-12-02 18:00", "hour"),
    ("I need it by 9", 10, "9", "2026-12-03 09:00", "hour"),
    ("I need it by 9", 8, "9", "2026-12-02 09:00", "hour"),
    ("can you do it by 3.30", 10, "3.30", "2026-12-02 15:30", "minute"),
    ("tomorrow 3.30 would be great", 10, "tomorrow 3.30", "2026-12-03 15:30", "minute"),
    ("could we talk at 8 tonight", 10, "at 8 tonight", "2026-12-02 20:00", "hour"),
    ("ring me at half past two", 15, "half past two", "2026-12-03 14:30", "minute"),
    ("shall we say at half two", 10, "at half two", "2026-12-02 14:30", "minute"),
    ("I need it by six o'clock", 10, "six o'clock", "2026-12-02 18:00", "hour"),
    # Parts of the day
    ("Please have it done by noon", 8, "noon", "2026-12-02 12:00", "part_of_day"),
    ("I need it by noon tomorrow", 15, "noon tomorrow", "2026-12-03 12:00", "part_of_day"),
    ("Can it be done by lunchtime?", 8, "lunchtime", "2026-12-02 12:00", "part_of_day"),
    ("I need it this afternoon", 8, "this afternoon", "2026-12-02 17:00", "part_of_day"),
    ("I need it tonight", 15, "tonight", "2026-12-02 21:00", "part_of_day"),
    ("I need it tonight", 22, "tonight", "2026-12-02 23:59", "part_of_day"),
    ("can you look in the morning", 8, "in the morning", "2026-12-03 12:00", "part_of_day"),
    ("can you look in the morning", 5, "in the morning", "2026-12-02 12:00", "part_of_day"),
    ("I need it by the end of the morning", 10, "the end of the morning", "2026-12-02 12:00",
     "part_of_day"),
    ("I need it tomorrow morning", 15, "tomorrow morning", "2026-12-03 12:00", "part_of_day"),
    ("by end of day please", 8, "end of day", "2026-12-02 17:30", "part_of_day"),
    ("by end of day please", 18, "end of day", "2026-12-02 23:59", "part_of_day"),
    ("need it EOD", 15, "EOD", "2026-12-02 17:30", "part_of_day"),
    ("COB today please", 8, "COB today", "2026-12-02 17:30", "part_of_day"),
    ("I need it by close of business", 8, "close of business", "2026-12-02 17:30", "part_of_day"),
    ("need it by cob please", 8, "cob", "2026-12-02 17:30", "part_of_day"),
    ("I need it at the end of the day, please", 8, "end of the day", "2026-12-02 17:30",
     "part_of_day"),
    ("Can you look at it first thing tomorrow", 15, "first thing tomorrow", "2026-12-03 09:00",
     "part_of_day"),
    ("first thing please", 8, "first thing", "2026-12-02 09:00", "part_of_day"),
    ("first thing please", 10, "first thing", "2026-12-03 09:00", "part_of_day"),
    # Days
    ("I need it today", 18, "today", "2026-12-02 23:59", "day"),
    ("I need it by tomorrow", 8, "tomorrow", "2026-12-03 17:30", "day"),
    ("I need it the day after tomorrow", 8, "the day after tomorrow", "2026-12-04 17:30", "day"),
    ("I need it by Wednesday", 8, "Wednesday", "2026-12-02 17:30", "day"),
    ("I need it by Wednesday", 18, "Wednesday", "2026-12-09 17:30", "day"),
    ("I need it by Friday", 15, "Friday", "2026-12-04 17:30", "day"),
    ("next Tuesday please", 8, "next Tuesday", "2026-12-08 17:30", "day"),
    ("next Thursday please", 8, "next Thursday", "2026-12-10 17:30", "day"),
    ("I need it Friday next week", 8, "Friday next week", "2026-12-11 17:30", "day"),
    ("I need it by Mon", 8, "Mon", "2026-12-07 17:30", "day"),
    ("by thurs please", 8, "thurs", "2026-12-03 17:30", "day"),
    ("can we do it on Sat?", 8, "Sat", "2026-12-05 17:30", "day"),
    # Dates (day first, UK)
    ("I need it by 14 March", 8, "14 March", "2027-03-14 17:30", "day"),
    ("I need it by March 14th", 8, "March 14th", "2027-03-14 17:30", "day"),
    ("I need it by the 14th of March", 8, "the 14th of March", "2027-03-14 17:30", "day"),
    ("send it by 14/03", 8, "14/03", "2027-03-14 17:30", "day"),
    ("send it by 24/12", 8, "24/12", "2026-12-24 17:30", "day"),
    ("the form is due 14.03.2027", 8, "14.03.2027", "2027-03-14 17:30", "day"),
    ("the form is due 2027-03-14", 8, "2027-03-14", "2027-03-14 17:30", "day"),
    ("I need it by 1 December", 8, "1 December", "2027-12-01 17:30", "day"),
    ("I need it by the 14th", 8, "the 14th", "2026-12-14 17:30", "day"),
    ("can it be done on 1/2?", 8, "1/2", "2027-02-01 17:30", "day"),
    # Weeks and months
    ("I need it by the end of the week", 8, "the end of the week", "2026-12-04 17:30", "week"),
    ("this week please", 8, "this week", "2026-12-04 17:30", "week"),
    ("can it be done before the weekend", 8, "the weekend", "2026-12-04 17:30", "week"),
    ("I need it this weekend", 8, "this weekend", "2026-12-05 09:00", "week"),
    ("I need it next week", 8, "next week", "2026-12-07 09:00", "week"),
    ("I need it by the end of next week", 8, "the end of next week", "2026-12-11 17:30", "week"),
    ("I need it next weekend", 8, "next weekend", "2026-12-12 09:00", "week"),
    ("I need it by the end of the month", 8, "the end of the month", "2026-12-31 17:30", "day"),
    # Relative to now
    ("I need it in an hour", 8, "in an hour", "2026-12-02 09:00", "hour"),
    ("I need it in an hour", 15, "in an hour", "2026-12-02 16:00", "hour"),
    ("can you ring in 20 minutes", 8, "in 20 minutes", "2026-12-02 08:20", "minute"),
    ("need it in 10 mins", 15, "in 10 mins", "2026-12-02 15:10", "minute"),
    ("I need it in half an hour", 8, "in half an hour", "2026-12-02 08:30", "minute"),
    ("I need it within the hour", 15, "within the hour", "2026-12-02 16:00", "hour"),
    ("I need it within 24 hours", 8, "within 24 hours", "2026-12-03 08:00", "hour"),
    ("I need it in an hour and a half", 8, "in an hour and a half", "2026-12-02 09:30", "minute"),
    ("I need it in two days", 8, "in two days", "2026-12-04 17:30", "day"),
    ("I need it in a week", 8, "in a week", "2026-12-09 17:30", "week"),
    # Typos
    ("I need it tommorow at 9am", 8, "tommorow at 9am", "2026-12-03 09:00", "hour"),
    ("I need it by tomorow", 8, "tomorow", "2026-12-03 17:30", "day"),
    ("need it 2moro", 8, "2moro", "2026-12-03 17:30", "day"),
    ("I need it by Firday", 8, "Firday", "2026-12-04 17:30", "day"),
    ("I need it by Wensday next week", 8, "Wensday next week", "2026-12-09 17:30", "day"),
    ("I need it by 14 Febuary", 8, "14 Febuary", "2027-02-14 17:30", "day"),
]  # fmt: skip


@ZONES
@pytest.mark.parametrize(
    ("message", "hour", "text", "due", "precision"),
    DEADLINES,
    ids=[f"{case[0]}@{case[1]}" for case in DEADLINES],
)
def test_deadline(
    zone: tzinfo, message: str, hour: int, text: str, due: str, precision: str
) -> None:
    mention = only(message, at(zone, hour))
    assert (mention.text, wall(mention.due), mention.precision) == (text, due, precision)


@ZONES
@pytest.mark.parametrize(
    ("message", "hour"),
    [
        # "by noon" once noon has passed: an exact time of today, and past (the docstring reads
        # a time with no day as today only; "today", "tonight" and end of day alone last to 23:59)
        ("Please have it done by noon", 15),
        ("Can it be done by lunchtime?", 15),
        ("I need it by 9am", 10),
        ("this morning please", 15),
        ("at 8 tonight please", 21),
        ("I need it by the 1st", 8),  # the 1st has passed; January's is not within 10 days
        # Past references
        ("yesterday at 3pm it broke", 15),
        ("it was due yesterday at 3pm", 8),
        ("last Monday it stopped printing", 8),
        ("since Tuesday it has been broken", 8),
        ("two weeks ago it broke", 8),
        ("the day before yesterday it crashed", 8),
        ("it worked in 2019", 8),
        # Past tense, recurring, ranges, durations
        ("this morning it crashed", 10),
        ("it stopped at 9", 15),
        ("every Monday it freezes", 8),
        ("Mondays are awful", 8),
        ("it always freezes at 3pm", 8),
        ("we are open 9am to 5pm", 8),
        ("we open Monday-Friday", 8),
        ("between 2pm and 4pm please", 8),
        ("any time after 5pm", 8),
        ("starting from Monday", 8),
        ("it ran for 20 minutes", 8),
        ("it took an hour", 8),
        ("it runs 24 hours a day", 8),
        ("five times in an hour", 8),
        ("this week has been awful", 8),
        # Numbers that are not times or dates
        ("we offer support 24/7", 8),
        ("about 1/2 of the files are missing", 8),
        ("it cut the size by 3/4", 8),
        ("I rated it 10/10", 8),
        ("I need to look at 6 files", 8),
        ("the price went up by 5%", 8),
        ("version 3.2 broke it", 8),
        ("it cost £5.30", 8),
        ("call me on 07700 900123", 8),
        ("the 14th floor printer is jammed", 8),
        # Greetings and figures of speech
        ("Good morning, my laptop is broken", 8),
        ("Good afternoon! The printer is jammed", 8),
        ("At the end of the day, it's your job to fix it", 8),
        ("At the end of the day it is your job", 8),
        ("but at the end of the day, it matters", 8),
        ("I had a cob roll for lunch", 8),
        ("I HAD A COB ROLL FOR LUNCH", 8),
        ("two cheese cobs please", 8),
        ("thanks for the call", 8),
        ("I sat down at my desk", 8),
        ("I SAT DOWN AT MY DESK", 8),
        ("", 8),
    ],
)
def test_not_a_deadline(zone: tzinfo, message: str, hour: int) -> None:
    assert find_deadlines(message, now=at(zone, hour)) == []


# --- Weekdays and weeks at other moments -----------------------------------------------------
@pytest.mark.parametrize(
    ("message", "now", "due"),
    [
        ("next Monday please", (2026, 12, 6, 10), "2026-12-14 17:30"),  # Sunday: not tomorrow
        ("next Monday please", (2026, 12, 5, 10), "2026-12-07 17:30"),  # Saturday: 2 days on
        ("I need it this weekend", (2026, 12, 5, 10), "2026-12-06 21:00"),  # weekend begun
        ("I need it next week", (2026, 12, 6, 10), "2026-12-07 09:00"),
        ("I need it by the 3rd", (2026, 12, 28, 10), "2027-01-03 17:30"),  # within 10 days
        ("I need it by Monday", (2026, 12, 7, 10), "2026-12-07 17:30"),  # today, still early
        ("I need it by Monday", (2026, 12, 7, 18), "2026-12-14 17:30"),
    ],
)
def test_days_from_other_moments(message: str, now: tuple[int, int, int, int], due: str) -> None:
    year, month, day, hour = now
    assert wall(only(message, datetime(year, month, day, hour, tzinfo=LONDON)).due) == due


def test_this_weekend_is_over_on_sunday_night() -> None:
    assert find_deadlines("I need it this weekend", now=datetime(2026, 12, 6, 22, tzinfo=UTC)) == []


# --- Events -------------------------------------------------------------------------------------
@ZONES
def test_event_without_a_time(zone: tzinfo) -> None:
    mention = only("I need the documents before the closing", at(zone, 8))
    assert (mention.text, mention.due, mention.precision, mention.event) == (
        "before the closing",
        None,
        "event",
        "closing",
    )


@ZONES
@pytest.mark.parametrize(
    "message",
    [
        "The closing is tomorrow at 9am. I need the documents before the closing.",
        "I need the documents before the closing. The closing is tomorrow at 9am.",
    ],
)
def test_event_takes_its_time_from_elsewhere(zone: tzinfo, message: str) -> None:
    found = find_deadlines(message, now=at(zone, 15))
    assert sorted(m.text for m in found) == ["before the closing", "tomorrow at 9am"]
    for mention in found:
        assert mention.event == "closing"
        assert wall(mention.due) == "2026-12-03 09:00"
        assert mention.precision == "hour"
        assert message[mention.start : mention.end] == mention.text


@ZONES
@pytest.mark.parametrize(
    ("message", "text", "event", "due"),
    [
        ("I need it for Monday's hearing", "Monday's hearing", "hearing", "2026-12-07 17:30"),
        ("MONDAY'S HEARING IS URGENT", "MONDAY'S HEARING", "hearing", "2026-12-07 17:30"),
        ("I have a flight tomorrow at 9am", "tomorrow at 9am", "flight", "2026-12-03 09:00"),
        ("the 3pm call is with the bank", "3pm", "call", "2026-12-02 15:00"),
        ("give me a call tomorrow at 9am", "tomorrow at 9am", "call", "2026-12-03 09:00"),
        ("before the hearing on Monday", "before the hearing on Monday", "hearing",
         "2026-12-07 17:30"),
        ("I need it before my flight", "before my flight", "flight", None),
        ("I need it in time for the hearing", "in time for the hearing", "hearing", None),
    ],
)  # fmt: skip
def test_event_next_to_a_time(
    zone: tzinfo, message: str, text: str, event: str, due: str | None
) -> None:
    mention = only(message, at(zone, 8))
    assert (mention.text, mention.event, wall(mention.due)) == (text, event, due)


@pytest.mark.parametrize(
    "message",
    [
        "can you call me in 20 minutes",
        "I will call you back tomorrow at 9am",
        "I train staff tomorrow at 9am",
        "I need it by Friday call me",
    ],
)
def test_a_verb_is_not_an_occasion(message: str) -> None:
    """'call' and 'train' are occasions only as nouns: 'a call', 'the 3pm call'."""
    assert only(message, at(UTC, 8)).event == ""


# --- describe() ---------------------------------------------------------------------------------
@ZONES
@pytest.mark.parametrize(
    ("message", "hour", "words"),
    [
        ("I need it tomorrow at 9am", 8, "tomorrow at 9:00"),
        ("I need it at 3pm", 8, "today at 15:00"),
        ("by 5pm Friday", 8, "Friday 4 December at 17:00"),
        ("Please have it done by noon", 8, "today at midday"),
        ("Can it be done by lunch?", 8, "today at lunchtime"),
        ("I need it this afternoon", 8, "this afternoon"),
        ("I need it tomorrow morning", 8, "tomorrow morning"),
        ("I need it on Monday morning", 8, "Monday morning, 7 December"),
        ("Can you look at it first thing tomorrow", 8, "first thing tomorrow"),
        ("need it EOD", 8, "end of today"),
        ("need it EOD", 18, "end of today"),
        ("I need it tonight", 22, "tonight"),
        ("I need it by midnight", 8, "midnight tonight"),
        ("I need it in an hour", 8, "within the hour"),
        ("I need it in half an hour", 8, "within the hour"),
        ("I need it in 20 minutes", 8, "in 20 minutes"),
        ("I need it by the end of the week", 8, "by the end of this week"),
        ("I need it by the end of next week", 8, "by the end of the week (Friday 11 December)"),
        ("I need it next week", 8, "next week"),
        ("I need it this weekend", 8, "this weekend"),
        ("I need it by Monday", 8, "Monday 7 December"),
        ("I need it today", 8, "today"),
        ("I need it by tomorrow", 8, "tomorrow"),
        ("I need it by 14 March", 8, "Sunday 14 March 2027"),
        ("I need it before the closing", 8, "before the closing"),
        ("I need it for Monday's hearing", 8, "before the hearing, Monday 7 December"),
    ],
)
def test_describe(zone: tzinfo, message: str, hour: int, words: str) -> None:
    now = at(zone, hour)
    assert describe(only(message, now), now=now) == words


def test_describe_a_mention_without_a_time_or_occasion() -> None:
    mention = TimeMention("soon", 0, 4, None, "event")
    assert describe(mention, now=at(UTC, 8)) == "soon"


# --- due_within() -------------------------------------------------------------------------------
def test_due_within_48_hours_picks_the_first_due_soon() -> None:
    now = at(UTC, 8)
    found = find_deadlines("Friday next week is the review, but I need it tomorrow at 9am", now=now)
    assert [m.text for m in found] == ["Friday next week", "tomorrow at 9am"]
    soon = due_within(found, now=now, hours=48)
    assert soon is not None and soon.text == "tomorrow at 9am"


def test_due_within_48_hours_none_when_all_later() -> None:
    now = at(UTC, 8)
    found = find_deadlines("I need it by 14 March", now=now)
    assert found and due_within(found, now=now, hours=48) is None
    assert due_within([], now=now, hours=48) is None


def test_due_within_counts_an_event_without_a_time_as_soon() -> None:
    now = at(UTC, 8)
    found = find_deadlines("I need it before the closing", now=now)
    assert due_within(found, now=now, hours=1) == found[0]


def test_due_within_counts_an_overdue_mention() -> None:
    now = at(UTC, 8)
    overdue = TimeMention("9am", 0, 3, now - timedelta(hours=1), "hour")
    assert due_within([overdue], now=now, hours=0.5) == overdue


def test_due_within_edge_is_inclusive() -> None:
    now = at(UTC, 8)
    (mention,) = find_deadlines("I need it within 48 hours", now=now)
    assert due_within([mention], now=now, hours=48) == mention
    assert due_within([mention], now=now, hours=47.9) is None


# --- Time zones and clock changes ---------------------------------------------------------------
def test_due_is_aware_in_nows_zone_in_summer() -> None:
    now = datetime(2027, 6, 2, 8, tzinfo=LONDON)  # a Wednesday, British Summer Time
    mention = only("I need it tomorrow at 9am", now)
    assert mention.due is not None and mention.due.tzinfo is LONDON
    assert mention.due.astimezone(UTC) == datetime(2027, 6, 3, 8, tzinfo=UTC)


def test_in_an_hour_across_the_autumn_clock_change() -> None:
    now = datetime(2026, 10, 25, 1, 30, tzinfo=LONDON)  # 01:30 BST, the hour that repeats
    mention = only("I need it in an hour", now)
    assert mention.due is not None
    assert mention.due.astimezone(UTC) - now.astimezone(UTC) == timedelta(hours=1)
    assert describe(mention, now=now) == "within the hour"


def test_in_minutes_across_the_spring_clock_change() -> None:
    now = datetime(2027, 3, 28, 0, 30, tzinfo=LONDON)  # 00:30 GMT; 01:00 jumps to 02:00
    mention = only("Auditors are here in 40 minutes", now)
    assert wall(mention.due) == "2027-03-28 02:10"
    assert describe(mention, now=now) == "in 40 minutes"


def test_due_within_counts_real_hours_across_a_clock_change() -> None:
    now = datetime(2026, 10, 24, 12, tzinfo=LONDON)  # the clocks go back tonight
    found = find_deadlines("I need it by Monday at 11:30", now=now)
    assert wall(found[0].due) == "2026-10-26 11:30"  # 48.5 real hours away
    assert due_within(found, now=now, hours=48) is None
    assert due_within(found, now=now, hours=49) == found[0]


# --- The interface ------------------------------------------------------------------------------
def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        find_deadlines("tomorrow at 9am", now=datetime(2026, 12, 2, 8))  # noqa: DTZ001


def test_mention_fields_stay_stable() -> None:
    """analysis.py reads .text, .start, .event and .due; followups reads the rest."""
    names = [field.name for field in dataclasses.fields(TimeMention)]
    assert names[:6] == ["text", "start", "end", "due", "precision", "event"]


def test_offsets_point_at_the_words_in_order() -> None:
    message = (
        "Hi, the closing is tomorrow at 9am. Can you fix the scanner by 5pm Friday, or at "
        "least before the closing? I also need the report in 20 minutes and the slides by EOD."
    )
    now = at(LONDON, 8)
    found = find_deadlines(message, now=now)
    assert [m.text for m in found] == [
        "tomorrow at 9am",
        "5pm Friday",
        "before the closing",
        "in 20 minutes",
        "EOD",
    ]
    assert [m.start for m in found] == sorted(m.start for m in found)
    for mention in found:
        assert message[mention.start : mention.end] == mention.text
        assert mention.due is None or mention.due > now


PIECES = (
    "by", "at", "on", "before", "until", "since", "the", "in", "within", "next", "last", "this",
    "tomorrow", "TOMORROW", "today", "tonight", "Monday", "Friday's", "weds", "Sat", "sun",
    "morning", "afternoon", "evening", "noon", "EOD", "cob", "COB", "first thing", "end of",
    "day", "week", "weekend", "month", "9am", "3:30pm", "15:00", "6", "3.30", "half past two",
    "14", "14th", "March", "14/03", "1/2", "24/7", "2027-03-14", "20 minutes", "an hour", "ago",
    "closing", "hearing", "call", "me", "need", "it", "crashed", "every", "to", "-", ",", ".",
    "?", "!", "\n", "£5", "10%", "İstanbul", "ß", "files",
)  # fmt: skip


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(
    pieces=st.lists(st.sampled_from(PIECES), max_size=14),
    hour=st.integers(min_value=0, max_value=23),
    weekday=st.integers(min_value=0, max_value=6),
    zone=st.sampled_from([UTC, LONDON]),
)
def test_any_words_give_valid_mentions(
    pieces: list[str], hour: int, weekday: int, zone: tzinfo
) -> None:
    """Whatever the words: no error, offsets that quote the text in order, deadlines ahead."""
    message = " ".join(pieces)
    now = datetime(2026, 11, 30, hour, 17, tzinfo=zone) + timedelta(days=weekday)  # Mon-Sun
    found = find_deadlines(message, now=now)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for mention in found:
        assert message[mention.start : mention.end] == mention.text
        assert mention.precision in ("minute", "hour", "part_of_day", "day", "week", "event")
        assert mention.due is None or mention.due > now
        assert (mention.due is None) == (mention.precision == "event")
        assert describe(mention, now=now)


def test_same_words_and_now_give_the_same_answer() -> None:
    message = "by 5pm Friday, or first thing Monday, before the hearing"
    now = at(UTC, 15)
    assert find_deadlines(message, now=now) == find_deadlines(message, now=now)


LONG_MESSAGE = (
    "Hello, sorry to bother you again. I have been trying to print the contract since Tuesday "
    "and the printer in the back office keeps saying it is offline, which is odd because it "
    "worked perfectly well last week and nobody has touched it as far as I know. I have "
    "restarted it twice, unplugged the cable, checked the paper tray and even tried printing "
    "from my phone, but nothing comes out and the little orange light just keeps flashing. "
    "My colleague thinks the wireless changed when the new router was installed, but I really "
    "don't understand any of that and I am worried I will make it worse if I start changing "
    "settings on my own. The closing is tomorrow at 9am and my solicitor needs the signed "
    "copies by 5pm Friday at the latest, so I would be very grateful if someone could ring me "
    "this afternoon or take a look remotely. I am in the office until about six and my mobile "
    "is the best number to reach me on. If it helps, the printer is the big grey one next to "
    "the kitchen, and the laptop is the silver one I was given in the spring. I also noticed "
    "that the scanner on the same machine stopped sending emails a few days ago, although "
    "that is less urgent and can wait until next week if you are busy. Thank you so much for "
    "your patience, I know I keep asking about this printer and I do appreciate all the help "
    "you have given me so far. Please let me know what you need from me, whether that is a "
    "photo of the screen, the model number or anything else, and I will send it over straight "
    "away. Best wishes and thanks again, Maria."
)


def test_speed_on_a_long_message() -> None:
    """A loose guard only: the figure to watch (bench/times_bench.py) is well under 2 ms."""
    assert 280 <= len(LONG_MESSAGE.split()) <= 320
    now = at(LONDON, 8)
    assert [m.text for m in find_deadlines(LONG_MESSAGE, now=now)] == [
        "tomorrow at 9am",
        "5pm Friday",
        "this afternoon",
        "next week",
    ]
    started = time.process_time()
    for _ in range(200):
        find_deadlines(LONG_MESSAGE, now=now)
    assert time.process_time() - started < 1.0
