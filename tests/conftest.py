"""Shared fixtures: a fresh store per test, the demo cell, and the offscreen platform."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from kh130_desktop.domain.store.engine import Store


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("KH130_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir) -> Store:
    s = Store.open(data_dir)
    yield s
    s.dispose()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory):
    """The demo cell built once per run; each test gets its own copy of the file."""
    from kh130_desktop.domain.book.demo import fill_demo

    folder = tmp_path_factory.mktemp("demo-template")
    s = Store.open(folder)
    fill_demo(s)
    with s.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    s.dispose()
    return folder


@pytest.fixture
def demo_store(_demo_template, data_dir) -> Store:
    import shutil

    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(_demo_template / "kh130.sqlite3", data_dir / "kh130.sqlite3")
    s = Store.open(data_dir)
    yield s
    s.dispose()
