"""The shell through the secretary's first day: first start, the main window, unsaved changes."""

from __future__ import annotations

import datetime as dt

import pytest

from kh130_desktop.domain.book import cell as cells
from kh130_desktop.domain.book import roster
from kh130_desktop.ui import main_window as main_window_module
from kh130_desktop.ui.operations import Changes
from kh130_desktop.ui.widgets.date_field import DateField
from kh130_desktop.ui.qt import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QWizard, Qt


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.LeftButton)


def test_first_start_wizard_creates_the_cell_and_its_secretary(qtbot, typer, ctx):
    from kh130_desktop.ui.wizard import CELL, SECRETARY, FirstStartWizard

    wizard = FirstStartWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(QWizard.NextButton).text() == "Tiếp theo >"
    _click(qtbot, wizard.button(QWizard.NextButton))
    assert wizard.currentId() == CELL
    page = wizard.cell_page.form
    # Nothing typed: the wizard refuses to go on and says why, next to the name.
    _click(qtbot, wizard.button(QWizard.NextButton))
    assert wizard.currentId() == CELL
    assert page.findChild(QLabel, "err_name").isVisibleTo(page)
    assert "tên chi bộ" in page.findChild(QLabel, "err_name").text()
    typer(page.findChild(QLineEdit, "name"), "Chi bộ thôn Bó Mạ")
    superior = page.findChild(QPlainTextEdit, "superior_bodies")
    typer(superior, "ĐẢNG BỘ TỈNH CAO BẰNG")
    qtbot.keyClick(superior, Qt.Key_Return)
    typer(superior, "ĐẢNG ỦY XÃ QUẢNG UYÊN")
    typer(page.findChild(QLineEdit, "receiving_committee"), "Đảng ủy xã Quảng Uyên")
    _click(qtbot, wizard.button(QWizard.NextButton))
    assert wizard.currentId() == CELL  # place name still missing
    assert "địa danh" in page.findChild(QLabel, "err_place_name").text()
    typer(page.findChild(QLineEdit, "place_name"), "Quảng Uyên")
    _click(qtbot, wizard.button(QWizard.NextButton))
    assert wizard.currentId() == SECRETARY
    sec = wizard.secretary_page.form
    typer(sec.findChild(QLineEdit, "full_name"), "Hoàng Văn Pắc")
    sec.findChild(DateField, "birth_date").setDate(dt.date(1970, 5, 2))
    sec.findChild(DateField, "admitted_on").setDate(dt.date(1996, 2, 3))
    sec.findChild(DateField, "official_on").setDate(dt.date(1997, 2, 3))
    typer(sec.findChild(QComboBox, "ethnicity").lineEdit(), "Nùng")
    _click(qtbot, wizard.button(QWizard.FinishButton))
    qtbot.waitUntil(lambda: not wizard.isVisible())  # once the cell is written
    assert wizard.result() == QWizard.Accepted
    with ctx.store.read() as tx:
        cell = cells.get_cell(tx)
        assert (cell.name, cell.place_name) == ("Chi bộ thôn Bó Mạ", "Quảng Uyên")
        assert cells.superior_lines(cell) == ["ĐẢNG BỘ TỈNH CAO BẰNG", "ĐẢNG ỦY XÃ QUẢNG UYÊN"]
        secretary = cells.secretary(tx)
        assert (secretary.full_name, secretary.ethnicity, secretary.official_on) == ("Hoàng Văn Pắc", "Nùng", dt.date(1997, 2, 3))


def test_wizard_refuses_a_bad_secretary_and_writes_nothing(qtbot, typer, ctx, settle):
    from kh130_desktop.ui.wizard import SECRETARY, FirstStartWizard

    wizard = FirstStartWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    _click(qtbot, wizard.button(QWizard.NextButton))
    page = wizard.cell_page.form
    typer(page.findChild(QLineEdit, "name"), "Chi bộ tổ 3")
    typer(page.findChild(QPlainTextEdit, "superior_bodies"), "ĐẢNG ỦY PHƯỜNG SÔNG BẰNG")
    typer(page.findChild(QLineEdit, "place_name"), "Cao Bằng")
    _click(qtbot, wizard.button(QWizard.NextButton))
    assert wizard.currentId() == SECRETARY
    sec = wizard.secretary_page.form
    typer(sec.findChild(QLineEdit, "full_name"), "Pắc")
    _click(qtbot, wizard.button(QWizard.FinishButton))
    settle(ctx)
    assert wizard.isVisible() and wizard.currentId() == SECRETARY
    assert "ít nhất họ và tên" in sec.findChild(QLabel, "err_full_name").text()
    with ctx.store.read() as tx:
        assert cells.find_cell(tx) is None and roster.list_members(tx) == []


