"""Reading guides: who may see which, and search on PostgreSQL with a SQLite fallback."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Value, When
from django.http import Http404

from accounts.models import User
from accounts.roles import can_work_tickets
from core.keyset import KeysetPage, keyset_page
from kb.markdown import Step, split_steps
from kb.models import Guide, GuideStatus, GuideVersion, GuideVote
from tickets.models import Category, Resolution, Status, Ticket

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "i",
        "i'm",
        "im",
        "in",
        "is",
        "it",
        "it's",
        "its",
        "just",
        "me",
        "my",
        "no",
        "not",
        "of",
        "on",
        "or",
        "our",
        "so",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)
SEARCH_LIMIT = 30
SUGGEST_LIMIT = 4
LIST_PAGE_SIZE = 30


def guides_visible_to(user: User | AnonymousUser) -> QuerySet[Guide]:
    """Staff see drafts too; signed-in clients see published guides; visitors public ones."""
    guides = Guide.objects.all()
    if can_work_tickets(user):
        return guides
    guides = guides.filter(status=GuideStatus.PUBLISHED)
    if not user.is_authenticated:
        guides = guides.filter(is_public=True)
    return guides


def guide_get_for(*, user: User | AnonymousUser, slug: str) -> Guide:
    try:
        return guides_visible_to(user).select_related("category", "author").get(slug=slug)
    except Guide.DoesNotExist:
        raise Http404("No such guide.") from None


def guide_steps(guide: Guide) -> list[Step]:
    return split_steps(guide.steps)


@dataclass(frozen=True)
class Tally:
    helpful: int
    not_helpful: int


def guide_tally(*, guide: Guide) -> Tally:
    counts = GuideVote.objects.filter(guide=guide).aggregate(
        yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False))
    )
    return Tally(helpful=counts["yes"], not_helpful=counts["no"])


def guide_vote_of(*, guide: Guide, user: User | AnonymousUser) -> bool | None:
    if not user.is_authenticated:
        return None
    return (
        GuideVote.objects.filter(guide=guide, user=user).values_list("helpful", flat=True).first()
    )


def categories_with_guides(*, user: User | AnonymousUser) -> list[Category]:
    visible = guides_visible_to(user)
    return list(
        Category.objects.filter(is_active=True)
        .annotate(guide_count=Count("guides", filter=Q(guides__in=visible)))
        .filter(guide_count__gt=0)
        .order_by("position", "name")
    )


def guides_in_category(
    *,
    user: User | AnonymousUser,
    category: Category | None,
    cursor: str | None,
    size: int = LIST_PAGE_SIZE,
) -> KeysetPage[Guide]:
    guides = guides_visible_to(user).select_related("category")
    if category is not None:
        guides = guides.filter(category=category)
    return keyset_page(guides, ordering=("title", "id"), cursor=cursor, size=size)


def _words(text: str, *, limit: int) -> list[str]:
    words = []
    for word in WORD.findall(text.lower()):
        if word not in STOPWORDS and len(word) > 1 and word not in words:
            words.append(word)
    return words[:limit]


def _tsquery_words(text: str) -> list[str]:
    return [word.replace("'", "") for word in _words(text, limit=8)]


SINGLE_WORD_CANDIDATES = 1000


def _postgres_search(
    guides: QuerySet[Guide], text: str, *, any_word: bool, limit: int
) -> list[Guide]:
    """Full-text search on the GIN index, with weighted ranking (title, then problem and
    tags, then the rest). When it finds nothing, a second, looser pass: for a search, title
    words that closely resemble the typed ones (small typos); for a long description, any
    single shared word."""
    if any_word:
        words = _tsquery_words(text)
        if not words:
            return []
        # First, guides sharing at least two of the words, so that common words alone
        # ("print", "try") do not drag in the whole library.
        pairs = [f"({a} & {b})" for i, a in enumerate(words) for b in words[i + 1 :]]
        query = SearchQuery(" | ".join(pairs or words), search_type="raw", config="english")
    else:
        query = SearchQuery(text, search_type="websearch", config="english")
    found = _ranked(guides.filter(search_vector=query), query, limit)
    if found:
        return found
    if any_word:
        single = SearchQuery(" | ".join(_tsquery_words(text)), search_type="raw", config="english")
        candidates = guides.filter(search_vector=single).values("pk")[:SINGLE_WORD_CANDIDATES]
        return _ranked(guides.filter(pk__in=candidates), single, limit)
    typo_words = [word for word in _words(text, limit=4) if len(word) >= 4]
    if not typo_words:
        return []
    close = Q()
    for word in typo_words:
        close |= Q(title__trigram_word_similar=word)
    return list(
        guides.filter(close)
        .annotate(similarity=TrigramWordSimilarity(text, "title"))
        .order_by("-similarity", "title")[:limit]
    )


def _ranked(guides: QuerySet[Guide], query: SearchQuery, limit: int) -> list[Guide]:
    ranked = guides.annotate(rank=SearchRank(F("search_vector"), query))
    return list(ranked.order_by("-rank", "title")[:limit])


def _fallback_search(guides: QuerySet[Guide], text: str, *, any_word: bool) -> QuerySet[Guide]:
    """SQLite: words anywhere, weighted title 8, problem 4, everything else 1. For a long
    description, guides sharing two or more of its words come first, as on PostgreSQL."""
    words = [
        word[:-1] if len(word) > 4 and word.endswith("s") else word
        for word in _words(text, limit=8)
    ]
    words = [word for word in words if len(word) > 2]
    if not words:
        return guides.none()
    score: Any = Value(0, output_field=IntegerField())
    hits: Any = Value(0, output_field=IntegerField())
    for word in words:
        anywhere = (
            Q(title__icontains=word) | Q(problem__icontains=word) | Q(search_text__icontains=word)
        )
        hits = hits + Case(
            When(anywhere, then=Value(1)), default=Value(0), output_field=IntegerField()
        )
        for field, weight in (("title", 8), ("problem", 4), ("search_text", 1)):
            score = score + Case(
                When(**{f"{field}__icontains": word}, then=Value(weight)),
                default=Value(0),
                output_field=IntegerField(),
            )
    ranked = guides.annotate(score=score, hits=hits).filter(score__gt=0)
    if any_word:
        if len(words) > 1 and ranked.filter(hits__gte=2).exists():
            ranked = ranked.filter(hits__gte=2)
    else:
        ranked = ranked.filter(hits=len(words))
    return ranked.order_by("-score", "title")


def guide_search(
    *,
    user: User | AnonymousUser,
    text: str,
    category: Category | None = None,
    any_word: bool = False,
    limit: int = SEARCH_LIMIT,
) -> list[Guide]:
    """Guides matching `text`, best first: title matches above problem above steps."""
    text = " ".join(text.split())[:300]
    if not text:
        return []
    guides = guides_visible_to(user).select_related("category")
    if category is not None:
        guides = guides.filter(category=category)
    if connection.vendor == "postgresql":
        return _postgres_search(guides, text, any_word=any_word, limit=limit)
    return list(_fallback_search(guides, text, any_word=any_word)[:limit])


def guide_suggestions(*, user: User | AnonymousUser, text: str) -> list[Guide]:
    """For the portal's 'these guides might help' box: any of the words counts."""
    if len(_words(text, limit=3)) < 2:
        return []
    return guide_search(user=user, text=text, any_word=True, limit=SUGGEST_LIMIT)


