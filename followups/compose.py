"""Compose the closing explanation for one client: each worry answered first, in plain words,
an analogy from their field that fits what happened, what was done, the guide's steps, how
to prevent it, how to reach us.

The result is Markdown: it is what the technician previews and may edit, what the portal
shows, and what both e-mail versions are made from (rendered and sanitised for HTML, as is
for plain text, which Markdown was designed to read well as).

Every sentence that answers a worry is made from facts: the resolution (its data outcome,
cause, actions and prevention), when it was resolved, and what the client said (with the
time their deadline falls, when they gave one). Nothing is promised that those don't show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from empathy.engine import Glossary, GlossaryEntry, JargonHit
from empathy.engine.review import TARGET_GRADE, reading_grade
from empathy.engine.swap import swap_term
from empathy.engine.text import sentences
from empathy.engine.times import TimeMention, describe
from kb.markdown import plain_text, split_steps
from kb.models import Guide
from tickets.models import DataSafety, Resolution, Ticket

DATA_WORDS = {
    "phones": "photos and files",
    "email": "emails",
    "calendars": "appointments",
    "files": "files",
    "network-drives": "files",
    "backups": "files",
    "software": "documents",
}
WORRIED_ABOUT_DATA = {"yes", "not_sure"}
WORRY_ORDER = ("data_loss", "work_blocked", "deadline", "self_blame", "cost", "repeat")
WORRY_LABELS = {
    "data_loss": "Worried about losing data",
    "work_blocked": "Can't work",
    "deadline": "Has a deadline",
    "self_blame": "Blames themselves",
    "cost": "Losing money or customers",
    "repeat": "It happened before",
}
# A margin that lets us say "well before" their deadline.
WELL_BEFORE = timedelta(hours=3)
WORDS_WE_USED = "### Words we used"

# What the technician's own words say they did (followups.models.FixKind values), first found.
FIX_WORDS: dict[str, re.Pattern[str]] = {
    kind: re.compile(pattern, re.IGNORECASE)
    for kind, pattern in {
        "restored": r"\b(?:restored|recovered|undeleted|retrieved|put (?:it|them|the \w+|your \w+) "
        r"back|brought (?:it|them|\w+) back|got (?:it|them|\w+) back|moved (?:it|them|\w+) back)\b",
        "reconnected": r"\b(?:re-?mapped|re-?connected|re-?joined|re-?paired|re-?linked|mapped|"
        r"connected (?:it|them|\w+|your \w+) (?:again|back)|(?:restarted|reset) the router)\b",
        "access": r"\b(?:reset (?:your|the|her|his) password|new password|unlocked|new pin|"
        r"new code|re-?enabled (?:your|the) account)\b",
        "replaced": r"\b(?:replaced|swapped|re-?seated|refitted|new (?:cable|battery|part|toner|"
        r"cartridge|charger|disk|keyboard|mouse|screen))\b",
        "cleared": r"\b(?:cleared|emptied|freed up|made (?:room|space)|removed old|deleted old|"
        r"cleaned up)\b",
        "protected": r"\b(?:backup|back-up|backed up|second copy|blocked|quarantined|removed the "
        r"(?:virus|malware)|reported the (?:scam|message))\b",
        "settings": r"\b(?:changed (?:the|a|your|its) (?:setting|rule|address|default|output)|"
        r"setting|settings|rule|turned (?:off|on)|switched (?:off|on|to|back))\b",
    }.items()
}
# A cause that names something the client did: then we don't say it wasn't them.
USER_ACTION = re.compile(
    r"\b(?:you|she|he|they)\b[^.!?]{0,30}?\b(?:deleted|moved|dragged|clicked|pressed|typed|"
    r"turned off|switched off|unplugged|installed|dropped|spilled|renamed|saved over|"
    r"overwrote|emptied|entered|changed|removed|opened)\b|\bby (?:accident|mistake)\b|"
    r"\baccidental(?:ly)?\b|\b(?:user|human) error\b",
    re.IGNORECASE,
)
MEANWHILE = re.compile(
    r"\b(?:meanwhile|in the meantime|for now|until (?:then|the new|your new|it arrives|we))\b",
    re.IGNORECASE,
)
MONEY = re.compile(
    r"\b(?:charged?|charges|paid|payments?|refund\w*|invoices?|costs?|money|bank|card machine|"
    r"takings|sales|orders|customers|warranty|free of charge|no charge)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class AnalogyFacts:
    """An analogy with the facts it is true for (see followups.models.Analogy)."""

    text: str
    outcomes: frozenset[str]
    fix_kind: str = "any"

    def fits(self, *, safety: str, fix: str | None) -> bool:
        if safety not in self.outcomes:
            return False
        return fix is None or self.fix_kind in ("any", fix)


@dataclass(frozen=True)
class SaidWorry:
    """A worry the client showed, with the words (or intake answer) behind it."""

    kind: str
    evidence: str = ""
    where: str = ""  # how the technician's preview names its source
    strong: bool = True  # weak: the learned signal only, never asserted to the client


@dataclass(frozen=True)
class Deadline:
    """When the client needs it, read from their words or the intake form."""

    due: datetime | None  # None: an occasion with no time ("before the hearing")
    event: str = ""  # "closing", "hearing"...


@dataclass(frozen=True)
class ClientFacts:
    first_name: str
    comfort: str
    worries: tuple[str, ...]
    data_worry: str
    said: tuple[SaidWorry, ...] = ()
    deadline: Deadline | None = None

    def worry(self, kind: str) -> SaidWorry:
        found = next((said for said in self.said if said.kind == kind), None)
        return found or SaidWorry(kind)


@dataclass(frozen=True)
class WorryAnswer:
    """One sentence near the top answering one worry, and the facts it was made from."""

    kind: str
    label: str
    sentence: str
    source: str


@dataclass(frozen=True)
class Composition:
    subject: str
    markdown: str
    glossed_terms: list[str] = field(default_factory=list)  # headwords, taught once sent
    answers: list[WorryAnswer] = field(default_factory=list)
    analogy: str = ""


def data_words(ticket: Ticket) -> str:
    category = ticket.category.slug if ticket.category else ""
    return DATA_WORDS.get(category, "files")


def safety_paragraph(*, safety: str, words: str, worried: bool) -> str:
    """Say first, and honestly, what happened to their data."""
    if safety == DataSafety.SAFE:
        if worried:
            return (
                f"**First, the good news: your {words} were never lost.** "
                "They were safe the whole time."
            )
        return f"**Your {words} were safe throughout.** Nothing was lost."
    if safety == DataSafety.RECOVERED:
        opening = "I know how worrying this was. " if worried else ""
        return f"**{opening}Your {words} were at risk, and we got them back.**"
    if safety == DataSafety.LOST:
        return (
            f"**I'm sorry: not all of your {words} could be saved.** Below is what happened, "
            f"what we saved of your {words}, and how to keep it from happening again."
        )
    if worried:
        return f"**You don't need to worry about your {words}:** this problem never touched them."
    return "**None of your files or data were affected.**"


def fix_kind_of(text: str) -> str | None:
    """The kind of fix the technician's words describe (the first one they name), if any."""
    found = [
        (match.start(), kind)
        for kind, pattern in FIX_WORDS.items()
        if (match := pattern.search(text)) is not None
    ]
    return min(found)[1] if found else None


