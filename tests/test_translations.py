"""The English translation: complete, faithful to placeholders, and found at run time."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kh130_desktop.paths import resources_dir

TS = resources_dir() / "translations" / "kh130_en.ts"
QM = TS.with_suffix(".qm")


def live_messages():
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            yield context.findtext("name") or "", message.findtext("source"), translation


def test_every_interface_message_has_an_english_translation():
    untranslated = [source for _ctx, source, tr in live_messages()
                    if tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert untranslated == [], f"{len(untranslated)} messages need English, e.g. {untranslated[:5]}"


def test_translations_keep_every_placeholder():
    broken = [(source, tr.text) for _ctx, source, tr in live_messages()
              if set(re.findall(r"\{\w+\}", source)) != set(re.findall(r"\{\w+\}", tr.text or ""))]
    assert broken == []


@pytest.mark.parametrize("context, source, english", [
    ("MainWindow", "Đảng viên", "Members"),                          # self.tr in a window class
    ("common", "Hủy", "Cancel"),                                     # ui.common.tr() default context
    ("app", "Không mở được kho dữ liệu", "Could not open the data store"),  # tr(text, "app")
    ("ReceivingPageForm", "Nhập", "Import"),                         # a string in forms/*.ui
])
def test_the_compiled_file_translates_each_kind_of_context(qapp, context, source, english):
    from kh130_desktop.ui.qt import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate(context, source) == english
    finally:
        QCoreApplication.removeTranslator(translator)


QT_VI = QM.with_name("qtbase_vi.qm")


def test_qt_own_context_menu_reads_vietnamese_with_the_qtbase_file(qtbot):
    """A right-click on any text field shows Qt's own menu; PySide6 has it only in English."""
    from kh130_desktop.ui.qt import QCoreApplication, QLineEdit, QTranslator

    translator = QTranslator()
    assert translator.load(str(QT_VI))
    QCoreApplication.installTranslator(translator)
    try:
        field = QLineEdit()
        qtbot.addWidget(field)
        field.setText("Nông Văn Thắng")
        menu = field.createStandardContextMenu()
        texts = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "Sao &chép" in texts and "&Dán" in texts and "Chọn tất cả" in texts
    assert not any(text in ("&Copy", "&Paste", "Select All") for text in texts)
