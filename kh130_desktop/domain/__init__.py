"""The domain and its storage. No Qt import anywhere below this package, ever.

Four rooms, imports pointing down: exchange → documents → book → store
(tests/domain/test_layering.py holds them to it, and to no import circle):
- `exchange/`: identity and keys, the signed file, receiving and consolidation;
- `documents/`: the printed documents (what `exchange/` knows is handed to them, never imported);
- `book/`: the cell's record book and the figures of a period;
- `store/`: engine, transactions, tables, settings, backups, migrations (uses nothing of ours
  but the shared basics).
The shared basics beside them, `errors`, `text` and `clock`, import nothing of ours.
"""
