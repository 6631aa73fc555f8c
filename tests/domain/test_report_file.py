"""The signed report file: deterministic export, verifiable with OpenSSL alone, and every
hostile or damaged container refused with its reason."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import shutil
import subprocess
import uuid
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kh130_desktop.domain.exchange import container, export, strict_json
from kh130_desktop.domain.exchange.identity import Identity, ensure_identity
from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.exchange.container import build_container, verify_bytes
from kh130_desktop.domain.exchange.refusal import ReportFileError
from kh130_desktop.domain.exchange.strict_json import canonical_json

P = Period.parse("2022-Q2")


def synthetic(identity: Identity, *, cell_uid: str | None = None, period: Period = P, sequence: int = 1,
              pdf: bytes = b"%PDF-1.4 tiny\n", report: dict | None = None) -> bytes:
    cell_uid = cell_uid or str(uuid.uuid4())
    report = report or {"format": "kh130-report-data", "version": 1, "period": period.code,
                        "cell": {"uid": cell_uid, "name": "Chi bộ thôn Bản Giới"},
                        "members": [], "sessions": [], "pledges": [], "reviews": [], "collective_pledges": []}
    return build_container(identity, kind="cell", unit_uid=cell_uid, unit_name="Chi bộ thôn Bản Giới", period=period,
                           sequence=sequence, report_id=str(uuid.uuid4()), supersedes=None,
                           created=dt.datetime(2022, 7, 3, 8, 0, tzinfo=dt.timezone.utc),
                           members={"report.json": canonical_json(report), "report.pdf": pdf})


@pytest.fixture
def identity() -> Identity:
    return Identity(str(uuid.uuid4()), Ed25519PrivateKey.generate())


def members_of(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def rezip(members: list[tuple[str, bytes]], compression=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return out.getvalue()


def refusal(data: bytes) -> ReportFileError:
    with pytest.raises(ReportFileError) as info:
        verify_bytes(data)
    assert info.value.message  # a Vietnamese sentence the clerk reads
    return info.value


# --- export ---------------------------------------------------------------------------------

def test_export_same_revision_same_bytes_and_new_revision_supersedes(demo_store, data_dir):
    ident = ensure_identity(demo_store, data_dir)
    with demo_store.transaction() as tx:
        first = export.export_cell_report(tx, ident, Period.parse("2022"))
    with demo_store.transaction() as tx:
        again = export.export_cell_report(tx, ident, Period.parse("2022"))
    assert again.data == first.data and not again.new_revision
    from kh130_desktop.domain.store.tables import Cell
    with demo_store.transaction() as tx:  # a data change makes a new revision that supersedes
        cell = tx.exec(__import__("sqlmodel").select(Cell)).one()
        cell.place_name = "Hòa An mới"
        tx.add(cell)
    with demo_store.transaction() as tx:
        second = export.export_cell_report(tx, ident, Period.parse("2022"))
    assert second.new_revision and second.sequence > first.sequence and second.supersedes == first.report_id
    v = verify_bytes(second.data)
    assert v.manifest["supersedes"] == first.report_id and v.report["cell"]["place_name"] == "Hòa An mới"
    # The sequence is per installation: another period continues from it.
    with demo_store.transaction() as tx:
        q2 = export.export_cell_report(tx, ident, Period.parse("2022-Q2"))
    assert q2.sequence == second.sequence + 1 and q2.supersedes is None


def test_report_carries_the_period_records(demo_store, data_dir):
    ident = ensure_identity(demo_store, data_dir)
    with demo_store.transaction() as tx:
        result = export.export_cell_report(tx, ident, Period.parse("2022-Q3"))
    v = verify_bytes(result.data)
    report = v.report
    assert report["cell"]["name"] == "Chi bộ thôn Nà Lữ"
    assert all(s["held_on"].startswith("2022-0") and "2022-07-01" <= s["held_on"] <= "2022-09-30" for s in report["sessions"])
    assert report["sessions"] and report["sessions"][0]["attendance"]
    states = {a["state"] for s in report["sessions"] for a in s["attendance"]}
    assert "co_mat" in states
    assert report["summary"]["sessions_held"] == len(report["sessions"])
    assert v.manifest["fingerprint"] == ident.fingerprint and v.manifest["period"] == "2022-Q3"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_verifies_with_openssl_and_sha256sum_alone(demo_store, data_dir, tmp_path):
    version = subprocess.run(["openssl", "version"], capture_output=True, text=True).stdout
    if not version.startswith("OpenSSL 3"):
        pytest.skip("needs OpenSSL 3 for -rawin")
    ident = ensure_identity(demo_store, data_dir)
    with demo_store.transaction() as tx:
        result = export.export_cell_report(tx, ident, Period.parse("2022"))
    (tmp_path / "cell.pem").write_text(ident.public_pem())
    out = tmp_path / "x"
    out.mkdir()
    for name, data in members_of(result.data):
        (out / name).write_bytes(data)
    ok = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(tmp_path / "cell.pem"), "-rawin",
                         "-in", str(out / "manifest.json"), "-sigfile", str(out / "manifest.sig")],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    manifest = json.loads((out / "manifest.json").read_bytes())
    for entry in manifest["files"]:
        line = subprocess.run(["sha256sum", str(out / entry["name"])], capture_output=True, text=True, check=True).stdout
        assert line.split()[0] == entry["sha256"]
    # and a one-byte change is caught by OpenSSL too
    (out / "manifest.json").write_bytes((out / "manifest.json").read_bytes().replace(b'"sequence":', b'"sequence": '))
    bad = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(tmp_path / "cell.pem"), "-rawin",
                          "-in", str(out / "manifest.json"), "-sigfile", str(out / "manifest.sig")], capture_output=True)
    assert bad.returncode != 0


# --- refusals ------------------------------------------------------------------------------

def test_a_sound_file_verifies(identity):
    v = verify_bytes(synthetic(identity))
    assert set(v.members) == {"report.json", "report.pdf"} and v.fingerprint == identity.fingerprint


@pytest.mark.parametrize("target", ["manifest.json", "manifest.sig", "report.json", "report.pdf"])
def test_tampering_with_each_member_is_refused(identity, target):
    members = members_of(synthetic(identity))
    changed = []
    for name, data in members:
        if name == target:
            data = data[:-1] + bytes([data[-1] ^ 0x01])
        changed.append((name, data))
    err = refusal(rezip(changed))
    assert err.code in ("bad_signature", "hash_mismatch", "malformed")
    expected = {"manifest.json": ("bad_signature", "malformed"), "manifest.sig": ("bad_signature",),
                "report.json": ("hash_mismatch",), "report.pdf": ("hash_mismatch",)}[target]
    assert err.code in expected


def test_same_size_rewrite_of_report_is_a_hash_mismatch(identity):
    members = [(n, d.replace(b"B\xe1\xba\xa3n Gi\xe1\xbb\x9bi", b"B\xe1\xba\xa3n Gi\xe1\xbb\x9bX") if n == "report.json" else d)
               for n, d in members_of(synthetic(identity))]
    err = refusal(rezip(members))
    assert err.code == "hash_mismatch" and "report.json" in err.message


def test_zip_bomb_is_refused_without_inflating_it(identity):
    members = members_of(synthetic(identity)) + [("filler.bin", b"\0" * (container.MAX_MEMBER_BYTES + 10))]
    err = refusal(rezip(members))
    assert err.code == "too_large"


def test_member_lying_about_its_size_is_refused(identity):
    data = bytearray(rezip(members_of(synthetic(identity)), zipfile.ZIP_STORED))
    # Shrink the declared size of report.pdf in the central directory: the actual bytes are more.
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("report.pdf")
    cd = data.rfind(b"PK\x01\x02" + bytes(data[data.rfind(b"PK\x01\x02") + 4: data.rfind(b"PK\x01\x02") + 6]))
    pos = data.find(b"report.pdf", data.find(b"PK\x01\x02"))
    header = data.rfind(b"PK\x01\x02", 0, pos)
    size_field = header + 24
    assert int.from_bytes(data[size_field:size_field + 4], "little") == info.file_size
    data[size_field:size_field + 4] = (info.file_size - 3).to_bytes(4, "little")
    assert cd >= 0
    refusal(bytes(data))


def test_path_traversal_name_is_refused(identity):
    for bad in ["../evil.txt", "dir/report.json", "C:evil", "..\\evil", "/etc/passwd", "report..json"]:
        members = members_of(synthetic(identity)) + [(bad, b"x")]
        err = refusal(rezip(members))
        assert err.code == "malformed" and "không an toàn" in err.message, bad
    # zipfile cuts a name at NUL: what is left is a member nobody signed, refused all the same.
    refusal(rezip(members_of(synthetic(identity)) + [("a\x00/../../evil", b"x")]))


def test_duplicate_member_names_are_refused(identity):
    members = members_of(synthetic(identity))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for name, data in members + [("report.json", b"{}")]:
                zf.writestr(name, data)
    err = refusal(out.getvalue())
    assert "cùng tên" in err.message


def test_unlisted_member_is_refused(identity):
    err = refusal(rezip(members_of(synthetic(identity)) + [("extra.txt", b"hello")]))
    assert err.code == "hash_mismatch" and "extra.txt" in err.message


def test_truncated_file_is_refused(identity):
    data = synthetic(identity)
    for cut in (len(data) // 2, len(data) - 10, 30, 0):
        err = refusal(data[:cut])
        assert err.code == "malformed"


def test_not_a_zip_and_oversize(identity):
    assert refusal(b"hello, this is not a report").code == "malformed"
    assert refusal(b"PK" + b"\0" * (container.MAX_FILE_BYTES + 1)).code == "too_large"


def test_unknown_version_is_refused_clearly(identity):
    members = dict(members_of(synthetic(identity)))
    manifest = json.loads(members["manifest.json"])
    manifest["version"] = 2
    raw = canonical_json(manifest)
    members["manifest.json"], members["manifest.sig"] = raw, identity.sign(raw)
    err = refusal(rezip(list(members.items())))
    assert err.code == "unknown_version" and "phiên bản 2" in err.message and "Cài phiên bản" in err.hint


def test_signed_by_a_key_other_than_the_manifest_names(identity):
    other = Identity(str(uuid.uuid4()), Ed25519PrivateKey.generate())
    members = dict(members_of(synthetic(identity)))
    members["manifest.sig"] = other.sign(members["manifest.json"])
    assert refusal(rezip(list(members.items()))).code == "bad_signature"


def test_duplicate_json_keys_and_deep_nesting_are_refused(identity):
    members = dict(members_of(synthetic(identity)))
    raw = members["manifest.json"][:-1] + b',"period":"2023"}'
    members["manifest.json"], members["manifest.sig"] = raw, identity.sign(raw)
    assert refusal(rezip(list(members.items()))).code == "malformed"
    deep = {"format": "kh130-report-data", "version": 1}
    nested: list = []
    deep["x"] = nested
    for _ in range(strict_json.MAX_JSON_DEPTH + 2):
        nested.append([])
        nested = nested[0]
    err = refusal(synthetic(identity, report=deep))
    assert err.code == "malformed" and "sâu" in err.message  # refused by the depth cap, before parsing


def test_json_depth_counts_nesting_outside_strings():
    assert strict_json.json_depth(b'{"a":[1,{"b":[]}]}') == 4
    assert strict_json.json_depth(b'{"a":"[[[[{{{{"}') == 1
    assert strict_json.json_depth(b'{"a":"\\"[[[","b":[]}') == 2  # an escaped quote inside a string
    assert strict_json.json_depth(b"17") == 0
    deep = b"[" * (strict_json.MAX_JSON_DEPTH + 1) + b"]" * (strict_json.MAX_JSON_DEPTH + 1)
    assert strict_json.json_depth(deep) == strict_json.MAX_JSON_DEPTH + 1
    with pytest.raises(ReportFileError) as caught:
        strict_json.parse_strict(deep, "report.json")
    assert "sâu" in caught.value.message


def test_json_depth_is_the_parsed_depth_whatever_the_strings_hold():
    rng = random.Random(16)
    tricky = ['"', "\\", "[", "]", "{", "}", "\n", "/", "a", "ư", '\\"', '"]', "\x00"]

    def text() -> str:
        return "".join(rng.choice(tricky) for _ in range(rng.randint(0, 6)))

    def value(depth: int):
        roll = rng.random()
        if depth > 18 or roll < 0.3:
            return text() if rng.random() < 0.7 else rng.randint(-9, 9)
        if roll < 0.65:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        return {text(): value(depth + 1) for _ in range(rng.randint(0, 3))}

    def nesting(v) -> int:
        children = v.values() if isinstance(v, dict) else v if isinstance(v, list) else None
        return 0 if children is None else 1 + max(map(nesting, children), default=0)

    for _ in range(3000):
        v = value(0)
        for data in (canonical_json(v), json.dumps(v).encode(), json.dumps(v, indent=1, ensure_ascii=False).encode()):
            assert strict_json.json_depth(data) == nesting(v), data


@pytest.mark.parametrize("text", ["2022-1-5T8:00:00Z", "2022-01-05T08:00:00Z\n", "2022-01-05 08:00:00Z",
                                  "2022-02-30T08:00:00Z", "٢٠٢٢-01-05T08:00:00Z", "2022-01-05T08:00:00", 20220105, None])
def test_a_signing_time_other_than_the_one_format_is_refused(text):
    with pytest.raises(ValueError):
        container.parse_created(text)


def test_the_signing_time_reads_back_what_was_written():
    from hypothesis import given, strategies as st

    @given(st.datetimes(dt.datetime(1000, 1, 1), dt.datetime(9999, 12, 31), timezones=st.just(dt.timezone.utc)))
    def round_trip(moment):
        moment = moment.replace(microsecond=0)
        assert container.parse_created(container.format_created(moment)) == moment.replace(tzinfo=None)

    round_trip()
