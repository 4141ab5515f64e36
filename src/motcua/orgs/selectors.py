"""Read queries of the organisation tree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import BigIntegerField, Case, Exists, F, OuterRef, Q, QuerySet, Subquery, When
from django.utils import timezone

from motcua.core.text import fold

from .models import Agency, AgencyKind, AgencyPlacement, StaffRole


def top_agency() -> Agency | None:
    """The province (root of the tree)."""
    return Agency.objects.filter(parent__isnull=True).order_by("path").first()


def search(agencies: QuerySet[Agency], q: str) -> QuerySet[Agency]:
    """Filter by code or name; the name match ignores case (accent folding comes with the catalogue)."""
    q = (q or "").strip()
    if not q:
        return agencies
    return agencies.filter(Q(code__istartswith=q) | Q(name__icontains=q) | Q(name__icontains=fold(q)))


def children(agency: Agency) -> QuerySet[Agency]:
    return agency.children.order_by("kind", "name")


def staff_roles_in(agencies: QuerySet[Agency]) -> QuerySet[StaffRole]:
    return (
        StaffRole.objects.filter(agency__in=agencies)
        .select_related("user", "agency")
        .order_by("agency__path", "user__username", "role")
    )


# --- the tree on a date (history of the two-level reform) -------------------------------------------


def valid_on(day: dt.date) -> Q:
    """Agencies that existed on ``day``: begun (or of unknown start) and not yet ended."""
    return (Q(valid_from__isnull=True) | Q(valid_from__lte=day)) & (Q(valid_to__isnull=True) | Q(valid_to__gte=day))


def _parent_on(day: dt.date, ref: str = "pk") -> Subquery:
    """The parent of the agency ``OuterRef(ref)`` on ``day``: its latest placement begun by then."""
    placements = AgencyPlacement.objects.filter(agency=OuterRef(ref)).filter(
        Q(valid_from__isnull=True) | Q(valid_from__lte=day)
    )
    latest = placements.order_by(F("valid_from").desc(nulls_last=True), "-pk").values("parent_id")[:1]
    return Subquery(latest, output_field=BigIntegerField())


def tree_on(day: dt.date) -> QuerySet[Agency]:
    """The agencies valid on ``day``, each annotated with ``parent_on_id``: its parent on that day.

    Today's ``parent`` and ``path`` are the tree of today; the placements keep the earlier ones (an
    agency without placements — none recorded — stands where it stands today)."""
    return (
        Agency.objects.filter(valid_on(day))
        .annotate(
            parent_on_id=Case(
                When(Exists(AgencyPlacement.objects.filter(agency=OuterRef("pk"))), then=_parent_on(day)),
                default=F("parent_id"),
                output_field=BigIntegerField(),
            )
        )
        .order_by("level", "name", "pk")
    )


def parent_on(agency: Agency, day: dt.date) -> Agency | None:
    """The parent of ``agency`` on ``day`` (whether or not the agency was valid then)."""
    placement = (
        agency.placements.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day))
        .order_by(F("valid_from").desc(nulls_last=True), "-pk")
        .select_related("parent")
        .first()
    )
    return placement.parent if placement is not None else agency.parent


def children_on(day: dt.date) -> dict[int | None, list[Agency]]:
    """The tree on ``day`` as {parent pk (``None`` for the roots): [children valid on that day]}."""
    tree: dict[int | None, list[Agency]] = {}
    for agency in tree_on(day):
        tree.setdefault(agency.parent_on_id, []).append(agency)
    return tree


def _is_valid(agency: Agency, day: dt.date) -> bool:
    return agency.valid_to is None or agency.valid_to >= day


def successor_on(agency: Agency, day: dt.date) -> Agency | None:
    """Where ``agency``'s work was on ``day``: the agency itself while it lasted, else its successor's
    (followed through several mergers: commune → merged commune → ...). ``None`` when a dissolved agency
    (no successor) had ended by then. Several agencies merged into one all lead to that one."""
    seen: set[int] = set()
    current: Agency | None = agency
    while current is not None and not _is_valid(current, day):
        if current.pk in seen:  # a cycle of successors: bad data, stop where it turns
            return None
        seen.add(current.pk)
        current = current.successor
    return current


def today_of(agency: Agency) -> Agency | None:
    """The agency that does ``agency``'s work today (itself when it still exists)."""
    return successor_on(agency, timezone.localdate())


