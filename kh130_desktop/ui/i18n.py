"""The interface language. Vietnamese is the source language of every string, so our own texts
need no translation file in Vietnamese; English comes from resources/translations/kh130_en.qm.
Qt's own texts (a text field's right-click menu, standard buttons, the file and print dialogs)
are English in Qt; in Vietnamese mode resources/translations/qtbase_vi.qm translates them.

The choice is kept with QSettings and applied at the next start: a running window is not
retranslated, so switching offers a restart.
"""

from __future__ import annotations

import logging

from ..paths import resources_dir
from .qt import QCoreApplication, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "vi"
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
SETTINGS_KEY = "ui/language"


def settings() -> QSettings:
    # An INI file, not the Windows registry: readable, and tests can point it at a temporary folder.
    return QSettings(QSettings.IniFormat, QSettings.UserScope, "KH130", "KH130")


def current_language() -> str:
    value = str(settings().value(SETTINGS_KEY, SOURCE_LANGUAGE) or SOURCE_LANGUAGE)
    return value if value in LANGUAGES else SOURCE_LANGUAGE


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    store = settings()
    store.setValue(SETTINGS_KEY, lang)
    store.sync()


def translation_file(lang: str):
    return resources_dir() / "translations" / f"kh130_{lang}.qm"


def qt_translation_file():
    """Qt's own strings in Vietnamese (PySide6 ships none)."""
    return resources_dir() / "translations" / "qtbase_vi.qm"


def _load(app: QCoreApplication, path) -> QTranslator | None:
    translator = QTranslator(app)
    if not path.exists() or not translator.load(str(path)):
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    return translator


def install_translator(app: QCoreApplication, lang: str | None = None) -> QTranslator | None:
    """Install our translator for `lang` (default: the saved choice); None for Vietnamese or
    when the file is missing (then the interface stays Vietnamese, which is always complete).

    In Vietnamese mode Qt's own strings are translated too (qtbase_vi.qm), by a translator kept
    alive as `app._kh130_qt_translator`; English needs nothing extra. A second call replaces
    what the first installed instead of stacking on it."""
    lang = lang or current_language()
    QLocale.setDefault(QLocale(QLocale.Vietnamese if lang == "vi" else QLocale.English))
    for attribute in ("_kh130_qt_translator", "_kh130_translator"):
        previous = getattr(app, attribute, None)
        if previous is not None:
            app.removeTranslator(previous)
            setattr(app, attribute, None)
    if lang == SOURCE_LANGUAGE:
        app._kh130_qt_translator = _load(app, qt_translation_file())
        if app._kh130_qt_translator is None:
            log.warning("no usable %s; Qt's own buttons and menus stay English", qt_translation_file())
        return None
    path = translation_file(lang)
    translator = _load(app, path)
    if translator is None:
        log.warning("no usable translation %s; the interface stays Vietnamese", path)
        return None
    app._kh130_translator = translator  # kept alive with the application (ui/app.py stores it too)
    return translator
