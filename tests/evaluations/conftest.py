"""Dossiers of a citizen's account walked through the services (shared by tests/portal and tests/office)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from motcua.dossiers import services
from motcua.evaluations.services import rate
from motcua.orgs.permissions import Role

from ..catalogue.factories import content, publish, sector
from ..conftest import PASSWORD, make_staff
from ..dossiers.conftest import applicant, at, components, pdf, procedure  # noqa: F401

PROCESS_SIMPLE = [
    {"name": "Tiếp nhận hồ sơ", "actor": "desk_officer", "budget": "0.5"},
    {"name": "Thẩm định", "actor": "specialist", "budget": "3.5"},
    {"name": "Phê duyệt", "actor": "agency_leader", "budget": "1"},
    {"name": "Trả kết quả", "actor": "desk_officer", "budget": "0", "counted": False},
]
SUPPLEMENT_ITEMS = [
    {"item": "Giấy chứng sinh", "reason": "Bản sao không rõ nét"},
    {"item": "Bản sao sổ hộ khẩu", "reason": "Thiếu trong hồ sơ"},
]


class Flow:
    """Each method returns one new dossier of ``account`` at the named point of its life."""

    def __init__(self, officials, tree, procedure, account):  # noqa: F811
        self.o, self.tree, self.procedure, self.account = officials, tree, procedure, account
        self.desk = officials[Role.DESK_OFFICER]
        self.head = officials[Role.UNIT_HEAD]
        self.specialist = officials[Role.SPECIALIST]
        self.leader = officials[Role.AGENCY_LEADER]

    def submitted(self, account=None):
        return services.submit_online(
            account=account or self.account,
            desk=self.tree.justice,
            procedure=self.procedure,
            applicant=applicant(),
            components=components(),
            at=at(2026, 3, 6, 9, 0),
        )

    def received(self, account=None):
        return services.receive(user=self.desk, dossier=self.submitted(account), at=at(2026, 3, 6, 10, 0))

    def at_specialist(self, account=None):
        dossier = services.forward(self.received(account), user=self.desk, at=at(2026, 3, 6, 14, 0))
        return services.forward(dossier, user=self.head, handler=self.specialist, at=at(2026, 3, 9, 8, 0))

    def supplemented(self, account=None):
        return services.request_supplement(
            self.at_specialist(account), user=self.specialist, items=SUPPLEMENT_ITEMS, at=at(2026, 3, 9, 9, 0)
        )

    def apologised(self, account=None):
        dossier = self.at_specialist(account)
        services.add_note(
            dossier, user=self.specialist, text="Ghi chú nội bộ: gọi điện cho phường", at=at(2026, 3, 9, 10)
        )
        services.consult(
            dossier, user=self.specialist, unit=self.tree.construction, question="Câu hỏi nội bộ về quy hoạch"
        )
        return services.apologise(
            dossier,
            user=self.leader,
            reason="Cần xác minh thêm thông tin lý lịch",
            new_due=dt.date(2026, 3, 20),
            at=at(2026, 3, 10, 17, 0),
        )

    def decided(self, account=None, outcome="approved"):
        dossier = services.forward(self.at_specialist(account), user=self.specialist, at=at(2026, 3, 10, 9, 0))
        kwargs = {"result_file": pdf()} if outcome == "approved" else {"reasons": "Không đủ điều kiện"}
        return services.decide(dossier, user=self.leader, outcome=outcome, at=at(2026, 3, 10, 15, 0), **kwargs)

    def returned(self, account=None):
        return services.return_result(
            self.decided(account), user=self.desk, received_by="Nguyễn Văn An", at=at(2026, 3, 11, 8, 0)
        )


@pytest.fixture
def flow(officials, tree, procedure, citizen):  # noqa: F811
    return Flow(officials, tree, procedure, citizen)


@pytest.fixture
def other_citizen(db):
    from motcua.accounts.models import User

    return User.objects.create_user(
        "citizen2", password=PASSWORD, account_type="citizen", full_name="Trần Thị Bình", consented_at=timezone.now()
    )


@pytest.fixture
def english(client, settings):
    """Pages in English (the source strings); Vietnamese is the site's default."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


@pytest.fixture
def rated(flow, citizen, officials, tree):
    """Three evaluations of Sở Tư pháp (two officers) and one of Sở Xây dựng."""
    leader2 = make_staff("leader2", tree.justice, Role.AGENCY_LEADER)
    plan = [
        (
            {"satisfaction": "very_satisfied", "time": "earlier", "attitude": "polite"},
            officials[Role.AGENCY_LEADER],
            12,
        ),
        ({"satisfaction": "satisfied", "time": "on_time", "attitude": "polite"}, officials[Role.AGENCY_LEADER], 13),
        ({"satisfaction": "not_satisfied", "time": "later", "attitude": "not_polite"}, leader2, 14),
    ]
    for answers, leader, day in plan:
        flow.leader = leader
        rate(flow.returned(), by_user=citizen, channel="online", answers=answers, at=at(2026, 3, day, 9, 0))
    # Sở Xây dựng: its own procedure, desk, specialist and leader; rated in April.
    sector()
    data = content(
        name="Cấp giấy phép xây dựng",
        level="province",
        implementing_agency="H15.07",
        statutory={"amount": "5", "unit": "working_days"},
        committed=None,
        processes=[{"case": None, "steps": PROCESS_SIMPLE}],
    )
    building = publish(tree.construction, [("1.009999", "new", data)], day=dt.date(2026, 1, 5))
    desk = make_staff("xd.desk", tree.construction, Role.DESK_OFFICER)
    specialist = make_staff("xd.cv", tree.construction, Role.SPECIALIST)
    leader = make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER)
    dossier = services.submit_online(
        account=citizen, desk=tree.construction, procedure=building, applicant=applicant(), components=components()
    )
    dossier = services.receive(user=desk, dossier=dossier)
    dossier = services.forward(dossier, user=desk, handler=specialist)
    dossier = services.forward(dossier, user=specialist)
    dossier = services.decide(dossier, user=leader, result_file=pdf())
    rate(dossier, by_user=citizen, channel="online", answers={"satisfaction": "very_satisfied"}, at=at(2026, 4, 2))
    return {"leader2": leader2, "xd_desk": desk}
