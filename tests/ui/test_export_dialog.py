"""The cell's export dialog: pick a period and a folder, get a signed file and its fingerprint."""

from __future__ import annotations

from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.exchange.container import verify_file
from kh130_desktop.ui.dialogs.export_dialog import ExportDialog
from kh130_desktop.ui.qt import Qt


def test_export_writes_a_verifiable_file_and_shows_its_fingerprint(demo_ctx, qtbot, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = ExportDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.year_spin.setValue(2022)
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData(3))
    assert dialog.period == Period(2022, 3)
    dialog.folder_edit.setText(str(usb))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.target is not None, timeout=20000)
    files = list(usb.glob("*.kh130"))
    assert files == [dialog.target] and files[0].name.endswith("_2022-Q3_0001.kh130")
    v = verify_file(files[0])
    assert v.period == "2022-Q3" and v.fingerprint == demo_ctx.identity.fingerprint
    text = dialog.result_label.text()
    assert files[0].name in text and "bản mới" in text
    shown = text.split("<tt>")[1].split("</tt>")[0]
    assert shown.replace("<br>", " ").split() == demo_ctx.identity.fingerprint.split()  # whole, in lines
    assert shown.count("<br>") >= 1
    first = files[0].read_bytes()
    dialog.target = None
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.target is not None, timeout=20000)
    assert files[0].read_bytes() == first and "không đổi" in dialog.result_label.text()


def test_export_without_a_folder_says_what_to_do(demo_ctx, qtbot, tmp_path):
    dialog = ExportDialog(demo_ctx, period=Period(2022, None))
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "unplugged"))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert not dialog.error_label.isHidden() and "thư mục" in dialog.error_label.text()
    assert dialog.target is None and not (tmp_path / "unplugged").exists()


def test_choosing_a_folder_clears_the_old_no_folder_error(demo_ctx, qtbot, tmp_path, monkeypatch):
    from kh130_desktop.ui.qt import QFileDialog

    dialog = ExportDialog(demo_ctx, period=Period(2022, None))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert "thư mục" in dialog.error_label.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    dialog.browse()
    assert dialog.folder_edit.text() == str(usb)
    assert dialog.error_label.isHidden() or not dialog.error_label.text()
