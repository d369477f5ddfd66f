"""Swap a technical term for its plain wording, the way a careful writer would.

    swap_term("I remapped the SMB share.", term="SMB share", plain="the office's shared drive")
    -> "I remapped the office's shared drive."

Only the first use of the term changes (case-insensitive; spaces and hyphens are the same
separator; whole words only), together with the words that have to agree with it:

* one determiner, never two. When the plain wording starts with an article and the writer
  put their own determiner before the term, the writer's stays (it says which one they
  mean: "your router" -> "your internet box", "a router" -> "an internet box"). When the
  plain wording's determiner belongs to an owner ("the office's shared drive", "Microsoft's
  business email system"), or is "your" after an article, or the wording is a clause ("how
  much your connection can carry"), the writer's article or possessive goes instead.
* "a" or "an" to suit the word that now follows it.
* a capital letter when the swap starts a sentence.
* plurals: a plural use ("SMB shares", or the term with -s/-es/-ies) gets a plural wording
  when the wording is a simple noun phrase ("the office's shared drives", "connection
  points"; an "a" goes); anything else keeps the glossary's words. A possessive "'s" after
  the term stays after the wording.
* no doubled word where the wording meets the text ("signal to" + "to the server").
* a name the term ends goes with it: "sync to Azure AD" -> "sync to the office's list of
  accounts", not "Azure the office's list of accounts"; a writer's "Maria's" stays.
* a verb form of a noun term ("whitelisted" for "allowlist") cannot take a noun wording:
  `WordingDoesNotFit` says so, and the writer rewords it.

Everything else in the text is left exactly as it was. Pure Python, no Django.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from empathy.engine.glossary import Glossary, GlossaryEntry

ARTICLES = frozenset({"the", "a", "an"})
POSSESSIVES = frozenset({"my", "your", "our", "their", "his", "her", "its"})
# "that" is left out on purpose: it is far more often a conjunction ("I think that DNS...").
DEMONSTRATIVES = frozenset({"this", "these", "those"})
NUMBERS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}
)
# Quantifiers that can take "of" before an owner's noun phrase ("both of the office's...").
OF_QUANTIFIERS = frozenset(
    {"each", "any", "some", "both", "all", "several", "many", "few", "most", "either"}
    | {"neither", "which"}
    | NUMBERS
)
QUANTIFIERS = OF_QUANTIFIERS | {"every", "no", "another", "what", "whichever", "whatever"}
DETERMINERS = ARTICLES | POSSESSIVES | DEMONSTRATIVES | QUANTIFIERS
# A wording that starts with one of these is a clause: it takes no determiner before it.
CLAUSE_STARTS = frozenset({"how", "who", "which", "whether", "what", "where", "when", "why"})
# Words that end a noun phrase's head ("a section | of the network", "the box | that...").
AFTER_HEAD = frozenset(
    {"of", "to", "for", "on", "in", "at", "with", "from", "that", "which", "who", "where"}
    | {"when", "between", "inside", "into", "through", "under", "over", "behind", "around"}
    | {"across", "by", "as", "so", "up", "down", "out", "off", "back", "away", "without"}
    | {"while", "before", "after", "unless", "than", "like", "about", "instead", "via"}
)
# Function words that cannot sit between a determiner and its noun ("the client uses VPN").
NOT_MODIFIERS = (
    ARTICLES
    | POSSESSIVES
    | AFTER_HEAD
    | {"and", "or", "but", "nor", "if", "then", "is", "are", "was", "were", "be", "been"}
    | {"being", "am", "has", "have", "had", "do", "does", "did", "can", "could", "will"}
    | {"would", "shall", "should", "may", "might", "must", "not", "i", "you", "we", "they"}
    | {"he", "she", "it", "me", "us", "them", "him", "there", "here", "this", "these"}
    | {"those", "because", "also", "just", "only", "still", "now", "please", "then"}
)
UNCOUNTABLE = frozenset(
    {"software", "hardware", "information", "data", "storage", "equipment", "access"}
    | {"protection", "advice", "traffic", "media", "music", "content", "work", "help"}
    | {"power", "security", "money", "mail", "email", "feedback", "news", "knowledge"}
    | {"progress", "research", "memory", "malware", "spam", "internet", "wi-fi", "speed"}
    | {"control", "space"}
)
PARTICIPLES = frozenset(
    {"sent", "made", "kept", "held", "built", "left", "shown", "given", "taken", "done"}
    | {"run", "put", "set", "found", "seen", "known", "used", "stored", "saved"}
)
IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "person": "people"}
ABBREVIATIONS = frozenset({"e.g.", "i.e.", "etc.", "vs.", "mr.", "mrs.", "ms.", "dr.", "approx."})

SEPARATOR = re.compile(r"[\s-]+")
WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])$", re.IGNORECASE)
_ENDS_LIKE_S = ("s", "x", "z", "ch", "sh")


def swap_term(text: str, *, term: str, plain: str, glossary: Glossary | None = None) -> str:
    """The text with the first use of `term` replaced by `plain`, worded to fit.

    With the `glossary`, a term that is the plural of its entry's headword or a variant
    ("SMB shares" for "SMB share") gets a plural wording, unless pluralising would make a
    word the glossary flags ("permissions"); and a use of the term inside a longer glossary
    term (the "DHCP" of "DHCP lease") is passed over. Returns the text unchanged when the
    term is not in it.
    """
    term, plain = term.strip(), " ".join(plain.split())
    if not term or not plain:
        return text
    spans = _longer_terms(text, glossary)
    match = _first_use(text, term, spans)
    if match is None:
        return text
    start, end = match.span()
    entry = glossary.entry_for(term) if glossary is not None else None
    forms = (entry.term, *entry.variants) if entry is not None else ()
    plural = bool(match.group("plural")) or any(_is_plural_of(term, form) for form in forms)
    wording = _pluralise_phrase(plain) if plural else plain
    if wording != plain and _flagged(wording, glossary) > _flagged(plain, glossary):
        wording = plain  # "permissions" is jargon where "permission" is not
    lead = _lead_word(wording)
    owner = _starts_with_owner(wording)
    if _used_as_verb(match.group(0), entry) and (lead in DETERMINERS or owner):
        raise WordingDoesNotFit(
            f"“{match.group(0)}” is used as a verb or a describing word here, and “{plain}” "
            "cannot take its place: reword this one yourself."
        )
    start = _name_start(text, start, spans)  # "Azure AD": the whole name goes

    before = _word_before(text, start)
    cut = start  # where the replaced stretch begins: the term, or a determiner before it
    owner_noun = _owner_noun(wording) if owner else ""
    if before is not None and owner_noun and before.lower() == owner_noun:
        # "the office server" -> "the office's central computer", not "the office office's".
        cut = len(text[:start].rstrip()) - len(before)
        determiner = _word_before(text, cut)
        if determiner is not None and determiner.lower() in DETERMINERS:
            cut = len(text[:cut].rstrip()) - len(determiner)
    elif before is not None and POSSESSIVE_END.search(before) and before.lower() != "its":
        # "Maria's router" -> "Maria's internet box"; "Maria's SMB share" -> "Maria's shared
        # drive": the writer's owner stays, the wording's article or owner goes.
        wording = _drop_words(wording, owner or (1 if lead in ARTICLES | POSSESSIVES else 0))
    elif before is not None and before.lower() in DETERMINERS:
        word_start = len(text[:start].rstrip()) - len(before)
        writer = before.lower()
        if lead in CLAUSE_STARTS or (owner and writer not in OF_QUANTIFIERS):
            cut = word_start  # "the SMB share" -> "the office's shared drive"
        elif owner:
            # "each SMB share" -> "each of the office's shared drives"
            wording = "of " + (wording if plural else _pluralise_phrase(wording))
        elif lead in ARTICLES or (lead in POSSESSIVES and writer not in ARTICLES):
            wording = _drop_first_word(wording)  # "your router" -> "your internet box"
        elif lead in POSSESSIVES or lead in DEMONSTRATIVES:
            cut = word_start  # "the ISP" -> "your internet provider"
        elif writer in ("a", "an") and _plural_without_determiner(wording):
            cut = word_start  # "a Mbps" -> "units of connection speed"
    elif lead in ARTICLES | POSSESSIVES and _determiner_a_little_before(text, start):
        wording = _drop_first_word(wording)  # "your new router" -> "your new internet box"

    # No doubled word where the wording meets what follows ("signal to" + " to the server").
    after = WORD.match(text, _skip_spaces(text, end))
    last = WORD.findall(wording)
    if after and last and after.group(0).lower() == last[-1].lower() and len(last) > 1:
        wording = wording[: wording.lower().rfind(last[-1].lower())].rstrip()
    # ...nor where it meets what comes before ("to" + "to ...").
    preceding = _word_before(text, cut)
    first = WORD.match(wording)
    if preceding and first and preceding.lower() == first.group(0).lower():
        wording = _drop_first_word(wording)

    head = text[:cut]
    if _at_sentence_start(head):
        wording = wording[:1].upper() + wording[1:]
    else:
        head = _fix_article(head, wording)
    return head + wording + text[end:]


class WordingDoesNotFit(ValueError):
    """The plain wording cannot stand where the term is used (a noun for a verb)."""


def _used_as_verb(written: str, entry: GlossaryEntry | None) -> bool:
    """ "whitelisted" for the entry "allowlist": a verb form of a noun headword."""
    if entry is None:
        return False
    last = SEPARATOR.split(written.strip().lower())[-1]
    head = SEPARATOR.split(entry.term.strip().lower())[-1]
    return last.endswith("ed") and not last.endswith("eed") and not head.endswith("ed")


def _name_start(text: str, start: int, spans: Sequence[tuple[int, int]]) -> int:
    """Where a name the term ends begins: "Azure AD", "the OST cache", "an Exchange message
    trace". The word before is part of the name when it is itself a glossary term, an
    acronym, a mixed-case name, or capitalised in mid-sentence; swapping only the tail
    would leave "Azure the office's list of accounts"."""
    found = re.search(r"(?<![\w'’.-])([A-Za-z][A-Za-z0-9]*)[ \t]+$", text[:start])
    if not found:
        return start
    word, word_start = found.group(1), found.start(1)
    in_term = any(a <= word_start and found.end(1) <= b for a, b in spans)
    acronym = len(word) >= 2 and word.isupper() and word.upper() not in _NOT_NAMES
    mixed = bool(re.fullmatch(r"[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*", word))
    capital = (
        word[0].isupper()
        and word != "I"
        and word.lower() not in DETERMINERS | NOT_MODIFIERS
        and not _at_sentence_start(text[:word_start])
    )
    return word_start if in_term or acronym or mixed or capital else start


# Capitals before a term that are not part of its name.
_NOT_NAMES = frozenset({"I", "OK", "PLEASE", "THE", "AND", "NOT", "NOW"})


def article_for(word: str) -> str:
    """ "a" or "an" for the sound `word` starts with (a heuristic for plain English)."""
    if not word:
        return "a"
    lower = word.lower()
    if word[0].isdigit():
        digits = re.match(r"\d+", word)
        number = digits.group(0) if digits else ""
        return "an" if number.startswith("8") or number in ("11", "18") else "a"
    letters = re.sub(r"[^A-Za-z]", "", word)
    if len(letters) >= 2 and letters.isupper() and letters not in _SAID_AS_WORDS:
        return "an" if letters[0] in "AEFHILMNORSX" else "a"
    if lower.startswith(("hour", "honest", "honour", "honor", "heir")):
        return "an"
    if lower.startswith(("one", "once", "eu", "ewe", "uk")) or lower == "u":
        return "a"
    if lower.startswith("uni") and not lower.startswith(("unin", "unim", "unid")):
        return "a"
    if lower.startswith(("use", "usu", "usb", "uti", "ure", "uro", "ura", "ubi", "uku")):
        return "a"
    return "an" if lower[0] in "aeiou" else "a"


# Capitals said as a word, not letter by letter ("a LAN", not "an LAN").
_SAID_AS_WORDS = frozenset(
    {"LAN", "WAN", "NAS", "NAT", "RAM", "ROM", "RAID", "SIM", "PIN", "VOIP", "WAP"}
    | {"SaaS", "SAAS", "NIC", "SOC", "BIOS", "POST", "TRIM", "RADIUS", "DMARC", "OAUTH"}
)


def _longer_terms(text: str, glossary: Glossary | None) -> list[tuple[int, int]]:
    if glossary is None:
        return []
    return [(start, end) for start, end, _entry in glossary.uses(text)]


def _flagged(wording: str, glossary: Glossary | None) -> int:
    """How many glossary terms the wording uses that are jargon for some client."""
    if glossary is None:
        return 0
    return len({entry.term.lower() for *_span, entry in glossary.uses(wording) if entry.jargon_for})


def _first_use(text: str, term: str, skip: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    pieces = [re.escape(piece) for piece in SEPARATOR.split(term) if piece]
    core = r"[\s-]+".join(pieces)
    last = term.rstrip()[-1:].lower()
    if last == "y" and len(term) > 1 and term[-2].lower() not in "aeiou":
        core = core[:-1] + r"(?:y|(?P<plural>ies))"
    elif term.lower().endswith(_ENDS_LIKE_S):
        core += r"(?P<plural>es)?"
    else:
        core += r"(?P<plural>s)?"
    pattern = re.compile(rf"(?<![\w-]){core}(?![\w-])", re.IGNORECASE)
    found = list(pattern.finditer(text))
    for match in found:
        inside = any(
            a <= match.start() and match.end() <= b and (b - a) > (match.end() - match.start())
            for a, b in skip
        )
        if not inside:
            return match
    return found[0] if found else None


def _is_plural_of(term: str, form: str) -> bool:
    """ "SMB shares" is the plural of "SMB share"; "IP addresses" of "IP address"."""
    mine, theirs = SEPARATOR.split(term.strip().lower()), SEPARATOR.split(form.strip().lower())
    if len(mine) != len(theirs) or mine[:-1] != theirs[:-1] or mine[-1] == theirs[-1]:
        return False
    return mine[-1] == _plural(theirs[-1]) or mine[-1] == theirs[-1] + "s"


def _plural(word: str) -> str:
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[lower]
    if lower.endswith(_ENDS_LIKE_S):
        return word + "es"
    if len(lower) > 1 and lower.endswith("y") and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _looks_plural(word: str) -> bool:
    lower = word.lower()
    if lower.endswith(("ss", "us", "is")):
        return False
    return lower.endswith("s") or lower in IRREGULAR_PLURALS.values()


def _pluralise_phrase(plain: str) -> str:
    """ "the office's shared drive" -> "the office's shared drives"; "a section of the
    network" -> "sections of the network". Anything that is not plainly a countable noun
    phrase (a clause, a verb phrase, "harmful software") is returned as it was."""
    tokens = plain.split(" ")
    head = _noun_head(tokens)
    if head is None:
        return plain
    word = tokens[head]
    trail = word[len(word.rstrip(",;:")) :]
    bare = word.rstrip(",;:")
    if not bare[-1:].isalpha() or bare.lower() in UNCOUNTABLE or _looks_plural(bare):
        return plain
    if bare.lower().endswith("ing") or POSSESSIVE_END.search(bare):
        return plain
    tokens[head] = _plural(bare) + trail
    if tokens[0].lower() in ("a", "an"):
        tokens = tokens[1:]
    return " ".join(tokens)


def _noun_head(tokens: list[str]) -> int | None:
    """Where the main noun of a plain wording is ("the box | that connects..." -> "box"),
    or None when the wording is not plainly a noun phrase (a clause, a verb phrase)."""
    lowered = [token.lower().strip(",;:") for token in tokens]
    index = 0
    if lowered[0] in DETERMINERS:
        index = 1
    elif lowered[0] in CLAUSE_STARTS or lowered[0].endswith("ing"):
        return None
    index = _starts_with_owner(" ".join(tokens)) or index
    head = None
    joined = False
    for position in range(index, len(tokens)):
        word = lowered[position]
        if word in ("and", "or"):
            joined = True
            continue
        if word in AFTER_HEAD:
            break
        if index == 0 and word in DETERMINERS:
            return None  # "send a quick test signal to": a verb phrase, not a noun phrase
        following = lowered[position + 1] if position + 1 < len(tokens) else ""
        if head is not None and _participle(word) and (not following or following in AFTER_HEAD):
            break  # "a scam | sent through a QR code"
        head = position
    if joined and index == 0:
        return None  # "wipe and prepare for use": maybe verbs
    return head


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in PARTICIPLES


def _plural_without_determiner(wording: str) -> bool:
    """ "units of connection speed": plural, so no "a" before it."""
    tokens = wording.split(" ")
    if tokens[0].lower() in DETERMINERS:
        return False
    head = _noun_head(tokens)
    return head is not None and _looks_plural(tokens[head].rstrip(",;:"))


def _starts_with_owner(wording: str) -> int:
    """How many words the owner takes when the wording starts with one ("the office's",
    "your phone's", "Windows'"), else 0."""
    tokens = wording.split(" ")
    if tokens and POSSESSIVE_END.search(tokens[0]):
        return 1
    if len(tokens) < 2 or tokens[0].lower() not in DETERMINERS:
        return 0
    for position in range(1, min(4, len(tokens))):
        word = tokens[position]
        if POSSESSIVE_END.search(word):
            return position + 1
        if word.lower() in DETERMINERS or word.lower() in AFTER_HEAD:
            return 0
    return 0


def _owner_noun(wording: str) -> str:
    """The owner's noun in a wording that starts with one: "office" for "the office's …"."""
    for word in WORD.findall(wording)[:3]:
        if POSSESSIVE_END.search(word):
            return POSSESSIVE_END.sub("", word).lower()
    return ""


