"""Retake every screenshot of the README and of the guide, in Vietnamese, with the demo cell.

On a real X display at 1366x768 (the screen of an old laptop), e.g. under Xvfb:

    Xvfb :11 -screen 0 1366x768x24 &
    DISPLAY=:11 .venv/bin/python docs/screenshots/take.py            # all of them
    DISPLAY=:11 .venv/bin/python docs/screenshots/take.py bao-cao    # only these names

Writes docs/screenshots/NAME.png (the whole screen; nothing else is on it under Xvfb), then
the guide's small copies in resources/guide/images/ (guide_images.sh beside this script). Each run
starts from scratch: a fresh demo cell and a fresh receiving installation in a temporary
folder, settings in that folder too (the user's own language choice is not touched).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import io
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # down_loop.py beside this script
OUT = ROOT / "docs" / "screenshots"
WIDTH, HEIGHT = 1366, 768
# The files that come down, walked from the committee's plan to the cell's receipt (down_loop.py).
DOWN_SHOTS = ("ke-hoach-soan", "gui-xuong", "ke-hoach-tu-cap-uy", "chi-bo-cap-uy", "bao-cao-giay-bao")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these screenshots (default: all)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--walk", type=Path, metavar="DIR",
                        help="also shoot the steps between of the files that come down (down_loop.py) into DIR")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        sys.exit("take.py: no DISPLAY (start Xvfb :11 -screen 0 1366x768x24, then DISPLAY=:11)")
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    with tempfile.TemporaryDirectory(prefix="kh130-shots-") as tmp:
        return Shooter(Path(tmp), args.out, set(args.names), args.walk).run()


class Shooter:
    width, height = WIDTH, HEIGHT

    def __init__(self, tmp: Path, out: Path, only: set[str], walk: Path | None = None) -> None:
        self.tmp, self.out, self.only, self.walk, self.taken = tmp, out, only, walk, []

    # --- the application, as ui/app.py starts it ------------------------------------------------
    def run(self) -> int:
        from kh130_desktop.ui.qt import QApplication, QSettings, Qt

        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(self.tmp / "settings"))
        QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(self.tmp / "settings"))  # Qt's file dialog's
        self.app = QApplication([sys.argv[0], "-platform", "xcb"])
        self.app.setOrganizationName("KH130")
        self.app.setApplicationName("KH130")
        self.app.setApplicationDisplayName("KH130")
        font = self.app.font()
        if font.pointSize() < 10:
            font.setPointSize(10)
            self.app.setFont(font)
        from kh130_desktop.ui.i18n import install_translator

        install_translator(self.app, "vi")
        QApplication.setAttribute(Qt.AA_DontUseNativeDialogs)  # as ui/app.py does on Linux
        screen = self.app.primaryScreen().geometry()
        if (screen.width(), screen.height()) != (WIDTH, HEIGHT):
            print(f"note: the screen is {screen.width()}x{screen.height()}, not {WIDTH}x{HEIGHT}")
        self.cell_screens()
        self.receiving_screens()
        if self.walk is not None or any(self.wanted(name) for name in DOWN_SHOTS):
            from down_loop import DownLoop

            DownLoop(self, self.walk).run()
        for name in self.taken:
            print(f"wrote {self.out / name}.png")
        script = OUT / "guide_images.sh"
        if self.taken and script.exists():
            subprocess.run(["sh", str(script)], check=True)
        return 0

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def settle(self, seconds: float = 0.6) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.02)

    def shoot(self, name: str) -> None:
        self.settle()
        self.out.mkdir(parents=True, exist_ok=True)
        self.app.primaryScreen().grabWindow(0).save(str(self.out / f"{name}.png"))
        self.taken.append(name)

    def window(self, ctx):
        from kh130_desktop.ui.main_window import MainWindow

        window = MainWindow(ctx)
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
        self.settle()
        return window

    def put_away(self, window) -> None:
        """Off the screen, kept alive to the end: closing the cell's window after its dialogs
        crashed Qt now and then (SIGSEGV in close())."""
        window.hide()
        self.kept = getattr(self, "kept", []) + [window]
        self.settle(0.2)

    @staticmethod
    def fill_screen(dialog) -> None:
        dialog.setGeometry(0, 0, WIDTH, HEIGHT)

    # --- the cell's pages and dialogs ---------------------------------------------------------
    def cell_screens(self) -> None:
        from kh130_desktop.domain.book.demo import fill_demo
        from kh130_desktop.domain.store.engine import Store
        from kh130_desktop.ui.context import AppContext

        folder = self.tmp / "cell"
        store = Store.open(folder)
        fill_demo(store)
        self.cell_ctx = ctx = AppContext(store, folder)
        window = self.window(ctx)
        for key, name in (("cell", "chi-bo"), ("members", "dang-vien"), ("sessions", "buoi-sinh-hoat"), ("plan", "ke-hoach-nam"),
                          ("reports", "bao-cao")):
            if self.wanted(name):
                window.show_page(key)
                self.shoot(name)
        if self.wanted("dang-ky-lam-theo"):
            window.show_page("pledges")
            page = window.pages["pledges"]
            page.members_view.selectRow(1)  # a member with pledges, progress and a review
            self.shoot("dang-ky-lam-theo")
        if self.wanted("diem-danh"):
            self.attendance(window)
        if self.wanted("nhap-danh-sach") or self.wanted("nhap-danh-sach-tcvn3"):
            self.roster_import(window)
        if self.wanted("xuat-tep-bao-cao"):
            self.export_dialog(window)
        if self.wanted("hop-thoai-tep"):
            self.file_dialog(window)
        if self.wanted("hop-thoai-in"):
            self.print_dialog(window)
        self.put_away(window)
        ctx.operations.wait_for_done(20000)

    def attendance(self, window) -> None:
        from kh130_desktop.ui.qt import QTabWidget

        window.show_page("sessions")
        page = window.pages["sessions"]
        page.view.selectRow(1)
        editor = page._open_editor(page.selected_session_id(), None)
        self.settle()
        editor.move(92, 58)  # where a window manager would centre it over the main window
        tabs = editor.findChild(QTabWidget)
        for index in range(tabs.count()):
            if "Điểm danh" in tabs.tabText(index):
                tabs.setCurrentIndex(index)
        self.shoot("diem-danh")
        editor.hide()
        editor.deleteLater()

    def roster_import(self, window) -> None:
        from kh130_desktop.ui.dialogs.roster_import_dialog import RosterImportDialog
        from kh130_desktop.ui.qt import QCursor, QPoint, QTableView, QToolTip, Qt

        path = self.tmp / "ds-chi-bo-na-lu.xlsx"
        path.write_bytes(commune_xlsx())
        dialog = RosterImportDialog(self.cell_ctx, window)
        self.fill_screen(dialog)
        dialog.show()
        dialog.load_file(path)
        deadline = time.monotonic() + 20
        while dialog.preview is None and time.monotonic() < deadline:
            self.settle(0.1)
        views = [v for v in dialog.findChildren(QTableView) if v.isVisible()]
        rows = max(views, key=lambda v: v.model().rowCount() * v.model().columnCount())  # the members' preview
        if self.wanted("nhap-danh-sach"):
            self.shoot("nhap-danh-sach")
        if self.wanted("nhap-danh-sach-tcvn3"):
            model = rows.model()
            column = next((c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == "Họ và tên"), 3)
            index = model.index(0, column)
            rect = rows.visualRect(index)
            tip = model.data(index, Qt.ToolTipRole)
            where = rows.viewport().mapToGlobal(rect.center() + QPoint(0, rect.height()))
            QCursor.setPos(where)
            if tip:
                QToolTip.showText(where, str(tip), rows.viewport())
            self.shoot("nhap-danh-sach-tcvn3")
        dialog.hide()
        dialog.deleteLater()

    def export_dialog(self, window) -> None:
        from kh130_desktop.ui.dialogs.export_dialog import ExportDialog
        usb = self.tmp / "USB"
        usb.mkdir(exist_ok=True)
        dialog = ExportDialog(self.cell_ctx, window)
        dialog.show()
        self.settle()
        dialog.move((WIDTH - dialog.width()) // 2, (HEIGHT - dialog.height()) // 2)
        dialog.folder_edit.setText(str(usb))  # as "Chọn…" leaves it
        dialog.year_spin.setValue(2022)  # the demo cell's year
        dialog.period_combo.setCurrentIndex(max(dialog.period_combo.findText("Quý II"), 0))
        dialog.export()  # what it says once the file is written: where, and the key fingerprint
        self.settle(3.0)
        dialog.move((WIDTH - dialog.width()) // 2, (HEIGHT - dialog.height()) // 2)
        self.shoot("xuat-tep-bao-cao")
        dialog.hide()
        dialog.deleteLater()

    def file_dialog(self, window) -> None:
        """The dialog "Lưu PDF…" opens (ui/common.py), in the folder used last, a few PDFs in it."""
        from kh130_desktop.ui import common
        from kh130_desktop.ui.qt import QApplication, QTimer

        documents = self.tmp / "Tài liệu"
        documents.mkdir(exist_ok=True)
        for name in ("Biên bản sinh hoạt ngày 15-06-2022.pdf", "Báo cáo quý II-2022.pdf", "Danh sách ký ngày 15-06-2022.pdf"):
            (documents / name).write_bytes(b"%PDF-1.4\n" + b"0" * 40_000)
        (documents / "Ảnh hội nghị").mkdir(exist_ok=True)
        common.remember_folder(documents)

        def shoot_and_close() -> None:
            self.shoot("hop-thoai-tep")
            QApplication.activeModalWidget().reject()

        QTimer.singleShot(300, shoot_and_close)
        common.save_file_name(window, "Lưu văn bản thành tệp PDF", "Biên bản sinh hoạt ngày 20/09/2022.pdf", "Tệp PDF (*.pdf)")

    def print_dialog(self, window) -> None:
        from kh130_desktop.ui.qt import QAbstractButton, QPrintDialog, QPrinter

        self._printer = QPrinter()
        self._printer.setDocName("Biên bản sinh hoạt ngày 15-06-2022")
        dialog = QPrintDialog(self._printer, window)
        dialog.setWindowTitle("In văn bản")  # as ui/printing.py opens it
        dialog.show()
        self.settle()
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "").startswith("Tùy chọn >>"):
                button.click()  # the copies and range a secretary looks for
        self.settle()
        dialog.move((WIDTH - dialog.width()) // 2, max(0, (HEIGHT - dialog.height()) // 2))
        self.shoot("hop-thoai-in")
        dialog.reject()
        dialog.deleteLater()
        self.settle()  # deleted now, while its printer lives: deleted later with the window, it crashed (SIGSEGV)

    # --- the committee's receiving installation -------------------------------------------------
    def receiving_screens(self) -> None:
        if not (self.wanted("tiep-nhan-khoa") or self.wanted("tong-hop")):
            return
        from kh130_desktop.ui.context import AppContext
        from kh130_desktop.ui.qt import QTabWidget

        folder = self.tmp / "committee"
        store = receiving_store(folder, self.cell_ctx)
        ctx = AppContext(store, folder)
        window = self.window(ctx)
        window.show_page("receiving")
        page = window.pages["receiving"]
        tabs = page.findChild(QTabWidget, "tabs")
        page.year_spin.setValue(2022)
        page.period_combo.setCurrentIndex(page.period_combo.findData(3))  # a returned and a late report among its rows
        for name, tab in (("tiep-nhan-khoa", "Chi bộ và khóa tin cậy"), ("tong-hop", "Tổng hợp")):
            if self.wanted(name):
                tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == tab))
                self.shoot(name)
        self.put_away(window)
        ctx.operations.wait_for_done(20000)


# --- the data on the screenshots -----------------------------------------------------------------

MEMBERS = [
    [1, "Nông Văn Thắng", 1958, "Nam", "Tày", dt.datetime(1984, 5, 19), dt.datetime(1985, 5, 19), "Bí thư chi bộ", None, "Làm ruộng"],
    [2, "Hoàng Thị Lan", "03/1975", "Nữ", "Tày", "12/02/2001", "12/02/2002", "Phó bí thư", None, "Giáo viên"],
    [3, "Lục Văn Hùng", 1990, "Nam", "Nùng", "02/09/2024", None, "Trưởng thôn", "Dự bị", "Làm ruộng"],
    [4, "Bế Thị Hà", 1945, "Nữ", "Tày", "1970", "1971", None, "Miễn công tác và sinh hoạt đảng", "Hưu trí"],
    [5, "La Văn Tuấn", 1980, "Nam", "Tày", "10/10/2095", None, None, "Sinh hoạt tạm thời", "Làm ruộng"],
    [6, "Đàm Thị Quyên", 1988, "Nữ", "Nùng", "03/03/2010", "03/03/2011", "Chi ủy viên", "Giới thiệu sinh hoạt tạm thời đi nơi khác", "Y sĩ"],
]


def commune_xlsx() -> bytes:
    """A commune's roster sheet as old offices keep it: a title, two-row headers, a total line,
    and names typed in TCVN3 with the .VnTime font (as tests/ui/test_roster_import_dialog.py)."""
    import openpyxl
    from openpyxl.styles import Font

    from kh130_desktop.domain.legacy_text import TCVN3, from_unicode

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ĐẢNG BỘ XÃ HÒA AN"])
    sheet.append(["DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN NÀ LỮ"])
    sheet.merge_cells("A2:J2")
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Ngày tháng năm", None, "Chức vụ", "Ghi chú", "Nghề"])
    sheet.append([None, None, None, None, None, "Vào Đảng", "Chính thức", None, None, None])
    for column in "ABCDEHIJ":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.merge_cells("F4:G4")
    sheet.append([f"({i})" for i in range(1, 11)])
    for row in MEMBERS:
        row = list(row)
        row[1] = from_unicode(row[1], TCVN3)
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=2).font = Font(name=".VnTime")
    sheet.append([None, f"Tổng cộng: {len(MEMBERS)} đồng chí"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


OTHER_CELLS = [("Chi bộ thôn Bó Mạ", ("2022-Q2", "2022-Q3", "2022-Q4", "2022")), ("Chi bộ thôn Pác Rằng", ("2022-Q2", "2022-Q3")),
               ("Chi bộ thôn Khuổi Ky", ("2022-Q3",))]


def receiving_store(folder: Path, cell_ctx):
    """A commune committee's installation: the demo cell's own signed files for 2022, three more
    cells' files (made as bench/import.py makes them), every key trusted but the last cell's,
    whose file is held until its key is."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kh130_desktop.domain.book.cell import get_cell
    from kh130_desktop.domain.book.periods import Period
    from kh130_desktop.domain.exchange import importer, receipts, registry
    from kh130_desktop.domain.exchange.container import build_container
    from kh130_desktop.domain.exchange.export import export_cell_report, write_revision
    from kh130_desktop.domain.exchange.identity import Identity, ensure_identity
    from kh130_desktop.domain.exchange.strict_json import canonical_json
    from kh130_desktop.domain.store.engine import Store

    spec = importlib.util.spec_from_file_location("bench_import", ROOT / "bench" / "import.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    usb = folder.parent / "usb-committee"
    usb.mkdir()
    cell_store, cell_folder = cell_ctx.store, cell_ctx.folder
    identity = ensure_identity(cell_store, cell_folder)
    created = dt.datetime(2022, 7, 5, 8, 0, tzinfo=dt.timezone.utc)
    for code in ("2022-Q2", "2022-Q3", "2022-Q4", "2022"):
        period = Period.parse(code)
        write_revision(cell_store, lambda tx, p=period: export_cell_report(tx, identity, p), usb)
    with cell_store.read() as tx:
        demo_name = get_cell(tx).name
    rng = random.Random(130)
    keys = []
    for name, periods in OTHER_CELLS:
        ident = Identity(str(uuid.UUID(int=rng.getrandbits(128))), Ed25519PrivateKey.generate())
        uid = str(uuid.UUID(int=rng.getrandbits(128)))
        keys.append((name, ident))
        for sequence, code in enumerate(periods, 1):
            period = Period.parse(code)
            report = bench.cell_report(rng, uid, name, period, 24, 3)
            data = build_container(ident, kind="cell", unit_uid=uid, unit_name=name, period=period, sequence=sequence,
                                   report_id=str(uuid.UUID(int=rng.getrandbits(128))), supersedes=None,
                                   created=created + dt.timedelta(days=92 * sequence),
                                   members={"report.json": canonical_json(report)})
            (usb / f"{name} {code}.kh130").write_bytes(data)
    store = Store.open(folder)
    with store.transaction() as tx:
        registry.save_committee_profile(tx, registry.CommitteeProfile(name="ĐẢNG ỦY XÃ HÒA AN", superior_lines=["ĐẢNG BỘ TỈNH CAO BẰNG"],
                                                                      place_name="Hòa An", signer_name="Hoàng Văn Minh"),
                                        receiving=True)
        registry.trust_key_pem(tx, identity.public_pem().encode(), cell_name=demo_name)
        for name, ident in keys[:-1]:  # the last cell's slip has not reached the committee yet
            registry.trust_key_pem(tx, ident.public_pem().encode(), cell_name=name)
        registry.add_expected_cell(tx, keys[-1][0])
    importer.import_paths(store, [usb], backup=False)
    with store.transaction() as tx:
        received_in_time(tx)
        bo_ma = next(c for c in registry.expected_cells(tx) if c.name == "Chi bộ thôn Bó Mạ")
        receipts.mark_returned(tx, bo_ma.cell_uid, Period(2022, 3), RETURN_REASON)
    return store


RETURN_REASON = "Thiếu biên bản buổi sinh hoạt tháng 8; xin bổ sung rồi gửi lại."
LATE = {("Chi bộ thôn Pác Rằng", "2022-Q3")}  # one report that came after its deadline


def received_in_time(tx) -> None:
    """Every file was imported today (years after 2022): move each one's day of receipt to a
    few days before its deadline (LATE: a few days after), as a season received on time would
    show it. The screenshot's data only; the application never rewrites a receipt day."""
    from sqlmodel import select

    from kh130_desktop.domain.book.periods import Period
    from kh130_desktop.domain.exchange.season import deadline_of
    from kh130_desktop.domain.store.exchange_tables import ReceivedReport

    for row in tx.exec(select(ReceivedReport)).all():
        days = 4 if (row.cell_name, row.period) in LATE else -3 - len(row.cell_name) % 5
        day = deadline_of(Period.parse(row.period)) + dt.timedelta(days=days)
        row.received_at = dt.datetime(day.year, day.month, day.day, 2, 0, tzinfo=dt.timezone.utc)  # 09:00 in Cao Bằng
        tx.add(row)


if __name__ == "__main__":
    sys.exit(main())
