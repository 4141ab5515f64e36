"""Cluster smoke test (issue 8): two web processes and two workers on loopback, one dossier across them.

    .venv/bin/python scripts/cluster_smoke.py [--postgres postgres://postgres@127.0.0.1:5432]

What it starts, all on 127.0.0.1 and all stopped by PID at the end (also on failure):
- a Redis server of its own on a free port (Celery broker and the shared cache),
- a fresh PostgreSQL database ``motcua_smoke_<pid>`` (dropped at the end), migrated, with the demo province,
- two gunicorn web processes (one worker each) on two ports,
- two Celery workers (``--pool solo``, one task at a time) and Celery beat (drains the outbox every 10 s).

What it checks:
1. The desk officer of Sở Tư pháp logs in on web A and receives a dossier at the counter (the real form,
   CSRF included); the same officer, logged in on web B, hands it over to the unit — the session, the
   database and the dossier's revision are shared by both processes.
2. The receipt queued an SMS to the applicant in the outbox. The SMS simulator is told to take 4 s
   (``MOTCUA_SMS_SIMULATOR_LATENCY_MS``), the lease is 3 s (``MOTCUA_OUTBOX_LEASE_SECONDS``): the script
   waits until a worker holds the message and kills that worker with SIGKILL, mid-task. The surviving
   worker takes the message over when the lease ends (beat's drain) and delivers it: **exactly one**
   simulated SMS, the outbox row done after two attempts.
Exit status 0 when everything holds; the log of every process is printed on failure.
"""

from __future__ import annotations

import argparse
import html.parser
import http.cookiejar
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DESK = "stp.motcua"  # demo desk officer of Sở Tư pháp (H15.03)
PHONE = "0912000111"


class Fail(Exception):
    pass


# --- processes ---------------------------------------------------------------------------------


