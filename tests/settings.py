"""Settings for the test suite: the production settings module with a test secret and fast hashing."""

import os

os.environ.setdefault("MOTCUA_SECRET_KEY", "tests-only-secret-key-not-for-production")
os.environ.setdefault("MOTCUA_VAR_DIR", os.path.join(os.path.dirname(__file__), "..", "var", "test"))

from motcua.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
MEDIA_ROOT = VAR_DIR / "media"  # noqa: F405
STATIC_ROOT = VAR_DIR / "static"  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MOTCUA_VNEID_SIMULATOR = True  # the local VNeID simulator answers in tests (accounts part)
MOTCUA_2FA_REQUIRED = False  # the demo accounts log in with the password only; tests that need it turn it on
