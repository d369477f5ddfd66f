"""When a client needs something: deadlines read from their own words.

    find_deadlines(text, now=...)            -> list[TimeMention]   time pressure ahead of now
    describe(mention, now=...)               -> str                 "tomorrow at 9:00"
    due_within(mentions, now=..., hours=...) -> TimeMention | None  the first one due soon

Pure standard library and deterministic: the same words and the same `now` give the same
answer. Everything resolves in `now`'s timezone; `due` is an aware datetime in that zone.
Wall-clock times ("9am", "Friday") keep their wall clock across a clock change; "in 20 minutes"
and `due_within`'s hours are real elapsed time.

How a message is read
---------------------
The text is scanned for pieces of a time (a day, a clock time, a part of the day, a week, an
"in 20 minutes", a named occasion) and pieces that sit next to each other, joined only by
"at", "on", "by", "the", "of" or a comma, make one mention: "tomorrow at 9am", "by 5pm Friday",
"first thing tomorrow", "Monday's hearing".

Clock times
  "9am", "3:30pm", "15:00", "09:30" and midnight are exact. A bare hour ("at 6", "by 3.30",
  "half past two", "six o'clock") could be morning or afternoon: it becomes the next future
  occurrence within today and tomorrow, preferring 07:00-20:00 ("at 6" at 10:00 is 18:00 today;
  "by 9" at 10:00 is 09:00 tomorrow). A part of the day settles it ("at 8 tonight" is 20:00). An
  exact time with no day is today only: "9am" when 9am has passed is in the past, so it is not a
  deadline; so are noon and lunch ("by noon" at 15:00). A bare number is a time only after "at",
  "by", "before", "until", "around" or straight after a day ("tomorrow 3.30"), and never before
  a unit ("at 6 files", "by 5%").
Parts of the day (precision "part_of_day")
  By the end of the morning 12:00; lunch, noon and midday 12:00; afternoon 17:00; end of day,
  EOD, COB (in capitals, or after "by"; "a cob roll" is bread), close of business 17:30; evening
  and tonight 21:00; "first thing" 09:00. "This afternoon" and "tonight" are today; "in the
  morning" with no day is tomorrow's (today's before 06:00); "first thing" is the next 09:00.
  "Today", "tonight" and end of day that have passed mean the end of today (23:59). Plain
  "morning" or "evening" needs a day or a preposition, so "Good morning" is not a deadline; "At
  the end of the day, ..." opening a clause is a figure of speech.
Days (precision "day", due 17:30 unless a time or part of the day is given)
  "today", "tomorrow", "the day after tomorrow". A weekday ("Monday", "by Friday", "Monday's
  hearing") is the next such day: today's own weekday is today while still before 17:30 (or
  before the time given), else next week. "next Tuesday" is the Tuesday of next calendar week
  (weeks start on Monday), pushed on a further week if that is only a day or less away; "Friday
  next week" is exactly that week's Friday. "Mon", "Wed", "Sat" and "Sun" (also words) need a
  capital and a preposition or a date; "tue", "thurs", "fri" need only the preposition.
Dates (precision "day")
  "14 March", "March 14th", "the 14th of March", "14/03", "14.03.2027", "2027-03-14";
  numbers are day first (UK). A date without a year that has passed is next year. A bare "the
  14th" is this month, or next month when this month's has passed and next month's is within
  10 days; otherwise it is a past reference. "14/03" needs two-digit parts or a day of 13+
  ("1/2" and "3/4" are fractions unless "on 1/2"); "24/7" is never a date.
Weeks (precision "week")
  "this week", "end of the week", "before the weekend": Friday 17:30. "this weekend", "at the
  weekend": Saturday 09:00 (Sunday 21:00 once the weekend has begun). "next week": Monday
  09:00 of next week; "end of next week": that Friday 17:30; "next weekend": the Saturday after
  this one. "end of the month": the last day at 17:30 (precision "day").
Relative (from `now`)
  "in an hour", "in 20 minutes", "in half an hour", "within the hour", "within 24 hours", "in
  an hour and a half", "in two days" (that day at 17:30). Precision follows the unit.
Events
  "before the closing", "before my flight", "for the hearing": due None, precision "event",
  unless the same occasion is given a time elsewhere in the message ("the closing is tomorrow at
  9am ... before the closing"). An occasion next to a time is attached to it: "a closing
  tomorrow at 9am", "Monday's hearing", "the 3pm call". An occasion that is also a verb
  ("call", "train") is one only after "a", "the", "my"...: not in "call me tomorrow".

What is not a deadline
  Past references ("yesterday", "last Monday", "since Tuesday", "two weeks ago", "in 2019"),
  times in a clause told in the past tense with nothing pointing ahead ("this morning it
  crashed", "it stopped at 9"), recurring times ("every Monday", "Mondays", "it always freezes
  at 3pm"), ranges ("9am to 5pm", "Monday-Friday", "between 2pm and 4pm"), "after 5pm", "from
  Monday", durations ("for 20 minutes", "took an hour", "24 hours a day"), quantities, versions,
  prices and phone numbers. The part of the day or week we are already in ("today", "this
  morning" at 10:00, "this week") counts only when the clause asks for something ("need",
  "by", "can you", "please", "I have a ...").

Spelling
  Any case ("TOMORROW AT 9AM") and common misspellings ("tommorow", "2moro", "Wensday",
  "Firday", "Febuary") are read.

Text and offsets
  `text` is the time words themselves: a leading "by", "on", "before" or "until" is left out;
  "at" is kept before a bare hour ("at 6"), and an event's own words are kept ("before the
  closing", "Monday's hearing").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate, compress

I = re.IGNORECASE  # noqa: E741 - the usual flag name

PRECISIONS = ("minute", "hour", "part_of_day", "day", "week", "event")


@dataclass(frozen=True)
class TimeMention:
    """A stretch of a message that names when something is needed."""

    text: str  # the exact substring of the input that names the time
    start: int  # offsets into the input text
    end: int
    due: datetime | None  # aware, in now's tzinfo; None for an event with no time
    precision: str  # one of PRECISIONS
    event: str = ""  # a named occasion attached to the time: "closing", "hearing", ...


# --- Vocabulary ----------------------------------------------------------------------------
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
DAY_END = 17 * 60 + 30  # minutes after midnight: the working day's close
LATE = 23 * 60 + 59
PLAUSIBLE = (7 * 60, 20 * 60)  # business-plausible clock range for a bare hour
ORDINAL_ROLL_DAYS = 10  # a passed "the 3rd" is next month's only if that is this close

# part of the day -> (due, start of the period or None, describe word)
PARTS: dict[str, tuple[int, int | None, str]] = {
    "first": (9 * 60, None, "first thing"),
    "morning": (12 * 60, 5 * 60, "morning"),
    "noon": (12 * 60, None, "midday"),
    "lunch": (12 * 60, None, "lunchtime"),
    "afternoon": (17 * 60, 12 * 60, "afternoon"),
    "eod": (DAY_END, None, "end of day"),
    "evening": (21 * 60, 17 * 60, "evening"),
    "night": (21 * 60, 17 * 60, "night"),
}
PM_PARTS = {"afternoon", "eod", "evening", "night"}

EVENTS: dict[str, str] = {
    "closing": "closing", "completion": "completion", "hearing": "hearing", "trial": "trial",
    "court": "court", "tribunal": "tribunal", "mediation": "mediation",
    "deposition": "deposition", "flight": "flight", "train": "train", "viewing": "viewing",
    "open house": "open house", "meeting": "meeting", "appointment": "appointment",
    "appt": "appointment", "interview": "interview", "exam": "exam", "class": "class",
    "lesson": "lesson", "lecture": "lecture", "seminar": "seminar", "webinar": "webinar",
    "presentation": "presentation", "pitch": "pitch", "conference": "conference",
    "call": "call", "funeral": "funeral", "wedding": "wedding", "concert": "concert",
    "recital": "recital", "rehearsal": "rehearsal", "performance": "performance",
    "audition": "audition", "auction": "auction", "inspection": "inspection", "audit": "audit",
    "deadline": "deadline", "ceremony": "ceremony", "assembly": "assembly", "shift": "shift",
    "party": "party",
}  # fmt: skip

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "twenty four": 24, "twenty five": 25, "thirty": 30, "forty": 40,
    "forty five": 45, "forty eight": 48, "fifty": 50, "sixty": 60, "seventy two": 72,
    "ninety": 90, "a couple of": 2, "couple of": 2,
}  # fmt: skip
HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()  # noqa: SIM905 - a word list reads better as words


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first, with spaces matching any run of space or hyphen."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in ordered) + ")"


EV = _alternation(EVENTS)
NUM = _alternation(NUMBERS)
HOURW = _alternation(HOUR_WORDS)
# Common misspellings, read as the day they mean (all six letters or more, so never a word).
WEEKDAY_TYPOS: dict[str, int] = {
    "mondey": 0, "tuseday": 1, "tusday": 1, "teusday": 1, "tuesdy": 1, "wednsday": 2,
    "wensday": 2, "wendsday": 2, "wedensday": 2, "wedsday": 2, "wednesdy": 2, "wednessday": 2,
    "thrusday": 3, "thursdy": 3, "thurday": 3, "thirsday": 3, "firday": 4, "fridya": 4,
    "saturady": 5, "satuday": 5, "saterday": 5, "sunady": 6,
}  # fmt: skip
WD = (
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    + "|".join(sorted(WEEKDAY_TYPOS, key=len, reverse=True))
    + r"|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)"
)
MON = (
    r"(?P<mon>january|february|febuary|feburary|march|april|may|june|july|august|september"
    r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
TOMORROW = """
    tomorrow tommorow tommorrow tomorow tomorro tomoro tomrrow tomrow tomorrw tomorrrow tommrow
    tmorrow tmrw tmr tomoz 2moro 2morrow 2morow
