"""The one way the window writes (ui/operations.py): off the UI thread, one write at a time in
the order asked, a failure shown and nothing written, change notices that refresh only the
pages they concern, a progress dialog for long work, and a window that closes after its work."""

from __future__ import annotations

import threading
import time

import pytest

from kh130_desktop.domain.book import roster
from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.domain.errors import ValidationError
from kh130_desktop.ui.operations import Changes
from kh130_desktop.ui.qt import QApplication, QMessageBox, QProgressDialog, QWidget


def members(ctx) -> list[str]:
    return [m.full_name for m in ctx.read(roster.list_members)]


def test_a_write_runs_off_the_ui_thread_and_its_outcome_comes_back_on_it(ctx, settle):
    seen = {}

    def record(tx, name):
        seen["write"] = threading.get_ident()
        return add_member(tx, MemberData(full_name=name)).id

    job = ctx.write(Changes.MEMBERS, record, "Nông Thị Hoa", on_done=lambda _id: seen.setdefault("done", threading.get_ident()))
    assert "write" not in seen or seen["write"] != threading.get_ident()  # queued, not run here
    settle(ctx)
    assert seen["write"] != threading.get_ident()
    assert seen["done"] == threading.get_ident()
    assert job.result == ctx.read(roster.list_members)[0].id and members(ctx) == ["Nông Thị Hoa"]


def test_writes_asked_together_run_one_after_the_other_in_order(ctx, settle):
    spans, running, most = [], [0], [0]
    lock = threading.Lock()

    def slow(tx, name):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        start = time.monotonic()
        time.sleep(0.05)
        add_member(tx, MemberData(full_name=name))
        with lock:
            running[0] -= 1
        spans.append((name, start, time.monotonic(), threading.get_ident()))

    names = ["Nông Văn Một", "Hoàng Thị Hai", "Lương Văn Ba", "Bế Thị Bốn"]
    done = []
    for name in names:
        ctx.write(Changes.MEMBERS, slow, name, on_done=lambda _r, n=name: done.append(n))
    settle(ctx)
    assert [s[0] for s in spans] == names and done == names  # in the order asked, outcomes too
    assert most[0] == 1  # never two writers at once
    assert all(earlier[2] <= later[1] for earlier, later in zip(spans, spans[1:]))
    assert len({s[3] for s in spans}) == 1  # one worker
    assert sorted(members(ctx)) == sorted(names)


def test_a_failing_write_shows_its_error_and_writes_nothing(ctx, settle, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0)

    def half_done(tx):
        add_member(tx, MemberData(full_name="Nông Thị Hoa"))
        tx.flush()  # written inside the transaction, then refused
        raise ValidationError("Không ghi được.", hint="Thử lại.", member_id=7)

    announced = []
    ctx.changed.connect(announced.append)
    ctx.write(Changes.MEMBERS, half_done)
    settle(ctx)
    assert shown == [("Không ghi được.", "Thử lại.")]  # no handler given: the error is shown
    assert members(ctx) == [] and announced == []  # rolled back, and nothing to announce

    errors = []
    ctx.write(Changes.MEMBERS, half_done, on_error=lambda exc: errors.append((exc, threading.get_ident())))
    settle(ctx)
    (error, thread), = errors
    assert isinstance(error, ValidationError) and error.member_id == 7 and thread == threading.get_ident()
    assert len(shown) == 1 and members(ctx) == []  # the caller shows it (next to its field)


class CountingPage:
    """A page watching `watches`, counting its refreshes."""

    @staticmethod
    def make(ctx, qtbot, watches: Changes):
        from kh130_desktop.ui.pages.base import Page

        class Counting(Page):
            def __init__(self) -> None:
                super().__init__()
                self.refreshed: list[Changes] = []

            def on_changes(self, changes: Changes) -> None:
                self.refreshed.append(changes)

        Counting.watches = watches
        page = Counting()
        page.watch(ctx)
        qtbot.addWidget(page)
        page.show()
        return page


