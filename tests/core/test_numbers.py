"""Whole numbers from text: only plain ASCII digits, and never more than a column holds."""

from __future__ import annotations

import pytest

from accounts.models import User
from core.numbers import whole_number
from tickets.models import parse_reference


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("42", 42), ("007", 7), (12, 12), ("", None), ("-1", None), ("4.2", None), (" 4", None)],
)
def test_plain_digits_only(raw: object, expected: int | None) -> None:
    assert whole_number(raw) == expected


@pytest.mark.parametrize("raw", ["²", "١٢", "４２", "1²"])
def test_digits_that_int_refuses_or_other_scripts_are_not_numbers(raw: str) -> None:
    assert whole_number(raw) is None


def test_too_many_digits_is_not_a_number() -> None:
    assert whole_number("9" * 11) == 99_999_999_999
    assert whole_number("9" * 12) is None
    assert whole_number("123456", max_digits=5) is None


@pytest.mark.parametrize("text", ["HD-²", "²", "#1²"])
def test_a_reference_with_odd_digits_is_no_reference(text: str) -> None:
    assert parse_reference(text) is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "status"),
    [
        # A page size the schema forbids is refused by name (issue 21), not read as a number.
        ("/api/v1/tickets/?page_size=%C2%B2", 400),
        ("/api/v1/tickets/HD-%C2%B2/", 404),
        ("/api/v1/guides/?category=%C2%B2", 400),
    ],
)
def test_the_api_answers_odd_digits_without_an_error(
    url: str, status: int, technician: User
) -> None:
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_authenticate(technician)
    assert api.get(url).status_code == status