""".split()  # noqa: SIM905 - a word list reads better as words
AMPM = r"(?P<ap>[ap]\.\s?m\.|[ap]\.?m\b)"


# --- Atoms: the pieces a mention is made of -----------------------------------------------
@dataclass(frozen=True)
class _Day:
    offset: int | None = None  # today 0, tomorrow 1
    weekday: int | None = None  # Monday 0
    mode: str = ""  # weekday: "" or "next"; today: "later"
    day: int | None = None
    month: int | None = None
    year: int | None = None


@dataclass(frozen=True)
class _Clock:
    minutes: int  # after midnight; 24:00 for midnight
    exact: bool  # am/pm or a 24-hour time was given
    precise: bool  # minutes were given


@dataclass(frozen=True)
class _Part:
    name: str  # key of PARTS
    today: bool = False  # "this afternoon", "tonight"
    end: bool = False  # "the end of the morning": the next end of one, today's if still ahead


@dataclass(frozen=True)
class _Week:
    name: str  # this_week, next_week, end_next_week, weekend, next_weekend, end_month, ...


@dataclass(frozen=True)
class _Rel:
    minutes: int = 0
    days: int = 0
    precision: str = "minute"


@dataclass(frozen=True)
class _Event:
    name: str
    trigger: str = ""  # "before", "for", ...


_Value = _Day | _Clock | _Part | _Week | _Rel | _Event | None


@dataclass(frozen=True)
class _Atom:
    slot: str  # rel (a named day), wd, date, clock, part, week, relative, event, void
    start: int
    end: int
    value: _Value = None
    weak: bool = False  # needs a preposition or a neighbouring day to count
    prep: str = ""  # the preposition just before it, lower case


_PREP = re.compile(
    r"\b(no\s+later\s+than|in\s+time\s+for|ahead\s+of|prior\s+to|by|before|until|till|til"
    r"|at|on|for|around|about|from|since|after|between|every|each|over|during|to|and)\s+$",
    I,
)
BLOCKING = {"since", "from", "after", "between", "every", "each"}
DEADLINE = {"by", "before", "no later than", "in time for", "ahead of", "prior to"}
CLOCK_OK = {"at", "by", "before", "until", "till", "til", "around", "about"} | DEADLINE
WEAK_OK = CLOCK_OK | {"on", "for", "over", "during"}
DAY_SLOTS = {"rel", "wd", "date"}


def _prep_before(text: str, start: int) -> str:
    m = _PREP.search(text, max(0, start - 16), start)
    return re.sub(r"\s+", " ", m.group(1).lower()) if m else ""


def _num(word: str | None) -> int | None:
    if not word:
        return None
    w = re.sub(r"[\s-]+", " ", word.lower()).strip()
    return int(w) if w.isdigit() else NUMBERS.get(w)


def _weekday(name: str) -> int:
    if (typo := WEEKDAY_TYPOS.get(name.lower())) is not None:
        return typo
    return [d[:3].lower() for d in WEEKDAYS].index(name[:3].lower())


def _month(name: str) -> int:
    return [m[:3].lower() for m in MONTHS].index(name[:3].lower())


Builder = Callable[[re.Match[str], str], "_Atom | None"]


def _atom(m: re.Match[str], text: str, slot: str, value: _Value, weak: bool = False) -> _Atom:
    return _Atom(slot, m.start(), m.end(), value, weak, _prep_before(text, m.start()))


def _void(m: re.Match[str], text: str) -> _Atom:
    return _atom(m, text, "void", None)


# Past references: they sink the mention they belong to.
PAST_RE = re.compile(
    r"\b(?:(?:the\s+)?day\s+before\s+yesterday|yesterday|last\s+(?:night|week|weekend|month"
    r"|year|time|term)|the\s+other\s+day|earlier\s+(?:today|on|this\s+\w+)"
    r"|this\s+time\s+last\s+\w+|in\s+(?:19|20)\d\d"
    rf"|(?:{NUM}|\d+|few)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)\b",
    I,
)

REL_DAY_RE = re.compile(
    rf"\b(?:(?P<dat>(?:the\s+)?day\s+after\s+{_alternation(TOMORROW)})|(?P<later>later\s+today)"
    rf"|(?P<today>today)|(?P<tom>{_alternation(TOMORROW)}))\b",
    I,
)


def _rel_day(m: re.Match[str], text: str) -> _Atom:
    if m["dat"]:
        return _atom(m, text, "rel", _Day(offset=2))
    if m["tom"]:
        return _atom(m, text, "rel", _Day(offset=1))
    return _atom(m, text, "rel", _Day(offset=0, mode="later" if m["later"] else ""))


WEEKDAY_RE = re.compile(
    r"\b(?:(?P<mod>next|this\s+coming|this|coming|last|past|previous)\s+)?" + WD + r"(?P<pl>s)?\b",
    I,
)


WORD_ABBREVIATIONS = {"mon", "wed", "sat", "sun"}  # also words ("mon" is slang for man)


def _weekday_atom(m: re.Match[str], text: str) -> _Atom | None:
    name, mod = m["wd"], (m["mod"] or "").lower()
    if name.lower() in WORD_ABBREVIATIONS and not name[0].isupper():
        return None  # "sat", "wed", "sun" in lower case are words, not days
    if len(name) < 6 and not (mod or _prep_before(text, m.start()) or _digit_after(text, m.end())):
        return None  # "Sat down", "Sun is out": an abbreviation needs "on", "by", a date
    if m["pl"] or mod in ("last", "past", "previous"):
        return _void(m, text)  # "Mondays" recur; "last Monday" has gone
    return _atom(m, text, "wd", _Day(weekday=_weekday(name), mode="next" if mod == "next" else ""))


def _digit_after(text: str, end: int) -> bool:
    return bool(re.match(r"\s*(?:the\s+)?\d", text[end : end + 8], I))


YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
D_MONTH_RE = re.compile(
    r"\b(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+" + MON + r"\b\.?" + YEAR, I
)
MONTH_D_RE = re.compile(
    r"\b" + MON + r"\.?\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b" + YEAR, I
)
ORDINAL_RE = re.compile(r"\b(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b", I)
NUMERIC_DATE_RE = re.compile(
    r"(?<![\w/.:£$€-])(?P<d>[0-3]?\d)(?P<s>[/.-])(?P<m>[01]?\d)"
    r"(?:(?P=s)(?P<y>\d{4}|\d{2}))?(?![\w/%]|[.:-]\d)"
)
ISO_DATE_RE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
ORDINAL_NOUN = re.compile(
    r"\s+(?:floor|times?|century|birthday|anniversary|edition|place|attempt|version|row|page"
    r"|line|street|year|grade|generation|item|person|caller|try|go|day|week)\b",
    I,
)
SCORE_BEFORE = re.compile(r"\b(?:rated?|rating|scored?|gave|give|marks?)\s+(?:\w+\s+)?$", I)


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    return int(raw) + 2000 if len(raw) == 2 else int(raw)


def _date_atom(m: re.Match[str], text: str, weak: bool = False) -> _Atom | None:
    day, month = int(m["d"]), (_month(m["mon"]) + 1 if "mon" in m.re.groupindex else None)
    if "m" in m.re.groupindex:
        month = int(m["m"])
    if not 1 <= day <= 31 or (month is not None and not 1 <= month <= 12):
        return None
    return _atom(m, text, "date", _Day(day=day, month=month, year=_year(m["y"])), weak)


def _month_day(m: re.Match[str], text: str) -> _Atom | None:
    if m["mon"] == "may":
        return None  # "you may 2 ..." - the verb, not the month
    return _date_atom(m, text)


def _ordinal(m: re.Match[str], text: str) -> _Atom | None:
    if ORDINAL_NOUN.match(text, m.end()):
        return None  # "the 14th floor", "the 3rd time"
    return (
        _atom(m, text, "date", _Day(day=int(m["d"])), weak=True) if 1 <= int(m["d"]) <= 31 else None
    )


def _numeric_date(m: re.Match[str], text: str) -> _Atom | None:
    if not m["y"] and m["s"] != "/":
        return None  # "3.30" is a time, "9-5" a range
    if not m["y"] and (m["d"], m["m"]) == ("24", "7"):
        return None
    if SCORE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None  # "rated it 10/10"
    strong = bool(m["y"]) or int(m["d"]) > 12 or (len(m["d"]) == 2 and len(m["m"]) == 2)
    if not strong and _prep_before(text, m.start()) != "on":
        return None  # "1/2", "by 3/4", "about 1/2 of": fractions unless "on 1/2"
    return _date_atom(m, text, weak=not strong)


CLOCK_RE = re.compile(
    r"(?<![\w£$€#.,:/])(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>\d\d))?"
    r"(?:\s*" + AMPM + r"|\s*(?P<oc>o['’]?\s?clock)\b)?(?![\w:/%£$€]|[.,]\d)",
    I,
)
UNIT_AFTER = re.compile(
    r"\s*(?:%|percent|per\b|x\b|p\b|pence|quid|pounds?|dollars?|euros?|files?|people|users?"
    r"|items?|pages?|copies|times?|computers?|laptops?|printers?|machines?|devices?|emails?"
    r"|messages?|documents?|photos?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?"
    r"|seconds?|secs?|gb|mb|kb|tb|ghz|mhz|inch(?:es)?|cm|mm|kg|feet|foot|metres?|meters?|miles?"
    r"|degrees?|points?|stars?|of\b|out\s+of|or\s+\d|-\s*\d|to\s+\d|and\s+\d|[/.,]\d)",
    I,
)
MATH_BEFORE = re.compile(
    r"\b(?:up|down|increased|decreased|reduced|rose|fell|grew|dropped|divided|multiplied"
    r"|cut|raised|lowered|stuck|set|capped|priced|sold|aged?|level|page|number|version|volume"
    r"|zoom|size|font|speed|rated?|\d+)\s+(?:by|at|to)\s+$",
    I,
)
RANGE_BEFORE = re.compile(r"\d(?:\s*[ap]\.?m\.?)?\s*(?:-|–|—|to|till|until|and)\s*$", I)


def _clock(m: re.Match[str], text: str) -> _Atom | None:
    h, mins, sep, ap = int(m["h"]), int(m["m"] or 0), m["sep"], m["ap"]
    if mins > 59 or h > 23:
        return None
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap[0].lower() == "p" else 0)
        return _atom(m, text, "clock", _Clock(h * 60 + mins, True, mins > 0))
    exact = h > 12 or h == 0 or (sep == ":" and m["h"].startswith("0"))
    strong = sep == ":" or bool(m["oc"])
    if not exact and not 1 <= h <= 12:
        return None
    if not strong and _looks_like_a_number(m, text):
        return None
    return _atom(m, text, "clock", _Clock(h * 60 + mins, exact, mins > 0), weak=not strong)


def _looks_like_a_number(m: re.Match[str], text: str) -> bool:
    before = text[max(0, m.start() - 24) : m.start()]
    return bool(
        UNIT_AFTER.match(text, m.end()) or MATH_BEFORE.search(before) or RANGE_BEFORE.search(before)
    )


WORD_CLOCK_RE = re.compile(
    r"\b(?:(?P<q>half|quarter|twenty[\s-]five|twenty|ten|five|\d{1,2})(?:\s+minutes)?\s+"
    rf"(?P<dir>past|to)\s+(?P<h>{HOURW}|\d{{1,2}})|half\s+(?P<h2>{HOURW})"
    rf"|(?P<h3>{HOURW})\s+o['’]?\s?clock)\b",
    I,
)
QUARTERS = {"half": 30, "quarter": 15}


def _word_clock(m: re.Match[str], text: str) -> _Atom | None:
    if m["h3"]:
        return _atom(m, text, "clock", _Clock((_num(m["h3"]) or 0) * 60, False, False))
    if m["h2"]:  # UK "half two" = 2:30
        return _atom(m, text, "clock", _Clock((_num(m["h2"]) or 0) * 60 + 30, False, True), True)
    q = m["q"].lower()
    past = QUARTERS.get(q) or _num(q)
    hour = _num(m["h"])
    if past is None or hour is None or not 1 <= hour <= 12 or past >= 60:
        return None
    if m["dir"].lower() == "to":
        if q.isdigit():
            return None  # "5 to 6" is a range
        hour, past = (hour - 1) or 12, 60 - past
    return _atom(m, text, "clock", _Clock(hour * 60 + past, False, True))


NOON_RE = re.compile(r"\b(?:12\s+)?(?P<w>noon|midday|mid-day|midnight)\b", I)


def _noon(m: re.Match[str], text: str) -> _Atom:
    if m["w"].lower() == "midnight":
        return _atom(m, text, "clock", _Clock(24 * 60, True, False))
    return _atom(m, text, "part", _Part("noon"))


PART_RE = re.compile(
    r"\b(?P<end>(?:the\s+)?end\s+of\s+)?"
    r"(?:(?P<this>this)\s+|(?P<inthe>in\s+the|during\s+the)\s+|the\s+)?"
    r"(?P<p>morning|afternoon|evening|night|arvo)(?P<pl>s)?\b",
    I,
)
PART_NAMES = {"arvo": "afternoon"}


def _part(m: re.Match[str], text: str) -> _Atom:
    if m["pl"]:
        return _void(m, text)  # "mornings" recur
    name = m["p"].lower()
    name = PART_NAMES.get(name, name)
    if m["this"]:
        return _atom(m, text, "part", _Part(name, today=True))
    return _atom(
        m, text, "part", _Part(name, end=bool(m["end"])), weak=not (m["inthe"] or m["end"])
    )


TONIGHT_RE = re.compile(r"\b(?:tonight|tonite|2nite)\b", I)
FIRST_RE = re.compile(r"(?<!the )\bfirst\s+thing(?:\s+in\s+the\s+morning)?\b", I)
LUNCH_RE = re.compile(r"\blunch(?:\s*time)?\b", I)
EOD_RE = re.compile(
    # "e.o.d." keeps its last dot; "EOD." ends a sentence
    r"\b(?:(?:e\.o\.[dp]|c\.o\.b)\b\.?|e\.?o\.?[dp]\b|c\.?o\.?b\b|close\s+of\s+(?:business|play)"
    r"|end\s+of\s+(?:the\s+)?(?:working\s+|business\s+)?day|end\s+of\s+(?:play|business)"
    rf"|end\s+of(?=\s+(?:today|tomorrow|this\s+{WD.replace('?P<wd>', '?:')})))",
    I,
)


# A cob is also a bread roll: "a cob roll", "two cheese cobs", "I HAD A COB FOR LUNCH".
COB_BREAD_BEFORE = re.compile(
    r"\b(?:a|the|one|two|three|this|that|my|his|her|cheese|ham|bacon|sausage|egg|brown|white"
    r"|crusty|bread|corn)\s+$",
    I,
)
COB_BREAD_AFTER = re.compile(r"\s*(?:rolls?|loaf|loaves|bread|nuts?|of\s+corn)\b", I)
# "At the end of the day, ..." and "but at the end of the day it's ..." open a clause as a
# figure of speech; "I need it at the end of the day, please" is a time.
IDIOM_BEFORE = re.compile(
    r"(?:^|[.!?;:,(\n—–-]\s*|\b(?:but|and|so|because|though|although|well|honestly|look|yes"
    r"|no|ok|okay|still|yet|really)\s+)at\s+the\s+$",
    I,
)
IDIOM_AFTER = re.compile(
    r"\s*,|\s+(?:it|it['’]s|its|i|i['’]m|we|we['’]re|you|you['’]re|they|they['’]re|he|she"
    r"|this|that|that['’]s|there|there['’]s|what|all|everyone|everybody|nobody|people)\b",
    I,
)


def _eod(m: re.Match[str], text: str) -> _Atom | None:
    word = m.group(0)
    if word.lower().replace(".", "") == "cob":
        if COB_BREAD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None
        if COB_BREAD_AFTER.match(text, m.end()):
            return None
        spelled = "." in word or word.isupper()
        if not spelled and _prep_before(text, m.start()) not in DEADLINE | {"until", "till"}:
            return None  # lower-case "cob" counts only as "by cob", "before cob"
    idiom = word[:3].lower() == "end" and IDIOM_AFTER.match(text, m.end())
    if idiom and IDIOM_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None  # "at the end of the day, ..." is a figure of speech
    return _atom(m, text, "part", _Part("eod"))


WEEK_RE = re.compile(
    r"\b(?:(?:the\s+)?end\s+of\s+(?P<w1>the|this|next)\s+(?P<u1>week|month)"
    r"|(?P<later>later\s+this\s+week)|(?P<m2>this(?:\s+coming)?|next|coming)\s+(?P<u2>weekend|week)"
    r"|(?:the\s+)?(?P<we>weekend)(?P<pl>s)?)\b",
    I,
)


def _week(m: re.Match[str], text: str) -> _Atom:
    if m["pl"]:
        return _void(m, text)
    if m["we"]:
        return _atom(m, text, "week", _Week("weekend"), weak=True)
    if m["later"]:
        return _atom(m, text, "week", _Week("this_week"))
    if m["u1"]:
        nxt = "next_" if m["w1"].lower() == "next" else ""
        return _atom(m, text, "week", _Week(f"end_{nxt}{m['u1'].lower()}"))
    nxt = "next_" if m["m2"].lower() == "next" else "this_"
    name = f"{nxt}{m['u2'].lower()}".replace("this_weekend", "weekend")
    return _atom(m, text, "week", _Week(name))


RELATIVE_RE = re.compile(
    r"\b(?:in|within)\s+(?:(?:less|under|no\s+more)\s+than\s+|under\s+|about\s+|around\s+)?"
    r"(?P<next>the\s+next\s+)?(?:(?P<hh>half\s+an?\s+hour)|(?P<th>the\s+hour)"
    rf"|(?P<n>\d{{1,3}}|{NUM}|a\s+few|few)?\s*(?P<unit>minutes?|mins?|hours?|hrs?|days?|weeks?)"
    r"(?P<ah>\s+and\s+a\s+half)?)\b",
    I,
)
RATE_BEFORE = re.compile(r"\b(?:times?|once|twice|\d+x|up\s+to)\s+$", I)


def _relative(m: re.Match[str], text: str) -> _Atom | None:
    if RATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "five times in an hour" is a rate
    if m["hh"]:
        return _atom(m, text, "relative", _Rel(minutes=30))
    if m["th"]:
        return _atom(m, text, "relative", _Rel(minutes=60, precision="hour"))
    n = _num(m["n"]) if m["n"] else (1 if m["next"] else None)
    if not n:
        return None  # "within hours", "in a few minutes" are too vague
    unit, half = m["unit"][0].lower(), bool(m["ah"])
    if unit == "m":
        return _atom(m, text, "relative", _Rel(minutes=n))
    if unit == "h":
        mins = n * 60 + (30 if half else 0)
        return _atom(
            m, text, "relative", _Rel(minutes=mins, precision="minute" if half else "hour")
        )
    days = n if unit == "d" else 7 * n
    return _atom(m, text, "relative", _Rel(days=days, precision="day" if unit == "d" else "week"))


DETERMINER = r"(?:the|my|our|his|her|their|your|this|that|a|an)"
EVENT_RE = re.compile(
    r"\b(?P<trig>before|for|ahead\s+of|in\s+time\s+for|prior\s+to|until|till|by)\s+"
    rf"{DETERMINER}\s+(?:[a-z'’-]+\s+){{0,2}}?(?P<ev>{EV})(?:e?s)?\b",
    I,
)
THANKS_BEFORE = re.compile(r"\bthank(?:s|\s+you)(?:\s+(?:so|very)\s+much)?\s+$", I)


def _event(m: re.Match[str], text: str) -> _Atom | None:
    trig = re.sub(r"\s+", " ", m["trig"].lower())
    if trig == "for" and THANKS_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None  # "thanks for the call"
    return _atom(m, text, "event", _Event(_event_name(m["ev"]), trig))


def _event_name(word: str) -> str:
    return EVENTS[re.sub(r"[\s-]+", " ", word.lower())]


def _simple(slot: str, value: _Value) -> Builder:
    def build(m: re.Match[str], text: str) -> _Atom:
        return _atom(m, text, slot, value)

    return build


# The words a finder's matches can begin with, in lower case: each pattern is tried only where
# one of these words (or the same with an "s": "Mondays") begins, rather than at every position
# of the text, which keeps a long message fast. "#" stands for a word beginning with a digit.
NUM_FIRST: tuple[str, ...] = tuple(sorted({w.split()[0] for w in NUMBERS}))
DAY_FIRST: tuple[str, ...] = (*(d.lower() for d in WEEKDAYS), *WEEKDAY_TYPOS)
DAY_FIRST += ("mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun")
MONTH_FIRST: tuple[str, ...] = (*(m.lower() for m in MONTHS), "febuary", "feburary")
MONTH_FIRST += ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
PAST_FIRST: tuple[str, ...] = (
    "the", "day", "yesterday", "last", "earlier", "this", "in", "few", "#", *NUM_FIRST,
)  # fmt: skip
PART_FIRST: tuple[str, ...] = (
    "this", "in", "during", "the", "end", "morning", "afternoon", "evening", "night", "arvo",
)  # fmt: skip
EVENT_FIRST: tuple[str, ...] = ("before", "for", "ahead", "in", "prior", "until", "till", "by")
EOD_FIRST = ("e", "eo", "eod", "eop", "c", "co", "cob", "close", "end")  # e.o.d, eo.d, c.o.b
FINDERS: tuple[tuple[re.Pattern[str], Builder, tuple[str, ...]], ...] = (
    (PAST_RE, _void, PAST_FIRST),
    (REL_DAY_RE, _rel_day, ("the", "day", "later", "today", "#", *TOMORROW)),
    (WEEKDAY_RE, _weekday_atom, ("next", "this", "coming", "last", "past", "previous", *DAY_FIRST)),
    (ISO_DATE_RE, _date_atom, ("#",)),
    (D_MONTH_RE, _date_atom, ("the", "#")),
    (MONTH_D_RE, _month_day, MONTH_FIRST),
    (ORDINAL_RE, _ordinal, ("the", "#")),
    (NUMERIC_DATE_RE, _numeric_date, ("#",)),
    (CLOCK_RE, _clock, ("#",)),
    (WORD_CLOCK_RE, _word_clock, ("half", "quarter", "twenty", "ten", "five", "#", *HOUR_WORDS)),
    (NOON_RE, _noon, ("noon", "mid", "midday", "midnight", "#")),
    (PART_RE, _part, PART_FIRST),
    (TONIGHT_RE, _simple("part", _Part("night", today=True)), ("tonight", "tonite", "#")),
    (FIRST_RE, _simple("part", _Part("first")), ("first",)),
    (LUNCH_RE, lambda m, text: _atom(m, text, "part", _Part("lunch"), weak=True), ("lunch",)),
    (EOD_RE, _eod, EOD_FIRST),
    (WEEK_RE, _week, ("the", "end", "later", "this", "next", "coming", "weekend")),
    (RELATIVE_RE, _relative, ("in", "within")),
    (EVENT_RE, _event, EVENT_FIRST),
)


def _first_word_index() -> dict[str, tuple[tuple[re.Pattern[str], Builder], ...]]:
    index: dict[str, list[int]] = {}
    for i, (_, _, firsts) in enumerate(FINDERS):
        for first in firsts:
            for word in (first, f"{first}s", *(("lunchtime",) if first == "lunch" else ())):
                if i not in index.setdefault(word, []):
                    index[word].append(i)
    return {word: tuple(FINDERS[i][:2] for i in ids) for word, ids in index.items()}


FIRST_WORDS = _first_word_index()
WORDS_SPLIT = re.compile(r"(\w+)")  # text, word, text, word, ..., text
NUMBER_START = re.compile(r"\d(?<!\w\d)")  # the first digit of a word
# "the" is common and starts six finders: try them only when the next word could follow it.
THE_TIME = re.compile(r"the\s+(?:day|other|\d|morning|afternoon|evening|night|arvo|end|weekend)", I)
PUNCTUATION_BREAK = re.compile(r"[.!?;:](?=\s|$)|[!?;\n,]")
CONJUNCTIONS = frozenset(
    "but and so because though although whereas however then".split()  # noqa: SIM905 - a word list reads better as words
)


@dataclass(frozen=True)
class _Breaks:
    """Where the clauses of a text meet: punctuation and joining words, in text order."""

    starts: list[int]
    ends: list[int]

    def left(self, position: int, reach: int) -> int:
        """The end of the last break before `position`, looking back at most `reach`."""
        i = bisect_right(self.ends, position) - 1
        lowest = max(0, position - reach)
        return self.ends[i] if i >= 0 and self.starts[i] >= lowest else lowest

    def right(self, position: int, reach: int, length: int) -> int:
        """The start of the first break after `position`, looking ahead at most `reach`."""
        i = bisect_left(self.starts, position)
        if i < len(self.starts) and self.ends[i] <= position + reach:
            return self.starts[i]
        return min(length, position + reach)


def _scan(text: str) -> tuple[list[_Atom], _Breaks]:
    """Every piece of a time in the text (the longest where two overlap) and the clause breaks.

    The text is cut into words once; only words that can begin a piece are looked at further.
    """
    parts = WORDS_SPLIT.split(text)
    words = parts[1::2]
    lowered = " ".join(words).lower().split(" ")
    if len(lowered) != len(words):  # never expected (no lower case letter is a space): be safe
        lowered = [word.lower() for word in words]
    starts = list(accumulate(map(len, parts)))[0::2]  # starts[i]: where word i begins
    candidates = [
        (starts[i], lowered[i])
        for i in compress(range(len(words)), map(FIRST_WORDS.__contains__, lowered))
    ]
    candidates += [(m.start(), "#") for m in NUMBER_START.finditer(text)]
    candidates.sort()
    found: list[_Atom] = []
    for at, word in candidates:
        if word == "the" and not THE_TIME.match(text, at):
            continue
        for pattern, build in FIRST_WORDS[word]:
            if (m := pattern.match(text, at)) and (atom := build(m, text)) is not None:
                found.append(atom)
    found.sort(key=lambda a: (a.start, a.start - a.end))
    kept: list[_Atom] = []
    for atom in found:
        if not kept or atom.start >= kept[-1].end:
            kept.append(atom)
    cuts = [(m.start(), m.end()) for m in PUNCTUATION_BREAK.finditer(text)]
    joins = compress(range(len(words)), map(CONJUNCTIONS.__contains__, lowered))
    cuts += [(starts[i], starts[i] + len(words[i])) for i in joins]
    cuts.sort()
    return kept, _Breaks([a for a, _ in cuts], [b for _, b in cuts])


# --- Grouping atoms into mentions -------------------------------------------------------------
CONNECTOR = re.compile(r"[\s,]*(?:(?:at|on|by|around|about|of|the)[\s,]+)*", I)
RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|till|until|through|thru|and)\s*", I)


def _joins(group: list[_Atom], atom: _Atom, text: str) -> bool:
    gap = text[group[-1].end : atom.start]
    if len(gap) > 16 or not CONNECTOR.fullmatch(gap):
        return False
    slots = {a.slot for a in group}
    if atom.slot in slots and atom.slot != "void":
        return False
    core = (slots | {atom.slot}) - {"void", "event"}
    if "relative" in core and core != {"relative"}:
        return False
    if "week" in core and not core <= {"week", "wd"}:
        return False
    if atom.slot == "clock" and atom.weak and atom.prep not in CLOCK_OK:
        return group[-1].slot in DAY_SLOTS | {"part"} and not gap.strip(" ,")
    return True


def _groups(atoms: list[_Atom], text: str) -> list[list[_Atom]]:
    groups: list[list[_Atom]] = []
    for atom in atoms:
        if groups and _joins(groups[-1], atom, text):
            groups[-1].append(atom)
        elif not (atom.slot == "clock" and atom.weak and atom.prep not in CLOCK_OK):
            groups.append([atom])
    return _drop_ranges(groups, text)


def _drop_ranges(groups: list[list[_Atom]], text: str) -> list[list[_Atom]]:
    """'9am to 5pm', 'Monday-Friday', 'between 2pm and 4pm' are spans of time, not deadlines."""
    dropped: set[int] = set()
    for i in range(len(groups) - 1):
        gap = text[groups[i][-1].end : groups[i + 1][0].start]
        m = RANGE_GAP.fullmatch(gap)
        if m and ("and" not in gap.lower() or groups[i][0].prep == "between"):
            dropped |= {i, i + 1}
    return [g for i, g in enumerate(groups) if i not in dropped]


def _licensed(atom: _Atom, group: list[_Atom]) -> bool:
    if not atom.weak:
        return True
    if atom.slot == "clock":
        return True  # joined only with its own preposition or straight after a day
    if atom.prep in WEAK_OK:
        return True
    return atom.slot == "part" and any(a.slot in DAY_SLOTS and not a.weak for a in group)


# --- Resolving a group to a datetime ----------------------------------------------------------
@dataclass(frozen=True)
class _When:
    due: datetime
    precision: str
    current: bool = False  # the period named is already under way ("today", "this morning")


def _utc(moment: datetime) -> datetime:
    """For comparing: datetimes sharing a tzinfo compare by wall clock, wrong around a fold."""
    return moment.astimezone(UTC)


def _at(d: date, minutes: int, now: datetime) -> datetime:
    return datetime.combine(d, time(0), tzinfo=now.tzinfo) + timedelta(minutes=minutes)


def _get(group: dict[str, _Atom], slot: str) -> _Value:
    atom = group.get(slot)
    return atom.value if atom else None


def _resolve(group: dict[str, _Atom], now: datetime, prefix: str) -> _When | None:
    rel, week = _get(group, "relative"), _get(group, "week")
    if isinstance(rel, _Rel):
        return _relative_due(rel, now)
    if isinstance(week, _Week) and "wd" not in group:
        return _week_due(week.name, prefix, now)
    dates = _dates(group, now, week if isinstance(week, _Week) else None)
    if dates is not None and not dates:
        return None
    return _choose(group, dates, now)


def _relative_due(rel: _Rel, now: datetime) -> _When:
    if rel.days:
        return _When(_at(now.date() + timedelta(days=rel.days), DAY_END, now), rel.precision)
    due = (now.astimezone(UTC) + timedelta(minutes=rel.minutes)).astimezone(now.tzinfo)
    return _When(due, rel.precision)


def _week_due(name: str, prefix: str, now: datetime) -> _When | None:
    today = now.date()
    monday = today - timedelta(days=today.weekday())
    if name == "weekend" and prefix == "before":
        name = "this_week"
    if name == "weekend" and today.weekday() >= 5:
        return _When(_at(monday + timedelta(days=6), 21 * 60, now), "week", current=True)
    if name in ("end_month", "end_next_month"):
        return _When(_at(_month_end(today, name == "end_next_month"), DAY_END, now), "day")
    table = {
        "this_week": (4, DAY_END),
        "end_week": (4, DAY_END),
        "next_week": (7, 9 * 60),
        "end_next_week": (11, DAY_END),
        "weekend": (5, 9 * 60),
        "next_weekend": (12, 9 * 60),
    }
    days, minutes = table[name]
    return _When(
        _at(monday + timedelta(days=days), minutes, now), "week", name in ("this_week", "end_week")
    )


def _month_end(today: date, following: bool) -> date:
    first = today.replace(day=1)
    for _ in range(2 if following else 1):
        first = (first + timedelta(days=32)).replace(day=1)
    return first - timedelta(days=1)


def _dates(group: dict[str, _Atom], now: datetime, week: _Week | None) -> list[date] | None:
    """The days the mention may fall on, or None when it names no day."""
    today = now.date()
    day, rel, wd = _get(group, "date"), _get(group, "rel"), _get(group, "wd")
    if isinstance(day, _Day):
        found = _calendar_date(day, today)
        return [found] if found else []
    if isinstance(rel, _Day) and rel.offset is not None:
        return [today + timedelta(days=rel.offset)]
    if isinstance(wd, _Day) and wd.weekday is not None:
        return _weekday_dates(wd, today, week)
    return None


def _weekday_dates(wd: _Day, today: date, week: _Week | None) -> list[date]:
    assert wd.weekday is not None  # noqa: S101 - narrowed by the caller
    monday = today - timedelta(days=today.weekday())
    if week and week.name.startswith("next"):
        return [monday + timedelta(days=7 + wd.weekday)]
    if wd.mode == "next":
        target = monday + timedelta(days=7 + wd.weekday)
        return [target + timedelta(days=7) if (target - today).days <= 1 else target]
    ahead = today + timedelta(days=(wd.weekday - today.weekday()) % 7)
    return [ahead, ahead + timedelta(days=7)]


def _calendar_date(day: _Day, today: date) -> date | None:
    assert day.day is not None  # noqa: S101 - a date atom always has its day
    try:
        if day.month is None:
            return _day_of_month(day.day, today)
        found = date(day.year or today.year, day.month, day.day)
        if day.year is None and found < today:
            found = date(today.year + 1, day.month, day.day)
        return found
    except ValueError:
        return None


def _day_of_month(dom: int, today: date) -> date | None:
    if dom >= today.day:
        return today.replace(day=dom)
    following = (today.replace(day=1) + timedelta(days=32)).replace(day=dom)
    return following if (following - today).days <= ORDINAL_ROLL_DAYS else None


def _choose(group: dict[str, _Atom], dates: list[date] | None, now: datetime) -> _When | None:
    clock, part = _get(group, "clock"), _get(group, "part")
    part = part if isinstance(part, _Part) else None
    today = now.date()
    if isinstance(clock, _Clock):
        offsets, ambiguous = _clock_offsets(clock, part), not clock.exact
        precision = "minute" if clock.precise else "hour"
    elif part:
        offsets, ambiguous, precision = [PARTS[part.name][0]], False, "part_of_day"
    else:
        offsets, ambiguous, precision = [DAY_END], False, "day"
    if dates is None:
        dates = _default_dates(clock if isinstance(clock, _Clock) else None, part, now)
    due = _earliest_future(dates, offsets, ambiguous, now)
    if due is None and dates == [today] and _late_ok(group, part):
        due = late if _utc(now) < _utc(late := _at(today, LATE, now)) else None
    if due is None:
        return None
    return _When(due, precision, _is_current(due, precision, part, now))


def _clock_offsets(clock: _Clock, part: _Part | None) -> list[int]:
    if clock.exact or clock.minutes >= 12 * 60:
        return [clock.minutes]
    if part and part.name in PM_PARTS:
        return [clock.minutes + 12 * 60]
    if part and part.name in ("morning", "first"):
        return [clock.minutes]
    return [clock.minutes, clock.minutes + 12 * 60]


def _default_dates(clock: _Clock | None, part: _Part | None, now: datetime) -> list[date]:
    today = now.date()
    both = [today, today + timedelta(days=1)]
    if part and part.today:
        return [today]
    if clock:
        return both if (not clock.exact or part) else [today]
    if part and part.name == "morning" and not part.end:
        return [today] if now.hour < 6 else both[1:]
    if part and (part.end or part.name in ("afternoon", "evening", "night", "first")):
        return both
    return [today]


def _earliest_future(
    dates: list[date], offsets: list[int], ambiguous: bool, now: datetime
) -> datetime | None:
    after = _utc(now)
    future = [due for d in dates for off in offsets if _utc(due := _at(d, off, now)) > after]
    if ambiguous:
        lo, hi = PLAUSIBLE
        future = [d for d in future if lo <= d.hour * 60 + d.minute <= hi] or future
    return min(future, key=_utc, default=None)


def _late_ok(group: dict[str, _Atom], part: _Part | None) -> bool:
    """'today', 'tonight' and 'by end of day' stay today even late in the evening."""
    if "clock" in group:
        return False
    if part:
        return part.name in ("eod", "night") or (part.name == "evening" and part.today)
    return "rel" in group


def _is_current(due: datetime, precision: str, part: _Part | None, now: datetime) -> bool:
    if due.date() != now.date():
        return False
    if precision == "day":
        return True
    if precision == "part_of_day" and part:
        start = PARTS[part.name][1]
        return start is not None and now.hour * 60 + now.minute >= start
    return False


# --- Reading the clause around a mention ------------------------------------------------------
FUTURE = re.compile(
    r"\b(?:need|needs|needing|must|can(?!['’]t)|could|will|shall|should|would|going\s+to|gonna"
    r"|have\s+to|has\s+to|got\s+to|gotta|please|pls|plz|want|wants|hope|hoping|able|possible"
    r"|deadline|due|asap|urgent|urgently|ready|in\s+time|let\s+me\s+know|i\s+have|i['’]ve\s+got"
    r"|we\s+have|we['’]ve\s+got|there['’]?s\s+an?|is\s+at|is\s+on|starts?|begins?|arrive|arrives"
    r"|arriving|leave|leaves|leaving|upcoming|expecting|by|before)\b|['’](?:ll|d)\b",
    I,
)
RECURRING = re.compile(
    r"\b(?:every|each|always|usually|normally|often|keeps?|whenever|daily|nightly|weekly"
    r"|sometimes|regularly|most\s+days)\b",
    I,
)
PAST_VERBS = set(
    """
    was were wasn't weren't wasnt werent did didn't didnt had hadn't went came broke broken
    froze frozen died quit began begun been ran fell saw said told lost sent rang took forgot
    wrote gave found thought knew made kept got couldn't couldnt wouldn't wouldnt woke swore
    threw stole spent sat stood heard paid brought bought caught taught met held
    """.split()  # noqa: SIM905 - a word list reads better as words
)
NOT_PAST_ED = set(
    """
    need needed booked scheduled planned supposed expected required arranged fixed sorted
    finished completed submitted filed signed printed delivered installed updated prepared
    organised organized invited registered enrolled allowed confirmed reserved due red bed shed
    led wed fed sled speed feed seed weed freed hundred sacred naked wicked tired worried
    stressed scared concerned confused interested pleased based closed locked panicked stuck ed
    """.split()  # noqa: SIM905 - a word list reads better as words
)
PASSIVE_BEFORE = {
    "am", "is", "are", "'m", "’m", "'re", "’re", "be", "being", "get", "getting", "feel",
    "feeling", "so", "very", "really", "too", "bit", "quite", "more", "most", "not", "it's",
    "it’s", "i'm", "i’m", "we're", "we’re", "they're", "you're", "that's", "all",
}  # fmt: skip
WORD = re.compile(r"[a-z][a-z'’]*", I)


def _clause(text: str, start: int, end: int, breaks: _Breaks) -> str:
    """The words around a mention up to the nearest clause break, without the mention."""
    left, right = breaks.left(start, 160), breaks.right(end, 160, len(text))
    return f"{text[left:start]} {text[end:right]}"


def _has_past_verb(clause: str) -> bool:
    previous = ""
    for m in WORD.finditer(clause):
        word = m.group(0).lower()
        if word in PAST_VERBS:
            return True
        regular = word.endswith("ed") and len(word) > 3 and word not in NOT_PAST_ED
        if regular and previous not in PASSIVE_BEFORE:
            return True
        previous = word
    return False


def _sure_future(group: dict[str, _Atom]) -> bool:
    """Names that can only point ahead: 'tomorrow', 'next Tuesday', '14 March 2027'."""
    rel, wd, day, week = (_get(group, s) for s in ("rel", "wd", "date", "week"))
    return (
        (isinstance(rel, _Day) and (rel.offset or 0) >= 1)
        or (isinstance(rel, _Day) and rel.mode == "later")
        or (isinstance(wd, _Day) and wd.mode == "next")
        or (isinstance(day, _Day) and day.year is not None)
        or (isinstance(week, _Week) and week.name.startswith(("next", "end_next")))
    )


def _reads_as_past(clause: str, group: dict[str, _Atom], deadline: bool, current: bool) -> bool:
    if RECURRING.search(clause):
        return True
    if deadline or FUTURE.search(clause) or _sure_future(group):
        return False
    return current or _has_past_verb(clause)


# --- Events next to a time --------------------------------------------------------------------
POSSESSIVE_EVENT = re.compile(rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?P<ev>{EV})(?:e?s)?\b", I)
ADJECTIVE_EVENT = re.compile(rf"\s+(?P<ev>{EV})\b", I)
EVENT_BEFORE = re.compile(rf"\b(?P<ev>{EV})(?:e?s)?\b(?:\s+[\w'’]+){{0,3}}\s*$", I)


# Occasions that are also verbs: "call me tomorrow", "I train staff on Monday". They are an
# occasion only after a determiner or a possessive: "a call tomorrow", "the 3pm call".
VERB_EVENTS = {"call", "train", "shift", "pitch"}
NOUN_BEFORE = re.compile(rf"(?:\b{DETERMINER}|['’]s)\s+(?:[\w'’-]+\s+){{0,2}}$", I)


def _is_noun(text: str, name: str, before: int) -> bool:
    return name not in VERB_EVENTS or bool(NOUN_BEFORE.search(text, max(0, before - 40), before))


def _nearby_event(text: str, start: int, end: int, breaks: _Breaks) -> tuple[str, int]:
    """An occasion named with the time, and where the mention's text should end."""
    if m := POSSESSIVE_EVENT.match(text, end):
        return _event_name(m["ev"]), m.end()
    if (m := ADJECTIVE_EVENT.match(text, end)) and _is_noun(text, _event_name(m["ev"]), start):
        return _event_name(m["ev"]), end
    pos = breaks.left(start, 60)
    while m := EVENT_BEFORE.search(text, pos, start):
        if _is_noun(text, name := _event_name(m["ev"]), m.start("ev")):
            return name, end
        pos = m.end("ev")
    return "", end


