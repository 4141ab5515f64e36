"""Historical import of dossiers (nhập hồ sơ từ hệ thống cũ): validate every line, load the good ones.

``import_lines`` reads NDJSON lines in chunks; each line is parsed (``parse``) and replayed in memory
(``build``) with the same workflow and clock rules as the live services; the rows of a chunk are
inserted in batches (COPY on PostgreSQL) in one transaction, with the (source, external_id) record
that makes a re-run skip what is already there.
"""

from __future__ import annotations

import gc
import queue
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils.translation import gettext as _

from motcua.core import bulk
from motcua.dossiers.models import CodeCounter, Dossier, DossierEvent, DossierStep, Pause

from . import rows as fast
from .build import Built, Context, Ids, Replay, check_event_columns, make
from .models import ImportedDossier
from .parse import LineError, Record, parse_line

CHUNK = 2_500  # lines replayed, then written in one transaction (small: the last write is not overlapped)
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


def _known(records: list[Record], fresh: dict[str, bool]) -> set[tuple[str, str]]:
    """(source, external_id) pairs of the chunk imported by an earlier run.

    ``fresh`` remembers the sources that had nothing imported when this run first met them: their
    lines need no lookup (this run's own lines are caught as duplicates, never as known)."""
    found: set[tuple[str, str]] = set()
    by_source: dict[str, list[str]] = {}
    for rec in records:
        by_source.setdefault(rec.source, []).append(rec.external_id)
    for src, ids in by_source.items():
        if src not in fresh:
            fresh[src] = not ImportedDossier.objects.filter(source=src).exists()
        if fresh[src]:
            continue
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


class Writer:
    """Writes each chunk on a connection of its own while the importer replays the next one (PostgreSQL).

    The server's share of the work — COPY into the tables and their indexes, the foreign-key checks
    at commit — then runs on the other core instead of after the replay. One chunk waits in the
    queue at most; a failed write is raised in the importing thread at the next chunk or at the end.
    """

    def __init__(self) -> None:
        self.jobs: queue.Queue = queue.Queue(maxsize=1)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="import-writer", daemon=True)
        self.thread.start()

    def put(self, built: list[tuple[Record, Built]], counters: list[tuple[tuple[int, object], int]]) -> None:
        self._raise()
        self.jobs.put((built, counters))

    def close(self) -> None:
        """Wait for the last chunk; raise its error if a write failed."""
        self.jobs.put(None)
        self.thread.join()
        self._raise()

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        try:
            while (job := self.jobs.get()) is not None:
                if self.error is None:  # after a failure the remaining chunks are dropped
                    try:
                        _write(*job)
                    except BaseException as exc:  # noqa: BLE001 — handed to the importing thread
                        self.error = exc
        finally:
            connection.close()  # this thread's own connection


