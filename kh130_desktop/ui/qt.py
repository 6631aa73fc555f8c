"""The one place the interface imports Qt from (as Anki's aqt.qt): a Qt upgrade touches this file.

Only the modules the app uses, so the frozen bundle can leave the rest out.

Names are looked up on first use (PEP 562 `__getattr__`) rather than star-imported: a star
import makes shiboken build every one of Qt's ~1,500 wrapper types at start, which cost more
than Qt itself in bench/startup.py.
"""

from PySide6 import QtCore, QtGui, QtWidgets

_MODULES = (QtCore, QtGui, QtWidgets)
_EXTRA = {
    "QPrintDialog": "PySide6.QtPrintSupport", "QPrinter": "PySide6.QtPrintSupport",
    "QPrintPreviewDialog": "PySide6.QtPrintSupport",
    "QPdfDocument": "PySide6.QtPdf", "QPdfDocumentRenderOptions": "PySide6.QtPdf",
    "QPdfView": "PySide6.QtPdfWidgets",
    "QUiLoader": "PySide6.QtUiTools",
    "isValid": "shiboken6",  # whether a widget's C++ side still exists
}


def __getattr__(name: str):
    if name in _EXTRA:
        import importlib

        value = getattr(importlib.import_module(_EXTRA[name]), name)
    else:
        for module in _MODULES:
            value = getattr(module, name, None)
            if value is not None:
                break
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # next time a plain module attribute
    return value
