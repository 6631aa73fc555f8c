"""The receiving committee's page: import report files (dry run first), the registry of cells
and trusted keys, held files awaiting a person's comparison of fingerprints, the reported/late
grid with the consolidated report, and the audit log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...domain.documents import consolidated_xlsx
from ...domain.exchange import consolidation, held, importer, outcomes, registry
from ...domain.clock import local
from ...domain.errors import DomainError
from ...domain.book.periods import ROMAN, Period
from ..common import confirm, domain_text, fmt_date, period_text, show_error, show_info
from ..context import AppContext
from ..forms import load_form
from ..qt import (QAbstractTableModel, QBrush, QColor, QComboBox, QCoreApplication, QFileDialog, QHeaderView,
                  QInputDialog, QLabel, QT_TRANSLATE_NOOP, QLineEdit, QModelIndex, QPushButton, QSpinBox, Qt, QTableView, QTabWidget,
                  QVBoxLayout, QWidget)
from ..tasks import run_task


OUTCOME_COLOURS = {
    outcomes.Outcome.ACCEPTED: "#d8f0d8", outcomes.Outcome.SUPERSEDES: "#d8f0d8", outcomes.Outcome.DUPLICATE: "#eeeeee",
    outcomes.Outcome.STALE: "#eeeeee", outcomes.Outcome.HELD: "#fff1c2", outcomes.Outcome.REJECTED: "#f8d0d0",
}
GRID_TEXT = {
    "reported": QT_TRANSLATE_NOOP("ReceivingPage", "✓"),
    "reported_late": QT_TRANSLATE_NOOP("ReceivingPage", "✓ muộn"),
    "late": QT_TRANSLATE_NOOP("ReceivingPage", "✗ chưa nộp (quá hạn)"),
    "not_due": QT_TRANSLATE_NOOP("ReceivingPage", "chưa đến hạn"),
}
GRID_COLOURS = {"reported": "#d8f0d8", "reported_late": "#fff1c2", "late": "#f8d0d0", "not_due": "#ffffff"}


class RowsModel(QAbstractTableModel):
    """A read-only grid: a header per column, a tuple of texts per row, an optional colour per row."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple] = []
        self.colours: list[Any] = []  # None, a colour for the row, or a list of colours per cell
        self.keys: list[Any] = []

    def set_rows(self, rows: list[tuple], colours: list[Any] | None = None, keys: list[Any] | None = None,
                 headers: list[str] | None = None) -> None:
        self.beginResetModel()
        if headers is not None:
            self.headers = headers
        self.rows, self.colours = rows, colours or [None] * len(rows)
        self.keys = keys or [None] * len(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return "" if value is None else str(value)
        if role == Qt.BackgroundRole:
            colour = self.colours[index.row()]
            if isinstance(colour, list):
                colour = colour[index.column()]
            return QBrush(QColor(colour)) if colour else None
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None


def _setup_view(view: QTableView, model: RowsModel, stretch: int | None = None) -> None:
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectRows)
    view.setSelectionMode(QTableView.SingleSelection)
    view.setEditTriggers(QTableView.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)


class ReceivingPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: list[Path] = []  # files examined by the dry run, waiting for "Nhập"
        self.last_results: list[outcomes.FileResult] = []
        self.busy = False
        self.form = load_form("receiving_page", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        f = self.form.findChild
        self.tabs: QTabWidget = f(QTabWidget, "tabs")
        self.committee_edit: QLineEdit = f(QLineEdit, "committeeEdit")
        self.superior_edit: QLineEdit = f(QLineEdit, "superiorEdit")
        self.place_edit: QLineEdit = f(QLineEdit, "placeEdit")
        self.import_button: QPushButton = f(QPushButton, "importButton")
        self.status_label: QLabel = f(QLabel, "importStatusLabel")
        self.year_spin: QSpinBox = f(QSpinBox, "yearSpin")
        self.period_combo: QComboBox = f(QComboBox, "periodCombo")
        self.grid_hint: QLabel = f(QLabel, "gridHintLabel")

        file, result, cell, period, number, reason = (self.tr("Tệp"), self.tr("Kết quả"), self.tr("Chi bộ"), self.tr("Kỳ"),
                                                      self.tr("Số"), self.tr("Lý do"))
        self.results_model = RowsModel([file, result, cell, period, number, reason], self)
        self.cells_model = RowsModel([cell, self.tr("Mã chi bộ"), self.tr("Khóa tin cậy (dấu vân tay)")], self)
        self.held_model = RowsModel([file, self.tr("Chi bộ ghi trong tệp"), period, number, self.tr("Dấu vân tay")], self)
        self.grid_model = RowsModel([cell], self)
        self.audit_model = RowsModel([self.tr("Thời điểm"), file, result, cell, period, number, reason], self)
        self.results_view = f(QTableView, "resultsView")
        self.cells_view = f(QTableView, "cellsView")
        self.held_view = f(QTableView, "heldView")
        self.grid_view = f(QTableView, "gridView")
        self.audit_view = f(QTableView, "auditView")
        _setup_view(self.results_view, self.results_model, 5)
        _setup_view(self.cells_view, self.cells_model, 2)
        _setup_view(self.held_view, self.held_model, 4)
        _setup_view(self.grid_view, self.grid_model)
        _setup_view(self.audit_view, self.audit_model, 6)

        self.period_combo.addItem(self.tr("Cả năm"), None)
        for q in range(1, 5):
            self.period_combo.addItem(self.tr("Quý {q}").format(q=ROMAN[q]), q)
        self.year_spin.setValue(dt.date.today().year)

        f(QPushButton, "saveCommitteeButton").clicked.connect(self.save_committee)
        f(QPushButton, "addFilesButton").clicked.connect(self.add_files)
        f(QPushButton, "addFolderButton").clicked.connect(self.add_folder)
        f(QPushButton, "clearButton").clicked.connect(self.clear)
        self.import_button.clicked.connect(self.commit_import)
        f(QPushButton, "addCellButton").clicked.connect(self.add_cell)
        f(QPushButton, "trustPemButton").clicked.connect(self.trust_pem)
        f(QPushButton, "trustFingerprintButton").clicked.connect(self.trust_fingerprint)
        f(QPushButton, "approveButton").clicked.connect(self.approve_selected)
        f(QPushButton, "discardButton").clicked.connect(self.discard_selected)
        f(QPushButton, "pdfButton").clicked.connect(self.consolidated_pdf)
        f(QPushButton, "xlsxButton").clicked.connect(self.save_xlsx)
        f(QPushButton, "exportUpButton").clicked.connect(self.export_up)
        self.year_spin.valueChanged.connect(lambda _v: self.refresh_grid())
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh_grid())
        self.setAcceptDrops(True)
        ctx.data_changed.connect(lambda _what: self.refresh())
        self.refresh()

    # --- the page protocol of the main window -------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return False

    def save(self) -> bool:
        return True

    @property
    def period(self) -> Period:
        return Period(self.year_spin.value(), self.period_combo.currentData())

    # --- refreshing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        def load(tx):
            return (registry.committee_profile(tx), registry.expected_cells(tx), registry.trusted_keys(tx), held.held_reports(tx),
                    importer.audit_log(tx), consolidation.received_periods(tx))

        profile, cells, keys, waiting, audit, periods = self.ctx.read(load)
        if not self.committee_edit.hasFocus():
            self.committee_edit.setText(profile.name)
            self.superior_edit.setText(" / ".join(profile.superior_lines or []))
            self.place_edit.setText(profile.place_name)
        by_cell: dict[int | None, list[str]] = {}
        for key in keys:
            by_cell.setdefault(key.expected_cell_id, []).append(key.fingerprint)
        rows = [(c.name, c.cell_uid or self.tr("(chưa nhận tệp nào)"), "\n".join(by_cell.get(c.id, [])) or self.tr("chưa có khóa"))
                for c in cells]
        loose = by_cell.get(None, [])
        rows += [(self.tr("(chưa gắn chi bộ)"), "", fp) for fp in loose]
        self.cells_model.set_rows(rows, keys=[c.id for c in cells] + [None] * len(loose))
        self.held_model.set_rows([(h.file_name, h.cell_name, h.period, h.sequence, h.fingerprint) for h in waiting],
                                 keys=[h.id for h in waiting])
        self.audit_model.set_rows(
            [(local(a.at).strftime("%d/%m/%Y %H:%M"), a.file_name, domain_text(outcomes.OUTCOME_LABELS[outcomes.Outcome(a.outcome)]), a.cell_name,
              a.period, a.sequence, domain_text(a.reason)) for a in audit],
            colours=[OUTCOME_COLOURS[outcomes.Outcome(a.outcome)] for a in audit])
        if periods and not getattr(self, "_year_chosen", False):
            self._year_chosen = True
            self.year_spin.setValue(periods[-1].year)
        self.refresh_grid()

    def refresh_grid(self) -> None:
        year = self.year_spin.value()
        periods = [Period(year, q) for q in (1, 2, 3, 4)] + [Period(year, None)]
        grid = self.ctx.read(consolidation.reporting_grid, periods)
        headers = [self.tr("Chi bộ")] + [self.tr("Quý {q}").format(q=ROMAN[p.quarter]) if p.quarter else self.tr("Năm {y}").format(y=year)
                                    for p in periods]
        rows, colours = [], []
        for cell, states in grid:
            rows.append((cell.name, *[QCoreApplication.translate("ReceivingPage", GRID_TEXT[s.status]) + (f" #{s.sequence}" if s.sequence else "")
                                      + (f" ({fmt_date(s.received_on)})" if s.received_on else "") for s in states]))
            colours.append([None] + [GRID_COLOURS[s.status] for s in states])
        self.grid_model.set_rows(rows, colours, headers=headers)
        self.grid_hint.setText(self.tr("Hạn nộp: {days} ngày sau khi hết kỳ (kỳ {p}: hạn {d}). Ô đỏ: quá hạn chưa nộp; ô vàng: nộp muộn.")
                               .format(days=consolidation.DEADLINE_DAYS, p=period_text(self.period), d=fmt_date(consolidation.deadline_of(self.period))))

    # --- the committee ---------------------------------------------------------------------------
    def save_committee(self) -> None:
        profile = registry.CommitteeProfile(name=self.committee_edit.text(), place_name=self.place_edit.text(),
                                      superior_lines=[s for s in self.superior_edit.text().split("/") if s.strip()])
        try:
            with self.ctx.store.read() as tx:
                profile.signer_name = registry.committee_profile(tx).signer_name
            self.ctx.write("receiving", registry.save_committee_profile, profile)
        except DomainError as exc:
            show_error(self, exc)

    # --- import: dry run, then "Nhập" --------------------------------------------------------------
    def _choose_files(self) -> list[str]:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp báo cáo"), "", self.tr("Tệp báo cáo KH130 (*.kh130);;Mọi tệp (*)"))
        return names

    def _choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục (ổ USB) chứa tệp báo cáo"))

    def add_files(self) -> None:
        names = self._choose_files()
        if names:
            self.dry_run([Path(n) for n in names])

    def add_folder(self) -> None:
        folder = self._choose_folder()
        if folder:
            self.dry_run([Path(folder)])

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dry_run(paths)

    def clear(self) -> None:
        self.pending = []
        self.last_results = []
        self.results_model.set_rows([])
        self.import_button.setEnabled(False)

    def _show_results(self, results: list[outcomes.FileResult], dry: bool) -> None:
        self.last_results = results
        self.results_model.set_rows(
            [(r.file_name, domain_text(r.label), r.cell_name, r.period, r.sequence, domain_text(r.reason)) for r in results],
            colours=[OUTCOME_COLOURS[r.outcome] for r in results])
        counts: dict[str, int] = {}
        for r in results:
            counts[domain_text(r.label)] = counts.get(domain_text(r.label), 0) + 1
        summary = ", ".join(f"{label}: {n}" for label, n in counts.items()) or self.tr("không có tệp .kh130 nào")
        if dry:
            self.status_label.setText(self.tr("Kiểm tra trước (chưa ghi gì): {s}. Bấm “Nhập” để nhập.").format(s=summary))
        else:
            self.status_label.setText(self.tr("Đã nhập: {s}.").format(s=summary))

    def _run(self, label: str, work: Callable, done: Callable) -> None:
        self.busy = True

        def finished(value) -> None:
            self.busy = False
            done(value)

        def failed(exc: BaseException) -> None:
            self.busy = False
            show_error(self, exc)

        run_task(self, label, work, finished, failed)

    def dry_run(self, paths: list[Path]) -> None:
        """Show per file what would happen and why; nothing is written."""
        store = self.ctx.store
        files = importer.collect_files(paths)

        def done(results: list[outcomes.FileResult]) -> None:
            self.pending = files
            self._show_results(results, dry=True)
            self.import_button.setEnabled(bool(files))

        self._run(self.tr("Đang kiểm tra tệp…"), lambda progress: importer.import_paths(store, files, dry_run=True, progress=progress), done)

    def commit_import(self) -> None:
        if not self.pending:
            return
        files, store = list(self.pending), self.ctx.store

        def done(results: list[outcomes.FileResult]) -> None:
            self.pending = []
            self.import_button.setEnabled(False)
            self._show_results(results, dry=False)
            self.ctx.data_changed.emit("receiving")

        self._run(self.tr("Đang nhập tệp báo cáo…"), lambda progress: importer.import_paths(store, files, progress=progress), done)

    # --- registry ----------------------------------------------------------------------------------
    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setOkButtonText(self.tr("Đồng ý"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        return dialog.textValue() if dialog.exec() else None

    def _ask_cell(self) -> str | None:
        names = [c.name for c in self.ctx.read(registry.expected_cells)]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Khóa của chi bộ nào?"))
        dialog.setLabelText(self.tr("Tên chi bộ (chọn hoặc gõ tên mới):"))
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(True)
        dialog.setOkButtonText(self.tr("Đồng ý"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        return dialog.textValue() if dialog.exec() else None

    def add_cell(self) -> None:
        name = self._ask_text(self.tr("Thêm chi bộ"), self.tr("Tên chi bộ phải nộp báo cáo:"))
        if name is None:
            return
        try:
            self.ctx.write("receiving", registry.add_expected_cell, name)
        except DomainError as exc:
            show_error(self, exc)

    def _choose_pem(self) -> str:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp khóa công khai của chi bộ"), "", self.tr("Khóa công khai (*.pem);;Mọi tệp (*)"))
        return name

    def trust_pem(self) -> None:
        from ...domain.exchange.identity import fingerprint, load_public_pem, public_raw
        from ...domain.exchange.container import read_capped

        name = self._choose_pem()
        if not name:
            return
        try:
            pem = read_capped(name, 16 * 1024)
            printed = fingerprint(public_raw(load_public_pem(pem)))
        except DomainError as exc:
            show_error(self, exc)
            return
        cell = self._ask_cell()
        if cell is None:
            return
        if not confirm(self, self.tr("So dấu vân tay"),
                       self.tr("Dấu vân tay của khóa trong tệp:\n\n{fp}\n\nSo từng nhóm ký tự với phiếu đăng ký khóa có chữ ký "
                               "của bí thư {cell}. Chỉ tin cậy khi khớp hoàn toàn.").format(fp=printed, cell=cell),
                       self.tr("Khớp, tin cậy khóa"), destructive=False):
            return
        try:
            self.ctx.write("receiving", registry.trust_key_pem, pem, cell_name=cell)
        except DomainError as exc:
            show_error(self, exc)

    def trust_fingerprint(self) -> None:
        typed = self._ask_text(self.tr("Tin cậy khóa theo dấu vân tay"),
                               self.tr("Gõ dấu vân tay in trên phiếu đăng ký khóa (64 ký tự 0–9, A–F):"))
        if typed is None:
            return
        cell = self._ask_cell()
        if cell is None:
            return
        try:
            self.ctx.write("receiving", registry.trust_fingerprint, typed, cell_name=cell)
        except DomainError as exc:
            show_error(self, exc)

    def _selected_key(self, view: QTableView, model: RowsModel):
        rows = view.selectionModel().selectedRows()
        if not rows:
            show_info(self, self.tr("Chưa chọn"), self.tr("Chọn một tệp trong danh sách trước."))
            return None
        return model.keys[rows[0].row()]

    def approve_selected(self) -> None:
        held_id = self._selected_key(self.held_view, self.held_model)
        if held_id is None:
            return
        row = self.held_model.rows[self.held_model.keys.index(held_id)]
        if not confirm(self, self.tr("Phê duyệt khóa"),
                       self.tr("Tệp “{file}” ghi là của {cell}, ký bằng khóa có dấu vân tay:\n\n{fp}\n\nSo từng nhóm ký tự với phiếu "
                               "đăng ký khóa có chữ ký của bí thư chi bộ. Chỉ phê duyệt khi khớp hoàn toàn.")
                       .format(file=row[0], cell=row[1], fp=row[4]), self.tr("Khớp, phê duyệt và nhập"), destructive=False):
            return
        try:
            results = self.ctx.write("receiving", held.approve_held, held_id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._show_results(results, dry=False)

    def discard_selected(self) -> None:
        held_id = self._selected_key(self.held_view, self.held_model)
        if held_id is None:
            return
        if confirm(self, self.tr("Bỏ tệp chờ"), self.tr("Bỏ tệp này khỏi danh sách chờ? Tệp trên USB không bị xóa."), self.tr("Bỏ tệp")):
            self.ctx.write("receiving", held.discard_held, held_id)

    # --- consolidation -------------------------------------------------------------------------------
    def consolidated_pdf(self) -> None:
        try:
            from ...domain.documents.consolidated import consolidated_pdf
            from ..printing import preview_document
        except ImportError:
            show_info(self, self.tr("In"), self.tr("Chức năng in chưa có trong bản cài đặt này."))
            return
        period = self.period
        preview_document(self, self.ctx, self.tr("Báo cáo tổng hợp {p}").format(p=period_text(period)), f"tong-hop-{period.code}.pdf",
                         lambda tx: consolidated_pdf(consolidation.consolidated_report(tx, period)))

    def _choose_save(self, suggested: str) -> str:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu bảng tổng hợp"), suggested, self.tr("Bảng tính Excel (*.xlsx)"))
        return name

    def save_xlsx(self) -> None:
        period = self.period
        name = self._choose_save(f"tong-hop-{period.code}.xlsx")
        if not name:
            return
        store = self.ctx.store

        def work(_progress):
            with store.read() as tx:
                report = consolidation.consolidated_report(tx, period)
            return consolidated_xlsx.save_consolidated_xlsx(report, name)

        self._run(self.tr("Đang lưu bảng tổng hợp…"), work,
                  lambda path: self.status_label.setText(self.tr("Đã lưu {name}.").format(name=Path(path).name)))

    def _choose_export_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Chọn ổ USB hoặc thư mục lưu tệp gửi cấp trên"))

    def export_up(self) -> None:
        from ...domain.exchange.export import write_revision

        folder = self._choose_export_folder()
        if not folder:
            return
        period, identity, ctx = self.period, self.ctx.identity, self.ctx

        def work(_progress):
            return write_revision(ctx.store, lambda tx: consolidation.export_consolidated(tx, identity, period), folder)

        def done(value) -> None:
            result, target = value
            self.status_label.setText(self.tr("Đã xuất {name}; dấu vân tay khóa ký: {fp}").format(name=target.name, fp=result.fingerprint))
            show_info(self, self.tr("Xuất tệp lên cấp trên"),
                      self.tr("Đã lưu {name}.\nDấu vân tay khóa ký:\n{fp}").format(name=target.name, fp=result.fingerprint))

        self._run(self.tr("Đang xuất tệp tổng hợp…"), work, done)
