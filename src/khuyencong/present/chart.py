"""Rows → pictures: bars for the terminal (rich) and a grouped bar chart to publish (matplotlib).

matplotlib is an optional extra, imported only by ``render_chart``.
"""

import io
import textwrap
from decimal import Decimal

from ..core.errors import KhuyenCongError
from ..core.i18n import _
from ..core.numbers import format_number, format_percent

#: what a chart is drawn in: DejaVu Sans has every Vietnamese letter
FONT = "DejaVu Sans"
COLOURS = ("#9ecae1", "#3182bd", "#08519c", "#6baed6", "#c6dbef")


def install_hint():
    """Return how to install matplotlib: from the checkout when this is one, else from PyPI."""
    import os

    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the package
    checkout = os.path.dirname(os.path.dirname(here))  # src/khuyencong → the checkout
    if os.path.isfile(os.path.join(checkout, "pyproject.toml")):
        command = f"pip install -e '{checkout}[chart]'"
    else:
        command = "pip install 'khuyencong[chart]'"
    return _("the chart needs matplotlib: {command}").format(command=command)


# --- terminal bars ----------------------------------------------------------------------


def bar_text(value, largest, width=24):
    """Return a bar of block characters for ``value``; ``largest`` fills ``width``."""
    if value is None or largest is None or largest <= 0 or value <= 0:
        return ""
    eighths = int(value * (width * 8) / largest + Decimal("0.5"))  # to the nearest eighth
    full, rest = divmod(eighths, 8)
    return "█" * full + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[rest]


def bar_cells(rows, years, locale="en", width=16):
    """Return, per summary row, one cell of text: a labelled bar per year, and the growth."""
    largest = max((row.get(f"value_{y}") or 0 for row in rows for y in years), default=0)
    cells = []
    for row in rows:
        lines = []
        for y in years:
            value = row.get(f"value_{y}")
            lines.append(f"{y} {bar_text(value, largest, width)}" if value is not None else f"{y}")
        if row.get("growth_pct") is not None:
            sign = "+" if row["growth_pct"] > 0 else ""
            lines[-1] += f" {sign}{format_percent(row['growth_pct'], locale)}"
        cells.append("\n".join(lines))
    return cells


# --- the published chart ------------------------------------------------------------------

WORDS = {
    "en": {
        "source": "Source",
        "scope": "Scope",
        "derived": "derived",
        "reported": "reported",
        "recomputed": "recomputed",
        "growth": "growth {old} → {new}",
        "points": "{value} pp",
    },
    "vi": {
        "source": "Nguồn",
        "scope": "Phạm vi",
        "derived": "số tính ra",
        "reported": "báo cáo",
        "recomputed": "tính lại",
        "growth": "tăng trưởng {old} → {new}",
        "points": "{value} điểm %",
    },
}


def chart_caption(dataset, years, locale="en"):
    """Return the line under the chart: source, unit, scope, derived values, growth years."""
    words = WORDS[locale]
    source = dataset.source.get("title") or dataset.path
    parts = [f"{words['source']}: {source} ({dataset.unit})."]
    if dataset.scope:
        parts.append(f"{words['scope']}: {dataset.scope}.")
    from ..results.names import in_words

    for f in dataset.derived.values():
        said = in_words(f"{f.name} = {f.derivation}", dataset).replace("@", " ")
        parts.append(f"* {words['derived']}: {said} = {format_number(f.value, locale)}.")
    if len(years) >= 2:
        parts.append(words["growth"].format(old=years[-2], new=years[-1]).capitalize() + ".")
    return " ".join(parts)


#: the most series a chart draws: beyond, bars and labels cannot be read
MAX_SERIES = 60


