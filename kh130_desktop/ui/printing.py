"""Preview, print and save the printed documents: the PDF that reportlab made, nothing laid out twice.

The preview shows the PDF with QPdfView; printing renders each page onto the QPrinter from the
system's print dialog; saving writes the same bytes atomically. Making the PDF runs off the UI
thread (`preview_document`), inside a read-only session of the store.

Printing is at true size: the printer is set to the document's own page (A4, portrait or
landscape per page, from the PDF's page size) in full-page mode, and each page is drawn at 100%
from the paper's corner, never shrunk into the printable area; so the 36-HD margins and the 14 pt
text come out as laid out, whatever paper size the printer's driver defaults to (often Letter).
When the printer cannot print as near the edge as the document's ink comes, the preview says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import DomainError
from ..domain.store.files import atomic_write_bytes
from .common import safe_file_name, save_file_name, show_error, tr
from .qt import (
    QApplication,
    QBuffer,
    QByteArray,
    QColor,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QImage,
    QIODevice,
    QLabel,
    QLocale,
    QMarginsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfDocument,
    QPdfDocumentRenderOptions,
    QPdfView,
    QPrintDialog,
    QPrinter,
    QPushButton,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QVBoxLayout,
    QWidget,
)
from .operations import run_task

log = logging.getLogger(__name__)

# A page rendered at the printer's full resolution (600 dpi and more) is a 140 MB image;
# 300 dpi is more than the eye or a laser printer's toner shows for text this size.
MAX_PRINT_DPI = 300


def load_pdf(pdf_bytes: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes; the buffer must live as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise DomainError(tr("Không mở được văn bản để xem trước.", "DocumentPreview"),
                          hint=tr("Thử tạo lại văn bản; nếu lỗi lặp lại, lưu PDF và mở bằng chương trình khác.", "DocumentPreview"))
    return document, buffer


def page_image(document: QPdfDocument, index: int, dpi: float) -> QImage:
    """One page at `dpi`, on white: QtPdf renders onto a transparent image (DESIGN.md §7)."""
    points = document.pagePointSize(index)
    size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
    rendered = document.render(index, size, QPdfDocumentRenderOptions())
    page = QImage(size, QImage.Format_RGB32)
    page.fill(QColor(Qt.white))
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return page


def document_page_layout(document: QPdfDocument, index: int) -> QPageLayout:
    """The page `index` of the PDF as a printer page: its size (A4 when it is A4) and orientation,
    no margins, full-page mode (the PDF carries its own margins)."""
    points = document.pagePointSize(index)
    width, height = points.width(), points.height()
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    portrait = QSizeF(min(width, height), max(width, height))
    size_id = QPageSize.id(portrait, QPageSize.Unit.Point, QPageSize.SizeMatchPolicy.FuzzyOrientationMatch)
    size = QPageSize(size_id) if size_id != QPageSize.PageSizeId.Custom else QPageSize(portrait, QPageSize.Unit.Point)
    layout = QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def fit_printer_to_document(printer: QPrinter, document: QPdfDocument, index: int = 0) -> bool:
    """Set the printer's page from the document's page `index`; False when the printer kept
    another paper size (its driver does not offer the document's).

    Called before the print dialog (so it opens on A4) and again after it: the printer chosen
    there brings its driver's defaults, often Letter with 6 mm margins. Each setting on its own,
    not setPageLayout: on Windows that one is refused whole when the driver lacks the size.
    """
    layout = document_page_layout(document, index)
    printer.setFullPage(True)
    printer.setPageSize(layout.pageSize())
    printer.setPageOrientation(layout.orientation())
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return printer.pageLayout().pageSize().isEquivalentTo(layout.pageSize())


def printer_minimum_margins_mm(printer: QPrinter) -> QMarginsF:
    """How near the paper's edges the printer can print (its driver's printable area), in mm."""
    layout = QPageLayout(printer.pageLayout())
    layout.setUnits(QPageLayout.Unit.Millimeter)
    return layout.minimumMargins()


def ink_margins_mm(document: QPdfDocument, orientation: QPageLayout.Orientation | None = None,
                   dpi: float = 72) -> QMarginsF | None:
    """The blank paper around the ink, on every side, over all pages (of `orientation`), in mm;
    None when no page has ink. 72 dpi: a third of a millimetre is close enough for a warning."""
    found = None
    dark = bytes(1 if value < 224 else 0 for value in range(256))
    for index in range(document.pageCount()):
        points = document.pagePointSize(index)
        if orientation is not None and (points.width() > points.height()) != (orientation == QPageLayout.Orientation.Landscape):
            continue
        gray = page_image(document, index, dpi).convertToFormat(QImage.Format.Format_Grayscale8)
        width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
        data = bytes(gray.constBits())[: stride * height]
        left, right, top, bottom = width, -1, None, None
        for y in range(height):
            row = data[y * stride: y * stride + width].translate(dark)
            first = row.find(1)
            if first < 0:
                continue
            top = y if top is None else top
            bottom = y
            left, right = min(left, first), max(right, row.rfind(1))
        if top is None:
            continue
        mm = 25.4 / dpi
        page = QMarginsF(left * mm, top * mm, (width - 1 - right) * mm, (height - 1 - bottom) * mm)
        found = page if found is None else QMarginsF(min(found.left(), page.left()), min(found.top(), page.top()),
                                                     min(found.right(), page.right()), min(found.bottom(), page.bottom()))
    return found


def print_document(document: QPdfDocument, printer: QPrinter, first: int = 1, last: int = 0) -> int:
    """Print pages `first`..`last` (1-based; 0: to the end) onto the printer at true size; returns how many.

    The printer is set to the document's page first (fit_printer_to_document); each page is then
    drawn at 100% with its top left corner on the paper's, in full-page mode, whatever paper the
    printer ended up with. Between pages only the orientation may change: Windows refuses a new
    paper size while printing.
    """
    count = document.pageCount()
    last = count if last <= 0 else min(last, count)
    first = max(1, first)
    fit_printer_to_document(printer, document, first - 1)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    device_per_point = printer.resolution() / 72
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError(tr("Không bắt đầu in được.", "DocumentPreview"),
                          hint=tr("Kiểm tra máy in đã bật và được chọn đúng.", "DocumentPreview"))
    printed = 0
    try:
        for index in range(first - 1, last):
            if printed:
                orientation = document_page_layout(document, index).orientation()
                if printer.pageLayout().orientation() != orientation:
                    printer.setPageOrientation(orientation)  # takes effect on the next page
                printer.newPage()
            image = page_image(document, index, dpi)
            points = document.pagePointSize(index)
            # Full-page mode: device (0, 0) is the paper's corner; one PDF point is resolution/72 pixels.
            painter.drawImage(QRectF(0, 0, points.width() * device_per_point, points.height() * device_per_point), image)
            printed += 1
    finally:
        painter.end()
    return printed


def _mm(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def print_note(printer: QPrinter, document: QPdfDocument, paper_ok: bool,
               ink: QMarginsF | None) -> str:
    """What the preview says about printing this document on this printer: "" when all is well;
    else that the printer kept another paper size, or would leave out ink near an edge."""
    name = printer.printerName()
    printer_text = (tr("Máy in “{name}”", "DocumentPreview").format(name=name) if name
                    else tr("Máy in này", "DocumentPreview"))
    notes = []
    if not paper_ok:
        wanted = document_page_layout(document, 0).pageSize()
        size = wanted.size(QPageSize.Unit.Millimeter)
        notes.append(tr("{printer} không nhận khổ giấy {paper} ({width} × {height} mm): văn bản vẫn in đúng cỡ "
                        "100% từ góc trên bên trái tờ giấy, nên có thể thiếu phần cuối trang.", "DocumentPreview").format(
            printer=printer_text, paper=wanted.name(), width=_mm(size.width()), height=_mm(size.height())))
    if ink is not None:
        limits = printer_minimum_margins_mm(printer)
        sides = [(tr("trên", "DocumentPreview"), limits.top(), ink.top()),
                 (tr("dưới", "DocumentPreview"), limits.bottom(), ink.bottom()),
                 (tr("trái", "DocumentPreview"), limits.left(), ink.left()),
                 (tr("phải", "DocumentPreview"), limits.right(), ink.right())]
        clipped = [tr("mép {side}: máy chừa {printer} mm, chữ của văn bản cách mép {document} mm", "DocumentPreview").format(
            side=side, printer=_mm(need), document=_mm(have)) for side, need, have in sides if need > have + 0.1]
        if clipped:
            notes.append(tr("{printer} không in được sát mép giấy ({sides}): phần văn bản nằm sát mép đó sẽ "
                            "không in ra. Văn bản vẫn in đúng cỡ 100%.", "DocumentPreview").format(
                printer=printer_text, sides="; ".join(clipped)))
    return " ".join(tr("Lưu ý: {note}", "DocumentPreview").format(note=note) for note in notes)


def _fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    """The wanted size, shrunk to the screen: a 1366x768 laptop has about 730 px under the taskbar."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - 40), min(height, free.height() - 60)
    return QSize(width, height)


