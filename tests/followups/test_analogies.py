"""Analogies carry their facts, and every shipped one is true for the outcomes it declares:
the seed data, what the migrations leave in the database, and the rule managers see."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from accounts.models import User
from core.datafiles import app_data
from followups.models import Analogy, FixKind
from tickets.models import DataSafety

ANALOGIES = app_data(
    "followups", "analogies", required=("field", "category", "text", "outcomes", "fix")
)

# What an analogy's words claim, and the outcomes that claim is untrue for.
CLAIMS: list[tuple[re.Pattern[str], set[str]]] = [
    # "we found it and put it back", "took it back out": the data came back.
    (
        re.compile(
            r"\b(?:found|tracked|took) (?:it|them|the \w+)\b.*\bback\b|\bput (?:it|the kit) back\b",
            re.I,
        ),
        {DataSafety.LOST, DataSafety.NOT_INVOLVED},
    ),
    # "before the basket was emptied": it was at risk, so never "safe" or "not involved".
    (
        re.compile(r"\bbefore (?:the basket was emptied|anything was shredded)\b", re.I),
        {"safe", "not_involved", "lost"},
    ),
    # "you can walk straight in again", "reach the vault as before": everything is still there.
    (re.compile(r"\b(?:again|as before)\b", re.I), {DataSafety.LOST}),
]
# What an analogy's words say we did, by kind of fix.
FIX_CLAIMS = {
    "replaced": re.compile(r"memory card", re.I),
    "access": re.compile(r"\b(?:key|code|combination|pass|password)\b", re.I),
    "protected": re.compile(r"\b(?:copy|spare|fake|stranger)\b", re.I),
}


@pytest.mark.parametrize("row", ANALOGIES, ids=lambda row: f"{row['field']}×{row['category']}")
def test_each_seeded_analogy_is_true_for_what_it_declares(row: dict[str, object]) -> None:
    text, outcomes = str(row["text"]), set(row["outcomes"])  # type: ignore[call-overload]
    assert outcomes and outcomes <= set(DataSafety.values)
    assert row["fix"] in FixKind.values
    for claim, untrue_for in CLAIMS:
        if claim.search(text):
            assert not outcomes & untrue_for, (text, outcomes & untrue_for)
    if row["fix"] in FIX_CLAIMS:
        assert FIX_CLAIMS[str(row["fix"])].search(text), text
    assert "made a copy" not in text or row["fix"] == "protected"  # a copy nobody made


def test_no_shipped_analogy_claims_anything_came_back_when_data_was_lost() -> None:
    for_lost = [row for row in ANALOGIES if DataSafety.LOST in row["outcomes"]]
    assert for_lost and all(row["category"] == "backups" for row in for_lost)


@pytest.mark.django_db
def test_the_migrations_leave_the_database_as_the_seed_data_says() -> None:
    rows = {
        (a.field_of_expertise.slug, a.category.slug): a
        for a in Analogy.objects.select_related("field_of_expertise", "category")
    }
    assert len(rows) == len(ANALOGIES)
    for seed in ANALOGIES:
        analogy = rows[(seed["field"], seed["category"])]
        assert analogy.text == seed["text"]
        assert analogy.outcomes == frozenset(seed["outcomes"])
        assert analogy.fix_kind == seed["fix"]


@pytest.mark.django_db
def test_managers_see_the_rule_and_must_tick_an_outcome(client: Client, manager: User) -> None:
    client.force_login(manager)
    analogy = Analogy.objects.first()
    assert analogy is not None
    url = f"/admin/followups/analogy/{analogy.pk}/change/"
    page = client.get(url).content.decode()
    assert "uses this analogy only when" in page and "Data lost" in page
    assert "kind of fix it describes" in page.lower()
    response = client.post(
        url,
        {
            "field_of_expertise": analogy.field_of_expertise_id,
            "category": analogy.category_id,
            "text": analogy.text,
            "is_active": "on",
            "fix_kind": "any",
        },
    )
    assert "Tick at least one outcome" in response.content.decode()
