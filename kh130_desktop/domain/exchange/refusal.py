"""A file refused, and why: the one error every check of a file from outside raises."""

from __future__ import annotations

from ..errors import ValidationError


class ReportFileError(ValidationError):
    """A file refused; `code` says why: too_large, malformed, unknown_version, bad_signature,
    hash_mismatch (and, at import, wrong_cell, replayed)."""

    def __init__(self, code: str, message: str, hint: str = "") -> None:
        super().__init__(message, hint=hint, code=code)


def _malformed(message: str, hint: str = "Xin đơn vị gửi xuất lại tệp báo cáo và gửi lại.") -> ReportFileError:
    return ReportFileError("malformed", message, hint)
