"""The files that come down, walked in the real windows for take.py: the committee makes its 2026
plan in the plan editor and issues the plan file from "Gửi xuống"; a new cell made with the wizard
takes the committee's fingerprint and plan file; the cell sends Q2 and Q3 up; the committee
returns Q3 with a typed reason and writes the receipt; the cell imports it on "Báo cáo".

README shots: ke-hoach-soan, gui-xuong, ke-hoach-tu-cap-uy, chi-bo-cap-uy, bao-cao-giay-bao.
With `take.py --walk DIR`, the steps between (the wizard's last step, the plan file's preview,
the session editor, the pledges page, the receipt's message, the export dialog's reminder) are
written to DIR too, to look at; they are not the README's.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from kh130_desktop.ui.operations import Changes

COMMITTEE = "Đảng ủy xã Hòa An"
CELL = "Chi bộ thôn Nà Pò"
REASON = "Biên bản chưa ghi ý kiến thảo luận của đảng viên; xin bổ sung rồi gửi lại."
TOPIC = "Thực hành tư tưởng, đạo đức, phong cách Hồ Chí Minh trong xây dựng Đảng bộ xã trong sạch, vững mạnh"
SHORT = "Chuyên đề năm 2026: thực hành tư tưởng, đạo đức, phong cách Hồ Chí Minh"
MATERIALS = ["Tài liệu Chuyên đề năm 2026 “Từ học tập và làm theo đến thực hành tư tưởng, đạo đức, phong cách Hồ Chí Minh”",
             "Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị"]
QUARTERS = {"2": "Mỗi đảng viên nêu một việc thực hành lời Bác dạy trong công việc hằng ngày.",
            "3": "Nêu gương của cán bộ, đảng viên trong thôn.",
            "4": "Kiểm điểm việc thực hành, đánh giá kết quả cả năm."}
MEMBERS = [("Hoàng Thị Lan", 1975, "nu", "Tày"), ("Lục Văn Sơn", 1982, "nam", "Nùng"), ("Bế Thị Nga", 1990, "nu", "Tày"),
           ("Nông Văn Tuấn", 1968, "nam", "Tày"), ("Đàm Thị Quyên", 1988, "nu", "Nùng"), ("La Văn Hùng", 1979, "nam", "Tày")]


class DownLoop:
    def __init__(self, shooter, walk: Path | None) -> None:
        self.s, self.walk = shooter, walk
        self.tmp = shooter.tmp / "down"
        self.usb = self.tmp / "USB"
        self.usb.mkdir(parents=True)

    def look(self, name: str) -> None:
        """A step between, shot only for the one walking the loop (--walk)."""
        if self.walk is not None:
            self.s.settle()
            self.walk.mkdir(parents=True, exist_ok=True)
            self.s.app.primaryScreen().grabWindow(0).save(str(self.walk / f"{name}.png"))

    def wait(self, ctx, seconds: float = 1.0) -> None:
        ctx.operations.wait_for_done(20000)
        self.s.settle(seconds)

    def centre(self, widget) -> None:
        widget.move((self.s.width - widget.width()) // 2, max(0, (self.s.height - widget.height()) // 2))

    def run(self) -> None:
        c_ctx, c_window = self.committee()
        cell_ctx, cell_window = self.cell()
        sent = self.cell_sends(cell_ctx, cell_window)
        receipt = self.committee_answers(c_ctx, c_window, cell_ctx, sent)
        self.s.put_away(c_window)
        self.cell_reads(cell_ctx, cell_window, receipt)
        self.s.put_away(cell_window)
        for ctx in (c_ctx, cell_ctx):
            ctx.operations.wait_for_done(20000)

    # --- the committee: its plan, and the plan file ----------------------------------------------
    def committee(self):
        from kh130_desktop.domain.book.plan_edit import previous_plan, shifted_plan_data
        from kh130_desktop.domain.exchange import registry
        from kh130_desktop.domain.store.engine import Store
        from kh130_desktop.ui.context import AppContext
        from kh130_desktop.ui.dialogs.plan_editor import PlanEditor
        from kh130_desktop.ui.qt import QLineEdit

        folder = self.tmp / "committee"
        store = Store.open(folder)
        with store.transaction() as tx:
            registry.save_committee_profile(tx, registry.CommitteeProfile(name=COMMITTEE, superior_lines=["ĐẢNG BỘ TỈNH CAO BẰNG"],
                                                                          place_name="Hòa An", signer_name="Hoàng Văn Minh"),
                                            receiving=True)
        ctx = AppContext(store, folder)
        window = self.s.window(ctx)
        window.show_page("committee_plan")
        page = window.pages["committee_plan"]
        self.look("1-uy-ke-hoach-chua-co")
        # "Tạo kế hoạch năm 2026…", copied from the 2022 plan bundled with the program, then typed into.
        data = shifted_plan_data(ctx.read(previous_plan, 2026).data, 2026)
        data.update(topic=TOPIC, short_topic=SHORT, plan_number="05-KH/ĐU", plan_date="2026-02-10", issuer=COMMITTEE.upper(),
                    materials=MATERIALS, quarter_topics=QUARTERS)
        editor = PlanEditor(ctx, data, new=True, parent=page)
        editor.show()
        self.s.settle()
        self.centre(editor)
        editor.form.findChild(QLineEdit, "issuer").setText(COMMITTEE)
        self.look("1b-uy-soan-ke-hoach-chung")
        self.tab(editor, "Mốc kế hoạch")
        if self.s.wanted("ke-hoach-soan"):
            self.s.shoot("ke-hoach-soan")
        editor.accept()  # "Lưu kế hoạch"
        self.wait(ctx)
        self.look("2-uy-ke-hoach-2026")
        # "Gửi xuống": the plan file to the stick, and the committee's key slip for the cells.
        window.show_page("receiving")
        outgoing = self.outgoing(window)
        outgoing._choose_folder = lambda _title: str(self.usb)
        outgoing.plan_year_combo.setCurrentIndex(outgoing.plan_year_combo.findData(2026))
        self.click(outgoing, "issuePlanButton")
        self.wait(ctx)
        self.look("3-uy-gui-xuong-ke-hoach")
        [self.plan_path] = self.usb.glob("ke-hoach-2026_*.kh130")
        self.fingerprint = ctx.identity.fingerprint  # as printed on the slip ("In phiếu khóa của cấp ủy…")
        return ctx, window

    @staticmethod
    def outgoing(window):
        from kh130_desktop.ui.pages.receiving_outgoing import ReceivingOutgoing
        from kh130_desktop.ui.qt import QTabWidget

        page = window.pages["receiving"]
        tabs = page.findChild(QTabWidget, "tabs")
        index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Gửi xuống")
        tabs.setCurrentIndex(index)
        return tabs.widget(index).findChild(ReceivingOutgoing) or tabs.widget(index)

    @staticmethod
    def tab(widget, title: str) -> None:
        from kh130_desktop.ui.qt import QTabWidget

        tabs = widget.findChild(QTabWidget)
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == title))

    def front(self, window) -> None:
        """The installation on screen now (the committee's and the cell's are two machines)."""
        window.raise_()
        window.activateWindow()
        self.s.settle()

    @staticmethod
    def click(widget, name: str) -> None:
        from kh130_desktop.ui.qt import QPushButton

        widget.form.findChild(QPushButton, name).click()

    # --- the new cell: the wizard with the committee's key and plan ------------------------------
    def cell(self):
        from kh130_desktop.domain.book import roster
        from kh130_desktop.domain.book.roster import MemberData
        from kh130_desktop.domain.store.engine import Store
        from kh130_desktop.ui.context import AppContext
        from kh130_desktop.ui.qt import QLabel, QLineEdit, QPlainTextEdit, QWizard
        from kh130_desktop.ui.widgets.date_field import DateField
        from kh130_desktop.ui.wizard import FirstStartWizard

        folder = self.tmp / "cell"
        store = Store.open(folder)
        ctx = AppContext(store, folder)
        wizard = FirstStartWizard(ctx)
        wizard.show()
        self.s.settle()
        self.centre(wizard)
        wizard.button(QWizard.NextButton).click()
        form = wizard.cell_page.form
        for name, text in (("name", CELL), ("receiving_committee", COMMITTEE), ("place_name", "Hòa An")):
            form.findChild(QLineEdit, name).setText(text)
        form.findChild(QPlainTextEdit, "superior_bodies").setPlainText("ĐẢNG BỘ TỈNH CAO BẰNG\nĐẢNG ỦY XÃ HÒA AN")
        wizard.button(QWizard.NextButton).click()
        sec = wizard.secretary_page.form
        sec.findChild(QLineEdit, "full_name").setText("Nông Văn Thắng")
        for name, day in (("birth_date", dt.date(1970, 5, 2)), ("admitted_on", dt.date(1996, 2, 3)), ("official_on", dt.date(1997, 2, 3))):
            sec.findChild(DateField, name).setDate(day)
        wizard.next_requested = True
        wizard.button(QWizard.NextButton).click()
        step = wizard.committee_page.form
        step.findChild(QLineEdit, "committee_fingerprint").setText(self.fingerprint)  # typed from the slip
        wizard.committee_page.choose_plan(str(self.plan_path))
        self.s.settle()
        assert "Kế hoạch năm 2026" in step.findChild(QLabel, "plan_preview").text(), step.findChild(QLabel, "plan_preview").text()
        self.look("4-chi-bo-thuat-si-cap-uy")
        wizard.next_requested = False
        wizard.button(QWizard.FinishButton).click()
        self.wait(ctx)
        assert wizard.done_, "the wizard did not create the cell"
        wizard.hide()
        def members(tx) -> None:  # the rest of the roster, as typed on "Đảng viên"
            for i, (name, born, sex, ethnicity) in enumerate(MEMBERS):
                roster.add_member(tx, MemberData(full_name=name, birth_date=dt.date(born, 1 + i, 10), sex=sex, ethnicity=ethnicity,
                                                 admitted_on=dt.date(born + 22, 3, 1), official_on=dt.date(born + 23, 3, 1),
                                                 joined_on=dt.date(2026, 1, 1)), today=dt.date(2026, 1, 5))

        ctx.write(Changes.ALL, members)
        self.wait(ctx)
        window = self.s.window(ctx)
        window.show_page("cell")
        if self.s.wanted("chi-bo-cap-uy"):
            self.s.shoot("chi-bo-cap-uy")
        if self.walk is not None:  # "Nhập tệp kế hoạch…" with the same file: its preview says it is in already
            page = window.pages["cell"]
            page.import_plan_file(str(self.plan_path))
            self.s.settle()
            self.centre(page.dialog)
            self.look("4b-chi-bo-nhap-ke-hoach-lai")
            page.dialog.reject()
        window.show_page("pledges")
        self.look("5-chi-bo-lam-theo-2026")
        return ctx, window

    # --- the cell's quarters go up ---------------------------------------------------------------
    def cell_sends(self, ctx, window) -> Path:
        from kh130_desktop.domain.book import plan, roster
        from kh130_desktop.domain.book.sessions import AttendanceMark, SessionData, save_session_with_attendance
        from kh130_desktop.ui.dialogs.export_dialog import ExportDialog
        from kh130_desktop.ui.session_editor import SessionEditor

        window.show_page("sessions")
        editor = SessionEditor(ctx, None, window, default_date=dt.date(2026, 5, 20))
        editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("chuyen_de_quy"))
        editor.show()
        self.s.settle()
        self.centre(editor)
        self.tab(editor, "Tài liệu và nội dung")
        self.look("6-chi-bo-buoi-quy-2")  # the plan's materials and the quarter's topic offered
        editor.hide()
        editor.deleteLater()

        def sessions(tx) -> None:  # the two quarters' sessions as saved from that editor
            chair = next(m for m in roster.list_members(tx) if m.role == "bi_thu")
            for q, day in ((2, dt.date(2026, 5, 20)), (3, dt.date(2026, 8, 20))):
                data = SessionData(kind="chuyen_de_quy", held_on=day, start_time=dt.time(8), end_time=dt.time(10), chair_id=chair.id,
                                   topic=plan.quarter_topic(tx, 2026, q), materials=plan.materials(tx, 2026)[:1])
                save_session_with_attendance(tx, None, data, {s.member.id: AttendanceMark("co_mat") for s in roster.summoned_on(tx, day)})

        ctx.write(Changes.ALL, sessions)
        self.wait(ctx)
        window.show_page("plan")
        window.pages["plan"].year_combo.setCurrentIndex(window.pages["plan"].year_combo.findData(2026))
        if self.s.wanted("ke-hoach-tu-cap-uy"):
            self.s.shoot("ke-hoach-tu-cap-uy")
        sent = self.tmp / "USB-chi-bo"
        sent.mkdir()
        for quarter in ("Quý II", "Quý III"):
            dialog = ExportDialog(ctx, window)
            dialog.show()
            dialog.folder_edit.setText(str(sent))
            dialog.year_spin.setValue(2026)
            dialog.period_combo.setCurrentIndex(max(dialog.period_combo.findText(quarter), 0))
            dialog.export()
            self.wait(ctx, 2.0)
            dialog.hide()
            dialog.deleteLater()
        return sent

    # --- the committee imports, returns Q3, writes the receipt -------------------------------------
    def committee_answers(self, c_ctx, c_window, cell_ctx, sent: Path) -> Path:
        from kh130_desktop.domain.book.cell import get_cell
        from kh130_desktop.domain.exchange import importer, registry
        from kh130_desktop.ui.qt import QPlainTextEdit, QPushButton

        with cell_ctx.store.read() as tx:
            cell_uid = get_cell(tx).uid
        with c_ctx.store.transaction() as tx:  # "Chi bộ và khóa tin cậy": the key from the cell's slip
            registry.trust_key_pem(tx, cell_ctx.identity.public_pem().encode(), cell_name=CELL, cell_uid=cell_uid)
        self.front(c_window)
        receiving = c_window.pages["receiving"]
        receiving.last_results = importer.import_paths(c_ctx.store, [sent], backup=False)  # as "Nhập" on "Nhập tệp báo cáo"
        outgoing = self.outgoing(c_window)
        outgoing.year_spin.setValue(2026)
        outgoing.period_combo.setCurrentIndex(3)
        self.wait(c_ctx)
        outgoing.view.selectRow(0)
        self.click(outgoing, "returnButton")
        self.s.settle()
        ret = outgoing.dialog
        ret.form.findChild(QPlainTextEdit, "reason").setPlainText(REASON)
        self.look("7-uy-tra-lai")
        ret.form.findChild(QPushButton, "saveButton").click()
        self.wait(c_ctx)
        back = self.tmp / "USB-giay-bao"
        back.mkdir()
        outgoing._choose_folder = lambda _title: str(back)
        self.click(outgoing, "lastImportButton")
        self.wait(c_ctx)
        if self.s.wanted("gui-xuong"):
            self.s.shoot("gui-xuong")
        [receipt] = back.glob("*.kh130")
        return receipt

    # --- the cell reads the receipt ------------------------------------------------------------------
    def cell_reads(self, ctx, window, receipt: Path) -> None:
        from kh130_desktop.ui.dialogs.export_dialog import ExportDialog
        from kh130_desktop.ui.qt import QApplication, QTimer

        self.front(window)
        window.show_page("reports")
        reports = window.pages["reports"]
        reports.year_combo.setCurrentIndex(max(0, reports.year_combo.findData(2026)))
        reports.quarter_combo.setCurrentIndex(3)
        reports._choose_receipt = lambda: str(receipt)
        message = {}

        def answer() -> None:  # the message "Đã nhập giấy báo…": looked at, then OK
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(200, answer)
                return
            self.look("8-chi-bo-giay-bao-nhan")
            message["text"] = getattr(box, "text", lambda: "")()
            box.accept()

        QTimer.singleShot(200, answer)
        self.click(reports, "importReceiptButton")
        deadline = time.monotonic() + 20
        while "text" not in message and time.monotonic() < deadline:
            self.s.settle(0.2)
        self.wait(ctx)
        if self.s.wanted("bao-cao-giay-bao"):
            self.s.shoot("bao-cao-giay-bao")
        dialog = ExportDialog(ctx, window, period=reports.period)
        dialog.show()
        self.s.settle()
        self.centre(dialog)
        self.look("9-chi-bo-xuat-lai-quy-3")  # the returned period recalled before it is sent again
        dialog.hide()
        dialog.deleteLater()
