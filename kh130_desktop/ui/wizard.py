"""First start: create the cell profile and its secretary, or open the demo cell. An optional
last step records the committee's key (the fingerprint from its slip) and imports its plan file
(exchange/plan_inbox.create_cell_with_plan): "Hoàn tất" on the secretary's page skips it.

Each page is checked when the user presses "Tiếp theo" by the domain's own rules (the profile
by `cell.check_cell`), and the error is shown next to its field. The cell and the secretary are
then written in one operation on the background worker; the wizard closes once it is written,
or shows the refusal (ui/operations.py). The demo cell is filled on the worker too.
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import partial

from ..domain.book import cell as cells
from ..domain.book.cell import CellData
from ..domain.errors import DomainError
from ..domain.book.roster import MemberData
from ..domain.book.vocabulary import CellType, MemberStatus, Role, Sex
from .dialogs import AsksBeforeDiscard, FieldErrors, combo_value, fill_combo, fill_ethnicities, form_state, get_date, setup_date
from .forms import embed_form
from .operations import Changes
from .widgets.date_field import DateField
from .qt import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QWizard, QWizardPage

log = logging.getLogger(__name__)
CELL_FIELDS = ("name", "cell_type", "superior_bodies", "place_name", "records_from")
SECRETARY_FIELDS = ("full_name", "birth_date", "sex", "ethnicity", "card_number", "admitted_on", "official_on", "joined_on")
START, CELL, SECRETARY, COMMITTEE = range(4)


class _FormPage(QWizardPage):
    def __init__(self, form_name: str, title: str, subtitle: str, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = embed_form(form_name, self)
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
        wizard = self.wizard_
        if wizard.done_:
            return True  # QWizard.accept() validates the current page once more
        if wizard.busy:
            return False
        # QWizard cannot turn its first page into a final one on a radio button (its Finish
        # stays disabled), so "Next" itself does the work and the wizard closes once it is done.
        if self.choice_receiving.isChecked():
            from ..domain.store.settings import set_mode

            wizard.run(lambda: wizard.ctx.write(Changes.MODE, set_mode, "receiving", parent=wizard,
                                                on_done=wizard.finish, on_error=wizard.refused))
            return False
        if self.choice_demo.isChecked():
            wizard.open_demo()
            return False
        return True


class CellFormPage(_FormPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__("wizard_cell", self.tr("Hồ sơ chi bộ"),
                         self.tr("Tên chi bộ và cấp ủy cấp trên được in ở đầu mọi biên bản và báo cáo."))
        self.wizard_ = wizard
        fill_combo(self.child(QComboBox, "cell_type"), CellType)
        self.child(QLineEdit, "province").setText("Cao Bằng")
        # A new cell keeps its book from January: the year's meetings on paper go in.
        setup_date(self.child(DateField, "records_from"), dt.date(dt.date.today().year, 1, 1))

    def records_from(self) -> dt.date | None:
        return get_date(self.child(DateField, "records_from"))

    def data(self) -> CellData:
        text = lambda name: self.child(QLineEdit, name).text()  # noqa: E731
        return CellData(name=text("name"), cell_type=combo_value(self.child(QComboBox, "cell_type")),
                        superior_bodies=self.child(QPlainTextEdit, "superior_bodies").toPlainText(),
                        receiving_committee=text("receiving_committee"), place_name=text("place_name"),
                        commune=text("commune"), province=text("province"))

    def validatePage(self) -> bool:  # noqa: N802
        try:
            cells.check_cell(self.data())
            if self.records_from() is None:
                from ..domain.errors import ValidationError

                raise ValidationError("Chưa nhập ngày bắt đầu ghi sổ.", hint="Thường là 01/01 của năm nay.", field="records_from")
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
            setup_date(self.child(DateField, name), partial=True)  # a birth year alone stays a year
        setup_date(self.child(DateField, "joined_on"))
        self.child(DateField, "joined_on").setPlaceholderText(self.tr("để trống: ngày bắt đầu ghi sổ"))
        self.setFinalPage(True)  # "Hoàn tất" here; "Tiếp theo" goes on to the optional committee step

    def data(self) -> MemberData:
        date = lambda name: get_date(self.child(DateField, name))  # noqa: E731
        precision = lambda name: self.child(DateField, name).precision()  # noqa: E731
        return MemberData(joined_on=date("joined_on"), birth_precision=precision("birth_date"),
                          admitted_precision=precision("admitted_on"), official_precision=precision("official_on"),
                          full_name=self.child(QLineEdit, "full_name").text(), birth_date=date("birth_date"),
                          sex=combo_value(self.child(QComboBox, "sex")), ethnicity=self.child(QComboBox, "ethnicity").currentText(),
                          card_number=self.child(QLineEdit, "card_number").text(), admitted_on=date("admitted_on"),
                          official_on=date("official_on"), status=MemberStatus.OFFICIAL.value, role=Role.SECRETARY.value)

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard_
        if wizard.done_:
            return True
        if not wizard.busy:
            self.errors.clear()
            try:
                secretary, records_from = self.data(), wizard.cell_page.records_from()
            except DomainError as exc:  # a date that cannot be read: said next to it
                self.errors.show(exc)
                return False
            if wizard.next_requested:
                return True  # on to the committee's key and plan file
            wizard.create(wizard.cell_page.data(), secretary, records_from)
        return False  # the wizard closes itself once the cell is written

    def show_refusal(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError) and exc.field in CELL_FIELDS:
            self.wizard_.back()
            self.wizard_.cell_page.errors.show(exc)
        else:
            self.errors.show(exc)


class CommitteePage(_FormPage):
    """Optional: the committee's key from its slip, and its plan file with a preview."""

    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__("wizard_committee", self.tr("Cấp ủy cấp trên (không bắt buộc)"),
                         self.tr("Khóa của cấp ủy và tệp kế hoạch năm cấp ủy gửi xuống."))
        self.wizard_ = wizard
        self.plan_data: bytes | None = None
        self.child(QPushButton, "plan_button").clicked.connect(self.choose_plan)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        name = self.child(QLineEdit, "committee_name")
        if not name.text():
            name.setText(self.wizard_.cell_page.data().receiving_committee)

    def _choose_file(self) -> str:
        from .common import open_file_name

        name = open_file_name(self, self.tr("Chọn tệp kế hoạch của cấp ủy"), self.tr("Tệp KH130 (*.kh130)"))
        return name

    def choose_plan(self, path: str | None = None) -> None:
        """Check the file and show what it brings; nothing is written until "Hoàn tất"."""
        import html

        from ..domain.exchange.container import read_capped
        from ..domain.exchange.plan_file import read_plan_file
        from ..domain.exchange.plan_inbox import plan_file_lines
        from ..domain.exchange.identity import normalise_fingerprint
        from .common import domain_text

        path = path or self._choose_file()
        if not path:
            return
        self.errors.clear()
        preview = self.child(QLabel, "plan_preview")
        try:
            data = read_capped(path)
            plan = read_plan_file(data)
        except DomainError as exc:
            self.plan_data = None
            self.child(QLineEdit, "plan_file").clear()
            preview.clear()
            exc.field = "plan_file"
            self.errors.show(exc)
            return
        self.plan_data = data
        self.child(QLineEdit, "plan_file").setText(path)
        lines = [html.escape(domain_text(line)) for line in plan_file_lines(plan)]
        lines.append(self.tr("Dấu vân tay khóa ký tệp: {fp}").format(fp=plan.fingerprint))
        typed = self.child(QLineEdit, "committee_fingerprint")
        try:
            same = normalise_fingerprint(typed.text()) == plan.fingerprint if typed.text().strip() else None
        except DomainError:
            same = None
        if same is False:
            lines.append("<span style='color:#b00020'>" + self.tr("Không khớp với dấu vân tay đã ghi ở trên.") + "</span>")
        preview.setText("<br>".join(lines))
        name = self.child(QLineEdit, "committee_name")
        if not name.text().strip():
            name.setText(plan.committee_name)

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard_
        if wizard.done_:
            return True
        if not wizard.busy:
            self.errors.clear()
            wizard.create(wizard.cell_page.data(), wizard.secretary_page.data(), wizard.cell_page.records_from(),
                          fingerprint=self.child(QLineEdit, "committee_fingerprint").text(),
                          committee_name=self.child(QLineEdit, "committee_name").text(), plan=self.plan_data)
        return False


