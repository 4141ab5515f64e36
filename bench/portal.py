"""Portal pages over real HTTP: time to first byte and weight (issue 6 goal: < 100 ms, < 150 KB).

    .venv/bin/python bench/portal.py [--repeat 50] [--dossiers 2000] [--keep DIR]

A throwaway SQLite database gets the demo province (seed_demo: 2,062 procedures, 209 agencies) and
``--dossiers`` generated dossiers (generate_load), then gunicorn serves it on a free loopback port with
one worker (one core). Each public page is fetched ``--repeat`` times after two warm-up requests with
``http.client``: time to first byte (request sent → first byte of the response) p50 / p95 / max, and
the page's weight (HTML plus every static file it references). Pages marked * are fetched logged in as
the demo citizen ``congdan1`` (through the real login form). Exit status 0 when every page's p95
TTFB is under 100 ms and every weight under 150 KB.
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT / "src"))

GOAL_MS = 100.0
GOAL_BYTES = 150 * 1024
SERVER = ["--workers", "1", "--log-level", "warning"]
ASSET = re.compile(rb'(?:href|src)="(/static/[^"?#]+)"')


def configure(directory: Path) -> None:
    os.environ.setdefault("MOTCUA_SECRET_KEY", "bench-only")
    os.environ["MOTCUA_DATABASE_URL"] = f"sqlite:///{directory / 'bench.sqlite3'}"
    os.environ["MOTCUA_VAR_DIR"] = str(directory)
    os.environ["DJANGO_SETTINGS_MODULE"] = "motcua.settings"
    import django

    django.setup()


def prepare(dossiers: int) -> dict[str, str]:
    from django.core.management import call_command

    from motcua.dossiers.models import Dossier

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("seed_demo", verbosity=0)
    have = Dossier.objects.count()
    if have < dossiers:
        call_command("generate_load", dossiers=dossiers - have, years=1, verbosity=0)
    dossier = Dossier.objects.exclude(code=None).order_by("-received_at").first()
    return {"code": dossier.code, "procedure": dossier.procedure.code}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(port: int) -> subprocess.Popen:
    env = {**os.environ, "MOTCUA_ALLOWED_HOSTS": "127.0.0.1"}
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    process = subprocess.Popen(
        [gunicorn, "motcua.wsgi:application", "--chdir", str(ROOT / "src"), "--bind", f"127.0.0.1:{port}", *SERVER],
        env=env,
    )
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("gunicorn did not start")


def fetch(port: int, path: str, cookie: str = "") -> tuple[float, int, bytes]:
    """(time to first byte in ms, status, body) of one GET on a fresh connection."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    start = time.perf_counter()
    conn.request("GET", path, headers={"Accept-Language": "vi", **({"Cookie": cookie} if cookie else {})})
    response = conn.getresponse()
    first = response.read(1)
    ttfb = (time.perf_counter() - start) * 1000
    body = first + response.read()
    conn.close()
    return ttfb, response.status, body


def login(port: int, username: str, password: str) -> str:
    """Log in through the real login form (CSRF included); return the Cookie header of the session."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/accounts/login/")
    response = conn.getresponse()
    page = response.read().decode()
    csrf = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "username": username, "password": password})
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"csrftoken={csrf}",
        "Referer": f"http://127.0.0.1:{port}/accounts/login/",
    }
    conn.request("POST", "/accounts/login/", body=body, headers=headers)
    response = conn.getresponse()
    response.read()
    session = re.search(r"sessionid=([^;]+)", response.getheader("Set-Cookie", "") or "")
    if response.status != 302 or not session:
        raise SystemExit(f"could not log in as {username} ({response.status})")
    return f"csrftoken={csrf}; sessionid={session.group(1)}"


def weight(port: int, body: bytes) -> int:
    total = len(body)
    for asset in sorted(set(ASSET.findall(body))):
        total += len(fetch(port, asset.decode())[2])
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--dossiers", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="reuse this directory for the database between runs")
    args = parser.parse_args()
    directory = args.keep or Path(tempfile.mkdtemp(prefix="motcua-bench-portal-"))
    directory.mkdir(parents=True, exist_ok=True)
    configure(directory)
    print(f"# preparing the demo province and {args.dossiers} dossiers in {directory} …", flush=True)
    facts = prepare(args.dossiers)
    pages = {
        "home": "/",
        "procedure search": "/procedures/?q=dat+dai",
        "procedure page": f"/procedures/{facts['procedure']}/",
        "lookup by code": f"/lookup/{facts['code']}/",
        "public disclosure": "/disclosure/",
        "calendar": "/calendar/",
        "log in": "/accounts/login/",
        "register": "/account/register/",
        "my dossiers *": "/my/dossiers/",
        "my account *": "/account/",
        "my drafts *": "/my/drafts/",
    }
    port = free_port()
    server = serve(port)
    failures = 0
    try:
        cookie = login(port, "congdan1", os.environ.get("MOTCUA_DEMO_PASSWORD", "motcua-demo-2026"))
        print(
            f"# {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, one gunicorn worker"
        )
        print(f"{'page':<20} {'status':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'KB':>7}  ratio p95/100ms")
        for name, path in pages.items():
            session = cookie if name.endswith("*") else ""
            for _ in range(2):
                fetch(port, path, session)
            samples, status, body = [], 0, b""
            for _ in range(args.repeat):
                ttfb, status, body = fetch(port, path, session)
                samples.append(ttfb)
            samples.sort()
            p95 = samples[int(0.95 * (len(samples) - 1))]
            size = weight(port, body)
            ok = status == 200 and p95 < GOAL_MS and size < GOAL_BYTES
            failures += not ok
            print(
                f"{name:<20} {status:>6} {statistics.median(samples):>8.1f} {p95:>8.1f} {samples[-1]:>8.1f}"
                f" {size / 1024:>7.1f}  {p95 / GOAL_MS:.2f}{'' if ok else '  ← over the goal'}"
            )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