def choose_analogy(
    analogies: Sequence[AnalogyFacts], *, safety: str, fix: str | None
) -> AnalogyFacts | None:
    """An analogy true for this outcome and fix, preferring one that names this very fix."""
    fitting = [analogy for analogy in analogies if analogy.fits(safety=safety, fix=fix)]
    fitting.sort(key=lambda analogy: analogy.fix_kind == "any")
    return fitting[0] if fitting else None


# --- Plain words ---------------------------------------------------------------------------
@dataclass
class PlainWords:
    """The technician's words made plain for one client, and the terms that were."""

    glossary: Glossary
    comfort: str
    taught: frozenset[str]
    context: str = ""  # the technician's words as written
    introduced: dict[str, tuple[str, GlossaryEntry]] = field(default_factory=dict)

    def rewrite(self, text: str, *, on_screen: bool = False) -> str:
        """Each term this client may not know, on first use explained in brackets (for
        `new` clients, replaced) and afterwards replaced by the glossary's plain wording.
        `on_screen` text (a guide's steps) names what the client will see, so its terms are
        kept and explained in brackets instead."""
        text = text.strip()
        for _ in range(40):  # a wording that itself holds a term is made plain in turn
            hits = self._hits(text)
            if not hits:
                break
            hit = hits[0]
            entry = self.glossary.entry_for(hit.headword) or self.glossary.entry_for(hit.term)
            key = hit.headword.lower()
            first = key not in self.introduced
            if entry is not None and first:
                self.introduced[key] = (hit.term, entry)
            if on_screen or (first and self.comfort != "new"):
                text = f"{text[: hit.end]} ({fitted_wording(hit)}){text[hit.end :]}"
            else:
                changed = self._replace(text, hit)
                if changed == text:
                    break
                text = changed
        return text

    def _hits(self, text: str) -> list[JargonHit]:
        # Read with the technician's original words after it: an everyday-sounding term
        # ("server") is jargon in a technical explanation, however plain this part now is.
        found = self.glossary.find(
            f"{text}\n\n{self.context}", comfort=self.comfort, taught=self.taught, unlisted=False
        )
        return [hit for hit in found if hit.end <= len(text)]

    def _replace(self, text: str, hit: JargonHit) -> str:
        """The plain wording in place of this use of the term, fitted to its sentence."""
        cut = max(text.rfind(". ", 0, hit.start) + 1, text.rfind("\n", 0, hit.start) + 1, 0)
        head, tail = text[:cut], text[cut:]
        first = tail.lower().find(hit.term.lower())
        wording = fitted_wording(hit)
        if first == hit.start - cut:
            try:
                swapped = swap_term(tail, term=hit.term, plain=wording, glossary=self.glossary)
            except ValueError:
                # The wording can't stand in its place (a noun for a verb): explain it there.
                return f"{text[: hit.end]} ({wording}){text[hit.end :]}"
            if swapped != tail:
                return head + swapped
        before = re.search(r"\b(the|a|an|your|my|our|this|that)\s+$", text[: hit.start], re.I)
        if before and re.match(r"(?:the|a|an|your)\s", wording, re.I):
            wording = wording.split(" ", 1)[1]  # "the SMB share" -> "the shared drive"
        return text[: hit.start] + wording + text[hit.end :]

    def words_we_used(self) -> list[tuple[str, str, str]]:
        """(term as written, headword, its meaning) for each term made plain, in order."""
        listed = []
        for written, entry in self.introduced.values():
            listed.append((written, entry.term, self.meaning(written, entry)))
        return listed

    def meaning(self, written: str, entry: GlossaryEntry) -> str:
        """The entry's own definition, worded for the term as the client saw it: "two-factor
        authentication means…", never "two-factor authentication: MFA means…". A definition
        that needs other terms this client may not know gives way to the plain wording."""
        fitted = fitted_wording(JargonHit(written, entry.term, entry.plain, "", 0, 0))
        plain = fitted[:1].upper() + fitted[1:].rstrip(".") + "."
        explanation = definition_for(written, entry)
        if not explanation:
            return plain
        if reading_grade(explanation) > TARGET_GRADE.get(self.comfort, 8.0):
            return plain  # a definition harder to read than the letter it explains
        own = {entry.term.lower()}
        others = [
            hit
            for hit in self.glossary.find(explanation, comfort=self.comfort, unlisted=False)
            if hit.headword.lower() not in own and hit.headword.lower() not in self.taught
        ]
        return plain if others else explanation


