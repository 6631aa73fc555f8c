import sqlite3
import unicodedata

import pytest
from sqlmodel import select

from kh130_desktop.domain.book.cell import CellData, create_cell, get_cell
from kh130_desktop.domain.errors import StoreError, ValidationError
from kh130_desktop.domain.store.tables import Member
from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.domain.store.engine import STORE_FILENAME, Store


def test_new_store_is_wal_with_foreign_keys_and_alembic_head(store):
    con = sqlite3.connect(store.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == Store.head_revision()
    assert store.integrity_check(quick=False) == []
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_text_is_stored_as_nfc_whatever_the_form_typed(store):
    nfd_name = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert nfd_name != "Nguyễn Thị Ánh"
    with store.transaction() as tx:
        member = add_member(tx, MemberData(full_name=nfd_name))
        member.notes = unicodedata.normalize("NFD", "Đảng viên ưu tú")  # a raw attribute write too
        tx.add(member)
    raw = sqlite3.connect(store.path).execute("SELECT full_name, notes FROM member").fetchone()
    assert raw == ("Nguyễn Thị Ánh", "Đảng viên ưu tú")
    assert all(unicodedata.is_normalized("NFC", v) for v in raw)


def test_a_failed_action_changes_nothing(store):
    with pytest.raises(ValidationError):
        with store.transaction() as tx:
            add_member(tx, MemberData(full_name="Lò Văn Pọ"))
            add_member(tx, MemberData(full_name=""))  # refused: the first is rolled back too
    with store.read() as tx:
        assert tx.exec(select(Member)).all() == []


def test_a_file_that_is_not_a_store_is_refused_with_a_clear_message(tmp_path):
    (tmp_path / STORE_FILENAME).write_bytes(b"this is a spreadsheet, not a database" * 200)
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert "hỏng" in info.value.message


def test_a_store_from_a_newer_version_is_not_opened(tmp_path):
    s = Store.open(tmp_path)
    with s.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num='9999_future'")
    s.dispose()
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert "mới hơn" in info.value.message


def test_cell_profile_needs_name_superior_and_place(store):
    with store.transaction() as tx:
        with pytest.raises(ValidationError) as info:
            create_cell(tx, CellData(name="  ", superior_bodies="ĐẢNG ỦY XÃ HÒA AN", place_name="Hòa An"))
        assert info.value.field == "name"
        with pytest.raises(ValidationError) as info:
            create_cell(tx, CellData(name="Chi bộ thôn Nà Lữ", superior_bodies="", place_name="Hòa An"))
        assert info.value.field == "superior_bodies"
        create_cell(tx, CellData(name="Chi bộ  thôn Nà Lữ ", superior_bodies="ĐẢNG BỘ TỈNH CAO BẰNG\n\n ĐẢNG ỦY XÃ HÒA AN ",
                                 place_name="Hòa An", cell_type="Thôn, bản"))
    with store.read() as tx:
        cell = get_cell(tx)
        assert cell.name == "Chi bộ thôn Nà Lữ"
        assert cell.superior_bodies.splitlines() == ["ĐẢNG BỘ TỈNH CAO BẰNG", "ĐẢNG ỦY XÃ HÒA AN"]
        assert cell.cell_type == "thon_ban"
