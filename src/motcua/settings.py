"""The one settings module of motcua, configured by ``MOTCUA_*`` environment variables.

Secure by default: DEBUG is off unless ``MOTCUA_DEBUG=1`` and a secret key must be given
outside debug mode. The embedded default needs no server: SQLite in WAL mode, files on local
disk, e-mail printed to the console and the outbox worker polling the database.
"""

import datetime
import os
from pathlib import Path
from urllib.parse import urlparse

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("MOTCUA_VAR_DIR", BASE_DIR / "var"))


def env(name: str, default: str = "") -> str:
    return os.environ.get(f"MOTCUA_{name}", default)


def env_bool(name: str, default: bool = False) -> bool:
    return env(name, "1" if default else "0").strip().lower() in {
        "1",
        "true",
        "yes",
        "on",
    }


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
SECRET_KEY = env("SECRET_KEY")
# Former keys, still accepted while rotating (signed links and cookies, sessions' hashes, the second factor's
# encrypted secrets); new values use SECRET_KEY. See docs/deploy.md, "Rotating the secret key".
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("MOTCUA_SECRET_KEY must be set when MOTCUA_DEBUG is off.")
    SECRET_KEY = "insecure-development-key-only-for-debug"  # noqa: S105 — debug only

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "motcua.core",
    "motcua.accounts",
    "motcua.audit",
    "motcua.orgs",
    "motcua.worktime",
    "motcua.catalogue",
    "motcua.dossiers",
    "motcua.documents",
    "motcua.notifications",
    "motcua.submissions",
    "motcua.evaluations",
    "motcua.petitions",
    "motcua.vneid_sim",
    "motcua.reports",
    "motcua.imports",
    "motcua.demo",
    "motcua.portal",
    "motcua.office",
    "motcua.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "motcua.core.security.RequestBodyLimitMiddleware",
    "motcua.core.security.ContentSecurityPolicyMiddleware",
    "motcua.core.security.RefuseTraceMiddleware",
    "motcua.core.security.ApiHttpsOnlyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "motcua.core.middleware.VietnameseFirstMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "motcua.api.middleware.RejectNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "motcua.core.sessions.SessionPolicyMiddleware",
    "motcua.core.security.NoStoreForSignedInMiddleware",
    "motcua.audit.middleware.AuditContextMiddleware",
    "motcua.accounts.middleware.ConsentRequiredMiddleware",
    "motcua.accounts.middleware.SecondFactorMiddleware",
    "motcua.accounts.middleware.PasswordChangeRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "motcua.urls"
WSGI_APPLICATION = "motcua.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "motcua.office.context.office_menu",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------
DATABASE_URL = env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'motcua.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=int(env("DB_CONN_MAX_AGE", "60")))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # Connections are kept as on PostgreSQL (MOTCUA_DB_CONN_MAX_AGE): opening one and running the
    # PRAGMAs below cost about 1.2 ms, five times the public lookup itself.
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets the web server read while the worker writes; IMMEDIATE avoids lock upgrades.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;",
        "transaction_mode": "IMMEDIATE",
    }
# The public lookup runs as a server-side prepared statement on PostgreSQL; set MOTCUA_DB_PREPARED_STATEMENTS=0
# behind a connection pooler in transaction mode that cannot keep prepared statements (PgBouncer < 1.21).
DB_PREPARED_STATEMENTS = env_bool("DB_PREPARED_STATEMENTS", True)
if DB_PREPARED_STATEMENTS and DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django turns psycopg's prepared statements off (prepare_threshold None) unless asked. Its own
    # cursors bind parameters on the client and never prepare, so this only lets the lookup's explicit
    # server-side cursor prepare (psycopg's default threshold).
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = 5
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and not env_bool("DB_JIT", False):
    # PostgreSQL's JIT compiles a report's long FILTER expressions before running them: about 2 s of
    # compilation for a Form 06 of a closed period at 1 M dossiers, more than the query itself
    # (bench/README.md, dashboard). MOTCUA_DB_JIT=1 leaves the server's setting alone.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "motcua.accounts.password_validation.PersonalDataValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "after-login"
LOGOUT_REDIRECT_URL = "portal:home"

# --- Language and time --------------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_TZ = True

# --- Static and uploaded files -------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(VAR_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))
S3_BACKEND = "storages.backends.s3.S3Storage"  # pip install -r requirements/s3.txt


def s3_options() -> dict:
    """Options of django-storages' S3 backend from MOTCUA_S3_* (any S3-compatible service: MinIO, Viettel,
    FPT, AWS). Objects stay private: every download goes through a view that checks the permission."""
    bucket = env("S3_BUCKET")
    if not bucket:
        raise ImproperlyConfigured("MOTCUA_S3_BUCKET must be set when MOTCUA_STORAGE_BACKEND is the S3 backend.")
    return {
        "bucket_name": bucket,
        "endpoint_url": env("S3_ENDPOINT_URL") or None,
        "region_name": env("S3_REGION") or None,
        "access_key": env("S3_ACCESS_KEY_ID") or None,  # None: the usual AWS chain (environment, instance role)
        "secret_key": env("S3_SECRET_ACCESS_KEY") or None,
        "location": env("S3_PREFIX"),
        "default_acl": "private",
        "querystring_auth": True,
        "file_overwrite": False,  # two uploads with one name never replace each other
        "addressing_style": env("S3_ADDRESSING_STYLE") or None,  # "path" for most self-hosted services
    }


