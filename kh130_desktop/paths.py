"""Where things live on disk: the user's data and the bundled resources.

No Qt here: the domain and the command line use it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "KH130"
APP_AUTHOR = "KH130"


def resources_dir() -> Path:
    """The bundled `resources/` folder, in a source checkout or a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def forms_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "forms"
    return Path(__file__).resolve().parent.parent / "forms"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store's folder: --data-dir, else KH130_DATA_DIR, else platformdirs' user data dir."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("KH130_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    import platformdirs

    env = os.environ.get("KH130_DATA_DIR")
    if env:
        return Path(env).expanduser() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
