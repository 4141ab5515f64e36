"""Số hóa at receipt (ND 118 Art 17(1)(c), TT 03/2025 Art 5, TT 01/2023 Art 8).

Every paper component of a dossier received at the desk (or by post) becomes an e-copy: one PDF, or
one image (JPEG, PNG) per page, in page order; the pages are counted from the files and must equal the
pages of the paper the officer counted; each file keeps its SHA-256. Not digitised: dossiers filed
online (already electronic), papers only shown for comparison, answers of consulted agencies,
classified papers, and components the procedure marks as not to be digitised — each component
carries its exemption and the reason is shown. The officer confirms the e-copies against the paper
in one batch; who and when are recorded on the dossier and in the audit log.

Signing the e-copies with the officer's personal signature (issue 19) hooks in through
:func:`register_after_confirmation`: a hook gets the dossier and its e-copy files inside the
transaction of the confirmation and must only queue work (``core.outbox``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from motcua.audit import services as audit
from motcua.audit.models import AuditEntry
from motcua.core.pdfpages import page_count
from motcua.core.uploads import check_upload
from motcua.orgs import permissions
from motcua.orgs.permissions import Perm

from ..models import Channel, Dossier, DossierComponent, ECopyFile, Exemption
from .shell import _now

SCAN_KINDS = ("pdf", "jpeg", "png")
SCAN_TYPES = ("application/pdf", "image/jpeg", "image/png")
# what the officer may choose at the desk; the others follow from the channel or the catalogue
DESK_EXEMPTIONS = (Exemption.SHOWN, Exemption.CONSULTED, Exemption.CLASSIFIED)

_after_confirmation: list[Callable] = []


def register_after_confirmation(hook: Callable) -> None:
    """Call ``hook(dossier, files)`` when e-copies are confirmed (issue 19: signing hooks in here)."""
    if hook not in _after_confirmation:
        _after_confirmation.append(hook)


@dataclass
class ScanInput:
    """What the officer gives for one component: the files in page order, the paper's pages, or why not."""

    component: int  # DossierComponent pk
    files: list = field(default_factory=list)
    paper_pages: int | None = None
    exemption: str = ""


def catalogue_exemption(spec: dict) -> str:
    """The exemption a component's kind carries in the catalogue (papers shown, not to be digitised)."""
    if spec.get("copy_type") == "shown":
        return Exemption.SHOWN
    if spec.get("must_digitise") is False:
        return Exemption.NOT_REQUIRED
    return ""


def specs_of(dossier: Dossier) -> dict[str, dict]:
    return {spec["key"]: spec for spec in dossier.version.content.get("components", [])}


def applies(dossier: Dossier) -> bool:
    """Digitisation at receipt applies to paper dossiers (at the desk, by post), once received."""
    return dossier.channel != Channel.ONLINE and dossier.received_at is not None


def may_digitise(user, dossier: Dossier) -> bool:
    """The receiving desk's officers digitise what their desk received."""
    return permissions.can(user, Perm.RECEIVE_DOSSIER, dossier.agency)


def _pages_of(upload, kind: str) -> int | None:
    return page_count(upload) if kind == "pdf" else 1


