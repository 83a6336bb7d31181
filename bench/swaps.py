"""How often a weak tie to a wrong candidate would call an error by a swap of two digits.

    python bench/swaps.py [folder …]    # default: the corpus and the probe passages

A weak tie (a whole or plan found elsewhere in the passage) may only confirm, unless the
amounts give the reported percentage with two adjacent digits swapped (evidence.transposed).
For every weak tie the scan makes, this draws reported figures at random within a factor of
two of what its amounts give (a wrong candidate's ratio lands anywhere near), of the same
number of decimals, keeps those the amounts do not confirm, and counts how many a swap of
two digits would call an error: the chance of a false alarm from that rule, for each weak
tie whose candidate is wrong. Seeded, so that the figures repeat.
"""

import random
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from khuyencong.core.relations import form_interval, hedged_verdict  # noqa: E402
from khuyencong.core.verdict import INCONSISTENT  # noqa: E402
from khuyencong.text import evidence, figures  # noqa: E402
from khuyencong.text.scan import scan_text  # noqa: E402


def weak_intervals(folders):
    """Yield (implied interval, reported percentage) of every weak tie in the folders."""
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            for r in scan_text(path.read_text(encoding="utf-8"), path.name).readings:
                if r.strength != evidence.WEAK or r.a is None or r.b is None or not r.form:
                    continue
                interval = form_interval(
                    r.form, figures.literal(r.a), figures.literal(r.b), r.years
                )
                if interval is not None and interval.low > 0:
                    yield interval, r.percent.value


def main(argv):
    folders = argv or [
        ROOT.parent / "shared" / "corpus" / "scan",
        ROOT / "tests" / "corpus" / "probes",
    ]
    rng = random.Random(2026)
    ties = called = tried = 0
    for interval, reported in weak_intervals(folders):
        ties += 1
        places = reported.as_tuple().exponent
        middle = float((interval.low + interval.high) / 2)

        def fits(value, interval=interval):
            return hedged_verdict(interval, value, None, "any") != INCONSISTENT

        for _ in range(200):
            drawn = Decimal(middle * rng.uniform(0.5, 2.0)).quantize(Decimal(1).scaleb(places))
            if len(drawn.as_tuple().digits) < 3 or fits(drawn):
                continue
            tried += 1
            called += evidence.transposed(drawn, interval, fits) is not None
    share = Fraction(called, tried or 1)
    print(
        f"{ties} weak ties: a swap of two digits called {called} of {tried} drawn figures "
        f"their amounts do not confirm ({float(share) * 100:.2f}%)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
