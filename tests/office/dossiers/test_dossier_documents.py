"""The printable forms and the logbook in the back office: who may print them, and what comes out."""

from __future__ import annotations

import re

from django.urls import reverse

from motcua.audit.models import AuditEntry
from motcua.orgs.permissions import Role

from ...conftest import make_staff
from ...documents.conftest import at, flat, pdf_page_size, pdf_text, procedure, walk  # noqa: F401


def form_url(dossier, form: str, fmt: str = "pdf") -> str:
    return reverse(f"office:dossier-form-{fmt}", kwargs={"pk": dossier.pk, "form": form})


def test_desk_officer_prints_each_form_that_applies(walk, officials, login, tmp_path):  # noqa: F811
    client = login(officials[Role.DESK_OFFICER])
    supplemented = walk.supplemented()
    cases = {
        "receipt": supplemented,
        "supplement": supplemented,
        "control": supplemented,
        "refusal": walk.refused_at_intake(),
        "apology": walk.apologised(),
        "stop": walk.stopped(),
    }
    for form, dossier in cases.items():
        response = client.get(form_url(dossier, form))
        assert response.status_code == 200, form
        assert response["Content-Type"] == "application/pdf"
        assert response["Cache-Control"] == "private, no-store"
        assert re.match(r'inline; filename="[\w.-]+\.pdf"', response["Content-Disposition"])
        assert response.content.startswith(b"%PDF-")
        words = flat(pdf_text(response.content, tmp_path, form))
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in words and "Nguyễn Văn An" in words, form
    receipt = flat(pdf_text(client.get(form_url(supplemented, "receipt")).content, tmp_path))
    # the QR link printed under the slip is the site's absolute public status URL
    assert f"http://testserver/lookup/{supplemented.code}/" in receipt.replace(" ", "")
    assert AuditEntry.objects.filter(action=AuditEntry.Action.EXPORT, object_type__startswith="dossier form").exists()


