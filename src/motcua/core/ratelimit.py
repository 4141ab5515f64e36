"""A fixed-window rate limit per client address, counted in a store every web process shares.

With ``MOTCUA_CACHE_URL`` (Redis) the cache counts (atomic ``INCR``); without it the local-memory cache
would count per process, so the database counts instead: one upsert on ``RateLimitCount`` per request,
atomic on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache

from motcua.audit.context import client_ip

from . import counters
from .models import RateLimitCount

WINDOW_SECONDS = 60


def exceeded(request, scope: str, per_minute: int) -> bool:
    """Count this request; True when the address made more than ``per_minute`` in this minute."""
    return hit(scope, client_ip(request) or "-") > per_minute


def hit(scope: str, key: str) -> int:
    """Count one request of ``key`` for ``scope`` in the current window; the count so far."""
    if _cache_is_shared():
        return _cache_hit(f"ratelimit:{scope}:{key}")
    window = int(time.time()) // WINDOW_SECONDS
    count = counters.take_next(RateLimitCount, scope=scope[:40], key=key[:64], window=window)
    if count == 1:  # the first request of a window clears windows long past
        RateLimitCount.objects.filter(window__lt=window - 1).delete()
    return count


def _cache_is_shared() -> bool:
    backend = settings.CACHES["default"]["BACKEND"]
    return not backend.endswith(("LocMemCache", "DummyCache"))


def _cache_hit(key: str) -> int:
    try:
        return cache.incr(key)  # one round trip for an address seen this minute
    except ValueError:  # the first request of the window (or the key just expired)
        if cache.add(key, 1, timeout=WINDOW_SECONDS):
            return 1
        return cache.incr(key)  # another process added it between the two calls
