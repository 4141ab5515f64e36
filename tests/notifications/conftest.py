"""Dossier fixtures for the notification tests, and a clean SMS simulator per test."""
# ruff: noqa: F401 (fixtures imported for use as test arguments)

import pytest
from django.core.cache import cache

from ..dossiers.conftest import on_the_spot_procedure, procedure


@pytest.fixture(autouse=True)
def _clean_simulator(settings):
    """The simulator counts failed attempts in the cache; every test starts from zero."""
    cache.clear()
    settings.SMS_SIMULATOR_FAIL_FIRST = 0
    settings.SMS_SIMULATOR_FAIL_PATTERN = ""
    settings.PUBLIC_URL = "https://dichvucong.laocai.gov.vn"
    yield
    cache.clear()
