"""Check (and with --repair, fix) every dossier's cached state against its event log."""

from django.core.management.base import BaseCommand

from motcua.dossiers import services
from motcua.dossiers.models import Dossier


class Command(BaseCommand):
    help = "Compare each dossier's cached status, step and deadlines with its events; --repair fixes them."

    def add_arguments(self, parser):
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument("--check", action="store_true", help="only report (the default); exit 1 on a mismatch")
        mode.add_argument("--repair", action="store_true", help="rewrite the cached fields from the events")

    def handle(self, *args, check: bool, repair: bool, **options):
        checked = wrong = 0
        for dossier in Dossier.objects.order_by("pk").iterator(chunk_size=2000):
            checked += 1
            differences = services.rebuild_state(dossier) if repair else services.state_differences(dossier)
            if differences:
                wrong += 1
                self.stdout.write(f"{dossier} ({dossier.pk}): {', '.join(sorted(differences))}")
        verb = "repaired" if repair else "differ"
        self.stdout.write(f"checked {checked} dossiers; {wrong} {verb}")
        if wrong and not repair:
            raise SystemExit(1)
