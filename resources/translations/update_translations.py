"""Refresh the English translation from the source, then compile it.

Vietnamese is the source language: every self.tr("…") in kh130_desktop/ui and every string in
forms/*.ui is written in Vietnamese, and kh130_en.ts holds its English. Run after changing any
interface text:

    .venv/bin/python resources/translations/update_translations.py

(the domain's own messages, which lupdate cannot see, are first collected into domain_texts.py
by domain_messages.py), then open kh130_en.ts in Qt Linguist (`pyside6-linguist`, or any text editor), translate the
entries marked unfinished, and run the script again to compile kh130_en.qm. Both files are
committed; the app loads the .qm (ui/i18n.py).

qtbase_vi.ts is the other way round: Qt's own English strings (the right-click menu of a text
field, standard buttons, Qt's file, print, page-setup and preview dialogs and their messages) in
Vietnamese, which PySide6 does not ship. It is written by hand, its sources exactly as the pinned
Qt asks for them (context, source text, disambiguation: after a Qt upgrade, check them with a
QTranslator subclass that records what translate() is asked while the dialogs open);
tests/ui/test_qt_dialogs_vi.py opens the dialogs. This script only compiles it to qtbase_vi.qm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ["en"]


def tool(name: str) -> str:
    """The Qt tool that ships with the PySide6_Essentials wheel, beside this Python first."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install the project into this Python (pip install -e .)")
    return found


def sources() -> list[Path]:
    python = sorted((ROOT / "kh130_desktop" / "ui").rglob("*.py"))
    forms = sorted((ROOT / "forms").glob("*.ui"))
    # The domain's messages (it imports no Qt), collected by domain_messages.py.
    return [p for p in python + forms if "__pycache__" not in p.parts] + [HERE / "domain_texts.py"]


def unfinished(ts: Path) -> tuple[int, int]:
    """(messages, of which still untranslated) in a .ts file."""
    root = ET.parse(ts).getroot()
    messages = [m for m in root.iter("message") if m.find("translation") is not None]
    live = [m for m in messages if m.find("translation").get("type") not in ("obsolete", "vanished")]
    todo = [m for m in live if m.find("translation").get("type") == "unfinished" or not (m.find("translation").text or "").strip()]
    return len(live), len(todo)


def with_runtime_contexts(ts: Path, out: Path) -> None:
    """Copy `ts`, giving ui.common.tr()'s messages the context they are looked up in at run time.

    `tr(text, context="common")` is a plain function, so lupdate files its messages under an
    empty context with the second argument as a comment; Qt then looks them up under that
    argument. The .ts keeps lupdate's shape (so the next update merges cleanly); only the
    compiled .qm gets the real contexts.
    """
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    nameless = contexts.pop("", None)
    if nameless is not None:
        root.remove(nameless)
        for message in nameless.findall("message"):
            comment = message.find("comment")
            name = (comment.text or "").strip() if comment is not None else ""
            if comment is not None:
                message.remove(comment)
            target = contexts.get(name or "common")
            if target is None:
                target = ET.SubElement(root, "context")
                ET.SubElement(target, "name").text = name or "common"
                contexts[name or "common"] = target
            target.append(message)
    tree.write(out, encoding="utf-8", xml_declaration=True)


def main() -> int:
    sys.path.insert(0, str(HERE))
    import domain_messages

    domain_messages.write()
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for lang in LANGUAGES:
        ts = HERE / f"kh130_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "relative",
                        "-source-language", "vi_VN", "-target-language", f"{lang}",
                        *files, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        with tempfile.TemporaryDirectory() as tmp:
            compiled = Path(tmp) / ts.name
            with_runtime_contexts(ts, compiled)
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(compiled), "-qm", str(ts.with_suffix(".qm"))],
                           check=True)
        total, todo = unfinished(ts)
        print(f"{ts.name}: {total} messages from {len(files)} files, {todo} still to translate; wrote {ts.with_suffix('.qm').name}")
    # Qt's own strings in Vietnamese: written by hand (no lupdate source), only compiled here.
    qt_ts = HERE / "qtbase_vi.ts"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(qt_ts), "-qm", str(qt_ts.with_suffix(".qm"))], check=True)
    total, todo = unfinished(qt_ts)
    print(f"{qt_ts.name}: {total} of Qt's own messages, {todo} still to translate; wrote {qt_ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
