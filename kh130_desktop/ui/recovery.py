"""What the window does when things go wrong: unhandled errors, a damaged store, backup and restore.

The main window calls `install_exception_hook()` once at start, opens its store with
`open_store_for_window(folder)`, and offers `backup_to_folder` and `restore_from_file` in its
menu. Every check and every write is a domain function (domain/backups.py, domain/health.py);
this module only asks and shows. From the menu, the backup and the restore run on the context's
one worker (ui/operations.py), after any write asked for before them; at start, before there
is a context, the restore of a damaged store runs in the background while the user waits.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.store.backups import BackupInfo, backup_to, backups_dir, inspect_backup, maybe_daily_backup, restore
from ..domain.errors import DomainError, StoreError
from ..domain.store.health import StoreDamagedError, open_store_checked
from ..domain.store.engine import Store
from ..domain.store.lock import StoreLockedError, acquire
from ..domain.store.medium import MediumError
from .common import confirm, domain_text, existing_folder, open_file_name, show_error, show_info
from .operations import Changes, Job, run_task
from .qt import QApplication, QCoreApplication, QEventLoop, QMessageBox, QThread, QWidget

log = logging.getLogger(__name__)

WINDOW_PROGRAM = "KH130 (cửa sổ)"  # how the folder's lock names the window to a second program

def tr(text: str) -> str:
    # ui.common.tr's context: lupdate files a one-argument tr("…") there, not under "recovery".
    return QCoreApplication.translate("common", text)


# --- unhandled exceptions ------------------------------------------------------------------

_showing = False


def install_exception_hook() -> None:
    """Log every unhandled exception and tell the user in Vietnamese; the program keeps running.

    PySide6 hands an exception raised in a slot to sys.excepthook and carries on, so the only
    thing lost is the action that failed; its transaction was rolled back.
    """
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def _excepthook(exc_type, exc, tb) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
    app = QApplication.instance()
    if app is None or _showing or QThread.currentThread() is not app.thread():
        return
    _showing = True  # an error inside the dialog must not open another one, forever
    try:
        box = QMessageBox(app.activeWindow())
        box.setIcon(QMessageBox.Critical)
        box.setWindowTitle(tr("Lỗi"))
        if isinstance(exc, DomainError):
            box.setText(domain_text(exc.message))
            box.setInformativeText(domain_text(exc.hint))
        else:
            box.setText(tr("Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu vẫn an toàn."))
            box.setInformativeText(tr("Việc vừa làm có thể chưa được lưu; hãy kiểm tra rồi làm lại. "
                                      "Chi tiết đã được ghi vào tệp nhật ký: {log}").format(log=_log_file()))
        box.addButton(tr("Tiếp tục làm việc"), QMessageBox.AcceptRole)
        box.exec()
    except Exception:  # noqa: BLE001  (the hook must never raise)
        log.exception("could not show the error dialog")
    finally:
        _showing = False


def _thread_excepthook(args) -> None:
    log.critical("unhandled exception in thread %s", args.thread.name if args.thread else "?",
                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def _log_file() -> str:
    from ..logs import current_log_file

    path = current_log_file()
    return str(path) if path else tr("(không có)")


# --- opening the store at start ------------------------------------------------------------


def open_store_for_window(folder: Path, parent: QWidget | None = None, *, daily_backup: bool = True) -> Store | None:
    """Open the store after its health check; None means the user chose to quit.

    A damaged store is never opened: the user is told what happened and offered the newest good
    backup, or a backup file of their choice (a USB stick). After a good open, the daily backup
    (unless `daily_backup` is False: the window then asks for it on its worker, `daily_backup_later`).
    """
    folder = Path(folder)
    while True:
        try:
            store = open_store_checked(folder, program=WINDOW_PROGRAM)  # holds the folder's lock
        except StoreDamagedError as damaged:
            if not _offer_recovery(parent, folder, damaged):
                return None
            continue
        except (StoreLockedError, MediumError) as exc:
            # Another window or program writes here, or the disk takes no writes (full,
            # read-only, no permission): the records can still be read, if the user wants.
            readable = isinstance(exc, StoreLockedError) or exc.readable
            if not readable or not _offer_read_only(parent, exc):
                if not readable:
                    _show_fatal(parent, exc)
                return None
            try:
                return open_store_checked(folder, read_only=True)
            except StoreError as again:
                _show_fatal(parent, again)
                return None
        except StoreError as exc:
            _show_fatal(parent, exc)
            return None
        if daily_backup:
            try:
                maybe_daily_backup(store)
            except StoreError as exc:  # no backup today is a warning, not a reason to stop work
                _daily_backup_failed(parent, exc)
        return store


def daily_backup_later(ctx, parent: QWidget | None = None) -> None:
    """The day's first backup on the window's worker, once the page is editable: a write the
    secretary makes meanwhile waits behind it, and the window does not wait for the copy."""
    ctx.task(lambda _progress: maybe_daily_backup(ctx.store), parent=parent, label=tr("Đang sao lưu tự động…"),
             on_error=lambda exc: _daily_backup_failed(parent, exc))


def _daily_backup_failed(parent: QWidget | None, exc: BaseException) -> None:
    log.warning("daily backup failed: %s", exc)  # no backup today is a warning, not a reason to stop work
    show_error(parent, exc, tr("Chưa sao lưu tự động được"))


def _offer_recovery(parent: QWidget | None, folder: Path, damaged: StoreDamagedError) -> bool:
    """One round of the damaged-store dialog; True when a backup was restored (open again)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Critical)
    box.setWindowTitle(tr("Kho dữ liệu bị hỏng"))
    box.setText(tr("Kho dữ liệu bị hỏng nên chương trình không mở nó, để không ghi đè lên dữ liệu còn lại.")
                + "\n\n" + tr("Nguyên nhân: {reason}.\nTệp: {path}").format(
                    reason=domain_text(damaged.reason or damaged.message), path=damaged.path))
    newest = _describe_quietly(damaged.newest_good_backup)
    if newest is not None:
        box.setInformativeText(tr("Bản sao lưu tốt gần nhất: {when}, {cell}, {members} đảng viên. "
                                  "Khôi phục nó? Tệp bị hỏng được giữ lại trong thư mục sao lưu.").format(
            when=f"{newest.created:%d/%m/%Y %H:%M}", cell=newest.cell_name or tr("chưa có chi bộ"),
            members=newest.member_count or 0))
        use_newest = box.addButton(tr("Khôi phục bản sao lưu gần nhất"), QMessageBox.AcceptRole)
    else:
        box.setInformativeText(tr("Không tìm thấy bản sao lưu tốt trong thư mục dữ liệu. "
                                  "Nếu có bản sao lưu trên USB, hãy chọn tệp đó."))
        use_newest = None
    choose = box.addButton(tr("Chọn tệp sao lưu…"), QMessageBox.ActionRole)
    quit_ = box.addButton(tr("Thoát"), QMessageBox.RejectRole)
    box.setDefaultButton(use_newest or choose)
    box.setEscapeButton(quit_)
    box.exec()
    clicked = box.clickedButton()
    if use_newest is not None and clicked is use_newest:
        source = newest.path
    elif clicked is choose:
        source = _pick_backup_file(parent, folder)
        if source is None:
            return True  # back to the same dialog (the loop reopens and asks again)
        info = _inspect_or_show(parent, source)
        if info is None or not _confirm_restore(parent, info):
            return True
    else:
        return False
    try:
        _run_blocking(parent, tr("Đang khôi phục dữ liệu…"), lambda: restore(folder, source))
    except DomainError as exc:
        show_error(parent, exc, tr("Không khôi phục được"))
    return True


