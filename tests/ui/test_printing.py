"""The print preview: shows the PDF, prints every page on white at true size, saves the same bytes."""

from __future__ import annotations

import functools
import io

import pypdf
import pytest

from kh130_desktop.domain import documents
from kh130_desktop.domain.errors import NotFoundError
from kh130_desktop.domain.book.sessions import list_sessions
from kh130_desktop.ui import printing
from kh130_desktop.ui.context import AppContext
from kh130_desktop.ui.printing import DocumentPreview, load_pdf, page_image, print_document
from kh130_desktop.ui.qt import QApplication, QDialog, QFileDialog, QImage, QMarginsF, QPageLayout, QPageSize, QPrinter, Qt

MM_PER_POINT = 25.4 / 72
A4_MM = (210.0, 297.0)


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


# --- true size: the printed page is the reportlab page, at 100%, whatever the printer's paper ---

COMPARE_DPI = 150
# Ink may move at most this far between the reportlab page and the printed one: 2 pixels at
# 150 dpi is 0.34 mm, inside the 0.5 mm asked.
NEAR_PX = 2


def letter_print_dialog(out, resolution=COMPARE_DPI):
    """A print dialog whose printer (a PDF file here) defaults, as many Windows drivers do, to
    Letter with 12.7 mm margins in the standard (printable area) mode."""

    class LetterPrintDialog:
        def __init__(self, printer, parent=None):
            self.printer = printer

        def setWindowTitle(self, title):
            pass

        def setMinMax(self, low, high):
            pass

        def exec(self):
            printer = self.printer
            printer.setOutputFormat(QPrinter.PdfFormat)
            printer.setOutputFileName(str(out))
            printer.setResolution(resolution)
            printer.setFullPage(False)
            printer.setPageSize(QPageSize(QPageSize.Letter))
            printer.setPageOrientation(QPageLayout.Orientation.Portrait)
            printer.setPageMargins(QMarginsF(12.7, 12.7, 12.7, 12.7), QPageLayout.Unit.Millimeter)
            assert printer.pageLayout().pageSize().id() == QPageSize.Letter
            return QDialog.Accepted

    return LetterPrintDialog


def ink_rows(pdf: bytes, threshold: int) -> list[list[int]]:
    """Each page rendered at COMPARE_DPI, as one bit mask per row: bit set where the page is darker than `threshold`."""
    document, _buffer = load_pdf(pdf)
    bits = bytes(ord("1") if value < threshold else ord("0") for value in range(256))
    pages = []
    for index in range(document.pageCount()):
        gray = page_image(document, index, COMPARE_DPI).convertToFormat(QImage.Format.Format_Grayscale8)
        width, stride = gray.width(), gray.bytesPerLine()
        data = bytes(gray.constBits())
        pages.append([int(data[y * stride: y * stride + width].translate(bits), 2) for y in range(gray.height())])
    return pages


def grown(rows: list[int], by: int) -> list[int]:
    """The mask with every ink pixel grown into a square `by` pixels each way."""
    wide = []
    for mask in rows:
        out = mask
        for k in range(1, by + 1):
            out |= (mask << k) | (mask >> k)
        wide.append(out)
    return [functools.reduce(int.__or__, wide[max(0, y - by): y + by + 1], 0) for y in range(len(wide))]


def ink_away_from(a_rows: list[int], b_rows: list[int]) -> tuple[int, int]:
    """(dark pixels of a with no ink of b within NEAR_PX, dark pixels of a)."""
    near = grown(b_rows, NEAR_PX)
    total = sum(mask.bit_count() for mask in a_rows)
    away = sum((mask & ~other).bit_count() for mask, other in zip(a_rows, near))
    return away, total


