"""Core statements compiled once and run straight on the driver: the import's hot path."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.exc import DBAPIError, InvalidRequestError


_PREPARED: dict = {}


@dataclass(frozen=True)
class _Prepared:
    sql: str
    compiled: Any
    order: tuple[str, ...] | None  # the bind names in the driver's order (None: named parameters)
    binds: tuple[tuple[str, Callable], ...]  # bind name → the column type's bind processor
    row: Any  # SELECT or RETURNING: a named tuple type for its rows
    results: tuple  # the column types' result processors (None: value as the driver gives it)
    # Positional statements: per placeholder (the parameter's key, its name, required, its own
    # value, its type's bind processor or None), what construct_params would look up; None when
    # some bind needs more than that (an expanding IN, a callable value, an escaped name).
    slots: tuple | None = None


def _prepare(conn: Connection, stmt, keys: tuple[str, ...] | None = None) -> _Prepared:
    """`stmt` compiled once for the connection's dialect. SQLAlchemy's own `execute` rebuilds
    its cache key and execution context every time, which was most of an import's database
    time; the values still pass through each column type's processors, as they would there."""
    cache_key = (conn.dialect.name, stmt, keys)
    prepared = _PREPARED.get(cache_key)
    if prepared is not None:
        return prepared
    dialect = conn.dialect
    if keys is not None and stmt.is_insert:
        # A column default would be SQLAlchemy's to fill in, and it is not called here: every
        # column that has one must be given.
        missing = [c.name for c in stmt.table.columns
                   if (c.default is not None or c.server_default is not None) and c.name not in keys]
        if missing:
            raise ValueError(f"{stmt.table.name}: give {missing}")
    compiled = stmt.compile(dialect=dialect, column_keys=list(keys) if keys is not None else None)
    binds = tuple((name, proc) for bind, name in compiled.bind_names.items()
                  if (proc := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None)
    columns = list(stmt.exported_columns)  # a SELECT's columns, or an INSERT's RETURNING
    row = namedtuple("Row", [c.key for c in columns]) if columns else None
    results = tuple(c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns)
    order = tuple(compiled.positiontup) if compiled.positional else None
    processors = dict(binds)
    slots = None
    if order is not None and not compiled.escaped_bind_names:
        by_name = {name: bind for bind, name in compiled.bind_names.items()}
        if all(name in by_name and not by_name[name].expanding and by_name[name].callable is None for name in order):
            slots = tuple((by_name[n].key, n, by_name[n].required, by_name[n].value, processors.get(n)) for n in order)
    prepared = _Prepared(str(compiled), compiled, order, binds, row, results, slots)
    _PREPARED[cache_key] = prepared
    return prepared


def _execute(conn: Connection, sql: str, params=(), *, many: bool = False):
    """`sql` on the connection's driver, inside the transaction the connection is in. On
    SQLite straight on Python's sqlite3 connection: `exec_driver_sql` costs about 7 us a
    statement more (its execution context and result), a tenth of an import's writes. The
    driver begins its transaction at the first write either way, as under `exec_driver_sql`,
    and its errors come as SQLAlchemy's (IntegrityError, OperationalError...), as there.
    Other databases go through `exec_driver_sql`."""
    if conn.dialect.name != "sqlite":
        return conn.exec_driver_sql(sql, params)
    driver = conn.connection.driver_connection
    try:
        return driver.executemany(sql, params) if many else driver.execute(sql, params)
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(sql, params, exc, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect) from exc


def _run(conn: Connection, stmt, params: dict, *, keys: tuple[str, ...] | None = None):
    """Run a prepared Core statement straight on the driver (`_execute`). Rows of a SELECT or
    RETURNING come as named tuples."""
    p = _prepare(conn, stmt, keys)
    if p.slots is not None:
        args = []
        for key, name, required, value, proc in p.slots:  # construct_params' lookup, for one statement
            if key in params:
                value = params[key]
            elif name in params:
                value = params[name]
            elif required:
                raise InvalidRequestError(f"A value is required for bind parameter {key!r}")
            args.append(proc(value) if proc is not None else value)
        result = _execute(conn, p.sql, tuple(args))
    else:
        values = p.compiled.construct_params(params)
        for name, proc in p.binds:
            values[name] = proc(values[name])
        result = _execute(conn, p.sql, tuple(values[n] for n in p.order) if p.order is not None else values)
    if p.row is None:
        return result
    return [p.row(*(proc(value) if proc is not None else value for proc, value in zip(p.results, raw)))
            for raw in result.fetchall()]


_INSERTS: dict = {}


def _insert_of(table, *, returning: bool = False):
    """One INSERT statement object per table, so that `_prepare`'s cache finds it again."""
    key = (table.name, returning)
    stmt = _INSERTS.get(key)
    if stmt is None:
        stmt = insert(table)
        if returning:
            stmt = stmt.returning(table.c.id)
        _INSERTS[key] = stmt
    return stmt


def _insert(conn: Connection, table, values: dict) -> int:
    """Insert one row; its primary key."""
    keys = tuple(values)
    if conn.dialect.insert_returning and conn.dialect.name != "sqlite":
        return _run(conn, _insert_of(table, returning=True), values, keys=keys)[0].id
    # SQLite's lastrowid is the row just inserted on this connection; RETURNING would make
    # SQLAlchemy build result metadata for every row (a tenth of a batch import's time).
    return _run(conn, _insert_of(table), values, keys=keys).lastrowid
