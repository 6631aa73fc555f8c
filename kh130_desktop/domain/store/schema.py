"""The schema's history: where the Alembic migrations live and which revisions this build knows.

The engine asks it before migrating a store, and the backup check before trusting a file from
outside; Alembic is imported only when a question needs it (a current store needs none).
"""

from __future__ import annotations

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def script_directory():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg)


def head_revision() -> str:
    return script_directory().get_current_head()


def known_revision(revision: str) -> bool:
    """Whether `revision` is one of this build's migrations (not one from a newer KH130)."""
    from alembic.util.exc import CommandError

    try:
        return script_directory().get_revision(revision) is not None
    except CommandError:
        return False