def test_html_preview_is_the_same_form_without_inline_styles_or_scripts(walk, officials, login):  # noqa: F811
    dossier = walk.received()
    response = login(officials[Role.DESK_OFFICER]).get(form_url(dossier, "receipt", "html"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in html and dossier.code in html
    assert "ngày 11 tháng 3 năm 2026" in html
    assert "<style" not in html and "<script" not in html and " style=" not in html
    assert "/static/documents/css/forms.css" in html
    assert 'src="data:image/svg+xml,' in html  # the QR code, allowed by img-src data:
    assert form_url(dossier, "receipt") in html  # link to the PDF
    assert reverse("office:dossier-detail", kwargs={"pk": dossier.pk}) in html
    assert "style-src 'self'" in response["Content-Security-Policy"]
    # the stylesheet and the fonts it loads are served from the app's static folder
    from django.contrib.staticfiles import finders

    assert finders.find("documents/css/forms.css")
    assert finders.find("documents/fonts/LiberationSerif-Regular.ttf")


def test_a_form_that_does_not_apply_is_404_with_a_message(walk, officials, login):  # noqa: F811
    dossier = walk.received()
    client = login(officials[Role.DESK_OFFICER])
    for fmt in ("pdf", "html"):
        response = client.get(form_url(dossier, "apology", fmt))
        assert response.status_code == 404
        assert "No apology was issued for this dossier." in response.content.decode()
    assert client.get(form_url(dossier, "passport")).status_code == 404
    assert client.get(form_url(dossier, "receipt") + "?event=abc").status_code == 404
    assert client.get(form_url(dossier, "receipt") + "?event=1").status_code == 200
    assert client.get(reverse("office:dossier-form-pdf", kwargs={"pk": 999999, "form": "receipt"})).status_code == 404


def test_who_may_print_a_dossiers_forms(walk, officials, other_official, citizen, tree, client, login):  # noqa: F811
    dossier = walk.received()
    url = form_url(dossier, "receipt")
    html = form_url(dossier, "receipt", "html")
    for target in (url, html):
        response = client.get(target)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert login(citizen).get(url).status_code == 403
    assert login(other_official).get(url).status_code == 403
    other_desk = make_staff("xd.desk", tree.construction, Role.DESK_OFFICER)
    denied_before = AuditEntry.objects.filter(action=AuditEntry.Action.DENIED).count()
    assert login(other_desk).get(url).status_code == 403
    assert login(other_desk).get(html).status_code == 403
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DENIED).count() > denied_before
    for role in (Role.DESK_OFFICER, Role.SPECIALIST, Role.AGENCY_LEADER, Role.INSPECTOR):
        assert login(officials[role]).get(url).status_code == 200, role


# --- the logbook ---------------------------------------------------------------------------------------


def test_logbook_lists_the_desks_dossiers_of_the_year(walk, officials, tree, login, tmp_path):  # noqa: F811
    first = walk.returned()
    second = walk.received(at(2026, 3, 6, 11, 0))
    client = login(officials[Role.DESK_OFFICER])
    response = client.get(reverse("office:logbook"), {"agency": tree.justice.pk, "year": 2026})
    assert response.status_code == 200
    html = response.content.decode()
    assert first.code in html and second.code in html and "Sổ theo dõi hồ sơ" in html
    rows = response.context["rows"]
    assert [(row["number"], row["code"]) for row in rows] == [(1, first.code), (2, second.code)]
    assert rows[0]["signed_by"] == "Nguyễn Văn An" and rows[0]["returned"] == "11/03/2026 08:00"
    assert rows[0]["lead"] == "Sở Tư pháp" and rows[0]["method"] == "Bộ phận Tiếp nhận và Trả kết quả"
    # search by code keeps the logbook number
    response = client.get(reverse("office:logbook"), {"agency": tree.justice.pk, "year": 2026, "q": second.code})
    assert [(row["number"], row["code"]) for row in response.context["rows"]] == [(2, second.code)]
    # a period inside the year keeps the numbers too
    response = client.get(
        reverse("office:logbook"), {"agency": tree.justice.pk, "date_from": "2026-03-06", "date_to": "2026-03-06"}
    )
    assert [row["number"] for row in response.context["rows"]] == [1, 2]
    # an empty year
    response = client.get(reverse("office:logbook"), {"agency": tree.justice.pk, "year": 2025})
    assert response.status_code == 200 and response.context["rows"] == []


def test_logbook_pdf_is_a4_landscape(walk, officials, tree, login, tmp_path):  # noqa: F811
    dossier = walk.returned()
    client = login(officials[Role.DESK_OFFICER])
    response = client.get(reverse("office:logbook"), {"agency": tree.justice.pk, "year": 2026, "format": "pdf"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert pdf_page_size(response.content, tmp_path) == (297, 210)
    words = flat(pdf_text(response.content, tmp_path))
    for phrase in (
        "SỔ THEO DÕI HỒ SƠ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Mẫu số 07",
        dossier.code,
        "Cấp phiếu lý lịch tư pháp",
        "Nguyễn Văn An",
        "Nhận và trả kết quả",
        "06/03/2026 10:00",
        "Ký nhận",
    ):
        assert phrase in words, phrase
    assert AuditEntry.objects.filter(action=AuditEntry.Action.EXPORT, object_type="logbook").exists()


def test_logbook_defaults_to_the_users_desk_and_rejects_a_period_over_two_years(walk, officials, login):  # noqa: F811
    walk.received()
    client = login(officials[Role.DESK_OFFICER])
    response = client.get(reverse("office:logbook"))
    assert response.status_code == 200
    response = client.get(reverse("office:logbook"), {"date_from": "2025-12-01", "date_to": "2026-01-31"})
    assert response.status_code == 400
    from django.utils.translation import gettext, override

    with override("vi"):
        expected = gettext(
            "A logbook covers one year: choose dates within the same year (numbering restarts each year)."
        )
    assert expected in response.content.decode()


def test_who_may_see_a_logbook(officials, other_official, citizen, tree, client, login):
    url = reverse("office:logbook")
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert login(citizen).get(url).status_code == 403
    assert login(other_official).get(url).status_code == 403  # an administrator, no dossier permission
    other_desk = make_staff("xd.desk", tree.construction, Role.DESK_OFFICER)
    client = login(other_desk)
    assert client.get(url, {"agency": tree.justice.pk}).status_code == 403
    assert client.get(url, {"agency": tree.justice.pk, "format": "pdf"}).status_code == 403
    assert client.get(url, {"agency": tree.construction.pk}).status_code == 200
    assert login(officials[Role.INSPECTOR]).get(url, {"agency": tree.justice.pk}).status_code == 200


def test_the_dossier_page_offers_the_stop_notice_only_for_a_2025_dossier(officials, tree, login):
    """A dossier received on 30 June 2025 and stopped has no stop notice (TT 01/2018); one of 1 July 2025 has."""
    import datetime as dt

    from motcua.dossiers import services

    from ...catalogue.factories import content, publish, sector
    from ...dossiers.conftest import PROCESS, applicant, components

    sector()
    data = content(
        name="Cấp phiếu lý lịch tư pháp",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "4", "unit": "working_days"},
        committed={"amount": "3", "unit": "working_days"},
        processes=[{"case": None, "steps": PROCESS}],
    )
    procedure_2025 = publish(tree.justice, [("2.000489", "new", data)], day=dt.date(2025, 1, 2))
    desk = officials[Role.DESK_OFFICER]
    client = login(desk)
    for day, offered in ((at(2025, 6, 30, 9, 0), False), (at(2025, 7, 1, 9, 0), True)):
        dossier = services.receive(
            user=desk,
            desk=tree.justice,
            procedure=procedure_2025,
            applicant=applicant(),
            components=components(),
            at=day,
        )
        dossier = services.stop(dossier, user=desk, reason="Người nộp hồ sơ đề nghị dừng", at=at(2025, 7, 2, 9, 0))
        page = client.get(reverse("office:dossier-detail", kwargs={"pk": dossier.pk})).content.decode()
        assert (form_url(dossier, "stop") in page) is offered, day
        assert form_url(dossier, "control") in page
