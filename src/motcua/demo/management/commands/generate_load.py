"""Generate a province-sized load of dossiers for benchmarks (after seed_demo)."""

import time

from django.core.management.base import BaseCommand, CommandError

from motcua.core.dbstats import analyze
from motcua.demo import load
from motcua.dossiers.models import CodeCounter, Dossier, DossierEvent, DossierStep


class Command(BaseCommand):
    help = "Write N realistic dossiers with their steps and event histories through bulk paths."

    def add_arguments(self, parser):
        parser.add_argument("--dossiers", type=int, default=50_000)
        parser.add_argument("--years", type=float, default=1.0)
        parser.add_argument("--seed", type=int, default=2019)

    def handle(self, *args, dossiers: int, years: float, seed: int, **options):
        if dossiers < 1 or years <= 0:
            raise CommandError("--dossiers must be ≥ 1 and --years > 0")
        started = time.perf_counter()
        try:
            made = load.generate(dossiers, years=years, seed=seed, progress=self._progress)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write("")
        analyze(Dossier, DossierStep, DossierEvent, CodeCounter)  # plan reports for the rows just written
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"generated {made['dossiers']} dossiers, {made['steps']} steps, {made['events']} events "
            f"in {seconds:.1f} s ({made['dossiers'] / seconds:.0f} dossiers/s)"
        )

    def _progress(self, done: int, total: int) -> None:
        self.stdout.write(f"  {done:,} / {total:,} dossiers", ending="\r")
        self.stdout.flush()