class FirstStartWizard(AsksBeforeDiscard, QWizard):
    """Accepted once the store holds a cell (created here, or the demo cell)."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.done_ = False  # the store holds a cell (or the receiving mode): accept() may close
        self.busy = False
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
        self.committee_page = CommitteePage(self)
        self.setPage(START, self.start_page)
        self.setPage(CELL, self.cell_page)
        self.setPage(SECRETARY, self.secretary_page)
        self.setPage(COMMITTEE, self.committee_page)
        # Which of "Tiếp theo" and "Hoàn tất" was pressed on the secretary's page, where both show.
        self.next_requested = False
        self.button(QWizard.NextButton).pressed.connect(lambda: setattr(self, "next_requested", True))
        self.button(QWizard.FinishButton).pressed.connect(lambda: setattr(self, "next_requested", False))
        self.setStartId(START)
        self.currentIdChanged.connect(lambda _id: self.update_buttons())
        self.update_buttons()
        self.resize(760, 600)
        self._clean_state = form_state(self)
        self.button(QWizard.CancelButton).clicked.disconnect()
        self.button(QWizard.CancelButton).clicked.connect(self.cancel)

    def has_typed(self) -> bool:
        """Anything typed since the wizard opened, and the cell not made yet: Esc, "Thoát" or
        the close box ask first (AsksBeforeDiscard)."""
        return not self.done_ and form_state(self) != self._clean_state

    def update_buttons(self) -> None:
        start = self.currentId() == START
        if start and self.start_page.choice_demo.isChecked():
            text = self.tr("Mở chi bộ mẫu")
        elif start and self.start_page.choice_receiving.isChecked():
            text = self.tr("Bắt đầu tiếp nhận")
        else:
            text = self.tr("Tiếp theo >")
        self.setButtonText(QWizard.NextButton, text)

    def create(self, cell_data: CellData, secretary: MemberData, records_from: dt.date | None = None, *,
               fingerprint: str = "", committee_name: str = "", plan: bytes | None = None) -> None:
        from ..domain.exchange.plan_inbox import create_cell_with_plan

        self.run(lambda: self.ctx.write(Changes.ALL, partial(create_cell_with_plan, fingerprint=fingerprint,
                                                             committee_name=committee_name, plan=plan),
                                        cell_data, secretary, records_from, parent=self,
                                        on_done=self.finish, on_error=self._creation_refused))

    def _creation_refused(self, exc: BaseException) -> None:
        self.busy = False
        if self.currentId() == COMMITTEE and not (isinstance(exc, DomainError) and exc.field in SECRETARY_FIELDS + CELL_FIELDS):
            self.committee_page.errors.show(exc)
            return
        if self.currentId() == COMMITTEE:
            self.back()
        self.secretary_page.show_refusal(exc)

    def open_demo(self) -> None:
        from ..domain.book.demo import fill_demo

        ctx = self.ctx
        self.run(lambda: ctx.task(lambda _progress: fill_demo(ctx.store), changes=Changes.ALL, parent=self,
                                  label=self.tr("Đang tạo chi bộ mẫu…"), on_done=self.finish, on_error=self.refused))

    def run(self, start) -> None:
        """Start one operation; the wizard waits for it (a second press does nothing)."""
        self.busy = True
        start()

    def finish(self, _result=None) -> None:
        self.busy = False
        self.done_ = True
        self.accept()  # validates the current page again: done_ lets it through

    def refused(self, exc: BaseException) -> None:
        from .common import show_error

        self.busy = False
        show_error(self, exc)
