"""Read queries of online submission: the owner's drafts and data store, desks, components to send."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils import timezone

from motcua.catalogue import selectors as catalogue_selectors
from motcua.catalogue.models import OnlineService, ProcedureVersion
from motcua.core.text import fold
from motcua.dossiers.services import required_online
from motcua.orgs.models import Agency, AgencyKind

from .models import DataStoreItem, Draft, DraftComponent

CITIZEN_TYPES = ("citizen", "business")
DESK_KINDS = (AgencyKind.PEOPLES_COMMITTEE, AgencyKind.SERVICE_CENTRE, AgencyKind.DEPARTMENT, AgencyKind.BOARD)


def is_applicant_account(user) -> bool:
    """Citizens and businesses apply online; officials do not (they receive)."""
    return bool(getattr(user, "is_authenticated", False)) and getattr(user, "account_type", "") in CITIZEN_TYPES


def online_allowed(version: ProcedureVersion) -> bool:
    """Dịch vụ công trực tuyến một phần hoặc toàn trình, with the online channel published."""
    return version.online_service in (OnlineService.PARTIAL, OnlineService.FULL) and "online" in (
        version.content.get("channels") or []
    )


# --- drafts -----------------------------------------------------------------------------------


def drafts_of(user) -> QuerySet[Draft]:
    """The owner's unfinished drafts, last saved first."""
    return (
        Draft.objects.filter(owner=user, submitted_at__isnull=True)
        .select_related("procedure", "version")
        .order_by("-updated_at", "-pk")
    )


def draft_for(user, pk: int) -> Draft | None:
    """A draft of ``user`` (anyone else, officials included, gets None → 404)."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Draft.objects.select_related("procedure", "version", "desk", "dossier").filter(owner=user, pk=pk).first()


def current_version(draft: Draft) -> ProcedureVersion | None:
    return catalogue_selectors.version_at(draft.procedure, timezone.now())


def working_version(draft: Draft) -> ProcedureVersion:
    """The version the steps follow: the one in force now (the draft keeps the one it started under)."""
    return current_version(draft) or draft.version


def version_replaced(draft: Draft) -> bool:
    """True when the version the draft was started under is no longer the one in force."""
    current = current_version(draft)
    return current is None or current.pk != draft.version_id


def component_specs(version: ProcedureVersion, case: str) -> list[dict]:
    """The components of the version that apply to the case, each marked required online or not."""
    return [
        {**spec, "required": required_online(spec)}
        for spec in version.content.get("components", [])
        if not spec.get("cases") or case in spec["cases"]
    ]


def draft_components(draft: Draft) -> dict[str, DraftComponent]:
    return {c.key: c for c in draft.components.select_related("store_item")}


def missing_components(draft: Draft, version: ProcedureVersion | None = None) -> list[dict]:
    """Required components of the draft's case with neither a file nor a usable data-store item."""
    have = draft_components(draft)
    missing = []
    for spec in component_specs(version or working_version(draft), draft.case):
        given = have.get(spec["key"])
        usable = given is not None and (given.file or (given.store_item and given.store_item.removed_at is None))
        if spec["required"] and not usable:
            missing.append(spec)
    return missing


# --- receiving desk ---------------------------------------------------------------------------


def desks_for(version: ProcedureVersion) -> list[Agency]:
    """Where the dossier can be sent (nơi tiếp nhận).

    1. the receiving agency named in the procedure's content, if it exists;
    2. else the implementing agency of the version;
    3. else (a procedure done by every agency of a level, e.g. each commune) the active agencies
       of that level that can hold a one-stop desk and have an e-ID code.
    """
    code = (version.content.get("receiving_agency") or "").strip()
    if code:
        agency = Agency.objects.filter(code=code).first()
        if agency is not None:
            return [agency]
    if version.implementing_agency_id:
        return [version.implementing_agency]
    today = timezone.localdate()
    return list(
        Agency.objects.filter(level=version.level, kind__in=DESK_KINDS, code__isnull=False)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=today))
        .order_by("path")
    )


# --- data store -------------------------------------------------------------------------------


def store_items(user) -> QuerySet[DataStoreItem]:
    """The owner's data store, newest first (removed items are hidden)."""
    return DataStoreItem.objects.filter(owner=user, removed_at__isnull=True).order_by("-created_at", "-pk")


