"""The store and its safety: the SQLite engine and transactions, the first glance at the file
before the ORM loads, the health check at start, backups and restores, atomic file writes,
the tables, the catalogue of settings and the Alembic migrations.

Uses nothing of ours but the domain's errors and text helpers: everything else stands on it.
"""
