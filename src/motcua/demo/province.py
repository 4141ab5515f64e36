"""The demo province's data file (``data/laocai.json``) and how its tree is walked.

Read by the loader (agencies, units, accounts) and by the demo catalogue (agency names of the decisions);
kept apart from both so that neither imports the other.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent / "data" / "laocai.json"


@cache
def load_data(path: Path = DATA_FILE) -> dict:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def agency_key(code: str | None, parent_key: str | None, name: str) -> str:
    """How the loader recognises an agency: its e-ID code, or ``<parent key>/<name>`` without one."""
    return code or f"{parent_key}/{name}"


def walk(node: dict, parent_key: str | None = None) -> Iterator[tuple[str, str | None, dict]]:
    """Every node of the tree, parents first, as ``(key, parent key, node)``."""
    key = agency_key(node.get("code"), parent_key, node["name"])
    yield key, parent_key, node
    for child in node.get("children", ()):
        yield from walk(child, key)
