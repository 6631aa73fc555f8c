"""Paper a committee signs without retyping, and paper that points to its file.

The PDFs are read back (pypdf) as the reader of the paper reads them: the vote over the
official members present, the minutes read back and adopted, no signature block alone on a
page, no break inside a document number, the report dated by its revision, and the paper code
and QR that name the signed file the receiving side holds.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile

import pypdf
import pytest

from kh130_desktop.domain import documents as docs
from kh130_desktop.domain.book.cell import CellData, create_cell, get_cell, update_cell
from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.domain.book.sessions import (
    AttendanceMark,
    Opinion,
    SessionData,
    attendance_counts,
    create_session,
    list_sessions,
    session_data,
    set_attendance,
    update_session,
)
from kh130_desktop.domain.book.vocabulary import SessionKind
from kh130_desktop.domain.documents import flow, page, wording
from kh130_desktop.domain.errors import ValidationError
from kh130_desktop.domain.exchange import importer, paper_code, registry
from kh130_desktop.domain.exchange.export import export_cell_report
from kh130_desktop.domain.exchange.identity import ensure_identity
from kh130_desktop.domain.store import settings
from kh130_desktop.domain.store.engine import Store

A4_HEIGHT = 841.89
PAGE_NUMBER_BAND = A4_HEIGHT - 15 * 72 / 25.4


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def page_lines(pdf: bytes) -> list[list[str]]:
    """Each page's text lines as pypdf lays them out (a non-breaking space kept as it is)."""
    return [p.extract_text().splitlines() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def runs(pdf: bytes, index: int) -> list[tuple[str, float, float]]:
    out = []

    def visit(text, cm, tm, font, size):
        text = text.replace("\u00a0", " ").strip()
        if text:
            out.append((text, tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    pypdf.PdfReader(io.BytesIO(pdf)).pages[index].extract_text(visitor_text=visit)
    return out


def font_sizes(pdf: bytes) -> set[float]:
    sizes = set()
    for p in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        p.extract_text(visitor_text=lambda text, cm, tm, font, size: sizes.add(round(size * (cm[3] or 1), 1))
                       if text.strip() else None)
    return sizes


def lone_signature_pages(pdf: bytes, title: str) -> list[int]:
    """Pages where the signature block (found by its `title`) has nothing of the text above it."""
    lonely = []
    for index in range(len(pypdf.PdfReader(io.BytesIO(pdf)).pages)):
        on_page = runs(pdf, index)
        titles = [r for r in on_page if r[0] == title]
        if not titles:
            continue
        top = max(r[2] for r in titles)
        above = [r for r in on_page if top + 10 < r[2] < PAGE_NUMBER_BAND]
        if not above:
            lonely.append(index)
    return lonely


# --- the vote, and the end of the minutes ---------------------------------------------------

def test_the_vote_is_counted_over_the_official_members_present(demo_store):
    with demo_store.read() as tx:
        session = list_sessions(tx, 2022)[-1]
        counts = attendance_counts(tx, session.id)
        text = text_of(docs.minutes_pdf(tx, session.id))
    assert counts.present_probationary > 0 and counts.voters == counts.present_official < counts.present
    assert session.votes_for == counts.voters  # the demo's vote: every official member present for
    assert (f"- Tán thành: {session.votes_for}/{counts.voters} đảng viên chính thức có mặt (100,0%); "
            f"- Không tán thành: 0/{counts.voters} đảng viên chính thức có mặt; "
            f"- Ý kiến khác: 0/{counts.voters} đảng viên chính thức có mặt.") in text
    assert f"Đảng viên dự bị có mặt ({counts.present_probationary} đồng chí) không biểu quyết." in text
    assert "số đảng viên có mặt" not in text and "Không biểu quyết:" not in text


def test_the_minutes_are_read_back_and_adopted_then_the_meeting_closes(demo_store):
    with demo_store.transaction() as tx:
        sessions = list_sessions(tx, 2022)
        conference, regular = sessions[0], [s for s in sessions if s.kind == SessionKind.REGULAR][0]
        voters = attendance_counts(tx, conference.id).voters
        data = session_data(tx, regular.id)
        data.vote_subject, data.votes_for, data.votes_against, data.votes_abstain = "", None, None, None
        update_session(tx, regular.id, data)
    with demo_store.read() as tx:
        held = text_of(docs.minutes_pdf(tx, conference.id))
        ordinary = text_of(docs.minutes_pdf(tx, regular.id))
    adopted = (f"Biên bản đã được đọc lại trước hội nghị và được thông qua với {voters}/{voters} đảng viên chính thức "
               "có mặt tán thành (100,0%). Hội nghị kết thúc vào hồi 11 giờ 00 phút cùng ngày.")
    assert adopted in held
    assert "Biên bản đã được đọc lại trước chi bộ và được các đảng viên dự họp nhất trí thông qua." in ordinary
    assert "nhất trí thông qua. Buổi sinh hoạt kết thúc vào hồi 20 giờ 45 phút cùng ngày. THƯ KÝ" in ordinary
    assert "Hội nghị" not in ordinary and "BIỂU QUYẾT" not in ordinary
    assert held.index("Biên bản đã được đọc lại") < held.index("THƯ KÝ")


def test_a_title_typed_as_bien_ban_does_not_print_it_twice(demo_store):
    with demo_store.transaction() as tx:
        session = list_sessions(tx, 2022)[1]
        data = session_data(tx, session.id)
        data.title = "Biên bản sinh hoạt chuyên đề quý II/2022"
        update_session(tx, session.id, data)
    with demo_store.read() as tx:
        text = text_of(docs.minutes_pdf(tx, session.id))
    assert "BIÊN BẢN Sinh hoạt chuyên đề quý II/2022" in text
    assert "Biên bản sinh hoạt" not in text


def test_the_labels_on_paper_are_the_screens(demo_store):
    with demo_store.read() as tx:
        text = text_of(docs.minutes_pdf(tx, list_sessions(tx, 2022)[0].id))
    for label in ("Ý kiến khác:", "Không tán thành:", "Tán thành:", "Biểu quyết về:", "Nội dung truyền đạt:",
                  "Chủ đề thảo luận:", "NHIỆM VỤ GIAO", "Ý KIẾN PHÁT BIỂU", "vắng không lý do", "Tỷ lệ"):
        assert label in text, label
    assert "không có lý do" not in text


# --- keep-together ----------------------------------------------------------------------------

def test_no_demo_document_leaves_a_signature_block_alone_on_a_page(demo_store, data_dir):
    identity = ensure_identity(demo_store, data_dir)
    with demo_store.read() as tx:
        pdfs = {"CHỦ TRÌ": [docs.minutes_pdf(tx, s.id) for s in list_sessions(tx, 2022)]
                + [docs.attendance_pdf(tx, s.id) for s in list_sessions(tx, 2022)],
                "T/M CHI BỘ": [docs.cell_report_pdf(tx, p, issued_on=dt.date(2023, 1, 5))
                               for p in (Period(2022), Period(2022, 2), Period(2022, 3), Period(2022, 4))]
                + [docs.keyslip_pdf(tx, identity)]}
    for title, documents in pdfs.items():
        for pdf in documents:
            assert not lone_signature_pages(pdf, title), title
    year = pdfs["T/M CHI BỘ"][0]
    last = runs(year, len(pypdf.PdfReader(io.BytesIO(year)).pages) - 1)
    assert any(r[0].startswith("Trên đây là báo cáo") for r in last), "the year report's last page holds its last paragraph"


SURNAMES = ["Nông", "Hoàng", "Lục", "Đàm", "Bế", "Nguyễn", "Lương", "Hà", "Triệu", "La", "Mã", "Sầm", "Vi"]
GIVEN = ["Thắng", "Lan", "Hùng", "Sơn", "Hà", "Minh", "Thu", "Đức", "Mai", "Tuấn", "Hồng", "Ánh", "Long", "Phúc"]


@pytest.fixture(scope="module")
def big_cell(tmp_path_factory):
    """120 members (20 probationary), one session per number of opinions 0…13, many absences."""
    store = Store.open(tmp_path_factory.mktemp("big-cell"))
    day = dt.date(2022, 9, 16)
    with store.transaction() as tx:
        create_cell(tx, CellData(name="Chi bộ thôn Bản Giới", superior_bodies="ĐẢNG BỘ XÃ HÒA AN",
                                 receiving_committee="Đảng ủy xã Hòa An", place_name="Hòa An"))
        ids = []
        for i in range(120):
            probationary = i >= 100
            ids.append(add_member(tx, MemberData(
                full_name=f"{SURNAMES[i % 13]} Văn {GIVEN[(i * 5) % 14]} {chr(65 + i % 26)}",
                admitted_on=dt.date(2022, 3, 1) if probationary else dt.date(2000 + i % 20, 1 + i % 12, 2),
                official_on=None if probationary else dt.date(2001 + i % 20, 1 + i % 12, 2),
                status="du_bi" if probationary else "chinh_thuc", role="bi_thu" if i == 0 else "dang_vien"),
                today=dt.date(2022, 12, 31)).id)
        sessions = []
        for n in range(14):
            session = create_session(tx, SessionData(
                kind="chuyen_de_quy", held_on=day, start_time=dt.time(8), end_time=dt.time(11), quarter=3,
                place="Nhà văn hóa thôn Bản Giới", chair_id=ids[0], minute_taker_id=ids[1],
                title=f"Sinh hoạt chuyên đề quý III/2022 (phiên {n + 1})", conclusions="Chi bộ thống nhất các việc làm theo.",
                vote_subject="Thông qua nghị quyết chuyên đề", votes_for=80, votes_against=1, votes_abstain=2,
                opinions=[Opinion(f"Đảng viên số {j + 1}", "Đề nghị chi bộ phân công cụ thể từng đảng viên phụ trách "
                                  "hộ gia đình để việc làm theo đi vào thực chất. " * (1 + (j + n) % 3)) for j in range(n)]))
            marks = {}
            for j, member_id in enumerate(ids):
                state = ["co_mat"] * 5 + ["di_muon", "vang_co_ly_do", "vang_khong_ly_do"][: 1 + (j + n) % 3]
                st = state[(j * 7 + n) % len(state)]
                marks[member_id] = AttendanceMark(st, "Đi làm ăn xa" if st == "vang_co_ly_do" else "")
            set_attendance(tx, session.id, marks)
            sessions.append(session.id)
    yield store, sessions
    store.dispose()


def test_a_large_cell_never_prints_a_signature_block_alone(big_cell):
    store, sessions = big_cell
    with store.read() as tx:
        minutes = [docs.minutes_pdf(tx, s) for s in sessions]
        sheets = [docs.attendance_pdf(tx, s) for s in sessions[:3]]
        report = docs.cell_report_pdf(tx, Period(2022, 3), issued_on=dt.date(2022, 10, 5))
    assert max(len(pypdf.PdfReader(io.BytesIO(m)).pages) for m in minutes) >= 4
    for pdf in minutes + sheets:
        assert lone_signature_pages(pdf, "CHỦ TRÌ") == []
    assert lone_signature_pages(report, "T/M CHI BỘ") == []


def test_without_the_keep_rule_some_of_those_minutes_would_orphan_their_signature(big_cell, monkeypatch):
    """The test above has teeth: the same sessions laid out without the rule do leave a block alone."""
    store, sessions = big_cell
    monkeypatch.setattr(flow, "keep_signatures", lambda story: story)
    with store.read() as tx:
        lonely = [s for s in sessions if lone_signature_pages(docs.minutes_pdf(tx, s), "CHỦ TRÌ")]
    assert lonely


# --- breaks, names, sizes ----------------------------------------------------------------------

def test_no_line_breaks_inside_a_document_number_a_quarter_or_a_time(demo_store):
    filler = "Chi bộ quán triệt và thực hiện nghiêm"
    variants = [f"{filler}{' tốt' * k} Kết luận số 01-KL/TW của Bộ Chính trị trong quý II, từ 8 giờ 00 phút."
                for k in range(24)]
    with demo_store.transaction() as tx:
        session = list_sessions(tx, 2022)[1]
        data = session_data(tx, session.id)
        data.content = "\n".join(variants)
        update_session(tx, session.id, data)
    with demo_store.read() as tx:
        pdf = docs.minutes_pdf(tx, session.id)
    lines = [line for lines in page_lines(pdf) for line in lines]
    whole = [line for line in lines if "01-KL/TW" in line]
    assert len(whole) >= 24
    for line in whole:
        assert re.search(r"số\s01-KL/TW", line), line  # the number never starts a line without its "số"
    lines = [line.replace("\u00a0", " ").strip() for line in lines]
    for line, after in zip(lines, lines[1:]):
        assert not re.search(r"\b(số|quý|giờ|hồi)$", line), line
        assert not (re.search(r"\d$", line) and re.match(r"(giờ|phút|đồng chí|đảng viên)\b", after)), (line, after)
    # The same paragraphs with ordinary spaces would break there: the rule is doing the work.
    style = page.styles().body
    broken = 0
    for text in variants:
        p = page.Paragraph(text, style)  # raw text, no binding
        p.wrap(page.FRAME_WIDTH, 1000)
        broken += any(" ".join(w for w in line[1]).endswith(("số", "quý", "giờ")) for line in p.blPara.lines)
    assert broken


def test_letterhead_and_signature_titles_wrap_between_phrases(demo_store, data_dir):
    identity = ensure_identity(demo_store, data_dir)
    with demo_store.transaction() as tx:
        data = CellData(**{k: getattr(get_cell(tx), k) for k in CellData.__dataclass_fields__})
        data.name = "Chi bộ Trường Trung học phổ thông Hòa An"
        update_cell(tx, data)
    with demo_store.read() as tx:
        slip = docs.keyslip_pdf(tx, identity)
    top = [r[0] for r in runs(slip, 0)]
    assert "CHI BỘ TRƯỜNG TRUNG HỌC" in top and "PHỔ THÔNG HÒA AN" in top
    assert "XÁC NHẬN CỦA ĐẢNG ỦY" in top and "XÃ HÒA AN" in top


def test_running_names_and_the_committee_above():
    assert wording.running_name("ĐẢNG ỦY XÃ HÒA AN") == "Đảng ủy xã Hòa An"
    assert wording.running_name("BAN THƯỜNG VỤ ĐẢNG ỦY XÃ HÒA AN") == "Ban Thường vụ Đảng ủy xã Hòa An"
    assert wording.running_name("Đảng ủy xã Hòa An") == "Đảng ủy xã Hòa An"  # typed in mixed case: kept
    assert wording.committee_of("ĐẢNG BỘ TỈNH CAO BẰNG") == "Tỉnh ủy Cao Bằng"
    assert wording.committee_of("ĐẢNG BỘ XÃ HÒA AN") == "Đảng ủy xã Hòa An"


def test_the_consolidated_report_speaks_of_the_committee_in_sentence_case():
    rows = [docs.ConsolidatedRow("Chi bộ thôn Nà Lữ", True, dt.date(2023, 1, 5), False, 1, 33, 5, 100, 80, 29, 28,
                                 {"hoan_thanh_xuat_sac": 6, "hoan_thanh_tot": 22})]
    pdf = docs.consolidated_pdf(docs.ConsolidatedReport("ĐẢNG ỦY XÃ HÒA AN", ["ĐẢNG BỘ TỈNH CAO BẰNG"], "Hòa An",
                                                        Period(2022), dt.date(2023, 1, 25), rows))
    text = text_of(pdf)
    assert "Đảng ủy xã Hòa An tổng hợp báo cáo" in text
    assert "Nơi nhận: - Tỉnh ủy Cao Bằng (để báo cáo), - Lưu Văn phòng Đảng ủy." in text
    assert "- Lưu." not in text
    cells = [r[0] for r in runs(pdf, 0)]
    assert {"HTXS", "HTT", "HT", "KHT"} <= set(cells), "an abbreviation never breaks inside"


@pytest.mark.parametrize("kind", ["minutes", "attendance", "report", "plan", "keyslip", "consolidated"])
def test_nothing_prints_below_eleven_points(demo_store, data_dir, kind):
    identity = ensure_identity(demo_store, data_dir)
    with demo_store.read() as tx:
        first = list_sessions(tx, 2022)[0].id
        pdf = {
            "minutes": lambda: docs.minutes_pdf(tx, first),
            "attendance": lambda: docs.attendance_pdf(tx, first),
            "report": lambda: docs.cell_report_pdf(tx, Period(2022), issued_on=dt.date(2023, 1, 5)),
            "plan": lambda: docs.personal_plan_pdf(tx, 8, 2022),
            "keyslip": lambda: docs.keyslip_pdf(tx, identity),
            "consolidated": lambda: docs.consolidated_pdf(docs.ConsolidatedReport(
                "ĐẢNG ỦY XÃ HÒA AN", ["ĐẢNG BỘ TỈNH CAO BẰNG"], "Hòa An", Period(2022), dt.date(2023, 1, 25), [])),
        }[kind]()
    assert min(font_sizes(pdf)) >= 11
    if kind in ("attendance", "report", "plan"):
        assert 12 in font_sizes(pdf), "tables that fit print at 12 pt"


# --- the report's date, and the code that points to its file ---------------------------------

def test_the_report_is_dated_by_its_revision_and_a_reprint_keeps_the_date(demo_store, data_dir):
    identity = ensure_identity(demo_store, data_dir)
    made = dt.datetime(2023, 1, 5, 2, 0, tzinfo=dt.timezone.utc)
    with demo_store.transaction() as tx:
        result = export_cell_report(tx, identity, Period(2022), now=made)
    with demo_store.read() as tx:
        reprint = paper_code.printed_report_pdf(tx, Period(2022), today=dt.date(2026, 12, 1))
        paper = paper_code.report_paper(tx, Period(2022), today=dt.date(2026, 12, 1))
        draft_quarter = paper_code.printed_report_pdf(tx, Period(2022, 3), today=dt.date(2026, 12, 1))
    inside = zipfile.ZipFile(io.BytesIO(result.data)).read("report.pdf")
    day = paper.issued_on
    assert day == made.astimezone().date()
    dateline = f"Hòa An, {page.party_date(day)}"
    for pdf in (inside, reprint):
        text = text_of(pdf)
        assert dateline in text and "năm 2026" not in text.split("BÁO CÁO")[0]
        assert f"Mã đối chiếu tệp báo cáo: {paper.code.text}" in text and "bản lần 1" in text
    assert "ngày 01 tháng 12 năm 2026" in text_of(draft_quarter) and "Mã đối chiếu" not in text_of(draft_quarter)
    # The records change: the paper is a draft again, dated today, until the next export.
    with demo_store.transaction() as tx:
        session = list_sessions(tx, 2022)[0]
        data = session_data(tx, session.id)
        data.conclusions += " Bổ sung sau khi xuất tệp."
        update_session(tx, session.id, data)
    with demo_store.read() as tx:
        changed = paper_code.report_paper(tx, Period(2022), today=dt.date(2026, 12, 1))
    assert changed == paper_code.ReportPaper(dt.date(2026, 12, 1), None)


def test_paper_codes_parse_as_typed():
    code = paper_code.parse_paper_code("  kh130-4e6fbbd3-2022q2-l2-659d32d9 ")
    assert code == paper_code.PaperCode("4E6FBBD3", "2022-Q2", 2, "659D32D9")
    assert code.text == "KH130-4E6FBBD3-2022Q2-L2-659D32D9"
    assert paper_code.parse_paper_code("4E6FBBD3-2022-L1-659D32D9").period == "2022"
    assert paper_code.paper_code_for("4e6fbbd3-6e8e-4cea-aafd-beb772950d58", Period(2022, 2), 2,
                                     "659d32d9" + "0" * 56) == code
    for bad in ("", "KH130-4E6FBBD3-2022Q5-L2-659D32D9", "KH130-4E6FBBD3-2022-L2-659D32", "KH130-KEY"):
        with pytest.raises(ValidationError):
            paper_code.parse_paper_code(bad)


def _qr_text_of_last_page(pdf: bytes, tmp_path) -> list[str]:
    import zxingcpp
    from PIL import Image

    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    (tmp_path / "report.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", "-f", str(pages), "-l", str(pages),
                    str(tmp_path / "report.pdf"), str(tmp_path / "last")], check=True)
    return [r.text for r in zxingcpp.read_barcodes(Image.open(tmp_path / "last.png"))]


def test_the_printed_qr_decodes_to_the_code_and_the_committee_finds_its_file(demo_store, data_dir, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is needed to rasterise the page")
    identity = ensure_identity(demo_store, data_dir)
    year = Period(2022)
    with demo_store.transaction() as tx:
        first = export_cell_report(tx, identity, year, now=dt.datetime(2023, 1, 5, 2, tzinfo=dt.timezone.utc))
        old_paper = paper_code.report_paper(tx, year).code
    with demo_store.transaction() as tx:
        session = list_sessions(tx, 2022)[0]
        data = session_data(tx, session.id)
        data.conclusions += " Bổ sung theo ý kiến của Đảng ủy xã."
        update_session(tx, session.id, data)
        second = export_cell_report(tx, identity, year, now=dt.datetime(2023, 1, 12, 2, tzinfo=dt.timezone.utc))
    with demo_store.read() as tx:
        new_paper = paper_code.report_paper(tx, year).code
        reprint = paper_code.printed_report_pdf(tx, year)
        cell = get_cell(tx)
    assert (old_paper.revision, new_paper.revision) == (1, 2)  # per cell and period
    assert new_paper.names_cell(cell.uid) and old_paper.digest != new_paper.digest
    assert _qr_text_of_last_page(reprint, tmp_path) == [new_paper.text]
    inside = zipfile.ZipFile(io.BytesIO(second.data)).read("report.pdf")
    assert _qr_text_of_last_page(inside, tmp_path) == [new_paper.text]

    committee = Store.open(tmp_path / "committee")
    try:
        with committee.transaction() as tx:
            settings.set_mode(tx, "receiving")
            registry.save_committee_profile(tx, registry.CommitteeProfile(name="ĐẢNG ỦY XÃ HÒA AN", place_name="Hòa An"))
            registry.trust_key_pem(tx, identity.public_pem().encode(), cell_name=cell.name)
        with committee.read() as tx:
            nothing = paper_code.match_paper(tx, new_paper.text)
        assert nothing.status == paper_code.UNKNOWN and nothing.report is None
        for name, data in (("1.kh130", first.data), ("2.kh130", second.data)):
            assert importer.import_bytes(committee, name, data).outcome.value in ("accepted", "supersedes")
        with committee.read() as tx:
            newest = paper_code.match_paper(tx, new_paper.text.lower())
            older = paper_code.match_paper(tx, old_paper)
            stranger = paper_code.match_paper(tx, paper_code.PaperCode(new_paper.cell, "2022", 3, "00000000"))
            elsewhere = paper_code.match_paper(tx, paper_code.PaperCode(new_paper.cell, "2022-Q2", 1, new_paper.digest))
    finally:
        committee.dispose()
    assert newest.status == paper_code.NEWEST and newest.report.report_id == second.report_id
    assert "Khớp bản lần 2" in newest.message
    assert older.status == paper_code.OLDER and older.report.report_id == first.report_id
    assert older.current.report_id == second.report_id and "Bản giấy cũ hơn bản đã nhận" in older.message
    assert stranger.status == paper_code.UNKNOWN and stranger.current.report_id == second.report_id
    assert elsewhere.status == paper_code.UNKNOWN and elsewhere.current is None
