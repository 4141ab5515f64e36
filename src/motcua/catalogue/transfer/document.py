"""The catalogue document as text: its format and version, writing it, and reading it back with line numbers
for the problems found in it.
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
import re

from django.utils.translation import gettext as _

FORMAT = "motcua.catalogue"
VERSION = 1


def dumps(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


# --- Reading JSON with line numbers ---------------------------------------------------------


class _Obj(dict):
    """A JSON object that remembers where it starts in the text."""

    __slots__ = ("pos",)


def _parse_with_positions(text: str):
    decoder = json.JSONDecoder()

    def parse_object(s_and_end, *args):
        obj, end = json.decoder.JSONObject(s_and_end, *args)
        lined = _Obj(obj)
        lined.pos = s_and_end[1] - 1
        return lined, end

    decoder.parse_object = parse_object
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    return decoder.decode(text)


_TOKEN = re.compile(r"\[(\d+)\]|\.?([^.\[\]]+)")


def _tokens(pointer: str) -> list[int | str]:
    return [int(index) if index else name for index, name in _TOKEN.findall(pointer)]


class LineFinder:
    """Turns a JSON path (``procedures[3].versions[0].content.name``) into a line of the text."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [m.end() for m in re.finditer("\n", text)]
        try:
            self.tree = _parse_with_positions(text)
        except ValueError:
            self.tree = None

    def line_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) + 1

    def find(self, pointer: str) -> int | None:
        if self.tree is None:
            return None
        node, pos, key = self.tree, getattr(self.tree, "pos", 0), None
        for token in _tokens(pointer):
            if isinstance(token, int) and isinstance(node, list) and token < len(node):
                node = node[token]
            elif isinstance(token, str) and isinstance(node, dict) and token in node:
                key = token
                node = node[token]
            else:
                break
            if isinstance(node, _Obj):
                pos, key = node.pos, None
        if key is not None:
            match = re.compile(r'"' + re.escape(key) + r'"\s*:').search(self.text, pos)
            if match:
                pos = match.start()
        return self.line_of(pos)


class DocumentError(ValueError):
    """The file is not a catalogue document at all (not JSON, another format or version)."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


def loads(raw: bytes | str) -> tuple[dict, str]:
    """Parse a document; return it with its text, or raise ``DocumentError``."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw.lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise DocumentError(_("The file is not UTF-8 text.")) from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(
            _("The file is not valid JSON (%(error)s, column %(col)s).") % {"error": exc.msg, "col": exc.colno},
            exc.lineno,
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DocumentError(_("This is not a catalogue export: the format must be %(format)s.") % {"format": FORMAT})
    if document.get("version") != VERSION:
        raise DocumentError(
            _("Version %(version)s of the catalogue format is not supported (expected %(expected)s).")
            % {"version": document.get("version"), "expected": VERSION}
        )
    return document, text
