"""Seed the analogy library as it first shipped, and let managers curate it.

The rows are copied here, not imported from followups/seed_data, so this migration does the
same thing however the seed data changes later (0003 brings existing rows up to date)."""

from django.db import migrations

from accounts.role_grants import grant_permissions

# (field of expertise, category, text), as shipped with 0002.
ANALOGIES = [
    (
        "real-estate",
        "network-drives",
        "It was like a lockbox whose key went missing, so you could not get in. We gave your computer a new key, so you can walk straight in again.",
    ),
    (
        "law",
        "network-drives",
        "It was like a clerk losing the note that says which shelf holds your case files. We wrote the note again, so your computer knows where to fetch them.",
    ),
    (
        "teaching",
        "network-drives",
        "It was like the sign falling off a classroom door, so your computer could not find the room. We put the sign back up, so you can walk right in again.",
    ),
    (
        "military",
        "network-drives",
        "It was like a break in the supply line between your desk and the stores. We mended the line, so your computer can reach the stores again.",
    ),
    (
        "law-enforcement",
        "network-drives",
        "It was like losing the key to the evidence locker down the hall. We gave your computer a fresh key, so you can open the locker again.",
    ),
    (
        "writing",
        "network-drives",
        "It was like losing the map to the library where your drafts are kept. We drew the path again, so your computer can walk straight back to them.",
    ),
    (
        "home",
        "network-drives",
        "It was like a fallen branch blocking the path to your garden shed. We cleared the path, so your computer can reach the shed again.",
    ),
    (
        "medicine",
        "network-drives",
        "It was like the corridor to the records room being closed off. We opened the way again, so your computer can reach the records room as before.",
    ),
    (
        "finance",
        "network-drives",
        "It was like a pass to the vault that stopped working at the door. We gave your computer a new pass, so you can reach the vault again.",
    ),
    (
        "executive",
        "network-drives",
        "It was like your assistant losing the directions to the office filing room. We gave your computer the directions again, so it can fetch what you need.",
    ),
    (
        "real-estate",
        "phones",
        "It was like a key pushed only halfway into a lock, so the door would not open. We pushed the phone's memory card firmly back in, and made a copy of your photos on your computer.",
    ),
    (
        "law",
        "phones",
        "It was like a file drawer that slid off its runners, so it would not open. We set the phone's memory card back in its slot, and made a copy on your computer too.",
    ),
    (
        "teaching",
        "phones",
        "It was like a register that fell behind the desk, so no one could see it. We put the phone's memory card back in place, and made a spare copy on your computer.",
    ),
    (
        "military",
        "phones",
        "It was like a pouch on your kit that came unclipped, so you could not reach it. We clipped the phone's memory card firmly back in, and made a copy of your photos on your computer.",
    ),
    (
        "law-enforcement",
        "phones",
        "It was like a radio with its battery not quite clicked in: it looked fine but stayed silent. We seated the phone's memory card firmly, and made a copy on your computer too.",
    ),
    (
        "writing",
        "phones",
        "It was like a manuscript page that slipped down behind the desk, out of sight. We put the phone's memory card back in place, and made a copy of your photos on your computer.",
    ),
    (
        "home",
        "phones",
        "It was like a plug that worked loose from the wall, so the lamp stayed dark. We pushed the phone's memory card back in, and made a copy of your photos on your computer.",
    ),
    (
        "medicine",
        "phones",
        "It was like a loose lead on a heart monitor: the reading vanished until it was clipped back on. We put the phone's memory card firmly back, and made a copy on your computer.",
    ),
    (
        "finance",
        "phones",
        "It was like a ledger page that slipped out of its binder, so it did not show. We clicked the phone's memory card back into place, and made a copy on your computer too.",
    ),
    (
        "executive",
        "phones",
        "It was like a diary page that came loose from its binding and fell out of view. We put the phone's memory card firmly back, and made a copy of your photos on your computer.",
    ),
    (
        "real-estate",
        "passwords",
        "It was like a lockbox whose code had been changed, so your old code no longer worked. We set a fresh code with you, so you can open the lockbox again.",
    ),
    (
        "law",
        "passwords",
        "It was like arriving at the office to find the lock on your room had been changed. We cut you a new key that fits, so you can get back to work.",
    ),
    (
        "teaching",
        "passwords",
        "It was like the caretaker changing the lock on your classroom overnight. We gave you a new key that fits, so you can open the door and start your day.",
    ),
    (
        "military",
        "passwords",
        "It was like the password at the gate being changed while you were away. We set you up with the new one, so the guard will wave you through again.",
    ),
    (
        "law-enforcement",
        "passwords",
        "It was like coming on shift to find your locker combination had changed. We set a new combination with you, so you can open your locker again.",
    ),
    (
        "writing",
        "passwords",
        "It was like forgetting the key to your writing room. We made you a new key, so you can open the door and get back to your work.",
    ),
    (
        "home",
        "passwords",
        "It was like losing your front door key, so the door stayed locked. We made you a new key that fits, so you can let yourself in again.",
    ),
    (
        "medicine",
        "passwords",
        "It was like the code on the medicine cupboard being changed while you were away. We set a new code with you, so you can open the cupboard again.",
    ),
    (
        "finance",
        "passwords",
        "It was like the combination to the vault no longer working for you. We set a new combination with you, so the vault door opens for you again.",
    ),
    (
        "executive",
        "passwords",
        "It was like your office door pass suddenly not working. We gave you a new pass, so you can walk straight in again.",
    ),
    (
        "real-estate",
        "printers",
        "It was like sending buyers to a viewing at the wrong address, so no one turned up. We gave your computer the right address, so your pages reach the printer again.",
    ),
    (
        "law",
        "printers",
        "It was like papers stuck in the clerk's in-tray behind one jammed bundle. We cleared the tray, so your documents go through to the printer again.",
    ),
    (
        "teaching",
        "printers",
        "It was like a note sent to the wrong classroom, so it never arrived. We gave your computer the printer's right room number, so your pages get there now.",
    ),
    (
        "military",
        "printers",
        "It was like orders sent on the wrong radio channel, so no one answered. We tuned your computer back to the printer's channel, so your pages go through again.",
    ),
    (
        "law-enforcement",
        "printers",
        "It was like radio calls stuck in a queue behind one message that would not send. We cleared the queue, so your pages go straight to the printer again.",
    ),
    (
        "writing",
        "printers",
        "It was like drafts piling up on your editor's desk behind one stuck page. We cleared the pile, so your pages go through to the printer again.",
    ),
    (
        "home",
        "printers",
        "It was like post going to your old address, so it never arrived. We gave your computer the printer's right address, so your pages come through again.",
    ),
    (
        "medicine",
        "printers",
        "It was like a prescription sent to the wrong pharmacy, so it was never filled. We pointed your computer to the right printer, so your pages come out again.",
    ),
    (
        "finance",
        "printers",
        "It was like a row of payments held up behind one stuck item, so nothing moved. We cleared the stuck item, so your pages flow to the printer again.",
    ),
    (
        "executive",
        "printers",
        "It was like the post room going quiet, so your letters sat waiting. We woke the printer up and cleared the pile, so your pages come out again.",
    ),
    (
        "real-estate",
        "email",
        "It was like a letterbox at a listing so stuffed that new post could not fit. We made room, so new messages come straight through to you again.",
    ),
    (
        "law",
        "email",
        "It was like a clerk setting some of your letters aside in the wrong tray. We told your email where they belong, so they land in your inbox again.",
    ),
    (
        "teaching",
        "email",
        "It was like notes from parents being put in the wrong pigeonhole at school. We fixed the sorting, so your messages go into your inbox again.",
    ),
    (
        "military",
        "email",
        "It was like post held back at the depot because your mail bag was full. We made room in the bag, so your messages get through to you again.",
    ),
    (
        "law-enforcement",
        "email",
        "It was like a front desk in-tray so full that new reports were held back. We made room in the tray, so your emails reach you again.",
    ),
    (
        "writing",
        "email",
        "It was like your editor's letters being filed in the wrong drawer. We showed your email the right drawer, so those messages land in your inbox again.",
    ),
    (
        "home",
        "email",
        "It was like a letterbox so full that nothing more could fit through. We made space, so your post can drop through the door again.",
    ),
    (
        "medicine",
        "email",
        "It was like test results being put in a side tray by mistake. We changed the rule that moved them, so new messages come to your inbox again.",
    ),
    (
        "finance",
        "email",
        "It was like statements being sent to a side account instead of your main one. We changed the rule that moved them, so your messages arrive in your inbox again.",
    ),
    (
        "executive",
        "email",
        "It was like your assistant putting some letters in a side tray you never see. We changed that rule, so your messages come straight to your inbox again.",
    ),
    (
        "real-estate",
        "files",
        "It was like a listing folder left in a different office drawer. We found the drawer and showed you where it is, so it is easy to find next time.",
    ),
    (
        "law",
        "files",
        "It was like a case file put back on the wrong shelf in the filing room. We found the shelf and brought the file back to where you expect it.",
    ),
    (
        "teaching",
        "files",
        "It was like a lesson plan left in another teacher's tray. We found it and put it back in your own folder, where you can reach it.",
    ),
    (
        "military",
        "files",
        "It was like kit stowed in the wrong locker after an exercise. We found the locker and put the kit back in yours, ready for you.",
    ),
    (
        "law-enforcement",
        "files",
        "It was like a notebook handed in at the wrong desk at the end of a shift. We tracked it down and put it back on your desk.",
    ),
    (
        "writing",
        "files",
        "It was like a draft dropped in the wastepaper basket by mistake. We took it out before the basket was emptied, and put it back with your other drafts.",
    ),
    (
        "home",
        "files",
        "It was like putting the scissors back in a different kitchen drawer. We found the drawer and showed you, so you know where to look next time.",
    ),
    (
        "medicine",
        "files",
        "It was like patient notes filed in the wrong drawer of the cabinet. We found them and filed them back where you expect to see them.",
    ),
    (
        "finance",
        "files",
        "It was like a ledger sent to the shredding box by mistake, before anything was shredded. We took it back out and put it back on your desk.",
    ),
    (
        "executive",
        "files",
        "It was like a board paper that went into the wrong tray in the post room. We found it and put it back in your own folder.",
    ),
    (
        "home",
        "backups",
        "It was like keeping a spare house key with a neighbour you trust. We set up a second copy of your photos on your computer, so you have a spare too.",
    ),
    (
        "writing",
        "backups",
        "It was like keeping a copy of each manuscript in a second drawer. We set up your computer to keep that second copy for you.",
    ),
    (
        "finance",
        "backups",
        "It was like keeping a copy of your ledgers in a second vault. We set up a copy of your files in a second place, so you have a spare.",
    ),
    (
        "military",
        "backups",
        "It was like keeping spare kit at a second depot, away from the first. We set up a copy of your files in a second place, so you have a reserve.",
    ),
    (
        "home",
        "internet",
        "It was like the fuse box tripping, so the lights went out. We reset the switch on your router, so your internet is back on.",
    ),
    (
        "real-estate",
        "internet",
        "It was like a lockbox with a new code that your computer did not know. We gave it the new Wi-Fi code, so it can connect again.",
    ),
    (
        "law-enforcement",
        "internet",
        "It was like a radio tuned to an old channel, so it heard nothing. We tuned your computer back to the right Wi-Fi network, so it can reach the internet again.",
    ),
    (
        "executive",
        "internet",
        "It was like the phone line to head office dropping out. We reconnected the line, so your computer can reach the internet again.",
    ),
    (
        "law-enforcement",
        "security",
        "It was like a caller at the front desk wearing a fake badge. We dealt with the fake message, and showed you the signs to look for next time.",
    ),
    (
        "medicine",
        "security",
        "It was like a fake prescription that looks real at first glance. We dealt with the fake message, and showed you what to check next time.",
    ),
    (
        "finance",
        "security",
        "It was like a forged cheque that looks real until you check the details. We dealt with the fake message, and showed you the signs to look for next time.",
    ),
    (
        "home",
        "security",
        "It was like a stranger at the door pretending to be from the gas company. We sent them on their way, and showed you how to check who is knocking next time.",
    ),
    (
        "home",
        "performance",
        "It was like a kitchen cupboard so full that nothing else would fit. We cleared out old clutter, so your computer has room to work again.",
    ),
    (
        "teaching",
        "performance",
        "It was like a classroom stacked with old boxes, so there was no room to move. We cleared away the clutter, so your computer can move freely again.",
    ),
    (
        "law",
        "performance",
        "It was like a filing room so full that new papers had nowhere to go. We made space on the shelves, so your computer can work at a normal pace again.",
    ),
    (
        "executive",
        "performance",
        "It was like an assistant given too many tasks at once, so everything slowed down. We took some of the load off, so your computer can keep up again.",
    ),
    (
        "teaching",
        "video-calls",
        "It was like a class speaker wired to the room next door, so you heard nothing. We sent the sound back to your own speakers, so you can hear your calls again.",
    ),
    (
        "military",
        "video-calls",
        "It was like comms routed to the wrong headset, so you heard nothing. We switched the sound back to your headset, so you can hear your calls again.",
    ),
    (
        "writing",
        "video-calls",
        "It was like a reading at the library with the microphone still switched off. We turned on the right microphone, so people on your calls can hear you.",
    ),
    (
        "medicine",
        "video-calls",
        "It was like a call put through to the wrong consulting room, so you heard nothing. We sent the sound back to your own speakers, so you can hear your calls again.",
    ),
]


def forwards(apps, schema_editor):
    Analogy = apps.get_model("followups", "Analogy")
    FieldOfExpertise = apps.get_model("accounts", "FieldOfExpertise")
    Category = apps.get_model("tickets", "Category")
    fields = {field.slug: field for field in FieldOfExpertise.objects.all()}
    categories = {category.slug: category for category in Category.objects.all()}
    for field_slug, category_slug, text in ANALOGIES:
        field, category = fields.get(field_slug), categories.get(category_slug)
        if field is None or category is None:
            continue
        Analogy.objects.get_or_create(
            field_of_expertise=field, category=category, defaults={"text": text}
        )
    grant_permissions(
        apps,
        "Managers",
        [
            "followups.view_analogy",
            "followups.add_analogy",
            "followups.change_analogy",
            "followups.delete_analogy",
            "followups.view_followup",
            "followups.view_surveyresponse",
        ],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("followups", "0001_initial"),
        ("accounts", "0002_roles_and_fields"),
        ("tickets", "0002_categories_and_counter"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
