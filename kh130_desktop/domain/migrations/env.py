"""Alembic environment: the engine comes from the Store that runs the upgrade."""

from alembic import context
from sqlmodel import SQLModel

from kh130_desktop.domain import models  # noqa: F401
from kh130_desktop.domain import receiving_models  # noqa: F401

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
            compare_type=True,
        )
        context.run_migrations()


run_migrations_online()
