"""Errors a user can meet: values with a Vietnamese message and a hint of what to do.

The interface shows `message` (and `hint`) next to `field` when there is one; the command
line prints them on one line. A traceback is for the log file, never for the user.
"""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error the domain raises on purpose."""

    def __init__(self, message: str, *, hint: str = "", field: str | None = None, code: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.field = field
        self.code = code or type(self).__name__

    def __str__(self) -> str:  # one line, for the command line and the log
        return f"{self.message} {self.hint}".strip()


class ValidationError(DomainError):
    """Input that breaks a rule; nothing was written."""


class NotFoundError(DomainError):
    """The thing asked for does not exist (any more)."""


class ConflictError(DomainError):
    """The action contradicts what the store already holds."""


class StoreError(DomainError):
    """The store cannot be opened or written: damaged, read-only, full disk, too new."""
