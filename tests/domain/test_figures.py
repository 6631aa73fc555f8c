"""One set of figures: the page, the printed report, the signed file and the committee's
consolidation of that file give the same numbers for a period, on the demo cell and on cells
generated at random; and who counts is the rule of book/figures.py, checked against the roster."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import io
import re
import shutil
import tempfile
import uuid
from pathlib import Path

import pypdf
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from kh130_desktop.domain.book import overview
from kh130_desktop.domain.book.cell import create_cell
from kh130_desktop.domain.book.cell_data import CellData
from kh130_desktop.domain.book.demo import LEAVER
from kh130_desktop.domain.book.figures import PeriodFigures, RecordsError, figures_from
from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.book.plan import ensure_plan_year, pledge_themes
from kh130_desktop.domain.book.pledges import PledgeData, ReviewData, add_pledge, add_progress, record_review
from kh130_desktop.domain.book.report_data import cell_report_data
from kh130_desktop.domain.book.roster import MemberData, add_member, change_status, record_departure, roster_on, summoned_on
from kh130_desktop.domain.book.sessions import AttendanceMark, SessionData, attendance_counts, create_session, set_attendance
from kh130_desktop.domain.book.vocabulary import (
    SUMMONED_STATUSES,
    AttendanceState,
    MemberStatus,
    ReviewLevel,
    SessionKind,
    label,
)
from kh130_desktop.domain.documents import consolidated_xlsx
from kh130_desktop.domain.documents.page import percent
from kh130_desktop.domain.documents.report import cell_report_pdf
from kh130_desktop.domain.exchange import consolidation, importer, registry
from kh130_desktop.domain.exchange.container import verify_bytes
from kh130_desktop.domain.exchange.export import export_cell_report
from kh130_desktop.domain.exchange.identity import Identity
from kh130_desktop.domain.exchange.outcomes import Outcome
from kh130_desktop.domain.exchange.received import figures_of
from kh130_desktop.domain.exchange.refusal import ReportFileError
from kh130_desktop.domain.store import settings as store_settings
from kh130_desktop.domain.store.engine import Store
from kh130_desktop.domain.store.tables import Member, Pledge, StudySession, YearReview

D = dt.date
PERIODS = [Period(2022), *(Period(2022, q) for q in (1, 2, 3, 4))]
LEVELS = [level.value for level in ReviewLevel]


# --- the views of a period --------------------------------------------------------------

def key(members, sessions, summoned, present, pledged, reviewed, levels) -> dict:
    """The numbers every view shows, in one comparable shape."""
    return {"members": members, "sessions": sessions, "summoned": summoned, "present": present,
            "pledged": pledged, "reviewed": reviewed, "levels": {code: levels.get(code, 0) for code in LEVELS}}


def of_page(f: PeriodFigures) -> dict:
    return key(f.members, f.sessions, f.summoned, f.present, f.pledged, f.reviewed, f.levels)


def of_summary(s: dict) -> dict:
    return key(s["members"], s["sessions_held"], s["summoned"], s["present"], s["pledged"], s["reviewed"], s["levels"])


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def of_paper(pdf: bytes) -> tuple[dict, dict]:
    """The numbers as a clerk reads them on the printed report, and the rate as printed."""
    text = text_of(pdf)
    roster = re.search(r"Tổng số đảng viên trong danh sách chi bộ: (\d+) đồng chí; thuộc diện triệu tập sinh hoạt: "
                       r"(\d+) đồng chí \(chính thức: (\d+); dự bị: (\d+)\); miễn sinh hoạt, đình chỉ, "
                       r"sinh hoạt tạm thời nơi khác: (\d+) đồng chí", text)
    held = re.search(r"chi bộ tổ chức (\d+) buổi \(([^)]*)\); tỷ lệ đảng viên dự bình quân (\S+) \((\d+)/(\d+) lượt\)"
                     r"(?:; (\d+) buổi họp dưới 90 phút)?", text)
    assert roster and (held or "chưa tổ chức buổi" in text), text[:600]
    pledged = re.search(r"Số đảng viên đã đăng ký làm theo: (\d+)/(\d+) đồng chí \([^)]*\); tổng số nội dung đăng ký: "
                        r"(\d+); số nội dung có kết quả thực hiện trong kỳ: (\d+)\.", text)
    reviewed = re.search(r"Số đảng viên đã kiểm điểm, đánh giá: (\d+)/(\d+) đồng chí", text)
    levels = {code: int(re.search(re.escape(label(code)) + r": (\d+) đồng chí", text).group(1)) for code in LEVELS} \
        if reviewed else {}
    sessions = int(held.group(1)) if held else 0
    numbers = key(int(roster.group(1)), sessions, int(held.group(5)) if held else 0, int(held.group(4)) if held else 0,
                  int(pledged.group(1)), int(reviewed.group(1)) if reviewed else 0, levels)
    kinds = dict((k.strip(), int(n)) for k, n in (part.rsplit(":", 1) for part in held.group(2).split("; "))) if held else {}
    printed = {"summoned_at_end": int(roster.group(2)), "official": int(roster.group(3)), "probationary": int(roster.group(4)),
               "listed_apart": int(roster.group(5)), "rate": held.group(3) if held else None,
               "short": int(held.group(6) or 0) if held else 0, "kinds": kinds,
               "pledged_of": int(pledged.group(2)), "pledges": int(pledged.group(3)), "with_progress": int(pledged.group(4)),
               "reviews_printed": bool(reviewed)}
    return numbers, printed


def new_identity() -> Identity:
    return Identity(str(uuid.uuid4()), Ed25519PrivateKey.generate())


def new_committee(folder: Path) -> Store:
    committee = Store.open(folder)
    with committee.transaction() as tx:
        store_settings.set_mode(tx, "receiving")
        registry.save_committee_profile(tx, registry.CommitteeProfile(name="ĐẢNG ỦY XÃ HÒA AN", place_name="Hòa An",
                                                                      superior_lines=["ĐẢNG BỘ TỈNH CAO BẰNG"]))
    return committee


def assert_every_view_agrees(cell: Store, committee: Store, identity: Identity, period: Period, *,
                             paper: bytes | None = None) -> PeriodFigures:
    """Page, paper, signed file and the committee's consolidation of that file: the same numbers.
    `paper` is the printed report to read (by default the one inside the signed file)."""
    with cell.read() as tx:
        page = overview.period_figures(tx, period)
        counts = overview.pledge_counts(tx, period.year) if period.quarter is None else None
    with cell.transaction() as tx:
        exported = export_cell_report(tx, identity, period)
    verified = verify_bytes(exported.data)
    summary = verified.report["summary"]
    expected = of_page(page)

    assert of_summary(summary) == expected
    assert summary["attendance_rate"] == (round(page.average_rate, 4) if page.average_rate is not None else None)
    assert figures_from(verified.report).summary() == summary == page.summary()  # the committee recomputes the same
    if counts is not None:  # the pledges page's "Đã đăng ký: p/n · Đã kiểm điểm: r/n"
        assert (counts.summoned, counts.pledged, counts.reviewed) == (page.summoned_at_end, page.pledged, page.reviewed)

    numbers, printed = of_paper(paper or verified.members["report.pdf"])
    assert numbers == expected
    assert printed["rate"] == (percent(page.average_rate) if page.sessions else None)
    assert (printed["summoned_at_end"], printed["official"], printed["probationary"], printed["listed_apart"]) == \
        (page.summoned_at_end, page.official, page.probationary, page.listed_apart)
    assert printed["pledged_of"] == page.summoned_at_end and printed["short"] == page.short_sessions
    assert (printed["pledges"], printed["with_progress"]) == (page.pledges, page.pledges_with_progress)
    assert printed["reviews_printed"] == page.includes_reviews
    assert sum(printed["kinds"].values()) == page.sessions

    with committee.transaction() as tx:
        registry.trust_key_pem(tx, identity.public_pem().encode(), cell_name=verified.cell_name)
    assert importer.import_bytes(committee, exported.file_name, exported.data).outcome in (Outcome.ACCEPTED, Outcome.SUPERSEDES)
    with committee.read() as tx:
        report = consolidation.consolidated_report(tx, period, today=period.end + dt.timedelta(days=5))
        upward = consolidation.consolidation_data(tx, period, report)
    (row,) = [r for r in report.rows if r.cell_name == verified.cell_name]
    assert key(row.members, row.sessions_held, row.summoned, row.present, row.pledged, row.reviewed, row.levels) == expected
    assert row.attendance_rate == page.average_rate
    (up,) = [r for r in upward["rows"] if r["cell_name"] == verified.cell_name]
    assert of_summary(up) == expected and up["attendance_rate"] == summary["attendance_rate"]
    return page


# --- the demo cell ----------------------------------------------------------------------

# As every view now gives them: members on the roster at the end, counted (summoned at the end),
# sessions, attendance lines summoned/present, the rate printed, pledged, reviewed, levels.
DEMO = {
    "2022": (32, 29, 5, 146, 117, "80,1%", 29, 29, (6, 18, 4, 1)),
    "2022-Q1": (32, 29, 0, 0, 0, None, 29, 0, (0, 0, 0, 0)),
    "2022-Q2": (32, 29, 2, 58, 47, "81,0%", 29, 0, (0, 0, 0, 0)),
    "2022-Q3": (32, 29, 2, 59, 45, "76,3%", 29, 0, (0, 0, 0, 0)),
    "2022-Q4": (32, 29, 1, 29, 25, "86,2%", 29, 29, (6, 18, 4, 1)),
}


@pytest.mark.parametrize("code", list(DEMO))
def test_the_demo_cell_shows_the_same_figures_everywhere(demo_store, tmp_path, code):
    period = Period.parse(code)
    with demo_store.read() as tx:
        printed = cell_report_pdf(tx, period, issued_on=dt.date(2023, 1, 5))  # as the reports page prints it
    committee = new_committee(tmp_path / "committee")
    try:
        f = assert_every_view_agrees(demo_store, committee, new_identity(), period, paper=printed)
        with committee.read() as tx:
            report = consolidation.consolidated_report(tx, period, today=dt.date(2023, 1, 10))
    finally:
        committee.dispose()
    members, counted, sessions, summoned, present, rate, pledged, reviewed, levels = DEMO[code]
    assert (f.members, f.summoned_at_end, f.sessions, f.summoned, f.present, f.pledged, f.reviewed) == \
        (members, counted, sessions, summoned, present, pledged, reviewed)
    assert (percent(f.average_rate) if f.sessions else None) == rate
    assert tuple(f.levels[code] for code in LEVELS) == levels
    # The committee's spreadsheet: the same row.
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(consolidated_xlsx.consolidated_xlsx(report))).active
    row = [c.value for c in sheet[6]]
    assert row[6:11] == [members, sessions, round(f.average_rate * 100, 1) if f.average_rate is not None else None,
                         pledged, reviewed]
    assert tuple(row[11:15]) == levels


def test_a_member_who_left_in_august_with_pledges_is_not_counted_in_pledged_anywhere(demo_store, tmp_path):
    with demo_store.read() as tx:
        leaver = tx.exec(select(Member).where(Member.full_name == LEAVER)).one()
        records = cell_report_data(tx, Period(2022))
        q2 = overview.period_figures(tx, Period(2022, 2))
    assert leaver.left_on == D(2022, 8, 20)
    assert any(p["member"] == leaver.uid for p in records["pledges"])  # his pledges stay in the file's records
    committee = new_committee(tmp_path / "committee")
    try:
        f = assert_every_view_agrees(demo_store, committee, new_identity(), Period(2022))
    finally:
        committee.dispose()
    assert leaver.uid not in f.counted and f.pledged == 29 and f.not_counted == 1  # the signed file used to say 30
    assert leaver.uid in q2.counted  # still the cell's member on 30/6/2022


def test_the_figures_do_not_depend_on_the_day_they_are_computed(demo_store, monkeypatch):
    with demo_store.read() as tx:
        before = cell_report_data(tx, Period(2022, 3))

    class Later(dt.date):
        @classmethod
        def today(cls):
            return cls(2022, 8, 1)  # during the quarter: its end is still the rule

    monkeypatch.setattr(dt, "date", Later)
    with demo_store.read() as tx:
        assert cell_report_data(tx, Period(2022, 3)) == before


# --- the committee refuses records it cannot count ---------------------------------------

@pytest.fixture(scope="module")
def demo_file(_demo_template, tmp_path_factory):
    """The demo's signed file of 2022, verified, once for the module."""
    folder = tmp_path_factory.mktemp("demo-file")
    shutil.copy2(_demo_template / "kh130.sqlite3", folder / "kh130.sqlite3")
    store = Store.open(folder)
    try:
        with store.transaction() as tx:
            verified = verify_bytes(export_cell_report(tx, new_identity(), Period(2022)).data)
    finally:
        store.dispose()
    figures_of(verified)  # sound as exported
    return verified


