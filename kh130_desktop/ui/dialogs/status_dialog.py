"""Change a member's status or role from a date (kept in history), or record their departure."""

from __future__ import annotations

import datetime as dt
from functools import partial

from ...domain.book import roster
from ...domain.book.vocabulary import MemberStatus, Role
from ..common import fmt_date, vocab
from ..forms import load_form
from ..operations import Changes
from ..qt import QComboBox, QCoreApplication, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget
from ..widgets.date_field import DateField
from . import FieldErrors, OperationDialog, combo_value, fill_combo, get_date, set_combo, setup_date

STATUS, DEPARTURE = "status", "departure"


class StatusDialog(OperationDialog):
    """`StatusDialog(ctx, member_id, mode="status"|"departure")`: Accepted once recorded."""

    def __init__(self, ctx, member_id: int, mode: str = STATUS, parent=None, *, today: dt.date | None = None) -> None:
        super().__init__(ctx, parent)
        self.member_id, self.mode = member_id, mode
        self.form = load_form("status_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        self.errors = FieldErrors(self.form)
        f = self.form.findChild
        member = ctx.read(roster.get_member, member_id)
        self.status, self.role = f(QComboBox, "status"), f(QComboBox, "role")
        self.effective_on, self.left_on = f(DateField, "effective_on"), f(DateField, "left_on")
        self.note, self.left_reason = f(QLineEdit, "note"), f(QLineEdit, "left_reason")
        fill_combo(self.status, MemberStatus)
        fill_combo(self.role, Role)
        set_combo(self.status, member.status)
        set_combo(self.role, member.role)
        today = today or dt.date.today()
        setup_date(self.effective_on, today)
        setup_date(self.left_on, today)
        f(QWidget, "status_part").setVisible(mode == STATUS)
        f(QWidget, "depart_part").setVisible(mode == DEPARTURE)
        now = self.tr("Hiện nay: {status}, {role}.").format(status=vocab(member.status), role=vocab(member.role))
        f(QLabel, "member_label").setText(f"{member.full_name}. {now}")
        history = f(QListWidget, "history")
        for row in ctx.read(roster.history, member_id):
            history.addItem(f"{fmt_date(row.effective_on)}: {vocab(row.status)}, {vocab(row.role)}" + (f" — {row.note}" if row.note else ""))
        f(QPushButton, "save_button").clicked.connect(self.accept)
        f(QPushButton, "cancel_button").clicked.connect(self.cancel)
        if mode == STATUS:
            self.setWindowTitle(self.tr("Đổi trạng thái, chức vụ"))
            self.status.setFocus()
        else:
            self.setWindowTitle(self.tr("Ghi nhận chuyển đi"))
            f(QPushButton, "save_button").setText(self.tr("Ghi nhận chuyển đi"))
            self.left_reason.setFocus()
        self.errors.clear()
        self.resize(600, 440)
        self.mark_clean()

    def accept(self) -> None:
        from ...domain.errors import DomainError

        try:
            effective_on, day = get_date(self.effective_on), get_date(self.left_on)
        except DomainError as exc:
            self.errors.show(exc)
            return
        if self.mode == STATUS:
            change = partial(roster.change_status, status=combo_value(self.status), role=combo_value(self.role),
                             effective_on=effective_on or dt.date.today(), note=self.note.text())
            self.submit(Changes.MEMBERS, change, self.member_id)
            return
        if day is None:
            self.errors.show(_missing_date())
            return
        self.submit(Changes.MEMBERS, roster.record_departure, self.member_id, day, self.left_reason.text())


def _missing_date():
    from ...domain.errors import ValidationError

    return ValidationError(QCoreApplication.translate("StatusDialog", "Chưa chọn ngày chuyển đi."), field="left_on")
