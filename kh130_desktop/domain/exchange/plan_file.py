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

from ..book import plan_check
from ..book.periods import Period
from ..book.plan_data import plan_to_data
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
        return self.verified.created.replace(tzinfo=dt.timezone.utc)


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


def check_plan_data(plan: Any, year: int) -> dict:
    """A plan from outside checked by the one plan checker (book/plan_check.check_plan_data),
    and for the file's year: a refusal of the file, with the checker's reason, when it fails."""
    if not isinstance(plan, dict) or plan.get("year") != year:
        raise _malformed("Kế hoạch trong tệp không khớp với năm của tệp.", "Xin cấp ủy ghi lại tệp kế hoạch.")
    try:
        return plan_check.check_plan_data(plan)
    except ValidationError as exc:
        raise ReportFileError("malformed", exc.message, "Xin cấp ủy ghi lại tệp kế hoạch.") from exc
