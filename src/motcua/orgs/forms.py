"""One agency picker for every form (issue 13 item 3): grouped, sorted, searchable, nothing chosen unasked.

A province has some 200 agencies, so a plain ``<select>`` in ``path`` order (primary keys) is unusable. The
picker groups them by place in the tree — the province level, then each district with its communes, then
the communes directly under the province — and sorts each group by name the Vietnamese way (``fold`` key,
then the name). A unit is labelled with its agency first ("Sở Tư pháp › Phòng Hộ tịch") so it sorts next to
it. The first option is always the empty one: a citizen never finds an agency chosen for them; an official
may get their own agency preselected, labelled so (``set_own``).

Without JavaScript this is a grouped ``<select>``; ``motcua/js/agency-picker.js`` adds a box that filters the
options by typed words, accents optional (each option carries its folded text in ``data-search``).
"""

from __future__ import annotations

from collections.abc import Iterable

from django import forms
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from motcua.core.text import fold

from .models import Agency, AgencyKind, Level

Group = tuple[str, list[tuple[int, str]]]
SEP = " › "
CHOOSE = _lazy("— Choose an agency —")
SCRIPT = "motcua/js/agency-picker.js"


def _ancestor_ids(agency: Agency) -> list[int]:
    return [int(part) for part in agency.path.strip("/").split("/") if part]


def _ancestors(agencies: list[Agency]) -> dict[int, Agency]:
    """Every agency of the list and every ancestor of them, by primary key (one query for the missing ones)."""
    known = {agency.pk: agency for agency in agencies}
    missing = {pk for agency in agencies for pk in _ancestor_ids(agency)} - known.keys()
    if missing:
        known.update(Agency.objects.only("pk", "name", "level", "kind", "path", "parent_id").in_bulk(missing))
    return known


def agency_label(agency: Agency, known: dict[int, Agency]) -> str:
    """The name; a unit (phòng ban) after its agency's name so it is told apart and sorts next to it."""
    if agency.kind == AgencyKind.UNIT and agency.parent_id in known:
        return f"{agency_label(known[agency.parent_id], known)}{SEP}{agency.name}"
    return agency.name


def _anchor(agency: Agency, known: dict[int, Agency]) -> Agency | None:
    """The district whose group the agency belongs to (itself, or the nearest district above it)."""
    for pk in reversed(_ancestor_ids(agency) or [agency.pk]):
        candidate = known.get(pk)
        if candidate is not None and candidate.level == Level.DISTRICT and candidate.kind != AgencyKind.UNIT:
            return candidate
    return None


def _key(label: str) -> tuple[str, str]:
    return fold(label), label


def grouped_choices(agencies: Iterable[Agency], *, own: Agency | None = None, value: str = "pk") -> list[Group]:
    """``[(group label, [(pk, label), ...]), ...]``: the province level first, then each district with its
    communes (by the district's name), then the communes directly under the province. In a group the head
    (the province's committee, the district) comes first, then the rest by name. ``value`` names the
    attribute used as the option's value (``"code"`` for the public filters that use e-ID codes)."""
    agencies = list(agencies)
    known = _ancestors(agencies)
    province: list[Agency] = []
    districts: dict[int, list[Agency]] = {}
    communes: list[Agency] = []
    for agency in agencies:
        anchor = _anchor(agency, known)
        if anchor is not None:
            districts.setdefault(anchor.pk, []).append(agency)
        elif agency.level == Level.COMMUNE:
            communes.append(agency)
        else:
            province.append(agency)

    def options(members: list[Agency], head: Agency | None = None) -> list[tuple[int, str]]:
        labels = {agency.pk: agency_label(agency, known) for agency in members}
        if own is not None and own.pk in labels:
            labels[own.pk] = _("%(name)s (your agency)") % {"name": labels[own.pk]}
        top = head or min(members, key=lambda agency: (agency.depth, _key(labels[agency.pk])))
        order = sorted(members, key=lambda agency: (agency.pk != top.pk, _key(labels[agency.pk])))
        return [(getattr(agency, value), labels[agency.pk]) for agency in order]

    groups: list[Group] = []
    if province:
        groups.append((_("Province level"), options(province)))
    for pk in sorted(districts, key=lambda pk: _key(known[pk].name)):
        members = districts[pk]
        head = known[pk] if any(agency.pk == pk for agency in members) else None
        groups.append((known[pk].name, options(members, head)))
    if communes:
        groups.append((_("Communes and wards"), options(communes)))
    return groups


def own_agency(user, agencies: Iterable[Agency]) -> Agency | None:
    """The official's own agency among ``agencies``: for each of their roles the nearest agency of the list at or
    above the role's agency; ``None`` when that gives none or more than one (then nothing is preselected)."""
    by_pk = {agency.pk: agency for agency in agencies}
    if not by_pk or not getattr(user, "is_authenticated", False):
        return None
    found = set()
    for role_agency in Agency.objects.filter(staff_roles__user=user).distinct():
        for pk in reversed(_ancestor_ids(role_agency) or [role_agency.pk]):
            if pk in by_pk:
                found.add(pk)
                break
    return by_pk[found.pop()] if len(found) == 1 else None


def script_tag() -> str:
    """The filter script, after each picker (pages without a picker load no script; it enhances each select once)."""
    return format_html('<script src="{}" defer></script>', static(SCRIPT))


class AgencySelect(forms.Select):
    """A grouped ``<select>`` marked for the filter box; every option carries its folded text."""

    def __init__(self, attrs=None):
        attrs = {
            "data-agency-picker": "",
            "data-filter-label": _lazy("Type part of the name to shorten the list (accents optional)"),
            **(attrs or {}),
        }
        super().__init__(attrs)

    def render(self, name, value, attrs=None, renderer=None):
        return super().render(name, value, attrs, renderer) + script_tag()

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value not in (None, ""):
            option["attrs"]["data-search"] = fold(str(label))
        return option


class GroupedAgencyIterator(forms.models.ModelChoiceIterator):
    def __iter__(self):
        yield ("", self.field.empty_label or "")
        yield from grouped_choices(self.queryset, own=self.field.own)

    def __len__(self):
        return self.queryset.count() + 1

    def __bool__(self):
        return True


class GroupedAgencyChoiceField(forms.ModelChoiceField):
    """A ``ModelChoiceField`` of agencies shown with ``grouped_choices`` and an empty first option."""

    iterator = GroupedAgencyIterator
    widget = AgencySelect

    def __init__(self, queryset=None, *, empty_label=CHOOSE, **kwargs):
        self.own: Agency | None = None
        super().__init__(queryset if queryset is not None else Agency.objects.none(), **kwargs)
        self.empty_label = empty_label  # kept even when required: nothing is chosen for the user

    def set_own(self, agency: Agency | None) -> None:
        """Preselect the official's own agency, labelled '(your agency)'."""
        self.own = agency
        if agency is not None:
            self.initial = agency.pk
        self.widget.choices = self.choices


def agency_choices(agencies: Iterable[Agency], *, empty_label: str, value: str = "pk") -> list:
    """Grouped choices for a plain ``ChoiceField``, the empty option first."""
    return [("", empty_label), *grouped_choices(agencies, value=value)]


def option_groups(choices: list) -> list[dict]:
    """Grouped choices (as ``agency_choices`` gives them, without the empty option) for a select written out
    in a template (``agency_select.html``): each option with its folded text for the filter box."""
    return [
        {"label": label, "options": [{"value": v, "label": text, "search": fold(str(text))} for v, text in options]}
        for label, options in choices
        if isinstance(options, (list, tuple))
    ]
