"""A cell imports its committee's plan file: every check first, then a preview of what it brings
(year, topic, materials, quarter topics, themes, milestones, revision, what it replaces), then
"Nhập". A file from a key not recorded yet shows its fingerprint to compare with the committee's
slip; recording that key and importing is one action, after a confirmation."""

from __future__ import annotations

import html
from pathlib import Path

from ...domain.errors import DomainError
from ...domain.exchange import plan_inbox
from ...domain.exchange.container import read_capped
from ..common import confirm, domain_text, open_file_name
from ..forms import load_form
from ..operations import Changes
from ..qt import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from . import FieldErrors


class PlanFileDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None, *, path: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: bytes | None = None
        self.preview: plan_inbox.PlanPreview | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Nhập tệp kế hoạch của cấp ủy"))
        self.resize(720, 440)
        self.form = load_form("plan_file_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        f = self.form.findChild
        self.file_edit: QLineEdit = f(QLineEdit, "fileEdit")
        self.preview_label: QLabel = f(QLabel, "previewLabel")
        self.committee: QLineEdit = f(QLineEdit, "committee")
        self.committee_label: QLabel = f(QLabel, "committeeLabel")
        self.import_button: QPushButton = f(QPushButton, "importButton")
        self.errors = FieldErrors(self.form, f(QLabel, "errorLabel"))
        self.errors.clear()
        f(QPushButton, "browseButton").clicked.connect(self.browse)
        f(QPushButton, "closeButton").clicked.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)
        self._show_trust(False)
        self.import_button.setEnabled(False)
        if path:
            self.load(path)

    def _show_trust(self, shown: bool) -> None:
        self.committee.setVisible(shown)
        self.committee_label.setVisible(shown)

    def browse(self) -> None:
        name = open_file_name(self, self.tr("Chọn tệp kế hoạch của cấp ủy"), self.tr("Tệp KH130 (*.kh130)"))
        if name:
            self.load(name)

    def load(self, path: str) -> None:
        """Check the file and show its preview; nothing is written."""
        self.file_edit.setText(path)
        self.errors.clear()
        self.preview = None
        self.import_button.setEnabled(False)
        self._show_trust(False)
        try:
            self.data = read_capped(path)
            self.preview = self.ctx.read(plan_inbox.preview_plan, self.data)
        except DomainError as exc:
            self.preview_label.setText(self.tr("Không nhập được tệp này."))
            self.errors.show(exc)
            return
        p = self.preview
        lines = [html.escape(domain_text(line)).replace("\n", "<br>") for line in p.summary_lines()]
        self.preview_label.setText("<p>" + "</p><p>".join(lines) + "</p>")
        if p.status == plan_inbox.UNTRUSTED:
            self._show_trust(True)
            self.committee.setText(p.file.committee_name)
            self.import_button.setText(self.tr("&Tin cậy khóa này và nhập"))
            self.import_button.setEnabled(True)
        else:
            self.import_button.setText(self.tr("&Nhập kế hoạch"))
            self.import_button.setEnabled(p.writes)

    def run_import(self) -> None:
        p = self.preview
        if p is None or self.busy or not (p.writes or p.status == plan_inbox.UNTRUSTED):
            return
        name = Path(self.file_edit.text()).name
        if p.status == plan_inbox.UNTRUSTED:
            if not confirm(self, self.tr("Tin cậy khóa của cấp ủy"),
                           self.tr("Dấu vân tay của tệp:\n{fp}\n\nChỉ tin cậy khi từng nhóm ký tự trùng khớp với phiếu khóa của cấp ủy. "
                                   "Tin cậy và nhập kế hoạch?").format(fp=p.file.fingerprint),
                           self.tr("Tin cậy và nhập"), destructive=False):
                return
            fn, args = plan_inbox.trust_and_import_plan, (self.data, self.committee.text(), name)
        else:
            fn, args = plan_inbox.import_plan, (self.data, name)
        self.busy = True
        self.ctx.write(Changes.PLAN | Changes.CELL, fn, *args, parent=self, on_done=self._done, on_error=self._failed)

    def _done(self, preview) -> None:
        self.busy = False
        self.preview = preview
        self.preview_label.setText(self.tr("Đã nhập kế hoạch năm {year} (lần {revision}) của {committee}.")
                                   .format(year=preview.file.year, revision=preview.file.revision,
                                           committee=html.escape(preview.file.committee_name)))
        self.import_button.setEnabled(False)
        self._show_trust(False)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.errors.show(exc)

    def reject(self) -> None:
        if not self.busy:
            super().reject()
