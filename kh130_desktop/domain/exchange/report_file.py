"""The signed report file (`.kh130`): build it, and verify one from outside.

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
import json
import re
import uuid
import zipfile
import zlib
from itertools import accumulate
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlmodel import Session, select

from ... import __version__
from ..errors import ValidationError, t
from .identity import Identity, fingerprint
from ..store.tables import Setting
from ..book.periods import Period
from ..store.exchange_tables import ExportedReport
from ..text import fold

FORMAT_NAME = "kh130-report"
FORMAT_VERSION = 1
DATA_FORMAT_NAME = "kh130-report-data"
EXTENSION = ".kh130"
SEQUENCE_SETTING = "report_sequence"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
REPORT_JSON = "report.json"
REPORT_PDF = "report.pdf"

# Limits on a file from outside (docs/report-format.md, "Limits").
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_MEMBERS = 8
MAX_MANIFEST_BYTES = 64 * 1024
MAX_MEMBER_BYTES = 24 * 1024 * 1024
MAX_TOTAL_BYTES = 40 * 1024 * 1024
MAX_JSON_DEPTH = 16
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same revision is the same bytes

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)?$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_CREATED = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


class ReportFileError(ValidationError):
    """A file refused; `code` says why: too_large, malformed, unknown_version, bad_signature,
    hash_mismatch (and, at import, wrong_cell, replayed)."""

    def __init__(self, code: str, message: str, hint: str = "") -> None:
        super().__init__(message, hint=hint, code=code)


def canonical_json(value: Any) -> bytes:
    """The one byte form of a JSON value: sorted keys, no spaces, UTF-8, no ASCII escapes."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def format_created(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_created(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")


# --- building -----------------------------------------------------------------------------

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


def next_sequence(tx: Session) -> int:
    """The installation's next sequence number: only ever grows, whatever the period."""
    setting = tx.get(Setting, SEQUENCE_SETTING)
    value = int(setting.value) + 1 if setting is not None and setting.value.isdigit() else 1
    if setting is None:
        setting = Setting(key=SEQUENCE_SETTING, value=str(value))
    setting.value = str(value)
    tx.add(setting)
    return value


def file_name_for(unit_name: str, period: Period, sequence: int) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(unit_name)).strip("-")[:60] or "bao-cao"
    return f"{slug}_{period.code}_{sequence:04d}{EXTENSION}"


@dataclass(frozen=True)
class ExportResult:
    data: bytes
    file_name: str
    report_id: str
    sequence: int
    supersedes: str | None
    fingerprint: str
    new_revision: bool  # False: nothing changed since the last export, same bytes again


def export_revision(tx: Session, identity: Identity, period: Period, *, kind: str, unit_uid: str, unit_name: str,
                    report: dict, pdf: Any, now: dt.datetime | None = None) -> ExportResult:
    """The signed file for `report`: a new revision when its data changed since the last
    export of the period, else the very same bytes as last time. `pdf` is bytes or a
    callable giving them (only called for a new revision)."""
    report_bytes = canonical_json(report)
    content = sha256_hex(report_bytes)
    last = tx.exec(select(ExportedReport).where(ExportedReport.period == period.code)
                   .order_by(ExportedReport.sequence.desc())).first()
    if last is not None and last.content_sha256 == content:
        return ExportResult(last.container, last.file_name, last.report_id, last.sequence, last.supersedes,
                            identity.fingerprint, False)
    pdf_bytes = pdf() if callable(pdf) else pdf
    members = {REPORT_JSON: report_bytes}
    if pdf_bytes:
        members[REPORT_PDF] = pdf_bytes
    sequence = next_sequence(tx)
    report_id = str(uuid.uuid4())
    supersedes = last.report_id if last is not None else None
    created = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    data = build_container(identity, kind=kind, unit_uid=unit_uid, unit_name=unit_name, period=period,
                           sequence=sequence, report_id=report_id, supersedes=supersedes, created=created,
                           members=members)
    name = file_name_for(unit_name, period, sequence)
    tx.add(ExportedReport(report_id=report_id, period=period.code, sequence=sequence, supersedes=supersedes,
                          content_sha256=content, created_at=created, file_name=name, container=data))
    tx.flush()
    return ExportResult(data, name, report_id, sequence, supersedes, identity.fingerprint, True)


