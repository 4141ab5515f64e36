"""Read queries of the catalogue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.utils import timezone

from motcua.core.text import fold

from .models import DecisionItem, Procedure, ProcedureVersion, PublicationDecision


def _today() -> dt.date:
    return timezone.localdate()


def in_force(day: dt.date | None = None) -> QuerySet[ProcedureVersion]:
    """Published versions valid on ``day`` (today by default): the public catalogue."""
    day = day or _today()
    return ProcedureVersion.objects.filter(state=ProcedureVersion.State.PUBLISHED, valid_from__lte=day).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=day)
    )


def version_at(procedure: Procedure, moment: dt.date | dt.datetime) -> ProcedureVersion | None:
    """The version in force at a moment — what a dossier received then is handled under."""
    day = timezone.localtime(moment).date() if isinstance(moment, dt.datetime) else moment
    return in_force(day).filter(procedure=procedure).first()


LEVEL_ORDER = Case(
    When(level="province", then=Value(0)),
    When(level="district", then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)
RANK_KEYS = ("relevance", "level_order")


def _like(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE '!'`` (the same on SQLite and PostgreSQL)."""
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def _relevance(words: list[str], code: str) -> RawSQL:
    """How well a version matches the folded query ``words`` (lower is better), in one SQL expression.

    The tier times 1000: 0 the exact code or name; 1 the name starts with the query; 2 the name holds the
    query as one phrase; 3 every word starts a word of the name; 4 a word matched only inside a word, the
    code or the sector. In tiers 2 and 3 the name's length is added: the shorter name, of which the query
    is the larger part, comes first. The folded name is read from ``search_text``
    (``"<d.dddddd code> <folded name> <sector> <sector code>"``): it starts at the 10th letter, and
    folding keeps one letter per letter of an NFC name, so it has the name's length. One raw expression
    rather than nested ``Case`` objects: compiling those cost more than running the query.
    """
    table = connection.ops.quote_name(ProcedureVersion._meta.db_table)
    name = f"{table}.{connection.ops.quote_name('name')}"
    text = f"{table}.{connection.ops.quote_name('search_text')}"
    title = f"SUBSTR({text}, 10, LENGTH({name}))"
    phrase = " ".join(words)
    word_tests = " AND ".join(f"({title} LIKE %s ESCAPE '!' OR {title} LIKE %s ESCAPE '!')" for _word in words)
    sql = (
        f"CASE WHEN SUBSTR({text}, 1, 8) = %s OR {title} = %s THEN 0 "
        f"WHEN {title} LIKE %s ESCAPE '!' THEN 1000 "
        f"WHEN {title} LIKE %s ESCAPE '!' THEN 2000 + LENGTH({name}) "
        f"WHEN {word_tests} THEN 3000 + LENGTH({name}) "
        "ELSE 4000 END"
    )
    params = [code, phrase, f"{_like(phrase)}%", f"%{_like(phrase)}%"]
    for word in words:
        params += [f"{_like(word)}%", f"% {_like(word)}%"]
    return RawSQL(sql, params, output_field=IntegerField())  # noqa: S611 (constant SQL, the words are parameters)


def search(
    q: str = "",
    *,
    sector: str = "",
    level: str = "",
    agency: str = "",
    time_cut: bool = False,
    day: dt.date | None = None,
) -> QuerySet[ProcedureVersion]:
    """Accent-insensitive search of the procedures in force: every word of ``q`` must match.

    With words, the best match comes first: the exact name (or code), then names that start with the
    words, then names that hold them as a phrase, then names whose words start with them, then the rest
    (``_relevance``); ties go by level (province, district, commune) and code. Without words, the order is
    the code.
    """
    versions = in_force(day).select_related("procedure", "sector", "implementing_agency")
    words = fold(q).split()
    for word in words:
        versions = versions.filter(search_text__contains=word)
    if sector:
        versions = versions.filter(sector__code=sector)
    if level:
        versions = versions.filter(level=level)
    if agency:
        versions = versions.filter(Q(implementing_agency__code=agency) | Q(procedure__owner__code=agency))
    if time_cut:
        versions = versions.filter(committed_unit=F("statutory_unit"), committed_amount__lt=F("statutory_amount"))
    if not words:
        return versions.order_by("procedure__code")
    versions = versions.alias(relevance=_relevance(words, q.strip()), level_order=LEVEL_ORDER)
    return versions.order_by(*RANK_KEYS, "procedure__code")


