"""Phrases that talk down to a client or blame them, each with a kinder alternative."""

from __future__ import annotations

import re
from dataclasses import dataclass

from empathy.engine.types import Condescension

I = re.IGNORECASE  # noqa: E741
PAST = (
    r"(?:saved|backed|read|restarted|checked|called|clicked|asked|turned|known|told|plugged|"
    r"switched|updated|rebooted|looked|noticed|followed|listened|tried|contacted|rung|phoned)"
)


@dataclass(frozen=True)
class Phrase:
    pattern: re.Pattern[str]
    suggestion: str


def phrase(pattern: str, suggestion: str) -> Phrase:
    return Phrase(re.compile(pattern, I), suggestion)


PHRASES = [
    phrase(
        r"\bas (?:everyone|everybody|we all|most people) knows?\b|\beveryone knows\b",
        "Many people don't know this, so here's how it works:",
    ),
    phrase(
        r"\bobviously\b(?![^.!?]*\bnever (?:have|should)\b)(?![^.!?]*\bnot your fault\b)",
        "Leave it out, or say “As you may know,”",
    ),
    phrase(
        rf"\byou should(?: really| probably)? have {PAST}\b|\byou should(?: really| probably)? have been\b",
        "Next time, it can help to…",
    ),
    phrase(
        r"\bit'?s (?:so |really |very |pretty |quite )?(?:easy|simple|trivial|basic)\b(?!\s+to (?:miss|overlook|get wrong|do by accident|make|mix up|find|spot|see|reach|use|read))|\bit'?s trivial\b",
        "Say how to do it, step by step, without judging how hard it is.",
    ),
    phrase(
        r"(?:^|[.!?]\s+)simply (?!put\b)\w+|\byou (?:just )?simply\b|\bjust simply\b|\bsimply (?:click|press|restart|turn|open|go|plug|flash|select)\b",
        "Drop “simply”: “Click the blue button.”",
    ),
    phrase(
        r"\bdid you (?:even|not|actually|really)\b|\bdidn'?t you (?:read|see|check|try)\b",
        "Ask what happened, without judging: “Can you tell me what you tried?”",
    ),
    phrase(
        r"\b(?:like|as) i (?:already )?(?:told you|said|explained|mentioned)\b|\bi did tell you\b|\bas i(?:'ve| have) (?:already )?(?:said|explained)\b",
        "“To recap, …”: say it again, kindly.",
    ),
    phrase(
        r"\bnot rocket science\b|\bany child could\b|\beven a child\b|\bmy (?:grandmother|gran|nan) could\b",
        "Explain it plainly; no comparison needed.",
    ),
    phrase(
        r"\bmost people (?:pick this up|know|manage|get this|figure)\b",
        "“This catches lots of people out.”",
    ),
    phrase(
        r"\bfor future reference\b|\bjust so we'?re clear\b|\bin future,? (?:check|please|make sure|try)\b|\bplease keep in mind\b",
        "“Here's a tip for next time:”",
    ),
    phrase(
        r"\bi'?ll go slowly\b|\bdidn'?t seem to stick\b|\bi'?m sure you'?ll remember\b",
        "Just go through the steps, with no remark about last time.",
    ),
    phrase(
        r"\bplease stop (?:clicking|doing|opening|pressing)\b",
        "Explain the risk and what to do instead.",
    ),
    phrase(
        r"\bwhat (?:exactly )?were you (?:expecting|thinking|doing)\b|\bhow you managed to\b",
        "Focus on fixing it: “Let's get it back.”",
    ),
    phrase(
        r"\byou should probably have\b|\bif you had (?:read|listened|checked)\b",
        "“Next time, this is worth checking:”",
    ),
    phrase(
        r"\bwe have a lot of tickets\b|\bbefore (?:raising|logging|opening) (?:one|a ticket)\b|\bbefore contacting us\b",
        "Thank them for getting in touch; it's what we're here for.",
    ),
    phrase(
        r"\bi'?m not sure what else i can say\b|\bthe instructions were in\b",
        "Offer to go through it together.",
    ),
    phrase(
        r"\bso basic\b|\bbarely counts\b|\bthat'?s just how it works\b",
        "Explain why it works that way, briefly.",
    ),
    phrase(r"(?:^|[.!?]\s+)(?:seriously|honestly|look),\s", "Start with what you did to help."),
    # Rhetorical questions about what they did or tried.
    phrase(
        r"\b(?:did|does|has|had) it not occur(?:red)? to you\b|\bwhat did you (?:expect|think would)\b|"
        r"\bwhat were you hoping\b|\bnot sure what you expected\b|\bwhy (?:on earth )?would you\b|"
        r"\bhow many times\b|\b(?:have|had) you (?:not |even )?(?:tried|thought of|considered) [^.!?]{0,60}\?|"
        r"\bperhaps (?:try|consider) [^.!?]{0,60}\?|\bdid you try turning it\b",
        "Ask what happened, without judging: “Can you tell me what you tried?”",
    ),
    # Reminders of what they were told before.
    phrase(
        r"\bi did (?:warn|tell|say|mention|explain|ask)\b|\bwe (?:did|have) (?:cover(?:ed)?|explain(?:ed)?|go through|gone through)\b|"
        r"\bif you remember\b|\bas (?:you were|you'?ve been) (?:told|shown)\b|\bin my last (?:\w+ )?(?:emails|messages|replies)\b|"
        r"\bhad been followed\b|\bthis is exactly why\b|\bwe (?:always )?tell (?:everyone|people|you)\b|"
        r"\b(?:covered|explained) in the (?:welcome pack|induction|guide|manual|handbook)\b|"
        r"\bgentle reminder\b|\bfor the record\b|\bnot to labour the point\b|\bthe same thing (?:again|as last)\b|"
        r"\b(?:\w+) (?:ticket|time) this (?:week|month) for the same\b",
        "Skip the reminder; give the steps again, kindly.",
    ),
    # Scolding and telling them what not to do.
    phrase(
        r"\byou (?:really )?(?:do )?need to stop\b|\bplease (?:leave|stop) [^.!?]{0,30}\b(?:alone|touching|fiddling)\b|"
        r"\bleave the [\w ]{1,20} alone\b|\bstop pressing\b|\bthat'?s what happens when you\b|\blike everyone else\b|"
        r"\bdo try to\b|\byou shouldn'?t have\b|\bit was something you did\b|\bnext time,? maybe\b|"
        r"\brather than (?:an hour|the day|the morning|five minutes) before\b|\bi'?d have thought\b|"
        r"\bsomeone (?:in your position|with your experience|like you)\b|\bsurely you\b|"
        r"\bi'?m surprised (?:a|an|you|someone|that you)\b|\bwith your experience\b|\bwhich is where \w+ go\b|"
        r"\bhence the name\b|\bif you (?:take|took) the time to\b|\bif you (?:had )?(?:actually )?read (?:the|what'?s)\b",
        "Say what happened and what helps next time, without judging.",
    ),
    # Belittling their ability or age.
    phrase(
        r"\bmean nothing to you\b|\bover your head\b|\breally simple terms\b|\bat your age\b|"
        r"\beven my (?:grandmother|gran|nan|granny|mum|mother|dad|kids?|children|son|daughter|dog)\b|"
        r"\bbless you\b|\bnon-?technical people\b|\bpeople like you\b|\bliterally (?:one|a single|just)\b|"
        r"\bjust one click\b|\bquite straightforward\b|\bslowly this time\b|\bi won'?t bore you\b|"
        r"\bnot (?:that )?hard\b|\bnot (?:that )?difficult\b|\b(?:a|one) (?:simple|basic) (?:thing|step)\b|"
        r"\beven you\b|\bfor beginners like\b|\bin words of one syllable\b",
        "Explain it plainly, without remarks about ability.",
    ),
    phrase(
        r"\bno such thing as a computer\b|\blet'?s look at what you clicked\b",
        "“Let's work out what happened together.”",
    ),
]


# Words that often talk down, used kindly: the technician's own "I simply", a button that
# is "easy to miss" (the design's fault), "you should have an e-mail" (possession), and
# "obviously this should never have happened" (on the client's side). The learned signal
# may not flag a sentence for these alone.
BENIGN = re.compile(
    r"\b(?:i|we) (?:simply|just)\b|\beasy to (?:miss|overlook|mix up|confuse)\b|"
    r"\byou should (?:now )?have (?:a|an|the|received|got|had|your)\b|"
    r"\bobviously\b[^.!?]*\b(?:never|not your fault|shouldn'?t have)\b|"
    r"\b(?:not|never) (?:your|something you) (?:fault|did)\b",
    I,
)


def benign(sentence: str) -> bool:
    return bool(BENIGN.search(sentence))


def find_condescension(text: str) -> list[Condescension]:
    found: list[Condescension] = []
    for item in PHRASES:
        for match in item.pattern.finditer(text):
            phrase_text = match.group(0).strip(" .!?")
            found.append(
                Condescension(
                    phrase=phrase_text,
                    suggestion=item.suggestion,
                    start=match.start(),
                    end=match.end(),
                )
            )
    return sorted(found, key=lambda item: item.start)
