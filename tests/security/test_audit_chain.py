"""The hash chain over the audit log: sealed, verified, and broken by a change made behind the triggers."""

import io
import json

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


# --- the seals shipped to a second store ---------------------------------------------------------------------
def test_ship_appends_only_the_new_seals_and_verify_agrees(db, tmp_path):
    write(3)
    chain.seal()
    out = io.StringIO()
    call_command("audit_chain", "--ship", str(tmp_path), stdout=out)
    assert "Shipped 1 new seals" in out.getvalue()
    store = tmp_path / chain.SHIPPED_FILE
    first_line = store.read_text().splitlines()[0]
    write(2)
    chain.seal()
    assert chain.ship(tmp_path) == 1 and chain.ship(tmp_path) == 0  # nothing twice
    lines = store.read_text().splitlines()
    assert len(lines) == 2 and lines[0] == first_line  # appended, the first line untouched
    assert [json.loads(line)["digest"] for line in lines] == list(
        AuditSeal.objects.order_by("pk").values_list("digest", flat=True)
    )
    out = io.StringIO()
    call_command("audit_chain", "--verify", "--shipped", str(tmp_path), stdout=out)
    assert "agrees with the 2 seals" in out.getvalue()


def test_a_log_rewritten_and_resealed_in_the_database_is_caught_by_the_shipped_seals(db, tmp_path):
    write(4)
    chain.seal()
    chain.ship(tmp_path)
    target = AuditEntry.objects.order_by("pk")[1]
    # Someone with database superuser rights rewrites an entry and recomputes the whole chain ...
    guard.uninstall(connection)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditentry SET object_repr = 'rewritten' WHERE id = %s", [target.pk])
        cursor.execute("DELETE FROM audit_auditseal")
    guard.install(connection)
    chain.seal()
    assert chain.verify().ok  # ... so the database alone looks intact
    verdict = chain.verify_shipped(tmp_path)
    assert not verdict.ok and verdict.broken == 1
    with pytest.raises(CommandError, match="contradicts the second store at shipped seal 1"):
        call_command("audit_chain", "--verify", "--shipped", str(tmp_path), stdout=io.StringIO())
    with pytest.raises(CommandError, match="Nothing shipped"):
        call_command("audit_chain", "--ship", str(tmp_path), stdout=io.StringIO())
    assert len((tmp_path / chain.SHIPPED_FILE).read_text().splitlines()) == 1  # the evidence is kept


def test_seals_removed_from_the_database_are_caught_too(db, tmp_path):
    write(2)
    chain.seal()
    write(1)
    chain.seal()
    store = tmp_path / "seals.jsonl"  # a file path works as well as a directory
    assert chain.ship(store) == 2
    guard.uninstall(connection)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditseal WHERE id = %s", [AuditSeal.objects.order_by("pk").last().pk])
    guard.install(connection)
    verdict = chain.verify_shipped(store)
    assert not verdict.ok and verdict.broken == 2


def test_the_nightly_task_ships_when_a_store_is_configured(db, tmp_path, settings):
    write(1)
    settings.MOTCUA_AUDIT_SHIP_TO = str(tmp_path)
    chain.seal_and_ship()
    assert len(chain.shipped(tmp_path)) == 1
