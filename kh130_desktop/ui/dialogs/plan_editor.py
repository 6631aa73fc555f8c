"""The plan editor (forms/plan_editor.ui): a year's topic, plan number, date and issuer, the
quarters' discussion topics, the materials, the pledge themes and the milestones, saved whole
as one operation (book/plan_edit.py). Each list is a model with the selected row's fields
under it; the domain checks everything and its refusal is shown next to the field, on its tab.
"""

from __future__ import annotations

import datetime as dt

from ...domain.book import plan_edit
from ...domain.book.periods import ROMAN
from ...domain.book.plan_check import code_from_title
from ...domain.errors import DomainError
from ..forms import load_form
from ..models.plan_editor_model import DONE_RULE_LABELS, PlanListModel, materials_model, milestones_model, rule_label, themes_model
from ..operations import Changes
from ..qt import QAbstractItemView, QComboBox, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTabWidget, QTableView, QVBoxLayout
from ..widgets.date_field import DateField
from . import FieldErrors, OperationDialog

# The tab that shows each field the domain may name in a refusal.
FIELD_TABS = {"topic": 0, "short_topic": 0, "plan_number": 0, "plan_date": 0, "issuer": 0, "year": 0,
              "quarter_topics": 1, "materials": 2, "pledge_themes": 3, "milestones": 4, "milestoneDue": 4}
TEXT_FIELDS = ("short_topic", "plan_number", "issuer")


