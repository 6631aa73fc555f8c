"""The command line of DESIGN.md section 6: the same domain services, no window.

Each group of subcommands lives in its own module with a `register(subparsers)` function;
a handler takes the parsed arguments and returns the exit status. Errors the user can meet
are printed as one Vietnamese line on stderr with a non-zero status, never a traceback.

A command that writes takes the data folder's lock (domain/store/lock.py) through `open_store`
or `hold_store`, waiting up to LOCK_WAIT_SECONDS for another program to let go; the lock and
the stores a command opened are let go when it ends.
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
from .argparse_vi import VietnameseParser

# Modules that add subcommands; each has register(subparsers).
COMMAND_MODULES = ["store_commands", "documents", "exchange", "committee", "safety", "roster", "downward"]

# Exit statuses (EPILOG says them in --help).
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3
EXIT_INTERRUPTED = 130
# How long a writing command waits for another program (the window, another command) to let
# go of the data folder before it refuses.
LOCK_WAIT_SECONDS = 5.0
EPILOG = ("Mã thoát: 0 thành công; 1 lỗi (thông báo một dòng trên stderr); 2 sai cú pháp lệnh; "
          f"3 kho dữ liệu đang được chương trình khác dùng (cửa sổ KH130 hoặc một lệnh khác; lệnh ghi chờ "
          f"tối đa {LOCK_WAIT_SECONDS:.0f} giây rồi mới từ chối); 130 bị dừng bằng Ctrl+C.")


# An option's value is named in --help by its dest in capitals (DATA_DIR) unless a metavar says
# otherwise: these say it in Vietnamese for the options that give none.
METAVARS = {"data_dir": "THƯ_MỤC", "fingerprint": "DẤU_VÂN_TAY", "member": "SỐ", "name": "TÊN", "output": "TỆP",
            "period": "KỲ", "place": "ĐỊA_DANH", "reason": "LÝ_DO", "session": "SỐ", "signer": "HỌ_TÊN",
            "topic": "CHỦ_ĐỀ"}


class Parser(VietnameseParser):
    """kh130's parser: argparse's own words (usage, help, errors) in Vietnamese (argparse_vi.py),
    and the values of options named in Vietnamese (METAVARS)."""

    def add_argument(self, *args, **kwargs):
        action = super().add_argument(*args, **kwargs)
        if action.option_strings and action.metavar is None and action.nargs != 0 and action.dest in METAVARS:
            action.metavar = METAVARS[action.dest]
        return action

    def error(self, message: str) -> None:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="kh130", description="KH130 Desktop: sổ sinh hoạt chi bộ theo Kế hoạch 130-KH/TU. "
                    "Không có lệnh con: mở cửa sổ chương trình.", epilog=EPILOG)
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


def hold_store(args: argparse.Namespace):
    """The data folder's lock for this command, taken once (waiting up to LOCK_WAIT_SECONDS);
    raises StoreLockedError (exit 3) when another program keeps it."""
    lock = getattr(args, "_lock", None)
    if lock is None:
        from ..domain.store.lock import acquire

        lock = args._lock = acquire(store_folder(args), f"kh130 {args.command}", wait=LOCK_WAIT_SECONDS)
    return lock


def open_store(args: argparse.Namespace, *, write: bool = True):
    """The store for this command, after the start-up check: a damaged store is reported (exit 1),
    never opened as if empty. A command that only reads (`write=False`) opens it read-only when
    another program holds it (rather than waiting), or when its medium takes no writes."""
    from ..domain.store.health import open_store_checked
    from ..domain.store.lock import StoreLockedError, acquire
    from ..domain.store.medium import MediumError

    folder = store_folder(args)
    if write:
        store = open_store_checked(folder, lock=hold_store(args))
    else:
        try:
            args._lock = getattr(args, "_lock", None) or acquire(folder, f"kh130 {args.command}")
            store = open_store_checked(folder, lock=args._lock)
        except StoreLockedError:
            store = open_store_checked(folder, read_only=True)
        except MediumError as fault:
            if not fault.readable:
                raise
            store = open_store_checked(folder, read_only=True)
    args._stores = [*getattr(args, "_stores", []), store]
    return store


def _let_go(args: argparse.Namespace) -> None:
    for store in getattr(args, "_stores", []):
        store.dispose()
    lock = getattr(args, "_lock", None)
    if lock is not None:
        lock.release()


def run(argv: list[str] | None = None, *, log: bool = False) -> int:
    """Run a command; -1 when there is none (the caller starts the window). With `log`, the
    command logs to the log file as the window does (`python -m kh130_desktop`)."""
    from ..domain.store.lock import StoreLockedError

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test or args.self_test_screen:
        from ..selftest import run_self_test

        return run_self_test(screen=args.self_test_screen)
    if args.command is None:
        return -1  # the caller starts the window
    if log:
        from ..logs import setup_logging

        setup_logging(crash_log=False)
    try:
        return int(args.handler(args) or 0)
    except StoreLockedError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except DomainError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return _pipe_closed()
    finally:
        _let_go(args)


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
