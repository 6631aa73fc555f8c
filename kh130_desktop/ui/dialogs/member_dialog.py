"""Add or edit one member: the form from forms/member_dialog.ui, errors shown next to the field."""

from __future__ import annotations

import logging

from ...domain.book import roster
from ...domain.book.dates import PRECISION_FIELDS
from ...domain.book.roster import MemberData
from ...domain.book.vocabulary import MemberStatus, Role, Sex
from ...domain.errors import DomainError
from ..forms import load_form
from ..operations import Changes
from ..qt import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout
from ..widgets.date_field import DateField
from . import FieldErrors, OperationDialog, combo_value, fill_combo, fill_ethnicities, get_date, set_combo, set_date, setup_date

log = logging.getLogger(__name__)
DATE_FIELDS = ("birth_date", "admitted_on", "official_on", "joined_on")
TEXT_FIELDS = ("full_name", "card_number", "occupation", "phone")
COMBO_FIELDS = {"sex": Sex, "status": MemberStatus, "role": Role}


class MemberDialog(OperationDialog):
    """`MemberDialog(ctx, member_id=None)`: exec() == Accepted once the member is saved.

    A new member is an Đảng viên (the bí thư is one person, book/roster.py), and joins the cell
    on the day the book starts, or on their admission when that is later: shown, and editable."""

    def __init__(self, ctx, member_id: int | None = None, parent=None) -> None:
        super().__init__(ctx, parent)
        self.member_id = member_id
        self.saved_id: int | None = None
        self.form = load_form("member_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        self.errors = FieldErrors(self.form)
        f = self.form.findChild
        self.dates = {name: f(DateField, name) for name in DATE_FIELDS}
        self.texts = {name: f(QLineEdit, name) for name in TEXT_FIELDS}
        self.combos = {name: f(QComboBox, name) for name in COMBO_FIELDS}
        self.ethnicity = f(QComboBox, "ethnicity")
        self.notes = f(QPlainTextEdit, "notes")
        for name, edit in self.dates.items():
            setup_date(edit, partial=name in PRECISION_FIELDS)  # a birth year alone stays a year
        for name, enum in COMBO_FIELDS.items():
            fill_combo(self.combos[name], enum)
        fill_ethnicities(self.ethnicity)
        f(QPushButton, "save_button").clicked.connect(self.accept)
        f(QPushButton, "cancel_button").clicked.connect(self.cancel)
        self.setWindowTitle(self.tr("Thêm đảng viên") if member_id is None else self.tr("Sửa thông tin đảng viên"))
        self.resize(880, 480)
        self.errors.clear()
        self._joined_default = None
        if member_id is not None:
            self._load(ctx.read(roster.get_member, member_id))
        else:
            set_combo(self.combos["role"], Role.MEMBER.value)
            self._suggest_joined()
            self.dates["admitted_on"].dateChanged.connect(lambda _day: self._suggest_joined())
        self.texts["full_name"].setFocus()
        self.mark_clean()

    def _suggest_joined(self) -> None:
        """The joining date follows the admission until the user writes one of their own."""
        joined = self.dates["joined_on"]
        if joined.text() and (self._joined_default is None or joined.date() != self._joined_default):
            return
        try:
            admitted = get_date(self.dates["admitted_on"])
        except DomainError:
            return
        day = self.ctx.read(roster.default_joined_on, admitted)
        set_date(joined, day)
        self._joined_default = joined.date()

    def _load(self, member) -> None:
        for name in TEXT_FIELDS:
            self.texts[name].setText(getattr(member, name) or "")
        for name in DATE_FIELDS:
            set_date(self.dates[name], getattr(member, name), getattr(member, PRECISION_FIELDS.get(name, ""), None))
        for name in COMBO_FIELDS:
            set_combo(self.combos[name], getattr(member, name))
        self.ethnicity.setCurrentText(member.ethnicity)
        self.notes.setPlainText(member.notes)
        if member.left_on is not None:
            self.combos["status"].setEnabled(False)
            self.combos["role"].setEnabled(False)

    def data(self) -> MemberData:
        values = {name: self.texts[name].text() for name in TEXT_FIELDS}
        values.update({name: get_date(self.dates[name]) for name in DATE_FIELDS})
        values.update({p: self.dates[name].precision() for name, p in PRECISION_FIELDS.items()})
        values.update({name: combo_value(self.combos[name]) for name in COMBO_FIELDS})
        return MemberData(ethnicity=self.ethnicity.currentText(), notes=self.notes.toPlainText(), **values)

    def accept(self) -> None:
        try:
            data = self.data()
        except DomainError as exc:  # a date that cannot be read: said next to it, nothing dropped
            self.errors.show(exc)
            return
        if self.member_id is None:
            self.submit(Changes.MEMBERS, roster.add_member, data)
        else:
            self.submit(Changes.MEMBERS, roster.update_member, self.member_id, data)

    def written(self, member) -> None:
        self.saved_id = member.id
