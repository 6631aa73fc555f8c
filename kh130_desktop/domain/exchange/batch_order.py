"""The order a batch of files is imported in, whatever order they were given in.

A first pass reads each file's manifest without verifying it (the ZIP's structure is checked,
the signature is not: that is the second pass's work), only to place it: by period (the one
order of book/periods.py), then cell, then signing time and sequence, then the manifest's
SHA-256 and the path. Older revisions of a cell and period thus come before
newer ones, and two copies of one revision in different containers always meet in the same
order, so a shuffled batch gives the same outcomes, file by file, and leaves the same store.
A file whose manifest cannot be read sorts last: verifying it refuses it anyway.
"""

from __future__ import annotations

import json

from ..book.periods import Period
from ..errors import DomainError
from .container import MANIFEST, MAX_MANIFEST_BYTES, MAX_MEMBERS, VerifiedFile, sha256_hex
from .zipstrict import read_entries, read_member


def batch_order(data: bytes | None, path: str) -> tuple:
    """The sort key of one file of a batch (None: a file that could not be read)."""
    try:
        if data is None:
            raise ValueError("unread")
        entry = next(e for e in read_entries(data, MAX_MEMBERS) if e.name == MANIFEST)
        raw = read_member(data, entry, MAX_MANIFEST_BYTES)
        return _key(json.loads(raw), sha256_hex(raw), path)
    except (DomainError, ValueError, KeyError, TypeError, AttributeError, StopIteration, RecursionError, OverflowError):
        return (1, (0, 0), "", "", 0, "", path)


def verified_order(v: VerifiedFile, path: str) -> tuple:
    """The same sort key, of a file already verified (the first pass verifies what it can)."""
    return _key(v.manifest, v.manifest_sha256, path)


def _key(manifest: dict, manifest_sha256: str, path: str) -> tuple:
    return (0, Period.parse(manifest["period"]).key, str(manifest["cell"]["uid"]), str(manifest["created"]),
            int(manifest["sequence"]), manifest_sha256, path)
