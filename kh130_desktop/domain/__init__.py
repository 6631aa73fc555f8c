"""The domain and its storage. No Qt import anywhere below this package, ever.

Three rooms, imports pointing down:
- `book/`: the cell's record book and the figures of a period;
- `exchange/`: identity and keys, the signed file, receiving and consolidation (uses `book/`);
- `store/`: engine, transactions, tables, settings, backups, migrations (uses nothing of ours
  but the shared basics);
- `documents/`: the printed documents (uses `book/` and `exchange/` data).
The shared basics beside them, `errors`, `text` and `clock`, import nothing of ours.
"""
