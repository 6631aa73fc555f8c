"""Reports: a period's key figures, the printed report, the key registration slip, the
signed report file for the superior committee, and what the committee's receipts say of each
period sent (exchange/receipt_inbox.py)."""

from __future__ import annotations

import datetime as dt

from ...domain.book.overview import PeriodFigures, period_figures
from ...domain.book.periods import Period
from ...domain.book.plan import plan_years
from ...domain.book.sessions import session_years
from ...domain.book.vocabulary import ReviewLevel
from ..common import domain_text, fill_period_choices, open_file_name, period_text, show_error, show_info, vocab
from ..context import AppContext
from ..forms import embed_form
from ..models.sessions_model import percent
from ..operations import Changes
from ..models.text_grid import TextGridModel
from ..qt import QComboBox, QCoreApplication, QHeaderView, QLabel, QPushButton, QTableView, QWidget
from .base import Page


def _years(tx) -> tuple[list[int], int]:
    """The years to choose from, and the one to open on (book/periods.opening_year)."""
    from ...domain.book.periods import opening_year

    opening = opening_year(tx)
    return sorted(set(session_years(tx)) | set(plan_years(tx)) | {opening}, reverse=True), opening


def figures_html(f: PeriodFigures) -> str:
    rows = [
        (QCoreApplication.translate("ReportsPage", "Số buổi học tập, sinh hoạt"),
         QCoreApplication.translate("ReportsPage", "{n} (chuyên đề: {thematic})").format(n=f.sessions, thematic=f.thematic_sessions)),
        (QCoreApplication.translate("ReportsPage", "Tỷ lệ đảng viên dự họp bình quân"), percent(f.average_rate) if f.average_rate is not None else "—"),
        (QCoreApplication.translate("ReportsPage", "Buổi dưới 90 phút"), str(f.short_sessions)),
        (QCoreApplication.translate("ReportsPage", "Đảng viên thuộc diện triệu tập cuối kỳ"), str(f.summoned_at_end)),
        (QCoreApplication.translate("ReportsPage", "Đảng viên đã đăng ký làm theo"), f"{f.pledged}/{f.summoned_at_end}"),
        (QCoreApplication.translate("ReportsPage", "Đảng viên đã kiểm điểm cuối năm"), str(f.reviewed)),
    ]
    rows += [(f"&nbsp;&nbsp;– {vocab(level)}", str(f.levels.get(level.value, 0))) for level in ReviewLevel]
    rows += [
        (QCoreApplication.translate("ReportsPage", "Đảng viên nêu gương điển hình"), str(f.exemplary)),
        (QCoreApplication.translate("ReportsPage", "Đăng ký làm theo của tập thể chi bộ"), str(f.collective_pledges)),
    ]
    cells = "".join(f"<tr><td style='padding:2px 24px 2px 0'>{k}</td><td><b>{v}</b></td></tr>" for k, v in rows)
    period = QCoreApplication.translate("ReportsPage", "Kỳ báo cáo: {p}").format(p=period_text(f.period))
    return f"<p><b>{period}</b></p><table>{cells}</table>"