# --- Public interface -------------------------------------------------------------------------
def find_deadlines(text: str, *, now: datetime) -> list[TimeMention]:
    """Time pressure that points ahead of `now` (an aware datetime), in text order."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    atoms, breaks = _scan(text)
    found = [
        mention
        for group in _groups(atoms, text)
        if (mention := _mention(group, text, now, breaks)) is not None
    ]
    return _fill_events(found)


def _mention(atoms: list[_Atom], text: str, now: datetime, breaks: _Breaks) -> TimeMention | None:
    group = {a.slot: a for a in atoms}
    prefix = atoms[0].prep
    if "void" in group or prefix in BLOCKING:
        return None
    if not any(_licensed(a, atoms) for a in atoms):
        return None
    start, end = atoms[0].start, atoms[-1].end
    event = _get(group, "event")
    deadline = prefix in DEADLINE or (isinstance(event, _Event) and event.trigger in DEADLINE)
    when = _resolve(group, now, prefix) if set(group) - {"event"} else None
    if when is None and not isinstance(event, _Event):
        return None
    if when is not None and _utc(when.due) <= _utc(now):
        return None
    current = bool(when and when.current)
    if _reads_as_past(_clause(text, start, end, breaks), group, deadline, current):
        return None
    if atoms[0].slot == "clock" and atoms[0].weak and prefix == "at":
        start = len(text[:start].rstrip()) - 2  # keep "at" (any case) before a bare hour
    if isinstance(event, _Event):
        name = event.name
    else:
        name, end = _nearby_event(text, start, end, breaks)
    if when is None:
        return TimeMention(text[start:end], start, end, None, "event", name)
    return TimeMention(text[start:end], start, end, when.due, when.precision, name)


def _fill_events(mentions: list[TimeMention]) -> list[TimeMention]:
    """'before the closing' takes the closing's time when the message gives it elsewhere."""
    timed = {m.event: m for m in mentions if m.event and m.due is not None}
    return [
        replace(m, due=timed[m.event].due, precision=timed[m.event].precision)
        if m.due is None and m.event in timed
        else m
        for m in mentions
    ]


