"""The program makes no network call of any kind (DESIGN.md section 1): the whole self-test
(store, demo, PDF, signed export, verification, Qt and QtPdf) runs with the network unavailable."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

# Runs in a fresh interpreter so that no module imported by other tests has already opened
# anything: every Python-level way to reach the network raises and is recorded.
GUARDED_SELF_TEST = textwrap.dedent(
    """
    import json, socket, sys

    attempts = []

    def refuse(what):
        def blocked(*args, **kwargs):
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(101, "network is unreachable (blocked by test_no_network)")
        return blocked

    real_init = socket.socket.__init__

    def guarded_init(self, family=-1, *args, **kwargs):
        if family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(f"socket({family!r})")
            raise OSError(97, "internet sockets blocked by test_no_network")
        real_init(self, family, *args, **kwargs)

    socket.socket.__init__ = guarded_init
    socket.socket.connect = refuse("socket.connect")
    socket.socket.connect_ex = refuse("socket.connect_ex")
    socket.socket.sendto = refuse("socket.sendto")
    socket.create_connection = refuse("create_connection")
    socket.getaddrinfo = refuse("getaddrinfo")
    socket.gethostbyname = refuse("gethostbyname")

    # The guard must bite, or this test proves nothing.
    try:
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    except OSError:
        pass
    guard_works = attempts == ["create_connection(('192.0.2.1', 80),)"]
    attempts.clear()

    from kh130_desktop.selftest import run_self_test

    lines = []
    status = run_self_test(out=lines.append)
    print(json.dumps({"guard_works": guard_works, "status": status, "attempts": attempts, "lines": lines}))
    """
)


def _env(tmp_path) -> dict:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", KH130_DATA_DIR=str(tmp_path / "user-data"), TMPDIR=str(tmp_path))
    env.pop("http_proxy", None)
    env.pop("https_proxy", None)
    return env


def test_self_test_passes_with_every_socket_call_refused(tmp_path):
    result = subprocess.run([sys.executable, "-c", GUARDED_SELF_TEST], capture_output=True, text=True,
                            env=_env(tmp_path), timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["guard_works"], "the socket guard did not intercept a connection"
    assert report["attempts"] == [], f"the program tried to use the network: {report['attempts']}"
    assert report["status"] == 0, "\n".join(report["lines"])
    assert report["lines"][-1].startswith("Tự kiểm tra: đạt")
    assert not (tmp_path / "user-data").exists()


def _unshare_prefix() -> list[str] | None:
    """`unshare -n` (a new network namespace with no interfaces) where this machine allows it."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return None
    for prefix in (["unshare", "-n"], ["unshare", "-rn"]):
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    return None


UNSHARE = _unshare_prefix()


@pytest.mark.skipif(UNSHARE is None, reason="unshare -n is not permitted on this machine")
def test_self_test_passes_in_a_network_namespace_with_no_interfaces(tmp_path):
    # First prove the namespace really has no network: a connection to a public address fails.
    probe = subprocess.run([*UNSHARE, sys.executable, "-c",
                            "import socket\ntry:\n socket.create_connection(('1.1.1.1', 53), timeout=2)\n"
                            "except OSError as e:\n print('unreachable', e.errno)\nelse:\n print('reachable')"],
                           capture_output=True, text=True, timeout=60)
    assert probe.stdout.startswith("unreachable"), probe.stdout + probe.stderr

    result = subprocess.run([*UNSHARE, sys.executable, "-m", "kh130_desktop", "--self-test"],
                            capture_output=True, text=True, env=_env(tmp_path), timeout=300)

    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert "Tự kiểm tra: đạt cả 9 bước" in result.stdout


# Paths the self-test does not walk (the window's pages, dialogs) are held to the same promise
# by what they import: nothing in the package may reach for a network module.
NETWORK_MODULES = ("socket", "ssl", "http.client", "http.server", "urllib.request", "ftplib", "smtplib", "poplib",
                   "imaplib", "xmlrpc", "webbrowser", "requests", "httpx", "aiohttp", "PySide6.QtNetwork",
                   "PySide6.QtWebEngineCore")


def _imports(path):
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def test_no_module_of_the_program_imports_a_network_library():
    from pathlib import Path

    import kh130_desktop

    package = Path(kh130_desktop.__file__).parent
    offenders = sorted(
        f"{path.relative_to(package.parent)}: {name}"
        for path in package.rglob("*.py")
        for name in _imports(path)
        if any(name == banned or name.startswith(banned + ".") for banned in NETWORK_MODULES)
    )
    assert len(list(package.rglob("*.py"))) > 20  # the walk really saw the package
    assert offenders == []
