"""Attachments: type by content, size and count limits, generated names, authorised downloads."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.factories import make_ticket
from tickets.models import Attachment, MessageKind, StagedUpload
from tickets.services import AttachmentRejected, attachment_validate, message_add
from tickets.services.attachments import attachment_stage

pytestmark = pytest.mark.django_db

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f"
    b"\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7V\xbd\xfa\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64


def upload(
    name: str, content: bytes, content_type: str = "application/octet-stream"
) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("screenshot.png", PNG, "image/png"),
        ("renamed.txt", PNG, "image/png"),  # the name lies; the content decides
        ("letter.pdf", PDF, "application/pdf"),
        ("error log.txt", "Printer error 0x80070005 — café\n".encode(), "text/plain"),
    ],
)
def test_accepted_types_are_detected_by_content(name: str, content: bytes, expected: str) -> None:
    assert attachment_validate(upload(name, content)).content_type == expected


@pytest.mark.parametrize(
    "name,content",
    [
        ("holiday.png", EXE),  # an executable pretending to be a picture
        ("setup.exe", EXE),
        ("binary.txt", b"\x00\x01\x02\x03" * 10),
        ("archive.zip", b"PK\x03\x04" + b"\x00" * 40),
    ],
)
def test_other_content_is_refused_in_plain_words(name: str, content: bytes) -> None:
    with pytest.raises(AttachmentRejected) as rejected:
        attachment_validate(upload(name, content))
    assert "can't be attached: we accept pictures, PDFs" in str(rejected.value)


def test_size_limit(settings: Any) -> None:
    settings.ATTACHMENT_MAX_BYTES = 2048
    with pytest.raises(AttachmentRejected, match="files can be up to 2.0"):
        attachment_validate(upload("big.txt", b"a" * 4096))
    with pytest.raises(AttachmentRejected, match="empty"):
        attachment_validate(upload("empty.txt", b""))


def test_files_are_stored_under_generated_names(client_user: User, technician: User) -> None:
    staged = attachment_stage(owner=technician, upload=upload("../../etc/passwd.png", PNG))
    assert staged.original_name == "passwd.png"
    assert "passwd" not in staged.file.name and ".." not in staged.file.name
    ticket = make_ticket(client=client_user)
    message_add(
        ticket=ticket,
        kind=MessageKind.REPLY,
        author=technician,
        body="See attached.",
        staged=[staged],
    )
    attachment = Attachment.objects.get()
    assert attachment.file.name == staged.file.name
    assert not StagedUpload.objects.exists()


@pytest.fixture
def shared_files(client_user: User, technician: User) -> dict[str, Attachment]:
    ticket = make_ticket(client=client_user)
    public = attachment_stage(owner=technician, upload=upload("fix.png", PNG))
    internal = attachment_stage(owner=technician, upload=upload("notes.txt", b"internal notes"))
    message_add(
        ticket=ticket, kind=MessageKind.REPLY, author=technician, body="Here.", staged=[public]
    )
    message_add(
        ticket=ticket, kind=MessageKind.NOTE, author=technician, body="Mine.", staged=[internal]
    )
    return {
        "public": Attachment.objects.get(original_name="fix.png"),
        "internal": Attachment.objects.get(original_name="notes.txt"),
    }


@pytest.mark.parametrize(
    ("persona", "which", "status"),
    [
        ("technician", "public", 200),
        ("technician", "internal", 200),
        ("manager", "internal", 200),
        ("client_user", "public", 200),
        ("client_user", "internal", 404),
        ("other_client", "public", 404),
        ("other_client", "internal", 404),
    ],
)
def test_downloads_are_authorised(
    client: Client,
    shared_files: dict[str, Attachment],
    persona: str,
    which: str,
    status: int,
    request: pytest.FixtureRequest,
) -> None:
    client.force_login(request.getfixturevalue(persona))
    response = client.get(reverse("workspace:attachment", args=[shared_files[which].public_id]))
    assert response.status_code == status
    if status == 200:
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "sandbox" in response["Content-Security-Policy"]


def test_anonymous_download_asks_to_sign_in(
    client: Client, shared_files: dict[str, Attachment]
) -> None:
    response = client.get(reverse("workspace:attachment", args=[shared_files["public"].public_id]))
    assert response.status_code == 302 and "/accounts/sign-in/" in response["Location"]


def test_a_rejected_file_keeps_the_reply_and_the_accepted_files(
    client: Client, client_user: User, technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    client.force_login(technician)
    response = client.post(
        reverse("workspace:reply", args=[ticket.reference]),
        {
            "version": ticket.version,
            "body": "Here are the screenshots.",
            "attachments": [upload("good.png", PNG), upload("bad.exe", EXE)],
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "“bad.exe” can&#x27;t be attached" in page
    assert "Here are the screenshots." in page
    assert "good.png" in page
    staged = StagedUpload.objects.get()
    resend = client.post(
        reverse("workspace:reply", args=[ticket.reference]),
        {
            "version": ticket.version,
            "body": "Here are the screenshots.",
            "staged": [str(staged.public_id)],
        },
    )
    assert resend.status_code == 302
    assert list(Attachment.objects.values_list("original_name", flat=True)) == ["good.png"]


def test_too_many_files(client: Client, client_user: User, technician: User, settings: Any) -> None:
    settings.ATTACHMENT_MAX_FILES = 2
    ticket = make_ticket(client=client_user)
    client.force_login(technician)
    files = [upload(f"shot{n}.png", PNG) for n in range(3)]
    response = client.post(
        reverse("workspace:reply", args=[ticket.reference]),
        {"version": ticket.version, "body": "x", "attachments": files},
    )
    assert "You can attach up to 2 files" in response.content.decode()


def test_someone_elses_staged_upload_cannot_be_claimed(
    client: Client, client_user: User, technician: User, other_technician: User
) -> None:
    theirs = attachment_stage(owner=other_technician, upload=upload("theirs.png", PNG))
    ticket = make_ticket(client=client_user)
    client.force_login(technician)
    client.post(
        reverse("workspace:reply", args=[ticket.reference]),
        {"version": ticket.version, "body": "x", "staged": [str(theirs.public_id)]},
    )
    assert not Attachment.objects.exists()
    assert StagedUpload.objects.filter(pk=theirs.pk).exists()


def test_stream_is_the_stored_content(
    client: Client, shared_files: dict[str, Attachment], technician: User
) -> None:
    client.force_login(technician)
    response = client.get(reverse("workspace:attachment", args=[shared_files["public"].public_id]))
    assert b"".join(response.streaming_content) == PNG  # type: ignore[attr-defined]
    assert io.BytesIO(PNG).read(4) == b"\x89PNG"
