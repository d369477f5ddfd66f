"""Does a draft say whether the client's data is safe, and which worries does it answer?

Both are read clause by clause, the way a worried client reads a reply. A clause that only
asks ("Can you check your files are still there?"), makes a condition ("let me know if
anything is missing") or hopes ("hopefully nothing is lost") promises nothing, however close
its words come to a promise; nor does one that says the opposite ("you can't work until
Monday"). Everything is compiled once, at import: a review runs these on every keystroke.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from empathy.engine.text import sentences
from empathy.engine.worries import DATA as ANY_DATA

I = re.IGNORECASE  # noqa: E741 - the usual flag name


def _any(*items: str) -> str:
    return "(?:" + "|".join(items) + ")"


# --- What the client's data is called ------------------------------------------------------
DATA = "(?!passwords?\\b)" + _any(
    ANY_DATA, r"documents?", r"e-mails", r"work", r"listings", r"appointments", r"returns",
    r"scans", r"messages", r"folders?", r"spreadsheets?", r"desktop", r"texts", r"contacts",
    r"records", r"version", r"copies", r"voicemails?", r"inbox", r"calendar",
    r"diary", r"bookings?", r"marks", r"scripts", r"(?:board |meeting |the )minutes", r"viewings", r"meetings?",
    r"(?:meeting |calendar )?series", r"events", r"photographs", r"originals", r"copy", r"highlights", r"annotations",
    r"footage", r"recordings?", r"votes", r"quotes", r"entries",
    r"projects?", r"termbases", r"archive", r"albums?", r"music",
    r"songs", r"playlists?", r"videos?", r"accounts? (?:data|details)", r"patient (?:data|details|notes)",
    r"client (?:data|details|list)", r"customer (?:data|details|list)",
    r"timesheets?", r"invoices", r"certificates?", r"letters?", r"logbook", r"journal", r"blog", r"posts",
    r"photos? and videos", r"memories", r"chats?", r"whatsapps?", r"conversations?",
)  # fmt: skip
# Money is safe in a different way: "no money was taken" answers a cost worry, not this one.
MONEY = re.compile(
    r"\b(?:money|payments?|paid|charges?d?|card|cards|fees?|refund\w*|£|\$|€|bank)\b", I
)
STATE = _any(
    r"safe(?:ly \w+)?", r"fine", r"ok(?:ay)?", r"intact", r"untouched", r"unchanged", r"unaffected",
    r"unharmed", r"undamaged", r"complete", r"whole", r"secure", r"private", r"readable",
    r"protected", r"accounted for", r"recorded", r"preserved", r"in place", r"in order",
    r"(?:all |still |now |right )*there", r"all (?:present|there|here|fine|safe|back)", r"here",
    r"where (?:you|they|it) (?:left|should|was|were|belong)\w*", r"(?:exactly |just )?as (?:you left|it was|they were|before)\w*",
    r"exactly (?:as|where)", r"back(?! to normal| in \w+ish| up and| online| on track)", r"restored", r"recovered",
    r"saved", r"backed up", r"copied", r"kept", r"held", r"waiting", r"sitting",
    r"(?:on|in) (?:the|your|a|our|its|their|his|her) (?:[\w'-]+ ){0,3}?(?!danger|trouble|bin\b|wrong)[\w'-]+",
    r"(?:on|in) (?:onedrive|icloud|dropbox|google drive|sharepoint|the cloud)",
    r"online", r"there for you", r"fine where they are", r"where they should be", r"all accounted for",
    r"open(?:s|ing)? (?:normally|fine|properly|correctly|perfectly)", r"visible", r"attached", r"on (?:it|there)",
    r"(?:as )?good as new", r"in one piece", r"out of harm'?s way", r"never at risk",
)  # fmt: skip
LINK = _any(
    r"are", r"is", r"were", r"was", r"'re", r"'s", r"stay(?:ed|s)?", r"remain(?:ed|s)?",
    r"have been", r"has been", r"had been", r"will be", r"'ll be", r"look", r"looks", r"seem",
    r"seems", r"came through", r"have come", r"has come", r"now show", r"sit", r"sits",
)  # fmt: skip
LOSS = _any(
    r"lost", r"deleted", r"removed", r"changed", r"altered", r"touched", r"taken", r"read",
    r"opened", r"accessed", r"exported", r"seen", r"viewed", r"exposed", r"leaked", r"copied",
    r"stolen", r"missing", r"missed", r"affected", r"damaged", r"harmed", r"corrupt(?:ed)?",
    r"wiped", r"erased", r"gone", r"overwritten", r"encrypted", r"downloaded", r"shared",
    r"sent", r"forwarded", r"compromised", r"broken", r"harm(?:ed)?", r"at risk", r"in danger",
    r"scrambled", r"destroyed", r"lose", r"moved", r"leave", r"left",
)  # fmt: skip
RECOVER = _any(
    r"got", r"recovered", r"restored", r"rescued", r"retrieved", r"brought", r"put", r"moved",
    r"copied", r"found", r"released", r"pulled", r"saved", r"rebuilt",
    r"exported", r"undeleted", r"carved", r"replayed", r"recalled",
    r"salvaged", r"reinstated", r"re-?imported", r"imported", r"merged", r"repaired",
    r"fetched", r"dug out", r"located", r"tracked down", r"transferred", r"transcoded",
    r"backed up",
)  # fmt: skip
# Between the data and what is said of it: not across a comma or into another clause.
GAP = (
    r"(?:(?!,\s|\b(?:so|and|then|but|because|password|(?:you|i|we|they)(?:'ll|'ve|'re|'m| will| can| have| need| should))\b)"
    r"[^.!?;]){0,40}?"
)

# Clauses that say, in so many words, that the data is safe, untouched or back.
SAYS_SAFE = re.compile(
    "|".join(
        [
            # "your documents are untouched", "all your files are where you left them"
            # "everything is still there", "it's all there", "they're all back"
            r"\b(?:everything|it all|all of it|the lot|they|it|them all|each one|every one|every last one)(?:'s|'re| is| are| was| were| has been| have been| will be|'ll be| stayed)(?:\s+(?:all|still|now|safely|exactly|right|just|completely|fully)){0,3}\s+(?:safe|intact|untouched|(?:all|still) there|(?:back )?where (?:you|it|they) (?:left|should|belong)\w*|accounted for|unchanged|unaffected|exactly as \w+ (?:was|were)|as (?:it|they) (?:was|were))\b",
            rf"\b(?:all of them|every one of them|each of them|them all|all \d[\d,]*(?: of them)?|every single one|every last one)\b[^.!?;]{{0,30}}?\b{LINK}\b(?:\s+(?:all|still|now|safely|exactly|right|just|back)){{0,2}}\s+{STATE}\b",
            # "we got every photo back", "I've restored the 12b scripts", "all 9,000 contacts ... are back"
            rf"(?<!should have )(?<!could have )(?<!would have )(?<!must have )(?<!you've )(?<!you'd )(?<!you )\b{RECOVER}\b[^.!?;]{{0,50}}?\b{DATA}\b",
            r"\b(?:got|brought|have|'ve) (?:them|all of them|every one|everything|it all|each one|the lot|it all) back\b",
            r"\b(?:restored|recovered|rescued|retrieved|got|brought) (?:it|them) (?:back|from)\b(?! up| on\b| online| to life)",
            rf"\b(?:managed to|were able to|was able to|could|did) (?:get|bring|rescue|recover|save|restore|retrieve|pull|recall|salvage)\b(?:\s+[\w'-]+){{0,5}}?\s+(?:back|{DATA})\b",
            rf"\bwith (?:all |every one of |each of )?(?:your|the|their|its|his|her) (?:[\w'-]+ ){{0,3}}?{DATA} (?:all |still |already )?(?:intact|untouched|safe|unchanged|in place|on it|there|still there|where \w+ (?:were|was))\b",
            r"\bbefore (?:anyone|anybody|it was|they were|he|she|they|the \w+|any of them) (?:\w+ )?(?:opened|read|saw|seen|looked|open|read)\b",
            r"\b(?:drive|disk|ssd|hard drive|memory card|card|stick|nas|backup) (?:is|was|itself is) (?:completely |totally )?(?:unaffected|undamaged|intact|unharmed|readable|untouched)\b",
            r"\b(?:it|they)(?:'s|'re| is| are) (?:now |all )?back (?:in|on) (?:your|the|its|their|')",
            r"\b(?:recovered|restored|rescued|retrieved|saved|got back|brought back) (?:everything|all of (?:it|them)|it all|the lot|every (?:one|last one|single one)|most of (?:it|them|the \w+)|all but \w+)\b",
            r"\ball but (?:one|two|three|a few|\d+) of\b|\bthe only thing (?:lost|missing)\b|\bonly (?:thing|part) (?:you'?ll )?(?:lost|missing|gone)\b",
            r"\b(?:been|were|was) able to (?:read|save|rescue|recover|restore|get back|open|copy)\b",
            r"\b(?:still have|kept|keep|have|there'?s|there is|made) (?:a|another|two|2|a second|a full|a clean) (?:\w+ )?cop(?:y|ies)\b|\bcopy of everything\b|\bclean copy of every\b",
            rf"\bevery\s+(?:single\s+|last\s+)?(?:[\w'-]+\s+){{0,2}}?{DATA}\b[^.!?;]{{0,40}}\b(?:is|are|was|were|'s|shows?|showed|opens?|opened|loads?|came|arrived|made it|is there|survived)\b",
            rf"\ball\s+(?:(?:of\s+)?(?:your|the|\d[\d,]*|[a-z]+)\s+){{0,3}}?{DATA}\b[^.!?;]{{0,40}}\b(?:are|were|'re|is|shows?|open|opened|came|come|arrived|made it|survived|loaded|load)\b",
            r"\b(?:all|every|each)\b[^.!?;]{0,40}\b(?:are|is|were|'re|come|came|open|opens|load|loads)\b[^.!?;]{0,10}?\b(?:there|back|safe|readable|intact|normally|through|across)\b",
            rf"\b(?:your|the|all)\s+(?:[\w'-]+\s+){{0,3}}?{DATA}\s+(?:all\s+)?(?:survived|made it|came through|came across|are fine|stayed put)\b",
            r"\bsafe and sound\b|\bnothing to (?:recover|re-?enter|redo|re-?type)\b|\bno (?:data|work|files?) (?:loss|lost)\b",
            r"\bnothing (?:is|was|'s|has been|will be) (?:missing|lost|gone)\b|\bnothing(?: was| is|'s)? (?:lost|missed|missing)\b",
            r"\b(?:unreadable|can'?t be (?:read|opened)|cannot be (?:read|opened|accessed)|can no longer be (?:read|opened|accessed)) (?:without|by|on|from)\b|\bcan no longer be opened\b",
            r"\b(?:account|mailbox|inbox|laptop|device|phone|data)s? (?:is|are|was|were|'s) (?:now )?(?:secure|safe|locked down|protected|encrypted)\b",
        ]
    ),
    I,
)
# Clauses that deny a loss: "nothing was deleted", "none of your emails were lost".
DENIES_LOSS = re.compile(
    "|".join(
        [
            rf"\b(?:nothing|none|not one|not a single one|not a thing|no part)\b(?:\s+(?:else|at all|of (?:it|them|your \w+|the \w+|yours)|on (?:it|the \w+|your \w+)|in (?:it|them|the \w+|your \w+)|from (?:it|the \w+)|[\w'-]+)){{0,4}}\s+(?:(?:was|were|is|are|has|have|had|got|'s|ever|actually|been|even|been ever)\s+){{1,3}}(?:\w+ )?{LOSS}\b",
            rf"\b(?:nothing|none)\b[^.!?;]{{0,40}}\b(?:was|were|is|has been|have been|got|ever) (?:\w+, )*(?:\w+ )?{LOSS}\b",
            rf"\bno\s+(?:[\w'-]+\s+){{0,3}}?{DATA}\b[^.!?;]{{0,30}}?\b(?:(?:was|were|is|are|has|have|had|got|ever|been|actually)\s+){{1,3}}(?:\w+ )?{LOSS}\b",
            rf"\bnot (?:a|one|a single) (?:[\w'-]+\s+)?{DATA}\b[^.!?;]{{0,30}}?\b{LOSS}\b",
            r"\bnone of\b[^.!?;]{0,40}\b(?:lost|deleted|missing|gone|damaged|read|taken|copied|affected|left|leaked|opened|seen|touched|exposed|changed)\b",
            r"\b(?:isn'?t|aren'?t|wasn'?t|weren'?t|never was|never were|hasn'?t been|haven'?t been) (?:lost|damaged|deleted|gone|missing|corrupt(?:ed)?|touched|read|taken|wiped)\b",
            r"\b(?:nobody|no one|no-one|noone|no stranger|no student|no outsider|no pupil|no patient)(?:\s+(?:else|outside \w+(?: \w+)?|but you|other than you|from outside))?\b[^.!?;]{0,20}\b(?:could have|can|could|has|had|have|got|will be able to|was able to|ever|managed to|did)?\s*(?:\w+ )?(?:read|seen|been into|get into|got into|opened|accessed|see|viewed|get at|got at|looked at|touched|downloaded|signed in|logged in|copied|taken)\b",
            r"\b(?:didn'?t|haven'?t|hasn'?t|won'?t|did not|have not|has not|will not|never) (?:\w+ )?(?:lose|lost) (?:a thing|anything|any|a single|your|the|them|it|one)\b",
            r"\bnever (?:touched|lost|deleted|in danger|at risk|exposed|accessed|opened|read|left|reached|affected|encrypted|copied)\b",
            r"\bno (?:data|file|files|information|details|records?|emails?|photos?|documents?)\b(?: \w+){0,2} (?:loss|lost|left|leaked|went)\b",
            r"\bhaven'?t been read\b|\bno one else has signed in\b|\bno data was lost\b",
            r"\b(?:it|they)\s+(?:hadn'?t|hasn'?t|haven'?t|wasn'?t|weren'?t|had not|has not|was not|were not)\s+(?:been\s+)?(?:opened|read|seen|accessed|viewed|downloaded)\b",
            r"\b(?:mailbox(?:es)?|accounts?|inbox|laptop|phone|device|computer|pc|server|system|records?)\b (?:wasn'?t|weren'?t|was not|were not|hasn'?t been|haven'?t been|was never|were never) (?:\w+ )?(?:accessed|read|opened|touched|entered|compromised|breached|hacked|affected)\b",
            r"\bdidn'?t (?:get|gain) (?:\w+ )?(?:access|in|into)\b|\bnever (?:got|gained) (?:\w+ )?(?:access|in)\b|\bno (?:sign|trace) of (?:anyone|anybody|access|it being (?:opened|read|copied))\b",
            r"\bno (?:unusual|suspicious|other|outside|unknown|strange) (?:sign-?ins?|logins?|access|activity)\b|\b(?:shows?|showed) no (?:access|\w+ (?:access|export|sign-?ins?|logins?))\b",
        ]
    ),
    I,
)
# The same, said after a word for the data ("your documents | are untouched"): matched only
# where such a word ends, so these cost nothing in a clause that names no data.
DATA_WORD = re.compile(rf"\b{DATA}\b", I)
SAYS_SAFE_AFTER_DATA = re.compile(
    "|".join(
        [
            rf"{GAP}\b{LINK}\b(?:\s+(?:all|still|now|safely|completely|totally|perfectly|fully|exactly|right|just|entirely|quite|both|each|already|back|also|intact,?|every one|all of them)){{0,3}}\s+{STATE}\b",
            r"[^.!?;]{0,40}?\b(?:have|has|had|were|was|are|is|got|'ve|'s)\s+(?:all\s+|now\s+|safely\s+|been\s+|successfully\s+|fully\s+)*(?:recovered|restored|rescued|retrieved|saved|backed up|copied|found|released|put back|moved back|brought back|returned|reinstated|kept|synced|preserved|come back|come through|arrived|reappeared|recorded)\b",
            r"[^.!?;]{0,30}\b(?:stayed|stays|remained|remains|is kept|are kept|were kept) (?:inside|private|on|in|with|safe|encrypted|locked)\b",
        ]
    ),
    I,
)
DENIES_LOSS_AFTER_DATA = re.compile(
    "|".join(
        [
            rf"[^.!?;]{{0,40}}?\b(?:isn'?t|aren'?t|wasn'?t|weren'?t|is not|are not|was not|were not|hasn'?t been|haven'?t been|has not been|have not been|never (?:was|were|been|got)|was never|were never|have never been|has never been|didn'?t get|never|didn'?t|did not)\s+(?:\w+\s+)?{LOSS}\b",
        ]
    ),
    I,
)
# Words before the promise, in the same clause, that take it back.
TAKES_BACK = re.compile(
    r"\b(?:hope|hoping|hopefully|fingers crossed|with luck|with any luck|might|may|maybe|perhaps|"
    r"probably|possibly|likely|try|trying|tried|attempt\w*|aim(?:ing)? to|can'?t (?:promise|guarantee|say|tell|be sure|confirm)|"
    r"cannot (?:promise|guarantee|say|tell|be sure|confirm)|no guarantee|not (?:sure|certain|yet|able)|"
    r"don'?t (?:know|think|believe)|do not (?:know|think)|unsure|unable|couldn'?t|could not|wasn'?t able|"
    r"weren'?t able|failed|no way|impossible|wish|won'?t know|until|afraid (?:that )?(?:not|none|no)|"
    r"would have|could have|should have|if you'?d|had you)\b",
    I,
)
# The same, but only within the stretch since the last comma: "If the laptop won't start,
# your files are safe" is a promise; "let me know if your files are all there" is not.
ASKS = re.compile(
    r"\b(?:if|whether|unless|in case|let (?:me|us) know|tell (?:me|us)|please (?:\w+ )?(?:check|confirm|look|see|make sure|tell|let)|"
    r"(?:can|could|would|will) you|do you (?:know|mind|have|still)|are you able|check (?:that|if|whether|for|your)|"
    r"see (?:if|whether)|make sure|double-?check|have a (?:quick )?look|ask(?:ing)? (?:you|whether|if)|wonder(?:ing)?|"
    r"need to know|want to (?:check|know|make sure|confirm)|just to (?:check|confirm))\b",
    I,
)
CONDITIONS = {"if", "unless", "in case"}
MAIN_CLAUSE = re.compile(r"\b(?:you|we|i|they|there)(?:'ll| will| still| can| would)\b", I)
NEGATED = re.compile(
    r"\b(?:not|never|no longer|cannot|\w+n't|would have|could have|should have|might have|if|unless)\b",
    I,
)
NAMES_DATA = re.compile(rf"\b{ANY_DATA}\b", I)
QUESTION_START = re.compile(
    r"^\W*(?:can|could|would|will|were|was|is|are|did|do|does|have|has|had|what|which|where|how|why|any)\b",
    I,
)

# Like text.clauses, but "11:40" and "all but two" stay whole.
CLAUSE_BREAK = re.compile(
    r";|:(?!\d)|\s[-–—]\s|,\s*(?:but|though|although|however)\b|(?<!all )(?<!anything )\bbut\b", I
)


def clauses(sentence: str) -> list[str]:
    return [part.strip() for part in CLAUSE_BREAK.split(sentence) if part and part.strip()]


def _promise_clauses(text: str) -> Iterator[str]:
    """The clauses that state something, rather than ask it."""
    for sentence in sentences(text):
        parts = clauses(sentence)
        for number, clause in enumerate(parts):
            last = number == len(parts) - 1
            if clause.rstrip().endswith("?") or (last and sentence.rstrip().endswith("?")):
                continue
            if QUESTION_START.search(clause) and sentence.rstrip().endswith("?"):
                continue
            yield clause


def _stands(clause: str, start: int) -> bool:
    """Is the promise that starts at `start` meant, not asked, hoped for or taken back?"""
    before = clause[:start]
    if TAKES_BACK.search(before):
        return False
    asks = list(ASKS.finditer(before[before.rfind(",") + 1 :]))
    if not asks:
        return True
    asked = asks[-1]
    # "if the laptop ever fails you'll still have a copy": the condition has ended and the
    # promise is the main clause.
    return asked.group(0).lower() in CONDITIONS and bool(MAIN_CLAUSE.search(before[asked.end() :]))


def _claims(clause: str) -> Iterator[tuple[int, str, bool]]:
    """Each stretch of the clause that says the data is safe: (start, words, denies a loss)."""
    for match in SAYS_SAFE.finditer(clause):
        yield match.start(), match.group(0), False
    for match in DENIES_LOSS.finditer(clause):
        yield match.start(), match.group(0), True
    for data in DATA_WORD.finditer(clause):
        for tails, denial in ((SAYS_SAFE_AFTER_DATA, False), (DENIES_LOSS_AFTER_DATA, True)):
            tail = tails.match(clause, data.end())
            if tail:
                yield data.start(), clause[data.start() : tail.end()], denial


def reassures_data(text: str) -> bool:
    """Does the draft tell the client their data is (or will be) safe, or say honestly what
    was recovered? Asking about the data, hoping, or saying it is lost does not count."""
    for clause in _promise_clauses(text):
        for start, said, denial in _claims(clause):
            if not _stands(clause, start):
                continue
            if not denial and NEGATED.search(said):
                continue
            if MONEY.search(clause, start, start + len(said) + 30) and not NAMES_DATA.search(said):
                continue
            return True
    return False


# The words each worry was first answered with (tuned on tests/empathy/*_data.py); the
# paraphrases below (MEANS) widen them to what the words mean.
KEYWORDS: dict[str, re.Pattern[str]] = {
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


DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midday|midnight|lunch(?:time)?"
MEANS: dict[str, list[str]] = {
    "work_blocked": [
        # "works again", "you can join calls again", "is back up", "your Zoom calls have sound again"
        r"\b(?:works?|working|runs?|running|prints?|printing|sends?|sending|syncs?|syncing|loads?|opens?|starts?|connects?|logs? in|signs? in)\b(?:\s+[\w'-]+){0,3}?\s+(?:again|now|fine|normally|properly|as normal|as usual)\b",
        r"\b(?:have|has|had|get|gets|got)\b(?:\s+[\w'-]+){0,2}?\s+(?:sound|picture|signal|internet|wi-?fi|power|access|email|a connection)\b(?:\s+[\w'-]+){0,2}?\s+(?:again|back|now)\b",
        r"\byou(?:'re| are)? (?:good|all set|set|ready|free|clear|fine) to (?:go|carry on|work|start|use|print|log in|sign in|join|send|teach|trade)\b|\bgood to go\b|\ball set\b",
        r"\byou(?:'re| are) (?:ready|good|set|all set|back in business|up and running|in business|back in)\b",
        r"\byou(?:'ll| will| can| should| now can)\b(?:\s+[\w'-]+){0,2}?\s+(?:go straight in|get straight in|get in|log in|sign in|carry on|pick up where|get back to|keep working|be able to|use|work|print|send|open|join|teach|see|take|book|pay|scan|submit|file|serve|upload|reach|connect|access|start|play|call|ring)\b",
        r"\b(?:is|are|'s|'re) (?:now )?(?:back|up|online|running|fixed|sorted|working|live|accepted|delivered|received|uploaded|through|restored|available|unlocked|stable|visible|reconnected|released|in)\b(?:\s+(?:up|on|again|now|and running|online|properly|normally))?",
        r"\b(?:is|are|'s|'re) (?:now |all )?(?:printing|working|sending|syncing|loading|running|going out|flowing|coming through|playing|recording|charging|connecting|showing)\b",
        r"\b(?:back up|up and running|back to normal|back on|back online|as normal|went through|gone through|goes through|come through|came through|got through|now shows?|display(?:s|ing)? (?:again|correctly)|shows? (?:up )?again)\b",
        # a fix the technician has finished: "I've moved it", "we've reset your password"
        r"\b(?:i|we)(?:'ve| have)(?: now| just| also)? (?:fixed|sorted|done|moved|switched|turned|reset|unlocked|restarted|reconnected|repaired|replaced|put|changed|updated|installed|renewed|released|cleared|swapped|freed|plugged|brought|got|reinstalled|re-?enabled|unblocked|resubmitted|uploaded|made|rebooted|rejoined|re-?paired|charged) (?:it|them|that|this|everything|it all|your [\w'-]+|all of them)\b",
        r"\b(?:it|that|everything|all|they|this)(?:'ll| will) (?:be (?:fine|ok|okay|working|ready|sorted|back)|keep (?:working|printing|going|running))\b",
        r"\b(?:loan|spare|replacement|temporary|new) (?:laptop|computer|pc|machine|phone|tablet|printer|one|device|screen|keyboard|till|card machine)\b|\bin the meantime\b|\bmeanwhile\b|\bfor now,? (?:use|you can)\b",
    ],
    "deadline": [
        # "fine for Thursday", "ready well before your 9 a.m. closing", "in time for the hearing"
        rf"\b(?:fine|ready|set|good|okay|ok|sorted|all set|in good shape|on track|covered|safe|there|done|back|fixed|working|sent|in)\b(?:\s+[\w'-]+){{0,2}}?\s+(?:for|by|before|ahead of|in time for)\s+(?:the |your |his |her |their |this |next |tomorrow'?s? |tonight'?s? |{DAY}'?s? |\d)",
        rf"\b(?:well |long |comfortably |easily |safely |just )?(?:before|ahead of|in time for|in good time for|by)\s+(?:the|your|his|her|their|our|this|that|next|it|they|you|he|she|then|tomorrow|tonight|today|midnight|noon|midday|lunch|{DAY}|\d|end of|close|the end)\b",
        rf"\b(?:by|before|for|on|until|at|from|ahead of|in time for|ready|this|next|tomorrow|tonight|today)\s+(?:{CLOCK}|{DAY}|tomorrow|tonight|today|(?:this|tomorrow|next) (?:morning|afternoon|evening|week|weekend))\b",
        rf"\b(?:{DAY}|tomorrow|tonight|today)'?s?\s+(?:[\w'-]+\s+)?(?:hearing|meeting|closing|deadline|call|class|lesson|exam|service|show|event|flight|interview|audit|inspection|viewing|appointment|wedding|market|board|motion|filing|session|presentation|visit|trip|sale|launch|party|concert|match|completion|cut-?off)\b",
        r"\b(?:tomorrow|tonight) (?:morning|afternoon|evening|night)\b|\bend of (?:the )?(?:day|week|month)\b|\bfirst thing\b",
        r"\b(?:on time|in time|with time to spare|time to spare|plenty of time|well inside|well within|hours? to spare|minutes? to spare|no rush|the cut-?off|deadline|due date)\b",
        r"\b(?:within|in) (?:the next |about |around )?(?:an?|one|two|three|\d+|half an|a few|a couple of) (?:minutes?|hours?|days?)\b",
        r"\bbefore (?:they|he|she|you|the \w+) (?:arrive|land|start|open|close|begin|go|leave|fly|need)s?\b",
    ],
    "cost": [
        # "no payments were made", "nothing was charged", "you won't be charged", "the money is safe"
        r"\b(?:no|not a|not one|nothing|none)\b(?:\s+[\w'-]+){0,3}?\s+(?:was|were|has been|have been|got|is|will be)\s+(?:\w+\s+)?(?:charged|paid|taken|lost|billed|made|sent|debited|collected|spent)\b",
        r"\b(?:won'?t|will not|don'?t|do not|didn'?t|did not|never|shouldn'?t|aren'?t|isn'?t|wasn'?t|weren'?t)\s+(?:\w+\s+)?(?:be |have to |need to |been )?(?:charged|pay|paid|billed|out of pocket|cost|fined|penalised|penalized|debited|lose (?:any |a )?(?:money|customers|clients|sales|business|income|penny|bookings|orders|trade))\b",
        r"\b(?:money|payment|payments|funds|fee|funding|deposit|cash|income|takings|account|card)s?\b[^.!?;]{0,30}?\b(?:is|are|was|were|'s|stays?|stayed)\s+(?:still\s+|all\s+|now\s+|completely\s+)*(?:safe|fine|intact|secure|protected|untouched|back|returned|recovered|stopped|blocked|frozen|covered|refunded|in your account)\b",
        r"\b(?:refund|refunds|refunded|refunding|credit|credited|reimburs\w+|compensat\w+|goodwill|free of charge|at no cost|no cost|no charge|no fee|for free|free|covered|insurance|insured|warranty|guarantee|budget|invoice|invoices|bill|bills|billed|paid|payment|payments|pay|fine|fined|charge|charges|charged|costs?|price|£|\$|€)\b",
        r"\b(?:customers|clients|guests|patients|buyers|shoppers|diners|students|parents|members)\b[^.!?;]{0,30}\b(?:can|could|will be able to|are able to)\b[^.!?;]{0,20}\b(?:pay|book|order|buy|check out|find you|see|reach|get through|call)\b",
        r"\b(?:taking|take|accepting|accept) (?:cards|card payments|payments|orders|bookings|money)\b|\b(?:card machine|till|checkout|shop|website|site|booking system)\b[^.!?;]{0,20}\b(?:works?|working|back|open|up|live|taking)\b",
        r"\b(?:sales|orders|bookings|takings|income)\b[^.!?;]{0,20}\b(?:are|is|were|have|has)\b[^.!?;]{0,15}\b(?:back|flowing|coming|safe|through|fine|recorded)\b",
    ],
    "self_blame": [
        # "not your fault", "nothing you did", "this wasn't something you did wrong", "anyone could have"
        r"\b(?:not|wasn'?t|isn'?t|never|nothing to do with)\b(?:\s+(?:really|at all|in any way|actually|anything|something|remotely))?\s+(?:your fault|your doing|down to you|because of you|caused by you|(?:something|anything) (?:that )?you did|you)\b",
        r"\b(?:nothing|not anything|none of this|none of it) (?:you did|you caused|to do with you|that you did)\b|\bnothing you (?:could|should) have\b",
        r"\byou (?:didn'?t|did not|haven'?t|have not|never) (?:do|did|break|broke|cause|caused|delete|deleted|mess|press|get|make)\b(?:\s+[\w'-]+){0,2}?\s*(?:wrong|anything|it|this|that|a thing|the wrong|up|a mistake)?\b",
        r"\b(?:anyone|anybody|everyone|everybody|any of us|all of us|most of us|the best of us|the most careful people|careful people|experienced people|lots of (?:people|us|staff|users|teachers|lawyers)|many (?:people|of us|users)|plenty of (?:people|users)|loads of people|most people|other people|people)\b[^.!?;]{0,30}\b(?:could|would|might|do|does|did|make|makes|made|get|gets|got|have|has|been|fall|fell|find|found|caught|miss|misses|happen)\b",
        r"\b(?:happens?|happened|happening) (?:to|in) (?:everyone|anyone|all of us|most of us|the best|the most|lots|many|plenty|every|any|loads)\b|\bhappens all the time\b|\bhappens a lot\b|\bhappens more often\b",
        r"\b(?:accidents?|mistakes?|slips?|spills?|these things|this kind of thing|things like this|it) (?:like (?:this|that) )?(?:happen|happens|slip)\b",
        r"\b(?:easily|easy|understandable|natural|very human|common|normal|an honest)\b(?:\s+(?:to do|done|mistake|slip|thing to do|to miss|to make|mix-up|error|one))?\b",
        r"\b(?:you did|that was|it was|you were) (?:exactly |absolutely |completely |quite )?(?:the right thing|right|sensible|a sensible|the sensible|reasonable|a reasonable|smart|wise)\b|\bdid (?:exactly )?(?:what|as) (?:\w+ )?(?:asked|told|expected|suggested|should)\b",
        r"\b(?:don'?t|do not|please don'?t|no need to) (?:worry|apologi[sz]e|feel (?:bad|silly|guilty|daft|stupid)|blame yourself|be hard on yourself|beat yourself up)\b|\bno (?:need|reason) to (?:feel|apologi[sz]e|worry)\b",
        r"\bnot (?:hopeless|silly|stupid|daft|useless|a numpty|an idiot|clumsy|careless|your mistake)\b|\b(?:our|my|the supplier'?s|the vendor'?s|microsoft'?s|their) (?:fault|mistake|error|side|end)\b|\bfault was (?:ours|mine|theirs)\b",
        r"\b(?:a bug|known (?:issue|problem|bug|fault)|badly designed|confusing|confusingly|well hidden|hidden away|tricky|fiddly|very convincing|so convincing|designed to (?:look|fool|trick|catch))\b|\b(?:crashed|failed|stopped|broke|switched|changed|reset|happened|turned|moved|deleted|logged \w+)(?: it| them| itself| over| off| back)? (?:all )?(?:on its own|by itself|of its own accord)\b",
        r"\bthank(?:s| you) for (?:telling|letting|flagging|reporting|spotting|raising|ringing|calling|acting|being so quick)\b",
    ],
    "repeat": [
        # "it shouldn't come back", "we fixed the cause", "so it won't happen again", "if it comes back"
        r"\b(?:won'?t|shouldn'?t|will not|should not|can'?t|cannot|never|no longer|not)\b(?:\s+[\w'-]+){0,4}?\s+(?:again|come back|comes back|return|returns|recur|happen|keep|drop|lock|crash|freeze|go|switch|fail|reset)\b",
        r"\bif (?:it|this|that|they|the \w+) (?:ever )?(?:comes? back|happens? again|returns?|does (?:it )?again|starts? again|recurs?|drops? again|stops? again|goes? again|keeps?)\b|\bif (?:it|this) happens\b",
        r"\b(?:the |its |real |root |underlying |actual )+(?:cause|reason|problem|fault|culprit)\b|\bfound (?:out )?(?:why|what|the)\b|\b(?:fixed|found|removed|replaced|tracked down|traced)\b[^.!?;]{0,20}\b(?:cause|source|reason|culprit|fault)\b",
        r"\b(?:for good|permanently|once and for all|from now on|going forward|stable since|held since|(?:i'?ll|we'?ll|i will|we will) (?:keep an eye|monitor|watch)|keep an eye on it|kept (?:happening|coming back))\b",
        r"\b(?:that'?s|which is|this is|that was|it was|this was|hence) (?:also )?(?:why|what)\b|\bwhy it (?:kept|keeps)\b|\bkept (?:happening|coming back|dropping|failing|crashing)\b",
        r"\b(?:to stop|stops?|prevent(?:s|ed)?|so that)\b[^.!?;]{0,30}\b(?:happening|again|repeat|recurring)\b",
    ],
}
ANSWERS: dict[str, re.Pattern[str]] = {
    kind: re.compile("|".join([pattern.pattern, *MEANS.get(kind, [])]), I)
    for kind, pattern in KEYWORDS.items()
}
# A clause that says the client still cannot work answers nothing about it, whatever else
# it says: "you can't work until Monday", "the till is still down".
STILL_BLOCKED = re.compile(
    r"\b(?:can'?t|cannot|won'?t be able to|will not be able to|unable to|not able to|no way to|won'?t|will not)\b"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:work|use|log|sign|print|open|get|access|reach|send|start|connect|join|do|be (?:ready|fixed|back|working|up))\b|"
    r"\bstill (?:down|broken|not|offline|off|stuck|locked|won'?t|can'?t|isn'?t|aren'?t|failing)\b|"
    r"\b(?:nothing|none of (?:it|them)) (?:is |will |can )?(?:work|print|open|load|send|start|connect)|"
    r"\b(?:isn'?t|aren'?t|is not|are not|won'?t be|not yet|not) (?:yet )?(?:working|back|ready|fixed|up|online|running|sorted|open)\b",
    I,
)


def _statements(text: str) -> list[str]:
    """The clauses of a draft that tell the client something (questions answer nothing)."""
    return list(_promise_clauses(text))


def answers(kind: str, statements: list[str]) -> bool:
    """Does any of these clauses answer this worry (other than data_loss)?"""
    pattern = ANSWERS.get(kind)
    if pattern is None:
        return False
    for clause in statements:
        if kind == "work_blocked" and STILL_BLOCKED.search(clause):
            continue
        if pattern.search(clause):
            return True
    return False


def addressed_worries(text: str, worries: tuple[str, ...], *, reassured: bool) -> list[str]:
    """Which of the client's worries the draft answers, by what its words mean. A data-loss
    worry is answered only by saying whether the data is safe (or, honestly, what was
    recovered)."""
    statements = _statements(text) if any(kind != "data_loss" for kind in worries) else []
    answered = []
    for kind in worries:
        if kind == "data_loss":
            if reassured:
                answered.append(kind)
        elif answers(kind, statements):
            answered.append(kind)
    return answered