def _lead_word(wording: str) -> str:
    first = WORD.match(wording)
    return first.group(0).lower() if first else ""


def _drop_words(wording: str, count: int) -> str:
    parts = wording.split(" ")
    return " ".join(parts[count:]) if 0 < count < len(parts) else wording


def _drop_first_word(wording: str) -> str:
    parts = wording.split(" ", 1)
    return parts[1] if len(parts) > 1 else wording


def _word_before(text: str, position: int) -> str | None:
    """The word just before `position`, when only spaces separate them."""
    found = re.search(r"([A-Za-z0-9]+(?:['’][A-Za-z]+)?)[ \t]+$", text[:position])
    return found.group(1) if found else None


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position


def _determiner_a_little_before(text: str, start: int) -> bool:
    """A determiner one or two describing words before the term ("your brand new ...")."""
    found = re.search(r"((?:[A-Za-z][\w'’-]*[ \t]+){1,3})$", text[:start])
    if not found:
        return False
    words = found.group(1).split()
    for count in (2, 3):
        if len(words) < count:
            break
        determiner, between = words[-count], words[-count + 1 :]
        if determiner.lower() not in DETERMINERS:
            continue
        # A verb is likelier than a describing word when it ends in -s ("the client uses").
        return all(w.lower() not in NOT_MODIFIERS and not w.lower().endswith("s") for w in between)
    return False


