"""Replacing a file another program holds open (Windows): retried briefly, then a clear message.

Windows refuses the rename with a PermissionError carrying `winerror` 32 (sharing violation)
or 5 (access denied); here that error is faked, so the tests run on any system.
"""

from __future__ import annotations

import errno
import os

import pytest

from kh130_desktop.domain.errors import StoreError
from kh130_desktop.domain.store import files
from kh130_desktop.domain.store.files import atomic_write_bytes, replace_file


def held_open(winerror: int = 32) -> PermissionError:
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another process")
    exc.winerror = winerror  # what Windows sets; the attribute does not exist on POSIX errors
    return exc


@pytest.fixture
def slept(monkeypatch):
    waits: list[float] = []
    monkeypatch.setattr(files.time, "sleep", waits.append)
    return waits


def flaky_replace(monkeypatch, failures: int, winerror: int = 32) -> list[tuple]:
    real = os.replace
    calls: list[tuple] = []

    def replace(source, target):
        calls.append((source, target))
        if len(calls) <= failures:
            raise held_open(winerror)
        return real(source, target)

    monkeypatch.setattr(files.os, "replace", replace)
    return calls


@pytest.mark.parametrize("winerror", [32, 5])
def test_a_file_held_open_for_a_moment_is_replaced_after_a_few_tries(tmp_path, monkeypatch, slept, winerror):
    target = tmp_path / "Báo cáo năm 2022.pdf"
    target.write_bytes(b"old")
    calls = flaky_replace(monkeypatch, failures=3, winerror=winerror)

    assert atomic_write_bytes(target, b"new") == target

    assert target.read_bytes() == b"new"
    assert len(calls) == 4 and slept == list(files.REPLACE_RETRY_DELAYS[:3])
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_a_file_that_stays_open_gives_up_with_a_clear_vietnamese_message(tmp_path, monkeypatch, slept):
    folder = tmp_path / "Tài liệu"
    folder.mkdir()
    target = folder / "danh-sach.csv"
    target.write_bytes(b"old")
    calls = flaky_replace(monkeypatch, failures=10**6)

    with pytest.raises(StoreError) as caught:
        atomic_write_bytes(target, b"new")

    error = caught.value
    assert error.code == "FileInUse"
    assert error.message == f"Không thay được tệp danh-sach.csv trong {folder}: tệp đang được một chương trình khác mở."
    assert "Đóng chương trình đang mở tệp này" in error.hint and "Excel" in error.hint
    assert len(calls) == len(files.REPLACE_RETRY_DELAYS) + 1
    assert 2 <= sum(slept) <= 3  # a couple of seconds, not a hang
    assert target.read_bytes() == b"old"  # the old file is untouched
    assert [p.name for p in folder.iterdir()] == ["danh-sach.csv"]  # and the temporary file is gone


def test_a_real_permission_problem_is_not_retried(tmp_path, monkeypatch, slept):
    # POSIX (no winerror): a rename refused for permissions will not succeed on a second try.
    def refuse(source, target):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(StoreError) as caught:
        atomic_write_bytes(tmp_path / "x.pdf", b"new")
    assert slept == []
    assert caught.value.message.startswith("Không có quyền ghi vào")
    assert list(tmp_path.iterdir()) == []


def test_replace_file_is_os_replace_when_nothing_holds_the_file(tmp_path, slept):
    source, target = tmp_path / "a.tmp", tmp_path / "b"
    source.write_bytes(b"1")
    target.write_bytes(b"0")
    replace_file(source, target)
    assert target.read_bytes() == b"1" and not source.exists() and slept == []


def test_replace_file_lets_other_errors_through_for_the_callers_message(tmp_path, slept):
    with pytest.raises(FileNotFoundError):
        replace_file(tmp_path / "missing.tmp", tmp_path / "b")
    assert slept == []
