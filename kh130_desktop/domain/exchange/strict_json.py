"""JSON that crosses between installations: one canonical byte form to sign, and a strict,
bounded reader for what comes from outside.

`parse_strict` is the reader of every JSON member of a report file (manifest.json and
report.json): UTF-8 without BOM, nesting at most MAX_JSON_DEPTH (measured on the bytes before
parsing), no key twice in one object (two readers must never see two different values), no
NaN, Infinity or a number too large for a float, and text in Unicode NFC, or normalised to NFC
with the caller told so (the outcome then shows a warning). It stays near C speed: each object
is built by `dict` and only its length compared with its pairs', and an NFC text without `\\u`
escapes has only NFC strings, so strings are walked one by one only in other texts.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from itertools import accumulate
from typing import Any

from ..errors import t
from .refusal import _malformed

MAX_JSON_DEPTH = 16


def canonical_json(value: Any) -> bytes:
    """The one byte form of a JSON value: sorted keys, no spaces, UTF-8, no ASCII escapes."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode("utf-8")


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:20]} is out of range")
    return value


def _pairs(items: list) -> dict:
    out = dict(items)  # at C speed; a shorter dict than its pairs means a repeated key
    if len(out) != len(items):
        seen: set = set()
        repeated = next(key for key, _ in items if key in seen or seen.add(key))
        raise ValueError(f"duplicate key {repeated[:40]!r}")
    return out


def parse_strict(data: bytes, what: str) -> tuple[Any, bool]:
    """A JSON member from outside, checked as the module says: (value, normalised), where
    `normalised` is True when some text was not NFC and the value holds it normalised."""
    if json_depth(data) > MAX_JSON_DEPTH:
        raise _malformed(t("{what} lồng nhau quá sâu.", what=what))
    try:
        text = data.decode("utf-8")
        value = json.loads(text, object_pairs_hook=_pairs, parse_constant=_refuse_constant, parse_float=_finite)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _malformed(t("{what} không phải JSON UTF-8 hợp lệ ({reason}).", what=what, reason=str(exc)[:80])) from exc
    if b"\\u" not in data and unicodedata.is_normalized("NFC", text):
        return value, False
    normalised, changed = _nfc(value, what)
    return normalised, changed


def _nfc(value: Any, what: str) -> tuple[Any, bool]:
    """The value with every string (keys too) in NFC, and whether any changed; a key that
    becomes another key of the same object is refused."""
    if isinstance(value, str):
        if unicodedata.is_normalized("NFC", value):
            return value, False
        return unicodedata.normalize("NFC", value), True
    if isinstance(value, list):
        items = [_nfc(item, what) for item in value]
        return [item for item, _ in items], any(changed for _, changed in items)
    if isinstance(value, dict):
        out, changed = {}, False
        for key, item in value.items():
            new_key, key_changed = _nfc(key, what)
            new_item, item_changed = _nfc(item, what)
            if new_key in out:
                raise _malformed(t("{what} có hai khóa trùng nhau sau khi chuẩn hóa Unicode.", what=what))
            out[new_key] = new_item
            changed = changed or key_changed or item_changed
        return out, changed
    return value, False


_ESCAPE = re.compile(rb"\\.", re.DOTALL)  # a backslash and the byte it escapes


_NOT_SYNTAX = bytes(b for b in range(256) if b not in b'"[]{}')


_STEP = [0] * 256
_STEP[ord("[")] = _STEP[ord("{")] = 1
_STEP[ord("]")] = _STEP[ord("}")] = -1


def json_depth(data: bytes) -> int:
    """How deep a JSON text nests, from its bytes (strings removed first): checked before
    parsing, in C-speed passes, so a hostile file costs nothing to refuse.

    With the escapes gone (taken left to right, as JSON reads them), every quote left opens
    or closes a string. Of the quotes and brackets, two quotes side by side never have a
    bracket between them: dropping them keeps every bracket inside or outside a string as it
    was, and leaves quotes only around the rare brackets inside strings."""
    if b"\\" in data:
        data = _ESCAPE.sub(b"", data)
    syntax = data.translate(None, _NOT_SYNTAX).replace(b'""', b"")
    if b'"' in syntax:
        syntax = b"".join(syntax.split(b'"')[::2])
    return max(accumulate(map(_STEP.__getitem__, syntax)), default=0)
