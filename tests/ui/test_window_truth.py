"""The window tells the truth about itself: the sidebar highlights the page on screen, the
language menu ticks the language shown, and Help opens the guide."""

from __future__ import annotations

import pytest

from kh130_desktop.ui import i18n
from kh130_desktop.ui import main_menus as main_menus_module
from kh130_desktop.ui import main_window as main_window_module
from kh130_desktop.ui.qt import QLineEdit, Qt


def highlighted(window) -> list[str]:
    return [item.text() for item in window.nav.selectedItems()]


def test_after_going_back_to_an_unsaved_page_the_sidebar_highlights_it(click_nav, qtbot, typer, window, monkeypatch):
    asked = []
    monkeypatch.setattr(main_window_module, "ask_save_discard_cancel", lambda parent, what: asked.append(what) or "cancel")
    name = window.pages["cell"].form.findChild(QLineEdit, "name")
    name.selectAll()
    typer(name, "Chi bộ thôn Nà Lữ mới")
    for title in ("Đảng viên", "Báo cáo"):  # by mouse: "Quay lại" keeps the cell's page
        click_nav(window, title)
        qtbot.wait(50)
        assert window.stack.currentWidget() is window.pages["cell"]
        assert highlighted(window) == ["Chi bộ"] and window.nav.currentRow() == 0
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key_Down)  # by keyboard too
    qtbot.wait(50)
    assert asked == ["Chi bộ"] * 3
    assert window.stack.currentWidget() is window.pages["cell"] and highlighted(window) == ["Chi bộ"]
    assert name.text() == "Chi bộ thôn Nà Lữ mới"  # the typed work is still there


def test_a_cancelled_restart_keeps_the_tick_on_the_language_shown(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(main_menus_module, "confirm", lambda *a, **k: asked.append(a[1]) or False)
    vietnamese, english = window.language_actions["vi"], window.language_actions["en"]
    assert vietnamese.isChecked() and english.text() == "English"
    english.trigger()
    assert asked == ["Đổi ngôn ngữ"]
    assert i18n.current_language() == "en"  # kept for the next start
    assert vietnamese.isChecked() and not english.isChecked()  # the window is still in Vietnamese
    assert english.text() == "English (sau khi mở lại)"
    vietnamese.trigger()  # changed their mind: nothing to restart for
    assert asked == ["Đổi ngôn ngữ"]
    assert i18n.current_language() == "vi"
    assert vietnamese.isChecked() and english.text() == "English"


def test_the_export_dialog_grows_to_show_the_whole_fingerprint(demo_ctx, qtbot, tmp_path, settle):
    """Seen on the 1366x768 screenshot under X: the dialog kept its first size and cut the
    fingerprint (offscreen, Qt grows it anyway; docs/screenshots/take.py shows the real one)."""
    from kh130_desktop.domain.book.periods import Period
    from kh130_desktop.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(demo_ctx, period=Period(2022, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.folder_edit.setText(str(tmp_path))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    settle(demo_ctx)
    qtbot.waitUntil(lambda: dialog.target is not None)
    label = dialog.result_label
    lines = label.text().split("<tt>")[1].split("</tt>")[0].split("<br>")
    assert len(lines) == 2 and all(len(line.split()) == 8 for line in lines)  # 16 groups of four, as on the slip
    qtbot.wait(50)
    layout = dialog.layout()
    needed = layout.heightForWidth(dialog.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
    assert dialog.height() >= needed  # nothing of it below the dialog's edge


def _images(document) -> list[str]:
    """The src of every image the guide's page shows."""
    from kh130_desktop.ui.qt import QTextImageFormat

    names, block = [], document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(QTextImageFormat(fmt).name())
            it += 1
        block = block.next()
    return names


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_help_opens_the_guide_offline_with_its_pictures(qtbot, window, lang, monkeypatch):
    from kh130_desktop.ui.guide import GuideDialog
    from kh130_desktop.ui.qt import QTextBrowser, QTextDocument, QUrl

    monkeypatch.setattr(i18n, "current_language", lambda: lang)
    assert window.action_guide.text() == "Hướng dẫn sử dụng"
    window.action_guide.trigger()
    dialog = window.guide_dialog
    assert isinstance(dialog, GuideDialog) and dialog.isVisible() and not dialog.isModal()
    browser = dialog.findChild(QTextBrowser, "guideBrowser")
    text = browser.toPlainText()
    if lang == "vi":
        assert "Việc thường ngày của bí thư chi bộ" in text and "cấp ủy tiếp nhận báo cáo" in text
        assert "Xuất tệp báo cáo" in text and "do cấp ủy cấp trên gửi xuống" in text
    else:
        assert "The cell secretary's routine" in text and "The receiving committee's routine" in text
    images = _images(browser.document())
    assert len(images) >= 8
    for name in images:
        image = browser.document().resource(QTextDocument.ImageResource, QUrl(name))
        assert image is not None and not image.isNull() and image.width() > 300, name
    window.action_guide.trigger()  # a second time: the same window, in front
    assert window.guide_dialog is dialog


def test_the_guide_stays_small_in_the_bundle():
    from kh130_desktop.paths import resources_dir

    pictures = list((resources_dir() / "guide" / "images").glob("*.png"))
    assert pictures and all(p.stat().st_size <= 120_000 for p in pictures)
    assert sum(p.stat().st_size for p in (resources_dir() / "guide").rglob("*") if p.is_file()) <= 600_000
