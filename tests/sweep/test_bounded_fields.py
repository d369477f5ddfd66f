"""Every whole number a form takes is bounded by its column, through one field."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest
from django import forms
from django.apps import apps
from django.test import RequestFactory

from core.http import local_next
from core.limits import WholeNumberField
from core.numbers import BIG_INTEGER_MAX, INTEGER_MAX, whole_number

OUR_APPS = [
    config
    for config in apps.get_app_configs()
    if not config.name.startswith(("django.", "rest_framework", "django_", "drf_"))
]


def _our_form_classes() -> set[type[forms.BaseForm]]:
    for config in OUR_APPS:
        package = importlib.import_module(config.name)
        for info in pkgutil.walk_packages(package.__path__, f"{config.name}."):
            if ".migrations" not in info.name and ".management" not in info.name:
                importlib.import_module(info.name)
    found: set[type[forms.BaseForm]] = set()
    todo: list[type] = [forms.BaseForm]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.split(".")[0] in {c.name for c in OUR_APPS}:
                found.add(sub)
    return found


def test_every_integer_field_of_our_forms_is_a_bounded_whole_number_field() -> None:
    classes = _our_form_classes()
    assert len(classes) > 20
    unbounded = [
        f"{cls.__module__}.{cls.__name__}.{name}"
        for cls in classes
        for name, field in getattr(cls, "base_fields", {}).items()
        if isinstance(field, forms.IntegerField) and not isinstance(field, WholeNumberField)
    ]
    assert not unbounded


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("9223372036854775808", "That number is too big (the most is 2147483647)."),
        ("2147483648", "That number is too big (the most is 2147483647)."),
        ("²", "Enter a whole number, like 3."),
        ("١٢", "Enter a whole number, like 3."),
        ("1.5", "Enter a whole number, like 3."),
        ("9" * 5000, "That number is too big (the most is 2147483647)."),
    ],
)
def test_whole_number_field_says_what_is_wrong(typed: str, error: str) -> None:
    class Form(forms.Form):
        count = WholeNumberField()

    form = Form({"count": typed})
    assert not form.is_valid()
    assert form.errors["count"] == [error]


def test_whole_number_field_takes_what_fits() -> None:
    class Form(forms.Form):
        count = WholeNumberField(min_value=1)
        big = WholeNumberField(max_value=BIG_INTEGER_MAX)

    form = Form({"count": f" {INTEGER_MAX} ", "big": str(BIG_INTEGER_MAX)})
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {"count": INTEGER_MAX, "big": BIG_INTEGER_MAX}


def test_whole_number_refuses_what_no_column_holds() -> None:
    assert whole_number("9223372036854775807", max_digits=19) == BIG_INTEGER_MAX
    assert whole_number("9999999999999999999", max_digits=19) is None


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("/work/?q=printer", True),
        ("-1", False),  # redirect() would look it up as a view name
        ("9223372036854775808", False),
        ("//evil.example/", False),
        ("/\\evil.example/", False),
        ("https://evil.example/", False),
        ("", False),
    ],
)
def test_local_next_only_goes_back_within_the_site(raw: str, kept: bool) -> None:
    request = RequestFactory().post("/work/bulk/")
    assert local_next(request, raw, default="/work/") == (raw if kept else "/work/")


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["bad\x00slug", "x" * 201])
def test_an_api_slug_no_guide_can_have_is_refused_before_a_query(
    slug: str, django_assert_num_queries: Any
) -> None:
    from api.serializers import ResolveInput

    data = {"version": 1, "cause": "c", "actions": "a", "data_safety": "safe", "guide": slug}
    with django_assert_num_queries(0):
        serializer = ResolveInput(data=data)
        assert not serializer.is_valid()
    assert "does not exist" in str(serializer.errors["guide"][0])
