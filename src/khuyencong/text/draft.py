"""Findings → a draft data file in the schema ``verify`` reads (``scan --emit-yaml``)."""

from ..core.errors import KhuyenCongError


def draft_document(scanner, title=None):
    """Return a draft data file (a document in the data file's schema) for the text."""
    series: dict[str, dict] = {}
    for key, body in scanner._series.items():
        entry = {"label": " ".join(body["label"].split()) or key}
        if body["values"]:
            entry["values"] = dict(sorted(body["values"].items()))
        if body.get("parts"):
            entry["parts"] = list(body["parts"])
        series[key] = entry
    years = {y for body in series.values() for y in body.get("values", {})}
    claims = [
        f.claim
        for f in scanner.findings
        if f.claim is not None
        and _claim_fits(f.claim, series, years)
        and all(series.get(k, {}).get("values", {}).get(y) == v for (k, y), v in f.used.items())
    ]
    used = {k for c in claims for k in (c.get("growth"), c.get("share"), c.get("of"))}
    used.update(p for body in series.values() for p in body.get("parts", ()))
    series = {k: v for k, v in series.items() if "values" in v or "parts" in v or k in used}
    if not series:
        raise KhuyenCongError("no amounts found to draft a data file from", path=scanner.name)
    first_line = next((line.strip() for line in scanner.text.splitlines() if line.strip()), "")
    doc = {
        "source": {"title": title or first_line[:200] or scanner.name, "file": scanner.name},
        "unit": "tỷ đồng",
        "series": series,
    }
    if claims:
        doc["claims"] = claims
    return doc


def _claim_fits(claim, series, years):
    """Return whether a claim can stand in the draft: its series and years are there."""
    kind = "growth" if "growth" in claim else "share"
    values = series.get(claim[kind], {}).get("values", {})
    if kind == "growth":
        return claim["to"] in values and claim["from"] in years and values.get(claim["from"]) != 0
    base = series.get(claim["of"], {}).get("values", {}).get(claim["year"])
    return claim["year"] in values and claim["of"] in series and base != 0
