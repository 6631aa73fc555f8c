"""The attendance grid: one keystroke per member, "all present" then the exceptions, live counts.

Keys on the selected row: P or C present, M late, L absent with reason (the reason cell opens
for typing), K absent without reason; the selection then moves down so a secretary can go
through the list without the mouse. Clicking a state column marks that state.
"""

from __future__ import annotations

from ..domain.book.sessions import AttendanceCounts, AttendanceMark
from ..domain.book.vocabulary import AttendanceState
from .models.attendance_model import REASON_COLUMN, STATE_COLUMNS, AttendanceModel, ListedApartModel
from .models.sessions_model import percent
from .qt import (
    QAbstractItemView,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)

KEY_STATES = {
    Qt.Key_P: AttendanceState.PRESENT,
    Qt.Key_C: AttendanceState.PRESENT,
    Qt.Key_M: AttendanceState.LATE,
    Qt.Key_L: AttendanceState.ABSENT_EXCUSED,
    Qt.Key_K: AttendanceState.ABSENT_UNEXCUSED,
}


def counts_text(c: AttendanceCounts) -> str:
    """The counts as the minutes state them."""
    return QCoreApplication.translate(
        "AttendanceGrid",
        "Triệu tập: <b>{summoned}</b> (chính thức {so}, dự bị {sp}) · Có mặt: <b>{present}</b> "
        "(chính thức {po}, dự bị {pp}; đi muộn {late}) · Vắng có lý do: <b>{ae}</b> · "
        "Vắng không lý do: <b>{au}</b> · Chưa điểm danh: {unmarked} · Tỷ lệ: <b>{rate}</b>"
    ).format(summoned=c.summoned, so=c.summoned_official, sp=c.summoned_probationary, present=c.present,
             po=c.present_official, pp=c.present_probationary, late=c.late, ae=c.absent_excused,
             au=c.absent_unexcused, unmarked=c.unmarked, rate=percent(c.rate))


class AttendanceView(QTableView):
    """The grid itself: the keystrokes live here."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        state = KEY_STATES.get(event.key())
        index = self.currentIndex()
        if state is not None and index.isValid() and event.modifiers() in (Qt.NoModifier, Qt.ShiftModifier):
            model: AttendanceModel = self.model()
            model.set_state(index.row(), state)
            if state == AttendanceState.ABSENT_EXCUSED:
                reason = model.index(index.row(), REASON_COLUMN)
                self.setCurrentIndex(reason)
                self.edit(reason)
            elif index.row() + 1 < model.rowCount():
                self.setCurrentIndex(model.index(index.row() + 1, index.column()))
            return
        super().keyPressEvent(event)


class AttendanceGrid(QWidget):
    changed = Signal()  # any mark or reason changed (the editor becomes dirty)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AttendanceModel(self)
        self.apart_model = ListedApartModel(self)

        self.all_present_button = QPushButton(self.tr("Tất cả có mặt"), self)
        self.all_present_button.setObjectName("allPresentButton")
        self.all_present_button.setToolTip(self.tr("Đánh dấu có mặt cho mọi người chưa điểm danh, rồi sửa từng trường hợp vắng"))
        keys = QLabel(self.tr("Phím tắt trên dòng đang chọn: <b>P</b>/<b>C</b> có mặt · <b>M</b> đi muộn · "
                              "<b>L</b> vắng có lý do · <b>K</b> vắng không lý do; hoặc bấm vào ô."), self)
        keys.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.all_present_button)
        top.addWidget(keys, 1)

        self.view = AttendanceView(self)
        self.view.setObjectName("attendanceView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # more members on screen
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Interactive)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.Stretch)
        self.view.setColumnWidth(1, 190)
        self.view.clicked.connect(self._clicked)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.RichText)

        self.apart_label = QLabel(self.tr("Đảng viên không thuộc diện triệu tập (không tính vắng):"), self)
        self.apart_view = QTableView(self)
        self.apart_view.setObjectName("apartView")
        self.apart_view.setModel(self.apart_model)
        self.apart_view.verticalHeader().hide()
        self.apart_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.apart_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.apart_view.setMaximumHeight(110)
        self.apart_view.setFocusPolicy(Qt.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.apart_label)
        layout.addWidget(self.apart_view)

        self.all_present_button.clicked.connect(self.mark_all_present)
        self.model.marks_changed.connect(self._on_marks_changed)
        self.model.modelReset.connect(self._on_reset)
        self._on_reset()

    # --- behaviour -----------------------------------------------------------------------
    def mark_all_present(self) -> None:
        if self.model.mark_all_present():
            self.changed.emit()
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 1))

    def select_member(self, full_name: str) -> bool:
        return self._select_row(self.model.row_of_name(full_name))

    def select_member_id(self, member_id: int) -> bool:
        """Put the cursor on the member's row (an error about them); False if they are not listed."""
        return self._select_row(self.model.row_of_member(member_id))

    def _select_row(self, row: int | None) -> bool:
        if row is None:
            return False
        self.view.setCurrentIndex(self.model.index(row, 1))
        self.view.setFocus()
        return True

    def marks(self) -> dict[int, AttendanceMark | None]:
        return self.model.marks()

    def counts(self) -> AttendanceCounts:
        return self.model.counts()

    def _clicked(self, index) -> None:
        state = STATE_COLUMNS.get(index.column())
        if state is None:
            return
        self.model.set_state(index.row(), state)
        if state == AttendanceState.ABSENT_EXCUSED:
            reason = self.model.index(index.row(), REASON_COLUMN)
            self.view.setCurrentIndex(reason)
            self.view.edit(reason)

    def _on_marks_changed(self) -> None:
        self.counts_label.setText(counts_text(self.model.counts()))
        self.changed.emit()

    def _on_reset(self) -> None:
        self.apart_model.load(self.model.listed_apart())
        has_apart = bool(self.model.listed_apart())
        self.apart_label.setVisible(has_apart)
        self.apart_view.setVisible(has_apart)
        self.counts_label.setText(counts_text(self.model.counts()))
