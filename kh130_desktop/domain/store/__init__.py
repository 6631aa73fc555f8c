"""The store and its safety: the SQLite engine and transactions (engine.py), the first glance at
the file before the ORM loads (glance.py), the health check at start (health.py), the schema's
migrations (schema.py, migrations/), the tables and the catalogue of settings, atomic file
writes (files.py), and backups: the files themselves (backup_files.py, beneath the engine,
which backs a store up before every migration), checking a file from outside (backup_check.py),
the clerk's backups (backups.py) and restoring one (restore.py).

Uses nothing of ours but the domain's errors and text helpers: everything else stands on it.
"""
