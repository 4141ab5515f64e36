"""What an import reports: the problems with their place in the file, and the counts of what was done."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

COUNT_LABELS = {
    "sectors_created": gettext_lazy("sectors created"),
    "forms_created": gettext_lazy("forms created"),
    "templates_created": gettext_lazy("process templates created"),
    "procedures_created": gettext_lazy("procedures created"),
    "drafts_saved": gettext_lazy("draft versions saved"),
    "versions_published": gettext_lazy("versions published"),
    "versions_unchanged": gettext_lazy("versions already present"),
    "decisions_created": gettext_lazy("decisions created"),
    "decisions_published": gettext_lazy("decisions published"),
    "items_added": gettext_lazy("procedures added to draft decisions"),
}


# --- Results ---------------------------------------------------------------------------------


@dataclass
class Problem:
    """One thing wrong with the file, with where it is."""

    where: str  # "procedures[3] 1.001193 version 2" or "Thủ tục, row 5"
    field: str  # "content.components[1].name" or "column D (Tên thành phần hồ sơ)"
    message: str
    line: int | None = None
    pointer: str = ""  # the JSON path, used to find the line

    def __str__(self) -> str:
        place = self.where
        if self.line:
            place += ", " + _("line %(line)s") % {"line": self.line}
        if self.field:
            place += ", " + self.field
        return f"{place}: {self.message}"


@dataclass
class Result:
    counts: Counter = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False
    denied: bool = False  # a problem was a refusal of the user's jurisdiction

    @property
    def ok(self) -> bool:
        return not self.problems

    def count_lines(self) -> list[tuple[str, int]]:
        return [(str(label), self.counts.get(key, 0)) for key, label in COUNT_LABELS.items()]


class _Abort(Exception):
    """Leave the import transaction (problems found, or a dry run)."""
