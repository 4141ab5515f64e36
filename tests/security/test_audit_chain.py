"""The hash chain over the audit log: sealed, verified, and broken by a change made behind the triggers."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from motcua.audit import chain, guard
from motcua.audit import services as audit
from motcua.audit.models import AuditEntry, AuditSeal


def write(n: int) -> None:
    for i in range(n):
        audit.record(AuditEntry.Action.UPDATE, object_type="test", object_id=str(i), changes={"n": [i, i + 1]})


def test_seals_chain_and_verify(db):
    write(3)
    first = chain.seal()
    write(2)
    second = chain.seal()
    assert chain.seal() is None  # nothing new
    assert (first.entries, second.entries, second.previous) == (3, 2, first.digest)
    out = io.StringIO()
    call_command("audit_chain", "--verify", stdout=out)
    assert "intact: 2 seals over 5 entries" in out.getvalue()


def test_a_row_changed_behind_the_triggers_breaks_the_chain(db):
    write(4)
    chain.seal()
    write(1)
    chain.seal()
    target = AuditEntry.objects.order_by("pk")[1]
    guard.uninstall(connection)  # what a database superuser could do
    with connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditentry SET object_repr = 'rewritten' WHERE id = %s", [target.pk])
    guard.install(connection)
    verdict = chain.verify()
    assert not verdict.ok and verdict.broken == AuditSeal.objects.order_by("pk").first()
    with pytest.raises(CommandError, match="broken"):
        call_command("audit_chain", "--verify", stdout=io.StringIO())


def test_a_removed_row_breaks_the_chain_too(db):
    write(3)
    chain.seal()
    guard.uninstall(connection)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [AuditEntry.objects.order_by("pk").last().pk])
    guard.install(connection)
    assert not chain.verify().ok
