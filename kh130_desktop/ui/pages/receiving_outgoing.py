"""The receiving page's tab "Gửi xuống": the year's plan file for all the cells, the committee's
key slip, receipts (for the last import or a chosen period, one per cell) and returns "trả lại
để sửa" with a reason (exchange/plan_file.py, receipts.py). Hooked into receiving_page.py as a tab.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ...domain.book.plan import plan_years
from ...domain.book.periods import Period
from ...domain.exchange import plan_file, receipts
from ..common import confirm, existing_folder, fill_period_choices, fmt_date, period_text, show_error
from ..forms import embed_form
from ..models.text_grid import TextGridModel
from ..operations import Changes
from ..qt import (QComboBox, QHeaderView, QLabel, QPushButton, QSpinBox, QTableView,
                  QWidget)
from ..models.receiving_models import GRID_COLOURS
from .base import Page


class ReceivingOutgoing(Page):
    watches = Changes.RECEIVING | Changes.PLAN | Changes.EXPORTS

    def __init__(self, ctx, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page  # the receiving page: its last import's results
        self.dialog = None
        self.form = embed_form("receiving_outgoing", self)
        f = self.form.findChild
        self.plan_year_combo: QComboBox = f(QComboBox, "planYearCombo")
        self.plan_state: QLabel = f(QLabel, "planStateLabel")
        self.year_spin: QSpinBox = f(QSpinBox, "yearSpin")
        self.period_combo: QComboBox = f(QComboBox, "periodCombo")
        self.status_label: QLabel = f(QLabel, "outgoingStatusLabel")
        fill_period_choices(self.period_combo)
        today = dt.date.today()
        self.year_spin.setValue(today.year)
        self.period_combo.setCurrentIndex((today.month - 1) // 3 + 1)
        self.model = TextGridModel([self.tr("Chi bộ"), self.tr("Bản"), self.tr("Nhận ngày"), self.tr("Trả lại để sửa")], self)
        self.view: QTableView = f(QTableView, "receivedView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.setEditTriggers(QTableView.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        f(QPushButton, "issuePlanButton").clicked.connect(self.issue_plan)
        f(QPushButton, "committeeSlipButton").clicked.connect(self.print_committee_slip)
        f(QPushButton, "returnButton").clicked.connect(self.return_selected)
        f(QPushButton, "unreturnButton").clicked.connect(self.unreturn_selected)
        f(QPushButton, "lastImportButton").clicked.connect(self.receipts_for_last_import)
        f(QPushButton, "periodReceiptButton").clicked.connect(self.receipts_for_period)
        self.year_spin.valueChanged.connect(lambda _v: self.refresh_rows())
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh_rows())
        self.watch(ctx)
        self.refresh()

    @property
    def period(self) -> Period:
        return Period(self.year_spin.value(), self.period_combo.currentData())

    def refresh(self) -> None:
        wanted = self.plan_year_combo.currentData()
        years = self.ctx.read(plan_years)
        self.plan_year_combo.blockSignals(True)
        self.plan_year_combo.clear()
        for y in years:
            self.plan_year_combo.addItem(str(y), y)
        if years:
            self.plan_year_combo.setCurrentIndex(max(0, self.plan_year_combo.findData(wanted or years[0])))
        self.plan_year_combo.blockSignals(False)
        issued = self.ctx.read(plan_file.issued_plans)
        self.plan_state.setText("; ".join(self.tr("năm {y}: đã ban hành lần {n} ngày {d}").format(
            y=p.year, n=p.revision, d=fmt_date(p.created_at.date())) for p in issued[:3]) or self.tr("Chưa ban hành tệp kế hoạch nào."))
        self.refresh_rows()

    def refresh_rows(self) -> None:
        rows = self.ctx.read(receipts.received_rows, self.period)
        self.model.set_rows([(r.cell_name, r.revision or "—", fmt_date(r.received_on), r.returned or "") for r in rows],
                            colours=[GRID_COLOURS["returned"] if r.returned else None for r in rows], keys=rows)

    def selected(self) -> receipts.ReceivedRow | None:
        index = self.view.currentIndex()
        return self.model.key_at(index.row()) if index.isValid() else None

    # --- the plan ------------------------------------------------------------------------
    def _choose_folder(self, title: str) -> str:
        return existing_folder(self, title)

    def issue_plan(self) -> None:
        from ...domain.exchange.export import write_revision

        year = self.plan_year_combo.currentData()
        if year is None:
            self.status_label.setText(self.tr("Chưa có kế hoạch năm nào để ghi. Tạo kế hoạch ở trang “Kế hoạch năm”, nút “Tạo kế hoạch năm…”."))
            return
        folder = self._choose_folder(self.tr("Chọn ổ USB hoặc thư mục lưu tệp kế hoạch"))
        if not folder:
            return
        ctx = self.ctx

        def work(_progress):
            identity = ctx.identity
            return write_revision(ctx.store, lambda tx: plan_file.export_plan(tx, identity, year), folder)

        def done(value) -> None:
            result, target = value
            state = self.tr("lần ban hành mới") if result.new_revision else self.tr("không đổi so với lần ghi trước")
            self.status_label.setText(self.tr("Đã ghi {name} vào {folder} (kế hoạch năm {y}, lần {n}, {state}). Dấu vân tay khóa ký: {fp}. "
                                              "Chi bộ nhập tệp này ở trang “Chi bộ”, nút “Nhập tệp kế hoạch…”.")
                                      .format(name=target.name, folder=target.parent, y=year, n=result.sequence, state=state,
                                              fp=result.fingerprint))

        self.ctx.task(work, changes=Changes.RECEIVING, parent=self, label=self.tr("Đang ghi tệp kế hoạch…"), on_done=done,
                      on_error=lambda exc: show_error(self, exc))

    def print_committee_slip(self) -> None:
        from ...domain.documents.keyslip import committee_keyslip_pdf
        from ..printing import preview_document

        self.ctx.with_identity(lambda identity: preview_document(
            self, self.ctx, self.tr("Phiếu khóa ký của cấp ủy"), "phieu-khoa-cap-uy.pdf",
            lambda tx: committee_keyslip_pdf(tx, identity)), parent=self)

    # --- returns ---------------------------------------------------------------------------
    def return_selected(self) -> None:
        from ..dialogs.return_dialog import ReturnDialog

        row = self.selected()
        if row is None or row.revision is None:
            self.status_label.setText(self.tr("Chọn một chi bộ đã gửi báo cáo kỳ này."))
            return
        self.dialog = ReturnDialog(self.ctx, self, cell_uid=row.cell_uid, cell_name=row.cell_name, period=self.period,
                                   revision=row.revision)
        self.dialog.open()

    def unreturn_selected(self) -> None:
        row = self.selected()
        if row is None or not row.returned:
            self.status_label.setText(self.tr("Chọn một báo cáo đang bị trả lại."))
            return
        if not confirm(self, self.tr("Bỏ trả lại"), self.tr("Bỏ dấu “trả lại để sửa” của {cell}? Lý do đã ghi sẽ bị xóa.")
                       .format(cell=row.cell_name), self.tr("Bỏ trả lại")):
            return
        self.ctx.write(Changes.RECEIVING, receipts.unmark_returned, row.cell_uid, self.period, parent=self)

    # --- receipts --------------------------------------------------------------------------
    def receipts_for_last_import(self) -> None:
        if getattr(self.page, "pending", None):  # the list is a check before "Nhập", not an import
            self.status_label.setText(self.tr("Danh sách ở trang Nhập tệp báo cáo mới là kiểm tra trước; bấm “Nhập” rồi ghi giấy báo."))
            return
        targets = receipts.cells_of_results(getattr(self.page, "last_results", []) or [])
        if not targets:
            self.status_label.setText(self.tr("Chưa nhập tệp nào trong lần mở chương trình này; chọn kỳ rồi “Ghi giấy báo của kỳ…”."))
            return
        self._write_receipts(targets)

    def receipts_for_period(self) -> None:
        targets = self.ctx.read(receipts.receipt_targets, self.period)
        if not targets:
            self.status_label.setText(self.tr("Chưa chi bộ nào gửi tệp {p}.").format(p=period_text(self.period)))
            return
        self._write_receipts(targets)

    def _write_receipts(self, targets) -> None:
        folder = self._choose_folder(self.tr("Chọn ổ USB hoặc thư mục lưu giấy báo"))
        if not folder:
            return
        ctx = self.ctx

        def work(_progress):
            return receipts.write_receipts(ctx.store, ctx.identity, targets, folder)

        def done(paths) -> None:
            self.status_label.setText(self.tr("Đã ghi {n} giấy báo vào {folder}: {names}").format(
                n=len(paths), folder=folder, names=", ".join(Path(p).name for p in paths)))

        self.ctx.task(work, changes=Changes.RECEIVING, parent=self, label=self.tr("Đang ghi giấy báo…"), on_done=done,
                      on_error=lambda exc: show_error(self, exc))
