"""Identification numbers of applicants and accounts, checked in one place.

- Personal identification number (số định danh cá nhân, on the citizen identity card, CCCD): 12 digits
  ``PPP G YY NNNNNN`` — ``PPP`` the code of the province of birth registration (one of the 63 codes of
  Circular 07/2016/TT-BCA, Annex I), ``G`` the century and sex (0/1: 20th century male/female, 2/3: 21st,
  4/5: 22nd, 6/7: 23rd, 8/9: 19th — TT 07/2016 Art 7), ``YY`` the last two digits of the birth year,
  then a random number of 6 digits.
- The old identity card (chứng minh nhân dân): 9 digits.
- Tax code (mã số thuế, TT 105/2020/TT-BTC Art 5): 10 digits, the last one a check digit over the first
  nine (weights 31, 29, 23, 19, 17, 13, 7, 5, 3; ``10 - sum mod 11``), or 13 digits for a branch or a
  dependent unit (the parent's 10, then 3), written ``dddddddddd-ddd`` or without the dash.

Every message names the field (``"Số định danh cá nhân: …"``) so that an error summary reads alone.
"""

from __future__ import annotations

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

# TT 07/2016/TT-BCA, Annex I: the 63 provinces and centrally-run cities (codes before the 2025 merger;
# the numbers already issued keep them).
PROVINCE_CODES: dict[str, str] = {
    "001": "Hà Nội",
    "002": "Hà Giang",
    "004": "Cao Bằng",
    "006": "Bắc Kạn",
    "008": "Tuyên Quang",
    "010": "Lào Cai",
    "011": "Điện Biên",
    "012": "Lai Châu",
    "014": "Sơn La",
    "015": "Yên Bái",
    "017": "Hòa Bình",
    "019": "Thái Nguyên",
    "020": "Lạng Sơn",
    "022": "Quảng Ninh",
    "024": "Bắc Giang",
    "025": "Phú Thọ",
    "026": "Vĩnh Phúc",
    "027": "Bắc Ninh",
    "030": "Hải Dương",
    "031": "Hải Phòng",
    "033": "Hưng Yên",
    "034": "Thái Bình",
    "035": "Hà Nam",
    "036": "Nam Định",
    "037": "Ninh Bình",
    "038": "Thanh Hóa",
    "040": "Nghệ An",
    "042": "Hà Tĩnh",
    "044": "Quảng Bình",
    "045": "Quảng Trị",
    "046": "Thừa Thiên Huế",
    "048": "Đà Nẵng",
    "049": "Quảng Nam",
    "051": "Quảng Ngãi",
    "052": "Bình Định",
    "054": "Phú Yên",
    "056": "Khánh Hòa",
    "058": "Ninh Thuận",
    "060": "Bình Thuận",
    "062": "Kon Tum",
    "064": "Gia Lai",
    "066": "Đắk Lắk",
    "067": "Đắk Nông",
    "068": "Lâm Đồng",
    "070": "Bình Phước",
    "072": "Tây Ninh",
    "074": "Bình Dương",
    "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu",
    "079": "Hồ Chí Minh",
    "080": "Long An",
    "082": "Tiền Giang",
    "083": "Bến Tre",
    "084": "Trà Vinh",
    "086": "Vĩnh Long",
    "087": "Đồng Tháp",
    "089": "An Giang",
    "091": "Kiên Giang",
    "092": "Cần Thơ",
    "093": "Hậu Giang",
    "094": "Sóc Trăng",
    "095": "Bạc Liêu",
    "096": "Cà Mau",
}
CENTURY = {0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800}  # by the century-sex digit // 2
TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
_SEPARATORS = re.compile(r"[\s.]")
_TAX = re.compile(r"^(\d{10})-?(\d{3})?$")


def _compact(value: str) -> str:
    """What was typed without spaces and dots (``"0102 0300 4005"`` → ``"010203004005"``)."""
    return _SEPARATORS.sub("", value or "")


def birth_year_of(number: str) -> int | None:
    """The birth year written in a 12-digit personal identification number (digits 4–6)."""
    if len(number) != 12 or not number.isdigit():
        return None
    return CENTURY[int(number[3]) // 2] + int(number[4:6])


def validate_personal_id(
    value: str, *, field: str, birth_date: dt.date | None = None, allow_old: bool = True, today: dt.date | None = None
) -> str:
    """The personal identification number, compacted; ``ValidationError`` naming ``field`` otherwise.

    ``allow_old`` accepts the 9-digit identity card; ``birth_date``, when known, must agree with
    digits 4–6. A birth year after ``today`` is refused in any case."""
    number = _compact(value)
    if allow_old and len(number) == 9 and number.isdigit():
        return number
    if len(number) != 12 or not number.isdigit():
        message = (
            _("%(field)s: a personal ID number has 12 digits (citizen identity card) or 9 digits (old identity card).")
            if allow_old
            else _("%(field)s: the personal identification number has exactly 12 digits.")
        )
        raise ValidationError(message % {"field": field}, code="id_format")
    if number[:3] not in PROVINCE_CODES:
        raise ValidationError(
            _("%(field)s: the first three digits (%(code)s) are not a province code; check the number on the card.")
            % {"field": field, "code": number[:3]},
            code="id_province",
        )
    year = birth_year_of(number)
    today = today or timezone.localdate()
    if birth_date is not None and birth_date.year != year:
        raise ValidationError(
            _("%(field)s: digits 4 to 6 (%(digits)s) do not match the birth year %(year)s.")
            % {"field": field, "digits": number[3:6], "year": birth_date.year},
            code="id_birth_year",
        )
    if year > today.year:
        raise ValidationError(
            _("%(field)s: digits 4 to 6 (%(digits)s) give a birth year in the future; check the number on the card.")
            % {"field": field, "digits": number[3:6]},
            code="id_birth_year",
        )
    return number


def tax_check_digit(first_nine: str) -> int | None:
    """The check digit of a tax code's first nine digits; None when no valid code starts with them."""
    digit = 10 - sum(int(d) * w for d, w in zip(first_nine, TAX_WEIGHTS, strict=True)) % 11
    return None if digit == 10 else digit


def validate_tax_code(value: str, *, field: str) -> str:
    """The tax code as ``dddddddddd`` or ``dddddddddd-ddd``; ``ValidationError`` naming ``field`` otherwise."""
    code = _compact(value)
    match = _TAX.match(code)
    if match is None:
        raise ValidationError(
            _("%(field)s: a tax code has 10 digits, or 13 for a branch (10 digits, a dash and 3 digits).")
            % {"field": field},
            code="tax_format",
        )
    main, branch = match.groups()
    if tax_check_digit(main[:9]) != int(main[9]):
        raise ValidationError(
            _("%(field)s: %(code)s is not a valid tax code (its check digit does not match); check it.")
            % {"field": field, "code": main},
            code="tax_checksum",
        )
    return f"{main}-{branch}" if branch else main


def validate_id_or_tax(value: str, *, kind: str, field: str) -> str:
    """A person's ID number or an organisation's tax code (``kind`` = ``"person"`` | ``"organisation"``)."""
    if kind == "organisation":
        return validate_tax_code(value, field=field)
    return validate_personal_id(value, field=field)
