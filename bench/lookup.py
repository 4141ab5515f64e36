"""Public status lookup by code under concurrency, through the real HTTP server, against a "hello" view.

    .venv/bin/python bench/lookup.py --dossiers 50000                    # quick, SQLite under var/bench/
    .venv/bin/python bench/lookup.py --dossiers 1000000 --postgres postgres://postgres@127.0.0.1:5432/motcua_bench_reports

The issue-8 goal on a 2-core machine: the lookup answers at least 70 % of the requests per second of a
trivial "hello" view on the same server, with p99 under 25 ms. The script prepares the database (demo
province, ``generate_load``), writes 5,000 random dossier codes, and starts gunicorn (``--workers``,
default 2, sync) with a settings module that only adds ``/hello`` (a Django view returning "hello",
through the same middleware) in front of motcua's URLs. ``wrk`` (Debian package ``wrk``) then drives,
for ``--seconds`` each after a warm-up: ``/hello``; ``GET /api/v1/public/dossiers/<random code>``; and
the portal page ``/lookup/<random code>/``. Each lookup comes from a random client address
(``X-Forwarded-For`` with ``MOTCUA_BEHIND_PROXY=1``), so the per-address rate limit is exercised but not
hit, as with real citizens. Prints requests/s, p50 / p99 and the ratios; exit status 0 when the API
lookup meets both goals.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# keep bench/ off the path (a script here must never shadow a standard-library module)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT / "src"))

from motcua.demo import benchdb  # noqa: E402 — after the path is set

GOAL_SHARE, GOAL_P99_MS = 0.70, 25.0
SETTINGS = """from motcua.settings import *  # noqa: F403
ROOT_URLCONF = "bench_urls"
"""
URLS = """from django.http import HttpResponse
from django.urls import include, path


def hello(request):
    return HttpResponse("hello")


urlpatterns = [path("hello", hello), path("", include("motcua.urls"))]
"""
SCRIPT = """codes = {}
for line in io.lines("%(codes)s") do codes[#codes + 1] = line end
request = function()
  local code = codes[math.random(#codes)]
  local ip = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format("GET", "%(prefix)s" .. code .. "%(suffix)s", {["X-Forwarded-For"] = ip})
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(workdir: Path, port: int, workers: int) -> subprocess.Popen:
    (workdir / "bench_settings.py").write_text(SETTINGS)
    (workdir / "bench_urls.py").write_text(URLS)
    env = {
        **os.environ,
        "PYTHONPATH": f"{workdir}:{ROOT / 'src'}",
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "MOTCUA_ALLOWED_HOSTS": "127.0.0.1",
        "MOTCUA_BEHIND_PROXY": "1",
    }
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    args = [gunicorn, "motcua.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
    process = subprocess.Popen([*args, "--log-level", "warning"], env=env)
    for _ in range(150):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("gunicorn did not start")


def to_ms(value: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value)
    if match is None:
        raise SystemExit(f"cannot read wrk's latency {value!r}")
    number, unit = match.groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def cpu_seconds(server_pid: int) -> dict[str, float]:
    """CPU seconds used so far by the web workers (children of gunicorn) and by PostgreSQL's processes."""
    tick = os.sysconf("SC_CLK_TCK")
    used = {"web": 0.0, "db": 0.0}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        kind = "web" if int(stat[1]) == server_pid else "db" if command.startswith(b"postgres") else None
        if kind:
            used[kind] += (int(stat[11]) + int(stat[12])) / tick
    return used


def drive(url: str, seconds: int, connections: int, script: Path | None = None, server_pid: int = 0) -> dict:
    """Run wrk; return requests/s, p50 and p99 in ms, the count of non-2xx answers, and the CPU
    microseconds per request of the web workers and of PostgreSQL (same machine; 0 on SQLite)."""
    args = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "5s"]
    if script:
        args += ["-s", str(script)]
    before = cpu_seconds(server_pid)
    out = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout
    after = cpu_seconds(server_pid)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    count = int(re.search(r"(\d+) requests in", out).group(1)) or 1
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": to_ms(re.search(r"^\s*50%\s+(\S+)", out, re.M).group(1)),
        "p99": to_ms(re.search(r"^\s*99%\s+(\S+)", out, re.M).group(1)),
        "bad": int(bad.group(1)) if bad else 0,
        "web_us": (after["web"] - before["web"]) * 1e6 / count,
        "db_us": (after["db"] - before["db"]) * 1e6 / count,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossiers", type=int, default=50_000)
    parser.add_argument("--postgres", help="database URL (created if missing, kept for the next run)")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")
    os.environ["MOTCUA_STATIC_COMPRESS"] = "0"  # the portal page needs the static manifest; no gzip needed
    benchdb.configure(args.postgres, "lookup.sqlite3")
    total = benchdb.prepare(args.dossiers)

    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)

    from django.db import connection

    from motcua.dossiers.models import Dossier

    workdir = Path(tempfile.mkdtemp(prefix="motcua-bench-lookup-"))
    codes = list(Dossier.objects.exclude(code=None).order_by("?").values_list("code", flat=True)[:5000])
    (workdir / "codes.txt").write_text("\n".join(codes) + "\n")
    scripts = {}
    for name, prefix, suffix in (("api", "/api/v1/public/dossiers/", ""), ("page", "/lookup/", "/")):
        scripts[name] = workdir / f"{name}.lua"
        scripts[name].write_text(SCRIPT % {"codes": workdir / "codes.txt", "prefix": prefix, "suffix": suffix})
    vendor = connection.vendor
    connection.close()
    port = free_port()
    server = serve(workdir, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    try:
        for url, script in ((f"{base}/hello", None), (base, scripts["api"])):
            drive(url, 2, args.connections, script)  # warm-up: imports, connections, caches
        load = os.getloadavg()[0]
        hello = drive(f"{base}/hello", args.seconds, args.connections, server_pid=server.pid)
        api = drive(base, args.seconds, args.connections, scripts["api"], server_pid=server.pid)
        page = drive(base, args.seconds, args.connections, scripts["page"], server_pid=server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=15)
        shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"# {vendor}, {total:,} dossiers, gunicorn {args.workers} sync workers, wrk 1 thread "
        f"{args.connections} connections, {args.seconds} s each, {os.cpu_count()} cores shared with wrk, "
        f"load average {load:.2f} before"
    )
    head = f"{'endpoint':<14} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'non-2xx':>8} {'of hello':>9}"
    print(f"{head} {'web CPU µs/req':>15} {'db CPU µs/req':>14}")
    for name, row in (("hello view", hello), ("lookup API", api), ("lookup page", page)):
        share = row["rps"] / hello["rps"]
        line = f"{name:<14} {row['rps']:>7.0f} {row['p50']:>7.2f} {row['p99']:>7.2f} {row['bad']:>8} {share:>9.2f}"
        print(f"{line} {row['web_us']:>15.0f} {row['db_us']:>14.0f}")
    ok = api["rps"] >= GOAL_SHARE * hello["rps"] and api["p99"] < GOAL_P99_MS and api["bad"] == 0
    print(
        f"# lookup API: goal ≥ {GOAL_SHARE:.0%} of hello and p99 < {GOAL_P99_MS:.0f} ms: {'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
