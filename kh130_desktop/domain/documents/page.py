"""The Party page (Guideline 36-HD/VPTW) shared by every printed document.

A4; margins top and bottom 20 mm, left 30 mm, right 15 mm. Page 1 opens with the letterhead:
top left the superior bodies (14 pt capitals) and the issuing body (14 pt bold capitals) with
a "*" under it, then the number line; top right "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt bold capitals,
ruled under) with the place and date in italics under it. Page numbers from page 2, top centre.
Everything printed comes from the store: this module only knows the layout.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    Paragraph,
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reportlab.platypus.flowables import _Container, _listWrapOn

from .fonts import SERIF, SERIF_BOLD, SERIF_BOLD_ITALIC, SERIF_ITALIC, register_fonts

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
FRAME_WIDTH = A4[0] - MARGIN_LEFT - MARGIN_RIGHT
LEFT_HEAD = 74 * mm  # the letterhead's left column; the rest is the right column


NBSP = "\u00a0"

# Where a line break would mislead the reader, the space is a non-breaking one: inside a
# document number's phrase ("số 01-KL/TW", never "số / 01-KL/TW"), a quarter ("quý II"), the
# parts of a date or a time, a count and what it counts ("25 đồng chí"). reportlab breaks
# lines at spaces only, so a word with hyphens or slashes never breaks inside.
_BINDINGS = [
    re.compile(r"\b(số|Số|SỐ) (?=\d)"),
    re.compile(r"\b(quý|Quý|QUÝ) (?=(?:I{1,3}|IV)\b)"),
    re.compile(r"\b(ngày|tháng|năm|Ngày|Tháng|Năm|NGÀY|THÁNG|NĂM|giờ|hồi) (?=\d)"),
    re.compile(r"(\d) (?=(?:giờ|phút|đồng chí|đảng viên|buổi|nội dung)\b)"),
    re.compile(r"\b([Đđ]ồng) (?=chí\b)"),
]


def bind(text: str) -> str:
    """`text` with the spaces where a break would mislead made non-breaking (see _BINDINGS)."""
    for pattern in _BINDINGS:
        text = pattern.sub(lambda m: m.group(1) + NBSP, text)
    return text


def keep(text: str) -> str:
    """A short phrase that must not break across lines: a person's name, a fixed title."""
    return " ".join((text or "").split()).replace(" ", NBSP)


def keep_tail(name: str, words: int = 2) -> str:
    """A unit's name whose proper name (its last `words` words) never breaks: "Chi bộ thôn Nà Lữ"
    may wrap after "thôn", never between "Nà" and "Lữ"."""
    parts = (name or "").split()
    if len(parts) <= words:
        return NBSP.join(parts)
    return " ".join(parts[:-words]) + " " + NBSP.join(parts[-words:])


def caps(text: str) -> str:
    return unicodedata.normalize("NFC", text.upper())


def markup(text: str | None) -> str:
    """User or composed text made safe for a Paragraph: escaped, line breaks kept, and no
    break where one would mislead (`bind`)."""
    return escape(bind(unicodedata.normalize("NFC", text or ""))).replace("\n", "<br/>")


# Words that name a kind of body or place: in running text they are in lower case ("Đảng ủy
# xã Hòa An"), and in a title they stay on the line of the name they introduce.
_BODY_WORDS = {"đảng", "ủy", "uỷ", "bộ", "chi", "ban", "thường", "vụ", "khối", "cơ", "quan", "và", "doanh",
               "nghiệp", "tỉnh", "huyện", "quận", "thị", "xã", "trấn", "phường", "thành", "phố", "thôn", "bản",
               "xóm", "tổ", "dân", "trường", "tuyên", "giáo", "vận", "văn", "phòng", "cấp", "trên"}
# Phrases a title never breaks inside, and words that stay with the word after them.
_GLUE_INSIDE = ("ban thường vụ", "chi bộ", "đảng bộ", "đảng ủy", "đảng uỷ", "chi ủy", "chi uỷ", "xác nhận",
                # two-syllable words common in the names of cells and bodies
                "trung học", "phổ thông", "tiểu học", "mầm non", "cơ sở", "cơ quan", "doanh nghiệp", "y tế",
                "công an", "quân sự", "biên phòng", "ủy ban", "uỷ ban", "nhân dân", "hợp tác", "mặt trận")
