"""Store the working days taken on decided dossiers that lack it (after an upgrade or a bulk load)."""

from django.core.management.base import BaseCommand

from motcua.dossiers import services


class Command(BaseCommand):
    help = "Fill Dossier.days_taken (working days from receipt to decision) where it is empty; idempotent."

    def handle(self, *args, **options):
        self.stdout.write(f"filled {services.fill_days_taken()} dossiers")
