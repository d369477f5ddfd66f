"""Small text helpers shared by the rules: sentences, clauses, normalising quotes."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")
CLAUSE_BREAK = re.compile(r"[;:]|\s[-–—]\s|,\s*(?:but|though|although|however)\b|\bbut\b", re.I)


def normalise(text: str) -> str:
    """Curly quotes and apostrophes to plain ones; collapse spaces."""
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
    return re.sub(r"[ \t]+", " ", (text or "").translate(table)).strip()


def sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(text) if part and part.strip()]


def clauses(sentence: str) -> list[str]:
    return [part.strip() for part in CLAUSE_BREAK.split(sentence) if part and part.strip()]


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9']+", text)
