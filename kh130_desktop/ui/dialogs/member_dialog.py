"""Add or edit one member: the form from forms/member_dialog.ui, errors shown next to the field."""

from __future__ import annotations

import logging

from ...domain.book import roster
from ...domain.book.roster import MemberData
from ...domain.book.vocabulary import MemberStatus, Role, Sex
from ..forms import load_form
from ..operations import Changes
from ..qt import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout
from . import FieldErrors, OperationDialog, combo_value, fill_combo, fill_ethnicities, get_date, set_combo, set_date, setup_date

log = logging.getLogger(__name__)
DATE_FIELDS = ("birth_date", "admitted_on", "official_on", "joined_on")
TEXT_FIELDS = ("full_name", "card_number", "occupation", "phone")
COMBO_FIELDS = {"sex": Sex, "status": MemberStatus, "role": Role}


class MemberDialog(OperationDialog):
    """`MemberDialog(ctx, member_id=None)`: exec() == Accepted once the member is saved."""

    def __init__(self, ctx, member_id: int | None = None, parent=None) -> None:
        super().__init__(ctx, parent)
        self.member_id = member_id
        self.saved_id: int | None = None
        self.form = load_form("member_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        self.errors = FieldErrors(self.form)
        f = self.form.findChild
        self.dates = {name: f(QDateEdit, name) for name in DATE_FIELDS}
        self.texts = {name: f(QLineEdit, name) for name in TEXT_FIELDS}
        self.combos = {name: f(QComboBox, name) for name in COMBO_FIELDS}
        self.ethnicity = f(QComboBox, "ethnicity")
        self.notes = f(QPlainTextEdit, "notes")
        for edit in self.dates.values():
            setup_date(edit)
        for name, enum in COMBO_FIELDS.items():
            fill_combo(self.combos[name], enum)
        fill_ethnicities(self.ethnicity)
        f(QPushButton, "save_button").clicked.connect(self.accept)
        f(QPushButton, "cancel_button").clicked.connect(self.reject)
        self.setWindowTitle(self.tr("Thêm đảng viên") if member_id is None else self.tr("Sửa thông tin đảng viên"))
        self.resize(880, 480)
        self.errors.clear()
        if member_id is not None:
            self._load(ctx.read(roster.get_member, member_id))
        self.texts["full_name"].setFocus()

    def _load(self, member) -> None:
        for name in TEXT_FIELDS:
            self.texts[name].setText(getattr(member, name) or "")
        for name in DATE_FIELDS:
            set_date(self.dates[name], getattr(member, name))
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
        values.update({name: combo_value(self.combos[name]) for name in COMBO_FIELDS})
        return MemberData(ethnicity=self.ethnicity.currentText(), notes=self.notes.toPlainText(), **values)

    def accept(self) -> None:
        if self.member_id is None:
            self.submit(Changes.MEMBERS, roster.add_member, self.data())
        else:
            self.submit(Changes.MEMBERS, roster.update_member, self.member_id, self.data())

    def written(self, member) -> None:
        self.saved_id = member.id
