"""Date and time fields that take typing as people type (15/03/1985, 15031985, 1/3/85; 7:00,
0930), stay visibly empty when empty, and never drop a typed value without saying why.

QDateEdit and QTimeEdit edit their sections in place: typed digits land in the wrong section, an
empty date is a made-up minimum, and what does not fit is silently put back. These are line edits
instead: the text is read by book/dates.py (`parse_typed_date`, `parse_typed_time`, the one place
the rules are) when the field is left, written back in full, or kept as typed with the reason in
the form's error label (`err_<name>` or `<name>Error`) and a red frame. A calendar button opens
Qt's calendar on the field's date, or today. Forms name them as custom widgets (ui/forms.py).
"""

from __future__ import annotations

import datetime as dt

from ...domain.book.dates import DatePrecision, format_date, parse_typed_date, parse_typed_time
from ...domain.errors import ValidationError, t
from ..common import domain_text
from ..qt import QCalendarWidget, QDate, QLabel, QLineEdit, QTime, QWidget, Signal

ERROR_COLOUR = "#b00020"


def _py_date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    return value


class _TypedField(QLineEdit):
    """What both fields share: tidy the text on leaving, or say why it cannot be read."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = ""  # the domain's name of the field, for its errors; objectName by default
        self.error_label: QLabel | None = None  # found by name on first need when not given
        self._last = None
        self.setClearButtonEnabled(False)
        self.editingFinished.connect(self.tidy)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """From the keyboard the whole value is selected: typing replaces it, Delete empties it."""
        from ..qt import Qt

        super().focusInEvent(event)
        if event.reason() != Qt.MouseFocusReason:
            self.selectAll()

    def field_name(self) -> str:
        return self.field or self.objectName()

    def parse(self):
        raise NotImplementedError

    def show_text(self, value) -> str:
        raise NotImplementedError

    def value(self):
        """The value typed, or a ValidationError (with this field's name) saying why not."""
        try:
            return self.parse()
        except ValidationError as exc:
            raise ValidationError(exc.message, hint=exc.hint, field=self.field_name()) from None

    def tidy(self) -> None:
        try:
            value = self.parse()
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.clear_error()
        text = self.show_text(value)
        if text != self.text():
            self.blockSignals(True)
            self.setText(text)
            self.blockSignals(False)
        self._changed(value)

    def _changed(self, value) -> None:
        if value != self._last:
            self._last = value
            self.valueChanged.emit()
            self._emit(value)

    def _emit(self, value) -> None:
        """The subclass's own signal."""

    def _label(self) -> QLabel | None:
        if self.error_label is None:
            name = self.field_name()
            widget = self.parentWidget()
            while widget is not None and self.error_label is None:
                self.error_label = widget.findChild(QLabel, f"err_{name}") or widget.findChild(QLabel, f"{name}Error")
                widget = widget.parentWidget()
        return self.error_label

    def show_error(self, exc: ValidationError) -> None:
        message = domain_text(exc.message)
        message = message[:1].upper() + message[1:]
        hint = domain_text(exc.hint)
        self.setProperty("kh130Invalid", True)
        self.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};")
        self.setToolTip(f"{message} {hint}".strip())
        label = self._label()
        if label is not None:
            label.setText(f"<span style='color:{ERROR_COLOUR}'>{message}</span>" + (f"<br><small>{hint}</small>" if hint else ""))
            label.show()

    def clear_error(self) -> None:
        if self.property("kh130Invalid"):
            self.setProperty("kh130Invalid", False)
            self.setStyleSheet("")
            self.setToolTip("")
            label = self._label()
            if label is not None:
                label.clear()
                label.hide()


