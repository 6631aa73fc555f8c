"""packaging/release.py: the release's names and the executables' version resource.

PyInstaller evaluates the version file only on Windows, with its own versioninfo classes (which
need pefile, a Windows-only dependency); here it is evaluated with stand-ins that record what
they are given, so a mistake shows on Linux before a Windows build does.
"""

from __future__ import annotations

import importlib.util
import tomllib
import zipfile
from pathlib import Path

import pytest

from kh130_desktop import __version__
from kh130_desktop.system_check import MIN_WINDOWS_BUILD, RELEASE_TAG

ROOT = Path(__file__).resolve().parent.parent


def _load_release():
    spec = importlib.util.spec_from_file_location("kh130_packaging_release", ROOT / "packaging" / "release.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


release = _load_release()


def _evaluate(text: str) -> dict:
    """The version file's expression, with each class replaced by a recorder."""

    def recorder(kind):
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo", "VarStruct"]
    return eval(compile(text, "version-file", "eval"), {name: recorder(name) for name in names})  # noqa: S307


def test_the_version_comes_from_pyproject_and_matches_the_package():
    with (ROOT / "pyproject.toml").open("rb") as handle:
        assert release.version() == tomllib.load(handle)["project"]["version"] == __version__


@pytest.mark.parametrize(("text", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)),
                                                ("2.0.1rc1", (2, 0, 1, 0)), ("1.2.3.4", (1, 2, 3, 4))])
def test_version_numbers_for_the_fixed_file_info(text, numbers):
    assert release.version_tuple(text) == numbers


@pytest.mark.parametrize(("exe", "description"), [("kh130", "KH130 Desktop – sổ sinh hoạt chi bộ"),
                                                   ("kh130-cli", "KH130 Desktop – dòng lệnh")])
def test_each_executable_gets_company_product_description_and_version(exe, description, tmp_path):
    path = release.write_version_files(tmp_path)[exe]
    info = _evaluate(path.read_text(encoding="utf-8"))

    assert info["kind"] == "VSVersionInfo"
    numbers = release.version_tuple(release.version())
    assert info["ffi"]["filevers"] == info["ffi"]["prodvers"] == numbers
    string_file_info, var_file_info = info["kids"]
    (table,) = string_file_info["args"][0]
    language, entries = table["args"]
    assert language == "042A04B0"  # Vietnamese, Unicode
    strings = dict(entry["args"] for entry in entries)
    assert strings["CompanyName"] == "KH130"
    assert strings["ProductName"] == "KH130 Desktop"
    assert strings["FileDescription"] == description
    assert strings["FileVersion"] == strings["ProductVersion"] == release.version()
    assert strings["OriginalFilename"] == f"{exe}.exe" and strings["InternalName"] == exe
    assert RELEASE_TAG in strings["Comments"]
    assert var_file_info["args"][0][0]["args"] == ("Translation", [0x042A, 1200])


def test_the_windows_folder_and_zip_say_the_minimum_windows():
    assert MIN_WINDOWS_BUILD == 17763 and RELEASE_TAG == "win10-1809-x64"
    assert release.folder_name("win32") == "kh130-win10-1809-x64"  # no version: an upgrade keeps the shortcut
    assert release.folder_name("linux") == "kh130"  # what CI's .ci/bundle.sh builds
    assert release.zip_name("0.1.0") == "kh130-0.1.0-win10-1809-x64.zip"


def test_the_zip_holds_the_folder_at_its_top(tmp_path):
    folder = tmp_path / "kh130-win10-1809-x64"
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "kh130.exe").write_bytes(b"MZ")
    (folder / "_internal" / "resources" / "Phông chữ.txt").write_text("x", encoding="utf-8")

    archive = release.make_zip(tmp_path)

    assert archive.name == release.zip_name()
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == ["kh130-win10-1809-x64/_internal/resources/Phông chữ.txt",
                                        "kh130-win10-1809-x64/kh130.exe"]


def test_build_spec_names_the_folder_and_passes_the_version_files():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "name=BUNDLE_NAME" in spec and "release.folder_name()" in spec
    assert 'version=str(VERSION_FILES["kh130"])' in spec and 'version=str(VERSION_FILES["kh130-cli"])' in spec
    assert "packaging/release.py folder" in (ROOT / ".ci" / "bundle.sh").read_text(encoding="utf-8")
