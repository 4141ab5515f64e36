"""The dashboard at scale (issue 16): headline figures against the previous period, ranked overdue lists
cut at ten with "show all", every number linked to as many dossiers, a light page, bounded queries."""

import datetime as dt
import html
import re
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from motcua.dossiers.models import Channel, Verdict
from motcua.evaluations.models import Evaluation, Satisfaction
from motcua.orgs import services as orgs
from motcua.orgs.permissions import Role
from motcua.reports import dashboard, form06

from ...conftest import make_staff
from ...reports.conftest import at, procedure, row  # noqa: F401

URL = reverse("office:report-dashboard")
MARCH = {"date_from": "2026-03-01", "date_to": "2026-03-31"}
PERIOD = form06.Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
LINK = re.compile(r'href="([^"]*/reports/form06/dossiers/\?[^"]*)"[^>]*>([\d.,]+)</a>')


def _received(procedure, lead, day, month=3, channel=Channel.COUNTER, due_day=None, **fields):  # noqa: F811
    due = at(2026, month, due_day or day, 17, 0) if due_day else at(2026, month + 1, 28, 17, 0)
    return row(
        procedure,
        lead,
        status=fields.pop("status", "processing"),
        channel=channel,
        received_at=at(2026, month, day, 9, 0),
        due_at=due,
        original_due_at=due,
        **fields,
    )


def _resolved(procedure, lead, day, verdict, month=3):  # noqa: F811
    return _received(
        procedure,
        lead,
        day,
        month=month,
        status="returned",
        verdict=verdict,
        finished_at=at(2026, month, day + 2, 9, 0),
        days_taken=Decimal("2.00"),  # stored by the services when they decide
    )


def _evaluate(dossier, satisfaction, when):
    return Evaluation.objects.create(
        dossier=dossier,
        channel="online",
        satisfaction=satisfaction,
        agency=dossier.lead_agency,
        agency_name=dossier.lead_agency.name,
        created_at=when,
    )


def _two_periods(tree, procedure):  # noqa: F811
    """March 2026 and the 31 days before it (29/01 – 28/02)."""
    j = tree.justice
    # previous period: 4 received (1 online), 2 resolved on time, 1 overdue at its end (due 10/02)
    _resolved(procedure, j, 2, Verdict.ON_TIME, month=2)
    _resolved(procedure, j, 3, Verdict.EARLY, month=2)
    _received(
        procedure,
        j,
        4,
        month=2,
        channel=Channel.ONLINE,
        status="returned",
        verdict=Verdict.ON_TIME,
        finished_at=at(2026, 3, 2, 9, 0),
    )  # resolved in March, on time
    _received(procedure, j, 5, month=2, due_day=10)  # overdue at 28/02 and still at 31/03
    # March: 5 received (2 online), resolved: 1 early, 1 late (+ the February one above)
    a = _resolved(procedure, j, 2, Verdict.EARLY)
    _resolved(procedure, j, 3, Verdict.LATE)
    _received(procedure, j, 4, channel=Channel.ONLINE)
    _received(procedure, j, 5, channel=Channel.ONLINE, due_day=10)  # overdue at 31/03
    _received(procedure, tree.commune, 6, due_day=12)  # overdue at 31/03
    _evaluate(a, Satisfaction.SATISFIED, at(2026, 3, 10, 9, 0))
    _evaluate(_resolved(procedure, j, 20, Verdict.ON_TIME, month=1), Satisfaction.NOT_SATISFIED, at(2026, 2, 1, 9))


