"""The cell profile: its name, type, superior bodies for document headers, place name."""

from __future__ import annotations

from dataclasses import fields

from sqlmodel import Session, select

from .cell_data import CellData
import datetime as dt

from .roster import MemberData, add_member, set_records_from
from ..errors import NotFoundError, ValidationError
from ..store.tables import Cell, Member
from ..text import clean
from .vocabulary import CellType, Role, parse


def check_cell(data: CellData) -> dict:
    """The cleaned values of a profile, or a ValidationError naming the field: what the
    first-start wizard checks before going on, without touching the store."""
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    values["name"] = clean(values["name"])
    if not values["name"]:
        raise ValidationError("Chưa nhập tên chi bộ.", hint="Ví dụ: Chi bộ thôn Nà Lữ.", field="name")
    values["cell_type"] = parse(CellType, values["cell_type"]).value
    lines = [clean(line) for line in (values["superior_bodies"] or "").splitlines()]
    values["superior_bodies"] = "\n".join(line for line in lines if line)
    if not values["superior_bodies"]:
        raise ValidationError(
            "Chưa nhập cấp ủy cấp trên để in ở góc trái văn bản.",
            hint="Ví dụ: ĐẢNG BỘ XÃ HÒA AN (mỗi cấp một dòng, cấp cao nhất ở trên).",
            field="superior_bodies",
        )
    for key in ("receiving_committee", "place_name", "commune", "province"):
        values[key] = clean(values[key])
    if not values["place_name"]:
        raise ValidationError("Chưa nhập địa danh ghi ở dòng ngày tháng.", hint="Ví dụ: Hòa An.", field="place_name")
    return values


def create_cell(tx: Session, data: CellData) -> Cell:
    if tx.exec(select(Cell)).first() is not None:
        raise ValidationError("Kho dữ liệu này đã có chi bộ.", hint="Sửa hồ sơ chi bộ thay vì tạo mới.")
    cell = Cell(**check_cell(data))
    tx.add(cell)
    tx.flush()
    return cell


def create_cell_with_secretary(tx: Session, data: CellData, secretary: MemberData, records_from: dt.date | None = None) -> Cell:
    """The first start: the cell's profile, the first day of its book (1 January of this year
    unless given) and its secretary, in one action."""
    cell = create_cell(tx, data)
    if records_from is not None:
        set_records_from(tx, records_from)
    add_member(tx, secretary)
    return cell


def update_cell(tx: Session, data: CellData) -> Cell:
    cell = get_cell(tx)
    for key, value in check_cell(data).items():
        setattr(cell, key, value)
    tx.add(cell)
    tx.flush()
    return cell


def get_cell(tx: Session) -> Cell:
    cell = tx.exec(select(Cell)).first()
    if cell is None:
        raise NotFoundError("Chưa có hồ sơ chi bộ.", hint="Tạo hồ sơ chi bộ ở lần mở đầu tiên.")
    return cell


def find_cell(tx: Session) -> Cell | None:
    return tx.exec(select(Cell)).first()


def superior_lines(cell: Cell) -> list[str]:
    return [line for line in cell.superior_bodies.splitlines() if line.strip()]


def secretary(tx: Session) -> Member | None:
    """The current secretary (bí thư) of the cell, from the roster."""
    return tx.exec(select(Member).where(Member.role == Role.SECRETARY.value, Member.left_on.is_(None))).first()
