"""The starting guide library, loaded by a data migration and seed_demo."""

from __future__ import annotations

GUIDES: list[dict[str, object]] = [
    {
        "slug": "reconnect-shared-drive",
        "title": "Get your shared drive back",
        "category": "network-drives",
        "audience": "new",
        "tags": ["S drive", "S: drive", "network drive", "shared drive", "office files"],
        "problem": "My S: drive has disappeared and I can't find the office files.",
        "safe_note": (
            "Your files are still on the office server. "
            "Your computer has only lost its shortcut to them."
        ),
        "summary": "Put the shared drive back in File Explorer so you can open the office files.",
        "steps": [
            {
                "title": "Check you are on the office network",
                "body": (
                    "Make sure you are at the office, or linked to it from home. "
                    "If you use an app to reach the office from home, open it and sign in first."
                ),
            },
            {
                "title": "Open File Explorer",
                "body": (
                    "Click the **yellow folder** on the bar at the bottom of the screen. "
                    "You can also hold the **Windows key** and press **E**."
                ),
            },
            {
                "title": "Click This PC",
                "body": (
                    "Click **This PC** in the list on the left. "
                    "If you see the drive with a red cross, double-click it. "
                    "It may come back by itself."
                ),
            },
            {
                "title": "Open Map network drive",
                "body": (
                    "On Windows 11, click the **three dots** (**...**) at the top, "
                    "then **Map network drive**. "
                    "On Windows 10, click the **Computer** tab at the top, "
                    "then **Map network drive**."
                ),
            },
            {
                "title": "Pick the letter and type the address",
                "body": (
                    "In **Drive**, pick the letter you had before, such as **S:**. "
                    "In **Folder**, type the address your technician gave you. "
                    r"It looks like `\\office-server\shared`."
                ),
            },
            {
                "title": "Tick the box and click Finish",
                "body": (
                    "Tick **Reconnect at sign-in** so it comes back each day. "
                    "Then click **Finish**. "
                    "If it asks for a password, use your normal office sign-in."
                ),
            },
            {
                "title": "Check your files are there",
                "body": (
                    "The drive opens in a new window. Open a file you know to be sure. "
                    "*On a Mac:* in Finder, click **Go** then **Connect to Server**, "
                    "type the address and click **Connect**."
                ),
            },
        ],
        "prevent": (
            "Keep the drive address on a note by your desk, "
            "and always tick **Reconnect at sign-in**. "
            "If the drive is missing after a restart, wait one minute. "
            "It often comes back once the network is ready."
        ),
    },
    {
        "slug": "phone-photos-memory-card",
        "title": "Get your photos back from the memory card",
        "category": "phones",
        "audience": "new",
        "tags": ["photos gone", "memory card", "SD card", "gallery empty", "phone pictures"],
        "problem": "All my photos have vanished from my phone's gallery.",
        "safe_note": (
            "Your photos are still on the memory card. "
            "The phone has only lost touch with the card for a moment."
        ),
        "summary": (
            "Put the memory card back in place so the phone sees your photos, "
            "then copy them to your computer."
        ),
        "steps": [
            {
                "title": "Turn the phone off",
                "body": (
                    "Hold the **power button** and tap **Power off**. "
                    "Never take the card out while the phone is on. "
                    "That is how photos get damaged."
                ),
            },
            {
                "title": "Open the card tray",
                "body": (
                    "Find the tiny hole on the side of the phone. "
                    "Push the tray tool, or a straightened paper clip, gently into the hole. "
                    "On some older phones the card sits under the back cover."
                ),
            },
            {
                "title": "Take the card out and look at it",
                "body": (
                    "Lift the small card out of the tray. "
                    "If the gold edge looks dusty, wipe it softly with a clean, dry cloth. "
                    "Try not to touch the gold part with your fingers."
                ),
            },
            {
                "title": "Put the card back firmly",
                "body": (
                    "Lay the card in the tray the same way it came out. "
                    "Slide the tray back in until it sits flat with the side of the phone."
                ),
            },
            {
                "title": "Turn the phone on and check",
                "body": (
                    "Turn the phone on and open **Gallery** or **Photos**. "
                    "Your pictures may take a minute to appear. "
                    "If they don't, call us, and don't let the phone format (wipe) the card."
                ),
            },
            {
                "title": "Connect the phone to your computer",
                "body": (
                    "Plug the phone into the computer with its charging cable and unlock it. "
                    "Pull down from the top of the phone screen, tap the **USB** message, "
                    "and choose **File transfer**."
                ),
            },
            {
                "title": "Copy the photos to the computer",
                "body": (
                    "In File Explorer, click **This PC**, then your phone, then the **SD card**. "
                    "Open the **DCIM** folder, where phones keep photos. "
                    "Copy its folders into your **Pictures** folder, but don't move them."
                ),
            },
            {
                "title": "Check the copies open",
                "body": (
                    "Open a few photos on the computer to be sure they are there, "
                    "before you delete any from the phone. "
                    "*On an iPhone:* there is no memory card, "
                    "so see the guide on backing up a phone."
                ),
            },
        ],
        "prevent": (
            "Copy your photos to the computer once a month. "
            "Always turn the phone off before you touch the card. "
            "If the card loses touch again, it may be wearing out, so ask us about a new one."
        ),
    },
    {
        "slug": "reset-forgotten-password",
        "title": "Reset a password you forgot",
        "category": "passwords",
        "audience": "new",
        "tags": ["forgot password", "reset password", "locked out", "can't sign in", "login"],
        "problem": "I forgot my password and now I can't get into my account.",
        "safe_note": (
            "Your account and everything in it are safe. "
            "A new password only changes the key. Your emails and files stay the same."
        ),
        "summary": "Make a new password yourself, using the website's own reset button.",
        "steps": [
            {
                "title": "Go to the sign-in page yourself",
                "body": (
                    "Type the website address yourself, or use your saved bookmark. "
                    "Don't use a link from an email you did not expect."
                ),
            },
            {
                "title": "Click Forgot password",
                "body": (
                    "Under the password box, click **Forgot password?** "
                    "It may also say **Can't sign in?** or **Reset password**."
                ),
            },
            {
                "title": "Type your email address",
                "body": (
                    "Type the email address or user name you use for this account. "
                    "Then click **Next** or **Send**."
                ),
            },
            {
                "title": "Find the code they send you",
                "body": (
                    "Look in your email or your phone's text messages. "
                    "If it is not there, check the **Junk** or **Spam** folder. "
                    "Codes only last a few minutes, so use it soon."
                ),
            },
            {
                "title": "Make a new password",
                "body": (
                    "Type the code, then choose a new password. "
                    "Three random words are easy to remember and hard to guess, "
                    "like *Teapot Garden Rocket 7*. Don't use an old password again."
                ),
            },
            {
                "title": "Sign in on your other devices",
                "body": (
                    "Your phone or tablet may now ask for the new password. "
                    "Type it in there too, so your email keeps coming."
                ),
            },
            {
                "title": "For your work computer, call us",
                "body": (
                    "If it is the password for your office computer, call us instead. "
                    "Don't keep guessing. Too many tries can lock the account for a while."
                ),
            },
        ],
        "prevent": (
            "Let your web browser save your passwords, or write them in a notebook kept safe "
            "at home. Add your phone number to your accounts. Then a reset code can reach you."
        ),
    },
    {
        "slug": "printer-offline",
        "title": "Get an offline printer printing again",
        "category": "printers",
        "audience": "new",
        "tags": ["printer offline", "printer not working", "can't print", "print queue", "printer"],
        "problem": 'My printer says "offline" and nothing will print.',
        "safe_note": (
            "Nothing is broken and your documents are safe. "
            '"Offline" only means the computer can\'t reach the printer right now.'
        ),
        "summary": "Help your computer find the printer again so your documents print.",
        "steps": [
            {
                "title": "Check the printer is on and awake",
                "body": (
                    "Look for lights or a lit screen on the printer. "
                    "Press any button to wake it up. "
                    "Check it has paper and no red or orange warning light."
                ),
            },
            {
                "title": "Check the cable or the Wi-Fi",
                "body": (
                    "If a cable joins the printer to the computer, push it in firmly at both ends. "
                    "If the printer uses Wi-Fi, check its screen shows it is connected."
                ),
            },
            {
                "title": "Turn the printer off and on",
                "body": (
                    "Turn the printer off and wait 30 seconds. Turn it back on. "
                    "Wait until it stops making noises, then try to print again."
                ),
            },
            {
                "title": "Restart the computer",
                "body": (
                    "Save your work first. Click **Start**, then the **power** button, "
                    "then **Restart**. Try printing again once it is back."
                ),
            },
            {
                "title": "Clear any stuck documents",
                "body": (
                    "Click **Start**, then **Settings**, then **Printers & scanners**. "
                    "It is under **Bluetooth & devices** on Windows 11, "
                    "or **Devices** on Windows 10. "
                    "Click your printer, open the print queue and cancel any stuck documents."
                ),
            },
            {
                "title": "Make sure it isn't set to offline",
                "body": (
                    "In the print queue on Windows 10, click the **Printer** menu. "
                    "If **Use Printer Offline** has a tick, click it to remove the tick."
                ),
            },
            {
                "title": "Pick the right printer",
                "body": (
                    "When you print, look at the printer name in the Print window. "
                    'There may be two with similar names, like "Copy 1". Try the other one.'
                ),
            },
            {
                "title": "Print a test page",
                "body": (
                    "In **Printers & scanners**, click your printer and choose **Print test page** "
                    "(on Windows 10, click **Manage** first). "
                    "*On a Mac:* open **System Settings**, then **Printers & Scanners**, "
                    "and check the printer is not paused."
                ),
            },
        ],
        "prevent": (
            "Leave the printer on, or let it sleep by itself, instead of turning it off at the "
            "wall. If it goes offline often, ask us. We can set it up so the computer always "
            "finds it."
        ),
    },
    {
        "slug": "wifi-wont-connect",
        "title": "Get back on the Wi-Fi",
        "category": "internet",
        "audience": "new",
        "tags": ["wifi", "Wi-Fi", "no internet", "can't connect", "router"],
        "problem": "My computer won't connect to the Wi-Fi and I have no internet.",
        "safe_note": (
            "Your files and emails are safe. Nothing is lost when the Wi-Fi drops. "
            "The computer just needs to link up again."
        ),
        "summary": "Get your computer back onto the Wi-Fi, one simple check at a time.",
        "steps": [
            {
                "title": "Check your other devices",
                "body": (
                    "Does your phone work on the same Wi-Fi? "
                    "If nothing works, the problem is the router. "
                    "That is the box with lights from your internet company."
                ),
            },
            {
                "title": "Turn Wi-Fi off and on",
                "body": (
                    "Click the **Wi-Fi** symbol by the clock, at the bottom right. "
                    "Make sure **Airplane mode** is off. "
                    "Click the **Wi-Fi** button to turn it off, "
                    "wait a few seconds, then turn it on."
                ),
            },
            {
                "title": "Pick your network and check the password",
                "body": (
                    "Click your Wi-Fi name and click **Connect**. "
                    "The password is often on a sticker on the router. "
                    "Capital letters matter, so type it with care."
                ),
            },
            {
                "title": "Restart the router",
                "body": (
                    "Unplug the router's power, wait 30 seconds and plug it back in. "
                    "Then wait 3 minutes for the lights to settle. "
                    "Don't press the tiny **Reset** hole, because that wipes the router's settings."
                ),
            },
            {
                "title": "Restart the computer",
                "body": (
                    "Save your work. Click **Start**, then the **power** button, then **Restart**. "
                    "Try the Wi-Fi again once it is back."
                ),
            },
            {
                "title": "Forget the network and join again",
                "body": (
                    "Only do this if you know the Wi-Fi password. Open **Settings**, then "
                    "**Network & internet**, then **Wi-Fi**, then **Manage known networks**. "
                    "Click **Forget** next to your Wi-Fi, then join it again."
                ),
            },
            {
                "title": "Move closer to the router",
                "body": (
                    "Walls and floors weaken the signal, so try again in the same room. "
                    "*On a Mac:* click the **Wi-Fi** symbol at the top right of the screen. "
                    "*On an iPhone:* open **Settings**, then **Wi-Fi**."
                ),
            },
        ],
        "prevent": (
            "Keep the router out in the open, not in a cupboard. "
            "Write the Wi-Fi password on a card and keep it safe. "
            "If the Wi-Fi drops every day, tell us."
        ),
    },
    {
        "slug": "email-stopped-arriving",
        "title": "Get your emails arriving again",
        "category": "email",
        "audience": "everyday",
        "tags": ["no emails", "email not arriving", "inbox empty", "junk folder", "Outlook"],
        "problem": "I'm not getting any emails and people say they've sent them.",
        "safe_note": (
            "Your emails are very likely safe. "
            "Most of the time they are waiting in another folder or with your email company."
        ),
        "summary": "Find the missing emails and get new ones landing in your inbox again.",
        "steps": [
            {
                "title": "Check the internet works",
                "body": (
                    "Open a website, such as a news page. "
                    "If it doesn't load, the problem is the internet. "
                    "See the guide on getting back on the Wi-Fi."
                ),
            },
            {
                "title": "Look in the Junk folder",
                "body": (
                    "Open the **Junk** or **Spam** folder on the left. "
                    "If a good email is there, right-click it and mark it **Not junk**. "
                    "In Outlook, also check the **Other** tab at the top of the inbox."
                ),
            },
            {
                "title": "Search for the sender",
                "body": (
                    "Type the sender's name in the **Search** box at the top. "
                    "This looks in every folder, not just the inbox."
                ),
            },
            {
                "title": "Ask for new mail",
                "body": (
                    "In Outlook on the computer, click the **Send / Receive** tab, "
                    "then **Send/Receive All Folders**. "
                    "*On a phone:* pull down on the list of emails to refresh it."
                ),
            },
            {
                "title": "Check your mailbox isn't full",
                "body": (
                    "A full mailbox turns new emails away. "
                    "Empty the **Deleted Items** and **Junk** folders. "
                    "In Gmail, the bottom of the inbox shows how much room you have used."
                ),
            },
            {
                "title": "Check for rules that move emails",
                "body": (
                    "Rules can move emails into other folders without telling you. "
                    "In Outlook, click **File**, then **Manage Rules & Alerts**. "
                    "If you see a rule you don't know, call us instead of deleting it."
                ),
            },
            {
                "title": "Restart and send a test",
                "body": (
                    "Close your email and open it again, or restart the computer. "
                    "Then ask a friend to send you a short test email."
                ),
            },
        ],
        "prevent": (
            "Empty the **Junk** and **Deleted Items** folders once a month. "
            "When a good email lands in Junk, mark it **Not junk**. "
            "Then emails from that person will go to your inbox."
        ),
    },
    {
        "slug": "back-up-phone-to-computer",
        "title": "Back up your phone to your computer",
        "category": "backups",
        "audience": "everyday",
        "tags": ["backup phone", "copy photos", "save pictures", "phone to computer", "iPhone"],
        "problem": "I want to keep a copy of my phone's photos in case I lose it.",
        "safe_note": ("Nothing on your phone is deleted or changed. A backup only makes a copy."),
        "summary": "Copy the photos and videos from your phone onto your computer, safely.",
        "steps": [
            {
                "title": "Plug the phone into the computer",
                "body": (
                    "Use the phone's charging cable. Unlock the phone with your code or finger."
                ),
            },
            {
                "title": "Let the computer see the phone",
                "body": (
                    "*On Android:* pull down from the top of the screen, tap the **USB** message "
                    "and choose **File transfer**. "
                    "*On an iPhone:* tap **Trust** and type your phone's passcode."
                ),
            },
            {
                "title": "Make a folder for the copy",
                "body": (
                    "Open File Explorer and go to **Pictures**. "
                    "Right-click an empty spot, choose **New**, then **Folder**. "
                    "Give it a name with today's date, like *Phone backup May*."
                ),
            },
            {
                "title": "Find the photos on the phone",
                "body": (
                    "In File Explorer, click **This PC**, then your phone. "
                    "Open **Internal storage**, then the **DCIM** folder. "
                    "DCIM is the folder where phones keep photos."
                ),
            },
            {
                "title": "Copy, don't move",
                "body": (
                    "Click inside the folder and press **Ctrl** and **A** to choose everything. "
                    "Press **Ctrl** and **C** to copy. "
                    "Open your new folder and press **Ctrl** and **V** to paste."
                ),
            },
            {
                "title": "Wait, then check",
                "body": (
                    "Leave the phone plugged in until the copying box closes. "
                    "Then open a few photos on the computer to be sure they came across."
                ),
            },
            {
                "title": "Back up the whole iPhone",
                "body": (
                    "To save messages and settings too, open the free **Apple Devices** app on "
                    "Windows. Click your iPhone, then **Back Up Now**. "
                    "*On a Mac:* click the iPhone in Finder, then **Back Up Now**."
                ),
            },
            {
                "title": "Keep a second copy",
                "body": (
                    "A copy on one computer can still be lost. "
                    "Copy the folder to a USB drive or an external hard drive too, "
                    "and keep it somewhere safe."
                ),
            },
        ],
        "prevent": (
            "Set a reminder to do this once a month. "
            "You can also turn on your phone's own online backup, such as "
            "**iCloud Photos** or **Google Photos**."
        ),
    },
    {
        "slug": "spot-phishing-email",
        "title": "Spot a fake email, and what to do if you clicked",
        "category": "security",
        "audience": "everyday",
        "tags": ["phishing", "fake email", "scam", "spam", "clicked a link"],
        "problem": "I got a strange email asking me to sign in, and I think I clicked the link.",
        "safe_note": (
            "If you typed your password, change it now. "
            "Your files are not deleted by a fake email. "
            "If you opened an attachment, tell us today so we can check your computer."
        ),
        "summary": "Learn the signs of a fake email, and what to do fast if you were caught out.",
        "steps": [
            {
                "title": "Check who really sent it",
                "body": (
                    "Click or point at the sender's name to see the full email address. "
                    "A fake may look close but be wrong, like *paypa1-help@mail-xyz.com*."
                ),
            },
            {
                "title": "Watch for pressure",
                "body": (
                    'Be careful with words like "urgent", "account locked" or "payment failed". '
                    "Scammers want you to rush. Requests for gift cards are always a scam."
                ),
            },
            {
                "title": "Point at links before you click",
                "body": (
                    "Rest the mouse on a link without clicking, "
                    "and the real address shows at the bottom of the window. "
                    "If it looks odd, don't click. *On a phone:* don't tap links you doubt."
                ),
            },
            {
                "title": "Don't open surprise attachments",
                "body": (
                    "Be wary of files you did not expect, even from people you know. "
                    "Never click **Enable content** or **Enable editing** in a file from an email."
                ),
            },
            {
                "title": "Check another way",
                "body": (
                    "Call the person or company on a number you already know. "
                    "Don't use the phone number or links in the email."
                ),
            },
            {
                "title": "If you typed your password",
                "body": (
                    "Change it now: type the real website address yourself and sign in there. "
                    "Change it anywhere else you use the same password. "
                    "Then turn on sign-in codes."
                ),
            },
            {
                "title": "If you gave bank details or opened a file",
                "body": (
                    "Call your bank on the number on your card, "
                    "then call us so we can check your computer. "
                    "You are not in trouble. These emails fool careful people every day."
                ),
            },
            {
                "title": "Report it and delete it",
                "body": (
                    "In Outlook, click **Report**, then **Report phishing**. "
                    "In Gmail, click the **three dots**, then **Report phishing**. "
                    "Then delete the email."
                ),
            },
        ],
        "prevent": (
            "Real companies never ask for your password by email. "
            "Turn on sign-in codes for your email and bank. "
            "When in doubt, send the email to us to check, and we will gladly look."
        ),
    },
    {
        "slug": "disk-full",
        "title": "Make room when your computer is full",
        "category": "performance",
        "audience": "everyday",
        "tags": ["disk full", "low disk space", "storage full", "no space", "C drive"],
        "problem": "My computer keeps saying the disk is full and I can't save anything.",
        "safe_note": (
            "Your files are safe. A full disk slows things down but does not delete anything. "
            "These steps only remove what you choose."
        ),
        "summary": "Free up space safely, starting with things the computer doesn't need.",
        "steps": [
            {
                "title": "See what is using the space",
                "body": (
                    "Click **Start**, then **Settings**, then **System**, then **Storage**. "
                    "You will see a bar for each kind of file. "
                    "*On a Mac:* open **System Settings**, then **General**, then **Storage**."
                ),
            },
            {
                "title": "Check and empty the Recycle Bin",
                "body": (
                    "Double-click the **Recycle Bin** on the desktop and look through it first. "
                    "Right-click anything you need and choose **Restore**. "
                    "Then click **Empty Recycle Bin**."
                ),
            },
            {
                "title": "Remove files Windows doesn't need",
                "body": (
                    "In **Storage**, click **Temporary files**. "
                    "Untick **Downloads**, unless you have checked that folder yourself. "
                    "Then click **Remove files**."
                ),
            },
            {
                "title": "Tidy the Downloads folder",
                "body": (
                    "Open File Explorer and click **Downloads**. "
                    "Move anything you want to keep into **Documents**. "
                    "Delete old things you know you don't need, like setup files."
                ),
            },
            {
                "title": "Move big photos and videos",
                "body": (
                    "Copy old photos and videos to a USB drive or an external hard drive. "
                    "Open a few on the drive to check them. "
                    "Only then delete them from the computer."
                ),
            },
            {
                "title": "Remove programs you never use",
                "body": (
                    "In **Settings**, open **Apps**, then **Installed apps** "
                    "(on Windows 10, **Apps & features**). "
                    "Only remove programs you know. If you are not sure, leave it."
                ),
            },
            {
                "title": "Turn on Storage Sense",
                "body": (
                    "In **Settings**, **System**, **Storage**, turn on **Storage Sense**. "
                    "It clears out the computer's leftover files by itself."
                ),
            },
            {
                "title": "Restart the computer",
                "body": (
                    "Click **Start**, then the **power** button, then **Restart**. "
                    "This clears more leftover files."
                ),
            },
        ],
        "prevent": (
            "Keep **Storage Sense** turned on. "
            "Every few months, move old photos and videos to an external drive. "
            "Empty the Recycle Bin after you check it."
        ),
    },
    {
        "slug": "computer-slow",
        "title": "Speed up a slow computer",
        "category": "performance",
        "audience": "everyday",
        "tags": ["slow computer", "freezing", "running slow", "takes forever", "laptop slow"],
        "problem": "My computer has become really slow and keeps freezing.",
        "safe_note": (
            "Your files are safe. A slow computer is usually tired, not broken. "
            "None of these steps remove your documents."
        ),
        "summary": "Give your computer a fresh start and stop the things that slow it down.",
        "steps": [
            {
                "title": "Save your work and restart",
                "body": (
                    "Closing the lid is not the same as a restart. "
                    "Click **Start**, then the **power** button, then **Restart**. "
                    "This alone fixes a lot."
                ),
            },
            {
                "title": "Close what you are not using",
                "body": (
                    "Each open program and web page tab uses up the computer's memory. "
                    "Close the ones you don't need right now."
                ),
            },
            {
                "title": "Install updates",
                "body": (
                    "Click **Start**, then **Settings**, then **Windows Update**. "
                    "On Windows 10, it is under **Update & Security**. "
                    "Click **Check for updates**, install them and restart."
                ),
            },
            {
                "title": "See what is keeping it busy",
                "body": (
                    "Press **Ctrl**, **Shift** and **Esc** together to open **Task Manager**. "
                    "Programs near the top are using the most. "
                    "Close only ones you know, and save your work first."
                ),
            },
            {
                "title": "Stop programs starting by themselves",
                "body": (
                    "In Task Manager, open **Startup apps** (on Windows 10, the **Startup** tab). "
                    "Right-click a program you know and choose **Disable**. "
                    "This doesn't remove it, but leave your virus checker on."
                ),
            },
            {
                "title": "Check there is free space",
                "body": (
                    "A nearly full computer runs slowly. "
                    "If **Storage** in **Settings** shows the bar is almost full, "
                    "see the guide on making room when your computer is full."
                ),
            },
            {
                "title": "Run a virus check",
                "body": (
                    "Click **Start** and type **Windows Security**, then open it. "
                    "Click **Virus & threat protection**, then **Quick scan**. "
                    "*On a Mac:* use **Activity Monitor** to see what is busy."
                ),
            },
        ],
        "prevent": (
            "Restart your computer once a week. "
            "Let updates install when asked. "
            "Keep some free space, and close programs you are done with."
        ),
    },
    {
        "slug": "no-sound-video-call",
        "title": "Fix the sound in a video call",
        "category": "video-calls",
        "audience": "new",
        "tags": ["no sound", "can't hear", "microphone", "Zoom", "Teams"],
        "problem": "I can't hear anyone on my video call, and they can't hear me.",
        "safe_note": (
            "Nothing is broken. Sound trouble in a call is nearly always a setting. "
            "You can fix it while the call carries on."
        ),
        "summary": "Get your speaker and microphone working in Zoom, Teams or Google Meet.",
        "steps": [
            {
                "title": "Check mute and volume",
                "body": (
                    "Look at the microphone button in the call. If it has a line through it, "
                    "click it. Turn the volume up with the **speaker** symbol by the clock."
                ),
            },
            {
                "title": "Join the call's sound",
                "body": (
                    "In Zoom, you may need to click **Join Audio**, "
                    "then **Join with Computer Audio**. "
                    "Without this, you hear nothing at all."
                ),
            },
            {
                "title": "Pick the right speaker and microphone",
                "body": (
                    "In Zoom, click the small **arrow** next to the microphone button. "
                    "In Teams, click **More** (**...**), then **Settings**, "
                    "then **Device settings**. Choose the speaker and microphone you use."
                ),
            },
            {
                "title": "Check your headset",
                "body": (
                    "Unplug the headset and plug it back in. "
                    "Check its own mute switch. "
                    "Wireless headphones may be linked to your phone instead of the computer."
                ),
            },
            {
                "title": "Check the computer's sound settings",
                "body": (
                    "Right-click the **speaker** symbol by the clock "
                    "and choose **Sound settings**. "
                    "Pick the right device under **Output** and **Input**. "
                    "Speak, and watch for the bar to move."
                ),
            },
            {
                "title": "Let the call use your microphone",
                "body": (
                    "Open **Settings**, then **Privacy & security**, then **Microphone**, "
                    "and turn access on. In a web browser, click the **padlock** left of the "
                    "address and allow the microphone."
                ),
            },
            {
                "title": "Leave and join again",
                "body": (
                    "Leave the call and join it again with the same link. "
                    "If that fails, restart the computer. "
                    "*On a Mac:* check **System Settings**, then **Privacy & Security**."
                ),
            },
        ],
        "prevent": (
            "Join five minutes early. Zoom and Teams let you test your sound before you go in. "
            "Use the same headset each time so the computer remembers it."
        ),
    },
    {
        "slug": "pdf-wont-open",
        "title": "Open a PDF that won't open",
        "category": "software",
        "audience": "everyday",
        "tags": ["PDF", "won't open", "Adobe", "attachment", "document error"],
        "problem": "A PDF someone sent me won't open, or it opens as a mess.",
        "safe_note": (
            "The document is very likely fine. "
            "Usually the computer just needs to be told which program to open it with."
        ),
        "summary": "Open PDF documents with the right program, and keep it that way.",
        "steps": [
            {
                "title": "Save it first, then open it",
                "body": (
                    "If the PDF came by email, save it to **Documents** first. "
                    "Wait for the download to finish. Then open it from there."
                ),
            },
            {
                "title": "Open it with a different program",
                "body": (
                    "Right-click the file and choose **Open with**. "
                    "Pick **Microsoft Edge**, which can open PDFs, or **Adobe Acrobat Reader**."
                ),
            },
            {
                "title": "Set the program to use every time",
                "body": (
                    "Right-click the file, choose **Open with**, then **Choose another app**. "
                    "Pick the program and click **Always**. "
                    "On Windows 10, tick **Always use this app** instead."
                ),
            },
            {
                "title": "Get the free PDF reader",
                "body": (
                    "If you have no PDF program, get Adobe Acrobat Reader from "
                    "[get.adobe.com/reader](https://get.adobe.com/reader/). "
                    "Untick any extra offers before you click **Download**."
                ),
            },
            {
                "title": "Update the reader",
                "body": (
                    "Old versions can fail on new files. "
                    "In Adobe Acrobat Reader, click **Menu**, then **Help**, "
                    "then **Check for updates**."
                ),
            },
            {
                "title": "If it asks for a password",
                "body": (
                    "Some PDFs are locked by the sender. "
                    "Ask the person who sent it for the password. It is not your own password."
                ),
            },
            {
                "title": "Ask for a fresh copy",
                "body": (
                    "If it still won't open, the file may have been damaged on the way. "
                    "Ask the sender to send it again. "
                    "*On a Mac:* right-click the file, choose **Open With**, then **Preview**."
                ),
            },
        ],
        "prevent": (
            "Keep one PDF program and let it update. "
            "Save attachments before you open them. "
            "Only open PDFs you expected, from people you know."
        ),
    },
    {
        "slug": "two-step-sign-in-codes",
        "title": "Use the sign-in codes on your phone",
        "category": "passwords",
        "audience": "everyday",
        "tags": ["sign-in code", "verification code", "two-step", "authenticator", "text code"],
        "problem": "It keeps asking me for a code on my phone and I don't know what to do.",
        "safe_note": (
            "These codes keep your account safe. "
            "If a code doesn't work, your account is not locked or lost. "
            "You can simply ask for a new one."
        ),
        "summary": "Understand the codes sent to your phone and use them with confidence.",
        "steps": [
            {
                "title": "Know what the code is for",
                "body": (
                    "After your password, some sites ask for a short code from your phone. "
                    "It proves it is really you, even if someone learns your password."
                ),
            },
            {
                "title": "Codes sent by text message",
                "body": (
                    "Wait a minute for the text. Type the numbers soon, as codes run out fast. "
                    "If you asked more than once, only the newest code works."
                ),
            },
            {
                "title": "Codes from an app",
                "body": (
                    "Open the app, such as **Microsoft Authenticator** "
                    "or **Google Authenticator**. "
                    "Find the account and type the six numbers shown now. "
                    "They change every 30 seconds."
                ),
            },
            {
                "title": "Approve only your own sign-in",
                "body": (
                    "Some apps ask **Approve sign-in?** and show a number to type. "
                    "Approve it only if you are signing in right now. "
                    "If you aren't, tap **Deny** and change your password."
                ),
            },
            {
                "title": "If app codes are always wrong",
                "body": (
                    "Check the phone's clock is set by itself. "
                    "*On an iPhone:* **Settings**, **General**, **Date & Time**, "
                    "**Set Automatically**. "
                    "*On Android:* search **Settings** for **Date and time**."
                ),
            },
            {
                "title": "Skip codes on your own computer",
                "body": (
                    "Many sites offer a box like **Don't ask again on this device**. "
                    "Tick it only on your own computer, never on a shared one."
                ),
            },
            {
                "title": "Never share a code",
                "body": (
                    "No bank, company or technician will ask you to read out a code. "
                    "If someone asks, hang up. We will never ask for one."
                ),
            },
        ],
        "prevent": (
            "Many sites give you a list of **backup codes**. Print them and keep them at home. "
            "Before you change phones, ask us to help move your codes across."
        ),
    },
    {
        "slug": "share-calendar",
        "title": "Share your calendar",
        "category": "calendars",
        "audience": "everyday",
        "tags": ["share calendar", "calendar", "Outlook calendar", "Google Calendar", "diary"],
        "problem": "I want my assistant to see my calendar so she can book my appointments.",
        "safe_note": (
            "Nothing is lost or changed until you choose to share. "
            "You decide who sees your calendar, and you can stop at any time."
        ),
        "summary": "Let someone see or help manage your calendar, and choose how much they see.",
        "steps": [
            {
                "title": "Decide how much to share",
                "body": (
                    "You can let people see only when you are busy, see all details, "
                    "or make changes. Start with the least they need."
                ),
            },
            {
                "title": "In Outlook on your computer",
                "body": (
                    "Open the **Calendar**, and on the **Home** tab click **Share Calendar**. "
                    "Click **Add**, choose the person, pick what they can do, and click **OK**. "
                    "In the new Outlook, click **Share** at the top of the calendar."
                ),
            },
            {
                "title": "In Google Calendar",
                "body": (
                    "Point at your calendar under **My calendars** and click the **three dots**. "
                    "Choose **Settings and sharing**, then **Add people and groups**. "
                    "Type their email, pick what they can do, and click **Send**."
                ),
            },
            {
                "title": "On an iPhone",
                "body": (
                    "Open the **Calendar** app and tap **Calendars** at the bottom. "
                    "Tap the **i** next to your calendar, then **Add Person**."
                ),
            },
            {
                "title": "Ask them to accept",
                "body": (
                    "The person gets an email invite. "
                    "Once they accept, your calendar shows up next to theirs."
                ),
            },
            {
                "title": "Keep some events private",
                "body": (
                    "Open an event and mark it **Private**, so others only see that you are busy. "
                    "In Outlook, click the **padlock** button. "
                    "In Google Calendar, change **Default visibility** to **Private**."
                ),
            },
            {
                "title": "Stop sharing when you want",
                "body": (
                    "Go back to the same sharing place. "
                    "Click the **bin** or the **X** next to the person's name to remove them."
                ),
            },
        ],
        "prevent": (
            "Once a year, look at who can see your calendar. Remove anyone who no longer needs it."
        ),
    },
    {
        "slug": "stop-browser-pop-ups",
        "title": "Stop pop-ups in your web browser",
        "category": "security",
        "audience": "everyday",
        "tags": ["pop-ups", "adverts", "virus warning", "browser", "notifications"],
        "problem": "Pop-ups keep appearing on my screen saying my computer has a virus.",
        "safe_note": (
            "Your files are safe. Most pop-ups are adverts or scams, not a real virus. "
            "A pop-up can't harm you unless you do what it says."
        ),
        "summary": "Close scary pop-ups safely and stop websites from sending more.",
        "steps": [
            {
                "title": "Don't call the number",
                "body": (
                    "Real virus warnings never show a phone number. "
                    "Don't call it, and don't click inside the pop-up."
                ),
            },
            {
                "title": "Close the browser",
                "body": (
                    "Click the **X** at the top right. "
                    "If it fills the screen, press **Esc** first. "
                    "If it won't close, press **Ctrl**, **Shift** and **Esc**, pick the browser "
                    "and click **End task**."
                ),
            },
            {
                "title": "Don't bring the pages back",
                "body": (
                    "When you open the browser again, it may offer to **Restore** pages. "
                    "Close that message with the **X** instead."
                ),
            },
            {
                "title": "Stop site notifications",
                "body": (
                    "In Chrome, click the **three dots**, then **Settings**, "
                    "**Privacy and security**, **Site settings**, **Notifications**. "
                    "In Edge, it is under **Cookies and site permissions**. "
                    "Remove sites you don't know."
                ),
            },
            {
                "title": "Turn on the pop-up blocker",
                "body": (
                    "In the same **Site settings** page, open **Pop-ups and redirects**. "
                    "Choose **Don't allow**. In Edge, turn **Block** on."
                ),
            },
            {
                "title": "Turn off add-ons you don't know",
                "body": (
                    "Click the **three dots**, then **Extensions**, then **Manage extensions**. "
                    "Turn off any you don't know with the switch. You can turn them back on later."
                ),
            },
            {
                "title": "Run a virus check",
                "body": (
                    "Click **Start**, type **Windows Security** and open it. "
                    "Click **Virus & threat protection**, then **Quick scan**. "
                    "*On a Mac:* in Safari, open **Settings**, then **Websites**."
                ),
            },
            {
                "title": "If you called or let someone in",
                "body": (
                    "Turn the computer off, and call your bank if you paid or gave card details. "
                    "Then call us. You did nothing wrong, as these scams are very convincing."
                ),
            },
        ],
        "prevent": (
            "When a website asks to show notifications, click **Block**. "
            "Keep your browser updated. "
            "Only install programs from companies you know."
        ),
    },
    {
        "slug": "recover-deleted-file",
        "title": "Get back a file you deleted",
        "category": "files",
        "audience": "new",
        "tags": ["deleted file", "recycle bin", "undo delete", "lost document", "restore file"],
        "problem": "I deleted a document by mistake and I need it back.",
        "safe_note": (
            "A deleted file usually isn't gone yet. "
            "The computer keeps it in the Recycle Bin for a while. "
            "Try these steps before you do anything else."
        ),
        "summary": "Find the file you deleted and put it back where it was.",
        "steps": [
            {
                "title": "Undo straight away",
                "body": (
                    "If you just deleted it, press **Ctrl** and **Z** together. "
                    "The file often pops right back."
                ),
            },
            {
                "title": "Open the Recycle Bin",
                "body": (
                    "Double-click the **Recycle Bin** on your desktop. "
                    "Click the **Date Deleted** heading to put the newest at the top."
                ),
            },
            {
                "title": "Put the file back",
                "body": (
                    "Right-click the file and choose **Restore**. "
                    "It goes back to the folder it came from. "
                    "*On a Mac:* open the **Bin** in the Dock, right-click, choose **Put Back**."
                ),
            },
            {
                "title": "Deleted from the shared drive?",
                "body": (
                    "Files deleted from the office shared drive don't go to your Recycle Bin. "
                    "Call us. The office server often keeps a copy we can bring back."
                ),
            },
            {
                "title": "Check the OneDrive bin",
                "body": (
                    "If the file was in OneDrive, sign in at [office.com](https://www.office.com). "
                    "Open **OneDrive**, then click **Recycle bin** and **Restore**."
                ),
            },
            {
                "title": "Look at older copies",
                "body": (
                    "Right-click the folder the file was in, choose **Properties** and open "
                    "**Previous Versions**. If a copy is listed, click **Open** and copy the file "
                    "out. Don't click **Restore**, as it can replace newer files."
                ),
            },
            {
                "title": "Photos on a phone",
                "body": (
                    "*On an iPhone:* open **Photos**, then **Albums**, then **Recently Deleted**. "
                    "*On Android:* look for **Bin** or **Trash** in the Gallery or Photos menu."
                ),
            },
            {
                "title": "Bin already emptied? Stop and call us",
                "body": (
                    "Use the computer as little as you can. "
                    "New files can write over the old one. Call us, and we will try to get it back."
                ),
            },
        ],
        "prevent": (
            "Look through the Recycle Bin before you empty it. "
            "Ask us to turn on automatic backups, such as OneDrive or File History. "
            "Then older copies are always kept."
        ),
    },
    {
        "slug": "find-saved-file",
        "title": "Find a document you saved",
        "category": "files",
        "audience": "new",
        "tags": ["can't find file", "lost document", "where did it save", "search", "Documents"],
        "problem": "I saved my letter yesterday but now I can't find it anywhere.",
        "safe_note": (
            "Your document is almost certainly still on your computer. "
            "It is just saved somewhere you didn't expect."
        ),
        "summary": "Track down a saved document, then keep it somewhere easy to find.",
        "steps": [
            {
                "title": "Look in the program's recent list",
                "body": (
                    "Open Word, or the program you used. Click **File**, then **Open**. "
                    "Your recent documents are listed, with where each one is saved."
                ),
            },
            {
                "title": "Check recent files in File Explorer",
                "body": (
                    "Open File Explorer. On the **Home** page (Windows 11) or **Quick access** "
                    "(Windows 10), look under **Recent**."
                ),
            },
            {
                "title": "Search for it by name",
                "body": (
                    "In File Explorer, click **This PC**, "
                    "then type part of the name in the **Search** box at the top right. "
                    "Give it a minute. If you forget the name, try a word from inside it."
                ),
            },
            {
                "title": "Check the usual places",
                "body": (
                    "Look in **Desktop**, **Documents** and **Downloads**. "
                    "There may be two **Documents** folders, one on the computer and one in "
                    "**OneDrive**. Check both."
                ),
            },
            {
                "title": "Sort by date",
                "body": (
                    "Open a folder and click the **Date modified** heading. "
                    "Click it again to put the newest files at the top."
                ),
            },
            {
                "title": "Search on a Mac",
                "body": (
                    "*On a Mac:* open Finder and click **Recents**. "
                    "Or press **Command** and the **space bar**, then type the name."
                ),
            },
            {
                "title": "Still missing? Call us",
                "body": (
                    "If you opened the file from an email, it may be in a hidden folder. "
                    "Call us, and don't save over it. We can find it together."
                ),
            },
        ],
        "prevent": (
            "When you save, read the folder name in the **Save As** window. "
            "Make one folder for each client or project inside **Documents**, "
            "and save there each time."
        ),
    },
    {
        "slug": "email-attachment-too-big",
        "title": "Send a file that's too big for email",
        "category": "email",
        "audience": "everyday",
        "tags": ["attachment too big", "file too large", "send large file", "email size", "zip"],
        "problem": "My email won't send because it says the attachment is too large.",
        "safe_note": (
            "Your file is fine and nothing has been sent yet. "
            "Email just has a size limit, and there are easy ways around it."
        ),
        "summary": "Send a large file by sharing a link, or by making it smaller.",
        "steps": [
            {
                "title": "Check how big the file is",
                "body": (
                    "Right-click the file and choose **Properties** to see its **Size**. "
                    "Most email allows about 20 to 25 MB (megabytes) in total."
                ),
            },
            {
                "title": "Share a link instead",
                "body": (
                    "Save the file in **OneDrive**, then right-click it and choose **Share**. "
                    "Click **Copy link** and paste the link into your email. "
                    "The person clicks it to get the file."
                ),
            },
            {
                "title": "In Gmail, let Google Drive help",
                "body": (
                    "If you attach a big file in Gmail, it offers to use **Google Drive**. "
                    "Accept, click **Send**, and choose who can open it."
                ),
            },
            {
                "title": "Zip several files into one",
                "body": (
                    "Select the files, right-click and choose **Compress to ZIP file**. "
                    "On Windows 10, choose **Send to**, then **Compressed (zipped) folder**. "
                    "This helps most with documents, less with photos."
                ),
            },
            {
                "title": "Make photos smaller",
                "body": (
                    "Open the photo in the **Photos** app, click the **three dots** "
                    "and choose **Resize image**. "
                    "*On an iPhone:* Mail offers a smaller size when you send photos."
                ),
            },
            {
                "title": "Make a PDF smaller",
                "body": (
                    "In Word, click **File**, then **Save As**, and pick **PDF**. "
                    "Choose **Minimum size** before you click **Save**."
                ),
            },
            {
                "title": "Send it in parts",
                "body": (
                    "Split the files over two or three emails, each under the limit. "
                    "Number them, like *Part 1 of 3*, so nothing is missed. "
                    "*On a Mac:* right-click the files and choose **Compress** to zip them."
                ),
            },
        ],
        "prevent": (
            "Keep big files in **OneDrive** or **Google Drive** and send a link. "
            "When you scan, pick a lower quality setting for plain text pages."
        ),
    },
]
