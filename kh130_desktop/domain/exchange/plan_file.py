"""The year's plan file (manifest kind "plan"): the committee signs the year's plan once for all
its cells, in the report file's container and fixed points; a cell reads it back here, every
field checked before anything is believed (docs/report-format.md §7).

`plan.json` carries the plan in the very shape of resources/plan/<year>.json
(book/plan_data.plan_to_data), with the committee, the year and the plan's revision for that
year. An unchanged plan issued again is the very same file; a changed one is the next revision.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from ..book.periods import Period
from ..book.plan_data import plan_to_data
from ..book.vocabulary import SessionKind
from ..errors import ValidationError, t
from ..store.exchange_tables import IssuedPlan
from ..text import fold
from .container import EXTENSION, FORMAT_VERSION, PLAN_KIND, VerifiedFile, build_container, sha256_hex, verify_signed
from .export import ExportResult, next_sequence
from .identity import Identity
from .refusal import ReportFileError, _malformed
from .registry import committee_profile
from .strict_json import canonical_json, parse_strict

PLAN_JSON = "plan.json"
PLAN_FORMAT_NAME = "kh130-plan-data"

MAX_ITEMS = 60  # materials, themes or milestones: a plan has a handful
_CODE = re.compile(r"^[a-z0-9_]{1,40}$")
_RULES = {"", "pledges", "reviews"} | {f"session:{kind.value}" for kind in SessionKind}


def plan_content_sha256(plan: dict) -> str:
    return sha256_hex(canonical_json(plan))


# --- the committee issues it ------------------------------------------------------------------

def export_plan(tx: Session, identity: Identity, year: int, *, now: dt.datetime | None = None) -> ExportResult:
    """The signed plan file of `year` for all the committee's cells: a new revision when the
    plan changed since it was last issued, else the very same bytes again. The result's
    `sequence` is the plan's revision for that year (what people see: "lần 2")."""
    profile = committee_profile(tx)
    if not profile.name or not profile.uid:
        raise ValidationError("Chưa nhập tên cấp ủy tiếp nhận.",
                              hint="Ghi tên cấp ủy ở trang Tiếp nhận (hoặc kh130 committee set --name …) rồi ghi tệp kế hoạch.")
    plan = plan_to_data(tx, year)
    content = plan_content_sha256(plan)
    last = tx.exec(select(IssuedPlan).where(IssuedPlan.year == year).order_by(IssuedPlan.revision.desc())).first()
    if last is not None and last.content_sha256 == content:
        return ExportResult(last.container, last.file_name, last.report_id, last.revision, None, identity.fingerprint, False)
    revision = last.revision + 1 if last is not None else 1
    created = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    body = {"format": PLAN_FORMAT_NAME, "version": FORMAT_VERSION, "year": year, "revision": revision,
            "committee": {"uid": profile.uid, "name": profile.name}, "plan": plan}
    report_id = str(uuid.uuid4())
    data = build_container(identity, kind=PLAN_KIND, unit_uid=profile.uid, unit_name=profile.name, period=Period(year),
                           sequence=next_sequence(tx), report_id=report_id,
                           supersedes=last.report_id if last is not None else None, created=created,
                           members={PLAN_JSON: canonical_json(body)})
    slug = re.sub(r"[^a-z0-9]+", "-", fold(profile.name)).strip("-")[:60] or "cap-uy"
    name = f"ke-hoach-{year}_{slug}_lan-{revision}{EXTENSION}"
    tx.add(IssuedPlan(year=year, revision=revision, report_id=report_id, content_sha256=content, created_at=created,
                      file_name=name, container=data))
    tx.flush()
    return ExportResult(data, name, report_id, revision, None, identity.fingerprint, True)


def issued_plans(tx: Session) -> list[IssuedPlan]:
    return list(tx.exec(select(IssuedPlan).order_by(IssuedPlan.year.desc(), IssuedPlan.revision.desc())))


