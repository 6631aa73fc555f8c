"""The store: one SQLite file (WAL, foreign keys on), its engine, sessions and migrations.

Every user action runs inside `Store.transaction()`: it commits whole or changes nothing.
Text attributes of every object flushed are normalised to NFC here, so no path into the
store can skip it. SQLite-only SQL stays in this file and the migrations.

`Store.open(folder, read_only=True)` reads a store another program holds (lock.py), or one on
a medium that takes no writes: nothing is migrated, and every write is refused by SQLite.
Errors from SQLite are named for what they are (medium.py): a full disk, a read-only medium,
and damage to the file only when SQLite says the content is damaged.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlmodel import Session

from . import tables as models  # noqa: F401  (registers the tables)
from . import exchange_tables as receiving_models  # noqa: F401  (the report exchange's tables)
from . import pages
from ..errors import StoreError, t
from .backup_files import write_backup
from .glance import SCHEMA_HEAD, STORE_FILENAME, ReadView, schema_revision
from .medium import about_the_medium, check_folder, os_fault, sqlite_fault, store_space_needed
from .schema import MIGRATIONS_DIR, head_revision, known_revision

log = logging.getLogger(__name__)


def _on_connect(dbapi_connection, _record) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Before WAL, which writes the first page of a new file: a new store gets PAGE_SIZE pages
    # (pages.py); an existing one keeps its own.
    cursor.execute(f"PRAGMA page_size={pages.PAGE_SIZE}")
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


def _on_connect_read_only(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_connect)
    return engine


# Store files open in this process, by path: a -wal beside one of them is in use, not left by a
# program that died (health.py), whatever the lock says.
_OPEN_HERE: dict[str, int] = {}


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


class Store:
    """An open store. Create with `Store.open(folder)`; the schema is upgraded on open."""

    def __init__(self, engine: Engine, path: Path | None = None, *, read_only: bool = False) -> None:
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self.unclean_stop = None  # health.py: what the last program left unfolded in the -wal, if it died
        self._view: ReadView | None = None
        self._owned_lock = None  # a lock taken for this store by health.open_store_checked
        self._counted = path is not None
        if self._counted:
            _OPEN_HERE[_key(path)] = _OPEN_HERE.get(_key(path), 0) + 1

    @staticmethod
    def open_here(path: Path) -> bool:
        """Whether a Store on the file `path` is open in this process."""
        return _OPEN_HERE.get(_key(path), 0) > 0

    @classmethod
    def open(cls, folder: Path, *, upgrade: bool = True, create: bool = True, read_only: bool = False) -> Store:
        folder = Path(folder)
        check_folder(folder, must_exist=read_only)
        path = folder / STORE_FILENAME
        if read_only:
            return cls._open_read_only(path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_fault(exc, folder) from exc
        if not path.exists() and not create:
            raise StoreError(t("Không có kho dữ liệu tại {folder}.", folder=folder))
        store = cls(make_engine(f"sqlite:///{path}"), path)
        if upgrade:
            try:
                store.upgrade()
            except BaseException:
                store.dispose()
                raise
        return store

    @classmethod
    def _open_read_only(cls, path: Path) -> Store:
        """The store as it is, for reading only: no migration, no write, nothing written beside it
        where the folder takes none (glance.ReadView)."""
        if not path.is_file():
            raise StoreError(t("Không có kho dữ liệu tại {folder}.", folder=path.parent))
        view = ReadView(path)
        engine = create_engine(f"sqlite:///{path}", creator=lambda: view.connect(check_same_thread=False), future=True)
        event.listen(engine, "connect", _on_connect_read_only)
        store = cls(engine, path, read_only=True)
        store._view = view
        try:
            try:
                current = store.current_revision()
            except (DatabaseError, sqlite3.DatabaseError) as exc:
                raise _open_error(exc, path) from exc
            if current != SCHEMA_HEAD:
                if current is not None and not known_revision(current):
                    raise _newer_version()
                if current != head_revision():
                    raise StoreError(
                        t("Kho dữ liệu cần được nâng cấp cho phiên bản này, mà khi chỉ đọc thì không nâng cấp được."),
                        hint=t("Đóng chương trình đang dùng kho dữ liệu, hoặc chép nó sang ổ ghi được, rồi mở lại KH130."))
        except BaseException:
            store.dispose()
            raise
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
            current, page_size = self._revision_and_page_size()
        except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
            raise _open_error(exc, self.path) from exc
        if current == SCHEMA_HEAD and revision == "head":
            # Every start but the first after an update: Alembic is not even imported, and
            # the page size (one PRAGMA) is converted once, for a store made before 16 KB.
            self._convert_pages(page_size, backup=backup)
            return
        from alembic import command

        if current is not None and not known_revision(current):
            raise _newer_version()
        if current == head_revision() and revision == "head":
            self._convert_pages(page_size, backup=backup)
            return
        backed_up = False
        if backup and current is not None and current != revision and self.path is not None:
            # A store with data is about to change shape: keep a copy of it as it was. Here, in
            # the one method every migration goes through, so no way of opening a store skips it.
            write_backup(self.path, "migrate")
            backed_up = True
        if current is not None and revision == "head":
            self._convert_pages(page_size, backup=backup and not backed_up)  # the migrate backup serves
        try:
            command.upgrade(self.alembic_config(), revision)
        except OperationalError as exc:
            raise _store_error(exc, self) from exc

    def _revision_and_page_size(self) -> tuple[str | None, int]:
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            if isinstance(raw, sqlite3.Connection):
                return schema_revision(raw), raw.execute("PRAGMA page_size").fetchone()[0]
        return self.current_revision(), pages.PAGE_SIZE

    def _convert_pages(self, page_size: int, *, backup: bool) -> None:
        if self.path is not None and not self.read_only and pages.wants_conversion(page_size):
            pages.convert(self.engine, self.path, backup=backup)

    # --- sessions -----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commits on success, rolls back everything on any error."""
        session = Session(self.engine, expire_on_commit=False)
        event.listen(session, "before_flush", _normalise_text)
        try:
            yield session
            session.commit()
        except IntegrityError:
            _rollback(session)
            raise
        except DatabaseError as exc:  # OperationalError among them: a full disk, a lost medium
            _rollback(session)
            raise _store_error(exc, self) from exc
        except BaseException:
            _rollback(session)
            raise
        finally:
            with contextlib.suppress(DatabaseError, sqlite3.Error):
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
        if self._counted:
            self._counted = False
            key = _key(self.path)
            _OPEN_HERE[key] = _OPEN_HERE.get(key, 1) - 1
            if _OPEN_HERE[key] <= 0:
                del _OPEN_HERE[key]
        if self._view is not None:
            self._view.close()
        lock, self._owned_lock = self._owned_lock, None
        if lock is not None:
            lock.release()


