"""``collectstatic_if_changed``: ``./run`` collects static files only when their inputs changed."""

import io
import os

import pytest
from django.core.management import call_command

from motcua.core import staticstamp


@pytest.fixture
def static(tmp_path, settings):
    source = tmp_path / "source"
    source.mkdir()
    (source / "site.css").write_text("body { color: black }")
    settings.STATICFILES_DIRS = [source]
    settings.STATIC_ROOT = tmp_path / "root"
    return source


def run() -> str:
    out = io.StringIO()
    call_command("collectstatic_if_changed", stdout=out)
    return out.getvalue()


def test_collects_once_then_skips_until_an_input_changes(static, settings):
    assert "Collecting" in run()
    assert (settings.STATIC_ROOT / "site.css").exists() and staticstamp.stamp_path().exists()
    assert "collectstatic skipped" in run()
    (static / "site.css").write_text("body { color: navy }")  # an edited file
    stat = os.stat(static / "site.css")  # (collectstatic copies a file newer than its copy: not within a second)
    os.utime(static / "site.css", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000_000))
    assert "Collecting" in run()
    assert (settings.STATIC_ROOT / "site.css").read_text() == "body { color: navy }"
    assert "collectstatic skipped" in run()


def test_a_stamp_is_stale_when_a_file_is_added_touched_or_a_setting_changes(static, settings):
    value = staticstamp.fingerprint()
    staticstamp.write(value)
    assert staticstamp.is_current()
    (static / "new.js").write_text("1")
    assert not staticstamp.is_current(), "a new file"
    os.remove(static / "new.js")
    assert staticstamp.is_current()
    stat = os.stat(static / "site.css")
    os.utime(static / "site.css", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert not staticstamp.is_current(), "same size, newer file"
    staticstamp.write(staticstamp.fingerprint())
    settings.STATIC_URL = "/assets/"
    assert not staticstamp.is_current(), "another URL changes the manifest's links"


def test_a_missing_manifest_or_stamp_means_collect(static, settings):
    staticstamp.write(staticstamp.fingerprint())
    staticstamp.stamp_path().unlink()
    assert not staticstamp.is_current()
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    staticstamp.write(staticstamp.fingerprint())
    assert not staticstamp.is_current(), "the stamp is there but the manifest is not (STATIC_ROOT was wiped)"
    (settings.STATIC_ROOT / "staticfiles.json").write_text("{}")
    assert staticstamp.is_current()
