"""First start: create the cell profile and its secretary, or open the demo cell.

Each page is checked when the user presses "Tiếp theo" by running the domain's own function in a
read session that is never committed, so the wizard applies exactly the rules the store does and
shows the error next to its field. The cell and the secretary are then written in one transaction.
"""

from __future__ import annotations

import logging

from ..domain.book import cell as cells
from ..domain.book import roster
from ..domain.book.cell import CellData
from ..domain.errors import DomainError
from ..domain.book.roster import MemberData
from ..domain.book.vocabulary import CellType, MemberStatus, Role, Sex
from .dialogs import FieldErrors, combo_value, fill_combo, fill_ethnicities, get_date, setup_date
from .forms import load_form
from .qt import (QApplication, QComboBox, QCursor, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, Qt,
                 QVBoxLayout, QWizard, QWizardPage)

log = logging.getLogger(__name__)
START, CELL, SECRETARY = range(3)


class _FormPage(QWizardPage):
    def __init__(self, form_name: str, title: str, subtitle: str, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = load_form(form_name, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.errors = FieldErrors(self.form)
        self.errors.clear()

    def child(self, cls, name):
        return self.form.findChild(cls, name)


class StartPage(_FormPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__("wizard_start", self.tr("Bắt đầu"), self.tr("KH130 — Sổ sinh hoạt chi bộ, Kế hoạch 130-KH/TU"))
        self.wizard_ = wizard
        self.choice_new = self.child(QRadioButton, "choice_new")
        self.choice_demo = self.child(QRadioButton, "choice_demo")
        folder = self.child(QLabel, "folder_label")
        folder.setText(self.tr("Dữ liệu được lưu tại: {folder}").format(folder=wizard.ctx.folder))
        folder.setStyleSheet("color: #555;")
        self.choice_receiving = self.child(QRadioButton, "choice_receiving")
        self.choice_demo.toggled.connect(lambda _on: wizard.update_buttons())
        self.choice_receiving.toggled.connect(lambda _on: wizard.update_buttons())

    def validatePage(self) -> bool:  # noqa: N802
        if self.wizard_.demo_opened:
            return True  # QWizard.accept() validates the current page once more
        if self.choice_receiving.isChecked():
            from ..domain.store.settings import set_mode

            self.wizard_.ctx.write("all", set_mode, "receiving")
            self.wizard_.demo_opened = True
            self.wizard_.accept()  # validates this page again: demo_opened lets it through
            return False
        if self.choice_demo.isChecked():
            # QWizard cannot turn its first page into a final one on a radio button (its Finish
            # stays disabled), so "Next" itself opens the demo cell and closes the wizard.
            if self.wizard_.open_demo():
                self.wizard_.demo_opened = True
                self.wizard_.accept()  # validates this page again: demo_opened lets it through
            return False
        return True


class CellFormPage(_FormPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__("wizard_cell", self.tr("Hồ sơ chi bộ"),
                         self.tr("Tên chi bộ và cấp ủy cấp trên được in ở đầu mọi biên bản và báo cáo."))
        self.wizard_ = wizard
        fill_combo(self.child(QComboBox, "cell_type"), CellType)
        self.child(QLineEdit, "province").setText("Cao Bằng")

    def data(self) -> CellData:
        text = lambda name: self.child(QLineEdit, name).text()  # noqa: E731
        return CellData(name=text("name"), cell_type=combo_value(self.child(QComboBox, "cell_type")),
                        superior_bodies=self.child(QPlainTextEdit, "superior_bodies").toPlainText(),
                        receiving_committee=text("receiving_committee"), place_name=text("place_name"),
                        commune=text("commune"), province=text("province"))

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self.wizard_.ctx.read(cells.create_cell, self.data())  # a dry run: the read session never commits
        except DomainError as exc:
            self.errors.show(exc)
            return False
        self.errors.clear()
        return True


class SecretaryPage(_FormPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__("wizard_secretary", self.tr("Đồng chí bí thư chi bộ"),
                         self.tr("Người ký các biên bản, báo cáo với chức danh Bí thư."))
        self.wizard_ = wizard
        fill_combo(self.child(QComboBox, "sex"), Sex)
        fill_ethnicities(self.child(QComboBox, "ethnicity"))
        for name in ("birth_date", "admitted_on", "official_on"):
            setup_date(self.child(QDateEdit, name))

    def data(self) -> MemberData:
        date = lambda name: get_date(self.child(QDateEdit, name))  # noqa: E731
        return MemberData(full_name=self.child(QLineEdit, "full_name").text(), birth_date=date("birth_date"),
                          sex=combo_value(self.child(QComboBox, "sex")), ethnicity=self.child(QComboBox, "ethnicity").currentText(),
                          card_number=self.child(QLineEdit, "card_number").text(), admitted_on=date("admitted_on"),
                          official_on=date("official_on"), status=MemberStatus.OFFICIAL.value, role=Role.SECRETARY.value)

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self.wizard_.create(self.wizard_.cell_page.data(), self.data())
        except DomainError as exc:
            if exc.field in ("name", "cell_type", "superior_bodies", "place_name"):
                self.wizard_.back()
                self.wizard_.cell_page.errors.show(exc)
            else:
                self.errors.show(exc)
            return False
        return True


def _create(tx, cell_data: CellData, secretary: MemberData):
    created = cells.create_cell(tx, cell_data)
    roster.add_member(tx, secretary)
    return created


class FirstStartWizard(QWizard):
    """Accepted once the store holds a cell (created here, or the demo cell)."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.demo_opened = False
        self.setWindowTitle(self.tr("KH130 — Lần mở đầu tiên"))
        self.setWizardStyle(QWizard.ModernStyle)
        self.setOption(QWizard.NoBackButtonOnStartPage, True)
        # Qt ships no Vietnamese for its own buttons (DESIGN §7): name them ourselves.
        self.setButtonText(QWizard.NextButton, self.tr("Tiếp theo >"))
        self.setButtonText(QWizard.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.FinishButton, self.tr("Hoàn tất"))
        self.setButtonText(QWizard.CancelButton, self.tr("Thoát"))
        self.start_page = StartPage(self)
        self.cell_page = CellFormPage(self)
        self.secretary_page = SecretaryPage(self)
        self.setPage(START, self.start_page)
        self.setPage(CELL, self.cell_page)
        self.setPage(SECRETARY, self.secretary_page)
        self.setStartId(START)
        self.currentIdChanged.connect(lambda _id: self.update_buttons())
        self.update_buttons()
        self.resize(760, 600)

    def update_buttons(self) -> None:
        start = self.currentId() == START
        if start and self.start_page.choice_demo.isChecked():
            text = self.tr("Mở chi bộ mẫu")
        elif start and self.start_page.choice_receiving.isChecked():
            text = self.tr("Bắt đầu tiếp nhận")
        else:
            text = self.tr("Tiếp theo >")
        self.setButtonText(QWizard.NextButton, text)

    def create(self, cell_data: CellData, secretary: MemberData) -> None:
        self.ctx.write("all", _create, cell_data, secretary)

    def open_demo(self) -> bool:
        from ..domain.book.demo import fill_demo

        QApplication.setOverrideCursor(QCursor(Qt.WaitCursor))
        try:
            fill_demo(self.ctx.store)
        except DomainError as exc:
            from .common import show_error

            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return False
        QApplication.restoreOverrideCursor()
        self.ctx.data_changed.emit("all")
        return True
