"""The command line of DESIGN.md section 6: the same domain services, no window.

Each group of subcommands lives in its own module with a `register(subparsers)` function;
a handler takes the parsed arguments and returns the exit status. Errors the user can meet
are printed as one Vietnamese line on stderr with a non-zero status, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from .. import __version__
from ..domain.errors import DomainError
from ..paths import data_dir

# Modules that add subcommands; each has register(subparsers).
COMMAND_MODULES = ["store_commands", "documents", "exchange", "committee", "safety"]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own errors, in Vietnamese
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: lỗi: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="kh130", description="KH130 Desktop: sổ sinh hoạt chi bộ theo Kế hoạch 130-KH/TU. "
                    "Không có lệnh con: mở cửa sổ chương trình.")
    parser.add_argument("--version", action="version", version=f"KH130 Desktop {__version__}")
    parser.add_argument("--data-dir", help="thư mục kho dữ liệu (mặc định: KH130_DATA_DIR hoặc thư mục dữ liệu người dùng)")
    parser.add_argument("--self-test", action="store_true", help="tự kiểm tra chương trình trong thư mục tạm rồi thoát")
    parser.add_argument("--self-test-screen", action="store_true",
                        help="như --self-test, thêm bước mở cửa sổ và hộp thoại in trên màn hình thật (không in gì)")
    # --data-dir is accepted after the subcommand too ("kh130 demo --data-dir X"); SUPPRESS keeps
    # the subparser from overwriting a value given before it.
    common = Parser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_parser_with(common))
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # that group is not built yet
            raise
        module.register(sub)
    return parser


def _parser_with(common: argparse.ArgumentParser):
    class SubParser(Parser):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("parents", [common])
            super().__init__(*args, **kwargs)

    return SubParser


def store_folder(args: argparse.Namespace) -> Path:
    return data_dir(getattr(args, "data_dir", None))


def open_store(args: argparse.Namespace):
    # The start-up check: a damaged store is reported (exit 1), never opened as if empty.
    from ..domain.store.health import open_store_checked

    return open_store_checked(store_folder(args))


def run(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test or args.self_test_screen:
        from ..selftest import run_self_test

        return run_self_test(screen=args.self_test_screen)
    if args.command is None:
        return -1  # the caller starts the window
    try:
        return int(args.handler(args) or 0)
    except DomainError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _pipe_closed()


def _pipe_closed() -> int:
    """The reader of our output went away (`kh130 verify … | head`): stop quietly, as a
    program killed by SIGPIPE would, with no traceback and no "Exception ignored" at exit
    (what is still buffered goes to the null device instead of the closed pipe)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for a pipe closed under a program