class ReportsPage(Page):
    watches = Changes.CELL | Changes.MEMBERS | Changes.SESSIONS | Changes.ATTENDANCE | Changes.PLEDGES | Changes.PLAN | Changes.EXPORTS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.export_dialog = None
        self.form = embed_form("reports_page", self)
        f = self.form.findChild
        self.year_combo: QComboBox = f(QComboBox, "yearCombo")
        self.quarter_combo: QComboBox = f(QComboBox, "quarterCombo")
        self.figures_label: QLabel = f(QLabel, "figuresLabel")
        fill_period_choices(self.quarter_combo)
        self.year_combo.currentIndexChanged.connect(lambda _: self._load())
        self.quarter_combo.currentIndexChanged.connect(lambda _: self._load())
        f(QPushButton, "reportButton").clicked.connect(self.print_report)
        f(QPushButton, "keyslipButton").clicked.connect(self.print_keyslip)
        f(QPushButton, "exportButton").clicked.connect(self.export)
        self.receipts_model = TextGridModel([self.tr("Kỳ"), self.tr("Cấp ủy báo")], self)
        self.receipts_view: QTableView = f(QTableView, "receiptsView")
        self.receipts_view.setModel(self.receipts_model)
        self.receipts_view.setEditTriggers(QTableView.NoEditTriggers)
        self.receipts_view.verticalHeader().setVisible(False)
        self.receipts_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.receipts_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        f(QPushButton, "importReceiptButton").clicked.connect(self.import_receipt)
        self.watch(ctx)
        self.refresh()

    def refresh(self) -> None:
        wanted = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        years, opening = self.ctx.read(_years)
        for y in years:
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(wanted or opening)))
        self.year_combo.blockSignals(False)
        self._load()

    @property
    def period(self) -> Period:
        return Period(self.year_combo.currentData() or dt.date.today().year, self.quarter_combo.currentData())

    def _load(self) -> None:
        from ...domain.exchange.receipt_inbox import period_receipts

        self.figures = self.ctx.read(period_figures, self.period)
        self.figures_label.setText(figures_html(self.figures))
        states = self.ctx.read(period_receipts)
        codes = sorted(states, key=lambda code: Period.parse(code).key)
        colours = {"received": "#d8f0d8", "returned": "#fff1c2", "refused": "#f8d0d0"}
        self.receipts_model.set_rows([(period_text(Period.parse(c)), domain_text(states[c].text)) for c in codes],
                                     colours=[colours.get(states[c].outcome) for c in codes], keys=codes)
        if not codes:
            self.receipts_model.set_rows([("—", self.tr("Chưa nhập giấy báo nào của cấp ủy."))])

    def receipt_text(self, period: Period) -> str:
        """What the table shows for `period` ("" when no receipt speaks of it)."""
        for row in range(self.receipts_model.rowCount()):
            if self.receipts_model.key_at(row) == period.code:
                return self.receipts_model.data(self.receipts_model.index(row, 1))
        return ""

    def _choose_receipt(self) -> str:
        name = open_file_name(self, self.tr("Chọn giấy báo của cấp ủy"), self.tr("Tệp KH130 (*.kh130)"))
        return name

    def import_receipt(self) -> None:
        from ...domain.exchange.container import read_capped
        from ...domain.exchange.receipt_inbox import IMPORTED, import_receipt
        from ...domain.errors import DomainError

        name = self._choose_receipt()
        if not name:
            return
        try:
            data = read_capped(name)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.ctx.write(Changes.EXPORTS, import_receipt, data, parent=self,
                       on_done=lambda result: show_info(self, self.tr("Giấy báo của cấp ủy"), "\n".join(
                           domain_text(line) for line in [result.message, *(result.lines if result.status == IMPORTED else [])])))

    # --- actions ---------------------------------------------------------------------------
    def print_report(self) -> None:
        """The report as sent: a period already signed into a file prints with that revision's
        date and paper code; one never exported (or changed since) is a draft dated today."""
        from ...domain.exchange.paper_code import printed_report_pdf
        from ..printing import preview_document

        period = self.period
        preview_document(self, self.ctx, self.tr("Báo cáo {p}").format(p=period_text(period)), f"bao-cao-{period.code}.pdf",
                         lambda tx: printed_report_pdf(tx, period))

    def print_keyslip(self) -> None:
        from ...domain import documents
        from ..printing import preview_document as preview

        self.ctx.with_identity(lambda identity: preview(self, self.ctx, self.tr("Phiếu đăng ký khóa"), "phieu-dang-ky-khoa.pdf",
                                                        lambda tx: documents.keyslip_pdf(tx, identity)), parent=self)

    def export(self) -> None:
        from ..dialogs.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self.ctx, self, period=self.period)
        self.export_dialog.open()
