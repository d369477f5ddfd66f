"""Analogies carry their facts: the data outcomes each is true for and the kind of fix it
describes, so the closing explanation never tells a client something that contradicts what
happened. Shipped analogies get their facts, and the texts that claimed more than they should
(a new key where we reconnected a drive, a copy of the photos nobody made) are reworded, but
only where a manager has not already changed them.

The rows are copied here, not imported from followups/seed_data, so this migration does the
same thing however the seed data changes later.
"""

from django.db import migrations, models

# (field of expertise, category): (outcomes it is true for, kind of fix it describes)
FACTS = {
    ("real-estate", "network-drives"): (("safe", "not_involved"), "reconnected"),
    ("law", "network-drives"): (("safe", "not_involved"), "reconnected"),
    ("teaching", "network-drives"): (("safe", "not_involved"), "reconnected"),
    ("military", "network-drives"): (("safe", "not_involved"), "reconnected"),
    ("law-enforcement", "network-drives"): (("safe", "not_involved"), "reconnected"),
    ("writing", "network-drives"): (("safe", "not_involved"), "reconnected"),
    ("home", "network-drives"): (("safe", "not_involved"), "reconnected"),
    ("medicine", "network-drives"): (("safe", "not_involved"), "reconnected"),
    ("finance", "network-drives"): (("safe", "not_involved"), "reconnected"),
    ("executive", "network-drives"): (("safe", "not_involved"), "reconnected"),
    ("real-estate", "phones"): (("safe", "recovered"), "replaced"),
    ("law", "phones"): (("safe", "recovered"), "replaced"),
    ("teaching", "phones"): (("safe", "recovered"), "replaced"),
    ("military", "phones"): (("safe", "recovered"), "replaced"),
    ("law-enforcement", "phones"): (("safe", "recovered"), "replaced"),
    ("writing", "phones"): (("safe", "recovered"), "replaced"),
    ("home", "phones"): (("safe", "recovered"), "replaced"),
    ("medicine", "phones"): (("safe", "recovered"), "replaced"),
    ("finance", "phones"): (("safe", "recovered"), "replaced"),
    ("executive", "phones"): (("safe", "recovered"), "replaced"),
    ("real-estate", "passwords"): (("safe", "not_involved"), "access"),
    ("law", "passwords"): (("safe", "not_involved"), "access"),
    ("teaching", "passwords"): (("safe", "not_involved"), "access"),
    ("military", "passwords"): (("safe", "not_involved"), "access"),
    ("law-enforcement", "passwords"): (("safe", "not_involved"), "access"),
    ("writing", "passwords"): (("safe", "not_involved"), "access"),
    ("home", "passwords"): (("safe", "not_involved"), "access"),
    ("medicine", "passwords"): (("safe", "not_involved"), "access"),
    ("finance", "passwords"): (("safe", "not_involved"), "access"),
    ("executive", "passwords"): (("safe", "not_involved"), "access"),
    ("real-estate", "printers"): (("safe", "not_involved"), "settings"),
    ("law", "printers"): (("safe", "not_involved"), "cleared"),
    ("teaching", "printers"): (("safe", "not_involved"), "settings"),
    ("military", "printers"): (("safe", "not_involved"), "settings"),
    ("law-enforcement", "printers"): (("safe", "not_involved"), "cleared"),
    ("writing", "printers"): (("safe", "not_involved"), "cleared"),
    ("home", "printers"): (("safe", "not_involved"), "settings"),
    ("medicine", "printers"): (("safe", "not_involved"), "settings"),
    ("finance", "printers"): (("safe", "not_involved"), "cleared"),
    ("executive", "printers"): (("safe", "not_involved"), "cleared"),
    ("real-estate", "email"): (("safe", "not_involved"), "cleared"),
    ("law", "email"): (("safe", "recovered"), "settings"),
    ("teaching", "email"): (("safe", "recovered"), "settings"),
    ("military", "email"): (("safe", "not_involved"), "cleared"),
    ("law-enforcement", "email"): (("safe", "not_involved"), "cleared"),
    ("writing", "email"): (("safe", "recovered"), "settings"),
    ("home", "email"): (("safe", "not_involved"), "cleared"),
    ("medicine", "email"): (("safe", "recovered"), "settings"),
    ("finance", "email"): (("safe", "recovered"), "settings"),
    ("executive", "email"): (("safe", "recovered"), "settings"),
    ("real-estate", "files"): (("safe", "recovered"), "restored"),
    ("law", "files"): (("safe", "recovered"), "restored"),
    ("teaching", "files"): (("safe", "recovered"), "restored"),
    ("military", "files"): (("safe", "recovered"), "restored"),
    ("law-enforcement", "files"): (("safe", "recovered"), "restored"),
    ("writing", "files"): (("recovered",), "restored"),
    ("home", "files"): (("safe", "recovered"), "restored"),
    ("medicine", "files"): (("safe", "recovered"), "restored"),
    ("finance", "files"): (("recovered",), "restored"),
    ("executive", "files"): (("safe", "recovered"), "restored"),
    ("home", "backups"): (("safe", "recovered", "lost", "not_involved"), "protected"),
    ("writing", "backups"): (("safe", "recovered", "lost", "not_involved"), "protected"),
    ("finance", "backups"): (("safe", "recovered", "lost", "not_involved"), "protected"),
    ("military", "backups"): (("safe", "recovered", "lost", "not_involved"), "protected"),
    ("home", "internet"): (("safe", "not_involved"), "reconnected"),
    ("real-estate", "internet"): (("safe", "not_involved"), "reconnected"),
    ("law-enforcement", "internet"): (("safe", "not_involved"), "reconnected"),
    ("executive", "internet"): (("safe", "not_involved"), "reconnected"),
    ("law-enforcement", "security"): (("safe", "not_involved"), "protected"),
    ("medicine", "security"): (("safe", "not_involved"), "protected"),
    ("finance", "security"): (("safe", "not_involved"), "protected"),
    ("home", "security"): (("safe", "not_involved"), "protected"),
    ("home", "performance"): (("safe", "not_involved"), "cleared"),
    ("teaching", "performance"): (("safe", "not_involved"), "cleared"),
    ("law", "performance"): (("safe", "not_involved"), "cleared"),
    ("executive", "performance"): (("safe", "not_involved"), "cleared"),
    ("teaching", "video-calls"): (("safe", "not_involved"), "settings"),
    ("military", "video-calls"): (("safe", "not_involved"), "settings"),
    ("writing", "video-calls"): (("safe", "not_involved"), "settings"),
    ("medicine", "video-calls"): (("safe", "not_involved"), "settings"),
}
# (field of expertise, category): (text as shipped in 0002, text now)
REWORDED = {
    ("real-estate", "network-drives"): (
        "It was like a lockbox whose key went missing, so you could not get in. We gave your computer a new key, so you can walk straight in again.",
        "It was like the sign to a listing falling down, so you could not find the way in. We put the sign back up, so your computer can walk straight in again.",
    ),
    ("law-enforcement", "network-drives"): (
        "It was like losing the key to the evidence locker down the hall. We gave your computer a fresh key, so you can open the locker again.",
        "It was like the route card to the evidence store going missing. We wrote the route out again, so your computer knows the way there.",
    ),
    ("finance", "network-drives"): (
        "It was like a pass to the vault that stopped working at the door. We gave your computer a new pass, so you can reach the vault again.",
        "It was like losing the directions to the vault, so you could not reach it. We wrote the directions again, so your computer can reach the vault as before.",
    ),
    ("real-estate", "phones"): (
        "It was like a key pushed only halfway into a lock, so the door would not open. We pushed the phone's memory card firmly back in, and made a copy of your photos on your computer.",
        "It was like a key pushed only halfway into a lock, so the door would not open. We pushed the phone's memory card firmly back in.",
    ),
    ("law", "phones"): (
        "It was like a file drawer that slid off its runners, so it would not open. We set the phone's memory card back in its slot, and made a copy on your computer too.",
        "It was like a file drawer that slid off its runners, so it would not open. We set the phone's memory card back in its slot.",
    ),
    ("teaching", "phones"): (
        "It was like a register that fell behind the desk, so no one could see it. We put the phone's memory card back in place, and made a spare copy on your computer.",
        "It was like a register that fell behind the desk, so no one could see it. We put the phone's memory card back in place.",
    ),
    ("military", "phones"): (
        "It was like a pouch on your kit that came unclipped, so you could not reach it. We clipped the phone's memory card firmly back in, and made a copy of your photos on your computer.",
        "It was like a pouch on your kit that came unclipped, so you could not reach it. We clipped the phone's memory card firmly back in.",
    ),
    ("law-enforcement", "phones"): (
        "It was like a radio with its battery not quite clicked in: it looked fine but stayed silent. We seated the phone's memory card firmly, and made a copy on your computer too.",
        "It was like a radio with its battery not quite clicked in: it looked fine but stayed silent. We seated the phone's memory card firmly.",
    ),
    ("writing", "phones"): (
        "It was like a manuscript page that slipped down behind the desk, out of sight. We put the phone's memory card back in place, and made a copy of your photos on your computer.",
        "It was like a manuscript page that slipped down behind the desk, out of sight. We put the phone's memory card back in place.",
    ),
    ("home", "phones"): (
        "It was like a plug that worked loose from the wall, so the lamp stayed dark. We pushed the phone's memory card back in, and made a copy of your photos on your computer.",
        "It was like a plug that worked loose from the wall, so the lamp stayed dark. We pushed the phone's memory card back in.",
    ),
    ("medicine", "phones"): (
        "It was like a loose lead on a heart monitor: the reading vanished until it was clipped back on. We put the phone's memory card firmly back, and made a copy on your computer.",
        "It was like a loose lead on a heart monitor: the reading vanished until it was clipped back on. We put the phone's memory card firmly back.",
    ),
    ("finance", "phones"): (
        "It was like a ledger page that slipped out of its binder, so it did not show. We clicked the phone's memory card back into place, and made a copy on your computer too.",
        "It was like a ledger page that slipped out of its binder, so it did not show. We clicked the phone's memory card back into place.",
    ),
    ("executive", "phones"): (
        "It was like a diary page that came loose from its binding and fell out of view. We put the phone's memory card firmly back, and made a copy of your photos on your computer.",
        "It was like a diary page that came loose from its binding and fell out of view. We put the phone's memory card firmly back.",
    ),
}


