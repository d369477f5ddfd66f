"""The portal's words. Clients see plain, calm language, never the workspace's terms."""

from __future__ import annotations

from tickets.models import Status

CLIENT_STATUS: dict[str, str] = {
    Status.NEW: "Waiting for a technician",
    Status.OPEN: "A technician is working on it",
    Status.WAITING: "We need something from you",
    Status.RESOLVED: "Fixed — please check",
    Status.CLOSED: "Closed",
}

CLIENT_STATUS_HELP: dict[str, str] = {
    Status.NEW: "A technician will read it soon. You don't need to do anything.",
    Status.OPEN: "A technician is on it. We'll write here and e-mail you when there's news.",
    Status.WAITING: "The technician asked you something below. Reply when you can.",
    Status.RESOLVED: "We think it's fixed. Please check, then tell us below.",
    Status.CLOSED: "This is finished. If it happens again, tell us below.",
}


def client_status(status: str) -> str:
    return CLIENT_STATUS.get(status, status)
