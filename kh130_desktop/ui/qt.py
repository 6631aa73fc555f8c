"""The one place the interface imports Qt from (as Anki's aqt.qt): a Qt upgrade touches this file.

Only the modules the app uses, so the frozen bundle can leave the rest out.
"""

from PySide6.QtCore import *  # noqa: F401,F403
from PySide6.QtGui import *  # noqa: F401,F403
from PySide6.QtWidgets import *  # noqa: F401,F403
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog  # noqa: F401
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions  # noqa: F401
from PySide6.QtPdfWidgets import QPdfView  # noqa: F401
from PySide6.QtUiTools import QUiLoader  # noqa: F401