def forwards(apps, schema_editor):
    Analogy = apps.get_model("followups", "Analogy")
    rows = Analogy.objects.select_related("field_of_expertise", "category")
    for analogy in rows:
        key = (analogy.field_of_expertise.slug, analogy.category.slug)
        if key in REWORDED and analogy.text == REWORDED[key][0]:
            analogy.text = REWORDED[key][1]
        if key in FACTS:
            outcomes, fix = FACTS[key]
            analogy.fits_safe = "safe" in outcomes
            analogy.fits_recovered = "recovered" in outcomes
            analogy.fits_lost = "lost" in outcomes
            analogy.fits_not_involved = "not_involved" in outcomes
            analogy.fix_kind = fix
        else:
            # A manager's own analogy: true for the outcomes where data was never lost, until
            # they say otherwise.
            analogy.fits_safe = analogy.fits_not_involved = True
        analogy.save()


FIX_KINDS = [
    ("any", "Any fix (it says nothing about what we did)"),
    ("restored", "Put back something missing (a file, a folder, messages)"),
    ("reconnected", "Connected something again (a drive, Wi-Fi, a line)"),
    ("access", "Gave a new key: a password, a code, an unlocked account"),
    ("replaced", "Replaced or refitted a part (a card, a cable, a battery)"),
    ("settings", "Changed a setting or rule (an address, a sound output, a filter)"),
    ("cleared", "Cleared a blockage or made space (a queue, a full mailbox, clutter)"),
    ("protected", "Made a spare copy or stopped a threat (a backup, a scam)"),
]