def due_within(mentions: list[TimeMention], *, now: datetime, hours: float) -> TimeMention | None:
    """The first mention due within `hours` of now (events without a time count as soon).

    A mention already overdue counts as due within any window.
    """
    limit = _utc(now) + timedelta(hours=hours)  # real hours, also across a clock change
    return next((m for m in mentions if m.due is None or _utc(m.due) <= limit), None)


def describe(mention: TimeMention, *, now: datetime) -> str:
    """Short plain words for people: "today at 15:00", "tomorrow at 9:00", "Monday 14 December",
    "this afternoon", "within the hour", "before the closing"."""
    if mention.due is None:
        return f"before the {mention.event}" if mention.event else "soon"
    when = _when_words(mention, mention.due.astimezone(now.tzinfo), now)
    return f"before the {mention.event}, {when}" if mention.event else when


def _when_words(mention: TimeMention, due: datetime, now: datetime) -> str:
    today = now.date()
    if mention.precision == "part_of_day":
        return _part_words(mention.text, due, today)
    if mention.precision == "week":
        return _week_words(due, today)
    if mention.precision == "day":
        return _day_words(due.date(), today)
    return _clock_words(mention.text, due, now)


def _day_words(d: date, today: date) -> str:
    if d == today:
        return "today"
    if d == today + timedelta(days=1):
        return "tomorrow"
    words = f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"
    return words if d.year == today.year else f"{words} {d.year}"


