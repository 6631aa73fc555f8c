"""JSON that crosses between installations: one canonical byte form to sign, and a strict,
bounded reader for what comes from outside."""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

from ..errors import t
from .refusal import _malformed

MAX_JSON_DEPTH = 16


def canonical_json(value: Any) -> bytes:
    """The one byte form of a JSON value: sorted keys, no spaces, UTF-8, no ASCII escapes."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode("utf-8")


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
