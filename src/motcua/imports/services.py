"""Historical import of dossiers (nhập hồ sơ từ hệ thống cũ): validate every line, load the good ones.

``import_lines`` reads NDJSON lines in chunks; each line is parsed (``parse``) and replayed in memory
(``build``) with the same workflow and clock rules as the live services; the rows of a chunk are
inserted in batches (COPY on PostgreSQL) in one transaction, with the (source, external_id) record
that makes a re-run skip what is already there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from motcua.demo import bulk
from motcua.dossiers.models import CodeCounter, Dossier, DossierEvent, DossierStep, Pause

from . import rows as fast
from .build import Built, Context, Ids, Replay, make
from .models import ImportedDossier
from .parse import LineError, Record, parse_line

CHUNK = 10_000
MAX_ERRORS = 1000  # errors listed in full; the count goes on


@dataclass
class Result:
    """What an import did: counts, and each bad line with its number, field and reason."""

    lines: int = 0
    imported: int = 0
    skipped: int = 0  # already imported from the same source (idempotent re-run)
    failed: int = 0
    errors: list[dict] = field(default_factory=list)
    dry_run: bool = False

    def error(self, line: int, field_name: str, message: str, external_id: str = "") -> None:
        self.failed += 1
        if len(self.errors) < MAX_ERRORS:
            entry = {"line": line, "field": field_name, "message": message}
            if external_id:
                entry["external_id"] = external_id
            self.errors.append(entry)

    def as_dict(self) -> dict:
        return {
            "lines": self.lines,
            "imported": self.imported,
            "skipped": self.skipped,
            "failed": self.failed,
            "dry_run": self.dry_run,
            "errors": self.errors,
        }


def _parse_chunk(chunk: list[tuple[int, str]], source: str, result: Result) -> list[Record]:
    records = []
    for number, text in chunk:
        try:
            records.append(parse_line(text, number, source))
        except LineError as exc:
            result.error(number, exc.field, exc.message)
    return records


def _known(records: list[Record]) -> set[tuple[str, str]]:
    """(source, external_id) pairs of the chunk already imported."""
    found: set[tuple[str, str]] = set()
    by_source: dict[str, list[str]] = {}
    for rec in records:
        by_source.setdefault(rec.source, []).append(rec.external_id)
    for src, ids in by_source.items():
        for start in range(0, len(ids), 900):
            rows = ImportedDossier.objects.filter(source=src, external_id__in=ids[start : start + 900])
            found.update(rows.values_list("source", "external_id"))
    return found


def _taken_codes(records: list[Record]) -> set[str]:
    codes = [rec.code for rec in records if rec.code]
    taken: set[str] = set()
    for start in range(0, len(codes), 900):
        taken.update(Dossier.objects.filter(code__in=codes[start : start + 900]).values_list("code", flat=True))
    return taken


class Importer:
    """One import run: the lookups are loaded once, the primary keys handed out in order."""

    def __init__(self, *, source: str = "", dry_run: bool = False):
        self.source = source
        self.result = Result(dry_run=dry_run)
        self.ctx = Context.load()
        fast.tune_connection()
        self.seen: dict[tuple[str, str], int] = {}
        self.ids = Ids(
            bulk.next_ids(Dossier, 1).start,
            bulk.next_ids(DossierStep, 1).start,
            bulk.next_ids(DossierEvent, 1).start,
            bulk.next_ids(Pause, 1).start,
        )

    def run(self, lines: Iterable[str]) -> Result:
        chunk: list[tuple[int, str]] = []
        for number, text in enumerate(lines, start=1):
            if isinstance(text, bytes):
                text = text.decode("utf-8")
            if not text.strip():
                continue
            self.result.lines += 1
            chunk.append((number, text))
            if len(chunk) >= CHUNK:
                self._chunk(chunk)
                chunk = []
        if chunk:
            self._chunk(chunk)
        if not self.result.dry_run and self.result.imported:
            bulk.reset_sequences(Dossier, DossierStep, DossierEvent, Pause, CodeCounter, ImportedDossier)
        return self.result

    def _chunk(self, chunk: list[tuple[int, str]]) -> None:
        records = _parse_chunk(chunk, self.source, self.result)
        known = _known(records)
        taken = _taken_codes(records)
        built: list[tuple[Record, Built]] = []
        for rec in records:
            key = (rec.source, rec.external_id)
            if key in known:
                self.result.skipped += 1
                continue
            if key in self.seen:
                message = _("The same external_id is on line %(line)d.") % {"line": self.seen[key]}
                self.result.error(rec.line, "external_id", message, rec.external_id)
                continue
            if rec.code in taken:
                message = _("A dossier with the code %(code)s already exists.") % {"code": rec.code}
                self.result.error(rec.line, "code", message, rec.external_id)
                continue
            try:
                rows = Replay(rec, self.ctx, self.ids, actor_label=rec.source[:200]).run()
            except LineError as exc:
                self.result.error(rec.line, exc.field, exc.message, rec.external_id)
                continue
            self.seen[key] = rec.line
            self.ids.dossier += 1
            self.ids.step += len(rows.steps)
            self.ids.event += len(rows.events)
            self.ids.pause += len(rows.pauses)
            built.append((rec, rows))
        self.result.imported += len(built)
        if not self.result.dry_run and built:
            with transaction.atomic():
                _insert(built)
                self._write_counters()

    def _write_counters(self) -> None:
        """Move the desks' daily counters past the codes given out, so live receipts continue after them."""
        touched, self.ctx.touched = self.ctx.touched, set()
        existing = {(c.agency_id, c.day): c for c in CodeCounter.objects.all()}
        new, changed = [], []
        for key in touched:
            value = self.ctx.counters[key]
            if key in existing:
                if existing[key].last < value:
                    existing[key].last = value
                    changed.append(existing[key])
            else:
                new.append(CodeCounter(agency_id=key[0], day=key[1], last=value))
        CodeCounter.objects.bulk_create(new, batch_size=5000)
        CodeCounter.objects.bulk_update(changed, ["last"], batch_size=5000)


def _insert(built: list[tuple[Record, Built]]) -> None:
    fast.insert(Dossier, [rows.dossier for _rec, rows in built])
    fast.insert(DossierStep, [s for _rec, rows in built for s in rows.steps])
    fast.insert(DossierEvent, [e for _rec, rows in built for e in rows.events])
    fast.insert(Pause, [p for _rec, rows in built for p in rows.pauses])
    first = bulk.next_ids(ImportedDossier, 1).start
    records = [
        make(ImportedDossier, id=first + i, source=rec.source, external_id=rec.external_id, dossier_id=rows.dossier.pk)
        for i, (rec, rows) in enumerate(built)
    ]
    fast.insert(ImportedDossier, records)


def import_lines(lines: Iterable[str], *, source: str = "", dry_run: bool = False) -> Result:
    """Import NDJSON ``lines``; ``source`` names the system when a line does not."""
    return Importer(source=source, dry_run=dry_run).run(lines)
