"""How a new year's plan starts (forms/plan_editor_start.ui): copied from the latest earlier year
(dates moved), read from a plan file on disk, or empty. Nothing is written here: the choice
gives the data the plan editor opens with, and the editor's "Lưu" makes the year."""

from __future__ import annotations

from pathlib import Path

from ...domain.book.plan_check import read_plan_file
from ...domain.book.plan_edit import PlanSource, empty_plan_data, shifted_plan_data
from ...domain.errors import DomainError
from ..forms import load_form
from ..common import open_file_name
from ..qt import QDialog, QLabel, QPushButton, QRadioButton, QVBoxLayout
from . import put_error


class PlanStartDialog(QDialog):
    """`PlanStartDialog(ctx, year, previous)`: exec() == Accepted with `data`, the plan to edit;
    `previous` is what the year can be copied from (plan_edit.previous_plan)."""

    def __init__(self, ctx, year: int, previous: PlanSource | None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = year
        self.previous = previous
        self.data: dict | None = None
        self.form = load_form("plan_editor_start", self)
        QVBoxLayout(self).addWidget(self.form)
        f = self.form.findChild
        self.from_previous: QRadioButton = f(QRadioButton, "fromPrevious")
        self.from_file: QRadioButton = f(QRadioButton, "fromFile")
        self.from_nothing: QRadioButton = f(QRadioButton, "fromNothing")
        self.error: QLabel = f(QLabel, "err_general")
        self.error.hide()
        f(QLabel, "headingLabel").setText("<h3>" + self.tr("Tạo kế hoạch năm {year}").format(year=year) + "</h3>"
                                          + self.tr("Bắt đầu kế hoạch năm {year} từ đâu? Chương trình mở trình soạn kế hoạch "
                                                    "để xem và sửa; chưa ghi gì cho đến khi bấm “Lưu kế hoạch”.").format(year=year))
        if previous is None:
            self.from_previous.setText(self.tr("Chép từ kế hoạch năm trước (chưa có kế hoạch năm nào trước năm {year})").format(year=year))
            self.from_previous.setEnabled(False)
            self.from_file.setChecked(True)
        elif previous.bundled:
            self.from_previous.setText(self.tr("Chép từ kế hoạch năm {previous} (mẫu đi kèm chương trình), dời ngày sang năm {year}")
                                       .format(previous=previous.year, year=year))
        else:
            self.from_previous.setText(self.tr("Chép từ kế hoạch năm {previous}, dời ngày sang năm {year}").format(
                previous=previous.year, year=year))
        from ...domain.store.settings import get_mode

        if ctx.read(get_mode) != "receiving":  # a cell: the committee's plan comes as a signed file, imported elsewhere
            note = f(QLabel, "fromFileNote")
            note.setText(note.text() + " " + self.tr("Tệp kế hoạch đã ký cấp ủy gửi xuống (.kh130) thì nhập ở trang “Chi bộ”, "
                                                     "nút “Nhập tệp kế hoạch…”."))
        f(QPushButton, "okButton").clicked.connect(self.accept)
        f(QPushButton, "cancelButton").clicked.connect(self.reject)
        self.setWindowTitle(self.tr("Tạo kế hoạch năm {year}").format(year=year))
        self.resize(600, 300)

    def choose_file(self) -> str:
        """The plan file the user picks ("" when none): a separate step, so tests can stand in."""
        return open_file_name(self, self.tr("Chọn tệp kế hoạch năm {year}").format(year=self.year),
                              self.tr("Tệp kế hoạch (*.json);;Mọi tệp (*)"))

    def accept(self) -> None:
        self.error.hide()
        if self.from_previous.isChecked() and self.previous is not None:
            self.data = shifted_plan_data(self.previous.data, self.year)
        elif self.from_file.isChecked():
            path = self.choose_file()
            if not path:
                return
            try:  # a small file (plan_check caps it), read and checked before the editor opens
                self.data = read_plan_file(Path(path), self.year)
            except DomainError as exc:
                put_error(self.error, exc.message, exc.hint)
                return
        else:
            self.data = empty_plan_data(self.year)
        super().accept()
