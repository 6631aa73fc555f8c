"""Dialogs, and the small field helpers the forms share: optional dates, code combos, field errors."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from ...domain.errors import DomainError
from ..common import DATE_FORMAT, from_qdate, set_field_error, to_qdate, vocab
from .. import qt  # qt.Qt where used: first touching Qt's namespace costs ~40 ms, not at import (startup)
from ..qt import QComboBox, QDate, QDateEdit, QEvent, QLabel, QObject, QWidget

EMPTY_DATE = QDate(1900, 1, 1)  # shown blank: QDateEdit has no empty state of its own
ETHNICITIES = ["Tày", "Nùng", "Kinh", "Dao", "Mông", "Sán Chay", "Lô Lô", "Hoa"]


class _ClearOnDelete(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.KeyPress and event.key() == qt.Qt.Key_Delete and event.modifiers() == qt.Qt.NoModifier:
            obj.setDate(EMPTY_DATE)
            return True
        return False


def setup_date(edit: QDateEdit, day: dt.date | None = None) -> None:
    """dd/mm/yyyy with an empty state: the minimum date shows as blank, Delete clears it."""
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(EMPTY_DATE)
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setSpecialValueText(" ")
    edit.setCalendarPopup(True)
    if not hasattr(edit, "_clear_filter"):
        edit._clear_filter = _ClearOnDelete(edit)
        edit.installEventFilter(edit._clear_filter)
    set_date(edit, day)


def set_date(edit: QDateEdit, day: dt.date | None) -> None:
    edit.setDate(to_qdate(day) if day else EMPTY_DATE)


def get_date(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    return None if value == EMPTY_DATE else from_qdate(value)


def fill_combo(combo: QComboBox, enum: type[StrEnum], *, any_label: str | None = None) -> None:
    combo.clear()
    if any_label is not None:
        combo.addItem(any_label, "")
    for member in enum:
        combo.addItem(vocab(member), member.value)


def set_combo(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value or "")
    combo.setCurrentIndex(max(index, 0))


def combo_value(combo: QComboBox) -> str:
    return combo.currentData() or ""


def fill_ethnicities(combo: QComboBox) -> None:
    combo.clear()
    combo.addItems(ETHNICITIES)
    combo.setCurrentText("")


class FieldErrors:
    """Shows a DomainError next to its field (the form's `err_<field>` label), else in `err_general`."""

    def __init__(self, form: QWidget) -> None:
        self.form = form

    def clear(self) -> None:
        for label in self.form.findChildren(QLabel):
            if label.objectName().startswith("err_"):
                set_field_error(label, None)

    def show(self, exc: DomainError) -> QWidget | None:
        self.clear()
        label = self.form.findChild(QLabel, f"err_{exc.field}") if exc.field else None
        if label is None:
            label = self.form.findChild(QLabel, "err_general")
        set_field_error(label, exc)
        widget = self.form.findChild(QWidget, exc.field) if exc.field else None
        if widget is not None:
            widget.setFocus()
        return label

    def text(self) -> str:
        return " ".join(l.text() for l in self.form.findChildren(QLabel) if l.objectName().startswith("err_") and l.isVisibleTo(self.form))