@pytest.mark.parametrize("damage", [
    lambda r: r["members"][0].update(on_roster_at_end="yes"),
    lambda r: r["members"][0].update(status="dang_vien_moi"),
    lambda r: r["members"].append(dict(r["members"][0])),
    lambda r: r["sessions"][0]["attendance"][0].update(state="vang"),
    lambda r: r["sessions"][0].update(duration_minutes="120"),
    lambda r: r["sessions"][0].update(attendance={"a": 1}),
    lambda r: r["pledges"][0].update(member=7),
    lambda r: r["pledges"][0]["progress"].append({"quarter": 5}),
    lambda r: r["reviews"].append(dict(r["reviews"][0])),
    lambda r: r["reviews"][0].update(level="xuat_sac"),
    lambda r: r["reviews"][0].update(exemplary=1),
    lambda r: r.update(period="2022-Q5"),
    lambda r: r.update(sessions="none"),
])
def test_records_the_figures_cannot_count_are_refused_as_malformed(demo_file, damage):
    verified = dataclasses.replace(demo_file, report=copy.deepcopy(demo_file.report))
    damage(verified.report)
    with pytest.raises(RecordsError):
        figures_from(verified.report)
    with pytest.raises(ReportFileError) as info:
        figures_of(verified)
    assert info.value.code == "malformed"