def test_wizard_opens_the_demo_cell(qtbot, ctx):
    from kh130_desktop.ui.wizard import FirstStartWizard

    wizard = FirstStartWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    _click(qtbot, wizard.start_page.form.findChild(QRadioButton, "choice_demo"))
    assert wizard.button(QWizard.NextButton).text() == "Mở chi bộ mẫu"
    _click(qtbot, wizard.button(QWizard.NextButton))
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QWizard.Accepted
    with ctx.store.read() as tx:
        assert cells.get_cell(tx).name == "Chi bộ thôn Nà Lữ"
        assert len(roster.list_members(tx)) == 33


def test_main_window_navigation_builds_pages_on_first_visit(click_nav, qtbot, window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:2] == ["Chi bộ", "Đảng viên"]
    assert set(window.pages) == {"cell"}  # nothing else built at start
    assert window.cell_label.text() == "Chi bộ thôn Nà Lữ"
    assert str(window.ctx.folder) in window.folder_label.text()
    click_nav(window, "Đảng viên")
    assert "members" in window.pages and window.stack.currentWidget() is window.pages["members"]
    assert window.pages["members"].model.rowCount() == 32  # the one who moved away is hidden
    # Ctrl+F goes to the search box of the page on show.
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert window.pages["members"].search.hasFocus()


def test_leaving_a_page_with_unsaved_changes_asks(click_nav, qtbot, typer, window, monkeypatch, settle):
    answers = []
    monkeypatch.setattr(main_window_module, "ask_save_discard_cancel", lambda parent, what: answers.pop(0))
    cell_page = window.pages["cell"]
    name = cell_page.form.findChild(QLineEdit, "name")
    name.selectAll()
    typer(name, "Chi bộ thôn Nà Lữ mới")
    assert cell_page.has_unsaved_changes()
    answers.append("cancel")
    click_nav(window, "Đảng viên")
    assert window.stack.currentWidget() is cell_page and window.nav.currentRow() == 0
    answers.append("discard")
    click_nav(window, "Đảng viên")
    assert window.nav.currentRow() == 1 and name.text() == "Chi bộ thôn Nà Lữ"
    click_nav(window, "Chi bộ")
    name.selectAll()
    typer(name, "Chi bộ thôn Nà Lữ mới")
    answers.append("save")
    click_nav(window, "Đảng viên")
    settle(window.ctx)
    assert window.nav.currentRow() == 1 and window.stack.currentWidget() is window.pages["members"]  # left once saved
    with window.ctx.store.read() as tx:
        assert cells.get_cell(tx).name == "Chi bộ thôn Nà Lữ mới"
    assert window.cell_label.text() == "Chi bộ thôn Nà Lữ mới"


def test_ctrl_s_saves_and_a_bad_profile_shows_the_error_next_to_the_field(qtbot, typer, window, settle):
    cell_page = window.pages["cell"]
    place = cell_page.form.findChild(QLineEdit, "place_name")
    place.selectAll()
    qtbot.keyClick(place, Qt.Key_Delete)
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    settle(window.ctx)
    error = cell_page.form.findChild(QLabel, "err_place_name")
    assert error.isVisibleTo(cell_page) and "địa danh" in error.text()
    with window.ctx.store.read() as tx:
        assert cells.get_cell(tx).place_name == "Hòa An"
    typer(place, "Nà Lữ")
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    settle(window.ctx)
    assert not error.isVisibleTo(cell_page)
    with window.ctx.store.read() as tx:
        assert cells.get_cell(tx).place_name == "Nà Lữ"


def test_closing_with_unsaved_changes_asks(qtbot, typer, window, monkeypatch):
    monkeypatch.setattr(main_window_module, "ask_save_discard_cancel", lambda parent, what: "cancel")
    name = window.pages["cell"].form.findChild(QLineEdit, "name")
    typer(name, " 2")
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(main_window_module, "ask_save_discard_cancel", lambda parent, what: "discard")
    assert window.close()


def test_cell_page_shows_the_key_fingerprint(qtbot, window):
    label = window.pages["cell"].form.findChild(QLabel, "fingerprint")
    qtbot.waitUntil(lambda: label.text() != "…")
    assert label.text().replace("\n", " ") == window.ctx.identity.fingerprint