class DocumentPreview(QDialog):
    """The document as it will print, with "In…", "Lưu PDF…" and "Đóng"."""

    def __init__(self, pdf_bytes: bytes, title: str, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_bytes = pdf_bytes
        self.suggested_name = suggested_name
        self.setWindowTitle(title)
        self.resize(_fitting_size(self, 820, 960))
        self.document, self._buffer = load_pdf(pdf_bytes, self)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages_label = QLabel(self.tr("{n} trang").format(n=self.document.pageCount()), self)
        self.pages_label.setObjectName("pagesLabel")
        # Shown when the printer cannot print the document as laid out (print_note).
        self.print_note_label = QLabel(self)
        self.print_note_label.setObjectName("printNote")
        self.print_note_label.setWordWrap(True)
        self.print_note_label.hide()
        self._ink: dict = {}
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("In…"), self)
        self.save_button = QPushButton(self.tr("Lưu PDF…"), self)
        self.close_button = QPushButton(self.tr("Đóng"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.RejectRole)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)

        bottom = QHBoxLayout()
        bottom.addWidget(self.pages_label)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.print_note_label)
        layout.addLayout(bottom)

    # --- actions -------------------------------------------------------------------------------
    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        # Qt proposes "<document name>.pdf" for printing to a file: a title's "/" would make it fail.
        printer.setDocName(safe_file_name(self.windowTitle()))
        self.update_print_note(printer, fit_printer_to_document(printer, self.document))  # the default printer
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In văn bản"))
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.Accepted:
            return
        first, last = (printer.fromPage(), printer.toPage()) if printer.printRange() == QPrinter.PageRange else (1, 0)
        # The printer chosen in the dialog, with its driver's paper: set to the document's again.
        self.update_print_note(printer, fit_printer_to_document(printer, self.document, max(first, 1) - 1))
        try:
            print_document(self.document, printer, first, last)
        except DomainError as exc:
            show_error(self, exc)
        except Exception as exc:  # noqa: BLE001  a printer driver's failure: logged, shown plainly
            show_error(self, exc)

    def update_print_note(self, printer: QPrinter, paper_ok: bool = True) -> str:
        """Show (or hide) what printing on `printer` would lose; returns the note."""
        orientation = printer.pageLayout().orientation()
        if orientation not in self._ink:
            self._ink[orientation] = ink_margins_mm(self.document, orientation)
        note = print_note(printer, self.document, paper_ok, self._ink[orientation])
        self.print_note_label.setText(note)
        self.print_note_label.setVisible(bool(note))
        return note

    def save_as(self) -> Path | None:
        path = save_file_name(self, self.tr("Lưu văn bản thành tệp PDF"), self.suggested_name, self.tr("Tệp PDF (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            atomic_write_bytes(target, self.pdf_bytes)
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.saved_path = target
        self.print_note_label.setText(self.tr("Đã lưu tệp PDF: {path}").format(path=str(target)))
        self.print_note_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.print_note_label.show()
        return target


_open_previews: set[DocumentPreview] = set()


def preview_document(parent: QWidget | None, ctx, title: str, suggested_name: str,
                     make_pdf: Callable[..., bytes]) -> None:
    """Make the PDF off the UI thread from a read-only session, then open its preview."""

    def work(_progress) -> bytes:
        with ctx.store.read() as tx:
            return make_pdf(tx)

    def done(pdf: bytes) -> None:
        try:
            dialog = DocumentPreview(pdf, title, suggested_name, parent)
        except DomainError as exc:
            show_error(parent, exc)
            return
        # Python must hold the dialog while it is open: a preview without a parent would be
        # collected the moment this function returns.
        _open_previews.add(dialog)
        dialog.finished.connect(lambda _result: _open_previews.discard(dialog))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()

    run_task(parent, tr("Đang tạo văn bản…", "DocumentPreview"), work, done, lambda exc: show_error(parent, exc))