def tick_labels(labels, room=110):
    """Return (labels wrapped to the width each series has, rotation): never overlapping.

    ``room``: about how many characters of 9-point text the axis holds. Each label gets
    its share, in at most three lines, shortened with "…" beyond; past ten series the labels
    turn 30° and get a longer single line instead.
    """
    n = max(1, len(labels))
    if n > 10:
        return [shorten_words(label, 28) for label in labels], 30
    width = max(8, min(22, room // n - 2))
    out = []
    for label in labels:
        lines = textwrap.wrap(label, width, break_long_words=True)
        if len(lines) > 3:
            lines = [*lines[:2], shorten_words(" ".join(lines[2:]), width)]
        out.append("\n".join(lines))
    return out, 0


def shorten_words(text, limit):
    """Return text cut to ``limit`` characters at a word, with "…"."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > limit // 2 else limit - 1] + "…"


#: the chart's resolution: 10 × 6 inches at 100 dots an inch is 1000 × 600 pixels
DPI = 100


def render_chart(summary, years, inconsistent, title, caption, unit, locale="en", fmt="png"):
    """Return the bytes of a grouped bar chart (PNG or SVG) of every series by year.

    ``summary`` are summary rows; ``inconsistent`` verify rows whose verdict is inconsistent
    (each is marked on its series: "40,08% reported / 40,82% recomputed").
    """
    import os

    # our own backend and style whatever the environment says: an unknown MPLBACKEND, or
    # a matplotlibrc in the current folder (savefig.dpi: 30000), must not change the chart
    os.environ["MPLBACKEND"] = "agg"
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError:
        raise KhuyenCongError(install_hint()) from None
    matplotlib.rcdefaults()
    if fmt not in ("png", "svg"):
        raise KhuyenCongError(_("a chart is .png or .svg, not .{ending}").format(ending=fmt))
    rows = [r for r in summary if any(r.get(f"value_{y}") is not None for y in years)]
    if not rows:
        raise KhuyenCongError(_("there is nothing to draw: no series has a value"))
    if len(rows) > MAX_SERIES:
        raise KhuyenCongError(
            _(
                "a chart of {count} series cannot be read; it draws at most {limit} "
                "(export or verify show them all)"
            ).format(count=len(rows), limit=MAX_SERIES)
        )
    from ..core.display import visible
    from ..core.numbers import shorten

    title, caption, unit = (
        shorten(visible(t), n) for t, n in ((title, 300), (caption, 1200), (unit, 40))
    )
    rows = [dict(r, label=shorten(visible(r["label"]), 66)) for r in rows]
    matplotlib.rcParams.update(
        {
            "font.family": FONT,
            "svg.fonttype": "none",
            "svg.hashsalt": "khuyencong",
            "text.parse_math": False,
        }  # "$5 và $6" is text, never mathtext
    )
    figure = Figure(figsize=(10, 6), dpi=DPI)
    axes = figure.add_axes((0.08, 0.22, 0.9, 0.66))
    group = 0.8
    width = group / max(1, len(years))
    largest = max(float(r.get(f"value_{y}") or 0) for r in rows for y in years)
    for j, year in enumerate(years):
        xs, heights, hatches = [], [], []
        for i, row in enumerate(rows):
            value = row.get(f"value_{year}")
            if value is None:
                continue
            xs.append(i - group / 2 + width * (j + 0.5))
            heights.append(float(value))
            hatches.append("//" if year in row.get("derived_years", ()) else "")
        bars = axes.bar(
            xs,
            heights,
            width * 0.92,
            label=str(year),
            color=COLOURS[j % len(COLOURS)],
            edgecolor="#08306b",
            linewidth=0.6,
        )
        for bar, hatch, row in zip(
            bars, hatches, [r for r in rows if r.get(f"value_{year}") is not None], strict=False
        ):
            bar.set_hatch(hatch)
            value = row[f"value_{year}"]
            mark = "*" if hatch else ""
            axes.annotate(
                format_number(value, locale) + mark,
                (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                xytext=(0, 3),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=9,
            )
    for i, row in enumerate(rows):
        growth = row.get("growth_pct")
        if growth is not None:
            sign = "+" if growth > 0 else ""
            top = max(float(row.get(f"value_{y}") or 0) for y in years)
            axes.annotate(
                f"{sign}{format_percent(growth, locale)}",
                (i, top),
                xytext=(0, 18),
                textcoords="offset points",
                ha="center",
                fontsize=10,
                fontweight="bold",
                color="#08306b",
            )
    by_series: dict[str, list[dict]] = {}
    for claim in inconsistent:
        by_series.setdefault(claim["series"], []).append(claim)
    keys = [r["series"] for r in rows]
    words = WORDS[locale]

    def shown(c, key):
        if c.get("kind") == "points":  # a difference of two shares: points, not percent
            return words["points"].format(value=format_number(c[key], locale))
        return format_percent(c[key], locale)

    for series, claims in by_series.items():
        if series not in keys:
            continue
        i = keys.index(series)
        top = max(float(rows[i].get(f"value_{y}") or 0) for y in years)
        text = "\n".join(
            f"{shown(c, 'reported')} {words['reported']} / "
            f"{shown(c, 'recomputed')} {words['recomputed']}"
            for c in claims
        )
        axes.annotate(
            text,
            (i, top),
            xytext=(0, 36),
            textcoords="offset points",
            ha="center",
            fontsize=9,
            color="#b30000",
            bbox={"boxstyle": "round,pad=0.3", "fc": "#fff0f0", "ec": "#b30000"},
        )
    axes.set_xticks(range(len(rows)))
    labels, rotation = tick_labels([r["label"] for r in rows])
    axes.set_xticklabels(
        labels,
        fontsize=9 if len(rows) <= 8 else 8,
        rotation=rotation,
        ha="right" if rotation else "center",
    )
    axes.set_ylabel(unit)
    axes.set_ylim(0, largest * 1.35 if largest > 0 else 1)
    axes.yaxis.set_major_formatter(
        matplotlib.ticker.FuncFormatter(lambda v, _: format_number(_tick(v), locale))
    )
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(loc="upper right", frameon=False)
    figure.suptitle("\n".join(textwrap.wrap(title, 90)), fontsize=12, fontweight="bold")
    figure.text(
        0.01,
        0.01,
        "\n".join(textwrap.wrap(caption, 150)),
        fontsize=8,
        color="#444444",
        ha="left",
        va="bottom",
    )
    out = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"Software": "khuyencong"}
    figure.savefig(out, format=fmt, metadata=metadata, dpi=DPI)
    return out.getvalue()


def _tick(value):
    return Decimal(repr(round(float(value), 6))).normalize() if value else Decimal(0)