def test_a_cell_sees_its_own_pages_and_the_committee_only_the_receiving_page(qtbot, window, monkeypatch, settle):
    def visible():
        return [s.key for row, s in enumerate(window.specs) if not window.nav.item(row).isHidden()]

    assert visible() == ["cell", "members", "sessions", "pledges", "plan", "reports"]
    assert window.action_export.isVisible()
    window.action_receiving.trigger()  # Tệp → Chế độ cấp ủy tiếp nhận báo cáo
    settle(window.ctx)
    from kh130_desktop.domain.store.settings import get_mode

    assert window.ctx.read(get_mode) == "receiving"
    assert visible() == ["receiving", "committee_plan"]  # the committee makes the plan it sends down
    assert window.specs[window.nav.currentRow()].key == "receiving"
    assert not window.action_export.isVisible()
    assert window.cell_label.text() == "Cấp ủy tiếp nhận báo cáo"  # not the cell this store also holds
    from kh130_desktop.domain.exchange.registry import CommitteeProfile, save_committee_profile

    window.ctx.write(Changes.RECEIVING, save_committee_profile, CommitteeProfile(name="ĐẢNG ỦY XÃ HÒA AN", place_name="Hòa An"))
    settle(window.ctx)
    assert window.cell_label.text() == "ĐẢNG ỦY XÃ HÒA AN" and window.windowTitle() == "ĐẢNG ỦY XÃ HÒA AN — KH130"
    window.action_receiving.trigger()
    settle(window.ctx)
    assert window.ctx.read(get_mode) == "cell" and visible()[0] == "cell"
    assert window.cell_label.text() == "Chi bộ thôn Nà Lữ"


def test_language_choice_is_saved_and_english_needs_its_file(qtbot, qapp):
    from kh130_desktop.ui import i18n

    assert i18n.current_language() == "vi"
    assert i18n.install_translator(qapp, "vi") is None
    i18n.set_language("en")
    assert i18n.current_language() == "en"
    translator = i18n.install_translator(qapp, "en")
    assert (translator is not None) == i18n.translation_file("en").exists()
    if translator is not None:
        qapp.removeTranslator(translator)
    i18n.set_language("vi")


