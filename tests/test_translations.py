"""The English translation: complete, faithful to placeholders, and found at run time."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

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


def runtime_context(ts_context: str, message) -> str:
    """Where Qt looks a message up: lupdate files ui.common.tr(text, context="common") under an
    empty context with the context argument as a comment."""
    if ts_context:
        return ts_context
    return (message.findtext("comment") or "").strip() or "common"


def samples():
    """One live message of each kind the .ts holds: a class's self.tr, a .ui form, ui.common.tr."""
    root = ET.parse(TS).getroot()
    picked = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            location = message.find("location")
            kind = ("common.tr" if not name else
                    "form" if location is not None and (location.get("filename") or "").endswith(".ui") else
                    "class" if location is not None and location.get("filename") else None)
            if kind and kind not in picked:
                picked[kind] = (runtime_context(name, message), message.findtext("source"), translation.text)
    return picked


def test_the_compiled_file_translates_each_kind_of_context(qapp):
    from kh130_desktop.ui.qt import QCoreApplication, QTranslator

    picked = samples()
    assert set(picked) == {"class", "form", "common.tr"}, picked
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        got = {kind: QCoreApplication.translate(context, source) for kind, (context, source, _en) in picked.items()}
    finally:
        QCoreApplication.removeTranslator(translator)
    assert got == {kind: english for kind, (_c, _s, english) in picked.items()}
    assert all(got[kind] != picked[kind][1] for kind in got)  # English, not the Vietnamese source


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


def test_the_domains_messages_file_for_lupdate_is_current():
    """resources/translations/domain_texts.py lists the domain's messages for lupdate; a message
    added or changed in the domain without running update_translations.py would show in
    Vietnamese in English mode. Run `.venv/bin/python resources/translations/update_translations.py`."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("domain_messages", TS.parent / "domain_messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    messages = module.collect()
    assert len(messages) > 200
    assert "Số thẻ {card} đã thuộc về {full_name}." in messages  # a t() template
    assert "Chưa nhập họ và tên." in messages  # a literal message
    assert module.GENERATED.read_text(encoding="utf-8") == module.render(messages)
