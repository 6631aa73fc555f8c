"""Dialogs, and the small field helpers the forms share: optional dates, code combos, field errors."""

from __future__ import annotations

import datetime as dt
import html
from enum import StrEnum

from ...domain.errors import DomainError
from ..common import DATE_FORMAT, domain_text, from_qdate, show_error, to_qdate, vocab
from .. import qt  # qt.Qt where used: first touching Qt's namespace costs ~40 ms, not at import (startup)
from ..qt import QComboBox, QDate, QDateEdit, QDialog, QEvent, QLabel, QObject, QWidget

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


ERROR_COLOUR = "#b00020"


def put_error(label: QLabel, message: str, hint: str = "") -> None:
    """An error's message (and hint) in `label`, in the interface's language, and show it."""
    message, hint = html.escape(domain_text(message)), html.escape(domain_text(hint))
    label.setText(f"<span style='color:{ERROR_COLOUR}'>{message}</span>" + (f"<br><small>{hint}</small>" if hint else ""))
    label.show()


class FieldErrors:
    """The one way a form shows a refusal: a DomainError next to its field (the form's label
    `err_<field>` or `<field>Error`), else in its general label (`err_general`, `errorLabel`,
    or the one given); anything else is logged and shown as an unexpected error."""

    def __init__(self, form: QWidget, general: QLabel | None = None) -> None:
        self.form = form
        self.general = general

    def labels(self) -> list[QLabel]:
        return [label for label in self.form.findChildren(QLabel) if _is_error_label(label) or label is self.general]

    def label_for(self, field: str | None) -> QLabel | None:
        """The label of `field`, else the general one."""
        find = self.form.findChild
        label = (find(QLabel, f"err_{field}") or find(QLabel, f"{field}Error")) if field else None
        return label or self.general or find(QLabel, "err_general") or find(QLabel, "errorLabel")

    def clear(self) -> None:
        for label in self.labels():
            label.clear()
            label.hide()
        for widget in self.form.findChildren(QWidget):
            if widget.property("kh130Invalid"):
                widget.setProperty("kh130Invalid", False)
                widget.setStyleSheet("")

    def show(self, exc: BaseException) -> QLabel | None:
        if not isinstance(exc, DomainError):
            show_error(self.form.window(), exc)
            return None
        self.clear()
        label = self.label_for(exc.field)
        if label is not None:
            put_error(label, exc.message, exc.hint)
        widget = self.form.findChild(QWidget, exc.field) if exc.field else None
        if widget is not None:
            widget.setFocus()
        return label

    def mark(self, widget: QWidget) -> None:
        """Frame the widget the error is about in red, and put the cursor there."""
        widget.setProperty("kh130Invalid", True)
        widget.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};")
        widget.setFocus()

    def text(self) -> str:
        return " ".join(label.text() for label in self.labels() if label.isVisibleTo(self.form))


def _is_error_label(label: QLabel) -> bool:
    name = label.objectName()
    return name.startswith("err_") or name.endswith("Error")


class OperationDialog(QDialog):
    """A dialog whose "Lưu" runs one operation (ui/operations.py): while it runs a second press
    and "Hủy" wait; a refusal shows next to its field and the dialog stays open with what was
    typed; once it is written the dialog closes, Accepted. A subclass sets `self.errors` and
    calls `submit(changes, fn, *args)` from its `accept`."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors: FieldErrors | None = None
        self.busy = False

    def submit(self, changes, fn, *args, label: str | None = None) -> None:
        if self.busy:
            return
        self.busy = True
        if self.errors is not None:
            self.errors.clear()
        self.ctx.write(changes, fn, *args, parent=self, label=label, on_done=self._written, on_error=self._refused)

    def written(self, result) -> None:
        """What the subclass keeps of the result, before the dialog closes."""

    def refused(self, exc: BaseException) -> None:
        if self.errors is not None:
            self.errors.show(exc)
        else:
            show_error(self, exc)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def _written(self, result) -> None:
        self.busy = False
        self.written(result)
        QDialog.accept(self)

    def _refused(self, exc: BaseException) -> None:
        self.busy = False
        self.refused(exc)
