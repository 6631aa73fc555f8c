"""Startup time: process start to three moments of the main window with the demo cell, each as
a ratio to a bare PySide6 QMainWindow started the same way in the same run. Best of 5 each.

Three moments, three targets:
- the window shown, with the demo cell on screen (its name in the title and status bar, its
  profile page filled from the store's first glance): <= 2.0x;
- the store open, the page editable (SQLAlchemy and the tables loaded, the store checked and
  open, the pages attached; the daily backup follows on the worker): <= 5.0x.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
TARGET = 2.0  # the window shown, with the cell on screen
TARGET_EDITABLE = 5.0  # the page editable

BARE = r"""
import builtins, sys, time
plain_import = builtins.__import__  # before PySide6's import hook, as the app keeps it
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1280, 720)
w.show()
def shown():
    %s
    print(f"SHOWN {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

# The floor under "page editable": nothing of the window, only the SQLAlchemy/SQLModel store
# imported once the bare window shows (as the app must, before it can write), with Python's
# plain import as the app's preload uses it.
FLOOR_IMPORT = "builtins.__import__ = plain_import; import kh130_desktop.domain.store.engine"

APP = "import sys; from kh130_desktop.ui.app import run_app; sys.exit(run_app([]))"


CELL = "Chi bộ thôn Nà Lữ"  # the demo cell's name, which the status bar must show


def time_to_window(code: str, env: dict) -> dict[str, float]:
    """Seconds from spawning the process to each moment it prints: SHOWN (window), READY (cell
    on screen), OPEN (store open)."""
    start = time.time()
    proc = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    marks = {}
    for line in proc.stdout.splitlines():
        word, _, rest = line.partition(" ")
        if word in ("SHOWN", "READY", "OPEN"):
            stamp, _, label = rest.partition(" ")
            if word != "SHOWN" and not label.startswith(CELL):
                raise RuntimeError(f"{word} without the demo cell on screen: {label!r}")
            marks[word] = float(stamp) - start
    if "SHOWN" not in marks:
        raise RuntimeError(f"no window: exit {proc.returncode}\n{proc.stderr[-2000:]}")
    return marks


def main() -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        subprocess.run([sys.executable, "-m", "kh130_desktop", "demo", "--data-dir", str(data)], cwd=ROOT, env=env,
                       check=True, capture_output=True)
        env["KH130_DATA_DIR"] = str(data)
        env["KH130_EXIT_WHEN_SHOWN"] = "1"
        bare, floor, shown, ready, opened = [], [], [], [], []
        for _ in range(RUNS):  # interleaved, so a busy moment hits both alike
            bare.append(time_to_window(BARE % "pass", env)["SHOWN"])
            floor.append(time_to_window(BARE % FLOOR_IMPORT, env)["SHOWN"])
            marks = time_to_window(APP, env)
            if "READY" not in marks or "OPEN" not in marks:
                raise RuntimeError(f"the demo cell was never shown: {marks}")
            shown.append(marks["SHOWN"])
            ready.append(marks["READY"])
            opened.append(marks["OPEN"])
    base = min(bare)
    ratio = min(ready) / base
    print(f"bare PySide6 window: best {base * 1000:.0f} ms of {RUNS}")
    print(f"KH130 main window shown: best {min(shown) * 1000:.0f} ms of {RUNS}, {min(shown) / base:.2f}x")
    print(f"KH130 demo cell on screen (name, profile page filled): best {min(ready) * 1000:.0f} ms of {RUNS}, "
          f"{ratio:.2f}x")
    editable = min(opened) / base
    print(f"KH130 store open, page editable: best {min(opened) * 1000:.0f} ms of {RUNS}, {editable:.2f}x")
    print(f"  (its floor, a bare window that then imports the store's engine and tables: best "
          f"{min(floor) * 1000:.0f} ms, {min(floor) / base:.2f}x; the page editable is "
          f"{min(opened) / min(floor):.2f}x its floor)")
    print(f"startup ratio (demo cell on screen): {ratio:.2f}x (target <= {TARGET:.1f}x) {'OK' if ratio <= TARGET else 'OVER'}")
    print(f"startup ratio (page editable): {editable:.2f}x (target <= {TARGET_EDITABLE:.1f}x) "
          f"{'OK' if editable <= TARGET_EDITABLE else 'OVER'}")
    return 0 if ratio <= TARGET and editable <= TARGET_EDITABLE else 1


if __name__ == "__main__":
    sys.exit(main())