class PlanEditor(OperationDialog):
    """`PlanEditor(ctx, data, new=...)`: exec() == Accepted once the plan is written; `saved`
    is then the domain's PlanSaved (with the plan as it was before, for "Hoàn tác")."""

    def __init__(self, ctx, data: dict, *, new: bool, parent=None) -> None:
        super().__init__(ctx, parent)
        self.year: int = data["year"]
        self.new = new
        self.saved: plan_edit.PlanSaved | None = None
        self.form = load_form("plan_editor", self)
        QVBoxLayout(self).addWidget(self.form)
        self.errors = FieldErrors(self.form)
        f = self.form.findChild
        self.tabs: QTabWidget = f(QTabWidget, "tabs")
        self.topic: QPlainTextEdit = f(QPlainTextEdit, "topic")
        self.texts = {name: f(QLineEdit, name) for name in TEXT_FIELDS}
        self.plan_date: DateField = f(DateField, "plan_date")
        self.quarters = {q: f(QPlainTextEdit, f"quarter_{q}") for q in range(1, 5)}
        self.material_title: QPlainTextEdit = f(QPlainTextEdit, "materialTitle")
        self.theme_title: QLineEdit = f(QLineEdit, "themeTitle")
        self.theme_code: QLineEdit = f(QLineEdit, "themeCode")
        self.milestone_title: QLineEdit = f(QLineEdit, "milestoneTitle")
        self.milestone_due: DateField = f(DateField, "milestoneDue")
        self.milestone_quarter: QComboBox = f(QComboBox, "milestoneQuarter")
        self.milestone_rule: QComboBox = f(QComboBox, "milestoneRule")
        self.milestone_quarter.addItem("—", None)
        for q in range(1, 5):
            self.milestone_quarter.addItem(ROMAN[q], q)
        for rule in DONE_RULE_LABELS:
            self.milestone_rule.addItem(rule_label(rule), rule)
        self._loading = False
        self.lists: dict[str, tuple[PlanListModel, QTableView, list]] = {}
        self._list("material", materials_model(self), [self.material_title])
        self._list("theme", themes_model(self), [self.theme_title, self.theme_code])
        self._list("milestone", milestones_model(self),
                   [self.milestone_title, self.milestone_due, self.milestone_quarter, self.milestone_rule])
        self.material_title.textChanged.connect(lambda: self._set("material", "title", self.material_title.toPlainText()))
        self.theme_title.textChanged.connect(lambda text: self._set("theme", "title", text))
        self.theme_code.textChanged.connect(lambda text: self._set("theme", "code", text.strip()))
        self.milestone_title.textChanged.connect(lambda text: self._set("milestone", "title", text))
        self.milestone_due.dateChanged.connect(lambda day: self._set("milestone", "due_on", day.isoformat() if day else None))
        self.milestone_quarter.currentIndexChanged.connect(
            lambda _i: self._set("milestone", "quarter", self.milestone_quarter.currentData()))
        self.milestone_rule.currentIndexChanged.connect(
            lambda _i: self._set("milestone", "done_when", self.milestone_rule.currentData() or ""))
        f(QPushButton, "saveButton").clicked.connect(self.accept)
        f(QPushButton, "cancelButton").clicked.connect(self.cancel)
        f(QLabel, "headingLabel").setText("<h2>" + (self.tr("Tạo kế hoạch năm {year}") if new else
                                                     self.tr("Sửa kế hoạch năm {year}")).format(year=self.year) + "</h2>")
        self.setWindowTitle(self.tr("Kế hoạch năm {year}").format(year=self.year))
        self.resize(960, 660)
        self._fill(data)
        self.errors.clear()
        self._initial = self._snapshot()
        self.tabs.setCurrentIndex(0)
        self.topic.setFocus()

    # --- the lists ----------------------------------------------------------------------
    def _list(self, kind: str, model: PlanListModel, fields: list) -> None:
        f = self.form.findChild
        view: QTableView = f(QTableView, f"{kind}sView")
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.SingleSelection)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.lists[kind] = (model, view, fields)
        view.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_row(kind, current.row()))
        model.modelReset.connect(lambda: self._enable(kind))
        f(QPushButton, f"{kind}Add").clicked.connect(lambda: self.add_row(kind))
        f(QPushButton, f"{kind}Remove").clicked.connect(lambda: self.remove_row(kind))
        f(QPushButton, f"{kind}Up").clicked.connect(lambda: self.move_row(kind, -1))
        f(QPushButton, f"{kind}Down").clicked.connect(lambda: self.move_row(kind, +1))

    def current_row(self, kind: str) -> int:
        _model, view, _fields = self.lists[kind]
        return view.currentIndex().row() if view.currentIndex().isValid() else -1

    def select_row(self, kind: str, row: int) -> None:
        model, view, _fields = self.lists[kind]
        if 0 <= row < model.rowCount():
            view.setCurrentIndex(model.index(row, 0))
            view.selectRow(row)
        self._show_row(kind, row)

    def add_row(self, kind: str) -> None:
        model = self.lists[kind][0]
        blank = {"material": {"title": ""}, "theme": {"code": "", "title": ""},
                 "milestone": {"code": "", "title": "", "due_on": None, "quarter": None, "done_when": ""}}[kind]
        self.select_row(kind, model.add(blank))
        self.lists[kind][2][0].setFocus()

    def remove_row(self, kind: str) -> None:
        model = self.lists[kind][0]
        row = self.current_row(kind)
        if row < 0:
            return
        model.remove(row)
        self.select_row(kind, min(row, model.rowCount() - 1))

    def move_row(self, kind: str, step: int) -> None:
        row = self.current_row(kind)
        if row >= 0:
            self.select_row(kind, self.lists[kind][0].move(row, step))

    def _enable(self, kind: str) -> None:
        model, _view, fields = self.lists[kind]
        has = self.current_row(kind) >= 0 and model.rowCount() > 0
        for widget in fields:
            widget.setEnabled(has)

    def _show_row(self, kind: str, row: int) -> None:
        """The selected row's values in the fields under the list."""
        model, _view, fields = self.lists[kind]
        values = model.row_at(row) or {}
        self._loading = True
        try:
            if kind == "material":
                self.material_title.setPlainText(values.get("title", ""))
            elif kind == "theme":
                self.theme_title.setText(values.get("title", ""))
                self.theme_code.setText(values.get("code", ""))
            else:
                self.milestone_title.setText(values.get("title", ""))
                due = values.get("due_on")
                self.milestone_due.set_value(dt.date.fromisoformat(due) if due else None)
                self.milestone_quarter.setCurrentIndex(max(0, self.milestone_quarter.findData(values.get("quarter"))))
                self.milestone_rule.setCurrentIndex(max(0, self.milestone_rule.findData(values.get("done_when", ""))))
        finally:
            self._loading = False
        for widget in fields:
            widget.setEnabled(bool(values))

    def _set(self, kind: str, key: str, value) -> None:
        if not self._loading:
            self.lists[kind][0].set_value(self.current_row(kind), key, value)

    # --- the whole plan -----------------------------------------------------------------
    def _fill(self, data: dict) -> None:
        self.topic.setPlainText(data.get("topic", ""))
        for name in TEXT_FIELDS:
            self.texts[name].setText(data.get(name) or "")
        self.plan_date.set_value(dt.date.fromisoformat(data["plan_date"]) if data.get("plan_date") else None)
        for q, edit in self.quarters.items():
            edit.setPlainText(data.get("quarter_topics", {}).get(str(q), ""))
        self.lists["material"][0].load([{"title": title} for title in data.get("materials", [])])
        self.lists["theme"][0].load([dict(theme) for theme in data.get("pledge_themes", [])])
        self.lists["milestone"][0].load([dict(m) for m in data.get("milestones", [])])
        for kind in self.lists:
            self.select_row(kind, 0)

    def _snapshot(self) -> tuple:
        """What is typed, to tell whether anything changed (a date as typed, even unreadable)."""
        return (self.topic.toPlainText(), [e.text() for e in self.texts.values()], self.plan_date.text(),
                [e.toPlainText() for e in self.quarters.values()], self.milestone_due.text(),
                [self.lists[kind][0].values() for kind in self.lists])

    def has_typed(self) -> bool:
        return self._snapshot() != self._initial

    def data(self) -> dict:
        """The plan as typed, in plan_check's shape; a date that cannot be read raises."""
        if self.current_row("milestone") >= 0:  # a due date typed but not yet left
            due = self.milestone_due.value()
            self._set("milestone", "due_on", due.isoformat() if due else None)
        plan_date = self.plan_date.value()
        themes = self.lists["theme"][0].values()
        milestones = self.lists["milestone"][0].values()
        for rows, prefix in ((themes, "noi_dung"), (milestones, "moc")):
            for row in rows:  # a new row's code is made from its title
                if not row.get("code"):
                    row["code"] = code_from_title(row.get("title", ""), {r.get("code") for r in rows}, prefix)
        return {
            "year": self.year,
            "topic": self.topic.toPlainText(),
            **{name: self.texts[name].text() for name in TEXT_FIELDS},
            "plan_date": plan_date.isoformat() if plan_date else None,
            "quarter_topics": {str(q): edit.toPlainText() for q, edit in self.quarters.items() if edit.toPlainText().strip()},
            "materials": [row["title"] for row in self.lists["material"][0].values()],
            "pledge_themes": [{"code": row["code"], "title": row.get("title", "")} for row in themes],
            "milestones": [{key: row.get(key) for key in ("code", "title", "due_on", "quarter", "done_when")} for row in milestones],
        }

    def accept(self) -> None:
        try:
            data = self.data()
        except DomainError as exc:
            self.refused(exc)
            return
        if self.new:
            self.submit(Changes.PLAN, plan_edit.start_from_data, self.year, data)
        else:
            self.submit(Changes.PLAN, plan_edit.save_plan, data)

    def refused(self, exc: BaseException) -> None:
        field = getattr(exc, "field", None)
        if field in FIELD_TABS:
            self.tabs.setCurrentIndex(FIELD_TABS[field])
        super().refused(exc)

    def written(self, result) -> None:
        self.saved = result
