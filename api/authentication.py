"""Token sign-in for the API, with each token's owner cached between requests.

DRF's TokenAuthentication reads the token and its user on every request: on the ticket
list that query cost more CPU than the list's own. Here the pair is kept in the cache for
TOKEN_SECONDS, keyed by a hash of the token (never the token itself). Deleting or
replacing a token, and any save or deletion of its user (deactivating them, a new
password, a new name), drops the entry at once. A change that skips model signals (a
bulk `update()`) shows within TOKEN_SECONDS; without a shared cache (no REDIS_URL), so
does a change made in another process.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token

from accounts.models import User

TOKEN_SECONDS = 60


def _cache_key(key: str) -> str:
    return "api:token:" + hashlib.sha256(key.encode()).hexdigest()


class CachedTokenAuthentication(TokenAuthentication):
    def authenticate_credentials(self, key: str) -> tuple[Any, Any]:
        cache_key = _cache_key(key)
        found: tuple[Any, Any] | None = cache.get(cache_key)
        if found is None:
            # Refuses unknown tokens and inactive users; refusals are never cached.
            found = super().authenticate_credentials(key)
            cache.set(cache_key, found, TOKEN_SECONDS)
        return found


def forget_token(*, instance: Token, **_: Any) -> None:
    cache.delete(_cache_key(instance.key))


def forget_tokens_of(*, instance: User, **_: Any) -> None:
    keys = Token.objects.filter(user_id=instance.pk).values_list("key", flat=True)
    cache.delete_many([_cache_key(key) for key in keys])


post_save.connect(forget_token, sender=Token, dispatch_uid="api-token-saved")
post_delete.connect(forget_token, sender=Token, dispatch_uid="api-token-deleted")
post_save.connect(forget_tokens_of, sender=User, dispatch_uid="api-token-user-saved")
