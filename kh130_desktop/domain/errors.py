"""Errors a user can meet: values with a Vietnamese message and a hint of what to do.

The interface shows `message` (and `hint`) next to `field` when there is one, and selects the
member `member_id` when the error is about one; the command line prints them on one line. A traceback is for the log file, never for the user.

A message with values in it is written `t("Số thẻ {card} đã thuộc về {name}.", card=…, name=…)`:
a plain `str` in Vietnamese that also keeps its template and values, so the interface can show
it in English (ui/common.domain_text). resources/translations/update_translations.py collects
every such template, and every literal message and hint given to these errors, for lupdate.
"""

from __future__ import annotations


class Text(str):
    """A Vietnamese message, with the template and values it was made from."""

    template: str
    params: dict

    def __new__(cls, template: str, params: dict | None = None) -> Text:
        params = params or {}
        self = super().__new__(cls, template.format(**params) if params else template)
        self.template = template
        self.params = params
        return self


def t(template: str, **params) -> Text:
    """A user-facing message from a template and its values (see the module's note)."""
    return Text(template, params)


class DomainError(Exception):
    """Base of every error the domain raises on purpose."""

    def __init__(self, message: str, *, hint: str = "", field: str | None = None, code: str = "",
                 member_id: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.field = field
        self.code = code or type(self).__name__
        # The member the error is about, when there is one: the interface selects them.
        self.member_id = member_id

    def __str__(self) -> str:  # one line, for the command line and the log
        return f"{self.message} {self.hint}".strip()


# The code of a refusal the interface may lift with a confirmation (book/roster.py: one bí thư).
SECOND_SECRETARY = "second_secretary"


class ValidationError(DomainError):
    """Input that breaks a rule; nothing was written."""


class NotFoundError(DomainError):
    """The thing asked for does not exist (any more)."""


class ConflictError(DomainError):
    """The action contradicts what the store already holds."""


class StoreError(DomainError):
    """The store cannot be opened or written: damaged, read-only, full disk, too new."""
