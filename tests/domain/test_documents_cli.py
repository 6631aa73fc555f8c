"""`kh130 pdf …`: the same documents from the command line, with one-line errors."""

from __future__ import annotations

import io
import re

import pypdf

from kh130_desktop.cli import run
from kh130_desktop.domain.book.roster import summoned_on
from kh130_desktop.domain.book.sessions import latest_session


def _text(path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def test_minutes_default_to_the_latest_session(demo_store, data_dir, tmp_path, capsys):
    target = tmp_path / "bb.pdf"
    assert run(["pdf", "minutes", "--data-dir", str(data_dir), "-o", str(target)]) == 0
    text = _text(target)
    assert "BIÊN BẢN" in text and "Hòa An, ngày 09 tháng 12 năm 2022" in text
    assert str(target) in capsys.readouterr().out


def test_plan_without_member_prints_every_summoned_members_plan(demo_store, data_dir, tmp_path):
    with demo_store.read() as tx:
        day = latest_session(tx).held_on
        names = [s.member.full_name for s in summoned_on(tx, day)]
    target = tmp_path / "plans.pdf"
    assert run(["pdf", "plan", "--data-dir", str(data_dir), "-o", str(target)]) == 0
    text = _text(target)
    assert text.count("KẾ HOẠCH CÁ NHÂN") == len(names)
    for name in names:
        assert f"Họ và tên: {name}" in text


def test_report_of_a_quarter_and_the_key_slip(demo_store, data_dir, tmp_path):
    report, slip = tmp_path / "bc.pdf", tmp_path / "key.pdf"
    assert run(["--data-dir", str(data_dir), "pdf", "report", "--period", "2022-Q3", "-o", str(report)]) == 0
    assert "quý III/2022" in _text(report)
    assert run(["pdf", "keyslip", "--data-dir", str(data_dir), "-o", str(slip)]) == 0
    assert "PHIẾU ĐĂNG KÝ KHÓA KÝ BÁO CÁO" in _text(slip)


def test_errors_are_one_vietnamese_line_and_write_nothing(demo_store, data_dir, tmp_path, capsys):
    target = tmp_path / "x.pdf"
    assert run(["pdf", "minutes", "--session", "999", "--data-dir", str(data_dir), "-o", str(target)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Lỗi: Không tìm thấy buổi sinh hoạt") and "\n" not in err
    assert run(["pdf", "report", "--period", "2022-Q5", "--data-dir", str(data_dir), "-o", str(target)]) == 1
    assert "Kỳ báo cáo" in capsys.readouterr().err
    assert not target.exists()


def test_empty_store_says_what_is_missing(store, data_dir, tmp_path, capsys):
    target = tmp_path / "x.pdf"
    assert run(["pdf", "minutes", "--data-dir", str(data_dir), "-o", str(target)]) == 1
    assert "Chưa có buổi sinh hoạt" in capsys.readouterr().err
    assert not target.exists()


def test_consolidated_from_the_receiving_store(demo_store, data_dir, tmp_path, capsys):
    target = tmp_path / "th.pdf"
    # Without the committee's profile the heading would be a bare "ĐẢNG ỦY": refused, saying how.
    assert run(["pdf", "consolidated", "--period", "2022", "--data-dir", str(data_dir), "-o", str(target)]) == 1
    assert "kh130 committee set" in capsys.readouterr().err and not target.exists()
    assert run(["committee", "set", "--name", "ĐẢNG ỦY XÃ HÒA AN", "--superior", "ĐẢNG BỘ TỈNH CAO BẰNG",
                "--place", "Hòa An", "--data-dir", str(data_dir)]) == 0
    assert run(["pdf", "consolidated", "--data-dir", str(data_dir), "-o", str(target)]) == 1
    assert "Chưa nhận báo cáo nào" in capsys.readouterr().err and not target.exists()
    assert run(["pdf", "consolidated", "--period", "2022", "--data-dir", str(data_dir), "-o", str(target)]) == 0
    text = _text(target)
    assert "BÁO CÁO TỔNG HỢP" in text and "năm 2022" in text
    assert "ĐẢNG ỦY XÃ HÒA AN" in text and "Hòa An" in text and "……" not in text
