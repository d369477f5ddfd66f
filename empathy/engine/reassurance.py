"""Does a draft say whether the client's data is safe, and which worries does it answer?"""

from __future__ import annotations

import re

from empathy.engine.worries import DATA as ANY_DATA

I = re.IGNORECASE  # noqa: E741
DATA = (
    r"(?:files?|photos?|pictures?|documents?|emails?|e-mails|data|work|listings|chapters?|"
    r"appointments|case files|returns|reports?|scans|scanned documents|messages|folders?|"
    r"spreadsheet|thesis|everything|desktop|texts|contacts|records|version|copies)"
)

REASSURES = re.compile(
    "|".join(
        [
            rf"\b{DATA}\b[^.!?]{{0,30}}?\b(?:are|were|is|was|came|'re|stay(?:ed)?)\b[^.!?]{{0,20}}?\b(?:safe|fine|intact|untouched|still (?:there|safe|on)|all there|all still|back|exactly (?:as|where)|where you left|backed up|across|kept|copied|on the (?:server|laptop|card|drive|shared drive|cloud))\b",
            r"\b(?:nothing|no (?:file|files|data|emails?|photos?|documents?))(?: was| were| has been| have been)? (?:lost|deleted|removed|read|copied|affected|damaged|touched|gone)\b",
            r"\bnone of (?:your|the) \w+ (?:were|was) (?:deleted|copied|lost|read|affected)\b",
            r"\bno data was lost\b|\bno one else has signed in\b|\bhaven'?t been read\b",
            r"\bnever (?:touched|lost|deleted|in danger|at risk)\b",
            r"\b(?:we|i)(?:'ve| have)? (?:got|recovered|restored|saved|found|brought back|copied)\b[^.!?]{0,20}?\b(?:all|every|everything|\d+|the \w+ back|it back|them back|your)\b",
            r"\beverything\b[^.!?]{0,40}\b(?:is|was|'s|are) (?:where you left it|back|there|safe|exactly)\b",
            r"\b(?:restored|recovered|got|brought) (?:it|them) (?:back|from)\b|\bthe only thing missing\b",
            r"\bstill have a copy\b|\bcopy of everything\b|\bthe whole time\b",
            r"\b(?:is|are) (?:all )?(?:still )?(?:safe|there) on\b",
            r"\bwere(?:n'?t| not) lost\b|\bwasn'?t lost\b|\bsafe on the\b|\bare safe\b|\bis safe\b",
            r"\brecovered everything\b|\bwas able to save\b|\ball (?:\d+|your) \w+ came across\b",
            r"\b(?:two|2) copies\b|\bclean copy of every\b",
            # "all 46 are there", "every record up to 11pm is back", "all 34 files open normally"
            r"\b(?:all|every|each)\b[^.!?]{0,40}\b(?:are|is|were|'re|come|came|open|opens|load|loads)\b"
            r"[^.!?]{0,10}?\b(?:there|back|safe|readable|intact|normally|through|across|on (?:the|your))\b",
            r"\b(?:they|these|those|\w+s)(?:'re| are) all (?:there|safe|back|fine)\b|\bthey'?re all there\b",
            # "the bundle isn't damaged", "none of the seating plan is lost", "no money or details were taken"
            r"\b(?:isn'?t|aren'?t|wasn'?t|weren'?t|never was|never were|hasn'?t been|haven'?t been) "
            r"(?:lost|damaged|deleted|gone|missing|corrupt(?:ed)?|touched|read|taken|wiped)\b",
            r"\bnone of\b[^.!?]{0,40}\b(?:lost|deleted|missing|gone|damaged|read|taken|copied|affected|left|leaked)\b",
            r"\bnothing (?:is|was|'s) (?:missing|lost|gone)\b|\bno [\w ]{1,30}(?:were|was|has been|have been) "
            r"(?:taken|lost|read|copied|stolen|deleted|sent)\b",
            r"\b(?:nobody|no one|no-one)(?: else)? (?:could have|can|could|has|had|got|will be able to)\b"
            r"[^.!?]{0,20}\b(?:read|seen|been into|get into|got into|opened|accessed|see)\b|\baccount is (?:secure|safe)\b",
            # what was brought back, honestly: "I've moved all nine back", "got back 1,180 of the photos"
            rf"(?<!should have )(?<!could have )(?<!would have )(?<!must have )(?<!to )"
            rf"\b(?:put|moved|brought|got|copied|rebuilt|restored|recovered|repaired|retrieved|found|saved|merged)\b"
            rf"[^.!?]{{0,40}}?\b{ANY_DATA}\b",
            rf"\b{ANY_DATA}\b[^.!?]{{0,30}}\b(?:have|has) (?:all )?(?:come through|arrived|come back|reappeared)\b",
            rf"\b{ANY_DATA}\b[^.!?]{{0,30}}?\b(?:are|is|'re) (?:all )?(?:still )?(?:in|on) (?:the|your|a)\b",
        ]
    ),
    I,
)
NOT_REASSURING = re.compile(
    r"\bcan'?t promise\b|\bnot sure (?:if|whether)\b[^.!?]*\b(?:safe|recover)", I
)

