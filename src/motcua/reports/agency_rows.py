"""Which row of a report "by agency" each competent agency's dossiers fall in, for a period that may lie
before the reform of 1 July 2025 (districts dissolved, communes and provinces merged).

Two views of an old period:

* ``then`` — as the agencies were at the period's end: the rows are the agencies directly under the
  viewer's top agencies *on that day* (``orgs.selectors.tree_on``), e.g. the districts of 2024; an old
  top agency merged since (a former province) is a row of its own;
* ``today`` — mapped onto today's agencies: every old agency is replaced by the one that does its work
  today (``orgs.selectors.mapping_to_today``), and the rows are today's agencies directly under the
  viewer's, so a row is the sum of the old agencies' rows mapped onto it.

Either way every agency lands in exactly one row, so the rows add up to the total.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from motcua.orgs import selectors as orgs
from motcua.orgs.models import Agency

VIEWS = ("then", "today")


@dataclass
class AgencyRows:
    """``members[row pk]`` = the competent agencies counted in that row; ``order`` = the rows to show
    (the own row of each top agency first, then the agencies under it, then old tops merged into it)."""

    members: dict[int, set[int]] = field(default_factory=dict)
    order: list[tuple[Agency, str]] = field(default_factory=list)  # (agency, "own" | "child" | "extra")
    row_of: dict[int, int] = field(default_factory=dict)


def _walk(pk: int, parents: dict[int, int | None], roots: set[int]) -> int:
    """The row of agency ``pk``: itself when it is a top, else its ancestor directly under a top, else
    the highest ancestor reached (an old top agency)."""
    node, seen = pk, set()
    while node not in roots and node not in seen:
        seen.add(node)
        parent = parents.get(node)
        if parent is None or parent in roots:
            return node
        node = parent
    return node


def agency_rows(roots: list[Agency], candidates: list[int], day: dt.date, view: str = "then") -> AgencyRows:
    """The rows for the viewer's top agencies ``roots`` and the competent agencies ``candidates``."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}")
    root_pks = {root.pk for root in roots}
    today_parents = dict(Agency.objects.values_list("pk", "parent_id"))
    if view == "then":
        parents = today_parents | {a.pk: a.parent_on_id for a in orgs.tree_on(day)}
        mapped = {pk: pk for pk in candidates}
        children = orgs.children_on(day)
        shown = {root.pk: children.get(root.pk, []) for root in roots}
    else:
        parents = today_parents
        mapped = orgs.mapping_to_today(candidates)
        active = Q(valid_to__isnull=True) | Q(valid_to__gte=timezone.localdate())
        shown = {root.pk: list(root.children.filter(active).order_by("path")) for root in roots}
    result = AgencyRows()
    for pk in candidates:
        row = _walk(mapped.get(pk, pk), parents, root_pks)
        result.row_of[pk] = row
        result.members.setdefault(row, set()).add(pk)
    listed: set[int] = set()
    extra = Agency.objects.in_bulk([pk for pk in result.members if pk not in root_pks])
    for root in roots:
        result.order.append((root, "own"))
        listed.add(root.pk)
        for child in shown[root.pk]:
            if child.pk not in listed:
                result.order.append((child, "child"))
                listed.add(child.pk)
    for pk in sorted(set(result.members) - listed, key=lambda pk: extra[pk].path if pk in extra else ""):
        if pk in extra:
            result.order.append((extra[pk], "extra"))
    return result
