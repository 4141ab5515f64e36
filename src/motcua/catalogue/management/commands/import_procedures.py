"""``manage.py import_procedures FILE [--dry-run] [--map H15=H56]``: load a catalogue file, all or nothing."""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from motcua.catalogue import transfer, transfer_xlsx


class Command(BaseCommand):
    help = (
        "Import a catalogue exported by export_procedures (JSON with its whole history, or the Excel workbook, "
        "which saves drafts). Every row is checked first; when any row is rejected nothing is written."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Check and replay, then roll everything back.")
        parser.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="FROM=TO",
            help="Rename agency codes by prefix, e.g. --map H15=H56 (repeatable).",
        )

    def handle(self, *args, file: str, dry_run: bool, map: list[str], **options) -> None:
        try:
            mapping = transfer.parse_mapping(map)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        raw = path.read_bytes()
        kwargs = {"mapping": mapping, "dry_run": dry_run}
        if raw.startswith(b"PK\x03\x04"):
            result = transfer_xlsx.import_workbook(raw, **kwargs)
        else:
            result = transfer.import_json(raw, **kwargs)
        if not result.ok:
            for problem in result.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{len(result.problems)} problem(s) found: nothing was imported.")
        title = "Dry run — nothing was saved. The import would give:" if dry_run else "Import finished:"
        self.stdout.write(self.style.SUCCESS(title))
        for label, count in result.count_lines():
            self.stdout.write(f"  {count:>7}  {label}")
