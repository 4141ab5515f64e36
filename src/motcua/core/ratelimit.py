"""A small fixed-window rate limit per client address, kept in the cache (Redis in production)."""

from django.core.cache import cache

from motcua.audit.context import client_ip


def exceeded(request, scope: str, per_minute: int) -> bool:
    """Count this request; True when the address made more than ``per_minute`` in this minute."""
    key = f"ratelimit:{scope}:{client_ip(request)}"
    try:
        count = cache.incr(key)  # one round trip for an address seen this minute
    except ValueError:  # the first request of the window (or the key just expired)
        if cache.add(key, 1, timeout=60):
            return False
        count = cache.incr(key)  # another process added it between the two calls
    return count > per_minute
