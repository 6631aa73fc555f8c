"""The Party page (Guideline 36-HD/VPTW) shared by every printed document.

A4; margins top and bottom 20 mm, left 30 mm, right 15 mm. Page 1 opens with the letterhead:
top left the superior bodies (14 pt capitals) and the issuing body (14 pt bold capitals) with
a "*" under it, then the number line; top right "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt bold capitals,
ruled under) with the place and date in italics under it. Page numbers from page 2, top centre.
A heading never ends a page, a table row never splits, and a signature block never stands
alone on its page (flow.py); no line breaks where it would mislead (wording.py).
Everything printed comes from the store: this module only knows the layout.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Paragraph,
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from . import flow
from .flow import SignatureTable
from .fonts import SERIF, SERIF_BOLD, SERIF_BOLD_ITALIC, SERIF_ITALIC, register_fonts
from .wording import NBSP, bind, keep, title_lines

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
FRAME_WIDTH = A4[0] - MARGIN_LEFT - MARGIN_RIGHT
LEFT_HEAD = 74 * mm  # the letterhead's left column; the rest is the right column


def caps(text: str) -> str:
    return unicodedata.normalize("NFC", text.upper())


def markup(text: str | None) -> str:
    """User or composed text made safe for a Paragraph: escaped, line breaks kept, and no
    break where one would mislead (`bind`)."""
    return escape(bind(unicodedata.normalize("NFC", text or ""))).replace("\n", "<br/>")


def title_markup(text: str, font: str, size: float, width: float) -> str:
    """`title_lines` as Paragraph markup: one <br/> per chosen break and no other break."""
    return "<br/>".join(markup(line).replace(" ", NBSP) for line in title_lines(text, font, size, width))


def party_date(day: dt.date) -> str:
    """"ngày 09 tháng 02 năm 2022": days under 10 and months 1–2 with a leading zero (36-HD/VPTW)."""
    d = f"{day.day:02d}" if day.day < 10 else str(day.day)
    m = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {d} tháng {m} năm {day.year}"


def place_date(place: str, day: dt.date | None, year: int | None = None) -> str:
    """The dateline; with no date, blanks for the hand to fill (and the year when known)."""
    place = place or "……………"
    if day is not None:
        return f"{place}, {party_date(day)}"
    gap = "\u00a0" * 6
    return f"{place}, ngày {gap} tháng {gap} năm {year or gap}"


def number_line(code: str) -> str:
    """"Số    -BB/CB": the number is written in by hand when the document is registered."""
    return "Số" + "\u00a0" * 10 + f"-{code}"


class CentredRule(Flowable):
    """A horizontal rule centred in whatever width it is given (HRFlowable is not, inside a table cell)."""

    def __init__(self, width: float, thickness: float = 0.6, *, space_before: float = 0, space_after: float = 0) -> None:
        super().__init__()
        self.rule_width, self.thickness = width, thickness
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self._avail = width

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        return avail_width, self.thickness + 1

    def draw(self) -> None:
        start = (self._avail - self.rule_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(start, self.thickness / 2, start + self.rule_width, self.thickness / 2)


class Styles:
    """Paragraph styles, built once the fonts are registered."""

    def __init__(self) -> None:
        register_fonts()

        def style(name: str, **kw) -> ParagraphStyle:
            # No widow: a paragraph never leaves its last line alone at the top of a page.
            base = {"fontName": SERIF, "fontSize": 14, "leading": 18, "alignment": TA_JUSTIFY, "allowWidows": 0}
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.body = style("body", firstLineIndent=10 * mm, spaceAfter=4)
        self.plain = style("plain", spaceAfter=2)
        self.item = style("item", leftIndent=10 * mm, firstLineIndent=-5 * mm, spaceAfter=2)
        self.heading = style("heading", fontName=SERIF_BOLD, alignment=TA_LEFT, spaceBefore=6, spaceAfter=4, keepWithNext=1)
        self.head_left = style("head_left", alignment=TA_CENTER, leading=17)
        self.head_left_bold = style("head_left_bold", fontName=SERIF_BOLD, alignment=TA_CENTER, leading=17)
        self.head_party = style("head_party", fontName=SERIF_BOLD, fontSize=15, leading=18, alignment=TA_CENTER)
        self.dateline = style("dateline", fontName=SERIF_ITALIC, alignment=TA_RIGHT)
        self.number = style("number", alignment=TA_CENTER)
        self.title = style("title", fontName=SERIF_BOLD, fontSize=15, leading=19, alignment=TA_CENTER, spaceBefore=14)
        self.subtitle = style("subtitle", fontName=SERIF_BOLD, alignment=TA_CENTER, spaceAfter=2)
        self.centre = style("centre", alignment=TA_CENTER)
        self.centre_italic = style("centre_italic", fontName=SERIF_ITALIC, alignment=TA_CENTER)
        self.rule_gap = style("rule_gap", fontSize=6, leading=6)
        self.sign_title = style("sign_title", fontName=SERIF_BOLD, alignment=TA_CENTER, leading=17)
        self.sign_note = style("sign_note", fontName=SERIF_ITALIC, fontSize=12, leading=15, alignment=TA_CENTER)
        self.sign_name = style("sign_name", fontName=SERIF_BOLD, alignment=TA_CENTER)
        self.recipients_head = style("recipients_head", fontName=SERIF_BOLD_ITALIC, fontSize=12, leading=15, alignment=TA_LEFT)
        self.recipients = style("recipients", fontSize=12, leading=14, alignment=TA_LEFT, leftIndent=3 * mm,
                                firstLineIndent=-3 * mm)
        # Tables: 12 pt where the columns allow it; `grid` steps down to 11 pt, never lower.
        self.cell = style("cell", fontSize=12, leading=14, alignment=TA_LEFT)
        self.cell_centre = style("cell_centre", fontSize=12, leading=14, alignment=TA_CENTER)
        self.cell_head = style("cell_head", fontName=SERIF_BOLD, fontSize=12, leading=14, alignment=TA_CENTER)
        self.note = style("note", fontName=SERIF_ITALIC, fontSize=12, leading=15, alignment=TA_JUSTIFY, spaceBefore=2)
        self.code = style("code", fontSize=12, leading=15, alignment=TA_LEFT)


_styles: Styles | None = None


def styles() -> Styles:
    global _styles
    if _styles is None:
        _styles = Styles()
    return _styles


@dataclass(frozen=True)
class Letterhead:
    superior_lines: list[str]  # highest first; the last is the direct superior
    issuer: str  # the body issuing the document: the cell, or the receiving committee
    number: str = ""  # "Số    -BB/CB"; empty: no number line
    dateline: str = ""  # "Hòa An, ngày 12 tháng 5 năm 2022"


def _head_line(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(title_markup(caps(text), style.fontName, style.fontSize, LEFT_HEAD), style)


def letterhead(head: Letterhead) -> Flowable:
    s = styles()
    left: list[Flowable] = [_head_line(line, s.head_left) for line in head.superior_lines]
    left.append(_head_line(head.issuer, s.head_left_bold))
    left.append(Paragraph("*", s.head_left))
    party_width = stringWidth(PARTY, s.head_party.fontName, s.head_party.fontSize)
    right: list[Flowable] = [
        Paragraph(PARTY, s.head_party),
        CentredRule(party_width, 0.7, space_before=1),
    ]
    rows = [[left, right], [Paragraph(markup(head.number), s.number) if head.number else "",
                            Paragraph(markup(head.dateline), s.dateline) if head.dateline else ""]]
    table = Table(rows, colWidths=[LEFT_HEAD, FRAME_WIDTH - LEFT_HEAD], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def title_block(kind: str, *subtitles: str) -> list[Flowable]:
    """The centred bold document type ("BIÊN BẢN") and what it is about, with a short rule."""
    s = styles()
    out: list[Flowable] = [Paragraph(markup(caps(kind)), s.title)]
    out += [Paragraph(title_markup(line, s.subtitle.fontName, s.subtitle.fontSize, FRAME_WIDTH), s.subtitle)
            for line in subtitles if line]
    out.append(CentredRule(30 * mm, 0.6, space_before=3, space_after=10))
    return out


def heading(text: str) -> Paragraph:
    return Paragraph(markup(text), styles().heading)


def body(text: str) -> Paragraph:
    """A paragraph of user or composed text (escaped; line breaks kept)."""
    return Paragraph(markup(text), styles().body)


def body_markup(html: str) -> Paragraph:
    """A paragraph whose caller built safe markup (user parts passed through `markup`)."""
    return Paragraph(html, styles().body)


def plain(text: str) -> Paragraph:
    return Paragraph(markup(text), styles().plain)


def item(text: str, bullet: str = "-") -> Paragraph:
    return Paragraph(f"{markup(bullet)}\u00a0{markup(text)}", styles().item)


def item_markup(html: str, bullet: str = "-") -> Paragraph:
    return Paragraph(f"{markup(bullet)}\u00a0{html}", styles().item)


def b(text: str) -> str:
    return f"<b>{markup(text)}</b>"


def i(text: str) -> str:
    return f"<i>{markup(text)}</i>"


@dataclass
class SignBlock:
    """A signature block: title lines in bold capitals, room to sign, the name in bold."""

    titles: list[str]
    name: str = ""
    note: str = ""  # "(Ký, ghi rõ họ tên)" and the like
    extra_space: float = 0


def _sign_flowables(block: SignBlock, width: float, title_rows: int = 0, note_rows: int = 0) -> list[Flowable]:
    """The block, padded to `title_rows` title lines and `note_rows` notes so that two names side by side align."""
    s = styles()
    titles = [line for t in block.titles for line in title_lines(caps(t), s.sign_title.fontName, s.sign_title.fontSize, width)]
    out: list[Flowable] = [Paragraph(markup(t).replace(" ", NBSP), s.sign_title) for t in titles]
    out += [Paragraph(NBSP, s.sign_title) for _ in range(title_rows - len(titles))]
    if block.note:
        out.append(Paragraph(markup(block.note), s.sign_note))
    elif note_rows:
        out.append(Paragraph(NBSP, s.sign_note))
    out.append(Spacer(1, 24 * mm + block.extra_space))
    out.append(Paragraph(markup(keep(block.name)), s.sign_name) if block.name else Spacer(1, 18))
    return out


def recipients_flowables(lines: list[str]) -> list[Flowable]:
    """"Nơi nhận:" and its lines: "- …," each, the last (the archive copy) ending with a full stop.

    Guideline 36-HD/VPTW could not be checked in the sources available here; this follows the
    usual cell documents and the model plan 130-KH/TU (lines "- …," ending "- Lưu …."), with
    the heading in bold italic."""
    s = styles()
    out: list[Flowable] = [Paragraph("Nơi nhận:", s.recipients_head)]
    lines = [line.strip().rstrip(",.;") for line in lines if line and line.strip()]
    for index, line in enumerate(lines):
        end = "." if index == len(lines) - 1 else ","
        out.append(Paragraph(f"-\u00a0{markup(line)}{end}", s.recipients))
    return out


def _sign_rows(block: SignBlock, width: float) -> int:
    s = styles()
    return sum(len(title_lines(caps(t), s.sign_title.fontName, s.sign_title.fontSize, width)) for t in block.titles)


def signatures(left: SignBlock | list[str] | None, right: SignBlock | None, *, left_is_recipients: bool = False) -> Flowable:
    """Two columns: a signature block or the recipients on the left, a block on the right. The
    page template keeps it on one page with at least the last paragraph (or table row) above it."""
    half = FRAME_WIDTH / 2
    widths = [half - 5 * mm, half + 5 * mm]
    blocks = [(blk, w) for blk, w in zip((left, right), widths) if isinstance(blk, SignBlock)]
    rows = max((_sign_rows(blk, w) for blk, w in blocks), default=0)
    notes = int(any(blk.note for blk, _ in blocks))
    if left_is_recipients:
        left_cell = recipients_flowables(left or [])  # type: ignore[arg-type]
    else:
        left_cell = _sign_flowables(left, widths[0], rows, notes) if isinstance(left, SignBlock) else ""
    right_cell = _sign_flowables(right, widths[1], rows, notes) if right else ""
    table = SignatureTable([[left_cell, right_cell]], colWidths=widths, hAlign="LEFT", spaceBefore=12)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


class _PartStart(Flowable):
    """Marks where a document starts in a PDF of several (plans printed one after another)."""

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        self.canv._kh130_part_start = self.canv.getPageNumber()


def render(story: list[Flowable], *, head: Letterhead, title: str, author: str = "", pagesize=A4,
           keywords: str = "") -> bytes:
    """Lay the story out under the letterhead; page numbers from page 2."""
    return render_parts([(head, story)], title=title, author=author, pagesize=pagesize, keywords=keywords)


def render_parts(parts: list[tuple[Letterhead, list[Flowable]]], *, title: str, author: str = "", pagesize=A4,
                 keywords: str = "") -> bytes:
    """Several documents in one PDF, each from a new page under its letterhead, each numbered from its page 2."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=author,
        subject=title, creator="KH130 Desktop", initialFontName=SERIF, initialFontSize=14,
        lang="vi-VN", keywords=keywords,
    )
    width, height = pagesize

    def page_number(canvas, document) -> None:
        # At the page's end the part marker on it has been drawn, so a part's first page is known.
        number = canvas.getPageNumber() - getattr(canvas, "_kh130_part_start", 1) + 1
        if number > 1:
            canvas.saveState()
            canvas.setFont(SERIF, 14)
            canvas.drawCentredString(MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2, height - 13 * mm, str(number))
            canvas.restoreState()

    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, width - MARGIN_LEFT - MARGIN_RIGHT, height - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=page_number, pagesize=pagesize)])
    flowables: list[Flowable] = []
    for index, (head, story) in enumerate(parts):
        if index:
            flowables.append(PageBreak())
        flowables += [_PartStart(), letterhead(head), *flow.keep_signatures(story)]
    doc.build(flowables)
    return buffer.getvalue()


def cell_letterhead(cell, code: str = "", day: dt.date | None = None, year: int | None = None) -> Letterhead:
    """The cell's letterhead from its profile: superior bodies, name, place (never from code)."""
    from ..book.cell import superior_lines

    return Letterhead(
        superior_lines=superior_lines(cell),
        issuer=cell.name,
        number=number_line(code) if code else "",
        dateline=place_date(cell.place_name, day, year),
    )


def percent(value: float | None) -> str:
    """"90,3%": the Vietnamese decimal comma."""
    if value is None:
        return "—"
    return f"{value * 100:.1f}".replace(".", ",") + "%"


def clock(t) -> str:
    return f"{t.hour} giờ {t.minute:02d} phút" if t is not None else "…… giờ …… phút"


def dmy(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def sentence_case(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text
