"""Export the cell's signed report file (.kh130) for a period onto a USB stick or a folder; a
period the committee returned for correction is recalled above (exchange/receipt_inbox.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ...domain.errors import ValidationError
from ...domain.book.periods import Period
from ..common import existing_folder, fill_period_choices
from ..context import AppContext
from ..forms import load_form
from ..operations import Changes
from ..qt import (QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QSpinBox,
                  QVBoxLayout, QWidget)
from . import FieldErrors


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, period: Period | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result = None
        self.target: Path | None = None
        self.setWindowTitle(self.tr("Xuất tệp báo cáo"))
        self.form = load_form("export_dialog", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        f = self.form.findChild
        self.year_spin: QSpinBox = f(QSpinBox, "yearSpin")
        self.period_combo: QComboBox = f(QComboBox, "periodCombo")
        self.folder_edit: QLineEdit = f(QLineEdit, "folderEdit")
        self.folder_edit.setMinimumWidth(320)  # a USB stick's path, not its last few letters
        self.error_label: QLabel = f(QLabel, "errorLabel")
        self.result_label: QLabel = f(QLabel, "resultLabel")
        self.export_button: QPushButton = f(QPushButton, "exportButton")
        fill_period_choices(self.period_combo)
        period = period or self._default_period()
        self.year_spin.setValue(period.year)
        self.period_combo.setCurrentIndex(self.period_combo.findData(period.quarter) if period.quarter else 0)
        f(QPushButton, "browseButton").clicked.connect(self.browse)
        f(QPushButton, "closeButton").clicked.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        self.errors = FieldErrors(self.form, self.error_label)
        self.errors.clear()
        self.returned_label: QLabel = f(QLabel, "returnedLabel")
        self.year_spin.valueChanged.connect(lambda _v: self.remind_returned())
        self.period_combo.currentIndexChanged.connect(lambda _i: self.remind_returned())
        self.remind_returned()

    def remind_returned(self) -> None:
        """Recall a period the committee returned for correction: this one first, with its reason."""
        from ...domain.exchange.receipt_inbox import returned_periods
        from ..common import domain_text, period_text

        returned = self.ctx.read(returned_periods)
        lines = []
        for r in returned:
            period = Period.parse(r.period)
            if period == self.period:
                lines.insert(0, self.tr("Cấp ủy đã trả lại báo cáo {p} để sửa: {reason}. Sửa sổ sách theo yêu cầu rồi xuất lại tệp.")
                             .format(p=period_text(period), reason=domain_text(r.reason).rstrip().rstrip(".")))  # the sentence ends once
            else:
                lines.append(self.tr("Cấp ủy đã trả lại báo cáo {p} để sửa.").format(p=period_text(period)))
        self.returned_label.setText("<br>".join(lines))
        self.returned_label.setVisible(bool(lines))

    @staticmethod
    def _default_period() -> Period:
        today = dt.date.today()
        quarter = (today.month - 1) // 3 + 1
        return Period(today.year, quarter - 1) if quarter > 1 else Period(today.year - 1, None)

    @property
    def period(self) -> Period:
        return Period(self.year_spin.value(), self.period_combo.currentData())

    def browse(self) -> None:
        folder = existing_folder(self, self.tr("Chọn ổ USB hoặc thư mục lưu tệp báo cáo"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self.errors.clear()  # "Chưa chọn thư mục" no longer holds

    def export(self) -> None:
        from ...domain.exchange.export import export_cell_report, write_revision

        folder = self.folder_edit.text().strip()
        if not folder or not Path(folder).is_dir():
            self.errors.show(ValidationError(self.tr("Chưa chọn thư mục lưu tệp (hoặc thư mục không còn)."),
                                             hint=self.tr("Cắm USB rồi bấm “Chọn…”.")))
            return
        self.errors.clear()
        period, ctx = self.period, self.ctx

        def sign_and_write(_progress):
            identity = ctx.identity  # made the first time, outside the export's transaction
            return write_revision(ctx.store, lambda tx: export_cell_report(tx, identity, period), folder)

        self.export_button.setEnabled(False)
        self.result_label.setText(self.tr("Đang ký và ghi tệp…"))
        ctx.task(sign_and_write, changes=Changes.EXPORTS, parent=self, label=self.tr("Đang xuất tệp báo cáo…"),
                 on_done=self._done, on_error=self._failed)

    def _done(self, value) -> None:
        self.result, self.target = value
        self.export_button.setEnabled(True)
        state = self.tr("bản mới, số thứ tự {n}").format(n=self.result.sequence) if self.result.new_revision else \
            self.tr("dữ liệu không đổi từ lần xuất trước: tệp giống hệt, số thứ tự {n}").format(n=self.result.sequence)
        self.result_label.setText(
            "<p>" + self.tr("Đã lưu tệp <b>{name}</b> ({state}).").format(name=self.target.name, state=state) + "</p><p>"
            + self.tr("Dấu vân tay khóa ký (so với phiếu đăng ký khóa đã nộp cấp trên):") + "<br><tt>"
            + _in_lines(self.result.fingerprint) + "</tt></p>")
        self.adjustSize()  # grow to the whole message: the fingerprint is compared line by line

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.result_label.clear()
        self.errors.show(exc)


def _in_lines(fingerprint: str, groups: int = 8) -> str:
    """The whole fingerprint, a few groups of four a line, as the paper slip prints it: never
    cut off by the dialog's width."""
    parts = fingerprint.split()
    return "<br>".join(" ".join(parts[i:i + groups]) for i in range(0, len(parts), groups))
