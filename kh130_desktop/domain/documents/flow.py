"""Where a page may break: a signature block never alone on its page.

reportlab keeps a heading with what follows it (`keepWithNext`) but has nothing to keep a
block with what precedes it; `keep_signatures` binds each signature block to the paragraph,
or the table's last row, above it, for every document laid out by `page.render`.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, FrameBreak, Spacer, Table
from reportlab.platypus.flowables import _Container, _listWrapOn


class SignatureTable(Table):
    """The table of a signature block: `keep_signatures` keeps it with what precedes it."""


class _KeepWithSignature(_Container, Flowable):
    """A signature block and what precedes it down to the last paragraph: on one page.

    When they do not fit, the paragraph (or table) above is split so that at least its last
    lines (or last row, under the repeated header) go over with the signature; a block alone
    on a page, with nothing of the text it signs, never prints."""

    def __init__(self, content: list[Flowable]) -> None:
        self._content = list(content)

    def wrap(self, avail_width, avail_height):
        self.width, self.height = _listWrapOn(self._content, avail_width, self.canv)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        lender, rest = self._content[0], self._content[1:]
        _, lender_height = lender.wrapOn(self.canv, avail_width, avail_height)
        limit = min(avail_height, lender_height - 1)
        parts = lender.splitOn(self.canv, avail_width, limit) if limit > 0 else []
        if len(parts) >= 2:
            return [parts[0], _KeepWithSignature([*parts[1:], *rest])]
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return list(self._content)  # a full page cannot hold them: nothing better than to flow
        return [FrameBreak(), _KeepWithSignature(self._content)]


def keep_signatures(story: list[Flowable]) -> list[Flowable]:
    """Each signature block bound to the last paragraph above it (spacers between come too)."""
    out = list(story)
    for index in range(len(out) - 1, -1, -1):
        if not isinstance(out[index], SignatureTable):
            continue
        start = index - 1
        while start >= 0 and isinstance(out[start], Spacer):
            start -= 1
        if start < 0:
            continue
        out[start:] = [_KeepWithSignature(out[start:])]
        break
    return out
