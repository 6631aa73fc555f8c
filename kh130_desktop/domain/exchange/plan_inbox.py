"""A cell receives the year's plan file: a preview of what it brings, then the import, which
replaces the year's plan and keeps the cell's records and manual marks (book/plan.load_plan);
a file from a key the cell has not trusted is held with its fingerprint shown; and where each
year's plan came from (`plan_origin`), for the plan page.

Revisions are per year: an older revision than the one held is "already have newer", the same
one "already received"; neither writes anything (docs/report-format.md §7).
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import dataclass

from sqlmodel import Session, select

from ..book.plan import plan_file as bundled_plan_file
from ..book.plan_data import plan_to_data
from ..book.plan import load_plan  # keeps the manual "done" marks by milestone code
from ..clock import local_day
from ..errors import Text, t
from ..store.exchange_tables import ReceivedPlan
from ..store.tables import PlanYear
from .container import PLAN_KIND
from .incoming import committee_key, held_file, hold, is_trusted, refuse_untrusted
from .plan_file import PlanFile, check_plan_data, plan_content_sha256, read_plan_file
from .refusal import ReportFileError

# What importing a plan file does (or, in a preview, would do).
NEW, NEWER, SAME, OLDER, UNTRUSTED, CONFLICT = "new", "newer", "same", "older", "untrusted", "conflict"


@dataclass(frozen=True)
class PlanPreview:
    """What a plan file brings, and what importing it would do (`status`, with `message`)."""

    file: PlanFile
    status: str
    message: Text
    replaces: Text  # what the year's plan is now ("" when there is none)

    @property
    def counts(self) -> dict[str, int]:
        plan = self.file.plan
        return {"materials": len(plan["materials"]), "quarter_topics": len(plan["quarter_topics"]),
                "pledge_themes": len(plan["pledge_themes"]), "milestones": len(plan["milestones"])}

    @property
    def writes(self) -> bool:
        return self.status in (NEW, NEWER)

    def summary_lines(self) -> list[Text]:
        """The preview in a few lines, for the command line and the dialog."""
        lines = plan_file_lines(self.file)
        if self.replaces and self.writes:  # "replaces" only when the import would replace something
            lines.append(t("Thay cho: {what}", what=self.replaces))
        lines.append(self.message)
        return lines


def plan_file_lines(f: PlanFile) -> list[Text]:
    """What a plan file brings, in three lines: the import's preview, the wizard's, `kh130 verify`."""
    plan = f.plan
    return [t("Kế hoạch năm {year} của {committee}, ban hành lần {revision} (ký ngày {day}).", year=f.year,
              committee=f.committee_name, revision=f.revision, day=f"{local_day(f.created):%d/%m/%Y}"),
            t("Chủ đề: {topic}", topic=plan["short_topic"] or plan["topic"]),
            t("{materials} tài liệu, {topics} chủ đề thảo luận theo quý, {themes} nội dung làm theo, {milestones} mốc kế hoạch.",
              materials=len(plan["materials"]), topics=len(plan["quarter_topics"]), themes=len(plan["pledge_themes"]),
              milestones=len(plan["milestones"]))]


def plan_digest(plan: dict, year: int) -> str:
    """The plan's content, whatever its order of milestones on the same day and its text's
    white space: what "the same plan" means for its origin."""
    try:
        data = check_plan_data(plan, year)
    except ReportFileError:
        return ""
    data["milestones"].sort(key=lambda m: (m["due_on"], m["code"]))
    return plan_content_sha256(_squeezed(data))


def _squeezed(value):
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFC", value).split())
    if isinstance(value, list):
        return [_squeezed(v) for v in value]
    if isinstance(value, dict):
        return {k: _squeezed(v) for k, v in value.items()}
    return value


def _latest(tx: Session, year: int) -> ReceivedPlan | None:
    return tx.exec(select(ReceivedPlan).where(ReceivedPlan.year == year)
                   .order_by(ReceivedPlan.revision.desc(), ReceivedPlan.id.desc())).first()


def preview_plan(tx: Session, data: bytes) -> PlanPreview:
    """Read a plan file (every check; a `ReportFileError` when one fails) and say what its import
    would do. Writes nothing."""
    f = read_plan_file(data)
    origin = plan_origin(tx, f.year)
    replaces = origin.text if origin.kind != NONE else Text("")
    if committee_key(tx) is not None:
        refuse_untrusted(tx, f.fingerprint, t("kế hoạch"))  # another key than the one recorded: refused
    if not is_trusted(tx, f.fingerprint):  # no committee key recorded yet: held, its fingerprint shown
        groups = f.fingerprint.split()
        grouped = "\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))  # as the slip prints it
        return PlanPreview(f, UNTRUSTED, t("Khóa ký tệp này chưa được chi bộ ghi nhận. So dấu vân tay dưới đây với phiếu khóa "
                                           "của cấp ủy; chỉ tin cậy khi trùng khớp hoàn toàn:\n{fp}", fp=grouped), replaces)
    last = _latest(tx, f.year)
    if last is not None:
        if last.manifest_sha256 == f.verified.manifest_sha256:
            return PlanPreview(f, SAME, t("Đã nhận tệp kế hoạch này (lần {revision}) từ trước; không có gì thay đổi.",
                                          revision=f.revision), replaces)
        if f.revision < last.revision:
            return PlanPreview(f, OLDER, t("Chi bộ đã có bản kế hoạch mới hơn (lần {held}); tệp này (lần {revision}) không được nhập.",
                                           held=last.revision, revision=f.revision), replaces)
        if f.revision == last.revision:
            return PlanPreview(f, CONFLICT, t("Tệp này mang cùng lần ban hành {revision} với bản đã nhận nhưng nội dung khác; "
                                              "không nhập. Hỏi lại cấp ủy.", revision=f.revision), replaces)
        return PlanPreview(f, NEWER, t("Bản mới hơn (lần {revision}) thay bản lần {held}; giữ nguyên sổ sách và các mốc đã đánh dấu.",
                                       revision=f.revision, held=last.revision), replaces)
    if tx.get(PlanYear, f.year) is not None:
        return PlanPreview(f, NEWER, t("Thay kế hoạch năm {year} hiện có; giữ nguyên sổ sách và các mốc đã đánh dấu.", year=f.year), replaces)
    return PlanPreview(f, NEW, t("Nhập kế hoạch năm {year}.", year=f.year), replaces)


def import_plan(tx: Session, data: bytes, file_name: str = "") -> PlanPreview:
    """Import a plan file when its preview says so (new or newer); hold it when its key is not
    trusted yet; otherwise write nothing. Returns the preview that decided."""
    preview = preview_plan(tx, data)
    f = preview.file
    if preview.status == UNTRUSTED:
        hold(tx, kind=PLAN_KIND, container_sha256=f.verified.container_sha256, fingerprint=f.fingerprint,
             unit_name=f.committee_name, file_name=file_name, data=data)
    elif preview.writes:
        load_plan(tx, f.plan)
        tx.add(ReceivedPlan(year=f.year, revision=f.revision, committee_uid=f.committee_uid,
                            committee_name=f.committee_name[:200], fingerprint=f.fingerprint,
                            manifest_sha256=f.verified.manifest_sha256, plan_sha256=plan_digest(plan_to_data(tx, f.year), f.year),
                            created_at=f.created))
        tx.flush()
    return preview


def import_held_plan(tx: Session, held_id: int) -> PlanPreview:
    """A held plan file, once its key is trusted (incoming.trust_committee_key): imported, and
    let go of whatever its import decided."""
    row = held_file(tx, held_id)
    data, name = row.container, row.file_name
    tx.delete(row)
    tx.flush()
    return import_plan(tx, data, name)


# --- where the year's plan came from --------------------------------------------------------------

BUNDLED, HERE, COMMITTEE, NONE = "bundled", "here", "committee", "none"


@dataclass(frozen=True)
class PlanOrigin:
    kind: str  # bundled | here | committee | none
    text: Text
    revision: int | None = None
    received_on: dt.date | None = None
    edited_here: bool = False


def plan_origin(tx: Session, year: int) -> PlanOrigin:
    """Where the year's plan came from: the committee's file (its name, revision, the day it
    was received, and whether it was edited here since), the plan bundled with the program,
    or made here."""
    if tx.get(PlanYear, year) is None:
        return PlanOrigin(NONE, t("Chưa có kế hoạch năm {year}.", year=year))
    current = plan_digest(plan_to_data(tx, year), year)
    last = _latest(tx, year)
    if last is not None:
        day = local_day(last.received_at)
        edited = current != last.plan_sha256
        text = t("Kế hoạch do {committee} ban hành, lần {revision}, nhận ngày {day}.", committee=last.committee_name,
                 revision=last.revision, day=f"{day:%d/%m/%Y}")
        if edited:
            text = t("{text} Chi bộ đã sửa sau khi nhận.", text=text)
        return PlanOrigin(COMMITTEE, text, last.revision, day, edited)
    path = bundled_plan_file(year)
    if path.exists():
        try:
            bundled = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            bundled = None
        if bundled is not None and plan_digest(bundled, year) == current:
            return PlanOrigin(BUNDLED, t("Kế hoạch năm {year} có sẵn trong chương trình (mẫu).", year=year))
    from ..store.settings import get_mode

    if get_mode(tx) == "receiving":
        return PlanOrigin(HERE, t("Kế hoạch năm {year} do cấp ủy lập trên máy này.", year=year))
    return PlanOrigin(HERE, t("Kế hoạch năm {year} do chi bộ tự lập.", year=year))


# --- recording the committee's key, with what waited for it ------------------------------------------

def trust_and_take_held(tx: Session, fingerprint: str, committee_name: str) -> list[PlanPreview]:
    """Record the committee's key (typed from its slip), then import every plan file held for it."""
    from .incoming import held_files, trust_committee_key

    key = trust_committee_key(tx, fingerprint, committee_name)
    held = [h.id for h in held_files(tx) if h.fingerprint == key.fingerprint and h.kind == PLAN_KIND]
    return [import_held_plan(tx, held_id) for held_id in held]


