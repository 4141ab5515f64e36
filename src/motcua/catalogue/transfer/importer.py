"""The machinery shared by the JSON and the Excel import: problems, counts, agencies and their mapping, the
user's jurisdiction, sectors, saved files, the all-or-nothing run and the replay of drafts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import Counter
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from motcua.core.text import nfc
from motcua.orgs.models import Agency

from .. import services
from ..models import FormTemplate, Procedure, ProcedureVersion, Sector
from .mapping import map_code
from .results import Problem, Result, _Abort

# --- Shared import machinery -----------------------------------------------------------------


def canonical(value):
    """Content for comparison: keys with null values are the same as missing keys."""
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    return value


def same_content(a: dict | None, b: dict | None) -> bool:
    return a is not None and b is not None and canonical(a) == canonical(b)


def _messages(exc: ValidationError) -> dict[str, list[str]]:
    if hasattr(exc, "error_dict"):
        return exc.message_dict
    return {"": exc.messages}


def _date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


class Importer:
    """State shared by the JSON and Excel imports: problems, counts, agencies and permissions."""

    def __init__(
        self,
        *,
        mapping: dict[str, str] | None = None,
        user=None,
        may_own: Callable[[Agency], bool] | None = None,
        province_wide: bool = True,
        dry_run: bool = False,
    ):
        self.mapping = mapping or {}
        self.user = user
        self.may_own = may_own
        self.province_wide = province_wide
        self.dry_run = dry_run
        self.result = Result(dry_run=dry_run)
        self._agencies: dict[str, Agency | None] = {}
        self._sectors = set(Sector.objects.values_list("code", flat=True))
        self._saved_files: list = []

    # problems ------------------------------------------------------------------------------
    def problem(self, where: str, field: str, message: str, pointer: str = "", line: int | None = None) -> None:
        self.result.problems.append(Problem(str(where), str(field), str(message), line, pointer))

    def content_problems(self, exc: ValidationError, report: Callable[[str, str], None]) -> None:
        for path, messages in _messages(exc).items():
            for message in messages:
                report(path, message)

    # agencies ------------------------------------------------------------------------------
    def agency(self, code) -> Agency | None:
        code = (str(code).strip().upper() if code else "") or None
        code = map_code(code, self.mapping)
        if not code:
            return None
        if code not in self._agencies:
            self._agencies[code] = Agency.objects.filter(code=code).first()
        return self._agencies[code]

    def owner(self, code, where: str, field: str, pointer: str = "", *, line: int | None = None) -> Agency | None:
        """Resolve an owning agency and check that the user may manage its catalogue."""
        if not code:
            self.problem(where, field, _("An owning agency (e-ID code) is required."), pointer, line)
            return None
        agency = self.agency(code)
        if agency is None:
            mapped = map_code(str(code).strip().upper(), self.mapping)
            self.problem(where, field, _("No agency has the e-ID code %(code)s.") % {"code": mapped}, pointer, line)
            return None
        if self.may_own is not None and not self.may_own(agency):
            self.result.denied = True
            self.problem(
                where,
                field,
                _("You may not manage the procedures of %(agency)s (%(code)s).")
                % {"agency": agency.name, "code": agency.code},
                pointer,
                line,
            )
            return None
        return agency

    def map_content(self, content):
        """A copy of ``content`` with the agency codes mapped."""
        if not isinstance(content, dict):
            return content
        content = dict(content)
        for key in ("implementing_agency", "receiving_agency"):
            if content.get(key):
                content[key] = map_code(str(content[key]).strip().upper(), self.mapping)
        return content

    # sectors -------------------------------------------------------------------------------
    def add_sector(self, code, name, where: str, pointer: str = "", code_field="code", name_field="name") -> None:
        code = nfc(str(code or "").strip())
        name = nfc(str(name or "").strip())
        if code in self._sectors:
            return
        if not self.province_wide:
            self.result.denied = True
            self.problem(
                where, code_field, _("Only a province administrator can add the sector %(code)s.") % {"code": code}
            )
            return
        sector = Sector(code=code, name=name)
        try:
            sector.full_clean()
        except ValidationError as exc:
            for key, messages in exc.message_dict.items():
                column = name_field if key == "name" else code_field
                self.problem(where, column, " ".join(messages), f"{pointer}.{key}" if pointer else "")
            return
        sector.save()
        self._sectors.add(code)
        self.result.counts["sectors_created"] += 1

    # files ---------------------------------------------------------------------------------
    def save_form(self, name: str, owner: Agency, file_name: str, data: bytes) -> FormTemplate:
        form = services.save_form_template(name=name, owner=owner, file=ContentFile(data, name=file_name))
        self._saved_files.append(form.file)
        return form

    def forget_files(self) -> None:
        """Delete files written by an import that was rolled back."""
        for fieldfile in self._saved_files:
            with contextlib.suppress(OSError):
                fieldfile.storage.delete(fieldfile.name)
        self._saved_files.clear()

    # running -------------------------------------------------------------------------------
    def run(self, check: Callable[[], None], replay: Callable[[], None]) -> Result:
        """``check`` (may create sectors), then ``replay`` — in one transaction, undone on any problem."""
        try:
            with transaction.atomic():
                check()
                if self.result.problems:
                    raise _Abort
                replay()
                if self.result.problems or self.dry_run:
                    raise _Abort
        except _Abort:
            self.forget_files()
        except BaseException:
            self.forget_files()
            raise
        if self.result.problems:
            self.result.counts.clear()
        return self.result

    def step(self, where: str, action: Callable, pointer: str = ""):
        """Run one service call while replaying; a refusal becomes a problem and stops everything."""
        try:
            return action()
        except ValidationError as exc:
            for path, messages in _messages(exc).items():
                self.problem(where, path, " ".join(messages), pointer)
            raise _Abort from exc

    # drafts (shared with Excel) --------------------------------------------------------------
    def upsert_draft(
        self, procedure: Procedure | None, code: str, owner: Agency, content: dict, where: str, *, count: bool = True
    ) -> tuple[Procedure, ProcedureVersion]:
        """Create the procedure, or save ``content`` as its open draft unless that draft already says it.

        ``count`` is False for a draft that is published right after (it counts as published).
        """
        counts = self.result.counts if count else Counter()
        if procedure is None:
            procedure = self.step(
                where, lambda: services.create_procedure(code=code, owner=owner, content=content, user=self.user)
            )
            self.result.counts["procedures_created"] += 1
            counts["drafts_saved"] += 1
            return procedure, procedure.versions.get()
        draft = services.draft_of(procedure)
        if draft is not None and same_content(draft.content, self.step(where, lambda: services.check_content(content))):
            counts["versions_unchanged"] += 1
            return procedure, draft
        draft = self.step(where, lambda: services.save_draft(procedure, content, user=self.user))
        counts["drafts_saved"] += 1
        return procedure, draft
