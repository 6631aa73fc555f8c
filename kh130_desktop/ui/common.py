"""Small pieces every window uses: dates as dd/mm/yyyy, Vietnamese confirmations and errors.

PySide6 ships no Vietnamese translation of Qt's own buttons, so every button text is set here
explicitly through our own translations.
"""

from __future__ import annotations

import datetime as dt
import logging

from ..domain.errors import DomainError
from .qt import QCoreApplication, QDate, QMessageBox, QTime, QWidget

log = logging.getLogger(__name__)

DATE_FORMAT = "dd/MM/yyyy"  # Qt's pattern for dd/mm/yyyy
TIME_FORMAT = "HH:mm"


def tr(text: str, context: str = "common") -> str:
    return QCoreApplication.translate(context, text)


def domain_text(text) -> str:
    """A text the domain wrote (an error's message or hint, an import's reason, a roster row's
    error) in the interface's language. The domain writes Vietnamese; in English mode the text,
    or the template of a `domain.errors.t()` message, is looked up in the "domain" context
    (resources/translations/domain_messages.py collects them) and filled with its values,
    each shown the same way. Anything not found stays as the domain wrote it."""
    if text is None:
        return ""
    template = getattr(text, "template", None)
    if template is None:
        return QCoreApplication.translate("domain", str(text))
    translated = QCoreApplication.translate("domain", template)
    values = {key: domain_text(value) if isinstance(value, str) else value for key, value in text.params.items()}
    if translated == template and values == text.params:  # Vietnamese, or nothing has English
        return str(text)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(text)


def vocab(value) -> str:
    """A vocabulary code (status, role, session kind, attendance, review level, …) as the
    interface shows it: the domain's Vietnamese label, translated in English mode. Documents
    and report files keep the domain's own label."""
    from ..domain.book.vocabulary import label

    return domain_text(label(value))


def period_text(period) -> str:
    """A report period as Period.label prints it ("năm 2022", "quý II/2022"), in the interface's
    language: Period.label itself is the domain's Vietnamese, for documents and files."""
    from ..domain.book.periods import ROMAN

    if period.quarter is None:
        return tr("năm {year}").format(year=period.year)
    return tr("quý {q}/{year}").format(q=ROMAN[period.quarter], year=period.year)


def fill_period_choices(combo) -> None:
    """A combo of a year's report periods: "Cả năm", then Quý I to IV (their data: None, 1..4)."""
    from ..domain.book.periods import ROMAN

    combo.addItem(tr("Cả năm"), None)
    for q in range(1, 5):
        combo.addItem(tr("Quý {q}").format(q=ROMAN[q]), q)