def test_run_app_shows_the_window_then_the_demo_cell(demo_store, data_dir):
    """The real start, in its own process: run_app ends with app.quit(), which would make every
    later QEventLoop.exec() in this test process return at once."""
    import os
    import subprocess
    import sys

    demo_store.dispose()
    env = dict(os.environ, KH130_EXIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    code = "import sys; from kh130_desktop.ui.app import run_app; sys.exit(run_app(sys.argv[1:]))"
    proc = subprocess.run([sys.executable, "-c", code, "--data-dir", str(data_dir)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    marks = [line.split(" ", 2) for line in proc.stdout.splitlines() if line.startswith(("SHOWN", "READY", "OPEN"))]
    assert [m[0] for m in marks] == ["SHOWN", "READY", "OPEN"]  # the window, the demo cell in it, the store open
    assert marks[1][2] == "Chi bộ thôn Nà Lữ  ·  đang mở dữ liệu…"  # read before the ORM was loaded
    assert marks[2][2] == "Chi bộ thôn Nà Lữ"
    assert float(marks[0][1]) == pytest.approx(float(marks[1][1]), abs=0.05)  # with the window, not after it


def test_closing_the_window_before_the_store_is_open_quits_cleanly(demo_store, data_dir):
    """A secretary who starts the program by mistake and closes it at once: the store's opening,
    still running in the background, finishes quietly and nothing is left half done."""
    import os
    import subprocess
    import sys

    demo_store.dispose()
    code = ("import sys\n"
            "from kh130_desktop.ui import main_window\n"
            "from kh130_desktop.ui.app import run_app\n"
            "from kh130_desktop.ui.qt import QTimer\n"
            "shown = main_window.MainWindow.show_glance\n"
            "def close_soon(self, glance, folder):\n"
            "    shown(self, glance, folder)\n"
            "    QTimer.singleShot(50, self.close)\n"
            "main_window.MainWindow.show_glance = close_soon\n"
            "sys.exit(run_app(sys.argv[1:]))\n")
    proc = subprocess.run([sys.executable, "-c", code, "--data-dir", str(data_dir)], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "Error calling" not in proc.stderr, proc.stderr[-2000:]
    from kh130_desktop.domain.store.glance import diagnose

    assert diagnose(data_dir) == []


def _glance_window(qtbot, data_dir):
    from kh130_desktop.domain.store.glance import glance
    from kh130_desktop.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show_glance(glance(data_dir), data_dir)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_before_the_store_is_open_the_cell_shows_read_only_then_becomes_editable(qtbot, typer, demo_ctx, data_dir, settle):
    w = _glance_window(qtbot, data_dir)
    page = w.pages["cell"]
    assert w.stack.currentWidget() is page and w.nav.currentRow() == 0
    assert w.windowTitle() == "Chi bộ thôn Nà Lữ — KH130"
    name = page.form.findChild(QLineEdit, "name")
    superior = page.form.findChild(QPlainTextEdit, "superior_bodies")
    assert name.text() == "Chi bộ thôn Nà Lữ" and superior.toPlainText() == "ĐẢNG BỘ XÃ HÒA AN"
    typer(name, " sửa")  # nothing can be typed before there is a store to save it in
    assert name.text() == "Chi bộ thôn Nà Lữ" and not page.has_unsaved_changes()
    assert not page.form.findChild(QPushButton, "keyslip_button").isEnabled()
    qtbot.keyClick(w, Qt.Key_S, Qt.ControlModifier)  # no shortcut yet, and nothing breaks
    store_actions = (w.action_backup, w.action_restore, w.action_export, w.action_receiving)
    assert not any(action.isEnabled() for action in store_actions)

    w.attach(demo_ctx)
    assert all(action.isEnabled() for action in store_actions)
    assert w.pages["cell"] is page and w.cell_label.text() == "Chi bộ thôn Nà Lữ"
    fingerprint = page.form.findChild(QLabel, "fingerprint")
    qtbot.waitUntil(lambda: fingerprint.text() != "…")
    name.setFocus()
    name.end(False)
    typer(name, " mới")
    assert page.has_unsaved_changes()
    qtbot.keyClick(w, Qt.Key_S, Qt.ControlModifier)
    settle(demo_ctx)
    with demo_ctx.store.read() as tx:
        assert cells.get_cell(tx).name == "Chi bộ thôn Nà Lữ mới"
    assert w.cell_label.text() == "Chi bộ thôn Nà Lữ mới"


def test_a_page_chosen_while_the_store_opens_is_shown_when_it_is_open(click_nav, qtbot, demo_ctx, data_dir):
    w = _glance_window(qtbot, data_dir)
    click_nav(w, "Đảng viên")
    assert w.stack.currentWidget() is w.pages["cell"]  # the members need the store
    w.attach(demo_ctx)
    assert w.stack.currentWidget() is w.pages["members"]
    assert w.pages["members"].model.rowCount() == 32


def test_receiving_staff_see_their_page_listed_before_the_store_is_open(qtbot, demo_ctx, data_dir, settle):
    from kh130_desktop.domain.store.settings import set_mode

    demo_ctx.write(Changes.MODE, set_mode, "receiving")
    settle(demo_ctx)
    w = _glance_window(qtbot, data_dir)
    visible = [s.key for row, s in enumerate(w.specs) if not w.nav.item(row).isHidden()]
    assert visible == ["receiving", "committee_plan"] and w.pages == {}
    w.attach(demo_ctx)
    assert w.stack.currentWidget() is w.pages["receiving"]


def test_receiving_staff_choose_their_role_and_start_on_the_receiving_page(qtbot, ctx):
    from kh130_desktop.ui.main_window import MainWindow
    from kh130_desktop.domain.store import settings
    from kh130_desktop.ui.wizard import FirstStartWizard

    wizard = FirstStartWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    choice = wizard.start_page.form.findChild(QRadioButton, "choice_receiving")
    assert choice.isVisibleTo(wizard)
    _click(qtbot, choice)
    assert wizard.button(QWizard.NextButton).text() == "Bắt đầu tiếp nhận"
    _click(qtbot, wizard.button(QWizard.NextButton))
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert ctx.read(settings.get_mode) == "receiving"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.specs[window.nav.currentRow()].key == "receiving"


def test_the_key_slip_opens_in_the_document_preview(qtbot, window):
    from kh130_desktop.ui import printing

    button = window.pages["cell"].form.findChild(QPushButton, "keyslip_button")
    _click(qtbot, button)
    qtbot.waitUntil(lambda: len(printing._open_previews) == 1, timeout=20000)
    preview = next(iter(printing._open_previews))
    assert preview.isVisible()
    preview.close()


def test_ctrl_n_on_the_members_page_opens_a_new_member_with_a_sane_tab_order(click_nav, qtbot, typer, window, on_modal):
    from kh130_desktop.ui.dialogs.member_dialog import MemberDialog

    click_nav(window, "Đảng viên")
    seen = []

    def fill(dialog):
        form = dialog.form
        order, widget = [], form.findChild(QLineEdit, "full_name")
        for _ in range(6):
            order.append(widget.objectName())
            widget = widget.nextInFocusChain()
            while (not widget.objectName() or widget.objectName().startswith("qt_")
                   or not widget.focusPolicy() & Qt.TabFocus or not widget.isVisibleTo(form)):
                widget = widget.nextInFocusChain()
        seen.append(order)
        typer(form.findChild(QLineEdit, "full_name"), "Lương Thị Mến")
        _click(qtbot, form.findChild(QPushButton, "save_button"))

    on_modal(fill, cls=MemberDialog)
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    assert seen and seen[0][:5] == ["full_name", "birth_date", "sex", "ethnicity", "card_number"]
    assert "Lương Thị Mến" in [window.pages["members"].model.member(r).full_name for r in range(window.pages["members"].model.rowCount())]
