"""ASVS 5.0 V13.4.4: the TRACE method is not supported (Django would run a plain view for it as for GET)."""

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["TRACE", "TRACK", "CONNECT"])
@pytest.mark.parametrize("path", ["/", "/procedures/", "/api/v1/procedures", "/office/", "/admin/login/"])
def test_trace_and_friends_are_refused_everywhere(client, method, path):
    response = client.generic(method, path)
    assert response.status_code == 405
    assert b"<html" not in response.content  # nothing of the page is echoed or rendered
    assert "Content-Security-Policy" in response and response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_ordinary_methods_still_work(client):
    assert client.get("/").status_code == 200
    assert client.head("/").status_code == 200
    assert client.options("/api/v1/procedures").status_code in (200, 204)