class Importer:
    """One import run: the lookups are loaded once, the primary keys handed out in order."""

    def __init__(self, *, source: str = "", dry_run: bool = False, agency_map: dict[str, str] | None = None):
        self.source = source
        self.result = Result(dry_run=dry_run)
        check_event_columns()
        self.ctx = Context.load(agency_map)
        fast.tune_connection()
        self.seen: dict[tuple[str, str], int] = {}  # (source, external_id) → line, in this run
        self.fresh: dict[str, bool] = {}  # source → nothing imported from it before this run
        self.ids = Ids(
            bulk.next_ids(Dossier, 1).start,
            bulk.next_ids(DossierStep, 1).start,
            bulk.next_ids(DossierEvent, 1).start,
            bulk.next_ids(Pause, 1).start,
        )
        self.writer: Writer | None = None

    def run(self, lines: Iterable[str]) -> Result:
        # The rows of the chunks in flight and the run's caches are many long-lived objects without
        # reference cycles: the cyclic garbage collector would only scan them again and again (it
        # took 40 % of the replay's time). Restored as it was at the end.
        collecting = gc.isenabled()
        gc.disable()
        # a second connection only outside a caller's transaction (whose rows it could not see)
        if not self.result.dry_run and connection.vendor == "postgresql" and not connection.in_atomic_block:
            self.writer = Writer()
        try:
            self._lines(lines)
        finally:
            try:
                if self.writer is not None:
                    self.writer.close()
            finally:
                if collecting:
                    gc.enable()
        if not self.result.dry_run and self.result.imported:
            bulk.reset_sequences(Dossier, DossierStep, DossierEvent, Pause, CodeCounter, ImportedDossier)
        return self.result

    def _lines(self, lines: Iterable[str]) -> None:
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

    def _chunk(self, chunk: list[tuple[int, str]]) -> None:
        records = _parse_chunk(chunk, self.source, self.result)
        known = _known(records, self.fresh)
        # codes of this run are checked by the replay (ctx.codes): whether the writer has already
        # committed them must not change the answer
        taken = _taken_codes(records) - self.ctx.codes
        built: list[tuple[Record, Built]] = []
        for rec in records:
            key = (rec.source, rec.external_id)
            if key in self.seen:
                message = _("The same external_id is on line %(line)d.") % {"line": self.seen[key]}
                self.result.error(rec.line, "external_id", message, rec.external_id)
                continue
            if key in known:
                self.result.skipped += 1
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
            touched, self.ctx.touched = self.ctx.touched, set()
            counters = [(key, self.ctx.counters[key]) for key in touched]
            if self.writer is not None:
                self.writer.put(built, counters)
            else:
                _write(built, counters)


def _write(built: list[tuple[Record, Built]], counters: list[tuple[tuple[int, object], int]]) -> None:
    """One chunk in one transaction; its loss in a crash costs nothing a re-run would not redo."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit = off")
        _insert(built)
        _write_counters(counters)


def _write_counters(counters: list[tuple[tuple[int, object], int]]) -> None:
    """Move the desks' daily counters past the codes given out, so live receipts continue after them.

    An upsert (as ``services.next_code`` takes a number) that never moves a counter back: one
    statement over arrays on PostgreSQL, one ``executemany`` on SQLite."""
    if not counters:
        return
    table = connection.ops.quote_name(CodeCounter._meta.db_table)  # from the model, never from input
    rows = [(agency, day, value) for (agency, day), value in counters]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"INSERT INTO {table} (agency_id, day, last) "  # noqa: S608 — our table
                "SELECT * FROM unnest(%s::bigint[], %s::date[], %s::integer[]) "
                f"ON CONFLICT (agency_id, day) DO UPDATE SET last = GREATEST({table}.last, excluded.last)",
                [list(column) for column in zip(*rows, strict=True)],
            )
        else:
            cursor.executemany(
                f"INSERT INTO {table} (agency_id, day, last) VALUES (%s, %s, %s) "  # noqa: S608 — our table
                f"ON CONFLICT (agency_id, day) DO UPDATE SET last = MAX({table}.last, excluded.last)",
                rows,
            )


def _insert(built: list[tuple[Record, Built]]) -> None:
    fast.insert(Dossier, [rows.dossier for _rec, rows in built])
    fast.insert(DossierStep, [s for _rec, rows in built for s in rows.steps])
    fast.insert_tuples(DossierEvent, [e for _rec, rows in built for e in rows.events])
    fast.insert(Pause, [p for _rec, rows in built for p in rows.pauses])
    first = bulk.next_ids(ImportedDossier, 1).start
    records = [
        make(ImportedDossier, id=first + i, source=rec.source, external_id=rec.external_id, dossier_id=rows.dossier.pk)
        for i, (rec, rows) in enumerate(built)
    ]
    fast.insert(ImportedDossier, records)


def import_lines(
    lines: Iterable[str], *, source: str = "", dry_run: bool = False, agency_map: dict[str, str] | None = None
) -> Result:
    """Import NDJSON ``lines``; ``source`` names the system when a line does not; ``agency_map`` (old code →
    new code) rewrites the agency codes of a merged province's dossiers."""
    return Importer(source=source, dry_run=dry_run, agency_map=agency_map).run(lines)
