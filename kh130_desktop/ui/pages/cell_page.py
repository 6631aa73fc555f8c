"""The cell profile (name, type, superior bodies, place), this machine's signing key, and the
committee's key and plan file (the files that come down: exchange/incoming.py, plan_inbox.py).

The window's first page: at start it is built before the store is open and shows the profile
read by `storefile.glance` (`CellPage(None, window, glance=...)`), read-only, until the window
calls `attach(ctx)`. So this module imports no ORM at import time (bench/startup.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from ...domain.book.cell_data import CellData
from ...domain.errors import DomainError
from ...domain.book.vocabulary import CellType
from ..common import domain_text, show_error
from ..dialogs import FieldErrors, combo_value, fill_combo, set_combo
from ..forms import embed_form
from ..operations import Changes
from ..qt import QComboBox, QFont, QFontDatabase, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTimer
from .base import Page

log = logging.getLogger(__name__)
LINE_FIELDS = ("name", "receiving_committee", "place_name", "commune", "province")


class CellPage(Page):
    watches = Changes.CELL | Changes.PLAN

    def __init__(self, ctx, parent=None, *, glance: CellData | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._loading = False
        self.form = embed_form("cell_page", self)
        f = self.form.findChild
        self.errors = FieldErrors(self.form)
        self.lines = {name: f(QLineEdit, name) for name in LINE_FIELDS}
        self.cell_type = f(QComboBox, "cell_type")
        fill_combo(self.cell_type, CellType)
        self.superior = f(QPlainTextEdit, "superior_bodies")
        self.fingerprint = f(QLabel, "fingerprint")
        self.installation = f(QLabel, "installation")
        mono = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        mono.setPointSize(max(self.font().pointSize() + 1, 11))
        mono.setWeight(QFont.Bold)
        self.fingerprint.setFont(mono)
        self.save_button, self.revert_button = f(QPushButton, "save_button"), f(QPushButton, "revert_button")
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.refresh)
        self.keyslip_button = f(QPushButton, "keyslip_button")
        self.keyslip_button.clicked.connect(self.print_keyslip)
        self.committee_key_label = f(QLabel, "committee_key_label")
        self.committee_key_button = f(QPushButton, "committee_key_button")
        self.plan_file_button = f(QPushButton, "plan_file_button")
        self.committee_key_button.clicked.connect(self.record_committee_key)
        self.plan_file_button.clicked.connect(self.import_plan_file)
        self.dialog = None
        for edit in self.lines.values():
            edit.textEdited.connect(self._mark_dirty)
        self.superior.textChanged.connect(self._mark_dirty)
        self.cell_type.currentIndexChanged.connect(self._mark_dirty)
        if ctx is not None:
            self.attach(ctx)
        else:
            self._show(glance)
            self._set_editable(False)

    def attach(self, ctx) -> None:
        """The store is open: from now on the page reads and writes it."""
        from ...domain.book.cell import find_cell

        self.watch(ctx)
        self._set_editable(True)
        self._show(self.ctx.read(find_cell))
        # The keys need the cryptography library: loaded after the window is on screen, not on
        # the way to the editable page.
        QTimer.singleShot(0, self._show_key)
        QTimer.singleShot(0, self._show_committee_key)

    # --- the shell's page protocol ------------------------------------------------------------
    def refresh(self) -> None:
        from ...domain.book.cell import find_cell

        self._show(self.ctx.read(find_cell))
        self._show_committee_key()

    def _show_committee_key(self) -> None:
        from ...domain.exchange.incoming import committee_key, held_files

        key = self.ctx.read(committee_key)
        held = self.ctx.read(held_files)
        if key is None:
            self.committee_key_label.setText(self.tr("Chưa ghi khóa của cấp ủy. Ghi dấu vân tay in trên phiếu khóa cấp ủy gửi xuống, "
                                                     "rồi nhập tệp kế hoạch năm của cấp ủy."))
        else:
            self.committee_key_label.setText(self.tr("Khóa của {name} (ghi ngày {day}):\n{fp}").format(
                name=key.name, day=key.since.strftime("%d/%m/%Y") if key.since else "—", fp=_two_lines(key.fingerprint)))
        if held:  # plan files that came with a key not recorded (kh130 plan import): shown to compare
            self.committee_key_label.setText(self.committee_key_label.text() + "\n\n" + self.tr(
                "Tệp kế hoạch đang chờ ghi khóa ({n}): {name}, dấu vân tay\n{fp}").format(
                n=len(held), name=held[0].unit_name, fp=_two_lines(held[0].fingerprint)))

    def _show(self, cell) -> None:
        self._loading = True
        try:
            for name, edit in self.lines.items():
                edit.setText(getattr(cell, name, "") if cell else "")
            set_combo(self.cell_type, cell.cell_type if cell else CellType.VILLAGE.value)
            self.superior.setPlainText(cell.superior_bodies if cell else "")
        finally:
            self._loading = False
        self.errors.clear()
        self._set_dirty(False)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save(self, then: Callable[[bool], None] | None = None) -> None:
        from ...domain.book.cell import update_cell

        if self.ctx is None:
            if then is not None:
                then(False)
            return
        data = CellData(name=self.lines["name"].text(), cell_type=combo_value(self.cell_type),
                        superior_bodies=self.superior.toPlainText(),
                        **{name: self.lines[name].text() for name in LINE_FIELDS if name != "name"})

        def saved(_cell) -> None:
            self.refresh()
            if then is not None:
                then(True)

        def refused(exc: BaseException) -> None:
            self.errors.show(exc)
            if then is not None:
                then(False)

        self.errors.clear()
        self.ctx.write(Changes.CELL, update_cell, data, parent=self, on_done=saved, on_error=refused)

    # --- the key ---------------------------------------------------------------------------------
    def _show_key(self) -> None:
        def show(identity) -> None:
            self.fingerprint.setText(_two_lines(identity.fingerprint))
            self.installation.setText(self.tr("Mã cài đặt: {id}").format(id=identity.installation_id))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DomainError):
                self.fingerprint.setText(domain_text(exc.message))
            else:
                show_error(self, exc)

        # The key is made and written the first time: on the worker, not here.
        self.ctx.with_identity(show, parent=self, on_error=failed)

    def print_keyslip(self) -> None:
        """The key registration slip in the document preview (print, or save as PDF)."""
        from ..printing import preview_document
        from ...domain.documents.keyslip import keyslip_pdf

        # The key is loaded on the worker before the PDF is made.
        self.ctx.with_identity(lambda identity: preview_document(
            self, self.ctx, self.tr("Phiếu đăng ký khóa ký báo cáo"), "phieu-dang-ky-khoa.pdf",
            lambda tx: keyslip_pdf(tx, identity)), parent=self)

    def record_committee_key(self) -> None:
        from ..dialogs.committee_key_dialog import CommitteeKeyDialog

        self.dialog = CommitteeKeyDialog(self.ctx, self, committee=self.lines["receiving_committee"].text())
        self.dialog.open()

    def import_plan_file(self, path: str | None = None) -> None:
        from ..dialogs.plan_file_dialog import PlanFileDialog

        self.dialog = PlanFileDialog(self.ctx, self, path=path)
        self.dialog.open()

    # --- internals ------------------------------------------------------------------------------
    def _set_editable(self, editable: bool) -> None:
        for edit in self.lines.values():
            edit.setReadOnly(not editable)
        self.superior.setReadOnly(not editable)
        self.cell_type.setEnabled(editable)
        self.keyslip_button.setEnabled(editable)
        self.committee_key_button.setEnabled(editable)
        self.plan_file_button.setEnabled(editable)

    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def on_changes(self, changes: Changes) -> None:
        if not self._dirty:  # what is being typed is not thrown away
            self.refresh()


def _two_lines(fingerprint: str) -> str:
    groups = fingerprint.split()
    half = len(groups) // 2
    return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])