RELATIVE_TEXT = re.compile(r"^(?:in|within)\b", I)


def _clock_words(text: str, due: datetime, now: datetime) -> str:
    left = _utc(due) - _utc(now)
    if RELATIVE_TEXT.match(text) and timedelta(0) < left <= timedelta(hours=1):
        if "hour" in text.lower():
            return "within the hour"
        return f"in {-(-int(left.total_seconds()) // 60)} minutes"
    if due.hour == 0 and due.minute == 0 and due.date() == now.date() + timedelta(days=1):
        return "midnight tonight"
    return f"{_day_words(due.date(), now.date())} at {due.hour}:{due.minute:02d}"


PART_WORDS = (
    ("first", re.compile(r"first\s+thing", I)),
    ("night", re.compile(r"night|tonite|2nite", I)),
    ("morning", re.compile(r"morning", I)),
    ("lunch", re.compile(r"lunch", I)),
    ("afternoon", re.compile(r"afternoon|arvo", I)),  # before "noon", which it contains
    ("noon", re.compile(r"\bnoon|mid-?day", I)),
    ("evening", re.compile(r"evening", I)),
    ("eod", re.compile(r"e\.?o\.?[dp]|c\.?o\.?b|close|end\s+of", I)),
)
PART_BY_TIME = {9 * 60: "first", 12 * 60: "noon", 17 * 60: "afternoon", DAY_END: "eod"}


