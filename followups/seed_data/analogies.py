"""Curated analogies per field of expertise and problem category, editable by managers.

Each states its facts: the data outcomes it is true for (tickets.models.DataSafety values)
and the kind of fix it describes (followups.models.FixKind). The composer sends one only when
both fit the resolution (tests/followups/test_analogies.py checks each text against them).

Migrations do not import this module: a change here reaches existing databases through a
migration that carries its own copy of the rows it changes.
"""

from __future__ import annotations

from typing import TypedDict


class SeedAnalogy(TypedDict):
    field: str
    category: str
    text: str
    outcomes: tuple[str, ...]
    fix: str


ANALOGIES: list[SeedAnalogy] = [
    {
        "field": "real-estate",
        "category": "network-drives",
        "text": "It was like the sign to a listing falling down, so you could not find the way in. "
        "We put the sign back up, so your computer can walk straight in again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "law",
        "category": "network-drives",
        "text": "It was like a clerk losing the note that says which shelf holds your case files. "
        "We wrote the note again, so your computer knows where to fetch them.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "teaching",
        "category": "network-drives",
        "text": "It was like the sign falling off a classroom door, so your computer could not find"
        " the room. We put the sign back up, so you can walk right in again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "military",
        "category": "network-drives",
        "text": "It was like a break in the supply line between your desk and the stores. We mended"
        " the line, so your computer can reach the stores again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "law-enforcement",
        "category": "network-drives",
        "text": "It was like the route card to the evidence store going missing. We wrote the route"
        " out again, so your computer knows the way there.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "writing",
        "category": "network-drives",
        "text": "It was like losing the map to the library where your drafts are kept. We drew the "
        "path again, so your computer can walk straight back to them.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "home",
        "category": "network-drives",
        "text": "It was like a fallen branch blocking the path to your garden shed. We cleared the "
        "path, so your computer can reach the shed again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "medicine",
        "category": "network-drives",
        "text": "It was like the corridor to the records room being closed off. We opened the way "
        "again, so your computer can reach the records room as before.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "finance",
        "category": "network-drives",
        "text": "It was like losing the directions to the vault, so you could not reach it. We "
        "wrote the directions again, so your computer can reach the vault as before.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "executive",
        "category": "network-drives",
        "text": "It was like your assistant losing the directions to the office filing room. We "
        "gave your computer the directions again, so it can fetch what you need.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "real-estate",
        "category": "phones",
        "text": "It was like a key pushed only halfway into a lock, so the door would not open. We "
        "pushed the phone's memory card firmly back in.",
        "outcomes": ("safe", "recovered"),
        "fix": "replaced",
    },
    {
        "field": "law",
        "category": "phones",
        "text": "It was like a file drawer that slid off its runners, so it would not open. We set "
        "the phone's memory card back in its slot.",
        "outcomes": ("safe", "recovered"),
        "fix": "replaced",
    },
    {
        "field": "teaching",
        "category": "phones",
        "text": "It was like a register that fell behind the desk, so no one could see it. We put "
        "the phone's memory card back in place.",
        "outcomes": ("safe", "recovered"),
        "fix": "replaced",
    },
    {
        "field": "military",
        "category": "phones",
        "text": "It was like a pouch on your kit that came unclipped, so you could not reach it. We"
        " clipped the phone's memory card firmly back in.",
        "outcomes": ("safe", "recovered"),
        "fix": "replaced",
    },
    {
        "field": "law-enforcement",
        "category": "phones",
        "text": "It was like a radio with its battery not quite clicked in: it looked fine but "
        "stayed silent. We seated the phone's memory card firmly.",
        "outcomes": ("safe", "recovered"),
        "fix": "replaced",
    },
    {
        "field": "writing",
        "category": "phones",
        "text": "It was like a manuscript page that slipped down behind the desk, out of sight. We "
        "put the phone's memory card back in place.",
        "outcomes": ("safe", "recovered"),
        "fix": "replaced",
    },
    {
        "field": "home",
        "category": "phones",
        "text": "It was like a plug that worked loose from the wall, so the lamp stayed dark. We "
        "pushed the phone's memory card back in.",
        "outcomes": ("safe", "recovered"),
        "fix": "replaced",
    },
    {
        "field": "medicine",
        "category": "phones",
        "text": "It was like a loose lead on a heart monitor: the reading vanished until it was "
        "clipped back on. We put the phone's memory card firmly back.",
        "outcomes": ("safe", "recovered"),
        "fix": "replaced",
    },
    {
        "field": "finance",
        "category": "phones",
        "text": "It was like a ledger page that slipped out of its binder, so it did not show. We "
        "clicked the phone's memory card back into place.",
        "outcomes": ("safe", "recovered"),
        "fix": "replaced",
    },
    {
        "field": "executive",
        "category": "phones",
        "text": "It was like a diary page that came loose from its binding and fell out of view. We"
        " put the phone's memory card firmly back.",
        "outcomes": ("safe", "recovered"),
        "fix": "replaced",
    },
    {
        "field": "real-estate",
        "category": "passwords",
        "text": "It was like a lockbox whose code had been changed, so your old code no longer "
        "worked. We set a fresh code with you, so you can open the lockbox again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "access",
    },
    {
        "field": "law",
        "category": "passwords",
        "text": "It was like arriving at the office to find the lock on your room had been changed."
        " We cut you a new key that fits, so you can get back to work.",
        "outcomes": ("safe", "not_involved"),
        "fix": "access",
    },
    {
        "field": "teaching",
        "category": "passwords",
        "text": "It was like the caretaker changing the lock on your classroom overnight. We gave "
        "you a new key that fits, so you can open the door and start your day.",
        "outcomes": ("safe", "not_involved"),
        "fix": "access",
    },
    {
        "field": "military",
        "category": "passwords",
        "text": "It was like the password at the gate being changed while you were away. We set you"
        " up with the new one, so the guard will wave you through again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "access",
    },
    {
        "field": "law-enforcement",
        "category": "passwords",
        "text": "It was like coming on shift to find your locker combination had changed. We set a "
        "new combination with you, so you can open your locker again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "access",
    },
    {
        "field": "writing",
        "category": "passwords",
        "text": "It was like forgetting the key to your writing room. We made you a new key, so you"
        " can open the door and get back to your work.",
        "outcomes": ("safe", "not_involved"),
        "fix": "access",
    },
    {
        "field": "home",
        "category": "passwords",
        "text": "It was like losing your front door key, so the door stayed locked. We made you a "
        "new key that fits, so you can let yourself in again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "access",
    },
    {
        "field": "medicine",
        "category": "passwords",
        "text": "It was like the code on the medicine cupboard being changed while you were away. "
        "We set a new code with you, so you can open the cupboard again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "access",
    },
    {
        "field": "finance",
        "category": "passwords",
        "text": "It was like the combination to the vault no longer working for you. We set a new "
        "combination with you, so the vault door opens for you again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "access",
    },
    {
        "field": "executive",
        "category": "passwords",
        "text": "It was like your office door pass suddenly not working. We gave you a new pass, so"
        " you can walk straight in again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "access",
    },
    {
        "field": "real-estate",
        "category": "printers",
        "text": "It was like sending buyers to a viewing at the wrong address, so no one turned up."
        " We gave your computer the right address, so your pages reach the printer again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "settings",
    },
    {
        "field": "law",
        "category": "printers",
        "text": "It was like papers stuck in the clerk's in-tray behind one jammed bundle. We "
        "cleared the tray, so your documents go through to the printer again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "teaching",
        "category": "printers",
        "text": "It was like a note sent to the wrong classroom, so it never arrived. We gave your "
        "computer the printer's right room number, so your pages get there now.",
        "outcomes": ("safe", "not_involved"),
        "fix": "settings",
    },
    {
        "field": "military",
        "category": "printers",
        "text": "It was like orders sent on the wrong radio channel, so no one answered. We tuned "
        "your computer back to the printer's channel, so your pages go through again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "settings",
    },
    {
        "field": "law-enforcement",
        "category": "printers",
        "text": "It was like radio calls stuck in a queue behind one message that would not send. "
        "We cleared the queue, so your pages go straight to the printer again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "writing",
        "category": "printers",
        "text": "It was like drafts piling up on your editor's desk behind one stuck page. We "
        "cleared the pile, so your pages go through to the printer again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "home",
        "category": "printers",
        "text": "It was like post going to your old address, so it never arrived. We gave your "
        "computer the printer's right address, so your pages come through again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "settings",
    },
    {
        "field": "medicine",
        "category": "printers",
        "text": "It was like a prescription sent to the wrong pharmacy, so it was never filled. We "
        "pointed your computer to the right printer, so your pages come out again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "settings",
    },
    {
        "field": "finance",
        "category": "printers",
        "text": "It was like a row of payments held up behind one stuck item, so nothing moved. We "
        "cleared the stuck item, so your pages flow to the printer again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "executive",
        "category": "printers",
        "text": "It was like the post room going quiet, so your letters sat waiting. We woke the "
        "printer up and cleared the pile, so your pages come out again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "real-estate",
        "category": "email",
        "text": "It was like a letterbox at a listing so stuffed that new post could not fit. We "
        "made room, so new messages come straight through to you again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "law",
        "category": "email",
        "text": "It was like a clerk setting some of your letters aside in the wrong tray. We told "
        "your email where they belong, so they land in your inbox again.",
        "outcomes": ("safe", "recovered"),
        "fix": "settings",
    },
    {
        "field": "teaching",
        "category": "email",
        "text": "It was like notes from parents being put in the wrong pigeonhole at school. We "
        "fixed the sorting, so your messages go into your inbox again.",
        "outcomes": ("safe", "recovered"),
        "fix": "settings",
    },
    {
        "field": "military",
        "category": "email",
        "text": "It was like post held back at the depot because your mail bag was full. We made "
        "room in the bag, so your messages get through to you again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "law-enforcement",
        "category": "email",
        "text": "It was like a front desk in-tray so full that new reports were held back. We made "
        "room in the tray, so your emails reach you again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "writing",
        "category": "email",
        "text": "It was like your editor's letters being filed in the wrong drawer. We showed your "
        "email the right drawer, so those messages land in your inbox again.",
        "outcomes": ("safe", "recovered"),
        "fix": "settings",
    },
    {
        "field": "home",
        "category": "email",
        "text": "It was like a letterbox so full that nothing more could fit through. We made "
        "space, so your post can drop through the door again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "medicine",
        "category": "email",
        "text": "It was like test results being put in a side tray by mistake. We changed the rule "
        "that moved them, so new messages come to your inbox again.",
        "outcomes": ("safe", "recovered"),
        "fix": "settings",
    },
    {
        "field": "finance",
        "category": "email",
        "text": "It was like statements being sent to a side account instead of your main one. We "
        "changed the rule that moved them, so your messages arrive in your inbox again.",
        "outcomes": ("safe", "recovered"),
        "fix": "settings",
    },
    {
        "field": "executive",
        "category": "email",
        "text": "It was like your assistant putting some letters in a side tray you never see. We "
        "changed that rule, so your messages come straight to your inbox again.",
        "outcomes": ("safe", "recovered"),
        "fix": "settings",
    },
    {
        "field": "real-estate",
        "category": "files",
        "text": "It was like a listing folder left in a different office drawer. We found the "
        "drawer and showed you where it is, so it is easy to find next time.",
        "outcomes": ("safe", "recovered"),
        "fix": "restored",
    },
    {
        "field": "law",
        "category": "files",
        "text": "It was like a case file put back on the wrong shelf in the filing room. We found "
        "the shelf and brought the file back to where you expect it.",
        "outcomes": ("safe", "recovered"),
        "fix": "restored",
    },
    {
        "field": "teaching",
        "category": "files",
        "text": "It was like a lesson plan left in another teacher's tray. We found it and put it "
        "back in your own folder, where you can reach it.",
        "outcomes": ("safe", "recovered"),
        "fix": "restored",
    },
    {
        "field": "military",
        "category": "files",
        "text": "It was like kit stowed in the wrong locker after an exercise. We found the locker "
        "and put the kit back in yours, ready for you.",
        "outcomes": ("safe", "recovered"),
        "fix": "restored",
    },
    {
        "field": "law-enforcement",
        "category": "files",
        "text": "It was like a notebook handed in at the wrong desk at the end of a shift. We "
        "tracked it down and put it back on your desk.",
        "outcomes": ("safe", "recovered"),
        "fix": "restored",
    },
    {
        "field": "writing",
        "category": "files",
        "text": "It was like a draft dropped in the wastepaper basket by mistake. We took it out "
        "before the basket was emptied, and put it back with your other drafts.",
        "outcomes": ("recovered",),
        "fix": "restored",
    },
    {
        "field": "home",
        "category": "files",
        "text": "It was like putting the scissors back in a different kitchen drawer. We found the "
        "drawer and showed you, so you know where to look next time.",
        "outcomes": ("safe", "recovered"),
        "fix": "restored",
    },
    {
        "field": "medicine",
        "category": "files",
        "text": "It was like patient notes filed in the wrong drawer of the cabinet. We found them "
        "and filed them back where you expect to see them.",
        "outcomes": ("safe", "recovered"),
        "fix": "restored",
    },
    {
        "field": "finance",
        "category": "files",
        "text": "It was like a ledger sent to the shredding box by mistake, before anything was "
        "shredded. We took it back out and put it back on your desk.",
        "outcomes": ("recovered",),
        "fix": "restored",
    },
    {
        "field": "executive",
        "category": "files",
        "text": "It was like a board paper that went into the wrong tray in the post room. We found"
        " it and put it back in your own folder.",
        "outcomes": ("safe", "recovered"),
        "fix": "restored",
    },
    {
        "field": "home",
        "category": "backups",
        "text": "It was like keeping a spare house key with a neighbour you trust. We set up a "
        "second copy of your photos on your computer, so you have a spare too.",
        "outcomes": ("safe", "recovered", "lost", "not_involved"),
        "fix": "protected",
    },
    {
        "field": "writing",
        "category": "backups",
        "text": "It was like keeping a copy of each manuscript in a second drawer. We set up your "
        "computer to keep that second copy for you.",
        "outcomes": ("safe", "recovered", "lost", "not_involved"),
        "fix": "protected",
    },
    {
        "field": "finance",
        "category": "backups",
        "text": "It was like keeping a copy of your ledgers in a second vault. We set up a copy of "
        "your files in a second place, so you have a spare.",
        "outcomes": ("safe", "recovered", "lost", "not_involved"),
        "fix": "protected",
    },
    {
        "field": "military",
        "category": "backups",
        "text": "It was like keeping spare kit at a second depot, away from the first. We set up a "
        "copy of your files in a second place, so you have a reserve.",
        "outcomes": ("safe", "recovered", "lost", "not_involved"),
        "fix": "protected",
    },
    {
        "field": "home",
        "category": "internet",
        "text": "It was like the fuse box tripping, so the lights went out. We reset the switch on "
        "your router, so your internet is back on.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "real-estate",
        "category": "internet",
        "text": "It was like a lockbox with a new code that your computer did not know. We gave it "
        "the new Wi-Fi code, so it can connect again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "law-enforcement",
        "category": "internet",
        "text": "It was like a radio tuned to an old channel, so it heard nothing. We tuned your "
        "computer back to the right Wi-Fi network, so it can reach the internet again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "executive",
        "category": "internet",
        "text": "It was like the phone line to head office dropping out. We reconnected the line, "
        "so your computer can reach the internet again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "reconnected",
    },
    {
        "field": "law-enforcement",
        "category": "security",
        "text": "It was like a caller at the front desk wearing a fake badge. We dealt with the "
        "fake message, and showed you the signs to look for next time.",
        "outcomes": ("safe", "not_involved"),
        "fix": "protected",
    },
    {
        "field": "medicine",
        "category": "security",
        "text": "It was like a fake prescription that looks real at first glance. We dealt with the"
        " fake message, and showed you what to check next time.",
        "outcomes": ("safe", "not_involved"),
        "fix": "protected",
    },
    {
        "field": "finance",
        "category": "security",
        "text": "It was like a forged cheque that looks real until you check the details. We dealt "
        "with the fake message, and showed you the signs to look for next time.",
        "outcomes": ("safe", "not_involved"),
        "fix": "protected",
    },
    {
        "field": "home",
        "category": "security",
        "text": "It was like a stranger at the door pretending to be from the gas company. We sent "
        "them on their way, and showed you how to check who is knocking next time.",
        "outcomes": ("safe", "not_involved"),
        "fix": "protected",
    },
    {
        "field": "home",
        "category": "performance",
        "text": "It was like a kitchen cupboard so full that nothing else would fit. We cleared out"
        " old clutter, so your computer has room to work again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "teaching",
        "category": "performance",
        "text": "It was like a classroom stacked with old boxes, so there was no room to move. We "
        "cleared away the clutter, so your computer can move freely again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "law",
        "category": "performance",
        "text": "It was like a filing room so full that new papers had nowhere to go. We made space"
        " on the shelves, so your computer can work at a normal pace again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "executive",
        "category": "performance",
        "text": "It was like an assistant given too many tasks at once, so everything slowed down. "
        "We took some of the load off, so your computer can keep up again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "cleared",
    },
    {
        "field": "teaching",
        "category": "video-calls",
        "text": "It was like a class speaker wired to the room next door, so you heard nothing. We "
        "sent the sound back to your own speakers, so you can hear your calls again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "settings",
    },
    {
        "field": "military",
        "category": "video-calls",
        "text": "It was like comms routed to the wrong headset, so you heard nothing. We switched "
        "the sound back to your headset, so you can hear your calls again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "settings",
    },
    {
        "field": "writing",
        "category": "video-calls",
        "text": "It was like a reading at the library with the microphone still switched off. We "
        "turned on the right microphone, so people on your calls can hear you.",
        "outcomes": ("safe", "not_involved"),
        "fix": "settings",
    },
    {
        "field": "medicine",
        "category": "video-calls",
        "text": "It was like a call put through to the wrong consulting room, so you heard nothing."
        " We sent the sound back to your own speakers, so you can hear your calls again.",
        "outcomes": ("safe", "not_involved"),
        "fix": "settings",
    },
]
