"""Help → "Hướng dẫn sử dụng": the guide bundled in resources/guide (HTML and small PNGs), shown
offline in a QTextBrowser, in the interface's language (Vietnamese, or English when chosen)."""

from __future__ import annotations

from pathlib import Path

from ..paths import resources_dir
from .qt import QDialog, QDialogButtonBox, QTextBrowser, QUrl, QVBoxLayout, QWidget

GUIDES = {"vi": "huong-dan.html", "en": "guide-en.html"}


def guide_file(lang: str | None = None) -> Path:
    from .i18n import SOURCE_LANGUAGE, current_language

    folder = resources_dir() / "guide"
    chosen = folder / GUIDES.get(lang or current_language(), GUIDES[SOURCE_LANGUAGE])
    return chosen if chosen.exists() else folder / GUIDES[SOURCE_LANGUAGE]


class GuideDialog(QDialog):
    """Not modal: the guide can stay open beside the window while the secretary works."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)  # offline: only the guide's own anchors
        self.browser.setSource(QUrl.fromLocalFile(str(guide_file(lang))))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.RejectRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(820, screen.width() - 40) if screen else 820, min(700, screen.height() - 60) if screen else 700)
