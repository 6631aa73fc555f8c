"""The signed container (`.kh130`): build one, and verify one from outside. Nothing else:
what goes into a report is gathered by book/report_data.py, and signing a period's revision
and writing it out is exchange/export.py.

The format is specified in docs/report-format.md; this module is one implementation of it.
A file from outside is hostile until every check below has passed: its size is capped
before it is opened, members are read into memory with a cap (never extracted by name),
names are checked, JSON is size- and depth-limited, and the manifest's signature and every
member's SHA-256 must match. Each refusal is a `ReportFileError` with a Vietnamese reason.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ... import __version__
from ..book.periods import Period
from ..book.report_data import DATA_FORMAT_NAME
from ..errors import ValidationError, t
from .identity import Identity, fingerprint
from .refusal import ReportFileError, _malformed
from .strict_json import canonical_json, parse_strict
from .zipstrict import Entry, check_name, read_entries, read_member


FORMAT_NAME = "kh130-report"


FORMAT_VERSION = 1


EXTENSION = ".kh130"


MANIFEST = "manifest.json"


SIGNATURE = "manifest.sig"


REPORT_JSON = "report.json"


REPORT_PDF = "report.pdf"


# The manifest's `kind`: a report going up ("cell", "consolidated": every file before the
# files that come down), or a file coming down from the committee (exchange/plan_file.py,
# exchange/receipts.py). A reader of one refuses the others (docs/report-format.md §2).
REPORT_KINDS = ("cell", "consolidated")
PLAN_KIND = "plan"
RECEIPT_KIND = "receipt"
ALL_KINDS = (*REPORT_KINDS, PLAN_KIND, RECEIPT_KIND)
KIND_NAMES = {"cell": t("tệp báo cáo"), "consolidated": t("tệp báo cáo tổng hợp"), PLAN_KIND: t("tệp kế hoạch năm"),
              RECEIPT_KIND: t("giấy báo nhận")}


# Limits on a file from outside (docs/report-format.md, "Limits").
MAX_FILE_BYTES = 32 * 1024 * 1024


MAX_MEMBERS = 8


MAX_MANIFEST_BYTES = 64 * 1024


MAX_MEMBER_BYTES = 24 * 1024 * 1024


MAX_TOTAL_BYTES = 40 * 1024 * 1024




ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same revision is the same bytes


_HEX64 = re.compile(r"^[0-9a-f]{64}$")


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


# The signing time, as format_created writes it and nothing else: ASCII digits, no newline after.
_CREATED = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def format_created(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_created(text: str) -> dt.datetime:
    """A manifest's "created" (UTC, naive); ValueError for anything format_created does not write.
    (strptime did the same, at ten times the cost and accepting unpadded fields.)"""
    found = _CREATED.fullmatch(text) if type(text) is str else None
    if found is None:
        raise ValueError(f"not a signing time: {str(text)[:40]!r}")
    return dt.datetime(*map(int, found.groups()))


def build_container(identity: Identity, *, kind: str, unit_uid: str, unit_name: str, period: Period,
                    sequence: int, report_id: str, supersedes: str | None, created: dt.datetime,
                    members: dict[str, bytes]) -> bytes:
    """The ZIP: manifest.json, manifest.sig, then the other members sorted by name.

    Deterministic: the same arguments give the same bytes (fixed timestamps and attributes,
    canonical JSON, Ed25519 signatures are deterministic)."""
    files = [{"name": name, "size": len(data), "sha256": sha256_hex(data)} for name, data in sorted(members.items())]
    manifest = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "kind": kind,
        "report_id": report_id,
        "cell": {"uid": unit_uid, "name": unit_name},
        "installation_id": identity.installation_id,
        "public_key": base64.b64encode(identity.public_bytes).decode("ascii"),
        "fingerprint": identity.fingerprint,
        "period": period.code,
        "sequence": sequence,
        "supersedes": supersedes,
        "created": format_created(created),
        "software": f"KH130 Desktop {__version__}",
        "files": files,
    }
    manifest_bytes = canonical_json(manifest)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in [(MANIFEST, manifest_bytes), (SIGNATURE, identity.sign(manifest_bytes))] + sorted(members.items()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            zf.writestr(info, data, compresslevel=6)
    return out.getvalue()


# --- verifying ----------------------------------------------------------------------------

@dataclass
class VerifiedFile:
    """A container whose structure, signature and hashes all checked out."""

    manifest: dict
    manifest_bytes: bytes
    report: dict
    members: dict[str, bytes]
    container_sha256: str
    public_key: bytes
    fingerprint: str
    size: int
    manifest_sha256: str = ""  # names the revision: the same signed content in any container
    warnings: list = field(default_factory=list)  # texts normalised to NFC, shown with the outcome
    extra: dict = field(default_factory=dict)

    @property
    def report_id(self) -> str:
        return self.manifest["report_id"]

    @cached_property
    def created(self) -> dt.datetime:
        """The signing time (UTC, naive), parsed once."""
        return parse_created(self.manifest["created"])

    @property
    def cell_uid(self) -> str:
        return self.manifest["cell"]["uid"]

    @property
    def cell_name(self) -> str:
        return self.manifest["cell"]["name"]

    @property
    def period(self) -> str:
        return self.manifest["period"]

    @property
    def sequence(self) -> int:
        return self.manifest["sequence"]

    @property
    def kind(self) -> str:
        return self.manifest["kind"]


def _check_manifest(manifest: Any, kinds: tuple[str, ...] = REPORT_KINDS) -> None:
    if not isinstance(manifest, dict):
        raise _malformed("manifest.json không phải một đối tượng JSON.")
    if manifest.get("format") != FORMAT_NAME:
        raise ReportFileError("unknown_version", "Đây không phải tệp báo cáo KH130 (sai tên định dạng).",
                              "Chỉ nhập tệp .kh130 do chương trình KH130 xuất ra.")
    version = manifest.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise ReportFileError("unknown_version",
                              t("Tệp báo cáo dùng định dạng phiên bản {version}, chương trình này chỉ đọc phiên bản {format_version}.", version=str(version)[:20], format_version=FORMAT_VERSION),
                              "Cài phiên bản KH130 mới nhất rồi nhập lại tệp.")
    expected = {"format": str, "version": int, "kind": str, "report_id": str, "cell": dict, "installation_id": str,
                "public_key": str, "fingerprint": str, "period": str, "sequence": int, "created": str,
                "software": str, "files": list}
    for key, kind in expected.items():
        if not isinstance(manifest.get(key), kind) or isinstance(manifest.get(key), bool) and kind is int:
            raise _malformed(t("manifest.json thiếu hoặc sai trường “{key}”.", key=key))
    if manifest.get("supersedes") is not None and not _is_uuid(manifest["supersedes"]):
        raise _malformed("manifest.json sai trường “supersedes”.")
    cell = manifest["cell"]
    if not isinstance(cell.get("uid"), str) or not isinstance(cell.get("name"), str) or not cell["name"].strip() \
            or len(cell["name"]) > 200 or len(cell["uid"]) > 36 or not cell["uid"]:
        raise _malformed("manifest.json sai thông tin chi bộ (“cell”).")
    if manifest["kind"] not in kinds:
        if manifest["kind"] in KIND_NAMES:
            raise ReportFileError("wrong_kind", t("Đây là {found}, không phải {wanted}.", found=KIND_NAMES[manifest["kind"]],
                                                  wanted=KIND_NAMES[kinds[0]]),
                                  "Dùng đúng chức năng nhập cho loại tệp này.")
        raise _malformed(t("Loại báo cáo “{kind}” không được hỗ trợ.", kind=manifest['kind'][:20]))
    if not _is_uuid(manifest["report_id"]) or len(manifest["installation_id"]) > 36:
        raise _malformed("manifest.json sai mã báo cáo hoặc mã cài đặt.")
    if not 1 <= manifest["sequence"] <= 2**53:
        raise _malformed("Số thứ tự của tệp báo cáo không hợp lệ.")
    if type(manifest["created"]) is not str or not _CREATED.fullmatch(manifest["created"]):
        raise _malformed("Thời điểm lập báo cáo không hợp lệ.")
    try:
        period = Period.parse(manifest["period"])
        parse_created(manifest["created"])
    except (ValidationError, ValueError) as exc:
        raise _malformed("manifest.json sai kỳ báo cáo hoặc thời điểm lập.") from exc
    if period.code != manifest["period"]:
        raise _malformed("manifest.json sai kỳ báo cáo.")
    for entry in manifest["files"]:
        if not (isinstance(entry, dict) and isinstance(entry.get("name"), str) and isinstance(entry.get("size"), int)
                and not isinstance(entry.get("size"), bool) and isinstance(entry.get("sha256"), str)
                and _HEX64.match(entry["sha256"])):
            raise _malformed("Danh sách tệp trong manifest.json sai cấu trúc.")


def _is_uuid(value: Any) -> bool:
    return isinstance(value, str) and bool(_UUID.match(value))


def verify_bytes(data: bytes) -> VerifiedFile:
    """Every check of docs/report-format.md §4 on a file already read (with the size cap): the
    one verification of a file from outside, for `kh130 verify`, the import and the dry run."""
    v = verify_signed(data, REPORT_KINDS)
    members, manifest = v.members, v.manifest
    if REPORT_JSON not in members:
        raise _malformed("Tệp báo cáo không có report.json.")
    report, report_normalised = parse_strict(members[REPORT_JSON], "report.json")
    if not isinstance(report, dict) or report.get("format") != DATA_FORMAT_NAME or report.get("version") != FORMAT_VERSION:
        raise ReportFileError("unknown_version", "Dữ liệu báo cáo (report.json) có định dạng không được hỗ trợ.",
                              "Cài phiên bản KH130 mới nhất rồi nhập lại tệp.")
    unit = report.get("cell") if manifest["kind"] == "cell" else report.get("committee")
    if not isinstance(unit, dict) or unit.get("uid") != manifest["cell"]["uid"] or report.get("period") != manifest["period"]:
        raise _malformed("Dữ liệu báo cáo không khớp với chi bộ hoặc kỳ ghi trong manifest.json.")
    if report_normalised:
        v.warnings.append(t("Văn bản trong {member} không ở dạng Unicode chuẩn (NFC); đã chuẩn hóa khi đọc.", member=REPORT_JSON))
    v.report = report
    return v


def verify_signed(data: bytes, kinds: tuple[str, ...]) -> VerifiedFile:
    """The checks every kind of file shares (§4, steps 1–7): size, the strict container, the
    strict manifest of one of `kinds`, its signature, and every member's hash. The member that
    carries the kind's data is the caller's to read (`report` is left empty)."""
    size = len(data)
    if size > MAX_FILE_BYTES:
        raise ReportFileError("too_large", t("Tệp quá lớn ({size} MB) cho một báo cáo.", size=size // (1024 * 1024)),
                              t("Tệp báo cáo hợp lệ không quá {limit} MB; kiểm tra lại tệp.", limit=MAX_FILE_BYTES // (1024 * 1024)))
    entries = read_entries(data, MAX_MEMBERS)  # the strict container: every byte accounted for
    by_name: dict[str, Entry] = {}
    declared_total = 0
    for entry in entries:
        if entry.size > MAX_MEMBER_BYTES:
            raise ReportFileError("too_large", t("Thành phần “{filename}” quá lớn khi giải nén ({file_size} byte).", filename=entry.name, file_size=entry.size),
                                  "Tệp có thể là tệp độc hại (bom giải nén); không dùng tệp này.")
        declared_total += entry.size
        by_name[entry.name] = entry
    if declared_total > MAX_TOTAL_BYTES:
        raise ReportFileError("too_large", "Nội dung giải nén của tệp quá lớn.", "Tệp có thể là tệp độc hại (bom giải nén); không dùng tệp này.")
    if MANIFEST not in by_name or SIGNATURE not in by_name:
        raise _malformed("Tệp không có manifest.json hoặc manifest.sig: không phải tệp báo cáo KH130.")
    manifest_bytes = read_member(data, by_name[MANIFEST], MAX_MANIFEST_BYTES)
    signature = read_member(data, by_name[SIGNATURE], 64)
    manifest, manifest_normalised = parse_strict(manifest_bytes, "manifest.json")
    _check_manifest(manifest, kinds)
    # The signature before anything the manifest says is believed.
    try:
        public = base64.b64decode(manifest["public_key"], validate=True)
        key = Ed25519PublicKey.from_public_bytes(public)
    except (ValueError, TypeError) as exc:
        raise ReportFileError("bad_signature", "Khóa công khai trong tệp không hợp lệ.", "Tệp có thể đã bị sửa đổi; không dùng tệp này.") from exc
    try:
        if len(signature) != 64:
            raise InvalidSignature
        key.verify(signature, manifest_bytes)
    except InvalidSignature as exc:
        raise ReportFileError("bad_signature", "Chữ ký số của tệp không đúng: tệp đã bị sửa đổi sau khi ký, hoặc bị giả mạo.",
                              "Không dùng tệp này; xin đơn vị gửi xuất lại tệp báo cáo.") from exc
    print_ = fingerprint(public)
    if manifest["fingerprint"] != print_:
        raise ReportFileError("bad_signature", "Dấu vân tay ghi trong tệp không khớp với khóa ký.", "Tệp có thể bị giả mạo; không dùng tệp này.")
    listed = {}
    for entry in manifest["files"]:
        name = entry["name"]
        check_name(name)
        if name in (MANIFEST, SIGNATURE) or name in listed:
            raise _malformed(t("manifest.json liệt kê “{name}” không đúng quy định.", name=name))
        listed[name] = entry
    for name in by_name:
        if name not in listed and name not in (MANIFEST, SIGNATURE):
            raise ReportFileError("hash_mismatch", t("Tệp có thành phần “{name}” không có trong danh sách đã ký.", name=name),
                                  "Tệp đã bị thêm nội dung sau khi ký; không dùng tệp này.")
    members: dict[str, bytes] = {}
    for name, listing in listed.items():
        entry = by_name.get(name)
        if entry is None:
            raise ReportFileError("hash_mismatch", t("Tệp thiếu thành phần “{name}” đã ký.", name=name), "Tệp không đầy đủ; xin đơn vị gửi lại.")
        if entry.size != listing["size"]:
            raise ReportFileError("hash_mismatch", t("Kích thước của “{name}” khác với bản đã ký.", name=name), "Tệp đã bị sửa đổi sau khi ký; không dùng tệp này.")
        content = read_member(data, entry, MAX_MEMBER_BYTES)
        if sha256_hex(content) != listing["sha256"]:
            raise ReportFileError("hash_mismatch", t("Nội dung “{name}” không khớp mã băm SHA-256 đã ký.", name=name),
                                  "Tệp đã bị sửa đổi sau khi ký; không dùng tệp này.")
        members[name] = content
    warnings = [t("Văn bản trong {member} không ở dạng Unicode chuẩn (NFC); đã chuẩn hóa khi đọc.", member=MANIFEST)
                ] if manifest_normalised else []
    return VerifiedFile(manifest=manifest, manifest_bytes=manifest_bytes, report={}, members=members,
                        container_sha256=sha256_hex(data), public_key=public, fingerprint=print_, size=size,
                        manifest_sha256=sha256_hex(manifest_bytes), warnings=warnings, extra={"container": data})


def read_capped(path, cap: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, refusing before reading when it is larger than any report can be."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > cap:
                raise ReportFileError("too_large", t("Tệp quá lớn ({size} MB) cho một báo cáo.", size=size // (1024 * 1024)),
                                      t("Tệp báo cáo hợp lệ không quá {limit} MB; kiểm tra lại tệp.", limit=cap // (1024 * 1024)))
            data = handle.read(cap + 1)
    except OSError as exc:
        raise ReportFileError("malformed", t("Không đọc được tệp: {reason}.", reason=exc.strerror or exc), "Kiểm tra USB hoặc thư mục rồi thử lại.") from exc
    if len(data) > cap:
        raise ReportFileError("too_large", "Tệp quá lớn cho một báo cáo.", "Kiểm tra lại tệp.")
    return data


def verify_file(path) -> VerifiedFile:
    return verify_bytes(read_capped(path))
