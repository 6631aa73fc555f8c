"""Preview, print and save the printed documents: the PDF that reportlab made, nothing laid out twice.

The preview shows the PDF with QPdfView; printing renders each page onto the QPrinter from the
system's print dialog; saving writes the same bytes atomically. Making the PDF runs off the UI
thread (`preview_document`), inside a read-only session of the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import DomainError
from ..domain.store.files import atomic_write_bytes
from .common import show_error, tr
from .qt import (
    QApplication,
    QBuffer,
    QByteArray,
    QColor,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QImage,
    QIODevice,
    QLabel,
    QPainter,
    QPdfDocument,
    QPdfDocumentRenderOptions,
    QPdfView,
    QPrintDialog,
    QPrinter,
    QPushButton,
    QRect,
    QSize,
    QStandardPaths,
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


def print_document(document: QPdfDocument, printer: QPrinter, first: int = 1, last: int = 0) -> int:
    """Print pages `first`..`last` (1-based; 0: to the end) onto the printer; returns how many."""
    count = document.pageCount()
    last = count if last <= 0 else min(last, count)
    first = max(1, first)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError(tr("Không bắt đầu in được.", "DocumentPreview"),
                          hint=tr("Kiểm tra máy in đã bật và được chọn đúng.", "DocumentPreview"))
    printed = 0
    try:
        for index in range(first - 1, last):
            if printed:
                printer.newPage()
            image = page_image(document, index, dpi)
            target = painter.viewport()
            # Keep the page's proportions inside the printable area.
            scale = min(target.width() / image.width(), target.height() / image.height())
            width, height = round(image.width() * scale), round(image.height() * scale)
            painter.drawImage(QRect((target.width() - width) // 2, 0, width, height), image)
            printed += 1
    finally:
        painter.end()
    return printed


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
        layout.addLayout(bottom)

    # --- actions -------------------------------------------------------------------------------
    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In văn bản"))
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.Accepted:
            return
        first, last = (printer.fromPage(), printer.toPage()) if printer.printRange() == QPrinter.PageRange else (1, 0)
        try:
            print_document(self.document, printer, first, last)
        except DomainError as exc:
            show_error(self, exc)
        except Exception as exc:  # noqa: BLE001  a printer driver's failure: logged, shown plainly
            show_error(self, exc)

    def save_as(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Lưu văn bản thành tệp PDF"),
                                                    str(Path(folder) / self.suggested_name), self.tr("Tệp PDF (*.pdf)"))
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
