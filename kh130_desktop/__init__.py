"""KH130 Desktop: the cell secretary's record book for Plan 130-KH/TU, offline."""

__version__ = "0.1.0"
