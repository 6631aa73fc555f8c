"""The receiving committee's page: import report files (dry run first), the registry of cells
and trusted keys, held files awaiting a person's comparison of fingerprints, the reported/late
grid with the consolidated report, and the audit log.

The import tab is in receiving_import.py, the registry and held files in receiving_registry.py;
this module lays the page out, shows the store, and does the consolidation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ...domain.documents import consolidated_xlsx
from ...domain.exchange import consolidation, held, importer, outcomes, registry, season
from ...domain.clock import local
from ...domain.book.periods import ROMAN, Period
from ..common import domain_text, existing_folder, fill_period_choices, fmt_date, period_text, save_file_name, show_error, show_info
from ..context import AppContext
from ..forms import embed_form
from ..models.receiving_models import ConsolidatedModel, ReportingGridModel, TipGridModel
from ..models.text_grid import TextGridModel
from ..operations import Changes
from ..qt import (QComboBox, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
                  QSplitter, QTableView, QTabWidget, QWidget)
from .base import Page
from .receiving_import import OUTCOME_COLOURS, ReceivingImport
from .receiving_registry import ReceivingRegistry, two_lines

def _setup_view(view: QTableView, model, stretch: int | None = None) -> None:
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectRows)
    view.setSelectionMode(QTableView.SingleSelection)
    view.setEditTriggers(QTableView.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)


class ReceivingPage(ReceivingImport, ReceivingRegistry, Page):
    watches = Changes.RECEIVING

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pending: list[Path] = []  # files examined by the dry run, waiting for "Nhập"
        self.last_results: list[outcomes.FileResult] = []
        self.busy = False
        self._year_chosen = False
        self.form = embed_form("receiving_page", self)
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
        self.figures_label: QLabel = f(QLabel, "figuresLabel")

        file, result, cell, period, number, reason = (self.tr("Tệp"), self.tr("Kết quả"), self.tr("Chi bộ"), self.tr("Kỳ"),
                                                      self.tr("Số thứ tự của máy"), self.tr("Lý do"))
        self.results_model = TipGridModel([file, result, cell, period, self.tr("Bản lần"), reason], self)
        self.cells_model = TextGridModel([cell, self.tr("Mã chi bộ"), self.tr("Khóa tin cậy (dấu vân tay)"), self.tr("Khóa"),
                                          self.tr("Phải nộp từ kỳ")], self)
        self.held_model = TipGridModel([file, self.tr("Chi bộ ghi trong tệp"), period, number, self.tr("Dấu vân tay")], self)
        self.grid_model = ReportingGridModel(self)
        self.figures_model = ConsolidatedModel(self)
        self.audit_model = TipGridModel([self.tr("Thời điểm"), file, result, cell, period, number, reason], self)
        self.results_view = f(QTableView, "resultsView")
        self.cells_view = f(QTableView, "cellsView")
        self.held_view = f(QTableView, "heldView")
        self.grid_view = f(QTableView, "gridView")
        self.audit_view = f(QTableView, "auditView")
        self.figures_view = f(QTableView, "figuresView")
        _setup_view(self.results_view, self.results_model, 5)
        _setup_view(self.cells_view, self.cells_model, 4)
        for view in (self.cells_view, self.held_view):  # a fingerprint on two lines, whole
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        _setup_view(self.figures_view, self.figures_model)
        self.figures_view.horizontalHeader().setStretchLastSection(False)
        splitter = f(QSplitter, "consolidationSplitter")
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        _setup_view(self.held_view, self.held_model, 4)
        _setup_view(self.grid_view, self.grid_model)
        _setup_view(self.audit_view, self.audit_model, 6)

        fill_period_choices(self.period_combo)
        self.year_spin.setValue(dt.date.today().year)

        f(QPushButton, "saveCommitteeButton").clicked.connect(self.save_committee)
        f(QPushButton, "addFilesButton").clicked.connect(self.add_files)
        f(QPushButton, "addFolderButton").clicked.connect(self.add_folder)
        f(QPushButton, "clearButton").clicked.connect(self.clear)
        self.import_button.clicked.connect(self.commit_import)
        f(QPushButton, "addCellButton").clicked.connect(self.add_cell)
        f(QPushButton, "trustPemButton").clicked.connect(self.trust_pem)
        f(QPushButton, "trustFingerprintButton").clicked.connect(self.trust_fingerprint)
        f(QPushButton, "revokeKeyButton").clicked.connect(self.revoke_selected_key)
        f(QPushButton, "firstPeriodButton").clicked.connect(self.set_first_period)
        f(QPushButton, "approveButton").clicked.connect(self.approve_selected)
        f(QPushButton, "discardButton").clicked.connect(self.discard_selected)
        f(QPushButton, "pdfButton").clicked.connect(self.consolidated_pdf)
        f(QPushButton, "xlsxButton").clicked.connect(self.save_xlsx)
        f(QPushButton, "exportUpButton").clicked.connect(self.export_up)
        self.paper_edit: QLineEdit = f(QLineEdit, "paperCodeEdit")
        self.paper_result: QLabel = f(QLabel, "paperResultLabel")
        self.paper_edit.returnPressed.connect(self.match_paper)  # a scanner types the code, then Enter
        f(QPushButton, "paperCodeButton").clicked.connect(self.match_paper)
        self.year_spin.valueChanged.connect(lambda _v: self.refresh_grid())
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh_grid())
        self.setAcceptDrops(True)
        from .receiving_outgoing import ReceivingOutgoing  # the files that come down: plan, receipts, returns
        self.tabs.addTab(ReceivingOutgoing(ctx, self), self.tr("Gửi xuống"))
        self.watch(ctx)
        self.refresh()

    @property
    def period(self) -> Period:
        return Period(self.year_spin.value(), self.period_combo.currentData())

    # --- refreshing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        def load(tx):
            return (registry.committee_profile(tx), registry.expected_cells(tx), registry.trusted_keys(tx), held.held_reports(tx),
                    importer.audit_log(tx), consolidation.received_periods(tx), season.first_periods(tx))

        profile, cells, keys, waiting, audit, periods, firsts = self.ctx.read(load)
        if not self.committee_edit.hasFocus():
            self.committee_edit.setText(profile.name)
            self.superior_edit.setText(" / ".join(profile.superior_lines or []))
            self.place_edit.setText(profile.place_name)
        self.show_registry(cells, keys, firsts)
        self.held_model.set_rows([(h.file_name, h.cell_name, h.period, h.sequence, two_lines(h.fingerprint)) for h in waiting],
                                 keys=[h.id for h in waiting], tips=[self.held_tip(h) for h in waiting])
        self.audit_model.set_rows(
            [(local(a.at).strftime("%d/%m/%Y %H:%M"), a.file_name, domain_text(outcomes.OUTCOME_LABELS[outcomes.Outcome(a.outcome)]), a.cell_name,
              a.period, a.sequence, domain_text(a.reason)) for a in audit],
            colours=[OUTCOME_COLOURS[outcomes.Outcome(a.outcome)] for a in audit], tips=[domain_text(a.reason) for a in audit])
        if periods and not self._year_chosen:
            self._year_chosen = True
            self.year_spin.setValue(periods[-1].year)
        self.refresh_grid()

    def refresh_grid(self) -> None:
        year, period = self.year_spin.value(), self.period
        periods = [Period(year, q) for q in (1, 2, 3, 4)] + [Period(year, None)]
        grid, figures = self.ctx.read(lambda tx: (consolidation.reporting_grid(tx, periods),
                                                  consolidation.consolidated_figures(tx, period)))
        self.grid_model.set_grid(grid, [self.tr("Quý {q}").format(q=ROMAN[p.quarter]) if p.quarter else self.tr("Năm {y}").format(y=year)
                                        for p in periods])
        self.figures_model.set_figures(figures)
        self.grid_hint.setText(self.tr(
            "Hạn nộp: {days} ngày sau khi hết kỳ ({p}: hạn {d}). Ô vàng “nộp muộn”: bản đầu tiên nhận sau hạn. "
            "Ô đỏ “quá hạn”: đã qua hạn mà chưa nhận báo cáo. Ô tím “trả lại để sửa”: bản đang dùng đã bị trả lại (thẻ “Gửi xuống”), "
            "đến khi nhận bản sửa. Chi bộ chỉ phải nộp từ kỳ bắt đầu của mình (thẻ “Chi bộ và khóa "
            "tin cậy”; mặc định là kỳ của báo cáo đầu tiên); kỳ trước đó ghi “không phải nộp”. Di chuột lên ô để xem lý do.")
            .format(days=consolidation.DEADLINE_DAYS, p=period_text(period), d=fmt_date(consolidation.deadline_of(period))))
        t = figures.totals
        self.figures_label.setText(self.tr("<b>Số liệu tổng hợp {p}</b> (như báo cáo PDF và bảng Excel): {reported}/{cells} chi bộ "
                                           "đã nộp, {late} nộp muộn, {overdue} quá hạn.")
                                   .format(p=period_text(period), reported=t.reported, cells=t.cells, late=t.reported_late,
                                           overdue=t.overdue))

    # --- the committee ---------------------------------------------------------------------------
    def save_committee(self) -> None:
        profile = registry.CommitteeProfile(name=self.committee_edit.text(), place_name=self.place_edit.text(),
                                      superior_lines=[s for s in self.superior_edit.text().split("/") if s.strip()])
        profile.signer_name = self.ctx.read(registry.committee_profile).signer_name
        self.ctx.write(Changes.RECEIVING, registry.save_committee_profile, profile, parent=self)

    def _run(self, label: str, work: Callable, done: Callable, changes: Changes = Changes.NONE) -> None:
        """Long work of this page on the worker; `busy` meanwhile."""
        self.busy = True

        def finished(value) -> None:
            self.busy = False
            done(value)

        def failed(exc: BaseException) -> None:
            self.busy = False
            show_error(self, exc)

        self.ctx.task(work, changes=changes, parent=self, label=label, on_done=finished, on_error=failed)

    # --- consolidation -------------------------------------------------------------------------------
    def consolidated_pdf(self) -> None:
        from ...domain.documents.consolidated import consolidated_pdf
        from ..printing import preview_document

        period = self.period
        preview_document(self, self.ctx, self.tr("Báo cáo tổng hợp {p}").format(p=period_text(period)), f"tong-hop-{period.code}.pdf",
                         lambda tx: consolidated_pdf(consolidation.consolidated_report(tx, period)))

    def _choose_save(self, suggested: str) -> str:
        return save_file_name(self, self.tr("Lưu bảng tổng hợp"), suggested, self.tr("Bảng tính Excel (*.xlsx)"))

    def save_xlsx(self) -> None:
        period = self.period
        name = self._choose_save(f"tong-hop-{period.code}.xlsx")
        if not name:
            return
        ctx = self.ctx

        def work(_progress):
            report = ctx.read(consolidation.consolidated_report, period)
            return consolidated_xlsx.save_consolidated_xlsx(report, name)

        self._run(self.tr("Đang lưu bảng tổng hợp…"), work,
                  lambda path: self.status_label.setText(self.tr("Đã lưu {name}.").format(name=Path(path).name)))

    def match_paper(self) -> None:
        """The received revision a printed report's code names, and whether the paper on the
        desk is the newest one received (docs/report-format.md §6)."""
        from ...domain.errors import DomainError
        from ...domain.exchange.paper_code import NEWEST, match_paper

        text = self.paper_edit.text().strip()
        if not text:
            self.paper_result.clear()
            return
        try:
            found = self.ctx.read(match_paper, text)
        except DomainError as exc:
            self.paper_result.setStyleSheet("color: #b00020;")
            self.paper_result.setText(domain_text(exc.message) + (" " + domain_text(exc.hint) if exc.hint else ""))
            return
        self.paper_result.setStyleSheet("color: #1b5e20;" if found.status == NEWEST else "color: #b00020;")
        self.paper_result.setText(domain_text(found.message))

    def _choose_export_folder(self) -> str:
        return existing_folder(self, self.tr("Chọn ổ USB hoặc thư mục lưu tệp gửi cấp trên"))

    def export_up(self) -> None:
        from ...domain.exchange.export import write_revision

        folder = self._choose_export_folder()
        if not folder:
            return
        period, ctx = self.period, self.ctx

        def work(_progress):
            identity = ctx.identity  # made the first time, outside the export's transaction
            return write_revision(ctx.store, lambda tx: consolidation.export_consolidated(tx, identity, period), folder)

        def done(value) -> None:
            result, target = value
            self.status_label.setText(self.tr("Đã xuất {name}; dấu vân tay khóa ký: {fp}").format(name=target.name, fp=result.fingerprint))
            show_info(self, self.tr("Xuất tệp lên cấp trên"),
                      self.tr("Đã lưu {name}.\nDấu vân tay khóa ký:\n{fp}").format(name=target.name, fp=result.fingerprint))

        self._run(self.tr("Đang xuất tệp tổng hợp…"), work, done, changes=Changes.EXPORTS)
