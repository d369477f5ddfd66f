"""How strongly a client says it: calm, concerned or distressed (see shared/empathy-labels.md).

Distressed needs a worry plus one sign of strong emotion or urgency: fear, pleading,
shouting, total loss, something irreplaceable, a deadline within the hour, money or
customers being lost right now, or three worries at once. Mild words ("a bit concerned")
are not enough on their own. The costly mistake is reading distress as calm, so any worry
at all makes a message at least concerned.
"""

from __future__ import annotations

import re

from empathy.engine.types import Distress, Worry

I = re.IGNORECASE  # noqa: E741

SIGNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "fear",
        re.compile(
            r"\b(?:frightened|scared|terrified|petrified|panic\w*|freaking out|beside myself|"
            r"feel sick|stomach (?:is )?in knots|nightmare|desperate|lowest ebb|wits'? end|"
            r"going to kill me|heart (?:sank|is pounding)|in tears|crying|horrified|dread\w*|"
            r"(?:i'?m|i am) (?:shaking|trembling|in pieces|in bits|distraught|devastated|heartbroken|"
            r"gutted|frantic|losing my mind|at a loss|at breaking point|sick with worry)|"
            r"could (?:cry|scream)|going to cry|breaking point|can'?t breathe|can'?t cope|"
            r"end of my tether|(?:considerable|real|huge) anxiety|so anxious|"
            r"what have i done|i feel (?:awful|terrible|dreadful|sick)|in (?:serious|big|real) trouble|"
            r"patience has (?:completely )?run out|at my wits)\b",
            I,
        ),
    ),
    (
        "pleading",
        re.compile(
            r"\bplease,? please\b|\bplease help\b|\b(?:someone|somebody|anyone),? (?:please )?help\b|"
            r"\bhelp me(?:,? please)?[!.]|\bhelp!|\bi need (?:someone|help) now\b|"
            r"\bpls (?:call|ring|help)\b|\bring me as soon as\b|\breally,? really need\b|"
            r"\bplease (?:can )?(?:someone|somebody) (?:ring|call|help)\b|\bplease,? (?:someone|somebody)\b|"
            r"\bbeg(?:ging)? (?:you|your)\b|\bimmediate (?:assistance|help)\b|"
            r"\bplease (?:say|tell me) (?:it|they|you|there)\b|\bwhat (?:do|should) i do\?",
            I,
        ),
    ),
    ("shouting", re.compile(r"[!?]{2,}")),
    (
        "total loss",
        re.compile(
            r"\bnothing (?:works|loads|opens|is working)\b|\blost the lot\b|"
            r"\beverything\b[^.!?]{0,40}\b(?:gone|disappeared|vanished|wiped)\b|"
            r"\beverything(?:'s| is| has)? (?:frozen|stopped|died|dead|down|crashed)\b|"
            r"\b(?:all|every|entire|whole)\b[^.!?]{0,40}\b(?:gone|wiped out|vanished|empty|"
            r"no records|disappeared|lost)\b|\bwhole \w+ (?:is |has )?gone\b|"
            r"^(?:gone|lost|wiped)[.!]|\ball of it[.!]|\b(?:is|are) (?:completely|totally) "
            r"(?:gone|empty|blank|dead)\b|\b(?:the )?whole [\w ]{1,20}(?:is|are) (?:dead|down)\b",
            I | re.MULTILINE,
        ),
    ),
    (
        "irreplaceable",
        re.compile(
            r"\b(?:only copy|no other copy|only ones? (?:we|i) (?:have|had)|only (?:picture|photo) i (?:have|had)|"
            r"never (?:been )?backed (?:it )?up|late (?:husband|wife|mother|father|son|daughter)|"
            r"wedding (?:photos|pictures|video)|gone forever|years of|months compiling|"
            r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+) years[.!]|since (?:19|20)\d\d|"
            r"before (?:he|she) died|first (?:year|steps|birthday)|"
            r"the whole (?:book|novel|thesis|memoir|manuscript))\b",
            I,
        ),
    ),
    (
        "within the hour",
        re.compile(
            r"\bin (?:\d|[1-5]\d|ten|five|fifteen|twenty|thirty|forty|forty-five|half an) ?(?:minutes?|mins?)\b|"
            r"\bin (?:half )?an hour\b|\bwithin the hour\b|\bany minute\b|"
            r"\b(?:[1-5]?\d) (?:minutes|mins) from now\b|\bit'?s (?:now )?\d{1,2}[:.]\d\d\b",
            I,
        ),
    ),
    (
        "losing money now",
        re.compile(
            r"\bas we speak\b|\bturning (?:people|customers) away\b|\bqueue out the door\b|"
            r"\b(?:people|customers|guests|patients) (?:are )?walking (?:out|off|away)\b|\bsaturday rush\b|"
            r"\bmoney walking\b|\bevery (?:hour|minute)\b[^.!?]{0,40}\bcosts?\b|"
            r"\b(?:lost|losing) (?:about |around |over )?(?:£|\$|€)[\d,]+|\bfor free\b|"
            r"\balready (?:cancell?ing|lost|losing|turning)\b|\bgoing off\b",
            I,
        ),
    ),
    (
        "unsafe",
        re.compile(
            r"\b(?:isn'?t|is not|not) safe\b|\bpatients? (?:are |is )?at risk\b|\blocked (?:everyone|us all) out\b",
            I,
        ),
    ),
]
# The writer says outright that the stakes are low; without any sign above, that is calm.
LOW_STAKES = re.compile(
    r"\b(?:no rush|no hurry|not urgent|whenever(?= suits| you| is| works| convenient|[.!,]|$)|no worries|not a big deal|minor thing|it can wait|"
    r"just curious|out of (?:interest|curiosity)|low priority|rather than a disaster|"
    r"not the end of the world|no panic|fit it in|when you'?re free|urgency has passed|"
    r"(?:next \w+|any ?time|later) (?:is|would be) (?:fine|ok|okay)|just for (?:your|the) (?:notes|records?))\b",
    I,
)
ACRONYMS = frozenset(
    [
        "PDF",
        "USB",
        "PC",
        "TV",
        "VAT",
        "IT",
        "ID",
        "PIN",
        "PA",
        "PS",
        "GP",
        "NHS",
        "UK",
        "US",
        "OK",
        "HR",
        "CEO",
        "CV",
        "PTA",
        "AM",
        "PM",
        "KB",
        "MB",
        "GB",
        "SD",
        "BBC",
        "GCSE",
        "GCSES",
        "OFSTED",
        "PAYE",
        "UCAS",
        "ACAS",
        "NASA",
        "EPOS",
        "WIFI",
        "SATS",
        "AIRDROP",
        "LOL",
        "ATM",
    ]
)
SHOUTED_WORD = re.compile(
    r"\b(?=[A-Z']*[AEIOU])[A-Z][A-Z']{3,}\b|\b(?:NOW|ALL|ANY|HELP|NOT|WHY|GONE|LOST|NO)\b"
)


def says_low_stakes(text: str) -> bool:
    """'No rush' counts; 'not a big deal today but I need it by Saturday' does not."""
    return any(
        not re.match(r"[^.!?]{0,20}\bbut\b", text[match.end() :], I)
        for match in LOW_STAKES.finditer(text)
    )


def distress_signs(text: str) -> list[str]:
    found = [name for name, pattern in SIGNS if pattern.search(text)]
    shouted = [word for word in SHOUTED_WORD.findall(text) if word not in ACRONYMS]
    if shouted and "shouting" not in found:
        found.append("shouting")
    return found


def distress_level(text: str, worries: list[Worry]) -> tuple[Distress, list[str]]:
    if not worries:
        return "calm", []
    signs = distress_signs(text)
    if not signs and says_low_stakes(text):
        return "calm", []
    if len({worry.kind for worry in worries}) >= 3:
        signs.append("three or more worries")
    return ("distressed" if signs else "concerned"), signs
