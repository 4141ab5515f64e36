"""``manage.py export_procedures [--format json|xlsx] FILE``: write the catalogue to a file."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from motcua.catalogue import transfer, transfer_xlsx
from motcua.orgs.models import Agency


class Command(BaseCommand):
    help = (
        "Export the procedure catalogue (procedures with every version, publication decisions, sectors, forms "
        "and process templates) as a JSON document, or as an Excel workbook for officials."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="Output file; '-' writes JSON to standard output.")
        parser.add_argument(
            "--format", choices=["json", "xlsx"], help="Default: from the file name's extension (else json)."
        )
        parser.add_argument(
            "--agency",
            metavar="CODE",
            help="Only the procedures owned by this agency (e-ID code) and the agencies under it.",
        )
        parser.add_argument(
            "--no-files",
            action="store_true",
            help="Leave out the contents of form and decision files (JSON; an import then matches forms by checksum).",
        )

    def handle(self, *args, file: str, format: str | None, agency: str | None, no_files: bool, **options) -> None:
        fmt = format or ("xlsx" if file.lower().endswith(".xlsx") else "json")
        owners = None
        if agency:
            root = Agency.objects.filter(code=agency.strip().upper()).first()
            if root is None:
                raise CommandError(f"No agency has the e-ID code {agency}.")
            owners = Agency.objects.filter(path__startswith=root.path)
        if fmt == "xlsx":
            if file == "-":
                raise CommandError("An Excel workbook needs a file name.")
            data = transfer_xlsx.build_workbook(owners)
            Path(file).write_bytes(data)
            self.stdout.write(self.style.SUCCESS(f"Workbook written to {file} ({len(data):,} bytes)."))
            return
        document = transfer.build_document(owners, include_files=not no_files)
        text = transfer.dumps(document)
        if file == "-":
            sys.stdout.write(text)
            return
        Path(file).write_text(text, encoding="utf-8")
        versions = sum(len(p["versions"]) for p in document["procedures"])
        self.stdout.write(
            self.style.SUCCESS(
                f"Exported {len(document['procedures'])} procedures, {versions} versions, "
                f"{len(document['decisions'])} decisions, {len(document['sectors'])} sectors, "
                f"{len(document['forms'])} forms and {len(document['process_templates'])} process templates "
                f"to {file}."
            )
        )
