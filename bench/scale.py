"""Scaling: `verify --format json` and `export` on 1 000 to 100 000 figures, YAML and JSON.

    python bench/scale.py                 # generates bench/out/ first if needed
    python bench/scale.py --sizes 1000 10000 --repeat 3

For each file: the median whole-process time, the peak memory (max RSS), and the ratio to
the bare parse of the same file in its own process (PyYAML's C loader; json.loads). Goals
at 100 000 figures: YAML ≤ 1.2x its bare parse, JSON ≤ 10x.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import generate  # noqa: E402

BIN = os.path.join(os.path.dirname(sys.executable), "khuyencong")
BARE = {
    "yaml": "import sys, yaml; yaml.load(open(sys.argv[1], encoding='utf-8').read(), "
    "Loader=yaml.CSafeLoader)",
    "json": "import sys, json; json.loads(open(sys.argv[1], encoding='utf-8').read())",
}
GOALS = {"yaml": 1.2, "json": 10.0}


def run(cmd):
    """Return (seconds, peak RSS in MB) of one process."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {code}")
    return seconds, usage.ru_maxrss / 1024


def median_run(cmd, repeat):
    runs = [run(cmd) for _ in range(repeat)]
    return statistics.median(t for t, _ in runs), max(m for _, m in runs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default=os.path.join(HERE, "out"))
    args = parser.parse_args()
    print("| figures | format | command | time | peak memory | bare parse | ratio | goal |")
    print("|---:|---|---|---:|---:|---:|---:|---|")
    for n in args.sizes:
        paths = [os.path.join(args.out, f"figures-{n}.{e}") for e in ("yaml", "json")]
        if not all(os.path.exists(p) for p in paths):
            generate.write(n, 1, args.out)
        for path, fmt in zip(paths, ("yaml", "json"), strict=False):
            bare, _ = median_run([sys.executable, "-c", BARE[fmt], path], args.repeat)
            for name, cmd in (
                ("verify --format json", [BIN, "verify", "--format", "json", "--data", path]),
                (
                    "export --format csv",
                    [BIN, "export", "--format", "csv", "-o", "-", "--data", path],
                ),
            ):
                t, mem = median_run(cmd, args.repeat)
                ratio = t / bare
                goal = (
                    f"≤ {GOALS[fmt]}x {'met' if ratio <= GOALS[fmt] else 'missed'}"
                    if n == max(args.sizes)
                    else ""
                )
                print(
                    f"| {n} | {fmt} | `{name}` | {t:.2f} s | {mem:.0f} MB | {bare:.2f} s | "
                    f"{ratio:.2f}x | {goal} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
