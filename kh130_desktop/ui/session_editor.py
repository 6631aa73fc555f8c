"""The session editor: everything the minutes need, and the attendance, saved together.

The session and its attendance are written in one transaction (`save_session_with_attendance`),
so a refused mark leaves the session unsaved too, and the reverse. Closing with unsaved changes
always asks.
"""

from __future__ import annotations

import datetime as dt
import html
import logging

from sqlmodel import Session

from ..domain.book import plan as plan_domain
from ..domain.book import sessions as sessions_domain
from ..domain.errors import DomainError
from ..domain.book.roster import listed_apart_on, roster_on, summoned_on
from ..domain.book.sessions import AttendanceMark, Guest, Opinion, SessionData, quarter_of
from ..domain.text import clean
from ..domain.book.vocabulary import MIN_MEETING_MINUTES, SessionKind
from .attendance_grid import AttendanceGrid
from .common import ask_save_discard_cancel, domain_text, fmt_date, from_qdate, from_qtime, show_error, show_info, to_qdate, to_qtime, vocab
from .context import AppContext
from .forms import load_form
from .models.sessions_model import WARNING_MARK, EditableRowsModel, duration_text
from .qt import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QDateEdit,
    QDialog,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QShortcut,
    QSpinBox,
    QStandardItem,
    QStandardItemModel,
    QStyledItemDelegate,
    Qt,
    QTableView,
    QTabWidget,
    QT_TRANSLATE_NOOP,
    QTime,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)

SHORT_WARNING = QT_TRANSLATE_NOOP("SessionEditor", "Buổi sinh hoạt dưới 90 phút (Hướng dẫn 42-HD/BTCTW)")
ERROR_STYLE = "color:#b00020"

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
    "reason": (1, "attendanceView"),
    "opinions": (3, "opinionsView"),
    "votes_for": (3, "votesForSpin"),
}


def save_session_with_attendance(tx: Session, session_id: int | None, data: SessionData,
                                 marks: dict[int, AttendanceMark | None]) -> int:
    """One user action: the session and its attendance, whole or not at all."""
    if session_id is None:
        session = sessions_domain.create_session(tx, data)
    else:
        session = sessions_domain.update_session(tx, session_id, data)
    sessions_domain.set_attendance(tx, session.id, marks)
    return session.id


def show_field_error(root: QWidget, exc: DomainError | None, fallback: QLabel | None = None) -> None:
    """Put a domain error next to its field (a label named `<field>Error`), else in `fallback`."""
    labels = [w for w in root.findChildren(QLabel) if w.objectName().endswith("Error") or w is fallback]
    for lab in labels:
        lab.clear()
        lab.hide()
    for w in root.findChildren(QWidget):
        if w.property("kh130Invalid"):
            w.setProperty("kh130Invalid", False)
            w.setStyleSheet("")
    if exc is None:
        return
    target = root.findChild(QLabel, f"{exc.field}Error") if exc.field else None
    target = target or fallback
    if target is not None:
        text = f"<span style='{ERROR_STYLE}'>{html.escape(domain_text(exc.message))}</span>"
        if exc.hint:
            text += f"<br><small>{html.escape(domain_text(exc.hint))}</small>"
        target.setText(text)
        target.show()


def commit_open_editor(view: QAbstractItemView) -> None:
    if view.state() != QAbstractItemView.EditingState:
        return
    editor = view.indexWidget(view.currentIndex())
    if editor is not None:
        view.commitData(editor)
        view.closeEditor(editor, QAbstractItemDelegate.NoHint)


