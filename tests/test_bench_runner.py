"""`make bench`: every benchmark in turn, a clear line for one not written yet, failure reported."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_runner():
    spec = importlib.util.spec_from_file_location("bench_run_all", ROOT / "bench" / "run_all.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_runs_each_benchmark_skips_the_missing_and_fails_on_a_broken_one(tmp_path, monkeypatch, capfd):
    runner = load_runner()
    (tmp_path / "startup.py").write_text("print('startup: 1.0 s = 1.5x baseline')\n")
    (tmp_path / "import.py").write_text("raise SystemExit(3)\n")
    monkeypatch.setattr(runner, "BENCH_DIR", tmp_path)

    status = runner.main([])

    out = capfd.readouterr().out
    assert status == 1
    assert "machine: " in out and "python: " in out
    assert "startup: 1.0 s = 1.5x baseline" in out
    assert "== documents: SKIPPED, bench/documents.py does not exist yet" in out
    assert "== import: exit status 3" in out
    assert out.strip().endswith("summary: startup ok, documents skipped, import exit 3")


def test_an_unknown_benchmark_name_is_refused(capsys):
    assert load_runner().main(["startpu"]) == 2
    assert "unknown benchmark" in capsys.readouterr().err
