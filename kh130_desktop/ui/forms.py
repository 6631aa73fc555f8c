"""Forms designed in Qt Designer (`forms/*.ui`), loaded at run time: code adds behaviour, not widgets."""

from __future__ import annotations

from ..paths import forms_dir
from .qt import QCoreApplication, QFile, QIODevice, QUiLoader, QVBoxLayout, QWidget

_loader = None


def _the_loader():
    """One loader for every form, made without plugin paths: our forms use Qt's own widgets
    and our own date and time fields (ui/widgets/date_field.py, registered here), and
    QUiLoader's constructor otherwise loads every Qt Designer plugin it finds (from a venv:
    PySide's and QtQuick's, ~20 ms before the first page shows). The frozen bundle ships none,
    so both load forms the same way."""
    global _loader
    if _loader is None:
        paths = QCoreApplication.libraryPaths()
        QCoreApplication.setLibraryPaths([])
        try:
            loader = QUiLoader()
        finally:
            QCoreApplication.setLibraryPaths(paths)
        from .widgets.date_field import DateField, TimeField

        for widget in (DateField, TimeField):
            loader.registerCustomWidget(widget)
        _loader = loader
    return _loader


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load `forms/<name>.ui`; its child widgets are reachable with `findChild(Type, "objectName")`."""
    path = forms_dir() / f"{name}.ui"
    handle = QFile(str(path))
    if not handle.open(QIODevice.ReadOnly):
        raise FileNotFoundError(f"form {path} not found")
    try:
        loader = _the_loader()
        widget = loader.load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise RuntimeError(f"form {path} could not be loaded: {loader.errorString()}")
    return widget


def embed_form(name: str, host: QWidget) -> QWidget:
    """Load `forms/<name>.ui` and make it fill `host` (no margins of its own); returns the form."""
    form = load_form(name, host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form
