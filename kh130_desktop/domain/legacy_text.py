"""Vietnamese typed before Unicode: TCVN3 (ABC, the `.Vn*` fonts) and VNI-Windows (`VNI-*`).

Text typed in those fonts reaches us as the Latin-1 letters the font draws as Vietnamese:
"N«ng V¨n Dòng" (TCVN3) and "Noâng Vaên Duõng" (VNI) are both Nông Văn Dũng. `detect` tells,
for the texts of one column, which of the two (or neither) they are in, and `to_unicode`
converts them; the result is NFC.

The tables are built here rather than taken from the `viparse` package, which was evaluated:
its VNI table has no ẳ (VNI "aú") and reads ỵ from "yï" where VNI writes "î", and importing it
loads its whole document pipeline. TCVN3 is one character per letter, listed below from the
standard's layout; VNI writes a letter as its base letter and one mark character, so its table
is generated from each letter's Unicode decomposition by the layout's rules. Both are checked
in tests/domain/test_legacy_text.py on fixed phrases and by converting every letter both ways.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TCVN3, VNI = "tcvn3", "vni"
ENCODING_LABELS = {TCVN3: "TCVN3 (ABC)", VNI: "VNI-Windows"}

# TCVN3 -> Unicode. The capitals with a tone mark do not exist in TCVN3: a heading in capitals
# is typed with these lowercase codes and drawn by a ".Vn…H" font (see `font_encoding`).
_TCVN3 = dict(zip(
    "¡¢£¤¥¦§¨©ª«¬\xad®"
    "µ¸¶·¹»¾¼½ÆÇÊÈÉËÌÐÎÏÑÒÕÓÔÖ×ÝØÜÞßãáâäåèæçéêíëìîïóñòôõøö÷ùúýûüþ",
    "ĂÂÊÔƠƯĐăâêôơưđ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
))

# VNI-Windows marks, lower case (the capitals are the same letters upper-cased).
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_TONES = (_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT)
_VNI_TONE = dict(zip(_TONES, "ùøûõï"))
_VNI_CIRCUMFLEX = {None: "â", **dict(zip(_TONES, "áàåãä"))}  # â ê ô and their tones
_VNI_BREVE = {None: "ê", **dict(zip(_TONES, "éèúüë"))}  # ă and its tones
_VNI_I = dict(zip(_TONES, "íìæóò"))  # i with a tone is one character
_VNI_HORN = {"o": "ô", "u": "ö"}  # ơ ư are one character, the tone follows


def _vietnamese_letters() -> list[str]:
    letters = ["đ"]
    for base in "aăâeêioôơuưy":
        decomposed = unicodedata.normalize("NFD", base)
        for tone in ("", *_TONES):
            letter = unicodedata.normalize("NFC", decomposed + tone)
            if letter != base or len(decomposed) > 1:
                letters.append(letter)
    return letters + [letter.upper() for letter in letters]


def _vni_of(letter: str) -> str:
    if letter in "đĐ":
        return "ñ" if letter == "đ" else "Ñ"
    base, *marks = unicodedata.normalize("NFD", letter)
    upper, base = base.isupper(), base.lower()
    tone = next((m for m in marks if m in _TONES), None)
    if "\u0302" in marks:
        code = base + _VNI_CIRCUMFLEX[tone]
    elif "\u0306" in marks:
        code = base + _VNI_BREVE[tone]
    elif "\u031b" in marks:
        code = _VNI_HORN[base] + (_VNI_TONE[tone] if tone else "")
    elif base == "i":
        code = _VNI_I[tone]
    elif base == "y" and tone == _DOT:
        code = "î"
    else:
        code = base + _VNI_TONE[tone]
    return code.upper() if upper else code


@lru_cache(maxsize=None)
def _tables() -> dict[str, dict[str, str]]:
    vni = {_vni_of(letter): letter for letter in _vietnamese_letters()}
    # A capital base letter with a lower-case mark ("Aù") is what a VNI capital looks like when
    # the shift key was let go early; it is still the capital letter.
    for code, letter in list(vni.items()):
        if len(code) > 1 and letter.isupper():
            vni.setdefault(code[0] + code[1:].lower(), letter)
    # Read, never written: an i or a y followed by the ordinary tone marks, as some VNI
    # typists' keyboards wrote them (the layout's own forms are the single characters).
    for base in "iIyY":
        for tone, mark in _VNI_TONE.items():
            letter = unicodedata.normalize("NFC", base + tone)
            vni.setdefault(base + mark, letter)
            vni.setdefault(base + mark.upper(), letter)
    return {TCVN3: dict(_TCVN3), VNI: vni}


def to_unicode(text: str, encoding: str) -> str:
    """Text typed in a legacy font, as Unicode NFC; characters outside the table pass through."""
    table = _tables()[encoding]
    longest = max(map(len, table))
    out: list[str] = []
    i = 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            letter = table.get(text[i:i + size])
            if letter is not None:
                out.append(letter)
                i += size
                break
        else:
            out.append(text[i])
            i += 1
    return unicodedata.normalize("NFC", "".join(out))


def from_unicode(text: str, encoding: str) -> str:
    """Unicode text as the legacy font would hold it (tests, and to show a user what a file had)."""
    reverse: dict[str, str] = {}
    for code, letter in _tables()[encoding].items():
        reverse.setdefault(letter, code)
    if encoding == TCVN3:  # capitals with a tone mark are written with the lower-case codes
        for code, letter in _TCVN3.items():
            reverse.setdefault(letter.upper(), code)
    return "".join(reverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def font_encoding(font_name: str | None) -> str | None:
    """The legacy encoding a font implies: ".VnTime" is TCVN3, "VNI-Times" is VNI."""
    name = (font_name or "").strip().upper()
    if name.startswith(".VN"):
        return TCVN3
    if name.startswith("VNI"):
        return VNI
    return None


def capitals_font(font_name: str | None) -> bool:
    """A TCVN3 capitals font (".VnTimeH", ".VnArialH"): it draws lower-case codes as capitals."""
    name = (font_name or "").strip()
    return font_encoding(name) == TCVN3 and name.upper().endswith("H")


# --- detection ---------------------------------------------------------------------------
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx]"
_NUCLEI = ("uyê uya uyu ươi ươu uôi uây oai oay oeo iêu yêu "
           "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê "
           "a ă â e ê i o ô ơ u ư y").split()
_FINAL = "ch|ng|nh|[cmnpt]"
_SYLLABLE = re.compile(rf"^(?:{_ONSET})?(?:{'|'.join(_NUCLEI)})(?:{_FINAL})?$")
_EDGE_PUNCTUATION = "\"'()[],.;:!?-/*“”‘’"


def _syllable(word: str) -> bool:
    """Whether `word` (lower case) is a Vietnamese syllable: onset, vowels, final, one tone."""
    decomposed = unicodedata.normalize("NFD", word)
    if sum(ch in _TONES for ch in decomposed) > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return bool(_SYLLABLE.match(toneless))


def vietnamese_score(texts: list[str]) -> int:
    """How much the texts read as Vietnamese: +1 for each word with a non-ASCII letter that is a
    Vietnamese syllable, -2 for each that is not (ASCII words tell nothing either way)."""
    score = 0
    for text in texts:
        for word in text.split():
            word = word.strip(_EDGE_PUNCTUATION)
            if not word or word.isascii():
                continue
            score += 1 if _syllable(word.lower()) else -2
    return score


def detect(texts: list[str], font_hint: str | None = None) -> str | None:
    """TCVN3, VNI, or None (Unicode, or nothing to tell) for the texts of one column.

    A legacy reading wins only when it reads better than the text as it is; a legacy font on
    the cells (`font_hint`) is enough when that reading is no worse.
    """
    texts = [text for text in texts if text and not text.isascii()]
    if not texts:
        return None
    as_is = vietnamese_score(texts)
    scores = {encoding: vietnamese_score([to_unicode(text, encoding) for text in texts]) for encoding in (TCVN3, VNI)}
    if font_hint in scores and scores[font_hint] >= as_is:
        return font_hint
    best = max(scores, key=scores.get)
    return best if scores[best] > as_is else None