def fmt_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def to_qdate(day: dt.date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate()


def from_qdate(value: QDate) -> dt.date | None:
    return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None


def to_qtime(t: dt.time | None) -> QTime:
    return QTime(t.hour, t.minute) if t else QTime()


def from_qtime(value: QTime) -> dt.time | None:
    return dt.time(value.hour(), value.minute()) if value.isValid() else None


def confirm(parent: QWidget | None, title: str, text: str, action: str, *, destructive: bool = True) -> bool:
    """Ask before a destructive action; the default button is the safe one."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning if destructive else QMessageBox.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(action, QMessageBox.DestructiveRole if destructive else QMessageBox.AcceptRole)
    cancel = box.addButton(tr("Hủy"), QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_save_discard_cancel(parent: QWidget | None, what: str) -> str:
    """Unsaved changes: returns "save", "discard" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(tr("Chưa lưu thay đổi"))
    box.setText(tr("{what} có thay đổi chưa lưu. Lưu trước khi rời đi?").format(what=what))
    save = box.addButton(tr("Lưu"), QMessageBox.AcceptRole)
    discard = box.addButton(tr("Bỏ thay đổi"), QMessageBox.DestructiveRole)
    cancel = box.addButton(tr("Quay lại"), QMessageBox.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A domain error as its Vietnamese message and hint; anything else is logged, not dumped."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(title or tr("Không thực hiện được"))
    if isinstance(exc, DomainError):
        box.setText(domain_text(exc.message))
        if exc.hint:
            box.setInformativeText(domain_text(exc.hint))
    else:
        log.exception("unexpected error shown to the user", exc_info=exc)
        box.setText(tr("Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu vẫn an toàn."))
        box.setInformativeText(tr("Chi tiết đã được ghi vào tệp nhật ký."))
    box.addButton(tr("Đóng"), QMessageBox.AcceptRole)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(tr("Đóng"), QMessageBox.AcceptRole)
    box.exec()



_UNSAFE = str.maketrans({c: "-" for c in '/\\:*?"<>|'})


def safe_file_name(title: str, suffix: str = "") -> str:
    """A file name any system accepts, from a title people read: "Biên bản ngày 01/12/2026"
    -> "Biên bản ngày 01-12-2026" (no / \\ : * ? " < > |, dates as dd-mm-yyyy)."""
    name = " ".join(title.translate(_UNSAFE).split()).strip(" .") or "kh130"
    return name + suffix


LAST_FOLDER_KEY = "ui/last_folder"


def start_folder() -> str:
    """Where a file dialog opens: the folder used last, else the user's Documents (never the
    program's own folder)."""
    from pathlib import Path

    from .i18n import settings
    from .qt import QStandardPaths

    last = str(settings().value(LAST_FOLDER_KEY, "") or "")
    if last and Path(last).is_dir():
        return last
    return QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())


def remember_folder(path) -> None:
    """Remember the folder of a file (or the folder) just chosen, for the next file dialog."""
    from pathlib import Path

    from .i18n import settings

    if not path:
        return
    folder = Path(path)
    folder = folder if folder.is_dir() else folder.parent
    store = settings()
    store.setValue(LAST_FOLDER_KEY, str(folder))
    store.sync()


# Every file dialog of the window goes through these four (tests/ui/test_file_dialogs.py greps
# for any other): each opens in start_folder(), or in `start` when that folder exists, and
# remembers the folder chosen. Each returns "" (or []) when the user cancels.

def _start(start) -> str:
    from pathlib import Path

    from .qt import QTimer

    # Runs inside the dialog's own loop, once it shows (Qt's static functions give no handle).
    QTimer.singleShot(0, _tidy_file_dialog)
    return str(start) if start and Path(start).is_dir() else start_folder()


def _tidy_file_dialog() -> None:
    """Qt's own file dialog (Linux; Windows shows the system's) opens too small for Vietnamese
    file names, dates and the sidebar's "Máy tính" at 1366x768: give it room, the name the
    rest of the width, and the size, type and date their whole text."""
    from .qt import QApplication, QFileDialog, QHeaderView, QSplitter, QTreeView

    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog):
        return
    screen = dialog.screen().availableGeometry()
    width, height = min(960, screen.width() - 40), min(560, screen.height() - 60)
    if dialog.width() < width or dialog.height() < height:
        dialog.resize(max(dialog.width(), width), max(dialog.height(), height))
        dialog.move(screen.center() - dialog.rect().center())
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
    splitter = dialog.findChild(QSplitter, "splitter")
    if splitter is not None and splitter.count() == 2:
        splitter.setSizes([170, max(dialog.width() - 170, 400)])
    from pathlib import Path

    from .qt import QStandardPaths, QUrl

    places = list(dialog.sidebarUrls())  # "Máy tính" and the home folder: Documents and Desktop too
    for where in (QStandardPaths.DocumentsLocation, QStandardPaths.DesktopLocation):
        folder = QStandardPaths.writableLocation(where)
        if folder and Path(folder).is_dir() and QUrl.fromLocalFile(folder) not in places:
            places.append(QUrl.fromLocalFile(folder))
    dialog.setSidebarUrls(places)


def open_file_name(parent: QWidget | None, title: str, filters: str, start=None) -> str:
    from .qt import QFileDialog

    path, _filter = QFileDialog.getOpenFileName(parent, title, _start(start), filters)
    remember_folder(path)
    return path


def open_file_names(parent: QWidget | None, title: str, filters: str) -> list[str]:
    from .qt import QFileDialog

    paths, _filter = QFileDialog.getOpenFileNames(parent, title, _start(None), filters)
    if paths:
        remember_folder(paths[0])
    return paths


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """`suggested` is a file name (made safe here) proposed in the start folder."""
    from pathlib import Path

    from .qt import QFileDialog

    stem, dot, suffix = (suggested or "").rpartition(".")
    if not dot or not suffix.isalnum():  # no extension: the whole name is the title
        stem, suffix = suggested or "", ""
    proposed = str(Path(_start(None)) / safe_file_name(stem, "." + suffix if suffix else "")) if suggested else _start(None)
    path, _filter = QFileDialog.getSaveFileName(parent, title, proposed, filters)
    remember_folder(path)
    return path


def existing_folder(parent: QWidget | None, title: str, start=None) -> str:
    from .qt import QFileDialog

    folder = QFileDialog.getExistingDirectory(parent, title, _start(start))
    remember_folder(folder)
    return folder
