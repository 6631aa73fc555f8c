"""The receiving page's registry: the cells expected to report (and from which period), the keys
trusted after a person compared the fingerprint with the signed key slip (and revoked from a day
when a laptop is lost), and the held files waiting for that. The dialogs are in
ui/dialogs/receiving_dialogs.py."""

from __future__ import annotations


from ...domain.errors import DomainError
from ...domain.exchange import held, registry, season
from ..common import confirm, fmt_date, open_file_name, period_text, show_error, show_info
from ..dialogs.receiving_dialogs import FirstPeriodDialog, RevokeKeyDialog, TrustKeyDialog
from ..operations import Changes
from ..qt import QCoreApplication, QInputDialog, QT_TRANSLATE_NOOP, QTableView

FIRST_SOURCE = {season.SET: QT_TRANSLATE_NOOP("ReceivingRegistry", "đặt tay"),
                season.FIRST_REPORT: QT_TRANSLATE_NOOP("ReceivingRegistry", "báo cáo đầu tiên"),
                season.ADDED: QT_TRANSLATE_NOOP("ReceivingRegistry", "ngày thêm vào danh sách")}


def two_lines(fingerprint: str) -> str:
    """A fingerprint as the slip prints it, eight groups a line, so that it is shown whole."""
    groups = fingerprint.split(" ")
    return " ".join(groups[:8]) + "\n" + " ".join(groups[8:])


class ReceivingRegistry:
    """Part of ReceivingPage (pages/receiving_page.py): its `cells_view`, `cells_model`,
    `held_view`, `held_model` and `_show_results`."""

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setOkButtonText(self.tr("Đồng ý"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        return dialog.textValue() if dialog.exec() else None

    def show_registry(self, cells, keys, firsts) -> None:
        """A row per trusted key with its cell (a cell with none: one row saying so); each
        row's key is {"cell": expected cell id or None, "key": trusted key id or None}."""
        by_cell: dict[int | None, list] = {}
        for key in keys:
            by_cell.setdefault(key.expected_cell_id, []).append(key)
        rows, ids = [], []
        for c in cells:
            first, source = firsts[c.id]
            how = QCoreApplication.translate("ReceivingRegistry", FIRST_SOURCE[source])
            since = f"{period_text(first)} ({how})"
            uid = c.cell_uid or self.tr("(chưa có)")
            for key in by_cell.get(c.id, []) or [None]:
                rows.append((c.name, uid, two_lines(key.fingerprint) if key else self.tr("chưa có khóa"), self._key_state(key), since))
                ids.append({"cell": c.id, "key": key.id if key else None})
        for key in by_cell.get(None, []):
            rows.append((self.tr("(chưa gắn chi bộ)"), "", two_lines(key.fingerprint), self._key_state(key), ""))
            ids.append({"cell": None, "key": key.id})
        self.cells_model.set_rows(rows, keys=ids, colours=["#f8d0d0" if r[3] != self.tr("đang dùng") and r[2] != self.tr("chưa có khóa")
                                                           else None for r in rows])

    def _key_state(self, key) -> str:
        if key is None:
            return ""
        if key.revoked_from is None:
            return self.tr("đang dùng")
        return self.tr("thu hồi từ {day}").format(day=fmt_date(key.revoked_from)) + (f": {key.revoked_reason}" if key.revoked_reason else "")

    def held_tip(self, h) -> str:
        return self.tr("Chờ phê duyệt: khóa ký tệp này chưa được tin cậy cho chi bộ nào. So dấu vân tay {fp} với phiếu đăng ký khóa "
                       "của {cell} rồi phê duyệt, hoặc tin cậy khóa ở trên.").format(fp=h.fingerprint, cell=h.cell_name)

    def add_cell(self) -> None:
        name = self._ask_text(self.tr("Thêm chi bộ"), self.tr("Tên chi bộ phải nộp báo cáo:"))
        if name is not None:
            self.ctx.write(Changes.RECEIVING, registry.add_expected_cell, name, parent=self)

    def _choose_pem(self) -> str:
        return open_file_name(self, self.tr("Chọn tệp khóa công khai của chi bộ"), self.tr("Khóa công khai (*.pem);;Mọi tệp (*)"))

    def _open_dialog(self, dialog):
        """Where the page opens its dialogs (tests drive the dialog here)."""
        dialog.exec()
        return dialog

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
        self._open_dialog(TrustKeyDialog(self.ctx, pem=pem, file_fingerprint=printed, parent=self))

    def trust_fingerprint(self) -> None:
        self._open_dialog(TrustKeyDialog(self.ctx, parent=self))

    def _selected_registry_row(self, what: str) -> dict | None:
        rows = self.cells_view.selectionModel().selectedRows()
        ids = self.cells_model.key_at(rows[0].row()) if rows else None
        if not ids or ids.get(what) is None:
            show_info(self, self.tr("Chưa chọn"), self.tr("Chọn một khóa trong danh sách trước.") if what == "key"
                      else self.tr("Chọn một chi bộ trong danh sách trước."))
            return None
        return {**ids, "row": self.cells_model.row_at(rows[0].row())}

    def revoke_selected_key(self) -> None:
        chosen = self._selected_registry_row("key")
        if chosen is None:
            return
        dialog = self._open_dialog(RevokeKeyDialog(self.ctx, chosen["key"], fingerprint=chosen["row"][2], cell_name=chosen["row"][0],
                                                   parent=self))
        if dialog.result() and dialog.withdrawn:
            show_info(self, self.tr("Đã thu hồi khóa"),
                      self.tr("Đã rút {n} bản báo cáo ký bằng khóa này từ ngày thu hồi; bản trước đó của mỗi kỳ (nếu có) được dùng lại.")
                      .format(n=len(dialog.withdrawn)))

    def set_first_period(self) -> None:
        chosen = self._selected_registry_row("cell")
        if chosen is None:
            return
        first, source = self.ctx.read(season.first_periods)[chosen["cell"]]
        self._open_dialog(FirstPeriodDialog(self.ctx, chosen["cell"], cell_name=chosen["row"][0], current=first, source=source,
                                            parent=self))

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
