"""The interface stands on the domain and never reaches past it: no ui/ module imports the ORM
(sqlmodel, sqlalchemy), and none opens a transaction; every write is a domain function that
ui/operations.py runs on its worker. Each check is first shown to catch what it guards against."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import kh130_desktop

UI = Path(kh130_desktop.__file__).parent / "ui"
ORM = ("sqlmodel", "sqlalchemy")


def orm_imports(source: str) -> list[int]:
    """Lines of `source` that import the ORM, at any depth (a function's late import too)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        if any(name.split(".")[0] in ORM for name in names):
            lines.append(node.lineno)
    return lines


def transactions(source: str) -> list[int]:
    """Lines of `source` that call `<anything>.transaction(...)`."""
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "transaction"]


def ui_modules() -> list[Path]:
    modules = sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)
    assert len(modules) > 30  # the scan sees the whole interface
    return modules


def offenders(check) -> dict[str, list[int]]:
    found = {}
    for path in ui_modules():
        lines = check(path.read_text(encoding="utf-8"))
        if lines:
            found[str(path.relative_to(UI.parent))] = lines
    return found


def test_the_checks_catch_what_they_guard_against():
    assert orm_imports("from sqlmodel import select\n") == [1]
    assert orm_imports("import sqlalchemy.orm as orm\n") == [1]
    assert orm_imports("def rows(tx):\n    from sqlalchemy import func\n    return func\n") == [2]
    assert orm_imports("class Page:\n    def load(self):\n        import sqlmodel\n") == [3]
    assert orm_imports("from ..domain.book import roster\nimport sqlite3\nfrom .qt import QWidget\n") == []
    assert transactions("with ctx.store.transaction() as tx:\n    pass\n") == [1]
    assert transactions("def save(store):\n    tx = store.transaction()\n") == [2]
    assert transactions("ctx.write(Changes.MEMBERS, roster.add_member, data)\nstore.read()\n") == []


def test_no_interface_module_imports_the_orm():
    assert offenders(orm_imports) == {}


def test_no_interface_module_opens_a_transaction():
    assert offenders(transactions) == {}


def test_the_window_is_built_without_the_orm():
    """The window and the cell's page show before the store opens (ui/app.py): building them
    must not import SQLAlchemy, which takes most of a second on an old laptop."""
    code = ("import sys\n"
            "import kh130_desktop.ui.main_window, kh130_desktop.ui.pages.cell_page\n"
            "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('sqlmodel', 'sqlalchemy', 'alembic')}))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"
