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


_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:theo [^,]*,|trong đó\s*[:,]?|ngoài ra,|bên cạnh đó,)\s*", re.IGNORECASE
)
_SUBJECT_CUT = re.compile(
    r"\s(?:năm\s+\d{4}|được|của|là|đạt|ước|với|in\s+\d{4}|was|were|is|"
    r"reached|totalled|totaled|stood)\b|:",
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
