"""Entry point: the command line when a subcommand is given, else the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    # First, before Qt or cryptography is imported: on a Windows they cannot load on, a
    # Vietnamese message box instead of an English "DLL load failed" (system_check.py).
    from .system_check import refuse_unsupported_windows

    refused = refuse_unsupported_windows()
    if refused is not None:
        return refused
    from .cli import run

    argv = sys.argv[1:] if argv is None else argv
    status = run(argv, log=True)
    if status != -1:
        return status
    from .ui.app import run_app  # the window is imported only when it is wanted

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
