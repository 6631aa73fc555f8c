import os
import sqlite3
import subprocess
import sys

from kh130_desktop.domain.exchange.identity import ensure_identity, fingerprint


def kh130(*args, data_dir):
    env = dict(os.environ, KH130_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "kh130_desktop", *args], capture_output=True, text=True, env=env)


def test_demo_fills_an_empty_store_and_refuses_a_second_time(tmp_path):
    folder = tmp_path / "x"
    first = kh130("demo", data_dir=folder)
    assert first.returncode == 0, first.stderr
    con = sqlite3.connect(folder / "kh130.sqlite3")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM member").fetchone()[0] >= 25
    statuses = {r[0] for r in con.execute("SELECT DISTINCT status FROM member")}
    assert statuses == {"chinh_thuc", "du_bi", "sinh_hoat_tam_thoi", "tam_thoi_di", "mien_sinh_hoat", "dinh_chi"}
    kinds = {r[0] for r in con.execute("SELECT DISTINCT kind FROM study_session WHERE year = 2022")}
    assert {"hoi_nghi_quan_triet", "chuyen_de_quy"} <= kinds
    quarters = {r[0] for r in con.execute("SELECT quarter FROM study_session WHERE kind = 'chuyen_de_quy'")}
    assert quarters == {2, 3, 4}
    states = {r[0] for r in con.execute("SELECT DISTINCT state FROM attendance")}
    assert states == {"co_mat", "di_muon", "vang_co_ly_do", "vang_khong_ly_do"}
    assert con.execute("SELECT count(*) FROM pledge").fetchone()[0] >= 50
    assert con.execute("SELECT count(*) FROM pledge_progress").fetchone()[0] >= 100
    levels = {r[0] for r in con.execute("SELECT DISTINCT level FROM year_review")}
    assert len(levels) == 4
    before = con.execute("SELECT count(*) FROM member").fetchone()[0]
    con.close()

    again = kh130("demo", data_dir=folder)
    assert again.returncode != 0
    assert "đã có dữ liệu" in again.stderr and "Traceback" not in again.stderr
    assert sqlite3.connect(folder / "kh130.sqlite3").execute("SELECT count(*) FROM member").fetchone()[0] == before


def test_demo_killed_midway_leaves_the_store_as_it_was(store):
    from kh130_desktop.domain.book.demo import fill_demo

    calls = []

    def boom():
        calls.append(1)
        if len(calls) == 20:
            raise KeyboardInterrupt  # as if the process was stopped halfway through the roster

    try:
        fill_demo(store, _after_each=boom)
    except KeyboardInterrupt:
        pass
    con = sqlite3.connect(store.path)
    assert con.execute("SELECT count(*) FROM member").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM cell").fetchone()[0] == 0
    fill_demo(store)  # and it can then be filled whole
    assert con.execute("SELECT count(*) FROM member").fetchone()[0] >= 25


def test_keys_show_prints_the_fingerprint_first_and_the_same_every_time(tmp_path):
    folder = tmp_path / "k"
    one = kh130("keys", "show", data_dir=folder)
    two = kh130("keys", "show", data_dir=folder)
    assert one.returncode == 0, one.stderr
    line = one.stdout.splitlines()[0]
    assert line == two.stdout.splitlines()[0]
    assert len(line.replace(" ", "")) == 64
    pem = kh130("keys", "show", "--pem", data_dir=folder).stdout
    assert pem.startswith("-----BEGIN PUBLIC KEY-----")
    from cryptography.hazmat.primitives import serialization
    from kh130_desktop.domain.exchange.identity import public_raw

    assert fingerprint(public_raw(serialization.load_pem_public_key(pem.encode()))) == line
    if os.name == "posix":
        assert (folder / "identity" / "installation.key").stat().st_mode & 0o077 == 0


def test_identity_is_made_once(store, data_dir):
    a = ensure_identity(store, data_dir)
    b = ensure_identity(store, data_dir)
    assert a.installation_id == b.installation_id and a.fingerprint == b.fingerprint
