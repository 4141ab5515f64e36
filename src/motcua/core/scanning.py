"""Virus scanning of uploads (quét mã độc) behind a small plugin interface.

``MOTCUA_VIRUS_SCANNER`` chooses the scanner: empty or ``none`` (the default) runs only the
project's own content checks (``core.uploads``); ``clamd`` sends every upload to a ClamAV daemon
with the INSTREAM command at ``MOTCUA_CLAMD_ADDRESS`` (``unix:///run/clamav/clamd.ctl`` or
``tcp://127.0.0.1:3310``). A configured scanner that cannot be reached, or that answers anything
but "clean", refuses the upload (fail closed). Other scanners register with ``register``.

Downloads by officials (``core.downloads.send_file``) check the stored file again: a verdict of the
configured scanner on the same content (SHA-256) younger than ``MOTCUA_SCAN_RECHECK_HOURS`` is
trusted, anything else — a file uploaded while no scanner was configured, an older verdict (new
signatures since), a file changed on disk — is scanned at that download; a scanner that cannot
answer refuses the download (503), an infected file is never served (403).
"""

from __future__ import annotations

import hashlib
import logging
import socket
import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

log = logging.getLogger(__name__)
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Verdict:
    clean: bool
    signature: str = ""  # the name of what was found, e.g. "Eicar-Test-Signature"


class ScannerUnavailable(Exception):
    """The scanner could not give a verdict (down, timed out, stream too large, error answer)."""


class Scanner:
    """The interface: ``scan(file) -> Verdict``. The base class scans nothing (no scanner configured)."""

    name = "none"

    def scan(self, fileobj) -> Verdict:
        return Verdict(clean=True)


class ClamdScanner(Scanner):
    """ClamAV's daemon over a unix or TCP socket, with the INSTREAM protocol (``man clamd``)."""

    name = "clamd"

    def __init__(self, address: str, timeout: float = 30.0):
        self.address, self.timeout = address, timeout

    @classmethod
    def from_settings(cls) -> ClamdScanner:
        address = getattr(settings, "MOTCUA_CLAMD_ADDRESS", "") or "unix:///run/clamav/clamd.ctl"
        return cls(address, float(getattr(settings, "MOTCUA_CLAMD_TIMEOUT", 30)))

    def _connect(self) -> socket.socket:
        if self.address.startswith("tcp://"):
            host, _sep, port = self.address[len("tcp://") :].rpartition(":")
            return socket.create_connection((host.strip("[]"), int(port)), timeout=self.timeout)
        path = self.address.removeprefix("unix://")
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(path)
        except OSError:
            sock.close()
            raise
        return sock

    def scan(self, fileobj) -> Verdict:
        fileobj.seek(0)
        try:
            with self._connect() as sock:
                sock.sendall(b"zINSTREAM\0")
                for chunk in iter(lambda: fileobj.read(CHUNK), b""):
                    sock.sendall(struct.pack("!L", len(chunk)) + chunk)
                sock.sendall(struct.pack("!L", 0))
                reply = _read_reply(sock)
        except (OSError, ValueError) as exc:
            # clamd drops the connection beyond its StreamMaxLength: never read that as "clean"
            raise ScannerUnavailable(f"clamd at {self.address}: {exc}") from exc
        finally:
            fileobj.seek(0)
        return _verdict(reply)


def _read_reply(sock: socket.socket) -> str:
    reply = b""
    while not reply.endswith(b"\0") and len(reply) < 4096:
        part = sock.recv(4096)
        if not part:
            break
        reply += part
    return reply.rstrip(b"\0").decode("utf-8", "replace").strip()


def _verdict(reply: str) -> Verdict:
    """``stream: OK`` → clean; ``stream: <name> FOUND`` → infected; anything else (``... ERROR``) → no verdict."""
    if reply.endswith(" OK") or reply == "OK":
        return Verdict(clean=True)
    if reply.endswith(" FOUND"):
        found = reply.removesuffix(" FOUND")
        return Verdict(clean=False, signature=found.split(": ", 1)[-1])
    raise ScannerUnavailable(f"clamd answered {reply!r}")


SCANNERS: dict[str, Callable[[], Scanner]] = {"": Scanner, "none": Scanner, "clamd": ClamdScanner.from_settings}


def register(name: str, factory: Callable[[], Scanner]) -> None:
    SCANNERS[name] = factory


def get_scanner() -> Scanner:
    name = (getattr(settings, "MOTCUA_VIRUS_SCANNER", "") or "").strip().lower()
    if name not in SCANNERS:
        raise ImproperlyConfigured(f"MOTCUA_VIRUS_SCANNER={name!r}: choose one of {sorted(SCANNERS)}")
    return SCANNERS[name]()


def configured(scanner: Scanner) -> bool:
    return type(scanner) is not Scanner


def remember(sha256: str, scanner: Scanner, verdict: Verdict) -> None:
    """Keep the verdict on this content, so a download within the recheck period need not scan again."""
    from .models import FileScan

    if not sha256:
        return
    FileScan.objects.update_or_create(
        sha256=sha256,
        scanner=scanner.name,
        defaults={"clean": verdict.clean, "signature": verdict.signature[:200], "scanned_at": timezone.now()},
    )


def recheck_after() -> timedelta:
    return timedelta(hours=float(getattr(settings, "MOTCUA_SCAN_RECHECK_HOURS", 24)))


def sha256_of(fileobj) -> str:
    digest = hashlib.sha256()
    fileobj.seek(0)
    for chunk in iter(lambda: fileobj.read(CHUNK), b""):
        digest.update(chunk)
    fileobj.seek(0)
    return digest.hexdigest()


def check_stored(fileobj) -> Verdict | None:
    """The verdict on a stored file about to be served: ``None`` when no scanner is configured.

    A fresh stored verdict of the configured scanner on the same content is reused; otherwise the
    file is scanned now and the verdict kept. Raises ``ScannerUnavailable`` when it cannot answer."""
    from .models import FileScan

    scanner = get_scanner()
    if not configured(scanner):
        return None
    sha256 = sha256_of(fileobj)
    known = FileScan.objects.filter(
        sha256=sha256, scanner=scanner.name, scanned_at__gte=timezone.now() - recheck_after()
    ).first()
    if known is not None:
        return Verdict(clean=known.clean, signature=known.signature)
    verdict = scanner.scan(fileobj)
    remember(sha256, scanner, verdict)
    return verdict


def check(fileobj, name: str, sha256: str = "") -> None:
    """Refuse the upload if the configured scanner finds something or cannot answer (fail closed).

    With ``sha256`` the verdict is kept for the downloads (``check_stored``)."""
    scanner = get_scanner()
    if not configured(scanner):
        return
    try:
        verdict = scanner.scan(fileobj)
    except ScannerUnavailable as exc:
        log.error("virus scanner unavailable, upload refused: %s", exc)
        raise ValidationError(
            _("The file %(name)s could not be checked for viruses right now; please try again later.") % {"name": name},
            code="scanner",
        ) from exc
    remember(sha256, scanner, verdict)
    if not verdict.clean:
        log.warning("virus scanner refused an upload: %s", verdict.signature)
        raise ValidationError(
            _("The file %(name)s contains malware (%(signature)s); it is refused.")
            % {"name": name, "signature": verdict.signature},
            code="malware",
        )
