"""Series named for a reader: by their labels in Vietnamese, by their keys in English."""

import re


def in_words(text, dataset):
    """Return text that names series by their keys ("local@2011 = total − national") with
    their labels instead when the language in use is Vietnamese ("Kinh phí khuyến công địa
    phương năm 2011 = …"): a Vietnamese reader expects the series' name, not its key."""
    from ..core import i18n

    if i18n.language() != "vi" or not text:
        return text
    labels = {k: s.label for k, s in dataset.series.items() if s.label}

    def named(m):
        label = labels.get(m.group(1))
        if label is None:
            return m.group(0)
        return f"{label} năm {m.group(2)}" if m.group(2) else label

    return _KEY.sub(named, text)


#: a series key as text names it, with its year: "local@2011", "national"
_KEY = re.compile(r"(?<![\w@])([a-z][a-z0-9_]*)(?:@(\d{4}))?(?![\w@])")