def trust_and_import_plan(tx: Session, data: bytes, committee_name: str, file_name: str = "") -> PlanPreview:
    """A plan file from a key not recorded yet, whose fingerprint the secretary compared with the
    committee's slip: record that key, then import the file (one action)."""
    from .incoming import trust_committee_key

    f = read_plan_file(data)
    trust_committee_key(tx, f.fingerprint, committee_name or f.committee_name)
    for row in held_plan_rows(tx, f.verified.container_sha256):
        tx.delete(row)
    return import_plan(tx, data, file_name)


def held_plan_rows(tx: Session, container_sha256: str) -> list:
    from ..store.exchange_tables import HeldIncoming

    return list(tx.exec(select(HeldIncoming).where(HeldIncoming.container_sha256 == container_sha256)))


def create_cell_with_plan(tx: Session, cell_data, secretary, records_from: dt.date | None, *, fingerprint: str = "",
                          committee_name: str = "", plan: bytes | None = None):
    """The wizard's one action: the cell and its secretary, and (optional) the committee's key
    from its slip and the committee's plan file, all or nothing."""
    from ..book.cell import create_cell_with_secretary
    from ..errors import ValidationError
    from .incoming import trust_committee_key

    cell = create_cell_with_secretary(tx, cell_data, secretary, records_from)
    if fingerprint.strip():
        trust_committee_key(tx, fingerprint, committee_name or cell_data.receiving_committee)
    if plan is not None:
        if not fingerprint.strip():
            raise ValidationError("Chưa nhập dấu vân tay khóa của cấp ủy, nên chưa nhập được tệp kế hoạch.",
                                  hint="Ghi dấu vân tay in trên phiếu khóa của cấp ủy, hoặc bỏ tệp kế hoạch (nhập sau ở trang Chi bộ).",
                                  field="committee_fingerprint")
        import_plan(tx, plan)
    return cell
