"""The cell records its committee's key: the fingerprint typed from the committee's key slip
(exchange/incoming.py); plan files held for that key are imported at once."""

from __future__ import annotations

from ...domain.exchange import plan_inbox
from ..forms import load_form
from ..operations import Changes
from ..qt import QLineEdit, QPushButton, QVBoxLayout, QWidget
from . import FieldErrors, OperationDialog


class CommitteeKeyDialog(OperationDialog):
    def __init__(self, ctx, parent: QWidget | None = None, *, committee: str = "", fingerprint: str = "") -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Khóa của cấp ủy cấp trên"))
        self.form = load_form("committee_key_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        f = self.form.findChild
        self.committee: QLineEdit = f(QLineEdit, "committee")
        self.fingerprint: QLineEdit = f(QLineEdit, "fingerprint")
        self.committee.setText(committee)
        self.fingerprint.setText(fingerprint)
        self.errors = FieldErrors(self.form)
        self.errors.clear()
        self.imported: list = []
        f(QPushButton, "saveButton").clicked.connect(self.accept)
        f(QPushButton, "cancelButton").clicked.connect(self.cancel)
        self.mark_clean()

    def accept(self) -> None:
        self.submit(Changes.CELL | Changes.PLAN, plan_inbox.trust_and_take_held, self.fingerprint.text(), self.committee.text())

    def written(self, result) -> None:
        self.imported = result