def mapping_to_today(agencies: Iterable[Agency | int], day: dt.date | None = None) -> dict[int, int]:
    """{old pk: today's pk} for reports of old periods shown "mapped onto today's agencies".

    Follows successors; a dissolved agency without one (a district on 1 July 2025) goes to where its
    parent's work went (the province), so every old row lands on exactly one of today's agencies and a
    mapped report is the sum of the old agencies' rows. An agency still in existence maps onto itself.
    ``day``: "today" (tests and reports as of a date)."""
    day = day or timezone.localdate()
    pks = {a.pk if isinstance(a, Agency) else int(a) for a in agencies}
    known: dict[int, Agency] = {}
    todo = set(pks)
    while todo:  # read the successor and parent chains level by level, a query per level
        rows = list(Agency.objects.filter(pk__in=todo))
        known.update({a.pk: a for a in rows})
        todo = {pk for a in rows for pk in (a.successor_id, a.parent_id) if pk and pk not in known}
    placements: dict[int, list[tuple[dt.date | None, int | None]]] = {}
    for agency_id, valid_from, parent_id in (
        AgencyPlacement.objects.filter(agency_id__in=known)
        .values_list("agency_id", "valid_from", "parent_id")
        .order_by("agency_id", F("valid_from").asc(nulls_first=True), "pk")
    ):
        placements.setdefault(agency_id, []).append((valid_from, parent_id))

    def last_parent(agency: Agency) -> int | None:
        """The parent on the agency's last day."""
        rows = [
            p for f, p in placements.get(agency.pk, []) if f is None or agency.valid_to is None or f <= agency.valid_to
        ]
        return rows[-1] if rows else agency.parent_id

    def resolve(pk: int, seen: frozenset[int]) -> int:
        agency = known.get(pk)
        if agency is None or pk in seen:
            return pk
        if _is_valid(agency, day):
            return pk
        nxt = agency.successor_id or last_parent(agency)
        if nxt is None:
            return pk
        if nxt not in known:
            known.update({a.pk: a for a in Agency.objects.filter(pk=nxt)})
            for agency_id, valid_from, parent_id in (
                AgencyPlacement.objects.filter(agency_id=nxt)
                .values_list("agency_id", "valid_from", "parent_id")
                .order_by(F("valid_from").asc(nulls_first=True), "pk")
            ):
                placements.setdefault(agency_id, []).append((valid_from, parent_id))
        return resolve(nxt, seen | {pk})

    return {pk: resolve(pk, frozenset()) for pk in pks}


# --- Service centres and reception points (ND 118/2025 Art 7, Art 14(2)) -------------------------------

CENTRE_KINDS = frozenset({AgencyKind.SERVICE_CENTRE, AgencyKind.RECEPTION_POINT})


def _path_ids(agency: Agency) -> list[int]:
    return [int(part) for part in agency.path.strip("/").split("/") if part]


def is_centre_desk(agency: Agency) -> bool:
    """A desk of a public administration service centre: the centre itself or one of its reception points."""
    return agency.kind in CENTRE_KINDS


def served_agency(desk: Agency) -> Agency:
    """The agency a desk works for: itself, or for a centre or reception point the nearest ancestor that is
    not one (the commune's People's Committee; the province for the provincial centre). A centre's desk is
    never the competent agency (ND 118 Art 14(2))."""
    if not is_centre_desk(desk):
        return desk
    ancestors = {a.pk: a for a in Agency.objects.filter(pk__in=_path_ids(desk)[:-1])}
    for pk in reversed(_path_ids(desk)[:-1]):
        found = ancestors.get(pk)
        if found is not None and found.kind not in CENTRE_KINDS:
            return found
    return desk


def province_of(agency: Agency) -> Agency:
    """The root of the agency's tree (the province)."""
    ids = _path_ids(agency)
    return Agency.objects.get(pk=ids[0]) if ids and ids[0] != agency.pk else agency


def desk_of(agency: Agency) -> Agency:
    """Where an agency's dossiers are handed over: its active service centre (with an e-ID code), else itself."""
    centre = (
        Agency.objects.filter(parent=agency, kind=AgencyKind.SERVICE_CENTRE, valid_to__isnull=True)
        .exclude(code=None)
        .order_by("path")
        .first()
    )
    return centre or agency
