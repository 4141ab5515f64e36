"""Whether ``collectstatic`` must run again: a fingerprint of what it would produce.

``collectstatic`` with WhiteNoise's compressed manifest storage rewrites and compresses every file
(about 800) each time it runs: over a minute on a small machine. ``./run`` runs
``manage.py collectstatic_if_changed`` instead, which compares a fingerprint of the inputs with the
stamp the last successful run left in ``STATIC_ROOT`` and skips the work when they are equal.

The fingerprint covers every file the static finders list (its path, size and modification time),
the static storage setting, ``STATIC_ROOT`` and ``STATIC_URL``, and the versions of Django and
WhiteNoise. A missing stamp or manifest (a fresh or wiped ``STATIC_ROOT``) means "collect".
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib import metadata
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from django.contrib.staticfiles.storage import staticfiles_storage

STAMP = ".motcua-collectstatic"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return ""


def _files() -> list[str]:
    ignore = apps.get_app_config("staticfiles").ignore_patterns
    rows = []
    for finder in get_finders():
        for path, storage in finder.list(ignore):
            stat = os.stat(storage.path(path))
            prefix = getattr(storage, "prefix", None) or ""
            rows.append(f"{prefix}/{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return sorted(rows)


def fingerprint() -> str:
    """The inputs of ``collectstatic``, hashed."""
    digest = hashlib.sha256()
    config = {
        "storage": settings.STORAGES.get("staticfiles"),
        "root": str(settings.STATIC_ROOT),
        "url": settings.STATIC_URL,
        "django": _version("Django"),
        "whitenoise": _version("whitenoise"),
    }
    digest.update(json.dumps(config, sort_keys=True, default=str).encode())
    for row in _files():
        digest.update(row.encode("utf-8", "surrogateescape") + b"\n")
    return digest.hexdigest()


def stamp_path() -> Path:
    return Path(settings.STATIC_ROOT) / STAMP


def _output_present() -> bool:
    manifest = getattr(staticfiles_storage, "manifest_name", None)
    return not manifest or (Path(settings.STATIC_ROOT) / manifest).exists()


def is_current(value: str | None = None) -> bool:
    """True when the last collected files match the inputs as they are now."""
    path = stamp_path()
    if not path.exists() or not _output_present():
        return False
    return path.read_text().strip() == (value or fingerprint())


def write(value: str) -> None:
    """Record ``value`` after a successful ``collectstatic``."""
    path = stamp_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(value + "\n")
