"""``manage.py seed_scenario laocai-2019``: the Lào Cai figures of Jan–Apr 2019, loaded through the importer."""

from __future__ import annotations

import tempfile
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from motcua.catalogue.models import Procedure
from motcua.demo.scenarios import laocai2019
from motcua.imports.services import import_lines
from motcua.orgs.models import Agency
from motcua.reports import form06
from motcua.reports import services as report_services

SCENARIOS = {laocai2019.NAME: laocai2019}


class Command(BaseCommand):
    help = (
        "Build a scenario's NDJSON dataset and import it (laocai-2019: Form 06 for 1 Jan – 30 Apr 2019 by level "
        "reproduces the article's table). Loads the demo province first when it is missing; a re-run imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", choices=sorted(SCENARIOS))
        parser.add_argument("--scale", type=float, default=1.0, help="fraction of the article's volumes (tests)")
        parser.add_argument("--seed", type=int, default=2019)
        parser.add_argument("--output", default="", help="also keep the NDJSON file here")

    def handle(self, *args, name: str, scale: float, seed: int, output: str, verbosity: int = 1, **options):
        if not 0 < scale <= 1:
            raise CommandError("--scale must be in (0, 1]")
        if not Agency.objects.filter(code="H15").exists() or not Procedure.objects.exists():
            call_command("seed_demo", verbosity=0)
        module = SCENARIOS[name]
        started = time.perf_counter()
        with open(output, "w+", encoding="utf-8") if output else tempfile.TemporaryFile("w+", encoding="utf-8") as fh:
            for line in module.Scenario(scale=scale, seed=seed).lines():
                fh.write(line + "\n")
            generated = time.perf_counter() - started
            fh.seek(0)
            result = import_lines(fh, source=module.SOURCE)
        seconds = time.perf_counter() - started - generated
        self.stdout.write(
            f"{name}: {result.lines} dossiers generated in {generated:.1f} s; {result.imported} imported, "
            f"{result.skipped} already there, {result.failed} bad in {seconds:.1f} s"
        )
        report_services.nightly()  # the ended months closed, as the nightly job would have done
        for error in result.errors[:20]:
            self.stderr.write(f"line {error['line']}: {error['field']}: {error['message']}")
        if result.failed:
            raise CommandError(f"{result.failed} generated lines were refused by the importer")
        if verbosity >= 1:
            self._print_form06(module)

    def _print_form06(self, module) -> None:
        period = form06.Period(*module.PERIOD)
        rows = form06.bare_aggregate(period, "level")
        self.stdout.write(f"Form 06, {period.start} – {period.end}, by level:")
        keys = [f"c{n}" for n in range(3, 14)]
        self.stdout.write("level     " + " ".join(f"{k:>7}" for k in keys))
        for row in sorted(rows, key=lambda r: module.LEVELS.index(r["key"]) if r["key"] in module.LEVELS else 9):
            self.stdout.write(f"{row['key']:<9} " + " ".join(f"{row[k]:>7}" for k in keys))
