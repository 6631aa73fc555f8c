"""The domain never imports Qt: it must run and be tested with no display."""

import subprocess
import sys
from pathlib import Path

import kh130_desktop


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
