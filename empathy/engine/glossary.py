"""Jargon detection from a glossary of technical terms with plain wording.

All variants are compiled into two regular expressions (case-insensitive, and
case-sensitive for acronyms that are also ordinary words), longest first, matched on
word boundaries. A term counts as jargon when the client's comfort level is listed for
it, the client has not been taught it, and the draft does not explain it on the spot
("the router (the small white box...)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from empathy.engine.types import JargonHit
from empathy.engine.unlisted import unlisted_terms

EXPLAINED_AFTER = re.compile(
    r"^\s*(?:\(|,?\s*(?:which is|that is|that's|i\.e\.|meaning|-\s*that's|-\s*the)\b|"
    r"\s+(?:is|are) (?:the|a|an) (?:little |small |white |black |grey |big )?"
    r"(?:box|boxes|thing|part|program|setting|place|name|list|button|cable|plug|device|light)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    plain: str
    explanation: str = ""
    variants: tuple[str, ...] = ()
    match_case: bool = False
    jargon_for: tuple[str, ...] = ("new", "everyday")
    pattern: str = ""  # a regular expression, for families like update numbers (KB5034441)


@dataclass
class Glossary:
    entries: list[GlossaryEntry]
    _lookup: dict[str, GlossaryEntry] = field(default_factory=dict, init=False, repr=False)
    _insensitive: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _sensitive: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _patterns: list[tuple[re.Pattern[str], GlossaryEntry]] = field(
        default_factory=list, init=False, repr=False
    )

    def __post_init__(self) -> None:
        insensitive: list[str] = []
        sensitive: list[str] = []
        for entry in self.entries:
            if entry.pattern:
                try:
                    compiled = re.compile(entry.pattern, 0 if entry.match_case else re.IGNORECASE)
                except re.error:
                    continue  # a manager's broken pattern must not break every review
                self._patterns.append((compiled, entry))
            for form in (entry.term, *entry.variants):
                form = form.strip()
                if not form:
                    continue
                self._lookup.setdefault(_key(form, entry.match_case), entry)
                (sensitive if entry.match_case else insensitive).append(form)
        self._insensitive = self._compile(insensitive, re.IGNORECASE)
        self._sensitive = self._compile(sensitive, 0)

    @staticmethod
    def _compile(forms: list[str], flags: int) -> re.Pattern[str] | None:
        if not forms:
            return None
        folded = {form.lower() for form in forms} if flags & re.IGNORECASE else set(forms)
        return re.compile(rf"(?<![\w-])(?:{_trie_pattern(folded)})(?![\w-])", flags)

    @classmethod
    def from_dicts(cls, rows: Iterable[dict[str, object]]) -> Glossary:
        return cls(
            [
                GlossaryEntry(
                    term=str(row["term"]),
                    plain=str(row["plain"]),
                    explanation=str(row.get("explanation", "")),
                    variants=tuple(_strings(row.get("variants"))),
                    match_case=bool(row.get("match_case", False)),
                    jargon_for=tuple(_strings(row.get("jargon_for", ("new", "everyday")))),
                    pattern=str(row.get("pattern", "") or ""),
                )
                for row in rows
            ]
        )

    def entry_for(self, text: str) -> GlossaryEntry | None:
        return self._lookup.get(_key(text, True)) or self._lookup.get(_key(text, False))

    def _matches(self, text: str) -> list[tuple[re.Match[str], GlossaryEntry | None]]:
        found: list[tuple[re.Match[str], GlossaryEntry | None]] = []
        for compiled, entry in self._patterns:
            found.extend((match, entry) for match in compiled.finditer(text))
        for pattern in (self._sensitive, self._insensitive):
            if pattern is not None:
                found.extend((match, None) for match in pattern.finditer(text))
        return found

    def find(
        self,
        text: str,
        *,
        comfort: str,
        taught: frozenset[str] = frozenset(),
        unlisted: bool = True,
    ) -> list[JargonHit]:
        hits: list[JargonHit] = []
        taken: list[tuple[int, int]] = []
        matches = self._matches(text)
        for match, known in matches:
            start, end = match.span()
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            entry = known or self.entry_for(match.group(0))
            if entry is None or comfort not in entry.jargon_for:
                continue
            if entry.term.lower() in taught or EXPLAINED_AFTER.match(text[end:]):
                continue
            taken.append((start, end))
            hits.append(
                JargonHit(
                    term=match.group(0),
                    headword=entry.term,
                    plain=entry.plain,
                    explanation=entry.explanation,
                    start=start,
                    end=end,
                )
            )
        if unlisted:
            # A term the glossary knows but leaves plain for this client is not re-flagged.
            flagged = taken + [match.span() for match, _ in matches]
            hits += [
                hit
                for hit in unlisted_terms(text, taken=flagged, taught=taught)
                if not EXPLAINED_AFTER.match(text[hit.end :])
            ]
        return sorted(hits, key=lambda hit: hit.start)


_END = ""
Trie = dict[str, "Trie"]
SEPARATOR = re.compile(r"[\s-]+")


def _key(form: str, match_case: bool) -> str:
    """Spaces and hyphens are the same separator: "Wi-Fi extender" finds "wi fi extender"."""
    joined = SEPARATOR.sub(" ", form.strip())
    return joined if match_case else joined.lower()


def _trie_pattern(forms: set[str]) -> str:
    """One regular expression for many words, shaped as a trie: "dns|dhcp" → "d(?:ns|hcp)".

    A flat alternation of a thousand forms makes the engine try each one at every position
    (8 ms on a 2 kB draft); the trie fails on the first letter instead (well under 1 ms).
    Spaces and hyphens in a form match any run of either ("keep alive", "keep-alive").
    """
    trie: Trie = {}
    for form in forms:
        node = trie
        for token in re.findall(r"[\s-]+|.", form):
            node = node.setdefault(" " if SEPARATOR.fullmatch(token) else token, {})
        node[_END] = {}
    return _node_pattern(trie)


def _node_pattern(node: Trie) -> str:
    branches = []
    for key in sorted(k for k in node if k != _END):
        piece = r"[\s-]+" if key == " " else re.escape(key)
        branches.append(piece + _node_pattern(node[key]))
    if not branches:
        return ""
    # Longest match first: a form that ends here is tried only after every longer one.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return f"(?:{body})?"
    return body


def _strings(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list | tuple) else []
