"""The cell profile as the forms edit it, without the ORM (store/glance.py reads it before
SQLAlchemy is loaded; book/cell.py validates and stores it)."""

from __future__ import annotations

from dataclasses import dataclass

from .vocabulary import CellType


@dataclass
class CellData:
    name: str
    cell_type: str = CellType.VILLAGE.value
    superior_bodies: str = ""  # one per line, highest first
    receiving_committee: str = ""
    place_name: str = ""
    commune: str = ""
    province: str = "Cao Bằng"