STORAGE_BACKEND = env("STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage")
STORAGES = {
    "default": {"BACKEND": STORAGE_BACKEND, **({"OPTIONS": s3_options()} if STORAGE_BACKEND == S3_BACKEND else {})},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env("STATIC_COMPRESS", "1") == "1"
        else "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"  # quick collectstatic (smoke tests)
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# --- E-mail ---------------------------------------------------------------------------------
EMAIL_URL = env("EMAIL_URL", "console://")
if EMAIL_URL.startswith("console:"):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
else:
    _email = urlparse(EMAIL_URL)
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _email.hostname or "localhost"
    EMAIL_PORT = _email.port or 25
    EMAIL_HOST_USER = _email.username or ""
    EMAIL_HOST_PASSWORD = _email.password or ""
    EMAIL_USE_TLS = _email.scheme == "smtp+tls"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "motcua@localhost")

# --- Cache (rate limits, calendar) ------------------------------------------------------------
CACHE_URL = env("CACHE_URL")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "motcua"}
}

# --- Background work (outbox) ---------------------------------------------------------------
# Without a broker the `run_worker` command polls the outbox table. With MOTCUA_BROKER_URL
# (redis://… or amqp://…) Celery workers deliver it and Celery beat retries.
BROKER_URL = env("BROKER_URL")
CELERY_BROKER_URL = BROKER_URL or "memory://"
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BEAT_SCHEDULE = {
    "drain-outbox": {"task": "motcua.core.tasks.drain_outbox", "schedule": 10.0},
}
OUTBOX_MAX_ATTEMPTS = int(env("OUTBOX_MAX_ATTEMPTS", "8"))
# A worker that dies mid-task holds its message this long; then another worker delivers it.
OUTBOX_LEASE_SECONDS = int(env("OUTBOX_LEASE_SECONDS", "300"))

# --- Security -------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = int(env("SESSION_AGE_SECONDS", str(8 * 3600)))
# Minutes without a request after which a session ends (core/sessions.py); 0 = only SESSION_COOKIE_AGE.
STAFF_IDLE_MINUTES = int(env("STAFF_IDLE_MINUTES", "30"))
CITIZEN_IDLE_MINUTES = int(env("CITIZEN_IDLE_MINUTES", "0"))
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True  # no script of ours reads it; forms carry the token (ASVS 5.0 V3.3.4)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
_https = env_bool("HTTPS")
SESSION_COOKIE_SECURE = _https
CSRF_COOKIE_SECURE = _https
if _https:
    # __Host- cookies: only over HTTPS, only for this exact host (no Domain), path / (ASVS 5.0 V3.3.1).
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    LANGUAGE_COOKIE_NAME = "__Host-django_language"
    LANGUAGE_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = _https and env_bool("SSL_REDIRECT", True)
