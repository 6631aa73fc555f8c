"""The bundled serif (Liberation Serif, metric-compatible with Times New Roman, all of Vietnamese).

Registered with reportlab once per process: parsing four TrueType files costs more than laying
out a page, so every later document reuses them. Embedded (subset) in every PDF, so a machine
with no fonts prints the same, and no base-14 font is ever referenced.
"""

from __future__ import annotations

import threading

from ...paths import resources_dir
from ..errors import StoreError, t

SERIF = "KH130Serif"
SERIF_BOLD = "KH130Serif-Bold"
SERIF_ITALIC = "KH130Serif-Italic"
SERIF_BOLD_ITALIC = "KH130Serif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family (idempotent, thread-safe); returns the regular face's name."""
    global _registered
    if _registered:
        return SERIF
    with _lock:
        if _registered:
            return SERIF
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = resources_dir() / "fonts"
        try:
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        except (OSError, Exception) as exc:  # a missing or damaged bundle: say so, not a traceback
            raise StoreError(
                "Không nạp được phông chữ in văn bản (Liberation Serif).",
                hint=t("Cài lại chương trình; thư mục phông chữ: {folder}.", folder=folder),
            ) from exc
        pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC)
        for bold, italic, face in ((0, 0, SERIF), (1, 0, SERIF_BOLD), (0, 1, SERIF_ITALIC), (1, 1, SERIF_BOLD_ITALIC)):
            addMapping(SERIF, bold, italic, face)
        _registered = True
    return SERIF
