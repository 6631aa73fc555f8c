"""`kh130 backup [-o FILE]` and `kh130 restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import hold_store, store_folder


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser(
        "backup", help="sao lưu kho dữ liệu",
        description="Sao lưu kho dữ liệu. Không có -o: vào thư mục backups/ cạnh kho dữ liệu.",
    )
    backup.add_argument("-o", "--output", metavar="TỆP",
                        help="tệp hoặc thư mục (ví dụ USB) để ghi bản sao lưu; tệp được ghi đúng tên đã cho "
                             "(chỉ thêm đuôi .sqlite3 khi tên không có đuôi nào)")
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
    """The store is only read, never opened as a Store: a backup to another disk works while
    the store's own disk is full or read-only."""
    from ..domain.store.backup_files import write_backup
    from ..domain.store.backups import backup_file_to
    from ..domain.store.glance import store_path
    from ..domain.store.medium import MediumError, check_folder

    folder = store_folder(args)
    check_folder(folder, must_exist=True)
    try:
        hold_store(args)
    except MediumError:
        pass  # a medium that cannot take the lock file cannot take a write either: nobody writes there
    source = store_path(folder)
    path = backup_file_to(source, Path(args.output)) if args.output else write_backup(source, "manual")
    print(f"Đã sao lưu vào {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ..domain.store.backup_check import inspect_backup
    from ..domain.store.leftovers import clean_leftovers
    from ..domain.store.medium import check_folder
    from ..domain.store.restore import restore

    folder = store_folder(args)
    check_folder(folder)
    source = Path(args.file)
    info = inspect_backup(source)
    hold_store(args)
    clean_leftovers(folder)
    path = restore(folder, source)
    print(f"Đã khôi phục {path} từ {source} ({info.cell_name or 'chưa có chi bộ'}, "
          f"{info.member_count or 0} đảng viên, {info.session_count or 0} buổi sinh hoạt).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..domain.store.backups import list_data_folder_backups

    found = list_data_folder_backups(store_folder(args))
    if not found:
        print("Chưa có bản sao lưu nào.")
    for info in found:
        state = "tốt" if info.ok else f"HỎNG: {info.problem}"
        print(f"{info.created:%d/%m/%Y %H:%M:%S}  {info.reason_label:<24} {info.size:>10} byte  {state}  {info.path}")
    return 0
