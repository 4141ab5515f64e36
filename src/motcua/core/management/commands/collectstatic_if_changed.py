"""``manage.py collectstatic_if_changed``: ``collectstatic`` only when its inputs changed (see core.staticstamp)."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

from motcua.core import staticstamp


class Command(BaseCommand):
    help = "Run collectstatic unless the static files, storage and settings are as at its last successful run."

    def handle(self, *args, verbosity: int = 1, **options):
        value = staticstamp.fingerprint()
        if staticstamp.is_current(value):
            if verbosity >= 1:
                self.stdout.write("Static files unchanged: collectstatic skipped.")
            return
        if verbosity >= 1:
            self.stdout.write("Collecting and compressing static files (after an update or on the first start)…")
        started = time.perf_counter()
        staticstamp.stamp_path().unlink(missing_ok=True)  # a run that fails half-way leaves no stamp
        call_command("collectstatic", interactive=False, verbosity=0)
        staticstamp.write(value)
        if verbosity >= 1:
            self.stdout.write(f"Static files collected in {time.perf_counter() - started:.0f} s.")
