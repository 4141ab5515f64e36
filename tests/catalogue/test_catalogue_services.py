import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from motcua.catalogue import selectors, services
from motcua.catalogue.models import DecisionItem, Procedure, ProcedureVersion

from .factories import content, sector


@pytest.fixture
def hotich(db):
    return sector()


def _decision(tree, number="01/QĐ-UBND", day=dt.date(2026, 3, 1)):
    return services.create_decision(
        number=number,
        title="Công bố thủ tục hành chính",
        signed_on=day,
        signer="Chủ tịch UBND tỉnh",
        effective_from=day,
        issuing_agency=tree.province,
    )


def _publish_new(tree, code="1.001193", day=dt.date(2026, 3, 1), number="01/QĐ-UBND", **overrides):
    procedure = services.create_procedure(code=code, owner=tree.justice, content=content(**overrides))
    decision = _decision(tree, number, day)
    services.add_to_decision(decision, procedure, DecisionItem.Action.NEW)
    services.publish_decision(decision)
    return procedure


def test_a_draft_is_not_public_until_published(tree, hotich):
    procedure = services.create_procedure(code="1.001193", owner=tree.justice, content=content())
    assert not selectors.search("khai sinh").exists()
    decision = _decision(tree)
    services.add_to_decision(decision, procedure, "new")
    services.publish_decision(decision)
    found = list(selectors.search("dang ky KHAI SINH", day=dt.date(2026, 3, 2)))
    assert [v.procedure.code for v in found] == ["1.001193"]
    assert found[0].valid_from == dt.date(2026, 3, 1)
    procedure.refresh_from_db()
    assert procedure.status == Procedure.Status.ACTIVE


def test_amend_abolish_and_versions_stay_readable_with_their_diff(tree, hotich):
    birth = _publish_new(tree)
    death = _publish_new(tree, code="1.000656", number="02/QĐ-UBND", name="Đăng ký khai tử")
    services.save_draft(birth, content(committed={"amount": "1", "unit": "working_days"}, processes=[]))
    new = services.create_procedure(code="2.000635", owner=tree.justice, content=content(name="Đăng ký kết hôn"))
    decision = _decision(tree, "09/QĐ-UBND", dt.date(2026, 6, 1))
    services.add_to_decision(decision, birth, "amend")
    services.add_to_decision(decision, death, "abolish")
    services.add_to_decision(decision, new, "new")
    services.publish_decision(decision)

    before, after = dt.date(2026, 5, 31), dt.date(2026, 6, 1)
    assert selectors.version_at(birth, before).number == 1
    assert selectors.version_at(birth, after).number == 2
    assert selectors.version_at(death, before) is not None and selectors.version_at(death, after) is None
    assert {v.procedure.code for v in selectors.search("dang ky", day=after)} == {"1.001193", "2.000635"}
    changes = {path: (old, new) for path, old, new in selectors.diff(*birth.versions.order_by("number"))}
    assert changes["committed.amount"] == ("2", "1")
    assert "processes" in changes  # the process was removed with the new time
    assert selectors.decision_counts(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == {
        "new": 3,
        "amend": 1,
        "replace": 0,
        "abolish": 1,
        "decisions": 3,
        "procedures": 5,
    }


def test_a_dossier_keeps_the_version_it_was_received_under(tree, hotich):
    birth = _publish_new(tree)
    received = dt.datetime(2026, 5, 20, 9, 0, tzinfo=dt.UTC)
    kept = selectors.version_at(birth, received)
    services.save_draft(
        birth,
        content(
            statutory={"amount": "5", "unit": "working_days"},
            committed={"amount": "4", "unit": "working_days"},
            processes=[],
        ),
    )
    decision = _decision(tree, "10/QĐ-UBND", dt.date(2026, 6, 1))
    services.add_to_decision(decision, birth, "replace")
    services.publish_decision(decision)
    kept.refresh_from_db()
    assert selectors.version_at(birth, received) == kept
    assert kept.committed_amount == 2 and kept.valid_to == dt.date(2026, 5, 31)
    kept.name = "changed"
    with pytest.raises(ValidationError):
        kept.save()


@pytest.mark.parametrize(
    ("budgets", "ok"),
    [(["0.5", "1", "0.5"], True), (["0.5", "1", "1"], False), (["1", "1"], True), (["0.5", "0.5"], False)],
)
def test_the_process_must_add_up_to_the_committed_time(tree, hotich, budgets, ok):
    steps = [{"name": f"Bước {i}", "actor": "specialist", "budget": b} for i, b in enumerate(budgets)]
    steps.append({"name": "Trả kết quả", "actor": "desk_officer", "budget": "1", "counted": False})
    data = content(processes=[{"case": None, "steps": steps}])
    if ok:
        services.create_procedure(code="1.001193", owner=tree.justice, content=data)
    else:
        with pytest.raises(ValidationError) as error:
            services.create_procedure(code="1.001193", owner=tree.justice, content=data)
        message = error.value.message_dict["processes[0].steps"][0]
        from decimal import Decimal

        total = f"{sum(Decimal(b) for b in budgets).normalize():f}"
        assert f" {total} " in message and " 2 " in message  # the total and the committed limit
        assert not Procedure.objects.exists()


def test_hours_and_cases_follow_the_rule_too(tree, hotich):
    data = content(
        statutory={"amount": "8", "unit": "working_hours"},
        committed=None,
        cases=[{"key": "qua-han", "name": "Khai sinh quá hạn", "committed": {"amount": "3", "unit": "working_days"}}],
        processes=[
            {"case": None, "steps": [{"name": "Giải quyết", "actor": "specialist", "budget": "1"}]},
            {"case": "qua-han", "steps": [{"name": "Giải quyết", "actor": "specialist", "budget": "2.5"}]},
        ],
    )
    data.pop("committed")
    with pytest.raises(ValidationError) as error:
        services.create_procedure(code="1.001193", owner=tree.justice, content=data)
    assert list(error.value.message_dict) == ["processes[1].steps"]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": ""}, "name"),
        ({"sector": "NOPE"}, "sector"),
        ({"components": [{"key": "a", "name": ""}]}, "components[0].name"),
        ({"statutory": {"amount": "2.3", "unit": "working_days"}}, "statutory.amount"),
        ({"committed": {"amount": "9", "unit": "working_days"}}, "committed"),
        ({"channels": []}, "channels"),
        ({"channels": ["counter"], "online_service": "full"}, "channels"),
        ({"implementing_agency": "H99.01"}, "implementing_agency"),
        ({"fees": [{"name": "Phí", "amount": -5}]}, "fees[0].amount"),
    ],
)
def test_bad_content_names_the_field(tree, hotich, overrides, field):
    with pytest.raises(ValidationError) as error:
        services.create_procedure(code="1.001193", owner=tree.justice, content=content(**overrides))
    assert field in error.value.message_dict, error.value.message_dict


