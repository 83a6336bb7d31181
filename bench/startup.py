"""Start-up cost: whole-process medians of alternating runs, as ratios to a bare import.

    python bench/startup.py --runs 40

The machine is noisy, so each command runs interleaved with its baseline and the ratio of
medians is what counts. Goals: --help and check with numbers within 1.25x of
`python -c "import click"`; summary within 1.2x of `python -c "import click, yaml,
rich.console, rich.table"`.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

BIN = os.path.join(os.path.dirname(sys.executable), "khuyencong")

CASES = [
    ("khuyencong --help", [BIN, "--help"], "import click", 1.25),
    (
        "khuyencong check growth 108.989 85.170 27.97",
        [BIN, "check", "growth", "108.989", "85.170", "27.97"],
        "import click",
        1.25,
    ),
    ("khuyencong summary", [BIN, "summary"], "import click, yaml, rich.console, rich.table", 1.2),
]


def _time(cmd, env):
    started = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - started


def measure(runs):
    """Return [(name, median s, baseline median s, ratio, goal)] for every case."""
    env = dict(os.environ, NO_COLOR="1", COLUMNS="100")
    out = []
    for name, cmd, baseline, goal in CASES:
        base_cmd = [sys.executable, "-c", baseline]
        for _ in range(3):  # warm the caches of both
            _time(cmd, env), _time(base_cmd, env)
        ours, base = [], []
        for _ in range(runs):
            ours.append(_time(cmd, env))
            base.append(_time(base_cmd, env))
        m, b = statistics.median(ours), statistics.median(base)
        out.append((name, m, b, m / b, goal))
    return out


def compile_package():
    """Write the package's bytecode, as `pip install` does for the dependencies measured
    against (an editable checkout under PYTHONDONTWRITEBYTECODE=1 would recompile every run)."""
    import compileall

    import khuyencong

    compileall.compile_dir(os.path.dirname(khuyencong.__file__), quiet=1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    compile_package()
    print("| command | median | baseline median | ratio | goal |")
    print("|---|---:|---:|---:|---:|")
    for name, m, b, ratio, goal in measure(args.runs):
        mark = "met" if ratio <= goal else "MISSED"
        print(
            f"| `{name}` | {m * 1000:.1f} ms | {b * 1000:.1f} ms | {ratio:.2f}x | "
            f"≤ {goal}x {mark} |"
        )


if __name__ == "__main__":
    main()
