"""Valid procedure content for tests, with overrides."""

from __future__ import annotations

import copy
import datetime as dt
import itertools

from motcua.catalogue.models import Sector

BASE = {
    "name": "Đăng ký khai sinh",
    "sector": "HT",
    "level": "commune",
    "implementing_agency": "",
    "receiving_agency": "",
    "subjects": "Công dân Việt Nam",
    "sequence": "Bước 1: Nộp hồ sơ. Bước 2: Công chức tư pháp - hộ tịch kiểm tra. Bước 3: Trả kết quả.",
    "channels": ["counter", "online"],
    "sets": 1,
    "components": [
        {"key": "to-khai", "name": "Tờ khai đăng ký khai sinh", "copy_type": "original", "quantity": 1},
        {"key": "giay-chung-sinh", "name": "Giấy chứng sinh", "copy_type": "original", "quantity": 1},
    ],
    "cases": [],
    "statutory": {"amount": "3", "unit": "working_days"},
    "committed": {"amount": "2", "unit": "working_days"},
    "fees": [{"name": "Lệ phí đăng ký khai sinh", "kind": "charge", "amount": 0, "exemptions": "Miễn lệ phí"}],
    "result": "Giấy khai sinh",
    "legal_basis": ["Luật Hộ tịch số 60/2014/QH13"],
    "online_service": "full",
    "at_desk": True,
    "on_the_spot": False,
    "cutoff": "15:00",
    "processes": [
        {
            "case": None,
            "steps": [
                {"name": "Tiếp nhận hồ sơ", "actor": "desk_officer", "budget": "0.5"},
                {"name": "Thẩm định", "actor": "specialist", "budget": "1"},
                {"name": "Phê duyệt", "actor": "agency_leader", "budget": "0.5"},
                {"name": "Trả kết quả", "actor": "desk_officer", "budget": "0", "counted": False},
            ],
        }
    ],
}


def content(**overrides) -> dict:
    data = copy.deepcopy(BASE)
    data.update(overrides)
    return data


def sector(code: str = "HT", name: str = "Hộ tịch") -> Sector:
    return Sector.objects.get_or_create(code=code, defaults={"name": name})[0]


_decision_numbers = itertools.count(1)


def publish(owner, items, day=dt.date(2025, 1, 1), creator=None):
    """Publish one decision: ``items`` is a list of (procedure or new code, action, content or None).

    Returns the procedure, or the list of procedures when there are several items.
    """
    from motcua.catalogue import services

    decision = services.create_decision(
        number=f"{next(_decision_numbers)}/QĐ-UBND",
        title="Công bố danh mục thủ tục hành chính",
        signed_on=day,
        signer="Nguyễn Văn Ký",
        effective_from=day,
        issuing_agency=owner.parent or owner,
    )
    procedures = []
    for target, action, data in items:
        if isinstance(target, str):
            target = services.create_procedure(code=target, owner=owner, content=data, user=creator)
        elif data is not None:
            services.save_draft(target, data, user=creator)
        services.add_to_decision(decision, target, action)
        procedures.append(target)
    services.publish_decision(decision)
    return procedures if len(procedures) > 1 else procedures[0]
