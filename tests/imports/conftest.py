import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english():
    """Messages in the English source (the project's default language is Vietnamese)."""
    with translation.override("en"):
        yield
