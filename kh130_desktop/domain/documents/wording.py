"""Words on paper: where a line may break, and how a body's name reads in a sentence.

reportlab breaks a line at a space only; a non-breaking space (NBSP) keeps two words on one
line. A title (a letterhead's name, a signature block's title) is wrapped here, between the
phrases a reader keeps together, rather than wherever the column ends.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from reportlab.pdfbase.pdfmetrics import stringWidth

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