# --- cells generated at random ------------------------------------------------------------

NAMES = ["Nông Văn Thắng", "Hoàng Thị Lan", "Lục Văn Hùng", "Bế Thị Hà", "Lương Thị Thu", "Hà Văn Đức", "Triệu Thị Mai"]
STATES = [None, *(s.value for s in AttendanceState)]
dates_2022 = st.dates(D(2022, 1, 1), D(2022, 12, 31))


@st.composite
def cells(draw):
    """A cell's records for 2022: members joining, changing status and leaving on random dates,
    sessions in random quarters with random attendance, pledges with progress, reviews."""
    members = []
    for name in NAMES[:draw(st.integers(1, len(NAMES)))]:
        status = draw(st.sampled_from([s.value for s in MemberStatus]))
        joined = draw(st.dates(D(2021, 6, 1), D(2022, 12, 31)))
        change = draw(st.none() | st.tuples(st.dates(joined, D(2022, 12, 31)), st.sampled_from([s.value for s in MemberStatus])))
        members.append({
            "name": name, "status": status, "joined": joined,
            "change": change if change and change[1] != status else None,
            "left": draw(st.none() | st.dates(joined, D(2023, 2, 28))),
            "official_on": None if status == MemberStatus.PROBATIONARY else draw(st.none() | st.dates(D(2016, 1, 1), D(2022, 12, 31))),
            "pledges": draw(st.lists(st.tuples(st.booleans(), st.sets(st.integers(1, 4))), max_size=2)),
            "review": draw(st.none() | st.tuples(st.sampled_from(LEVELS), st.booleans(), st.dates(D(2022, 11, 1), D(2023, 1, 31)))),
        })
    sessions = draw(st.lists(st.tuples(st.sampled_from([k.value for k in SessionKind]), dates_2022,
                                       st.none() | st.integers(30, 200), st.lists(st.sampled_from(STATES), min_size=1, max_size=7)),
                             max_size=5))
    return members, sessions, draw(st.sampled_from([*PERIODS, Period(2022), Period(2022, 4)]))  # reviews count in these two


