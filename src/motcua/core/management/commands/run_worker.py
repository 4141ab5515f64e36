"""The embedded background worker: polls the outbox table, no broker needed."""

import signal

from django.core.management.base import BaseCommand

from motcua.core import outbox, worker


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
        delivered = worker.run(name, interval=interval, once=once, stopping=lambda: stopping, say=self.stdout.write)
        if once:
            self.stdout.write(f"delivered {delivered}")
            return
        self.stdout.write(f"worker {name} stopped")