# --- a cell reads it ------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanFile:
    """A plan file whose container, signature and every field checked out (its key is the
    caller's to judge: exchange/incoming.py)."""

    verified: VerifiedFile
    year: int
    revision: int
    committee_uid: str
    committee_name: str
    plan: dict  # the shape of book/plan_data.plan_to_data, texts NFC

    @property
    def fingerprint(self) -> str:
        return self.verified.fingerprint

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.strptime(self.verified.manifest["created"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def read_plan_file(data: bytes) -> PlanFile:
    """Every check of a plan file (docs/report-format.md §4 and §7); a `ReportFileError` with
    its Vietnamese reason when any fails."""
    v = verify_signed(data, (PLAN_KIND,))
    if PLAN_JSON not in v.members:
        raise _malformed("Tệp kế hoạch không có plan.json.", "Xin cấp ủy ghi lại tệp kế hoạch.")
    body, normalised = parse_strict(v.members[PLAN_JSON], PLAN_JSON)
    if not isinstance(body, dict) or body.get("format") != PLAN_FORMAT_NAME or body.get("version") != FORMAT_VERSION:
        raise ReportFileError("unknown_version", "Dữ liệu kế hoạch (plan.json) có định dạng không được hỗ trợ.",
                              "Cài phiên bản KH130 mới nhất rồi nhập lại tệp.")
    year, revision, committee = body.get("year"), body.get("revision"), body.get("committee")
    if not _int(year) or not _int(revision) or not 1 <= revision <= 10_000:
        raise _malformed("plan.json thiếu hoặc sai năm, lần ban hành của kế hoạch.", "Xin cấp ủy ghi lại tệp kế hoạch.")
    if not 2000 <= year <= 2100:
        raise _malformed(t("Tệp kế hoạch cho năm {year}, một năm không có.", year=str(year)[:10]), "Xin cấp ủy ghi lại tệp kế hoạch.")
    manifest = v.manifest
    if not isinstance(committee, dict) or committee.get("uid") != manifest["cell"]["uid"] or manifest["period"] != str(year):
        raise _malformed("Dữ liệu kế hoạch không khớp với cấp ủy hoặc năm ghi trong manifest.json.", "Xin cấp ủy ghi lại tệp kế hoạch.")
    plan = check_plan_data(body.get("plan"), year)
    if normalised:
        v.warnings.append(t("Văn bản trong {member} không ở dạng Unicode chuẩn (NFC); đã chuẩn hóa khi đọc.", member=PLAN_JSON))
    return PlanFile(v, year, revision, manifest["cell"]["uid"], manifest["cell"]["name"], plan)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: Any, limit: int, what: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
        raise _malformed(t("Kế hoạch trong tệp sai trường “{what}”.", what=what), "Xin cấp ủy ghi lại tệp kế hoạch.")
    return value


def _day(value: Any, what: str, *, required: bool = False) -> str | None:
    if value is None and not required:
        return None
    try:
        return dt.date.fromisoformat(_text(value, 10, what, required=True)).isoformat()
    except ValueError as exc:
        raise _malformed(t("Kế hoạch trong tệp sai ngày ở trường “{what}”.", what=what), "Xin cấp ủy ghi lại tệp kế hoạch.") from exc


def _items(value: Any, what: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise _malformed(t("Kế hoạch trong tệp sai danh sách “{what}”.", what=what), "Xin cấp ủy ghi lại tệp kế hoạch.")
    return value


def _unique(codes: list[str], what: str) -> None:
    if len(set(codes)) != len(codes):
        raise _malformed(t("Kế hoạch trong tệp có mã trùng nhau trong “{what}”.", what=what), "Xin cấp ủy ghi lại tệp kế hoạch.")


def check_plan_data(plan: Any, year: int) -> dict:
    """A plan from outside, every field of the plan_to_data shape checked (type, length, codes,
    dates in the plan's year): what `load_plan` may then be given. Unknown fields are dropped."""
    if not isinstance(plan, dict) or plan.get("year") != year:
        raise _malformed("Kế hoạch trong tệp không khớp với năm của tệp.", "Xin cấp ủy ghi lại tệp kế hoạch.")
    out = {"year": year, "plan_number": _text(plan.get("plan_number"), 60, "plan_number"),
           "plan_date": _day(plan.get("plan_date"), "plan_date"), "issuer": _text(plan.get("issuer"), 200, "issuer"),
           "short_topic": _text(plan.get("short_topic"), 300, "short_topic"),
           "topic": _text(plan.get("topic"), 4000, "topic", required=True)}
    out["materials"] = [_text(m, 2000, "materials", required=True) for m in _items(plan.get("materials"), "materials")]
    topics = plan.get("quarter_topics") or {}
    if not isinstance(topics, dict) or not set(topics) <= {"1", "2", "3", "4"}:
        raise _malformed("Kế hoạch trong tệp sai chủ đề các quý.", "Xin cấp ủy ghi lại tệp kế hoạch.")
    out["quarter_topics"] = {q: _text(text, 4000, "quarter_topics", required=True) for q, text in sorted(topics.items())}
    themes = []
    for theme in _items(plan.get("pledge_themes"), "pledge_themes"):
        if not isinstance(theme, dict) or not isinstance(theme.get("code"), str) or not _CODE.match(theme["code"]):
            raise _malformed("Kế hoạch trong tệp sai mã chủ đề làm theo.", "Xin cấp ủy ghi lại tệp kế hoạch.")
        themes.append({"code": theme["code"], "title": _text(theme.get("title"), 300, "pledge_themes", required=True)})
    _unique([th["code"] for th in themes], "pledge_themes")
    out["pledge_themes"] = themes
    milestones = []
    for item in _items(plan.get("milestones"), "milestones"):
        if not isinstance(item, dict) or not isinstance(item.get("code"), str) or not _CODE.match(item["code"]):
            raise _malformed("Kế hoạch trong tệp sai mã mốc kế hoạch.", "Xin cấp ủy ghi lại tệp kế hoạch.")
        quarter = item.get("quarter")
        rule = item.get("done_when", "") or ""
        if quarter is not None and not (_int(quarter) and 1 <= quarter <= 4) or not isinstance(rule, str) or rule not in _RULES:
            raise _malformed(t("Mốc “{code}” của kế hoạch sai quý hoặc cách tính hoàn thành.", code=item["code"]),
                             "Xin cấp ủy ghi lại tệp kế hoạch.")
        due = _day(item.get("due_on"), "due_on", required=True)
        if not str(year - 1) <= due[:4] <= str(year + 1):
            raise _malformed(t("Mốc “{code}” có hạn ngoài năm của kế hoạch.", code=item["code"]), "Xin cấp ủy ghi lại tệp kế hoạch.")
        milestones.append({"code": item["code"], "title": _text(item.get("title"), 300, "milestones", required=True),
                           "due_on": due, "quarter": quarter, "done_when": rule})
    _unique([m["code"] for m in milestones], "milestones")
    out["milestones"] = milestones
    return out