# The API is not redirected: a plain-HTTP API call is refused (core.security.ApiHttpsOnlyMiddleware), so a
# client sending data unencrypted finds out instead of being silently redirected (ASVS 5.0 V4.1.2).
SECURE_REDIRECT_EXEMPT = [r"^api/"]
SECURE_HSTS_SECONDS = 31536000 if _https else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = _https and env_bool("HSTS_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = _https and env_bool("HSTS_PRELOAD", False)
if env_bool("BEHIND_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many reverse proxies in front of the application append to X-Forwarded-For: the client's address
# is the Nth entry from the right (0: REMOTE_ADDR, the header is ignored). Default 1 with BEHIND_PROXY.
MOTCUA_TRUSTED_PROXIES = int(env("TRUSTED_PROXIES", "1" if env_bool("BEHIND_PROXY") else "0"))
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024  # a body without files (form fields, JSON)
UPLOAD_MAX_MB = int(env("UPLOAD_MAX_MB", "20"))
UPLOAD_MAX_BYTES = UPLOAD_MAX_MB * 1024 * 1024  # one uploaded file
# The whole request body, files included (413 above it); nginx's client_max_body_size must say the same.
MAX_REQUEST_BODY_BYTES = int(env("MAX_BODY_MB", str(max(100, UPLOAD_MAX_MB + 10)))) * 1024 * 1024
# virus scanning of uploads (core/scanning.py): "" or "none" = our own content checks only; "clamd"
MOTCUA_VIRUS_SCANNER = env("VIRUS_SCANNER", "")
MOTCUA_CLAMD_ADDRESS = env("CLAMD_ADDRESS", "unix:///run/clamav/clamd.ctl")  # or tcp://127.0.0.1:3310
MOTCUA_CLAMD_TIMEOUT = float(env("CLAMD_TIMEOUT", "30"))
# the audit chain's seals are appended here every night after sealing (audit/chain.py; a directory or a file
# outside the database, ideally another machine's mount); empty: not shipped (manage.py audit_chain --ship)
MOTCUA_AUDIT_SHIP_TO = env("AUDIT_SHIP_TO", "")
# an officials' download trusts a clean verdict on the same content this recent, else scans again (core/downloads.py)
MOTCUA_SCAN_RECHECK_HOURS = float(env("SCAN_RECHECK_HOURS", "24"))
# the first day (Vietnamese calendar) of the regime of Decree 118/2025 and Circular 03/2025: dossiers received
# from it follow the 2025 rules and forms, earlier ones those of 2018 (dossiers/regime.py)
MOTCUA_REGIME_2025_FROM = datetime.date.fromisoformat(env("REGIME_2025_FROM", "2025-07-01"))

# --- API ------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "EXCEPTION_HANDLER": "motcua.api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "motcua API",
    "DESCRIPTION": "REST API of motcua, the electronic one-stop-shop for administrative procedures.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- Logging --------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

DEMO_PASSWORD = env("DEMO_PASSWORD", "motcua-demo-2026")

# --- Second factor for officials (TOTP, RFC 6238; see docs/accounts.md) ------------------------------
# On: an official holding one of MOTCUA_2FA_ROLES must enrol an authenticator app before using the office
# or the admin site. Any official may enrol voluntarily; once enrolled the code is always asked.
# "province_wide" in the list stands for any role held at the top of the tree (the province committee),
# whose reach is the whole province. ./run (the demo) and the test settings turn the requirement off.
MOTCUA_2FA_REQUIRED = env_bool("2FA_REQUIRED", True)
MOTCUA_2FA_ROLES = env_list("2FA_ROLES", "province_admin,agency_admin,inspector,province_wide")
# "Remember this computer": at most this many hours and never past local midnight (a working day).
MOTCUA_2FA_REMEMBER_HOURS = float(env("2FA_REMEMBER_HOURS", "10"))
MOTCUA_2FA_ISSUER = env("2FA_ISSUER", "motcua")
# Time steps accepted either side of now for the phone's clock drift (1: a code works for 60–90 seconds;
# 0: only the current 30-second step, as ASVS 6.5.5 asks, for offices whose phones keep network time).
MOTCUA_2FA_WINDOW = int(env("2FA_WINDOW", "1"))

# --- Citizen accounts and VNeID login (accounts part; see docs/accounts.md) --------------------
# Staff log in with their user name (ModelBackend); citizens and businesses also with their
# identification number, e-mail or phone (CitizenBackend).
AUTHENTICATION_BACKENDS = [
    "motcua.accounts.lockout.LockoutBackend",  # first: one lockout for every way in (login, admin, API)
    "django.contrib.auth.backends.ModelBackend",
    "motcua.accounts.backends.CitizenBackend",
]
# OpenID Connect relying party (DVCQG SSO, VNeID behind it). Empty issuer/client with the simulator
# on → the local simulator at /vneid-sim/ with a client secret generated under VAR_DIR.
MOTCUA_OIDC_ISSUER = env("OIDC_ISSUER").rstrip("/")
MOTCUA_OIDC_CLIENT_ID = env("OIDC_CLIENT_ID")
MOTCUA_OIDC_CLIENT_SECRET = env("OIDC_CLIENT_SECRET")
MOTCUA_OIDC_SCOPE = env("OIDC_SCOPE", "openid")
MOTCUA_OIDC_ACR_VALUES = env("OIDC_ACR_VALUES", "LoA1")
MOTCUA_OIDC_PKCE = env_bool("OIDC_PKCE", True)
MOTCUA_OIDC_TIMEOUT = int(env("OIDC_TIMEOUT", "10"))
# The local VNeID simulator (demo and tests only): every /vneid-sim/ URL is 404 when off.
MOTCUA_VNEID_SIMULATOR = env_bool("VNEID_SIMULATOR", DEBUG)
MOTCUA_OIDC_DISCOVERY_URL = env("OIDC_DISCOVERY_URL")  # default: <issuer>/.well-known/openid-configuration
MOTCUA_OIDC_AUTHORIZATION_ENDPOINT = env("OIDC_AUTHORIZATION_ENDPOINT")  # these four override discovery
MOTCUA_OIDC_TOKEN_ENDPOINT = env("OIDC_TOKEN_ENDPOINT")
MOTCUA_OIDC_USERINFO_ENDPOINT = env("OIDC_USERINFO_ENDPOINT")
MOTCUA_OIDC_JWKS_URI = env("OIDC_JWKS_URI")
MOTCUA_OIDC_END_SESSION_ENDPOINT = env("OIDC_END_SESSION_ENDPOINT")  # optional: log out at the provider too