ANSWERS: dict[str, re.Pattern[str]] = {
    "work_blocked": re.compile(
        r"\b(?:it'?s|it is|that'?s|all|they'?re|everything'?s) (?:now )?(?:fixed|sorted|done|working|unlocked|open|ready|back|connected)\b|"
        r"\bready (?:to use|for you)\b|\b(?:carry on|you can (?:log|sign|get|use|print|send|open|carry|reach|join|connect))\b|"
        r"\b(?:connected|online|up and running|unlocked)\b|\b\w+ing\b[^.!?]{0,25}\b(?:again|now|normally)\b|\bfinished (?:starting|loading|updating)\b|"
        r"\bstay connected\b|\b(?:doors|tills?|lines?|site|internet|printer|phones?)(?:'s| is| are) (?:open|back|up|working)\b|"
        r"\b(?:you can|you'?ll be able to|you'?re able to)\b[^.!?]{0,40}\b(?:again|now|straight away|today)\b|"
        r"\b(?:working|works|flowing|loads?|prints?|printing|open|opens|online|starts?|boots|running|charging|back|go through)\b[^.!?]{0,12}\b(?:again|now|normally|properly)\b|"
        r"\b(?:will|it'?ll) keep (?:working|printing|going)\b|"
        r"\byou'?re back\b|\bback (?:in|online|up|to normal|where they were)\b|\bis back\b|"
        r"\bkeep working\b|\blend you\b|\b(?:should|will) go through again\b|\bbring it back\b|"
        r"\b(?:is|are) working\b|\bjoin your call\b|\bstarts normally\b|\bback online\b|\bon both\b",
        I,
    ),
    "deadline": re.compile(
        r"\bready for\b|\bas planned\b|\ball set for\b|\bo'?clock\b|\b\d{1,2}[:.]\d\d\b|"
        r"\bfor (?:your|the|\w+day'?s|tomorrow'?s|tonight'?s|this \w+'?s?) [^.!?]{0,30}\b(?:hearing|service|market|meeting|viewing|call|lesson|class|show|concert|appointment|visit|inspection|audit|deadline)\b|"
        r"\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
        r"\b(?:in time|well before|before (?:the|your|tonight|friday|monday|salaries|\d)|plenty of time|"
        r"by (?:\d|the|friday|monday|tonight|tomorrow)|within the hour|first thing|deadline|"
        r"put (?:them|it) first|your \w+ call\b[^.!?]*\bfine|tomorrow|tonight|"
        r"(?:takes|within|in) (?:up to )?\d+ (?:hours|minutes|days))\b",
        I,
    ),
    "self_blame": re.compile(
        r"\bdon'?t (?:feel bad|blame yourself|be hard on yourself)\b|\bcatch(?:es)? (?:a lot of|lots of|many|plenty of) people out\b|"
        r"\byou didn'?t (?:break|cause|do)\b|\b(?:very |really |quite )?common\b|\bfools? (?:careful|clever|sensible|lots of|many|even)\b|"
        r"\beasy slip\b|\bnobody could have\b|\bon us\b|\bfar too easy\b|\bcould happen to anyone\b|\banyone could\b|"
        r"\bnot your fault\b|\bwasn'?t (?:anything you did|your fault|you)\b|\bnothing you did\b|"
        r"\byou did (?:nothing wrong|the right thing|exactly the right thing)\b|\bdidn'?t do anything wrong\b|"
        r"\b(?:happens|happened) to (?:lots of|many|everyone|most|all of us)\b|\bcommon (?:mix-up|mistake)\b|"
        r"\beasy (?:mistake|to do|to miss|to make|mistakes)\b|\bno need to apologi[sz]e\b|\bnothing to feel silly\b|"
        r"\baccidents happen\b|\bnot you\b|\bdesigned to (?:frighten|fool|trick)\b|\bfor everyone\b|"
        r"\bnot just you\b|\b(?:crashed|happened|broke|did (?:it|that)) on its own\b|\bnot a sacking offence\b",
        I,
    ),
    "cost": re.compile(
        r"\b(?:charged|collected|warranty|refunded|taking cards|paid|invoices?|bank)\b|"
        r"\b(?:cost|costs|sales|money|insurance|covered|free of charge|refund|no charge|payments?|pay|"
        r"customers|orders)\b|£\s?\d",
        I,
    ),
    "repeat": re.compile(
        r"\b(?:that'?s|which is|this is) why\b|\bwhenever\b|\bshould stop\b|\bfirst time\b|\bit'?s held\b|"
        r"\b(?:swapped|replaced|renewed|changed the|moved the|moved where)\b|\bnewer one\b|\bfor (?:\w+ )?(?:years|months)\b|"
        r"\b(?:because|caused by|(?:was|were) down to|the (?:real )?cause|came from|the reason)\b|"
        r"\b(?:won'?t|shouldn'?t|can'?t|will not|should not)\b[^.!?]{0,30}\b(?:again|keep|happen)\b|"
        r"\bstops? the\b|\bfrom now on\b|\b(?:steady|stable) (?:all|since)\b|\bfor good\b|\bpermanently\b|"
        r"\bso (?:it|this) (?:won'?t|doesn'?t|shouldn'?t)\b|\bneeds to be switched\b",
        I,
    ),
}


def reassures_data(text: str) -> bool:
    return bool(REASSURES.search(text)) and not NOT_REASSURING.search(text)


def addressed_worries(text: str, worries: tuple[str, ...], *, reassured: bool) -> list[str]:
    """Which of the client's worries the draft answers. A data-loss worry is answered only
    by saying whether the data is safe (or, honestly, what was recovered)."""
    answered = []
    for kind in worries:
        if kind == "data_loss":
            if reassured:
                answered.append(kind)
        elif kind in ANSWERS and ANSWERS[kind].search(text):
            answered.append(kind)
    return answered
