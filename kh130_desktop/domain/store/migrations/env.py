"""Alembic environment: the engine comes from the Store that runs the upgrade."""

import contextlib
import sqlite3

from alembic import context
from sqlmodel import SQLModel

from kh130_desktop.domain.store import tables as models  # noqa: F401
from kh130_desktop.domain.store import exchange_tables as receiving_models  # noqa: F401

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection, _one_sqlite_transaction(connection):
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
            compare_type=True,
        )
        context.run_migrations()


@contextlib.contextmanager
def _one_sqlite_transaction(connection):
    """Run every migration step in one real SQLite transaction: a crash mid-upgrade leaves the old schema.

    Python's sqlite3 does not BEGIN before DDL, so each CREATE/DROP would otherwise commit on its
    own (a killed first start left half the tables and no revision: a store that never opens again).
    Foreign keys are off meanwhile: batch mode drops and re-creates tables, and dropping a parent
    table with foreign keys on deletes (cascades) the children's rows.
    """
    dbapi = connection.connection.driver_connection
    if not isinstance(dbapi, sqlite3.Connection):
        with connection.begin():
            yield
        return
    saved = dbapi.isolation_level
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.commit()
    dbapi.isolation_level = None  # we issue BEGIN ourselves; commit()/rollback() still end it
    try:
        with connection.begin():
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            yield
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left rows breaking foreign keys: {broken[:5]}")
    finally:
        dbapi.isolation_level = saved
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()


run_migrations_online()
