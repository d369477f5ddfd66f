"""Guide pages: who can read what, printing, images, and query counts that don't grow."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from accounts.models import User
from kb.models import GuideImage, GuideStatus
from tests.factories import category
from tests.kb.factories import make_guide
from tests.tickets.test_attachments import EXE, PNG

pytestmark = pytest.mark.django_db


def test_visitors_read_public_guides_but_not_drafts_or_client_only(client: Client) -> None:
    public = make_guide(title="Public one")
    draft = make_guide(title="Draft one", status=GuideStatus.DRAFT)
    private = make_guide(title="Clients only", is_public=False)
    assert client.get(public.get_absolute_url()).status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(private.get_absolute_url()).status_code == 404
    library = client.get(reverse("kb:library")).content.decode()
    assert "Public one" in library and "Draft one" not in library and "Clients only" not in library


def test_guide_page_shows_big_numbered_steps_safe_note_and_print(client: Client) -> None:
    guide = make_guide(safe_note="Your files are still on the office server.")
    page = client.get(guide.get_absolute_url()).content.decode()
    assert '<ol class="guide-steps">' in page
    assert page.count('<h3 class="step-title">') == 2
    assert "First, the good news.</strong> Your files are still on the office server." in page
    assert "data-print" in page


def test_library_browse_by_category_and_search(client: Client) -> None:
    make_guide(title="Printer offline", category_id=category("printers").pk)
    make_guide(title="Wi-Fi drops", problem="Internet stops", category_id=category("internet").pk)
    by_category = client.get(reverse("kb:library"), {"category": "printers"}).content.decode()
    assert "Printer offline" in by_category and "Wi-Fi drops" not in by_category
    searched = client.get(reverse("kb:library"), {"q": "internet"}).content.decode()
    assert "1 guide for “internet”" in searched and "Wi-Fi drops" in searched
    nothing = client.get(reverse("kb:library"), {"q": "quokka"}).content.decode()
    assert "No guides match" in nothing and "ask us for help" in nothing


def test_suggest_box(client: Client, client_user: User) -> None:
    make_guide(title="Get your shared drive back", problem="My S: drive has disappeared")
    client.force_login(client_user)
    found = client.get(
        reverse("kb:suggest"), {"trying": "open the office drive", "happened": "the drive vanished"}
    )
    assert "These guides might help you right now" in found.content.decode()
    none = client.get(reverse("kb:suggest"), {"happened": "quokka banana rhubarb"})
    assert "No guide matches yet" in none.content.decode()
    empty = client.get(reverse("kb:suggest"))
    assert empty.content.decode().strip() == ""


def test_image_upload_checks_the_content_and_serves_safely(
    client: Client, technician: User
) -> None:
    client.force_login(technician)
    bad = client.post(
        reverse("kb:image_upload"), {"image": SimpleUploadedFile("x.png", EXE), "description": "x"}
    )
    assert "Only PNG, JPEG, GIF or WebP" in bad.content.decode()
    good = client.post(
        reverse("kb:image_upload"),
        {"image": SimpleUploadedFile("x.png", PNG), "description": "The Print button"},
    )
    picture = GuideImage.objects.get()
    assert f"![The Print button](/guides/images/{picture.public_id}/)" in good.content.decode()
    served = client.get(picture.get_absolute_url())
    assert served["Content-Type"] == "image/png" and served["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("persona", ["client_user", None])
def test_library_and_guide_query_counts_do_not_grow(
    client: Client,
    persona: str | None,
    request: pytest.FixtureRequest,
    django_assert_max_num_queries: Any,
    django_assert_num_queries: Any,
) -> None:
    if persona:
        client.force_login(request.getfixturevalue(persona))
    guide = make_guide(title="Alpha printer", category_id=category("printers").pk)
    make_guide(title="Beta printer", category_id=category("printers").pk)
    urls = [reverse("kb:library"), reverse("kb:library") + "?q=printer", guide.get_absolute_url()]
    client.get(urls[0])
    small = []
    for url in urls:
        with django_assert_max_num_queries(8) as counted:
            assert client.get(url).status_code == 200
        small.append(len(counted.captured_queries))
    for n in range(40):
        make_guide(
            title=f"Printer guide {n}", category_id=category("printers" if n % 2 else "email").pk
        )
    for url, expected in zip(urls, small, strict=True):
        with django_assert_num_queries(expected):
            client.get(url)


def test_manage_page_query_count_does_not_grow(
    client: Client,
    technician: User,
    django_assert_max_num_queries: Any,
    django_assert_num_queries: Any,
) -> None:
    client.force_login(technician)
    make_guide(title="One")
    client.get(reverse("kb:manage"))
    with django_assert_max_num_queries(6) as small:
        client.get(reverse("kb:manage"))
    for n in range(40):
        make_guide(title=f"Guide {n}")
    with django_assert_num_queries(len(small.captured_queries)):
        client.get(reverse("kb:manage"))
