"""Monthly summaries of Form 06 (closed months): close, check, recompute.

manage.py report_months                      # the nightly job: close ended months, check recent ones
manage.py report_months --check [--all]      # compare closed months with the dossiers, change nothing
manage.py report_months --recompute 2026-05 --reason "sửa dữ liệu nhập khẩu"   # audited
"""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from motcua.reports import services
from motcua.reports.models import ClosedMonth


def _month(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y-%m").date()
    except ValueError as error:
        raise CommandError(f"--recompute expects a month as YYYY-MM, not {text!r}") from error


class Command(BaseCommand):
    help = "Close ended months into the Form 06 monthly summaries, check them, or recompute one (audited)."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="compare closed months with the dossiers only")
        parser.add_argument("--all", action="store_true", help="with --check or the nightly run: every month")
        parser.add_argument("--recompute", metavar="YYYY-MM")
        parser.add_argument("--reason", default="")

    def handle(self, *args, **options):
        if options["recompute"]:
            if not options["reason"].strip():
                raise CommandError("--recompute needs --reason (it is written in the audit log)")
            month = _month(options["recompute"])
            if not ClosedMonth.objects.filter(month=month).exists():
                raise CommandError(f"{options['recompute']} is not closed")
            outcome = services.recompute_month(month, reason=options["reason"])
            self.stdout.write(f"{month:%Y-%m}: {len(outcome.changes)} cells changed")
            return
        if options["check"]:
            months = services.months_to_check(check_all=options["all"])
            differing = 0
            for month in months:
                changes = services.differences(month)
                differing += bool(changes)
                self.stdout.write(f"{month:%Y-%m}: {len(changes)} cells differ")
            self.stdout.write(f"{len(months)} months checked, {differing} differ")
            if differing:
                raise CommandError("closed months differ from the dossiers: recompute them with a reason")
            return
        for outcome in services.nightly(check_all=options["all"]):
            what = "closed" if outcome.closed else f"checked, {len(outcome.changes)} cells changed"
            self.stdout.write(f"{outcome.month:%Y-%m}: {what}")
