"""``manage.py merge_agencies MAPPING.csv|json [--dry-run] [--on 2025-07-01] [--force REASON]``: merge
old agencies onto new ones, all or nothing (rules: docs/organisation.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from motcua.imports import merge


class Command(BaseCommand):
    help = (
        "Merge agencies from a mapping file (CSV or JSON: old_code,new_code,name,short_name,level,kind,parent_code): "
        "re-home open dossiers, staff roles, catalogue ownership and process assignments, end the old agencies. "
        "All or nothing; prints what moved, what could not, and the counts before and after."
    )

    def add_arguments(self, parser):
        parser.add_argument("mapping", help="mapping file (.csv or .json)")
        parser.add_argument("--on", default="", help="the day the new agencies begin (YYYY-MM-DD; default today)")
        parser.add_argument("--dry-run", action="store_true", help="do everything, report, and undo it")
        parser.add_argument("--force", default="", metavar="REASON", help="apply although something cannot move")

    def handle(self, *args, mapping: str, on: str, dry_run: bool, force: str, **options):
        try:
            data = Path(mapping).read_bytes()
        except OSError as exc:
            raise CommandError(f"cannot read {mapping}: {exc.strerror}") from exc
        try:
            day = dt.date.fromisoformat(on) if on else None
        except ValueError as exc:
            raise CommandError(f"--on: not a date: {on}") from exc
        try:
            rows = merge.read_mapping(data, mapping)
        except merge.MappingError as exc:
            raise CommandError(str(exc)) from exc
        report = merge.merge(rows, on=day, dry_run=dry_run, force=force)
        for line in report.lines():
            self.stdout.write(line)
        if report.errors:
            raise CommandError("refused: nothing was changed")
        if report.cannot and not report.forced:
            raise CommandError(
                "refused: something cannot be moved (see above); nothing was changed. "
                "Give --force REASON to apply anyway."
            )
        if dry_run:
            self.stdout.write("dry run: nothing was changed")
        else:
            self.stdout.write(f"applied: {len(report.ended)} agencies ended on {report.last_day.isoformat()}")
