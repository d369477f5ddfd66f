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
from functools import lru_cache

from empathy.engine.types import JargonHit
from empathy.engine.unlisted import (
    CONTEXT_NEEDED,
    STRONG,
    WEAK,
    candidates,
    never_jargon_spans,
    passing,
    technical_weight,
    unlisted_hit,
    zipf,
)

# A glossary term at least this common in English (Zipf scale) may be everyday wording.
COMMON_TERM = 3.9

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

    def uses(self, text: str) -> list[tuple[int, int, GlossaryEntry]]:
        """Every use of a glossary term, whoever the client: longest first where uses
        overlap ("Azure AD", not its "AD"), outside links and paths."""
        hidden = never_jargon_spans(text)
        found: list[tuple[int, int, GlossaryEntry]] = []
        for match, known in sorted(
            self._matches(text), key=lambda pair: (pair[0].start(), -len(pair[0].group(0)))
        ):
            span = match.span()
            if _overlaps(span, hidden) or _overlaps(span, [(a, b) for a, b, _ in found]):
                continue
            entry = known or self.entry_for(match.group(0))
            if entry is not None:
                found.append((*span, entry))
        return found

    def find(
        self,
        text: str,
        *,
        comfort: str,
        taught: frozenset[str] = frozenset(),
        unlisted: bool = True,
    ) -> list[JargonHit]:
        hidden = never_jargon_spans(text)
        # Longest first where matches overlap: "Azure AD" (one name) wins over the "AD" in
        # it, whether or not the longer term is jargon for this client.
        matches = sorted(
            (
                (match, known)
                for match, known in self._matches(text)
                if not _overlaps(match.span(), hidden)
            ),
            key=lambda pair: (pair[0].start(), -(pair[0].end() - pair[0].start())),
        )
        # How technical the draft is, whatever this client knows: each distinct term once.
        weights: dict[str, float] = {}
        for match, _known in matches:
            key = match.group(0).lower()
            weights[key] = max(weights.get(key, 0.0), WEAK if common_term(key) else STRONG)
        listed = sum(weights.values())
        needed = CONTEXT_NEEDED.get(comfort, CONTEXT_NEEDED["new"])
        found = (
            candidates(text, blocked=hidden + [m.span() for m, _ in matches], comfort=comfort)
            if unlisted or any(weight < STRONG for weight in weights.values())
            else []
        )
        context = listed + technical_weight(found, text)

        hits: list[JargonHit] = []
        taken: list[tuple[int, int]] = []
        for match, known in matches:
            start, end = match.span()
            if _overlaps((start, end), taken):
                continue
            taken.append((start, end))  # claimed, even when not flagged for this client
            entry = known or self.entry_for(match.group(0))
            if entry is None or comfort not in entry.jargon_for:
                continue
            if entry.term.lower() in taught or EXPLAINED_AFTER.match(text[end:]):
                continue
            weight = weights[match.group(0).lower()]
            if weight < STRONG and context - weight < needed:
                continue  # an everyday-sounding term in a plain draft: "the backup"
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
            hits += [
                unlisted_hit(text, candidate)
                for candidate in passing(found, text=text, comfort=comfort, context=listed)
                if text[candidate.start : candidate.end].lower() not in taught
                and not EXPLAINED_AFTER.match(text[candidate.end :])
            ]
        return sorted(hits, key=lambda hit: hit.start)


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    start, end = span
    return any(start < other_end and other_start < end for other_start, other_end in others)


@lru_cache(maxsize=8192)
def common_term(form: str) -> bool:
    """A glossary term that is also common in everyday English ("backup", "server") is
    flagged only in a draft that has other technical wording."""
    return zipf(SEPARATOR.sub(" ", form.lower())) >= COMMON_TERM


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
