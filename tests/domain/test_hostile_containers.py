"""Hostile containers: signed content intact, container altered outside the signed bytes (and
JSON that two readers could read two ways). Each is refused by `kh130 verify` and by the
import alike, changes nothing but its audit row, and never blocks the genuine file; the same
signed content in another sound container is "already received", never "forged"."""

from __future__ import annotations

import datetime as dt
import uuid
import zipfile
import zlib

import pytest

from kh130_desktop.cli import run
from kh130_desktop.domain.exchange import importer, registry
from kh130_desktop.domain.exchange.container import verify_bytes
from kh130_desktop.domain.exchange.outcomes import Outcome
from kh130_desktop.domain.exchange.refusal import ReportFileError
from kh130_desktop.domain.exchange.strict_json import MAX_JSON_DEPTH, canonical_json
from kh130_desktop.domain.store.engine import Store
from kh130_desktop.domain.store.exchange_tables import ReceivedReport
from report_files import (Line, add_directory_entry, hide_local_entry, local_header, members_of, report_data, rezip,
                          shift_offsets)

CREATED = dt.datetime(2022, 7, 2, 8, 0, tzinfo=dt.timezone.utc)
NAME = "Chi bộ thôn Nà Lữ"


@pytest.fixture(scope="module")
def line() -> Line:
    return Line(str(uuid.uuid4()), NAME)


@pytest.fixture(scope="module")
def genuine(line) -> bytes:
    return line.file("2022-Q2", CREATED, sequence=1)


def _overlapping(line: Line) -> bytes:
    """A sound signed file whose report.pdf carries, inside its bytes, a local header that a
    central directory entry points at: two entries share bytes (CVE-2024-0450's shape)."""
    inner = local_header("extra.bin", b"payload")
    data = line.file("2022-Q3", CREATED, sequence=9, pdf=b"%PDF-1.4\n" + inner + b"\n%%EOF\n")
    stored = rezip(members_of(data), zipfile.ZIP_STORED)
    return add_directory_entry(stored, "extra.bin", stored.find(inner), 7, zlib.crc32(b"payload"))


def _signed_report(line: Line, raw: bytes) -> bytes:
    return line.file("2022-Q4", CREATED, sequence=11, report_json=raw)


def _deep(line: Line) -> bytes:
    report = report_data(line.cell_uid, NAME, __import__("kh130_desktop.domain.book.periods", fromlist=["Period"]).Period(2022, 4))
    nested: list = []
    report["extra"] = nested
    for _ in range(MAX_JSON_DEPTH + 2):
        nested.append([])
        nested = nested[0]
    return _signed_report(line, canonical_json(report))


def _report_raw(line: Line) -> bytes:
    from kh130_desktop.domain.book.periods import Period

    return canonical_json(report_data(line.cell_uid, NAME, Period(2022, 4)))


# name -> (how to make it from the genuine file and its line, words the refusal says)
HOSTILE = {
    "prefix bytes": (lambda g, l: b"MZ junk before the ZIP" + g, "ngoài cấu trúc ZIP"),
    "prefix, offsets moved (self-extractor)": (lambda g, l: shift_offsets(g, 64), "trước thành phần đầu tiên"),
    "suffix bytes": (lambda g, l: g + b"trailing bytes", "thừa sau phần kết thúc"),
    "zip comment": (lambda g, l: rezip(members_of(g), comment=b"not signed"), "chú thích"),
    "hidden local entry": (lambda g, l: hide_local_entry(g), "byte ẩn giữa các thành phần"),
    "overlapping entries": (lambda g, l: _overlapping(l), "chồng lên nhau"),
    "symlink entry": (lambda g, l: rezip(members_of(g), attrs={"report.pdf": {"create_system": 3, "external_attr": 0o120777 << 16}}),
                      "symlink"),
    "directory entry (unix mode)": (lambda g, l: rezip(members_of(g), attrs={"report.pdf": {"create_system": 3, "external_attr": 0o040755 << 16}}),
                                    "thư mục"),
    "directory entry (dos attribute)": (lambda g, l: rezip(members_of(g), attrs={"report.pdf": {"external_attr": 0x10}}), "thư mục"),
    "directory entry (name)": (lambda g, l: rezip(members_of(g) + [("docs/", b"")]), "không an toàn"),
    "hidden attribute": (lambda g, l: rezip(members_of(g), attrs={"report.pdf": {"external_attr": 0x02}}), "thuộc tính lạ"),
    "case-duplicate names": (lambda g, l: rezip(members_of(g) + [("REPORT.json", b"{}")]), "chữ hoa, chữ thường"),
    "non-NFC name": (lambda g, l: rezip(members_of(g) + [("re\u0301port.json", b"{}")]), "NFC"),
    "duplicate JSON keys": (lambda g, l: _signed_report(l, _report_raw(l)[:-1] + b',"period":"2023"}'), "duplicate key"),
    "NaN": (lambda g, l: _signed_report(l, _report_raw(l)[:-1] + b',"x":NaN}'), "NaN"),
    "a number past a float": (lambda g, l: _signed_report(l, _report_raw(l)[:-1] + b',"x":1e400}'), "out of range"),
    "deep JSON": (lambda g, l: _deep(l), "lồng nhau quá sâu"),
}


@pytest.fixture
def committee(tmp_path, line) -> Store:
    store = Store.open(tmp_path / "committee")
    with store.transaction() as tx:
        registry.trust_key_pem(tx, line.pem(), cell_name=NAME)
    yield store
    store.dispose()