def export_cell_report(tx: Session, identity: Identity, period: Period, *, now: dt.datetime | None = None) -> ExportResult:
    """The cell's signed report file for `period` (year or quarter)."""
    from ..book.cell import get_cell

    cell = get_cell(tx)
    report = cell_report_data(tx, period)

    def pdf() -> bytes | None:
        try:
            from ..documents import cell_report_pdf
        except ImportError:  # the documents package not built yet: the file carries the data only
            return None
        return cell_report_pdf(tx, period)

    return export_revision(tx, identity, period, kind="cell", unit_uid=cell.uid, unit_name=cell.name,
                           report=report, pdf=pdf, now=now)


# --- the report's data ----------------------------------------------------------------------

def _d(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _t(moment: dt.time | None) -> str | None:
    return moment.strftime("%H:%M") if moment else None


def cell_report_data(tx: Session, period: Period) -> dict:
    """report.json of a cell's file: the full records of the period (docs/report-format.md)."""
    from ..book.cell import get_cell, superior_lines
    from ..store.tables import Member, Pledge, PledgeProgress, YearReview
    from ..book.pledges import collective_pledges
    from ..book.roster import roster_on
    from ..book.sessions import attendance_sheet, counts_from, duration_minutes, list_sessions
    from ..store.tables import SessionGuest, SessionMaterial, SessionOpinion

    cell = get_cell(tx)
    members_by_id = {m.id: m for m in tx.exec(select(Member))}
    uid = {mid: m.uid for mid, m in members_by_id.items()}
    sessions = [s for s in list_sessions(tx, period.year) if period.contains(s.held_on)]
    sessions.sort(key=lambda s: (s.held_on, s.id))
    standing = {s.member.id: s for s in roster_on(tx, period.end)}
    seen = dict(standing)
    session_records = []
    present_total = summoned_total = 0
    for s in sessions:
        lines, apart = attendance_sheet(tx, s.id)
        for line in lines:
            seen.setdefault(line.standing.member.id, line.standing)
        for st in apart:
            seen.setdefault(st.member.id, st)
        counts = counts_from(lines, apart)
        present_total += counts.present
        summoned_total += counts.summoned
        guests = tx.exec(select(SessionGuest).where(SessionGuest.session_id == s.id).order_by(SessionGuest.position)).all()
        materials = tx.exec(select(SessionMaterial).where(SessionMaterial.session_id == s.id).order_by(SessionMaterial.position)).all()
        opinions = tx.exec(select(SessionOpinion).where(SessionOpinion.session_id == s.id).order_by(SessionOpinion.position)).all()
        session_records.append({
            "uid": s.uid, "kind": s.kind, "year": s.year, "quarter": s.quarter, "held_on": _d(s.held_on),
            "start_time": _t(s.start_time), "end_time": _t(s.end_time), "duration_minutes": duration_minutes(s),
            "place": s.place, "chair": uid.get(s.chair_id), "minute_taker": uid.get(s.minute_taker_id),
            "presenter": s.presenter, "title": s.title, "topic": s.topic, "agenda": s.agenda, "content": s.content,
            "conclusions": s.conclusions, "vote_subject": s.vote_subject,
            "votes": {"for": s.votes_for, "against": s.votes_against, "abstain": s.votes_abstain}, "tasks": s.tasks,
            "materials": [m.title for m in materials],
            "guests": [{"name": g.name, "title": g.title} for g in guests],
            "opinions": [{"speaker": o.speaker, "member": uid.get(o.member_id), "opinion": o.opinion} for o in opinions],
            "attendance": [{"member": line.standing.member.uid, "official": line.standing.official,
                            "state": line.state, "reason": line.reason} for line in lines],
            "listed_apart": [{"member": st.member.uid, "status": st.status} for st in apart],
            "counts": {"summoned": counts.summoned, "present": counts.present, "late": counts.late,
                       "absent_excused": counts.absent_excused, "absent_unexcused": counts.absent_unexcused,
                       "unmarked": counts.unmarked, "listed_apart": counts.listed_apart},
        })
    pledges = tx.exec(select(Pledge).where(Pledge.year == period.year).order_by(Pledge.member_id, Pledge.position, Pledge.id)).all()
    progress: dict[int, list] = {}
    for row in tx.exec(select(PledgeProgress).order_by(PledgeProgress.quarter, PledgeProgress.id)):
        progress.setdefault(row.pledge_id, []).append(row)
    last_quarter = period.quarter or 4
    pledge_records = [{
        "uid": p.uid, "member": uid.get(p.member_id), "year": p.year, "position": p.position, "content": p.content,
        "theme_code": p.theme_code, "target": p.target, "deadline": _d(p.deadline),
        "progress": [{"quarter": r.quarter, "note": r.note, "recorded_on": _d(r.recorded_on)}
                     for r in progress.get(p.id, []) if r.quarter <= last_quarter],
    } for p in pledges]
    reviews = [r for r in tx.exec(select(YearReview).where(YearReview.year == period.year).order_by(YearReview.member_id))
               if r.reviewed_on <= period.end]
    review_records = [{"member": uid.get(r.member_id), "year": r.year, "level": r.level, "score": r.score,
                       "self_review": r.self_review, "assessment": r.assessment, "exemplary": r.exemplary,
                       "reviewed_on": _d(r.reviewed_on)} for r in reviews]
    for mid in {p.member_id for p in pledges} | {r.member_id for r in reviews}:
        if mid not in seen and mid in members_by_id:
            m = members_by_id[mid]
            seen[mid] = None
    member_records = []
    for mid in sorted(seen, key=lambda i: (members_by_id[i].full_name, members_by_id[i].uid)):
        m, st = members_by_id[mid], seen[mid]
        member_records.append({
            "uid": m.uid, "full_name": m.full_name, "birth_date": _d(m.birth_date), "sex": m.sex,
            "ethnicity": m.ethnicity, "card_number": m.card_number, "admitted_on": _d(m.admitted_on),
            "official_on": _d(m.official_on), "joined_on": _d(m.joined_on),
            "left_on": _d(m.left_on) if m.left_on and m.left_on <= period.end else None,
            "left_reason": m.left_reason if m.left_on and m.left_on <= period.end else "",
            "status": st.status if st else m.status, "role": st.role if st else m.role,
            "on_roster_at_end": mid in standing,
        })
    figures = summarise(member_records, session_records, pledge_records, review_records)
    return {
        "format": DATA_FORMAT_NAME, "version": FORMAT_VERSION, "period": period.code,
        "period_start": _d(period.start), "period_end": _d(period.end),
        "cell": {"uid": cell.uid, "name": cell.name, "cell_type": cell.cell_type,
                 "superior_bodies": superior_lines(cell), "receiving_committee": cell.receiving_committee,
                 "place_name": cell.place_name, "commune": cell.commune, "province": cell.province},
        "members": member_records, "sessions": session_records, "pledges": pledge_records,
        "reviews": review_records,
        "collective_pledges": [{"year": c.year, "problem": c.problem, "solution": c.solution, "target": c.target,
                                "deadline": _d(c.deadline), "result": c.result, "level": c.level}
                               for c in collective_pledges(tx, period.year)],
        "summary": figures,
    }


PRESENT_STATES = ("co_mat", "di_muon")


def summarise(members: list, sessions: list, pledges: list, reviews: list) -> dict:
    """The figures of a report, from its records: the receiving side recomputes them the same
    way and never trusts typed totals."""
    summoned = sum(len(s["attendance"]) for s in sessions)
    present = sum(1 for s in sessions for a in s["attendance"] if a.get("state") in PRESENT_STATES)
    levels: dict[str, int] = {}
    for r in reviews:
        levels[r["level"]] = levels.get(r["level"], 0) + 1
    return {
        "members": sum(1 for m in members if m.get("on_roster_at_end")),
        "sessions_held": len(sessions),
        "summoned": summoned,
        "present": present,
        "attendance_rate": round(present / summoned, 4) if summoned else None,
        "pledged": len({p["member"] for p in pledges}),
        "reviewed": len(reviews),
        "levels": dict(sorted(levels.items())),
    }


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
    extra: dict = field(default_factory=dict)

    @property
    def report_id(self) -> str:
        return self.manifest["report_id"]

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


def _malformed(message: str, hint: str = "Xin đơn vị gửi xuất lại tệp báo cáo và gửi lại.") -> ReportFileError:
    return ReportFileError("malformed", message, hint)


def check_name(name: str) -> None:
    """A member name is a plain file name: it can never name a path on the receiving machine."""
    if ("/" in name or "\\" in name or "\x00" in name or ".." in name or ":" in name
            or not _SAFE_NAME.match(name) or len(name) > 64):
        raise _malformed(t("Tệp báo cáo chứa thành phần có tên không an toàn: “{name}”.", name=f"{name[:80]!s}"),
                         "Tệp có thể đã bị sửa đổi hoặc giả mạo; không dùng tệp này.")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    if info.file_size > cap:
        raise ReportFileError("too_large", t("Thành phần “{filename}” quá lớn ({file_size} byte).", filename=info.filename, file_size=info.file_size),
                              "Tệp có thể là tệp độc hại (bom giải nén); không dùng tệp này.")
    with zf.open(info) as handle:
        data = handle.read(cap + 1)
    if len(data) != info.file_size:
        raise _malformed(t("Kích thước thực của “{filename}” khác kích thước khai báo.", filename=info.filename))
    return data


def parse_json(data: bytes, what: str, *, strict_keys: bool = False) -> Any:
    """UTF-8 JSON with a depth cap; with strict_keys, a repeated key is refused (two readers
    of one manifest must never see two different values)."""
    def pairs(items):
        out = {}
        for key, value in items:
            if key in out:
                raise ValueError(f"duplicate key {key!r}")
            out[key] = value
        return out

    if json_depth(data) > MAX_JSON_DEPTH:
        raise _malformed(t("{what} lồng nhau quá sâu.", what=what))
    try:
        text = data.decode("utf-8")
        value = json.loads(text, object_pairs_hook=pairs if strict_keys else None,
                           parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _malformed(t("{what} không phải JSON UTF-8 hợp lệ ({reason}).", what=what, reason=str(exc)[:80])) from exc
    return value


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not JSON")


_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = [0] * 256
_STEP[ord("[")] = _STEP[ord("{")] = 1
_STEP[ord("]")] = _STEP[ord("}")] = -1


def json_depth(data: bytes) -> int:
    """How deep a JSON text nests, from its bytes (strings removed first): checked before
    parsing, in C-speed passes, so a hostile file costs nothing to refuse."""
    if b'\\"' in data:  # an escaped quote: only the full string grammar finds where strings end
        outside = _JSON_STRING.sub(b"", data)
    else:
        outside = b"".join(data.split(b'"')[::2])
    brackets = outside.translate(None, _NOT_BRACKETS)
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def _check_manifest(manifest: Any) -> None:
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
    if manifest["kind"] not in ("cell", "consolidated"):
        raise _malformed(t("Loại báo cáo “{kind}” không được hỗ trợ.", kind=manifest['kind'][:20]))
    if not _is_uuid(manifest["report_id"]) or len(manifest["installation_id"]) > 36:
        raise _malformed("manifest.json sai mã báo cáo hoặc mã cài đặt.")
    if not 1 <= manifest["sequence"] <= 2**53:
        raise _malformed("Số thứ tự của tệp báo cáo không hợp lệ.")
    if not _CREATED.match(manifest["created"]):
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
    """Every check of docs/report-format.md on a file already read (with the size cap)."""
    size = len(data)
    if size > MAX_FILE_BYTES:
        raise ReportFileError("too_large", t("Tệp quá lớn ({size} MB) cho một báo cáo.", size=size // (1024 * 1024)),
                              t("Tệp báo cáo hợp lệ không quá {limit} MB; kiểm tra lại tệp.", limit=MAX_FILE_BYTES // (1024 * 1024)))
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _malformed("Tệp không đọc được: không phải tệp báo cáo, hoặc đã bị cắt cụt khi sao chép.",
                         "Sao chép lại tệp từ USB (chờ sao chép xong mới rút) hoặc xin đơn vị gửi lại.") from exc
    with zf:
        try:
            return _verify_zip(zf, data, size)
        except ReportFileError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
                RuntimeError, KeyError, OverflowError) as exc:
            raise _malformed("Tệp báo cáo bị hỏng: nội dung nén không giải được.",
                             "Sao chép lại tệp hoặc xin đơn vị gửi lại.") from exc


def _verify_zip(zf: zipfile.ZipFile, data: bytes, size: int) -> VerifiedFile:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _malformed(t("Tệp báo cáo có quá nhiều thành phần ({count}).", count=len(infos)), "Tệp có thể đã bị sửa đổi; không dùng tệp này.")
    by_name: dict[str, zipfile.ZipInfo] = {}
    declared_total = 0
    for info in infos:
        check_name(info.filename)
        if info.filename in by_name:
            raise _malformed(t("Tệp báo cáo có hai thành phần cùng tên “{filename}”.", filename=info.filename), "Tệp có thể đã bị sửa đổi; không dùng tệp này.")
        if info.flag_bits & 0x1:
            raise _malformed("Tệp báo cáo có thành phần bị mã hóa.", "Tệp KH130 không mã hóa thành phần nào; không dùng tệp này.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _malformed("Tệp báo cáo dùng kiểu nén không được hỗ trợ.")
        if info.file_size > MAX_MEMBER_BYTES:
            raise ReportFileError("too_large", t("Thành phần “{filename}” quá lớn khi giải nén ({file_size} byte).", filename=info.filename, file_size=info.file_size),
                                  "Tệp có thể là tệp độc hại (bom giải nén); không dùng tệp này.")
        declared_total += info.file_size
        by_name[info.filename] = info
    if declared_total > MAX_TOTAL_BYTES:
        raise ReportFileError("too_large", "Nội dung giải nén của tệp quá lớn.", "Tệp có thể là tệp độc hại (bom giải nén); không dùng tệp này.")
    if MANIFEST not in by_name or SIGNATURE not in by_name:
        raise _malformed("Tệp không có manifest.json hoặc manifest.sig: không phải tệp báo cáo KH130.")
    manifest_bytes = _read_member(zf, by_name[MANIFEST], MAX_MANIFEST_BYTES)
    signature = _read_member(zf, by_name[SIGNATURE], 64)
    manifest = parse_json(manifest_bytes, "manifest.json", strict_keys=True)
    _check_manifest(manifest)
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
    for name, entry in listed.items():
        info = by_name.get(name)
        if info is None:
            raise ReportFileError("hash_mismatch", t("Tệp thiếu thành phần “{name}” đã ký.", name=name), "Tệp không đầy đủ; xin đơn vị gửi lại.")
        if info.file_size != entry["size"]:
            raise ReportFileError("hash_mismatch", t("Kích thước của “{name}” khác với bản đã ký.", name=name), "Tệp đã bị sửa đổi sau khi ký; không dùng tệp này.")
        content = _read_member(zf, info, MAX_MEMBER_BYTES)
        if sha256_hex(content) != entry["sha256"]:
            raise ReportFileError("hash_mismatch", t("Nội dung “{name}” không khớp mã băm SHA-256 đã ký.", name=name),
                                  "Tệp đã bị sửa đổi sau khi ký; không dùng tệp này.")
        members[name] = content
    if REPORT_JSON not in members:
        raise _malformed("Tệp báo cáo không có report.json.")
    report = parse_json(members[REPORT_JSON], "report.json")
    if not isinstance(report, dict) or report.get("format") != DATA_FORMAT_NAME or report.get("version") != FORMAT_VERSION:
        raise ReportFileError("unknown_version", "Dữ liệu báo cáo (report.json) có định dạng không được hỗ trợ.",
                              "Cài phiên bản KH130 mới nhất rồi nhập lại tệp.")
    unit = report.get("cell") if manifest["kind"] == "cell" else report.get("committee")
    if not isinstance(unit, dict) or unit.get("uid") != manifest["cell"]["uid"] or report.get("period") != manifest["period"]:
        raise _malformed("Dữ liệu báo cáo không khớp với chi bộ hoặc kỳ ghi trong manifest.json.")
    return VerifiedFile(manifest=manifest, manifest_bytes=manifest_bytes, report=report, members=members,
                        container_sha256=sha256_hex(data), public_key=public, fingerprint=print_, size=size,
                        extra={"container": data})


def read_capped(path, cap: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, refusing before reading when it is larger than any report can be."""
    import os

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
