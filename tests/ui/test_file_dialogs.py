"""File dialogs open in the user's Documents, or the folder used last, never the program's own
folder; every file dialog of the window goes through ui/common.py's helpers to get that."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kh130_desktop.ui import common
from kh130_desktop.ui.qt import QFileDialog, QStandardPaths, Qt

UI = Path(common.__file__).parent


@pytest.fixture(autouse=True)
def _qt_own_settings(tmp_path):
    """Qt's file dialog keeps its places and history in QSettings("QtProject") (native format):
    in the test's folder, not the user's ~/.config."""
    from kh130_desktop.ui.qt import QSettings

    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "qt-settings"))


def test_no_window_opens_a_file_dialog_but_through_the_helpers():
    calls = re.compile(r"QFileDialog\s*\.\s*get|QFileDialog\s*\(")
    offenders = [f"{path.relative_to(UI)}:{number}" for path in sorted(UI.rglob("*.py")) if path.name != "common.py"
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if calls.search(line)]
    assert offenders == []


def test_the_first_dialog_opens_in_documents_and_the_next_in_the_folder_chosen(qtbot, tmp_path, monkeypatch):
    asked = []
    usb = tmp_path / "USB"
    usb.mkdir()

    def fake_open(parent, title, start, filters):
        asked.append(start)
        return str(usb / "danh-sach.csv"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    assert common.open_file_name(None, "Chọn tệp", "CSV (*.csv)") == str(usb / "danh-sach.csv")
    assert asked == [documents] and Path(asked[0]) != Path.cwd()
    # Saving next time proposes the file in the folder used last, with a name any system takes.
    proposed = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda p, t, start, f: (proposed.append(start), ("", ""))[1]))
    assert common.save_file_name(None, "Lưu", "Biên bản ngày 01/12/2026.pdf", "PDF (*.pdf)") == ""
    assert proposed == [str(usb / "Biên bản ngày 01-12-2026.pdf")]
    # A folder chosen is remembered too, and a folder that is gone falls back to Documents.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda p, t, start: (asked.append(start), str(tmp_path))[1]))
    assert common.existing_folder(None, "Chọn thư mục") == str(tmp_path)
    assert asked[-1] == str(usb)
    assert common.start_folder() == str(tmp_path)
    tmp_path.joinpath("gone").mkdir()
    common.remember_folder(tmp_path / "gone")
    tmp_path.joinpath("gone").rmdir()
    assert common.start_folder() == documents


def test_a_cancelled_dialog_remembers_nothing(monkeypatch, tmp_path):
    common.remember_folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a: ([], "")))
    assert common.open_file_names(None, "Chọn tệp", "*") == []
    assert common.start_folder() == str(tmp_path)


def test_qt_file_dialog_opens_with_room_for_vietnamese_names(qtbot, tmp_path, monkeypatch):
    """Qt's own dialog (Linux), as the helpers open it: wide enough, the name column taking the
    rest of the width, the size, type and date whole, Documents among the places."""
    from kh130_desktop.ui.qt import QApplication, QHeaderView, QTimer, QTreeView, QUrl

    documents = tmp_path / "Tài liệu"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda where: str(documents)))
    (documents / "Biên bản sinh hoạt ngày 15-06-2022.pdf").write_bytes(b"%PDF-1.4\n")
    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        qtbot.wait(50)
        header = dialog.findChild(QTreeView, "treeView").header()
        seen.update(width=dialog.width(), room=min(900, dialog.screen().availableGeometry().width() - 40), name=header.sectionResizeMode(0), date=header.sectionResizeMode(3),
                    places=dialog.sidebarUrls(), folder=dialog.directory().absolutePath())
        dialog.reject()

    native = QApplication.testAttribute(Qt.AA_DontUseNativeDialogs)
    QApplication.setAttribute(Qt.AA_DontUseNativeDialogs)  # as ui/app.py on Linux
    QTimer.singleShot(0, look)
    try:
        assert common.save_file_name(None, "Lưu", "Biên bản.pdf", "Tệp PDF (*.pdf)") == ""
    finally:
        QApplication.setAttribute(Qt.AA_DontUseNativeDialogs, native)
    assert seen["width"] >= seen["room"] and seen["folder"] == str(documents)
    assert (seen["name"], seen["date"]) == (QHeaderView.Stretch, QHeaderView.ResizeToContents)
    assert QUrl.fromLocalFile(str(documents)) in seen["places"]
