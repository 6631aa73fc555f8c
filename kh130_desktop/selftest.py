"""`kh130 --self-test`: prove that this build works, end to end, without touching the user's data.

In a temporary folder it opens a fresh store, fills the demo cell, makes the minutes PDF, exports
the signed report file of 2022, verifies that file as a receiving committee would, and renders the
PDF's first page with Qt's PDF module. CI runs it inside the frozen bundle, so a module or data file
PyInstaller left out shows up here, not on a secretary's laptop. One Vietnamese line per step.

`--self-test` runs Qt offscreen, so it never loads the platform plugin of a real screen (qwindows),
the style, or the print dialog. `--self-test-screen` (the Windows checklist, docs/building.md) adds
a last step on the real screen: the main window with the demo cell shown and closed, the print
preview, and the system's print dialog opened and cancelled by the program (nothing is printed).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

SELF_TEST_PERIOD = "2022"
MIN_DEMO_MEMBERS = 25
# Share of dark pixels on page 1 of the minutes: the letterhead, title and body text alone
# darken well over this; a blank or transparent render stays at zero.
MIN_INK_RATIO = 0.002


class SelfTestFailure(Exception):
    """A step found the build broken; the message is Vietnamese and says what is wrong."""


@dataclass
class _Run:
    folder: Path
    say: Callable[[str], None]
    screen: bool = False
    store: object = None
    identity: object = None
    minutes_path: Path | None = None
    report_path: Path | None = None
    facts: dict = field(default_factory=dict)


def run_self_test(*, out: Callable[[str], None] | None = None, with_qt: bool = True, screen: bool = False) -> int:
    """Run every step in a temporary folder; 0 when all pass, 1 at the first failure.

    `screen`: Qt on the real platform instead of offscreen, and a last step that shows the
    window and the print dialog on it."""
    say = out or _printer()
    started = time.perf_counter()
    steps = list(_STEPS) + ([_step_qt_render, _step_forms_and_translations] if with_qt else [])
    if screen:
        from .selftest_screen import _step_screen

        steps.append(_step_screen)
    where = "trên màn hình thật" if screen else "trong thư mục tạm"
    say(f"KH130 tự kiểm tra: {len(steps)} bước, {where}.")
    with tempfile.TemporaryDirectory(prefix="kh130-selftest-", ignore_cleanup_errors=True) as tmp:
        run = _Run(folder=Path(tmp), say=say, screen=screen)
        try:
            for number, step in enumerate(steps, 1):
                title = step.title
                try:
                    detail = step(run)
                except SelfTestFailure as exc:
                    say(f"[{number}/{len(steps)}] {title}: LỖI — {exc}")
                    return 1
                except Exception as exc:  # any other fault is a broken build: name it, log the traceback
                    log.exception("self-test step %s failed", step.__name__)
                    say(f"[{number}/{len(steps)}] {title}: LỖI — {type(exc).__name__}: {exc}")
                    return 1
                say(f"[{number}/{len(steps)}] {title}: đạt{f' ({detail})' if detail else ''}.")
        finally:
            if run.store is not None:
                run.store.dispose()  # Windows cannot delete an open SQLite file
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")  # Vietnamese decimal comma
    say(f"Tự kiểm tra: đạt cả {len(steps)} bước trong {seconds} giây.")
    return 0


def _printer() -> Callable[[str], None]:
    stream = sys.stdout
    if stream is None:  # the windowed Windows program has no console: nothing to print to
        return lambda _line: None
    try:
        "Tự kiểm tra: đạt".encode(stream.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        # A Windows pipe defaults to the ANSI code page, which has no Vietnamese tone marks.
        stream.reconfigure(encoding="utf-8")

    def say(line: str) -> None:
        print(line, file=stream, flush=True)

    return say


# --- the steps, in order; each returns a short detail for its line ----------------------------

def _step(title: str):
    """Name a step as its line prints it (not a docstring: `python -OO` strips those)."""
    def mark(function):
        function.title = title
        return function
    return mark


@_step("Tài nguyên đi kèm (phông chữ, biểu mẫu, kế hoạch 2022)")
def _step_resources(run: _Run) -> str:
    from .paths import forms_dir, resources_dir

    fonts = sorted(p.name for p in (resources_dir() / "fonts").glob("*.ttf"))
    if not fonts:
        raise SelfTestFailure(f"không thấy phông chữ trong {resources_dir() / 'fonts'}")
    forms = list(forms_dir().glob("*.ui"))
    if not forms:
        raise SelfTestFailure(f"không thấy biểu mẫu giao diện trong {forms_dir()}")
    if not (resources_dir() / "plan" / "2022.json").is_file():
        raise SelfTestFailure("thiếu dữ liệu kế hoạch 2022 (resources/plan/2022.json)")
    return f"{len(fonts)} phông, {len(forms)} biểu mẫu"


@_step("Mở kho dữ liệu mới (SQLite, nâng cấp lược đồ)")
def _step_store(run: _Run) -> str:
    from .domain.store.engine import Store

    run.store = Store.open(run.folder / "data")
    problems = run.store.integrity_check(quick=False)
    if problems:
        raise SelfTestFailure("kho dữ liệu mới không qua kiểm tra toàn vẹn: " + "; ".join(problems[:3]))
    return f"phiên bản lược đồ {run.store.current_revision()}"


@_step("Nạp chi bộ mẫu")
def _step_demo(run: _Run) -> str:
    from sqlmodel import func, select

    from .domain.book.demo import fill_demo
    from .domain.store.tables import Member, StudySession

    fill_demo(run.store)
    with run.store.read() as tx:
        members = tx.exec(select(func.count()).select_from(Member)).one()
        sessions = tx.exec(select(func.count()).select_from(StudySession)).one()
    if members < MIN_DEMO_MEMBERS or sessions == 0:
        raise SelfTestFailure(f"chi bộ mẫu chỉ có {members} đảng viên và {sessions} buổi sinh hoạt")
    return f"{members} đảng viên, {sessions} buổi sinh hoạt"


@_step("Tạo khóa ký của máy (Ed25519)")
def _step_identity(run: _Run) -> str:
    from .domain.exchange.identity import ensure_identity

    run.identity = ensure_identity(run.store, run.folder / "data")
    return "dấu vân tay " + run.identity.fingerprint[:19] + " …"


@_step("Lập biên bản buổi sinh hoạt và phiếu đăng ký khóa có mã QR (PDF)")
def _step_minutes(run: _Run) -> str:
    from .domain.documents import keyslip_pdf, minutes_pdf
    from .domain.store.files import atomic_write_bytes
    from .domain.book.sessions import latest_session

    with run.store.read() as tx:
        session = latest_session(tx)
        if session is None:
            raise SelfTestFailure("không có buổi sinh hoạt nào để lập biên bản")
        pdf = minutes_pdf(tx, session.id)
        # The slip's QR code comes from reportlab modules loaded by name: the ones a frozen build misses.
        slip = keyslip_pdf(tx, run.identity)
    for what, data in (("biên bản", pdf), ("phiếu đăng ký khóa", slip)):
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise SelfTestFailure(f"tệp {what} không phải PDF hoàn chỉnh")
    run.minutes_path = atomic_write_bytes(run.folder / "out" / "bien-ban.pdf", pdf)
    atomic_write_bytes(run.folder / "out" / "phieu-khoa.pdf", slip)
    return f"biên bản {len(pdf) // 1024} KB, phiếu khóa {len(slip) // 1024} KB"


@_step("Xuất tệp báo cáo năm 2022 có chữ ký số")
def _step_export(run: _Run) -> str:
    from .domain.store.files import atomic_write_bytes
    from .domain.book.periods import Period
    from .domain.exchange.export import export_cell_report

    with run.store.transaction() as tx:
        result = export_cell_report(tx, run.identity, Period.parse(SELF_TEST_PERIOD))
    run.report_path = atomic_write_bytes(run.folder / "out" / result.file_name, result.data)
    run.facts["report_id"] = result.report_id
    return f"{result.file_name}, {len(result.data) // 1024} KB"


@_step("Kiểm tra tệp báo cáo như cấp ủy nhận (chữ ký, mã băm)")
def _step_verify(run: _Run) -> str:
    from .domain.exchange.container import verify_file

    verified = verify_file(run.report_path)
    if verified.fingerprint != run.identity.fingerprint:
        raise SelfTestFailure("tệp được ký bằng khóa khác với khóa của máy này")
    if verified.period != SELF_TEST_PERIOD or verified.report_id != run.facts["report_id"]:
        raise SelfTestFailure(f"tệp ghi kỳ {verified.period}, mã {verified.report_id}: không khớp với tệp vừa xuất")
    # A file changed by one byte must be refused, or the verifier proves nothing.
    from .domain.errors import DomainError
    from .domain.exchange.container import verify_bytes

    data = bytearray(run.report_path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    try:
        verify_bytes(bytes(data))
    except DomainError:
        pass
    else:
        raise SelfTestFailure("tệp bị sửa một byte mà vẫn được chấp nhận")
    return f"{len(verified.members)} tệp thành phần khớp mã băm, tệp bị sửa bị từ chối"


@_step("Nạp Qt và QtPdf, vẽ trang 1 của biên bản")
def _step_qt_render(run: _Run) -> str:
    from .ui.qt import QColor, QImage, QPainter, QPdfDocument, QSize

    run.facts["app"] = _application(run.screen)  # kept for the whole run: Qt objects must not outlive it
    document = QPdfDocument(None)
    try:
        document.load(str(run.minutes_path))
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise SelfTestFailure(f"QtPdf không mở được biên bản (trạng thái {document.status().name})")
        points = document.pagePointSize(0)
        size = QSize(round(points.width() * 96 / 72), round(points.height() * 96 / 72))
        page = document.render(0, size)
    finally:
        document.close()
    if page.isNull():
        raise SelfTestFailure("QtPdf trả về ảnh rỗng")
    # The render is transparent where the page is blank: paint it onto white, as the preview does.
    sheet = QImage(size, QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    painter.drawImage(0, 0, page)
    painter.end()
    gray = sheet.convertToFormat(QImage.Format.Format_Grayscale8)
    ink = _dark_share(gray)
    if ink < MIN_INK_RATIO:
        raise SelfTestFailure(f"trang 1 gần như trắng ({ink:.2%} điểm ảnh có mực)")
    run.facts["page_image"] = sheet
    share = f"{ink:.1%}".replace(".", ",")
    return f"{size.width()}×{size.height()} điểm ảnh, {share} có mực"


@_step("Nạp mọi biểu mẫu giao diện, bản dịch và mô-đun Qt của chương trình")
def _step_forms_and_translations(run: _Run) -> str:
    from .paths import forms_dir, resources_dir
    from .ui import qt
    from .ui.forms import load_form
    from .ui.qt import QTranslator

    # ui/qt.py imports printing, PDF and form modules by name on first use; a frozen build that
    # left one out fails here rather than when a secretary presses "In…".
    lazy = sorted(getattr(qt, "_EXTRA", {}))
    for name in lazy:
        try:
            getattr(qt, name)
        except (ImportError, AttributeError) as exc:
            raise SelfTestFailure(f"thiếu thành phần Qt {name} ({exc})") from exc

    app = run.facts.setdefault("app", _application(run.screen))
    names = sorted(path.stem for path in forms_dir().glob("*.ui"))
    for name in names:
        try:
            widget = load_form(name)
        except (OSError, RuntimeError) as exc:
            raise SelfTestFailure(f"biểu mẫu {name}.ui không nạp được ({exc})") from exc
        widget.deleteLater()
    app.processEvents()
    translations = sorted((resources_dir() / "translations").glob("*.qm"))
    if not any(path.name == "kh130_en.qm" for path in translations):
        raise SelfTestFailure("thiếu bản dịch tiếng Anh (resources/translations/kh130_en.qm)")
    for path in translations:
        translator = QTranslator()
        if not translator.load(str(path)) or translator.isEmpty():
            raise SelfTestFailure(f"bản dịch {path.name} không đọc được")
    return f"{len(names)} biểu mẫu, {len(translations)} bản dịch, {len(lazy)} lớp Qt nạp khi cần"


OFFSCREEN_PLATFORMS = ("offscreen", "minimal")


def _application(screen: bool = False):
    """The running QApplication, or a new one: offscreen (the self-test needs no display), or on
    the real screen for `--self-test-screen`."""
    if screen:
        if os.environ.get("QT_QPA_PLATFORM", "") in OFFSCREEN_PLATFORMS:
            del os.environ["QT_QPA_PLATFORM"]  # left by a shell that ran the offscreen self-test
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            raise SelfTestFailure("không thấy màn hình (DISPLAY và WAYLAND_DISPLAY đều trống); "
                                  "chạy trong phiên đồ họa, hoặc dùng --self-test")
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .ui.qt import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "kh130"])


def _dark_share(gray) -> float:
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * height]
    rows = b"".join(data[row * stride : row * stride + width] for row in range(height))
    dark = len(rows) - len(rows.translate(None, bytes(range(128))))
    return dark / max(1, len(rows))


_STEPS = [_step_resources, _step_store, _step_demo, _step_identity, _step_minutes, _step_export, _step_verify]


def main() -> int:
    return run_self_test()


if __name__ == "__main__":
    sys.exit(main())
