"""Demo tickets: realistic conversations in every state, for the seed_demo command."""

from __future__ import annotations

STORIES: list[dict[str, object]] = [
    {
        "client": "client@demo.test",
        "subject": "My S: drive has vanished",
        "category": "network-drives",
        "priority": "high",
        "status": "closed",
        "assignee": "tech@demo.test",
        "channel": "phone",
        "days_ago": 41.5,
        "impact": "cant_work",
        "data_worry": "yes",
        "needed_by_hours": 6,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: I turned the computer on this morning and the S: drive isn't "
                    "there any more. All our property listings live on it and I think they've been "
                    "wiped. I have a viewing at two and I need the brochure for it. I'm really "
                    "panicking, please help."
                ),
            },
            {
                "kind": "note",
                "at": 0.3,
                "body": (
                    "S: missing from Explorer on Maria's PC after last night's updates. File "
                    "server up, share reachable from here, her credentials fine. Mapping dropped "
                    "on reboot (non-persistent). Re-mapping remotely and setting it to reconnect "
                    "at sign-in."
                ),
            },
            {
                "kind": "reply",
                "at": 0.5,
                "body": (
                    "Maria, your listings are safe: they are still on the office server and "
                    "nothing has been deleted. Your computer has just lost its shortcut to them "
                    "after last night's updates. I'm connecting to your computer now to put the S: "
                    "drive back, and I'll ring you in ten minutes."
                ),
            },
            {
                "kind": "client",
                "at": 0.9,
                "body": (
                    "Caller says: it's back! Everything is there. Thank you so much, I honestly "
                    "thought I'd lost years of work."
                ),
            },
            {
                "kind": "reply",
                "at": 1.0,
                "body": (
                    "Lovely, I'm glad it's back in time for your viewing. If the S: drive ever "
                    "disappears again, the guide I've attached shows the steps, and you can always "
                    "ring us. I'll close this in a day or two if all is well."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "After last night's updates, your computer forgot its shortcut to the shared "
                "office folder (the S: drive). The listings themselves were never touched: they "
                "stayed safe on the office server the whole time."
            ),
            "actions": (
                "I connected to your computer, put the S: drive shortcut back, and checked that "
                "your listings and brochures opened."
            ),
            "data_safety": "safe",
            "prevention": (
                "I set the S: drive to come back by itself each time you sign in. If it ever goes "
                "missing again, restart the computer first; if it is still missing, follow the "
                "guide or give us a ring."
            ),
            "guide": "reconnect-shared-drive",
        },
        "survey": {
            "satisfaction": 5,
            "made_sense": "yes",
            "comment": (
                "Sam was so calm with me. I thought I'd lost everything and he explained it was "
                "just a missing shortcut."
            ),
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "james@demo.test",
        "subject": "All the photos on my phone have gone",
        "category": "phones",
        "priority": "high",
        "status": "closed",
        "assignee": "tech@demo.test",
        "channel": "phone",
        "days_ago": 66.9,
        "impact": "slows_me",
        "data_worry": "yes",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: every photo on my phone has disappeared. The gallery just says "
                    "there's nothing there. Those are the only pictures of my late wife's last "
                    "birthday and our grandson's christening. I dropped the phone on the kitchen "
                    "floor yesterday and I'm afraid I've broken it for good."
                ),
            },
            {
                "kind": "note",
                "at": 0.4,
                "body": (
                    "Android, photos stored on the SD card. After the drop the card has probably "
                    "unseated, gallery only shows internal storage. Talked him through opening the "
                    "card tray: card half out. Re-seated, photos back. Next: copy to his laptop."
                ),
            },
            {
                "kind": "reply",
                "at": 0.5,
                "body": (
                    "James, the good news first: your photos are very likely still safe on the "
                    "phone's little memory card. When the phone was dropped, the card seems to "
                    "have slipped out of place, so the phone can't see it. I'll stay on the line "
                    "with you while we push it gently back in."
                ),
            },
            {
                "kind": "client",
                "at": 0.8,
                "body": (
                    "Caller says: they're all back. I'm not ashamed to say I had a lump in my "
                    "throat. Can we make sure this can't happen again?"
                ),
            },
            {
                "kind": "reply",
                "at": 1.2,
                "body": (
                    "I'm so glad. Every photo is there, and we've now also copied them all onto "
                    "your laptop, into a folder called 'Phone photos', so you have two copies. The "
                    "guide I've attached shows how to check the card and how to copy new photos "
                    "across each month."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "When the phone fell, its small memory card (where your photos are kept) slid "
                "partly out of its slot, so the phone could not see the photos. They were never "
                "deleted."
            ),
            "actions": (
                "We opened the card tray together, pushed the card back in firmly, checked that "
                "every photo came back, and copied all of them to your laptop."
            ),
            "data_safety": "recovered",
            "prevention": (
                "Copy new photos to your laptop once a month, as the guide shows, so there are "
                "always two copies. A phone case that covers the card tray also helps if it is "
                "dropped again."
            ),
            "guide": "phone-photos-memory-card",
        },
        "survey": {
            "satisfaction": 5,
            "made_sense": "yes",
            "comment": (
                "Patient and kind. Talked me through it step by step without making me feel a fool."
            ),
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client@demo.test",
        "subject": "Listing photos won't attach to my email",
        "category": "email",
        "priority": "normal",
        "status": "new",
        "assignee": None,
        "channel": "portal",
        "days_ago": 0.4,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Hello, I'm trying to send the photos of the Beech Road house to the sellers "
                    "but the email won't send. It says something about the size. The photos are "
                    "fine on my computer, nothing is lost, I just can't get them to go. Is there "
                    "another way?"
                ),
            },
            {
                "kind": "client",
                "at": 2.5,
                "body": (
                    "I've tried sending them one at a time but it's taking all afternoon. Sorry to "
                    "be a pain."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client@demo.test",
        "subject": "Internet keeps cutting out in the office",
        "category": "internet",
        "priority": "high",
        "status": "open",
        "assignee": "alex@demo.test",
        "channel": "phone",
        "days_ago": 3.3,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: the internet in the office keeps cutting out, maybe five or six "
                    "times a day, for a few minutes each time. It's not stopping me completely, "
                    "but it has happened in the middle of sending offers twice now. The others in "
                    "the office have the same problem."
                ),
            },
            {
                "kind": "note",
                "at": 0.5,
                "body": (
                    "Three users affected, all on the same access point. Router log shows the WAN "
                    "link dropping and re-syncing around 10:00, 13:40 and 15:10. Fault raised with "
                    "the ISP, awaiting reference."
                ),
            },
            {
                "kind": "reply",
                "at": 0.7,
                "body": (
                    "Thanks Maria. It isn't anything on your computer: the line coming into the "
                    "office drops out now and then, which is why everyone is affected. I've "
                    "reported it to your internet provider and I'll keep chasing them. If an offer "
                    "fails to send, just try again once the internet is back; nothing gets lost."
                ),
            },
            {
                "kind": "client",
                "at": 26,
                "body": (
                    "Caller says: it went again this morning in the middle of a call with a buyer. "
                    "Any news from them?"
                ),
            },
            {
                "kind": "reply",
                "at": 27,
                "body": (
                    "Not yet, I'm afraid. They've promised an engineer visit on Thursday morning. "
                    "I'll ring you on Wednesday afternoon to confirm the time."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client@demo.test",
        "subject": "The listings website wants a code I don't have",
        "category": "passwords",
        "priority": "high",
        "status": "waiting",
        "assignee": "jordan@demo.test",
        "channel": "phone",
        "days_ago": 8.6,
        "impact": "cant_work",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: the property listings website now asks for a code every time I "
                    "sign in, and I don't know where the code is meant to come from. I can't put "
                    "the new listings up until I get in. Was it something I did? I clicked 'yes' "
                    "on a message last week without reading it."
                ),
            },
            {
                "kind": "reply",
                "at": 0.8,
                "body": (
                    "The site has enabled 2FA on your account. You need to install a TOTP "
                    "authenticator app and scan the QR code, or fall back to SMS OTP in the "
                    "security settings."
                ),
            },
            {
                "kind": "client",
                "at": 3,
                "body": (
                    "Caller says: I'm sorry, I don't understand most of that. What's a TOTP? Is "
                    "this something I've broken?"
                ),
            },
            {
                "kind": "reply",
                "at": 3.5,
                "body": (
                    "Sorry Maria, that was far too technical. You haven't broken anything. The "
                    "website now sends a short number, a 'code', to your phone each time you sign "
                    "in, to make sure it's really you. I can set that up with you over the phone "
                    "in five minutes. Which mobile number should the codes go to: your work phone "
                    "or your personal one?"
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client@demo.test",
        "subject": "Printer says offline and I need the viewing packs for 3",
        "category": "printers",
        "priority": "urgent",
        "status": "resolved",
        "assignee": "tech@demo.test",
        "channel": "phone",
        "days_ago": 5.8,
        "impact": "cant_work",
        "data_worry": "no",
        "needed_by_hours": 3,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: the printer says it's offline and I need to print the viewing "
                    "packs for a 3 o'clock viewing. It's half past twelve. It has paper and the "
                    "lights are on. Please can someone look now?"
                ),
            },
            {
                "kind": "reply",
                "at": 0.2,
                "body": (
                    "Maria, I'm on it now. Your documents are fine; it's only the link between "
                    "your computer and the printer. Could you switch the printer off at its "
                    "button, count to ten, and switch it back on while I look from here?"
                ),
            },
            {
                "kind": "client",
                "at": 0.5,
                "body": (
                    "Caller says: done, it's making noises... and it's printing! Thank you, I'll "
                    "make the viewing."
                ),
            },
            {
                "kind": "note",
                "at": 0.6,
                "body": (
                    "Printer picked up a new DHCP address after Monday's power cut; Maria's queue "
                    "still pointed at the old IP. Moved her port to the new address and added a "
                    "reservation on the router."
                ),
            },
            {
                "kind": "reply",
                "at": 0.8,
                "body": (
                    "Brilliant, good luck with the viewing. I've also changed a setting so the "
                    "printer keeps the same 'address' on the office network, which should stop "
                    "this happening after a power cut. I'll mark this as fixed; just reply if it "
                    "says offline again."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "After the power cut, the printer came back with a new address on the office "
                "network, and your computer was still looking for it at the old one, so it said "
                "'offline'."
            ),
            "actions": (
                "Restarted the printer and pointed your computer at its new address. Then set the "
                "printer to keep the same address from now on."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "If it says offline again, switch the printer off and on, then follow the guide. "
                "Ring us if that doesn't fix it."
            ),
            "guide": "printer-offline",
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client@demo.test",
        "subject": "I think I deleted the contracts folder",
        "category": "files",
        "priority": "high",
        "status": "closed",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 64.6,
        "impact": "cant_work",
        "data_worry": "yes",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I was tidying my desktop and I think I pressed something stupid. The folder "
                    "with all this month's signed contracts has gone. I've looked everywhere. I'm "
                    "so sorry, I'm useless with this. Can it be brought back?"
                ),
            },
            {
                "kind": "reply",
                "at": 1.1,
                "body": (
                    "Please don't worry, Maria, this happens to everyone and it's usually easy to "
                    "undo. When you delete something on your computer it goes into the Recycle Bin "
                    "first, a bit like a waste-paper basket, and stays there until it's emptied. "
                    "I'll look there with you now. Is it all right if I connect to your computer?"
                ),
            },
            {
                "kind": "client",
                "at": 1.3,
                "body": "Yes please, go ahead.",
            },
            {
                "kind": "note",
                "at": 1.6,
                "body": (
                    "Folder 'Contracts March' found in Recycle Bin, 14 PDFs. Restored to desktop "
                    "and copied to the Contracts folder on S: so it's in the nightly backup."
                ),
            },
            {
                "kind": "reply",
                "at": 1.8,
                "body": (
                    "Good news: the folder was in the Recycle Bin, and all 14 contracts are back "
                    "on your desktop exactly as they were. I've also put a copy on the S: drive, "
                    "so they're safe on the office server too."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "The folder was moved to the Recycle Bin while you were tidying your desktop. "
                "Nothing was lost: it was waiting in the bin."
            ),
            "actions": (
                "Put the folder back on your desktop from the Recycle Bin and made a second copy "
                "on the S: drive."
            ),
            "data_safety": "recovered",
            "prevention": (
                "Keep contracts on the S: drive rather than the desktop, so they are copied every "
                "night. The guide shows how to look in the Recycle Bin yourself."
            ),
            "guide": "recover-deleted-file",
        },
        "survey": {
            "satisfaction": 4,
            "made_sense": "yes",
            "comment": ("Very reassuring. I'd like a short lesson on where to save things."),
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client@demo.test",
        "subject": "Work emails not showing on my phone",
        "category": "phones",
        "priority": "normal",
        "status": "closed",
        "assignee": "jordan@demo.test",
        "channel": "phone",
        "days_ago": 29.6,
        "impact": "slows_me",
        "data_worry": "not_sure",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: my work emails stopped coming through on my phone yesterday. "
                    "They're fine on the computer. I'm out at viewings all day and I'm missing "
                    "messages from buyers. Have I lost the ones that didn't come through?"
                ),
            },
            {
                "kind": "reply",
                "at": 2.0,
                "body": "Just remove the account and add it again.",
            },
            {
                "kind": "client",
                "at": 20,
                "body": (
                    "I tried to do that and now the email app is completely empty. Have I deleted "
                    "everything?? Please ring me."
                ),
            },
            {
                "kind": "note",
                "at": 20.5,
                "body": (
                    "She removed the account; re-adding failed because her password was changed on "
                    "the server last week and the phone had the old one cached. Modern auth prompt "
                    "never appeared. Will walk her through on the phone."
                ),
            },
            {
                "kind": "reply",
                "at": 21,
                "body": (
                    "Sorry Maria, I should have explained properly. Nothing has been deleted: all "
                    "your emails are still safe on the email server and on your computer. The "
                    "phone just needs your new password. I'll ring you in five minutes and we'll "
                    "put it back together."
                ),
            },
            {
                "kind": "client",
                "at": 22.5,
                "body": ("Caller says: it's all back on my phone now. Thank you."),
            },
        ],
        "resolution": {
            "cause": (
                "Your email password was changed last week, but your phone was still trying the "
                "old one, so it stopped collecting new emails. Removing the account made the app "
                "look empty, but your emails were always safe on the server."
            ),
            "actions": (
                "Added your work email back to the phone with the new password, and checked that "
                "old and new emails appeared."
            ),
            "data_safety": "safe",
            "prevention": (
                "When you change your email password, your phone will ask for the new one. If it "
                "doesn't, ring us and we'll do it together."
            ),
            "guide": None,
        },
        "survey": {
            "satisfaction": 3,
            "made_sense": "partly",
            "comment": (
                "The first answer was one line and I didn't know what it meant, so I made it "
                "worse. The phone call sorted it."
            ),
        },
        "reopened": True,
        "came_back_days": None,
    },
    {
        "client": "client@demo.test",
        "subject": "Computer takes ages to start in the morning",
        "category": "performance",
        "priority": "low",
        "status": "closed",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 74.2,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Good morning. My computer takes nearly 15 minutes to get going each morning. "
                    "It's not urgent, but it does eat into my day. Nothing is broken as far as I "
                    "know."
                ),
            },
            {
                "kind": "reply",
                "at": 3,
                "body": (
                    "Hi Maria, I've had a look remotely. You had 23 startup items and the SSD is "
                    "at 96% capacity, so I've disabled the non-essential startup entries, cleared "
                    "%TEMP% and run a disk cleanup. Should be better after a reboot."
                ),
            },
            {
                "kind": "client",
                "at": 24,
                "body": (
                    "Thank you. I'm not sure what most of that means, but it started in about two "
                    "minutes this morning!"
                ),
            },
            {
                "kind": "reply",
                "at": 25,
                "body": (
                    "Sorry, that was a lot of jargon. In plain words: lots of programs were "
                    "starting by themselves every morning, and the computer was nearly full. I "
                    "turned off the ones you don't need and cleared out temporary files. None of "
                    "your own documents were touched."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "Lots of programs were set to start by themselves every morning, and the computer "
                "was almost full, so it was slow to get going."
            ),
            "actions": (
                "Stopped the programs you don't need from starting by themselves and cleared out "
                "temporary files. Your own documents were not touched."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "Restart the computer once a week rather than leaving it asleep, and tell us if it "
                "says it's nearly full."
            ),
            "guide": "computer-slow",
        },
        "survey": None,
        "reopened": False,
        "came_back_days": 12,
    },
    {
        "client": "client@demo.test",
        "subject": "My viewings have disappeared from my calendar",
        "category": "calendars",
        "priority": "high",
        "status": "resolved",
        "assignee": "tech@demo.test",
        "channel": "phone",
        "days_ago": 12.1,
        "impact": "slows_me",
        "data_worry": "yes",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: all my viewings for next week have disappeared from my calendar. "
                    "I had eleven booked. I don't know who I'm meeting or where. My whole week is "
                    "in there!"
                ),
            },
            {
                "kind": "reply",
                "at": 0.3,
                "body": (
                    "Maria, your viewings are still there: I can see all eleven from here, and "
                    "nothing has been deleted. Your calendar is just showing a different calendar "
                    "at the moment. I'll ring you now and we'll switch it back."
                ),
            },
            {
                "kind": "note",
                "at": 0.6,
                "body": (
                    "Her own calendar unticked in the left pane, bank holidays calendar ticked "
                    "instead. Re-ticked over the phone."
                ),
            },
            {
                "kind": "reply",
                "at": 0.8,
                "body": (
                    "All sorted: your viewings are showing again. On the left of the calendar "
                    "there's a list of tick-boxes, one for each calendar, and yours had been "
                    "unticked, which only takes one click. Keep yours ticked and your appointments "
                    "will always show."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "Your own calendar had been unticked in the list on the left, so it was hidden. "
                "The viewings were never deleted."
            ),
            "actions": (
                "Ticked your calendar again with you over the phone, and checked that all eleven "
                "viewings were back."
            ),
            "data_safety": "safe",
            "prevention": (
                "If your appointments ever vanish, look at the tick-boxes on the left of the "
                "calendar first."
            ),
            "guide": None,
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client2@demo.test",
        "subject": "Scanner not working before parents' evening",
        "category": "printers",
        "priority": "normal",
        "status": "new",
        "assignee": None,
        "channel": "portal",
        "days_ago": 1.2,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": 30,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Hi, the scanner on the staffroom copier has stopped sending scans to my "
                    "email. It goes through the motions but nothing arrives. Could it be working "
                    "again before parents' evening tomorrow at 4? I need to scan the children's "
                    "reading records to share. Thanks."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client2@demo.test",
        "subject": "'Access denied' on the reports folder",
        "category": "network-drives",
        "priority": "high",
        "status": "open",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 7.8,
        "impact": "cant_work",
        "data_worry": "not_sure",
        "needed_by_hours": 72,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Since this morning I get 'Access denied' when I open the Reports folder on "
                    "the shared drive. I need to finish my end-of-term reports by Friday. I hope "
                    "they're still there and I haven't been locked out for something I did? Other "
                    "folders open fine."
                ),
            },
            {
                "kind": "reply",
                "at": 1.5,
                "body": (
                    "As I told the staff last term, you simply need to sign out and back in after "
                    "a password change. It's all in the welcome pack."
                ),
            },
            {
                "kind": "client",
                "at": 4,
                "body": (
                    "I haven't changed my password, and I did sign out and back in. Still 'Access "
                    "denied'. Could someone actually look please? Reports are due Friday."
                ),
            },
            {
                "kind": "note",
                "at": 5,
                "body": (
                    "Daniel dropped out of the Teaching Staff security group in last night's term "
                    "roll-over script. Asked the school admin to re-add him; we can't change "
                    "groups on their domain ourselves."
                ),
            },
            {
                "kind": "reply",
                "at": 5.5,
                "body": (
                    "You're right, sorry. It isn't your password: last night's changes on the "
                    "school's system took you off the list of staff allowed into that folder. Your "
                    "reports are all still there, untouched. I've asked the school office to add "
                    "you back and I'll chase them first thing tomorrow."
                ),
            },
            {
                "kind": "client",
                "at": 6,
                "body": ("Thanks, that's a relief. Fingers crossed for tomorrow."),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client2@demo.test",
        "subject": "Can't find the risk assessment I saved yesterday",
        "category": "files",
        "priority": "normal",
        "status": "waiting",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 13.9,
        "impact": "slows_me",
        "data_worry": "yes",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I wrote up the Year 4 trip risk assessment yesterday and I definitely saved "
                    "it, but I can't find it anywhere today. I might have saved it somewhere odd. "
                    "Not a disaster, but it took me two hours!"
                ),
            },
            {
                "kind": "reply",
                "at": 2.5,
                "body": (
                    "Hi Daniel, don't worry: a saved document almost never disappears, it's "
                    "usually just in an unexpected folder. I've attached a short guide on "
                    "searching for it. To help me look too: do you remember roughly what you "
                    "called it, and was it on the school laptop or your classroom computer?"
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client2@demo.test",
        "subject": "Deleted the spelling lists by accident",
        "category": "files",
        "priority": "normal",
        "status": "resolved",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 9.2,
        "impact": "slows_me",
        "data_worry": "yes",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I've done something silly. I deleted what I thought was an old copy of the "
                    "Year 4 spelling lists from the shared drive, and it turns out it was the only "
                    "copy. Is there any way to get it back? It's a whole term's worth of lists."
                ),
            },
            {
                "kind": "reply",
                "at": 1.2,
                "body": (
                    "Not silly at all, it's an easy mistake. The shared drive keeps a copy of its "
                    "files every evening, so we should be able to bring it back. I'll have a look "
                    "this afternoon."
                ),
            },
            {
                "kind": "note",
                "at": 3.0,
                "body": (
                    "Restored 'Y4 Spelling Lists.xlsx' from last night's shadow copy (Previous "
                    "Versions) to its original folder. Checked it opens."
                ),
            },
            {
                "kind": "reply",
                "at": 3.2,
                "body": (
                    "Good news, Daniel: the spelling lists are back where they were, as they stood "
                    "at 6pm yesterday. Anything changed today would need redoing, but from what "
                    "you said you hadn't touched it. The attached guide shows how to get earlier "
                    "copies back yourself next time."
                ),
            },
            {
                "kind": "client",
                "at": 4,
                "body": "That's exactly it. Thank you!",
            },
        ],
        "resolution": {
            "cause": (
                "The file was deleted from the shared drive. The shared drive keeps a copy of "
                "everything each evening, so last night's copy was still there."
            ),
            "actions": (
                "Restored the spelling lists from last night's copy to the same folder and checked "
                "they open."
            ),
            "data_safety": "recovered",
            "prevention": (
                "If you delete something on the shared drive by mistake, right-click the folder "
                "and choose 'Restore previous versions', as the guide shows."
            ),
            "guide": "recover-deleted-file",
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client2@demo.test",
        "subject": "Newsletter to parents keeps bouncing back",
        "category": "email",
        "priority": "normal",
        "status": "closed",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 25.3,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I'm trying to email the class newsletter to parents, but it comes back with "
                    "an error about the message size. It's got a few photos of the class assembly "
                    "in it. Any ideas? No rush, Friday is fine."
                ),
            },
            {
                "kind": "reply",
                "at": 4,
                "body": (
                    "Hi Daniel, the newsletter is just too big for email: school email can send up "
                    "to 20 MB, and the photos make it about 45 MB. The simplest fix is to save it "
                    "as a PDF with 'Minimum size' ticked, which shrinks the photos. I've attached "
                    "a guide with the steps."
                ),
            },
            {
                "kind": "client",
                "at": 20,
                "body": ("That worked, it's 6 MB now and went straight out. Thanks!"),
            },
        ],
        "resolution": {
            "cause": (
                "The newsletter was bigger than school email allows, because of the photos in it."
            ),
            "actions": ("Showed you how to save it as a smaller PDF so that it fits."),
            "data_safety": "not_involved",
            "prevention": (
                "Save newsletters with photos as a 'Minimum size' PDF before sending; the guide "
                "has the steps."
            ),
            "guide": "email-attachment-too-big",
        },
        "survey": {
            "satisfaction": 5,
            "made_sense": "yes",
            "comment": "Quick and clear. The guide was handy.",
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client2@demo.test",
        "subject": "Locked out after half term",
        "category": "passwords",
        "priority": "high",
        "status": "closed",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 57.4,
        "impact": "cant_work",
        "data_worry": "no",
        "needed_by_hours": 1,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Hi, I've come back after half term and I can't remember my password. I've "
                    "tried a few times and now it says my account is locked. I'm teaching in 20 "
                    "minutes and my lesson slides are on the computer. Help!"
                ),
            },
            {
                "kind": "reply",
                "at": 0.2,
                "body": "Unlocked. Reset it via the self-service page.",
            },
            {
                "kind": "client",
                "at": 0.4,
                "body": "Which page? Sorry, I don't know where that is.",
            },
            {
                "kind": "reply",
                "at": 0.5,
                "body": (
                    "No problem. Go to the school sign-in page and click 'Forgot password'; it "
                    "will text a code to your phone. The guide I've attached shows each screen. "
                    "Your slides and files are all still there."
                ),
            },
            {
                "kind": "client",
                "at": 0.8,
                "body": "Got in, just in time. Thanks.",
            },
        ],
        "resolution": {
            "cause": (
                "Too many wrong password attempts locked your account, which is a safety feature."
            ),
            "actions": ("Unlocked your account and showed you how to set a new password yourself."),
            "data_safety": "not_involved",
            "prevention": (
                "Use the 'Forgot password' link on the sign-in page whenever you need a new one; "
                "the guide shows how."
            ),
            "guide": "reset-forgotten-password",
        },
        "survey": {
            "satisfaction": 4,
            "made_sense": "yes",
            "comment": (
                "Got me in on time, though the first reply assumed I knew where the page was."
            ),
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client2@demo.test",
        "subject": "Copy the class tablet photos before it's reset",
        "category": "backups",
        "priority": "low",
        "status": "open",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 31.0,
        "impact": "annoyance",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Out of interest, before the class tablet gets reset over the summer, could we "
                    "copy this year's trip photos onto the shared drive? There's no hurry at all, "
                    "whenever suits you. Nothing's wrong with it."
                ),
            },
            {
                "kind": "reply",
                "at": 6,
                "body": (
                    "Hi Daniel, happy to. There are about 1,400 photos, so the easiest way is to "
                    "plug the tablet into a school computer and copy them across. I'll pop in on "
                    "Thursday when I'm at Northfield."
                ),
            },
            {
                "kind": "note",
                "at": 150,
                "body": (
                    "Went in Thursday: tablet battery flat and its cable missing from the class "
                    "drawer. Ordered a replacement cable, back next week."
                ),
            },
            {
                "kind": "reply",
                "at": 152,
                "body": (
                    "I came by, but the tablet's battery was flat and its charging cable seems to "
                    "have gone walkabout. I've ordered a new one and will finish the copy next "
                    "week. The photos are fine in the meantime."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "client2@demo.test",
        "subject": "Email asking me to confirm my payroll details",
        "category": "security",
        "priority": "high",
        "status": "closed",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 49.8,
        "impact": "annoyance",
        "data_worry": "not_sure",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I got an email that says it's from the county payroll team, asking me to "
                    "confirm my bank details by tomorrow or I won't be paid. It looks a bit odd. I "
                    "haven't clicked anything. Is it real?"
                ),
            },
            {
                "kind": "reply",
                "at": 0.6,
                "body": (
                    "Good instinct, Daniel, and thank you for checking first. It's a fake: the "
                    "sender's address is a look-alike, and payroll would never ask for bank "
                    "details by email. As you didn't click anything, your account and your pay are "
                    "safe. Please delete it; I've also blocked the sender for the whole school."
                ),
            },
            {
                "kind": "note",
                "at": 0.8,
                "body": (
                    "Same phish hit 6 mailboxes at Northfield. Purged from all, sender domain "
                    "blocked at the mail filter. Nobody clicked per the link logs."
                ),
            },
            {
                "kind": "client",
                "at": 2,
                "body": "Deleted. Glad I asked!",
            },
        ],
        "resolution": {
            "cause": (
                "It was a fake email pretending to be from payroll, trying to get bank details."
            ),
            "actions": (
                "Confirmed it was fake, removed it from every mailbox at the school and blocked "
                "the sender."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "Be wary of emails that rush you or ask for bank details. The guide shows what to "
                "look for, and you can always forward anything odd to us."
            ),
            "guide": "spot-phishing-email",
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "harriet@demo.test",
        "subject": "I cannot open the document the court sent",
        "category": "software",
        "priority": "urgent",
        "status": "open",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 0.5,
        "impact": "cant_work",
        "data_worry": "no",
        "needed_by_hours": 18,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Dear Sir or Madam, the court has emailed me the bundle for tomorrow morning's "
                    "hearing and it will not open. A box appears saying the file is damaged. I do "
                    "not know what I have done wrong. I must read it tonight. Please help me as "
                    "soon as you can."
                ),
            },
            {
                "kind": "reply",
                "at": 0.6,
                "body": (
                    "Dear Harriet, you haven't done anything wrong, and the bundle itself is very "
                    "likely fine. The program that opens these documents on your computer is out "
                    "of date, and I can update it from here. Are you at your desk for the next "
                    "half hour?"
                ),
            },
            {
                "kind": "client",
                "at": 1.0,
                "body": "Yes, I am here. Thank you.",
            },
            {
                "kind": "note",
                "at": 1.2,
                "body": (
                    "PDF reader is a 2019 build and chokes on the court's PDF portfolio. Updating "
                    "now; also saved the attachment to her Documents in case the preview pane is "
                    "part of it."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "harriet@demo.test",
        "subject": "No emails have arrived since yesterday",
        "category": "email",
        "priority": "urgent",
        "status": "closed",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 35.4,
        "impact": "cant_work",
        "data_worry": "not_sure",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Our office has received no emails since yesterday lunchtime. Clients will be "
                    "trying to reach us and we may be missing court deadlines. I am worried we "
                    "have lost messages. Please could someone help urgently."
                ),
            },
            {
                "kind": "reply",
                "at": 0.4,
                "body": (
                    "Dear Harriet, I'm looking at it now. First, the reassuring part: emails sent "
                    "to you are held safely by the email service and are not lost; they will "
                    "arrive as soon as we clear the blockage. I'll update you within the hour."
                ),
            },
            {
                "kind": "note",
                "at": 0.7,
                "body": (
                    "Mailbox at 100% of its 50 GB quota, inbound deferred. Moved items older than "
                    "2019 to the online archive. Inbound flowing, 37 queued messages delivered."
                ),
            },
            {
                "kind": "reply",
                "at": 1.1,
                "body": (
                    "Your emails are arriving again, and the 37 that were waiting have all come "
                    "in. The mailbox had simply filled up, like a letterbox that is stuffed full. "
                    "I've moved older emails into an archive folder, where you can still find "
                    "them, to make room."
                ),
            },
            {
                "kind": "client",
                "at": 1.5,
                "body": "They are all here. What a relief. Thank you.",
            },
        ],
        "resolution": {
            "cause": (
                "The mailbox had become completely full, so new emails were held back until there "
                "was room. None were lost."
            ),
            "actions": (
                "Moved older emails into an archive folder (you can still open them) and checked "
                "that all 37 waiting emails arrived."
            ),
            "data_safety": "safe",
            "prevention": (
                "We now get a warning when your mailbox is nearly full, so we can make room before "
                "it stops."
            ),
            "guide": "email-stopped-arriving",
        },
        "survey": {
            "satisfaction": 5,
            "made_sense": "yes",
            "comment": ("Explained it as a full letterbox, which even I understood."),
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "harriet@demo.test",
        "subject": "I clicked a link in an email from the bank",
        "category": "security",
        "priority": "urgent",
        "status": "closed",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 62.3,
        "impact": "slows_me",
        "data_worry": "yes",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I clicked on a link in an email I thought was from our bank and typed in my "
                    "password. Then the page went blank. I am frightened I have let someone into "
                    "the client account. What should I do?? I am so sorry."
                ),
            },
            {
                "kind": "reply",
                "at": 0.3,
                "body": (
                    "Harriet, thank you for telling us straight away; that is exactly the right "
                    "thing to do, and these emails are designed to fool people. I've just changed "
                    "your email password so nobody can use the one you typed. Please ring the bank "
                    "on the number on your bank card, not one from the email, and tell them what "
                    "happened. I'm checking your email account now."
                ),
            },
            {
                "kind": "note",
                "at": 0.6,
                "body": (
                    "Credential phish. Password reset, all sessions revoked, no new inbox rules or "
                    "forwarding, no sign-ins from unfamiliar locations. Enrolled her in MFA. "
                    "Client has called the bank."
                ),
            },
            {
                "kind": "reply",
                "at": 1.3,
                "body": (
                    "I've checked your email account carefully: nobody else has signed in, and no "
                    "emails were read or sent by anyone else. The bank has told you the client "
                    "account is untouched. I've also set up a sign-in code on your phone, so a "
                    "password on its own will never be enough again."
                ),
            },
            {
                "kind": "client",
                "at": 2,
                "body": ("Thank you for being so kind about it. I feel very foolish."),
            },
            {
                "kind": "reply",
                "at": 2.2,
                "body": (
                    "Please don't. These fakes are very convincing, and you spotted it quickly and "
                    "acted fast. The attached guide shows the signs to look for next time."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "The email was a fake made to look like the bank's, and the page it opened "
                "collected your password."
            ),
            "actions": (
                "Changed your password at once, checked that nobody else had used your account, "
                "and turned on sign-in codes on your phone."
            ),
            "data_safety": "safe",
            "prevention": (
                "Never type a password into a page opened from an email link; go to the website "
                "yourself. If in doubt, forward the email to us first."
            ),
            "guide": "spot-phishing-email",
        },
        "survey": {
            "satisfaction": 5,
            "made_sense": "yes",
            "comment": ("I was terrified and felt stupid. Sam made me feel neither."),
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "harriet@demo.test",
        "subject": "The client files folder is empty",
        "category": "network-drives",
        "priority": "urgent",
        "status": "resolved",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 10.7,
        "impact": "cant_work",
        "data_worry": "yes",
        "needed_by_hours": 5,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "When I open the Clients folder on the S: drive there is nothing in it. It was "
                    "full on Friday. Years of files. Has someone deleted them? I have clients "
                    "coming in this afternoon."
                ),
            },
            {
                "kind": "reply",
                "at": 0.8,
                "body": (
                    "The DFS referral to the file server failed after the server patch. I've "
                    "restarted the namespace service and flushed your DNS cache. Should resolve."
                ),
            },
            {
                "kind": "client",
                "at": 20,
                "body": (
                    "It was back yesterday but it is empty again this morning. I do not understand "
                    "your message. Are the files gone?"
                ),
            },
            {
                "kind": "note",
                "at": 20.4,
                "body": (
                    "Second occurrence. Real cause: Offline Files enabled on her PC with a stale, "
                    "empty CSC cache for Clients; shows the cached view whenever the server blips. "
                    "Disabled Offline Files and cleared the cache."
                ),
            },
            {
                "kind": "reply",
                "at": 21,
                "body": (
                    "I'm sorry, Harriet: my first message was unclear and my first fix didn't "
                    "last. Your files are all safe on the office server; I can see every one of "
                    "them. Your computer was showing an old, empty copy of the folder instead of "
                    "the real one. I've switched that off, so it will always show the real folder "
                    "now."
                ),
            },
            {
                "kind": "client",
                "at": 22,
                "body": "I can see them all. Thank you.",
            },
        ],
        "resolution": {
            "cause": (
                "Your computer kept its own copy of the Clients folder, and that copy had become "
                "empty. When the office server was briefly busy, your computer showed the empty "
                "copy instead. The real files were safe on the server all along."
            ),
            "actions": (
                "Turned off the out-of-date copy on your computer so that it always shows the real "
                "folder on the server."
            ),
            "data_safety": "safe",
            "prevention": (
                "If a folder ever looks empty, don't move or delete anything. Restart the computer "
                "and ring us."
            ),
            "guide": "reconnect-shared-drive",
        },
        "survey": None,
        "reopened": True,
        "came_back_days": None,
    },
    {
        "client": "harriet@demo.test",
        "subject": "Scans go somewhere I cannot find",
        "category": "printers",
        "priority": "normal",
        "status": "waiting",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 17.6,
        "impact": "slows_me",
        "data_worry": "not_sure",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "When I scan a letter on the office machine, it says 'sent', but I cannot find "
                    "it anywhere on my computer. I have scanned the same letter four times now. "
                    "Are they going to someone else? Some of them are confidential."
                ),
            },
            {
                "kind": "reply",
                "at": 3,
                "body": (
                    "Dear Harriet, the scans are not going to anyone outside: the machine can only "
                    "send them to people in its own address list, all in your office. I think they "
                    "are landing in a folder on your computer with an odd name. Could you tell me "
                    "which button you press on the machine's screen: 'Scan to email' or 'Scan to "
                    "folder'?"
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "harriet@demo.test",
        "subject": "My letter disappeared when the computer restarted",
        "category": "files",
        "priority": "high",
        "status": "closed",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 18.2,
        "impact": "slows_me",
        "data_worry": "yes",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I spent the whole morning typing a long letter to a client and the computer "
                    "restarted on its own to do updates. When it came back the letter had gone. I "
                    "had not saved it yet. Is there any way to get it back? I could weep."
                ),
            },
            {
                "kind": "reply",
                "at": 4,
                "body": (
                    "You should always save your work regularly, everyone knows that. I'll check "
                    "for an AutoRecover file but don't get your hopes up."
                ),
            },
            {
                "kind": "note",
                "at": 5,
                "body": (
                    "No AutoRecover file: AutoSave off, document never saved, Word killed by the "
                    "forced restart. Nothing in UnsavedFiles either. Not recoverable. Turned on "
                    "AutoSave and moved active hours so updates restart overnight."
                ),
            },
            {
                "kind": "reply",
                "at": 5.5,
                "body": (
                    "I've looked in every place the program keeps emergency copies, and I'm afraid "
                    "the letter could not be recovered. I've turned on automatic saving on your "
                    "computer and moved update restarts to the night, so this won't happen again."
                ),
            },
            {
                "kind": "client",
                "at": 8,
                "body": (
                    "I see. I shall retype it. I did not appreciate being told that everyone knows."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "The computer restarted by itself to install updates before the letter had been "
                "saved, and the program had no emergency copy of it."
            ),
            "actions": (
                "Searched every place emergency copies are kept; there was none. Turned on "
                "automatic saving and moved update restarts to overnight."
            ),
            "data_safety": "lost",
            "prevention": (
                "Automatic saving is now on. Give new documents a name and save them as soon as "
                "you start them."
            ),
            "guide": None,
        },
        "survey": {
            "satisfaction": 2,
            "made_sense": "no",
            "comment": (
                "The letter could not be saved, which I accept. But I was made to feel it was my "
                "fault."
            ),
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "james@demo.test",
        "subject": "Is this message from the bank genuine?",
        "category": "security",
        "priority": "normal",
        "status": "new",
        "assignee": None,
        "channel": "portal",
        "days_ago": 3.7,
        "impact": "annoyance",
        "data_worry": "not_sure",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Good afternoon. I have received an email saying my bank account will be "
                    "closed unless I confirm my details by clicking a link. I have not clicked it. "
                    "I would be grateful if someone could tell me whether it is genuine. My "
                    "grandson usually helps but he is away."
                ),
            },
            {
                "kind": "client",
                "at": 20,
                "body": (
                    "I have now had a second one, this time about a parcel. I still have not "
                    "clicked anything."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "james@demo.test",
        "subject": "Tablet will not charge",
        "category": "phones",
        "priority": "normal",
        "status": "open",
        "assignee": "alex@demo.test",
        "channel": "phone",
        "days_ago": 9.9,
        "impact": "annoyance",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: my tablet won't charge any more. When I plug it in nothing "
                    "happens. It's where I read the newspaper and do video calls with my daughter. "
                    "I don't think there's anything important on it. Might be the lead, might be "
                    "me."
                ),
            },
            {
                "kind": "reply",
                "at": 1,
                "body": (
                    "James, let's try the simple things first. Could you try a different plug "
                    "socket, and if you have another charging lead, try that too? If the screen "
                    "shows a little lightning-bolt symbol, it's charging."
                ),
            },
            {
                "kind": "client",
                "at": 30,
                "body": (
                    "Caller says: tried two sockets and my wife's lead. Nothing. The tablet is "
                    "about six years old."
                ),
            },
            {
                "kind": "note",
                "at": 31,
                "body": (
                    "Probably the battery or the charging port has failed. Getting repair vs "
                    "replacement prices for him."
                ),
            },
            {
                "kind": "reply",
                "at": 48,
                "body": (
                    "Thanks for trying that. It sounds like the tablet itself, not anything you "
                    "did: the part that takes the charge has most likely worn out. I'm finding out "
                    "whether a repair is worth it or whether a replacement would be cheaper, and "
                    "I'll ring you with both prices."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "james@demo.test",
        "subject": "Wi-Fi stopped working after the new router",
        "category": "internet",
        "priority": "high",
        "status": "waiting",
        "assignee": "jordan@demo.test",
        "channel": "phone",
        "days_ago": 22.2,
        "impact": "cant_work",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: the internet company sent a new box and since I plugged it in, "
                    "none of my things will connect to the Wi-Fi. Not the laptop, not the phone. I "
                    "followed the leaflet, I think. Probably me being an old fool."
                ),
            },
            {
                "kind": "reply",
                "at": 1,
                "body": (
                    "New router means a new SSID and WPA2 key. Forget the old network on each "
                    "device and join the new SSID with the key from the label."
                ),
            },
            {
                "kind": "client",
                "at": 26,
                "body": (
                    "Caller says: I don't know what an SSID is and I can't find any key. Could "
                    "someone please explain it in plain English?"
                ),
            },
            {
                "kind": "reply",
                "at": 27,
                "body": (
                    "Of course, sorry James. The new box has its own Wi-Fi name and password, "
                    "printed on a sticker, usually underneath or on the back. Could you read me "
                    "the 'Network name' from that sticker? Then I can walk you through joining it "
                    "on the laptop and the phone."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "james@demo.test",
        "subject": "Pop-ups saying my computer has a virus",
        "category": "security",
        "priority": "high",
        "status": "closed",
        "assignee": "tech@demo.test",
        "channel": "phone",
        "days_ago": 44.4,
        "impact": "cant_work",
        "data_worry": "not_sure",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: a big red message keeps popping up saying my computer is "
                    "infected and I must ring a number straight away. It makes a loud noise. I "
                    "have not rung the number. I can't close it. Have they got my bank details?"
                ),
            },
            {
                "kind": "reply",
                "at": 0.2,
                "body": (
                    "James, you did exactly right by not ringing that number. These messages are a "
                    "trick: your computer isn't infected and nobody has your bank details. It's a "
                    "website showing a frightening advert. Let's close it together: hold down the "
                    "Ctrl, Alt and Delete keys, and I'll tell you what to click next."
                ),
            },
            {
                "kind": "note",
                "at": 0.6,
                "body": (
                    "Scareware tab restored by the browser on every launch, plus notification "
                    "permission granted to 3 spam sites. Removed permissions, reset browser "
                    "settings, full scan clean."
                ),
            },
            {
                "kind": "reply",
                "at": 0.9,
                "body": (
                    "All gone. A website had been given permission to show you messages, and the "
                    "browser kept re-opening it. I've taken that permission away and checked the "
                    "whole computer, which is clean. The guide I've attached shows how to choose "
                    "'Block' if a website asks to send you notifications."
                ),
            },
            {
                "kind": "client",
                "at": 1.2,
                "body": ("Caller says: thank you, that's much better. I feel a lot calmer."),
            },
        ],
        "resolution": {
            "cause": (
                "A website had been allowed to show you messages, and it used that to show fake "
                "virus warnings. Your computer was not infected."
            ),
            "actions": (
                "Closed the fake warnings, took away the website's permission, and checked the "
                "whole computer, which was clean."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "If a website asks to 'show notifications', choose 'Block'. Never ring a number "
                "shown in a pop-up warning; ring us instead."
            ),
            "guide": "stop-browser-pop-ups",
        },
        "survey": None,
        "reopened": False,
        "came_back_days": 9,
    },
    {
        "client": "james@demo.test",
        "subject": "Can't hear anyone on video calls",
        "category": "video-calls",
        "priority": "normal",
        "status": "closed",
        "assignee": "alex@demo.test",
        "channel": "phone",
        "days_ago": 71.8,
        "impact": "annoyance",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: I have a video call with my grandson in Canada every Sunday at 6 "
                    "and this week I could see him but not hear him. He could hear me. It's not a "
                    "big problem, I'm retired, but it's the highlight of my week and I'd love it "
                    "sorted before Sunday."
                ),
            },
            {
                "kind": "reply",
                "at": 2,
                "body": (
                    "James, let's get that sorted before Sunday. It's nearly always a setting "
                    "rather than anything broken. Could we do a practice call together on Friday "
                    "at 11? I'll ring you first and walk you through it."
                ),
            },
            {
                "kind": "note",
                "at": 50,
                "body": (
                    "Zoom was sending audio to the monitor over HDMI; the monitor has no speakers. "
                    "Switched output to the laptop speakers, set to 'Same as system'."
                ),
            },
            {
                "kind": "reply",
                "at": 50.5,
                "body": (
                    "Found it: Zoom was outputting audio over HDMI to the monitor, which has no "
                    "speakers. I've set the output device to the laptop speakers. The guide covers "
                    "the audio device settings."
                ),
            },
            {
                "kind": "client",
                "at": 76,
                "body": ("Caller says: heard my grandson loud and clear on Sunday. Many thanks."),
            },
        ],
        "resolution": {
            "cause": (
                "The video call program was sending the sound to your computer screen, which has "
                "no speakers."
            ),
            "actions": ("Switched the sound to the laptop's own speakers and tested it with you."),
            "data_safety": "not_involved",
            "prevention": (
                "Before a call, use the program's 'Test speaker' button; the guide shows where it "
                "is."
            ),
            "guide": "no-sound-video-call",
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "priya@demo.test",
        "subject": "The only copy of my manuscript won't open",
        "category": "files",
        "priority": "urgent",
        "status": "closed",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 77.0,
        "impact": "cant_work",
        "data_worry": "yes",
        "needed_by_hours": 96,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Please, please help. My novel manuscript won't open. Word says the file is "
                    "corrupted. It's three years of work and it's the only copy, I know, I know. "
                    "The draft is due with my editor on Friday. I'm beside myself."
                ),
            },
            {
                "kind": "reply",
                "at": 0.5,
                "body": (
                    "Priya, take a breath: there's a very good chance we can get it back. Please "
                    "don't save anything over the file or try to repair it yourself. Your laptop "
                    "keeps earlier versions of files, and Word keeps its own emergency copies. I'm "
                    "starting on it now."
                ),
            },
            {
                "kind": "note",
                "at": 1.5,
                "body": (
                    "docx zip structure corrupted (laptop slept mid-save). File History has hourly "
                    "versions; latest good copy 09:00 today. Restored to a new file, ~200 words "
                    "shorter than her description of today's work."
                ),
            },
            {
                "kind": "reply",
                "at": 2.0,
                "body": (
                    "I've got it back. The copy from 9 o'clock this morning opens perfectly: all "
                    "112,000 words, with your comments. Anything you wrote after 9 today may need "
                    "retyping. I've also saved copies in two more places."
                ),
            },
            {
                "kind": "client",
                "at": 2.5,
                "body": (
                    "I could cry. I'd written about two paragraphs since then, I can redo those. "
                    "THANK YOU."
                ),
            },
            {
                "kind": "reply",
                "at": 3.0,
                "body": (
                    "So glad. I've set your laptop to back up the manuscript folder every hour, to "
                    "your external drive and to your online storage, so there will never again be "
                    "only one copy."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "The manuscript file was damaged when the laptop went to sleep while it was still "
                "saving."
            ),
            "actions": (
                "Brought back the copy your laptop had kept from 9am, and set up hourly backups of "
                "your manuscript folder to two places."
            ),
            "data_safety": "recovered",
            "prevention": (
                "Your manuscript folder is now backed up every hour. Keep working in that folder, "
                "and close the document before shutting the lid."
            ),
            "guide": "recover-deleted-file",
        },
        "survey": {
            "satisfaction": 5,
            "made_sense": "yes",
            "comment": (
                "Alex saved my book and my sanity. Calm, fast, and told me exactly what was and "
                "wasn't recovered."
            ),
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "priya@demo.test",
        "subject": "Laptop says the disk is full",
        "category": "performance",
        "priority": "normal",
        "status": "resolved",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 7.1,
        "impact": "slows_me",
        "data_worry": "not_sure",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "My laptop keeps saying the disk is full and it won't let me save my research "
                    "notes. I've deleted some photos already. I don't want to delete anything else "
                    "in case it's important. What's taking all the space?"
                ),
            },
            {
                "kind": "reply",
                "at": 2,
                "body": (
                    "Hi Priya, your notes are safe, and nothing will be deleted without asking "
                    "you. I've had a look: 60 GB is taken up by old copies of a video project in "
                    "your Downloads folder, and 20 GB by temporary files. Would you like me to "
                    "move the video files to your external drive?"
                ),
            },
            {
                "kind": "client",
                "at": 3,
                "body": "Yes please, go ahead.",
            },
            {
                "kind": "reply",
                "at": 5,
                "body": (
                    "Done. You now have 85 GB free and your notes save again. The guide shows how "
                    "to check what's using space."
                ),
            },
            {
                "kind": "client",
                "at": 70,
                "body": ("It's saying disk full again this morning! I haven't added anything."),
            },
            {
                "kind": "note",
                "at": 71,
                "body": (
                    "Backup client caching locally while the external drive was unplugged for 3 "
                    "days: 70 GB local cache. Capped the cache at 10 GB."
                ),
            },
            {
                "kind": "reply",
                "at": 72,
                "body": (
                    "Sorry about that, and it isn't anything you did. Your backup program was "
                    "storing extra copies on the laptop while the external drive was unplugged. "
                    "I've limited how much it can keep, so it won't fill up again. Your notes and "
                    "backups are all fine."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "Old video files were filling the laptop, and then your backup program kept extra "
                "copies on the laptop while the external drive was unplugged."
            ),
            "actions": (
                "Moved the video files to your external drive, cleared temporary files, and "
                "limited how much space the backup program can use on the laptop."
            ),
            "data_safety": "safe",
            "prevention": (
                "Plug in the external drive at least once a week so backups can move off the "
                "laptop."
            ),
            "guide": "disk-full",
        },
        "survey": None,
        "reopened": True,
        "came_back_days": None,
    },
    {
        "client": "priya@demo.test",
        "subject": "Backups have stopped running",
        "category": "backups",
        "priority": "normal",
        "status": "open",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 15.3,
        "impact": "annoyance",
        "data_worry": "not_sure",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Hello, my backup program says the last backup was 12 days ago. Nothing has "
                    "gone wrong with my files, but after the manuscript scare I'd rather not take "
                    "chances. Could someone have a look when you get a moment?"
                ),
            },
            {
                "kind": "reply",
                "at": 6,
                "body": (
                    "The VSS writer is failing and the backup job is throwing 0x8078014B. Will "
                    "need to re-register the VSS components. I'll remote in."
                ),
            },
            {
                "kind": "note",
                "at": 30,
                "body": (
                    "Re-registered VSS, job still fails at 3%. External drive reporting SMART "
                    "warnings, reallocated sector count climbing. Drive is on its way out."
                ),
            },
            {
                "kind": "reply",
                "at": 31,
                "body": (
                    "Update: the external backup drive itself is wearing out, which is why backups "
                    "stop part-way. The files on your laptop are fine, and your online backup is "
                    "still up to date. I'd suggest a new drive; I'll send you a couple of options."
                ),
            },
            {
                "kind": "client",
                "at": 40,
                "body": "Thanks, that makes sense. Send them over.",
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "priya@demo.test",
        "subject": "Word keeps closing when I add comments",
        "category": "software",
        "priority": "high",
        "status": "new",
        "assignee": None,
        "channel": "portal",
        "days_ago": 1.9,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": 72,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Every time I add a comment to my edits, Word freezes and then closes. It's "
                    "happened about six times this afternoon. It comes back with my work each "
                    "time, so nothing lost so far, but I have to return the edits to my editor by "
                    "Monday and this is driving me up the wall."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "priya@demo.test",
        "subject": "My agent can't see my shared calendar",
        "category": "calendars",
        "priority": "low",
        "status": "closed",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 13.2,
        "impact": "annoyance",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I tried to share my calendar with my agent so she can see when I'm free for "
                    "events, but she says she sees nothing at all. Not urgent, it can wait, I'm "
                    "just curious what I've done."
                ),
            },
            {
                "kind": "reply",
                "at": 20,
                "body": (
                    "You've shared with 'Can view when I'm busy' permissions and her tenant blocks "
                    "external free/busy lookups. Change the sharing ACL to titles and locations "
                    "and republish the ICS link."
                ),
            },
            {
                "kind": "client",
                "at": 30,
                "body": "Sorry, I'm lost. Is there a simpler way to do it?",
            },
            {
                "kind": "reply",
                "at": 32,
                "body": (
                    "Sure. Open your calendar, click 'Share', remove your agent, then add her "
                    "again and choose 'Can view titles and locations'. She'll get a new email "
                    "invitation to accept. The guide has pictures of each step."
                ),
            },
            {
                "kind": "client",
                "at": 50,
                "body": "That worked, she can see it now. Thanks.",
            },
        ],
        "resolution": {
            "cause": (
                "The calendar was shared in a way that only shows 'busy', and your agent's email "
                "system doesn't display that kind of sharing."
            ),
            "actions": (
                "Explained how to share the calendar again so your agent can see the titles and "
                "places of your events."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "When sharing with someone outside your own email, choose 'Can view titles and "
                "locations'."
            ),
            "guide": "share-calendar",
        },
        "survey": {
            "satisfaction": 3,
            "made_sense": "partly",
            "comment": (
                "Got there in the end, but the first answer might as well have been in Latin."
            ),
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "priya@demo.test",
        "subject": "Emails from my publisher go to junk",
        "category": "email",
        "priority": "normal",
        "status": "waiting",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 6.4,
        "impact": "slows_me",
        "data_worry": "not_sure",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "My publisher says they sent me the contract twice last week and I never got "
                    "it. I found one copy in the junk folder, but I'm worried I've missed other "
                    "things from them. Is there a way to stop this?"
                ),
            },
            {
                "kind": "reply",
                "at": 3,
                "body": (
                    "Hi Priya, I can make sure their emails always come straight to your inbox. "
                    "Nothing is removed from the junk folder for 30 days, so anything they sent "
                    "recently will still be there. Could you tell me the email address the "
                    "contract came from, or forward me one of their emails?"
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "tom@demo.test",
        "subject": "Custody suite printer offline AGAIN",
        "category": "printers",
        "priority": "urgent",
        "status": "closed",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 52.3,
        "impact": "cant_work",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "The printer in the custody suite is showing offline again. This is the third "
                    "time this month. We need it for detention records and we're having to walk "
                    "everything across to the front desk. Can someone fix it properly this time?"
                ),
            },
            {
                "kind": "reply",
                "at": 0.5,
                "body": "Just restart it.",
            },
            {
                "kind": "note",
                "at": 2,
                "body": (
                    "Printer on DHCP, lease renewing to a new address every few days; queues use a "
                    "standard IP port. Added a DHCP reservation, updated firmware."
                ),
            },
            {
                "kind": "reply",
                "at": 3,
                "body": (
                    "Sorry for the short answer earlier; I know you've restarted it many times. "
                    "The printer keeps being given a new address on the network every few days, "
                    "and the computers lose track of it. I've fixed its address so that won't "
                    "happen now, and updated the printer's own software."
                ),
            },
            {
                "kind": "client",
                "at": 200,
                "body": "It went offline again last night. Fourth time.",
            },
            {
                "kind": "note",
                "at": 201,
                "body": (
                    "Reservation never applied: static IP set on the printer panel, clashing with "
                    "the DHCP range. Set a static address outside the pool, updated queues on all "
                    "custody PCs."
                ),
            },
            {
                "kind": "reply",
                "at": 202,
                "body": (
                    "I'm sorry, Tom. I found a second setting on the printer itself that was "
                    "fighting with the first fix. Both now agree, and I've watched it stay online "
                    "overnight. I'll keep an eye on it for a week before closing this."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "The printer was being given a new network address every few days, and a setting "
                "on the printer itself was clashing with our first fix, so the computers kept "
                "losing it."
            ),
            "actions": (
                "Gave the printer one fixed address, made the printer's own setting match, updated "
                "it, and checked it stayed online for a week."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "It should now stay online. If it ever shows offline, tell us straight away rather "
                "than restarting it, so we can see what happened."
            ),
            "guide": "printer-offline",
        },
        "survey": {
            "satisfaction": 2,
            "made_sense": "partly",
            "comment": (
                "Fixed in the end, but it took two goes, and the first reply was 'Just restart it' "
                "when I'd said we had."
            ),
        },
        "reopened": True,
        "came_back_days": None,
    },
    {
        "client": "tom@demo.test",
        "subject": "Shift rota won't open from the shared drive",
        "category": "network-drives",
        "priority": "high",
        "status": "open",
        "assignee": "tech@demo.test",
        "channel": "phone",
        "days_ago": 2.3,
        "impact": "cant_work",
        "data_worry": "not_sure",
        "needed_by_hours": 5,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: nobody on the late shift can open the rota on the shared drive. "
                    "It says it's locked for editing by 'another user'. Shift change is at 6 and "
                    "the sergeant needs to confirm cover. I'm worried someone has overwritten it."
                ),
            },
            {
                "kind": "reply",
                "at": 0.3,
                "body": (
                    "Tom, the rota hasn't been overwritten; it's just 'locked' because someone "
                    "still has it open, probably on a computer that went to sleep. I can release "
                    "that from here. Meanwhile I've emailed you a read-only copy so the sergeant "
                    "can check cover now."
                ),
            },
            {
                "kind": "note",
                "at": 0.5,
                "body": (
                    "Lock held by a day-shift desk PC that logged off with the spreadsheet still "
                    "open. Closed the open file handle on the server."
                ),
            },
            {
                "kind": "client",
                "at": 0.9,
                "body": ("Caller says: got it open, thanks. But this happens every few weeks."),
            },
            {
                "kind": "reply",
                "at": 1.5,
                "body": (
                    "Glad it's open. You're right that it keeps happening, so I'm keeping this "
                    "ticket open while I look at setting the rota up so several people can edit it "
                    "at once. I'll come back to you this week."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "tom@demo.test",
        "subject": "Locked out before the morning briefing",
        "category": "passwords",
        "priority": "high",
        "status": "resolved",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 4.1,
        "impact": "cant_work",
        "data_worry": "no",
        "needed_by_hours": 1,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I've been locked out after typing my password wrong too many times. Cold "
                    "fingers on an early start. I need to get into the incident log before the "
                    "shift briefing at 8."
                ),
            },
            {
                "kind": "reply",
                "at": 0.3,
                "body": (
                    "Morning Tom, I've unlocked it, so you can sign in now. The lock is a safety "
                    "feature and clears itself after 30 minutes anyway. If you ever need a new "
                    "password, the guide shows how to reset it yourself."
                ),
            },
            {
                "kind": "client",
                "at": 0.5,
                "body": "In. Cheers.",
            },
        ],
        "resolution": {
            "cause": ("Too many wrong passwords in a row locked the account, as a safety measure."),
            "actions": "Unlocked the account.",
            "data_safety": "not_involved",
            "prevention": (
                "Locks clear by themselves after 30 minutes, and the guide shows how to reset your "
                "password yourself if you forget it."
            ),
            "guide": "reset-forgotten-password",
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "tom@demo.test",
        "subject": "Work phone not showing my calendar",
        "category": "calendars",
        "priority": "normal",
        "status": "resolved",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 16.4,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "My work phone stopped showing my calendar a few days ago. Court dates and "
                    "shifts are still on the computer, so nothing's lost, it's just that I'm out "
                    "on patrol and can't check them."
                ),
            },
            {
                "kind": "reply",
                "at": 4,
                "body": (
                    "Hi Tom, good that it's all still on the computer. On the phone, calendar "
                    "syncing has been switched off, probably by the last update. Go to Settings, "
                    "then your work account, and switch 'Calendar' on. Let me know if it doesn't "
                    "appear."
                ),
            },
            {
                "kind": "client",
                "at": 6,
                "body": "Switched on, all there. Thanks.",
            },
            {
                "kind": "reply",
                "at": 6.2,
                "body": "Great, I'll mark this as fixed.",
            },
        ],
        "resolution": {
            "cause": ("A phone update switched off the calendar for your work account."),
            "actions": (
                "Talked you through switching the calendar back on in the phone's settings."
            ),
            "data_safety": "safe",
            "prevention": ("After a phone update, check that your calendar is still showing."),
            "guide": None,
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "tom@demo.test",
        "subject": "Second monitor flickers now and then",
        "category": "other",
        "priority": "low",
        "status": "new",
        "assignee": None,
        "channel": "portal",
        "days_ago": 4.6,
        "impact": "annoyance",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Not urgent at all. The second monitor on my desk flickers every so often, "
                    "maybe once an hour. Everything still works. Whenever someone's passing it'd "
                    "be good to have a look."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "tom@demo.test",
        "subject": "Echo on Teams calls in the briefing room",
        "category": "video-calls",
        "priority": "normal",
        "status": "closed",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 9.6,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "When we do the morning briefing over Teams from the briefing room, the people "
                    "at the other end hear an echo of themselves. It's distracting and we keep "
                    "repeating things. Started after the room was rearranged."
                ),
            },
            {
                "kind": "reply",
                "at": 5,
                "body": (
                    "Hi Tom, an echo like that usually means the microphone is picking up the room "
                    "speakers. Since the rearrangement, the speaker may be right next to the "
                    "microphone. Could you move them at least a metre apart and try tomorrow's "
                    "briefing?"
                ),
            },
            {
                "kind": "client",
                "at": 24,
                "body": "Moved it. Echo's much better but not gone.",
            },
            {
                "kind": "reply",
                "at": 26,
                "body": (
                    "Enable AEC in the Teams device settings and set the conference speakerphone "
                    "as the default comms device in the sound control panel, so echo cancellation "
                    "is done in hardware."
                ),
            },
            {
                "kind": "client",
                "at": 50,
                "body": "Got one of the lads to do that. Echo's gone. Thanks.",
            },
        ],
        "resolution": {
            "cause": (
                "After the room was rearranged, the speaker was next to the microphone, and the "
                "room computer wasn't using the conference speaker's own echo reduction."
            ),
            "actions": (
                "Moved the speaker away from the microphone and set the computer to use the "
                "conference speaker, which removes echo."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "Keep the speaker and microphone at least a metre apart if the room is rearranged "
                "again."
            ),
            "guide": "no-sound-video-call",
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "amelia@demo.test",
        "subject": "Clinical drive disconnected in all consulting rooms",
        "category": "network-drives",
        "priority": "urgent",
        "status": "open",
        "assignee": "alex@demo.test",
        "channel": "phone",
        "days_ago": 0.8,
        "impact": "cant_work",
        "data_worry": "not_sure",
        "needed_by_hours": 2,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: the clinical share has dropped off all three consulting-room PCs "
                    "since 8.30. We can't open referral letters or scanned results, and there are "
                    "patients in the waiting room. The clinical system itself is up. I need it "
                    "back before the 10 o'clock clinic. Is the data on the server intact?"
                ),
            },
            {
                "kind": "reply",
                "at": 0.2,
                "body": (
                    "Amelia, the server is up and its disks are healthy: the records are intact. "
                    "The consulting rooms have lost their network path to the server, and it looks "
                    "related to last night's switch update. I'm on it now and will update you "
                    "within 20 minutes."
                ),
            },
            {
                "kind": "note",
                "at": 0.4,
                "body": (
                    "Overnight switch firmware update reset the VLAN on ports 3-5. Consulting "
                    "rooms landed in the guest VLAN, can't reach the file server. Reverting port "
                    "config."
                ),
            },
            {
                "kind": "reply",
                "at": 0.6,
                "body": (
                    "Rooms 1 to 3 should see the drive again now: the network switch in the comms "
                    "cupboard lost a setting during the overnight update. Could you check one room "
                    "and confirm? I'll keep this open until I've made sure the setting can't be "
                    "lost again."
                ),
            },
            {
                "kind": "client",
                "at": 0.9,
                "body": ("Rooms 1 and 2 fine. Room 3 still shows a red cross on the drive."),
            },
            {
                "kind": "reply",
                "at": 1.0,
                "body": (
                    "Thanks. Room 3 just needs to reconnect the drive; I'm doing it remotely now, "
                    "it'll take two minutes."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "amelia@demo.test",
        "subject": "Sign-in codes not accepted on my new phone",
        "category": "passwords",
        "priority": "high",
        "status": "closed",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 38.2,
        "impact": "cant_work",
        "data_worry": "no",
        "needed_by_hours": 4,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I've moved to a new phone and the authenticator codes aren't being accepted. "
                    "I'm locked out of email and the lab results portal. I've got clinic at 2 and "
                    "need results for three patients. Can you reset my MFA registration?"
                ),
            },
            {
                "kind": "reply",
                "at": 0.3,
                "body": (
                    "Hi Amelia, yes: I've cleared the old phone's registration. When you next sign "
                    "in you'll be asked to set up the app again; scan the code it shows with the "
                    "app on your new phone. The guide has screenshots. Your email and results are "
                    "untouched."
                ),
            },
            {
                "kind": "client",
                "at": 0.6,
                "body": "Done, back in. Thanks for the quick turnaround.",
            },
        ],
        "resolution": {
            "cause": "The sign-in codes were still tied to your old phone.",
            "actions": (
                "Cleared the old phone's registration so you could set up codes on the new one."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "Before changing phones, move the authenticator app across first or let us know; "
                "the guide explains how."
            ),
            "guide": "two-step-sign-in-codes",
        },
        "survey": {
            "satisfaction": 4,
            "made_sense": "yes",
            "comment": "Quick. A checklist for changing phones would be useful.",
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "amelia@demo.test",
        "subject": "Video freezing during online consultations",
        "category": "video-calls",
        "priority": "high",
        "status": "closed",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 23.8,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Video keeps freezing for 5 to 10 seconds during online consultations, several "
                    "times a session. Audio mostly carries on. It's the room 2 PC; room 1 is fine. "
                    "It's embarrassing with patients and I've had to switch two of them to phone."
                ),
            },
            {
                "kind": "reply",
                "at": 3,
                "body": (
                    "Checked the call quality data: packet loss spikes to 8% on room 2, and its "
                    "network link is running at 100 Mbps half-duplex, which points to a bad patch "
                    "lead. I'll swap it tomorrow morning."
                ),
            },
            {
                "kind": "note",
                "at": 24,
                "body": ("Replaced room 2 patch lead. Link now 1 Gbps full duplex."),
            },
            {
                "kind": "reply",
                "at": 24.5,
                "body": (
                    "Cable swapped, and room 2 is now connecting at full speed. Let me know how "
                    "this afternoon's sessions go."
                ),
            },
            {
                "kind": "client",
                "at": 100,
                "body": ("It was fine for two days and now it's freezing again. Same room."),
            },
            {
                "kind": "note",
                "at": 101,
                "body": (
                    "Wall port faulty, intermittent on one pair. Moved the PC to the spare port; "
                    "cabling repair raised with the landlord's electrician."
                ),
            },
            {
                "kind": "reply",
                "at": 102,
                "body": (
                    "Sorry it came back. This time I traced it to the socket in the wall, not the "
                    "cable. Room 2's PC now uses the spare socket beside it, which tests clean, "
                    "and the electrician will repair the faulty one next week. No patient data was "
                    "involved; it was only the connection."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "A faulty network socket in the wall of room 2 was dropping the connection for a "
                "few seconds at a time. The first cable swap only partly helped."
            ),
            "actions": (
                "Replaced the cable, moved the PC to the spare wall socket, and booked the "
                "electrician to repair the faulty one."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "If the video freezes again, note the time and tell us; we can check the "
                "connection records for that moment."
            ),
            "guide": None,
        },
        "survey": None,
        "reopened": True,
        "came_back_days": None,
    },
    {
        "client": "amelia@demo.test",
        "subject": "Prescription printer keeps jamming",
        "category": "printers",
        "priority": "normal",
        "status": "waiting",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 38.5,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "The prescription printer in room 1 jams on about one prescription in five. We "
                    "reprint, so nothing's lost, but it wastes forms and the receptionists are fed "
                    "up. Not urgent, but it's been going on for weeks."
                ),
            },
            {
                "kind": "reply",
                "at": 6,
                "body": (
                    "Have you actually tried loading the forms the right way up? Most jams are "
                    "just loading errors."
                ),
            },
            {
                "kind": "client",
                "at": 30,
                "body": (
                    "Yes. Several of us have loaded it, all correctly. I suspect the rollers."
                ),
            },
            {
                "kind": "reply",
                "at": 32,
                "body": (
                    "Fair enough, and sorry for assuming. Could you send me a photo of the label "
                    "on the back of the printer, with the model and serial number? Then I can "
                    "order the right replacement rollers."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "amelia@demo.test",
        "subject": "Leaflet template saved over by mistake",
        "category": "files",
        "priority": "normal",
        "status": "resolved",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 14.6,
        "impact": "slows_me",
        "data_worry": "yes",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "One of the receptionists saved over our practice leaflet template with a "
                    "patient's notes by mistake. It's on the shared drive. Can you roll the file "
                    "back to yesterday's version? Also, patient details shouldn't be sitting in "
                    "that file, so please make sure the overwritten version is removed."
                ),
            },
            {
                "kind": "reply",
                "at": 1.5,
                "body": (
                    "Hi Amelia, done: I've restored the template from last night's snapshot and "
                    "moved the overwritten version to a restricted folder that only you can open, "
                    "so you can check it and delete it. It was never visible outside the practice."
                ),
            },
            {
                "kind": "client",
                "at": 3,
                "body": "Checked and deleted. Thanks, Alex.",
            },
        ],
        "resolution": {
            "cause": ("The template was saved over with a patient's notes by mistake."),
            "actions": (
                "Restored last night's copy of the template and moved the overwritten copy to a "
                "private folder for you to delete."
            ),
            "data_safety": "recovered",
            "prevention": (
                "I've made the template read-only, so people have to use 'Save as' for a new file."
            ),
            "guide": "recover-deleted-file",
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "amelia@demo.test",
        "subject": "Scanned letter too big to email",
        "category": "email",
        "priority": "normal",
        "status": "new",
        "assignee": None,
        "channel": "portal",
        "days_ago": 0.7,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": 8,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I'm trying to email a 40-page scanned hospital letter to a consultant and it "
                    "bounces as too large. Is there a secure way to send large scans? Needed today "
                    "ideally, but a workaround is fine."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "grace@demo.test",
        "subject": "Invoices can't go out, accounts program won't start",
        "category": "software",
        "priority": "urgent",
        "status": "closed",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 31.9,
        "impact": "cant_work",
        "data_worry": "not_sure",
        "needed_by_hours": 8,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Our accounting software won't start this morning: it shows a licence error "
                    "and closes. It's month end, so if invoices don't go out today we don't get "
                    "paid for another month. Can you check whether the licence server is "
                    "reachable? The company data file should be fine but I'd like that confirmed."
                ),
            },
            {
                "kind": "reply",
                "at": 0.4,
                "body": (
                    "Hi Grace, the company data file is fine and untouched; the error is only "
                    "about the licence check. The licence service on your server stopped after "
                    "last night's updates. I'm restarting it now."
                ),
            },
            {
                "kind": "note",
                "at": 0.6,
                "body": (
                    "Licence service start type flipped to Manual by the update. Set to Automatic "
                    "(delayed start), started it, verified all three clients connect."
                ),
            },
            {
                "kind": "reply",
                "at": 0.8,
                "body": (
                    "Fixed: the program opens on all three PCs again. I've set the licence service "
                    "to start by itself after updates, so it won't catch you out next month end."
                ),
            },
            {
                "kind": "client",
                "at": 1.0,
                "body": ("All working, invoices going out. Thanks, that was quick."),
            },
        ],
        "resolution": {
            "cause": (
                "An update stopped the licence service on your server, so the accounting program "
                "couldn't confirm its licence."
            ),
            "actions": (
                "Restarted the licence service, set it to start automatically after updates, and "
                "checked all three PCs."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "The service now restarts itself after updates, and we won't schedule updates in "
                "the last two working days of the month."
            ),
            "guide": None,
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "grace@demo.test",
        "subject": "New starter needs access to client folders",
        "category": "network-drives",
        "priority": "normal",
        "status": "open",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 12.6,
        "impact": "annoyance",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "We've got a new bookkeeper starting on the 1st. Could she have read and write "
                    "access to the Clients and Payroll folders on the shared drive? Not Partners. "
                    "No rush before then."
                ),
            },
            {
                "kind": "reply",
                "at": 20,
                "body": "Noted. Will sort before the 1st.",
            },
            {
                "kind": "note",
                "at": 22,
                "body": (
                    "Account created, added to Clients-RW and Payroll-RW. Left disabled until her "
                    "start date."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "grace@demo.test",
        "subject": "Backup drive making clicking noises",
        "category": "backups",
        "priority": "high",
        "status": "waiting",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 11.2,
        "impact": "annoyance",
        "data_worry": "yes",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "The external drive we back up to has started making a clicking noise and the "
                    "last two nightly backups failed. Our live data is on the server and fine, but "
                    "I'm uneasy having no current backup in tax season. What do you suggest?"
                ),
            },
            {
                "kind": "reply",
                "at": 1,
                "body": (
                    "Hi Grace, you're right to flag it: clicking usually means the drive is "
                    "failing, so please don't rely on it. Your live data is fine, and last night's "
                    "online backup completed, so there is a current copy. I'd replace the external "
                    "drive this week. Would you like me to order one, or would you rather buy it "
                    "locally and I'll set it up?"
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "grace@demo.test",
        "subject": "Remove a former employee's access today",
        "category": "passwords",
        "priority": "high",
        "status": "closed",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 54.9,
        "impact": "annoyance",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "A member of staff left today, not on great terms. Please disable her sign-in "
                    "and email straight away and forward her email to me. She had access to client "
                    "files."
                ),
            },
            {
                "kind": "reply",
                "at": 0.3,
                "body": (
                    "Done, Grace. Her sign-in is disabled and she's signed out everywhere, "
                    "including on her phone. Her email now forwards to you, and I've changed the "
                    "shared printer and Wi-Fi passwords she knew. Her files are kept, not deleted."
                ),
            },
            {
                "kind": "client",
                "at": 0.8,
                "body": "Thank you, that's a weight off.",
            },
        ],
        "resolution": {
            "cause": "A member of staff left and her access needed removing.",
            "actions": (
                "Disabled her sign-in, signed her out on all devices, forwarded her email to you, "
                "and changed the shared passwords she knew."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "Tell us a leaving date in advance and we can switch access off at the right "
                "moment."
            ),
            "guide": None,
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "grace@demo.test",
        "subject": "Laptop crawling during tax returns",
        "category": "performance",
        "priority": "normal",
        "status": "resolved",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 20.9,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "My laptop has become very slow in the afternoons, especially with the tax "
                    "software and a few spreadsheets open. The fan's loud too. Task Manager shows "
                    "memory at 95%. It's still usable, just painful."
                ),
            },
            {
                "kind": "reply",
                "at": 4,
                "body": (
                    "As I said before, you simply need to close the browser tabs you're not using. "
                    "Forty tabs will eat any laptop's memory."
                ),
            },
            {
                "kind": "client",
                "at": 8,
                "body": (
                    "I closed them all this morning. Still at 90% with just the tax software open. "
                    "And I don't recall you saying it before."
                ),
            },
            {
                "kind": "note",
                "at": 9,
                "body": (
                    "8 GB RAM, tax suite alone uses ~5 GB. Quoted 16 GB upgrade, approved by "
                    "Grace, ordered."
                ),
            },
            {
                "kind": "reply",
                "at": 10,
                "body": (
                    "Apologies, Grace, that was unfair of me. The laptop only has 8 GB of memory "
                    "and the tax software alone uses most of it. I've ordered an upgrade to 16 GB, "
                    "which I'll fit on Tuesday."
                ),
            },
            {
                "kind": "client",
                "at": 140,
                "body": "Fitted and it's flying. Thanks.",
            },
        ],
        "resolution": {
            "cause": (
                "The laptop has 8 GB of memory and the tax software alone uses most of it, so it "
                "slowed down when anything else was open."
            ),
            "actions": "Upgraded the laptop's memory to 16 GB.",
            "data_safety": "not_involved",
            "prevention": (
                "It should now cope comfortably; if it slows again we can check what's using the "
                "memory."
            ),
            "guide": "computer-slow",
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "grace@demo.test",
        "subject": "Supplier says their bank details have changed",
        "category": "security",
        "priority": "urgent",
        "status": "closed",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 69.3,
        "impact": "annoyance",
        "data_worry": "not_sure",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "We've had an email from one of our suppliers saying they've changed bank and "
                    "asking us to pay this month's invoice to a new account. It's from their usual "
                    "address. £8,400 is due on Friday. Something feels off. Can you check whether "
                    "it's genuine before we pay anything?"
                ),
            },
            {
                "kind": "reply",
                "at": 0.7,
                "body": (
                    "Grace, good call not paying yet. The email really did come from their "
                    "account, which means their mailbox has probably been taken over. Please don't "
                    "pay the new account. Ring the supplier on a number you already have, not one "
                    "from the email, and check with them directly. Your own systems are not "
                    "affected."
                ),
            },
            {
                "kind": "client",
                "at": 3,
                "body": (
                    "Rang them. They haven't changed bank and didn't send it. They're now dealing "
                    "with a hacked mailbox."
                ),
            },
            {
                "kind": "reply",
                "at": 3.5,
                "body": (
                    "Thanks for letting me know. I've put a warning banner on any email from their "
                    "address for the next month and checked that nobody else here has received "
                    "anything similar. The attached guide is worth sharing with your team."
                ),
            },
        ],
        "resolution": {
            "cause": (
                "Someone had taken over your supplier's email account and sent a fake request to "
                "change bank details."
            ),
            "actions": (
                "Checked the email, advised you to confirm by phone, and added a warning to emails "
                "from that supplier."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "Always confirm any change of bank details by phone, on a number you already have."
            ),
            "guide": "spot-phishing-email",
        },
        "survey": {
            "satisfaction": 5,
            "made_sense": "yes",
            "comment": "Saved us £8,400. Clear advice, no fuss.",
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "robert@demo.test",
        "subject": "Email stopped on my phone after password change",
        "category": "phones",
        "priority": "high",
        "status": "closed",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 47.1,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Changed my password this morning as requested and now my phone won't get "
                    "emails. I'm travelling to the northern depot all day and need to be "
                    "reachable."
                ),
            },
            {
                "kind": "reply",
                "at": 1,
                "body": "Update the password on the phone.",
            },
            {
                "kind": "client",
                "at": 2,
                "body": ("Where? I've looked in settings and there's nothing obvious."),
            },
            {
                "kind": "reply",
                "at": 2.5,
                "body": (
                    "Sorry, should have said. On your iPhone: Settings, then Mail, then Accounts; "
                    "tap your work account and you'll be asked for the new password. If it doesn't "
                    "ask, remove the account and add it again. Your emails stay safe on the server "
                    "either way."
                ),
            },
            {
                "kind": "client",
                "at": 3,
                "body": "Done, emails coming in. Thanks.",
            },
        ],
        "resolution": {
            "cause": "Your phone was still using the old password.",
            "actions": "Explained where to enter the new password on your phone.",
            "data_safety": "not_involved",
            "prevention": "After each password change, update it on your phone too.",
            "guide": None,
        },
        "survey": None,
        "reopened": False,
        "came_back_days": 20,
    },
    {
        "client": "robert@demo.test",
        "subject": "Boardroom screen won't show my laptop",
        "category": "other",
        "priority": "high",
        "status": "open",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 1.1,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": 20,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "The boardroom screen says 'no signal' when I plug my laptop in. I've got the "
                    "board meeting at 10 tomorrow and I'm presenting the quarterly figures. Could "
                    "someone look at it this afternoon?"
                ),
            },
            {
                "kind": "reply",
                "at": 1,
                "body": (
                    "Hi Robert, I'll be there at 3 today to test it with your laptop. If we can't "
                    "fix it straight away, I'll bring a spare cable and adapter so you're covered "
                    "for tomorrow."
                ),
            },
            {
                "kind": "note",
                "at": 5,
                "body": (
                    "Laptop's USB-C to HDMI adapter is faulty. Left a spare from stores in the "
                    "boardroom, replacement ordered."
                ),
            },
            {
                "kind": "reply",
                "at": 5.5,
                "body": (
                    "Sorted for tomorrow: your USB-C to HDMI dongle was faulty, so the display "
                    "wasn't getting a signal through the Alt Mode video channel. I've left a spare "
                    "in the boardroom, labelled. I'll keep this open until your replacement "
                    "arrives."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "robert@demo.test",
        "subject": "Email account for new starter by Monday",
        "category": "email",
        "priority": "normal",
        "status": "new",
        "assignee": None,
        "channel": "portal",
        "days_ago": 2.8,
        "impact": "annoyance",
        "data_worry": "no",
        "needed_by_hours": 96,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "We have a new transport planner starting Monday. Could you set her up with an "
                    "email address and add her to the planners' shared inbox? Her details are in "
                    "the attached form. Monday morning would be ideal."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "robert@demo.test",
        "subject": "Depot printer down, drivers waiting",
        "category": "printers",
        "priority": "urgent",
        "status": "closed",
        "assignee": "tech@demo.test",
        "channel": "phone",
        "days_ago": 60.0,
        "impact": "cant_work",
        "data_worry": "no",
        "needed_by_hours": 1,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: the printer at the depot office is offline and we can't print "
                    "delivery notes. There are six lorries waiting to go out and every hour late "
                    "costs us with the customer. Can you do anything right now?"
                ),
            },
            {
                "kind": "reply",
                "at": 0.1,
                "body": (
                    "Robert, I'm connecting now. As a stopgap, the depot PC can print to the "
                    "upstairs printer; I've made that the default so the drivers can get going."
                ),
            },
            {
                "kind": "note",
                "at": 0.4,
                "body": (
                    "Spooler on the print server crashed on a stuck 200-page job. Restarted "
                    "spooler, cleared the job, depot printer back online."
                ),
            },
            {
                "kind": "reply",
                "at": 0.5,
                "body": (
                    "The depot printer is back. A very large document had jammed the queue of "
                    "things waiting to print. I've cleared it and set the depot printer back as "
                    "the default."
                ),
            },
            {
                "kind": "client",
                "at": 0.6,
                "body": "Caller says: lorries out, thanks.",
            },
        ],
        "resolution": {
            "cause": ("A very large print job got stuck and blocked everything behind it."),
            "actions": (
                "Sent printing to the upstairs printer to get the lorries out, then cleared the "
                "stuck job and restored the depot printer."
            ),
            "data_safety": "not_involved",
            "prevention": (
                "If it happens again, print to the upstairs printer and ring us; the guide shows "
                "how to check the printer's status."
            ),
            "guide": "printer-offline",
        },
        "survey": {
            "satisfaction": 4,
            "made_sense": "yes",
            "comment": ("Lorries were out within half an hour. Good stopgap thinking."),
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "robert@demo.test",
        "subject": "Left my work phone on the train",
        "category": "phones",
        "priority": "urgent",
        "status": "resolved",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 1.6,
        "impact": "slows_me",
        "data_worry": "yes",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I left my work phone on the train last night. It has all my emails and the "
                    "customer contracts app on it. Can anyone read my emails now? What do I need "
                    "to do?"
                ),
            },
            {
                "kind": "reply",
                "at": 0.5,
                "body": (
                    "Robert, thanks for telling us quickly. The phone has a passcode, so a "
                    "stranger can't simply open it. To be safe, I've sent a command that wipes it "
                    "as soon as it connects to the internet, and I've signed it out of your email. "
                    "Your emails and contracts are all safe on the server, and nothing has been "
                    "lost."
                ),
            },
            {
                "kind": "client",
                "at": 2,
                "body": "Great. Should I report it to the train company too?",
            },
            {
                "kind": "reply",
                "at": 2.5,
                "body": (
                    "Yes, please do, in case it's handed in. I've ordered you a replacement phone "
                    "for tomorrow, and I'll set it up so your emails and contracts appear as "
                    "before."
                ),
            },
            {
                "kind": "client",
                "at": 30,
                "body": "New phone here and set up. All there. Thanks.",
            },
        ],
        "resolution": {
            "cause": "The work phone was left on a train.",
            "actions": (
                "Locked and wiped the lost phone remotely, signed it out of your email, and set up "
                "a replacement with all your emails and contracts."
            ),
            "data_safety": "safe",
            "prevention": (
                "Keep a passcode on your phone, and tell us straight away if it goes missing, as "
                "you did."
            ),
            "guide": None,
        },
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "robert@demo.test",
        "subject": "Work laptop won't connect to home Wi-Fi",
        "category": "internet",
        "priority": "normal",
        "status": "open",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 26.4,
        "impact": "slows_me",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "My work laptop won't connect to my home Wi-Fi any more. My own phone and my "
                    "wife's laptop connect fine. I've been working from the kitchen using my phone "
                    "as a hotspot, which is slow. It was fine until last week."
                ),
            },
            {
                "kind": "reply",
                "at": 5,
                "body": (
                    "Hi Robert, I can help from here while you're connected through your phone. "
                    "Could we have a remote session tomorrow at 9?"
                ),
            },
            {
                "kind": "note",
                "at": 30,
                "body": (
                    "Home router switched to WPA3-only after an ISP firmware push; the laptop's "
                    "old Wi-Fi card doesn't support WPA3. Options: mixed WPA2/WPA3 on the router "
                    "(his ISP locks it) or a USB Wi-Fi adapter."
                ),
            },
            {
                "kind": "reply",
                "at": 30.5,
                "body": (
                    "Found it: your internet provider updated your home router, and it now uses a "
                    "newer kind of security that this laptop's Wi-Fi part can't handle. The "
                    "simplest fix is a small plug-in Wi-Fi adapter for the laptop. I've ordered "
                    "one and it'll be with you within a week."
                ),
            },
            {
                "kind": "client",
                "at": 200,
                "body": ("Thanks. Still waiting for the adapter, hotspot holding up."),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "edith@demo.test",
        "subject": "How can I keep my grandchildren's photos safe?",
        "category": "backups",
        "priority": "low",
        "status": "closed",
        "assignee": "alex@demo.test",
        "channel": "portal",
        "days_ago": 83.4,
        "impact": "annoyance",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Hello dear. My tablet has hundreds of photos of my grandchildren and my "
                    "neighbour says I should keep a copy in case it ever breaks. Nothing is wrong "
                    "with it. Could someone show me how, whenever suits you?"
                ),
            },
            {
                "kind": "reply",
                "at": 20,
                "body": (
                    "Hello Edith, your neighbour gives good advice, and there's no hurry at all. "
                    "The easiest way is to copy the photos onto your computer using the tablet's "
                    "charging cable. I've attached a guide with big pictures. Would you like me to "
                    "ring you on Tuesday morning and do it with you?"
                ),
            },
            {
                "kind": "client",
                "at": 30,
                "body": "Tuesday would be lovely. Thank you.",
            },
            {
                "kind": "reply",
                "at": 120,
                "body": (
                    "It was lovely to talk to you, Edith. All 612 photos are now on your computer "
                    "too, in a folder called 'Grandchildren' on the desktop. Try to copy new ones "
                    "across every month or so."
                ),
            },
            {
                "kind": "client",
                "at": 122,
                "body": ("I've looked at them all on the big screen! Thank you so much."),
            },
        ],
        "resolution": {
            "cause": (
                "Nothing was wrong: you wanted a second copy of your photos in case the tablet "
                "ever breaks."
            ),
            "actions": (
                "Copied all 612 photos from the tablet to your computer, into a folder called "
                "'Grandchildren'."
            ),
            "data_safety": "safe",
            "prevention": ("Copy new photos across every month or so, as the guide shows."),
            "guide": "back-up-phone-to-computer",
        },
        "survey": {
            "satisfaction": 5,
            "made_sense": "yes",
            "comment": "Such a kind young man and so patient with me.",
        },
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "edith@demo.test",
        "subject": "I cannot remember my email password",
        "category": "passwords",
        "priority": "normal",
        "status": "new",
        "assignee": None,
        "channel": "portal",
        "days_ago": 0.2,
        "impact": "cant_work",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "I'm so sorry to bother you. I've forgotten the password for my email and I've "
                    "tried so many times it has locked me out. I'm hopeless with these things. My "
                    "daughter is sending the holiday details today and I don't want to miss them."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "edith@demo.test",
        "subject": "My computer says it is full",
        "category": "performance",
        "priority": "normal",
        "status": "waiting",
        "assignee": "jordan@demo.test",
        "channel": "portal",
        "days_ago": 45.5,
        "impact": "slows_me",
        "data_worry": "not_sure",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "A message keeps coming up saying the computer is full. I don't know what I "
                    "have filled it with. I am worried that if I delete things I will lose my "
                    "photos. Is it something I did?"
                ),
            },
            {
                "kind": "reply",
                "at": 20,
                "body": (
                    "Open Storage Sense or Disk Management and check the free space on the C: "
                    "drive. Then run Disk Cleanup and clear the WinSxS and temp folders."
                ),
            },
            {
                "kind": "client",
                "at": 48,
                "body": (
                    "I am sorry, I could not find any of those things. I did not want to break "
                    "anything so I stopped."
                ),
            },
            {
                "kind": "reply",
                "at": 50,
                "body": (
                    "That's my fault, Edith, I made it sound far too complicated. Please don't "
                    "delete anything: your photos are safe. I can do it all for you over the "
                    "internet. Could you tell me a day and time this week when you'll be at the "
                    "computer? I'll ring you first."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
    {
        "client": "edith@demo.test",
        "subject": "My emails have stopped coming",
        "category": "email",
        "priority": "normal",
        "status": "closed",
        "assignee": "tech@demo.test",
        "channel": "phone",
        "days_ago": 79.6,
        "impact": "annoyance",
        "data_worry": "not_sure",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "Caller says: I haven't had any emails for three days, which is not like my "
                    "sister. I'm worried they've all disappeared somewhere."
                ),
            },
            {
                "kind": "reply",
                "at": 0.5,
                "body": (
                    "Edith, your emails haven't disappeared. I've had a look, and your email "
                    "program had stopped checking for new messages. I've set it going again, and "
                    "14 new emails have just arrived, including several from your sister."
                ),
            },
            {
                "kind": "client",
                "at": 0.8,
                "body": ("Caller says: oh, there they are! Thank you ever so much."),
            },
        ],
        "resolution": {
            "cause": (
                "Your email program had stopped checking for new emails. None were lost: they were "
                "waiting to be collected."
            ),
            "actions": ("Set the email program checking again, and all 14 waiting emails arrived."),
            "data_safety": "safe",
            "prevention": (
                "If no emails come for a day or two, close the email program and open it again. If "
                "that doesn't help, ring us."
            ),
            "guide": "email-stopped-arriving",
        },
        "survey": None,
        "reopened": False,
        "came_back_days": 14,
    },
    {
        "client": "edith@demo.test",
        "subject": "Phone keeps beeping about storage",
        "category": "phones",
        "priority": "normal",
        "status": "open",
        "assignee": "tech@demo.test",
        "channel": "portal",
        "days_ago": 5.2,
        "impact": "annoyance",
        "data_worry": "no",
        "needed_by_hours": None,
        "messages": [
            {
                "kind": "client",
                "at": 0,
                "body": (
                    "My phone keeps beeping and saying 'storage almost full'. I don't know what it "
                    "means. It beeps at night and wakes me up. Have I done something wrong?"
                ),
            },
            {
                "kind": "reply",
                "at": 3,
                "body": "Just delete some apps you don't use.",
            },
            {
                "kind": "client",
                "at": 20,
                "body": ("I do not know which ones I use. Will it delete my photos?"),
            },
            {
                "kind": "reply",
                "at": 22,
                "body": (
                    "Sorry Edith, that was far too short of me. Nothing will be deleted unless you "
                    "choose it, and your photos are safe. The phone is almost full, mostly with "
                    "old videos people have sent you in messages. I'll ring you on Thursday at 10 "
                    "and we'll look together, and I'll show you how to stop it beeping at night."
                ),
            },
        ],
        "resolution": None,
        "survey": None,
        "reopened": False,
        "came_back_days": None,
    },
]
