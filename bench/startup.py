"""Startup time: process start to the main window shown with the demo cell on it, as a ratio to
a bare PySide6 QMainWindow started the same way in the same run. Best of 5 each. Target: <= 2.0x.

Three moments of the app are printed: the window shown; the demo cell on screen (its name in the
title and status bar, its profile page filled from the store: the target); and the store open,
when the page becomes editable (SQLAlchemy loaded, integrity checked, daily backup made).

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
TARGET = 2.0

BARE = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1280, 720)
w.show()
def shown():
    print(f"SHOWN {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

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
        bare, shown, ready, opened = [], [], [], []
        for _ in range(RUNS):  # interleaved, so a busy moment hits both alike
            bare.append(time_to_window(BARE, env)["SHOWN"])
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
    print(f"KH130 store open, page editable: best {min(opened) * 1000:.0f} ms of {RUNS}, {min(opened) / base:.2f}x")
    print(f"startup ratio (demo cell on screen): {ratio:.2f}x (target <= {TARGET:.1f}x) {'OK' if ratio <= TARGET else 'OVER'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