def test_headlines_are_compared_with_the_previous_period_of_the_same_length(client, officials, tree, procedure):  # noqa: F811
    _two_periods(tree, procedure)
    viewer = officials[Role.PROVINCE_ADMIN]
    assert dashboard.previous(PERIOD) == form06.Period(dt.date(2026, 1, 29), dt.date(2026, 2, 28))
    client.force_login(viewer)
    response = client.get(URL, {**MARCH, "language": "vi"})
    board = response.context["board"]
    found = {h.key: (h.value, h.previous, h.change) for h in board.headlines}
    assert found == {
        "received": (5, 4, Decimal("25.0")),  # +25 %
        "resolved": (3, 2, Decimal("50.0")),
        "on_time_rate": (Decimal("66.7"), Decimal("100.0"), Decimal("-33.3")),  # percentage points
        "overdue": (3, 1, Decimal("200.0")),
        "online_share": (Decimal("40.0"), Decimal("25.0"), Decimal("15.0")),
        "satisfaction": (Decimal("100.0"), Decimal("0.0"), Decimal("100.0")),
    }
    # the same functions: the previous period's numbers are those of its own Form 06
    before = form06.report(viewer, dashboard.previous(PERIOD)).total.values
    assert before["c4"] + before["c5"] == 4 and before["c7"] == 2 and before["c13"] == 1
    body = response.content.decode()
    assert "+25,0 % so với kỳ trước" in body and "−33,3 điểm phần trăm so với kỳ trước" in body
    assert body.index('id="headline-received"') < body.index('id="chart-overdue"')


def test_a_previous_period_without_data_says_so(client, officials, tree, procedure):  # noqa: F811
    _received(procedure, tree.justice, 4)
    client.force_login(officials[Role.PROVINCE_ADMIN])
    board = client.get(URL, MARCH).context["board"]
    received = next(h for h in board.headlines if h.key == "received")
    assert (received.value, received.previous, received.change) == (1, 0, None)


def _agencies(tree, n):
    return [
        orgs.create_agency(
            name=f"UBND xã Thử Nghiệm Có Tên Rất Dài Số {i:02} thuộc huyện Bát Xát",
            code=f"H15.60.{i:02}",
            level="commune",
            kind="committee",
            parent=tree.province,
        )
        for i in range(n)
    ]


def _procedures(tree, n):
    from ...catalogue.factories import content, publish

    return publish(
        tree.justice,
        [
            (f"1.{900000 + i}", "new", content(name=f"Thủ tục thử nghiệm số {i:02} về cấp giấy chứng nhận"))
            for i in range(n)
        ],
        day=dt.date(2026, 1, 5),
    )


def test_rankings_are_ordered_and_cut_at_ten_with_show_all(client, officials, tree, procedure):  # noqa: F811
    agencies = _agencies(tree, 12)
    for i, agency in enumerate(agencies):  # agency i has i + 1 overdue dossiers (the 12th: 12)
        for _n in range(i + 1):
            _received(procedure, agency, 2, due_day=10)
    codes = _procedures(tree, 12)
    for i, code in enumerate(codes):
        for _n in range(i + 1):
            _received(code, tree.justice, 3, due_day=10)
    client.force_login(officials[Role.PROVINCE_ADMIN])
    response = client.get(URL, MARCH)
    board = response.context["board"]
    totals = [a.total for a in board.agencies_ranked]
    # Sở Tư pháp leads with the 1 + … + 12 = 78 dossiers of the new procedures, then the agencies 12, 11, …
    assert totals == [78, *range(12, 0, -1)]
    # 2.000488 has the agencies' 78 dossiers, then the new procedures 12, 11, …
    assert [(p.code, p.total) for p in board.procedures[:3]] == [
        (procedure.code, 78),
        (codes[-1].code, 12),
        (codes[-2].code, 11),
    ]
    assert len(board.procedures) == 13
    tables = response.context["tables"]
    assert len(tables["overdue"].rows) == 10 and tables["overdue"].hidden == 3
    assert len(tables["procedures"].rows) == 10 and tables["procedures"].hidden == 3
    body = response.content.decode()
    assert body.count('class="bar series-0"') - _bars_outside_rankings(body) == 20
    assert "show=all" in body
    everything = client.get(URL, {**MARCH, "show": "all"})
    assert len(everything.context["tables"]["overdue"].rows) == 13
    assert len(everything.context["tables"]["procedures"].rows) == 13
    assert everything.context["tables"]["overdue"].hidden == 0


def _bars_outside_rankings(body):
    charts = re.findall(r'<svg [^>]*id="(chart-[a-z-]+)".*?</svg>', body, flags=re.S)
    bars = 0
    for chart_id in charts:
        if chart_id in ("chart-overdue", "chart-procedures"):
            continue
        markup = re.search(rf'<svg [^>]*id="{chart_id}".*?</svg>', body, flags=re.S).group(0)
        bars += markup.count('class="bar series-0"')
    return bars


