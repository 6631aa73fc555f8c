"""The clerk sends a cell's received report back for correction, with a typed reason
(exchange/receipts.mark_returned); Esc with a reason typed asks first."""

from __future__ import annotations

from ...domain.book.periods import Period
from ...domain.exchange import receipts
from ..common import period_text
from ..forms import load_form
from ..operations import Changes
from ..qt import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget
from . import FieldErrors, OperationDialog


class ReturnDialog(OperationDialog):
    def __init__(self, ctx, parent: QWidget | None, *, cell_uid: str, cell_name: str, period: Period,
                 revision: int | None) -> None:
        super().__init__(ctx, parent)
        self.cell_uid, self.period = cell_uid, period
        self.setWindowTitle(self.tr("Trả lại báo cáo để sửa"))
        self.form = load_form("return_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        f = self.form.findChild
        f(QLabel, "whatLabel").setText(self.tr("Báo cáo {p} của {cell} (bản lần {n}) vẫn được giữ là đã nhận, kèm dấu “trả lại để sửa” "
                                               "và lý do; giấy báo nhận tiếp theo sẽ báo cho chi bộ.")
                                       .format(p=period_text(period), cell=cell_name, n=revision or "—"))
        self.reason: QPlainTextEdit = f(QPlainTextEdit, "reason")
        self.errors = FieldErrors(self.form)
        self.errors.clear()
        f(QPushButton, "saveButton").clicked.connect(self.accept)
        f(QPushButton, "cancelButton").clicked.connect(self.cancel)
        self.mark_clean()

    def accept(self) -> None:
        self.submit(Changes.RECEIVING, receipts.mark_returned, self.cell_uid, self.period, self.reason.toPlainText())
