"""A small fixed-window rate limit per client address, kept in the cache (Redis in production)."""

from django.core.cache import cache

from motcua.audit.context import client_ip


def exceeded(request, scope: str, per_minute: int) -> bool:
    """Count this request; True when the address made more than ``per_minute`` in this minute."""
    key = f"ratelimit:{scope}:{client_ip(request)}"
    count = cache.get_or_set(key, 0, timeout=60)
    if count >= per_minute:
        return True
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=60)
    return False
