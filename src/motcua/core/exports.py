"""Exported spreadsheet cells that stay text (OWASP "CSV injection", ASVS 5.0 V1.2.10).

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or a null character is read by
Excel and LibreOffice as a formula. Every exporter writes its cells through these helpers: in CSV
such a text gets a leading apostrophe (which the spreadsheet shows as a text marker and our own
importers remove again); in XLSX the cell is stored as a string with the "quote prefix" flag, the
file's own form of that apostrophe. Numbers, dates and empty cells are left as they are.
"""

from collections.abc import Iterable
from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def csv_cell(value: Any) -> Any:
    """The value as a CSV cell that no spreadsheet evaluates."""
    return "'" + value if is_formula_like(value) else value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(value) for value in values]


def csv_dict(row: dict[str, Any]) -> dict[str, Any]:
    return {key: csv_cell(value) for key, value in row.items()}


def from_csv_cell(value: str | None) -> str | None:
    """Undo :func:`csv_cell` when a file we exported is imported again."""
    if isinstance(value, str) and value.startswith("'") and is_formula_like(value[1:]):
        return value[1:]
    return value


def xlsx_cell(cell) -> None:
    """Make an openpyxl cell holding text a plain string cell, never a formula."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if is_formula_like(cell.value):
            cell.quotePrefix = True
