"""Development set: varied labelled messages and drafts to tune the empathy engine on.

Labels follow shared/empathy-labels.md.

Intake answers are evidence (issue 13): a message whose client ticked "I can't work" is
labelled work_blocked, and "yes" or "not sure" to "is something lost?" labels data_loss.
"""

from __future__ import annotations

MESSAGES: list[dict[str, object]] = [
    {
        "text": (
            "Is there a way to get the little weather widget off my taskbar? It's harmless, "
            "just cluttered."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "Choir laptop question: how do I make the song sheets print two to a page? We're "
            "fine printing them one per page for now."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "other",
    },
    {
        "text": "thx for sorting the card printer at the vets yesterday, its been spot on 👍",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "Just a heads-up rather than a problem: the screen in reception still shows summer "
            "time. It doesn't affect anything."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "If our farm office computer ever caught a virus, would we lose the lambing "
            "records? Nothing's wrong now, I'm just planning ahead."
        ),
        "distress": "calm",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "not_sure"},
        "field": "other",
    },
    {
        "text": (
            "The files are all present and correct, I'd just like the folder icons back to "
            "yellow like they used to be."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "writing",
    },
    {
        "text": (
            "The inspection was last week so there's no pressure now, but at some point could "
            "we look at why the depot tablet wouldn't print the checklist?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "My screen saver is a photo of my cat and my colleagues say it's unprofessional. Is "
            "there an IT rule on this? Asking for the cat."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "How do I set up an out-of-office reply for my fortnight in Cornwall? I'm not off "
            "until the 14th of next month, so plenty of time."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "law",
    },
    {
        "text": (
            "Sorry to be a nuisance! Which button turns on subtitles in video meetings? My "
            "hearing's fine, I just like having them."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "The laptop takes about five minutes to start in the mornings. I make a cup of tea "
            "while it gets going, so honestly it's not a problem."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "Slightly irritating but nothing more: the mouse pointer is tiny on the new screen. "
            "Can it be made bigger?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law",
    },
    {
        "text": "Would it be possible to add Welsh as a keyboard language? Diolch!",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "Out of curiosity, do our emails go through some sort of spam filter before they "
            "reach us?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "Dear Sir or Madam, I should like to know whether the parish newsletter can be "
            "emailed to everybody at once without showing all their addresses. There is no "
            "urgency whatsoever. Yours sincerely, Margaret Pryce"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "any chance of a longer charging lead for the salon tablet? it reaches, just about, lol"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "Thank you Jordan, the dictation software finally understands my Glaswegian accent. "
            "Absolute genius."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "Could the dental practice's appointment reminders say 'Dear' instead of 'Hi'? "
            "Purely a matter of taste."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "Quick one: what's the difference between Reply and Reply All? I've never got it "
            "wrong, I just want to be sure I understand."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "No rush on this at all - could we get a spare keyboard for the hot desk at the "
            "agency? The current one works."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "Should I ever lose my phone, how would I lock it from the computer? I'd simply "
            "like to know where to find the option."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "military",
    },
    {
        "text": (
            "Everything's backed up and safe, I checked this morning. Could you just confirm "
            "the backup covers the Pictures folder too?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "Sent you an email earlier about the shared calendar colours - ignore it, I've "
            "worked it out. Thanks anyway!"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "Is it possible to set the charity shop printer to print double-sided by default? "
            "It'd save paper, but it's no big deal."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "the sergeant wants to know if we can get a bigger monitor for the custody desk. "
            "nice to have, not essential"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "I'm writing a crime novel and need to know, in broad terms, how the police would "
            "trace an email. Research only - nothing's wrong with my computer!"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "I've been told there's a shortcut to take a screenshot. What is it? Thanks in advance."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "My Wi-Fi is a bit slower in the evenings when the kids are streaming, but it's "
            "perfectly usable for my emails. Is that normal?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "home",
    },
    {
        "text": "Just to say the new scanner at the lorry depot is brilliant. The drivers love it.",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "Could we change the name that shows when I send email from 'jhale1' to 'John "
            "Hale'? Cosmetic only."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "Where do I find the accessibility settings on the practice laptop? Our new "
            "receptionist would like a high-contrast screen. When you get a minute."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "The tax deadline has been and gone and the return went in fine, so this is just "
            "for next year: can the accounts program remember the last folder I used?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "Hypothetically, if I spilt coffee on my keyboard, would that be covered? I "
            "haven't, I'm just a notorious klutz."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "I'd love to learn how to make a simple spreadsheet for the choir's subs. Are there "
            "any beginner guides?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": "Not a complaint, just feedback: the new sign-in page is much clearer. Well done.",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "how do i turn off the clicky noise when i type on my phone. drives my husband mad haha"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "Could I have access to the school's shared photo folder for the sports day "
            "pictures? Next term is fine."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "We're thinking about getting a card machine for the farm shop next year. What "
            "would you suggest? Just gathering ideas at this stage."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "My password expires in 12 days, apparently. Can I pick any password I like, or are "
            "there rules?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "Thanks ever so much for coming out to the bungalow. The television and the "
            "computer are both behaving themselves."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "I'm not worried about it, but the battery on my laptop only lasts about three "
            "hours now. Is that just its age?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "writing",
    },
    {
        "text": (
            "Please could the window display screen show the new listings slideshow? Whenever "
            "is convenient."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "real-estate",
    },
    {
        "text": (
            "Curious: why does my phone ask me to update every other week? Everything works fine."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "military",
    },
    {
        "text": (
            "Hi team, minor thing: the meeting room booking screen shows yesterday's bookings "
            "until about ten. Doesn't stop anyone using the room."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "The auditors came and went on Monday and all was fine, so the urgency has passed. "
            "When you're free could we still look at why the report printed sideways?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "What's the best way to send large photos of a house to a buyer? I've been doing "
            "them one at a time and that works fine."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": "Just wondering: do I need to turn my computer off at night or is sleep ok?",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "Im not in any hurry but can you show me how to use the webcam for the "
            "grandchildren's calls to Australia"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "FYI, nothing needed: the scanner in the court clerk's office was playing up but it "
            "was just a paper jam and I've cleared it."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "Could someone install the Latin dictionary on the library PCs? The sixth formers "
            "have managed without it so far."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "I've heard about those scam texts pretending to be from the parcel people. I "
            "haven't had one, but what should I look out for?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "Good evening. I'd appreciate a short note on how to change my voicemail greeting "
            "at some stage. Regards, Lt Col (retd) P. Ashworth"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "military",
    },
    {
        "text": "Honestly the new laptop's fab, just wanted to say ta.",
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "Is it normal for the surgery printer to make a whirring noise when it starts up? "
            "It prints perfectly."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "Could you pop a Spanish keyboard on my laptop? I'm learning for a holiday next summer."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "Not urgent in the slightest, but the S key on my keyboard is a little sticky. "
            "Still types."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "Hey, is there a way to see how many words I've written today across all my files? "
            "Just for motivation."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "Can the fundraising spreadsheet be shared with our treasurer so she can read it "
            "but not change it? No rush."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "The lambing camera in the shed went offline overnight but the ewes have all "
            "finished now, so it really doesn't matter until next spring."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "How do I unsubscribe from all these newsletters? They're not doing any harm, just "
            "annoying."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "Loving the new dual screens, thank you! One tiny thing: can the left one be the "
            "main one?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "Morning! Do we have a guide for connecting to the Wi-Fi in the new portakabin? I'm "
            "connected already, it's for the new starters."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "The lights on the router flash green all the time. Is that ok? The internet's fine."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "I think I've finally got the hang of the shared calendar, so you can close my "
            "ticket. Thanks for your patience."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "Could you recommend a decent pair of headphones for dictation? Budget isn't an issue."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "Every morning the laptop asks me to sign in to Teams twice. It's tiresome rather "
            "than a disaster, so fit it in whenever."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "My book cover file won't open - it says the file is damaged. The designer has the "
            "original, so it's not the end of the world, I'm just curious why."
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "writing",
    },
    {
        "text": (
            "My own fault, but I've forgotten which folder I put the holiday photos in. No "
            "panic at all, they're on there somewhere! Any tips for searching?"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "Ha, the printer gave me my shopping list 40 times instead of once. No harm done, "
            "the rest can be scrap paper. Just curious why."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "The court portal timed out while I was reading the terms and conditions, which "
            "frankly is a mercy. Not a problem, just reporting it."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "Could you set my email up so I can read it on my new watch? Entirely frivolous, I "
            "admit."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "Can you tell me how to check a website is really the bank's? I've not had any "
            "problems, I just want to be careful."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "Dear Helpdesk, I hope you are keeping well. I write with a small request which I "
            "must stress is in no way urgent. Our parish council has recently acquired a "
            "second-hand laptop for the clerk, and we should like, at some convenient point "
            "over the coming months, to have the old programs tidied away and the council's "
            "email set up on it. The clerk is perfectly content using her own computer in the "
            "meantime, and nothing of any importance is stored on the new machine. Please do "
            "let me know what information you would need from us. With kind regards, Geoffrey "
            "Hollis, Chairman"
        ),
        "distress": "calm",
        "worries": [],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "Sgt Okoye here. Just checking the body-cam docking station is meant to blink blue "
            "overnight? All footage uploads fine in the morning."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "Re my ticket from yesterday about the missing spreadsheet - false alarm, my "
            "colleague had it open. All there. Thanks!"
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "Could the kennel booking form ask for the dog's name as well? Nice idea for the "
            "future, nothing's broken."
        ),
        "distress": "calm",
        "worries": [],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "The photos of the Elm Road listing have gone walkabout from the shared folder. "
            "They were there on Friday. Could someone have a look?"
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "real-estate",
    },
    {
        "text": (
            "I'm sat here unable to log in to the lesson planning site since the half-term "
            "update. Using paper plans for now."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "Would you be able to check the visitor sign-in tablet is updated before the "
            "parents arrive for the nativity on Thursday afternoon?"
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "Silly me, I dragged the toolbar off the top of Word and now I can't find the Save "
            "button. I'm saving with Ctrl+S in the meantime."
        ),
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "writing",
    },
    {
        "text": (
            "The card reader at the charity shop takes a couple of goes to connect each "
            "morning, same as last week. It does get there in the end."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "We can't invoice any of our clients until the accounts program accepts the new VAT "
            "rate, so this month's income is on hold."
        ),
        "distress": "concerned",
        "worries": ["cost", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "The dog's X-rays from this morning come out scrambled on the consult room PC, and "
            "I'm not sure the originals saved properly either."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "Hello, I'm afraid my contacts seem to have gone since I got the new phone. I have "
            "most of the numbers written down somewhere."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "The diary system won't let me in - it says my account is disabled. I have a clinic "
            "list to get through this afternoon."
        ),
        "distress": "concerned",
        "worries": ["work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "I think I broke the label printer. I pulled the roll out while it was printing and "
            "now it just makes a clicking noise."
        ),
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "The auditors come Monday and the expenses folder is showing as empty on my laptop, "
            "though my colleague can still see it from hers."
        ),
        "distress": "concerned",
        "worries": ["deadline", "data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "not_sure"},
        "field": "finance",
    },
    {
        "text": (
            "It's the third Monday in a row that the projector in the chapel won't pick up my "
            "laptop. We managed with the big TV instead."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "Morning. The hall booking spreadsheet has been overwritten with an old version "
            "from March - all the summer bookings are missing."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "Our lorry tracking screen has been frozen solid since about seven. The drivers are "
            "ringing their positions in instead, which works but is slow going."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "I've made a bit of a mess of the wedding seating plan. I think I deleted a column, "
            "and now the table numbers don't match the names. The wedding's not until "
            "September."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "data_loss"],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "The printer at the vets keeps on jamming on the consent forms. We're feeding them "
            "in one at a time for now."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "Could somebody look at the booking app before the weekend? It's stopped sending "
            "reminder texts, and without them Saturday clients tend not to turn up, which costs "
            "us."
        ),
        "distress": "concerned",
        "worries": ["deadline", "cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "Could you tell me whether anybody could read the patient list on the memory stick "
            "I think I left at the conference? I've no idea where else it could be."
        ),
        "distress": "concerned",
        "worries": ["data_loss", "self_blame"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "medicine",
    },
    {
        "text": (
            "Emails from the court office are going into junk yet again. I spotted two there "
            "this morning."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "Is there any chance of the choir's website being back up by Friday? Concert "
            "tickets are sold through it, and we may lose some sales if it drags on."
        ),
        "distress": "concerned",
        "worries": ["deadline", "cost"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "My calendar has gone blank on the iPad. The appointments are all still there on "
            "the desktop, but I'm out visiting clients all day tomorrow and need them with me."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "I've been locked out of the council planning portal after too many attempts. I "
            "can't submit anything until it lets me back in."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "Sorry, my fault entirely - I changed the password on the shared inbox and forgot "
            "to tell the others. Now nobody else in the office can get in."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "work_blocked"],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "The milk recording software won't open the herd file. The vet is coming on "
            "Wednesday and needs the figures."
        ),
        "distress": "concerned",
        "worries": ["data_loss", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "not_sure"},
        "field": "other",
    },
    {
        "text": (
            "Apologies for the bother. The dictation machine isn't showing up on my computer, "
            "so I can't get my letters typed."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "Since the power cut our X-ray computer keeps restarting on its own, so we can't "
            "take any X-rays."
        ),
        "distress": "concerned",
        "worries": ["work_blocked", "repeat"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "Can you tell me if the school's photo permissions list can be recovered? A "
            "colleague saved a blank template over it this morning."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "teaching",
    },
    {
        "text": (
            "I'm such a technophobe - I've somehow turned the screen upside down on the "
            "reception PC. Patients can still check in at the desk."
        ),
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "The Wi-Fi at the salon has dropped out every afternoon this week. Card payments go "
            "through the mobile signal so we're alright, it's just the music."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "My emails have stopped sending from my phone. It's not a big deal today but I need "
            "it working for the open house on Saturday."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "Could someone check the court bundle PDF? Pages 40 to 60 come out garbled on "
            "screen, and the hearing is next Tuesday."
        ),
        "distress": "concerned",
        "worries": ["data_loss", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "law",
    },
    {
        "text": (
            "The parish office computer has gone back to the old version of the newsletter "
            "again - my edits from Tuesday aren't there."
        ),
        "distress": "concerned",
        "worries": ["repeat", "data_loss"],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "I pressed something on the till and now it's showing prices in euros. We're cash "
            "only until it's fixed."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "My apologies for troubling you on a Saturday. The church streaming laptop won't "
            "connect to the camera, and the service is at 10:30 tomorrow."
        ),
        "distress": "concerned",
        "worries": ["work_blocked", "deadline"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "The scanned deeds I saved yesterday aren't in the Scans folder any more. Is there "
            "anywhere else they might have gone?"
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "We've had the 'storage full' message on the reception PC for the second week "
            "running. I've been deleting old downloads to keep it going."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "I'd be grateful if my new laptop could be ready ahead of tomorrow's hearing, as "
            "I'd like to take my notes into court on it."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "My login for the pharmacy ordering site has expired, so I can't place tomorrow's "
            "order. Ordering closes at 5pm."
        ),
        "distress": "concerned",
        "worries": ["work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "The head's laptop had the same blue screen as last term. It restarted fine, but I "
            "thought you ought to know."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "Our website enquiry form isn't sending anything through. If this carries on we "
            "could lose instructions to other agents."
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "I shouldn't have clicked 'yes' to that update in the middle of the day. The laptop "
            "has said 'working on updates 30%' for an hour and I can't use it."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "writing",
    },
    {
        "text": (
            "Hi. All the contacts on my phone have turned into just numbers with no names. "
            "There are about 300 people in there."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "Could you make sure the interview recorder is working before close of play today? "
            "We have a suspect coming in first thing tomorrow."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "I've got a recurring problem with the dictation app crashing whenever I say 'full "
            "stop'. Three or four times today."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "The Gift Aid spreadsheet has come up as 'read only' and won't let me add today's "
            "donations."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "I'm a bit worried I might have sent the payroll summary to the wrong Claire. My "
            "mistake, I picked the first name that came up."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "data_loss"],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "Could we get the till back on the network before the Christmas market opens on "
            "Friday? It isn't taking cards at the moment, so we're cash only."
        ),
        "distress": "concerned",
        "worries": ["cost", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "Every time I print a delivery label it comes out half blank. I've replaced the "
            "roll twice. Same problem as last week."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "Someone broke into the van while I was on a job and took the laptop. It had "
            "customer addresses and the quotes folder on it. Police have given me a crime "
            "number."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "Could someone ring me about the dental practice's appointment book? Two days of "
            "bookings have been replaced by an older version and I'm piecing them together from "
            "the answerphone."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "medicine",
    },
    {
        "text": (
            "We're stuck at the depot: the fuel card system says our account is suspended, so "
            "none of the lorries can fill up."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "I've had trouble with the shared calendar again. Appointments I add disappear the "
            "next day, like they did in the spring."
        ),
        "distress": "concerned",
        "worries": ["repeat", "data_loss"],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "Forgive me if this is a daft question. Is the fee for the old cloud storage still "
            "coming out of the practice account? We cancelled it in January and I don't want us "
            "paying for it."
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "The microphone's stopped working and I have my online lecture tonight. I can join "
            "from my phone as a backup if I must."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "The licence-check website keeps rejecting our driver uploads. Three drivers can't "
            "go out until their checks are done."
        ),
        "distress": "concerned",
        "worries": ["work_blocked", "repeat"],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "The pharmacy fridge temperature log hasn't recorded anything since Friday. The "
            "fridge is fine, but the inspector will want those records."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "medicine",
    },
    {
        "text": (
            "Our tenants' direct debit file came back from the bank marked 'format not "
            "recognised', so this month's rents won't be collected unless it goes through by "
            "Thursday."
        ),
        "distress": "concerned",
        "worries": ["cost", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "I'm not great with computers and I think I've unticked something I shouldn't have. "
            "My emails now come up in a tiny box."
        ),
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "The signal booster in the barn has stopped working again. That's the fourth time "
            "since harvest."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "I can't get onto the exam board's website to upload the coursework marks. The "
            "deadline is Friday."
        ),
        "distress": "concerned",
        "worries": ["work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "The defence statement I drafted last night has half the paragraphs in a different "
            "font and some of the text missing. I'm due to serve it by end of business."
        ),
        "distress": "concerned",
        "worries": ["data_loss", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "law",
    },
    {
        "text": (
            "It's probably me being dim, but the new phone won't show my work emails. The old "
            "one still does."
        ),
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "The author portal shows my royalties as zero for the last quarter, which can't be "
            "right. Could you check it's a display fault before I chase the publisher?"
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "My tablet's photos won't load - just grey squares. They're family pictures, though "
            "I did put most of them on the computer last Christmas."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "The appointment screen at the surgery has been double-booking again, just like it "
            "did before the upgrade."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "I need the quiz night slides on the hall laptop this evening and it says the "
            "memory stick needs formatting. Is there a way to get the slides off it?"
        ),
        "distress": "concerned",
        "worries": ["deadline", "data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "I think someone's been into my email - there are sent messages I didn't write. "
            "I've changed the password already."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "not_sure"},
        "field": "executive",
    },
    {
        "text": (
            "The new starter at the dental practice still has no login, so she's shadowing "
            "rather than seeing patients. She started Monday."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "I've a funeral director coming at 3 to go through the order of service, and the "
            "printer says paper jam though there's nothing in it."
        ),
        "distress": "concerned",
        "worries": ["deadline", "work_blocked"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "The CCTV export from Saturday night came out as an empty file. We need the footage "
            "for a file going to the CPS next week."
        ),
        "distress": "concerned",
        "worries": ["data_loss", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "law-enforcement",
    },
    {
        "text": (
            "Morning Alex, bit of a pain: my VPN won't connect from home so I can't reach the "
            "client files today. I'll do some drafting offline meanwhile."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "Not sure if it's something I did when I cleaned the keyboard, but several keys now "
            "type the wrong letters."
        ),
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "writing",
    },
    {
        "text": (
            "Could you take a look at the choir's mailing list? About half the members' "
            "addresses seem to have been wiped since Tuesday's import."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "Could the microscope camera be set up before the locum vet starts on Monday? "
            "She'll need it for her first clinic."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "Ever since the update last week, the shared drive disconnects every lunchtime. "
            "Annoying, as I have to restart to get it back."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "The allotment society accounts are showing as corrupted. I think it's because I "
            "switched the laptop off at the wall while it was saving."
        ),
        "distress": "concerned",
        "worries": ["data_loss", "self_blame"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "I'm afraid I've knocked the office tablet off the counter and there's a crack "
            "across the corner of the screen. It still works. It was the new one, too."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "cost"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "Was it something I did? I changed the bank details on the supplier account and now "
            "the payment to our builder has bounced."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "cost"],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "I've made a hash of the online order form - I think I set all the prices to zero "
            "by mistake. Nobody's ordered yet, luckily."
        ),
        "distress": "concerned",
        "worries": ["self_blame", "cost"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "The card machine rental has been charged twice this month. I may have signed up to "
            "the new one without cancelling the old, my mistake."
        ),
        "distress": "concerned",
        "worries": ["cost", "self_blame"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "Oops, I think I've accidentally signed the whole school up to the premium version "
            "of the reading app. Is there a way to cancel it before we're billed?"
        ),
        "distress": "concerned",
        "worries": ["self_blame", "cost"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "I'm not much good with technology so I may have done this myself, but the printer "
            "only prints in draft mode now and the letters look very faint."
        ),
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "law",
    },
    {
        "text": (
            "We've been charged a late fee by the council because the business rates email went "
            "to spam. I'd like to stop that happening with the next one."
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "I shouldn't have let my nephew install that game. The family computer now has "
            "adverts popping up everywhere, and I do my banking on it."
        ),
        "distress": "concerned",
        "worries": ["self_blame"],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "The fuel invoices have been going to the old accounts address, so we've missed the "
            "early payment discount two months running."
        ),
        "distress": "concerned",
        "worries": ["cost", "repeat"],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "We're paying for twelve email accounts but there are only nine of us. Could you "
            "check which ones are still in use?"
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "The backup disk reports 'failed' again this morning, same message as Monday and "
            "Wednesday. The files themselves look fine."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "The sound from my laptop to my hearing aids has cut out yet again during the "
            "online bridge club. It's becoming a habit."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": {"impact": "annoyance", "data_worry": "no"},
        "field": "home",
    },
    {
        "text": (
            "This always happens on the first of the month: the payroll software wants "
            "reactivating and I can't run the wages until it's done."
        ),
        "distress": "concerned",
        "worries": ["repeat", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "The cadet unit's attendance register on the laptop has been replaced by a blank "
            "one. Parade is Thursday evening."
        ),
        "distress": "concerned",
        "worries": ["data_loss", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "military",
    },
    {
        "text": (
            "Regimental museum here. The gift shop till won't talk to the card reader, so we're "
            "cash-only this weekend and expect to lose a few sales."
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "military",
    },
    {
        "text": (
            "Hi Sam, hope your week's going OK. Just a quick one (well, maybe not so quick, "
            "sorry). Since we moved classrooms, my laptop won't connect to the board in room "
            "12. I've been teaching with the old whiteboard pens, which the kids find "
            "hilarious, so we're surviving. The bigger thing is that the school concert is a "
            "week on Friday and I need the board to show the words for the songs, so it would "
            "be brilliant to get it sorted before then. I've tried the cable in both sockets "
            "and restarted everything. No worries if you can't get to it today. Thanks, Daniel"
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "The estate agency's colour printer has started smudging every brochure, like it "
            "did in the autumn. Fine for drafts, not for clients."
        ),
        "distress": "concerned",
        "worries": ["repeat"],
        "intake": None,
        "field": "real-estate",
    },
    {
        "text": (
            "Good morning, the station's front desk PC won't let anyone sign in since the "
            "weekend. We're logging enquiries on paper."
        ),
        "distress": "concerned",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "law-enforcement",
    },
    {
        "text": (
            "Mum's tablet was left on the bus this afternoon. It has her email and online "
            "shopping accounts on it. Could you help me lock it?"
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "I'd appreciate it if my laptop could be looked at before the weekend. The keyboard "
            "is missing letters and I've a chapter due to my editor on Monday."
        ),
        "distress": "concerned",
        "worries": ["deadline"],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "Since yesterday the new brief I was writing opens blank. The file is there, same "
            "size, but no words show."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "executive",
    },
    {
        "text": (
            "Some of the blood test results we filed last week have disappeared from the "
            "patients' records. I can phone the lab for the urgent ones."
        ),
        "distress": "concerned",
        "worries": ["data_loss"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "Our booking system has started charging customers the deposit twice. I've refunded "
            "three so far."
        ),
        "distress": "concerned",
        "worries": ["cost"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": "HELP. Everything on the desktop has gone. Every single folder. What do I do??",
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "please please can someone come, the whole office is down, no internet no phones "
            "nothing"
        ),
        "distress": "distressed",
        "worries": ["work_blocked"],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "I'm shaking. The manifest for tonight's ferry was on the laptop that's just been "
            "taken from the cab. The ferry goes at 6."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "executive",
    },
    {
        "text": (
            "The prescribing system has crashed mid-clinic and we have patients waiting for "
            "their medication RIGHT NOW"
        ),
        "distress": "distressed",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "i think i broke it. i pressed something and the screen went black and now the shop "
            "till is dead and theres people waiting. im so stupid"
        ),
        "distress": "distressed",
        "worries": ["self_blame", "work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "Ten years of my mother's recipes were in that document and now it opens as random "
            "symbols. She passed last year. Is there anything at all you can do?"
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "Auditors are here in 40 minutes and the ledger won't open. It just says "
            "'unexpected error'. Please ring me."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "finance",
    },
    {
        "text": "Not again!!! Fourth time this month the email has eaten my drafts.",
        "distress": "distressed",
        "worries": ["repeat", "data_loss"],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "We're turning customers away at the salon because the booking screen's frozen and "
            "nobody knows who's booked in. This is costing us a fortune."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "cost"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "I'm beside myself. My phone was stolen on the tube and it has every photo of my "
            "daughter's first year on it. I never backed it up."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "Court starts in 30 minutes and the bundle on my laptop is blank, completely blank. "
            "I don't have a paper copy."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "law",
    },
    {
        "text": (
            "I've made a terrible mess of it. I tried to tidy the shared drive and now I can't "
            "find any of the year 6 reports. Parents' evening is tomorrow and I'm panicking."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline", "self_blame"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "teaching",
    },
    {
        "text": "WHY WON'T IT LET ME IN",
        "distress": "distressed",
        "worries": ["work_blocked"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "The card machine has died in the middle of the farmers' market. Customers are "
            "walking off. What do I do?"
        ),
        "distress": "distressed",
        "worries": ["cost", "work_blocked"],
        "intake": None,
        "field": "other",
    },
    {
        "text": "My novel is gone. Six years. I can't breathe.",
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": None,
        "field": "writing",
    },
    {
        "text": (
            "I'm frightened to switch the computer on again. Last night it made a grinding "
            "noise and the screen said 'no bootable device'. All the practice's X-rays since "
            "2019 are on it."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "medicine",
    },
    {
        "text": (
            "Please, I'm begging you, someone help. The auditors want the payroll records and "
            "the folder is empty."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "finance",
    },
    {
        "text": (
            "Third time this week!! The custody computer logged me out halfway through a record "
            "and lost everything I'd typed."
        ),
        "distress": "distressed",
        "worries": ["repeat", "data_loss"],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "The dental charts are all showing the wrong patients' names. We've a full list "
            "this afternoon and I'm terrified we'll treat the wrong person."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "deadline"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "I am so so sorry, I think I've deleted the whole donor database for the charity. "
            "Years of supporters. I only meant to remove the duplicates."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "self_blame"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "invoices wont send, customers wont pay, bank manager on my back. i cant take any "
            "more of this. third time since xmas"
        ),
        "distress": "distressed",
        "worries": ["cost", "repeat"],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "The flight's at 6 and I can't get into the airline app for my boarding pass. It "
            "says my account is locked!!"
        ),
        "distress": "distressed",
        "worries": ["deadline", "work_blocked"],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "Sorry to shout but THE SCANNER IS CHEWING UP THE PASSPORT COPIES and the client is "
            "sitting right in front of me"
        ),
        "distress": "distressed",
        "worries": ["work_blocked"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "My laptop's been nicked from the car with the whole book on it - three drafts, the "
            "research, everything. I'm in pieces."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "writing",
    },
    {
        "text": (
            "The ticket machine on the bus won't print and the drivers are waving people on for "
            "free. That's money walking out the door at every stop."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "Our office has been hit by something. Every file has a weird ending on it and "
            "there's a note asking for bitcoin. Nobody touch anything!!"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "executive",
    },
    {
        "text": (
            "Silly me, I've done it again - locked myself out of the till for the THIRD time "
            "today and there's a queue."
        ),
        "distress": "distressed",
        "worries": ["self_blame", "repeat", "work_blocked"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "Sat here with 28 year 4s and the interactive board's completely dead. Nothing I do "
            "makes it come on. Help!"
        ),
        "distress": "distressed",
        "worries": ["work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "teaching",
    },
    {
        "text": (
            "The evidence photos from the burglary have been overwritten by the next job's "
            "pictures on the camera card. I need them for the interview in an hour."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "deadline"],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "All of my emails are gone, every one, even the folders. I've had that account "
            "fifteen years."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "The anaesthetic monitor laptop keeps freezing mid-operation. Twice today already. "
            "We can't keep going like this, it isn't safe."
        ),
        "distress": "distressed",
        "worries": ["repeat", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "Our online shop took orders all weekend but none of them reached us. Fifty-odd "
            "angry customers and counting. Please ring me ASAP."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "I think somebody has my bank details, there's a message saying my account was "
            "accessed from abroad. I don't know what to do, I'm so scared."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "The whole farm office is dead. No power to the computer, no internet, and the milk "
            "buyer needs the figures by noon."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "other",
    },
    {
        "text": (
            "It's my fault, I clicked the link. Now the practice email is sending spam to every "
            "patient. I feel awful, what have I done?"
        ),
        "distress": "distressed",
        "worries": ["self_blame", "data_loss"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": "ALL FILES GONE",
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "Pls pls call, printer won't print the order of service and the funeral starts at "
            "11, it's 10:20"
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "deadline"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "Every single morning the same thing!!! Log in, black screen, restart, twenty "
            "minutes wasted. I've had enough."
        ),
        "distress": "distressed",
        "worries": ["repeat"],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "The lorries are all sat in the yard because the route planner won't load, and "
            "every hour they're parked costs us. Please, someone."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "executive",
    },
    {
        "text": (
            "I'm so sorry to be a pain. I've accidentally wiped my phone trying to fix it, and "
            "all my late wife's voicemails were on it."
        ),
        "distress": "distressed",
        "worries": ["self_blame", "data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "Nothing loads. Not email, not the case system, not even the internet. I've a "
            "remand hearing at 2 and I'm completely stuck."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "law",
    },
    {
        "text": (
            "the clinic list has vanished from the system and patients are arriving. who do i "
            "see?? help"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "medicine",
    },
    {
        "text": (
            "The bank has frozen our account because the accounts program sent a payment twice. "
            "Wages are due Friday. I'm at my wits' end."
        ),
        "distress": "distressed",
        "worries": ["cost", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "no"},
        "field": "finance",
    },
    {
        "text": (
            "Last year's AND this year's accounts have disappeared from the shared drive. The "
            "self-assessment is due tomorrow. I'm freaking out."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "deadline"],
        "intake": None,
        "field": "finance",
    },
    {
        "text": (
            "I think I've ruined it. I updated the till like the pop-up said and now it won't "
            "turn on. Saturday is our busiest day and I can't take a penny."
        ),
        "distress": "distressed",
        "worries": ["self_blame", "work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "Three years of field samples - my whole thesis dataset - were on the lab computer "
            "that's just been wiped. Nobody asked me. Please tell me there's a copy."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "teaching",
    },
    {
        "text": (
            "The surgery phones are down and the lines open at 8. It's 7:45. Patients will be "
            "ringing for appointments any minute!"
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "Same problem as last week AGAIN. Same printer, same error, another afternoon lost."
        ),
        "distress": "distressed",
        "worries": ["repeat", "work_blocked"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "The entire listings database shows 'no records'. Two thousand properties. First "
            "viewing's at half nine."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "real-estate",
    },
    {
        "text": (
            "Oh god. I've replied all to the whole county with the confidential safeguarding "
            "report attached. Can it be pulled back??"
        ),
        "distress": "distressed",
        "worries": ["self_blame", "data_loss"],
        "intake": None,
        "field": "teaching",
    },
    {
        "text": (
            "please help me. the screen is all writing i dont understand and it wont go away. i "
            "didnt touch anything"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "home",
    },
    {
        "text": (
            "The choir's concert is tonight and the backing track laptop won't play anything. "
            "We go on at 7:30 and I'm in bits."
        ),
        "distress": "distressed",
        "worries": ["deadline", "work_blocked"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "Our payment terminal has rejected every card since we opened. We've lost about "
            "£600 in sales this morning already."
        ),
        "distress": "distressed",
        "worries": ["cost", "work_blocked"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "Customers are ringing to say they've had emails from us asking for their bank "
            "details. We never sent them!! Has someone got into our system?"
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "not_sure"},
        "field": "real-estate",
    },
    {
        "text": (
            "I have a 40-page report for the board at 9am tomorrow and Word has just closed and "
            "taken the last two days of it with it. I could cry."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "executive",
    },
    {
        "text": (
            "The lambing records for the whole flock are on the tablet that fell in the water "
            "trough. It won't turn on. They're the only copy."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "I'm useless, absolutely useless. I've deleted the rota for the whole hospice and "
            "the night staff need it in an hour."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline", "self_blame"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "medicine",
    },
    {
        "text": (
            "Still happening. Still. Week three. The shared drive drops every time I save a "
            "large file and I lose the changes. My patience has completely run out."
        ),
        "distress": "distressed",
        "worries": ["repeat", "data_loss"],
        "intake": None,
        "field": "law",
    },
    {
        "text": "We have Ofsted TOMORROW and the safeguarding log won't open on any machine.",
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "not_sure"},
        "field": "teaching",
    },
    {
        "text": (
            "The custody clock system has gone blank and we can't tell how long detainees have "
            "been held. This is serious, we need someone NOW."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "data_loss"],
        "intake": None,
        "field": "law-enforcement",
    },
    {
        "text": (
            "i dropped my phone down the loo and all the kids' school photos were on it. i'm "
            "such an idiot. please say they can be saved"
        ),
        "distress": "distressed",
        "worries": ["self_blame", "data_loss"],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "Dear Sir, I must report in the strongest terms that my computer has once again "
            "lost the entire memoir I am writing. This is the third occasion. I am at a loss as "
            "to what to do and beg your immediate assistance."
        ),
        "distress": "distressed",
        "worries": ["repeat", "data_loss"],
        "intake": None,
        "field": "military",
    },
    {
        "text": (
            "My accountant needs the receipts folder by end of business and it's come back "
            "scrambled - all little boxes and question marks. I've been at it since 6am and I'm "
            "frightened I'll get a fine."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "work_blocked", "deadline", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "The key card doors at the depot have locked everyone out, drivers included. We've "
            "got chilled loads sitting in the sun going off."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "cost"],
        "intake": None,
        "field": "executive",
    },
    {
        "text": (
            "Everything's frozen - mouse, keyboard, the lot. The sale completes at 12 and I "
            "have to send the funds."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "real-estate",
    },
    {
        "text": (
            "laptop stolen at the conference. client files, tax records, EVERYTHING is on it. "
            "what happens now?? do they have it all??"
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "finance",
    },
    {
        "text": (
            "Is ANYONE there? I've rung three times. The shop website is down and it's Black "
            "Friday."
        ),
        "distress": "distressed",
        "worries": ["cost", "deadline"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "The bride's parents are coming in 20 minutes to choose their photos and my gallery "
            "site says 'site not found'. My whole business runs on word of mouth."
        ),
        "distress": "distressed",
        "worries": ["deadline", "work_blocked", "cost"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "help my granddaughters wedding video has disappeared off the computer and i dont "
            "know where it went, it was the only one"
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": {"impact": "annoyance", "data_worry": "yes"},
        "field": "home",
    },
    {
        "text": (
            "I've been trying for two hours to get into the court portal and it says my "
            "password is wrong though it isn't. Filing closes at 4. I'm at breaking point."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "deadline"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "law",
    },
    {
        "text": (
            "A bit worried. The memory card with every photo from our trip to see my brother "
            "before he died has come up 'unreadable'."
        ),
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": None,
        "field": "home",
    },
    {
        "text": (
            "Apologies for the bother, but the clinic computers are all showing the same error, "
            "we have forty patients booked this afternoon, and the practice manager is off. It "
            "happened last month too."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "deadline", "repeat"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "medicine",
    },
    {
        "text": (
            "Sorry, I know it's late. My phone, with the only copy of the best man's speech on "
            "it, was left on the train. The wedding's tomorrow."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "deadline"],
        "intake": None,
        "field": "home",
    },
    {
        "text": "Gone. All of it. The whole shared drive is empty.",
        "distress": "distressed",
        "worries": ["data_loss"],
        "intake": None,
        "field": "law",
    },
    {
        "text": (
            "The gate card readers at the bus depot are offline and drivers can't clock on - "
            "we're already cancelling routes."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "It's still doing it!!! I've restarted it five times like you said and the printer "
            "STILL won't print the prescriptions"
        ),
        "distress": "distressed",
        "worries": ["repeat", "work_blocked"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "I'm such an idiot!! I paid the fake invoice - £2,300 - straight out of the "
            "business account. How do I get it back??"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "self_blame", "cost"],
        "intake": {"impact": "slows_me", "data_worry": "not_sure"},
        "field": "finance",
    },
    {
        "text": (
            "Silly of me, but I let the web address lapse and the renewal fee has gone up to "
            "£90. Could it be sorted before the website goes off at the end of the week?"
        ),
        "distress": "distressed",
        "worries": ["self_blame", "cost", "deadline"],
        "intake": None,
        "field": "other",
    },
    {
        "text": (
            "I'm so sorry, I think it's my fault the website's down - I clicked 'delete' on "
            "something on the hosting page. We've had no orders all morning."
        ),
        "distress": "distressed",
        "worries": ["work_blocked", "self_blame", "cost"],
        "intake": {"impact": "cant_work", "data_worry": "no"},
        "field": "other",
    },
    {
        "text": (
            "Back again, sorry. The scanner at the surgery is refusing to send to email AGAIN "
            "and there are 30 referral letters waiting to go."
        ),
        "distress": "distressed",
        "worries": ["repeat", "work_blocked"],
        "intake": None,
        "field": "medicine",
    },
    {
        "text": (
            "Sir, the reunion dinner seating plan and all 140 replies were in the email account "
            "that's just been hacked. The dinner is Saturday. I am at my wits' end."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "deadline"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "military",
    },
    {
        "text": (
            "Right, I've had it. This is the fifth morning in a row. I come in, switch on, and "
            "the shared drive isn't there. I ring, someone fixes it, it works for a day, and "
            "then it's gone again. Meanwhile I've got three completions this week, the "
            "solicitors are chasing me for the signed contracts, which are ON THAT DRIVE, and I "
            "look like an idiot in front of clients. I'm not technical, I don't want to be "
            "technical, I just want to open a folder and find my files in it. Is that really "
            "too much to ask? Please, can somebody actually find out WHY this keeps happening "
            "instead of patching it up every day."
        ),
        "distress": "distressed",
        "worries": ["repeat", "work_blocked", "deadline"],
        "intake": None,
        "field": "real-estate",
    },
    {
        "text": (
            "To whom it may concern. I am writing, with considerable anxiety, on behalf of the "
            "Friends of St Anne's Hospice charity shop. On Tuesday our volunteer treasurer's "
            "laptop was taken from her car outside the bank. It held the Gift Aid declarations "
            "for some four hundred donors, including their home addresses, and our accounts for "
            "the year. I understand there may be an obligation to report this, and I confess I "
            "do not know where to begin. Our Gift Aid claim is also due by the end of the "
            "month, and it cannot be made without those records, which would cost the hospice "
            "several thousand pounds. I would be enormously grateful for a call at your "
            "earliest opportunity. Yours faithfully, Rosemary Tate (Chair)"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "deadline", "cost"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "The hairdresser's booking tablet shows every appointment for next week as "
            "cancelled and clients are texting asking why!! I didn't cancel a thing."
        ),
        "distress": "distressed",
        "worries": ["data_loss", "cost"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "other",
    },
    {
        "text": (
            "Officer here - I left the force laptop with this week's witness video in an "
            "unlocked patrol car and it's gone. I'm in serious trouble. Can it be wiped "
            "remotely, urgently?"
        ),
        "distress": "distressed",
        "worries": ["data_loss", "self_blame"],
        "intake": {"impact": "slows_me", "data_worry": "yes"},
        "field": "law-enforcement",
    },
]

DRAFTS: list[dict[str, object]] = [
    {
        "text": (
            "Good news: the photos of the Elm Road house had only been moved into the 'Old "
            "listings' folder. I've put them back, and all 46 are there."
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
            "Your account had been switched off by mistake when the new rota went live. I've "
            "switched it back on, so you can sign in to the diary now."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Please don't feel bad - that toolbar moves very easily and it catches a lot of "
            "people out. I've put it back at the top of the page for you."
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
            "I'm sorry this keeps happening at the start of each day. The card reader was "
            "trying to connect before the Wi-Fi was ready, so I've changed the order; tomorrow "
            "morning it should connect first time."
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
            "None of the seating plan is lost. The column was hidden rather than deleted - it "
            "only takes one click - and I've made it show again. Every table number matches the "
            "guest list."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "self_blame"],
    },
    {
        "text": (
            "The sign-in tablet is updated and tested. It'll be ready well before the parents "
            "arrive on Thursday."
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
            "I'm still looking into where the contacts went. I'll ring you tomorrow morning "
            "with an update."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": "I've renewed your login for the ordering site, so you can place orders again.",
        "comfort": "everyday",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "You didn't break it. Label printers often do this when the roll comes out "
            "mid-print; I've threaded it back through and it's printing normally again."
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
            "I found the scanned deeds: they were saved into a folder called 'Scans (2)' after "
            "the scanner was reset. I've moved all nine back to the usual Scans folder."
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
            "Your laptop and the board in room 12 are talking to each other again. The cable "
            "had a bent pin, so I've swapped it for a new one, which should stop it dropping "
            "out like it did before."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked", "repeat"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked", "repeat"],
    },
    {
        "text": (
            "You're right, you were still being charged for the old storage plan. I've "
            "cancelled it and asked for the last two months back; the refund should reach the "
            "practice account within ten days."
        ),
        "comfort": "confident",
        "client_worries": ["cost"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["cost"],
    },
    {
        "text": (
            "I've had a proper look at the hall bookings. We got back every booking up to last "
            "Thursday from the automatic copies. Three made on Friday didn't come back - their "
            "names are below so you can add them again."
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
            "It's fixed. The screen was waiting for an update to finish, and once it did "
            "everything came back. You can carry on as normal."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked", "self_blame"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Thanks for letting us know about the clock on the reception screen. I'll change it "
            "when I'm in on Tuesday."
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
            "To set an out-of-office reply, open your email, click 'Settings' at the top right, "
            "then 'Automatic replies'. Type your message and pick the dates you're away. I've "
            "attached a short guide with pictures."
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
            "Your 300 contacts are all safe. The new phone was only showing numbers because it "
            "hadn't finished copying the names across. It's done now, and every name is back."
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
            "I've got the quiz slides off the memory stick - all 62 are on the hall laptop's "
            "desktop, ready for this evening. Please don't use the stick until I've looked at "
            "it tomorrow."
        ),
        "comfort": "everyday",
        "client_worries": ["deadline", "data_loss"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["deadline", "data_loss"],
    },
    {
        "text": (
            "The till is back online and taking cards again. I've tested a £1 payment and "
            "refunded it, so you're all set for the Christmas market on Friday."
        ),
        "comfort": "everyday",
        "client_worries": ["cost", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["cost", "deadline"],
    },
    {
        "text": (
            "It wasn't anything you did. The laptop lost power while it was saving, which could "
            "happen to anyone. I've rebuilt the allotment accounts from the automatic save, and "
            "only Saturday's two entries needed typing in again, which I've done."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "self_blame"],
    },
    {
        "text": (
            "Thank you for the lovely card! It was a pleasure to help - please get in touch "
            "whenever you need us."
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
            "I've restarted the backup and it finished this time. I'll check it again on Friday."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "The till had switched to euros when a setting was changed. I've set it back to "
            "pounds, so you can take card payments again."
        ),
        "comfort": "new",
        "client_worries": ["self_blame", "work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Before I start, could you tell me roughly when you last saw the spreadsheet, and "
            "whether anyone else uses that computer?"
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
            "Sorry the calendar has been dropping appointments again. It was syncing with an "
            "old phone you'd handed back; I've removed that phone from your account and put "
            "back every appointment from the last month, so nothing is missing and it won't "
            "keep happening."
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
            "Your photos are still on the tablet. They showed as grey squares because the "
            "tablet was full and couldn't make the little previews. I've cleared some space and "
            "they all load now."
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
            "The exam board's website was down for everyone this morning. It's back up and I've "
            "checked your login works, so you can upload the marks."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "I'm sorry to say the memory card is badly damaged. I've sent it to a recovery "
            "company and they'll tell us by Wednesday what they can save."
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
            "Cracked corners are very common on these tablets, and it's nothing to worry about. "
            "The screen is covered by the shop's warranty, so the repair won't cost you "
            "anything."
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
            "Your new laptop is ready. Your emails, your letters and all your photos are on it, "
            "exactly as they were, and the password is the same as before."
        ),
        "comfort": "new",
        "client_worries": [],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": [],
    },
    {
        "text": (
            "The court bundle isn't damaged - pages 40 to 60 only looked garbled in the "
            "preview. Opened properly, every page reads fine, and I've printed a copy for "
            "Tuesday's hearing as well."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "deadline"],
    },
    {
        "text": (
            "Your fuel cards are working again. The supplier had suspended the account by "
            "mistake; they've apologised and lifted it, so the lorries can fill up."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked", "cost"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "The router is the box with the lights next to your television. Your daughter "
            "switched it off and on again while I was on the phone, and your internet is back."
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
            "I've checked, and nobody else has been into your email. The messages you didn't "
            "recognise were sent by a newsletter you signed up to in June. Changing your "
            "password was a good idea, and your account is secure."
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
            "You did nothing wrong - the screen turned upside down because of a key combination "
            "that's very easy to press by accident. It's the right way up again, and check-in "
            "is working."
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
            "Thanks for telling us each time - it really helped. The Wi-Fi drops happened "
            "whenever the salon's fridge switched on. I've moved the Wi-Fi box to the other "
            "wall and it's held all afternoon."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat", "cost"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "We'll need to collect the computer to look at it properly. Please don't switch it "
            "on again until then."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Good question. Reply sends your answer only to the person who wrote to you; Reply "
            "All sends it to everyone on the email. If in doubt, Reply is the safer choice."
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
            "I've corrected the rent file and sent it to the bank again. They've confirmed they "
            "have it, so rents will be collected on Thursday as planned."
        ),
        "comfort": "confident",
        "client_worries": ["cost", "deadline"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["cost", "deadline"],
    },
    {
        "text": (
            "I know how worrying this has been. The treasurer's laptop saved everything online "
            "as well, so every donor record and the year's accounts are back, on a new laptop. "
            "I've checked with HMRC's helpline too, and the claim can still go in by the end of "
            "the month."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "deadline", "cost"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "deadline", "cost"],
    },
    {
        "text": (
            "The printer's printing again - a scrap of paper was stuck deep inside. I've "
            "printed the order of service for you and it's on the tray, ready for your three "
            "o'clock."
        ),
        "comfort": "everyday",
        "client_worries": ["deadline", "work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["deadline", "work_blocked"],
    },
    {
        "text": (
            "Your granddaughter's wedding video is safe. An update had moved it into the "
            "'Videos' folder. I've put a copy on your desktop, called 'Wedding video', so it's "
            "easy to find."
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
            "I'm afraid the seized-up phone couldn't be saved, but the photos weren't only on "
            "it: your phone had been copying them online every night, and all of them up to "
            "last Tuesday are now on your computer. The last week's pictures are lost, and I'm "
            "sorry about that."
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
            "Nobody could have read the patient list: the stick was locked with a password, and "
            "the conference venue has since found it and posted it back. It's on my desk."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": [],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "I've rung the bank with you and stopped the payment. They'll let us know within "
            "five working days whether the £2,300 can be pulled back. Scams like this fool "
            "careful people every day, so please don't be hard on yourself."
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
            "The DHCP server had stopped handing out IP addresses, so nothing in the office "
            "could get online. I've restarted it and everyone's connected again."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked", "cost"],
        "jargon": ["DHCP server", "IP addresses"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "The memory stick's NTFS table was damaged, so I ran chkdsk and rebuilt the MFT. "
            "All 34 files on it open normally."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "deadline"],
        "jargon": ["NTFS", "chkdsk", "MFT"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Your VPN connected fine, but the split tunnel wasn't routing traffic to the file "
            "server; I've corrected the ACL and you can reach the client files again."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked"],
        "jargon": ["split tunnel", "ACL"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "The update got stuck on a servicing stack error; I cleared pending.xml and the "
            "laptop finished starting up."
        ),
        "comfort": "new",
        "client_worries": ["self_blame", "work_blocked"],
        "jargon": ["servicing stack", "pending.xml"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "The newsletter edits were sitting in a sync conflict copy in SharePoint. I've "
            "merged them back and turned on versioning, so all of Tuesday's changes are in the "
            "main file."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat", "data_loss"],
        "jargon": ["sync conflict", "SharePoint", "versioning"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The EDID handshake over HDMI was failing between the laptop and the camera, so "
            "I've forced the resolution. It'll be fine for the 10:30 service."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": ["EDID", "handshake", "HDMI"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked", "deadline"],
    },
    {
        "text": (
            "The drive kept dropping because a GPO with loopback processing was overriding your "
            "mappings at every refresh. I've excluded your machine, so it should stop "
            "disconnecting at lunchtime."
        ),
        "comfort": "confident",
        "client_worries": ["repeat"],
        "jargon": ["GPO", "loopback processing"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "Your emails weren't lost: a retention policy in the cloud tenant had moved them to "
            "the archive. I've moved every one of them back to your inbox."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": ["retention policy", "cloud tenant"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The print server's spooler had crashed overnight, which is why nothing came out. "
            "It's restarted and your letters are printing."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": ["print server", "spooler"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Please don't blame yourself - phones are far too easy to reset. I signed in to "
            "your iCloud backup from March and restored it; your wife's voicemails are all "
            "there, and I've saved copies on a memory stick too."
        ),
        "comfort": "new",
        "client_worries": ["self_blame", "data_loss"],
        "jargon": ["iCloud backup"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["self_blame", "data_loss"],
    },
    {
        "text": (
            "The sign-in failures were a Kerberos ticket problem caused by time skew after your "
            "laptop's battery ran flat. I've resynced the clock and you can log in."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked"],
        "jargon": ["Kerberos ticket", "time skew"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "I'm sorry the board keeps going dead. I've changed the BIOS power management and "
            "turned off USB selective suspend, so it shouldn't cut out mid-lesson again, and "
            "it's working now."
        ),
        "comfort": "new",
        "client_worries": ["repeat", "work_blocked"],
        "jargon": ["BIOS", "power management", "USB selective suspend"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat", "work_blocked"],
    },
    {
        "text": (
            "The recipe document's file header was damaged. I repaired it with a hex editor and "
            "all 212 recipes are readable again."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": ["file header", "hex editor"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The modem had lost line sync, so I asked the ISP to reset the line. The internet's "
            "back at the farm office."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": ["modem", "line sync", "ISP"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "I restored the expenses folder from the 7am VSS shadow copy, so everything up to "
            "this morning is back, ready for Monday."
        ),
        "comfort": "confident",
        "client_worries": ["deadline", "data_loss"],
        "jargon": ["VSS shadow copy"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["deadline", "data_loss"],
    },
    {
        "text": (
            "Orders weren't reaching you because the payment gateway's API key had expired, so "
            "the webhook failed. I've renewed the key and the weekend's orders have come "
            "through; each customer was charged once."
        ),
        "comfort": "everyday",
        "client_worries": ["cost", "data_loss"],
        "jargon": ["payment gateway", "API key", "webhook"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["cost", "data_loss"],
    },
    {
        "text": (
            "Your camera's firmware was corrupting the EXIF data on new pictures. I've updated it."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": ["firmware", "EXIF data"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "The scanner couldn't send because the SMTP relay moved to port 587 last night. "
            "I've updated it and the referral letters are going out now."
        ),
        "comfort": "confident",
        "client_worries": ["repeat", "work_blocked"],
        "jargon": ["SMTP relay", "port 587"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "The freezes you keep seeing are thermal throttling - the laptop gets too hot. I've "
            "cleaned the vents and adjusted the fan curve, so it shouldn't keep happening."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat", "work_blocked"],
        "jargon": ["thermal throttling", "fan curve"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "That was a phishing message. Nobody got into your bank: we checked the account "
            "together on the phone and no money or details were taken. I've also turned on 2FA."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": ["phishing", "2FA"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Your account's expiry date was set wrong in Active Directory when you joined. I've "
            "corrected it, so you can sign in again."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked", "repeat"],
        "jargon": ["Active Directory"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "I've updated the MX records and lowered the TTL, so the switch-over should be quick."
        ),
        "comfort": "confident",
        "client_worries": [],
        "jargon": ["MX records", "TTL"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "The audio driver was damaged by the update. I've reinstalled it, so your "
            "microphone will work for tonight's lecture."
        ),
        "comfort": "new",
        "client_worries": ["deadline"],
        "jargon": ["audio driver"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["deadline"],
    },
    {
        "text": (
            "Your memoir was being saved to a temp folder that gets emptied every night - "
            "that's why it kept vanishing. I've moved where it saves and restored the "
            "manuscript from the backup: everything up to last Friday is there. I'm sorry that "
            "the four pages you wrote over the weekend couldn't be recovered."
        ),
        "comfort": "new",
        "client_worries": ["repeat", "data_loss"],
        "jargon": ["temp folder"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["repeat", "data_loss"],
    },
    {
        "text": (
            "The stolen laptop had BitLocker switched on, so without the unlock key nobody can "
            "read what's on it. I've also wiped it remotely through Intune."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": ["BitLocker", "Intune"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": "The screen flipped because of a hotkey for display rotation. I've disabled it.",
        "comfort": "new",
        "client_worries": ["self_blame"],
        "jargon": ["hotkey", "display rotation"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "The CCTV export came out as a 0-byte file because the codec wasn't installed. I've "
            "installed it, transcoded Saturday's footage, and the full six hours are on the "
            "evidence drive."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "deadline"],
        "jargon": ["0-byte file", "codec", "transcoded"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The card terminal was still using TLS 1.0, which the bank switched off this "
            "morning. I've updated it and it's taking cards again; the bank says declined "
            "attempts won't be charged."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked", "cost"],
        "jargon": ["TLS 1.0"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked", "cost"],
    },
    {
        "text": (
            "The SD card's partition table was damaged. I rebuilt it and got back 1,180 of the "
            "1,204 photos; the 24 that couldn't be saved are all from the last day of the trip, "
            "and I've listed them for you."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": ["SD card", "partition table"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The Wi-Fi kept refusing you because the RADIUS server's certificate expired. It's "
            "renewed for three years, so you'll stay connected."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked", "repeat"],
        "jargon": ["RADIUS server", "certificate"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked", "repeat"],
    },
    {
        "text": (
            "I booted into safe mode and rolled back the GPU driver, so the screen works again."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": ["booted", "safe mode", "rolled back", "GPU driver"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "It's an easy slip to make. The deleted accounts were tombstoned, not gone, so I "
            "restored them from the AD Recycle Bin with their group memberships intact."
        ),
        "comfort": "confident",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": ["tombstoned", "AD Recycle Bin"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss", "self_blame"],
    },
    {
        "text": (
            "You were paying for twelve accounts because three leavers still had a licence SKU "
            "assigned in the tenant. I've removed them, which saves £31 a month."
        ),
        "comfort": "everyday",
        "client_worries": ["cost"],
        "jargon": ["licence SKU", "tenant"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["cost"],
    },
    {
        "text": (
            "I've updated the Zoom client and removed a virtual audio device that was grabbing "
            "the sound."
        ),
        "comfort": "new",
        "client_worries": ["deadline", "work_blocked"],
        "jargon": ["Zoom client", "virtual audio device"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Someone had added a hidden forwarding rule to your mailbox. I've removed it and "
            "checked the sign-in logs: it only forwarded two newsletters, and none of your "
            "client emails left the account."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": ["forwarding rule", "sign-in logs"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "I've been through the memory dump from this morning's blue screen; the faulting "
            "module was the old dock's display driver, same as last term. I've removed it for "
            "good and the laptop is stable."
        ),
        "comfort": "confident",
        "client_worries": ["repeat"],
        "jargon": ["memory dump", "faulting module"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["repeat"],
    },
    {
        "text": (
            "I restored the payroll records from last night's incremental backup. Every record "
            "up to 11pm is back, in plenty of time for the auditors."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": ["incremental backup"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The shop website was down because the A record in DNS was still pointing at the "
            "old address. I've corrected it and the site is back."
        ),
        "comfort": "everyday",
        "client_worries": ["cost", "deadline"],
        "jargon": ["A record", "DNS"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Your inbox stopped syncing because the Exchange ActiveSync partnership was stale. "
            "I've removed it and re-added the account, and everything shows on the phone again."
        ),
        "comfort": "new",
        "client_worries": ["self_blame"],
        "jargon": ["syncing", "Exchange ActiveSync partnership"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "The listings database service crashed when the disk hit 100%. I've freed space, "
            "brought it back up and run an integrity check: all 2,014 properties are there."
        ),
        "comfort": "everyday",
        "client_worries": ["data_loss", "deadline"],
        "jargon": ["database service", "integrity check"],
        "condescending": False,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "The door system lost its config after last night's power blip. I've pushed the "
            "backup config back from the NVR and the doors are open."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked", "cost"],
        "jargon": ["config", "NVR"],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Your phone had run out of iCloud storage, so the backups stopped in May. I'm "
            "afraid that means I can't yet say whether the newer photos can be got back."
        ),
        "comfort": "new",
        "client_worries": ["data_loss", "self_blame"],
        "jargon": ["iCloud storage"],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "You really do need to stop pressing buttons you don't understand. I've put the "
            "screen back."
        ),
        "comfort": "new",
        "client_worries": ["self_blame"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Your files were in the Downloads folder, which is where downloads go - hence the "
            "name. They're all there."
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
            "As I've explained a couple of times now, the internet box has to stay switched on "
            "at night. I've switched it back on."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked", "repeat"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "This is the fourth ticket this month for the same thing, so perhaps try reading "
            "the guide first?"
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
            "I'd have thought someone in your position would check the cable first. It was "
            "unplugged."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": "Don't worry, I'll put it in really simple terms so it doesn't go over your head.",
        "comfort": "new",
        "client_worries": [],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Well, that's what happens when you save everything to the desktop. I've got the "
            "document back this time, but do try to use the shared drive like everyone else."
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
            "Even my grandmother manages her tablet, so I'm sure you'll get the hang of it. "
            "I've reset your password; it's on the note."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": "Hopefully that all makes sense. I know it can be a lot for non-technical people.",
        "comfort": "everyday",
        "client_worries": [],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": "Did it not occur to you to check whether the printer was switched on?",
        "comfort": "everyday",
        "client_worries": ["work_blocked", "deadline"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "Not to labour the point, but this is exactly why we tell everyone to back up. "
            "Let's see what can be salvaged."
        ),
        "comfort": "new",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "I won't bore you with the technical side - it would mean nothing to you anyway. "
            "It's sorted."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "For the record, this wouldn't keep happening if the steps in my last three emails "
            "had been followed. I've fixed it again."
        ),
        "comfort": "confident",
        "client_worries": ["repeat"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": "Yes, it was something you did. Please leave the settings alone in future.",
        "comfort": "new",
        "client_worries": ["self_blame"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "It's literally one click. I've done it for you this time, but this is one you'll "
            "want to learn."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Bless you, computers can be very confusing at your age. I've made the writing bigger."
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
            "Next time maybe raise it before the day of the hearing rather than an hour before. "
            "Anyway, it's done."
        ),
        "comfort": "everyday",
        "client_worries": ["deadline", "work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Surely you know two people can't edit the same file at once without file locking. "
            "Your changes are in the copy with your name on it."
        ),
        "comfort": "confident",
        "client_worries": ["data_loss"],
        "jargon": ["file locking"],
        "condescending": True,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "I'm not sure what you expected to happen when you unplugged the router to charge "
            "your phone. It's back in and working."
        ),
        "comfort": "new",
        "client_worries": ["work_blocked"],
        "jargon": ["router"],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Just a gentle reminder that we're a small team, and questions like this are "
            "covered in the welcome pack."
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
            "I did warn you that clicking 'yes to all' would replace the files. Some of them "
            "may be recoverable."
        ),
        "comfort": "new",
        "client_worries": ["self_blame", "data_loss"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": "Everyone knows Ctrl+Z undoes things. I've put the paragraph back.",
        "comfort": "everyday",
        "client_worries": ["data_loss"],
        "jargon": [],
        "condescending": True,
        "reassures_data": True,
        "addresses": ["data_loss"],
    },
    {
        "text": (
            "Obviously plugging the phone into the wrong VLAN port stops it working. I've moved it."
        ),
        "comfort": "confident",
        "client_worries": ["work_blocked"],
        "jargon": ["VLAN port"],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "Right, let's try this again, slowly this time. The green button starts the scan. "
            "The green one."
        ),
        "comfort": "everyday",
        "client_worries": ["repeat", "work_blocked"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": (
            "You'll find most of these things are quite straightforward if you take the time to "
            "read what's on the screen."
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
            "I'm surprised a writer with your experience doesn't keep copies of her work, but "
            "luckily I found last week's version on the memory stick."
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
            "What were you hoping would happen if you kept typing the password in? That's why "
            "it locked. It's unlocked now."
        ),
        "comfort": "everyday",
        "client_worries": ["work_blocked", "self_blame"],
        "jargon": [],
        "condescending": True,
        "reassures_data": False,
        "addresses": ["work_blocked"],
    },
    {
        "text": (
            "We did cover the difference between the bin and the shared drive at your "
            "induction, if you remember. Anyway, I've put the file back where it belongs."
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
            "As we discussed on Monday, I've now replaced the cable for good, so the drive "
            "shouldn't drop out again. Thanks for bearing with us."
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
            "For next time, here's a one-page guide to saving onto the shared drive. Keep it "
            "handy if it's useful - and ring me any time it isn't."
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
            "It's an easy one to miss - the button is tiny and grey. You did nothing wrong, and "
            "it's working now."
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
            "Quick tip that a lot of people find handy: holding Ctrl and pressing P opens the "
            "print window."
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
            "This one was simple to fix, so you're back up and running. The plug had worked "
            "loose behind the desk."
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
            "You'll know this already, but for completeness: the new password needs twelve "
            "characters."
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
            "Did you know the bin keeps deleted files for 30 days? That's where I found your "
            "letter - it's back in 'Letters' now."
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
            "I'm sorry you've had to write to us again about this - that's on us, not you. I've "
            "swapped the printer for a newer one."
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
            "There's no such thing as a silly question. The little cloud next to a file means "
            "it's stored online as well as on your computer."
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
            "Simply put, the laptop was closed halfway through an update, which nobody could "
            "have known from the screen. I've let it finish and it's ready to use."
        ),
        "comfort": "everyday",
        "client_worries": ["self_blame", "work_blocked"],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": ["self_blame", "work_blocked"],
    },
    {
        "text": (
            "Just so you know for next time, it's fine to ring rather than email if something's "
            "urgent - we'd much rather hear from you early."
        ),
        "comfort": "new",
        "client_worries": [],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
    {
        "text": "I've set the printer to double-sided as you asked. Have a good weekend.",
        "comfort": "everyday",
        "client_worries": [],
        "jargon": [],
        "condescending": False,
        "reassures_data": False,
        "addresses": [],
    },
]
