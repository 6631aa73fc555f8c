"""The session editor: everything the minutes need, and the attendance, saved together.

The session and its attendance are written in one operation (`save_session_with_attendance`),
so a refused mark leaves the session unsaved too, and the reverse. Closing with unsaved changes
always asks. The guests, opinions and materials are in ui/session_minutes.py, the attendance
grid in ui/attendance_grid.py.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from ..domain.book import plan as plan_domain
from ..domain.book import sessions as sessions_domain
from ..domain.errors import DomainError
from ..domain.book.roster import listed_apart_on, roster_on, summoned_on
from ..domain.book.sessions import SessionData, quarter_of, save_session_with_attendance
from ..domain.book.vocabulary import MIN_MEETING_MINUTES, SessionKind
from .attendance_grid import AttendanceGrid
from .common import ask_save_discard_cancel, fmt_date, vocab
from .context import AppContext
from .dialogs import FieldErrors, put_error
from .forms import load_form
from .models.sessions_model import WARNING_MARK, duration_text
from .operations import Changes
from .qt import (QComboBox, QCoreApplication, QDialog, QKeySequence, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                 QShortcut, QSpinBox, QTabWidget, QT_TRANSLATE_NOOP, QVBoxLayout, QWidget, Signal)
from .session_minutes import MinutesLists, commit_open_editor
from .session_roster import JoiningNote, voters_text
from .widgets.date_field import DateField, TimeField

log = logging.getLogger(__name__)

SHORT_WARNING = QT_TRANSLATE_NOOP("SessionEditor", "Buổi sinh hoạt dưới 90 phút (Hướng dẫn 42-HD/BTCTW)")
ATTENDANCE_TAB = 1

# Where each domain field lives: (tab index, widget objectName).
FIELD_WIDGETS = {
    "kind": (0, "kindCombo"),
    "held_on": (0, "dateEdit"),
    "end_time": (0, "endEdit"),
    "start_time": (0, "startEdit"),
    "quarter": (0, "quarterCombo"),
    "chair_id": (0, "chairCombo"),
    "minute_taker_id": (0, "minuteTakerCombo"),
    "guests": (0, "guestsView"),
    "reason": (ATTENDANCE_TAB, "attendanceView"),
    "opinions": (3, "opinionsView"),
    "votes_for": (3, "votesForSpin"),
}


class SessionEditor(QDialog):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, session_id: int | None = None, parent: QWidget | None = None,
                 *, default_date: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self._dirty = False
        self._loading = True
        self._auto_topic = ""
        self._roster_names: dict[str, int] = {}
        self.setWindowTitle(self.tr("Buổi sinh hoạt"))
        self.resize(1180, 660)  # fits 1366x768 with a taskbar

        self.form = load_form("session_editor", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.form)
        f = self.form.findChild
        self.tabs: QTabWidget = f(QTabWidget, "tabs")
        self.kind_combo: QComboBox = f(QComboBox, "kindCombo")
        self.date_edit: DateField = f(DateField, "dateEdit")
        self.start_edit: TimeField = f(TimeField, "startEdit")
        self.end_edit: TimeField = f(TimeField, "endEdit")
        self.date_edit.field, self.start_edit.field, self.end_edit.field = "held_on", "start_time", "end_time"
        self.start_edit.error_label = self.end_edit.error_label = f(QLabel, "end_timeError")
        self.voters_label: QLabel = f(QLabel, "votersLabel")
        self._held_on = default_date or dt.date.today()  # the last date read from the field
        self.duration_label: QLabel = f(QLabel, "durationLabel")
        self.quarter_combo: QComboBox = f(QComboBox, "quarterCombo")
        self.place_edit: QLineEdit = f(QLineEdit, "placeEdit")
        self.chair_combo: QComboBox = f(QComboBox, "chairCombo")
        self.minute_taker_combo: QComboBox = f(QComboBox, "minuteTakerCombo")
        self.presenter_edit: QLineEdit = f(QLineEdit, "presenterEdit")
        self.title_edit: QLineEdit = f(QLineEdit, "titleEdit")
        self.topic_edit: QPlainTextEdit = f(QPlainTextEdit, "topicEdit")
        self.agenda_edit: QPlainTextEdit = f(QPlainTextEdit, "agendaEdit")
        self.content_edit: QPlainTextEdit = f(QPlainTextEdit, "contentEdit")
        self.conclusions_edit: QPlainTextEdit = f(QPlainTextEdit, "conclusionsEdit")
        self.vote_subject_edit: QLineEdit = f(QLineEdit, "voteSubjectEdit")
        self.votes_for: QSpinBox = f(QSpinBox, "votesForSpin")
        self.votes_against: QSpinBox = f(QSpinBox, "votesAgainstSpin")
        self.votes_abstain: QSpinBox = f(QSpinBox, "votesAbstainSpin")
        self.tasks_edit: QPlainTextEdit = f(QPlainTextEdit, "tasksEdit")
        self.error_label: QLabel = f(QLabel, "errorLabel")
        self.save_button: QPushButton = f(QPushButton, "saveButton")
        self.close_button: QPushButton = f(QPushButton, "cancelButton")
        self.print_minutes_button: QPushButton = f(QPushButton, "printMinutesButton")
        self.print_sheet_button: QPushButton = f(QPushButton, "printSheetButton")
        self.errors = FieldErrors(self.form, self.error_label)
        self._saving = False

        self.grid = AttendanceGrid(self)
        self.joining_note = JoiningNote(ctx, self)  # who is left out, joined later: fixable there
        for widget in (self.grid, self.joining_note):
            f(QWidget, "attendanceTab").layout().addWidget(widget)
        self.joining_note.fixed.connect(lambda: self._refresh_roster(self._held_on))

        for kind in SessionKind:
            self.kind_combo.addItem(vocab(kind), kind.value)
        for q, roman in enumerate(("I", "II", "III", "IV"), start=1):
            self.quarter_combo.addItem(self.tr("Quý {q}").format(q=roman), q)

        self.lists = MinutesLists(self.form, lambda: list(self._roster_names), self)
        # The lists as the tests and the error display reach them.
        self.guests_view, self.guests = self.lists.guests_view, self.lists.guests
        self.opinions_view, self.opinions = self.lists.opinions_view, self.lists.opinions

        self._connect()
        self._load(default_date)
        self._loading = False
        self._set_dirty(False)

    # --- wiring -----------------------------------------------------------------------------
    def _connect(self) -> None:
        for w in (self.place_edit, self.presenter_edit, self.title_edit, self.vote_subject_edit, self.topic_edit,
                  self.agenda_edit, self.content_edit, self.conclusions_edit, self.tasks_edit):
            w.textChanged.connect(self._changed)
        for w in (self.chair_combo, self.minute_taker_combo):
            w.currentIndexChanged.connect(self._changed)
        for w in (self.votes_for, self.votes_against, self.votes_abstain):
            w.valueChanged.connect(self._changed)
        self.lists.changed.connect(self._changed)
        self.grid.changed.connect(self._changed)
        self.grid.changed.connect(lambda: self.voters_label.setText(voters_text(self.grid.counts().voters)))
        self.kind_combo.currentIndexChanged.connect(self._kind_or_quarter_changed)
        self.quarter_combo.currentIndexChanged.connect(self._kind_or_quarter_changed)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.start_edit.timeChanged.connect(self._times_changed)
        self.end_edit.timeChanged.connect(self._times_changed)
        for w in (self.date_edit, self.start_edit, self.end_edit):
            w.textEdited.connect(self._changed)
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)
        self.print_minutes_button.clicked.connect(lambda: self._print("minutes"))
        self.print_sheet_button.clicked.connect(lambda: self._print("attendance"))
        QShortcut(QKeySequence.Save, self, activated=lambda: self.save())
        self.save_button.setAutoDefault(False)  # Enter belongs to the grid's reason editor

    def _changed(self, *args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        title = self.tr("Buổi sinh hoạt mới") if self.session_id is None else self.tr("Buổi sinh hoạt ngày {d}").format(
            d=fmt_date(self._held_on))
        self.setWindowTitle(title + (" *" if dirty else ""))

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    # --- loading ---------------------------------------------------------------------------
    def _load(self, default_date: dt.date | None) -> None:
        if self.session_id is not None:
            data = self.ctx.read(sessions_domain.session_data, self.session_id)
            lines, apart = self.ctx.read(sessions_domain.attendance_sheet, self.session_id)
        else:
            day = default_date or dt.date.today()
            data = SessionData(kind=SessionKind.THEMATIC.value, held_on=day, start_time=dt.time(8, 0),
                               end_time=dt.time(10, 0), quarter=quarter_of(day))
            last = self.ctx.read(sessions_domain.latest_session)
            if last is not None:
                data.place = last.place
            lines, apart = None, None
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        self._held_on = data.held_on
        self.date_edit.set_value(data.held_on)
        self.start_edit.set_value(data.start_time or dt.time(8, 0))
        self.end_edit.set_value(data.end_time or dt.time(10, 0))
        self.quarter_combo.setCurrentIndex((data.quarter or quarter_of(data.held_on)) - 1)
        self.place_edit.setText(data.place)
        self.presenter_edit.setText(data.presenter)
        self.title_edit.setText(data.title)
        self.agenda_edit.setPlainText(data.agenda)
        self.content_edit.setPlainText(data.content)
        self.conclusions_edit.setPlainText(data.conclusions)
        self.vote_subject_edit.setText(data.vote_subject)
        for spin, value in ((self.votes_for, data.votes_for), (self.votes_against, data.votes_against),
                            (self.votes_abstain, data.votes_abstain)):
            spin.setValue(-1 if value is None else value)
        self.tasks_edit.setPlainText(data.tasks)
        self.lists.show_people(data)
        self._refresh_roster(data.held_on, keep=(data.chair_id, data.minute_taker_id))
        if lines is not None:
            self.grid.model.load(lines, apart)
            self.voters_label.setText(voters_text(self.grid.counts().voters))
        self.lists.show_materials(self.ctx.read(plan_domain.materials, data.held_on.year), data.materials)
        self.topic_edit.setPlainText(data.topic)
        if self.session_id is None:
            self._kind_or_quarter_changed()
        self._times_changed()

    def _refresh_roster(self, day: dt.date, keep: tuple[int | None, int | None] | None = None) -> None:
        """Combos and the grid follow the roster as it stood on the session's date."""
        keep = keep or (self.chair_combo.currentData(), self.minute_taker_combo.currentData())
        standings = self.ctx.read(roster_on, day)
        self._roster_names = {s.member.full_name: s.member.id for s in standings}
        for combo, wanted in zip((self.chair_combo, self.minute_taker_combo), keep):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— chưa chọn —"), None)
            for s in standings:
                combo.addItem(f"{s.member.full_name} ({vocab(s.role)})", s.member.id)
            combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted is not None else 0)
            combo.blockSignals(False)
        summoned = self.ctx.read(summoned_on, day)
        apart = self.ctx.read(listed_apart_on, day)
        self.grid.model.reload_roster(summoned, apart)
        self.voters_label.setText(voters_text(self.grid.counts().voters))
        self.joining_note.show_for(day)

    # --- reactions ---------------------------------------------------------------------------
    def _date_changed(self, day: dt.date | None) -> None:
        if day is None:
            return
        self._held_on = day
        self.quarter_combo.setCurrentIndex(quarter_of(day) - 1)
        if not self._loading:
            self._refresh_roster(day)
            self._kind_or_quarter_changed()  # another year may have another plan

    def _kind_or_quarter_changed(self, *args) -> None:
        kind = self.kind_combo.currentData()
        year = self._held_on.year
        suggested = self.ctx.read(plan_domain.quarter_topic, year, self.quarter_combo.currentData())
        current = self.topic_edit.toPlainText().strip()
        # Only replace a topic the user has not written themselves.
        if kind == SessionKind.THEMATIC and suggested and (not current or current == self._auto_topic):
            self.topic_edit.setPlainText(suggested)
            self._auto_topic = suggested
        self._changed()

    def minutes(self) -> int | None:
        start, end = self.start_edit.time(), self.end_edit.time()
        if start is None or end is None:
            return None
        return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)

    def _times_changed(self, *args) -> None:
        minutes = self.minutes()
        if minutes is None:  # a time not typed yet, or unreadable (its field says why)
            self.duration_label.hide()
            self._changed()
            return
        # The same words the domain uses, in the same place, before any save: one message, not two.
        end_error = self.form.findChild(QLabel, "end_timeError")
        end_error.setVisible(minutes <= 0)
        self.duration_label.setVisible(minutes > 0)
        if minutes <= 0:
            put_error(end_error, self.tr("Giờ kết thúc phải sau giờ bắt đầu."))
        elif minutes < MIN_MEETING_MINUTES:
            warning = QCoreApplication.translate("SessionEditor", SHORT_WARNING)
            self.duration_label.setText(f"<span style='color:#b35c00'>{WARNING_MARK} {warning} — "
                                        f"{duration_text(minutes).lstrip(WARNING_MARK + ' ')}</span>")
        else:
            self.duration_label.setText(self.tr("Thời lượng: {d}").format(d=duration_text(minutes)))
        self._changed()

    def short_warning_shown(self) -> bool:
        return QCoreApplication.translate("SessionEditor", SHORT_WARNING) in self.duration_label.text()

    # --- saving ------------------------------------------------------------------------------
    def collect(self) -> SessionData:
        def votes(spin: QSpinBox) -> int | None:
            return None if spin.value() < 0 else spin.value()

        return SessionData(
            kind=self.kind_combo.currentData(),
            held_on=self.date_edit.value(),
            start_time=self.start_edit.value(),
            end_time=self.end_edit.value(),
            quarter=self.quarter_combo.currentData(),
            place=self.place_edit.text(),
            chair_id=self.chair_combo.currentData(),
            minute_taker_id=self.minute_taker_combo.currentData(),
            presenter=self.presenter_edit.text(),
            title=self.title_edit.text(),
            topic=self.topic_edit.toPlainText(),
            agenda=self.agenda_edit.toPlainText(),
            content=self.content_edit.toPlainText(),
            conclusions=self.conclusions_edit.toPlainText(),
            vote_subject=self.vote_subject_edit.text(),
            votes_for=votes(self.votes_for),
            votes_against=votes(self.votes_against),
            votes_abstain=votes(self.votes_abstain),
            tasks=self.tasks_edit.toPlainText(),
            materials=self.lists.chosen_materials(),
            guests=self.lists.guest_list(),
            opinions=self.lists.opinion_list(self._roster_names),
        )

    def save(self, then: Callable[[bool], None] | None = None) -> None:
        """Write the session and its attendance; `then(saved)` once written, or refused with the
        error shown next to its field."""
        if self._saving:
            return
        # A reason or a guest still being typed belongs to this save.
        commit_open_editor(self.grid.view)
        self.lists.commit_editors()
        self.errors.clear()
        try:
            data = self.collect()
        except DomainError as exc:  # a date or time that cannot be read: said next to it, kept as typed
            self._show_error(exc)
            if then is not None:
                then(False)
            return
        self._saving = True

        def done(session_id: int) -> None:
            self._saving = False
            self.session_id = session_id
            self._set_dirty(False)
            self.error_label.setText(self.tr("Đã lưu."))
            self.error_label.show()
            self.saved.emit(session_id)
            if then is not None:
                then(True)

        def refused(exc: BaseException) -> None:
            self._saving = False
            self._show_error(exc)
            if then is not None:
                then(False)

        self.ctx.write(Changes.SESSIONS | Changes.ATTENDANCE, save_session_with_attendance, self.session_id, data,
                       self.grid.marks(), parent=self, on_done=done, on_error=refused)

    def _show_error(self, exc: BaseException) -> None:
        self.errors.show(exc)
        if not isinstance(exc, DomainError):
            return
        where = FIELD_WIDGETS.get(exc.field or "")
        if where is not None:
            tab, name = where
            self.tabs.setCurrentIndex(tab)
            widget = self.form.findChild(QWidget, name)
            if widget is not None:
                self.errors.mark(widget)
        # An error about a member (a mark refused, a reason missing): the cursor on their row.
        if exc.member_id is not None and self.grid.select_member_id(exc.member_id):
            self.tabs.setCurrentIndex(ATTENDANCE_TAB)
            self.grid.view.setFocus()

    def reject(self) -> None:
        if self._saving:
            return
        if self._dirty:
            answer = ask_save_discard_cancel(self, self.tr("Buổi sinh hoạt"))
            if answer == "cancel":
                return
            if answer == "save":
                self.save(lambda saved: saved and QDialog.reject(self))
                return
        super().reject()

    # --- printing ----------------------------------------------------------------------------
    def _print(self, what: str) -> None:
        """The minutes or the signing sheet, of the session as saved: saved first if need be."""
        if self._dirty or self.session_id is None:
            self.save(lambda saved: saved and self._preview(what))
        else:
            self._preview(what)

    def _preview(self, what: str) -> None:
        session_id = self.session_id
        day = self._held_on
        from ..domain import documents
        from .printing import preview_document

        if what == "minutes":
            preview_document(self, self.ctx, self.tr("Biên bản sinh hoạt ngày {d}").format(d=fmt_date(day)),
                             f"bien-ban-{day:%Y-%m-%d}.pdf", lambda tx: documents.minutes_pdf(tx, session_id))
        else:
            preview_document(self, self.ctx, self.tr("Danh sách ký ngày {d}").format(d=fmt_date(day)),
                             f"danh-sach-ky-{day:%Y-%m-%d}.pdf", lambda tx: documents.attendance_pdf(tx, session_id))
