"""The store: one SQLite file (WAL, foreign keys on), its engine, sessions and migrations.

Every user action runs inside `Store.transaction()`: it commits whole or changes nothing.
Text attributes of every object flushed are normalised to NFC here, so no path into the
store can skip it. SQLite-only SQL stays in this file and the migrations.
"""

from __future__ import annotations

import contextlib
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from . import tables as models  # noqa: F401  (registers the tables)
from . import exchange_tables as receiving_models  # noqa: F401  (the report exchange's tables)
from ..errors import StoreError, t
from .backup_files import write_backup
from .glance import SCHEMA_HEAD, STORE_FILENAME, schema_revision
from .schema import MIGRATIONS_DIR, head_revision, known_revision


def _on_connect(dbapi_connection, _record) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed evening of minutes survives a power cut, not just a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _normalise_text(session, _flush_context, _instances) -> None:
    for obj in list(session.new) + list(session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = getattr(obj, attr.key, None)
            if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
                setattr(obj, attr.key, unicodedata.normalize("NFC", value))


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_connect)
    return engine


class Store:
    """An open store. Create with `Store.open(folder)`; the schema is upgraded on open."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path

    @classmethod
    def open(cls, folder: Path, *, upgrade: bool = True, create: bool = True) -> Store:
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                t("Không tạo được thư mục dữ liệu {folder}.", folder=folder),
                hint=t("Kiểm tra quyền ghi hoặc chọn thư mục khác ({reason}).", reason=exc.strerror or exc),
            ) from exc
        path = folder / STORE_FILENAME
        if not path.exists() and not create:
            raise StoreError(t("Không có kho dữ liệu tại {folder}.", folder=folder))
        store = cls(make_engine(f"sqlite:///{path}"), path)
        if upgrade:
            store.upgrade()
        return store

    @classmethod
    def in_memory_url(cls, url: str) -> Store:
        store = cls(make_engine(url), None)
        store.upgrade()
        return store

    # --- schema -------------------------------------------------------------------------
    def alembic_config(self):
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["engine"] = self.engine
        return cfg

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            if isinstance(raw, sqlite3.Connection):
                return schema_revision(raw)  # the usual case, without importing Alembic
            from alembic.runtime.migration import MigrationContext

            return MigrationContext.configure(conn).get_current_revision()

    @staticmethod
    def head_revision() -> str:
        return head_revision()

    def needs_upgrade(self) -> bool:
        return self.current_revision() != self.head_revision()

    def upgrade(self, revision: str = "head", *, backup: bool = True) -> None:
        try:
            current = self.current_revision()
        except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
            raise StoreError(
                "Tệp dữ liệu bị hỏng hoặc không phải kho dữ liệu KH130.",
                hint="Khôi phục từ bản sao lưu gần nhất.",
            ) from exc
        if current == SCHEMA_HEAD and revision == "head":
            return  # every start but the first after an update: Alembic is not even imported
        from alembic import command

        if current is not None and not known_revision(current):
            raise StoreError(
                "Kho dữ liệu được tạo bởi phiên bản KH130 mới hơn phiên bản đang chạy.",
                hint="Cài phiên bản KH130 mới nhất rồi mở lại.",
            )
        if current == head_revision() and revision == "head":
            return
        if backup and current is not None and current != revision and self.path is not None:
            # A store with data is about to change shape: keep a copy of it as it was. Here, in
            # the one method every migration goes through, so no way of opening a store skips it.
            write_backup(self.path, "migrate")
        try:
            command.upgrade(self.alembic_config(), revision)
        except OperationalError as exc:
            raise _store_error(exc) from exc

    # --- sessions -----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commits on success, rolls back everything on any error."""
        session = Session(self.engine, expire_on_commit=False)
        event.listen(session, "before_flush", _normalise_text)
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise _store_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def deferred_sync(self) -> Iterator[None]:
        """A batch of many small transactions (an import of report files): each still commits
        whole, but SQLite skips the fsync per commit (WAL stays consistent through a crash or
        power cut, at worst losing the last commits); the first commit after the block, with
        FULL again, makes all of them durable. The caller ends the batch with such a commit."""
        if self.engine.dialect.name != "sqlite":
            yield
            return

        def relax(dbapi_connection, *_args) -> None:
            dbapi_connection.execute("PRAGMA synchronous=NORMAL")

        def restore(dbapi_connection, *_args) -> None:
            dbapi_connection.execute("PRAGMA synchronous=FULL")

        event.listen(self.engine, "checkout", relax)
        event.listen(self.engine, "checkin", restore)
        try:
            yield
        finally:
            event.remove(self.engine, "checkout", relax)
            event.remove(self.engine, "checkin", restore)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only view; nothing it changes is kept."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        finally:
            # Detach first: the rollback would otherwise expire every object read, and the
            # interface uses them after the session is gone.
            session.expunge_all()
            session.rollback()
            session.close()

    # --- health ---------------------------------------------------------------------------
    def integrity_check(self, quick: bool = True) -> list[str]:
        """Problems SQLite finds in the file; empty when it is sound."""
        pragma = "quick_check" if quick else "integrity_check"
        try:
            with self.engine.connect() as conn:
                rows = [r[0] for r in conn.execute(text(f"PRAGMA {pragma}"))]
        except DatabaseError as exc:
            return [str(exc.orig)]
        return [] if rows == ["ok"] else rows

    def dispose(self) -> None:
        self.engine.dispose()


def _store_error(exc: OperationalError) -> StoreError:
    message = str(exc.orig).lower()
    if "readonly" in message or "read-only" in message:
        return StoreError("Không ghi được vào kho dữ liệu: thư mục hoặc tệp chỉ cho phép đọc.",
                          hint="Kiểm tra quyền ghi của thư mục dữ liệu.")
    if "disk is full" in message or "database or disk is full" in message:
        return StoreError("Ổ đĩa đã đầy: không lưu được thay đổi.", hint="Giải phóng dung lượng rồi thử lại; dữ liệu cũ vẫn an toàn.")
    if "locked" in message:
        return StoreError("Kho dữ liệu đang bận (đang được chương trình khác dùng).", hint="Đóng các cửa sổ KH130 khác rồi thử lại.")
    return StoreError("Lỗi kho dữ liệu: " + str(exc.orig), hint="Thử lại; nếu lỗi lặp lại, khôi phục từ bản sao lưu.")


def prepare_orm() -> None:
    """Configure every table's mapper now: the window calls this on a worker while the store
    opens, so that the first query on the UI thread does not pay for it (about 30 ms)."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
