"""Held-out labelled messages and drafts: measured once, never tuned against.

Labels follow shared/empathy-labels.md.

Intake answers are evidence (issue 13): a message whose client ticked "I can't work" is
labelled work_blocked, and "yes" or "not sure" to "is something lost?" labels data_loss.
"""

from __future__ import annotations

MESSAGES: list[dict[str, object]] = [
    # ------------------------------------------------------------------ calm
    {
        "text": (
            "Hi, out of interest, is there a way to make the writing on my screen bigger? "
            "No rush at all."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "Thank you so much for sorting out the choir's mailing list yesterday. Every "
            "singer got the rehearsal notes and the altos have stopped grumbling!"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "My files are all there, I checked each chapter, but the folder icons are a "
            "different color since the update. Just curious why."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "writing",
    },
    {
        "text": (
            "In case my laptop ever gives up the ghost, what would be the best way to keep "
            "a spare copy of my sermon notes? Happy to chat whenever suits you."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "The waiting-room telly at the vet's surgery is showing yesterday's date. "
            "It's a minor thing and it can wait until someone's next in."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": "quick q - can i change the ringtone on the work mobile? cheers",
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "law-enforcement",
    },
    {
        "text": (
            "Dear Support, I would be grateful if you could advise whether the firm's "
            "letterhead template can be amended to show our new postcode. There is no "
            "urgency whatsoever. Kind regards, Harriet Lane"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "law",
    },
    {
        "text": (
            "Apologies for bothering you. Would it be possible to add our new teaching "
            "assistant to the Year 2 shared calendar whenever you have a moment? Thanks."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "The printer at the charity shop takes a while to warm up in the mornings but "
            "it does print fine in the end. Not a problem really, just mentioning it."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": "Just wanted to say the new Wi-Fi in the depot office is brilliant. Thanks Sam!",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "Is a second monitor worth it for drafting? Purely out of interest, I'm not "
            "planning to buy anything yet."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "writing",
    },
    {
        "text": (
            "hey my phone pops up asking me to rate apps lol. how do i turn that off, no biggie"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "Hypothetically, if the power went off in the middle of a backup, would the "
            "backup be ruined? Everything is fine at the moment, I'm just planning ahead."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "The dental practice logo sits slightly off-centre on the check-in screen. "
            "Cosmetic only, whenever suits."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "Not ideal, but the scanner lid squeaks like an old gate. Works perfectly "
            "otherwise. Could someone look at it next time they pop by?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "Morning. Could you show me how to put a signature at the bottom of my emails? "
            "I'm free Thursday afternoon if that helps, but any day is fine."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "military",
    },
    {
        "text": (
            "Found it! The contract I thought I'd lost was in Downloads all along. No need "
            "to look into it now, thank you for your patience."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "My tutoring laptop takes about a minute longer to start up than it used to. "
            "I can live with it, just wondered if that's normal."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "Thanks for your help last week, the landlord portal has behaved perfectly ever since."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "real-estate",
    },
    {
        "text": "Calendar shows US holidays instead of UK ones. Mildly annoying, nothing urgent.",
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "The clock on the staffroom computer is running five minutes fast again. "
            "Honestly a minor thing, it can wait."
        ),
        "distress": "calm",
        "worries": ["repeat"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "An old photo from the office Christmas do won't open. Not important at all, "
            "I've got it on my phone anyway."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "Would love a quick lesson on sending pictures to my grandchildren, whenever "
            "you're passing."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "The custody suite noticeboard screen could be a touch brighter. Low priority, "
            "just putting it on the list."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "law-enforcement",
    },
    {
        "text": "Printer jammed. No rush.",
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "military",
    },
    {
        "text": (
            "Hello, a spare keyboard for the front desk would be nice at some point. No "
            "hurry, the current one works."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "medicine",
    },
    # ------------------------------------------------------------- concerned
    {
        "text": (
            "Could the scanner be working again before the parents' evening on Thursday? "
            "We use it for the reading records."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "The spreadsheet with this term's choir subscriptions seems to have disappeared "
            "from the shared folder. Could someone have a look when possible?"
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "I think I must have dragged the parish Minutes folder somewhere by accident, "
            "because I can't find it now. Sorry to be a nuisance."
        ),
        "distress": "concerned",
        "worries": ["data_loss", "self_blame"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "The card reader at the charity shop stopped taking payments this morning, so "
            "we're cash-only today, which may well put some customers off. Could someone "
            "ring me?"
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "Dear team, the dispatch screen at the yard has frozen again, the second time "
            "this week, and the drivers cannot get their routes. Regards, Robert"
        ),
        "distress": "concerned",
        "worries": ["repeat", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "I haven't been able to log into the patient records system since this "
            "morning. Reception are managing on paper for now."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "None of the invoices I sent yesterday have reached the clients, so I'm worried "
            "we won't be paid on time this month."
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "Since I opened that attachment from 'the bank' I've been wondering whether "
            "someone can see my emails now. Was it something I did?"
        ),
        "distress": "concerned",
        "worries": ["data_loss", "self_blame"],
        "intake": {"impact": "annoyance", "data_worry": "not_sure"},
        "field": "home",
    },
    {
        "text": (
            "Chapter 12 of my novel opens as a page of gibberish symbols. I do have a copy "
            "from last month, but I'd lose three weeks of edits."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "writing",
    },
    {
        "text": (
            "The Wi-Fi in the agency drops out every afternoon, just like it did last "
            "month. It's slowing down our viewing bookings but we're coping."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "The upstairs printer says offline. I can use the one downstairs for now, but "
            "I'd like mine working before Friday's lease signing."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "I deleted an email from the court clerk by mistake - my fault, I was having a "
            "tidy up. Is there any way of getting it back?"
        ),
        "distress": "concerned",
        "worries": ["data_loss", "self_blame"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "law",
    },
    {
        "text": (
            "Our team's report for the inspectorate is due Monday morning and the shared "
            "drive won't open on my laptop at all."
        ),
        "distress": "concerned",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "law-enforcement",
    },
    {
        "text": (
            "The card terminal at the surgery declined three owners' cards today, even "
            "though their cards worked elsewhere. We had to let them pay later, which "
            "we can't keep doing."
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "I'm hopeless with these things, I'm afraid - I've somehow turned the picture "
            "on my screen upside down. Could someone talk me through it?"
        ),
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "The sound on my video calls has gone again, same as back in March. I have a "
            "tutoring session on Saturday morning."
        ),
        "distress": "concerned",
        "worries": ["repeat", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "The newsletter template now says the file is damaged. I have last month's "
            "version so it's not the end of the world, but I'd rather not rebuild it."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "Our accounts package is asking me to re-enter the licence key - that's the "
            "third time this month."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "I apologise if this is a silly question. The lorry tracking map hasn't "
            "refreshed since 8am, so we can't tell anyone where their deliveries are."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "The sat-nav tablets in two of our lorries lost all their saved delivery routes "
            "overnight. The drivers are managing with paper maps today."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "executive",
    },
    {
        "text": (
            "Would it be possible to copy the nativity photos off the old school laptop "
            "before it goes for recycling on Friday?"
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "Sorry to trouble you. My calendar has lost all of next week's client "
            "meetings after it synced this morning."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "law",
    },
    {
        "text": (
            "The till at the charity shop freezes whenever we scan a gift aid card, so we "
            "can't process any donations at the moment."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "My login for the dental booking system has locked me out again, same as last "
            "Tuesday. I'm using a colleague's desk in the meantime."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "The quarterly VAT return has to be filed by midnight Friday and the accounts "
            "software won't let me export anything."
        ),
        "distress": "concerned",
        "worries": ["deadline", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "I think I've broken the station's tablet. I dropped it getting out of the car "
            "and the screen's cracked right across - my own clumsiness."
        ),
        "distress": "concerned",
        "worries": ["data_loss", "self_blame", "cost"],
        "intake": {"impact": "slows_me", "data_worry": "not_sure"},
        "field": "law-enforcement",
    },
    {
        "text": (
            "Two tenants tell me their rent statements were emailed to someone else's "
            "address. Could you check who received them?"
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "real-estate",
    },
    {
        "text": (
            "Our claims emails to the insurer are bouncing back, so nothing has gone out "
            "and we won't be reimbursed for this week's treatments."
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "Dear Helpdesk, I hope this finds you well. I am writing on behalf of Lane & "
            "Partners regarding the document system. Since Monday, letters saved to client "
            "folders have not been appearing for colleagues until the following day. No "
            "documents appear to have been lost, as each one does turn up eventually, but "
            "it slows the handling of correspondence considerably. We have a completion on "
            "the Wilson matter at the end of next week and would appreciate it if this "
            "could be resolved before then. With thanks, Harriet Lane"
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "law",
    },
    {
        "text": (
            "Not sure if its me but the tutor booking page wont load for any of my "
            "students, so nobody can book lessons for next week and I'm loosing bookings."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "Hi, the landlord statements came out with the wrong figures again this "
            "quarter, as they did in the spring. Could someone look into it before we "
            "post them on the 1st?"
        ),
        "distress": "concerned",
        "worries": ["repeat", "deadline"],
        "intake": None,
        "field": "real-estate",
    },
    {
        "text": (
            "Colonel Whitfield here. My email has stopped receiving messages once more. "
            "Would someone kindly ring me about it."
        ),
        "distress": "concerned",
        "worries": ["data_loss", "repeat"],
        "intake": {"impact": "annoyance", "data_worry": "not_sure"},
        "field": "military",
    },
    # ------------------------------------------------------------ distressed
    {
        "text": "HELP!!! All my wedding photos are gone from the laptop!!!",
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "Please, please can somebody help me. The only copy of my dissertation won't "
            "open and I don't know what to do."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "writing",
    },
    {
        "text": (
            "I'm beside myself. I think I deleted the entire client folder - it was me, I "
            "clicked something I shouldn't have - and the tax returns are due Friday."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "self_blame", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "finance",
    },
    {
        "text": (
            "Card machine has died and there's a queue out the door of people who can't "
            "pay. We are losing sales right now."
        ),
        "distress": "distressed",
        "worries": ["cost", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "Nothing works any more. The computer won't switch on, the phone's dead and "
            "the printer is flashing orange. What am I supposed to do"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "home",
    },
    {
        "text": (
            "cant get into the custody system AGAIN and ive got a prisoner transfer in 40 "
            "mins. third time this week!!"
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "repeat", "deadline"],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "The board presentation starts in 20 minutes and the laptop is stuck on a blue "
            "screen. Please help."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "executive",
    },
    {
        "text": (
            "I'm frightened. A man rang saying he was from the bank and I let him onto my "
            "computer. Now he has all my details and could take my savings. How could I "
            "be so stupid?"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "self_blame", "cost"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "The surgery's booking system crashed and owners are turning up with their pets "
            "and there's no record of their appointments. I'm at my wits' end."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "medicine",
    },
    {
        "text": (
            "WHY does my email keep crashing?? This is the fifth time today and I have a "
            "contract to send before 5."
        ),
        "distress": "distressed",
        "worries": ["repeat", "deadline"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "Dear Sir or Madam, I must urgently request assistance. Every file on our "
            "shared drive has been renamed with a strange ending and a note demands "
            "payment in Bitcoin. Nobody in the office can work. I am extremely anxious."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "law",
    },
    {
        "text": (
            "Freaking out a bit - I left the laptop with all the pupils' reports on the "
            "train. Can whoever finds it read them??"
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "teaching",
    },
    {
        "text": (
            "Our lorries can't get their delivery sheets because the server is down, and "
            "every hour we're paying drivers to sit in the yard. Customers are canceling."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "i'm so sorry, it's my fault, i knocked tea over the reception keyboard and "
            "now the pc wont start and we cant check any patients in. please help"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "self_blame"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "medicine",
    },
    {
        "text": (
            "The memory stick with thirty years of family recipes and my late husband's "
            "letters isn't showing up on the computer. I can't lose those."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "Scanner's broken AGAIN. I've reported it three times now. I have the mock "
            "exam papers to scan before the invigilators arrive at 9."
        ),
        "distress": "distressed",
        "worries": ["repeat", "deadline", "work_blocked"],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "Please help me, I'm locked out of my email and my editor needs the final "
            "manuscript tonight. I probably typed the password wrong too many times, my "
            "own stupid fault."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "deadline", "self_blame"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "writing",
    },
    {
        "text": (
            "We've just realised refunds for three clients were paid into the wrong "
            "account. That's over £2,000 gone. What do we do?!"
        ),
        "distress": "distressed",
        "worries": ["cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "Everything on my desktop has vanished - the case files, the scanned "
            "statements, the lot. I'm panicking."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "law",
    },
    {
        "text": (
            "The mess ordering tablet froze mid-order yet again and wiped today's entire "
            "order. Supplier cut-off is in half an hour!"
        ),
        "distress": "distressed",
        "worries": ["repeat", "data_loss", "deadline"],
        "intake": None,
        "field": "military",
    },
    {
        "text": (
            "I can't stop shaking. Someone has posted horrible things on the church "
            "Facebook page from our account and I don't know how they got in or what "
            "else they can see."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "PLEASE call me. The open house is in 15 minutes and I can't get the property "
            "brochure to open on my phone."
        ),
        "distress": "distressed",
        "worries": ["deadline", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "That's the fourth time the backup has failed and now the drive is making a "
            "clicking noise. If it dies we lose every client's books. I'm terrified."
        ),
        "distress": "distressed",
        "worries": ["repeat", "data_loss"],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "Right, I've had ENOUGH. The interactive whiteboard in Year 4 has frozen on the "
            "login screen again, the fourth time since half term, and every time someone "
            "'fixes' it, it lasts about two days. I have thirty nine-year-olds in front of "
            "me and no way to show the phonics slides, so I'm teaching from a tattered "
            "printout like it's 1995. We have an inspection visit tomorrow morning and I "
            "am NOT having the inspector watch me fumble with a dead board. Please can "
            "someone come today, sort it out properly and tell me what is actually wrong "
            "with it, because nobody has so far. Sorry for the rant, but honestly."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "repeat", "deadline"],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "Our online store's checkout has been broken since 10am and we haven't gotten a "
            "single order all day. That's our busiest Saturday of the year gone."
        ),
        "distress": "distressed",
        "worries": ["cost", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "I think I've ruined everything. I pressed reset on the tablet and now all my "
            "pictures of the grandchildren are gone. I'm useless with these things."
        ),
        "distress": "distressed",
        "worries": ["self_blame", "data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "The range booking system is down and I've sixty recruits standing on the "
            "square waiting to be allocated lanes. Need this fixed immediately."
        ),
        "distress": "distressed",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "military",
    },
    {
        "text": "HELP files all GONE!!",
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "writing",
    },
    {
        "text": (
            "Honestly at my wits end with this. The evidence upload keeps failing, it did "
            "the exact same thing last month, and if the files aren't with the CPS by close "
            "of play the case could collapse."
        ),
        "distress": "distressed",
        "worries": ["repeat", "deadline", "work_blocked"],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "Payroll failed overnight so 40 drivers won't get paid today, and we'll be hit "
            "with late-payment penalties. People are phoning me already - what on earth "
            "happened???"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "cost"],
        "intake": {"impact": "slows_me", "data_worry": "not_sure"},
        "field": "executive",
    },
]

DRAFTS: list[dict[str, object]] = [
    # ---------------------------------------------------- plain, no jargon
    {
        "text": (
            "Good news, Edith: all your photos of the grandchildren are still on the "
            "tablet. They had only slipped into a different album, and I've moved them "
            "back to where you're used to seeing them."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "I've restarted the printer and it's printing again. If the red light comes "
            "back tomorrow, just give me a ring and I'll talk you through it."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "I'll come over at 2 today, well before your parents' evening, and make sure "
            "the scanner is working properly."
        ),
        "comfort": "everyday",
        "client_worries": ["deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["deadline"],
    },
    {
        "text": (
            "Please don't blame yourself, this wasn't anything you did. The update moved "
            "the button to a new place, and it has caught lots of people out this week."
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
            "Nothing was deleted. The Minutes folder had been dropped inside the folder "
            "next to it, which is very easy to do with a touchpad. I've put it back, and "
            "every file is exactly as you left it."
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
            "The card machine is taking payments again. The ones that failed earlier never "
            "went through, so no customer has been charged twice."
        ),
        "comfort": "confident",
        "client_worries": ["cost", "work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["cost", "work_blocked"],
    },
    {
        "text": (
            "I'm sorry this has happened again. This time I've replaced the cable rather "
            "than just pushing it back in, so it shouldn't keep coming loose."
        ),
        "comfort": "new",
        "client_worries": ["repeat", "self_blame"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "I managed to bring back chapters 1 to 11 exactly as they were. Chapter 12 "
            "came back from last month's copy, so I'm sorry to say the last three weeks "
            "of changes to that chapter are missing."
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
            "Your bank has stopped the card as a precaution and I've changed your email "
            "password. The caller could not see your emails or your photos, and he has "
            "no way back onto the computer now."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "cost"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "cost"],
    },
    {
        "text": "The shared drive is showing on your laptop again now.",
        "comfort": "everyday",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Thanks for letting us know about the screen. I'll turn the brightness up when "
            "I'm in on Tuesday."
        ),
        "comfort": "confident",
        "client_worries": [],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I'm still working on getting your recipes and letters off the memory stick. "
            "I can't promise yet that everything will come back, but I'll ring you "
            "tomorrow either way."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Your login was locking because your phone still had the old password saved "
            "and kept trying it. I've updated it on the phone, so this shouldn't happen "
            "again."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat", "work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat", "work_blocked"],
    },
    {
        "text": ("Thanks for your message. I've logged it and someone will be in touch."),
        "comfort": "new",
        "client_worries": ["work_blocked", "cost", "repeat"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Your invoices are on their way now - they were sitting in your Outbox. Each "
            "one has kept its original date, so your clients' payment terms haven't "
            "changed."
        ),
        "comfort": "everyday",
        "client_worries": ["cost", "repeat"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["cost"],
    },
    {
        "text": (
            "Here's how to make the writing bigger: hold down the key marked Ctrl and tap "
            "the plus key. Tap it again to make it bigger still."
        ),
        "comfort": "new",
        "client_worries": [],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "All of next week's meetings are back in your calendar. They hadn't been "
            "deleted; the calendar had simply stopped showing them until it was restarted."
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
            "We got back 40 of the 42 nativity photos. Two were too badly damaged to "
            "open, and I'm sorry about those, but the rest are now in a folder on your "
            "desktop."
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
            "The router - that's the white box by the front door with the blinking lights - "
            "needed switching off and on again. Your internet is back now."
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
            "Your VPN profile had expired, so I've sent you a fresh one. You can reach the "
            "practice system from home again."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "I've updated the printer's firmware and cleared the print queue, so it should "
            "wake up much faster in the mornings now."
        ),
        "comfort": "confident",
        "client_worries": [],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I've cloned the failing drive onto a new SSD and checked every file against "
            "the original. Nothing is missing."
        ),
        "comfort": "confident",
        "client_worries": ["data_loss", "repeat"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Your Wi-Fi was sharing a channel with three neighbours' networks. I've moved "
            "it to a quieter one, which should stop the afternoon drop-outs."
        ),
        "comfort": "confident",
        "client_worries": ["repeat"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "I'm afraid the old laptop's drive can't be read at all, so the photos that "
            "were only on it are lost unless someone else kept copies."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Before I come round, please don't take any new pictures on the phone, as they "
            "could be saved over the ones we're trying to get back."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The safety of your data is our top priority and we take every report like "
            "this very seriously."
        ),
        "comfort": "confident",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Could you tell me which folder the spreadsheet was in, and roughly when you "
            "last saw it?"
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    # ------------------------------------------------ jargon for the client
    {
        "text": (
            "The DNS settings on your router were wrong, so I've changed them and your "
            "internet is working again."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked", "self_blame"],
        "jargon": ["DNS", "router"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Your documents are safe: every one was copied to the NAS overnight, and I've "
            "put them back on your computer."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "deadline"],
        "jargon": ["NAS"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The Wi-Fi kept dropping because the DHCP server was handing out the same IP "
            "address twice. I've reserved one for your laptop, so it won't recur."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat", "deadline"],
        "jargon": ["DHCP", "IP address"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "The emails bounced because the SMTP relay rejected them after someone changed "
            "the SPF record. I've corrected the SPF record, so the contract can go before 5."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": ["SMTP relay", "SPF record"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked", "deadline"],
    },
    {
        "text": (
            "One disk in the RAID array failed, but the array is rebuilding itself from the "
            "others and none of your clients' files have been lost."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "repeat"],
        "jargon": ["RAID array"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "It wasn't anything you pressed. A BIOS setting got changed when the power cut "
            "out, and I've put it back."
        ),
        "comfort": "new",
        "client_worries": ["self_blame"],
        "jargon": ["BIOS"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["self_blame"],
    },
    {
        "text": (
            "Please clear your browser cache, then sign in to the booking system again and "
            "it should let you through."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked", "repeat"],
        "jargon": ["cache"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "This looks like ransomware: the files in the shared folders have been "
            "encrypted. We're checking now whether last night's backup is clean."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "work_blocked", "cost"],
        "jargon": ["ransomware", "encrypted"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Your account had dropped out of the Active Directory group for the shared "
            "drive. I've added it back, so the drive will open for you again."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": ["Active Directory"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Nobody else can read your emails now. I've changed your password and switched "
            "on two-factor authentication for you."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": ["two-factor authentication"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The manuscript is too big to email because of the embedded fonts. Export it "
            "as PDF/A instead and it will be small enough to go tonight."
        ),
        "comfort": "everyday",
        "client_worries": ["deadline"],
        "jargon": ["embedded fonts", "PDF/A"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["deadline"],
    },
    {
        "text": (
            "The lock screen kept coming back because a Group Policy sets a five-minute "
            "timeout on every machine. I've made an exception for your consulting room."
        ),
        "comfort": "confident",
        "client_worries": ["repeat"],
        "jargon": ["Group Policy"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "You'll need a USB-C to HDMI adapter to plug the laptop into the television. "
            "I can bring one on Friday."
        ),
        "comfort": "new",
        "client_worries": [],
        "jargon": ["USB-C", "HDMI"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Good news: Volume Shadow Copy had kept yesterday's version of the spreadsheet, "
            "so every subscription is back in place."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": ["Volume Shadow Copy"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The print spooler service crashed again. I've set it to restart itself "
            "automatically, so you won't be left stuck next time."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked", "repeat"],
        "jargon": ["print spooler"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked", "repeat"],
    },
    {
        "text": (
            "Checkout stopped because the shop's SSL certificate expired at 10am. I've "
            "renewed it and orders are coming through again."
        ),
        "comfort": "everyday",
        "client_worries": ["cost", "work_blocked"],
        "jargon": ["SSL certificate"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["cost", "work_blocked"],
    },
    {
        "text": (
            "Before Monday, please set up MFA on your phone so you can still sign in to "
            "the firm's email."
        ),
        "comfort": "new",
        "client_worries": [],
        "jargon": ["MFA"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Your messages vanished from your phone again because the account was set up "
            "as POP3 rather than IMAP. Every message is still safely stored with your email "
            "provider, "
            "and I've switched the phone over so they'll stay put."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat", "data_loss"],
        "jargon": ["POP3", "IMAP"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["repeat", "data_loss"],
    },
    {
        "text": (
            "The laptop is protected by BitLocker, so whoever has it cannot read the "
            "pupils' reports. I've also blocked it from signing in."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": ["BitLocker"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Start the computer in safe mode, open Task Manager and end the process that is "
            "hogging everything."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": ["safe mode", "Task Manager", "process"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "I've revoked the OAuth token the scammers were using, and the sign-in log "
            "shows they never opened any of your messages."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": ["OAuth token"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Your tablet's firmware was out of date and the MDM profile had lapsed. Both "
            "are sorted now, so this shouldn't happen again."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "repeat"],
        "jargon": ["firmware", "MDM profile"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "I think your hard drive's boot sector is corrupt. I'll bring a spare machine "
            "so you can work tomorrow."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": ["hard drive", "boot sector"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    # -------------------------------------------------------- condescending
    {
        "text": (
            "As I explained last time, you need to press Save before closing. The document "
            "is fine, but please try to remember it this time."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": [],
        "condescending": True,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": "Did you even try restarting it? That fixes most things.",
        "comfort": "everyday",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Everyone knows you shouldn't open attachments from strangers. I've reset your "
            "password anyway."
        ),
        "comfort": "everyday",
        "client_worries": ["self_blame"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "It's trivial, really - just drag the file into the folder. Not sure this "
            "needed a ticket."
        ),
        "comfort": "confident",
        "client_worries": [],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Your photos are safe, obviously. They're in the Gallery app, where they always are."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": True,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "This is the third time we've been through this together, so this time I've "
            "written the steps on a sticky note for you."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "As any computer user would know, the printer has to be switched on at the wall "
            "first. It's working now."
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
            "Well, yes, it was the button you pressed. Try reading the screen before you "
            "click next time."
        ),
        "comfort": "everyday",
        "client_worries": ["self_blame"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I'd have thought someone who does accounts for a living could manage an export "
            "alone, but it's done, well ahead of your Friday deadline."
        ),
        "comfort": "confident",
        "client_worries": ["deadline", "work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["deadline", "work_blocked"],
    },
    {
        "text": (
            "Don't worry your head about how it works, just leave the clever stuff to us "
            "and it'll be fine."
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
            "Files don't just vanish by themselves, you know. It was in Downloads, exactly "
            "where you saved it."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": True,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Surely you noticed the Caps Lock light was on? Turn it off and your password "
            "will work."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked", "self_blame"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Again, the printer showed offline because it was switched off. Please check "
            "the obvious things before raising a ticket."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Honestly, this is basic stuff: the SMB share just needed remounting. Nothing was lost."
        ),
        "comfort": "confident",
        "client_worries": ["data_loss", "work_blocked"],
        "jargon": ["SMB share"],
        "condescending": True,
        "reassures_data": True,
        "addresses": ["data_loss", "work_blocked"],
    },
    {
        "text": (
            "It's not your fault at all - these gadgets are just very hard for people of "
            "your generation."
        ),
        "comfort": "new",
        "client_worries": ["self_blame"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["self_blame"],
    },
    # ----------------------------------- near-misses: kind, not condescending
    {
        "text": (
            "Lots of people find this step confusing - it really isn't you. The button is "
            "tucked away in an odd place, and I've put a shortcut on your screen."
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
            "Last time it was the cable; this time it was the wall socket, so it's a "
            "different cause. I've moved the plug and it's been fine all afternoon."
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
            "You may well know this already, but the backup runs at 2am, so leaving the "
            "laptop on overnight lets it finish."
        ),
        "comfort": "confident",
        "client_worries": [],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Not a silly question at all. To add a signature, open a new email, click the "
            "three dots at the top and choose Signature."
        ),
        "comfort": "new",
        "client_worries": [],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Could you let me know whether you've had a chance to restart it yet? If not, "
            "that's fine - I'll do it when I arrive in ten minutes."
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
            "As we agreed on the phone, the reminders are now switched on, so you'll get a "
            "nudge the day before each rent is due."
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
            "It turned out to be a simple fix, and none of your letters were touched. "
            "They're all still on the memory stick and on your computer now too."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
]