def build(store: Store, members: list, sessions: list) -> None:
    with store.transaction() as tx:
        create_cell(tx, CellData(name="Chi bộ thôn Bản Giới", superior_bodies="ĐẢNG ỦY XÃ HÒA AN", place_name="Hòa An",
                                 receiving_committee="Đảng ủy xã Hòa An"))
        ensure_plan_year(tx, 2022)
        themes = [t.code for t in pledge_themes(tx, 2022)]
        for m in members:
            member = add_member(tx, MemberData(full_name=m["name"], status=m["status"], joined_on=m["joined"],
                                               admitted_on=D(2015, 5, 19), official_on=m["official_on"]))
            if m["change"]:
                change_status(tx, member.id, status=m["change"][1], effective_on=m["change"][0])
            for i, (themed, quarters) in enumerate(m["pledges"]):
                pledge = add_pledge(tx, member.id, 2022, PledgeData(content=f"Vận động hộ gia đình làm theo, việc thứ {'một hai'.split()[i]}",
                                                                    theme_code=themes[i] if themed else ""))
                for q in sorted(quarters):
                    add_progress(tx, pledge.id, q, "Đã thực hiện một phần.", recorded_on=D(2022, 3 * q, 20))
            if m["review"]:
                level, exemplary, day = m["review"]
                record_review(tx, member.id, 2022, ReviewData(level=level, exemplary=exemplary and level == ReviewLevel.EXCELLENT,
                                                              reviewed_on=day))
            if m["left"]:
                record_departure(tx, member.id, m["left"], "Chuyển sinh hoạt đến chi bộ khác")
        for kind, day, minutes, states in sessions:
            start = dt.time(8, 0)
            end = (dt.datetime.combine(day, start) + dt.timedelta(minutes=minutes)).time() if minutes else None
            session = create_session(tx, SessionData(kind=kind, held_on=day, start_time=start if minutes else None, end_time=end))
            marks = {}
            for i, standing in enumerate(summoned_on(tx, day)):
                state = states[i % len(states)]
                if state is not None:
                    marks[standing.member.id] = AttendanceMark(state, "Ốm" if state == AttendanceState.ABSENT_EXCUSED else "")
            set_attendance(tx, session.id, marks)


