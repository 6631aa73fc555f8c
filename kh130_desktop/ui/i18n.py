"""The interface language. Vietnamese is the source language of every string, so it needs no
translation file; English comes from resources/translations/kh130_en.qm.

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


def install_translator(app: QCoreApplication, lang: str | None = None) -> QTranslator | None:
    """Install our translator for `lang` (default: the saved choice); None for Vietnamese or
    when the file is missing (then the interface stays Vietnamese, which is always complete)."""
    lang = lang or current_language()
    QLocale.setDefault(QLocale(QLocale.Vietnamese if lang == "vi" else QLocale.English))
    if lang == SOURCE_LANGUAGE:
        return None
    path = translation_file(lang)
    translator = QTranslator(app)
    if not path.exists() or not translator.load(str(path)):
        log.warning("no usable translation %s; the interface stays Vietnamese", path)
        return None
    app.installTranslator(translator)
    return translator
