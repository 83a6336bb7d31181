"""Synthetic datasets in the real schema: N series over Y years, claims of every kind.

    python bench/generate.py --figures 100000 --seed 1 --out bench/out

Writes figures-N.yaml and figures-N.json (the same document). Deterministic from the seed.
Groups of three series (total = national + local) over Y years; local lacks its first year
(derived); claims per group: the growth of total and of national (consistent, truncated or
off by a few units), national's share of total, and every tenth group a share of a
nationwide series with no values (implied).
"""

import argparse
import os
import random
import sys
from decimal import Decimal

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src"))

from khuyencong.core.numbers import fraction_to_decimal
from khuyencong.datafile.dump import json_text, yaml_text

YEARS = 5
FIRST_YEAR = 2011


def _amount(rng):
    return Decimal(rng.randint(1_000, 999_999)).scaleb(-3)


def _reported(rng, exact):
    style = rng.random()
    if style < 0.80:
        return fraction_to_decimal(exact, 2)
    if style < 0.95:
        return fraction_to_decimal(exact, 2, "truncate")
    return fraction_to_decimal(exact, 2) + Decimal(rng.choice([-3, -2, 2, 3])).scaleb(-2)


def build(figures, seed):
    """Return a document with about ``figures`` written figures."""
    from fractions import Fraction

    rng = random.Random(seed)
    years = list(range(FIRST_YEAR, FIRST_YEAR + YEARS))
    groups = max(1, figures // (3 * YEARS - 1))
    series, claims = {}, []
    for g in range(groups):
        t, n, lk, w = f"total_{g}", f"national_{g}", f"local_{g}", f"nationwide_{g}"
        nat = {y: _amount(rng) for y in years}
        loc = {y: _amount(rng) for y in years}
        tot = {y: nat[y] + loc[y] for y in years}
        series[t] = {
            "label": f"Tổng kinh phí khuyến công, nhóm {g}",
            "values": tot,
            "parts": [n, lk],
        }
        series[n] = {"label": f"Kinh phí khuyến công quốc gia, nhóm {g}", "values": nat}
        series[lk] = {
            "label": f"Kinh phí khuyến công địa phương, nhóm {g}",
            "values": {y: v for y, v in loc.items() if y != FIRST_YEAR},
        }
        last, prev = years[-1], years[-2]
        for key, values in ((t, tot), (n, nat)):
            exact = Fraction(values[last]) / Fraction(values[prev]) * 100 - 100
            claims.append(
                {
                    "growth": key,
                    "from": prev,
                    "to": last,
                    "reported": _reported(rng, exact),
                    "quote": f"tăng … so với {prev}",
                }
            )
        exact = Fraction(nat[last]) / Fraction(tot[last]) * 100
        claims.append(
            {
                "share": n,
                "of": t,
                "year": last,
                "reported": _reported(rng, exact),
                "quote": "chiếm … kinh phí toàn vùng",
            }
        )
        if g % 10 == 0:
            series[w] = {"label": f"Kinh phí khuyến công quốc gia toàn quốc, nhóm {g}"}
            claims.append(
                {
                    "share": n,
                    "of": w,
                    "year": last,
                    "reported": Decimal(rng.randint(100, 9000)).scaleb(-2),
                    "quote": "chiếm … toàn quốc",
                }
            )
    return {
        "source": {"title": f"Synthetic dataset, {figures} figures, seed {seed}"},
        "unit": "tỷ đồng",
        "series": series,
        "claims": claims,
    }


def count_figures(doc):
    return sum(len(s.get("values", {})) for s in doc["series"].values())


def write(figures, seed, out):
    """Write the YAML and JSON twins; return their paths."""
    os.makedirs(out, exist_ok=True)
    doc = build(figures, seed)
    paths = []
    for ext, text in (("yaml", yaml_text(doc)), ("json", json_text(doc) + "\n")):
        path = os.path.join(out, f"figures-{figures}.{ext}")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        paths.append(path)
    return paths, count_figures(doc), len(doc["claims"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "out"))
    args = parser.parse_args()
    for n in args.figures:
        paths, figures, claims = write(n, args.seed, args.out)
        sizes = ", ".join(f"{os.path.basename(p)} {os.path.getsize(p) / 1e6:.1f} MB" for p in paths)
        print(f"{figures} figures, {claims} claims: {sizes}")


if __name__ == "__main__":
    main()
