"""``manage.py seed_demo``: load the demo province (Lào Cai, 2019) and its procedure catalogue, and
print the demo accounts."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.management.base import BaseCommand

from motcua.demo import dossiers as demo_dossiers
from motcua.demo.catalogue import CatalogueResult
from motcua.demo.loader import SeedResult, printed_accounts, seed_demo
from motcua.reports import services as report_services


class Command(BaseCommand):
    help = (
        "Load the demo province modelled on Lào Cai and its procedure catalogue (idempotent) and print the demo "
        "accounts."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--update",
            action="store_true",
            help="Also bring existing demo agencies back in line with the data file.",
        )
        parser.add_argument(
            "--no-catalogue",
            action="store_true",
            help="Leave out the demo procedure catalogue (about 2,000 procedures, a few seconds).",
        )
        parser.add_argument(
            "--dossiers",
            type=int,
            default=demo_dossiers.DEFAULT_COUNT,
            help="How many demo dossiers to load when there is none yet (0: none; needs the catalogue).",
        )

    def handle(
        self,
        *args,
        update: bool = False,
        no_catalogue: bool = False,
        dossiers: int = demo_dossiers.DEFAULT_COUNT,
        verbosity: int = 1,
        **options,
    ) -> None:
        result = seed_demo(update=update, catalogue=not no_catalogue)
        if verbosity >= 1:
            self.stdout.write(self._summary(result))
            if result.catalogue is not None:
                self.stdout.write(self._catalogue_summary(result.catalogue))
        if dossiers > 0 and not no_catalogue:
            self._load_dossiers(dossiers, verbosity)
        if verbosity < 1:
            return
        self.stdout.write("")
        self.stdout.write(format_accounts(printed_accounts(), settings.DEMO_PASSWORD))

    def _load_dossiers(self, count: int, verbosity: int) -> None:
        """The demo dossiers, once: only while the database has none (see ``motcua.demo.dossiers``)."""
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            if verbosity >= 1:
                self.stdout.write(f"  demo dossiers: {done:,} / {total:,}", ending="\r" if done < total else "\n")
                self.stdout.flush()

        if verbosity >= 1 and not demo_dossiers.has_dossiers():
            self.stdout.write(f"Loading {count:,} demo dossiers of the last twelve months…")
        made = demo_dossiers.load(count, progress=progress)
        if made is not None:  # close the months that have ended, as the nightly job would have done
            report_services.nightly()
        if verbosity < 1:
            return
        if made is None:
            self.stdout.write(self.style.SUCCESS("Demo dossiers already loaded: nothing to do."))
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo dossiers loaded: {made['dossiers']:,} dossiers, {made['steps']:,} steps, "
                f"{made['events']:,} events in {time.perf_counter() - started:.1f} s."
            )
        )

    def _summary(self, result: SeedResult) -> str:
        if not result.changed:
            return self.style.SUCCESS("Demo province already loaded: nothing to do.")
        return self.style.SUCCESS(
            f"Demo province loaded: {result.agencies_created} agencies created, "
            f"{result.agencies_updated} updated, {result.users_created} accounts and "
            f"{result.roles_created} roles created."
        )

    def _catalogue_summary(self, result: CatalogueResult) -> str:
        if result.loaded:
            return self.style.SUCCESS(
                f"Demo catalogue loaded: {result.procedures:,} procedures ({result.versions:,} versions) in "
                f"{result.sectors} new sectors, {result.decisions} publication decisions."
            )
        if result.skipped_reason == "already loaded":
            return self.style.SUCCESS("Demo catalogue already loaded: nothing to do.")
        return self.style.WARNING(f"Demo catalogue not loaded: {result.skipped_reason}.")


def format_accounts(rows: list[tuple[str, str, str]], password: str) -> str:
    """The demo accounts as a plain-text table, with the shared password underneath."""
    header = ("Username", "Role", "Agency")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(2)]
    lines = [f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]}".rstrip() for r in [header, *rows]]
    lines.insert(1, "-" * (sum(widths) + 4 + max(len(row[2]) for row in [header, *rows])))
    lines.append("")
    lines.append(f"Password for every demo account: {password}")
    return "\n".join(lines)