class DateField(_TypedField):
    """A date typed as dd/mm/yyyy (and the usual shortcuts); `partial` lets a month or a year
    alone stand (a birth year). The QDateEdit calls the forms used still work: setDate, date,
    setDateRange, dateChanged."""

    dateChanged = Signal(object)  # dt.date or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partial = False
        self.range: tuple[dt.date | None, dt.date | None] = (None, None)
        self._popup = None
        self.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.setMaxLength(12)
        self.setMinimumWidth(120)
        action = self.addAction(_calendar_icon(), QLineEdit.TrailingPosition)
        action.setToolTip(self.tr("Chọn ngày trên lịch (F4)"))
        action.triggered.connect(self.open_calendar)

    def parse(self):
        return self.parse_with_precision()[0]

    def parse_with_precision(self) -> tuple[dt.date | None, str]:
        day, precision = parse_typed_date(self.text(), partial=self.partial)
        low, high = self.range
        if day is not None and ((low and day < low) or (high and day > high)):
            raise ValidationError(t("Ngày phải từ {low} đến {high}.", low=format_date(low) or "…", high=format_date(high) or "…"))
        return day, precision

    def precision(self) -> str:
        try:
            return self.parse_with_precision()[1]
        except ValidationError:
            return DatePrecision.DAY.value

    def show_text(self, value) -> str:
        return format_date(value, self.precision()) if value else ""

    def set_value(self, day: dt.date | None, precision: str | None = DatePrecision.DAY) -> None:
        self.clear_error()
        self.setText(format_date(day, precision or DatePrecision.DAY) if day else "")
        self._changed(day)

    def _emit(self, value) -> None:
        self.dateChanged.emit(value)

    # QDateEdit's calls, for the forms and tests that use them
    def setDate(self, value) -> None:  # noqa: N802
        self.set_value(_py_date(value))

    def date(self) -> QDate:
        try:
            day = self.parse()
        except ValidationError:
            day = None
        return QDate(day.year, day.month, day.day) if day else QDate()

    def setDateRange(self, low, high) -> None:  # noqa: N802
        self.range = (_py_date(low), _py_date(high))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        from ..qt import Qt

        if event.key() == Qt.Key_F4 or (event.key() == Qt.Key_Down and event.modifiers() & Qt.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Qt's calendar on the field's date (today when empty or unreadable)."""
        from ..qt import Qt

        try:
            day = self.parse() or dt.date.today()
        except ValidationError:
            day = dt.date.today()
        if self._popup is None:
            self._popup = QCalendarWidget(self)
            self._popup.setWindowFlags(Qt.Popup)
            self._popup.setGridVisible(True)
            self._popup.setFirstDayOfWeek(Qt.Monday)
            self._popup.clicked.connect(self._picked)
            self._popup.activated.connect(self._picked)
        low, high = self.range
        self._popup.setDateRange(QDate(*(low or dt.date(1900, 1, 1)).timetuple()[:3]), QDate(*(high or dt.date(2100, 12, 31)).timetuple()[:3]))
        self._popup.setSelectedDate(QDate(day.year, day.month, day.day))
        self._popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._popup.show()
        self._popup.setFocus()

    def calendar(self) -> QCalendarWidget | None:
        return self._popup

    def _picked(self, qdate: QDate) -> None:
        self._popup.hide()
        self.set_value(_py_date(qdate))
        self.setFocus()


class TimeField(_TypedField):
    """A time of day typed as 7:00, 07:30, 0930 or 7h30; shown as HH:MM."""

    timeChanged = Signal(object)  # dt.time or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("giờ:phút"))
        self.setMaxLength(8)
        self.setMinimumWidth(70)
        self.setMaximumWidth(90)

    def parse(self):
        return parse_typed_time(self.text())

    def show_text(self, value) -> str:
        return f"{value:%H:%M}" if value else ""

    def set_value(self, value: dt.time | None) -> None:
        self.clear_error()
        self.setText(self.show_text(value))
        self._changed(value)

    def _emit(self, value) -> None:
        self.timeChanged.emit(value)

    def setTime(self, value) -> None:  # noqa: N802
        if isinstance(value, QTime):
            value = dt.time(value.hour(), value.minute()) if value.isValid() else None
        self.set_value(value)

    def time(self) -> dt.time | None:
        try:
            return self.parse()
        except ValidationError:
            return None


_ICON = None


def _calendar_icon():
    """A small calendar drawn once: themes that have one are not on every Windows machine."""
    global _ICON
    if _ICON is None:
        from ..qt import QColor, QIcon, QPainter, QPixmap, Qt

        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        painter.setPen(QColor("#555"))
        painter.drawRect(1, 2, 13, 12)
        painter.fillRect(1, 2, 14, 4, QColor("#8b1a1a"))
        for row in range(2):
            for col in range(3):
                painter.fillRect(3 + col * 4, 8 + row * 3, 2, 2, QColor("#555"))
        painter.end()
        _ICON = QIcon(pixmap)
    return _ICON
