"""Text entering the program is normalised to NFC, once, here."""

from __future__ import annotations

import unicodedata


def nfc(value: str | None) -> str | None:
    if value is None:
        return None
    return unicodedata.normalize("NFC", value)


def clean(value: str | None) -> str:
    """NFC, surrounding white space removed, inner runs of spaces folded to one."""
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", value).split())


def clean_multiline(value: str | None) -> str:
    """NFC with line breaks kept (minutes, opinions); trailing spaces dropped per line."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def sort_key(name: str) -> tuple[str, str]:
    """Vietnamese roster order: by given name (the last word), then the full name.

    Diacritics are folded for the primary key so that "Ánh" sorts with "Anh", and
    "Đ" after "D" as Vietnamese readers expect.
    """
    words = clean(name).split(" ")
    given = words[-1] if words else ""
    return (_sort_fold(given), _sort_fold(name))


def fold(text: str) -> str:
    """Lower case without diacritics, for search: "Đàm" matches "dam"."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _sort_fold(text: str) -> str:
    return fold(text.lower().replace("đ", "d\uffff"))
