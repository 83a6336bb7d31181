"""``khuyencong check``: one reported percentage, or one sum, against its figures."""

import sys

import click

from ..core.errors import KhuyenCongError
from ..core.i18n import N_, _
from .options import (
    CONTEXT,
    TEXT_FORMATS,
    Group,
    UsageError,
    data_option,
    format_option,
    locale_option,
    rounding_option,
)


@click.group(cls=Group, context_settings=CONTEXT)
def check():
    """Check one reported percentage (or sum) against its figures.

    Operands are numbers as printed, or series of the data file: total, local,
    national@2011. A negative operand (a decline) can follow `--`, or be given as is.

    \b
    Examples:
      khuyencong check growth 108.989 85.170 27.97
      khuyencong check share national total 40.08
      khuyencong check growth --locale vi "108,989" "85,170" "27,97%"
      khuyencong check sum 108.989 44.485 64.504
    """


def _resolver(data, locale):
    from .operands import Resolver

    def load():
        from ..datafile.dataset import open_dataset

        return open_dataset(data)

    resolver = Resolver(load, locale)
    if data is not None:  # a data file that was named is always read, and refused if bad
        resolver.dataset  # noqa: B018
    return resolver


def _candidates(resolver, data):
    """Return every figure of the data, to name one that would make a report true."""
    from ..core.compute import all_figures

    try:
        return all_figures(resolver.dataset)
    except KhuyenCongError:
        if data is not None or resolver.loaded:
            raise
        return []  # numbers only, and the bundled file is unreadable: still answer


def _report(kind, a, b, reported, rounding, fmt, locale, resolver, data):
    from ..core.verdict import check as judge

    verdict = judge(kind, a, b, reported, rounding)
    if not verdict.consistent:
        verdict.candidates = _candidates(resolver, data)
    named = a.name or b.name  # typed numbers carry no unit; the data's names do
    unit = resolver.dataset.unit if named and resolver.loaded else ""
    if fmt == "json":
        from ..datafile.dump import json_text
        from ..results.rows import verdict_record

        click.echo(json_text(verdict_record(verdict, locale, unit)))
    else:
        from ..core.explain import describe

        click.echo(describe(verdict, locale, unit))
    sys.exit(0 if verdict.consistent else 1)


CHECK_SETTINGS = {"ignore_unknown_options": True}


@check.command("growth", context_settings=CHECK_SETTINGS)
@click.argument("operands", nargs=-1, required=True, metavar="NEW OLD REPORTED | SERIES REPORTED")
@click.option("--from", "start", type=int, metavar="YEAR", help="Old year for a series operand.")
@click.option("--to", "end", type=int, metavar="YEAR", help="New year for a series operand.")
@data_option
@locale_option
@rounding_option
@format_option(TEXT_FORMATS)
def growth(operands, start, end, data, locale, rounding, fmt):
    """Is REPORTED% the growth from OLD to NEW?

    \b
    Examples:
      khuyencong check growth 108.989 85.170 27.97
      khuyencong check growth local 23.51
      khuyencong check growth total@2012 total@2011 27.97
      khuyencong check growth -- 95 100 -5
    """
    from .operands import growth_figures

    resolver = _resolver(data, locale)
    new, old, reported = growth_figures(resolver, operands, start, end)
    _report("growth", new, old, reported, rounding, fmt, locale, resolver, data)


@check.command("share", context_settings=CHECK_SETTINGS)
@click.argument("part", metavar="PART")
@click.argument("whole", metavar="WHOLE")
@click.argument("reported", metavar="REPORTED")
@click.option(
    "--year", type=int, metavar="YEAR", help="Year for series operands (default: latest)."
)
@data_option
@locale_option
@rounding_option
@format_option(TEXT_FORMATS)
def share(part, whole, reported, year, data, locale, rounding, fmt):
    """Is REPORTED% the share of PART in WHOLE?

    \b
    Examples:
      khuyencong check share 44.485 108.989 40.08
      khuyencong check share national total 40.08
    """
    from .operands import year_of

    resolver = _resolver(data, locale)
    a = resolver.figure(part, year, what=N_("part"))
    year = year or year_of(a)
    b = resolver.figure(whole, year, what=N_("whole"))
    _report(
        "share",
        a,
        b,
        resolver.number(reported, N_("reported percentage")),
        rounding,
        fmt,
        locale,
        resolver,
        data,
    )


@check.command("sum", context_settings=CHECK_SETTINGS)
@click.argument("total", metavar="TOTAL")
@click.argument("parts", nargs=-1, required=True, metavar="PART PART…")
@click.option(
    "--year", type=int, metavar="YEAR", help="Year for series operands (default: latest)."
)
@data_option
@locale_option
@format_option(TEXT_FORMATS)
def sum_(total, parts, year, data, locale, fmt):
    """Do the PARTs add up to TOTAL, within the rounding of each figure?

    \b
    Examples:
      khuyencong check sum 108.989 44.485 64.504
      khuyencong check sum total national local --year 2012
    """
    from ..core.verdict import check_sum
    from .operands import year_of

    if len(parts) < 2:
        raise UsageError(_("a sum needs two parts or more: TOTAL PART PART…"))
    resolver = _resolver(data, locale)
    t = resolver.figure(total, year, what=N_("total"))
    year = year or year_of(t)
    result = check_sum(t, [resolver.figure(p, year, what=N_("part")) for p in parts])
    if fmt == "json":
        from ..datafile.dump import json_text
        from ..results.rows import sum_record

        click.echo(json_text(sum_record(result)))
    else:
        from ..core.explain import describe_sum

        click.echo(describe_sum(result, locale))
    sys.exit(0 if result.consistent else 1)
