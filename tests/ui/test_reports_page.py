"""The reports page: a period's key figures, and the printed report and key slip it hands to printing."""

from __future__ import annotations

import sys
import types

import pytest

from kh130_desktop.domain.book.overview import period_figures
from kh130_desktop.domain.book.periods import Period
from kh130_desktop.ui.context import AppContext
from kh130_desktop.ui.pages.reports_page import ReportsPage
from kh130_desktop.ui.qt import QPushButton, Qt


@pytest.fixture
def page(demo_store, data_dir, qtbot):
    p = ReportsPage(AppContext(demo_store, data_dir))
    qtbot.addWidget(p)
    p.show()
    return p


@pytest.fixture
def previews(monkeypatch):
    """Stand in for the print preview: record what would be shown."""
    calls = []
    fake = types.ModuleType("kh130_desktop.ui.printing")
    fake.preview_document = lambda parent, ctx, title, name, make_pdf: calls.append((title, name, make_pdf))
    monkeypatch.setitem(sys.modules, "kh130_desktop.ui.printing", fake)
    return calls


def test_year_and_quarter_figures(page):
    assert page.period == Period(2022)
    text = page.figures_label.text()
    assert "năm 2022" in text and "5 (chuyên đề: 3)" in text
    page.quarter_combo.setCurrentIndex(2)  # quý II
    assert page.period == Period(2022, 2)
    figures = page.ctx.read(period_figures, Period(2022, 2))
    assert figures.sessions == 2
    assert "quý II/2022" in page.figures_label.text()
    assert f"{figures.average_rate * 100:.1f}%".replace(".", ",") in page.figures_label.text()


def test_report_and_keyslip_go_to_the_preview_as_pdf(page, qtbot, previews):
    page.quarter_combo.setCurrentIndex(3)
    qtbot.mouseClick(page.form.findChild(QPushButton, "reportButton"), Qt.LeftButton)
    qtbot.mouseClick(page.form.findChild(QPushButton, "keyslipButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=20000)  # the key is loaded on the worker first
    (title, name, make_pdf), (slip_title, slip_name, make_slip) = previews
    assert title == "Báo cáo quý III/2022" and name == "bao-cao-2022-Q3.pdf"
    assert page.ctx.read(make_pdf).startswith(b"%PDF")
    assert slip_name == "phieu-dang-ky-khoa.pdf"
    assert page.ctx.read(make_slip).startswith(b"%PDF")


def test_export_opens_the_export_dialog_on_the_chosen_period(page, qtbot):
    page.quarter_combo.setCurrentIndex(4)
    qtbot.mouseClick(page.form.findChild(QPushButton, "exportButton"), Qt.LeftButton)
    dialog = page.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.period == Period(2022, 4)
    dialog.close()
