"""The number of pages of a PDF, read from the file itself (no PDF library is installed here).

A PDF's pages hang from one page tree; its root node (``/Type /Pages`` without ``/Parent``) carries
``/Count``, the number of leaf pages. The objects are looked for where they are written: in the file
as written and inside its compressed object streams (``/Type /ObjStm``, PDF 1.5 and later), unpacked
up to ``core.uploads.PDF_MAX_INFLATED`` bytes in all. When a file was updated incrementally the last
root written wins, as a viewer reads it. A file whose root cannot be found gives ``None``: the caller
refuses it rather than guess.
"""

from __future__ import annotations

import re
import zlib

from .uploads import PDF_MAX_INFLATED

_OBJ = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_PAGES = re.compile(rb"/Type\s*/Pages\b")
_PARENT = re.compile(rb"/Parent\s")
_COUNT = re.compile(rb"/Count\s+(\d+)")
_INT = re.compile(rb"/(N|First)\s+(\d+)")


def page_count(fileobj) -> int | None:
    """Pages of the PDF in ``fileobj`` (read from the start, left at the start), or None if unknown."""
    fileobj.seek(0)
    data = fileobj.read()
    fileobj.seek(0)
    count = None
    budget = PDF_MAX_INFLATED
    for body, stream in _objects(data):
        if stream is not None and b"/ObjStm" in body and b"/FlateDecode" in body:
            inflated, budget = _inflate(stream, budget)
            if inflated is None:
                return None
            for inner in _stream_objects(body, inflated):
                count = _root_count(inner, count)
            continue
        count = _root_count(body, count)
    return count


def _root_count(body: bytes, count: int | None) -> int | None:
    if _PAGES.search(body) and not _PARENT.search(body):
        found = _COUNT.search(body)
        if found:
            return int(found.group(1))
    return count


def _objects(data: bytes):
    """(dictionary text, stream bytes or None) of each ``N G obj … endobj`` in file order."""
    pos = 0
    while True:
        match = _OBJ.search(data, pos)
        if match is None:
            return
        start = match.end()
        stream = _STREAM.search(data, start)
        end = data.find(b"endobj", start)
        if end < 0:
            end = len(data)
        if stream is not None and stream.start() < end:
            stop = data.find(b"endstream", stream.end())
            stop = len(data) if stop < 0 else stop
            yield data[start : stream.start()], data[stream.end() : stop]
            end = data.find(b"endobj", stop)
            pos = len(data) if end < 0 else end + 6
        else:
            yield data[start:end], None
            pos = end + 6


def _inflate(body: bytes, budget: int) -> tuple[bytes | None, int]:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(body, max(budget, 0) + 1)
    except zlib.error:
        return b"", budget  # a damaged stream: a viewer cannot read it either
    budget -= len(out)
    return (None, budget) if budget < 0 else (out, budget)


def _stream_objects(head: bytes, inflated: bytes) -> list[bytes]:
    """The objects of an object stream: ``N`` pairs (number, offset) and the objects from ``First``."""
    values = {m.group(1): int(m.group(2)) for m in _INT.finditer(head)}
    first, n = values.get(b"First"), values.get(b"N")
    if first is None or n is None:
        return []
    numbers = inflated[:first].split()
    offsets = [int(numbers[i]) for i in range(1, min(len(numbers), 2 * n), 2) if numbers[i].isdigit()]
    bounds = [*offsets, len(inflated) - first]
    return [inflated[first + bounds[i] : first + bounds[i + 1]] for i in range(len(offsets))]
