"""A definition always matches its term: over every entry and every form of it in the
shipped glossary, "Words we used" defines the term with its own entry, naming it as the
client saw it (never "two-factor authentication: MFA means…")."""

from __future__ import annotations

import re
from functools import cache

import pytest

from empathy.engine import Glossary, GlossaryEntry
from empathy.glossary import shipped_glossary
from followups.compose import PlainWords, definition_for


@cache
def glossary() -> Glossary:
    return shipped_glossary()


def forms(entry: GlossaryEntry) -> list[str]:
    return [form for form in (entry.term, *entry.variants) if form.strip()]


def same_family(a: str, b: str) -> bool:
    x, y = (re.sub(r"[^a-z0-9]", "", name.lower()) for name in (a, b))
    return x.startswith(y) or y.startswith(x) or x.rstrip("e")[:5] == y.rstrip("e")[:5]


def names(text: str, form: str) -> bool:
    core = r"[\s-]+".join(re.escape(piece) for piece in re.split(r"[\s-]+", form.strip()))
    return re.search(rf"(?<![\w-]){core}(?![\w-])", text, re.IGNORECASE) is not None


@pytest.mark.parametrize("entry", glossary().entries, ids=lambda entry: entry.term)
def test_every_term_is_defined_by_its_own_entry(entry: GlossaryEntry) -> None:
    for form in forms(entry):
        own = glossary().entry_for(form)
        if own is not entry:
            continue  # a form another entry claims first is that entry's to define
        definition = definition_for(form, entry)
        if not entry.explanation:
            assert definition == ""
            continue
        other_names = [
            f for f in forms(entry) if f.lower() != form.lower() and names(definition, f)
        ]
        if other_names and not names(definition, form):
            # One word in another form is the same name: "ISPs" is defined as "Your ISP is…",
            # "re-map" as "To remap a drive is…". Another name altogether is not.
            family = [f for f in other_names if same_family(f, form)]
            assert family, (form, definition)
        for other in glossary().entries:
            if other is not entry and other.explanation and len(other.explanation) > 30:
                assert definition != other.explanation, (form, other.term)


@pytest.mark.parametrize("comfort", ["new", "everyday"])
def test_words_we_used_lists_each_term_with_its_own_meaning(comfort: str) -> None:
    checked = 0
    for entry in glossary().entries:
        if comfort not in entry.jargon_for or entry.pattern:
            continue
        for form in forms(entry):
            plain = PlainWords(glossary=glossary(), comfort=comfort, taught=frozenset())
            plain.rewrite(f"This morning I looked at the {form} for you.")
            for written, headword, meaning in plain.words_we_used():
                listed = glossary().entry_for(written)
                assert listed is not None and listed.term == headword, (written, headword)
                mine = {listed.plain.lower().rstrip("."), listed.explanation.lower()}
                assert meaning.lower().rstrip(".") in {m.rstrip(".") for m in mine} or (
                    names(meaning, written)
                    or meaning.lower().startswith(("to ", "it "))
                    or _is_own_reworded(meaning, listed)
                ), (written, meaning)
                checked += 1
    assert checked > 500


def _is_own_reworded(meaning: str, entry: GlossaryEntry) -> bool:
    """The entry's own explanation or plain wording, with the term named as written or put in
    the tense the technician used."""
    words = set(re.findall(r"[a-z]+", meaning.lower()))
    own = set(re.findall(r"[a-z]+", f"{entry.plain} {entry.explanation}".lower()))
    return len(words - own) <= 3


def test_a_definition_names_the_term_as_the_client_saw_it() -> None:
    mfa = glossary().entry_for("two-factor authentication")
    assert mfa is not None
    definition = definition_for("two-factor authentication", mfa)
    assert definition.startswith("Two-factor authentication means")
    share = glossary().entry_for("SMB share")
    assert share is not None
    assert definition_for("SMB share", share).startswith("An SMB share is")
    remap = glossary().entry_for("remapped")
    assert remap is not None
    assert definition_for("remapped", remap).startswith("To remap a drive")
