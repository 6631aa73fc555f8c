"""The pledge dialogs: an item of a member's pledge, a quarter's progress note, the year-end
review, and the cell's collective pledge. Each writes through one domain operation on "Lưu";
a refusal is shown next to its field and the dialog stays open with what was typed.
"""

from __future__ import annotations

import datetime as dt

from ..domain.book import pledges as pledges_domain
from ..domain.book.periods import ROMAN
from ..domain.book.plan import pledge_themes
from ..domain.book.pledges import CollectivePledgeData, PledgeData, ReviewData
from ..domain.book.roster import get_member
from ..domain.book.vocabulary import ReviewLevel
from .common import ask_save_discard_cancel, vocab
from .context import AppContext
from .dialogs import FieldErrors, OperationDialog, get_date
from .widgets.date_field import DateField
from .forms import load_form
from .operations import Changes
from .qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class _FormDialog(OperationDialog):
    """A dialog around a form: dirty tracking, errors next to fields, ask before dropping work."""

    form_name = ""
    what = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.result_value = None
        self._dirty = False
        self.form = load_form(self.form_name, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.error_label: QLabel = self.form.findChild(QLabel, "errorLabel")
        self.ok_button: QPushButton = self.form.findChild(QPushButton, "okButton")
        self.ok_button.clicked.connect(self.accept)
        self.form.findChild(QPushButton, "cancelButton").clicked.connect(self.reject)
        self.errors = FieldErrors(self.form, self.error_label)

    def child(self, kind, name):
        return self.form.findChild(kind, name)

    def _track_changes(self) -> None:
        for w in self.form.findChildren(QLineEdit):
            w.textChanged.connect(self._mark_dirty)
        for w in self.form.findChildren(QPlainTextEdit):
            w.textChanged.connect(self._mark_dirty)
        for w in self.form.findChildren(QComboBox):
            w.currentIndexChanged.connect(self._mark_dirty)
        for w in self.form.findChildren(QSpinBox):
            w.valueChanged.connect(self._mark_dirty)
        for w in self.form.findChildren(QCheckBox):
            w.toggled.connect(self._mark_dirty)
        self._dirty = False

    def _mark_dirty(self, *args) -> None:
        self._dirty = True

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def operation(self) -> tuple:
        """The domain function that saves the form, and its arguments (read from the form now)."""
        raise NotImplementedError

    def accept(self) -> None:
        from ..domain.errors import DomainError

        try:
            operation = self.operation()
        except DomainError as exc:  # a date that cannot be read: said next to it, nothing dropped
            self.errors.show(exc)
            return
        self.submit(Changes.PLEDGES, *operation)

    def written(self, result) -> None:
        self.result_value = result
        self._dirty = False

    def reject(self) -> None:
        if self.busy:
            return
        if self._dirty:
            answer = ask_save_discard_cancel(self, self.what)
            if answer == "cancel":
                return
            if answer == "save":
                self.accept()
                return
        super().reject()


def _theme_items(combo: QComboBox, themes, current: str) -> None:
    combo.addItem(QCoreApplication.translate("PledgeEditors", "— chọn nội dung —"), "")
    for t in themes:
        combo.addItem(t.title, t.code)
    combo.setCurrentIndex(max(0, combo.findData(current)))


class PledgeDialog(_FormDialog):
    form_name = "pledge_dialog"

    def __init__(self, ctx: AppContext, member_id: int, year: int, pledge_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.what = QCoreApplication.translate("PledgeEditors", "Nội dung đăng ký")
        self.member_id, self.year, self.pledge_id = member_id, year, pledge_id
        self.content_edit: QPlainTextEdit = self.child(QPlainTextEdit, "contentEdit")
        self.theme_combo: QComboBox = self.child(QComboBox, "themeCombo")
        self.target_edit: QLineEdit = self.child(QLineEdit, "targetEdit")
        self.deadline_edit: DateField = self.child(DateField, "deadlineEdit")
        member = ctx.read(get_member, member_id)
        self.child(QLabel, "memberLabel").setText(
            QCoreApplication.translate("PledgeEditors", "Đảng viên <b>{name}</b> — đăng ký làm theo năm {year}").format(
                name=member.full_name, year=year))
        pledge = ctx.read(pledges_domain.get_pledge, pledge_id) if pledge_id else None
        _theme_items(self.theme_combo, ctx.read(pledge_themes, year), pledge.theme_code if pledge else "")
        self.deadline_edit.setDateRange(dt.date(year, 1, 1), dt.date(year + 1, 12, 31))
        self.deadline_edit.setDate(pledge.deadline if pledge and pledge.deadline else dt.date(year, 12, 15))
        if pledge:
            self.content_edit.setPlainText(pledge.content)
            self.target_edit.setText(pledge.target)
        if pledge_id:
            self.setWindowTitle(QCoreApplication.translate("PledgeEditors", "Sửa nội dung đăng ký"))
        else:
            self.setWindowTitle(QCoreApplication.translate("PledgeEditors", "Thêm nội dung đăng ký làm theo"))
        self.resize(640, 380)
        self._track_changes()

    def operation(self) -> tuple:
        data = PledgeData(content=self.content_edit.toPlainText(), theme_code=self.theme_combo.currentData() or "",
                          target=self.target_edit.text(), deadline=get_date(self.deadline_edit))
        if self.pledge_id:
            return pledges_domain.update_pledge, self.pledge_id, data
        return pledges_domain.add_pledge, self.member_id, self.year, data


class ProgressDialog(_FormDialog):
    form_name = "progress_dialog"

    def __init__(self, ctx: AppContext, pledge_id: int, quarter: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.what = QCoreApplication.translate("PledgeEditors", "Ghi chép tiến độ")
        self.pledge_id = pledge_id
        pledge = ctx.read(pledges_domain.get_pledge, pledge_id)
        self.child(QLabel, "pledgeLabel").setText(QCoreApplication.translate("PledgeEditors", "Việc đăng ký: <i>{text}</i>").format(text=pledge.content))
        self.quarter_combo: QComboBox = self.child(QComboBox, "quarterCombo")
        for q in range(1, 5):
            self.quarter_combo.addItem(QCoreApplication.translate("PledgeEditors", "Quý {q}").format(q=ROMAN[q]), q)
        today = dt.date.today()
        default_q = quarter or ((today.month - 1) // 3 + 1 if today.year == pledge.year else 4)
        self.quarter_combo.setCurrentIndex(default_q - 1)
        self.recorded_edit: DateField = self.child(DateField, "recordedEdit")
        self.recorded_edit.setDate(min(today, dt.date(pledge.year, 12, 31)) if pledge.year <= today.year else today)
        self.note_edit: QPlainTextEdit = self.child(QPlainTextEdit, "noteEdit")
        self.setWindowTitle(QCoreApplication.translate("PledgeEditors", "Ghi kết quả thực hiện trong quý"))
        self.resize(600, 320)
        self._track_changes()

    def operation(self) -> tuple:
        return (pledges_domain.add_progress, self.pledge_id, self.quarter_combo.currentData(), self.note_edit.toPlainText(),
                get_date(self.recorded_edit))


class ReviewDialog(_FormDialog):
    form_name = "review_dialog"

    def __init__(self, ctx: AppContext, member_id: int, year: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.what = QCoreApplication.translate("PledgeEditors", "Kiểm điểm cuối năm")
        self.member_id, self.year = member_id, year
        member = ctx.read(get_member, member_id)
        self.child(QLabel, "memberLabel").setText(
            QCoreApplication.translate("PledgeEditors", "Kiểm điểm việc làm theo năm {year} của đảng viên <b>{name}</b>").format(
                year=year, name=member.full_name))
        self.self_review_edit: QPlainTextEdit = self.child(QPlainTextEdit, "selfReviewEdit")
        self.assessment_edit: QPlainTextEdit = self.child(QPlainTextEdit, "assessmentEdit")
        self.level_combo: QComboBox = self.child(QComboBox, "levelCombo")
        self.score_spin: QSpinBox = self.child(QSpinBox, "scoreSpin")
        self.score_error: QLabel = self.child(QLabel, "scoreError")
        self.exemplary_check: QCheckBox = self.child(QCheckBox, "exemplaryCheck")
        self.reviewed_edit: DateField = self.child(DateField, "reviewedEdit")
        for level in ReviewLevel:
            self.level_combo.addItem(vocab(level), level.value)
        review = ctx.read(pledges_domain.review_of, member_id, year)
        if review is not None:
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(review.level)))
            self.score_spin.setValue(-1 if review.score is None else review.score)
            self.self_review_edit.setPlainText(review.self_review)
            self.assessment_edit.setPlainText(review.assessment)
            self.exemplary_check.setChecked(review.exemplary)
        else:
            self.level_combo.setCurrentIndex(1)  # "hoàn thành tốt": the commonest, never a silent default to the top
        self.reviewed_edit.setDate(review.reviewed_on if review else min(dt.date.today(), dt.date(year, 12, 31)))
        self.setWindowTitle(QCoreApplication.translate("PledgeEditors", "Kiểm điểm cuối năm"))
        self.resize(680, 460)
        self._track_changes()

    def operation(self) -> tuple:
        score = self.score_spin.value()
        data = ReviewData(level=self.level_combo.currentData(), self_review=self.self_review_edit.toPlainText(),
                          assessment=self.assessment_edit.toPlainText(), score=None if score < 0 else score,
                          exemplary=self.exemplary_check.isChecked(), reviewed_on=get_date(self.reviewed_edit))
        return pledges_domain.record_review, self.member_id, self.year, data


class CollectivePledgeDialog(_FormDialog):
    form_name = "collective_pledge_dialog"

    def __init__(self, ctx: AppContext, year: int, pledge_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.what = QCoreApplication.translate("PledgeEditors", "Đăng ký của tập thể chi bộ")
        self.year, self.pledge_id = year, pledge_id
        self.problem_edit: QPlainTextEdit = self.child(QPlainTextEdit, "problemEdit")
        self.solution_edit: QPlainTextEdit = self.child(QPlainTextEdit, "solutionEdit")
        self.target_edit: QLineEdit = self.child(QLineEdit, "targetEdit")
        self.deadline_edit: DateField = self.child(DateField, "deadlineEdit")
        self.result_edit: QPlainTextEdit = self.child(QPlainTextEdit, "resultEdit")
        self.level_combo: QComboBox = self.child(QComboBox, "levelCombo")
        self.level_combo.addItem(QCoreApplication.translate("PledgeEditors", "— chưa đánh giá —"), "")
        for level in ReviewLevel:
            self.level_combo.addItem(vocab(level), level.value)
        row = next((p for p in ctx.read(pledges_domain.collective_pledges, year) if p.id == pledge_id), None)
        self.deadline_edit.setDate(row.deadline if row and row.deadline else dt.date(year, 12, 15))
        if row is not None:
            self.problem_edit.setPlainText(row.problem)
            self.solution_edit.setPlainText(row.solution)
            self.target_edit.setText(row.target)
            self.result_edit.setPlainText(row.result)
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(row.level)))
        self.setWindowTitle(QCoreApplication.translate("PledgeEditors", "Đăng ký làm theo của tập thể chi bộ năm {year}").format(year=year))
        self.resize(700, 520)
        self._track_changes()

    def operation(self) -> tuple:
        data = CollectivePledgeData(problem=self.problem_edit.toPlainText(), solution=self.solution_edit.toPlainText(),
                                    target=self.target_edit.text(), deadline=get_date(self.deadline_edit),
                                    result=self.result_edit.toPlainText(), level=self.level_combo.currentData() or "")
        return pledges_domain.save_collective_pledge, self.year, data, self.pledge_id
