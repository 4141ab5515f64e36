"""Dossiers walked through the actions that issue each form, and PDF text extraction with poppler."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import time
import unicodedata
from pathlib import Path

import pytest

from motcua.dossiers import services
from motcua.orgs.permissions import Role

from ..catalogue.factories import content, publish, sector
from ..conftest import make_staff
from ..dossiers.conftest import PROCESS, applicant, at, components, pdf, procedure  # noqa: F401

RENDER_TIMES: list[tuple[str, float]] = []


def pdf_text(data: bytes, tmp_path: Path, name: str = "form") -> str:
    """Text of a PDF by Debian's ``pdftotext`` (poppler-utils), in NFC; layout kept for reading order."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to check the PDFs")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True)
    return unicodedata.normalize("NFC", out.stdout.decode("utf-8"))


def pdf_pages(data: bytes, tmp_path: Path, name: str = "form") -> int:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    line = next(line for line in out.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def pdf_page_size(data: bytes, tmp_path: Path, name: str = "form") -> tuple[float, float]:
    """Width and height of the first page in millimetres."""
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    line = next(line for line in out.splitlines() if line.startswith("Page size:"))
    width, height = float(line.split()[2]), float(line.split()[4])
    return round(width * 25.4 / 72), round(height * 25.4 / 72)


def timed(label: str, func, *args, **kwargs):
    started = time.perf_counter()
    result = func(*args, **kwargs)
    RENDER_TIMES.append((label, time.perf_counter() - started))
    return result


def flat(text: str) -> str:
    """Whitespace collapsed, so that phrases wrapped over lines still match."""
    return " ".join(text.split())


@pytest.fixture
def walk(officials, tree, procedure):  # noqa: F811
    """Functions that take one dossier through the actions issuing each form."""
    desk, head, specialist, leader = (
        officials[Role.DESK_OFFICER],
        officials[Role.UNIT_HEAD],
        officials[Role.SPECIALIST],
        officials[Role.AGENCY_LEADER],
    )

    class Walk:
        # what the dossiers are made of; a test may swap them for longer data
        person = staticmethod(applicant)
        papers = staticmethod(components)

        def received(self, when=None, **kwargs):
            return services.receive(
                user=desk,
                desk=tree.justice,
                procedure=procedure,
                applicant=self.person(),
                components=self.papers(),
                at=when or at(2026, 3, 6, 10, 0),
                **kwargs,
            )

        def at_specialist(self):
            dossier = self.received()
            dossier = services.forward(dossier, user=desk, at=at(2026, 3, 6, 14, 0))
            return services.forward(dossier, user=head, handler=specialist, at=at(2026, 3, 9, 8, 0))

        def returned(self, *, interagency=False):
            dossier = self.at_specialist()
            if interagency:
                other = make_staff("xd.cv", tree.construction, Role.SPECIALIST)
                other.full_name = "Lê Văn Xây"
                other.save()
                dossier = services.send_to_agency(
                    dossier,
                    user=specialist,
                    agency=tree.construction,
                    task="Cho ý kiến về hiện trạng công trình",
                    budget="0.5",
                    at=at(2026, 3, 9, 14, 0),
                )
                dossier = services.forward(dossier, user=other, at=at(2026, 3, 10, 8, 30))
                dossier = services.forward(dossier, user=specialist, note="Đủ điều kiện", at=at(2026, 3, 10, 9, 0))
            else:
                dossier = services.forward(dossier, user=specialist, note="Đủ điều kiện", at=at(2026, 3, 10, 9, 0))
            dossier = services.decide(dossier, user=leader, result_file=pdf(), at=at(2026, 3, 10, 15, 0))
            return services.return_result(dossier, user=desk, received_by="Nguyễn Văn An", at=at(2026, 3, 11, 8, 0))

        def supplemented(self):
            dossier = self.at_specialist()
            items = [
                {"item": "Giấy chứng sinh", "reason": "Bản sao không rõ nét"},
                {"item": "Tờ khai", "reason": "Chưa ghi quê quán"},
            ]
            return services.request_supplement(dossier, user=specialist, items=items, at=at(2026, 3, 9, 9, 0))

        def completion_at_intake(self):
            return services.request_completion(
                user=desk,
                desk=tree.justice,
                procedure=procedure,
                applicant=self.person(),
                items=[{"item": "Giấy chứng sinh", "reason": "Thiếu bản chính"}],
                at=at(2026, 3, 6, 9, 0),
            )

        def refused_at_intake(self):
            return services.refuse_intake(
                user=desk,
                desk=tree.justice,
                procedure=procedure,
                applicant=self.person(),
                reasons="Không thuộc thẩm quyền giải quyết\nĐề nghị nộp tại UBND xã nơi cư trú",
                at=at(2026, 3, 6, 9, 30),
            )

        def apologised(self):
            dossier = self.at_specialist()
            return services.apologise(
                dossier,
                user=leader,
                reason="Cần xác minh thêm thông tin lý lịch",
                new_due=dt.date(2026, 3, 20),
                at=at(2026, 3, 10, 17, 0),
            )

        def stopped(self):
            dossier = self.received()
            return services.stop(dossier, user=leader, reason="Người nộp hồ sơ đề nghị dừng", at=at(2026, 3, 9, 10, 0))

    return Walk()


@pytest.fixture
def old_procedure(tree):
    """A procedure in force in the first half of 2025, for dossiers of the 2018 form set."""
    sector()
    data = content(
        name="Cấp phiếu lý lịch tư pháp",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "4", "unit": "working_days"},
        committed={"amount": "3", "unit": "working_days"},
        processes=[{"case": None, "steps": PROCESS}],
    )
    return publish(tree.justice, [("2.000489", "new", data)], day=dt.date(2025, 1, 2))


def pytest_terminal_summary(terminalreporter):  # pragma: no cover - reporting only
    if RENDER_TIMES:
        terminalreporter.write_line("PDF render times (documents):")
        for label, seconds in RENDER_TIMES:
            terminalreporter.write_line(f"  {label:<40} {seconds * 1000:7.0f} ms")
