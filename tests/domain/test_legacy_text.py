"""Text typed in the old TCVN3 and VNI fonts, in XLSX cells and in CSV bytes, becomes Unicode."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import openpyxl
from openpyxl.styles import Font

from kh130_desktop.domain.book.roster_import import read_roster
from kh130_desktop.domain.legacy_text import TCVN3, VNI, detect, from_unicode, to_unicode

TODAY = dt.date(2024, 6, 1)
LOWER = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
NAMES = ["Nông Văn Thắng", "Hoàng Thị Lan", "Lục Văn Hùng", "Bế Thị Hà", "Đàm Thị Quyên", "Triệu Thị Mai",
         "Lương Văn Pảo", "Hà Thị Nguyệt", "Vi Văn Khẳng", "Nguyễn Thị Thuỷ"]


def test_every_letter_converts_both_ways():
    for letter in LOWER + "ĂÂÊÔƠƯĐ":
        assert to_unicode(from_unicode(letter, TCVN3), TCVN3) == letter
    for letter in LOWER + LOWER.upper():
        code = from_unicode(letter, VNI)
        assert to_unicode(code, VNI) == letter, (letter, code)
    # TCVN3 has no capital with a tone mark: they are typed with the lower-case codes.
    assert to_unicode(from_unicode("Ấ", TCVN3), TCVN3) == "ấ"


def test_phrases_as_the_old_fonts_hold_them():
    # As printed on every decree of the 1990s, typed with the ABC and VNI keyboards.
    assert to_unicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam", TCVN3) == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert to_unicode("§éc lËp - Tù do - H¹nh phóc", TCVN3) == "Độc lập - Tự do - Hạnh phúc"
    assert to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", VNI) == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert to_unicode("Ñoäc laäp - Töï do - Haïnh phuùc", VNI) == "Độc lập - Tự do - Hạnh phúc"
    # The letters viparse's VNI table lacks or reads otherwise: ẳ is "aú", ỵ is "î".
    assert to_unicode("Vi Vaên Khaúng, Lyù Thò Yeán, hoaøn mó", VNI) == "Vi Văn Khẳng, Lý Thị Yến, hoàn mĩ"
    assert to_unicode("Quî", VNI) == "Quỵ"
    for name in NAMES:
        for encoding in (TCVN3, VNI):
            assert unicodedata.is_normalized("NFC", to_unicode(from_unicode(name, encoding), encoding))


def test_detection_leaves_unicode_alone_and_tells_the_old_fonts_apart():
    assert detect(NAMES) is None
    assert detect(["Tày", "Nùng", "Kinh", "Dao", "Hà Nội"]) is None  # Unicode that is all Latin-1 letters
    assert detect([from_unicode(n, TCVN3) for n in NAMES]) == TCVN3
    assert detect([from_unicode(n, VNI) for n in NAMES]) == VNI
    assert detect(["Nam", "Nữ"]) is None and detect(["1958", "Nam"]) is None


def _xlsx(rows, fonts=None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for (r, c), font in (fonts or {}).items():
        sheet.cell(row=r, column=c).font = Font(name=font)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_typed_in_vntime_with_rows_added_later_in_unicode():
    names = ["Nông Văn Thắng", "Hoàng Thị Lan", "Bế Thị Hà"]
    rows = [[from_unicode(x, TCVN3) for x in ("DANH SÁCH ĐẢNG VIÊN",)], ["STT", "Họ và tên", "Giới tính", "Dân tộc", "Ghi chú"]]
    rows[1] = [from_unicode(x, TCVN3) for x in rows[1]]
    for i, name in enumerate(names, start=1):
        rows.append([i, from_unicode(name, TCVN3), from_unicode("Nữ" if "Thị" in name else "Nam", TCVN3), from_unicode("Tày", TCVN3),
                     from_unicode("Dự bị" if i == 3 else "", TCVN3) or None])
    rows.append([4, "Đàm Thị Quyên", "Nữ", "Nùng", None])  # typed later, in Unicode with Times New Roman
    fonts = {(r, c): ".VnTime" for r in range(2, 6) for c in range(1, 6)}
    fonts[(1, 1)] = ".VnTimeH"  # the title: lower-case codes drawn as capitals
    fonts.update({(6, c): "Times New Roman" for c in range(1, 6)})
    preview = read_roster(_xlsx(rows, fonts), "cu.xlsx", today=TODAY)
    assert [r.data.full_name for r in preview.good_rows] == names + ["Đàm Thị Quyên"]
    assert [r.data.sex for r in preview.good_rows] == ["nam", "nu", "nu", "nu"]
    assert {r.data.ethnicity for r in preview.good_rows} == {"Tày", "Nùng"}
    assert preview.rows[2].data.status == "du_bi" and preview.rows[2].sources["status"] == "notes"
    assert preview.rows[0].originals["full_name"] == "N«ng V¨n Th¾ng" and "full_name" not in preview.rows[3].originals
    assert {c.letter: c.encoding for c in preview.columns if c.field} == {"B": TCVN3, "C": TCVN3, "D": TCVN3, "E": TCVN3}
    assert preview.ignored[0].text == "DANH SÁCH ĐẢNG VIÊN" and preview.ignored[0].kind == "title"
    assert "TCVN3" in " ".join(preview.warnings)


def test_xlsx_typed_in_vni_without_any_font_told_by_its_letters():
    rows = [["Họ và tên", "Ngày sinh", "Dân tộc"]] + [[from_unicode(n, VNI), 1960 + i, from_unicode("Nùng", VNI)] for i, n in enumerate(NAMES)]
    preview = read_roster(_xlsx(rows), "vni.xlsx", today=TODAY)
    assert [r.data.full_name for r in preview.good_rows] == NAMES
    assert preview.good_rows[0].originals["full_name"] == "Noâng Vaên Thaéng"
    assert preview.columns[0].encoding == VNI and preview.columns[1].encoding is None


def test_csv_bytes_of_a_tcvn3_sheet_and_of_a_vni_sheet():
    for encoding in (TCVN3, VNI):
        text = "Họ và tên;Giới tính;Ghi chú\n" + "".join(f"{n};{'Nữ' if 'Thị' in n else 'Nam'};Miễn sinh hoạt\n" for n in NAMES)
        raw = from_unicode(text, encoding).encode("cp1252")
        preview = read_roster(raw, "cu.csv", today=TODAY)
        assert preview.encoding == "cp1252"
        assert [r.data.full_name for r in preview.good_rows] == NAMES, encoding
        assert all(r.data.status == "mien_sinh_hoat" for r in preview.good_rows)
        assert preview.good_rows[1].data.sex == "nu"
        assert preview.good_rows[0].originals["full_name"] == from_unicode("Nông Văn Thắng", encoding)


def test_utf8_csv_holding_tcvn3_text_pasted_from_an_old_sheet():
    text = "Họ và tên,Dân tộc\n" + "".join(f"{from_unicode(n, TCVN3)},Tày\n" for n in NAMES)
    preview = read_roster(text.encode("utf-8-sig"), "dan.csv", today=TODAY)
    assert preview.encoding == "utf-8-sig"
    assert [r.data.full_name for r in preview.good_rows] == NAMES
    assert preview.columns[0].encoding == TCVN3 and preview.columns[1].encoding is None


from hypothesis import given, strategies as st  # noqa: E402

WORDS = " bcdghklmnpqrstvx,.-0123456789"


@given(st.text(alphabet=LOWER + LOWER.upper() + WORDS, max_size=60))
def test_any_vietnamese_text_survives_vni_both_ways(text):
    assert to_unicode(from_unicode(text, VNI), VNI) == unicodedata.normalize("NFC", text)


@given(st.text(alphabet=LOWER + "ĂÂÊÔƠƯĐ" + WORDS.upper() + WORDS, max_size=60))
def test_any_vietnamese_text_survives_tcvn3_both_ways(text):
    assert to_unicode(from_unicode(text, TCVN3), TCVN3) == text
