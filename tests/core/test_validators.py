"""Issue 13 item 5a: personal ID numbers (12-digit CCCD with province and century-sex digits, the old
9-digit card) and tax codes (10 digits with their check digit, or 13), checked in one place."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from motcua.core import validators

TODAY = dt.date(2026, 12, 7)


def personal(value: str, **kwargs) -> str:
    return validators.validate_personal_id(value, field="Số định danh cá nhân", today=TODAY, **kwargs)


def refused(check, value: str, **kwargs) -> str:
    with translation.override("vi"), pytest.raises(ValidationError) as caught:
        check(value, **kwargs)
    return " ".join(caught.value.messages)


def test_the_63_province_codes_of_circular_07_2016():
    codes = validators.PROVINCE_CODES
    assert len(codes) == 63 and min(codes) == "001" and max(codes) == "096"
    assert codes["010"] == "Lào Cai" and codes["079"] == "Hồ Chí Minh"
    assert "003" not in codes and "097" not in codes


@pytest.mark.parametrize("value", ["010203004005", " 0102 0300 4005 ", "001122334455", "079201009876", "123456789"])
def test_good_personal_id_numbers_pass_compacted(value):
    assert personal(value) == value.replace(" ", "")


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("12345", "Số định danh cá nhân: số định danh cá nhân gồm 12 chữ số"),
        ("01020300400A", "12 chữ số"),
        ("003203004005", "(003)"),  # 003 is no province
        ("097203004005", "(097)"),
        ("010403004005", "năm sinh trong tương lai"),  # 4 → born in the 22nd century
    ],
)
def test_bad_personal_id_numbers_are_refused_naming_the_field(value, fragment):
    message = refused(personal, value)
    assert message.startswith("Số định danh cá nhân:") and fragment in message


def test_the_century_sex_digit_and_year_must_match_a_known_birth_date():
    assert personal("010203004005", birth_date=dt.date(2003, 5, 1)) == "010203004005"  # 2 = male, 21st century
    assert personal("010303004005", birth_date=dt.date(2003, 5, 1)) == "010303004005"  # 3 = female
    assert "1903" in refused(personal, "010203004005", birth_date=dt.date(1903, 5, 1))  # would need 0 or 1
    assert "1985" in refused(personal, "010203004005", birth_date=dt.date(1985, 1, 1))
    assert validators.birth_year_of("001822334455") == 1822  # 8 = male, 19th century


def test_the_old_card_is_refused_where_only_the_12_digit_number_is_allowed():
    assert "đúng 12 chữ số" in refused(personal, "123456789", allow_old=False)


@pytest.mark.parametrize("value", ["0100109106", "0300588569", "0100109106-001", "0100109106001"])
def test_good_tax_codes_pass(value):
    code = validators.validate_tax_code(value, field="Mã số thuế")
    assert code in ("0100109106", "0300588569", "0100109106-001")


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("12345", "10 chữ số"),
        ("0100109107", "chữ số kiểm tra"),  # the check digit of 010010910 is 6
        ("5300123456", "chữ số kiểm tra"),  # 530012345 has no valid check digit (10)
        ("0100109106-01", "10 chữ số"),
    ],
)
def test_bad_tax_codes_are_refused_naming_the_field(value, fragment):
    message = refused(validators.validate_tax_code, value, field="Mã số thuế")
    assert message.startswith("Mã số thuế:") and fragment in message
