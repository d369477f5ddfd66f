"""Technical terms and their plain wording, loaded into the editable glossary by a migration."""

from __future__ import annotations

GLOSSARY: list[dict[str, object]] = [
    {
        "term": "IP address",
        "plain": "the device's number on the network",
        "explanation": (
            "An IP address is the number that lets other devices on the network find this"
            " one, a bit like a house number."
        ),
        "variants": [
            "IP addresses",
            "IPv4 address",
            "IPv6 address",
            "IPv4",
            "IPv6",
            "public IP",
            "private IP",
            "local IP",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "router",
        "plain": "the internet box",
        "explanation": (
            "The router is the box that shares your internet connection with the "
            "computers and phones in your home or office."
        ),
        "variants": ["routers", "wireless router", "broadband router", "Wi-Fi router"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "modem",
        "plain": "the box that connects to your provider's line",
        "explanation": (
            "The modem is the box that links your home or office to your internet "
            "provider's line, and it is often built into the same box that gives out the "
            "Wi-Fi."
        ),
        "variants": ["modems", "cable modem", "DSL modem", "fibre modem"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "ISP",
        "plain": "your internet provider",
        "explanation": "Your ISP is the company you pay for your internet connection.",
        "variants": ["ISPs", "internet service provider", "internet service providers"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "DNS",
        "plain": "the internet's address book",
        "explanation": "DNS turns website names into the numbers computers use to find them.",
        "variants": [
            "domain name system",
            "DNS server",
            "DNS servers",
            "DNS settings",
            "DNS record",
            "DNS records",
            "DNS cache",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "VPN",
        "plain": "a private, protected connection to the office",
        "explanation": (
            "A VPN lets your computer connect safely to the office's systems from home or"
            " elsewhere, as if you were in the building."
        ),
        "variants": [
            "VPNs",
            "virtual private network",
            "VPN connection",
            "VPN client",
            "VPN tunnel",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "SMB",
        "plain": "the way computers share files on a network",
        "explanation": (
            "SMB is the set of rules Windows computers use to open and save files on a "
            "shared drive."
        ),
        "variants": ["SMB protocol", "SMBv1", "SMB1", "SMB2", "SMB3", "CIFS"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "NAS",
        "plain": "the office's storage box on the network",
        "explanation": (
            "A NAS is a small box full of storage that sits on the network so everyone "
            "can keep and share files on it."
        ),
        "variants": [
            "NAS drive",
            "NAS box",
            "NAS device",
            "network-attached storage",
            "network attached storage",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "DHCP",
        "plain": "the automatic handing-out of network addresses",
        "explanation": (
            "DHCP is the service, usually inside the internet box, that gives each device"
            " its network address automatically when it connects."
        ),
        "variants": ["DHCP server", "Dynamic Host Configuration Protocol"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "DHCP lease",
        "plain": "the device's borrowed network address",
        "explanation": (
            "A DHCP lease is the network address a device has been lent for a while, "
            "which it renews or hands back later."
        ),
        "variants": ["DHCP leases", "IP lease"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "static IP",
        "plain": "a fixed network address",
        "explanation": (
            "A static IP is a network address that is set by hand and never changes, so "
            "other devices can always find it."
        ),
        "variants": [
            "static IP address",
            "fixed IP",
            "fixed IP address",
            "static address",
            "reserved IP",
            "IP reservation",
            "DHCP reservation",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "subnet",
        "plain": "a section of the network",
        "explanation": (
            "A subnet is one section of a network, like one floor of an office building "
            "having its own group of addresses."
        ),
        "variants": ["subnets", "subnet mask", "subnetting"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "default gateway",
        "plain": "the network's way out to the internet",
        "explanation": (
            "The default gateway is the address of the box that connects your network to "
            "the internet."
        ),
        "variants": ["gateway address", "gateway IP"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "NAT",
        "plain": "address sharing in the internet box",
        "explanation": (
            "NAT lets all the devices in a building share the one internet address your "
            "provider gives you."
        ),
        "variants": ["double NAT", "network address translation", "NAT type"],
        "match_case": True,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "port",
        "plain": "connection point",
        "explanation": (
            "A port is either a socket on a device where a plug goes, or a numbered "
            "channel that programs use to connect over the network."
        ),
        "variants": [
            "ports",
            "port number",
            "port numbers",
            "network port",
            "network ports",
            "open port",
            "open ports",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "port forwarding",
        "plain": "letting outside connections through to one device",
        "explanation": (
            "Port forwarding is a setting in the internet box that lets connections from "
            "outside reach one particular device inside."
        ),
        "variants": [
            "port forward",
            "port forwards",
            "port-forwarding",
            "forwarded port",
            "forwarded ports",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "firewall",
        "plain": "a security guard for connections",
        "explanation": (
            "A firewall is a security filter that blocks unwanted connections to or from "
            "your computer or network."
        ),
        "variants": [
            "firewalls",
            "Windows Firewall",
            "Windows Defender Firewall",
            "firewall rule",
            "firewall rules",
            "firewall settings",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "bandwidth",
        "plain": "how much your connection can carry at once",
        "explanation": (
            "Bandwidth is how much information your connection can carry at the same "
            "time, like the number of lanes on a road."
        ),
        "variants": ["network bandwidth", "upload bandwidth", "download bandwidth"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "latency",
        "plain": "the delay on the connection",
        "explanation": (
            "Latency is the short delay between sending something over the internet and "
            "it arriving, and when it is high, calls lag."
        ),
        "variants": ["high latency", "low latency", "network latency"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "packet loss",
        "plain": "bits of information going missing on the way",
        "explanation": (
            "Packet loss means small pieces of information get lost on their way across "
            "the internet, which causes choppy calls and freezes."
        ),
        "variants": ["dropped packets", "lost packets"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "jitter",
        "plain": "uneven delays on the connection",
        "explanation": (
            "Jitter is when information arrives at uneven speeds, which makes voices and "
            "video on calls sound or look choppy."
        ),
        "variants": ["network jitter"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Mbps",
        "plain": "units of connection speed",
        "explanation": (
            "Mbps is the unit used to measure how fast a connection is, and a bigger "
            "number means faster."
        ),
        "variants": ["megabits per second", "Mb/s", "Mbit/s", "Gbps", "gigabits per second"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "proxy server",
        "plain": "a go-between computer for web visits",
        "explanation": (
            "A proxy server sits between your computer and the internet and passes web "
            "pages back and forth, often to filter or record them."
        ),
        "variants": ["proxy servers", "web proxy", "proxy settings", "HTTP proxy"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Ethernet",
        "plain": "a wired network connection",
        "explanation": (
            "Ethernet is the ordinary wired network connection: a plug-in cable from the "
            "computer to the wall socket or the internet box."
        ),
        "variants": [
            "Ethernet cable",
            "Ethernet cables",
            "Ethernet port",
            "Ethernet connection",
            "wired Ethernet",
            "Cat5",
            "Cat5e",
            "Cat6",
            "patch cable",
            "patch lead",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "SSID",
        "plain": "the Wi-Fi network's name",
        "explanation": (
            "The SSID is the name of a Wi-Fi network, the one you pick from the list when"
            " connecting."
        ),
        "variants": ["SSIDs", "hidden SSID", "network SSID"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "MAC address",
        "plain": "the device's built-in ID number",
        "explanation": (
            "A MAC address is a fixed ID number built into every device that can join a "
            "network, used to recognise it."
        ),
        "variants": ["MAC addresses", "hardware address", "MAC filtering", "MAC filter"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "LAN",
        "plain": "the local office network",
        "explanation": (
            "The LAN is the network inside one building that links its computers, "
            "printers and shared drives."
        ),
        "variants": ["local area network", "LAN port", "LAN connection"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "WAN",
        "plain": "the connection to the outside world",
        "explanation": (
            "WAN means the wider network outside your building, and the WAN socket on the"
            " internet box is where the outside line plugs in."
        ),
        "variants": ["WAN port", "wide area network", "WAN connection"],
        "match_case": True,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "VLAN",
        "plain": "a separate section of the office network",
        "explanation": (
            "A VLAN splits one network into separate sections that cannot see each other,"
            " for example keeping guest Wi-Fi apart from office computers."
        ),
        "variants": ["VLANs", "virtual LAN"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "network switch",
        "plain": "a box that links wired devices together",
        "explanation": (
            "A network switch is a box with many sockets that joins the office's wired "
            "computers and printers onto one network."
        ),
        "variants": ["network switches", "Ethernet switch", "PoE switch"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "access point",
        "plain": "an extra Wi-Fi transmitter",
        "explanation": (
            "An access point is a small box, often on the ceiling, that sends out Wi-Fi "
            "so the signal reaches more of the building."
        ),
        "variants": ["access points", "wireless access point", "wireless access points"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "mesh Wi-Fi",
        "plain": "a set of linked Wi-Fi boxes",
        "explanation": (
            "Mesh Wi-Fi uses several small boxes around the building that work together "
            "to give one strong Wi-Fi signal everywhere."
        ),
        "variants": ["mesh network", "mesh system", "mesh nodes", "mesh router"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "Wi-Fi extender",
        "plain": "a box that stretches the Wi-Fi further",
        "explanation": (
            "A Wi-Fi extender picks up your Wi-Fi and repeats it, so the signal reaches "
            "rooms that were too far away."
        ),
        "variants": [
            "Wi-Fi extenders",
            "range extender",
            "Wi-Fi booster",
            "Wi-Fi repeater",
            "wireless repeater",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "5 GHz band",
        "plain": "the faster, shorter-range Wi-Fi signal",
        "explanation": (
            "Most Wi-Fi sends on two channels, and the 5 GHz one is faster but does not "
            "reach as far or through as many walls."
        ),
        "variants": ["5GHz", "5 GHz", "5GHz band", "5 GHz network"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "2.4 GHz band",
        "plain": "the slower, longer-range Wi-Fi signal",
        "explanation": (
            "Most Wi-Fi sends on two channels, and the 2.4 GHz one is slower but reaches "
            "further and through more walls."
        ),
        "variants": ["2.4GHz", "2.4 GHz", "2.4GHz band", "2.4 GHz network"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "WPA2",
        "plain": "the Wi-Fi's security lock setting",
        "explanation": (
            "WPA2, and the newer WPA3, are kinds of lock that protect a Wi-Fi network by "
            "deciding how the Wi-Fi password is checked."
        ),
        "variants": ["WPA3", "WPA", "WEP", "WPA2-Personal", "WPA2 Personal", "WPA2-PSK"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "network key",
        "plain": "the Wi-Fi password",
        "explanation": "The network key is simply the password for joining a Wi-Fi network.",
        "variants": ["network security key", "Wi-Fi key", "wireless key", "WPA key"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "hotspot",
        "plain": "your phone's shared internet connection",
        "explanation": (
            "A hotspot is when a phone shares its mobile internet so a laptop or tablet "
            "can connect to it like Wi-Fi."
        ),
        "variants": [
            "hotspots",
            "mobile hotspot",
            "personal hotspot",
            "Wi-Fi hotspot",
            "tethering",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "captive portal",
        "plain": "the Wi-Fi sign-in page",
        "explanation": (
            "A captive portal is the page that pops up on hotel or coffee shop Wi-Fi "
            "asking you to accept terms or sign in before you can use it."
        ),
        "variants": ["captive portals", "captive portal page"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "network adapter",
        "plain": "the part that connects to the network",
        "explanation": (
            "The network adapter is the part inside a computer, or a small plug-in, that "
            "lets it connect to Wi-Fi or a wired network."
        ),
        "variants": [
            "network adapters",
            "network card",
            "network interface card",
            "Wi-Fi adapter",
            "wireless adapter",
            "Ethernet adapter",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "hostname",
        "plain": "the computer's name on the network",
        "explanation": (
            "A hostname is the name a computer goes by on the network, such as RECEPTION-PC."
        ),
        "variants": ["hostnames", "host name", "host names", "device hostname"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "domain name",
        "plain": "the name part of a web address",
        "explanation": (
            "A domain name is the main part of a web or email address, such as example.com."
        ),
        "variants": [
            "domain names",
            "custom domain",
            "web domain",
            "email domain",
            "domain registrar",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "ping",
        "plain": "send a quick test signal to",
        "explanation": (
            "To ping a device is to send it a tiny test message and time how long the "
            "reply takes, to see if it can be reached."
        ),
        "variants": ["pinged", "pinging", "pings", "ping test"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "traceroute",
        "plain": "a test of the route to a website",
        "explanation": (
            "A traceroute is a test that lists each stop a connection makes on its way to"
            " a website, to find where it slows down."
        ),
        "variants": ["traceroutes", "tracert", "trace route"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "remote desktop",
        "plain": "controlling a computer from another place",
        "explanation": (
            "Remote desktop lets you see and use a computer from somewhere else, as if "
            "you were sitting in front of it."
        ),
        "variants": ["Remote Desktop Connection", "RDP", "remote desktop session"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "remote in",
        "plain": "connect from here to your computer",
        "explanation": (
            "To remote in means the technician connects to your computer over the "
            "internet, with your permission, to see your screen and fix things."
        ),
        "variants": [
            "remote into",
            "remoted in",
            "remoted into",
            "remoting in",
            "remote session",
            "remote support session",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "server",
        "plain": "the office's central computer",
        "explanation": (
            "A server is a computer that runs all the time to store shared files, email "
            "or programs for other computers."
        ),
        "variants": ["servers", "file server", "file servers"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "cloud",
        "plain": "online storage and services",
        "explanation": (
            "The cloud means programs and storage that live on big computers on the "
            "internet instead of on your own machine."
        ),
        "variants": [
            "the cloud",
            "cloud storage",
            "cloud-based",
            "cloud service",
            "cloud services",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "SSL",
        "plain": "the lock that secures web connections",
        "explanation": (
            "SSL, and its newer form TLS, scrambles what passes between you and a website"
            " so nobody in between can read it, shown by the padlock beside the web address."
        ),
        "variants": [
            "TLS",
            "SSL/TLS",
            "SSL connection",
            "TLS connection",
            "SSL encryption",
            "TLS encryption",
            "TLS 1.2",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "HTTPS",
        "plain": "a secure web connection (the padlock)",
        "explanation": (
            "HTTPS at the start of a web address means the connection to that site is "
            "protected, shown by a padlock."
        ),
        "variants": ["HTTPS connection", "HTTPS site"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "URL",
        "plain": "web address",
        "explanation": (
            "A URL is the full address of a web page, the text you see in the bar at the "
            "top of the page."
        ),
        "variants": ["URLs", "web URL", "site URL"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "partition",
        "plain": "a separate section of the disk",
        "explanation": (
            "A partition is a section of a storage drive that the computer treats as if "
            "it were a separate drive."
        ),
        "variants": [
            "partitions",
            "partitioned",
            "disk partition",
            "drive partition",
            "recovery partition",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "file path",
        "plain": "the file's full location",
        "explanation": (
            "A file path is the full written location of a file, listing each folder you "
            "open to reach it."
        ),
        "variants": ["file paths", "folder path", "full path", "path to the file"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "directory",
        "plain": "folder",
        "explanation": "Directory is simply an older, more technical word for a folder.",
        "variants": [
            "directories",
            "subdirectory",
            "subdirectories",
            "root directory",
            "home directory",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "file extension",
        "plain": "the type ending on a file's name",
        "explanation": (
            "A file extension is the short ending after the dot in a file's name, like "
            ".docx or .pdf, which tells the computer what kind of file it is."
        ),
        "variants": ["file extensions", "file name extension", "filename extension"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "cache",
        "plain": "a store of temporary copies",
        "explanation": (
            "A cache is a store of copies a program keeps so it can show things faster "
            "next time, and clearing it often fixes odd behaviour."
        ),
        "variants": ["caches", "cached", "cache files", "cached data", "app cache"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "browser cache",
        "plain": "the stored copies of web pages",
        "explanation": (
            "The browser cache is where your web program keeps copies of pages and "
            "pictures so sites load faster, and old copies can make pages look wrong."
        ),
        "variants": ["browser caches", "web cache", "browsing cache", "cached images and files"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "cloud sync",
        "plain": "keeping files matched with online storage",
        "explanation": (
            "Cloud sync keeps the files on your computer and the copies kept online "
            "exactly the same, so a change in one place appears in the other."
        ),
        "variants": ["cloud syncing", "cloud sync service", "file sync", "file syncing"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "sync",
        "plain": "match up across your devices",
        "explanation": (
            "To sync is to make the copies on different devices match, so a change made "
            "in one place shows up everywhere."
        ),
        "variants": [
            "syncs",
            "syncing",
            "synced",
            "synchronise",
            "synchronize",
            "synchronised",
            "synchronized",
            "synchronising",
            "synchronizing",
            "synchronisation",
            "synchronization",
            "resync",
            "re-sync",
            "resynced",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "sync conflict",
        "plain": "two different copies of the same file",
        "explanation": (
            "A sync conflict happens when the same file was changed in two places at "
            "once, so two versions end up side by side."
        ),
        "variants": [
            "sync conflicts",
            "sync error",
            "sync errors",
            "sync issue",
            "sync issues",
            "conflicting copy",
            "conflicted copy",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "mapped drive",
        "plain": "a shared drive shown as a letter",
        "explanation": (
            "A mapped drive is a shared office drive that appears on your computer as a "
            "letter, such as S:, as if it were built in."
        ),
        "variants": [
            "mapped drives",
            "mapped network drive",
            "mapped network drives",
            "drive mapping",
            "drive mappings",
            "network drive",
            "network drives",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "remap",
        "plain": "reconnect",
        "explanation": (
            "To remap a drive is to connect the shared drive letter to its location again"
            " so it shows up on the computer."
        ),
        "variants": ["remapped", "remapping", "re-map", "re-mapped", "re-mapping"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "UNC path",
        "plain": "the shared drive's full network address",
        "explanation": (
            "A UNC path is the full address of a shared folder, starting with two "
            "backward slashes and the name of the machine that holds it."
        ),
        "variants": ["UNC paths", "network path", "network paths"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "network share",
        "plain": "the office's shared drive",
        "explanation": (
            "A network share is a folder on another computer or storage box that several "
            "people can open over the network."
        ),
        "variants": ["network shares", "file share", "file shares", "SMB share", "SMB shares"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "SSD",
        "plain": "a fast storage drive with no moving parts",
        "explanation": (
            "An SSD is a fast kind of storage inside a computer that has no moving parts."
        ),
        "variants": [
            "SSDs",
            "solid-state drive",
            "solid state drive",
            "solid-state drives",
            "NVMe",
            "NVMe drive",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "hard drive",
        "plain": "the computer's storage",
        "explanation": (
            "The hard drive is the part of a computer where files and programs are kept, "
            "even when it is switched off."
        ),
        "variants": [
            "hard drives",
            "hard disk",
            "hard disks",
            "hard disk drive",
            "HDD",
            "HDDs",
            "external hard drive",
            "external hard drives",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "local drive",
        "plain": "your computer's own storage",
        "explanation": (
            "The local drive, often called C:, is the storage inside your own computer, "
            "as opposed to a shared or online drive."
        ),
        "variants": ["local drives", "local disk", "C drive", "C: drive", "local storage"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "file system",
        "plain": "the way a drive organises files",
        "explanation": (
            "A file system is the way a drive keeps track of its files, and different "
            "devices use different kinds."
        ),
        "variants": ["file systems", "filesystem", "NTFS", "FAT32", "exFAT", "APFS"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "reformat",
        "plain": "wipe and prepare for use",
        "explanation": (
            "To reformat a drive or memory card is to erase everything on it and set it "
            "up fresh, ready to store files again."
        ),
        "variants": [
            "reformatted",
            "reformatting",
            "format the drive",
            "formatted the drive",
            "formatting the drive",
            "format the card",
            "formatted the card",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "read-only",
        "plain": "able to be viewed but not changed",
        "explanation": (
            "Read-only means you can open and look at a file but cannot save changes to it."
        ),
        "variants": ["read only", "read-only mode", "read-only access"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "file permissions",
        "plain": "who is allowed to open or change it",
        "explanation": (
            "File permissions are the settings that decide which people can open, change "
            "or remove a file or folder."
        ),
        "variants": [
            "file permission",
            "folder permissions",
            "permissions",
            "NTFS permissions",
            "share permissions",
            "access permissions",
            "permission levels",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "version history",
        "plain": "earlier saved copies of the file",
        "explanation": (
            "Version history keeps earlier copies of a document, so you can look at or "
            "bring back how it was before."
        ),
        "variants": ["file history", "versioning"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "temp files",
        "plain": "leftover working files",
        "explanation": (
            "Temp files are short-term working files that programs create and usually "
            "clear away, but they can pile up and fill the disk."
        ),
        "variants": [
            "temp file",
            "temporary files",
            "temporary file",
            "temp folder",
            "temporary internet files",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "metadata",
        "plain": "hidden details stored with a file",
        "explanation": (
            "Metadata is the behind-the-scenes information kept with a file, such as who "
            "made it, when, and for photos, where."
        ),
        "variants": ["file metadata", "EXIF data"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "corrupted file",
        "plain": "a damaged file",
        "explanation": (
            "A corrupted file is one whose contents got scrambled, so it will not open properly."
        ),
        "variants": [
            "corrupted",
            "corrupted files",
            "corrupt file",
            "corrupt files",
            "file corruption",
            "data corruption",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "defragment",
        "plain": "tidy up the drive so it runs faster",
        "explanation": (
            "To defragment a drive is to rearrange the pieces of files stored on it so "
            "the computer can read them faster."
        ),
        "variants": ["defrag", "defragging", "defragmented", "defragmenting", "defragmentation"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "RAID",
        "plain": "linked drives that keep duplicate copies",
        "explanation": (
            "RAID joins several drives together so that if one fails, the files are still"
            " safe on the others."
        ),
        "variants": ["RAID array", "RAID 1", "RAID 5", "RAID 10", "disk mirroring"],
        "match_case": True,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "disk image",
        "plain": "a complete copy of a drive",
        "explanation": (
            "A disk image is a single file that holds an exact copy of everything on a "
            "drive, so it can all be put back in one go."
        ),
        "variants": [
            "disk images",
            "drive image",
            "system image",
            "system images",
            "ISO file",
            "ISO image",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "zip file",
        "plain": "a packed-up bundle of files",
        "explanation": (
            "A zip file is a single file that packs several files together and makes them"
            " smaller, so they are easier to send."
        ),
        "variants": [
            "zip files",
            "zipped",
            "zipped file",
            "zipped folder",
            "zip folder",
            "zip archive",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "unzip",
        "plain": "unpack",
        "explanation": (
            "To unzip is to unpack a packed-up bundle so the files inside can be opened normally."
        ),
        "variants": ["unzips", "unzipped", "unzipping"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "shadow copy",
        "plain": "an automatic earlier snapshot of files",
        "explanation": (
            "A shadow copy is an automatic snapshot Windows takes of files, from which "
            "earlier versions can be brought back."
        ),
        "variants": [
            "shadow copies",
            "Volume Shadow Copy",
            "volume snapshot",
            "volume snapshots",
            "VSS",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "storage quota",
        "plain": "your storage allowance",
        "explanation": (
            "A storage quota is the most space you are allowed to use in a shared or "
            "online storage area."
        ),
        "variants": ["storage quotas", "quota", "quotas", "disk quota", "OneDrive quota"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Files On-Demand",
        "plain": "showing online files without keeping copies here",
        "explanation": (
            "Files On-Demand lists all your OneDrive files in your folders but only keeps"
            " them on the computer once you open them."
        ),
        "variants": ["files on demand", "online-only file", "online-only files"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "document library",
        "plain": "a shared storage area for a team",
        "explanation": (
            "A document library is a shared place online where a team keeps and works on "
            "its documents together."
        ),
        "variants": ["document libraries", "SharePoint library", "SharePoint libraries"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "SharePoint",
        "plain": "the office's shared online workspace",
        "explanation": (
            "SharePoint is Microsoft's system of team websites where an organisation "
            "keeps and shares its documents online."
        ),
        "variants": [
            "SharePoint site",
            "SharePoint sites",
            "SharePoint Online",
            "team site",
            "team sites",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "OneDrive sync client",
        "plain": "the OneDrive program on your computer",
        "explanation": (
            "The OneDrive sync client is the small program on your computer that keeps "
            "your OneDrive files matched with the online copies, and its icon sits by the"
            " clock."
        ),
        "variants": [
            "OneDrive client",
            "OneDrive sync app",
            "OneDrive desktop app",
            "sync client",
            "sync app",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "File Explorer",
        "plain": "the window that shows your folders",
        "explanation": (
            "File Explorer is the Windows program for looking through your folders and "
            "files, and its icon is a yellow folder."
        ),
        "variants": ["Windows Explorer", "Explorer window"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "backup",
        "plain": "a spare copy",
        "explanation": (
            "A backup is a spare copy of your files kept somewhere else, so they can be "
            "brought back if the originals are lost."
        ),
        "variants": [
            "backups",
            "backup copy",
            "backup copies",
            "data backup",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "RAM",
        "plain": "working memory",
        "explanation": (
            "RAM is the computer's short-term working memory, and more of it lets you "
            "have more programs open without slowing down."
        ),
        "variants": ["RAM stick", "RAM sticks", "memory module", "memory modules", "DIMM"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "CPU",
        "plain": "the computer's main chip",
        "explanation": (
            "The CPU is the main chip that does the computer's thinking, and when it is "
            "busy at 100% everything slows down."
        ),
        "variants": ["CPUs", "CPU usage", "processor", "processors", "central processing unit"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "GPU",
        "plain": "the graphics chip",
        "explanation": (
            "The GPU is the part that draws everything you see on the screen, and it "
            "matters most for video and games."
        ),
        "variants": ["GPUs", "graphics card", "graphics cards", "graphics processor", "video card"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "firmware",
        "plain": "the built-in software inside a device",
        "explanation": (
            "Firmware is the permanent software built into a device such as a printer, "
            "internet box or phone, which controls how it works."
        ),
        "variants": ["firmware update", "firmware updates", "firmware version"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "BIOS",
        "plain": "the computer's start-up settings",
        "explanation": (
            "The BIOS is the small built-in program that wakes the computer up before "
            "Windows starts, and it holds the computer's basic settings."
        ),
        "variants": [
            "BIOS settings",
            "BIOS setup",
            "BIOS update",
            "UEFI",
            "UEFI settings",
            "UEFI firmware",
        ],
        "match_case": True,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "driver",
        "plain": "the small program that runs a device",
        "explanation": (
            "A driver is a small program that tells the computer how to work with a "
            "particular device, such as a printer or webcam."
        ),
        "variants": [
            "drivers",
            "device driver",
            "device drivers",
            "printer driver",
            "printer drivers",
            "graphics driver",
            "graphics drivers",
            "audio driver",
            "audio drivers",
            "network driver",
            "network drivers",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "peripheral",
        "plain": "an extra device plugged into the computer",
        "explanation": (
            "A peripheral is any extra device you connect to a computer, such as a "
            "printer, webcam, headset or scanner."
        ),
        "variants": ["peripherals", "peripheral device", "peripheral devices"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "SD card",
        "plain": "a small memory card",
        "explanation": (
            "An SD card is a small flat memory card used in cameras, phones and some "
            "laptops to store photos and files."
        ),
        "variants": [
            "SD cards",
            "microSD",
            "microSD card",
            "microSD cards",
            "micro SD card",
            "micro-SD card",
            "SDHC card",
            "SDXC card",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "USB port",
        "plain": "the small rectangular socket",
        "explanation": (
            "A USB port is the common rectangular socket, or the small oval one on newer "
            "machines, where you plug in memory sticks, mice and chargers."
        ),
        "variants": [
            "USB ports",
            "USB socket",
            "USB sockets",
            "USB slot",
            "USB-C port",
            "USB-C ports",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "flash drive",
        "plain": "a plug-in memory stick",
        "explanation": (
            "A flash drive is a small stick you plug into a computer to carry files around."
        ),
        "variants": [
            "flash drives",
            "USB drive",
            "USB drives",
            "USB stick",
            "USB sticks",
            "USB flash drive",
            "thumb drive",
            "thumb drives",
            "pen drive",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "USB hub",
        "plain": "a plug-in block with extra sockets",
        "explanation": (
            "A USB hub is a small block that plugs into one socket on the computer and "
            "gives you several more."
        ),
        "variants": ["USB hubs", "powered hub"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "docking station",
        "plain": "the block your laptop plugs into",
        "explanation": (
            "A docking station is a box your laptop connects to with one cable, which "
            "links it to the monitor, keyboard, mouse and network at your desk."
        ),
        "variants": ["docking stations", "dock station", "laptop dock", "USB-C dock"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "dongle",
        "plain": "a small plug-in adapter",
        "explanation": (
            "A dongle is a small gadget that plugs into a socket, such as the tiny "
            "receiver for a wireless mouse or an adapter for a monitor."
        ),
        "variants": ["dongles", "USB dongle", "wireless dongle"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "HDMI",
        "plain": "the standard TV and monitor plug",
        "explanation": (
            "HDMI is the standard plug and cable used to connect a computer to a TV, "
            "projector or monitor."
        ),
        "variants": ["HDMI port", "HDMI cable", "HDMI input", "HDMI adapter"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "DisplayPort",
        "plain": "a type of monitor plug",
        "explanation": (
            "DisplayPort is a kind of plug and cable used to connect a computer to a "
            "monitor, similar to the ones used for TVs."
        ),
        "variants": ["Mini DisplayPort", "DisplayPort cable", "DP cable"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Thunderbolt",
        "plain": "a fast type of plug-in socket",
        "explanation": (
            "Thunderbolt is a fast kind of socket on some laptops, shaped like the small "
            "oval ones, used for desk stands, monitors and fast storage."
        ),
        "variants": ["Thunderbolt port", "Thunderbolt 3", "Thunderbolt 4", "Thunderbolt dock"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "motherboard",
        "plain": "the computer's main circuit board",
        "explanation": (
            "The motherboard is the main board inside a computer that every other part plugs into."
        ),
        "variants": ["motherboards", "mainboard", "logic board", "system board"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "PSU",
        "plain": "the power unit inside the computer",
        "explanation": (
            "The PSU turns mains electricity into the power the parts inside a computer need."
        ),
        "variants": ["PSUs", "power supply unit", "power supply units"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "uninterruptible power supply",
        "plain": "a battery unit for power cuts",
        "explanation": (
            "An uninterruptible power supply is a battery box that keeps equipment "
            "running for a few minutes during a power cut so nothing is lost."
        ),
        "variants": ["UPS unit", "UPS battery", "battery backup unit"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "CMOS battery",
        "plain": "the small coin battery on the main board",
        "explanation": (
            "The CMOS battery is a coin-shaped battery inside the computer that keeps the"
            " clock and start-up settings when it is unplugged."
        ),
        "variants": ["CMOS", "BIOS battery"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "TPM",
        "plain": "a security chip inside the computer",
        "explanation": (
            "The TPM is a small security chip inside the computer that safely holds the "
            "secret keys used for locking the drive and signing in."
        ),
        "variants": ["TPM chip", "TPM 2.0", "Trusted Platform Module"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "Secure Boot",
        "plain": "a start-up safety check",
        "explanation": (
            "Secure Boot is a setting that makes the computer check, each time it starts,"
            " that nothing harmful has been slipped in before Windows loads."
        ),
        "variants": ["Secure Boot setting"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "64-bit",
        "plain": "the modern type (of program or system)",
        "explanation": (
            "64-bit and 32-bit describe two kinds of computer and program, and almost all"
            " computers now are 64-bit."
        ),
        "variants": ["64 bit", "32-bit", "32 bit", "x64", "x86"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "touchpad",
        "plain": "the laptop's touch-sensitive mouse pad",
        "explanation": (
            "The touchpad is the flat square below a laptop's keys that you slide your "
            "finger on to move the pointer."
        ),
        "variants": ["touchpads", "trackpad", "trackpads"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "Bluetooth pairing",
        "plain": "connecting a wireless gadget for the first time",
        "explanation": (
            "Pairing introduces a Bluetooth gadget, such as headphones, to your device "
            "once, so they connect by themselves afterwards."
        ),
        "variants": ["pairing mode", "re-pair", "re-pairing", "unpair", "unpaired"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "BSOD",
        "plain": "a crash with a blue error screen",
        "explanation": (
            "A BSOD is when Windows suddenly stops with a blue page of error text and "
            "restarts, usually because of a faulty part or program."
        ),
        "variants": ["blue screen of death", "blue screen error", "stop error", "stop code"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "thermal throttling",
        "plain": "slowing down to cool off",
        "explanation": (
            "Thermal throttling is when a computer deliberately slows itself down because"
            " it is getting too hot."
        ),
        "variants": ["throttling", "throttled", "CPU throttling"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "MFA",
        "plain": "a second check, like a phone code",
        "explanation": (
            "MFA means signing in takes two steps, your password plus a second proof such"
            " as a code on your phone, so a stolen password alone is not enough."
        ),
        "variants": [
            "2FA",
            "multi-factor authentication",
            "multifactor authentication",
            "two-factor authentication",
            "two-factor",
            "two-factor auth",
            "two-step verification",
            "2-step verification",
            "2SV",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "authenticator",
        "plain": "the sign-in code app on your phone",
        "explanation": (
            "An authenticator is an app on your phone that shows a fresh sign-in code "
            "every 30 seconds or asks you to approve a sign-in."
        ),
        "variants": [
            "authenticator app",
            "authenticator apps",
            "Microsoft Authenticator",
            "Google Authenticator",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "authentication",
        "plain": "checking it is really you",
        "explanation": (
            "Authentication is the check that proves you are who you say you are, usually"
            " with a password and sometimes a code."
        ),
        "variants": [
            "authenticate",
            "authenticated",
            "authenticating",
            "authentication error",
            "auth",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "OTP",
        "plain": "a one-off sign-in code",
        "explanation": (
            "An OTP is a code that works only once, usually sent by text or shown in an "
            "app, to confirm a sign-in."
        ),
        "variants": [
            "OTPs",
            "one-time passcode",
            "one-time passcodes",
            "one time passcode",
            "one-time password",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "push notification",
        "plain": "an alert that pops up on your phone",
        "explanation": (
            "A push notification is a message that appears on your phone by itself, such "
            "as a request to approve a sign-in."
        ),
        "variants": ["push notifications", "push alert", "push alerts", "push request"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "phishing",
        "plain": "scam messages pretending to be someone trusted",
        "explanation": (
            "Phishing is when criminals send emails or messages pretending to be a bank, "
            "boss or company, to trick you into giving away details or money."
        ),
        "variants": [
            "phishing email",
            "phishing emails",
            "phish",
            "phished",
            "phishing attack",
            "phishing scam",
            "spear phishing",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "smishing",
        "plain": "scam text messages",
        "explanation": (
            "Smishing is a scam text message pretending to be from a delivery firm or "
            "bank, trying to get you to tap a link or share details."
        ),
        "variants": ["SMS phishing", "smishing text", "smishing texts"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "vishing",
        "plain": "scam phone calls",
        "explanation": (
            "Vishing is a scam phone call where someone pretends to be from your bank, IT"
            " team or a company to get details or money."
        ),
        "variants": ["voice phishing", "vishing call"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "social engineering",
        "plain": "tricking people into handing over access",
        "explanation": (
            "Social engineering means scammers manipulating people, by phone, message or "
            "in person, into giving away passwords, codes or money."
        ),
        "variants": ["social-engineering", "social engineering attack"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "spoofing",
        "plain": "faking the sender's name or number",
        "explanation": (
            "Spoofing is when a scammer makes a message or call look as if it comes from "
            "someone you trust."
        ),
        "variants": ["spoof", "spoofed", "email spoofing", "spoofed email", "caller ID spoofing"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "malware",
        "plain": "harmful software",
        "explanation": (
            "Malware is any harmful program, such as a virus, that gets onto a device to "
            "spy, steal or cause damage."
        ),
        "variants": ["malicious software", "malicious program", "malware infection"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "ransomware",
        "plain": "software that locks files and demands payment",
        "explanation": (
            "Ransomware is a harmful program that scrambles your files and demands money "
            "to unlock them."
        ),
        "variants": ["ransomware attack", "ransomware infection"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "spyware",
        "plain": "hidden software that watches what you do",
        "explanation": (
            "Spyware is a harmful program that secretly records what you do on a device "
            "and sends it to someone else."
        ),
        "variants": ["stalkerware"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "adware",
        "plain": "software that floods you with adverts",
        "explanation": (
            "Adware is an unwanted program that fills your screen with adverts and pop-ups."
        ),
        "variants": ["adware infection"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "trojan",
        "plain": "harmful software disguised as something useful",
        "explanation": (
            "A trojan is a harmful program that pretends to be something useful so that "
            "you open it yourself."
        ),
        "variants": ["trojans", "trojan horse", "trojan virus"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "keylogger",
        "plain": "software that secretly records your typing",
        "explanation": (
            "A keylogger is a hidden program or gadget that records every key you press, "
            "to steal passwords and messages."
        ),
        "variants": ["keyloggers", "key logger", "keystroke logger"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "browser hijacker",
        "plain": "a program that takes over your web pages",
        "explanation": (
            "A browser hijacker is an unwanted program that changes your home page or "
            "search engine and keeps sending you to adverts."
        ),
        "variants": ["browser hijack", "hijacked browser", "search hijacker"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "antivirus",
        "plain": "virus protection",
        "explanation": (
            "Antivirus is a program that checks your computer for viruses and other "
            "harmful programs and removes them."
        ),
        "variants": [
            "anti-virus",
            "antivirus software",
            "antivirus program",
            "AV software",
            "virus scanner",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "endpoint protection",
        "plain": "the security software on each computer",
        "explanation": (
            "Endpoint protection is the business-grade security program on each computer "
            "that watches for and stops attacks."
        ),
        "variants": ["endpoint security", "EDR", "endpoint detection and response"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "quarantine",
        "plain": "lock away safely",
        "explanation": (
            "When security software quarantines a file, it locks it away where it cannot "
            "do harm, without removing it yet."
        ),
        "variants": ["quarantined", "quarantines", "quarantining"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "zero-day",
        "plain": "a brand-new weakness with no fix yet",
        "explanation": (
            "A zero-day is a security weakness that criminals find before the maker has "
            "released a fix."
        ),
        "variants": ["zero-days", "0-day", "zero-day exploit", "zero-day vulnerability"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "vulnerability",
        "plain": "a security weakness",
        "explanation": (
            "A vulnerability is a flaw in a program or device that criminals could use to get in."
        ),
        "variants": ["vulnerabilities", "security vulnerability", "CVE"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "encryption",
        "plain": "scrambling so only the right key unlocks it",
        "explanation": (
            "Encryption scrambles information so that only someone with the right key or "
            "password can read it."
        ),
        "variants": [
            "end-to-end encryption",
            "disk encryption",
            "device encryption",
            "email encryption",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "encrypted",
        "plain": "locked with a secret code",
        "explanation": (
            "Encrypted means the information has been scrambled so only someone with the "
            "right key or password can read it."
        ),
        "variants": ["encrypt", "encrypts", "encrypting", "end-to-end encrypted"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "BitLocker",
        "plain": "Windows' built-in drive lock",
        "explanation": (
            "BitLocker is the Windows feature that scrambles everything on the drive so "
            "nobody can read it if the computer is stolen."
        ),
        "variants": ["BitLocker encryption", "BitLocker Drive Encryption", "BitLocker screen"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "recovery key",
        "plain": "a long emergency unlock code",
        "explanation": (
            "A recovery key is a long number that unlocks a protected drive or account "
            "when the usual way in stops working."
        ),
        "variants": ["recovery keys", "BitLocker recovery key", "BitLocker key"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "security certificate",
        "plain": "a website's proof of identity",
        "explanation": (
            "A security certificate is a website's official ID card, proving the site is "
            "genuine and the connection to it is protected."
        ),
        "variants": [
            "security certificates",
            "SSL certificate",
            "SSL certificates",
            "TLS certificate",
            "digital certificate",
            "certificate error",
            "certificate warning",
            "expired certificate",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "credentials",
        "plain": "your sign-in details",
        "explanation": (
            "Credentials are the details you use to prove who you are, usually a username"
            " and password."
        ),
        "variants": [
            "credential",
            "login credentials",
            "sign-in credentials",
            "user credentials",
            "saved credentials",
            "cached credentials",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "Credential Manager",
        "plain": "Windows' store of saved passwords",
        "explanation": (
            "Credential Manager is the place in Windows where saved passwords for "
            "websites, shared drives and programs are kept."
        ),
        "variants": ["Windows Credential Manager"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "token",
        "plain": "a digital pass",
        "explanation": (
            "A token is a digital pass that proves you already signed in, or a small "
            "gadget that shows sign-in codes."
        ),
        "variants": [
            "tokens",
            "access token",
            "access tokens",
            "security token",
            "security tokens",
            "session token",
            "auth token",
            "hardware token",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "SSO",
        "plain": "one sign-in for all your work apps",
        "explanation": (
            "SSO means you sign in once with your work account and are let into all your "
            "work programs without signing in again."
        ),
        "variants": ["single sign-on", "single sign on", "SSO login"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "OAuth",
        "plain": "the 'sign in with Google or Microsoft' system",
        "explanation": (
            "OAuth is the behind-the-scenes system that lets one service safely let you "
            "into another, as with 'Sign in with Google'."
        ),
        "variants": ["OAuth 2.0", "modern authentication", "modern auth"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "conditional access",
        "plain": "rules for when and where sign-ins are allowed",
        "explanation": (
            "Conditional access is a set of rules the office sets so that sign-ins are "
            "only allowed from approved places or devices, or with a second check."
        ),
        "variants": ["conditional access policy", "conditional access policies", "CA policy"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "passkey",
        "plain": "a password-free sign-in using your device",
        "explanation": (
            "A passkey lets you sign in with your fingerprint, face or device PIN instead"
            " of typing a password."
        ),
        "variants": ["passkeys"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "password manager",
        "plain": "a safe app that remembers passwords",
        "explanation": (
            "A password manager is a secure program that stores all your passwords and "
            "fills them in for you."
        ),
        "variants": ["password managers", "password vault"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "biometrics",
        "plain": "fingerprint or face sign-in",
        "explanation": (
            "Biometrics means using your fingerprint or face, instead of typing, to prove"
            " it is you."
        ),
        "variants": ["biometric", "biometric sign-in", "biometric login", "Windows Hello"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "security key",
        "plain": "a small plug-in sign-in key",
        "explanation": (
            "A security key is a small physical key, plugged in or tapped, that proves it"
            " is you when signing in."
        ),
        "variants": [
            "security keys",
            "hardware key",
            "hardware security key",
            "FIDO key",
            "FIDO2 key",
            "YubiKey",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "recovery codes",
        "plain": "spare one-off sign-in codes",
        "explanation": (
            "Recovery codes are a printed or saved list of spare codes that let you sign "
            "in if you lose your phone."
        ),
        "variants": ["recovery code", "backup codes", "backup code"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "SIM swap",
        "plain": "a scammer taking over your phone number",
        "explanation": (
            "A SIM swap is when a criminal persuades the mobile company to move your "
            "phone number to their own SIM card, so they receive your texts and codes."
        ),
        "variants": ["SIM swapping", "SIM-swap", "SIM swap fraud", "SIM hijacking"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "SMS",
        "plain": "text message",
        "explanation": "SMS is the technical name for an ordinary text message.",
        "variants": ["SMS code", "SMS codes", "SMS message", "SMS messages", "SMS verification"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "brute-force attack",
        "plain": "guessing passwords over and over",
        "explanation": (
            "A brute-force attack is when a computer program tries thousands of "
            "passwords, one after another, until one works."
        ),
        "variants": [
            "brute-force attacks",
            "brute force attack",
            "brute force",
            "brute-force",
            "password spraying",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "credential stuffing",
        "plain": "trying leaked passwords on other sites",
        "explanation": (
            "Credential stuffing is when criminals try usernames and passwords leaked "
            "from one website on many others, hoping people reused them."
        ),
        "variants": ["credential-stuffing"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "data breach",
        "plain": "a leak of private information",
        "explanation": (
            "A data breach is when private information is stolen from, or exposed by, a "
            "company or system."
        ),
        "variants": ["data breaches", "security breach", "security breaches"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "compromised",
        "plain": "broken into",
        "explanation": (
            "Compromised means someone else has got into the account or device without permission."
        ),
        "variants": ["compromised account", "compromised accounts", "account compromise"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "allowlist",
        "plain": "the list of trusted senders or sites",
        "explanation": (
            "An allowlist is a list of senders, websites or programs that are always let through."
        ),
        "variants": ["allow list", "allowlisted", "whitelist", "whitelisted", "whitelisting"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "blocklist",
        "plain": "the list of blocked senders or sites",
        "explanation": (
            "A blocklist is a list of senders, websites or programs that are always stopped."
        ),
        "variants": [
            "block list",
            "blocklisted",
            "blacklist",
            "blacklisted",
            "blocked senders list",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "account lockout",
        "plain": "being locked out after wrong tries",
        "explanation": (
            "An account lockout is when sign-in is blocked for a while after too many "
            "wrong password attempts, to stop guessing."
        ),
        "variants": ["account lockouts", "lockout", "lockouts", "lockout policy"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "admin rights",
        "plain": "permission to change the computer's settings",
        "explanation": (
            "Admin rights let someone put new programs on a computer and change important"
            " settings, which everyday users usually cannot do."
        ),
        "variants": [
            "administrator rights",
            "admin privileges",
            "administrator privileges",
            "admin access",
            "admin permissions",
            "local admin",
            "local administrator",
            "elevated permissions",
            "elevated privileges",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "run as administrator",
        "plain": "open with full control",
        "explanation": (
            "Run as administrator starts a program with extra permission to change the "
            "computer, which some set-up tasks need."
        ),
        "variants": ["run as admin"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "UAC",
        "plain": "the 'allow changes?' pop-up",
        "explanation": (
            "UAC is the Windows pop-up that asks whether you want to allow a program to "
            "make changes to your computer."
        ),
        "variants": ["User Account Control", "UAC prompt", "elevation prompt"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "global admin",
        "plain": "the person with full control",
        "explanation": (
            "A global admin has full control of the organisation's Microsoft 365 settings"
            " and accounts."
        ),
        "variants": [
            "global admins",
            "global administrator",
            "global administrators",
            "super admin",
            "super administrator",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "service account",
        "plain": "a program's own sign-in, not a person's",
        "explanation": (
            "A service account is a sign-in used by a program or device, such as a "
            "scanner, rather than by a member of staff."
        ),
        "variants": ["service accounts"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "security group",
        "plain": "a group of staff given the same access",
        "explanation": (
            "A security group is a named group of people who are all given access to the "
            "same files, drives or programs at once."
        ),
        "variants": ["security groups", "AD group", "AD groups"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "session timeout",
        "plain": "automatic sign-out after a quiet spell",
        "explanation": (
            "A session timeout signs you out automatically after a period of not using a "
            "website or program, for security."
        ),
        "variants": [
            "session timeouts",
            "session timed out",
            "session expired",
            "session has expired",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "CAPTCHA",
        "plain": "the 'prove you're not a robot' test",
        "explanation": (
            "A CAPTCHA is the little puzzle a website shows, like ticking a box or "
            "picking pictures, to check you are a person and not a program."
        ),
        "variants": ["CAPTCHAs", "reCAPTCHA"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "audit log",
        "plain": "the record of who did what",
        "explanation": (
            "An audit log is a record the system keeps of who signed in, changed or "
            "opened things, and when."
        ),
        "variants": ["audit logs", "sign-in log", "sign-in logs", "activity log", "activity logs"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "SPF record",
        "plain": "a list of who may send your email",
        "explanation": (
            "An SPF record is a public setting for your email address name that lists "
            "which services are allowed to send email for it."
        ),
        "variants": ["SPF records", "SPF", "Sender Policy Framework"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "DKIM",
        "plain": "a digital signature on your outgoing email",
        "explanation": (
            "DKIM adds a hidden digital signature to each email your organisation sends, "
            "so receivers can check it is genuine."
        ),
        "variants": ["DKIM signature", "DKIM signing", "DKIM record", "DKIM key"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "DMARC",
        "plain": "a rule telling others how to treat fakes",
        "explanation": (
            "DMARC is a public setting that tells other email systems what to do with "
            "messages that pretend to come from your organisation."
        ),
        "variants": ["DMARC policy", "DMARC record", "DMARC report", "DMARC reports"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "IMAP",
        "plain": "the email setting that mirrors every device",
        "explanation": (
            "IMAP is a way for an email program to show your mail while keeping it stored"
            " online, so every device sees the same inbox."
        ),
        "variants": ["IMAP4", "IMAP account", "IMAP settings", "IMAP server"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "POP3",
        "plain": "the older download-and-remove email setting",
        "explanation": (
            "POP3 is an older way of collecting email that moves messages onto one "
            "device, so they may not show up on your others."
        ),
        "variants": [
            "POP3 account",
            "POP3 server",
            "POP account",
            "POP settings",
            "POP server",
            "POP mail",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "SMTP",
        "plain": "the outgoing email setting",
        "explanation": (
            "SMTP is the set of rules used to send email out, and the SMTP settings tell "
            "your email program how to send messages."
        ),
        "variants": ["SMTP server", "SMTP settings", "SMTP relay", "SMTP port"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "mail server",
        "plain": "the computer that handles email",
        "explanation": (
            "A mail server is the computer, run by your provider or the office, that "
            "receives, stores and sends email."
        ),
        "variants": [
            "mail servers",
            "email server",
            "email servers",
            "incoming mail server",
            "outgoing mail server",
            "incoming server",
            "outgoing server",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "mailbox quota",
        "plain": "your mailbox's size limit",
        "explanation": (
            "A mailbox quota is the most email a mailbox is allowed to hold, and when it "
            "is full, new messages are turned away."
        ),
        "variants": [
            "mailbox quotas",
            "mail quota",
            "email quota",
            "mailbox size limit",
            "mailbox storage limit",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "spam filter",
        "plain": "the junk mail catcher",
        "explanation": (
            "A spam filter checks incoming email and moves likely junk or scams out of your inbox."
        ),
        "variants": [
            "spam filters",
            "spam filtering",
            "junk filter",
            "junk mail filter",
            "spam settings",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "Microsoft Exchange",
        "plain": "Microsoft's business email system",
        "explanation": (
            "Microsoft Exchange is the system that runs email, calendars and contacts for"
            " many businesses, including those on Microsoft 365."
        ),
        "variants": ["Exchange Server", "Exchange Online", "Exchange mailbox", "Exchange account"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "alias",
        "plain": "an extra email address for the same mailbox",
        "explanation": (
            "An alias is an extra email address that delivers into the same mailbox, such"
            " as info@ arriving in your own inbox."
        ),
        "variants": ["aliases", "email alias", "email aliases", "mail alias", "alias address"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "MX record",
        "plain": "the setting that tells email where to go",
        "explanation": (
            "An MX record is a public setting that tells the rest of the world which "
            "computers accept email for your organisation's address."
        ),
        "variants": ["MX records", "MX entry", "MX entries", "mail exchanger record"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "shared mailbox",
        "plain": "an inbox several people can use",
        "explanation": (
            "A shared mailbox is an inbox, such as office@ or bookings@, that several "
            "people can read and send from."
        ),
        "variants": ["shared mailboxes"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "distribution list",
        "plain": "an email group address",
        "explanation": (
            "A distribution list is one email address that passes each message on to "
            "everyone in a group."
        ),
        "variants": ["distribution lists", "distribution group", "distribution groups"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Microsoft 365 group",
        "plain": "a team with a shared inbox and files",
        "explanation": (
            "A Microsoft 365 group gives a team a shared inbox, calendar and file storage"
            " under one group name."
        ),
        "variants": ["Microsoft 365 groups", "M365 group", "Office 365 group", "unified group"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "mail flow rule",
        "plain": "an automatic rule for all office email",
        "explanation": (
            "A mail flow rule is a setting, made by the IT team, that automatically "
            "handles certain emails for the whole organisation."
        ),
        "variants": ["mail flow rules", "mail flow", "transport rule", "transport rules"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "inbox rule",
        "plain": "an automatic email sorting rule",
        "explanation": (
            "An inbox rule automatically does something with certain emails, such as "
            "moving them to a folder or sending them on."
        ),
        "variants": [
            "inbox rules",
            "mail rule",
            "mail rules",
            "email rule",
            "email rules",
            "mailbox rule",
            "mailbox rules",
            "Outlook rule",
            "Outlook rules",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "email client",
        "plain": "the email program on your computer",
        "explanation": (
            "An email client is a program, such as Outlook or Apple Mail, that you use to"
            " read and send email."
        ),
        "variants": ["email clients", "mail client", "mail clients"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "webmail",
        "plain": "reading email on a website",
        "explanation": (
            "Webmail means reading and sending your email on a website, such as Gmail, "
            "instead of in a program."
        ),
        "variants": [
            "web mail",
            "Outlook on the web",
            "OWA",
            "Outlook Web App",
            "Outlook Web Access",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "PST file",
        "plain": "an Outlook email storage file",
        "explanation": (
            "A PST file is a single file on the computer where Outlook stores a copy of "
            "emails, contacts and calendar items."
        ),
        "variants": [
            "PST files",
            "OST file",
            "OST files",
            "Outlook data file",
            "Outlook data files",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "archive mailbox",
        "plain": "an extra storage area for old email",
        "explanation": (
            "An archive mailbox is a separate store where older email is moved to keep "
            "the main mailbox small, while you can still search it."
        ),
        "variants": [
            "archive mailboxes",
            "online archive",
            "In-Place Archive",
            "AutoArchive",
            "auto-archive",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "email headers",
        "plain": "the hidden delivery details of an email",
        "explanation": (
            "Email headers are the hidden lines of detail at the top of every email that "
            "show where it really came from."
        ),
        "variants": [
            "email header",
            "message header",
            "message headers",
            "mail headers",
            "internet headers",
            "full headers",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "bounce-back",
        "plain": "a 'could not deliver' reply",
        "explanation": (
            "A bounce-back is the automatic reply you get when an email could not be "
            "delivered, explaining why."
        ),
        "variants": [
            "bounceback",
            "bounce message",
            "bounce back message",
            "bounced email",
            "bounced emails",
            "non-delivery report",
            "NDR",
            "delivery failure notice",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "BCC",
        "plain": "a hidden copy",
        "explanation": (
            "BCC sends a copy of an email to someone without the other people on it "
            "seeing that they got it."
        ),
        "variants": ["Bcc field", "blind carbon copy", "blind copy", "BCC'd"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "delegate access",
        "plain": "permission to manage someone's email or calendar",
        "explanation": (
            "Delegate access lets one person read, send or manage email and calendar "
            "items on behalf of another."
        ),
        "variants": [
            "delegated access",
            "delegate permissions",
            "mailbox delegation",
            "calendar delegation",
            "mailbox delegate",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Send As permission",
        "plain": "permission to send as that address",
        "explanation": (
            "Send As permission lets someone send email that appears to come straight "
            "from another mailbox, such as the office's shared inbox."
        ),
        "variants": ["send-as", "Send As rights", "send-on-behalf", "Send on Behalf permission"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "Outlook profile",
        "plain": "Outlook's saved setup",
        "explanation": (
            "An Outlook profile is the saved set of accounts and settings that Outlook "
            "loads when it opens, and rebuilding it fixes many problems."
        ),
        "variants": ["Outlook profiles", "mail profile", "mail profiles", "email profile"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "cached mode",
        "plain": "an offline copy of your mailbox",
        "explanation": (
            "Cached mode makes Outlook keep a copy of your mailbox on the computer, so it"
            " works faster and even without internet."
        ),
        "variants": ["Cached Exchange Mode"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "autodiscover",
        "plain": "Outlook's automatic setup lookup",
        "explanation": (
            "Autodiscover is the behind-the-scenes lookup that lets Outlook find your "
            "email settings automatically when you add an address."
        ),
        "variants": ["autodiscovery", "Autodiscover record"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "free/busy",
        "plain": "your calendar's available and busy times",
        "explanation": (
            "Free/busy is the view of when someone is available or booked, without "
            "showing what their appointments are."
        ),
        "variants": ["free-busy", "free/busy information", "free/busy time"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "ICS file",
        "plain": "a calendar invitation file",
        "explanation": (
            "An ICS file is a small file that adds an event, or a whole calendar, to your"
            " calendar program when opened."
        ),
        "variants": ["ICS files", "ICS link", "iCal", "iCal link", "iCalendar", "calendar feed"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "ActiveSync",
        "plain": "the link between work email and your phone",
        "explanation": (
            "ActiveSync is the method phones use to keep work email, calendar and "
            "contacts matched with the office system."
        ),
        "variants": ["Exchange ActiveSync"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "browser",
        "plain": "the program you use to visit websites",
        "explanation": (
            "A browser is the program you use to look at websites, such as Chrome, Edge, "
            "Safari or Firefox."
        ),
        "variants": ["browsers", "web browser", "web browsers", "browser window"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "cookies",
        "plain": "small notes websites store on your computer",
        "explanation": (
            "Cookies are small files a website leaves on your computer to remember you, "
            "such as keeping you signed in or holding your basket."
        ),
        "variants": ["cookie", "browser cookies", "tracking cookies", "third-party cookies"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "browser extension",
        "plain": "an extra tool added to Chrome or Edge",
        "explanation": (
            "A browser extension is a small extra tool added to your web program, such as"
            " an ad blocker, and bad ones can cause pop-ups."
        ),
        "variants": [
            "browser extensions",
            "browser add-on",
            "browser add-ons",
            "Chrome extension",
            "Chrome extensions",
            "Edge extension",
            "Edge extensions",
            "Firefox extension",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "plugin",
        "plain": "an extra piece added to a program",
        "explanation": (
            "A plugin is a small extra piece of software added to a program to give it a"
            " new feature."
        ),
        "variants": [
            "plugins",
            "plug-ins",
            "software plug-in",
            "add-on",
            "add-ons",
            "add-in",
            "add-ins",
            "Office add-in",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "incognito mode",
        "plain": "a private window that forgets your visit",
        "explanation": (
            "Incognito mode opens a private window that does not keep your history or "
            "sign-ins once it is closed."
        ),
        "variants": ["incognito window", "InPrivate", "InPrivate window", "private browsing"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "hard refresh",
        "plain": "reloading the page from scratch",
        "explanation": (
            "A hard refresh reloads a web page and ignores the stored copy, usually by "
            "pressing Ctrl and F5 together."
        ),
        "variants": ["hard reload", "hard-refresh", "force refresh"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Windows Registry",
        "plain": "Windows' master settings list",
        "explanation": (
            "The Windows Registry is the huge list of settings that Windows and programs "
            "use, and changing it wrongly can stop things working."
        ),
        "variants": [
            "registry key",
            "registry keys",
            "registry entry",
            "registry entries",
            "registry setting",
            "registry settings",
            "registry edit",
            "registry edits",
            "Registry Editor",
            "regedit",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "patch",
        "plain": "a small fix from the maker",
        "explanation": (
            "A patch is a small fix from the maker that repairs a fault or closes a "
            "security gap in a program."
        ),
        "variants": [
            "patches",
            "patched",
            "patching",
            "security patch",
            "security patches",
            "hotfix",
            "hotfixes",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "roll back",
        "plain": "undo, going back to the earlier version",
        "explanation": (
            "To roll back is to undo a recent change or update, returning a program or "
            "system to how it was before."
        ),
        "variants": ["rolled back", "rolling back", "roll-back", "rollback", "rollbacks"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "reinstall",
        "plain": "remove and put back on fresh",
        "explanation": (
            "To reinstall a program is to remove it and put it back on, which often "
            "clears up faults."
        ),
        "variants": ["reinstalled", "reinstalling", "reinstallation", "re-install", "re-installed"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "uninstall",
        "plain": "remove from the computer",
        "explanation": "To uninstall a program is to remove it from the computer properly.",
        "variants": ["uninstalled", "uninstalling", "uninstallation", "uninstaller"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "installer",
        "plain": "the file that sets up a program",
        "explanation": "An installer is the file you open to put a new program onto your computer.",
        "variants": [
            "installers",
            "installer package",
            "installation file",
            "setup file",
            "MSI file",
            "MSI package",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "executable",
        "plain": "a file that runs a program",
        "explanation": (
            "An executable is a file that starts a program when opened, and unexpected "
            "ones sent by email are often dangerous."
        ),
        "variants": ["executables", "executable file", "executable files", "EXE file", "EXE files"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "licence key",
        "plain": "the code that unlocks the program",
        "explanation": (
            "A licence key is the code you enter to prove a program was paid for and unlock it."
        ),
        "variants": [
            "licence keys",
            "license key",
            "license keys",
            "product key",
            "product keys",
            "activation key",
            "serial key",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Windows activation",
        "plain": "Windows checking it's a paid copy",
        "explanation": (
            "Windows activation is the check that confirms your copy of Windows is "
            "genuine and paid for."
        ),
        "variants": ["activate Windows", "product activation", "activation error"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "beta version",
        "plain": "an early test version",
        "explanation": (
            "A beta version is an early, unfinished release of a program given out for "
            "testing, so it may have faults."
        ),
        "variants": ["beta versions", "beta release", "beta software", "beta build", "public beta"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "legacy software",
        "plain": "old software still in use",
        "explanation": (
            "Legacy software is an older program that is still used but no longer fits "
            "well with modern systems."
        ),
        "variants": [
            "legacy system",
            "legacy systems",
            "legacy app",
            "legacy apps",
            "legacy program",
            "legacy programs",
            "legacy application",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "end of support",
        "plain": "no longer getting fixes from the maker",
        "explanation": (
            "End of support is the date after which the maker stops sending fixes, "
            "including security fixes, for a product."
        ),
        "variants": ["end-of-support", "out of support", "unsupported version", "EOL"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "SaaS",
        "plain": "software you use online by subscription",
        "explanation": (
            "SaaS means a program you use over the internet and pay for monthly or "
            "yearly, instead of buying and keeping a copy."
        ),
        "variants": ["software as a service", "SaaS app", "SaaS apps"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "web app",
        "plain": "a program that runs in a web page",
        "explanation": (
            "A web app is a program you use through a website, so there is nothing to put"
            " on the computer."
        ),
        "variants": ["web apps", "web application", "web applications", "web-based app"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "desktop app",
        "plain": "the program installed on your computer",
        "explanation": (
            "The desktop app is the version of a program kept on your own computer, as "
            "opposed to the one used on a website."
        ),
        "variants": [
            "desktop apps",
            "desktop application",
            "desktop applications",
            "desktop version",
            "desktop client",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "AutoRecover",
        "plain": "Office's automatic emergency copies",
        "explanation": (
            "AutoRecover is the Office feature that saves a rescue copy of your document "
            "every few minutes in case the program crashes."
        ),
        "variants": [
            "AutoRecover file",
            "AutoRecover files",
            "autorecovery",
            "auto-recover",
            "auto-recovery",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "macro",
        "plain": "a recorded set of automatic steps",
        "explanation": (
            "A macro is a small recorded set of steps that a spreadsheet or document can "
            "run automatically, and ones in unexpected files can be dangerous."
        ),
        "variants": ["macros", "macro-enabled", "VBA", "VBA macro", "VBA macros"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "compatibility mode",
        "plain": "a setting for opening older files or programs",
        "explanation": (
            "Compatibility mode lets a newer program open files, or run, in a way that "
            "suits an older version."
        ),
        "variants": ["compatibility settings", "compatibility view"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "safe mode",
        "plain": "a stripped-down start with only basics",
        "explanation": (
            "Safe mode starts the computer with only the bare essentials, so problems "
            "caused by extra programs can be found and fixed."
        ),
        "variants": ["Safe Mode with Networking", "safe boot", "diagnostic startup"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "background process",
        "plain": "a program running out of sight",
        "explanation": (
            "A background process is a program or task running behind the scenes that you"
            " cannot see but that still uses the computer's power."
        ),
        "variants": [
            "background processes",
            "running process",
            "running processes",
            "background task",
            "background tasks",
            "background apps",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Windows service",
        "plain": "a behind-the-scenes Windows program",
        "explanation": (
            "A Windows service is a program that runs quietly behind the scenes to keep a"
            " feature, such as printing, working."
        ),
        "variants": ["Windows services", "system service", "system services", "services.msc"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Task Manager",
        "plain": "the list of running programs",
        "explanation": (
            "Task Manager is the Windows window that shows what is running and how busy "
            "the computer is, and it can close stuck programs."
        ),
        "variants": ["Activity Monitor"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "force quit",
        "plain": "force a stuck program to close",
        "explanation": (
            "To force quit is to shut a frozen program immediately, which loses any "
            "unsaved work in it."
        ),
        "variants": [
            "force-quit",
            "force quitting",
            "force close",
            "force-close",
            "force-closed",
            "end task",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "memory leak",
        "plain": "a program slowly hogging memory",
        "explanation": (
            "A memory leak is a fault where a program keeps taking more of the computer's"
            " working memory until things slow down."
        ),
        "variants": ["memory leaks", "leaking memory"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "command prompt",
        "plain": "the typed-commands window",
        "explanation": (
            "The command prompt is a black window where technicians type instructions to "
            "the computer directly."
        ),
        "variants": [
            "command line",
            "command window",
            "cmd",
            "PowerShell",
            "terminal window",
            "Windows Terminal",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Control Panel",
        "plain": "the Windows settings window",
        "explanation": (
            "Control Panel is the older Windows window for changing settings such as "
            "printers, programs and user accounts."
        ),
        "variants": ["Windows Control Panel"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "Device Manager",
        "plain": "the Windows list of hardware",
        "explanation": (
            "Device Manager is the Windows window listing every part and gadget in the "
            "computer, showing any that are not working."
        ),
        "variants": ["Windows Device Manager"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Event Viewer",
        "plain": "Windows' error diary",
        "explanation": (
            "Event Viewer is the Windows tool that keeps a diary of errors and warnings, "
            "which technicians read to find causes."
        ),
        "variants": ["event log", "event logs", "Windows event log"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "log file",
        "plain": "a program's diary of what happened",
        "explanation": (
            "A log file is a record a program writes as it works, noting errors and "
            "events that help find the cause of a problem."
        ),
        "variants": ["log files", "error log", "error logs", "crash log", "crash logs"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Disk Management",
        "plain": "the Windows drive setup tool",
        "explanation": (
            "Disk Management is the Windows tool for seeing and setting up the storage "
            "drives in a computer."
        ),
        "variants": ["Disk Management tool"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Disk Cleanup",
        "plain": "the Windows tidy-up tool",
        "explanation": (
            "Disk Cleanup is a Windows tool that clears out leftover and unneeded files "
            "to free up space."
        ),
        "variants": ["disk clean-up", "Storage Sense"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "system tray",
        "plain": "the icons by the clock",
        "explanation": (
            "The system tray is the row of small icons near the clock at the bottom "
            "corner of a Windows screen."
        ),
        "variants": ["systray", "tray icon", "tray icons", "notification area"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "taskbar",
        "plain": "the bar along the bottom of the screen",
        "explanation": (
            "The taskbar is the strip along the bottom of the Windows screen with the "
            "Start button and your open programs."
        ),
        "variants": ["task bar"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "desktop shortcut",
        "plain": "an icon that opens something directly",
        "explanation": (
            "A desktop shortcut is an icon on your desktop that opens a program, folder "
            "or website straight away."
        ),
        "variants": ["desktop shortcuts", "shortcut icon", "shortcut icons"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "keyboard shortcut",
        "plain": "a key combination that does something",
        "explanation": (
            "A keyboard shortcut is a set of keys pressed together, like Ctrl and C, to "
            "do something quickly."
        ),
        "variants": ["keyboard shortcuts", "shortcut key", "shortcut keys", "hotkey", "hotkeys"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "right-click",
        "plain": "click with the right mouse button",
        "explanation": (
            "To right-click is to press the right-hand button on the mouse, which opens a"
            " short menu of choices."
        ),
        "variants": ["right click", "right-clicks", "right-clicked", "right-clicking"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "drag and drop",
        "plain": "hold the mouse button and move it across",
        "explanation": (
            "Drag and drop means pressing and holding the mouse button on something, "
            "moving it, and letting go where you want it."
        ),
        "variants": ["drag-and-drop", "dragged and dropped", "dragging and dropping"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "power cycle",
        "plain": "turn off and on again",
        "explanation": (
            "To power cycle a device is to switch it off, wait a moment, then switch it back on."
        ),
        "variants": [
            "power-cycle",
            "power cycled",
            "power-cycled",
            "power cycling",
            "power-cycling",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "hard reset",
        "plain": "a forced switch-off and on",
        "explanation": (
            "A hard reset forces a frozen device to switch off and start again, usually "
            "by holding the power button down."
        ),
        "variants": ["hard resets", "force restart", "forced restart"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "factory reset",
        "plain": "wiping it back to how it came",
        "explanation": (
            "A factory reset erases everything on a device and returns it to how it was when new."
        ),
        "variants": [
            "factory-reset",
            "factory settings",
            "factory defaults",
            "reset to factory settings",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "System Restore",
        "plain": "rewinding Windows to an earlier date",
        "explanation": (
            "System Restore winds Windows settings and programs back to a saved point in "
            "time, without touching your documents."
        ),
        "variants": ["restore point", "restore points"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "boot up",
        "plain": "start up",
        "explanation": (
            "To boot up is simply for a computer or device to start up from being switched off."
        ),
        "variants": ["boots up", "booted up", "booting", "booting up", "boot-up", "boot time"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "boot loop",
        "plain": "stuck restarting over and over",
        "explanation": (
            "A boot loop is when a device keeps starting, failing and starting again "
            "without ever getting to the desktop or home screen."
        ),
        "variants": ["boot loops", "boot-loop", "reboot loop"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "operating system",
        "plain": "the computer's main system, like Windows",
        "explanation": (
            "The operating system is the main software that runs a computer or phone, "
            "such as Windows, macOS, iOS or Android."
        ),
        "variants": ["operating systems", "OS"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "virtual machine",
        "plain": "a computer simulated inside another",
        "explanation": (
            "A virtual machine is a pretend computer running as a program inside a real one."
        ),
        "variants": ["virtual machines", "virtual desktop", "virtual desktops"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "API",
        "plain": "a connection between two programs",
        "explanation": (
            "An API is a set of rules that lets two programs talk to each other and swap "
            "information automatically."
        ),
        "variants": ["APIs", "API key", "API keys", "API connection"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "print spooler",
        "plain": "the part of Windows that feeds the printer",
        "explanation": (
            "The print spooler is the part of Windows that lines up documents and feeds "
            "them to the printer one by one, and restarting it clears stuck printing."
        ),
        "variants": ["spooler", "spooler service", "Print Spooler service", "printer spooler"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "print queue",
        "plain": "the list of documents waiting to print",
        "explanation": (
            "The print queue is the list of documents waiting their turn to print, and "
            "one stuck document can hold up the rest."
        ),
        "variants": ["print queues", "printer queue", "printing queue"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "print job",
        "plain": "a document sent to print",
        "explanation": "A print job is one document you have sent to the printer.",
        "variants": ["print jobs"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "IP printer",
        "plain": "a printer connected by its network address",
        "explanation": (
            "An IP printer is a printer your computer finds by its own network address "
            "instead of through a cable."
        ),
        "variants": [
            "IP printers",
            "TCP/IP printer",
            "printer IP",
            "printer IP address",
            "network printer",
            "network printers",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "print server",
        "plain": "the computer that shares the printers",
        "explanation": (
            "A print server is an office computer that manages the shared printers and "
            "hands out their settings to everyone's computers."
        ),
        "variants": ["print servers", "printer server"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "default printer",
        "plain": "the printer used unless you choose another",
        "explanation": (
            "The default printer is the one your computer sends documents to unless you "
            "pick a different one."
        ),
        "variants": ["default printers"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "by default",
        "plain": "unless you change it",
        "explanation": (
            "By default means what happens automatically when you have not chosen "
            "anything different."
        ),
        "variants": ["default setting", "default settings", "default option"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "default program",
        "plain": "the program that opens it automatically",
        "explanation": (
            "The default program is the one your computer opens automatically for a type "
            "of file, such as PDFs or web pages."
        ),
        "variants": [
            "default programs",
            "default app",
            "default apps",
            "default application",
            "default browser",
            "default email app",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "file association",
        "plain": "which program opens a type of file",
        "explanation": (
            "A file association is the setting that links a type of file to the program "
            "that opens it."
        ),
        "variants": ["file associations", "file type association", "file type associations"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "duplex printing",
        "plain": "printing on both sides",
        "explanation": "Duplex printing means printing on both sides of the paper.",
        "variants": ["duplexing", "duplex print", "duplex unit", "auto duplex"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "DPI",
        "plain": "the sharpness setting",
        "explanation": (
            "DPI measures how sharp a print or scan is, and a higher number means finer "
            "detail but bigger files."
        ),
        "variants": ["dots per inch"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "scan to folder",
        "plain": "scanning straight into a shared folder",
        "explanation": (
            "Scan to folder sends what you scan on the office copier straight into a "
            "shared folder on the network."
        ),
        "variants": ["scan-to-folder", "scan to network folder", "scan to SMB", "SMB scanning"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "WSD port",
        "plain": "an automatic printer connection type",
        "explanation": (
            "A WSD port is a way Windows finds and talks to a printer automatically, "
            "which sometimes stops working and needs replacing with a fixed address."
        ),
        "variants": ["WSD", "WSD printer", "Web Services for Devices"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "fuser",
        "plain": "the printer's heated roller unit",
        "explanation": (
            "The fuser is the hot part inside a laser printer that melts the toner onto the paper."
        ),
        "variants": ["fuser unit", "fuser assembly", "fuser kit"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "drum unit",
        "plain": "the printer's image roller",
        "explanation": (
            "The drum unit is the roller inside a laser printer that transfers the image "
            "onto the paper, and it wears out over time."
        ),
        "variants": ["drum units", "drum cartridge", "imaging drum", "image drum"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Microsoft 365 tenant",
        "plain": "your organisation's Microsoft 365 setup",
        "explanation": (
            "The tenant is your organisation's own private space in Microsoft 365, "
            "holding all its users, email and settings."
        ),
        "variants": [
            "Office 365 tenant",
            "M365 tenant",
            "tenant ID",
            "tenant admin",
            "tenant settings",
            "tenant-wide",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "group policy",
        "plain": "central settings pushed to office computers",
        "explanation": (
            "Group policy is how the IT team sets rules and settings once and has them "
            "applied to every office computer automatically."
        ),
        "variants": ["group policies", "Group Policy Object", "GPO", "GPOs", "gpupdate"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "Active Directory",
        "plain": "the office's central staff and computer list",
        "explanation": (
            "Active Directory is the central system that holds every staff sign-in and "
            "office computer, and decides who can get into what."
        ),
        "variants": [
            "Azure Active Directory",
            "Azure AD",
            "Entra ID",
            "Microsoft Entra ID",
            "Entra",
            "AD account",
            "AD accounts",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "domain controller",
        "plain": "the office's main sign-in computer",
        "explanation": (
            "A domain controller is the office computer that checks every staff sign-in "
            "and hands out the rules for office computers."
        ),
        "variants": ["domain controllers"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "domain-joined",
        "plain": "signed up to the office network",
        "explanation": (
            "A domain-joined computer is signed up to the office's central sign-in "
            "system, so staff sign in with their work details and office rules apply."
        ),
        "variants": [
            "domain joined",
            "domain join",
            "join the domain",
            "joined to the domain",
            "rejoin the domain",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "admin center",
        "plain": "the management website",
        "explanation": (
            "The admin center is the website where the IT team manages the organisation's"
            " Microsoft 365 or Google users and settings."
        ),
        "variants": [
            "admin centre",
            "Microsoft 365 admin center",
            "Microsoft 365 admin centre",
            "admin portal",
            "admin panel",
            "Admin console",
            "Google Admin console",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Intune",
        "plain": "Microsoft's tool for managing work devices",
        "explanation": (
            "Intune is Microsoft's service that lets the IT team set up, protect and, if "
            "lost, wipe work laptops and phones from afar."
        ),
        "variants": [
            "Microsoft Intune",
            "Intune portal",
            "Endpoint Manager",
            "Microsoft Endpoint Manager",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "MDM",
        "plain": "remote management of work devices",
        "explanation": (
            "MDM lets the IT team manage work phones and laptops from afar, for example "
            "to set up email or wipe a lost device."
        ),
        "variants": ["mobile device management", "MDM profile", "MDM enrolment", "MDM enrollment"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Company Portal",
        "plain": "the app for setting up work devices",
        "explanation": (
            "Company Portal is the Microsoft app you put on your phone or laptop to "
            "register it with work and get approved apps."
        ),
        "variants": ["Company Portal app"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "device enrolment",
        "plain": "registering your device with work",
        "explanation": (
            "Device enrolment registers a phone or laptop with the organisation so it can"
            " get work email, apps and security settings."
        ),
        "variants": [
            "device enrollment",
            "enrol your device",
            "enroll your device",
            "enrol the device",
            "enroll the device",
            "enrolled device",
            "enrolled devices",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "Windows Autopilot",
        "plain": "automatic setup for new work laptops",
        "explanation": (
            "Windows Autopilot is the Microsoft service that sets up a new work laptop "
            "automatically when it is first switched on and connected."
        ),
        "variants": ["Autopilot profile", "Autopilot setup"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "guest user",
        "plain": "an outside person given access",
        "explanation": (
            "A guest user is someone from outside the organisation who has been allowed "
            "into a specific team, file or site."
        ),
        "variants": [
            "guest users",
            "guest access",
            "external user",
            "external users",
            "external sharing",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "retention policy",
        "plain": "a rule for how long things are kept",
        "explanation": (
            "A retention policy is a rule that keeps email and files for a set time, or "
            "removes them after it, often for legal reasons."
        ),
        "variants": [
            "retention policies",
            "retention settings",
            "retention label",
            "retention labels",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "directory sync",
        "plain": "copying office sign-ins up to Microsoft 365",
        "explanation": (
            "Directory sync copies staff sign-ins from the office's own system up to "
            "Microsoft 365 so they stay the same in both places."
        ),
        "variants": [
            "directory synchronisation",
            "directory synchronization",
            "dirsync",
            "Azure AD Connect",
            "AD Connect",
            "Entra Connect",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "organisational unit",
        "plain": "a grouping in the office's staff list",
        "explanation": (
            "An organisational unit is a grouping of staff or computers in the office's "
            "central list, used to give them the same rules."
        ),
        "variants": [
            "organisational units",
            "organizational unit",
            "organizational units",
            "OU",
            "OUs",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "user principal name",
        "plain": "your full work sign-in name",
        "explanation": (
            "The user principal name is your full work sign-in, which usually looks like "
            "your email address."
        ),
        "variants": ["UPN", "UPNs"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "Known Folder Move",
        "plain": "automatic OneDrive copying of Desktop and Documents",
        "explanation": (
            "Known Folder Move makes your Desktop, Documents and Pictures folders live in"
            " OneDrive so they are protected and follow you."
        ),
        "variants": ["KFM", "known folder redirection"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "folder redirection",
        "plain": "storing your folders centrally instead",
        "explanation": (
            "Folder redirection stores folders like Documents on an office machine "
            "instead of on your computer, though they look the same to you."
        ),
        "variants": ["folder redirect", "redirected folder", "redirected folders"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "roaming profile",
        "plain": "settings that follow you to any computer",
        "explanation": (
            "A roaming profile keeps your desktop, settings and some files on an office "
            "machine so they appear on whichever work computer you use."
        ),
        "variants": ["roaming profiles"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "user profile",
        "plain": "your personal Windows setup",
        "explanation": (
            "Your user profile is your personal set of files and settings on a computer, "
            "and if it gets damaged, Windows may start with a blank one."
        ),
        "variants": [
            "user profiles",
            "Windows profile",
            "Windows profiles",
            "corrupted profile",
            "corrupt profile",
            "temporary profile",
            "profile corruption",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "login script",
        "plain": "a set-up routine that runs at sign-in",
        "explanation": (
            "A login script is a short set of instructions that runs when you sign in, "
            "for example to connect shared drives and printers."
        ),
        "variants": ["login scripts", "logon script", "logon scripts", "startup script"],
        "match_case": False,
        "jargon_for": ["new", "everyday", "confident"],
    },
    {
        "term": "app password",
        "plain": "a special password for one app",
        "explanation": (
            "An app password is a long one-off password you create for an older app that "
            "cannot ask for your phone code."
        ),
        "variants": ["app passwords", "app-specific password", "app-specific passwords"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "troubleshoot",
        "plain": "track down and fix",
        "explanation": (
            "To troubleshoot is to work step by step to find the cause of a problem and fix it."
        ),
        "variants": ["troubleshoots", "troubleshot", "troubleshooting", "troubleshooter"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "configure",
        "plain": "set up",
        "explanation": "To configure something is to set it up and adjust its settings.",
        "variants": [
            "configured",
            "configures",
            "configuring",
            "configuration",
            "configurations",
            "config",
            "reconfigure",
            "reconfigured",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "migrate",
        "plain": "move across",
        "explanation": (
            "To migrate is to move files, email or accounts from an old system or "
            "computer to a new one."
        ),
        "variants": ["migrated", "migrates", "migrating", "migration", "migrations"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "deploy",
        "plain": "put in place",
        "explanation": (
            "To deploy is to put a program, update or setting in place on the computers "
            "that need it."
        ),
        "variants": [
            "deployed",
            "deploys",
            "deploying",
            "deployment",
            "deployments",
            "redeploy",
            "redeployed",
        ],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "provision",
        "plain": "set up ready for use",
        "explanation": (
            "To provision an account or device is to set it up with everything the person"
            " needs before they start using it."
        ),
        "variants": ["provisioned", "provisioning", "reprovision", "re-provision"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "escalate",
        "plain": "pass to a specialist",
        "explanation": (
            "To escalate a problem is to pass it to a more senior or specialist person "
            "who can take it further."
        ),
        "variants": ["escalated", "escalates", "escalating", "escalation", "escalations"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "flush",
        "plain": "clear out",
        "explanation": (
            "To flush is to empty out stored information, such as old web addresses, so "
            "fresh information is fetched."
        ),
        "variants": ["flushed", "flushing", "flush the DNS", "flushdns"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "reimage",
        "plain": "wipe and set up fresh",
        "explanation": (
            "To reimage a computer is to wipe it completely and put a clean, standard "
            "copy of Windows and programs back on."
        ),
        "variants": ["reimaged", "reimaging", "re-image", "re-imaged", "re-imaging"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "debug",
        "plain": "find and fix the fault in",
        "explanation": (
            "To debug is to track down exactly what is going wrong inside a program or "
            "setup so it can be put right."
        ),
        "variants": ["debugged", "debugging"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "toggle",
        "plain": "switch on or off",
        "explanation": (
            "To toggle a setting is to flip it between on and off, usually with a switch "
            "on the screen."
        ),
        "variants": ["toggles", "toggled", "toggling", "toggle switch"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "workaround",
        "plain": "a temporary way round the problem",
        "explanation": (
            "A workaround is a way to get things done despite a problem, until the proper"
            " fix arrives."
        ),
        "variants": ["workarounds", "work-around"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "known issue",
        "plain": "a problem the makers already know about",
        "explanation": (
            "A known issue is a fault the maker has already admitted and is usually working on."
        ),
        "variants": ["known issues", "known bug", "known bugs"],
        "match_case": False,
        "jargon_for": ["new"],
    },
    {
        "term": "timeout",
        "plain": "a wait that ran out",
        "explanation": (
            "A timeout is when a program or website gives up waiting for a reply after a "
            "set time and shows an error."
        ),
        "variants": ["timeouts", "timed out", "connection timed out", "request timed out"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "SLA",
        "plain": "our agreed response times",
        "explanation": (
            "An SLA is the agreement that sets how quickly the support team promises to "
            "respond to and fix problems."
        ),
        "variants": ["SLAs", "service level agreement", "service-level agreement"],
        "match_case": False,
        "jargon_for": ["new", "everyday"],
    },
    {
        "term": "second-line support",
        "plain": "our more specialist team",
        "explanation": (
            "Second-line support is the more specialised team that takes on problems the "
            "first helper cannot solve."
        ),
        "variants": [
            "second line support",
            "2nd-line support",
            "2nd line support",
            "third-line support",
            "3rd-line support",
            "tier 2 support",
            "tier 3 support",
        ],
        "match_case": False,
        "jargon_for": ["new"],
    },
]
