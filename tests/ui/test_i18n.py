"""The two interface languages at run time: Vietnamese also translates Qt's own strings
(qtbase_vi.qm), English shows our pages in English (kh130_en.qm)."""

from __future__ import annotations

import datetime as dt

import pytest

from kh130_desktop.ui import i18n
from kh130_desktop.ui.context import AppContext
from kh130_desktop.ui.qt import QCoreApplication, QDialogButtonBox, QLocale, Qt


@pytest.fixture
def language(qapp):
    """`language(code)` installs that language as ui/app.py does; undone after the test so the
    other tests keep Qt's and our source texts."""
    saved = QLocale()
    yield lambda code: i18n.install_translator(qapp, code)
    for attribute in ("_kh130_qt_translator", "_kh130_translator"):
        translator = getattr(qapp, attribute, None)
        if translator is not None:
            qapp.removeTranslator(translator)
            setattr(qapp, attribute, None)
    QLocale.setDefault(saved)


def standard_cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.Cancel)
    return box.button(QDialogButtonBox.Cancel).text()


def test_vietnamese_mode_translates_qt_standard_strings(language, qapp):
    assert i18n.qt_translation_file().exists()
    assert language("vi") is None  # our own texts are Vietnamese already
    assert qapp._kh130_qt_translator is not None  # kept alive with the application
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert QCoreApplication.translate("QLineEdit", "&Copy") == "Sao &chép"  # a text field's context menu
    assert standard_cancel_text() == "Hủy"  # what a QDialogButtonBox shows
    language("en")  # switching replaces the Vietnamese Qt strings: English needs nothing extra
    assert qapp._kh130_qt_translator is None
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert standard_cancel_text() == "Cancel"


def build_pages(demo_store, data_dir, qtbot):
    from kh130_desktop.ui.pages.pledges_page import PledgesPage
    from kh130_desktop.ui.pages.receiving_page import ReceivingPage
    from kh130_desktop.ui.pages.reports_page import ReportsPage

    ctx = AppContext(demo_store, data_dir)
    pages = ReceivingPage(ctx), ReportsPage(ctx), PledgesPage(ctx)
    for page in pages:
        qtbot.addWidget(page)
    return pages


def sample_texts(receiving, reports, pledges) -> dict[str, str]:
    return {
        "receiving header": receiving.results_model.headerData(0, Qt.Horizontal),
        "receiving period": receiving.period_combo.itemText(0),
        "reports quarter": reports.quarter_combo.itemText(1),
        "reports figures": reports.figures_label.text(),
        "pledges header": pledges.members.headerData(0, Qt.Horizontal),
        "pledges filter": pledges.filter_combo.itemText(0),
    }


def test_english_mode_shows_our_pages_in_english(language, demo_store, data_dir, qtbot, qapp):
    assert language("en") is not None
    assert qapp._kh130_qt_translator is None  # Qt's own strings stay English
    texts = sample_texts(*build_pages(demo_store, data_dir, qtbot))
    assert texts["receiving header"] == "File"
    assert texts["receiving period"] == "Whole year"
    assert texts["reports quarter"] == "Quarter I"
    assert "Reporting period:" in texts["reports figures"]
    assert "Study and meeting sessions" in texts["reports figures"]
    assert texts["pledges header"] == "Full name"
    assert texts["pledges filter"] == "All members"


def test_vietnamese_mode_keeps_the_source_texts(language, demo_store, data_dir, qtbot):
    language("vi")
    texts = sample_texts(*build_pages(demo_store, data_dir, qtbot))
    assert texts["receiving header"] == "Tệp"
    assert texts["receiving period"] == "Cả năm"
    assert texts["reports quarter"] == "Quý I"
    assert "Kỳ báo cáo:" in texts["reports figures"]
    assert texts["pledges header"] == "Họ và tên"
    assert texts["pledges filter"] == "Tất cả đảng viên"