def _at_sentence_start(head: str) -> bool:
    stripped = head.rstrip()
    if not stripped:
        return True
    gap = head[len(stripped) :]
    closing = stripped.rstrip("\"')]”’")
    if closing.endswith(("!", "?")):
        return bool(gap) or closing != stripped
    if closing.endswith("."):
        last = closing.split()[-1].lower() if closing.split() else ""
        return bool(gap) and last not in ABBREVIATIONS
    if re.search(r"\n[ \t]*\n", gap):
        return True  # a new paragraph
    if "\n" in gap:
        # A new line ("Hi Maria,"), unless it plainly carries on the sentence above.
        return not (stripped[-1].islower() or stripped[-1].isdigit())
    return False


def _fix_article(head: str, wording: str) -> str:
    """ "a" or "an" right before the wording, to suit its first word."""
    found = re.search(r"(?<![\w'’-])(a|an|A|An|AN)([ \t]+)$", head)
    first = WORD.search(wording)  # past any opening quote: "an 'allow changes?' pop-up"
    if not found or not first:
        return head
    wanted = article_for(first.group(0))
    written = found.group(1)
    if written.lower() == wanted:
        return head
    if written.isupper() and len(written) > 1:
        fixed = wanted.upper()
    elif written[0].isupper():
        fixed = wanted.capitalize()
    else:
        fixed = wanted
    return head[: found.start(1)] + fixed + found.group(2)
