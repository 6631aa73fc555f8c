"""Startup time: process start to the main window shown with the demo cell, as a ratio to a
bare PySide6 QMainWindow started the same way in the same run. Best of 5 each. Target: <= 2.0x.

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


def time_to_window(code: str, env: dict) -> tuple[float, float | None]:
    """Seconds from spawning the process to its window shown, and to its data shown (READY)."""
    start = time.time()
    proc = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    marks = dict(line.split()[:2] for line in proc.stdout.splitlines() if line.startswith(("SHOWN ", "READY ")))
    if "SHOWN" not in marks:
        raise RuntimeError(f"no window: exit {proc.returncode}\n{proc.stderr[-2000:]}")
    ready = float(marks["READY"]) - start if "READY" in marks else None
    return float(marks["SHOWN"]) - start, ready


def main() -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        subprocess.run([sys.executable, "-m", "kh130_desktop", "demo", "--data-dir", str(data)], cwd=ROOT, env=env,
                       check=True, capture_output=True)
        env["KH130_DATA_DIR"] = str(data)
        env["KH130_EXIT_WHEN_SHOWN"] = "1"
        bare, app, ready = [], [], []
        for _ in range(RUNS):  # interleaved, so a busy moment hits both alike
            bare.append(time_to_window(BARE, env)[0])
            shown, data = time_to_window(APP, env)
            app.append(shown)
            if data is None:
                raise RuntimeError("the demo cell was never shown")
            ready.append(data)
    ratio = min(app) / min(bare)
    print(f"bare PySide6 window: best {min(bare) * 1000:.0f} ms of {RUNS}")
    print(f"KH130 main window shown: best {min(app) * 1000:.0f} ms of {RUNS}")
    print(f"KH130 demo cell on screen (store opened, cell page filled): best {min(ready) * 1000:.0f} ms "
          f"of {RUNS}, {min(ready) / min(bare):.2f}x the bare window")
    print(f"startup ratio: {ratio:.2f}x (target <= {TARGET:.1f}x) {'OK' if ratio <= TARGET else 'OVER'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
