"""What the committee keeps of a received file: its figures, recomputed from its records by the
very function the cell's pages and printed report use (book/figures.py; never the typed
"summary"), and the signed file itself, whole (received_container: `container_of`). The member
lines are not kept apart: they are in that file."""

from __future__ import annotations

import unicodedata

from sqlmodel import Session, select

from ..book.figures import figures_from
from ..store.exchange_tables import ReceivedContainer
from .container import ReportFileError, VerifiedFile


def _nfc(value):
    if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
        return unicodedata.normalize("NFC", value)
    return value


def _str(value, limit: int) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value[:limit]  # a verified report's text is NFC already (strict_json.parse_strict)


def figures_of(v: VerifiedFile) -> dict:
    """The figures of a verified report recomputed from its records."""
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
            return totals
        figures = figures_from(report).summary()
        for m in report.get("members") or ():  # the rest of a member line, as the format has it
            if type(m["full_name"]) is not str or type(m["role"]) is not str:
                raise TypeError("member fields")
        return figures
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ReportFileError("malformed", "Dữ liệu báo cáo (report.json) sai cấu trúc.",
                              "Xin đơn vị gửi xuất lại tệp bằng KH130.") from exc


def container_of(tx: Session, report_pk: int) -> bytes:
    """The signed file of the received revision `report_pk`, as it first arrived."""
    return tx.exec(select(ReceivedContainer.container).where(ReceivedContainer.report_pk == report_pk)).one()
