"""The minutes' lists in the session editor: the guests, the opinions (a member on the roster or
a guest speaks), and the study materials used. The editor owns the rest of the form and the
attendance grid (ui/attendance_grid.py)."""

from __future__ import annotations

from collections.abc import Callable

from ..domain.book.sessions import Guest, Opinion, SessionData
from ..domain.text import clean
from .models.sessions_model import EditableRowsModel
from .qt import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListView,
    QObject,
    QPushButton,
    QStandardItem,
    QStandardItemModel,
    QStyledItemDelegate,
    Qt,
    QTableView,
    QWidget,
    Signal,
)


def commit_open_editor(view: QAbstractItemView) -> None:
    """A cell still being typed into belongs to what is saved now."""
    if view.state() != QAbstractItemView.EditingState:
        return
    editor = view.indexWidget(view.currentIndex())
    if editor is not None:
        view.commitData(editor)
        view.closeEditor(editor, QAbstractItemDelegate.NoHint)


class SpeakerDelegate(QStyledItemDelegate):
    """The speaker cell: pick a member on the roster, or type a guest's name."""

    def __init__(self, names_fn: Callable[[], list[str]], parent=None) -> None:
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


class MinutesLists(QObject):
    """The guests, opinions and materials of one session: their views on the editor's form,
    what they show, and what they hold for saving. `changed` on any edit."""

    changed = Signal()

    def __init__(self, form: QWidget, speakers: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        f = form.findChild
        self.guests_view: QTableView = f(QTableView, "guestsView")
        self.opinions_view: QTableView = f(QTableView, "opinionsView")
        self.materials_view: QListView = f(QListView, "materialsView")
        self.material_edit: QLineEdit = f(QLineEdit, "materialEdit")

        self.guests = EditableRowsModel([self.tr("Họ và tên"), self.tr("Chức vụ, đơn vị")], self)
        self.guests_view.setModel(self.guests)
        self.opinions = EditableRowsModel([self.tr("Người phát biểu"), self.tr("Ý kiến")], self)
        self.opinions_view.setModel(self.opinions)
        self.opinions_view.setItemDelegateForColumn(0, SpeakerDelegate(speakers, self))
        for view in self.views():
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

        for model in (self.guests, self.opinions):
            model.dataChanged.connect(self._changed)
            model.rowsInserted.connect(self._changed)
            model.rowsRemoved.connect(self._changed)
        self.materials.itemChanged.connect(self._changed)
        f(QPushButton, "addGuestButton").clicked.connect(lambda: self._add_row(self.guests_view, self.guests))
        f(QPushButton, "removeGuestButton").clicked.connect(lambda: self._remove_row(self.guests_view, self.guests))
        f(QPushButton, "addOpinionButton").clicked.connect(lambda: self._add_row(self.opinions_view, self.opinions))
        f(QPushButton, "removeOpinionButton").clicked.connect(lambda: self._remove_row(self.opinions_view, self.opinions))
        f(QPushButton, "addMaterialButton").clicked.connect(self.add_material)
        self.material_edit.returnPressed.connect(self.add_material)

    def views(self) -> tuple[QTableView, QTableView]:
        return self.guests_view, self.opinions_view

    # --- showing -----------------------------------------------------------------------------
    def show_people(self, data: SessionData) -> None:
        self.guests.set_rows([[g.name, g.title] for g in data.guests])
        self.opinions.set_rows([[o.speaker, o.opinion] for o in data.opinions])

    def show_materials(self, offered: list[str], chosen: list[str]) -> None:
        """The plan's materials of the year, each ticked if the session used it, then any other."""
        self.materials.clear()
        for title in offered + [c for c in chosen if c not in offered]:
            self._append_material(title, title in chosen)

    def add_material(self) -> None:
        title = clean(self.material_edit.text())
        if not title:
            return
        self._append_material(title, True)
        self.material_edit.clear()

    # --- saving ------------------------------------------------------------------------------
    def commit_editors(self) -> None:
        for view in self.views():
            commit_open_editor(view)

    def chosen_materials(self) -> list[str]:
        return [self.materials.item(i).text() for i in range(self.materials.rowCount())
                if self.materials.item(i).checkState() == Qt.Checked]

    def guest_list(self) -> list[Guest]:
        return [Guest(name, title) for name, title in self.guests.rows()]

    def opinion_list(self, member_ids: dict[str, int]) -> list[Opinion]:
        """The opinions; a speaker who is on the roster is linked to the member."""
        return [Opinion(speaker, text, member_ids.get(clean(speaker))) for speaker, text in self.opinions.rows()]

    # --- internals ---------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        self.changed.emit()

    def _append_material(self, title: str, checked: bool) -> None:
        item = QStandardItem(title)
        item.setCheckable(True)
        item.setEditable(False)
        item.setCheckState(Qt.Checked if checked else Qt.Unchecked)
        self.materials.appendRow(item)

    @staticmethod
    def _add_row(view: QTableView, model: EditableRowsModel) -> None:
        row = model.add_row()
        index = model.index(row, 0)
        view.setFocus()
        view.setCurrentIndex(index)  # opens the editor: every edit trigger is on for these lists
        if view.state() != QAbstractItemView.EditingState:
            view.edit(index)

    @staticmethod
    def _remove_row(view: QTableView, model: EditableRowsModel) -> None:
        index = view.currentIndex()
        if index.isValid():
            model.remove_row(index.row())