def from_the_roster(tx, period: Period) -> dict:
    """The figures by the rule, straight from the store's roster on the period's last day: an
    oracle that shares nothing with report_data or figures.py but the roster."""
    standing = roster_on(tx, period.end)
    counted = {s.member.id for s in standing if s.status in SUMMONED_STATUSES}
    pledged = set(tx.exec(select(Pledge.member_id).where(Pledge.year == period.year))) & counted
    reviews = [r for r in tx.exec(select(YearReview).where(YearReview.year == period.year)) if r.member_id in counted] \
        if period.quarter in (None, 4) else []
    sessions = [s for s in tx.exec(select(StudySession)) if period.contains(s.held_on)]
    counts = [attendance_counts(tx, s.id) for s in sessions]
    return key(len(standing), len(sessions), sum(c.summoned for c in counts), sum(c.present for c in counts), len(pledged),
               len(reviews), {code: sum(1 for r in reviews if r.level == code) for code in LEVELS})


@settings(max_examples=20, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells())
def test_every_view_agrees_on_cells_generated_at_random(cell):
    members, sessions, period = cell
    with tempfile.TemporaryDirectory() as folder:
        store, committee = Store.open(Path(folder) / "cell"), new_committee(Path(folder) / "committee")
        try:
            build(store, members, sessions)
            f = assert_every_view_agrees(store, committee, new_identity(), period)
            with store.read() as tx:
                assert of_page(f) == from_the_roster(tx, period)
        finally:
            store.dispose()
            committee.dispose()
