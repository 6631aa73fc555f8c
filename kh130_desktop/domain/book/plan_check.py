"""A year's plan as data (the shape of resources/plan/<year>.json), checked before anything is
written: from a file on disk, from the plan editor, or from the committee's signed plan file.

Every byte from outside is hostile until checked: `check_plan_data` refuses the first thing
wrong with a Vietnamese message naming it (and the field, for the editor), and gives back a
clean copy (NFC, spaces folded, dates as ISO text) that `plan.load_plan` can write as it is.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from ..errors import ValidationError, t
from ..text import clean, clean_multiline
from .vocabulary import SessionKind

MAX_FILE_BYTES = 1_000_000  # the 2022 plan is 7 kB
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_MATERIALS, MAX_THEMES, MAX_MILESTONES = 50, 30, 60
CODE = re.compile(r"[a-z0-9_]{1,40}")
# The rules that mark a milestone done from the records (plan.milestone_statuses).
DONE_RULES = tuple(f"session:{kind.value}" for kind in SessionKind) + ("pledges", "reviews")
KEYS = {"year", "plan_number", "plan_date", "issuer", "short_topic", "topic", "materials", "quarter_topics",
        "pledge_themes", "milestones"}
_HINT = "Sửa tệp kế hoạch (hoặc xin lại tệp của cấp ủy cấp trên) rồi chọn lại."


def read_plan_file(path: Path, year: int | None = None) -> dict:
    """The plan in a JSON file on disk, checked; `year`, when given, must be the file's."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(t("Tệp {name} quá lớn cho một tệp kế hoạch ({size} byte).", name=path.name, size=size),
                                  hint="Chọn đúng tệp kế hoạch năm (.json).")
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(t("Không đọc được tệp {name}.", name=path.name), hint="Kiểm tra tệp còn đó và đọc được.") from exc
    if raw.startswith(b"PK"):  # a signed .kh130 container (a zip), most likely the committee's plan file
        raise ValidationError(t("Tệp {name} là tệp KH130 đã ký (như tệp kế hoạch cấp ủy gửi xuống), không phải tệp kế hoạch "
                                "dạng JSON.", name=path.name),
                              hint="Tệp kế hoạch của cấp ủy nhập ở trang “Chi bộ”, nút “Nhập tệp kế hoạch…” (hoặc lệnh "
                                   "kh130 plan import); ở đây chỉ nạp tệp kế hoạch dạng .json.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(t("Tệp {name} không phải văn bản UTF-8.", name=path.name), hint="Chọn đúng tệp kế hoạch năm (.json).") from exc
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ValidationError(t("Tệp {name} không phải tệp kế hoạch JSON đọc được.", name=path.name),
                              hint="Chọn đúng tệp kế hoạch năm (.json).") from exc
    plan = check_plan_data(data)
    if year is not None and plan["year"] != year:
        raise ValidationError(t("Tệp {name} là kế hoạch năm {file_year}, không phải năm {year}.", name=path.name,
                                file_year=plan["year"], year=year), hint="Chọn tệp kế hoạch của đúng năm.")
    return plan


def check_plan_data(data) -> dict:
    """A clean, checked copy of one year's plan; a ValidationError (with `field`) at the first fault."""
    if not isinstance(data, dict):
        raise ValidationError("Tệp kế hoạch không đúng dạng: phải là một đối tượng JSON.", hint=_HINT)
    unknown = sorted(str(k) for k in data if k not in KEYS)
    if unknown:
        raise ValidationError(t("Tệp kế hoạch có mục lạ: {keys}.", keys=", ".join(unknown)[:200]), hint=_HINT)
    year = data.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(t("Năm của kế hoạch phải là một số từ {low} đến {high}.", low=FIRST_YEAR, high=LAST_YEAR),
                              hint=_HINT, field="year")
    topic = _text(data.get("topic"), "topic", t("chủ đề (Chuyên đề) của năm"), 2000)
    if not topic:
        raise ValidationError("Chưa nhập chủ đề (Chuyên đề) của năm.", hint="Ghi chủ đề như trong kế hoạch của cấp ủy.", field="topic")
    plan_date = _day(data.get("plan_date"), "plan_date", "ngày ban hành kế hoạch")
    if plan_date is not None and not year - 2 <= plan_date.year <= year:
        raise ValidationError(t("Ngày ban hành {day} không hợp với kế hoạch năm {year}.", day=f"{plan_date:%d/%m/%Y}", year=year),
                              hint="Kế hoạch của một năm được ban hành trong năm đó hoặc năm trước.", field="plan_date")
    return {
        "year": year,
        "plan_number": _text(data.get("plan_number"), "plan_number", t("số kế hoạch"), 60),
        "plan_date": plan_date.isoformat() if plan_date else None,
        "issuer": _text(data.get("issuer"), "issuer", t("cơ quan ban hành"), 200),
        "short_topic": _text(data.get("short_topic"), "short_topic", t("tên ngắn của chủ đề"), 300),
        "topic": topic,
        "materials": _materials(data.get("materials", [])),
        "quarter_topics": _quarter_topics(data.get("quarter_topics", {})),
        "pledge_themes": _themes(data.get("pledge_themes", [])),
        "milestones": _milestones(data.get("milestones", []), year),
    }


def _text(value, field: str, what: str, limit: int, *, multiline: bool = False) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(t("Mục “{what}” phải là chữ.", what=what), hint=_HINT, field=field)
    if any(ord(ch) < 32 and ch not in "\n\t\r" for ch in value):
        raise ValidationError(t("Mục “{what}” có ký tự điều khiển không hợp lệ.", what=what), hint=_HINT, field=field)
    text = clean_multiline(value) if multiline else clean(value)
    if len(text) > limit:
        raise ValidationError(t("Mục “{what}” dài quá {limit} ký tự.", what=what, limit=limit),
                              hint="Rút gọn lại.", field=field)
    return text


def _day(value, field: str, what: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(t("Mục “{what}” không phải một ngày hợp lệ.", what=what),
                              hint="Ngày ghi theo dạng năm-tháng-ngày, ví dụ 2026-03-15.", field=field) from None


def _list(value, field: str, what: str, limit: int) -> list:
    if not isinstance(value, list):
        raise ValidationError(t("Mục “{what}” phải là một danh sách.", what=what), hint=_HINT, field=field)
    if len(value) > limit:
        raise ValidationError(t("Có quá nhiều {what} (tối đa {limit}).", what=what, limit=limit), hint=_HINT, field=field)
    return value


def _materials(value) -> list[str]:
    out = []
    for n, item in enumerate(_list(value, "materials", t("tài liệu học tập"), MAX_MATERIALS), 1):
        title = _text(item, "materials", t("tài liệu số {n}", n=n), 1000, multiline=True)
        if not title:
            raise ValidationError(t("Tài liệu số {n} chưa có tên.", n=n), hint="Ghi tên tài liệu hoặc bỏ dòng đó.", field="materials")
        out.append(title)
    return out


def _quarter_topics(value) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValidationError("Mục “chủ đề thảo luận theo quý” phải là một bảng quý → chủ đề.", hint=_HINT, field="quarter_topics")
    out = {}
    for key, text in value.items():
        if str(key) not in ("1", "2", "3", "4"):
            raise ValidationError(t("Quý “{quarter}” không có: quý là 1, 2, 3 hoặc 4.", quarter=str(key)[:20]), hint=_HINT,
                                  field="quarter_topics")
        topic = _text(text, "quarter_topics", t("chủ đề quý {q}", q=key), 3000, multiline=True)
        if topic:
            out[str(key)] = topic
    return dict(sorted(out.items()))


def _code(value, field: str, what: str, seen: set[str]) -> str:
    if not isinstance(value, str) or not CODE.fullmatch(value):
        raise ValidationError(t("Mã của {what} phải gồm chữ thường không dấu, số hoặc “_” (tối đa 40 ký tự).", what=what),
                              hint="Ví dụ: tu_hoc_tu_ren.", field=field)
    if value in seen:
        raise ValidationError(t("Mã “{code}” bị trùng.", code=value), hint="Mỗi mục cần một mã riêng.", field=field)
    seen.add(value)
    return value


def _entry(item, field: str, what: str) -> dict:
    if not isinstance(item, dict):
        raise ValidationError(t("{what} không đúng dạng.", what=what), hint=_HINT, field=field)
    return item


def _themes(value) -> list[dict]:
    out, seen = [], set()
    for n, item in enumerate(_list(value, "pledge_themes", t("nội dung làm theo"), MAX_THEMES), 1):
        what = t("nội dung làm theo số {n}", n=n)
        item = _entry(item, "pledge_themes", what)
        code = _code(item.get("code"), "pledge_themes", what, seen)
        title = _text(item.get("title"), "pledge_themes", what, 300)
        if not title:
            raise ValidationError(t("Nội dung làm theo “{code}” chưa có tên.", code=code), hint="Ghi tên nội dung.", field="pledge_themes")
        out.append({"code": code, "title": title})
    return out


def _milestones(value, year: int) -> list[dict]:
    out, seen = [], set()
    for n, item in enumerate(_list(value, "milestones", t("mốc kế hoạch"), MAX_MILESTONES), 1):
        what = t("mốc số {n}", n=n)
        item = _entry(item, "milestones", what)
        code = _code(item.get("code"), "milestones", what, seen)
        title = _text(item.get("title"), "milestones", what, 300)
        if not title:
            raise ValidationError(t("Mốc số {n} chưa có nội dung.", n=n), hint="Ghi việc phải xong ở mốc đó.", field="milestones")
        due = _day(item.get("due_on"), "milestones", t("hạn của mốc số {n}", n=n))
        if due is None:
            raise ValidationError(t("Mốc “{title}” chưa có hạn.", title=title[:80]), hint="Ghi ngày việc đó phải xong.", field="milestones")
        if not year <= due.year <= year + 1:
            raise ValidationError(t("Hạn {day} của mốc “{title}” không thuộc năm {year}.", day=f"{due:%d/%m/%Y}", title=title[:80], year=year),
                                  hint="Hạn của một mốc nằm trong năm của kế hoạch (hoặc đầu năm sau).", field="milestones")
        quarter = item.get("quarter")
        if quarter is not None and (not isinstance(quarter, int) or isinstance(quarter, bool) or not 1 <= quarter <= 4):
            raise ValidationError(t("Quý của mốc “{title}” phải là 1, 2, 3 hoặc 4.", title=title[:80]), hint=_HINT, field="milestones")
        rule = item.get("done_when") or ""
        if rule not in ("",) + DONE_RULES:
            raise ValidationError(t("Cách tính “đã xong” của mốc “{title}” không có: {rule}.", title=title[:80], rule=str(rule)[:40]),
                                  hint="Chọn một cách trong danh sách, hoặc để đánh dấu bằng tay.", field="milestones")
        out.append({"code": code, "title": title, "due_on": due.isoformat(), "quarter": quarter, "done_when": rule})
    return out


def code_from_title(title: str, taken: set[str], prefix: str = "muc") -> str:
    """A code for a new theme or milestone made from its title (“Tự học, tự rèn” → tu_hoc_tu_ren),
    unlike every code in `taken`."""
    import unicodedata

    folded = unicodedata.normalize("NFD", clean(title).replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    base = "_".join(re.findall(r"[a-z0-9]+", ascii_text))[:34].strip("_") or prefix
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code
