"""Score scan on the development corpus, in process: the table by kind, and what went wrong.

    python bench/corpus.py                 # the table (tests/corpus/scan)
    python bench/corpus.py --misses        # and every false alarm, missed error, unconfirmed
    python bench/corpus.py DIR             # another corpus of NNN.txt + expected.tsv
    python bench/corpus.py --chance        # how often agreement, or a weak tie, confirms a
                                           # wrong percentage

Below the table it prints the score on each half of the corpus split by outlet, as
score.py splits it (no outlet on both sides): a change that lifts one half and not the
other is fitted to a house style.

It counts as ../shared/corpus/score.py does (that script runs the installed command and is
the reference): expected rows are matched to findings by the number of the percentage, in
order. A false alarm is "inconsistent" where the truth is consistent or uncheckable.
"""

import argparse
import csv
import importlib.util
import os
import re
import sys
from collections import Counter
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))

from khuyencong.text.scan import scan_text  # noqa: E402


def value(text):
    m = re.search(r"\d+(?:[.,]\d+)?", text or "")
    return Decimal(m.group(0).replace(",", ".")) if m else None


def expected_rows(folder):
    with open(os.path.join(folder, "expected.tsv"), encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def score(folder):
    """Return (counts by kind, problems): counts[kind][what] for what in the table."""
    expected = expected_rows(folder)
    counts = {}
    problems = []
    for name in dict.fromkeys(e["file"] for e in expected):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            findings = scan_text(f.read(), name).findings
        used = [False] * len(findings)
        for e in (x for x in expected if x["file"] == name):
            want = value(e["reported"])
            i = next(
                (
                    i
                    for i, f in enumerate(findings)
                    if not used[i] and value(str(abs(f.reported))) == want
                ),
                None,
            )
            got = "not listed"
            if i is not None:
                used[i] = True
                got = findings[i].status
            c = counts.setdefault(e["kind"], Counter())
            truth = e["expected"]
            c[truth] += 1
            said = "consistent" if got.startswith("consistent") else got
            if said == "inconsistent" and truth != "inconsistent":
                c["false alarm"] += 1
                problems.append(("false alarm", name, e, findings[i]))
            elif truth == "inconsistent":
                c["caught" if said == "inconsistent" else "missed"] += 1
                if said != "inconsistent":
                    problems.append(
                        ("missed error", name, e, findings[i] if i is not None else None)
                    )
            elif truth == "uncheckable" and said == "consistent":
                # no error, but a confirmation the hand verdict does not give: worth a look
                c["confirmed unchecked"] += 1
                problems.append(("unfounded", name, e, findings[i]))
            elif truth == "consistent":
                c["confirmed" if said == "consistent" else "unconfirmed"] += 1
                if said != "consistent":
                    problems.append(
                        ("unconfirmed", name, e, findings[i] if i is not None else None)
                    )
    return counts, problems


def by_half(folder, problems):
    """Return {half: (false alarms, caught, errors, confirmed, consistent, passages)}."""
    spec = importlib.util.spec_from_file_location(
        "corpus_score", os.path.join(ROOT, "tests", "corpus", "score.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = expected_rows(folder)
    side = module.halves(expected)
    out = {}
    for h in "AB":
        rows = [e for e in expected if side[e["file"]] == h]
        bad = Counter(what for what, name, _, _ in problems if side[name] == h)
        bad["unconfirmed"] += sum(  # an alarm on a consistent row is no confirmation either
            what == "false alarm" and e["expected"] == "consistent"
            for what, name, e, _ in problems
            if side[name] == h
        )
        errors = sum(e["expected"] == "inconsistent" for e in rows)
        consistent = sum(e["expected"] == "consistent" for e in rows)
        out[h] = (
            bad["false alarm"],
            errors - bad["missed error"],
            errors,
            consistent - bad["unconfirmed"],
            consistent,
            len({e["file"] for e in rows}),
        )
    return out


_PERCENT = re.compile(r"(?<![\d.,])(\d+)(?:([.,])(\d+))?(?=\s*(?:%|per ?cent))")


def chance(folder, seed=2026, rounds=5):
    """Return (agreements, searched, weak confirmations, weak ties, firm confirmations, firm
    ties): percentages shifted by 3–30% either way, so that each is wrong, that agreement
    confirms out of those whose missing operand was searched for, and that a weak or a firm
    tie (a lone candidate found elsewhere) confirms out of those it ties."""
    import random

    rng = random.Random(seed)

    def shift(m):
        whole, sep, frac = m.group(1), m.group(2), m.group(3) or ""
        value = Decimal(f"{whole}.{frac}" if frac else whole)
        factor = Decimal(rng.uniform(1.03, 1.30)) ** rng.choice((1, -1))
        new = (value * factor).quantize(Decimal(1).scaleb(-len(frac)))
        text = f"{new:f}"
        return text.replace(".", sep) if sep else text

    agreed = searched = weak_agreed = weak = firm_agreed = firm = 0
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".txt")):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            text = f.read()
        for _ in range(rounds):
            for finding in scan_text(_PERCENT.sub(shift, text), name).findings:
                strength = getattr(finding.reading, "strength", None)
                by_agreement = strength == "agreement"
                searched += finding.searched or by_agreement
                agreed += by_agreement and finding.status.startswith("consistent")
                weak += strength == "weak"
                weak_agreed += strength == "weak" and finding.status.startswith("consistent")
                firm += strength == "firm"
                firm_agreed += strength == "firm" and finding.status.startswith("consistent")
    return agreed, searched, weak_agreed, weak, firm_agreed, firm


def table(counts):
    rows = [
        "| kind | false alarms | errors caught | consistent confirmed | percentages |",
        "|---|---:|---:|---:|---:|",
    ]
    total = Counter()
    for kind in sorted(
        counts,
        key=lambda k: -sum(counts[k][t] for t in ("consistent", "inconsistent", "uncheckable")),
    ):
        c = counts[kind]
        n = c["consistent"] + c["inconsistent"] + c["uncheckable"]
        total.update(c)
        rows.append(
            f"| {kind} | {c['false alarm']} | {c['caught']}/{c['inconsistent']} | "
            f"{c['confirmed']}/{c['consistent']} | {n} |"
        )
    n = total["consistent"] + total["inconsistent"] + total["uncheckable"]
    rows.append(
        f"| **all** | **{total['false alarm']}** | **{total['caught']}/"
        f"{total['inconsistent']}** | **{total['confirmed']}/{total['consistent']}** | "
        f"**{n}** |"
    )
    return "\n".join(rows), total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=os.path.join(ROOT, "tests", "corpus", "scan"))
    ap.add_argument("--misses", action="store_true", help="list every problem too")
    ap.add_argument("--chance", action="store_true", help="measure chance agreement")
    a = ap.parse_args()
    if a.chance:
        agreed, searched, weak_agreed, weak, firm_agreed, firm = chance(a.corpus)
        print(
            f"agreement confirmed {agreed} of {searched} shifted percentages "
            f"({100 * agreed / max(searched, 1):.1f}%); weak ties confirmed {weak_agreed} of "
            f"{weak} ({100 * weak_agreed / max(weak, 1):.1f}%); firm ties confirmed "
            f"{firm_agreed} of {firm} ({100 * firm_agreed / max(firm, 1):.1f}%)"
        )
        return 0
    counts, problems = score(a.corpus)
    text, total = table(counts)
    print(text)
    for h, (fa, caught, errors, confirmed, consistent, n) in by_half(a.corpus, problems).items():
        print(
            f"half {h}: false alarms {fa}, errors caught {caught}/{errors}, "
            f"consistent confirmed {confirmed}/{consistent} ({n} passages)"
        )
    unfounded = sum(c["confirmed unchecked"] for c in counts.values())
    print(f"confirmed where the hand verdict is uncheckable: {unfounded}")
    if a.misses:
        for what, name, e, f in problems:
            got = f"{f.status}: {f.note}" if f is not None else "not listed"
            print(
                f"{what:13} {name} {e['reported']}: {got[:150]}\n{'':14}truth: "
                f"{e['operands_or_reason'][:150]}"
            )
    return 1 if total["false alarm"] else 0


if __name__ == "__main__":
    sys.exit(main())