def store_item_for(user, pk: int) -> DataStoreItem | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return store_items(user).filter(pk=pk).first()


def reusable_items(user, spec: dict, items: list[DataStoreItem] | None = None) -> list[DataStoreItem]:
    """Items that fit a component: the same component key or the same name (accents ignored); a
    result also fits a component whose name contains the result's (“Bản sao Giấy khai sinh”)."""
    items = list(store_items(user)) if items is None else items
    name = fold(spec.get("name", "")).strip()

    def fits(item: DataStoreItem) -> bool:
        if item.component_key and item.component_key == spec["key"]:
            return True
        item_name = fold(item.name).strip()
        return item_name == name or (item.kind == DataStoreItem.Kind.RESULT and bool(item_name) and item_name in name)

    return [i for i in items if i.file and fits(i)]


def verified_id_number(user) -> str:
    """The ID number (or tax code) of an applicant account verified through VNeID, else ``""``: the
    key of the results of dossiers filed on paper, which carry the applicant's ID number but no account."""
    if not is_applicant_account(user) or getattr(user, "identity_level", 0) < 1:
        return ""
    return (getattr(user, "id_number", "") or "").strip()


def owned_dossiers(user) -> Q:
    """The dossiers whose results belong in the user's store: filed from the account, or filed (online or
    on paper) under the account's verified ID number (ND 118 Art 17(1)(c): results go to the store)."""
    condition = Q(account=user)
    id_number = verified_id_number(user)
    if id_number:
        condition |= Q(applicant_id_number=id_number)
    return condition


def approved_results_missing(user):
    """The owner's approved dossiers whose result file is not yet in the store (not even removed)."""
    from motcua.dossiers.models import Dossier

    known = DataStoreItem.objects.filter(owner=user, kind=DataStoreItem.Kind.RESULT).values("source_dossier")
    return (
        Dossier.objects.filter(owned_dossiers(user), outcome="approved")
        .exclude(result_file="")
        .exclude(pk__in=known)
        .select_related("procedure", "version")
    )


def owner_of(dossier):
    """Whose store the dossier's result goes to: its account (an applicant's), else the verified account
    holding the applicant's ID number, else None (the result waits until such an account exists)."""
    from motcua.accounts.models import User

    account = dossier.account
    if account is not None and is_applicant_account(account):
        return account
    if not dossier.applicant_id_number:
        return None
    return User.objects.filter(
        id_number=dossier.applicant_id_number, account_type__in=CITIZEN_TYPES, identity_level__gte=1
    ).first()


def reusable_for_applicant(id_number: str, exclude_dossier=None) -> list[dict]:
    """What the desk may reuse for an applicant identified by ID number (ND 47/2020 Art 9(3)): the items
    of the store of the verified account holding that number, then the digitised results of the earlier
    approved dossiers under that number not in a store yet. Rows: name, kind, dossier code, date, sha256."""
    from motcua.accounts.models import User
    from motcua.dossiers.models import Dossier

    id_number = (id_number or "").strip()
    if not id_number:
        return []
    rows, seen = [], set()
    owner = User.objects.filter(id_number=id_number, account_type__in=CITIZEN_TYPES, identity_level__gte=1).first()
    if owner is not None:
        for item in store_items(owner).select_related("source_dossier")[:200]:
            if exclude_dossier is not None and item.source_dossier_id == exclude_dossier.pk:
                continue
            seen.add(item.source_dossier_id)
            rows.append(
                {
                    "name": item.name,
                    "kind": item.get_kind_display(),
                    "code": item.source_dossier.code if item.source_dossier else "",
                    "day": item.created_at,
                    "sha256": item.sha256,
                    "in_store": True,
                }
            )
    results = (
        Dossier.objects.filter(applicant_id_number=id_number, outcome="approved")
        .exclude(result_file="")
        .select_related("version")
        .order_by("-finished_at", "-pk")
    )
    if exclude_dossier is not None:
        results = results.exclude(pk=exclude_dossier.pk)
    for dossier in results[:200]:
        if dossier.pk in seen:
            continue
        rows.append(
            {
                "name": dossier.version.content.get("result") or dossier.version.name,
                "kind": str(DataStoreItem.Kind.RESULT.label),
                "code": dossier.code,
                "day": dossier.finished_at,
                "sha256": dossier.result_sha256,
                "in_store": False,
            }
        )
    return rows