def _offer_read_only(parent: QWidget | None, exc: StoreError) -> bool:
    """Say why the store cannot be written and offer to open it for reading only."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(tr("Không ghi được vào kho dữ liệu"))
    box.setText(domain_text(exc.message))
    box.setInformativeText((domain_text(exc.hint) + "\n\n" if exc.hint else "")
                           + tr("Có thể mở để xem (chỉ đọc): không sửa, không thêm được gì cho đến khi mở lại."))
    read_only = box.addButton(tr("Mở chỉ để đọc"), QMessageBox.AcceptRole)
    box.addButton(tr("Thoát"), QMessageBox.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def _show_fatal(parent: QWidget | None, exc: StoreError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Critical)
    box.setWindowTitle(tr("Không mở được kho dữ liệu"))
    box.setText(domain_text(exc.message))
    box.setInformativeText(domain_text(exc.hint))
    box.addButton(tr("Thoát"), QMessageBox.RejectRole)
    box.exec()


# --- backup and restore from the menu ------------------------------------------------------


def backup_to_folder(parent: QWidget | None, ctx) -> Job | None:
    """Ask for a folder (a USB stick) and back up there on the worker; None when cancelled.
    The file written is the job's result, and is shown to the user."""
    chosen = existing_folder(parent, tr("Chọn thư mục hoặc USB để ghi bản sao lưu"))
    if not chosen:
        return None
    return ctx.task(lambda _progress: backup_to(ctx.store, Path(chosen)), parent=parent, label=tr("Đang sao lưu…"),
                    on_done=lambda path: show_info(parent, tr("Đã sao lưu"), tr("Đã ghi bản sao lưu vào:\n{path}").format(path=path)),
                    on_error=lambda exc: show_error(parent, exc, tr("Không sao lưu được")))


