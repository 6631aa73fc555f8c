"""Qt's own dialogs in Vietnamese: with the translators installed as the app installs them
(ui/i18n.py), the widget file dialog, the print dialog with its options, the print preview and
the standard buttons show Vietnamese, and no English label of the messages qtbase_vi.ts covers
is left. On Windows the file and print dialogs are the system's own; these are the ones Qt
draws everywhere else, and the widgets Qt draws on every system."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from kh130_desktop.ui import i18n
from kh130_desktop.ui.qt import (QAbstractButton, QComboBox, QCoreApplication, QDialogButtonBox, QFileDialog, QGroupBox, QHeaderView,
                                 QLabel, QLocale, QMessageBox, QPrintDialog, QPrinter, QTabWidget, QToolButton, Qt)


@pytest.fixture
def vietnamese(qapp):
    """Vietnamese as ui/app.py installs it; undone after the test so the others keep Qt's texts."""
    saved = QLocale()
    i18n.install_translator(qapp, "vi")
    assert qapp._kh130_qt_translator is not None
    yield
    qapp.removeTranslator(qapp._kh130_qt_translator)
    qapp._kh130_qt_translator = None
    QLocale.setDefault(saved)


@pytest.fixture(autouse=True)
def _qt_own_settings(tmp_path):
    """Qt's file dialog keeps its places and history in QSettings("QtProject") (native format):
    in the test's folder, not the user's ~/.config."""
    from kh130_desktop.ui.qt import QSettings

    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "qt-settings"))


def covered(*contexts: str) -> dict[str, str]:
    """English source -> Vietnamese of the messages of `contexts` whose translation differs,
    without the & of a shortcut (a label shows "Look in:" for "&Look in:")."""
    root = ET.parse(i18n.qt_translation_file().with_suffix(".ts")).getroot()
    found = {}
    for context in root.findall("context"):
        if context.findtext("name") in contexts:
            for message in context.findall("message"):
                source, translation = message.findtext("source"), message.findtext("translation")
                if source != translation:
                    found[source.replace("&", "")] = translation
    return found


def shown_texts(widget) -> list[str]:
    """Every text a person can read in `widget`: labels, buttons, group titles, combo items,
    tabs, column headers, tool tips of the tool buttons, the window title."""
    texts = [widget.windowTitle()]
    texts += [label.text() for label in widget.findChildren(QLabel)]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)]
    texts += [button.toolTip() for button in widget.findChildren(QToolButton)]
    texts += [box.title() for box in widget.findChildren(QGroupBox)]
    texts += [combo.itemText(i) for combo in widget.findChildren(QComboBox) for i in range(combo.count())]
    texts += [tabs.tabText(i) for tabs in widget.findChildren(QTabWidget) for i in range(tabs.count())]
    for header in widget.findChildren(QHeaderView):
        model = header.model()
        if model is not None:
            texts += [str(model.headerData(i, header.orientation(), Qt.DisplayRole) or "") for i in range(model.columnCount())]
    return [text.replace("&", "") for text in texts if text]


def english_left(widget, *contexts: str) -> list[str]:
    english = covered(*contexts)
    return sorted({text for text in shown_texts(widget) if text in english})


def file_dialog(qtbot, tmp_path, mode):
    dialog = QFileDialog(None, "Chọn tệp", str(tmp_path), "Tệp PDF (*.pdf);;Mọi tệp (*)")
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("mode", [QFileDialog.AcceptOpen, QFileDialog.AcceptSave])
def test_the_file_dialog_speaks_vietnamese(vietnamese, qtbot, tmp_path, mode):
    (tmp_path / "bien-ban.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = file_dialog(qtbot, tmp_path, mode)
    texts = shown_texts(dialog)
    assert "Tìm trong:" in texts and "Loại tệp:" in texts and "Tên tệp:" in texts
    assert ("Mở" if mode == QFileDialog.AcceptOpen else "Lưu") in texts
    assert {"Tên", "Kích thước", "Loại", "Ngày sửa"} <= set(texts)  # the detail view's columns
    assert "Hủy" in texts
    assert english_left(dialog, "QFileDialog", "QFileSystemModel", "QPlatformTheme") == []
    # The right-click menu of the file list, and the sidebar's.
    from kh130_desktop.ui.qt import QAction

    actions = {action.text().replace("&", "") for action in dialog.findChildren(QAction)}
    assert {"Đổi tên", "Xóa", "Hiện tệp ẩn", "Thư mục mới"} <= actions
    assert not actions & set(covered("QFileDialog"))


def test_the_file_dialog_choosing_a_folder_and_its_overwrite_question(vietnamese, qtbot, tmp_path):
    dialog = file_dialog(qtbot, tmp_path, QFileDialog.AcceptOpen)
    dialog.setFileMode(QFileDialog.Directory)
    assert "Thư mục:" in shown_texts(dialog) and "Chọn" in shown_texts(dialog)
    assert QCoreApplication.translate("QFileDialog", "%1 already exists.\nDo you want to replace it?").startswith("%1 đã có.")
    assert QCoreApplication.translate("QFileSystemModel", "Computer") == "Máy tính"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "Thư mục"


def test_the_print_dialog_speaks_vietnamese_with_its_options(vietnamese, qtbot, on_modal):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.PdfFormat)
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    options = next(b for b in dialog.findChildren(QAbstractButton) if b.text().replace("&", "").startswith("Tùy chọn"))
    qtbot.mouseClick(options, Qt.LeftButton)  # the copies, range, paper and layout tabs
    texts = set(shown_texts(dialog))
    assert {"Máy in", "Tên:", "Thuộc tính", "Tệp ghi ra:", "In", "Hủy"} <= texts
    assert {"Số bản", "Phạm vi in", "In tất cả", "Số bản:", "In hai mặt"} <= texts
    assert "In ra tệp (PDF)" in texts
    assert english_left(dialog, "QPrintDialog", "QPrintWidget", "QPrintSettingsOutput", "QPlatformTheme") == []
    # "Thuộc tính": the paper, its orientation and margins.
    seen = {}

    def look(properties):
        seen["texts"] = set(shown_texts(properties))
        seen["english"] = english_left(properties, "QPrintPropertiesDialog", "QPrintPropertiesWidget", "QPageSetupWidget",
                                       "QPageSize", "QPlatformTheme", "QCupsJobWidget")
        properties.reject()

    on_modal(look)
    qtbot.mouseClick(next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "&Thuộc tính"), Qt.LeftButton)
    qtbot.waitUntil(lambda: "texts" in seen)
    assert {"Thuộc tính máy in", "Trang", "Khổ giấy:", "Hướng giấy", "Dọc", "Ngang", "Lề", "Đồng ý", "Hủy"} <= seen["texts"]
    assert seen["english"] == []
    assert QCoreApplication.translate("QPrintDialog", "%1 already exists.\nDo you want to overwrite it?").startswith("%1 đã có.")
    assert "Hãy chọn tên tệp khác" in QCoreApplication.translate("QPrintDialog", "File %1 is not writable.\nPlease choose a different file name.")


