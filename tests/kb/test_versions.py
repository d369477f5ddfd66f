"""Every save is a version; any version can be read and restored; stale edits are refused."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from kb.models import Guide
from kb.services import GuideChanged, guide_restore, guide_snapshot, guide_update
from tests.kb.factories import make_guide

pytestmark = pytest.mark.django_db

EDIT = {
    "title": "Get your printer back",
    "category": "",
    "audience": "everyday",
    "problem": "The printer says offline",
    "safe_note": "",
    "summary": "",
    "steps": "## Check the cable\n\nIs it plugged in?",
    "prevent": "",
    "tags": "printer, offline",
    "status": "published",
    "is_public": "on",
}


def test_versions_and_restore(technician: User) -> None:
    guide = make_guide(title="First title", tags=["one"], author=technician)
    assert guide.version == 1 and guide.versions.count() == 1
    content = {name: value for name, value in guide_snapshot(guide).items() if name != "tags"}
    edited = guide_update(
        guide=guide,
        author=technician,
        expected_version=1,
        tags=["two"],
        **{**content, "title": "Second title"},
    )
    assert edited.version == 2 and edited.title == "Second title"
    assert [v.number for v in edited.versions.all()] == [2, 1]
    restored = guide_restore(guide=edited, number=1, author=technician)
    assert restored.version == 3
    assert restored.title == "First title"
    assert sorted(restored.tags.values_list("name", flat=True)) == ["one"]
    assert restored.versions.get(number=3).note == "Restored version 1"


def test_stale_edit_is_refused(technician: User) -> None:
    guide = make_guide()
    content = {k: v for k, v in guide_snapshot(guide).items() if k != "tags"}
    guide_update(guide=guide, author=technician, expected_version=1, tags=[], **content)
    with pytest.raises(GuideChanged):
        guide_update(guide=guide, author=technician, expected_version=1, tags=[], **content)


def test_edit_page_saves_a_version_and_keeps_input_on_conflict(
    client: Client, technician: User
) -> None:
    guide = make_guide()
    client.force_login(technician)
    url = reverse("kb:edit", args=[guide.slug])
    assert client.post(url, {**EDIT, "version": 1}).status_code == 302
    guide.refresh_from_db()
    assert guide.version == 2 and guide.title == "Get your printer back"
    stale = client.post(url, {**EDIT, "version": 1, "title": "My other title"})
    assert stale.status_code == 409
    page = stale.content.decode()
    assert "Someone saved this guide since you opened it" in page
    assert 'value="My other title"' in page


def test_edit_page_explains_bad_steps(client: Client, technician: User) -> None:
    guide = make_guide()
    client.force_login(technician)
    response = client.post(
        reverse("kb:edit", args=[guide.slug]),
        {**EDIT, "version": 1, "steps": "Just text, no steps"},
    )
    assert "Start each step with a line like" in response.content.decode()
    long_step = "## One\n\n" + "word " * 100
    response = client.post(
        reverse("kb:edit", args=[guide.slug]), {**EDIT, "version": 1, "steps": long_step}
    )
    assert "Step 1 has more than 80 words" in response.content.decode()


def test_restore_through_the_page(client: Client, technician: User) -> None:
    guide = make_guide(title="Original")
    client.force_login(technician)
    client.post(reverse("kb:edit", args=[guide.slug]), {**EDIT, "version": 1})
    page = client.get(reverse("kb:versions", args=[guide.slug]), {"show": 1}).content.decode()
    assert "Version 1: Original" in page
    assert client.get(reverse("kb:restore", args=[guide.slug, 1])).status_code == 405
    client.post(reverse("kb:restore", args=[guide.slug, 1]))
    assert Guide.objects.get(pk=guide.pk).title == "Original"


def test_clients_cannot_edit(client: Client, client_user: User) -> None:
    guide = make_guide()
    client.force_login(client_user)
    for name in ("kb:edit", "kb:versions"):
        assert client.get(reverse(name, args=[guide.slug])).status_code == 403
    assert client.post(reverse("kb:restore", args=[guide.slug, 1])).status_code == 403
    assert client.get(reverse("kb:new")).status_code == 403
    assert client.get(reverse("kb:manage")).status_code == 403
