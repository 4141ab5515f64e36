"""Queue today's reminder e-mails to officials (nhắc việc); safe to run more than once a day."""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from motcua.notifications import services


class Command(BaseCommand):
    help = "Queue one digest e-mail per official listing overdue dossiers and those due within one working day."

    def add_arguments(self, parser):
        parser.add_argument("--at", help="ISO date-time to run as (drills); default now")

    def handle(self, *args, at: str | None = None, **options):
        now = None
        if at:
            try:
                now = dt.datetime.fromisoformat(at)
            except ValueError as exc:
                raise CommandError(f"--at: {exc}") from exc
            if timezone.is_naive(now):
                now = timezone.make_aware(now)
        count = services.send_reminders(now)
        self.stdout.write(f"queued {count} reminder e-mail(s)")