_GLUE_NEXT = ("tổ dân phố", "thành phố", "thị trấn", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường", "thôn",
              "bản", "xóm", "t/m", "của", "và", "số")
# A line of a title reads best when it starts with one of these (a new body or place).
_STARTERS = _GLUE_INSIDE + _GLUE_NEXT + ("trường", "văn phòng", "cơ quan")


def running_name(name: str) -> str:
    """A body's name as it is written inside a sentence: "ĐẢNG ỦY XÃ HÒA AN" becomes "Đảng ủy
    xã Hòa An". A name typed in mixed case is the user's spelling and is kept."""
    name = unicodedata.normalize("NFC", " ".join((name or "").split()))
    if not name or name != name.upper():
        return name
    words = name.lower().split(" ")
    out, in_proper = [], False
    for index, word in enumerate(words):
        in_proper = in_proper or (index > 0 and word not in _BODY_WORDS)
        out.append(word.capitalize() if index == 0 or in_proper else word)
    text = " ".join(out)
    # The Party's own organs keep their capitals inside a name: "Ban Thường vụ Đảng ủy xã …".
    text = re.sub(r"\bđảng (ủy|uỷ|bộ)\b", lambda m: "Đảng " + m.group(1), text)
    text = re.sub(r"\b[Bb]an thường vụ\b", "Ban Thường vụ", text)
    return unicodedata.normalize("NFC", text)


def committee_of(body: str) -> str:
    """The committee that answers for a Party organisation, in running text: "ĐẢNG BỘ TỈNH CAO
    BẰNG" is led by "Tỉnh ủy Cao Bằng", "ĐẢNG BỘ XÃ HÒA AN" by "Đảng ủy xã Hòa An"."""
    name = running_name(body)
    match = re.match(r"(?i)^đảng bộ (tỉnh|huyện|quận) (.+)$", name)
    if match:
        return f"{match.group(1).capitalize()} ủy {match.group(2)}"
    match = re.match(r"(?i)^đảng bộ (.+)$", name)
    return f"Đảng ủy {match.group(1)}" if match else name


def _phrases(text: str) -> list[str]:
    """A title's words grouped into the phrases a line must not break: a body's kind ("CHI BỘ",
    "ĐẢNG ỦY"), a place word or "T/M" with the word after it ("XÃ HÒA", "T/M CHI"), and the
    last two words (the proper name, "NÀ LỮ")."""
    words = text.split()
    if len(words) <= 2:
        return [" ".join(words)] if words else []
    folded = [w.casefold() for w in words]
    glue = [False] * (len(words) - 1)  # glue[i]: words i and i+1 stay on one line

    def at(i: int, phrase: str) -> int:
        n = phrase.count(" ") + 1
        return n if " ".join(folded[i:i + n]) == phrase else 0

    for i in range(len(words)):
        for phrase in _GLUE_INSIDE:
            for j in range(i, i + at(i, phrase) - 1):
                glue[j] = True
        for phrase in _GLUE_NEXT:
            n = at(i, phrase)
            for j in range(i, min(i + n, len(glue))):
                glue[j] = True
    glue[-1] = True
    phrases, current = [], [words[0]]
    for i, word in enumerate(words[1:]):
        if glue[i]:
            current.append(word)
        else:
            phrases.append(" ".join(current))
            current = [word]
    phrases.append(" ".join(current))
    return phrases