class Cluster:
    def __init__(self, env: dict, workdir: Path):
        self.env, self.workdir, self.procs = env, workdir, {}

    def start(self, name: str, args: list[str]) -> subprocess.Popen:
        log = open(self.workdir / f"{name}.log", "wb")  # noqa: SIM115 — closed with the process
        proc = subprocess.Popen(args, env=self.env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
        self.procs[name] = proc
        return proc

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.time() + 10
        for proc in self.procs.values():
            try:
                proc.wait(timeout=max(0.1, deadline - time.time()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def alive(self) -> list[str]:
        return [name for name, proc in self.procs.items() if proc.poll() is None]

    def logs(self) -> str:
        parts = []
        for name in self.procs:
            text = (self.workdir / f"{name}.log").read_text(errors="replace")
            parts.append(f"----- {name} -----\n{text[-3000:]}")
        return "\n".join(parts)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_port(port: int, seconds: float = 30) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.3):
                return
        except OSError:
            time.sleep(0.2)
    raise Fail(f"nothing listens on port {port} after {seconds} s")


def manage(env: dict, *args: str) -> None:
    start = time.time()
    subprocess.run([sys.executable, "manage.py", *args], env=env, cwd=ROOT, check=True)  # noqa: S603
    print(f"   manage.py {args[0]}: {time.time() - start:.1f} s", flush=True)


# --- a small browser: cookies, CSRF, forms -------------------------------------------------------


class FormParser(html.parser.HTMLParser):
    """The fields of every form on a page: action, method and the values a browser would send."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action") or "", "fields": {}, "buttons": []})
        elif not self.forms:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind == "file":
                return
            if kind == "submit":
                self.forms[-1]["buttons"].append((a["name"], a.get("value", "")))
                return
            self.forms[-1]["fields"][a["name"]] = a.get("value", "on" if kind == "checkbox" else "")
        elif tag == "textarea" and a.get("name"):
            self.forms[-1]["fields"][a["name"]] = ""
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
        elif tag == "option" and self._select:
            fields = self.forms[-1]["fields"]
            if "selected" in a or self._select not in fields:
                fields[self._select] = a.get("value", "")
        elif tag == "button" and a.get("name"):
            self.forms[-1]["buttons"].append((a["name"], a.get("value", "")))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


class Browser:
    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def request(self, path: str, data: dict | None = None) -> tuple[int, str, str]:
        """(status, Location header, body) of a GET, or of a POST when ``data`` is given."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, headers={"Referer": self.base + path})  # noqa: S310
        try:
            with self.opener.open(req, timeout=30) as resp:
                return resp.status, resp.headers.get("Location", ""), resp.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, err.headers.get("Location", ""), err.read().decode(errors="replace")

    def forms(self, path: str) -> list[dict]:
        status, _location, body = self.request(path)
        if status != 200:
            raise Fail(f"GET {path} → {status}")
        parser = FormParser()
        parser.feed(body)
        return parser.forms

    def login(self, username: str, password: str) -> None:
        form = next(f for f in self.forms("/accounts/login/") if "password" in f["fields"])
        status, _location, body = self.request(
            "/accounts/login/", {**form["fields"], "username": username, "password": password}
        )
        if status != 302:
            raise Fail(f"login of {username} on {self.base} failed ({status}): {body[:300]}")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# --- the checks ----------------------------------------------------------------------------------


def django_env(env: dict) -> None:
    os.environ.update(env)
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()


def pick_procedure() -> str:
    """A procedure of Sở Tư pháp in force today, without cases, that is not resolved on the spot."""
    from motcua.catalogue import selectors

    for version in selectors.in_force().filter(implementing_agency__code="H15.03").select_related("procedure"):
        if not version.content.get("cases") and not version.on_the_spot:
            return version.procedure.code
    raise Fail("no suitable procedure of Sở Tư pháp in the demo catalogue")


def receive_on(browser: Browser, desk_id: int, code: str) -> int:
    """The counter form of the procedure, filled as a desk officer would: applicant, every component ticked."""
    path = f"/office/dossiers/new/?desk={desk_id}&procedure={code}"
    status, _location, page = browser.request(path)
    parser = FormParser()
    parser.feed(page)
    form = next((f for f in parser.forms if "applicant_name" in f["fields"]), None)
    if status != 200 or form is None:
        raise Fail(f"no counter form at {path} ({status})")
    fields = dict(form["fields"])
    fields.update(applicant_name="Nguyễn Văn Kiểm Thử", applicant_phone=PHONE, decision="receive")
    fields.update(dict.fromkeys(set(re.findall(r'name="(received_[^"]+)"', page)), "on"))
    status, location, body = browser.request("/office/dossiers/new/", fields)
    match = re.search(r"/office/dossiers/(\d+)/$", location)
    if status != 302 or not match:
        raise Fail(f"the counter did not receive the dossier ({status}): {body[:800]}")
    return int(match.group(1))


def forward_on(browser: Browser, pk: int) -> None:
    path = f"/office/dossiers/{pk}/"
    form = next((f for f in browser.forms(path) if f["action"].endswith("/act/forward/")), None)
    if form is None:
        raise Fail("web B shows no hand-over form on the dossier page")
    status, _location, body = browser.request(form["action"], form["fields"])
    if status != 302:
        raise Fail(f"the hand-over on web B failed ({status}): {body[:500]}")


def kill_the_worker_holding(cluster: Cluster, pk: int, workers: dict[str, str]) -> tuple[str, object]:
    """Wait until a worker holds the dossier's SMS, then SIGKILL that worker; return its name and the row."""
    from motcua.core.models import OutboxMessage

    deadline = time.time() + 30
    while time.time() < deadline:
        message = (
            OutboxMessage.objects.filter(task="sms.send", idempotency_key__startswith=f"dossier-{pk}-")
            .order_by("pk")
            .first()
        )
        if message and message.status == OutboxMessage.Status.RUNNING and message.locked_by:
            pid = int(message.locked_by.rsplit(":", 1)[1])
            name = next((n for n, p in workers.items() if cluster.procs[n].pid == pid), None)
            if name is None:
                raise Fail(f"the SMS is held by {message.locked_by}, which is not one of our workers")
            os.kill(pid, signal.SIGKILL)
            cluster.procs[name].wait(timeout=10)
            return name, message
        if message and message.status == OutboxMessage.Status.DONE:
            raise Fail("the SMS was delivered before a worker could be killed (is the simulator latency set?)")
        time.sleep(0.05)
    raise Fail("no worker took the SMS within 30 s")


def wait_delivered(message_pk: int, seconds: float = 60):
    from motcua.core.models import OutboxMessage

    deadline = time.time() + seconds
    while time.time() < deadline:
        message = OutboxMessage.objects.get(pk=message_pk)
        if message.status == OutboxMessage.Status.DONE:
            return message
        time.sleep(0.25)
    raise Fail(f"the SMS was not delivered within {seconds} s after the kill (status {message.status})")


def run(args) -> int:
    started = time.time()
    workdir = Path(tempfile.mkdtemp(prefix="motcua-smoke-"))
    db = f"motcua_smoke_{os.getpid()}"
    admin_url = args.postgres.rstrip("/") + "/postgres"
    redis_port, port_a, port_b = free_port(), free_port(), free_port()
    env = {
        **os.environ,
        "MOTCUA_DEBUG": "0",
        "MOTCUA_SECRET_KEY": secrets.token_urlsafe(40),
        "MOTCUA_DATABASE_URL": args.postgres.rstrip("/") + f"/{db}",
        "MOTCUA_BROKER_URL": f"redis://127.0.0.1:{redis_port}/0",
        "MOTCUA_CACHE_URL": f"redis://127.0.0.1:{redis_port}/1",
        "MOTCUA_VAR_DIR": str(workdir / "var"),
        "MOTCUA_ALLOWED_HOSTS": "127.0.0.1",
        "MOTCUA_OUTBOX_LEASE_SECONDS": "3",
        "MOTCUA_STATIC_COMPRESS": "0",  # hashed names without gzip/brotli: collectstatic in seconds
        "MOTCUA_SMS_SIMULATOR_LATENCY_MS": "4000",
        "PYTHONPATH": str(ROOT / "src"),
        "DJANGO_SETTINGS_MODULE": "motcua.settings",
    }
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{db}"')
    cluster = Cluster(env, workdir)
    ok = False
    try:
        cluster.start("redis", ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", ""])
        wait_port(redis_port)
        print(f"== database {db}, Redis on {redis_port}: migrate, demo province", flush=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        manage(env, "seed_demo", "-v0")
        gunicorn = [str(BIN / "gunicorn"), "motcua.wsgi:application", "--chdir", "src", "--workers", "1"]
        cluster.start("web-a", [*gunicorn, "--bind", f"127.0.0.1:{port_a}"])
        cluster.start("web-b", [*gunicorn, "--bind", f"127.0.0.1:{port_b}"])
        celery = [str(BIN / "celery"), "-A", "motcua.core.celery"]
        workers = {"worker-1": "w1", "worker-2": "w2"}
        for name, node in workers.items():
            cluster.start(name, [*celery, "worker", "--pool", "solo", "-n", f"{node}@%h", "--loglevel", "INFO"])
        cluster.start("beat", [*celery, "beat", "-s", str(workdir / "beat-schedule"), "--loglevel", "INFO"])
        wait_port(port_a)
        wait_port(port_b)
        print(f"== up: web A :{port_a}, web B :{port_b}, {len(workers)} workers, beat — {cluster.alive()}", flush=True)

        django_env(env)
        from motcua.accounts.models import User
        from motcua.dossiers.models import Dossier
        from motcua.notifications.models import SimulatedSms
        from motcua.orgs.models import Agency

        password = os.environ.get("MOTCUA_DEMO_PASSWORD", "motcua-demo-2026")
        assert User.objects.filter(username=DESK).exists(), "demo desk officer missing"
        desk_id = Agency.objects.get(code="H15.03").pk
        code = pick_procedure()

        web_a, web_b = Browser(f"http://127.0.0.1:{port_a}"), Browser(f"http://127.0.0.1:{port_b}")
        web_a.login(DESK, password)
        pk = receive_on(web_a, desk_id, code)
        dossier = Dossier.objects.get(pk=pk)
        print(f"== web A received {dossier.code} (procedure {code}), status {dossier.status}", flush=True)
        web_b.login(DESK, password)
        forward_on(web_b, pk)
        dossier.refresh_from_db()
        if dossier.current_step.seq != 2:
            raise Fail(f"after the hand-over on web B the dossier is at step {dossier.current_step.seq}")
        print(f"== web B handed it over: step {dossier.current_step.seq} at {dossier.current_unit}", flush=True)

        killed, message = kill_the_worker_holding(cluster, pk, workers)
        print(f"== {killed} (pid {cluster.procs[killed].pid}) killed while sending {message.idempotency_key}")
        message = wait_delivered(message.pk)
        sent = SimulatedSms.objects.filter(text__contains=dossier.code).count()
        print(f"== delivered by {message.locked_by} after {message.attempts} attempts; SMS recorded: {sent}")
        if sent != 1 or message.attempts < 2:
            raise Fail(f"expected exactly one SMS after a retry, got {sent} SMS and {message.attempts} attempts")
        survivors = [name for name in workers if name != killed]
        if cluster.procs[survivors[0]].poll() is not None:
            raise Fail("the surviving worker died too")
        ok = True
        print(f"== cluster smoke test passed in {time.time() - started:.0f} s", flush=True)
        return 0
    except (Fail, subprocess.CalledProcessError, AssertionError) as exc:
        print(f"!! cluster smoke test FAILED: {exc}", flush=True)
        return 1
    finally:
        cluster.stop()
        if not ok:
            print(cluster.logs())
        left = cluster.alive()
        if left:
            print(f"!! still running after stop: {left}")
        from django.db import connections

        connections.close_all()
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432", help="server URL, no database")
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
