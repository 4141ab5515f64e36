"""``manage.py import_dossiers FILE.ndjson``: load dossiers handled in another system (format: docs/import.md)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from motcua.core.dbstats import analyze
from motcua.dossiers.models import Dossier, DossierEvent, DossierStep, Pause
from motcua.imports import merge
from motcua.imports.build import AgencyMapError
from motcua.imports.models import ImportedDossier
from motcua.imports.services import import_lines


class Command(BaseCommand):
    help = (
        "Import dossiers from an NDJSON file (one dossier with its dated events per line). Bad lines are "
        "reported with their number and reason, good ones loaded; a re-run skips what is already imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="NDJSON file, or - for standard input")
        parser.add_argument("--source", default="", help="name of the source system when a line gives none")
        parser.add_argument("--dry-run", action="store_true", help="validate only, write nothing")
        parser.add_argument(
            "--agency-map",
            default="",
            metavar="FILE",
            help="a merger's mapping (CSV or JSON, as for merge_agencies): old agency codes are read as the new ones",
        )

    def handle(self, *args, file: str, source: str, dry_run: bool, agency_map: str = "", verbosity: int = 1, **options):
        started = time.perf_counter()
        codes = None
        if agency_map:
            try:
                codes = merge.code_map(merge.read_mapping(Path(agency_map).read_bytes(), agency_map))
            except OSError as exc:
                raise CommandError(f"cannot read {agency_map}: {exc.strerror}") from exc
            except merge.MappingError as exc:
                raise CommandError(f"{agency_map}: {exc}") from exc
        try:
            handle = open(file, encoding="utf-8") if file != "-" else sys.stdin  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"cannot read {file}: {exc.strerror}") from exc
        with handle:
            try:
                result = import_lines(handle, source=source, dry_run=dry_run, agency_map=codes)
            except AgencyMapError as exc:
                raise CommandError(str(exc)) from exc
        if result.imported:  # plan reports for the rows just written (autovacuum may be late or off)
            analyze(Dossier, DossierStep, DossierEvent, Pause, ImportedDossier)
        seconds = time.perf_counter() - started
        for error in result.errors:
            self.stderr.write(f"line {error['line']}: {error['field']}: {error['message']}")
        if result.failed > len(result.errors):
            self.stderr.write(f"… and {result.failed - len(result.errors)} more bad lines")
        verb = "valid (dry run, nothing written)" if dry_run else "imported"
        rate = result.imported / seconds if seconds else 0
        self.stdout.write(
            f"{result.lines} lines: {result.imported} {verb}, {result.skipped} already imported, "
            f"{result.failed} bad; {seconds:.1f} s ({rate:.0f} dossiers/s)"
        )
        if result.failed:
            raise SystemExit(1)