IRREGULAR_PAST = {"send": "sent", "put": "put", "set": "set", "make": "made", "keep": "kept"}


def fitted_wording(hit: JargonHit) -> str:
    """The plain wording in the tense the technician used: "remapped" is "reconnected", not
    "reconnect"; "remapping" is "reconnecting"."""
    plain = hit.plain.strip()
    ending = _inflection(hit.term.lower(), hit.headword.lower())
    first, _, rest = plain.partition(" ")
    lower = first.lower()
    if not ending or not lower.isalpha() or lower.endswith(("ed", "ing", "s")):
        return plain
    if lower in {"the", "a", "an", "your", "my", "our", "their", "its", "not", "no"}:
        return plain
    if ending == "ed":
        word = IRREGULAR_PAST.get(lower) or _suffixed(first, "ed")
    else:
        word = _suffixed(first, "ing")
    return f"{word} {rest}".strip()


def _inflection(written: str, headword: str) -> str:
    """ "ed" or "ing" when the written form is the headword with that ending, else ""."""
    for ending in ("ed", "ing"):
        if not written.endswith(ending) or headword.endswith(ending):
            continue
        stem = written[: -len(ending)].replace("-", "")
        base = headword.replace("-", "")
        if stem in (base, base.rstrip("e"), base + base[-1:]):
            return ending
    return ""


