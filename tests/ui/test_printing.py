"""The print preview: shows the PDF, prints every page on white, saves the same bytes."""

from __future__ import annotations

import io

import pypdf
import pytest

from kh130_desktop.domain import documents
from kh130_desktop.domain.errors import NotFoundError
from kh130_desktop.domain.book.sessions import list_sessions
from kh130_desktop.ui import printing
from kh130_desktop.ui.context import AppContext
from kh130_desktop.ui.printing import DocumentPreview, page_image, print_document
from kh130_desktop.ui.qt import QApplication, QDialog, QFileDialog, QPrinter, Qt


@pytest.fixture
def minutes(demo_store) -> bytes:
    with demo_store.read() as tx:
        return documents.minutes_pdf(tx, list_sessions(tx, 2022)[0].id)


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_preview_shows_the_document_and_its_page_count(qtbot, minutes):
    dialog = DocumentPreview(minutes, "Biên bản ngày 12/05/2022", "bien-ban.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Biên bản ngày 12/05/2022"
    assert dialog.view.document().pageCount() == pages(minutes) >= 2
    assert dialog.pages_label.text() == f"{pages(minutes)} trang"
    assert [b.text() for b in (dialog.print_button, dialog.save_button, dialog.close_button)] == ["In…", "Lưu PDF…", "Đóng"]
    qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
    assert not dialog.isVisible()


def test_save_as_writes_the_same_pdf(qtbot, minutes, tmp_path, monkeypatch):
    dialog = DocumentPreview(minutes, "Biên bản", "bien-ban.pdf")
    qtbot.addWidget(dialog)
    offered = {}

    def fake_save(parent, caption, directory, filters):
        offered["directory"], offered["filters"] = directory, filters
        return str(tmp_path / "out" / "bien-ban-chi-bo"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    saved = tmp_path / "out" / "bien-ban-chi-bo.pdf"
    assert saved.read_bytes() == minutes
    assert offered["directory"].endswith("bien-ban.pdf") and "*.pdf" in offered["filters"]
    assert [p.name for p in saved.parent.iterdir()] == ["bien-ban-chi-bo.pdf"]  # no temporary file left behind


def test_save_into_an_unwritable_place_shows_a_vietnamese_error(qtbot, minutes, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    dialog = DocumentPreview(minutes, "Biên bản", "bien-ban.pdf")
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(printing, "show_error", lambda parent, exc, title=None: shown.append(exc))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(blocker / "bb.pdf"), "")))
    assert dialog.save_as() is None
    assert len(shown) == 1 and "Không ghi được" in shown[0].message
    assert blocker.read_text() == "x"


def test_cancelled_save_writes_nothing(qtbot, minutes, tmp_path, monkeypatch):
    dialog = DocumentPreview(minutes, "Biên bản", "bien-ban.pdf")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    before = sorted(tmp_path.rglob("*"))
    assert dialog.save_as() is None
    assert sorted(tmp_path.rglob("*")) == before


def test_pages_render_on_white_with_the_text_in_black(qtbot, minutes):
    dialog = DocumentPreview(minutes, "Biên bản", "bien-ban.pdf")
    qtbot.addWidget(dialog)
    image = page_image(dialog.document, 0, 50)
    assert (image.width(), image.height()) == (round(595.27 * 50 / 72), round(841.89 * 50 / 72))
    corner = image.pixelColor(2, 2)
    assert (corner.red(), corner.green(), corner.blue()) == (255, 255, 255)
    dark = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height() // 4, 2)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 200, "the letterhead is printed in the top quarter"


def test_print_sends_every_page_to_the_printer(qtbot, minutes, tmp_path, monkeypatch):
    dialog = DocumentPreview(minutes, "Biên bản", "bien-ban.pdf")
    qtbot.addWidget(dialog)
    out = tmp_path / "printed.pdf"

    class FakePrintDialog:
        def __init__(self, printer, parent=None):
            printer.setOutputFormat(QPrinter.PdfFormat)
            printer.setOutputFileName(str(out))
            printer.setResolution(72)

        def setWindowTitle(self, title):
            pass

        def setMinMax(self, low, high):
            self.range = (low, high)

        def exec(self):
            return QDialog.Accepted

    monkeypatch.setattr(printing, "QPrintDialog", FakePrintDialog)
    qtbot.mouseClick(dialog.print_button, Qt.LeftButton)
    assert pages(out.read_bytes()) == pages(minutes)


def test_print_range_prints_only_the_pages_asked(qtbot, minutes, tmp_path):
    dialog = DocumentPreview(minutes, "Biên bản", "bien-ban.pdf")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "p2.pdf"))
    printer.setResolution(72)
    assert print_document(dialog.document, printer, 2, 2) == 1
    assert pages((tmp_path / "p2.pdf").read_bytes()) == 1


def _previews():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentPreview) and w.isVisible()]


def test_preview_document_makes_the_pdf_in_the_background_then_opens_it(qtbot, demo_store, data_dir):
    ctx = AppContext(demo_store, data_dir)
    with demo_store.read() as tx:
        session_id = list_sessions(tx, 2022)[0].id
    printing.preview_document(None, ctx, "Biên bản ngày 12/05/2022", "bien-ban.pdf",
                              lambda tx: documents.minutes_pdf(tx, session_id))
    qtbot.waitUntil(lambda: len(_previews()) == 1)
    preview = _previews()[0]
    assert preview.windowTitle() == "Biên bản ngày 12/05/2022"
    assert preview.document.pageCount() >= 2
    preview.close()


def test_preview_document_shows_the_error_and_opens_nothing(qtbot, demo_store, data_dir, monkeypatch):
    ctx = AppContext(demo_store, data_dir)
    shown = []
    monkeypatch.setattr(printing, "show_error", lambda parent, exc, title=None: shown.append(exc))

    def missing(tx):
        return documents.minutes_pdf(tx, 9999)

    printing.preview_document(None, ctx, "Biên bản", "bb.pdf", missing)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert isinstance(shown[0], NotFoundError) and "Không tìm thấy buổi sinh hoạt" in shown[0].message
    assert _previews() == []