def guides_for_linking(*, ticket: Ticket) -> list[Guide]:
    """Published guides to offer on the resolution form, the ticket's category first."""
    first = Case(When(category_id=ticket.category_id, then=Value(0)), default=Value(1))
    return list(
        Guide.objects.filter(status=GuideStatus.PUBLISHED)
        .only("id", "title", "category_id")
        .order_by(first, "title")[:200]
    )


def guides_sent_to(*, client: User) -> list[Guide]:
    """Guides the client received with a closing explanation (linked to a closed ticket)."""
    guide_ids = Resolution.objects.filter(
        ticket__client=client, ticket__status=Status.CLOSED, guide__isnull=False
    ).values("guide_id")
    return list(
        Guide.objects.filter(pk__in=guide_ids).only("id", "slug", "title").order_by("title")
    )


def guide_versions(*, guide: Guide) -> list[GuideVersion]:
    return list(guide.versions.select_related("author").order_by("-number"))


def guide_version_get(*, guide: Guide, number: int) -> GuideVersion:
    try:
        return guide.versions.get(number=number)
    except GuideVersion.DoesNotExist:
        raise Http404("No such version.") from None


def guides_for_staff(*, cursor: str | None, status: str = "") -> KeysetPage[Guide]:
    guides = Guide.objects.select_related("category").annotate(
        helpful=Count("votes", filter=Q(votes__helpful=True)),
        not_helpful=Count("votes", filter=Q(votes__helpful=False)),
    )
    if status in GuideStatus.values:
        guides = guides.filter(status=status)
    return keyset_page(guides, ordering=("title", "id"), cursor=cursor, size=LIST_PAGE_SIZE)
