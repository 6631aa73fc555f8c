"""The command line of the exchange: export, keys trust, verify, import --dry-run, import."""

from __future__ import annotations

import io
import zipfile

import pytest

from kh130_desktop.cli import run
from kh130_desktop.domain.exchange.identity import ensure_identity


def test_export_trust_verify_import(demo_store, data_dir, tmp_path, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    cell = ["--data-dir", str(data_dir)]
    committee = ["--data-dir", str(tmp_path / "committee")]
    assert run(["export", "--period", "2022-Q2", "-o", str(usb)] + cell) == 0
    files = list(usb.glob("*.kh130"))
    assert len(files) == 1 and files[0].name.endswith("_2022-Q2_0001.kh130")
    first = files[0].read_bytes()
    assert run(["export", "--period", "2022-Q2", "-o", str(usb)] + cell) == 0
    assert files[0].read_bytes() == first  # the same revision, the same bytes
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        assert zf.namelist()[:2] == ["manifest.json", "manifest.sig"] and "report.json" in zf.namelist()
    pem = tmp_path / "cell.pem"
    pem.write_text(ensure_identity(demo_store, data_dir).public_pem())
    capsys.readouterr()

    assert run(["verify", str(files[0])]) == 0
    assert "hợp lệ — tệp báo cáo của Chi bộ thôn Nà Lữ, kỳ 2022-Q2" in capsys.readouterr().out  # its kind first
    broken = tmp_path / "broken.kh130"
    broken.write_bytes(first[: len(first) // 3])
    assert run(["verify", str(files[0]), str(broken)]) == 3  # something invalid
    out = capsys.readouterr().out
    assert "broken.kh130: KHÔNG HỢP LỆ" in out and "cắt cụt" in out

    assert run(["import", "--dry-run", str(usb)] + committee) == 4  # held for approval, as the import would
    assert "[thử]" in (out := capsys.readouterr().out) and "Chờ phê duyệt khóa" in out
    assert run(["keys", "trust", str(pem), "--cell-name", "Chi bộ thôn Nà Lữ", "--fingerprint", "0000"] + committee) == 1
    assert "Dấu vân tay" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:  # a key is trusted for a named cell
        run(["keys", "trust", str(pem)] + committee)
    assert usage.value.code == 2 and "--cell" in capsys.readouterr().err
    assert run(["keys", "trust", str(pem), "--cell", "Chi bộ thôn Nà Lữ"] + committee) == 0
    assert run(["import", str(usb), str(broken)] + committee) == 3  # one rejected file: 3, the rest imported
    out = capsys.readouterr().out
    assert "Nhận — Chi bộ thôn Nà Lữ 2022-Q2 bản lần 1" in out and "broken.kh130: Từ chối" in out
    assert run(["import", str(usb)] + committee) == 0
    assert "Trùng" in capsys.readouterr().out


def test_committee_profile_on_the_command_line_makes_a_receiving_installation(tmp_path, capsys):
    from kh130_desktop.domain.exchange.registry import committee_profile
    from kh130_desktop.domain.store.engine import Store
    from kh130_desktop.domain.store.settings import get_mode

    folder = ["--data-dir", str(tmp_path / "committee")]
    assert run(["committee", "show"] + folder) == 0
    assert "(chưa khai báo)" in capsys.readouterr().out
    assert run(["committee", "set", "--name", "ĐẢNG ỦY XÃ HÒA AN", "--superior", "ĐẢNG BỘ TỈNH CAO BẰNG",
                "--superior", "ĐẢNG BỘ HUYỆN HÒA AN", "--place", "Hòa An", "--signer", "Nông Văn Dũng"] + folder) == 0
    assert run(["committee", "set", "--signer", "Lục Thị Hoa"] + folder) == 0  # the rest is kept
    out = capsys.readouterr().out
    assert "Cấp trên: ĐẢNG BỘ TỈNH CAO BẰNG / ĐẢNG BỘ HUYỆN HÒA AN" in out and "cấp ủy tiếp nhận" in out
    store = Store.open(tmp_path / "committee")
    with store.read() as tx:
        profile, mode = committee_profile(tx), get_mode(tx)
    store.dispose()
    assert (profile.name, profile.place_name, profile.signer_name, mode) == ("ĐẢNG ỦY XÃ HÒA AN", "Hòa An", "Lục Thị Hoa", "receiving")
    assert profile.uid
    assert run(["committee", "set", "--name", "  "] + folder) == 1
    assert "Chưa nhập tên cấp ủy" in capsys.readouterr().err
