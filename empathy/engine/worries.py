"""Which worries a client's words show, and the words that showed each.

Each worry kind is a family of cues with weights; a kind is flagged when its cues in the
message reach 1.0. Cues are matched sentence by sentence and skipped in sentences that deny
the worry ("my files are fine"), that are hypothetical ("in case my laptop ever breaks"),
and, for some kinds, when the writer says the stakes are low ("no rush"). The vocabularies
were built from two labelled development sets in tests/empathy/ and checked against a third,
sealed one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from empathy.engine.text import clauses, sentences
from empathy.engine.types import Intake, Worry

I = re.IGNORECASE  # noqa: E741 - the usual flag name


@dataclass(frozen=True)
class Cue:
    name: str
    pattern: re.Pattern[str]
    weight: float = 1.0
    unless: re.Pattern[str] | None = None


def cue(name: str, pattern: str, weight: float = 1.0, unless: str | None = None) -> Cue:
    """A phrase that signals a worry; `unless` names sentence context that cancels it."""
    return Cue(name, re.compile(pattern, I), weight, re.compile(unless, I) if unless else None)


def words(*items: str) -> str:
    return "(?:" + "|".join(items) + ")"


# --- What counts as the client's data ----------------------------------------------------
DATA = words(
    r"files?", r"photos?", r"pictures?", r"pics", r"images", r"x-?rays?", r"scans?", r"scanned \w+",
    r"deeds", r"documents?", r"docs?", r"folders?", r"e-?mails?", r"inbox", r"sent folder",
    r"messages", r"texts", r"voicemails?", r"data(?:set|base)?", r"writing", r"chapters?",
    r"thesis", r"manuscript", r"paragraphs?", r"novel", r"book", r"spreadsheets?", r"records?", r"contacts",
    r"contact list", r"addresses", r"mailing list", r"patient list", r"clinic list", r"bookings",
    r"appointments?", r"appointment book", r"invites", r"reports?", r"statements?", r"listings",
    r"footnotes", r"notes", r"newsletter", r"correspondence", r"videos?", r"recordings?",
    r"footage", r"everything", r"the lot", r"all of it", r"payroll(?: file| summary)?",
    r"accounts(?: file)?", r"ledger", r"log", r"register", r"charts", r"contract", r"case files",
    r"rotas?", r"letters", r"edits", r"changes", r"work", r"slides", r"presentation", r"brief",
    r"bundle", r"plan", r"seating plan", r"recipes", r"results", r"receipts", r"orders",
    r"entries", r"details", r"passwords?", r"manifest", r"speech", r"version", r"copies",
    r"my \w+ file", r"the \w+ file", r"the \w+ list",
)  # fmt: skip
# What happened to it
BAD = words(
    r"gone", r"vanished", r"disappeared", r"disappear", r"missing", r"lost", r"deleted",
    r"wiped", r"erased", r"empty", r"blank", r"corrupt(?:ed)?", r"damaged", r"scrambled",
    r"garbled", r"gibberish", r"random symbols", r"little boxes", r"question marks",
    r"grey squares", r"eaten", r"overwritten", r"over-?written", r"saved over", r"not there",
    r"aren'?t there", r"isn'?t there", r"not showing", r"aren'?t showing", r"isn'?t showing",
    r"won'?t (?:open|load)", r"will not open", r"wouldn'?t open", r"unreadable",
    r"needs formatting", r"no records", r"0 ?kb", r"locked", r"cancell?ed", r"won'?t save",
    r"isn'?t saving", r"didn'?t save", r"not saved", r"hasn'?t recorded", r"not recorded",
    r"no longer (?:listed|there|showing|in)", r"not listed", r"not in \w+(?: \w+)? any ?more",
    r"any ?more", r"turned into", r"replaced by", r"gone back to", r"come out", r"comes? out",
    r"came out", r"shows? as", r"opens? (?:as|blank)", r"came back", r"come back",
    r"wrong (?:patients?'?|names?|people)", r"never reached",
)  # fmt: skip
NEAR = r"[^.!?]{0,60}?"
# "losing orders" is lost business (cost), not lost records.
BUSINESS_NOT_DATA = r"(?!\s+(?:\w+\s+){0,2}(?:orders|sales|enquiries|bookings|customers|clients|business|money|income|trade)\b)"

DATA_LOSS = [
    cue("data gone", rf"\b{DATA}\b{NEAR}\b{BAD}\b"),
    cue(
        "gone data",
        r"\b(?:lost|deleted|wiped|erased|overwrote|lose|losing|eaten|ate|destroyed|corrupted|"
        rf"taken|replaced|wiped out|removed)\b{BUSINESS_NOT_DATA}{NEAR}\b{DATA}\b",
    ),
    cue("can't find data", rf"\bcan'?t find (?:any of )?(?:my|our|the|any)\b{NEAR}\b{DATA}\b"),
    cue(
        "saved over",
        r"\b(?:overwrote|overwritten|saved over|wrote over|saved \w+ \w+ over) (?:it|them|the lot)\b|\bsaved a blank \w+ over\b",
    ),
    cue(
        "lost everything",
        r"\b(?:lost|gone|wiped)\b\W+(?:the lot|everything|it all|all of it)\b|^gone\b",
    ),
    cue(
        "not all there",
        r"\b(?:only shows?|shows? only|doesn'?t show any|don'?t show any|no longer shows?|half (?:of )?the \w+ missing|some of the \w+ missing)\b",
    ),
    cue(
        "where did it go",
        r"\bwhere (?:the|my|our|it|they) (?:\w+ )?(?:went|have gone|has gone|might have gone|could have gone)\b|\bwhere else (?:it|they) (?:might|could)\b",
    ),
    cue("nobody booked", r"\bshows? (?:nobody|nothing|no one)\b"),
    cue("full of rubbish", r"\bfull of (?:gibberish|symbols|nonsense|squares)\b"),
    cue(
        "taken device",
        r"\b(?:stole|took|pinched|nicked|snatched)\b\W+(?:my|our|the|her|his)\W+(?:[\w-]+\W+){0,2}(?:bag|laptop|phone|tablet|stick|computer)\b",
    ),
    cue(
        "stranger can read",
        r"\b(?:can|could) (?:anyone|someone|somebody|they|strangers|anybody|hackers?) (?:else )?(?:read|see|get into|access|open|use)\b",
    ),
    cue(
        "stranger has it",
        r"\b(?:have|has|got) (?:they|someone|somebody) got (?:my|our)\b|\b(?:someone|somebody)(?: has| 's|'s) (?:got )?(?:my|our) (?:bank |card |account )?details\b",
    ),
    cue(
        "broken into",
        r"\b(?:hacked|been into my|got into our|got into my|accessed from|broken into|was accessed|been accessed)\b",
    ),
    cue(
        "sent as me",
        r"\bsent messages i didn'?t write\b|\bsending (?:spam|emails)\b|\bemails from us asking\b",
    ),
    cue(
        "ransom",
        r"\basking for (?:bitcoin|money|payment)\b|\bweird ending on\b|\bpay to get (?:them|it|my files|our files) back\b|\bfiles are locked\b",
    ),
    cue(
        "sent to a stranger",
        r"\bgoing to (?:someone|somebody) else'?s?\b|\bsent (?:the|our|my) [\w ]{0,30}to the wrong\b|\breplied all\b.*\bconfidential\b",
    ),
    cue(
        "only copy",
        r"\b(?:only copy|no other copy|only ones? (?:we|i) (?:have|had)|only (?:picture|photo|copy|one) (?:i|we)? ?(?:have|had)?|never (?:been )?backed up|it was the only one)\b",
    ),
    cue(
        "is it gone",
        r"\bis it gone\b|\bcan (?:it|they|the \w+) be (?:recovered|saved|pulled back|got back)\b|\bget (?:it|them|the \w+) (?:back|off it)\b",
    ),
    cue(
        "details given away",
        r"\b(?:typed|entered|put|gave)\b(?:\W+\w+){0,2}\W+(?:my|our)\W+(?:\w+\W+)?(?:details|password|pin|card number|login)\b",
    ),
]
# "My photos were on that card and now it says card error"; "it's got my email on it".
WERE_ON_DEVICE = re.compile(
    rf"\b{DATA}\b[^.!?]{{0,40}}\b(?:were|was|are|is) (?:all )?(?:on|in) (?:that|the|my|this|our|her|his) "
    r"(?:[\w-]+ ){0,3}(?:card|phone|laptop|tablet|drive|stick|computer|camera|usb|disk|machine|pc)\b|"
    rf"\b(?:with|had|has|have) (?:my|our|her|his|all|every|the|this week'?s)\b[^.!?]{{0,50}}\b{DATA}\b[^.!?]{{0,20}}\b(?:on it|on there|in it)\b|"
    rf"\b(?:with|had|has) (?:my|our|her|his|this week'?s)\b[^.!?]{{0,30}}\b{DATA}\b|"
    rf"\b(?:it|that|which|she|he) (?:has|had|holds|held|contains|contained|stores|stored) (?:[\w'-]+ ){{0,6}}{DATA}\b|"
    rf"\b{DATA}\b[^.!?]{{0,40}}\b(?:is|are|was|were|'s) (?:all )?(?:on|in) (?:it|there)\b",
    I,
)
DEVICE_LOST = re.compile(
    r"\b(?:stolen|pinched|nicked|snatched|swiped|taken|left (?:on|at|in) the|left it|gone missing|"
    r"lost (?:my|our|her|his)|card error|can'?t be read|unreadable|won'?t (?:read|turn on|start)|"
    r"no bootable|grinding|not recogni[sz]ed|dead|smashed|dropped|down the loo|wiped|it'?s gone|"
    r"needs formatting|hacked)\b",
    I,
)

CAN_NOT = r"(?:can'?t|cant|cannot|can not|unable to|couldn'?t|could not|not able to|no way to)"
TASK = words(
    r"get (?:in2|in|into|on|onto|through|my|our|any)", r"log ?(?:in|on)", r"sign ?(?:in|on)",
    r"access", r"reach", r"work", r"teach", r"print", r"send", r"see (?:the|any|patients|what)",
    r"do (?:my|any|anything)", r"carry on", r"keep (?:working|going)", r"join", r"connect",
    r"use (?:my|the|it|any)", r"open (?:any|the|my|our)", r"invoice", r"place", r"run",
    r"take (?:any|payments|cards|a penny|money|bookings)", r"add", r"clock on", r"fill up",
    r"go out", r"upload", r"file", r"play", r"tell", r"load", r"process", r"book",
)  # fmt: skip
STATE = words(
    r"(?:is|are|'s|has|have|has been|have been|all) (?:down|dead|frozen|crashed|died|broken|offline|blank|stuck)",
    r"(?:completely|totally) (?:dead|stuck|frozen)", r"has died", r"gone (?:down|blank|dead)",
    r"won'?t (?:start|boot|turn on|come on|load|send|connect|go through|print|play|open|let (?:me|us|anyone))",
    r"will not (?:start|open|print|load)", r"wont (?:print|work|open|load|start|let)",
    r"(?:doesn'?t|does not|isn'?t|is not) (?:work|working|taking cards|showing up|loading)",
    r"not working", r"stopped working", r"blue screen", r"black screen", r"screen'?s black",
    r"frozen on", r"stuck on", r"rejected every", r"keeps? (?:rejecting|restarting|freezing|crashing)",
    r"only produces", r"keeps saying .{0,40}unavailable", r"doing it again", r"jams", r"jammed",
    r"paper jam", r"chewing up", r"nothing loads", r"refusing to", r"read only",
    r"(?:account|login) (?:is |has )?(?:disabled|locked|suspended|expired)", r"has no login",
    r"site not found", r"unexpected error", r"the same error", r"says (?:it'?s|my password is|the password is) wrong",
    r"won'?t accept (?:my|the) password", r"password (?:is )?(?:rejected|not accepted)",
    r"locked (?:everyone|us|me|them|myself) out", r"locked out", r"won'?t go away",
)  # fmt: skip
STUCK = words(
    r"so (?:we'?re|we are|i'?m|i am) (?:writing|stuck|using|doing|logging|cash only)",
    r"we'?re cash only", r"cash only", r"piling up", r"(?:by hand|on paper)",
    r"(?:people|customers|children|patients|clients|drivers|lorries)[^.!?]{0,20}(?:waiting|walking|sat|sitting|arriving|turning up|waving)",
    r"queue out the door", r"full (?:waiting room|list)", r"nothing to show",
    r"i need (?:someone|it working|it fixed|this fixed|help) now", r"need it working",
    r"mid-?(?:lesson|call|meeting|class|operation|clinic)", r"in the middle of",
    r"(?:have|got) (?:\d+|a|forty|thirty|twenty) [\w ]{0,20}(?:to|waiting|booked|in front)",
    r"turning (?:people|customers) away", r"can'?t go live", r"completely stuck",
    r"(?:i|we) (?:need|have) (?:to|\w+ to|\d+ \w+ to) (?:print|send|file|submit|teach|present|finish|get|show|serve|upload|run)",
    r"right in front of me", r"(?:client|patient|customer) is (?:sitting|here|waiting)",
    r"cancell?ing (?:routes|appointments|classes)", r"shadowing rather than", r"nothing i do",
    r"can'?t keep going", r"it isn'?t safe", r"who do i see",
)  # fmt: skip

WORK_BLOCKED = [
    cue(
        "I can't",
        rf"(?<!nobody )(?<!customers )(?<!they )(?<!people )(?<!clients )\b{CAN_NOT} {TASK}\b",
    ),
    cue("can't keep working", rf"\b{CAN_NOT} keep (?:working|going)\b"),
    cue(
        "won't let me in",
        r"\bwon'?t let (?:me|us|anyone) (?:in|sign|log|add|use|open|print|get)\b|\bwhy won'?t it let me\b",
    ),
    cue("locked out", r"\blocked (?:myself |me |us |everyone |them )?out\b"),
    cue(
        "nothing works",
        r"\bnothing (?:works|is working|'s working|loads)\b|\b(?:whole|entire) (?:office|system|network|surgery|practice) is down\b|\bno internet,? no phones\b",
    ),
    cue("stopped", rf"\b{STATE}\b", 0.6),
    cue("stuck now", rf"\b{STUCK}\b", 0.5),
]
WORK_MITIGATORS = re.compile(
    r"\b(?:can still|still (?:work|phone|use|get|check in)|work(?:ing)? (?:around|off)|hotspot|"
    r"in the meantime|meanwhile|(?:can|could) manage|we managed|not urgent|no rush|minor|"
    r"for your notes|keep working around|as a backup|alright|it still works|fine for)\b",
    I,
)
OTHERS_BLOCKED = re.compile(
    r"\bnobody can\b|\b(?:customers|clients|people|guests) can(?:'?t| ?not)\b", I
)
IMMINENT = re.compile(
    r"\bin (?:\d+|ten|five|fifteen|twenty|thirty|forty|half an) ?(?:minutes?|mins?)\b|"
    r"\bit'?s \d{1,2}[:.]\d\d(?: now)?\b|\bfrom now\b|\bany minute\b|\bright now\b",
    I,
)

WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?|\d{4}|noon|midday|midnight|half (?:past )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
WHEN = words(
    r"tomorrow(?: morning| afternoon| evening)?", r"tonight", r"this (?:evening|afternoon|weekend)",
    rf"(?:on |this |next |by |until |till )?{WEEKDAY}(?:'?s)?(?: morning| afternoon| evening)?",
    r"next (?:week|month|term)", r"(?:the )?end of (?:the )?(?:day|week|month|business|play)",
    r"end of business", r"close of play", r"before the weekend", r"first thing", r"today",
)  # fmt: skip
PAST = re.compile(
    r"\b(?:since|last|ago|yesterday|earlier|was|were|did|had|happened|went|came|took|sent|"
    r"cancelled|canceled|opened|started|stopped)\b",
    I,
)
DEADLINE = [
    cue(
        "by a time",
        rf"\bby (?:{CLOCK}|lunch(?:time)?|(?:the )?end of (?:the )?(?:day|week|month|business)|end of day|close of play|tonight|tomorrow|{WEEKDAY}|the weekend|this (?:afternoon|evening)|the time)\b",
    ),
    cue(
        "before",
        rf"\b(?:before|ahead of|in time for) (?:lunch|noon|tonight|tomorrow|{WEEKDAY}|the \w+|our|my|\d|it|she|he|they|we)\b",
    ),
    cue(
        "due",
        rf"\b(?:due|has to be (?:filed|sent|in|done|paid)|have to be (?:filed|sent|in)|go(?:es)? (?:out|home)|closes|opens|starts|begins|goes|completes|leaves|lands|arrive|arrives|come|comes|coming) (?:today|tonight|tomorrow|on|by|at|{WEEKDAY}|this|in|next|first)\b",
    ),
    cue(
        "in minutes",
        r"\bin (?:\d+|ten|five|fifteen|twenty|thirty|forty|forty-five|a few|half an|an) ?(?:minutes?|mins?|hours?|hrs?)\b",
    ),
    cue("from now", r"\b\d+ (?:minutes|mins|hours) from now\b|\bany minute\b"),
    cue(
        "at a time",
        rf"\b(?:is|are|'s|starts?|begins?|opens?|closes?|goes|go on|signing|salaries go out|briefing|assembly|viewing|exam|meeting|call|hearing|service|concert|flight|ferry|parade|lecture|dinner|funeral|board|completes|coming|arriving|here) (?:is |are )?(?:at|for) {CLOCK}\b",
    ),
    cue("at a time", rf"\b(?:the|my|our|a|first) [\w' -]{{0,30}}(?:'s|is) at {CLOCK}\b"),
    cue("it's now", r"\bit'?s \d{1,2}[:.]\d\d(?: now)?\b"),
    cue("deadline", r"\bdeadline\b|\bdue date\b|\bcut-?off\b"),
    cue(
        "when, with a need",
        rf"\b(?:need|needs|have to|must|got to|going|go out|send out|'m in|am in|is in|are in|"
        rf"away|call|meeting|court|due|file|files|hearing|service|concert|flight|ferry|exam|"
        rf"ofsted|auditors?|inspection|inspector|vet|visit|parade|lecture|wedding|funeral|dinner|"
        rf"market|board|clinic|list|interview|trial|black friday|parents|coming|come|arrive|"
        rf"need it|needs it|starts?)\b[^.!?]{{0,50}}\b{WHEN}\b",
    ),
    cue(
        "when, then a need",
        rf"\b{WHEN}\b[^.!?]{{0,40}}\b(?:go|goes|going|need|away|due|in court|is|are|'s|we have|i have)\b",
    ),
]
DEADLINE_CANCELLED = re.compile(
    r"\b(?:plenty of time|no rush|no hurry|whenever|at some point|not urgent|low priority|"
    r"when(?:ever)? (?:you|it'?s) (?:can|convenient|passing)|nice-to-have|not until|"
    r"in a few weeks)\b",
    I,
)

SELF_BLAME = [
    cue(
        "I must have",
        r"\bi (?:must|might|may|could) (?:of course |well |have )?(?:have )?(?:\w+ ){0,2}(?:pressed|clicked|deleted|done|typed|broken|changed|moved|saved|overwritten|hit|knocked|touched|messed|filed|put|misfiled|sent|left|unticked|dragged|switched)",
    ),
    cue(
        "I think I did",
        r"\bi (?:think|guess|fear|suspect|reckon) (?:it'?s because )?i(?:'ve| have)? (?:\w+ ){0,3}(?:pressed|clicked|deleted|broke|broken|messed|did|done|overwrote|ruined|locked|left|unticked|switched|set|signed|changed|knocked|made|sent)",
    ),
    cue(
        "my fault",
        r"\bmy (?:own )?(?:\w+ )?(?:fault|mistake|doing)\b|\bmy fault\b|\bit'?s (?:probably|all) me\b|\bprobably me being\b|\bme being (?:dim|silly|thick|daft|stupid)\b",
    ),
    cue(
        "I'm useless",
        r"\bi(?:'m| am|'ve always been) (?:so |really |completely |totally |just |such |not great with|no good with)?(?:an? )?(?:hopeless|useless|rubbish|terrible|stupid|idiot|clueless|no good|dinosaur|technophobe|thick|dim|klutz|not great with computers)\b",
    ),
    cue("silly me", r"\bsilly (?:me|of me)\b|\bhow silly\b|\bdaft of me\b|\bstupidly\b"),
    cue(
        "was it me",
        r"\b(?:is|was) it (?:something|anything) (?:i|that i) did\b|\bsomething i did\b|\bwhat (?:have|did) i (?:done|do)\b|\bi don'?t (?:understand|know) what i did\b|\bdid i break\b",
    ),
    cue(
        "I messed up",
        r"\bi(?:'ve| have)? (?:really |made a )?(?:messed|mucked|screwed|cocked|hash|mess|terrible mess|bit of a mess) ?(?:it |of it |up)?\b|\bi'?ve made a (?:terrible |bit of a |real )?(?:mess|hash|hash of)\b|\bi'?ve ruined\b|\bi think i'?ve ruined\b",
    ),
    cue(
        "by accident",
        r"\bi\b[^.!?]{0,60}\b(?:by accident|by mistake|accidentally)\b|\baccidentally\b|\bby mistake\b",
    ),
    cue(
        "I did it",
        r"\bi(?:'ve| have)? (?:just |somehow )?(?:clicked (?:a|on|the|'yes')|dropped|spilled|spilt|knocked|unplugged the wrong|typed the password wrong|deleted|pressed something|paid the fake|let the|replied all|forgot to|left the|switched the \w+ off|unticked|turned the screen|dragged)\b",
    ),
    cue(
        "shouldn't have",
        r"\bi (?:shouldn'?t|should not) have\b|\bi should have (?:known|checked|listened)\b",
    ),
    cue("typed it wrong", r"\b(?:typed|entered|put) (?:the|my) password (?:in )?wrong\b"),
    cue("locked myself out", r"\blocked myself out\b"),
    cue("sorry, I", r"\b(?:so sorry|sorry sorry|i'?m sorry),? i (?:think|have|did|'ve)\b"),
    cue(
        "in trouble",
        r"\bi'?m in (?:serious |big )?trouble\b|\bi feel (?:awful|terrible|so stupid)\b|\bi'?m (?:such|so) an? idiot\b|\bi'?m such an?\b",
    ),
]

MONEY = r"(?:£|\$|€)\s?[\d,]+|\b\d+ (?:pounds|dollars|euros|quid)\b"
COST = [
    cue(
        "losing business",
        r"\b(?:losing|lost|lose|missing|missed|miss) (?:\w+ ){0,3}(?:orders|sales|customers|clients|business|money|enquiries|instructions|income|revenue|trade|bookings|discount|payments?|a penny)\b",
    ),
    cue(
        "turning people away",
        r"\bturning (?:people|customers|clients|patients) away\b|\b(?:people|customers) (?:are )?walking (?:out|off)\b|\bqueue out the door\b|\bmoney walking out\b|\bwaving people on for free\b",
    ),
    cue(
        "can't get paid",
        r"\b(?:won'?t|will not|can'?t|cannot) (?:get|be) paid\b|\b(?:customers|clients|nobody|people) (?:can(?:'?t| ?not)|won'?t) pay\b|\bwaiting another month\b|\bincome is on hold\b|\bwon'?t be collected\b|\bcan'?t (?:invoice|take (?:a penny|payments|cards|money))\b|\bcan'?t take\b[^.!?]{0,10}\bpenny\b|\bnot taking cards\b|\bcash only\b",
    ),
    cue("money", MONEY),
    cue(
        "charges",
        r"\brefund(?:s|ed)?\b|\bwrong (?:customer'?s? )?account\b|\b(?:charged|billed|paying|pay) (?:us |for |twice|double)\b|\bcharged twice\b|\bcharging\b[^.!?]{0,30}\btwice\b|\blate fee\b|\b(?:a|the|another|big|late|parking|hefty|huge) fine\b|\bfined\b|\bfees?\b|\bdirect debit\b|\bbounced\b|\bfrozen our account\b|\bpayment[^.!?]{0,20}twice\b|\bbefore we'?re billed\b|\bpaid the fake\b|\bcosts? us\b|\bcosting us\b|\bevery hour they'?re\b|\broyalties\b|\bprices? to zero\b|\bpaying for\b",
    ),
    cue(
        "till down",
        r"\b(?:card machine|card reader|till|tills|checkout|payment (?:link|system|terminal|machine)|epos|ticket machine|shop website|online shop|booking system|booking app|gallery site)\b[^.!?]{0,50}\b(?:down|dead|died|frozen|error|broken|not working|rejected|won'?t|isn'?t|has stopped|stopped|not found|cancelled)\b",
        unless=r"\b(?:for now|on paper|by hand|cash only|in the meantime)\b",
    ),
    cue(
        "complaints",
        r"\b(?:guests|customers|clients) (?:have |are )?(?:already )?(?:complained|complaining|angry)\b|\bangry customers\b|\b(?:customers|clients) (?:tend not to|won'?t) turn up\b",
    ),
    cue("pay extra", r"\bpay (?:for|to get) (?:[\w-]+ ){0,3}(?:ourselves|back|delivery)\b"),
    cue(
        "broke something",
        r"\bi(?:'ve| have)? (?:dropped|spilled|spilt|broke|broken|cracked|smashed|knocked)\b[^.!?]{0,40}\b(?:office|work|company|new|school|firm'?s?|practice)\b[^.!?]{0,10}\b(?:laptop|tablet|phone|computer|screen|printer)\b",
    ),
    cue(
        "business at risk",
        r"\bmy (?:whole )?business (?:runs|depends)\b|\bblack friday\b|\bbusiest day\b|\bno orders\b|\bnone of them reached us\b|\bwages are due\b|\bbank manager\b|\bgoing off\b|\bcancell?ing routes\b",
    ),
]

REPEAT = [
    cue(
        "again",
        r"(?<!try )(?<!trying )(?<!thanks )(?<!thank you )(?<!bother you )(?<!sign in )(?<!log in )(?<!on )(?<!switch it on )\bagain\b(?! to)",
    ),
    cue(
        "once more", r"\bonce more\b|\byet again\b|\bstill (?:happening|doing it)\b|\bback again\b"
    ),
    cue(
        "nth time",
        r"\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|umpteenth|nth|\d+th) (?:time|morning|monday|tuesday|wednesday|thursday|friday|day|week)\b",
    ),
    cue("another time", r"\b(?:yet )?another time\b"),
    cue(
        "keeps happening",
        r"\bkeeps? (?:on )?(?:coming back|happening|dropping|crashing|freezing|disconnecting|cutting|locking|asking|doing|losing|going off|jamming|rejecting|restarting)\b|\bkeep happening\b",
    ),
    cue(
        "like before",
        r"\b(?:like|same as|as) (?:before|last time|last week|last term|it was in|it did in|they did in)\b|\bsame (?:problem|thing|error|blue screen|issue) as\b|\bhappened before\b(?!\s+(?:i|we|you|they|he|she|it)\b)|\bnot the first time\b|\bhappened last (?:month|week|year|term)\b",
    ),
    cue("is back", r"\b(?:is|are|'s) back\b"),
    cue(
        "count of times",
        r"\b(?:\d+|two|three|four|five|six|several) (?:drop-?outs|times|crashes|outages|lockouts|freezes)\b(?! instead)",
    ),
    cue(
        "running",
        r"\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th)|two|three|four) (?:days?|weeks?|months?|mornings?|mondays?) (?:running|in a row)\b|\b(?:months|days|weeks) running\b",
    ),
    cue(
        "every time",
        r"\bevery (?:time|single (?:morning|day|time)|morning|afternoon|lunchtime|day|evening|week|monday)\b|\bthis always happens\b|\balways happens\b",
    ),
    cue("me again", r"\bit'?s me again\b|\bsince (?:xmas|christmas|the update|the power cut)\b"),
]

# "I can see the folder again", "it works again", "my files are back": good news, not a
# problem that came back. Only when nothing in the clause says it failed again.
RESTORED = re.compile(
    r"\b(?:can|could|able to|managed to)\s+(?:\w+\s+){0,3}?(?:see|open|get|hear|print|use|find|"
    r"log|sign|access|read|send|save|work|connect|scan|play|watch|call|type|edit|load)\b"
    r"|\b(?:works?|working|worked|running|online|fine|normal|ok|okay|behaving|connected|showing|"
    r"visible|reappeared|sorted|perfect(?:ly)?|great|brilliant|happy)\b[^.!?]{0,25}\bagain\b"
    r"|\b(?:folders?|files?|drive|e-?mails?|photos?|pictures|sound|internet|wi-?fi|icons?|"
    r"everything|calendar|contacts|documents?|it all|all of it|signal|screen|picture)\s+"
    r"(?:is|are|'s|'re|came|has come|have come|comes?)\s+back\b",
    I,
)
FAILED_AGAIN = re.compile(
    r"\b(?:not|n'?t|never|no longer|stopped|won'?t|isn'?t|can'?t|cannot|keeps?|broke|broken|"
    r"down|failed|crash(?:ed|ing)?|froze|frozen|gone|lost|error|problem|issue|wrong)\b",
    I,
)
RESTORATION_CUES = {"again", "is back"}


def _restoration(clause: str) -> bool:
    return bool(RESTORED.search(clause)) and not FAILED_AGAIN.search(clause)


DENIAL = re.compile(
    r"\b(?:nothing(?:'s| is| was| has been)? (?:lost|missing|gone|deleted|broken)|"
    r"(?:files|everything|it|they|documents|photos|emails?)(?:'s| is| are| all| look| looks| seem| seems)+ "
    r"(?:fine|safe|ok|okay|intact|all there|still there|backing up fine)|not lost|haven'?t lost|"
    r"found it|all sorted|safely in my|working fine|is working fine|no harm done|"
    r"they'?re on there somewhere|has the original|not the end of the world)\b",
    I,
)
HYPOTHETICAL = re.compile(
    r"\b(?:in case|hypothetically|what if|if (?:\w+ ){0,4}ever|thinking ahead|best way to keep|"
    r"just in case|suppose|i haven'?t)\b",
    I,
)
LIGHT = re.compile(r"\b(?:just curious|no panic|ha\b|haha|no harm done|curious why)\b", I)

FAMILIES: dict[str, list[Cue]] = {
    "data_loss": DATA_LOSS,
    "work_blocked": WORK_BLOCKED,
    "deadline": DEADLINE,
    "self_blame": SELF_BLAME,
    "cost": COST,
    "repeat": REPEAT,
}
INTAKE_WEIGHTS = {
    ("work_blocked", "cant_work"): 0.4,
    ("work_blocked", "slows_me"): -0.2,
    ("work_blocked", "annoyance"): -0.4,
}
PAST_SENSITIVE = {"deadline"}


@dataclass
class _Score:
    total: float = 0.0
    evidence: str = ""
    best: float = 0.0


def _future(clause: str, match: re.Match[str]) -> bool:
    """A time reference counts as pressure only when it points ahead, not back."""
    before = clause[max(0, match.start() - 40) : match.start()]
    found = match.group(0).lower()
    if re.search(r"\b(?:since|last|ago)\b", before + " " + found, I):
        return False
    if re.search(r"\b(?:yesterday|earlier|this morning)\b", found, I):
        return False
    if re.search(
        r"\b(?:been and gone|has passed|have passed|came and went|is over|was over)\b", clause, I
    ):
        return False
    return not (
        PAST.search(clause)
        and not re.search(
            r"\b(?:need|needs|have to|must|due|will|going|'s|is|are|tomorrow|tonight|next)\b",
            clause,
            I,
        )
    )


def find_worries(text: str, intake: Intake | None = None) -> list[Worry]:
    scores: dict[str, _Score] = {kind: _Score() for kind in FAMILIES}
    for sentence in sentences(text):
        hypothetical = bool(HYPOTHETICAL.search(sentence))
        for clause in clauses(sentence):
            denied = bool(DENIAL.search(clause))
            for kind, family in FAMILIES.items():
                if hypothetical and kind in ("data_loss", "self_blame", "cost"):
                    continue
                if denied and kind == "data_loss":
                    continue
                seen: set[str] = set()
                for item in family:
                    if item.name in seen:
                        continue
                    match = item.pattern.search(clause)
                    if match is None or (item.unless and item.unless.search(text)):
                        continue
                    if kind in PAST_SENSITIVE and not _future(clause, match):
                        continue
                    if item.name in RESTORATION_CUES and _restoration(clause):
                        continue
                    seen.add(item.name)
                    score = scores[kind]
                    score.total += item.weight
                    if item.weight > score.best:
                        score.best = item.weight
                        score.evidence = match.group(0).strip()
    _message_level(text, scores)
    if intake is not None:
        for (kind, answer), weight in INTAKE_WEIGHTS.items():
            if intake.impact == answer and scores[kind].best > 0:
                scores[kind].total += weight
    return [
        Worry(kind=kind, evidence=score.evidence)
        for kind, score in scores.items()
        if score.total >= 1.0 - 1e-9
    ]


def _message_level(text: str, scores: dict[str, _Score]) -> None:
    """Signals that span sentences: 'My laptop was taken. It had the case files on it.'"""
    data = scores["data_loss"]
    if data.total < 1.0 and not HYPOTHETICAL.search(text) and not DENIAL.search(text):
        on_device = WERE_ON_DEVICE.search(text)
        if on_device and DEVICE_LOST.search(text):
            data.total += 1.0
            data.evidence = data.evidence or on_device.group(0)
    if LIGHT.search(text) and not re.search(r"[!?]{2,}", text):
        for kind in ("data_loss", "repeat", "self_blame"):
            scores[kind].total -= 0.5  # a joke or idle curiosity, not a worry
    work = scores["work_blocked"]
    if WORK_MITIGATORS.search(text):
        work.total -= 1.0
    if OTHERS_BLOCKED.search(text):
        work.total -= 0.5  # customers who can't pay is a cost, not the client unable to work
    if work.best and IMMINENT.search(text):
        work.total += 0.4  # a broken tool with minutes to go stops the task in hand
    if DEADLINE_CANCELLED.search(text):
        scores["deadline"].total = 0.0


def guarded_kinds(text: str) -> frozenset[str]:
    """Worries the client's own words rule out: "nothing is lost", "just in case", "it works
    again", "the hearing was cancelled". The learned signal may not add these on its own."""
    guarded: set[str] = set()
    if DENIAL.search(text):
        guarded.add("data_loss")
    if HYPOTHETICAL.search(text):
        guarded |= {"data_loss", "self_blame", "cost"}
    if LIGHT.search(text) and not re.search(r"[!?]{2,}", text):
        guarded |= {"data_loss", "repeat", "self_blame"}
    if DEADLINE_CANCELLED.search(text):
        guarded.add("deadline")
    if any(_restoration(clause) for sentence in sentences(text) for clause in clauses(sentence)):
        guarded.add("repeat")
    return frozenset(guarded)
