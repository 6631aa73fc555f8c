"""The house keeps its shape: no Qt in the domain, no import circles, imports pointing down, small rooms."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import kh130_desktop

PACKAGE = Path(kh130_desktop.__file__).parent
DOMAIN = "kh130_desktop.domain"
MAX_LINES = 400
# Being split in another branch right now; the merge empties this list. Nothing is to be added.
SPLIT_IN_PROGRESS: set[str] = set()  # modules being split on another branch; empty on main


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def domain_files() -> dict[str, Path]:
    """Every importable module of the domain (the migrations are Alembic's scripts, loaded by path)."""
    return {module_name(p): p for p in sorted((PACKAGE / "domain").rglob("*.py")) if "migrations" not in p.parts}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of ours that `name` imports, at the top or inside a function, relative ones made
    absolute; a `from package import module` counts as the module, and importing a module imports
    the packages above it too (those not already above `name`)."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [f"{module}.{alias.name}" if f"{module}.{alias.name}" in known else module for alias in node.names]
        else:
            continue
        for target in targets:
            if target == "kh130_desktop" or target.startswith("kh130_desktop."):
                found.add(target)
    own_packages = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
    with_packages = set(found)
    for target in found:
        parts = target.split(".")
        with_packages |= {".".join(parts[:i]) for i in range(2, len(parts))} - own_packages
    with_packages.discard(name)
    return with_packages


def domain_graph() -> dict[str, set[str]]:
    files = domain_files()
    known = set(files)
    return {name: imports_of(name, path, known) for name, path in files.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle among the graph's own modules, as a path that ends where it starts."""
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(node: str) -> list[str] | None:
        path.append(node)
        on_path.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in graph or nxt in done:
                continue
            if nxt in on_path:
                return path[path.index(nxt):] + [nxt]
            cycle = visit(nxt)
            if cycle:
                return cycle
        path.pop()
        on_path.discard(node)
        done.add(node)
        return None

    for start in sorted(graph):
        if start not in done:
            cycle = visit(start)
            if cycle:
                return cycle
    return None


def test_importing_every_domain_module_loads_no_qt():
    package = Path(kh130_desktop.__file__).parent
    modules = sorted(
        "kh130_desktop." + ".".join(p.relative_to(package).with_suffix("").parts)
        for p in (package / "domain").rglob("*.py")
        if "migrations" not in p.parts and p.name != "__init__.py"
    )
    modules += ["kh130_desktop.cli", "kh130_desktop.paths"]
    assert len(modules) > 8
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules) + (
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\nprint(bad)\nsys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_import_graph_reads_relative_function_level_and_package_imports():
    graph = domain_graph()
    assert f"{DOMAIN}.store.engine" in graph[f"{DOMAIN}.store.health"]  # from .engine import …
    assert f"{DOMAIN}.store.tables" in graph[f"{DOMAIN}.store.engine"]  # from . import tables
    assert f"{DOMAIN}.store.backups" in graph[f"{DOMAIN}.exchange.importer"]  # inside a function
    assert f"{DOMAIN}.store" in graph[f"{DOMAIN}.book.roster"]  # the package above a module imported
    assert f"{DOMAIN}.store" not in graph[f"{DOMAIN}.store.engine"]  # but not its own


def test_no_import_circle_in_the_domain():
    cycle = find_cycle(domain_graph())
    assert cycle is None, "import circle: " + " → ".join(m.removeprefix(DOMAIN + ".") for m in cycle)


def test_find_cycle_finds_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


# What each room must never import: the arrows point down (domain/__init__.py).
FORBIDDEN = {
    "store": ("book", "exchange", "documents"),
    "book": ("exchange", "documents"),
    "documents": ("exchange",),
}
BASICS = ("errors", "text", "clock")
# Outside the domain, the only module of ours it may use: where the resources are.
OUTSIDE_ALLOWED = {"kh130_desktop", "kh130_desktop.paths"}


def room_of(module: str) -> str:
    return module.removeprefix(DOMAIN + ".").split(".")[0] if module.startswith(DOMAIN + ".") else ""


def test_imports_point_down_between_the_rooms():
    wrong = []
    for module, targets in domain_graph().items():
        room = room_of(module)
        for target in sorted(targets):
            if room in BASICS:
                wrong.append(f"{module} is a shared basic but imports {target}")
            elif not target.startswith(DOMAIN):
                if target not in OUTSIDE_ALLOWED:
                    wrong.append(f"{module} imports {target}, outside the domain")
            elif room_of(target) in FORBIDDEN.get(room, ()):
                wrong.append(f"{module} ({room}/) imports {target} ({room_of(target)}/)")
    assert not wrong, "\n".join(wrong)


def test_every_room_is_present_for_the_direction_rules():
    rooms = {room_of(m) for m in domain_graph()}
    assert {"store", "book", "exchange", "documents", *BASICS} <= rooms


def test_no_module_is_over_400_lines():
    too_long = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("domain/store/migrations/"):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES and relative not in SPLIT_IN_PROGRESS:
            too_long[relative] = lines
    assert not too_long, f"over {MAX_LINES} lines, split by job: {too_long}"
    split = sorted(p for p in SPLIT_IN_PROGRESS if not (PACKAGE / p).is_file()
                   or len((PACKAGE / p).read_text(encoding="utf-8").splitlines()) <= MAX_LINES)
    assert not split, f"split now: take {split} off SPLIT_IN_PROGRESS"