def test_every_linked_number_lists_as_many_dossiers(client, officials, tree, procedure):  # noqa: F811
    _two_periods(tree, procedure)
    agencies = _agencies(tree, 2)
    _received(procedure, agencies[0], 3, due_day=9)
    _resolved(procedure, agencies[1], 4, Verdict.LATE)
    client.force_login(officials[Role.PROVINCE_ADMIN])
    response = client.get(URL, MARCH)
    body = response.content.decode()
    links = LINK.findall(body)
    columns = {re.search(r"column=([^&]+)", html.unescape(href)).group(1) for href, _n in links}
    assert {"c4%2Bc5", "c7", "c8%2Bc9", "c10", "c13", "c4", "c10%2Bc13"} <= columns
    assert any("procedure=" in href for href, _n in links) and any("group_by=agency" in href for href, _n in links)
    headline_links = {h["key"]: h["href"] for h in response.context["headlines"] if h["href"]}
    assert set(headline_links) >= {"received", "resolved", "on_time_rate", "overdue", "online_share"}
    checked = 0
    for href, number in {*links}:
        page = client.get(html.unescape(href))
        assert page.status_code == 200, href
        assert page.context["page"].paginator.count == int(number.replace(".", "")) == page.context["heading"]["cell"]
        assert all(r["rule"] for r in page.context["rows"]), href
        checked += 1
    assert checked > 20
    # the headline shares link to their numerator: on-time rate → the dossiers early or on time
    board = response.context["board"]
    on_time = client.get(headline_links["on_time_rate"]).context["page"].paginator.count
    assert on_time == board.total.on_time == 2
    overdue = client.get(headline_links["overdue"]).context["page"].paginator.count
    assert overdue == board.total.values["c13"] == 4
    # SVG bars link too: each agency bar to that agency's c10 + c13
    bar_links = re.findall(r'<a href="([^"]*key=(\d+)[^"]*)"><text class="label"', body)
    assert bar_links
    for href, key in bar_links:
        listed = client.get(html.unescape(href)).context["page"].paginator.count
        assert listed == next(a.total for a in board.agencies if a.key == key)


def test_the_page_stays_light_and_its_queries_bounded_with_sixty_agencies(client, officials, tree, procedure):  # noqa: F811
    client.force_login(officials[Role.PROVINCE_ADMIN])
    agencies = _agencies(tree, 60)
    codes = _procedures(tree, 30)

    def load(agencies, codes):
        for i, agency in enumerate(agencies):
            _received(codes[i % len(codes)], agency, 2, due_day=10)
            _resolved(codes[i % len(codes)], agency, 3, Verdict.LATE)

    load(agencies[:5], codes[:3])
    with CaptureQueriesContext(connection) as few:
        assert client.get(URL, MARCH).status_code == 200
    load(agencies[5:], codes[3:])
    with CaptureQueriesContext(connection) as many:
        response = client.get(URL, MARCH)
    assert len(response.content) < 300 * 1024
    assert len(response.context["board"].agencies_ranked) == 60
    assert len(response.context["board"].procedures) == 30
    # twelve times the agencies, ten times the procedures: not one more query (no query per row)
    assert len(many) == len(few), [q["sql"][:80] for q in many.captured_queries]
    everything = client.get(URL, {**MARCH, "show": "all"})
    assert len(everything.content) > len(response.content)


def test_the_procedure_filter_keeps_the_scope(client, officials, tree, procedure):  # noqa: F811
    _received(procedure, tree.justice, 2, due_day=10, code="A-1")
    _received(procedure, tree.construction, 2, due_day=10, code="X-1")
    cell = reverse("office:report-form06-cell")
    query = {**MARCH, "group_by": "level", "key": "total", "column": "c10+c13", "procedure": procedure.code}
    client.force_login(make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER))
    body = client.get(cell, query).content.decode()
    assert "X-1" in body and "A-1" not in body
    board = client.get(URL, MARCH).context["board"]
    assert [(p.code, p.total) for p in board.procedures] == [(procedure.code, 1)]
    client.force_login(officials[Role.PROVINCE_ADMIN])
    assert client.get(cell, query).context["page"].paginator.count == 2
    assert client.get(cell, {**query, "procedure": "9.999999"}).context["page"].paginator.count == 0
    assert client.get(cell, {**query, "column": "c4+c99"}).status_code == 400
