"""The simulator's secrets, generated at first use under ``VAR_DIR/vneid_sim/`` (never committed):
its RSA signing key and the local client (``client_id`` + ``client_secret``) that motcua itself uses
when no real provider is configured. THIS IS A SIMULATOR: real keys live with the national SSO."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import tempfile
import threading
from functools import cache
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings

LOCAL_CLIENT_ID = "motcua-local"
_lock = threading.Lock()


def _directory() -> Path:
    path = Path(settings.VAR_DIR) / "vneid_sim"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _read_or_create(path: Path, make) -> bytes:
    """The file's content; when missing, written whole to a private temporary file (mode 0600) and
    linked into place, so that two processes racing agree on one content and never read half a file."""
    with _lock:
        if path.exists():
            return path.read_bytes()
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".new-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(make())
            os.chmod(temporary, 0o600)
            with contextlib.suppress(FileExistsError):  # another process won: use its file
                os.link(temporary, path)
        finally:
            os.unlink(temporary)
        return path.read_bytes()


def _b64(number: int) -> str:
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


@cache
def _key_for(directory: str) -> rsa.RSAPrivateKey:
    def make() -> bytes:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    pem = _read_or_create(Path(directory) / "signing-key.pem", make)
    return serialization.load_pem_private_key(pem, password=None)


def signing_key() -> rsa.RSAPrivateKey:
    return _key_for(str(_directory()))


def public_jwk() -> dict:
    """The public key as a JWK; ``kid`` is its RFC 7638 thumbprint."""
    numbers = signing_key().public_key().public_numbers()
    jwk = {"e": _b64(numbers.e), "kty": "RSA", "n": _b64(numbers.n)}
    thumbprint = hashlib.sha256(json.dumps(jwk, separators=(",", ":"), sort_keys=True).encode()).digest()
    kid = base64.urlsafe_b64encode(thumbprint).rstrip(b"=").decode()
    return {**jwk, "kid": kid, "use": "sig", "alg": "RS256"}


def local_client() -> dict:
    """``{"client_id", "client_secret"}`` of the client registered for this motcua installation."""

    def make() -> bytes:
        return json.dumps({"client_id": LOCAL_CLIENT_ID, "client_secret": secrets.token_urlsafe(32)}).encode()

    return json.loads(_read_or_create(_directory() / "client.json", make))
