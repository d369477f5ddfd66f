"""Compose the closing explanation for one client: worries first, plain words, their field's
analogy, what was done, the guide's steps, how to prevent it, how to reach us.

The result is Markdown: it is what the technician previews and may edit, what the portal
shows, and what both e-mail versions are made from (rendered and sanitised for HTML, as is
for plain text, which Markdown was designed to read well as).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from empathy.engine import Glossary
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


@dataclass(frozen=True)
class Composition:
    subject: str
    markdown: str
    glossed_terms: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ClientFacts:
    first_name: str
    comfort: str
    worries: tuple[str, ...]
    data_worry: str


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
            "what we did save, and how to keep it from happening again."
        )
    if worried:
        return f"**You don't need to worry about your {words}:** this problem never touched them."
    return "**None of your files or data were affected.**"


def words_we_used(
    texts: list[str], *, glossary: Glossary, comfort: str, taught: frozenset[str]
) -> list[tuple[str, str]]:
    """Terms in the technician's words this client may not know, each with a plain meaning.
    Listed after the explanation rather than squeezed into sentences, so nothing reads
    awkwardly and the client learns the word for next time."""
    seen: dict[str, tuple[str, str]] = {}
    for text in texts:
        for hit in glossary.find(text, comfort=comfort, taught=taught, unlisted=False):
            key = hit.headword.lower()
            if key not in seen:
                meaning = hit.explanation or hit.plain[:1].upper() + hit.plain[1:] + "."
                seen[key] = (hit.term, meaning)
    return list(seen.values())


def compose(
    *,
    ticket: Ticket,
    resolution: Resolution,
    client: ClientFacts,
    technician_name: str,
    analogy: str | None,
    guide: Guide | None,
    guide_url: str,
    portal_url: str,
    support_phone: str,
    glossary: Glossary,
    taught: frozenset[str] = frozenset(),
) -> Composition:
    worried = "data_loss" in client.worries or ticket.data_worry in WORRIED_ABOUT_DATA
    glossary_terms = words_we_used(
        [resolution.cause, resolution.actions, resolution.prevention],
        glossary=glossary,
        comfort=client.comfort,
        taught=taught,
    )
    parts = [
        f"Hello {client.first_name},",
        safety_paragraph(safety=resolution.data_safety, words=data_words(ticket), worried=worried),
        "### What happened",
        resolution.cause.strip(),
    ]
    if analogy:
        parts.append(f"*{analogy.strip()}*")
    parts += ["### What we did", resolution.actions.strip()]
    if "repeat" in client.worries and resolution.prevention:
        parts.append(
            "You told us this had happened before, "
            "so we looked for the cause, not just the symptom."
        )
    if guide is not None:
        steps = split_steps(guide.steps)
        parts.append("### Next time, you can do this yourself")
        if guide.safe_note:
            parts.append(guide.safe_note.strip())
        parts.append(
            "\n".join(
                f"{step.number}. **{step.title}**"
                + (f": {plain_text(step.body)}" if step.body else "")
                for step in steps
            )
        )
        parts.append(f"The guide, with pictures: [{guide.title}]({guide_url})")
    if resolution.prevention:
        parts += ["### How to stop it happening again", resolution.prevention.strip()]
    if glossary_terms:
        parts.append("### Words we used")
        parts.append("\n".join(f"- **{term}**: {meaning}" for term, meaning in glossary_terms))
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
        glossed_terms=sorted({term for term, _ in glossary_terms}),
    )
