"""Search ranks title above problem above steps, on PostgreSQL and on the SQLite fallback."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection

from accounts.models import User
from kb.models import GuideStatus
from kb.selectors import guide_search, guide_suggestions
from tests.factories import category
from tests.kb.factories import make_guide

pytestmark = pytest.mark.django_db


@pytest.fixture
def zebra_guides() -> dict[str, object]:
    return {
        "steps": make_guide(
            title="Tidy your desktop",
            problem="Too many icons",
            steps="## Drag the zebra icon\n\nTo the bin.",
        ),
        "title": make_guide(
            title="Zebra crossing printer",
            problem="It prints stripes",
            steps="## Switch off\n\nWait.",
        ),
        "problem": make_guide(
            title="Strange colours",
            problem="My screen looks like a zebra",
            steps="## Restart\n\nOnce.",
        ),
        "none": make_guide(
            title="Wi-Fi drops", problem="Internet stops", steps="## Move closer\n\nTo the router."
        ),
    }


def test_title_ranks_above_problem_above_steps(zebra_guides: dict[str, object]) -> None:
    results = guide_search(user=AnonymousUser(), text="zebra")
    assert [guide.title for guide in results] == [
        "Zebra crossing printer",
        "Strange colours",
        "Tidy your desktop",
    ]


def test_obvious_matches_are_found(zebra_guides: dict[str, object]) -> None:
    assert [g.title for g in guide_search(user=AnonymousUser(), text="wi-fi router")] == [
        "Wi-Fi drops"
    ]
    assert guide_search(user=AnonymousUser(), text="nothing matches quokka") == []
    assert guide_search(user=AnonymousUser(), text="   ") == []


def test_plurals_and_case(db: None) -> None:
    make_guide(title="Printer shows offline", problem="The printer says offline")
    assert [g.title for g in guide_search(user=AnonymousUser(), text="PRINTERS")] == [
        "Printer shows offline"
    ]


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="trigram typo tolerance is PostgreSQL-only"
)
def test_small_typos_are_tolerated_on_postgresql(db: None) -> None:
    make_guide(title="Printer shows offline", problem="The printer says offline")
    make_guide(title="Share a calendar", problem="I want my assistant to see my diary")
    assert [g.title for g in guide_search(user=AnonymousUser(), text="printr ofline")] == [
        "Printer shows offline"
    ]


def test_category_filter(db: None) -> None:
    make_guide(title="Printer offline", category_id=category("printers").pk)
    make_guide(title="Printer in email", problem="printer", category_id=category("email").pk)
    results = guide_search(user=AnonymousUser(), text="printer", category=category("printers"))
    assert [g.title for g in results] == ["Printer offline"]


def test_visibility(client_user: User, technician: User) -> None:
    make_guide(title="Draft printer guide", status=GuideStatus.DRAFT)
    make_guide(title="Clients-only printer guide", is_public=False)
    make_guide(title="Public printer guide")
    people: list[tuple[str, User | AnonymousUser]] = [
        ("visitor", AnonymousUser()),
        ("client", client_user),
        ("technician", technician),
    ]
    seen = {who: {g.title for g in guide_search(user=user, text="printer")} for who, user in people}
    assert seen["visitor"] == {"Public printer guide"}
    assert seen["client"] == {"Public printer guide", "Clients-only printer guide"}
    assert seen["technician"] == {
        "Public printer guide",
        "Clients-only printer guide",
        "Draft printer guide",
    }


def test_suggestions_match_any_word_of_a_long_description(client_user: User) -> None:
    make_guide(
        title="Get your shared drive back",
        problem="My S: drive has disappeared",
        tags=["network drive"],
    )
    make_guide(title="Share a calendar", problem="Let my assistant see my diary")
    typed = (
        "I was opening the office listings and the drive has vanished from my computer this morning"
    )
    assert [g.title for g in guide_suggestions(user=client_user, text=typed)] == [
        "Get your shared drive back"
    ]
    assert guide_suggestions(user=client_user, text="help") == []