def assert_same_ink(laid_out: bytes, printed: bytes) -> None:
    """Every dark pixel of each page has ink on the other page within NEAR_PX, both ways."""
    dark_a, dark_b = ink_rows(laid_out, 128), ink_rows(printed, 128)
    any_a, any_b = ink_rows(laid_out, 200), ink_rows(printed, 200)  # anti-aliased edges count as ink to be near
    assert len(dark_a) == len(dark_b)
    for number, (a, b, near_a, near_b) in enumerate(zip(dark_a, dark_b, any_a, any_b), 1):
        assert len(a) == len(b), f"page {number}: {len(a)} rows laid out, {len(b)} printed"
        away, total = ink_away_from(a, near_b)
        assert total > 1000 and away == 0, f"page {number}: {away} of {total} laid-out ink pixels moved over 0.34 mm"
        away, total = ink_away_from(b, near_a)
        assert total > 1000 and away == 0, f"page {number}: {away} of {total} printed ink pixels not where laid out"


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(page.mediabox.width) * MM_PER_POINT, float(page.mediabox.height) * MM_PER_POINT)
            for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def test_a_printer_set_to_letter_prints_a4_pages_with_the_text_where_reportlab_put_it(qtbot, minutes, tmp_path, monkeypatch):
    dialog = DocumentPreview(minutes, "Biên bản", "bien-ban.pdf")
    qtbot.addWidget(dialog)
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "QPrintDialog", letter_print_dialog(out))

    qtbot.mouseClick(dialog.print_button, Qt.LeftButton)

    printed = out.read_bytes()
    sizes = page_sizes_mm(printed)
    assert len(sizes) == pages(minutes) >= 2
    for width, height in sizes:  # A4 portrait, not Letter (215.9 × 279.4 mm)
        assert abs(width - A4_MM[0]) < 0.5 and abs(height - A4_MM[1]) < 0.5, (width, height)
    assert_same_ink(minutes, printed)
    assert dialog.print_note_label.isHidden()  # a PDF "printer" prints to the very edge


def _portrait_then_landscape() -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for size in (A4, landscape(A4)):
        page.setPageSize(size)
        width, height = size
        page.setFont("Times-Roman", 14)
        page.drawString(30 * mm, height - 25 * mm, "Top left, 30 mm in and 25 mm down")
        page.drawRightString(width - 15 * mm, 20 * mm, "Bottom right, 15 mm in and 20 mm up")
        page.rect(30 * mm, 20 * mm, width - 45 * mm, height - 45 * mm)
        page.showPage()
    page.save()
    return buffer.getvalue()


def test_each_page_prints_in_its_own_orientation_at_true_size(qtbot, tmp_path):
    document_pdf = _portrait_then_landscape()
    document, _buffer = load_pdf(document_pdf)
    printer = QPrinter(QPrinter.HighResolution)
    letter_print_dialog(tmp_path / "mixed.pdf")(printer).exec()

    assert print_document(document, printer) == 2

    printed = (tmp_path / "mixed.pdf").read_bytes()
    (w1, h1), (w2, h2) = page_sizes_mm(printed)
    assert abs(w1 - 210) < 0.5 and abs(h1 - 297) < 0.5
    assert abs(w2 - 297) < 0.5 and abs(h2 - 210) < 0.5
    assert_same_ink(document_pdf, printed)


def test_the_preview_says_when_the_printer_cannot_print_near_enough_the_edge(qtbot, minutes, tmp_path, monkeypatch):
    dialog = DocumentPreview(minutes, "Biên bản", "bien-ban.pdf")
    qtbot.addWidget(dialog)
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "QPrintDialog", letter_print_dialog(out, resolution=72))
    # A printer whose driver cannot print within 12 mm of the top (the page number is 9.5 mm down).
    monkeypatch.setattr(printing, "printer_minimum_margins_mm", lambda printer: QMarginsF(4.2, 12.0, 4.2, 4.2))

    qtbot.mouseClick(dialog.print_button, Qt.LeftButton)

    note = dialog.print_note_label.text()
    assert not dialog.print_note_label.isHidden()
    assert note.startswith("Lưu ý: Máy in này không in được sát mép giấy (mép trên: máy chừa 12,0 mm")
    assert "trái" not in note and "dưới" not in note and "phải" not in note
    assert "đúng cỡ 100%" in note
    assert pages(out.read_bytes()) == pages(minutes)  # printed all the same


def test_the_preview_says_when_the_printer_keeps_another_paper(qtbot, minutes):
    dialog = DocumentPreview(minutes, "Biên bản", "bien-ban.pdf")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.HighResolution)

    note = dialog.update_print_note(printer, paper_ok=False)

    assert "không nhận khổ giấy A4 (210,0 × 297,0 mm)" in note and "đúng cỡ 100%" in note
    assert dialog.print_note_label.text() == note and not dialog.print_note_label.isHidden()
    assert dialog.update_print_note(printer, paper_ok=True) == ""
    assert dialog.print_note_label.isHidden()
