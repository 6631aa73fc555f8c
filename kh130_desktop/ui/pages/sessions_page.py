"""The list of study sessions, with the editor for a new or an existing one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ...domain.book import sessions as sessions_domain
from ...domain.book.overview import session_summaries
from ..common import confirm, fmt_date
from ..context import AppContext
from ..forms import embed_form
from ..models.sessions_model import SessionsModel
from ..operations import Changes
from ..qt import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    QTableView,
    QWidget,
)
from ..session_editor import SessionEditor
from .base import Page


class SessionsPage(Page):
    watches = Changes.SESSIONS | Changes.ATTENDANCE | Changes.MEMBERS  # the counts follow the roster

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: SessionEditor | None = None
        self.form = embed_form("sessions_page", self)
        f = self.form.findChild
        self.year_combo: QComboBox = f(QComboBox, "yearCombo")
        self.view: QTableView = f(QTableView, "sessionsView")
        self.summary_label: QLabel = f(QLabel, "summaryLabel")
        self.add_button: QPushButton = f(QPushButton, "addButton")
        self.edit_button: QPushButton = f(QPushButton, "editButton")
        self.delete_button: QPushButton = f(QPushButton, "deleteButton")

        self.model = SessionsModel(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.Stretch)
        self.view.doubleClicked.connect(lambda index: self.edit_session(self.model.session_at(index.row()).session_id))
        self.add_button.clicked.connect(lambda: self.new_session())
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.year_combo.currentIndexChanged.connect(lambda _: self._load_rows())
        QShortcut(QKeySequence.New, self, activated=lambda: self.new_session())
        self.watch(ctx)
        self.refresh()

    # --- what the main window calls --------------------------------------------------------
    def refresh(self) -> None:
        wanted = self.year_combo.currentData()
        from ...domain.book.periods import opening_year

        opening = self.ctx.read(opening_year)  # a new cell: this year, never an empty list
        years = sorted(set(self.ctx.read(sessions_domain.session_years)) | {opening}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("Tất cả"), None)
        for y in years:
            self.year_combo.addItem(str(y), y)
        index = self.year_combo.findData(wanted if wanted is not None else opening)
        self.year_combo.setCurrentIndex(max(0, index))
        self.year_combo.blockSignals(False)
        self._load_rows()

    def new(self) -> None:
        self.new_session()

    def has_unsaved_changes(self) -> bool:
        return self.editor is not None and self.editor.isVisible() and self.editor.has_unsaved_changes()

    def save(self, then: Callable[[bool], None] | None = None) -> None:
        if self.has_unsaved_changes():
            self.editor.save(then)
        elif then is not None:
            then(True)

    # --- behaviour -------------------------------------------------------------------------
    def _load_rows(self) -> None:
        selected = self.selected_session_id()
        rows = self.ctx.read(session_summaries, self.year_combo.currentData())
        self.model.load(rows)
        short = sum(1 for r in rows if r.short)
        text = self.tr("{n} buổi sinh hoạt.").format(n=len(rows))
        if short:
            text += " " + self.tr("⚠ {n} buổi dưới 90 phút (Hướng dẫn 42-HD/BTCTW).").format(n=short)
        self.summary_label.setText(text)
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.view.selectRow(row)
        has = bool(rows)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def selected_session_id(self) -> int | None:
        index = self.view.currentIndex()
        s = self.model.session_at(index.row()) if index.isValid() else None
        return s.session_id if s else None

    def new_session(self, day: dt.date | None = None) -> SessionEditor:
        return self._open_editor(None, day)

    def edit_session(self, session_id: int) -> SessionEditor:
        return self._open_editor(session_id, None)

    def _edit_selected(self) -> None:
        session_id = self.selected_session_id()
        if session_id is not None:
            self.edit_session(session_id)

    def _open_editor(self, session_id: int | None, day: dt.date | None) -> SessionEditor:
        if self.editor is not None and self.editor.isVisible():
            # One editor at a time: the open one keeps its unsaved work until it is closed.
            self.editor.raise_()
            self.editor.activateWindow()
            return self.editor
        self.editor = SessionEditor(self.ctx, session_id, self, default_date=day)
        self.editor.saved.connect(lambda sid: self._select(sid))
        self.editor.open()
        return self.editor

    def _select(self, session_id: int) -> None:
        row = self.model.row_of(session_id)
        if row is not None:
            self.view.selectRow(row)

    def delete_selected(self) -> bool:
        session_id = self.selected_session_id()
        if session_id is None:
            return False
        s = self.model.session_at(self.view.currentIndex().row())
        text = self.tr("Xóa buổi sinh hoạt ngày {d} cùng toàn bộ điểm danh, ý kiến và khách mời của buổi đó?").format(d=fmt_date(s.held_on))
        if not confirm(self, self.tr("Xóa buổi sinh hoạt"), text, self.tr("Xóa")):
            return False
        self.ctx.write(Changes.SESSIONS | Changes.ATTENDANCE, sessions_domain.delete_session, session_id, parent=self)
        return True
