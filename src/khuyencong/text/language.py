"""Which notation a text is written in, and the subject an amount is said of."""

import re
import unicodedata

_LETTER = re.compile(r"[^\W\d_]")
#: letters with a Vietnamese diacritic: đ, and the precomposed vowels of Latin-1, Latin
#: Extended-A/B and Latin Extended Additional (ạ, ằ, ế, ộ, ư…)
_VIETNAMESE = re.compile(r"[đĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĨĩŨũƠơƯưẠ-ỹ]")


def detect_locale(text):
    """Return ``vi`` when the text reads as Vietnamese (its diacritics), else ``en``."""
    sample = unicodedata.normalize("NFC", text[:20000])
    letters = len(_LETTER.findall(sample))
    marked = len(_VIETNAMESE.findall(sample))
    return "vi" if letters and marked / letters > 0.02 else "en"


def notation_clash(text, locale):
    """Whether the text's numbers cannot be read in ``locale``: a decimal comma before a %
    ("27,97%") read as English, or a decimal point ("27.97%") read as Vietnamese."""
    if locale == "en":
        return bool(re.search(r"\d,\d{1,2}\s*%|\d,\d{1,2}\s*(?:tỷ|triệu|nghìn)", text))
    return bool(re.search(r"\d\.\d{1,2}\s*(?:%|percent|billion|million|trillion)", text))


def line_locale(line, locale):
    """Return the notation of one line of a text in ``locale``: its own when it is written
    in the other language and its numbers clash with the text's (an English sentence
    quoted in a Vietnamese report, "rose 10.5% to 11.05 billion"), else the text's."""
    other = "en" if locale == "vi" else "vi"
    if notation_clash(line, locale) and detect_locale(line) == other:
        return other
    return locale


_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:theo [^,]*,|trong đó\s*[:,]?|ngoài ra,|bên cạnh đó,|and|while|whereas|còn)\s*",
    re.IGNORECASE,
)
#: where a subject ends: at its verb ("đạt", "was", "rose", "tăng") or its year
_SUBJECT_CUT = re.compile(
    r"\s(?:năm\s+\d{4}|được|của|là|đạt|ước|với|in\s+\d{4}|was|were|is|"
    r"reached|totalled|totaled|stood|tăng|giảm|rose|fell|grew|edged|climbed|jumped|"
    r"dropped|declined|increased|decreased|surged|soared|slipped|went|risen|fallen|grown|"
    r"expanded|gained|have|has|had)\b|:",
    re.IGNORECASE,
)


def subject(clause_text):
    """Return the subject of a clause: its words before its amount, trimmed."""
    said = _SUBJECT_PREFIX.sub("", clause_text)
    cut = _SUBJECT_CUT.search(said)
    if cut:
        said = said[: cut.start()]
    said = said.strip(" ,:;-–(").strip()
    return said[:1].upper() + said[1:] if said else ""
