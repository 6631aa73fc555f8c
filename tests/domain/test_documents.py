"""The printed documents read back as a clerk reads them: headers, title, counts, names, signatures, layout."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import unicodedata

import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlmodel import select

from kh130_desktop.domain import documents as docs
from kh130_desktop.domain.documents.fonts import SERIF, SERIF_BOLD, register_fonts
from kh130_desktop.domain.errors import NotFoundError
from kh130_desktop.domain.exchange.identity import ensure_identity
from kh130_desktop.domain.store.tables import Member, YearReview
from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.book.report import cell_report
from kh130_desktop.domain.book.roster import summoned_on
from kh130_desktop.domain.book.sessions import (
    Opinion,
    attendance_counts,
    attendance_sheet,
    list_sessions,
    session_data,
    update_session,
)
from kh130_desktop.domain.book.vocabulary import AttendanceState, ReviewLevel, label

A4 = (595.27, 841.89)
BASE14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
          "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
          "Symbol", "ZapfDingbats"}


def text_of(pdf: bytes) -> str:
    """All the text, white space folded (a name may wrap onto the next line; a non-breaking
    space reads as a space)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def pieces(pdf: bytes, page_index: int = 0) -> list[tuple[str, float, float, str, float]]:
    """(text, x, y, font, size) of each text run on a page, in page coordinates."""
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[page_index]
    out = []

    def visit(text, cm, tm, font, size):
        text = text.replace("\u00a0", " ")
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont", "")) if font else ""
            out.append((text.strip(), x, y, name, size * (cm[3] or 1)))

    page.extract_text(visitor_text=visit)
    return out


def find(runs, text: str):
    matches = [r for r in runs if r[0] == text]
    assert matches, f"{text!r} not on the page: {[r[0] for r in runs][:40]}"
    return matches[0]


@pytest.fixture
def demo(demo_store):
    return demo_store


@pytest.fixture
def all_documents(demo, data_dir):
    identity = ensure_identity(demo, data_dir)
    with demo.read() as tx:
        first = list_sessions(tx, 2022)[0].id
        member = summoned_on(tx, dt.date(2022, 12, 9))[0].member.id
        return {
            "minutes": docs.minutes_pdf(tx, first),
            "attendance": docs.attendance_pdf(tx, first),
            "plan": docs.personal_plan_pdf(tx, member, 2022),
            "report": docs.cell_report_pdf(tx, Period(2022)),
            "keyslip": docs.keyslip_pdf(tx, identity),
            "consolidated": docs.consolidated_pdf(_consolidated()),
        }


def _consolidated() -> docs.ConsolidatedReport:
    rows = [
        docs.ConsolidatedRow("Chi bộ thôn Nà Lữ", True, dt.date(2023, 1, 5), False, 1, 33, 5, 100, 80, 29, 28,
                             {"hoan_thanh_xuat_sac": 6, "hoan_thanh_tot": 18, "hoan_thanh": 3, "khong_hoan_thanh": 1}),
        docs.ConsolidatedRow("Chi bộ thôn Bản Giới", True, dt.date(2023, 1, 20), True, 2, 21, 4, 100, 90, 20, 20,
                             {"hoan_thanh_tot": 20}, revision=2),
        # overdue: the year's deadline (15/01/2023) passed with nothing received
        docs.ConsolidatedRow("Chi bộ thôn Pác Bó", False, None, True, None, 0, 0, 0, 0, 0, 0, {}),
    ]
    return docs.ConsolidatedReport("Đảng ủy xã Hòa An", ["ĐẢNG BỘ TỈNH CAO BẰNG"], "Hòa An", Period(2022),
                                   dt.date(2023, 1, 25), rows, signer_name="Lâm Văn Hiếu")


KINDS = ["minutes", "attendance", "plan", "report", "keyslip", "consolidated"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_document_is_a4_with_embedded_fonts_and_nfc_text(all_documents, kind):
    pdf = all_documents[kind]
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == (round(A4[0], 1), round(A4[1], 1))
        fonts = page["/Resources"].get_object().get("/Font", {})
        assert fonts, "a page with no font"
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).split("+")[-1].lstrip("/")
            assert base not in BASE14, f"base-14 font {base} in {kind}"
            descriptor = font["/FontDescriptor"].get_object()
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), f"{base} not embedded"
        text = page.extract_text()
        assert unicodedata.is_normalized("NFC", text)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text_of(pdf)