def _suffixed(word: str, ending: str) -> str:
    lower = word.lower()
    if lower.endswith("e") and not lower.endswith("ee"):
        return word[:-1] + ending
    if ending == "ed" and lower.endswith("y") and lower[-2:-1] not in "aeiou":
        return word[:-1] + "ied"
    return word + ending


def definition_for(written: str, entry: GlossaryEntry) -> str:
    """The entry's explanation, naming the term as written ("" when it has none): a definition
    that names the term by another of its names is reworded to name it as the client saw it."""
    explanation = entry.explanation.strip()
    if not explanation:
        return ""
    forms = sorted({entry.term, *entry.variants} - {""}, key=len, reverse=True)
    family = [form for form in forms if _same_word(form, written)]
    if any(_mentions(explanation, form) for form in [written, *family]):
        return explanation
    for form in forms:
        if _mentions(explanation, form):
            try:
                swapped = swap_term(explanation, term=form, plain=written)
            except ValueError:
                return explanation
            return swapped[:1].upper() + swapped[1:]
    return explanation


def _same_word(form: str, written: str) -> bool:
    """ "remap" and "remapped", "SMB share" and "SMB shares": one word in another form."""
    a, b = form.lower().replace("-", ""), written.lower().replace("-", "")
    shorter, longer = sorted((a, b), key=len)
    stem = shorter.rstrip("e") if len(shorter) > 3 else shorter
    return longer.startswith(stem) and len(longer) - len(stem) <= 4


def _mentions(text: str, form: str) -> bool:
    core = r"[\s-]+".join(re.escape(piece) for piece in re.split(r"[\s-]+", form.strip()))
    return re.search(rf"(?<![\w-]){core}(?![\w-])", text, re.IGNORECASE) is not None


def explained_in_list(markdown: str, glossary: Glossary) -> frozenset[str]:
    """Headwords (lower case) that the text's "Words we used" list defines: the list teaches
    them, so a review need not flag them again."""
    if WORDS_WE_USED not in markdown:
        return frozenset()
    section = markdown.split(WORDS_WE_USED, 1)[1].split("\n###", 1)[0]
    found = set()
    for line in section.splitlines():
        listed = re.match(r"\s*[-*] \*\*(.+?)\*\*:\s*\S", line)
        entry = glossary.entry_for(listed.group(1)) if listed else None
        if entry is not None:
            found.add(entry.term.lower())
    return frozenset(found)


# --- Worries, answered -----------------------------------------------------------------------
def moment_words(moment: datetime, *, now: datetime) -> str:
    """ "today at 10:00", "yesterday at 16:20", "tomorrow at 9:00", "Monday 2 March at 9:00"."""
    local = moment.astimezone(now.tzinfo)
    if local.date() == now.date() - timedelta(days=1):
        return f"yesterday at {local.hour}:{local.minute:02d}"
    return describe(TimeMention("", 0, 0, local, "minute"), now=now)