def test_a_page_refreshes_for_what_it_watches_only(ctx, qtbot, settle):
    from kh130_desktop.domain.book.plan import ensure_plan_year
    from kh130_desktop.domain.store.settings import set_mode

    page = CountingPage.make(ctx, qtbot, Changes.MEMBERS)
    ctx.write(Changes.PLAN, ensure_plan_year, 2022)
    ctx.write(Changes.MODE, set_mode, "cell")
    settle(ctx)
    assert page.refreshed == []  # unrelated notices
    ctx.write(Changes.MEMBERS, add_member, MemberData(full_name="Nông Thị Hoa"))
    settle(ctx)
    assert page.refreshed == [Changes.MEMBERS]
    ctx.write(Changes.SESSIONS | Changes.ATTENDANCE | Changes.MEMBERS, lambda tx: None)
    settle(ctx)
    ctx.announce(Changes.ALL)  # the store replaced: everyone refreshes
    assert page.refreshed[1:] == [Changes.SESSIONS | Changes.ATTENDANCE | Changes.MEMBERS, Changes.ALL]


def test_a_hidden_page_refreshes_when_it_is_shown_again(ctx, qtbot, settle):
    page = CountingPage.make(ctx, qtbot, Changes.MEMBERS | Changes.PLEDGES)
    page.hide()
    ctx.write(Changes.MEMBERS, add_member, MemberData(full_name="Nông Thị Hoa"))
    ctx.write(Changes.PLEDGES, lambda tx: None)
    ctx.write(Changes.PLAN, lambda tx: None)
    settle(ctx)
    assert page.refreshed == []
    page.show()
    assert page.refreshed == [Changes.MEMBERS | Changes.PLEDGES]  # once, for all it missed


def test_the_members_page_follows_a_members_change_and_not_another(demo_ctx, qtbot, settle, monkeypatch):
    from kh130_desktop.domain.book import plan
    from kh130_desktop.ui.pages.members_page import MembersPage

    page = MembersPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    refreshes = []
    real = page.refresh
    monkeypatch.setattr(page, "refresh", lambda *a: refreshes.append(1) or real())
    milestone = next(m for m in demo_ctx.read(plan.milestone_statuses, 2022) if m.code == "bao_cao_nam")
    demo_ctx.write(Changes.PLAN, plan.mark_milestone_done, milestone.milestone_id, None)
    settle(demo_ctx)
    assert refreshes == []
    demo_ctx.write(Changes.MEMBERS, add_member, MemberData(full_name="Nông Thị Mới"))
    settle(demo_ctx)
    assert refreshes == [1]
    assert "Nông Thị Mới" in [page.model.member(r).full_name for r in range(page.model.rowCount())]


def test_long_work_shows_a_progress_dialog_that_follows_it(ctx, qtbot, settle):
    steps = threading.Event()

    def work(progress):
        progress(1, 4)
        steps.wait(5)  # until the dialog has been seen
        progress(3, 4)
        return "xong"

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    job = ctx.task(work, parent=parent, label="Đang làm việc dài…")

    def dialog():
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()), None)

    qtbot.waitUntil(lambda: dialog() is not None, timeout=5000)
    shown = dialog()
    assert shown.labelText() == "Đang làm việc dài…" and (shown.value(), shown.maximum()) == (1, 4)
    steps.set()
    settle(ctx)
    assert job.result == "xong" and dialog() is None  # closed with the work


def test_a_callback_of_a_closed_window_is_dropped_but_the_change_announced(ctx, qtbot, settle):
    release = threading.Event()
    parent = QWidget()
    called, announced = [], []
    ctx.changed.connect(announced.append)

    def slow(tx):
        release.wait(5)
        add_member(tx, MemberData(full_name="Nông Thị Hoa"))

    ctx.write(Changes.MEMBERS, slow, parent=parent, on_done=called.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    release.set()
    settle(ctx)
    assert called == [] and announced == [Changes.MEMBERS] and members(ctx) == ["Nông Thị Hoa"]


def _alive(widget) -> bool:
    from kh130_desktop.ui.qt import isValid

    return isValid(widget)


def test_closing_the_window_waits_for_the_write_under_way(window, demo_ctx):
    started = threading.Event()

    def slow(tx):
        started.set()
        time.sleep(0.4)
        add_member(tx, MemberData(full_name="Nông Thị Chậm"))

    demo_ctx.write(Changes.MEMBERS, slow)
    assert started.wait(5)
    assert window.close()  # returns once the write is done: the store can be closed after
    assert demo_ctx.operations.idle()
    assert "Nông Thị Chậm" in members(demo_ctx)
