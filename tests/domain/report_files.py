"""Report files made for the receiving tests: a cell's signing line (a laptop: key and
installation, its sequence numbers), files of any period with given times, and the same
signed content in other containers, altered or not, outside the signed bytes."""

from __future__ import annotations

import datetime as dt
import io
import struct
import uuid
import zipfile

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.exchange.container import build_container
from kh130_desktop.domain.exchange.identity import Identity
from kh130_desktop.domain.exchange.strict_json import canonical_json

UTC = dt.timezone.utc


def report_data(cell_uid: str, cell_name: str, period: Period, *, members: int = 3, note: str = "") -> dict:
    people = [{"uid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{cell_uid}/{i}")), "full_name": f"Nông Văn {chr(65 + i)}",
               "status": "chinh_thuc", "role": "dang_vien", "on_roster_at_end": True} for i in range(members)]
    reviews = ([{"member": people[0]["uid"], "level": "hoan_thanh_tot"}]
               if period.quarter in (None, 4) else [])
    return {"format": "kh130-report-data", "version": 1, "period": period.code,
            "cell": {"uid": cell_uid, "name": cell_name}, "members": people,
            "sessions": [{"uid": f"s-{note}", "attendance": [{"member": p["uid"], "state": "co_mat" if i else "vang_co_ly_do"}
                                                            for i, p in enumerate(people)]}],
            "pledges": [{"member": people[0]["uid"]}], "reviews": reviews, "collective_pledges": [], "note": note}


class Line:
    """One laptop of a cell: its key, its installation id, its growing sequence."""

    def __init__(self, cell_uid: str, cell_name: str, *, first_sequence: int = 1) -> None:
        self.cell_uid, self.cell_name = cell_uid, cell_name
        self.identity = Identity(str(uuid.uuid4()), Ed25519PrivateKey.generate())
        self.next = first_sequence

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint

    def pem(self) -> bytes:
        return self.identity.public_pem().encode()

    def file(self, period: Period | str, created: dt.datetime, *, members: int = 3, uid: str | None = None,
             sequence: int | None = None, pdf: bytes = b"%PDF-1.4\n", report_json: bytes | None = None) -> bytes:
        period = Period.parse(period) if isinstance(period, str) else period
        if sequence is None:
            sequence, self.next = self.next, self.next + 1
        uid = uid or self.cell_uid
        report = report_data(uid, self.cell_name, period, members=members, note=f"{sequence}-{created:%Y%m%d%H%M}")
        return build_container(self.identity, kind="cell", unit_uid=uid, unit_name=self.cell_name, period=period,
                               sequence=sequence, report_id=str(uuid.uuid4()), supersedes=None,
                               created=created if created.tzinfo else created.replace(tzinfo=UTC),
                               members={"report.json": report_json if report_json is not None else canonical_json(report),
                                        "report.pdf": pdf})


def members_of(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def rezip(members: list[tuple[str, bytes]], compression=zipfile.ZIP_DEFLATED, *, attrs: dict | None = None,
          comment: bytes = b"") -> bytes:
    """The members in a container of Python's own making (another tool's, as it were)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2022, 7, 1, 8, 0, 0))
            info.compress_type = compression
            for key, value in (attrs or {}).get(name, {}).items():
                setattr(info, key, value)
            zf.writestr(info, data)
        zf.comment = comment
    return out.getvalue()


def end_record(data: bytes) -> tuple[int, int, int, int]:
    """(position of the end record, entries, central directory size, its offset)."""
    at = data.rfind(b"PK\x05\x06")
    _sig, _d, _cd, _n, total, size, offset, _c = struct.unpack_from("<4sHHHHIIH", data, at)
    return at, total, size, offset


def shift_offsets(data: bytes, by: int) -> bytes:
    """The container with `by` bytes of junk before it and every offset moved to match, as a
    self-extracting archive is made: a reader that trusts offsets finds every member."""
    at, total, size, offset = end_record(data)
    out = bytearray(data)
    cursor = offset
    for _ in range(total):
        local = struct.unpack_from("<I", out, cursor + 42)[0]
        struct.pack_into("<I", out, cursor + 42, local + by)
        nlen, xlen, clen = struct.unpack_from("<HHH", out, cursor + 28)
        cursor += 46 + nlen + xlen + clen
    struct.pack_into("<I", out, at + 16, offset + by)
    return b"MZ" + b"\0" * (by - 2) + bytes(out)


def add_directory_entry(data: bytes, name: str, local_offset: int, size: int, crc: int) -> bytes:
    """The container with one more central directory entry (STORED, `size` bytes at the local
    header at `local_offset`): how an entry is made to overlap another's data."""
    at, total, cd_size, cd_offset = end_record(data)
    raw = name.encode()
    entry = struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 0, 0, 0x21, crc, size, size, len(raw), 0, 0, 0,
                        0, 0, local_offset) + raw
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, total + 1, total + 1, cd_size + len(entry), cd_offset, 0)
    return data[:at] + entry + end


def local_header(name: str, payload: bytes) -> bytes:
    import zlib

    raw = name.encode()
    return struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 0, 0, 0x21, zlib.crc32(payload), len(payload),
                       len(payload), len(raw), 0) + raw + payload


def hide_local_entry(data: bytes, name: str = "hidden.txt", payload: bytes = b"not in the directory") -> bytes:
    """A local entry slipped in before the central directory, which does not list it: a lenient
    reader lists the same members, and never sees it."""
    at, total, cd_size, cd_offset = end_record(data)
    hidden = local_header(name, payload)
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, total, total, cd_size, cd_offset + len(hidden), 0)
    return data[:cd_offset] + hidden + data[cd_offset:at] + end


def insert_old_revision(conn, line: Line, data: bytes, *, current: bool, received_at: str) -> None:
    """A received revision's row as imports before schema 0008 wrote it: the file in the row's
    own `container` column (for the migration tests of 0007 and 0008; `conn` a SQLAlchemy connection)."""
    import sqlalchemy as sa

    from kh130_desktop.domain.exchange.container import verify_bytes

    v = verify_bytes(data)
    conn.execute(sa.text(
        "INSERT INTO received_report (report_id, cell_uid, cell_name, kind, installation_id, fingerprint, period, "
        "sequence, created_at, received_at, current, container_sha256, manifest_sha256, withdrawn, members, "
        "sessions_held, summoned, present, pledged, reviewed, levels, container) VALUES (:rid, :u, :n, 'cell', "
        ":inst, :f, :p, :seq, :t, :t, :cur, :csha, :msha, 0, :m, 1, 3, 2, 1, 0, '{}', :c)"),
        {"rid": v.report_id, "u": line.cell_uid, "n": line.cell_name, "inst": v.manifest["installation_id"],
         "f": v.fingerprint, "p": v.period, "seq": v.sequence, "t": received_at, "cur": current,
         "csha": v.container_sha256, "msha": v.manifest_sha256, "m": len(v.report["members"]), "c": data})
