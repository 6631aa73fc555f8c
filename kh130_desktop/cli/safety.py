"""`kh130 backup [-o FILE]` and `kh130 restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import store_folder


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser(
        "backup", help="sao lưu kho dữ liệu",
        description="Sao lưu kho dữ liệu. Không có -o: vào thư mục backups/ cạnh kho dữ liệu.",
    )
    backup.add_argument("-o", "--output", metavar="TỆP", help="tệp hoặc thư mục (ví dụ USB) để ghi bản sao lưu")
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser(
        "restore", help="khôi phục kho dữ liệu từ một bản sao lưu",
        description="Khôi phục kho dữ liệu từ tệp sao lưu. Tệp được kiểm tra trước; kho hiện tại được "
                    "sao lưu trước khi bị thay thế.",
    )
    restore.add_argument("file", metavar="TỆP", help="tệp sao lưu kh130-….sqlite3")
    restore.set_defaults(handler=cmd_restore)
    backups = sub.add_parser("backups", help="liệt kê các bản sao lưu tự động",
                             description="Liệt kê các bản sao lưu trong thư mục backups/, mới nhất trước.")
    backups.set_defaults(handler=cmd_list)


def cmd_backup(args: argparse.Namespace) -> int:
    from ..domain.store.backups import backup_now, backup_to
    from ..domain.store.health import open_store_checked

    store = open_store_checked(store_folder(args))
    try:
        path = backup_to(store, Path(args.output)) if args.output else backup_now(store, "manual")
    finally:
        store.dispose()
    print(f"Đã sao lưu vào {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ..domain.store.backup_check import inspect_backup
    from ..domain.store.restore import restore

    source = Path(args.file)
    info = inspect_backup(source)
    path = restore(store_folder(args), source)
    print(f"Đã khôi phục {path} từ {source} ({info.cell_name or 'chưa có chi bộ'}, "
          f"{info.member_count or 0} đảng viên, {info.session_count or 0} buổi sinh hoạt).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..domain.store.backups import backups_dir, list_backups

    found = list_backups(backups_dir(store_folder(args)))
    if not found:
        print("Chưa có bản sao lưu nào.")
    for info in found:
        state = "tốt" if info.ok else f"HỎNG: {info.problem}"
        print(f"{info.created:%d/%m/%Y %H:%M:%S}  {info.reason_label:<24} {info.size:>10} byte  {state}  {info.path}")
    return 0
