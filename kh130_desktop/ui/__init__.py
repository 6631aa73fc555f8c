"""The Qt interface. Imports PySide6 only through `ui.qt`; writes to the store only by
calling domain functions."""
