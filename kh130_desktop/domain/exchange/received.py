"""What the committee keeps of a received file: its figures, recomputed from its records by the
very function the cell's pages and printed report use (book/figures.py; never the typed
"summary"), and one line per member."""

from __future__ import annotations

import unicodedata

from ..book.figures import figures_from
from .container import ReportFileError, VerifiedFile


def _nfc(value):
    if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
        return unicodedata.normalize("NFC", value)
    return value


def _str(value, limit: int) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value[:limit]  # a verified report's text is NFC already (strict_json.parse_strict)


MEMBER_COLUMNS = ("member_uid", "full_name", "status", "role", "pledges", "review_level")


def _member_lines(members: list, pledge_count: dict, level_of: dict) -> list[tuple]:
    lines = []
    for m in members:
        uid, name, status, role = m["uid"], m["full_name"], m["status"], m["role"]
        if not (type(uid) is str and type(name) is str and type(status) is str and type(role) is str):
            raise TypeError("member fields")
        lines.append((uid[:36], name[:120], status[:32], role[:32], pledge_count.get(uid, 0), level_of.get(uid, "")))
    return lines


def figures_of(v: VerifiedFile) -> tuple[dict, list[tuple]]:
    """The figures of a verified report recomputed from its records, and its member lines."""
    report = v.report
    try:
        if v.kind == "consolidated":
            rows = report["rows"]
            totals = {"members": 0, "sessions_held": 0, "summoned": 0, "present": 0, "pledged": 0, "reviewed": 0}
            levels: dict[str, int] = {}
            for row in rows:
                for k in totals:
                    value = row[k]
                    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                        raise TypeError(k)
                    totals[k] += value
                for level, count in row["levels"].items():
                    levels[_str(level, 32)] = levels.get(level, 0) + int(count)
            totals["levels"] = levels
            return totals, []
        figures = figures_from(report).summary()
        members, pledges, reviews = (report.get(key) or [] for key in ("members", "pledges", "reviews"))
        # figures_from has checked the members' uid and status, the pledges' member and the
        # reviews' member and level (strings, known codes): only the names and roles are left.
        pledge_count: dict[str, int] = {}
        for p in pledges:
            owner = p["member"]
            pledge_count[owner] = pledge_count.get(owner, 0) + 1
        level_of = {r["member"]: r["level"] for r in reviews}
        return figures, _member_lines(members, pledge_count, level_of)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ReportFileError("malformed", "Dữ liệu báo cáo (report.json) sai cấu trúc.",
                              "Xin đơn vị gửi xuất lại tệp bằng KH130.") from exc