def test_the_print_preview_and_the_standard_buttons_speak_vietnamese(vietnamese, qtbot):
    from kh130_desktop.ui.qt import QAction, QPrintPreviewDialog

    printer = QPrinter()  # kept alive: the preview holds it
    preview = QPrintPreviewDialog(printer)
    qtbot.addWidget(preview)
    preview.show()
    actions = {action.text().replace("&", "") for action in preview.findChildren(QAction) if action.text()}
    assert {"Trang sau", "Phóng to", "Thiết lập trang", "In"} <= actions
    assert not actions & set(covered("QPrintPreviewDialog"))
    box = QMessageBox(QMessageBox.Question, "KH130", "?", QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel)
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Có", "Không", "Hủy"}
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Save | QDialogButtonBox.Close)
    assert {b.text() for b in buttons.buttons()} == {"Đồng ý", "Lưu", "Đóng"}


def test_every_message_of_the_file_reaches_the_compiled_translation(vietnamese, qapp):
    """The .qm the app loads answers every message of the .ts, with its disambiguation (an
    error message only shows when the error happens, so it is checked here by lookup)."""
    root = ET.parse(i18n.qt_translation_file().with_suffix(".ts")).getroot()
    lookups = 0
    for context in root.findall("context"):
        for message in context.findall("message"):
            source, comment = message.findtext("source"), message.findtext("comment")
            got = QCoreApplication.translate(context.findtext("name"), source, comment)
            assert got == message.findtext("translation"), (context.findtext("name"), source)
            lookups += 1
    assert lookups > 250


@pytest.fixture
def asked(qapp, vietnamese):
    """Every (context, source, disambiguation) Qt asks the translators for while it is installed:
    the pinned Qt's own strings, as its widgets really look them up."""
    from kh130_desktop.ui.qt import QTranslator

    seen = set()

    class Recorder(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            seen.add((context, source, disambiguation or None))
            return None  # not found here: the next translator (qtbase_vi.qm) answers

        def isEmpty(self):  # noqa: N802
            return False

    recorder = Recorder()
    qapp.installTranslator(recorder)
    yield seen
    qapp.removeTranslator(recorder)


def test_every_string_the_dialogs_ask_for_is_in_the_file(asked, qtbot, tmp_path, on_modal):
    """After a Qt upgrade this names each label whose source or context Qt changed (as 6.12
    turned "Look in:" into "&Look in:"), instead of a dialog silently back in English."""
    from kh130_desktop.ui.qt import QPrintPreviewDialog

    for mode in (QFileDialog.AcceptOpen, QFileDialog.AcceptSave):
        file_dialog(qtbot, tmp_path, mode).setFileMode(QFileDialog.Directory)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.PdfFormat)
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    done = []
    on_modal(lambda properties: (done.append(True), properties.reject()))
    qtbot.mouseClick(next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "&Thuộc tính"), Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(done))
    preview = QPrintPreviewDialog(printer)
    qtbot.addWidget(preview)
    preview.show()
    box = QMessageBox(QMessageBox.Question, "KH130", "?", QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel)
    qtbot.addWidget(box)
    box.show()
    root = ET.parse(i18n.qt_translation_file().with_suffix(".ts")).getroot()
    known = {(c.findtext("name"), m.findtext("source"), m.findtext("comment") or None)
             for c in root.findall("context") for m in c.findall("message")}
    # Paper names stay as Qt has them ("A4", "B5"…); key names ("Ctrl", "Esc") are the keyboard's.
    missing = sorted(k for k in asked if k not in known and k[0] not in ("QPageSize", "QShortcut"))
    assert missing == []
    assert ("QFileDialog", "&Look in:", None) in asked and len(asked) > 150