def _sentence_matching(pattern: re.Pattern[str], texts: Sequence[str]) -> str:
    for text in texts:
        for sentence in sentences(plain_text(text)):
            if pattern.search(sentence):
                return sentence
    return ""


def _source(said: SaidWorry, facts: str) -> str:
    where = said.where or "the worries on this ticket"
    return f"{where} · {facts}" if facts else where


def answer_work(said: SaidWorry, *, resolved: str, texts: Sequence[str]) -> WorryAnswer:
    meanwhile = _sentence_matching(MEANWHILE, texts)
    if meanwhile:
        sentence = f"You can keep working meanwhile. {meanwhile}"
        facts = f"the resolution says what to do meanwhile: “{meanwhile}”"
    else:
        sentence = "You can work again now."
        facts = f"resolved {resolved}"
    return WorryAnswer("work_blocked", WORRY_LABELS["work_blocked"], sentence, _source(said, facts))


def answer_deadline(
    said: SaidWorry, *, deadline: Deadline | None, resolved_at: datetime, now: datetime
) -> WorryAnswer:
    resolved = moment_words(resolved_at, now=now)
    event = deadline.event if deadline and said.strong else ""
    if deadline is None or deadline.due is None or not said.strong:
        sentence = f"This was fixed {resolved}."
        if said.strong:
            occasion = f"your {event}" if event else "you"
            sentence += f" I hope that was in time for {occasion}; if not, tell us and we'll help."
        facts = f"no time given for it · resolved {resolved}"
    else:
        when = moment_words(deadline.due, now=now)
        if resolved_at <= deadline.due:
            well = "well " if deadline.due - resolved_at >= WELL_BEFORE else ""
            before = f"before your {event}, {when}" if event else f"before you needed it, {when}"
            sentence = f"This was fixed {well}{before}."
        else:
            sentence = (
                f"I'm sorry this wasn't fixed before your {event or 'deadline'}, {when}: it was "
                f"fixed {resolved}. If that has left you with extra work, tell us and we'll help."
            )
        facts = f"due {when} · resolved {resolved}"
    return WorryAnswer("deadline", WORRY_LABELS["deadline"], sentence, _source(said, facts))


def answer_self_blame(said: SaidWorry, *, cause: str) -> WorryAnswer:
    action = _sentence_matching(USER_ACTION, [cause])
    if action:
        sentence = "It was an easy slip to make, and it happens to lots of people."
        facts = f"the cause names something they did (“{action}”), so we don't say it wasn't them"
    else:
        sentence = "This wasn't anything you did wrong."
        facts = "the cause names nothing they did"
    return WorryAnswer("self_blame", WORRY_LABELS["self_blame"], sentence, _source(said, facts))


def answer_cost(said: SaidWorry, *, texts: Sequence[str]) -> WorryAnswer:
    money = _sentence_matching(MONEY, texts)
    if money:
        sentence, facts = money, f"the resolution: “{money}”"
    else:
        sentence = "It's fixed now, so it shouldn't cost you anything more."
        facts = "the resolution names no money, so we say only what the fix means"
    return WorryAnswer("cost", WORRY_LABELS["cost"], sentence, _source(said, facts))


def answer_repeat(said: SaidWorry, *, prevention: str) -> WorryAnswer:
    told = "You told us this had happened before" if said.strong else "If this has happened before"
    if prevention:
        sentence = f"{told}, so we looked for the cause, not just the symptom: see below."
        facts = "the resolution says how to prevent it"
    else:
        sentence = f"{told}: if it comes back, tell us straight away and we'll look for the cause."
        facts = "the resolution gives no way to prevent it"
    return WorryAnswer("repeat", WORRY_LABELS["repeat"], sentence, _source(said, facts))


