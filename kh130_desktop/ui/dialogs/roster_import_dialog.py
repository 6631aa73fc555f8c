"""Import a roster from CSV/XLSX: parse off the UI thread, preview every row, write only on confirm."""

from __future__ import annotations

import logging
from pathlib import Path

from ...domain.errors import DomainError
from ...domain.store.files import atomic_write_bytes
from ...domain.book.roster_import import FIELD_LABELS, RosterPreview, import_roster, mark_duplicates, read_roster, roster_template_csv
from ..common import domain_text, show_error, show_info
from ..forms import load_form
from ..models.base import RowsModel
from ..operations import Changes, run_task
from ..qt import QBrush, QColor, QFileDialog, QHeaderView, QLabel, QPushButton, Qt, QTableView, QVBoxLayout
from . import FieldErrors, OperationDialog

log = logging.getLogger(__name__)
PREVIEW_FIELDS = ["full_name", "birth_date", "sex", "ethnicity", "card_number", "admitted_on", "official_on", "status", "role"]
BAD = QColor("#fde2e2")


class PreviewModel(RowsModel):
    """The rows of a roster file as read: the values, and why a row is refused."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Dòng")] + [self.tr(FIELD_LABELS[f]) for f in PREVIEW_FIELDS] + [self.tr("Kết quả kiểm tra")]

    def set_preview(self, preview: RosterPreview | None) -> None:
        self.load(preview.rows if preview is not None else [])

    def data(self, index, role=Qt.DisplayRole):
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.DisplayRole:
            if col == 0:
                return str(row.line)
            if col == len(PREVIEW_FIELDS) + 1:
                if row.ok:
                    return self.tr("Hợp lệ") + ("; " + "; ".join(map(domain_text, row.notes)) if row.notes else "")
                return "; ".join(map(domain_text, row.errors))
            return row.values.get(PREVIEW_FIELDS[col - 1], "")
        if role == Qt.BackgroundRole and not row.ok:
            return QBrush(BAD)
        if role == Qt.ToolTipRole:
            return "\n".join(map(domain_text, row.errors + row.notes)) or None
        return None


class RosterImportDialog(OperationDialog):
    """Pick a file, see what would be imported and why a row is refused, then import the good rows."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.preview: RosterPreview | None = None
        self.imported = 0
        self.form = load_form("roster_import_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        self.errors = FieldErrors(self.form)
        f = self.form.findChild
        self.file_label, self.summary = f(QLabel, "file_label"), f(QLabel, "summary_label")
        self.table = f(QTableView, "preview")
        self.model = PreviewModel(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.import_button = f(QPushButton, "import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.confirm_import)
        f(QPushButton, "cancel_button").clicked.connect(self.reject)
        f(QPushButton, "choose_button").clicked.connect(self.choose_file)
        f(QPushButton, "template_button").clicked.connect(self.save_template)
        self.errors.clear()
        self.setWindowTitle(self.tr("Nhập danh sách đảng viên"))
        self.resize(1100, 600)

    # --- steps ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp danh sách đảng viên"), "",
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
        # Duplicates are checked here, on the UI thread, where the store's sessions live.
        self.preview = self.ctx.read(mark_duplicates, preview)
        self.model.set_preview(self.preview)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        good, bad = len(self.preview.good_rows), len(self.preview.bad_rows)
        text = self.tr("{good} dòng hợp lệ, {bad} dòng lỗi").format(good=good, bad=bad)
        if bad:
            text += self.tr(" (dòng lỗi tô đỏ, lý do ở cột cuối; sẽ không được nhập)")
        if self.preview.ignored_headers:
            text += "\n" + self.tr("Bỏ qua các cột: {cols}").format(cols=", ".join(self.preview.ignored_headers))
        self.summary.setText(text)
        self.import_button.setText(self.tr("Nhập {n} đảng viên").format(n=good))
        self.import_button.setEnabled(good > 0)

    def _failed(self, exc: BaseException) -> None:
        self.preview = None
        self.model.set_preview(None)
        self.summary.setText("")
        self.errors.show(exc)

    def confirm_import(self) -> None:
        if self.preview is None or not self.preview.good_rows:
            return
        self.submit(Changes.MEMBERS, import_roster, self.preview, label=self.tr("Đang nhập danh sách…"))

    def written(self, imported: int) -> None:
        self.imported = imported
        show_info(self, self.tr("Đã nhập danh sách"), self.tr("Đã thêm {n} đảng viên vào danh sách chi bộ.").format(n=self.imported))

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu tệp mẫu"), "danh-sach-dang-vien-mau.csv", self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            atomic_write_bytes(path, roster_template_csv())
        except DomainError as exc:
            show_error(self, exc)
