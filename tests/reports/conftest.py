"""Helpers for Form 06 tests: dossiers walked through the real services, or rows written directly."""

from __future__ import annotations

import datetime as dt

from motcua.dossiers import services
from motcua.dossiers.models import Dossier
from motcua.orgs.permissions import Role
from motcua.reports import form06

from ..dossiers.conftest import applicant, at, components, on_the_spot_procedure, pdf, procedure  # noqa: F401

MARCH = form06.Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def receive(officials, tree, procedure, when):  # noqa: F811
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=when,
    )


def submit_online(citizen, tree, procedure, when):  # noqa: F811
    return services.submit_online(
        account=citizen, desk=tree.justice, procedure=procedure, applicant=applicant(), components=components(), at=when
    )


def to_appraisal(officials, dossier, when):
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=when)
    return services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=when)


def decide(officials, dossier, when):
    """Walk a received dossier through appraisal to the leader's decision at ``when``."""
    dossier = to_appraisal(officials, dossier, when)
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=when)
    return services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=when)


def numbers(user, period=MARCH, group_by="level") -> dict[str, int]:
    """The total row of Form 06 as {"c3": …, "c13": …}."""
    return form06.report(user, period, group_by).total.values


def only(values: dict[str, int]) -> dict[str, int]:
    """The non-zero columns, for short assertions."""
    return {key: value for key, value in values.items() if value}


def row(procedure, lead, *, desk=None, **fields) -> Dossier:  # noqa: F811
    """A dossier row written directly (no events), for grouping, permission and property tests."""
    version = procedure.versions.order_by("-number").first()
    return Dossier.objects.create(
        agency=desk or lead,
        lead_agency=lead,
        procedure=procedure,
        version=version,
        applicant_name="Nguyễn Văn An",
        **fields,
    )
