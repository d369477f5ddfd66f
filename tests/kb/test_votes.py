"""'Did this help?' is a POST with CSRF, one answer per person, which they may change."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from kb.models import GuideVote
from tests.kb.factories import make_guide

pytestmark = pytest.mark.django_db


def test_one_vote_per_person_and_it_can_change(
    client: Client, client_user: User, other_client: User
) -> None:
    guide = make_guide()
    url = reverse("kb:vote", args=[guide.slug])
    client.force_login(client_user)
    client.post(url, {"helpful": "yes"})
    client.post(url, {"helpful": "yes"})
    assert GuideVote.objects.get(user=client_user).helpful is True
    client.post(url, {"helpful": "no"})
    assert GuideVote.objects.filter(guide=guide).count() == 1
    assert GuideVote.objects.get(user=client_user).helpful is False
    client.force_login(other_client)
    client.post(url, {"helpful": "yes"})
    page = client.get(guide.get_absolute_url()).content.decode()
    assert "1 found it helpful · 1 didn" in page


def test_vote_is_post_only(client: Client, client_user: User) -> None:
    guide = make_guide()
    client.force_login(client_user)
    assert client.get(reverse("kb:vote", args=[guide.slug]), {"helpful": "yes"}).status_code == 405
    assert not GuideVote.objects.exists()


def test_vote_needs_the_csrf_token(client_user: User) -> None:
    guide = make_guide()
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(client_user)
    assert strict.post(reverse("kb:vote", args=[guide.slug]), {"helpful": "yes"}).status_code == 403
    assert not GuideVote.objects.exists()
    strict.get(guide.get_absolute_url())
    token = strict.cookies["csrftoken"].value
    response = strict.post(
        reverse("kb:vote", args=[guide.slug]), {"helpful": "yes", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert GuideVote.objects.count() == 1


def test_visitors_are_asked_to_sign_in(client: Client, db: None) -> None:
    guide = make_guide()
    assert "Sign in</a> to tell us" in client.get(guide.get_absolute_url()).content.decode()
    response = client.post(reverse("kb:vote", args=[guide.slug]), {"helpful": "yes"})
    assert response.status_code == 302 and "/accounts/sign-in/" in response["Location"]


def test_htmx_vote_returns_the_box(client: Client, client_user: User) -> None:
    guide = make_guide()
    client.force_login(client_user)
    response = client.post(
        reverse("kb:vote", args=[guide.slug]), {"helpful": "yes"}, HTTP_HX_REQUEST="true"
    )
    page = response.content.decode()
    assert page.lstrip().startswith('<section class="vote card"')
    assert "Thank you for telling us." in page and 'aria-pressed="true"' in page
