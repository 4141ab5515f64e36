"""Text helpers for Vietnamese: NFC normalisation at input boundaries and accent folding."""

import unicodedata


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def fold(text: str) -> str:
    """Lower-case text without diacritics: 'Cấp giấy phép Đường' → 'cap giay phep duong'."""
    decomposed = unicodedata.normalize("NFD", (text or "").replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").lower()
