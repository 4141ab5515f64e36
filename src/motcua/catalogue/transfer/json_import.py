"""The JSON import: check the whole document against itself and the database, then replay it through the
services (see the package docstring).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from motcua.core.text import nfc
from motcua.orgs.models import Agency

from .. import schema, services
from ..files import check_document
from ..models import (
    DecisionItem,
    FormTemplate,
    Procedure,
    ProcedureVersion,
    ProcessTemplate,
    PublicationDecision,
    validate_procedure_code,
)
from .document import DocumentError, LineFinder, loads
from .importer import Importer, _date, same_content
from .mapping import map_code
from .results import Problem, Result, _Abort

# --- JSON import -----------------------------------------------------------------------------


@dataclass
class _Version:
    number: int
    state: str
    decision: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    content: dict  # as in the file, agency codes mapped, form ids of the file
    data: dict | None  # normalised (form ids resolved), None when invalid
    where: str
    pointer: str
    action: str = "save"  # present | save | publish
    expect_from: dt.date | None = None
    expect_to: dt.date | None = None
    published_by: str | None = None


@dataclass
class _Procedure:
    code: str
    owner: Agency | None
    status: str
    where: str
    pointer: str
    existing: Procedure | None
    versions: list[_Version] = field(default_factory=list)
    final_status: str = Procedure.Status.DRAFT

    def version(self, number) -> _Version | None:
        return next((v for v in self.versions if v.number == number), None)

    @property
    def trailing_draft(self) -> _Version | None:
        last = self.versions[-1] if self.versions else None
        return last if last and last.state == ProcedureVersion.State.DRAFT else None


@dataclass
class _Item:
    code: str
    action: str
    version: int | None
    where: str
    pointer: str


@dataclass
class _Decision:
    number: str
    fields: dict
    state: str
    where: str
    pointer: str
    existing: PublicationDecision | None
    items: list[_Item]
    file: tuple[str, bytes] | None = None
    action: str = "create"  # create | present | add_items | skip

    @property
    def key(self):
        return (self.fields["effective_from"], self.fields["signed_on"], self.number)


class JsonImport(Importer):
    """Check and replay a catalogue document (see the module docstring)."""

    def __init__(self, document: dict, *, text: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.document = document
        self.text = text
        self.procedures: dict[str, _Procedure] = {}
        self.decisions: dict[str, _Decision] = {}
        self.forms: dict[int, dict] = {}  # file id → {"existing": id | None, "entry": ..., "placeholder": id}
        self.templates: list[tuple[str, Agency, list, str]] = []

    def execute(self) -> Result:
        result = self.run(self.check, self.replay)
        if result.problems and self.text:
            finder = LineFinder(self.text)
            for problem in result.problems:
                if problem.pointer and problem.line is None:
                    problem.line = finder.find(problem.pointer)
        return result

    # checking ------------------------------------------------------------------------------
    def _list(self, key: str) -> list:
        value = self.document.get(key, [])
        if not isinstance(value, list):
            self.problem(key, "", _("This must be a list."), key)
            return []
        return value

    def check(self) -> None:
        for index, sector in enumerate(self._list("sectors")):
            pointer = f"sectors[{index}]"
            if not isinstance(sector, dict):
                self.problem(pointer, "", _("A sector must be an object."), pointer)
                continue
            self.add_sector(sector.get("code"), sector.get("name"), f"{pointer} {sector.get('code', '')}", pointer)
        self._check_forms()
        self._check_templates()
        self._check_procedures()
        self._check_decisions()
        self._check_history()

    def _check_forms(self) -> None:
        for index, entry in enumerate(self._list("forms")):
            pointer = f"forms[{index}]"
            where = f"{pointer} {entry.get('name', '') if isinstance(entry, dict) else ''}".strip()
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), int):
                self.problem(where, "id", _("A form needs its numeric id."), pointer)
                continue
            if entry["id"] in self.forms:
                self.problem(where, "id", _("Form id %(id)s appears twice.") % {"id": entry["id"]}, pointer)
                continue
            plan = {"existing": None, "entry": entry, "placeholder": -(index + 1), "data": None, "owner": None}
            self.forms[entry["id"]] = plan
            sha = str(entry.get("sha256") or "")
            existing = FormTemplate.objects.filter(sha256=sha).order_by("pk").first() if sha else None
            if existing is not None:
                plan["existing"] = existing.pk
                continue
            try:
                data = base64.b64decode(entry.get("data") or "", validate=True)
            except (binascii.Error, ValueError):
                data = b""
            if not data:
                self.problem(
                    where, "data", _("The file of this form is not in the file and not in this system."), pointer
                )
                continue
            if sha and hashlib.sha256(data).hexdigest() != sha:
                self.problem(where, "sha256", _("The file does not match its SHA-256 checksum."), pointer)
                continue
            owner = self.owner(entry.get("owner"), where, "owner", f"{pointer}.owner")
            file_name = str(entry.get("file_name") or "form")
            try:
                check_document(ContentFile(data, name=file_name))
            except ValidationError as exc:
                self.problem(where, "data", " ".join(exc.messages), pointer)
                continue
            plan.update(data=data, owner=owner, file_name=file_name)

    def _form_id(self, file_id):
        """The id here of a form of the file (a stand-in until a new form is saved)."""
        plan = self.forms.get(file_id)
        if plan is None:
            return None
        if plan["existing"] is not None:
            return plan["existing"]
        return plan.get("created", plan["placeholder"])

    def _resolve_forms(self, content, report):
        """The content with form ids of the file replaced by ids of this system."""
        if not isinstance(content, dict) or not isinstance(content.get("components"), list):
            return content
        components = []
        for index, component in enumerate(content["components"]):
            if isinstance(component, dict) and isinstance(component.get("form"), int):
                resolved = self._form_id(component["form"])
                if resolved is None and report:
                    report(
                        f"components[{index}].form",
                        _("Form %(id)s is not among the forms of the file.") % {"id": component["form"]},
                    )
                component = {**component, "form": resolved}
            components.append(component)
        return {**content, "components": components}

    def _check_templates(self) -> None:
        existing = defaultdict(list)
        for template in ProcessTemplate.objects.select_related("owner"):
            existing[(template.owner.code, template.name)].append(template.steps)
        for index, entry in enumerate(self._list("process_templates")):
            pointer = f"process_templates[{index}]"
            if not isinstance(entry, dict):
                self.problem(pointer, "", _("A process template must be an object."), pointer)
                continue
            name = nfc(str(entry.get("name") or "").strip())
            where = f"{pointer} {name}"
            owner = self.owner(entry.get("owner"), where, "owner", f"{pointer}.owner")
            serializer = schema.StepSerializer(data=entry.get("steps"), many=True)
            if not name:
                self.problem(where, "name", _("This field is required."), f"{pointer}.name")
            if not serializer.is_valid():
                for path, messages in schema.flatten_errors(serializer.errors, "steps").items():
                    self.problem(where, path, " ".join(messages), f"{pointer}.{path}")
                continue
            if owner is None or not name:
                continue
            steps = schema.to_json(serializer.validated_data)
            present = existing.get((owner.code, name), [])
            if any(same_content({"s": s}, {"s": steps}) for s in present):
                continue
            if present:
                self.problem(
                    where,
                    "steps",
                    _("A process template with this name already exists at %(agency)s with other steps.")
                    % {"agency": owner.code},
                    f"{pointer}.steps",
                )
                continue
            self.templates.append((name, owner, entry.get("steps"), where))

    def _check_procedures(self) -> None:
        entries = self._list("procedures")
        codes = [str(p.get("code") or "").strip() for p in entries if isinstance(p, dict)]
        existing = {p.code: p for p in Procedure.objects.filter(code__in=codes).select_related("owner")}
        db_versions = defaultdict(dict)
        for version in ProcedureVersion.objects.filter(procedure__code__in=codes).select_related(
            "decision", "procedure"
        ):
            db_versions[version.procedure.code][version.number] = version
        for index, entry in enumerate(entries):
            pointer = f"procedures[{index}]"
            if not isinstance(entry, dict):
                self.problem(pointer, "", _("A procedure must be an object."), pointer)
                continue
            code = str(entry.get("code") or "").strip()
            where = f"{pointer} {code}"
            try:
                validate_procedure_code(code)
            except ValidationError as exc:
                self.problem(where, "code", " ".join(exc.messages), f"{pointer}.code")
                continue
            if code in self.procedures:
                self.problem(where, "code", _("Procedure %(code)s appears twice.") % {"code": code}, f"{pointer}.code")
                continue
            owner = self.owner(entry.get("owner"), where, "owner", f"{pointer}.owner")
            status = entry.get("status")
            if status not in Procedure.Status.values:
                self.problem(where, "status", _("Unknown status %(value)s.") % {"value": status}, f"{pointer}.status")
            plan = _Procedure(code, owner, status, where, pointer, existing.get(code))
            self.procedures[code] = plan
            if plan.existing and owner and plan.existing.owner_id != owner.pk:
                self.problem(
                    where,
                    "owner",
                    _("Procedure %(code)s belongs to %(here)s here, not to %(there)s.")
                    % {"code": code, "here": plan.existing.owner.code, "there": owner.code},
                    f"{pointer}.owner",
                )
            if plan.existing and self.may_own is not None and not self.may_own(plan.existing.owner):
                self.result.denied = True
                self.problem(
                    where, "owner", _("You may not manage procedure %(code)s.") % {"code": code}, f"{pointer}.owner"
                )
            self._check_versions(plan, entry.get("versions"), db_versions.get(code, {}))

    def _check_versions(self, plan: _Procedure, versions, in_db: dict[int, ProcedureVersion]) -> None:
        pointer = f"{plan.pointer}.versions"
        if not isinstance(versions, list) or not versions:
            self.problem(plan.where, "versions", _("A procedure needs at least one version."), pointer)
            return
        for index, entry in enumerate(versions):
            vpointer = f"{pointer}[{index}]"
            if not isinstance(entry, dict):
                self.problem(plan.where, f"versions[{index}]", _("A version must be an object."), vpointer)
                continue
            number = entry.get("number")
            where = f"{plan.where} " + _("version %(number)s") % {"number": number}
            if not isinstance(number, int) or isinstance(number, bool):
                number = None
            if number != index + 1:
                self.problem(
                    where,
                    "number",
                    _("Versions must be numbered 1, 2, 3… in order; expected %(n)s.") % {"n": index + 1},
                    f"{vpointer}.number",
                )
            state = entry.get("state")
            if state not in ProcedureVersion.State.values:
                self.problem(where, "state", _("Unknown state %(value)s.") % {"value": state}, f"{vpointer}.state")
            elif state == ProcedureVersion.State.DRAFT and index != len(versions) - 1:
                self.problem(where, "state", _("Only the last version can be a draft."), f"{vpointer}.state")
            dates = {}
            for key in ("valid_from", "valid_to"):
                try:
                    dates[key] = _date(entry.get(key))
                except ValueError:
                    self.problem(where, key, _("Dates are written YYYY-MM-DD."), f"{vpointer}.{key}")
                    dates[key] = None
            decision = entry.get("decision")
            if state == ProcedureVersion.State.PUBLISHED and not decision:
                self.problem(
                    where, "decision", _("A published version names its publication decision."), f"{vpointer}.decision"
                )
            if state == ProcedureVersion.State.DRAFT and decision:
                self.problem(where, "decision", _("A draft has no publication decision yet."), f"{vpointer}.decision")

            def report(path, message, where=where, vpointer=vpointer):
                path = "" if path == "content" else path
                field = f"content.{path}" if path else "content"
                self.problem(where, field, message, f"{vpointer}.{field}")

            content = self.map_content(entry.get("content"))
            data = None
            try:
                data = services.check_content(self._resolve_forms(content, report))
            except ValidationError as exc:
                self.content_problems(exc, report)
            version = _Version(
                number, state, decision, dates["valid_from"], dates["valid_to"], content, data, where, vpointer
            )
            plan.versions.append(version)
            self._compare(plan, version, in_db.get(number))
        abolished = plan.existing and plan.existing.status == Procedure.Status.ABOLISHED
        if abolished and any(v.action != "present" for v in plan.versions):
            self.problem(
                plan.where,
                "versions",
                _("Procedure %(code)s is abolished here; its history in the file goes further.") % {"code": plan.code},
                pointer,
            )

    def _compare(self, plan: _Procedure, version: _Version, here: ProcedureVersion | None) -> None:
        """What to do with one version, given the same number in the database (conflicts are problems)."""
        if here is None:
            version.action = "publish" if version.state == ProcedureVersion.State.PUBLISHED else "save"
            return
        if version.data is None:
            return
        published_here = here.state == ProcedureVersion.State.PUBLISHED
        same = same_content(here.content, version.data)
        if published_here:
            decision_here = here.decision.number if here.decision else None
            if same and (version.state == ProcedureVersion.State.DRAFT or version.decision == decision_here):
                version.action = "present"
                return
            self.problem(
                version.where,
                "content" if not same else "decision",
                _(
                    "Conflicting history: version %(number)s of procedure %(code)s is already published here "
                    "(decision %(decision)s) and differs from the file."
                )
                % {"number": version.number, "code": plan.code, "decision": decision_here or "—"},
                version.pointer,
            )
            version.action = "present"
            return
        if version.state == ProcedureVersion.State.PUBLISHED:
            version.action = "publish"
        else:
            version.action = "present" if same else "save"

    def _check_decisions(self) -> None:
        entries = self._list("decisions")
        numbers = [nfc(str(d.get("number") or "").strip()) for d in entries if isinstance(d, dict)]
        existing = {d.number: d for d in PublicationDecision.objects.filter(number__in=numbers)}
        items_here = defaultdict(set)
        for item in DecisionItem.objects.filter(decision__number__in=numbers).select_related("procedure", "version"):
            items_here[item.decision_id].add(
                (item.procedure.code, item.action, item.version.number if item.version else None)
            )
        for index, entry in enumerate(entries):
            pointer = f"decisions[{index}]"
            if not isinstance(entry, dict):
                self.problem(pointer, "", _("A decision must be an object."), pointer)
                continue
            number = nfc(str(entry.get("number") or "").strip())
            where = f"{pointer} {number}"
            if not number:
                self.problem(where, "number", _("This field is required."), f"{pointer}.number")
                continue
            if number in self.decisions:
                self.problem(where, "number", _("Decision %(n)s appears twice.") % {"n": number}, f"{pointer}.number")
                continue
            fields = self._decision_fields(entry, where, pointer)
            state = entry.get("state")
            if state not in PublicationDecision.State.values:
                self.problem(where, "state", _("Unknown state %(value)s.") % {"value": state}, f"{pointer}.state")
                continue
            items = self._decision_items(entry.get("items"), where, pointer)
            here = existing.get(number)
            plan = _Decision(number, fields, state, where, pointer, here, items)
            self.decisions[number] = plan
            published = state == PublicationDecision.State.PUBLISHED
            if here is None:
                plan.action = "create"
                if published and not items:
                    self.problem(
                        where, "items", _("A published decision needs at least one procedure."), f"{pointer}.items"
                    )
                plan.file = self._decision_file(entry.get("file"), where, pointer)
            elif here.state == PublicationDecision.State.PUBLISHED:
                plan.action = "present" if published else "skip"
                if published:
                    for key in ("signed_on", "effective_from"):
                        if fields.get(key) and getattr(here, key) != fields[key]:
                            self.problem(
                                where,
                                key,
                                _("Decision %(n)s is published here with another date (%(date)s).")
                                % {"n": number, "date": getattr(here, key).isoformat()},
                                f"{pointer}.{key}",
                            )
                    for item in items:
                        if (item.code, item.action, item.version) not in items_here[here.pk]:
                            self.problem(
                                item.where,
                                "procedure",
                                _("Conflicting history: decision %(n)s is published here without procedure %(code)s.")
                                % {"n": number, "code": item.code},
                                item.pointer,
                            )
            elif published:
                self.problem(
                    where,
                    "state",
                    _("Decision %(n)s exists here as a draft: publish or delete it before importing.") % {"n": number},
                    f"{pointer}.state",
                )
                continue
            else:
                plan.action = "add_items"
                plan.items = [i for i in items if (i.code, i.action, i.version) not in items_here[here.pk]]
            if (plan.action == "create" or (plan.action == "add_items" and plan.items)) and not self.province_wide:
                self.result.denied = True
                self.problem(
                    where,
                    "number",
                    _("Only a province administrator can create or publish decision %(n)s.") % {"n": number},
                    f"{pointer}.number",
                )

    def _decision_fields(self, entry: dict, where: str, pointer: str) -> dict:
        fields = {"number": nfc(str(entry.get("number")).strip())}
        for key in ("title", "signer"):
            fields[key] = nfc(str(entry.get(key) or "").strip())
            if not fields[key]:
                self.problem(where, key, _("This field is required."), f"{pointer}.{key}")
        for key in ("signed_on", "effective_from"):
            try:
                fields[key] = _date(entry.get(key))
            except ValueError:
                fields[key] = None
            if fields[key] is None:
                self.problem(where, key, _("A date (YYYY-MM-DD) is required."), f"{pointer}.{key}")
        if fields["signed_on"] and fields["effective_from"] and fields["effective_from"] < fields["signed_on"]:
            self.problem(
                where,
                "effective_from",
                _("A decision cannot take effect before it is signed."),
                f"{pointer}.effective_from",
            )
        code = entry.get("issuing_agency")
        agency = self.agency(code)
        if agency is None:
            self.problem(
                where,
                "issuing_agency",
                _("No agency has the e-ID code %(code)s.") % {"code": map_code(str(code or "—"), self.mapping)},
                f"{pointer}.issuing_agency",
            )
        fields["issuing_agency"] = agency
        candidate = PublicationDecision(**fields)
        try:
            candidate.full_clean(
                exclude=["file", "issuing_agency", "signed_on", "effective_from"], validate_unique=False
            )
        except ValidationError as exc:
            for key, messages in exc.message_dict.items():
                self.problem(where, key, " ".join(messages), f"{pointer}.{key}")
        return fields

    def _decision_file(self, entry, where: str, pointer: str) -> tuple[str, bytes] | None:
        if not isinstance(entry, dict) or not entry.get("data"):
            return None
        try:
            data = base64.b64decode(entry["data"], validate=True)
        except (binascii.Error, ValueError):
            self.problem(where, "file.data", _("The signed file is not valid base64."), f"{pointer}.file")
            return None
        if entry.get("sha256") and hashlib.sha256(data).hexdigest() != entry["sha256"]:
            self.problem(where, "file.sha256", _("The file does not match its SHA-256 checksum."), f"{pointer}.file")
            return None
        name = str(entry.get("name") or "decision.pdf")
        try:
            check_document(ContentFile(data, name=name))
        except ValidationError as exc:
            self.problem(where, "file", " ".join(exc.messages), f"{pointer}.file")
            return None
        return (name, data)

    def _decision_items(self, entries, where: str, pointer: str) -> list[_Item]:
        if entries is None:
            return []
        if not isinstance(entries, list):
            self.problem(where, "items", _("This must be a list."), f"{pointer}.items")
            return []
        items, seen = [], set()
        for index, entry in enumerate(entries):
            ipointer = f"{pointer}.items[{index}]"
            iwhere = f"{where} items[{index}]"
            if not isinstance(entry, dict):
                self.problem(iwhere, "", _("An item must be an object."), ipointer)
                continue
            code = str(entry.get("procedure") or "").strip()
            action = entry.get("action")
            version = entry.get("version")
            if action not in DecisionItem.Action.values:
                self.problem(iwhere, "action", _("Unknown action %(value)s.") % {"value": action}, f"{ipointer}.action")
                continue
            if code not in self.procedures:
                self.problem(
                    iwhere,
                    "procedure",
                    _("Procedure %(code)s is not in the file.") % {"code": code or "—"},
                    f"{ipointer}.procedure",
                )
                continue
            if code in seen:
                self.problem(
                    iwhere,
                    "procedure",
                    _("Procedure %(code)s is twice in this decision.") % {"code": code},
                    f"{ipointer}.procedure",
                )
                continue
            seen.add(code)
            if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
                self.problem(iwhere, "version", _("A version number is a whole number."), f"{ipointer}.version")
                continue
            if (action == DecisionItem.Action.ABOLISH) != (version is None):
                self.problem(
                    iwhere,
                    "version",
                    _("An abolition names no version; every other action names the version it publishes."),
                    f"{ipointer}.version",
                )
                continue
            items.append(_Item(code, action, version, iwhere, ipointer))
        return items

    def _check_history(self) -> None:
        """Replay the decisions of the file on paper: states, order and validity dates must agree."""
        published = sorted(
            (
                d
                for d in self.decisions.values()
                if d.state == PublicationDecision.State.PUBLISHED
                and d.fields["effective_from"]
                and d.fields["signed_on"]
            ),
            key=lambda d: d.key,
        )
        events = defaultdict(list)
        for decision in published:
            for item in decision.items:
                events[item.code].append((decision, item))
        Action = DecisionItem.Action
        for code, plan in self.procedures.items():
            state, current, last = Procedure.Status.DRAFT, None, None
            for decision, item in events[code]:
                effective = decision.fields["effective_from"]
                if decision.action == "create" and plan.existing and plan.existing.status == Procedure.Status.ABOLISHED:
                    self.problem(
                        item.where,
                        "procedure",
                        _("Conflicting history: procedure %(code)s is already abolished here.") % {"code": code},
                        item.pointer,
                    )
                    continue
                bad_state = (item.action == Action.NEW) != (state == Procedure.Status.DRAFT)
                if bad_state or state == Procedure.Status.ABOLISHED:
                    self.problem(
                        item.where,
                        "action",
                        _("%(action)s is not possible for procedure %(code)s at this point of its history.")
                        % {"action": item.action, "code": code},
                        f"{item.pointer}.action",
                    )
                    continue
                if last is not None and effective <= last:
                    self.problem(
                        item.where,
                        "procedure",
                        _("Procedure %(code)s already has a version taking effect on %(date)s.")
                        % {"code": code, "date": last.isoformat()},
                        item.pointer,
                    )
                    continue
                if item.action == Action.ABOLISH:
                    if current:
                        current.expect_to = effective - dt.timedelta(days=1)
                    state, last = Procedure.Status.ABOLISHED, effective
                    continue
                version = plan.version(item.version)
                expected = (current.number + 1) if current else 1
                if version is None or version.state != ProcedureVersion.State.PUBLISHED or item.version != expected:
                    self.problem(
                        item.where,
                        "version",
                        _("Decision %(n)s should publish version %(expected)s of procedure %(code)s.")
                        % {"n": decision.number, "expected": expected, "code": code},
                        f"{item.pointer}.version",
                    )
                    continue
                if version.decision != decision.number:
                    self.problem(
                        version.where,
                        "decision",
                        _("This version is published by decision %(n)s in the decisions of the file.")
                        % {"n": decision.number},
                        f"{version.pointer}.decision",
                    )
                if current:
                    current.expect_to = effective - dt.timedelta(days=1)
                version.expect_from, version.published_by = effective, decision.number
                current, state, last = version, Procedure.Status.ACTIVE, effective
            for version in plan.versions:
                if version.state != ProcedureVersion.State.PUBLISHED:
                    continue
                if version.published_by is None:
                    self.problem(
                        version.where,
                        "decision",
                        _("No published decision of the file publishes this version."),
                        f"{version.pointer}.decision",
                    )
                    continue
                for key, expected in (("valid_from", version.expect_from), ("valid_to", version.expect_to)):
                    if getattr(version, key) != expected:
                        self.problem(
                            version.where,
                            key,
                            _("The decisions of the file give %(date)s.")
                            % {"date": expected.isoformat() if expected else "null"},
                            f"{version.pointer}.{key}",
                        )
            if plan.status in Procedure.Status.values and plan.status != state:
                self.problem(
                    plan.where,
                    "status",
                    _("The decisions of the file leave the procedure %(state)s.") % {"state": state},
                    f"{plan.pointer}.status",
                )
            plan.final_status = state
        for decision in self.decisions.values():
            if decision.state != PublicationDecision.State.DRAFT or decision.action not in ("create", "add_items"):
                continue
            for item in decision.items:
                plan = self.procedures[item.code]
                final = plan.final_status
                draft = plan.trailing_draft
                ok = final == Procedure.Status.ACTIVE if item.action != Action.NEW else final == Procedure.Status.DRAFT
                if item.action != Action.ABOLISH and (draft is None or draft.number != item.version):
                    ok = False
                if not ok:
                    self.problem(
                        item.where,
                        "action",
                        _("%(action)s is not possible for procedure %(code)s at the end of its history.")
                        % {"action": item.action, "code": item.code},
                        f"{item.pointer}.action",
                    )

    # replaying ------------------------------------------------------------------------------
    def replay(self) -> None:
        for plan in self.forms.values():
            if plan["existing"] is None and plan.get("data"):
                if not self.dry_run:
                    form = self.step(
                        plan["entry"].get("name", ""),
                        lambda plan=plan: self.save_form(
                            plan["entry"].get("name", ""), plan["owner"], plan["file_name"], plan["data"]
                        ),
                    )
                    plan["created"] = form.pk
                self.result.counts["forms_created"] += 1
        for name, owner, steps, where in self.templates:
            self.step(where, lambda n=name, o=owner, s=steps: services.save_process_template(name=n, owner=o, steps=s))
            self.result.counts["templates_created"] += 1
        procedures = {p.code: p for p in Procedure.objects.filter(code__in=list(self.procedures))}
        decisions = {}
        for plan in self.decisions.values():
            if plan.action == "create":
                fields = dict(plan.fields)
                if plan.file and not self.dry_run:
                    fields["file"] = ContentFile(plan.file[1], name=plan.file[0])
                decisions[plan.number] = self.step(plan.where, lambda f=fields: services.create_decision(**f))
                if plan.file and not self.dry_run:
                    self._saved_files.append(decisions[plan.number].file)
                self.result.counts["decisions_created"] += 1
            elif plan.existing is not None:
                decisions[plan.number] = plan.existing
        for plan in self.procedures.values():
            self.result.counts["versions_unchanged"] += sum(v.action == "present" for v in plan.versions)
        ordered = sorted((d for d in self.decisions.values() if d.action == "create"), key=lambda d: d.key)
        for plan in ordered:
            if plan.state != PublicationDecision.State.PUBLISHED:
                continue
            decision = decisions[plan.number]
            for item in plan.items:
                procedure = self.procedures[item.code]
                if item.action != DecisionItem.Action.ABOLISH:
                    version = procedure.version(item.version)
                    procedures[item.code] = self._draft_for(procedures.get(item.code), procedure, version)
                    self.result.counts["versions_published"] += 1
                self.step(
                    item.where,
                    lambda d=decision, p=procedures[item.code], a=item.action: services.add_to_decision(d, p, a),
                    item.pointer,
                )
            self.step(plan.where, lambda d=decision: services.publish_decision(d, user=self.user), plan.pointer)
            self.result.counts["decisions_published"] += 1
        for plan in self.procedures.values():
            draft = plan.trailing_draft
            if draft is not None and draft.action == "save":
                procedures[plan.code] = self._draft_for(procedures.get(plan.code), plan, draft)
        for plan in self.decisions.values():
            if plan.state != PublicationDecision.State.DRAFT or plan.action not in ("create", "add_items"):
                continue
            for item in plan.items:
                self.step(
                    item.where,
                    lambda d=decisions[plan.number], p=procedures[item.code], a=item.action: services.add_to_decision(
                        d, p, a
                    ),
                    item.pointer,
                )
                self.result.counts["items_added"] += 1

    def _draft_for(self, procedure: Procedure | None, plan: _Procedure, version: _Version) -> Procedure:
        """Make ``version`` the procedure's draft, under its own number."""
        content = self._resolve_forms(version.content, None)
        procedure, draft = self.upsert_draft(
            procedure, plan.code, plan.owner, content, version.where, count=version.action == "save"
        )
        if draft.number != version.number:
            self.problem(
                version.where,
                "number",
                _("This version would become version %(n)s here.") % {"n": draft.number},
                f"{version.pointer}.number",
            )
            raise _Abort
        return procedure


def import_document(document: dict, *, text: str | None = None, **kwargs) -> Result:
    """Import a parsed document (see ``JsonImport`` for the options)."""
    return JsonImport(document, text=text, **kwargs).execute()


def import_json(raw: bytes | str, **kwargs) -> Result:
    """Parse and import a JSON file; a file that is not a catalogue document is one problem."""
    try:
        document, text = loads(raw)
    except DocumentError as exc:
        result = Result(dry_run=kwargs.get("dry_run", False))
        result.problems.append(Problem(_("file"), "", str(exc), exc.line))
        return result
    return import_document(document, text=text, **kwargs)
