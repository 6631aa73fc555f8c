"""Dialogs, and the small field helpers the forms share: optional dates, code combos, field errors."""

from __future__ import annotations

import datetime as dt
import html
from enum import StrEnum

from functools import partial

from ...domain.errors import SECOND_SECRETARY, DomainError
from ..common import confirm, domain_text, show_error, tr, vocab
from ..qt import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget
from ..widgets.date_field import DateField

ETHNICITIES = ["Tày", "Nùng", "Kinh", "Dao", "Mông", "Sán Chay", "Lô Lô", "Hoa"]


def setup_date(edit: DateField, day: dt.date | None = None, *, partial: bool = False) -> None:
    """A date field of a form (ui/widgets/date_field.py): empty unless `day`; `partial` lets a
    month or a year alone stand, as a member's birth date may."""
    edit.partial = partial
    set_date(edit, day)


def set_date(edit: DateField, day: dt.date | None, precision: str | None = None) -> None:
    edit.set_value(day, precision)


def get_date(edit: DateField) -> dt.date | None:
    """The date typed, None when empty; a ValidationError naming the field when unreadable."""
    return edit.value()


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


def form_state(root: QWidget) -> list:
    """What is typed and chosen in a form, to tell whether anything changed since."""
    state = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QComboBox):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QCheckBox):
            state.append(widget.isChecked())
    return state


def confirm_discard(parent: QWidget) -> bool:
    """Esc or "Hủy" on a form with something typed: ask before throwing it away."""
    return confirm(parent, tr("Bỏ những gì đã nhập?"), tr("Những gì đã nhập chưa được lưu và sẽ mất."),
                   tr("Bỏ những gì đã nhập"))


def confirm_new_secretary(parent: QWidget, exc: DomainError) -> bool:
    """The roster's one-bí-thư rule (book/roster.py): making another one ends the current term."""
    return confirm(parent, tr("Đổi bí thư chi bộ"),
                   domain_text(exc.message) + "\n\n" + tr("Ghi đồng chí này làm bí thư thì bí thư hiện nay thôi chức "
                                                           "(chuyển làm đảng viên, ghi vào lịch sử). Tiếp tục?"),
                   tr("Đổi bí thư"), destructive=False)


class AsksBeforeDiscard:
    """Esc, "Hủy" or the window's close box ask before typed work is thrown away, and wait
    while an operation runs. Mixed in before a QDialog or QWizard that has `busy` and
    `has_typed()`."""

    busy: bool

    def has_typed(self) -> bool:
        raise NotImplementedError

    def _may_close(self) -> bool:
        return not self.busy and (not self.has_typed() or confirm_discard(self))

    def cancel(self) -> None:
        if self._may_close():
            self.reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from ..qt import Qt

        if event.key() == Qt.Key_Escape and event.modifiers() == Qt.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.spontaneous() and not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)


class OperationDialog(AsksBeforeDiscard, QDialog):
    """A dialog whose "Lưu" runs one operation (ui/operations.py): while it runs a second press
    and "Hủy" wait; a refusal shows next to its field and the dialog stays open with what was
    typed; once it is written the dialog closes, Accepted. A subclass sets `self.errors` and
    calls `submit(changes, fn, *args)` from its `accept`, and `mark_clean()` once its form is
    filled: closing with anything typed since asks first. A second bí thư asks before the
    operation is run again with `replace_secretary=True`."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors: FieldErrors | None = None
        self.busy = False
        self._clean_state: list | None = None
        self._last = None

    def mark_clean(self) -> None:
        self._clean_state = form_state(self)

    def has_typed(self) -> bool:
        return self._clean_state is not None and form_state(self) != self._clean_state

    def submit(self, changes, fn, *args, label: str | None = None) -> None:
        if self.busy:
            return
        self._last = (changes, fn, args, label)
        self.busy = True
        if self.errors is not None:
            self.errors.clear()
        self.ctx.write(changes, fn, *args, parent=self, label=label, on_done=self._written, on_error=self._refused)

    def written(self, result) -> None:
        """What the subclass keeps of the result, before the dialog closes."""

    def refused(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError) and exc.code == SECOND_SECRETARY and self._last is not None:
            if confirm_new_secretary(self, exc):
                changes, fn, args, label = self._last
                self.submit(changes, partial(fn, replace_secretary=True), *args, label=label)
                return
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
