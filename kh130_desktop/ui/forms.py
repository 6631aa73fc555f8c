"""Forms designed in Qt Designer (`forms/*.ui`), loaded at run time: code adds behaviour, not widgets."""

from __future__ import annotations

from ..paths import forms_dir
from .qt import QFile, QIODevice, QUiLoader, QWidget


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load `forms/<name>.ui`; its child widgets are reachable with `findChild(Type, "objectName")`."""
    path = forms_dir() / f"{name}.ui"
    handle = QFile(str(path))
    if not handle.open(QIODevice.ReadOnly):
        raise FileNotFoundError(f"form {path} not found")
    try:
        loader = QUiLoader()
        widget = loader.load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise RuntimeError(f"form {path} could not be loaded: {loader.errorString()}")
    return widget