def worry_answers(
    *,
    client: ClientFacts,
    safety_text: str,
    safety: str,
    cause: str,
    actions: str,
    prevention: str,
    resolved_at: datetime,
    now: datetime,
) -> list[WorryAnswer]:
    """One answer per worry the client showed, in WORRY_ORDER, each from facts."""
    resolved = moment_words(resolved_at, now=now)
    texts = [actions, prevention]
    answers = []
    for kind in WORRY_ORDER:
        if kind not in client.worries:
            continue
        said = client.worry(kind)
        if kind == "data_loss":
            facts = f"the resolution says “{DataSafety(safety).label}”"
            answers.append(
                WorryAnswer(kind, WORRY_LABELS[kind], plain_text(safety_text), _source(said, facts))
            )
        elif kind == "work_blocked":
            answers.append(answer_work(said, resolved=resolved, texts=texts))
        elif kind == "deadline":
            answers.append(
                answer_deadline(said, deadline=client.deadline, resolved_at=resolved_at, now=now)
            )
        elif kind == "self_blame":
            answers.append(answer_self_blame(said, cause=cause))
        elif kind == "cost":
            answers.append(answer_cost(said, texts=[cause, *texts]))
        else:
            answers.append(answer_repeat(said, prevention=prevention))
    return answers


# --- The explanation -------------------------------------------------------------------------
def compose(
    *,
    ticket: Ticket,
    resolution: Resolution,
    client: ClientFacts,
    technician_name: str,
    analogies: Sequence[AnalogyFacts] = (),
    guide: Guide | None,
    guide_url: str,
    portal_url: str,
    support_phone: str,
    glossary: Glossary,
    taught: frozenset[str] = frozenset(),
    now: datetime | None = None,
) -> Composition:
    resolved_at = resolution.created_at
    now = now or resolved_at
    worried = "data_loss" in client.worries or ticket.data_worry in WORRIED_ABOUT_DATA
    originals = (resolution.cause, resolution.actions, resolution.prevention)
    plain = PlainWords(
        glossary=glossary, comfort=client.comfort, taught=taught, context="\n\n".join(originals)
    )
    cause, actions, prevention = (plain.rewrite(text) for text in originals)
    safety = safety_paragraph(
        safety=resolution.data_safety, words=data_words(ticket), worried=worried
    )
    answers = worry_answers(
        client=client,
        safety_text=safety,
        safety=resolution.data_safety,
        cause=cause,
        actions=actions,
        prevention=prevention,
        resolved_at=resolved_at,
        now=now,
    )
    analogy = choose_analogy(
        analogies, safety=resolution.data_safety, fix=fix_kind_of(resolution.actions)
    )
    parts = [
        f"Hello {client.first_name},",
        safety,
        " ".join(answer.sentence for answer in answers if answer.kind != "data_loss"),
        "### What happened",
        cause,
    ]
    if analogy is not None:
        parts.append(f"*{analogy.text.strip()}*")
    parts += ["### What we did", actions]
    if guide is not None:
        steps = split_steps(guide.steps)
        parts.append("### Next time, you can do this yourself")
        if guide.safe_note:
            parts.append(plain.rewrite(guide.safe_note))
        parts.append(
            "\n".join(
                f"{step.number}. **{plain.rewrite(step.title, on_screen=True)}**"
                + (f": {plain.rewrite(plain_text(step.body), on_screen=True)}" if step.body else "")
                for step in steps
            )
        )
        parts.append(f"The guide, with pictures: [{guide.title}]({guide_url})")
    if prevention:
        parts += ["### How to stop it happening again", prevention]
    listed = plain.words_we_used()
    if listed:
        parts.append(WORDS_WE_USED)
        parts.append("\n".join(f"- **{term}**: {meaning}" for term, _, meaning in listed))
    parts += [
        "### If anything still isn't right",
        f"Tell us on [your problem's page]({portal_url}) or call us on {support_phone}. "
        "A person will answer, and there's no such thing as a silly question.",
        f"Best wishes,  \n{technician_name}",
    ]
    subject_start = "What happened with" if resolution.data_safety == DataSafety.LOST else "Fixed"
    return Composition(
        subject=f"{subject_start}: {ticket.subject} [{ticket.reference}]"[:250],
        markdown="\n\n".join(part for part in parts if part) + "\n",
        glossed_terms=sorted({headword for _, headword, _ in listed}),
        answers=answers,
        analogy=analogy.text if analogy else "",
    )