def title_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """A short title wrapped between phrases at sensible places, in the fewest lines, the lines
    as even as they can be (a letterhead's name, a signature block's title)."""
    text = " ".join((text or "").split())
    if not text or stringWidth(text, font, size) <= width:
        return [text] if text else []
    phrases = _phrases(text)
    measure = lambda parts: stringWidth(" ".join(parts), font, size)  # noqa: E731
    starts = [any(p.casefold() == s or p.casefold().startswith(s + " ") for s in _STARTERS) for p in phrases]
    if len(phrases) <= 12:
        best = None
        for count in range(1, len(phrases)):
            for cuts in itertools.combinations(range(1, len(phrases)), count):
                bounds = (0, *cuts, len(phrases))
                lines = [phrases[a:b] for a, b in zip(bounds, bounds[1:])]
                widths = [measure(line) for line in lines]
                if max(widths) > width:
                    continue
                # Fewest lines first; then lines that start a body or a place; then the most even.
                score = (sum(not starts[cut] for cut in cuts), max(widths), -min(widths))
                if best is None or score < best[0]:
                    best = (score, [" ".join(line) for line in lines])
            if best is not None:
                return best[1]
    # Too long to balance, or a phrase wider than the column: greedy, word by word.
    lines, current = [], []
    for word in text.split():
        if current and stringWidth(" ".join(current + [word]), font, size) > width:
            lines.append(" ".join(current))
            current = []
        current.append(word)
    return lines + [" ".join(current)]


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


class _SignatureTable(Table):
    """The table of a signature block: `render` keeps it with what precedes it."""


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
    table = _SignatureTable([[left_cell, right_cell]], colWidths=widths, hAlign="LEFT", spaceBefore=12)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


class _KeepWithSignature(_Container, Flowable):
    """A signature block and what precedes it down to the last paragraph: on one page.

    When they do not fit, the paragraph (or table) above is split so that at least its last
    lines (or last row, under the repeated header) go over with the signature; a block alone
    on a page, with nothing of the text it signs, never prints."""

    def __init__(self, content: list[Flowable]) -> None:
        self._content = list(content)

    def wrap(self, avail_width, avail_height):
        self.width, self.height = _listWrapOn(self._content, avail_width, self.canv)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        lender, rest = self._content[0], self._content[1:]
        _, lender_height = lender.wrapOn(self.canv, avail_width, avail_height)
        limit = min(avail_height, lender_height - 1)
        parts = lender.splitOn(self.canv, avail_width, limit) if limit > 0 else []
        if len(parts) >= 2:
            return [parts[0], _KeepWithSignature([*parts[1:], *rest])]
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return list(self._content)  # a full page cannot hold them: nothing better than to flow
        return [FrameBreak(), _KeepWithSignature(self._content)]


def _keep_signatures(story: list[Flowable]) -> list[Flowable]:
    """Each signature block bound to the last paragraph above it (spacers between come too)."""
    out = list(story)
    for index in range(len(out) - 1, -1, -1):
        if not isinstance(out[index], _SignatureTable):
            continue
        start = index - 1
        while start >= 0 and isinstance(out[start], Spacer):
            start -= 1
        if start < 0:
            continue
        out[start:] = [_KeepWithSignature(out[start:])]
        break
    return out


TABLE_SIZES = (12, 11)  # points: the largest that lets every word of every column fit


def _resized(cell, size: float):
    if isinstance(cell, Paragraph):
        style = cell.style
        return Paragraph(cell.text, style.clone(f"{style.name}_{size}", fontSize=size, leading=size + 2))
    return cell


def _fits(rows: list[list], widths: list[float], padding: float) -> bool:
    for row in rows:
        for cell, width in zip(row, widths):
            if isinstance(cell, Paragraph) and cell.minWidth() > width - padding + 0.01:
                return False
    return True


def grid(rows: list[list], widths: list[float], *, header_rows: int = 1, align_right_from: int | None = None,
         extra: list[tuple] | None = None) -> Table:
    """A ruled table whose header rows repeat on every page and whose rows never split; at
    12 pt when every word fits its column, else 11 pt."""
    padding = 6
    for size in TABLE_SIZES:
        sized = [[_resized(c, size) for c in row] for row in rows] if size != TABLE_SIZES[0] else rows
        if _fits(sized, widths, padding):
            break
    table = Table(sized, colWidths=widths, repeatRows=header_rows, hAlign="CENTER", splitInRow=0)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += extra or []
    table.setStyle(TableStyle(commands))
    return table


def qr_drawing(text: str, size: float):
    """A QR code of `text` (error correction M), `size` wide and high."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(text, barLevel="M", barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0],
                      initialFontName=SERIF)  # else the renderer names Helvetica in the PDF
    drawing.add(widget)
    return drawing


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
        flowables += [_PartStart(), letterhead(head), *_keep_signatures(story)]
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
