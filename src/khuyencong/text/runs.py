"""A run of bases in one pair of parentheses after growths ("… tăng 12% và nhập khẩu …,
tăng 8,3% so với năm trước (4,64 tỷ USD và 4,43 tỷ USD)"): each growth's base is the one in
its place among the percentages its sentence says before the run, when there are as many.
Each is read by bisection within a few tokens, so a sentence of thousands of growths costs
no more for each.
"""

import itertools
import re

from .tokens import Amount, Percent
from .units import RUN_JOIN

#: the longest run of bases read in one pair of parentheses
_RUN_MAX = 12
#: between two amounts of one run in parentheses: "(4,64 tỷ USD và 4,43 tỷ USD)"
_RUN_JOIN = re.compile(RUN_JOIN, re.IGNORECASE)  # as tokens.py joins a run


def run_of(base, r, text):
    """Return the run of bases in one pair of parentheses that a base found after a growth
    begins ("tăng 12% và nhập khẩu …, tăng 8,3% so với năm trước (4,64 tỷ USD và 4,43 tỷ
    USD)"), two or more amounts of its unit; else an empty list."""
    if base is None or not base.in_parens:
        return []
    run = [base]  # the few tokens after it, found by bisection
    for t in itertools.islice(r.sentence.ahead(base.end), _RUN_MAX):
        if not (isinstance(t, Amount) and t.in_parens and t.unit == base.unit):
            break
        if not _RUN_JOIN.fullmatch(text, run[-1].end, t.start):
            break
        run.append(t)
    return run if len(run) > 1 else []


def run_after(r):
    """Return the first amount in parentheses a few tokens after a growth that is followed
    by other growths before it ("tăng 28,6% …, trong khi …, tăng 8,2% (năm trước: A và
    B)"), or None."""
    for t in itertools.islice(r.sentence.ahead(r.percent.end), 4 * _RUN_MAX):
        if isinstance(t, Amount) and t.in_parens:
            return t
    return None


def in_place(run, r):
    """Return the base of a run in a growth's place among the percentages its sentence says
    before the run, when there are as many; else None."""
    said = [
        t
        for t in itertools.islice(r.sentence.back(run[0].start), 4 * _RUN_MAX)
        if isinstance(t, Percent) and not t.in_parens
    ][::-1]
    if len(said) != len(run) or r.percent not in said:
        return None
    return run[said.index(r.percent)]
