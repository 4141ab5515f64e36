"""Placeholders of each event, sample data, rendering and the checks made before a template is saved.

Placeholders are written ``{name}``; only the names listed for the event are allowed. Rendering is a
plain substitution (no attribute access, no format specifications), so a template can never reach
into the objects behind the values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import Channel, Event

SMS_MAX = 459  # three concatenated segments of 153 characters
SMS_VALUE_MAX = 80  # one value (procedure, agency, reason) inside an SMS
SMS_ITEMS_MAX = 160
EMAIL_SUBJECT_MAX = 200
LINKS = ("lookup_url", "rate_url", "petitions_url")  # never clipped in an SMS
TOKEN = re.compile(r"\{([^{}]*)\}")

COMMON = ("applicant", "procedure", "agency", "date")
WITH_CODE = ("code", "lookup_url")
PETITION = ("petitioner", "agency", "code", "title", "date", "petitions_url")
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    Event.SUBMITTED: (*COMMON, "submitted_at"),
    Event.ACCEPTED: (*COMMON, *WITH_CODE, "appointment"),
    Event.COMPLETION_REQUESTED: (*COMMON, "items"),
    Event.REFUSED: (*COMMON, "reason"),
    Event.SUPPLEMENT_REQUESTED: (*COMMON, *WITH_CODE, "items"),
    Event.APOLOGY: (*COMMON, *WITH_CODE, "reason", "new_appointment"),
    Event.RESULT_READY: (*COMMON, *WITH_CODE, "rate_url"),
    Event.RETURNED: (*COMMON, *WITH_CODE, "rate_url"),
    Event.WITHDRAWN: (*COMMON, "reason"),
    Event.STOPPED: (*COMMON, *WITH_CODE, "reason"),
    Event.PETITION_RECEIVED: (*PETITION, "due"),
    Event.PETITION_REJECTED: (*PETITION, "reason"),
    Event.PETITION_FORWARDED: (*PETITION, "forwarded_to", "reason"),
    Event.PETITION_ANSWERED: (*PETITION, "answer"),
}


def public_url() -> str:
    """The public address of the portal, without a trailing slash (setting ``PUBLIC_URL``)."""
    import os

    value = getattr(settings, "PUBLIC_URL", None) or os.environ.get("MOTCUA_PUBLIC_URL") or "http://127.0.0.1:8000"
    return value.rstrip("/")


def sample_values(event: str = "") -> dict[str, object]:
    """Realistic values used by the preview and by the length check of SMS templates (a petition's code for
    the petition events, a dossier's otherwise)."""
    code = "PAKN-H15.03-261125-0001" if event.startswith("petition_") else "H15.03-261125-0001"
    return {
        "applicant": "Nguyễn Văn An",
        "procedure": "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
        "agency": "Sở Tư pháp tỉnh Lào Cai",
        "date": "25/11/2026",
        "submitted_at": "09:15 25/11/2026",
        "code": code,
        "lookup_url": f"{public_url()}/lookup/{code}/",
        "rate_url": f"{public_url()}/rate/{code}/0123456789abcdef0123/",
        "appointment": "16:30 28/11/2026",
        "new_appointment": "02/12/2026",
        "items": [
            {"item": "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "reason": "thiếu chữ ký của người yêu cầu"},
            {"item": "Bản sao căn cước", "reason": "ảnh chụp không rõ số định danh"},
        ],
        "reason": "cần xác minh thông tin tại cơ quan công an nơi thường trú",
        # petitions
        "petitioner": "Trần Thị Bình",
        "title": "Đề nghị giảm thành phần hồ sơ cấp Phiếu lý lịch tư pháp",
        "due": "16/12/2026",
        "forwarded_to": "Sở Tài nguyên và Môi trường tỉnh Lào Cai",
        "answer": "Sở đã kiến nghị Bộ Tư pháp bỏ yêu cầu này khi sửa đổi thủ tục.",
        "petitions_url": f"{public_url()}/my/petitions/",
    }


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def format_values(values: dict[str, object], channel: str) -> dict[str, str]:
    """Turn the raw values into text for the channel: items as lines in e-mail, one line in SMS."""
    out: dict[str, str] = {}
    for name, value in values.items():
        if name == "items" and isinstance(value, list):
            pairs = [(str(i.get("item", "")).strip(), str(i.get("reason", "")).strip()) for i in value]
            if channel == Channel.SMS:
                text = "; ".join(f"{item} ({reason})" if item and reason else item or reason for item, reason in pairs)
                out[name] = _clip(text, SMS_ITEMS_MAX)
            else:
                out[name] = "\n".join(f"- {item}: {reason}" if item else f"- {reason}" for item, reason in pairs)
            continue
        text = "" if value is None else str(value)
        out[name] = _clip(text, SMS_VALUE_MAX) if channel == Channel.SMS and name not in LINKS else text
    return out


def substitute(text: str, values: dict[str, str]) -> str:
    """Replace each known ``{name}``; anything else is left as written."""
    return TOKEN.sub(lambda m: values.get(m.group(1), m.group(0)), text)


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def render(channel: str, subject: str, body: str, values: dict[str, object]) -> Rendered:
    formatted = format_values(values, channel)
    text = substitute(body, formatted).strip()
    if channel == Channel.SMS:
        return Rendered("", _clip(" ".join(text.split()), SMS_MAX))
    return Rendered(" ".join(substitute(subject, formatted).split()), text)


def unknown_placeholders(event: str, text: str) -> list[str]:
    allowed = set(PLACEHOLDERS[event])
    return sorted({name for name in TOKEN.findall(text) if name not in allowed})


def validate(event: str, channel: str, subject: str, body: str) -> None:
    """Refuse unknown placeholders and an SMS longer than three segments once rendered with sample data."""
    errors: dict[str, list[str]] = {}
    allowed = ", ".join("{" + name + "}" for name in PLACEHOLDERS[event])
    fields = {"body": body} if channel == Channel.SMS else {"subject": subject, "body": body}
    for field, text in fields.items():
        unknown = unknown_placeholders(event, text)
        if unknown:
            errors[field] = [
                _("Unknown placeholder %(names)s. Allowed: %(allowed)s.")
                % {"names": ", ".join("{" + n + "}" for n in unknown), "allowed": allowed}
            ]
    if not body.strip():
        errors.setdefault("body", []).append(_("Write the text of the message."))
    if channel == Channel.EMAIL:
        if not subject.strip():
            errors.setdefault("subject", []).append(_("An e-mail needs a subject."))
        elif "\n" in subject or "\r" in subject:
            errors.setdefault("subject", []).append(_("The subject must fit on one line."))
    elif "body" not in errors:
        length = len(" ".join(substitute(body, format_values(sample_values(event), Channel.SMS)).split()))
        if length > SMS_MAX:
            errors["body"] = [
                _("With sample data this SMS has %(length)s characters; at most %(max)s (3 SMS) are allowed.")
                % {"length": length, "max": SMS_MAX}
            ]
    if errors:
        raise ValidationError(errors)