def _newer_version() -> StoreError:
    return StoreError("Kho dữ liệu được tạo bởi phiên bản KH130 mới hơn phiên bản đang chạy.",
                      hint="Cài phiên bản KH130 mới nhất rồi mở lại.")


def _rollback(session: Session) -> None:
    """Roll back, keeping the error that made it necessary: after a full disk or an I/O error
    SQLite may have rolled the transaction back itself, and the rollback then fails too."""
    try:
        session.rollback()
    except (DatabaseError, sqlite3.Error):
        log.warning("rollback after a failed transaction failed as well", exc_info=True)


def _open_error(exc: Exception, path: Path | None) -> StoreError:
    """Why the store file could not be read at open: the medium (medium.py), or its content."""
    orig = getattr(exc, "orig", exc)
    if path is not None and isinstance(orig, sqlite3.Error) and about_the_medium(orig):
        return sqlite_fault(orig, path.parent)
    return StoreError("Tệp dữ liệu bị hỏng hoặc không phải kho dữ liệu KH130.", hint="Khôi phục từ bản sao lưu gần nhất.")


def _store_error(exc: DatabaseError, store: Store | None = None) -> StoreError:
    orig = exc.orig
    if store is not None and store.read_only and isinstance(orig, sqlite3.Error) and (
            getattr(orig, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_READONLY):
        return StoreError(t("Kho dữ liệu đang mở chỉ để đọc: không lưu được thay đổi."),
                          hint=t("Đóng chương trình đang dùng kho dữ liệu rồi mở lại KH130 để ghi."))
    if isinstance(orig, sqlite3.Error) and store is not None and store.path is not None:
        folder = store.path.parent
        fault = sqlite_fault(orig, folder, need=store_space_needed(folder))
        if fault is not None:
            return fault
        return StoreError(t("SQLite phát hiện kho dữ liệu bị hỏng khi đang dùng ({reason}).", reason=orig),
                          hint=t("Đóng chương trình rồi mở lại: kho dữ liệu được kiểm tra, và bản sao lưu tốt gần nhất được đề nghị khôi phục."))
    return StoreError(t("Lỗi kho dữ liệu: {reason}.", reason=orig),
                      hint=t("Đóng chương trình rồi mở lại; nếu lỗi lặp lại, chép thư mục dữ liệu ra USB và nhờ cán bộ kỹ thuật kiểm tra."))


def prepare_orm() -> None:
    """Configure every table's mapper now: the window calls this on a worker while the store
    opens, so that the first query on the UI thread does not pay for it (about 30 ms)."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
