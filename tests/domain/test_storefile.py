"""The first look at the store (domain/storefile.py): what the window shows before SQLAlchemy is
loaded must be the store's own data, and nothing at all when the file is not sound and current."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kh130_desktop.domain.store import glance as storefile
from kh130_desktop.domain.book.cell import CellData, find_cell, update_cell
from kh130_desktop.domain.store.settings import set_mode
from kh130_desktop.domain.store.engine import STORE_FILENAME, Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_schema_head_is_the_newest_migration():
    # Adding a migration without moving SCHEMA_HEAD along would make every start after an
    # update skip it; this is the test that catches it.
    assert storefile.SCHEMA_HEAD == Store.head_revision()


def test_glance_shows_the_cell_the_store_holds(demo_store, data_dir):
    demo_store_cell = None
    with demo_store.read() as tx:
        demo_store_cell = find_cell(tx)
    demo_store.dispose()
    seen = storefile.glance(data_dir)
    assert seen is not None and seen.mode == "cell"
    cell = CellData(**seen.cell)
    assert cell.name == demo_store_cell.name == "Chi bộ thôn Nà Lữ"
    assert cell.superior_bodies == demo_store_cell.superior_bodies
    assert (cell.cell_type, cell.place_name, cell.commune, cell.province) == (
        demo_store_cell.cell_type, demo_store_cell.place_name, demo_store_cell.commune, demo_store_cell.province)


def test_glance_follows_an_edit_and_the_mode(demo_store, data_dir):
    with demo_store.transaction() as tx:
        update_cell(tx, CellData(name="Chi bộ xóm Bó Rạ", superior_bodies="ĐẢNG BỘ TỈNH CAO BẰNG\nĐẢNG ỦY XÃ HÀ QUẢNG",
                                 place_name="Hà Quảng"))
    assert storefile.glance(data_dir).cell["name"] == "Chi bộ xóm Bó Rạ"
    with demo_store.transaction() as tx:
        set_mode(tx, "receiving")
    assert storefile.glance(data_dir).mode == "receiving"


def test_glance_of_a_store_without_a_cell_says_so(store, data_dir):
    seen = storefile.glance(data_dir)
    assert seen is not None and seen.cell is None and seen.mode == "cell"


def test_glance_leaves_the_store_file_as_it_was(demo_store, data_dir):
    demo_store.dispose()
    path = data_dir / STORE_FILENAME
    before = _digest(path)
    assert storefile.glance(data_dir) is not None
    assert _digest(path) == before


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + bytes(20)])
def test_glance_looks_away_from_a_file_that_is_not_a_store(content, tmp_path):
    (tmp_path / STORE_FILENAME).write_bytes(content)
    assert storefile.glance(tmp_path) is None


def test_glance_looks_away_when_there_is_no_store(tmp_path):
    assert storefile.glance(tmp_path) is None
    assert storefile.glance(tmp_path / "missing") is None


def test_glance_looks_away_from_a_damaged_store(demo_store, data_dir):
    demo_store.dispose()
    path = data_dir / STORE_FILENAME
    size = path.stat().st_size
    page = int.from_bytes(path.read_bytes()[16:18], "big")  # the page size, from the header
    with open(path, "r+b") as handle:  # a zeroed page in the middle, as a power cut might leave
        handle.seek((size // page // 2) * page)
        handle.write(bytes(page))
    assert storefile.diagnose(data_dir)
    assert storefile.glance(data_dir) is None


def test_glance_looks_away_from_someone_elses_database(tmp_path):
    conn = sqlite3.connect(tmp_path / STORE_FILENAME)
    conn.execute("CREATE TABLE cell (name TEXT)")
    conn.execute("INSERT INTO cell VALUES ('Chi bộ giả')")
    conn.commit()
    conn.close()
    assert storefile.glance(tmp_path) is None


def test_glance_looks_away_from_a_store_that_needs_a_migration(tmp_path):
    oldest = sorted(FIXTURES.glob("store-*.sqlite3"))[0]
    shutil.copy(oldest, tmp_path / STORE_FILENAME)
    assert storefile.schema_revision(sqlite3.connect(tmp_path / STORE_FILENAME)) != storefile.SCHEMA_HEAD
    assert storefile.glance(tmp_path) is None  # the window waits for the migration instead


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_glance_needs_no_orm(demo_store, data_dir):
    demo_store.dispose()
    out = _run(f"import sys; from kh130_desktop.domain.store.glance import glance; g = glance({str(data_dir)!r}); "
               "print(g.cell['name'], sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic') if m in sys.modules))")
    assert out == "Chi bộ thôn Nà Lữ []"


def test_opening_a_current_store_does_not_load_alembic(demo_store, data_dir):
    demo_store.dispose()
    out = _run(f"import sys; from kh130_desktop.domain.store.engine import Store; s = Store.open({str(data_dir)!r}); "
               "print(s.current_revision(), 'alembic' in sys.modules)")
    assert out == f"{storefile.SCHEMA_HEAD} False"


def test_glance_reads_a_store_in_a_folder_with_vietnamese_and_uri_characters(demo_store, data_dir, tmp_path):
    demo_store.dispose()
    folder = tmp_path / "Dữ liệu chi bộ #1 ?100% & more"
    folder.mkdir()
    shutil.copy(data_dir / STORE_FILENAME, folder / STORE_FILENAME)
    seen = storefile.glance(folder)
    assert seen is not None and seen.cell["name"] == "Chi bộ thôn Nà Lữ"


def test_a_large_store_gets_no_first_look_so_the_window_is_not_held_back(demo_store, data_dir, monkeypatch):
    demo_store.dispose()
    size = (data_dir / STORE_FILENAME).stat().st_size
    monkeypatch.setattr(storefile, "GLANCE_MAX_BYTES", size - 1)
    assert storefile.glance(data_dir) is None
    monkeypatch.setattr(storefile, "GLANCE_MAX_BYTES", size)
    assert storefile.glance(data_dir) is not None