def history(procedure: Procedure) -> QuerySet[ProcedureVersion]:
    return procedure.versions.select_related("decision").order_by("-number")


def _flatten(value, prefix: str = "") -> dict[str, object]:
    if isinstance(value, dict):
        out: dict[str, object] = {}
        for key, item in value.items():
            out.update(_flatten(item, f"{prefix}.{key}" if prefix else key))
        return out
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        out = {}
        for index, item in enumerate(value):
            out.update(_flatten(item, f"{prefix}[{index}]"))
        return out
    return {prefix: value}


def diff(old: ProcedureVersion | None, new: ProcedureVersion) -> list[tuple[str, object, object]]:
    """What changed between two versions: ``(field path, before, after)`` rows."""
    before = _flatten(old.content) if old else {}
    after = _flatten(new.content)
    keys = sorted(set(before) | set(after))
    return [(key, before.get(key), after.get(key)) for key in keys if before.get(key) != after.get(key)]


def decision_counts(date_from: dt.date, date_to: dt.date) -> dict[str, int]:
    """Decisions signed in a period and the procedures they add, amend, replace or abolish."""
    decisions = PublicationDecision.objects.filter(
        state=PublicationDecision.State.PUBLISHED, signed_on__range=(date_from, date_to)
    )
    items = DecisionItem.objects.filter(decision__in=decisions)
    by_action = dict(items.values_list("action").annotate(n=Count("id")))
    counts = {action: by_action.get(action, 0) for action in DecisionItem.Action.values}
    counts["decisions"] = decisions.count()
    counts["procedures"] = sum(by_action.values())
    return counts


def counts_by_level(day: dt.date | None = None) -> dict[str, int]:
    return dict(in_force(day).values_list("level").annotate(n=Count("id")).order_by())


def procedures_editable_by(agencies: Iterable) -> QuerySet[Procedure]:
    return Procedure.objects.filter(owner__in=agencies)


# --- Public catalogue: portal pages and the procedures API ---------------------------------


def procedure_in_force(code: str, day: dt.date | None = None) -> ProcedureVersion | None:
    """The published version of the procedure ``code`` in force on ``day`` (today by default)."""
    return (
        in_force(day)
        .filter(procedure__code=code)
        .select_related("procedure__owner", "sector", "implementing_agency", "decision__issuing_agency", "procedure")
        .first()
    )


def published_procedure(code: str) -> Procedure | None:
    """The procedure ``code`` if any version of it was ever published (drafts stay private)."""
    return Procedure.objects.filter(code=code).exclude(status=Procedure.Status.DRAFT).first()


def published_versions(procedure: Procedure) -> QuerySet[ProcedureVersion]:
    """Published versions, oldest first, with their decisions (what the public may read)."""
    return (
        procedure.versions.filter(state=ProcedureVersion.State.PUBLISHED)
        .select_related("decision__issuing_agency")
        .defer("content")
        .order_by("number")
    )


def abolition(procedure: Procedure) -> DecisionItem | None:
    """The published decision item that abolished the procedure, if any."""
    return (
        DecisionItem.objects.filter(
            procedure=procedure,
            action=DecisionItem.Action.ABOLISH,
            decision__state=PublicationDecision.State.PUBLISHED,
        )
        .select_related("decision__issuing_agency")
        .order_by("-decision__effective_from")
        .first()
    )


def decision_actions(procedure: Procedure) -> dict[int, str]:
    """``{decision id: action}`` for the published decisions that touched the procedure."""
    return dict(
        DecisionItem.objects.filter(
            procedure=procedure, decision__state=PublicationDecision.State.PUBLISHED
        ).values_list("decision_id", "action")
    )


def previous_version(version: ProcedureVersion) -> ProcedureVersion | None:
    """The published version just before ``version`` (for the public diff)."""
    return (
        ProcedureVersion.objects.filter(
            procedure_id=version.procedure_id, state=ProcedureVersion.State.PUBLISHED, number__lt=version.number
        )
        .order_by("-number")
        .first()
    )