def restore_from_file(parent: QWidget | None, ctx, then: Callable[[Store], None] | None = None) -> Job | None:
    """Pick a backup, show what it is, confirm, then restore it on the worker and reopen the
    store; `then(store)` once the context holds the new store. None when nothing was done."""
    source = _pick_backup_file(parent, ctx.folder)
    if source is None:
        return None
    info = _inspect_or_show(parent, source)
    if info is None or not _confirm_restore(parent, info):
        return None

    def replace(_progress) -> Store:
        # The folder stays locked throughout: the store's own hold on the lock ends with
        # dispose(), so this one keeps a second program out until the new store holds it.
        held = acquire(ctx.folder, WINDOW_PROGRAM, wait=1.0)
        try:
            ctx.store.dispose()  # no open connection on the file while it is replaced
            restore(ctx.folder, source)
            # A backup of an older version is upgraded here, off the UI thread.
            return open_store_checked(ctx.folder, program=WINDOW_PROGRAM)
        finally:
            held.release()

    def restored(store: Store) -> None:
        ctx.store = store
        ctx.forget_identity()
        show_info(parent, tr("Đã khôi phục"), tr("Đã khôi phục dữ liệu từ {name}. Dữ liệu trước đó đã được "
                                                "sao lưu vào thư mục sao lưu.").format(name=source.name))
        if then is not None:
            then(store)
        ctx.announce(Changes.ALL)

    return ctx.task(replace, parent=parent, label=tr("Đang khôi phục dữ liệu…"), on_done=restored,
                    on_error=lambda exc: show_error(parent, exc, tr("Không khôi phục được")))


def _pick_backup_file(parent: QWidget | None, folder: Path) -> Path | None:
    start = backups_dir(folder)
    # The program's own backups first: that is where the automatic ones are.
    chosen = open_file_name(parent, tr("Chọn tệp sao lưu để khôi phục"),
                            tr("Bản sao lưu KH130 (*.sqlite3 *.sqlite *.db);;Mọi tệp (*)"), start=start)
    return Path(chosen) if chosen else None


def _inspect_or_show(parent: QWidget | None, source: Path) -> BackupInfo | None:
    try:
        return inspect_backup(source)
    except StoreError as exc:
        show_error(parent, exc, tr("Không dùng được tệp này"))
        return None


def _confirm_restore(parent: QWidget | None, info: BackupInfo) -> bool:
    text = tr("Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu này?\n\n"
              "Tệp: {name}\nNgày sao lưu: {when}\nChi bộ: {cell}\n"
              "Số đảng viên: {members}; số buổi sinh hoạt: {sessions}\n\n"
              "Dữ liệu hiện tại sẽ được sao lưu trước khi bị thay.").format(
        name=info.path.name, when=f"{info.created:%d/%m/%Y %H:%M}", cell=info.cell_name or tr("chưa có chi bộ"),
        members=info.member_count or 0, sessions=info.session_count or 0)
    return confirm(parent, tr("Khôi phục dữ liệu"), text, tr("Khôi phục"))


def _describe_quietly(path: Path | None) -> BackupInfo | None:
    if path is None:
        return None
    try:
        return inspect_backup(path)
    except StoreError:
        return None


def _run_blocking(parent: QWidget | None, label: str, fn: Callable[[], Any]) -> Any:
    """Run `fn` off the UI thread with run_task's progress dialog, and wait for it (events keep flowing)."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    run_task(parent, label, lambda _progress: fn(), done, failed)
    if not outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