class SpeakerDelegate(QStyledItemDelegate):
    """The speaker cell: pick a member on the roster, or type a guest's name."""

    def __init__(self, names_fn, parent=None) -> None:
        super().__init__(parent)
        self._names_fn = names_fn

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self._names_fn())
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentText(index.data(Qt.EditRole) or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentText(), Qt.EditRole)


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
        self.date_edit: QDateEdit = f(QDateEdit, "dateEdit")
        self.start_edit: QTimeEdit = f(QTimeEdit, "startEdit")
        self.end_edit: QTimeEdit = f(QTimeEdit, "endEdit")
        self.duration_label: QLabel = f(QLabel, "durationLabel")
        self.quarter_combo: QComboBox = f(QComboBox, "quarterCombo")
        self.place_edit: QLineEdit = f(QLineEdit, "placeEdit")
        self.chair_combo: QComboBox = f(QComboBox, "chairCombo")
        self.minute_taker_combo: QComboBox = f(QComboBox, "minuteTakerCombo")
        self.presenter_edit: QLineEdit = f(QLineEdit, "presenterEdit")
        self.title_edit: QLineEdit = f(QLineEdit, "titleEdit")
        self.guests_view: QTableView = f(QTableView, "guestsView")
        self.materials_view: QListView = f(QListView, "materialsView")
        self.material_edit: QLineEdit = f(QLineEdit, "materialEdit")
        self.topic_edit: QPlainTextEdit = f(QPlainTextEdit, "topicEdit")
        self.agenda_edit: QPlainTextEdit = f(QPlainTextEdit, "agendaEdit")
        self.content_edit: QPlainTextEdit = f(QPlainTextEdit, "contentEdit")
        self.opinions_view: QTableView = f(QTableView, "opinionsView")
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

        self.grid = AttendanceGrid(self)
        f(QWidget, "attendanceTab").layout().addWidget(self.grid)

        for kind in SessionKind:
            self.kind_combo.addItem(vocab(kind), kind.value)
        for q, roman in enumerate(("I", "II", "III", "IV"), start=1):
            self.quarter_combo.addItem(self.tr("Quý {q}").format(q=roman), q)

        self.guests = EditableRowsModel([self.tr("Họ và tên"), self.tr("Chức vụ, đơn vị")], self)
        self.guests_view.setModel(self.guests)
        self.opinions = EditableRowsModel([self.tr("Người phát biểu"), self.tr("Ý kiến")], self)
        self.opinions_view.setModel(self.opinions)
        self.opinions_view.setItemDelegateForColumn(0, SpeakerDelegate(lambda: list(self._roster_names), self))
        for view in (self.guests_view, self.opinions_view):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
            view.setSelectionBehavior(QAbstractItemView.SelectRows)
            view.verticalHeader().hide()
            view.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.opinions_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Interactive)
        self.opinions_view.setColumnWidth(0, 220)
        self.opinions_view.setWordWrap(True)
        self.materials = QStandardItemModel(self)
        self.materials_view.setModel(self.materials)
        self.materials_view.setSpacing(3)

        self._connect()
        self._load(default_date)
        self._loading = False
        self._set_dirty(False)

    # --- wiring -----------------------------------------------------------------------------
    def _connect(self) -> None:
        for w in (self.place_edit, self.presenter_edit, self.title_edit, self.vote_subject_edit):
            w.textChanged.connect(self._changed)
        for w in (self.topic_edit, self.agenda_edit, self.content_edit, self.conclusions_edit, self.tasks_edit):
            w.textChanged.connect(self._changed)
        for w in (self.chair_combo, self.minute_taker_combo):
            w.currentIndexChanged.connect(self._changed)
        for w in (self.votes_for, self.votes_against, self.votes_abstain):
            w.valueChanged.connect(self._changed)
        for m in (self.guests, self.opinions):
            m.dataChanged.connect(self._changed)
            m.rowsInserted.connect(self._changed)
            m.rowsRemoved.connect(self._changed)
        self.materials.itemChanged.connect(self._changed)
        self.grid.changed.connect(self._changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_or_quarter_changed)
        self.quarter_combo.currentIndexChanged.connect(self._kind_or_quarter_changed)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.start_edit.timeChanged.connect(self._times_changed)
        self.end_edit.timeChanged.connect(self._times_changed)
        self.form.findChild(QPushButton, "addGuestButton").clicked.connect(lambda: self._add_row(self.guests_view, self.guests))
        self.form.findChild(QPushButton, "removeGuestButton").clicked.connect(lambda: self._remove_row(self.guests_view, self.guests))
        self.form.findChild(QPushButton, "addOpinionButton").clicked.connect(lambda: self._add_row(self.opinions_view, self.opinions))
        self.form.findChild(QPushButton, "removeOpinionButton").clicked.connect(lambda: self._remove_row(self.opinions_view, self.opinions))
        self.form.findChild(QPushButton, "addMaterialButton").clicked.connect(self._add_material)
        self.material_edit.returnPressed.connect(self._add_material)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.print_minutes_button.clicked.connect(lambda: self._print("minutes"))
        self.print_sheet_button.clicked.connect(lambda: self._print("attendance"))
        QShortcut(QKeySequence.Save, self, activated=self.save)
        self.save_button.setAutoDefault(False)  # Enter belongs to the grid's reason editor

    def _changed(self, *args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        title = self.tr("Buổi sinh hoạt mới") if self.session_id is None else self.tr("Buổi sinh hoạt ngày {d}").format(
            d=self.date_edit.date().toString("dd/MM/yyyy"))
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
        self.date_edit.setDate(to_qdate(data.held_on))
        self.start_edit.setTime(to_qtime(data.start_time) if data.start_time else QTime(8, 0))
        self.end_edit.setTime(to_qtime(data.end_time) if data.end_time else QTime(10, 0))
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
        self.guests.set_rows([[g.name, g.title] for g in data.guests])
        self.opinions.set_rows([[o.speaker, o.opinion] for o in data.opinions])
        self._refresh_roster(data.held_on, keep=(data.chair_id, data.minute_taker_id))
        if lines is not None:
            self.grid.model.load(lines, apart)
        self._load_materials(data.held_on.year, data.materials)
        self.topic_edit.setPlainText(data.topic)
        if self.session_id is None:
            self._kind_or_quarter_changed()
        self._times_changed()

    def _load_materials(self, year: int, chosen: list[str]) -> None:
        self.materials.clear()
        offered = self.ctx.read(plan_domain.materials, year)
        for title in offered + [c for c in chosen if c not in offered]:
            item = QStandardItem(title)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.Checked if title in chosen else Qt.Unchecked)
            self.materials.appendRow(item)

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

    # --- reactions ---------------------------------------------------------------------------
    def _date_changed(self, qdate) -> None:
        day = from_qdate(qdate)
        if day is None:
            return
        self.quarter_combo.setCurrentIndex(quarter_of(day) - 1)
        if not self._loading:
            self._refresh_roster(day)
            self._kind_or_quarter_changed()  # another year may have another plan

    def _kind_or_quarter_changed(self, *args) -> None:
        kind = self.kind_combo.currentData()
        year = from_qdate(self.date_edit.date()).year
        suggested = self.ctx.read(plan_domain.quarter_topic, year, self.quarter_combo.currentData())
        current = self.topic_edit.toPlainText().strip()
        # Only replace a topic the user has not written themselves.
        if kind == SessionKind.THEMATIC and suggested and (not current or current == self._auto_topic):
            self.topic_edit.setPlainText(suggested)
            self._auto_topic = suggested
        self._changed()

    def minutes(self) -> int:
        return self.start_edit.time().secsTo(self.end_edit.time()) // 60

    def _times_changed(self, *args) -> None:
        minutes = self.minutes()
        # The same words the domain uses, in the same place, before any save: one message, not two.
        end_error = self.form.findChild(QLabel, "end_timeError")
        end_error.setVisible(minutes <= 0)
        self.duration_label.setVisible(minutes > 0)
        if minutes <= 0:
            message = self.tr("Giờ kết thúc phải sau giờ bắt đầu.")
            end_error.setText(f"<span style='{ERROR_STYLE}'>{message}</span>")
        elif minutes < MIN_MEETING_MINUTES:
            warning = QCoreApplication.translate("SessionEditor", SHORT_WARNING)
            self.duration_label.setText(f"<span style='color:#b35c00'>{WARNING_MARK} {warning} — "
                                        f"{duration_text(minutes).lstrip(WARNING_MARK + ' ')}</span>")
        else:
            self.duration_label.setText(self.tr("Thời lượng: {d}").format(d=duration_text(minutes)))
        self._changed()

    def short_warning_shown(self) -> bool:
        return QCoreApplication.translate("SessionEditor", SHORT_WARNING) in self.duration_label.text()

    def _add_row(self, view: QTableView, model: EditableRowsModel) -> None:
        row = model.add_row()
        index = model.index(row, 0)
        view.setFocus()
        view.setCurrentIndex(index)  # opens the editor: every edit trigger is on for these lists
        if view.state() != QAbstractItemView.EditingState:
            view.edit(index)

    def _remove_row(self, view: QTableView, model: EditableRowsModel) -> None:
        index = view.currentIndex()
        if index.isValid():
            model.remove_row(index.row())

    def _add_material(self) -> None:
        title = clean(self.material_edit.text())
        if not title:
            return
        item = QStandardItem(title)
        item.setCheckable(True)
        item.setEditable(False)
        item.setCheckState(Qt.Checked)
        self.materials.appendRow(item)
        self.material_edit.clear()

    # --- saving ------------------------------------------------------------------------------
    def collect(self) -> SessionData:
        def votes(spin: QSpinBox) -> int | None:
            return None if spin.value() < 0 else spin.value()

        materials = [self.materials.item(i).text() for i in range(self.materials.rowCount())
                     if self.materials.item(i).checkState() == Qt.Checked]
        return SessionData(
            kind=self.kind_combo.currentData(),
            held_on=from_qdate(self.date_edit.date()),
            start_time=from_qtime(self.start_edit.time()),
            end_time=from_qtime(self.end_edit.time()),
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
            materials=materials,
            guests=[Guest(name, title) for name, title in self.guests.rows()],
            opinions=[Opinion(speaker, text, self._roster_names.get(clean(speaker))) for speaker, text in self.opinions.rows()],
        )

    def save(self) -> bool:
        """Write the session and its attendance; False (and the error shown) when refused."""
        # A reason or a guest still being typed belongs to this save.
        for view in (self.grid.view, self.guests_view, self.opinions_view):
            commit_open_editor(view)
        show_field_error(self.form, None, self.error_label)
        try:
            data = self.collect()
            self.session_id = self.ctx.write("sessions", save_session_with_attendance, self.session_id, data, self.grid.marks())
        except DomainError as exc:
            self._show_error(exc)
            return False
        except Exception as exc:  # logged, shown without a traceback
            show_error(self, exc)
            return False
        self._set_dirty(False)
        self.error_label.setText(self.tr("Đã lưu."))
        self.error_label.show()
        self.saved.emit(self.session_id)
        return True

    def _show_error(self, exc: DomainError) -> None:
        show_field_error(self.form, exc, self.error_label)
        where = FIELD_WIDGETS.get(exc.field or "")
        if where is None:
            return
        tab, name = where
        self.tabs.setCurrentIndex(tab)
        widget = self.form.findChild(QWidget, name)
        if widget is not None:
            widget.setProperty("kh130Invalid", True)
            widget.setStyleSheet("border: 1px solid #b00020;")
            widget.setFocus()
        if exc.field == "reason":
            # The message names the member: put the cursor on their reason.
            for row in range(self.grid.model.rowCount()):
                name_ = self.grid.model.member_name(row)
                if name_ in exc.message:
                    self.grid.select_member(name_)
                    break

    def reject(self) -> None:
        if self._dirty:
            answer = ask_save_discard_cancel(self, self.tr("Buổi sinh hoạt"))
            if answer == "cancel" or (answer == "save" and not self.save()):
                return
        super().reject()

    # --- printing ----------------------------------------------------------------------------
    def _print(self, what: str) -> None:
        if (self._dirty or self.session_id is None) and not self.save():
            return
        session_id = self.session_id
        day = from_qdate(self.date_edit.date())
        try:
            from ..domain import documents
            from .printing import preview_document
        except ImportError:
            log.exception("printing is not available")
            show_info(self, self.tr("In"), self.tr("Chức năng in chưa có trong bản cài đặt này."))
            return
        if what == "minutes":
            preview_document(self, self.ctx, self.tr("Biên bản sinh hoạt ngày {d}").format(d=fmt_date(day)),
                             f"bien-ban-{day:%Y-%m-%d}.pdf", lambda tx: documents.minutes_pdf(tx, session_id))
        else:
            preview_document(self, self.ctx, self.tr("Danh sách ký ngày {d}").format(d=fmt_date(day)),
                             f"danh-sach-ky-{day:%Y-%m-%d}.pdf", lambda tx: documents.attendance_pdf(tx, session_id))