def search_page(*, after: str = "", limit: int = 50, **filters) -> tuple[list[ProcedureVersion], bool]:
    """One keyset page of ``search``: the versions that follow the procedure ``after`` in the search order.

    Returns the rows and whether more follow. No OFFSET: a page costs the same wherever it is, and a
    procedure added meanwhile never shifts the pages after it. With words the order is the relevance
    (``search``), so the page starts after the place of ``after`` in that order.
    """
    versions = search(**filters).defer("content")
    if after:
        anchor = None
        if "relevance" in versions.query.annotations:
            place = versions.filter(procedure__code=after).annotate(**{f"{k}_at": F(k) for k in RANK_KEYS})
            anchor = place.values_list(*(f"{k}_at" for k in RANK_KEYS)).first()
        if anchor is None:
            versions = versions.filter(procedure__code__gt=after)
        else:
            versions = versions.filter(_after(dict(zip(RANK_KEYS, anchor, strict=True)), after))
    rows = list(versions[: limit + 1])
    return rows[:limit], len(rows) > limit


def _after(keys: dict[str, int], code: str) -> Q:
    """Rows after the one with these sort keys and ``code`` in ``search``'s order (a keyset condition)."""
    condition = Q(procedure__code__gt=code)
    for key in reversed(RANK_KEYS):
        condition = Q(**{f"{key}__gt": keys[key]}) | (Q(**{key: keys[key]}) & condition)
    return condition


def time_cut_summary(day: dt.date | None = None) -> dict[str, object]:
    """How many procedures in force have a committed time shorter than the law, and the mean cut (%)."""
    from django.db.models import Avg, ExpressionWrapper, FloatField

    versions = in_force(day)
    cut = search(time_cut=True, day=day).order_by()
    share = ExpressionWrapper(
        (F("statutory_amount") - F("committed_amount")) * 100.0 / F("statutory_amount"), output_field=FloatField()
    )
    figures = cut.aggregate(n=Count("id"), mean=Avg(share))
    return {"in_force": versions.count(), "cut": figures["n"], "mean_cut_percent": figures["mean"]}


def form_in_force(form_id: int, day: dt.date | None = None) -> bool:
    """Whether a component of a version in force references the form template ``form_id``."""
    from django.db import connection
    from django.db.models import BooleanField
    from django.db.models.expressions import RawSQL

    versions = in_force(day)
    if connection.vendor == "postgresql":
        return versions.filter(content__components__contains=[{"form": form_id}]).exists()
    if connection.vendor == "sqlite":
        table = ProcedureVersion._meta.db_table
        uses_form = RawSQL(  # noqa: S611 (constant SQL, the id is a parameter)
            f"EXISTS (SELECT 1 FROM json_each({table}.content, '$.components') AS c "  # noqa: S608
            "WHERE json_extract(c.value, '$.form') = %s)",
            [form_id],
            output_field=BooleanField(),
        )
        return versions.alias(uses_form=uses_form).filter(uses_form=True).exists()
    return any(
        component.get("form") == form_id
        for components in versions.values_list("content__components", flat=True)
        for component in components or []
    )


def sectors_in_force(day: dt.date | None = None) -> list:
    """Sectors that have procedures in force, by name, each with their number (``in_force``)."""
    from .models import Sector

    # Grouping the versions (not joining from the sectors) lets the covering index of migration
    # 0002 answer the count without reading the rows.
    counts = dict(in_force(day).values_list("sector_id").annotate(n=Count("id")).order_by())
    sectors = list(Sector.objects.filter(pk__in=list(counts)).order_by("name"))
    for sector in sectors:
        sector.in_force = counts[sector.pk]
    return sectors


def agencies_in_force(day: dt.date | None = None) -> QuerySet:
    """Agencies that implement or own a procedure in force (for the catalogue's agency filter)."""
    from motcua.orgs.models import Agency

    versions = in_force(day)
    return (
        Agency.objects.filter(
            Q(pk__in=versions.exclude(implementing_agency=None).values("implementing_agency"))
            | Q(pk__in=versions.values("procedure__owner"))
        )
        .exclude(code=None)
        .order_by("path")
    )
