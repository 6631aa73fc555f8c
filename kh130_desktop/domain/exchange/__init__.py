"""What crosses between installations: this installation's identity and keys, the signed
`.kh130` container (build and verify, nothing else), and the receiving side split by job:
the registry (expected cells, trusted keys), the importer (judge, write, batch) and the
consolidation of what was received.

Uses `book/` for what a cell reports and `store/` for the receiving tables.
"""
