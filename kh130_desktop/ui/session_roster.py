"""What the session editor says about who is on its roster that day: the members left out
because they joined the cell later (with a way to correct their joining date there), and how
many may vote (the official members present; probationary members do not vote)."""

from __future__ import annotations

import datetime as dt
import html

from ..domain.book import roster
from ..domain.errors import DomainError
from .common import fmt_date
from .dialogs import FieldErrors, OperationDialog, get_date, setup_date
from .operations import Changes
from .qt import QCoreApplication, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget, Signal
from .widgets.date_field import DateField


def voters_text(voters: int) -> str:
    return QCoreApplication.translate("SessionEditor", "trên {n} đảng viên chính thức có mặt").format(n=voters)


class JoiningNote(QLabel):
    """"3 đảng viên chưa vào chi bộ ngày này: … — Sửa ngày vào chi bộ…"; `fixed` once corrected."""

    fixed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("joiningNote")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b35c00;")
        self.linkActivated.connect(lambda _link: self.fix())
        self.members: list = []
        self.day: dt.date | None = None
        self.hide()

    def show_for(self, day: dt.date) -> None:
        self.day = day
        self.members = self.ctx.read(roster.not_yet_joined, day)
        if not self.members:
            self.hide()
            return
        names = ", ".join(html.escape(m.full_name) for m in self.members[:8]) + (", …" if len(self.members) > 8 else "")
        self.setText(self.tr("{n} đảng viên chưa vào chi bộ ngày này nên không có trong danh sách: {names} — "
                             "<a href='fix'>Sửa ngày vào chi bộ…</a>").format(n=len(self.members), names=names))
        self.show()

    def fix(self) -> None:
        dialog = JoinedOnDialog(self.ctx, self.members, self.day, self.window())
        if dialog.exec():
            self.fixed.emit()


class JoinedOnDialog(OperationDialog):
    """One joining date for the members a session leaves out (default: the first day of the book)."""

    def __init__(self, ctx, members: list, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Sửa ngày vào chi bộ"))
        self.member_ids = [m.id for m in members]
        layout = QVBoxLayout(self)
        names = QLabel(self.tr("Ngày vào chi bộ của: {names}").format(names=", ".join(m.full_name for m in members)), self)
        names.setWordWrap(True)
        layout.addWidget(names)
        form = QFormLayout()
        self.joined = DateField(self)
        self.joined.setObjectName("joined_on")
        setup_date(self.joined, min(ctx.read(roster.records_from), day))
        form.addRow(self.tr("Ngày vào chi bộ:"), self.joined)
        layout.addLayout(form)
        error = QLabel(self)
        error.setObjectName("err_joined_on")
        error.setWordWrap(True)
        layout.addWidget(error)
        hint = QLabel(self.tr("Buổi sinh hoạt ngày {d} sẽ có các đồng chí này nếu ngày vào chi bộ không sau ngày đó.").format(d=fmt_date(day)), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Lưu"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.errors = FieldErrors(self)
        self.errors.clear()
        self.resize(520, 220)

    def accept(self) -> None:
        try:
            day = get_date(self.joined)
        except DomainError as exc:
            self.errors.show(exc)
            return
        self.submit(Changes.MEMBERS, roster.set_joined_on, self.member_ids, day)