def _reports(store: Store) -> list[tuple]:
    with store.read() as tx:
        return [(r.manifest_sha256, r.container_sha256, r.current) for r in tx.exec(
            __import__("sqlmodel").select(ReceivedReport)).all()]


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_container_is_refused_by_verify_and_import_and_never_blocks_the_genuine_file(
        kind, line, genuine, committee, tmp_path, capsys):
    make, words = HOSTILE[kind]
    data = make(genuine, line)
    with pytest.raises(ReportFileError) as info:
        verify_bytes(data)
    assert words in str(info.value), str(info.value)
    path = tmp_path / "doctored.kh130"
    path.write_bytes(data)
    assert run(["verify", str(path)]) == 3
    assert "KHÔNG HỢP LỆ" in capsys.readouterr().out
    # The doctored copy arrives first: refused, nothing but its audit row...
    r = importer.import_bytes(committee, "doctored.kh130", data)
    assert r.outcome is Outcome.REJECTED and words in r.reason and _reports(committee) == []
    # ...and the genuine file after it is accepted, not called replayed or forged.
    assert importer.import_bytes(committee, "genuine.kh130", genuine).outcome is Outcome.ACCEPTED
    assert importer.import_bytes(committee, "doctored-again.kh130", data).outcome is Outcome.REJECTED
    with committee.read() as tx:
        assert [a.outcome for a in reversed(importer.audit_log(tx))] == ["rejected", "accepted", "rejected"]


def test_python_zipfile_alone_would_have_read_them(genuine, line):
    """The reason for our own reader: the lenient one lists the signed members of these."""
    import io

    for kind in ("prefix bytes", "suffix bytes", "hidden local entry", "prefix, offsets moved (self-extractor)"):
        data = HOSTILE[kind][0](genuine, line)
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            assert {"manifest.json", "manifest.sig", "report.json", "report.pdf"} <= set(zf.namelist()), kind


def test_the_same_signed_content_in_another_container_is_already_received(line, genuine, committee):
    other = rezip(members_of(genuine), zipfile.ZIP_STORED)  # re-packed by another tool: still sound
    assert other != genuine and verify_bytes(other).manifest_sha256 == verify_bytes(genuine).manifest_sha256
    assert importer.import_bytes(committee, "repacked.kh130", other).outcome is Outcome.ACCEPTED
    r = importer.import_bytes(committee, "genuine.kh130", genuine)
    assert r.outcome is Outcome.DUPLICATE and r.code == ""
    (stored,) = _reports(committee)
    assert stored[1] == verify_bytes(other).container_sha256  # the first container received is kept


def test_text_not_in_nfc_is_normalised_with_a_warning(line, committee, tmp_path, capsys):
    from kh130_desktop.domain.book.periods import Period
    import unicodedata

    decomposed = unicodedata.normalize("NFD", NAME)
    report = report_data(line.cell_uid, decomposed, Period(2022, 4))
    data = _signed_report(line, canonical_json(report))
    v = verify_bytes(data)
    assert v.warnings and "NFC" in v.warnings[0] and v.report["cell"]["name"] == NAME
    path = tmp_path / "nfd.kh130"
    path.write_bytes(data)
    assert run(["verify", str(path)]) == 0
    assert "hợp lệ" in (out := capsys.readouterr().out) and "NFC" in out
    r = importer.import_bytes(committee, "nfd.kh130", data)
    assert r.outcome is Outcome.ACCEPTED and "NFC" in r.reason


def test_a_sound_file_with_a_data_descriptor_and_unix_attributes_still_verifies(line, genuine):
    """Containers other tools make, within the rules: a data descriptor after each member
    (written to a stream) and regular-file Unix modes."""
    import io

    class Stream(io.RawIOBase):  # not seekable: zipfile writes data descriptors
        def __init__(self):
            self.buffer = bytearray()

        def writable(self):
            return True

        def write(self, b):
            self.buffer += b
            return len(b)

    stream = Stream()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members_of(genuine):
            info = zipfile.ZipInfo(name, date_time=(2022, 7, 1, 8, 0, 0))
            info.create_system, info.external_attr = 3, 0o100644 << 16
            zf.writestr(info, content)
    data = bytes(stream.buffer)
    assert data != genuine and verify_bytes(data).manifest_sha256 == verify_bytes(genuine).manifest_sha256


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_container_in_a_folder_is_refused_as_verify_refuses_it(kind, line, genuine, committee, tmp_path):
    """Through the folder import (its first pass reads each file's ZIP directory to order the
    batch) the refusal is verify's own, word for word, and the genuine file beside it is
    accepted."""
    data = HOSTILE[kind][0](genuine, line)
    with pytest.raises(ReportFileError) as info:
        verify_bytes(data)
    stick = tmp_path / "usb"
    stick.mkdir()
    (stick / "a-doctored.kh130").write_bytes(data)
    (stick / "b-genuine.kh130").write_bytes(genuine)
    doctored, sound = importer.import_paths(committee, [stick], backup=False)
    said = info.value.message + (f" {info.value.hint}" if info.value.hint else "")
    assert (doctored.outcome, doctored.code, doctored.reason) == (Outcome.REJECTED, info.value.code, said)
    assert sound.outcome is Outcome.ACCEPTED
    assert len(_reports(committee)) == 1