@transaction.atomic
def digitise(dossier: Dossier, *, user, scans: list[ScanInput], confirmed: bool, at: dt.datetime | None = None):
    """Store the e-copies of the dossier's paper components and record the officer's confirmation.

    Validation first, nothing half-saved: each file's content (PDF, JPEG or PNG), each component's
    pages against the paper's, the exemptions, the confirmation. Errors are keyed by the form's field
    names (``files_<pk>``, ``pages_<pk>``, ``exemption_<pk>``, ``confirm``)."""
    now = _now(at)
    dossier = Dossier.objects.select_for_update().select_related("version", "agency").get(pk=dossier.pk)
    permissions.require(user, Perm.RECEIVE_DOSSIER, dossier.agency)
    if dossier.channel == Channel.ONLINE:
        raise ValidationError(_("A dossier filed online is already electronic: it is not digitised."))
    if dossier.received_at is None:
        raise ValidationError(_("Only a received dossier is digitised."))
    if dossier.digitised_at is not None:
        raise ValidationError(_("The e-copies of this dossier were already confirmed."))
    components = {c.pk: c for c in dossier.components.all()}
    given = {s.component: s for s in scans}
    specs = specs_of(dossier)
    errors: dict[str, list[str]] = {}
    plan = []
    for pk, component in components.items():
        scan = given.get(pk, ScanInput(pk))
        exemption = catalogue_exemption(specs.get(component.key, {})) or scan.exemption
        if exemption and exemption not in (*DESK_EXEMPTIONS, Exemption.NOT_REQUIRED):
            errors[f"exemption_{pk}"] = [_("Choose a reason the law allows.")]
            continue
        if exemption:
            plan.append((component, exemption, [], None))
            continue
        files = []
        for upload in scan.files:
            try:
                checked = check_upload(upload, kinds=SCAN_KINDS)
            except ValidationError as exc:
                errors.setdefault(f"files_{pk}", []).extend(exc.messages)
                continue
            pages = _pages_of(upload, checked.kind)
            if pages is None:
                errors.setdefault(f"files_{pk}", []).append(
                    _("The number of pages of %(name)s cannot be read; scan it again as a plain PDF.")
                    % {"name": upload.name}
                )
                continue
            files.append((upload, checked, pages))
        if not scan.files:
            if component.file and component.content_type in SCAN_TYPES:
                files = [(None, None, None)]  # the file uploaded at the counter becomes the e-copy
            else:
                errors[f"files_{pk}"] = [
                    _("“%(name)s”: scan the paper (one PDF, or one image per page).") % {"name": component.name}
                ]
                continue
        if f"files_{pk}" in errors:
            continue
        if files == [(None, None, None)]:
            kind = "pdf" if component.content_type == "application/pdf" else "image"
            with component.file.open("rb") as handle:
                counted = page_count(handle) if kind == "pdf" else 1
            if counted is None:
                errors[f"files_{pk}"] = [
                    _("The number of pages of %(name)s cannot be read; scan it again as a plain PDF.")
                    % {"name": component.name}
                ]
                continue
        else:
            counted = sum(pages for _u, _c, pages in files)
        if not scan.paper_pages:
            errors[f"pages_{pk}"] = [
                _("“%(name)s”: enter the number of pages of the paper.") % {"name": component.name}
            ]
            continue
        if counted != scan.paper_pages:
            errors[f"pages_{pk}"] = [
                _(
                    "“%(name)s”: the e-copy has %(counted)s page(s) but the paper has %(paper)s. "
                    "Scan every page, in order, one image per page."
                )
                % {"name": component.name, "counted": counted, "paper": scan.paper_pages}
            ]
            continue
        plan.append((component, "", files, scan.paper_pages))
    if not confirmed:
        errors["confirm"] = [_("Confirm that the e-copies match the paper.")]
    if errors:
        raise ValidationError(errors)

    stored: list[ECopyFile] = []
    summary = []
    for component, exemption, files, paper_pages in plan:
        component.exemption = exemption
        component.paper_pages = paper_pages
        if exemption:
            component.pages = None
        elif files == [(None, None, None)]:
            stored.append(_keep_counter_file(component, paper_pages))
            component.pages = paper_pages
        else:
            for seq, (upload, checked, pages) in enumerate(files, start=1):
                copy = ECopyFile(
                    component=component,
                    seq=seq,
                    original_name=upload.name[:255],
                    content_type=checked.content_type,
                    size=checked.size,
                    sha256=checked.sha256,
                    pages=pages,
                )
                copy.file.save(upload.name, upload, save=False)
                copy.save()
                stored.append(copy)
            component.pages = sum(pages for _u, _c, pages in files)
        component.save(update_fields=["exemption", "paper_pages", "pages"])
        summary.append({"component": component.name, "pages": component.pages, "exemption": exemption})
    Dossier.objects.filter(pk=dossier.pk).update(digitised_at=now, digitised_by=user)
    dossier.digitised_at, dossier.digitised_by = now, user
    audit.record(
        AuditEntry.Action.UPDATE,
        obj=dossier,
        changes={
            "digitisation_confirmed": {
                "statement": "Tôi xác nhận bản điện tử khớp với bản giấy",
                "at": now.isoformat(),
                "components": summary,
                "files": [{"name": f.original_name, "sha256": f.sha256, "pages": f.pages} for f in stored],
            }
        },
        user=user,
    )
    for hook in _after_confirmation:
        hook(dossier, stored)
    return dossier


def _keep_counter_file(component: DossierComponent, pages: int) -> ECopyFile:
    """The scan uploaded with the counter form is the e-copy: referenced, not copied."""
    copy = ECopyFile(
        component=component,
        seq=1,
        original_name=component.file.name.rsplit("/", 1)[-1][:255],
        content_type=component.content_type,
        size=component.size,
        sha256=component.sha256,
        pages=pages,
    )
    copy.file.name = component.file.name
    copy.save()
    return copy