def _part_name(text: str, due: datetime) -> str:
    for name, pattern in PART_WORDS:
        if pattern.search(text):
            return name
    return PART_BY_TIME.get(due.hour * 60 + due.minute, "evening")


def _part_words(text: str, due: datetime, today: date) -> str:
    name, d = _part_name(text, due), due.date()
    if due.hour * 60 + due.minute == LATE:
        return "tonight" if name in ("night", "evening") else f"end of {_day_words(d, today)}"
    word = PARTS[name][2]
    if name in ("morning", "afternoon", "evening", "night"):
        if d == today:
            return "tonight" if name == "night" else f"this {word}"
        if d == today + timedelta(days=1):
            return f"tomorrow {word}"
        return f"{WEEKDAYS[d.weekday()]} {word}, {d.day} {MONTHS[d.month - 1]}"
    if name == "first":
        return f"first thing {_day_words(d, today)}"
    if name == "eod":
        return f"end of {_day_words(d, today)}"
    return f"{_day_words(d, today)} at {word}"


def _week_words(due: datetime, today: date) -> str:
    d = due.date()
    monday = today - timedelta(days=today.weekday())
    if d.weekday() >= 5:
        soon = (d - today).days < 7
        return "this weekend" if soon else f"the weekend of {_day_words(d, today)}"
    if d.weekday() == 4 and due.hour * 60 + due.minute == DAY_END:
        if d - monday < timedelta(days=7):
            return "by the end of this week"
        return f"by the end of the week ({_day_words(d, today)})"
    if d.weekday() == 0 and due.hour == 9:
        return (
            "next week"
            if d - monday == timedelta(days=7)
            else f"the week of {_day_words(d, today)}"
        )
    return _day_words(d, today)