def test_every_vocabulary_label_is_collected_for_translation():
    import importlib.util

    from kh130_desktop.domain.book.vocabulary import LABELS
    from kh130_desktop.paths import resources_dir

    spec = importlib.util.spec_from_file_location("domain_messages", resources_dir() / "translations" / "domain_messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(LABELS.values()) <= set(module.collect())  # a new status or level reaches lupdate


def test_english_mode_shows_statuses_roles_and_levels_in_english(language, demo_store, data_dir, qtbot):
    from kh130_desktop.domain.book.vocabulary import LABELS, MemberStatus, Role
    from kh130_desktop.ui.common import vocab
    from kh130_desktop.ui.pages.members_page import MembersPage

    language("en")
    untranslated = [text for text in LABELS.values() if QCoreApplication.translate("domain", text) == text]
    assert untranslated == []
    assert (vocab(MemberStatus.PROBATIONARY), vocab(Role.SECRETARY)) == ("Probationary", "Secretary")
    from kh130_desktop.ui.models.sessions_model import percent

    assert percent(0.828) == "82.8%"  # a decimal point in English (82,8% in Vietnamese)
    page = MembersPage(AppContext(demo_store, data_dir))
    qtbot.addWidget(page)
    model = page.table.model()
    shown = {model.index(row, column).data() for row in range(model.rowCount()) for column in range(model.columnCount())}
    assert {"Official", "Probationary", "Secretary", "Deputy secretary", "Male", "Female"} <= shown
    assert not shown & {"Chính thức", "Dự bị", "Bí thư", "Nam", "Nữ"}


def test_english_mode_shows_the_domains_errors_in_english_with_their_values(language, demo_ctx, qtbot, typer, settle):
    from kh130_desktop.domain.errors import t
    from kh130_desktop.ui.common import domain_text
    from kh130_desktop.ui.dialogs.member_dialog import MemberDialog
    from kh130_desktop.ui.qt import QLabel, QLineEdit, QPushButton
    from kh130_desktop.ui.widgets.date_field import DateField

    message = t("Số thẻ {card} đã thuộc về {full_name}.", card="42.011507", full_name="Nông Thị Ánh")
    assert domain_text(message) == message  # Vietnamese mode: as the domain wrote it
    language("en")
    english = domain_text(message)
    assert english != message and "42.011507" in english and "Nông Thị Ánh" in english
    nested = t("Dòng {line}: {message}", line=4, message=t("không hiểu ngày “{text}”.", text="31/02/1985"))
    assert "không hiểu" not in domain_text(nested) and "31/02/1985" in domain_text(nested)

    dialog = MemberDialog(demo_ctx)  # a real form: the field errors come from the domain
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    qtbot.mouseClick(form.findChild(QPushButton, "save_button"), Qt.LeftButton)
    settle(demo_ctx)
    name_error = form.findChild(QLabel, "err_full_name").text()
    assert name_error and "Chưa nhập" not in name_error
    typer(form.findChild(QLineEdit, "full_name"), "Lục Văn Pảo")
    form.findChild(DateField, "admitted_on").setDate(dt.date(2010, 5, 1))
    form.findChild(DateField, "official_on").setDate(dt.date(2009, 5, 1))
    qtbot.mouseClick(form.findChild(QPushButton, "save_button"), Qt.LeftButton)
    settle(demo_ctx)
    official_error = form.findChild(QLabel, "err_official_on").text()
    assert official_error and "Ngày chính thức" not in official_error


def test_english_mode_explains_a_bad_roster_row_in_english(language, demo_ctx, qtbot):
    from kh130_desktop.domain.book.roster_import import read_roster
    from kh130_desktop.ui.dialogs.roster_import_dialog import RosterImportDialog

    csv = ("Họ và tên,Ngày sinh,Giới tính,Số thẻ,Ngày vào Đảng,Trạng thái,Chức vụ\n"
           ",01/01/1990,Nữ,42.999002,01/05/2010,Dự bị,Đảng viên\n"
           "Hà Thị Mây,31/02/1985,Nữ,42.999003,01/05/2010,Dự bị,Đảng viên\n").encode("utf-8")
    language("en")
    dialog = RosterImportDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.model.set_preview(read_roster(csv, "ds.csv"))
    last = dialog.model.check_column
    results = [dialog.model.index(row, last).data() for row in range(dialog.model.rowCount())]
    assert results[0].startswith("Họ và tên: ") and "Chưa nhập" not in results[0]  # the file's own column name, then English
    assert "31/02/1985" in results[1] and "không có thật" not in results[1]
