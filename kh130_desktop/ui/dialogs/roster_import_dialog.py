"""Import a roster from XLSX/CSV as a commune office sends it: parse off the UI thread, show which
column feeds which field (each can be chosen again, and the header row too: the preview is read
again at once, as KeePassXC's CSV import does), every member row as it would be stored, the rows
left out with their reason; write only on confirm."""

from __future__ import annotations

import logging
from pathlib import Path

from ...domain.book.roster_header import FIELD_LABELS
from ...domain.book.roster_import import RosterPreview, apply_roster, match_roster, read_roster, roster_template_csv
from ...domain.errors import ConflictError, DomainError
from ...domain.store.files import atomic_write_bytes
from ..common import domain_text, open_file_name, save_file_name, show_error, show_info
from ..forms import load_form
from ..operations import Changes, run_task
from ..qt import QComboBox, QHeaderView, QLabel, QPushButton, QTableView, QTabWidget, QVBoxLayout
from . import FieldErrors, OperationDialog, put_error
from .roster_preview_models import ColumnsModel, IgnoredModel, PreviewModel, field_name

log = logging.getLogger(__name__)


class RosterImportDialog(OperationDialog):
    """Pick a file, see and correct how it is read, then add the new members and update the others."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.preview: RosterPreview | None = None
        self.result = None
        self.imported = 0
        self.form = load_form("roster_import_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        self.errors = FieldErrors(self.form)
        f = self.form.findChild
        self.file_label, self.summary = f(QLabel, "file_label"), f(QLabel, "summary_label")
        self.warnings = f(QLabel, "warnings_label")
        self.header_combo = f(QComboBox, "header_combo")
        self.header_combo.setEnabled(False)
        self.header_combo.activated.connect(self._header_chosen)
        self.tabs = f(QTabWidget, "tabs")
        self.columns_view, self.table, self.ignored_view = f(QTableView, "columns"), f(QTableView, "preview"), f(QTableView, "ignored")
        self.columns_model, self.model, self.ignored_model = ColumnsModel(self), PreviewModel(self), IgnoredModel(self)
        for view, model in ((self.columns_view, self.columns_model), (self.table, self.model), (self.ignored_view, self.ignored_model)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
        self.pickers: list[QComboBox] = []
        self.import_button = f(QPushButton, "import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.confirm_import)
        f(QPushButton, "cancel_button").clicked.connect(self.reject)
        f(QPushButton, "choose_button").clicked.connect(self.choose_file)
        f(QPushButton, "template_button").clicked.connect(self.save_template)
        self.errors.clear()
        self.setWindowTitle(self.tr("Nhập danh sách đảng viên"))
        self.resize(1300, 700)

    # --- reading ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = open_file_name(self, self.tr("Chọn tệp danh sách đảng viên"),
                              self.tr("Danh sách (*.csv *.xlsx *.txt);;Tất cả tệp (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Parse `path` off the UI thread; the preview appears when it is done."""
        self.errors.clear()
        self.file_label.setText(path.name)
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Đang đọc tệp…"))
        run_task(self, self.tr("Đang đọc danh sách…"), lambda progress: read_roster(path), self._parsed, self._failed)

    def _parsed(self, preview: RosterPreview) -> None:
        # Compared with the roster here, on the UI thread, where the store's sessions live.
        self.show_preview(self.ctx.read(match_roster, preview))

    def _failed(self, exc: BaseException) -> None:
        self.preview = None
        self.show_preview(None)
        self.errors.show(exc)

    def reread(self, **choices) -> bool:
        """The same file read again with a header row or columns chosen; a refusal (no name
        column any more) is said and the preview stays as it was."""
        if self.preview is None:
            return False
        preview = self.preview
        self.errors.clear()
        try:
            fresh = self.ctx.read(lambda tx: preview.recompute(tx=tx, **choices))
        except DomainError as exc:
            self.errors.show(exc)
            self.show_preview(self.preview)  # the pickers back to what the preview says
            return False
        self.show_preview(fresh)
        return True

    def reassign(self, index: int, field: str | None) -> bool:
        """Column `index` (from 0) feeds `field` (None: not imported)."""
        return self.reread(assign={index: field})

    def choose_header(self, line: int) -> bool:
        return self.reread(header_row=line)

    def _header_chosen(self, position: int) -> None:
        line = self.header_combo.itemData(position)
        if self.preview is not None and line is not None and line != (self.preview.header_rows or [None])[0]:
            self.choose_header(line)

    def _picked(self, index: int, combo: QComboBox) -> None:
        field = combo.currentData() or None
        column = next((c for c in self.preview.columns if c.index == index), None) if self.preview else None
        if column is not None and column.field != field:
            self.reassign(index, field)

    # --- showing ----------------------------------------------------------------------------
    def show_preview(self, preview: RosterPreview | None) -> None:
        same_file = self.preview is not None and preview is not None and preview.sheet is self.preview.sheet
        views = (self.columns_view, self.table, self.ignored_view)
        scrolled = [(v.verticalScrollBar().value(), v.horizontalScrollBar().value()) for v in views]
        self.preview = preview
        self.model.set_preview(preview)
        self.columns_model.set_preview(preview)
        self.ignored_model.load(preview.ignored if preview is not None else [])
        self._fill_pickers()
        self._fill_header_choices()
        for view in (self.columns_view, self.table, self.ignored_view):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
            view.resizeColumnsToContents()
        self.columns_view.setColumnWidth(ColumnsModel.FIELD, max(self.columns_view.columnWidth(ColumnsModel.FIELD), 190))
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 320 if col == self.model.check_column else 200))
        self.table.resizeRowsToContents()
        self.ignored_view.setColumnWidth(3, 400)
        if same_file:  # a column chosen again: the tables stay where the user was
            for view, (down, across) in zip(views, scrolled):
                view.verticalScrollBar().setValue(down)
                view.horizontalScrollBar().setValue(across)
        ignored = len(preview.ignored) if preview is not None else 0
        self.tabs.setTabText(0, self.tr("Đảng viên ({n})").format(n=len(preview.rows)) if preview else self.tr("Đảng viên"))
        self.tabs.setTabText(1, self.tr("Dòng bỏ qua ({n})").format(n=ignored) if preview else self.tr("Dòng bỏ qua"))
        self._fill_summary()

    def _fill_pickers(self) -> None:
        # A model reset releases the index widgets (deleteLater): a picker may be the sender.
        self.pickers = []
        if self.preview is None:
            return
        for row, column in enumerate(self.preview.columns):
            combo = QComboBox(self.columns_view)
            combo.addItem(field_name(None), "")
            for name in FIELD_LABELS:
                combo.addItem(field_name(name), name)
            combo.setCurrentIndex(max(combo.findData(column.field or ""), 0))
            combo.setObjectName(f"field_{column.letter}")
            combo.setToolTip(self.tr("Cột {letter} nhập vào trường nào").format(letter=column.letter))
            combo.currentIndexChanged.connect(lambda _i, index=column.index, c=combo: self._picked(index, c))
            self.columns_view.setIndexWidget(self.columns_model.index(row, ColumnsModel.FIELD), combo)
            self.pickers.append(combo)

    def _fill_header_choices(self) -> None:
        self.header_combo.blockSignals(True)
        self.header_combo.clear()
        if self.preview is not None:
            for line, text in self.preview.header_choices:
                self.header_combo.addItem(self.tr("Dòng {line}: {text}").format(line=line, text=text), line)
            first = self.preview.header_rows[0] if self.preview.header_rows else None
            self.header_combo.setCurrentIndex(max(self.header_combo.findData(first), 0))
        self.header_combo.setEnabled(self.preview is not None)
        self.header_combo.blockSignals(False)

    def _fill_summary(self) -> None:
        preview = self.preview
        if preview is None:
            self.summary.setText("")
            self.warnings.setText("")
            self.warnings.hide()
            self.import_button.setText(self.tr("Nhập"))
            self.import_button.setEnabled(False)
            return
        self.file_label.setText(self.tr("{name} (đọc theo: {encoding})").format(name=preview.filename, encoding=preview.encoding))
        text = domain_text(preview.summary())
        if preview.bad_rows:
            text += self.tr(". Dòng lỗi tô đỏ, lý do ở cột “Kiểm tra, thay đổi”; sẽ không được nhập")
        self.summary.setText(text)
        self.warnings.setText("\n".join(domain_text(w) for w in preview.warnings))
        self.warnings.setVisible(bool(preview.warnings))
        added, updated = len(preview.new_rows), len(preview.update_rows)
        self.import_button.setText(self.tr("Thêm {added}, cập nhật {updated} đảng viên").format(added=added, updated=updated))
        self.import_button.setEnabled(bool(preview.good_rows))

    # --- writing ----------------------------------------------------------------------------
    def confirm_import(self) -> None:
        if self.preview is None or not self.preview.good_rows:
            return
        self.submit(Changes.MEMBERS, apply_roster, self.preview, label=self.tr("Đang nhập danh sách…"))

    def written(self, result) -> None:
        self.result = result
        self.imported = result.written
        show_info(self, self.tr("Đã nhập danh sách"), self.tr("Đã thêm {added}, cập nhật {updated} đảng viên trong danh sách chi bộ.")
                  .format(added=len(result.added), updated=len(result.updated)))

    def refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ConflictError):
            super().refused(exc)
            return
        # The roster changed since the preview (another window, a second program): read again.
        self.reread()
        put_error(self.form.findChild(QLabel, "err_general"),
                  self.tr("Danh sách chi bộ đã thay đổi từ khi xem trước: đã đọc lại tệp. Xem lại các dòng rồi bấm nhập lần nữa."))

    def save_template(self) -> None:
        path = save_file_name(self, self.tr("Lưu tệp mẫu"), "danh-sach-dang-vien-mau.csv", self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            atomic_write_bytes(path, roster_template_csv())
        except DomainError as exc:
            show_error(self, exc)
