"""Ruled tables and QR codes for the printed documents: a table's rows never split and its
header repeats; its text is 12 pt where every word fits its column, else 11 pt."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from .fonts import SERIF


TABLE_SIZES = (12, 11)  # points: the largest that lets every word of every column fit


def _resized(cell, size: float):
    if isinstance(cell, Paragraph):
        style = cell.style
        return Paragraph(cell.text, style.clone(f"{style.name}_{size}", fontSize=size, leading=size + 2))
    return cell


def _fits(rows: list[list], widths: list[float], padding: float) -> bool:
    for row in rows:
        for cell, width in zip(row, widths):
            if isinstance(cell, Paragraph) and cell.minWidth() > width - padding + 0.01:
                return False
    return True


def grid(rows: list[list], widths: list[float], *, header_rows: int = 1, align_right_from: int | None = None,
         extra: list[tuple] | None = None) -> Table:
    """A ruled table whose header rows repeat on every page and whose rows never split; at
    12 pt when every word fits its column, else 11 pt."""
    padding = 6
    for size in TABLE_SIZES:
        sized = [[_resized(c, size) for c in row] for row in rows] if size != TABLE_SIZES[0] else rows
        if _fits(sized, widths, padding):
            break
    table = Table(sized, colWidths=widths, repeatRows=header_rows, hAlign="CENTER", splitInRow=0)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += extra or []
    table.setStyle(TableStyle(commands))
    return table


def qr_drawing(text: str, size: float):
    """A QR code of `text` (error correction M), `size` wide and high."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(text, barLevel="M", barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0],
                      initialFontName=SERIF)  # else the renderer names Helvetica in the PDF
    drawing.add(widget)
    return drawing