def test_bad_code_and_duplicate_code(tree, hotich):
    with pytest.raises(ValidationError):
        services.create_procedure(code="1001193", owner=tree.justice, content=content())
    services.create_procedure(code="1.001193", owner=tree.justice, content=content())
    with pytest.raises(ValidationError):
        services.create_procedure(code="1.001193", owner=tree.justice, content=content())


def test_decision_rules(tree, hotich):
    procedure = services.create_procedure(code="1.001193", owner=tree.justice, content=content())
    decision = _decision(tree)
    with pytest.raises(ValidationError):
        services.add_to_decision(decision, procedure, "amend")  # not in force yet
    with pytest.raises(ValidationError):
        services.publish_decision(decision)  # empty
    services.add_to_decision(decision, procedure, "new")
    with pytest.raises(ValidationError):
        services.add_to_decision(decision, procedure, "new")  # twice
    services.publish_decision(decision)
    with pytest.raises(ValidationError):
        services.publish_decision(decision)  # already published
    with pytest.raises(ValidationError):
        services.create_decision(
            number="x",
            title="t",
            signed_on=dt.date(2026, 3, 2),
            signer="s",
            effective_from=dt.date(2026, 3, 1),
            issuing_agency=tree.province,
        )


def test_a_failing_item_publishes_nothing(tree, hotich):
    good = services.create_procedure(code="1.001193", owner=tree.justice, content=content())
    bad = services.create_procedure(code="1.000656", owner=tree.justice, content=content(name="Khai tử"))
    decision = _decision(tree)
    services.add_to_decision(decision, good, "new")
    services.add_to_decision(decision, bad, "new")
    ProcedureVersion.objects.filter(procedure=bad).update(content={"name": "broken"})
    with pytest.raises(ValidationError):
        services.publish_decision(decision)
    assert not ProcedureVersion.objects.filter(state="published").exists()
    good.refresh_from_db()
    assert good.status == Procedure.Status.DRAFT


def test_copy_process_between_procedures(tree, hotich):
    template = services.save_process_template(
        name="Quy trình 2 ngày",
        owner=tree.justice,
        steps=[
            {"name": "Tiếp nhận", "actor": "desk_officer", "budget": "0.5"},
            {"name": "Giải quyết", "actor": "specialist", "budget": "1.5"},
        ],
    )
    procedure = services.create_procedure(code="1.001193", owner=tree.justice, content=content(processes=[]))
    draft = services.copy_process(procedure, template.steps)
    assert [s["name"] for s in draft.content["processes"][0]["steps"]] == ["Tiếp nhận", "Giải quyết"]
    with pytest.raises(ValidationError):
        services.copy_process(procedure, [{"name": "Một bước", "actor": "specialist", "budget": "5"}])


def test_time_cut_filter(tree, hotich):
    _publish_new(tree)
    _publish_new(tree, code="1.000656", number="02/QĐ", name="Đăng ký khai tử", committed=None, processes=[])
    cut = selectors.search(time_cut=True, day=dt.date(2026, 3, 5))
    assert [v.procedure.code for v in cut] == ["1.001193"]
    assert cut[0].time_cut
