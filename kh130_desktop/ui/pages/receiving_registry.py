"""The receiving page's registry: the cells expected to report, the keys trusted after a person
compared the fingerprint with the signed key slip, and the held files waiting for that."""

from __future__ import annotations

from functools import partial

from ...domain.errors import DomainError
from ...domain.exchange import held, registry
from ..common import confirm, open_file_name, show_error, show_info
from ..operations import Changes
from ..qt import QInputDialog, QTableView


class ReceivingRegistry:
    """Part of ReceivingPage (pages/receiving_page.py): its `held_view`, `held_model` and
    `_show_results`."""

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setOkButtonText(self.tr("Đồng ý"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        return dialog.textValue() if dialog.exec() else None

    def _ask_cell(self) -> str | None:
        names = [c.name for c in self.ctx.read(registry.expected_cells)]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Khóa của chi bộ nào?"))
        dialog.setLabelText(self.tr("Tên chi bộ (chọn hoặc gõ tên mới):"))
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(True)
        dialog.setOkButtonText(self.tr("Đồng ý"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        return dialog.textValue() if dialog.exec() else None

    def add_cell(self) -> None:
        name = self._ask_text(self.tr("Thêm chi bộ"), self.tr("Tên chi bộ phải nộp báo cáo:"))
        if name is not None:
            self.ctx.write(Changes.RECEIVING, registry.add_expected_cell, name, parent=self)

    def _choose_pem(self) -> str:
        return open_file_name(self, self.tr("Chọn tệp khóa công khai của chi bộ"), self.tr("Khóa công khai (*.pem);;Mọi tệp (*)"))

    def trust_pem(self) -> None:
        from ...domain.exchange.identity import fingerprint, load_public_pem, public_raw
        from ...domain.exchange.container import read_capped

        name = self._choose_pem()
        if not name:
            return
        try:
            pem = read_capped(name, 16 * 1024)
            printed = fingerprint(public_raw(load_public_pem(pem)))
        except DomainError as exc:
            show_error(self, exc)
            return
        cell = self._ask_cell()
        if cell is None:
            return
        if not confirm(self, self.tr("So dấu vân tay"),
                       self.tr("Dấu vân tay của khóa trong tệp:\n\n{fp}\n\nSo từng nhóm ký tự với phiếu đăng ký khóa có chữ ký "
                               "của bí thư {cell}. Chỉ tin cậy khi khớp hoàn toàn.").format(fp=printed, cell=cell),
                       self.tr("Khớp, tin cậy khóa"), destructive=False):
            return
        self.ctx.write(Changes.RECEIVING, partial(registry.trust_key_pem, cell_name=cell), pem, parent=self)

    def trust_fingerprint(self) -> None:
        typed = self._ask_text(self.tr("Tin cậy khóa theo dấu vân tay"),
                               self.tr("Gõ dấu vân tay in trên phiếu đăng ký khóa (64 ký tự 0–9, A–F):"))
        if typed is None:
            return
        cell = self._ask_cell()
        if cell is None:
            return
        self.ctx.write(Changes.RECEIVING, partial(registry.trust_fingerprint, cell_name=cell), typed, parent=self)

    def _selected_row(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        if not rows:
            show_info(self, self.tr("Chưa chọn"), self.tr("Chọn một tệp trong danh sách trước."))
            return None
        return rows[0].row()

    def approve_selected(self) -> None:
        row = self._selected_row(self.held_view)
        if row is None:
            return
        file_name, cell_name, printed = (self.held_model.row_at(row)[i] for i in (0, 1, 4))
        if not confirm(self, self.tr("Phê duyệt khóa"),
                       self.tr("Tệp “{file}” ghi là của {cell}, ký bằng khóa có dấu vân tay:\n\n{fp}\n\nSo từng nhóm ký tự với phiếu "
                               "đăng ký khóa có chữ ký của bí thư chi bộ. Chỉ phê duyệt khi khớp hoàn toàn.")
                       .format(file=file_name, cell=cell_name, fp=printed), self.tr("Khớp, phê duyệt và nhập"), destructive=False):
            return
        self.ctx.write(Changes.RECEIVING, held.approve_held, self.held_model.key_at(row), parent=self,
                       on_done=lambda results: self._show_results(results, dry=False))

    def discard_selected(self) -> None:
        row = self._selected_row(self.held_view)
        if row is None:
            return
        if confirm(self, self.tr("Bỏ tệp chờ"), self.tr("Bỏ tệp này khỏi danh sách chờ? Tệp trên USB không bị xóa."), self.tr("Bỏ tệp")):
            self.ctx.write(Changes.RECEIVING, held.discard_held, self.held_model.key_at(row), parent=self)