@pytest.mark.parametrize("kind", ["minutes", "attendance", "report", "keyslip", "plan"])
def test_letterhead_sits_in_the_top_band_left_and_right(all_documents, kind):
    register_fonts()
    runs = pieces(all_documents[kind])
    width, height = A4
    party = find(runs, "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert party[1] >= width / 2 - 5, "the Party line belongs to the right half"
    assert party[2] > height - 45 * 72 / 25.4
    assert party[3].endswith("LiberationSerif-Bold") and round(party[4]) == 15
    # As the model forms have it: the party committee above, the cell below it in bold, then "*".
    for line, font in (("ĐẢNG BỘ XÃ HÒA AN", SERIF), ("CHI BỘ THÔN NÀ LỮ", SERIF_BOLD)):
        run = find(runs, line)
        assert run[1] + stringWidth(line, font, 14) <= width / 2, f"{line} must stay in the left half"
        assert run[2] > height - 60 * 72 / 25.4, f"{line} must be in the top band"
        assert round(run[4]) == 14
    assert find(runs, "CHI BỘ THÔN NÀ LỮ")[3].endswith("LiberationSerif-Bold")
    star = find(runs, "*")
    assert star[2] < find(runs, "CHI BỘ THÔN NÀ LỮ")[2] and star[1] < width / 2
    dateline = [r for r in runs if r[0].startswith("Hòa An, ngày")]
    assert dateline and dateline[0][1] > width / 2 - 40 and dateline[0][3].endswith("Italic")


def test_minutes_hold_the_counts_names_reasons_and_signatures(demo):
    with demo.read() as tx:
        session = list_sessions(tx, 2022)[0]
        counts = attendance_counts(tx, session.id)
        lines, apart = attendance_sheet(tx, session.id)
        data = session_data(tx, session.id)
        chair = tx.get(Member, session.chair_id).full_name
        taker = tx.get(Member, session.minute_taker_id).full_name
        pdf = docs.minutes_pdf(tx, session.id)
    text = text_of(pdf)
    for header in ("ĐẢNG BỘ XÃ HÒA AN", "CHI BỘ THÔN NÀ LỮ", "BIÊN BẢN", "Số -BB/CB",
                   "Hòa An, ngày 12 tháng 5 năm 2022", session.title):
        assert header in text, header
    assert counts.absent_excused and counts.absent_unexcused and counts.late and apart
    assert f"Số đảng viên phải triệu tập: {counts.summoned} đồng chí (chính thức: {counts.summoned_official}; dự bị: {counts.summoned_probationary})" in text
    assert f"Có mặt: {counts.present} đồng chí (chính thức: {counts.present_official}; dự bị: {counts.present_probationary})" in text
    assert f"Vắng mặt: {counts.absent} đồng chí (vắng có lý do: {counts.absent_excused}; vắng không lý do: {counts.absent_unexcused})" in text
    assert f"Tổng số đảng viên trong danh sách chi bộ: {counts.total} đồng chí" in text
    for line in lines:
        name = line.standing.member.full_name
        if line.state == AttendanceState.ABSENT_EXCUSED:
            assert f"Đồng chí {name}: vắng có lý do ({line.reason})" in text
        elif line.state == AttendanceState.ABSENT_UNEXCUSED:
            assert f"Đồng chí {name}: vắng không lý do" in text
    for standing in apart:
        assert f"Đồng chí {standing.member.full_name}:" in text
    for guest in data.guests:
        assert guest.name in text
    positions = [text.index(f"{n}. Đồng chí {o.speaker}:") for n, o in enumerate(data.opinions, 1)]
    assert positions == sorted(positions), "opinions print in the order spoken"
    assert "Hội nghị kết thúc vào hồi 11 giờ 00 phút cùng ngày" in text and "7 giờ 30 phút" in text
    assert data.conclusions.split(";")[0] in text
    assert f"Tán thành: {session.votes_for}/{counts.present_official} đảng viên chính thức có mặt" in text
    # THƯ KÝ on the left with the minute-taker, CHỦ TRÌ on the right with the chair, on the last page.
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    runs = pieces(pdf, len(reader.pages) - 1)
    width = A4[0]
    assert find(runs, "THƯ KÝ")[1] < width / 2 < find(runs, "CHỦ TRÌ")[1]
    assert find(runs, taker)[1] < width / 2 < find(runs, chair)[1]


def test_a_short_meeting_prints_as_it_was_held(demo):
    with demo.read() as tx:
        short = [s for s in list_sessions(tx, 2022) if s.title.startswith("Sinh hoạt chi bộ thường kỳ")][0]
        text = text_of(docs.minutes_pdf(tx, short.id))
    assert "19 giờ 30 phút" in text and "Buổi sinh hoạt kết thúc vào hồi 20 giờ 45 phút cùng ngày" in text
    assert "Hội nghị kết thúc" not in text


def test_page_numbers_start_on_page_two(demo):
    with demo.read() as tx:
        pdf = docs.minutes_pdf(tx, list_sessions(tx, 2022)[0].id)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    height = A4[1]
    top = lambda i: [r[0] for r in pieces(pdf, i) if r[2] > height - 15 * 72 / 25.4]  # noqa: E731
    assert top(0) == []
    for i in range(1, len(reader.pages)):
        assert top(i) == [str(i + 1)]


def test_text_from_the_user_prints_literally(demo):
    with demo.transaction() as tx:
        session = list_sessions(tx, 2022)[0]
        data = session_data(tx, session.id)
        data.opinions.append(Opinion("Hoàng Văn Phúc", "Giá <b>phân bón</b> & thuốc tăng 20% > năm trước"))
        data.conclusions = "Dòng một\nDòng hai"
        update_session(tx, session.id, data)
    with demo.read() as tx:
        text = text_of(docs.minutes_pdf(tx, session.id))
    assert "Giá <b>phân bón</b> & thuốc tăng 20% > năm trước" in text
    assert "Dòng một Dòng hai" in text


def test_attendance_sheet_lists_every_summoned_member_with_a_signature_column(demo):
    with demo.read() as tx:
        session = list_sessions(tx, 2022)[1]
        lines, apart = attendance_sheet(tx, session.id)
        pdf = docs.attendance_pdf(tx, session.id)
    text = text_of(pdf)
    assert "DANH SÁCH ĐIỂM DANH" in text and "Ký tên" in text and "Ghi chú" in text
    for number, line in enumerate(lines, 1):
        assert f"{number} {line.standing.member.full_name}" in text
        if line.state == AttendanceState.ABSENT_EXCUSED:
            assert line.reason in text
    for standing in apart:
        assert standing.member.full_name in text
    assert "THƯ KÝ" in text and "CHỦ TRÌ" in text


def test_personal_plan_has_pledges_review_and_both_signatures(demo):
    from kh130_desktop.domain.book.pledges import pledges_of, review_of

    with demo.read() as tx:
        member = tx.exec(select(Member).where(Member.full_name == "Hà Văn Đức")).one()
        pledges = pledges_of(tx, member.id, 2022)
        review = review_of(tx, member.id, 2022)
        pdf = docs.personal_plan_pdf(tx, member.id, 2022)
    text = text_of(pdf)
    last = pieces(pdf, len(pypdf.PdfReader(io.BytesIO(pdf)).pages) - 1)
    secretary, signer = find(last, "Nông Văn Thắng"), find(last, "Hà Văn Đức")
    assert secretary[1] < A4[0] / 2 < signer[1] and secretary[2] == pytest.approx(signer[2]), "the two names sign on one line"
    assert "KẾ HOẠCH CÁ NHÂN" in text
    assert "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2022" in text
    assert pledges and review
    for p in pledges:
        assert p.content in text
        assert p.deadline.strftime("%d/%m/%Y") in text
    assert "Quý II" in text and "Xếp loại:" in text
    assert "NGƯỜI XÂY DỰNG KẾ HOẠCH" in text and "XÁC NHẬN CỦA CHI BỘ" in text
    assert "Nông Văn Thắng" in text and "Hà Văn Đức" in text


def test_plans_of_several_members_restart_their_page_numbers(demo):
    with demo.read() as tx:
        ids = [s.member.id for s in summoned_on(tx, dt.date(2022, 12, 9))][:2]
        single = len(pypdf.PdfReader(io.BytesIO(docs.personal_plan_pdf(tx, ids[0], 2022))).pages)
        pdf = docs.personal_plans_pdf(tx, ids, 2022)
    starts = [i for i in range(len(pypdf.PdfReader(io.BytesIO(pdf)).pages)) if "KẾ HOẠCH CÁ NHÂN" in
              "".join(r[0] for r in pieces(pdf, i))]
    assert starts == [0, single]
    assert [r[0] for r in pieces(pdf, single) if r[2] > A4[1] - 15 * 72 / 25.4] == []


def test_cell_report_counts_match_the_records(demo):
    with demo.read() as tx:
        report = cell_report(tx, Period(2022))
        sessions = list_sessions(tx, 2022)
        counts = [attendance_counts(tx, s.id) for s in sessions]
        reviews = list(tx.exec(select(YearReview).where(YearReview.year == 2022)))
        pdf = docs.cell_report_pdf(tx, Period(2022), issued_on=dt.date(2023, 1, 5))
    f = report.figures
    assert f.sessions == len(report.sessions) == len(sessions) == 5
    for row, c in zip(report.sessions, counts):  # the minutes' counts and the report's agree
        r = row.figures
        assert (r.summoned, r.present, r.late, r.absent_excused, r.absent_unexcused) == \
            (c.summoned, c.present, c.late, c.absent_excused, c.absent_unexcused)
    # The period's rate is present over summoned across its sessions (book/figures.py).
    assert f.average_rate == pytest.approx(sum(c.present for c in counts) / sum(c.summoned for c in counts))
    assert sum(f.levels.values()) == f.reviewed == len(reviews)
    assert f.short_sessions == 1 and [r.figures.short for r in report.sessions].count(True) == 1
    assert report.exemplary and len(report.exemplary) == f.exemplary == sum(r.exemplary for r in reviews)
    text = text_of(pdf)
    for header in ("CHI BỘ THÔN NÀ LỮ", "BÁO CÁO", "năm 2022", "Số -BC/CB", "Hòa An, ngày 05 tháng 01 năm 2023"):
        assert header in text, header
    assert "tổ chức 5 buổi" in text
    for level in ReviewLevel:
        assert f"{label(level)}: {f.levels[level.value]} đồng chí" in text
    for name in report.exemplary:
        assert name in text
    assert "Đường nội đồng xóm Nà Pò" in text  # the collective pledge
    assert "Nơi nhận:" in text and "Đảng ủy xã Hòa An (để báo cáo)" in text and "Lưu chi bộ" in text
    assert "T/M CHI BỘ" in text and "BÍ THƯ" in text and "Nông Văn Thắng" in text


def test_quarter_report_keeps_to_its_quarter(demo):
    with demo.read() as tx:
        report = cell_report(tx, Period(2022, 2))
        text = text_of(docs.cell_report_pdf(tx, Period(2022, 2)))
    assert report.figures.sessions == 2 and all(r.figures.held_on.month in (4, 5, 6) for r in report.sessions)
    assert not report.figures.includes_reviews and "quý II/2022" in text
    assert "Quý III" not in " ".join(p for line in report.pledge_lines for p in line.progress)


def test_keyslip_qr_holds_the_fingerprint_that_keys_show_prints(demo, data_dir, capsys, tmp_path):
    import zxingcpp
    from PIL import Image

    from kh130_desktop.cli import run

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is needed to rasterise the page")
    assert run(["--data-dir", str(data_dir), "keys", "show"]) == 0
    printed = capsys.readouterr().out.splitlines()[0].strip()
    identity = ensure_identity(demo, data_dir)
    with demo.read() as tx:
        pdf = docs.keyslip_pdf(tx, identity)
        cell_uid = tx.exec(select(__import__("kh130_desktop.domain.store.tables", fromlist=["Cell"]).Cell)).one().uid
    text = text_of(pdf)
    assert "PHIẾU ĐĂNG KÝ KHÓA KÝ BÁO CÁO" in text and identity.installation_id in text
    for group in printed.split():
        assert group in text
    (tmp_path / "slip.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(tmp_path / "slip.pdf"), str(tmp_path / "slip")], check=True)
    decoded = [r.text for r in zxingcpp.read_barcodes(Image.open(tmp_path / "slip.png"))]
    assert len(decoded) == 1
    assert decoded[0].splitlines() == ["KH130-KEY", cell_uid, identity.installation_id, printed]


def test_consolidated_marks_late_and_missing_cells_and_totals(all_documents):
    text = text_of(all_documents["consolidated"])
    for header in ("ĐẢNG BỘ TỈNH CAO BẰNG", "ĐẢNG ỦY XÃ HÒA AN", "BÁO CÁO TỔNG HỢP", "Hòa An, ngày 25 tháng 01 năm 2023"):
        assert header in text
    assert "Chi bộ thôn Bản Giới (nộp muộn; bản lần 2)" in text
    assert "Chi bộ thôn Pác Bó (chưa báo cáo)" in text
    assert "Tổng cộng 2/3 54 9 85,0% 49 48 6 38 3 1" in text
    assert "T/M ĐẢNG ỦY" in text and "BÍ THƯ" in text and "Lâm Văn Hiếu" in text


def test_missing_things_are_clear_errors(store, demo):
    with store.read() as tx:
        with pytest.raises(NotFoundError) as err:
            docs.cell_report_pdf(tx, Period(2022))
    assert "hồ sơ chi bộ" in err.value.message
    with demo.read() as tx:
        with pytest.raises(NotFoundError):
            docs.minutes_pdf(tx, 9999)
        with pytest.raises(NotFoundError):
            docs.personal_plan_pdf(tx, 9999, 2022)