class Migration(migrations.Migration):
    dependencies = [("followups", "0002_analogies_and_permissions")]

    operations = [
        migrations.AddField(
            model_name="analogy",
            name="fits_safe",
            field=models.BooleanField(
                default=False, help_text="True when nothing was lost.", verbose_name="data safe"
            ),
        ),
        migrations.AddField(
            model_name="analogy",
            name="fits_recovered",
            field=models.BooleanField(
                default=False,
                help_text="True when data was at risk and we got it back.",
                verbose_name="data recovered",
            ),
        ),
        migrations.AddField(
            model_name="analogy",
            name="fits_lost",
            field=models.BooleanField(
                default=False,
                help_text="True when some data could not be saved.",
                verbose_name="data lost",
            ),
        ),
        migrations.AddField(
            model_name="analogy",
            name="fits_not_involved",
            field=models.BooleanField(
                default=False,
                help_text="True when the problem never touched data.",
                verbose_name="data not involved",
            ),
        ),
        migrations.AddField(
            model_name="analogy",
            name="fix_kind",
            field=models.CharField(
                choices=FIX_KINDS,
                default="any",
                help_text="What the analogy says we did. Choose “any” only if it says nothing about it.",
                max_length=12,
                verbose_name="kind of fix it describes",
            ),
        ),
        migrations.AddConstraint(
            model_name="analogy",
            constraint=models.CheckConstraint(
                condition=models.Q(fix_kind__in=[value for value, _ in FIX_KINDS]),
                name="analogy_fix_kind_valid",
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
