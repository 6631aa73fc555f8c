"""Reading a period's records (report.json's shape), which may have come from outside: every
value checked for its type and code, a refusal naming where it is (`RecordsError`)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from ..errors import ValidationError
from .periods import Period


class RecordsError(ValueError):
    """The records are not report.json as the format describes it; says where."""


def _period(code: str) -> Period:
    try:
        return Period.parse(code)
    except ValidationError as exc:
        raise RecordsError("period: not a period") from exc


def _dict(value, where: str) -> dict:
    if not isinstance(value, dict):
        raise RecordsError(f"{where}: not an object")
    return value


def _list(records: dict, key: str) -> list:
    return _get(_dict(records, "report"), key, [], list)


def _typed(value, kind: type, where: str):
    # bool is an int to Python, never to the format.
    if type(value) is not kind and not (kind is int and isinstance(value, int) and not isinstance(value, bool)):
        raise RecordsError(f"{where}: not {kind.__name__}")
    return value


def _get(obj: dict, key: str, default, kind: type, where: str = ""):
    value = obj.get(key)
    if value is None:
        return default
    return _typed(value, kind, f"{where}.{key}" if where else key)


def _required(obj: dict, key: str, kind: type, where: str):
    if obj.get(key) is None:
        raise RecordsError(f"{where}.{key}: missing")
    return _typed(obj[key], kind, f"{where}.{key}")


def _code(value: str, enum: type[StrEnum], where: str) -> str:
    if value not in enum._value2member_map_:
        raise RecordsError(f"{where}: unknown code")
    return value


def _date(obj: dict, key: str, where: str) -> dt.date | None:
    text = _get(obj, key, None, str, where)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise RecordsError(f"{where}.{key}: not a date") from exc
