"""The embedded background worker: polls the outbox table, no broker needed."""

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from motcua.core import outbox, periodic


class Command(BaseCommand):
    help = "Deliver queued side effects from the outbox (embedded worker; Celery replaces it in production)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls")
        parser.add_argument("--once", action="store_true", help="drain what is due and exit")

    def handle(self, *args, interval: float, once: bool, **options):
        name = outbox.worker_name()
        stopping = False

        def stop(*_):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        self.stdout.write(f"worker {name} started")
        daily_runs: dict = {}
        while not stopping:
            if not once:
                close_old_connections()  # a long-running loop must not keep a dead connection
            outbox.heartbeat(name)
            for job in periodic.run_due(daily_runs):
                self.stdout.write(f"daily job {job} ran")
            delivered = outbox.drain()
            if once:
                self.stdout.write(f"delivered {delivered}")
                return
            if not delivered:
                time.sleep(interval)
        self.stdout.write(f"worker {name} stopped")
