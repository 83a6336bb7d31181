"""Fuzz the loader and everything after it with mutations of the bundled data file.

Every outcome must be a success or the project's own KhuyenCongError; any other exception
is a bug, printed with the mutated file so it can be added to tests/bad_data.

    python bench/fuzz.py --count 100000 --seed 1
"""

import argparse
import os
import random
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED_FILE = os.path.join(ROOT, "data", "budget_2012.yaml")

TOKENS = [
    "-1",
    "0",
    "0.0",
    ".inf",
    ".nan",
    "1e9",
    "0x1F",
    "yes",
    "no",
    "~",
    "null",
    "1:30",
    "''",
    '""',
    "[]",
    "{}",
    "&a",
    "*a",
    "!!str",
    "!!python/object:os.system",
    "<<",
    "2011",
    "2012",
    "1900",
    "3000",
    "total",
    "national",
    "local",
    "85,170",
    "1.234,5",
    "-",
    "? ",
    ": ",
    "\t",
    "%",
    "@",
    "`",
    "|",
    ">",
    "#",
    "\ufeff",
    "đ",
    "\u0000",
    "9" * 40,
    # the shapes of issue 15: exponents, digits of other scripts, control characters,
    # keys that differ by spaces, lookalike signs, non-ASCII keys
    "1e999999999",
    "1e-999999999",
    "1E+5",
    "١٠٨.٩٨٩",
    "৪",
    "８５",
    "\x1b[2J",
    "\u202e",
    "\u200b",
    '" 2011"',
    "' 2012 '",
    "＝1+1",
    "тотал",
    "-0",
]
SPECIAL = ":{}[],&*!|>'\"#-? \n\t0123456789.%@_"


def mutate(text, rng):
    """Return ``text`` with one to four random edits: deletions, insertions, swaps, tokens."""
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(7)
        n = len(text)
        i = rng.randrange(n + 1) if n else 0
        if op == 0 and n:
            text = text[:i] + text[i + rng.randint(1, 20) :]
        elif op == 1:
            text = (
                text[:i] + "".join(rng.choice(SPECIAL) for _ in range(rng.randint(1, 4))) + text[i:]
            )
        elif op == 2:
            text = text[:i] + rng.choice(TOKENS) + text[i:]
        else:
            lines = text.split("\n")
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            if op == 3:
                lines[a], lines[b] = lines[b], lines[a]
            elif op == 4:
                lines.insert(a, lines[b])
            elif op == 5:
                lines[a] = " " * rng.randint(0, 6) + lines[a].lstrip()
            else:
                words = lines[a].split(" ")
                words[rng.randrange(len(words))] = rng.choice(TOKENS)
                lines[a] = " ".join(words)
            text = "\n".join(lines)
    return text


def exercise(path):
    """Load ``path`` and run every command's core and renderers on it; return 'ok' or 'error'."""
    from khuyencong.core.errors import KhuyenCongError
    from khuyencong.datafile.dataset import open_dataset
    from khuyencong.present import render
    from khuyencong.results import rows

    try:
        dataset = open_dataset(path)
        for mode in ("any", "half-up", "truncate"):
            checked = rows.verify_rows(dataset, mode)
        summary = rows.summary_rows(dataset)
        columns = rows.summary_columns(dataset)
        for cols, data in ((columns, summary), (rows.VERIFY_COLUMNS, checked)):
            render.render_data("csv", cols, data, "vi")
            render.render_data("json", cols, data, meta=rows.meta(dataset))
            render.render_data("markdown", cols, data, "en", title=rows.title(dataset))
        render.render_table(columns, summary)
        rows.tally(rows.count_verdicts(checked))
        return "ok"
    except KhuyenCongError as e:
        assert str(e).startswith(path), str(e)
        return "error"


def _json_twin():
    """Return the bundled data file as JSON, the digits as written."""
    from khuyencong.datafile.dataset import open_dataset
    from khuyencong.datafile.dump import document, json_text

    return json_text(document(open_dataset(SEED_FILE)))


def fuzz(count, seed, folder, report_every=0):
    """Run ``count`` mutations; return {'ok': n, 'error': n}. Raises on the first bug."""
    with open(SEED_FILE, encoding="utf-8") as f:
        original = f.read()
    rng = random.Random(seed)
    outcomes = {"ok": 0, "error": 0}
    twin = _json_twin()
    for n in range(count):
        json_turn = n % 2 == 1  # every other mutation is of the JSON twin
        path = os.path.join(folder, "fuzz.json" if json_turn else "fuzz.yaml")
        text = mutate(twin if json_turn else original, rng)
        with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write(text)
        try:
            outcomes[exercise(path)] += 1
        except Exception:
            print(
                f"--- bug on mutation {n} (seed {seed}); the file was:\n{text}\n---",
                file=sys.stderr,
            )
            raise
        if report_every and (n + 1) % report_every == 0:
            print(f"{n + 1} mutations: {outcomes}", file=sys.stderr)
    return outcomes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        outcomes = fuzz(args.count, args.seed, folder, report_every=10000)
    seconds = time.perf_counter() - started
    print(
        f"{args.count} mutations (seed {args.seed}) in {seconds:.1f} s: "
        f"{outcomes['ok']} loaded, {outcomes['error']} refused with a located error, 0 crashes"
    )


if __name__ == "__main__":
    main()
