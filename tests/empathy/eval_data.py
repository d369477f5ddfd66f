"""Labelled client messages and technician drafts for measuring the empathy engine.

Labels follow shared/empathy-labels.md. Written blind to the engine's rules.

Intake answers are evidence (issue 13): a message whose client ticked "I can't work" is
labelled work_blocked, and "yes" or "not sure" to "is something lost?" labels data_loss.
"""

from __future__ import annotations

MESSAGES: list[dict[str, object]] = [
    {
        "text": (
            "Out of interest, is there a way to make the writing on my screen a bit bigger? My "
            "eyes aren't what they were."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "Nothing is lost, I just can't find the button to attach a file since the email screen "
            "changed."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "law",
    },
    {
        "text": (
            "Thank you so much Sam, the printer is behaving perfectly now. Have a lovely weekend!"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": "My files are fine, I'd just like to know how to rename a folder.",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "writing",
    },
    {
        "text": "In case my laptop ever breaks, what's the best way to keep copies of my photos?",
        "distress": "calm",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "not_sure"},
        "field": "home",
    },
    {
        "text": (
            "Could someone show me how to share my calendar with my PA? Whenever suits you, no "
            "hurry at all."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "hi, the wifi in the back office is a bit slow but honestly its a minor thing, it can "
            "wait til your next in"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "real-estate",
    },
    {
        "text": (
            "Good morning. Would it be possible to have the firm's logo added to my email "
            "signature? Kind regards, Harriet Lane"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "law",
    },
    {
        "text": "just wondering if theres a dark mode for the reports app. no rush",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "Apologies for the trouble, but could you tell me which of the two printers on the "
            "first floor is the colour one?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": "Thanks again for sorting the scanner yesterday. Everything's running smoothly.",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "The new monitor is lovely. Is there a way to move the taskbar to the left-hand side?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": "Not urgent: the clock on my PC is five minutes fast. Whenever you're passing.",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "military",
    },
    {
        "text": (
            "I'd like to learn how to turn a Word document into a PDF. A short guide would be "
            "perfect."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "writing",
    },
    {
        "text": "cheers for the help earlier mate, all good now",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "The sound on video calls is a tad quiet. Not a big deal, I can manage with headphones "
            "for now."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "Could I get a second screen for my desk at some point? It's a nice-to-have rather "
            "than a need."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "Hello dear, how do I make the photos on my tablet into a slideshow for my grandson? "
            "Just curious, thank you."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "My email is working fine, I'd just like the inbox sorted with the newest messages at "
            "the top."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "real-estate",
    },
    {
        "text": (
            "Quick question for when you have a moment: does the office Wi-Fi password change "
            "every month?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "Just to let you know the laptop you set up is perfect. Much obliged. Col. J. "
            "Whitfield (retd)"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "military",
    },
    {
        "text": (
            "The spell checker is set to American spellings - could it be British English instead? "
            "It's only cosmetic."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "writing",
    },
    {
        "text": (
            "fyi the tv in the staff room shows the wrong date. not my department really, just "
            "thought id mention"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "Is there a keyboard shortcut for the £ sign? I've been copying it from old emails, "
            "which works fine."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "Hypothetically, if someone got hold of my phone, could they see my work email? Mine's "
            "safely in my pocket, I'm just thinking ahead."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "Good afternoon. When convenient, could the waiting-room screen be set to switch "
            "itself off at 6pm? Thank you."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "The printer is a little slow to wake up in the mornings, but once it's going it's "
            "fine. Just for your notes."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": "thank u so much!! my grandson says the tablet is better than ever",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "Re the laptop bag - found it under my desk, all sorted. Sorry for the fuss earlier."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "I read your guide on spotting fake emails, very helpful. Would you be willing to give "
            "the staff a short talk on it sometime?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "There's a little cloud symbol next to my files now. Not worried, just curious what it "
            "means."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "writing",
    },
    {
        "text": "Could the station's shared calendar show bank holidays? Low priority.",
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "law-enforcement",
    },
    {
        "text": (
            "Out of curiosity, how much space is left on the office backup drive? Everything's "
            "backing up fine as far as I can tell."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "The accounts program is crawling today - reports take a couple of minutes each - but "
            "I can keep working around it."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "other",
    },
    {
        "text": "pls ring when u can. tablet stuck on the apple logo since last nite. not urgent x",
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": "Thanks, all working now.",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "Could you add Dr Patel to the surgery's shared calendar? She starts in a few weeks, "
            "so there's plenty of time."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "Would it be possible to get the Wi-Fi to reach the garden room? Purely a comfort "
            "thing, I write perfectly well from the kitchen."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "Is there any chance the scanner could be fixed before Thursday's parents' evening? I "
            "need to scan the reading records for it."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "My spreadsheet of client rents seems to have vanished from the desktop. I'd be "
            "grateful if someone could take a look when possible."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "real-estate",
    },
    {
        "text": (
            "I think I must have pressed the wrong key, because the whole chapter has turned into "
            "bold italics. Is there a way to undo it?"
        ),
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "The till software won't start this morning, so we're writing sales down on paper for "
            "now."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "The printer has gone offline once more. Could you have a look when you're next in?"
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "We need the new starter's email account set up by end of day Friday, if that's "
            "possible."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "The paper invoices won't print from the accounts package. Some of our older clients "
            "only pay on paper, so if these don't go out this week we'll be waiting another month "
            "for the money."
        ),
        "distress": "concerned",
        "worries": ["cost", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": "Is it something I did? My phone has stopped buzzing for meeting reminders.",
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "I can't reach the patient records from consulting room 2, which is where I'm running "
            "my clinic."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "My laptop was stolen from the car last night. It had client case files on it, though "
            "I believe it was password protected."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "law",
    },
    {
        "text": (
            "Good afternoon, my account has been locked for the third time this month. Could you "
            "look into why?"
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "law-enforcement",
    },
    {
        "text": (
            "The sign-in code text isn't arriving on my phone, so I can't get into the accounts "
            "portal."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "Not ideal, but the shared drive is missing from my computer today, so I can't open "
            "the listings folder."
        ),
        "distress": "concerned",
        "worries": ["data_loss", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "real-estate",
    },
    {
        "text": (
            "I've spilled tea on the office tablet and now it won't turn on. Entirely my fault, "
            "I'm afraid."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "The e-mail with the tender documents seems to have disappeared from my inbox. Could "
            "you check whether it can be found?"
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "Could you make sure the projector in Hall B works by tomorrow morning? We have "
            "assembly at 9."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "Like before, the video calls cut out after about twenty minutes. It happened in both "
            "of my interviews today."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "Someone at reception clicked a link in an odd email. Can anyone read our patients' "
            "emails now?"
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "not_sure"},
        "field": "medicine",
    },
    {
        "text": (
            "I'm hopeless with these things, but the new phone doesn't show any of my texts from "
            "the old one."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "A refund we issued yesterday seems to have gone to the wrong customer's account. "
            "Could you check what the payment software did?"
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "My evidence log spreadsheet says it is 'corrupted' when I try to open it. I do have a "
            "paper copy of most of it."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "law-enforcement",
    },
    {
        "text": (
            "I need to print the completion statements by 5pm today and the printer only produces "
            "blank pages."
        ),
        "distress": "concerned",
        "worries": ["deadline", "work_blocked"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "That's four drop-outs on the Wi-Fi this week now. I can still work off my phone's "
            "hotspot in the meantime."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "real-estate",
    },
    {
        "text": (
            "Sorry to bother you again - the sound on my laptop has disappeared for a second time, "
            "and I have a call with my publisher on Monday."
        ),
        "distress": "concerned",
        "worries": ["repeat", "deadline"],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "Was it something I did when I moved those folders? The shared drive only shows about "
            "half of them now."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "data_loss"],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "Hello, the booking system hasn't sent confirmation emails since Tuesday, and two "
            "guests have already complained."
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "Could we get the boardroom screen working before the board meeting next Wednesday?"
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "I think I may have deleted the folder of staff rotas while tidying up. They're not in "
            "the bin either."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "medicine",
    },
    {
        "text": (
            "The scanner at the front desk has packed up again, so statements are being typed in "
            "by hand for the time being."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "Just to flag that the backup reported an error last night. The files look fine on my "
            "side, but I'd like to be sure before the audit at the end of the month."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "My phone was pinched from my bag on the train this afternoon. It has my email and the "
            "regimental association's contact list on it."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "military",
    },
    {
        "text": (
            "I'm rubbish with passwords and seem to have locked myself out of my teaching laptop."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "Our rota app shows nobody booked for Saturday, though I know the shifts were all "
            "filled. Could you find out where the bookings went?"
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "not_sure"},
        "field": "law-enforcement",
    },
    {
        "text": (
            "The property portal has rejected every photo upload this week, so the new listings "
            "can't go live. We may lose a couple of instructions to the agency down the road if "
            "this drags on."
        ),
        "distress": "concerned",
        "worries": ["work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "Do forgive the bother. Since yesterday's update my manuscript opens with all the "
            "footnotes missing. I do have a copy from last week on a memory stick."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "The fax-to-email link at the station stopped working, so court paperwork is piling "
            "up. Could it be looked at first thing on Monday?"
        ),
        "distress": "concerned",
        "worries": ["work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "law-enforcement",
    },
    {
        "text": (
            "The payment link on our website gives an error, so customers can't pay online. They "
            "can still phone their payments through."
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "The tablet won't load the floor plans. I'd like it sorted before lunch if possible, "
            "as I need it at the 3 o'clock viewing."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "My new phone doesn't sync the family calendar. We're away this weekend and I'd like "
            "the bookings on it before we go."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "That pop-up saying my computer is infected keeps coming back, even after you got rid "
            "of it."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "Sorry, I'm useless with gadgets. The remote for the meeting room screen stopped "
            "working after I changed the batteries."
        ),
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "My own daft fault: I unplugged the wrong cable under the desk and now the desk phone "
            "has no dial tone. I'm using my mobile meanwhile."
        ),
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "law",
    },
    {
        "text": "Printer offline again, sorry.",
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "finance",
    },
    {
        "text": "That beeping noise from the comms cupboard is back, same as it was in March.",
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "military",
    },
    {
        "text": (
            "The online banking page won't let me sign in and I'd like to pay the gas bill by "
            "Friday."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "Hi - the color printer in the front office is printing everything in gray. We have "
            "the open house flyers to print by Thursday."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "My calendar invites for the fall parent conferences got canceled on their own. I'd "
            "like to know what happened before I resend them."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "the contract folder is EMPTY. everything for the Henley sale is gone and they're "
            "signing at 2. please please help"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "real-estate",
    },
    {
        "text": (
            "A bit concerned: the only picture I had of my late husband won't open on the tablet "
            "any more."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": "I'm freaking out, the card machine's dead and there's a queue out the door",
        "distress": "distressed",
        "worries": ["cost", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "My thesis!!! Word crashed and now the file shows as 0 KB. It's the only copy and it's "
            "due Friday"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "Nothing works any more. Screen's black, email won't send and the printer just blinks "
            "at me. I'm in court tomorrow."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "law",
    },
    {
        "text": (
            "I am beside myself. I clicked a link in an email from 'the bank', typed in our "
            "account details, and now there's a payment of £4,800 I don't recognise. What have I "
            "done"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "self_blame", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "executive",
    },
    {
        "text": (
            "PLEASE can someone ring me. The patient records screen has frozen on every computer "
            "in the surgery and we have a full waiting room."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "medicine",
    },
    {
        "text": (
            "my wedding photos were on that memory card and now the camera says card error. theyre "
            "the only ones we have"
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "I've got a client call in 10 minutes and it keeps saying my camera is unavailable!!"
        ),
        "distress": "distressed",
        "worries": ["deadline", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "For the FOURTH time the shared drive has vanished. I cannot keep working like this."
        ),
        "distress": "distressed",
        "worries": ["repeat", "work_blocked"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "Help! This morning's bookings aren't showing and customers are turning up for tables "
            "we can't find."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "Someone's stolen my bag with the work tablet in it. Every witness statement from this "
            "week is on there and I'm terrified of what happens if they get in."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "law-enforcement",
    },
    {
        "text": (
            "It's happened again!! The printer jams every time I send the exam papers and the exam "
            "starts at 9:30 - it's 9:05 now."
        ),
        "distress": "distressed",
        "worries": ["repeat", "deadline", "work_blocked"],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "i've really messed up. i think i deleted the entire client folder trying to make "
            "space. is it gone forever?? i'm so sorry"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "self_blame"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "finance",
    },
    {
        "text": (
            "I'm so sorry to keep bothering you, it's me again. Emails have stopped coming in for "
            "the third day running and I'm missing enquiries, which means missing sales. I'm at my "
            "wits' end."
        ),
        "distress": "distressed",
        "worries": ["repeat", "cost"],
        "intake": None,
        "field": "real-estate",
    },
    {
        "text": (
            "Laptop won't boot. Blue screen. Briefing at 1400, that's 40 minutes from now, and the "
            "slides are on it. Need it working."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "military",
    },
    {
        "text": (
            "WHY does this keep happening??? Outlook has eaten my sent folder again. Three years "
            "of correspondence with my publisher"
        ),
        "distress": "distressed",
        "worries": ["repeat", "data_loss"],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "Please help me, I don't understand what I did. The screen went all big and I can't "
            "see the letters to write to my daughter"
        ),
        "distress": "distressed",
        "worries": ["self_blame", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": "Card reader's down AGAIN at the pharmacy counter and we're turning people away",
        "distress": "distressed",
        "worries": ["repeat", "cost", "work_blocked"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "We're losing orders as we speak - the website checkout has been broken since 8am and "
            "nobody can pay."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "I'm scared to touch anything. A message popped up saying my files are locked and I "
            "have to pay to get them back."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "law",
    },
    {
        "text": (
            "Is there ANY way to get back the payroll file? I overwrote it with last month's by "
            "accident and salaries go out at 12."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "self_blame", "deadline"],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "Dear Sir, I write with some urgency. The regimental newsletter, which I have spent "
            "four months compiling, has vanished from the computer, and I have no other copy. I "
            "would be most grateful for any assistance you can offer. Yours faithfully, J. "
            "Whitfield"
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "military",
    },
    {
        "text": (
            "phone wont turn on at all. all the kids photos from the last 2 yrs are on it, never "
            "backed up. stomach is in knots"
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "real-estate",
    },
    {
        "text": (
            "The evidence upload portal has rejected every file since this morning and the custody "
            "deadline is in 45 minutes. I need someone now."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "deadline"],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "Why is it doing this to me again?? Every time I open the surgery email it asks for my "
            "password and then says it's wrong. I have results to send out today."
        ),
        "distress": "distressed",
        "worries": ["repeat", "work_blocked", "deadline"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "Sorry sorry sorry. I dropped the new office laptop down the stairs. The screen is "
            "cracked right across and it won't come on. Mr Hale is going to kill me."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "self_blame", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "executive",
    },
    {
        "text": (
            "Honestly at my lowest ebb with this machine. Lost a whole afternoon's writing when it "
            "froze, and now it won't start up at all."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "writing",
    },
    {
        "text": "the tills are frozen, saturday rush, people walking out, what do i do",
        "distress": "distressed",
        "worries": ["work_blocked", "cost"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "URGENT - cannot open any of the tax returns due tonight. The software just says "
            "'licence expired'."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "Everything on the S drive has disappeared. All twelve years of case files. Is it a "
            "hacker? Please ring me as soon as you possibly can."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "My screen has died mid-lesson yet another time, thirty children are waiting and I've "
            "got nothing to show them. Really, really need this fixed now"
        ),
        "distress": "distressed",
        "worries": ["repeat", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "I'm in a panic, my emails to the bank have been going to someone else's address. Have "
            "they got my account details?"
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "the zoom for my mum's funeral is in half an hour and the sound isn't working on my "
            "laptop. please"
        ),
        "distress": "distressed",
        "worries": ["deadline", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "I've been locked out of the force system, the custody record won't save and the "
            "inspector is shouting at me. I must have typed the password wrong too many times"
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "self_blame", "data_loss"],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "Lost the lot. The laptop updated overnight and every document I've written since "
            "March has gone."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "I feel sick - I think the reports I spent the whole weekend on were saved over by "
            "someone else's version on the shared drive. Reports go home tomorrow."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "deadline"],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": "THE PRINTER IS DOING IT AGAIN AND I HAVE 40 CONTRACTS TO SEND OUT",
        "distress": "distressed",
        "worries": ["repeat", "work_blocked"],
        "intake": None,
        "field": "real-estate",
    },
    {
        "text": (
            "Dear Support Team, I hope this finds you well. I am writing about the document "
            "management system, which since Monday has taken several minutes to open each file. I "
            "appreciate this is probably not the most pressing matter on your list, and I have "
            "been able to continue working, albeit slowly. However, I noticed this morning that "
            "two letters I drafted on Tuesday are no longer listed under the Henderson matter, "
            "although I am fairly sure I saved them there. I may of course have filed them in the "
            "wrong place myself. Could someone look into this when convenient? I would be grateful "
            "for a call before Thursday, when the matter goes to mediation. With thanks, Harriet "
            "Lane"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "self_blame", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "not_sure"},
        "field": "law",
    },
    {
        "text": "cant get in2 my email & the viewing is in 20 mins!! pls call",
        "distress": "distressed",
        "worries": ["work_blocked", "deadline"],
        "intake": None,
        "field": "real-estate",
    },
    {
        "text": (
            "The label printer for the courier is down. If the parcels don't go out by 4 we'll "
            "have to pay for next-day delivery ourselves."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "cost", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "My accounts file is full of gibberish symbols and the VAT return has to be filed by "
            "midnight. This is a nightmare."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "deadline"],
        "intake": None,
        "field": "finance",
    },
]

DRAFTS: list[dict[str, object]] = [
    {
        "text": (
            "I've reconnected the shared drive on your computer and all your listings are back "
            "where they were. Nothing was deleted; the connection had simply dropped overnight."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "work_blocked"],
    },
    {
        "text": (
            "I remapped the S: drive via Group Policy and cleared the cached credentials. It "
            "should behave now."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": ["remapped", "Group Policy", "cached credentials"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Obviously you should have saved the file before closing it. Next time, press the Save "
            "button every few minutes."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "It's easy to miss this button, it's well hidden: the little paperclip at the top of "
            "the message is how you attach a file. You didn't do anything wrong."
        ),
        "comfort": "new",
        "client_worries": ["self_blame"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["self_blame"],
    },
    {
        "text": (
            "I simply need your email address to look up your account, then I can reset the "
            "password for you and you'll be back in within a few minutes."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "As I already explained last week, the printer needs to be switched on at the wall "
            "before it will print. I've switched it on."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "Your photos were never touched - they were only hidden because the memory card had "
            "come loose. I've pushed it back in and copied all 348 photos to your computer as "
            "well, so there are now two copies."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The DHCP lease on the card terminal expired and it couldn't get an IP address, so "
            "I've set a static reservation for it. Payments should go through again."
        ),
        "comfort": "everyday",
        "client_worries": ["cost", "work_blocked"],
        "jargon": ["DHCP lease", "IP address", "static reservation"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "I'm so sorry about the queue this morning - I know every minute the card machine was "
            "down cost you sales. It's working again now, and I've set it to use the mobile "
            "network if the internet drops, so this shouldn't happen again."
        ),
        "comfort": "everyday",
        "client_worries": ["cost", "work_blocked", "repeat"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["cost", "work_blocked", "repeat"],
    },
    {
        "text": "It's not rocket science: when the light is orange, the printer is out of paper.",
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I flushed the DNS cache and renewed the IP lease, then rebuilt your Outlook profile. "
            "Your mail is flowing again."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked"],
        "jargon": ["DNS cache", "IP lease"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": "Did you even try turning it off and on again before logging a ticket?",
        "comfort": "everyday",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "No file was removed. The folder was moved into 'Archive' when it was dragged by "
            "accident, and I've put it back in its usual place. This happens to lots of people - "
            "the mouse makes it very easy to do."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "self_blame"],
    },
    {
        "text": (
            "Like I told you before, don't open attachments from people you don't know. I've "
            "removed the virus this time."
        ),
        "comfort": "everyday",
        "client_worries": ["self_blame", "data_loss"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Your S: drive dropped because the VPN tunnel timed out while your laptop was asleep. "
            "I've changed the keep-alive setting so it reconnects when it wakes up."
        ),
        "comfort": "new",
        "client_worries": ["repeat", "work_blocked"],
        "jargon": ["VPN tunnel", "keep-alive setting"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "We got all 212 photos back from the card, including every one from the wedding. "
            "They're now on your computer in a folder called 'Wedding', and on the memory stick I "
            "left with you."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "We recovered everything except the last hour of edits before the crash - your "
            "chapters up to 3pm yesterday are all there. I'm sorry about the lost hour; it wasn't "
            "anything you did, the program crashed on its own."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "self_blame"],
    },
    {
        "text": (
            "Did you save your files to the desktop or to Documents? Let me know and I'll have a "
            "look."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "The drive's SMART data shows reallocated sectors, so I'm going to take a disk image "
            "with ddrescue before anything else."
        ),
        "comfort": "confident",
        "client_worries": ["data_loss"],
        "jargon": ["SMART data", "reallocated sectors", "disk image", "ddrescue"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "As everyone knows, you need to restart after an update. Please do that before "
            "contacting us next time."
        ),
        "comfort": "everyday",
        "client_worries": [],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Your documents are safe; they're all stored on the shared drive, not on the laptop "
            "itself. The laptop needs a new screen, which I've ordered for Thursday, and I'll lend "
            "you a spare until then so you can keep working."
        ),
        "comfort": "everyday",
        "client_worries": ["cost", "self_blame", "work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Accidents happen - stairs and laptops don't mix, and it's certainly not a sacking "
            "offence! The repair is covered by the office insurance, so there's no cost to you or "
            "the business."
        ),
        "comfort": "everyday",
        "client_worries": ["self_blame", "cost"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["self_blame", "cost"],
    },
    {
        "text": (
            "I've provisioned a new mailbox in Exchange Admin Center and assigned an E3 licence. "
            "The account will propagate within the hour, well before Friday."
        ),
        "comfort": "everyday",
        "client_worries": ["deadline"],
        "jargon": ["provisioned", "Exchange Admin Center", "E3 licence", "propagate"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["deadline"],
    },
    {
        "text": "Simply click on the big blue button. It's easy.",
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "The printer is working again and your 40 contracts are printing now - they'll all be "
            "done in about ten minutes, well before the 4pm post. The jams came from a worn "
            "roller, which I've replaced, so it shouldn't keep happening."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat", "work_blocked", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat", "work_blocked", "deadline"],
    },
    {
        "text": "Any child could set up a phone these days, but I've done it for you anyway.",
        "comfort": "new",
        "client_worries": [],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": "Just so we're clear, the laptop has to be plugged in for the battery to charge.",
        "comfort": "everyday",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I'll go slowly this time, since last time didn't seem to stick. First, find the Start "
            "button."
        ),
        "comfort": "new",
        "client_worries": [],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "No need to apologise at all - you did exactly the right thing by calling straight "
            "away. Your email account is now locked down and nobody else can get into it. None of "
            "your emails were deleted or copied."
        ),
        "comfort": "new",
        "client_worries": ["self_blame", "data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["self_blame", "data_loss"],
    },
    {
        "text": (
            "The message came back because your mailbox hit its quota; I've archived older items "
            "to a PST file and enabled auto-archive."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked"],
        "jargon": ["quota", "PST file", "auto-archive"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Your files are exactly where you left them; the folder only looked empty because the "
            "view was filtered to 'today'. I've switched the filter off."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "I've rolled back the KB5034441 update via WinRE and rebuilt the BCD store, so the "
            "laptop boots again."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked", "data_loss"],
        "jargon": ["rolled back", "KB5034441", "WinRE", "BCD store", "boots"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "You should have a new email from us with a link to choose your password. It's easy to "
            "miss, so check the junk folder too. Once that's done you'll be able to sign in "
            "straight away."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Honestly, I'm not sure how you managed to delete the whole folder, but I've restored "
            "it from last night's backup. Everything from before 10pm yesterday is back."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": [],
        "condescending": True,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "I know the reports go home tomorrow, so I've put them first: the version you saved at "
            "11:40 on Sunday is back on the shared drive, and I've locked the folder so nobody can "
            "save over it again."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "deadline"],
    },
    {
        "text": "Run sfc /scannow from an elevated prompt and check Event Viewer for disk errors.",
        "comfort": "confident",
        "client_worries": [],
        "jargon": ["sfc /scannow", "elevated prompt", "Event Viewer"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "The Wi-Fi password changed when the landlord replaced the box. I've put the new one "
            "on your laptop and phone and written it on the card by your desk, so you're back "
            "online now."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "For future reference, the blue icon with the 'e' is the internet. Most people pick "
            "this up within a week or so."
        ),
        "comfort": "new",
        "client_worries": [],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I've checked the sign-in history and no one else has signed in, so your emails "
            "haven't been read by anyone else. I've changed the password and turned on sign-in "
            "codes to your phone, so this can't happen the same way again."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "repeat"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "repeat"],
    },
    {
        "text": (
            "Outlook stopped updating because the OST file was corrupt; I rebuilt it and "
            "re-indexed the mailbox."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": ["OST file", "re-indexed"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Sorry it's been such a frustrating week with the Wi-Fi. The router was on a channel "
            "that clashed with the café next door; I've moved it to the 5 GHz band, and it's been "
            "steady all afternoon."
        ),
        "comfort": "new",
        "client_worries": ["repeat"],
        "jargon": ["router", "channel", "5 GHz band"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "The router (that's the small white box with the blinking lights by the window) had "
            "frozen. I switched it off and on again, and the internet is back."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Your thesis is safe: I found an automatic recovery copy from 2:14 this afternoon, and "
            "it has all 86 pages. I've saved it to your documents and to your university storage, "
            "so there are two copies."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "I'm afraid the laptop needs a new hard drive. I'll collect it tomorrow and bring it "
            "back to you on Friday."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "work_blocked"],
        "jargon": ["hard drive"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Please stop clicking on every link you're sent. This is the third time this month "
            "we've had to clean your computer."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat", "self_blame"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": "What exactly were you expecting to happen when you pressed 'delete all'?",
        "comfort": "everyday",
        "client_worries": ["self_blame", "data_loss"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I've restored the payroll file from the 11am backup, so the only thing missing is the "
            "changes made in the last 40 minutes, which I've listed below. That leaves plenty of "
            "time to re-enter them before salaries go at 12."
        ),
        "comfort": "confident",
        "client_worries": ["data_loss", "self_blame", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "deadline"],
    },
    {
        "text": (
            "Overwriting a file is one of the easiest mistakes to make, and the software really "
            "should warn you - that's on the software, not you."
        ),
        "comfort": "confident",
        "client_worries": ["self_blame"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["self_blame"],
    },
    {
        "text": (
            "The ransomware came in through an exposed RDP port. I've isolated the machine, "
            "revoked the compromised credentials and we're checking which backups are clean."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "cost"],
        "jargon": ["ransomware", "RDP port", "compromised credentials"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Please don't pay anything. Your files are safe: we have a clean copy of every one "
            "from last night, and we'll put them back once the computer is cleaned. This wasn't "
            "your fault - these messages are designed to frighten people."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "cost", "self_blame"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "cost", "self_blame"],
    },
    {
        "text": (
            "I can see the problem: the BIOS had the boot order set to USB first, so it was trying "
            "to start from your memory stick. I've fixed that and it starts normally now."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked"],
        "jargon": ["BIOS", "boot order"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Don't worry, the flashing orange light just means the ink is low. I've ordered more "
            "and it'll be with you on Tuesday; until then it will keep printing, just a little "
            "faintly."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "I've re-seated the NIC and swapped the patch cable at the switch; link lights are "
            "green."
        ),
        "comfort": "everyday",
        "client_worries": [],
        "jargon": ["re-seated", "NIC", "patch cable", "switch", "link lights"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "The email you forwarded is a scam. You did the right thing by not clicking it, and "
            "I've blocked the sender."
        ),
        "comfort": "everyday",
        "client_worries": [],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "The backup job failed on a VSS snapshot error; I've re-registered the VSS writers and "
            "kicked off a manual run, which completed, so last night's files are all backed up "
            "now."
        ),
        "comfort": "confident",
        "client_worries": [],
        "jargon": ["VSS snapshot", "VSS writers", "re-registered"],
        "condescending": False,
        "reassures_data": True,
        "addresses": [],
    },
    {
        "text": (
            "Your S: drive is back. For next time, the guide 'Re-connect a shared drive' walks "
            "through the three clicks, and I've pinned it to your desktop."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked", "repeat"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Obviously this should never have happened to you - the update broke the calendar for "
            "everyone in the office, not just you. It's fixed now, and all your appointments are "
            "back."
        ),
        "comfort": "everyday",
        "client_worries": ["self_blame", "data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["self_blame", "data_loss"],
    },
    {
        "text": (
            "We publish an SPF record and use DKIM on the domain, so fake messages like that one "
            "should be quarantined; I've tightened the DMARC policy to reject."
        ),
        "comfort": "confident",
        "client_worries": [],
        "jargon": ["SPF record", "DKIM", "DMARC policy"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I can't promise anything yet about the photos - the card is badly damaged - but I'm "
            "sending it to a specialist today and will phone you on Thursday with their answer."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I'm sorry the drive vanished again - four times is not acceptable. The real cause was "
            "a failing network card in your PC, which I replaced today, so it should stay "
            "connected from now on. All your case files were on the server the whole time and none "
            "are missing."
        ),
        "comfort": "confident",
        "client_worries": ["repeat", "data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["repeat", "data_loss"],
    },
    {
        "text": (
            "It's a very common mix-up and nothing to feel silly about: the Caps Lock key was on, "
            "so the password looked wrong. You're back in now."
        ),
        "comfort": "new",
        "client_worries": ["self_blame", "work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["self_blame", "work_blocked"],
    },
    {
        "text": (
            "Ok so basically your mail client was on IMAP and your phone was on POP3, and they "
            "were fighting. Switched everything to IMAP."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": ["mail client", "IMAP", "POP3"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I know how much those photos mean to you. I've checked the tablet and the picture of "
            "your husband is still there - it just wouldn't open in the photo app. I've made a "
            "copy on your computer and printed one for you as well."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Before we go further, did you back up the laptop at any point, or is everything only "
            "on there?"
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Your account kept locking because the old password was still saved on your phone, "
            "which kept trying it. I've updated it on the phone, so it won't lock you out again."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "I've re-enabled the account in AD, reset the lockout counter and forced a GPO refresh."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat", "work_blocked"],
        "jargon": ["AD", "lockout counter", "GPO refresh"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "The video drops were down to the laptop's power-saving settings turning the Wi-Fi off "
            "after 20 minutes. I've changed that setting, so your Monday call with the publisher "
            "should be fine."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat", "deadline"],
    },
    {
        "text": (
            "I'll be honest: I was able to save 9 of the 12 chapters. Chapters 10 to 12 were too "
            "badly damaged, but the copy on your memory stick from last week has most of chapters "
            "10 and 11."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": "Now, I'm sure you'll remember this time: passwords are case-sensitive.",
        "comfort": "everyday",
        "client_worries": ["repeat"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I've restarted the print spooler service, cleared the queue and pushed the latest "
            "PCL6 driver to your PC."
        ),
        "comfort": "new",
        "client_worries": [],
        "jargon": ["print spooler service", "queue", "PCL6 driver"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Good news: the listings weren't lost. The portal was rejecting photos over 10 MB, and "
            "yours come straight off the camera at 14 MB. I've set up a folder that shrinks them "
            "automatically, so you can upload again today."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked", "cost"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "You should probably have read the error message, it tells you exactly what's wrong."
        ),
        "comfort": "everyday",
        "client_worries": [],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "No worries at all about the extra tickets - that's what we're here for. The tablet "
            "wasn't charging because the little hole the charger plugs into was full of fluff; I "
            "cleaned it out and it's charging again."
        ),
        "comfort": "new",
        "client_worries": ["repeat"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "Hi Grace, the licence renewal had failed because the card on file expired. I've "
            "renewed it with the new card and all your returns open again, so you'll have them in "
            "well before tonight's deadline. None of the returns were affected."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["work_blocked", "deadline"],
    },
    {
        "text": (
            "Please keep in mind that we have a lot of tickets to deal with. In future, check the "
            "plug before raising one."
        ),
        "comfort": "everyday",
        "client_worries": [],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": "I'm not sure what else I can say, the instructions were in the guide I sent you.",
        "comfort": "everyday",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "There's really no such thing as a computer 'just deleting' things on its own, so "
            "let's look at what you clicked. Anyway, I got the spreadsheet back from the bin and "
            "it's exactly as it was."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": [],
        "condescending": True,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Honestly, this one is so basic it barely counts as a problem. The volume was muted; "
            "I've turned it up and you can join your call."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "As we agreed on the phone, I'll ring you at 2 to check the scanner with you; no need "
            "to do anything before then. Your scanned documents are all still in the 'Scans' "
            "folder."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Everything is where you left it - your desktop, your documents and your saved "
            "websites all came across to the new laptop."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The RAID 1 array was degraded when one disk failed, but the second disk had a full "
            "copy, so no data was lost. I've hot-swapped the failed disk and the new one is 40% "
            "filled."
        ),
        "comfort": "confident",
        "client_worries": ["data_loss"],
        "jargon": ["RAID 1 array", "degraded", "hot-swapped"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "I've cleared your browser cache and cookies, and the bank's website loads properly "
            "again."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": ["browser cache", "cookies"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": "I've cleared your browser cache and the portal loads again.",
        "comfort": "confident",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Your phone was set to POP, so each message was downloaded and then deleted from the "
            "server. I've switched it to IMAP so both devices see the same inbox; your old emails "
            "are all still safe on the laptop."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": ["POP", "server", "IMAP"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "It's trivial really - the firmware was out of date. Just flash the latest one from "
            "the vendor's site next time."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked"],
        "jargon": ["firmware", "flash"],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "The scanner's SMB share stopped accepting scans after the NAS firmware update "
            "disabled SMBv1. I've set scans to go to your email instead, so you can scan again."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked"],
        "jargon": ["SMB share", "NAS", "firmware", "SMBv1"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "There's a memory leak in the reporting add-in, so RAM usage creeps up until the app "
            "hangs; I've disabled the add-in, which stops the freezes."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat"],
        "jargon": ["memory leak", "add-in", "RAM"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "Your certificate on the VPN client had expired, so the handshake was failing. I've "
            "pushed a new cert via Intune."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked"],
        "jargon": ["handshake", "Intune"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Look, DNS propagation takes up to 48 hours, that's just how it works. I did tell you "
            "this."
        ),
        "comfort": "confident",
        "client_worries": ["deadline"],
        "jargon": ["DNS propagation"],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["deadline"],
    },
    {
        "text": (
            "I've migrated your mailbox to the new tenant and set up a transport rule to forward "
            "anything sent to the old address. All 6,400 emails came across, folders included."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": ["migrated", "tenant", "transport rule"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The laptop's thermal paste had dried out, so the CPU was throttling. I've repasted it "
            "and it runs at normal speed now."
        ),
        "comfort": "everyday",
        "client_worries": [],
        "jargon": ["thermal paste", "CPU", "throttling", "repasted"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Your phone had stopped backing up because its online storage plan was full. I've "
            "moved you to the next plan up, which costs 99p a month more - I know you asked about "
            "costs, so I wanted to be upfront. Your photos are backing up again and the ones "
            "already saved are safe."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "cost"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "cost"],
    },
    {
        "text": (
            "Quick update: I've passed this to second-line, who'll check the Exchange transport "
            "logs and the connector config."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": ["second-line", "Exchange transport logs", "connector config"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "It was a phishing email, so I've reset your credentials, revoked active sessions and "
            "enabled MFA."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": ["phishing", "credentials", "revoked active sessions", "MFA"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Seriously, the cloud icon just means OneDrive is syncing. Did you not read the "
            "onboarding email?"
        ),
        "comfort": "new",
        "client_worries": [],
        "jargon": ["OneDrive", "syncing", "onboarding email"],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I've set up a scheduled task that runs robocopy to the NAS every night, so if the "
            "laptop ever fails you'll still have a copy of everything."
        ),
        "comfort": "everyday",
        "client_worries": [],
        "jargon": ["scheduled task", "robocopy", "NAS"],
        "condescending": False,
        "reassures_data": True,
        "addresses": [],
    },
    {
        "text": (
            "The kernel panic was caused by a bad kext left over from the old printer software; I "
            "booted into Safe Mode and removed it."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked"],
        "jargon": ["kernel panic", "kext"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": "I simply re-imaged the machine and re-joined it to the domain.",
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": ["re-imaged", "domain"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Thanks for your patience today. The app update, restart and new password are all "
            "done, and your email is working on both the phone and the tablet."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
]
