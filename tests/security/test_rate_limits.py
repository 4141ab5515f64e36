"""Rate limits shared by every web process, and on every anonymous answer about a dossier code (issue 14: Low)."""

import threading
import time

import pytest
from django.core.cache import cache
from django.db import OperationalError, connections
from django.test import RequestFactory
from django.urls import reverse

from motcua.api.public_dossiers import LOOKUPS_PER_MINUTE
from motcua.core import ratelimit


def test_another_process_sees_the_count(db):
    """A second web process has its own memory (simulated by emptying this one's local cache): it must
    still see the requests counted by the first."""
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.9")
    assert not any(ratelimit.exceeded(request, "lookup", LOOKUPS_PER_MINUTE) for _ in range(LOOKUPS_PER_MINUTE))
    cache.clear()
    assert ratelimit.exceeded(request, "lookup", LOOKUPS_PER_MINUTE)


@pytest.mark.django_db(transaction=True)
def test_the_count_is_shared_between_connections():
    """Two threads, each with its own database connection (as two worker processes), share one count."""
    counts: list[int] = []
    lock = threading.Lock()

    def hit() -> int:
        # The test database is SQLite's shared-cache memory database, which reports a table lock at once
        # ("database table is locked") instead of waiting like the WAL file in production: try again.
        for _ in range(200):
            try:
                return ratelimit.hit("test", "203.0.113.7")
            except OperationalError as exc:
                if "locked" not in str(exc):
                    raise
                time.sleep(0.005)
        raise AssertionError("the count stayed locked")

    def worker():
        try:
            for _ in range(40):
                count = hit()
                with lock:
                    counts.append(count)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    from motcua.core.models import RateLimitCount

    assert sorted(counts) == list(range(1, 81))  # every request counted once, none lost
    assert RateLimitCount.objects.get(scope="test").last == 80


def test_the_local_memory_cache_is_not_used_to_count(settings, db):
    from motcua.core.models import RateLimitCount

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    ratelimit.hit("lookup", "203.0.113.8")
    assert RateLimitCount.objects.filter(scope="lookup", key="203.0.113.8").exists()


def test_a_new_minute_clears_old_windows(db):
    from motcua.core.models import RateLimitCount

    RateLimitCount.objects.create(scope="lookup", key="x", window=1, last=5)
    ratelimit.hit("lookup", "y")
    assert not RateLimitCount.objects.filter(window=1).exists()


def test_the_anonymous_petition_api_limits_questions_about_dossier_codes(client, tree):
    statuses = [
        client.post(
            "/api/v1/petitions",
            {
                "agency": tree.justice.code,
                "title": "t",
                "content": "c",
                "name": "n",
                "address": "a",
                "phone": "0912345678",
                "dossier": f"H15-000000-{number:04}",
            },
            content_type="application/json",
        ).status_code
        for number in range(LOOKUPS_PER_MINUTE + 3)
    ]
    assert statuses[:LOOKUPS_PER_MINUTE] == [400] * LOOKUPS_PER_MINUTE
    assert statuses[LOOKUPS_PER_MINUTE:] == [429] * 3


def test_the_petition_api_and_the_lookup_share_one_allowance(client, tree):
    for _ in range(LOOKUPS_PER_MINUTE):
        client.get("/api/v1/public/dossiers/H15-000000-0001")
    response = client.post(
        "/api/v1/petitions",
        {
            "agency": tree.justice.code,
            "title": "t",
            "content": "c",
            "name": "n",
            "address": "a",
            "phone": "0912345678",
            "dossier": "H15-000000-0002",
        },
        content_type="application/json",
    )
    assert response.status_code == 429


@pytest.mark.parametrize("code", ["a/b", "../x", "H15/03", "%2F", "a b"])
def test_a_code_that_cannot_be_in_a_url_is_not_found_not_a_crash(client, db, code):
    response = client.get(reverse("portal:lookup"), {"code": code})
    assert response.status_code in (302, 404)
    if response.status_code == 302:
        assert client.get(response["Location"]).status_code == 404
