"""Bytes of text → Unicode: UTF-8 (with or without BOM), UTF-16 with BOM, and the encodings
old Vietnamese government files still carry — Windows-1258, TCVN3 (ABC, the .VnTime fonts)
and VNI — told apart by which of them reads as Vietnamese. Always NFC-normalised.
"""

import re
import unicodedata

from ..core.errors import KhuyenCongError
from ..core.i18n import _

#: TCVN3 (TCVN 5712:1993, "ABC"): one byte a letter; capitals of the .VnTimeH fonts share
#: the lower-case codes, so they come back lower-case
_TCVN3 = dict(
    zip(
        bytes.fromhex(
            "a1a2a3a4a5a6a7a8a9aaabacadae"
            "b5b6b7b8b9bbbcbdbec6c7c8c9cacbcccecfd0d1d2d3d4d5d6d7d8dcddde"
            "dfe1e2e3e4e5e6e7e8e9eaebecedeeeff1f2f3f4f5f6f7f8f9fafbfcfdfe"
        ),
        "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
        strict=True,
    )
)
_TCVN3_TABLE = {b: ord(c) for b, c in _TCVN3.items()}

#: VNI: a base letter and a mark byte after it (read as Windows-1252 characters)
_VNI_TONES = "ùøûõï"  # sắc, huyền, hỏi, ngã, nặng
_VNI_HAT = "âáàåãä"  # circumflex, then with each tone
_VNI_BREVE = "êéèúüë"  # breve, then with each tone
_VNI_BASES = {
    "a": ("áàảãạ", "âấầẩẫậ", "ăắằẳẵặ"),
    "e": ("éèẻẽẹ", "êếềểễệ", ""),
    "o": ("óòỏõọ", "ôốồổỗộ", ""),
    "ô": ("ớờởỡợ", "", ""),  # VNI "ô" is ơ
    "u": ("úùủũụ", "", ""),
    "ö": ("ứừửữự", "", ""),  # VNI "ö" is ư
    "y": ("ýỳỷỹỵ", "", ""),
}
_VNI_PAIRS = {}
for _base, (_tones, _hats, _breves) in _VNI_BASES.items():
    for _marks, _letters in ((_VNI_TONES, _tones), (_VNI_HAT, _hats), (_VNI_BREVE, _breves)):
        for _mark, _letter in zip(_marks, _letters, strict=False):
            _VNI_PAIRS[_base + _mark] = _letter
            _VNI_PAIRS[_base.upper() + _mark.upper()] = _letter.upper()
_VNI_SINGLE = {
    "ô": "ơ",
    "Ô": "Ơ",
    "ö": "ư",
    "Ö": "Ư",
    "ñ": "đ",
    "Ñ": "Đ",
    "æ": "ỉ",
    "Æ": "Ỉ",
    "ó": "ĩ",
    "Ó": "Ĩ",
    "ò": "ị",
    "Ò": "Ị",
}
# one pass, pairs first: a composed "ó" must not be read again as VNI's "ó" (ĩ)
_VNI_ALL = {**_VNI_SINGLE, **_VNI_PAIRS}
_VNI = re.compile("|".join(re.escape(k) for k in sorted(_VNI_ALL, key=len, reverse=True)))

#: words so common in Vietnamese reports that a right reading is full of them
_COMMON = re.compile(
    r"\b(?:của|và|các|được|năm|đồng|tỷ|trong|với|là|có|không|đã|này|cho|những|tăng|giảm|"
    r"thu|chi|ngân sách|theo|so với|đạt|tỉnh|kế hoạch|người|một)\b"
)

NAMES = {"cp1258": "Windows-1258", "tcvn3": "TCVN3 (ABC)", "vni": "VNI"}


def from_tcvn3(data):
    """Return TCVN3 bytes as Unicode."""
    return data.decode("latin-1").translate(_TCVN3_TABLE)


def from_vni(data):
    """Return VNI bytes as Unicode."""
    text = data.decode("cp1252", errors="replace")
    return _VNI.sub(lambda m: _VNI_ALL[m.group(0)], text)


def tcvn3_texts(texts):
    """Return ``texts`` (strings a reader library took for Latin-1: a spreadsheet's or Word
    table's cells typed in a .VnTime font) read as TCVN3, when that reading is the more
    Vietnamese; else None. A text with a letter past Latin-1 is kept as it is."""
    sample = " ".join(t for t in texts if t and max(t) <= "\xff").lower()
    if not sample:
        return None
    as_is = len(_COMMON.findall(sample))
    read = len(_COMMON.findall(from_tcvn3(sample.encode("latin-1")).lower()))
    if read < 2 or read <= as_is:
        return None
    return [from_tcvn3(t.encode("latin-1")) if t and max(t) <= "\xff" else t for t in texts]


def to_tcvn3(text):
    """Return Unicode text as TCVN3 bytes (for tests: files as old offices wrote them)."""
    back = {c: b for b, c in _TCVN3.items()}
    return bytes(back[c] if c in back else ord(c) for c in unicodedata.normalize("NFC", text))


def to_vni(text):
    """Return Unicode text as VNI bytes (for tests)."""
    back = {v: k for k, v in _VNI_PAIRS.items()}
    back.update({v: k for k, v in _VNI_SINGLE.items()})
    text = "".join(back.get(c, c) for c in unicodedata.normalize("NFC", text))
    return text.encode("cp1252")


def decode_text(data, name):
    """Return (the text of ``data``, NFC-normalised, and notes on how it was decoded).

    Refuses binary data, emptiness and bytes no known encoding reads as text.
    """
    notes = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise KhuyenCongError(_("is broken UTF-16 text"), path=name) from None
        notes.append(_("read as UTF-16"))
    elif b"\0" in data:
        raise KhuyenCongError(_("is a binary file, not text"), path=name)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            text, legacy = _legacy(data)
            if text is None:
                line = data[: e.start].count(b"\n") + 1
                raise KhuyenCongError(
                    _(
                        "is not UTF-8 text (byte 0x{byte:02x}, line {line}) nor Windows-1258, "
                        "TCVN3 or VNI; save it as UTF-8"
                    ).format(byte=data[e.start], line=line),
                    path=name,
                ) from None
            notes.append(
                _("converted from {encoding}: check its letters").format(encoding=NAMES[legacy])
            )
    if not text or text.isspace():
        raise KhuyenCongError(_("is empty"), path=name)
    normal = unicodedata.normalize("NFC", text)
    if normal != text and not notes:
        notes.append(_("NFC-normalised (its letters were decomposed)"))
    return normal.replace("\r\n", "\n").replace("\r", "\n"), notes


def _legacy(data):
    """Return (text, encoding) for the legacy encoding that reads most like Vietnamese."""
    readings = {
        "cp1258": unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")),
        "tcvn3": from_tcvn3(data),
        "vni": unicodedata.normalize("NFC", from_vni(data)),
    }
    scores = {k: len(_COMMON.findall(v.lower())) for k, v in readings.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 2:
        return None, None
    return readings[best], best
