"""The order of a cell's revisions of one period, and the revision numbers people see.

A revision is named by its signed manifest (the SHA-256 of the exact bytes of manifest.json):
the same signed content in any container is the same revision. Its *signing line* is the
installation and key that signed it, (`installation_id`, `fingerprint`): one laptop, one key.
A line's `sequence` only ever grows; a new laptop (a new key, and a new installation id,
with the cell's backup restored) or a reinstalled program starts a line of its own.

The order (docs/report-format.md, "Revisions"), oldest first, by the key

    (line time, sequence, manifest SHA-256)

where a revision's *line time* is the latest signed `created` among the revisions of its line
(of that cell and period) up to its own sequence. Within a line that is the sequence order
even when the laptop's clock was set back (a later revision never has an earlier line time,
and equal line times fall back to the sequence); across lines the later signed time decides
(a new laptop's revisions come after the old one's). The manifest digest breaks the last
ties, so any two revisions are ordered, and the same set of revisions is ordered the same
whatever order they arrived in. The newest one that is not withdrawn is current.

The revision number shown ("bản lần 2") is the place of a revision in that order among the
cell's received, not withdrawn, revisions of that period: 1, 2, … The committee counts what it
received; it never reads the manifest's `sequence`, which counts across all of a line's periods.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol


class Revisionlike(Protocol):
    installation_id: str
    fingerprint: str
    sequence: int
    created_at: dt.datetime
    manifest_sha256: str


@dataclass(frozen=True)
class Candidate:
    """A revision not stored yet (the file being judged), with the fields the order reads."""

    installation_id: str
    fingerprint: str
    sequence: int
    created_at: dt.datetime
    manifest_sha256: str
    id: Any = None
    withdrawn: bool = False


def _naive(moment: dt.datetime) -> dt.datetime:
    """Stored moments are UTC; SQLite gives them back without tzinfo."""
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def ordered(revisions: Iterable[Revisionlike]) -> list:
    """The revisions (of one cell and period) oldest first, by the order above."""
    items = list(revisions)
    line_time: dict[int, dt.datetime] = {}
    lines: dict[tuple[str, str], list[int]] = {}
    for index, r in enumerate(items):
        lines.setdefault((r.installation_id, r.fingerprint), []).append(index)
    for members in lines.values():
        latest = None
        for index in sorted(members, key=lambda i: (items[i].sequence, items[i].manifest_sha256)):
            created = _naive(items[index].created_at)
            latest = created if latest is None or created > latest else latest
            line_time[index] = latest
    order = sorted(range(len(items)), key=lambda i: (line_time[i], items[i].sequence, items[i].manifest_sha256))
    return [items[i] for i in order]


def numbered(revisions: Iterable[Revisionlike]) -> list[tuple[int, Any]]:
    """(revision number, revision), oldest first, over the revisions not withdrawn."""
    kept = [r for r in revisions if not getattr(r, "withdrawn", False)]
    return list(enumerate(ordered(kept), 1))


def place_of(candidate: Revisionlike, stored: Sequence[Revisionlike]) -> tuple[int, int]:
    """Where a new revision goes among the stored (not withdrawn) ones of its cell and period:
    (its revision number, how many there will be)."""
    kept = [r for r in stored if not getattr(r, "withdrawn", False)]
    order = ordered([*kept, candidate])
    return next(n for n, r in enumerate(order, 1) if r is candidate), len(order)
