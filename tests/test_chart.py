"""Pictures: bars beside the summary, and a chart that keeps its Vietnamese letters."""

import struct
import sys

import pytest

from khuyencong.present.chart import bar_text


def png_size(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_png_chart(run, tmp_path):
    pytest.importorskip("matplotlib")
    path = tmp_path / "funding.png"
    result = run("chart", "-o", str(path))
    assert result.exit_code == 0, result.stderr
    assert png_size(path.read_bytes()) == (1000, 600)
    assert oct(path.stat().st_mode & 0o777) != oct(0o600)  # not mkstemp's private mode
    assert result.stderr == f"wrote {path} (png, 3 series)\n"


def test_svg_chart_keeps_the_words_as_text(run, tmp_path):
    pytest.importorskip("matplotlib")
    path = tmp_path / "funding.svg"
    assert run("chart", "-o", str(path), "--locale", "vi").exit_code == 0
    svg = path.read_text(encoding="utf-8")
    for text in (
        "Kinh phí khuyến công",
        "địa phương",
        "Tổng kế hoạch kinh phí",
        "+27,97%",
        "+35,02%",
        "+23,51%",
        "108,989",
        "52,224*",
        "40,08% báo cáo / 40,82% tính lại",
        "Nguồn: Hội nghị công tác khuyến công",
        "tỷ đồng",
    ):
        assert text in svg, text


def test_a_chart_cut_rather_than_rounded_agrees_with_its_own_callout(run, tmp_path):
    # 108,989 / 85,170 − 1 = 27,965…%: cut, 27,96, so 27,97 is then inconsistent, and the
    # bar's label says 27,96 too, not the half-up 27,97 beside "27,96% tính lại"
    pytest.importorskip("matplotlib")
    path = tmp_path / "cut.svg"
    assert run("chart", "-o", str(path), "--locale", "vi", "--rounding", "truncate").exit_code == 0
    svg = path.read_text(encoding="utf-8")
    assert "27,97% báo cáo / 27,96% tính lại" in svg
    assert "+27,96%" in svg and "+27,97%" not in svg


def test_english_chart_labels(run, tmp_path):
    pytest.importorskip("matplotlib")
    path = tmp_path / "funding.svg"
    assert run("chart", "-o", str(path)).exit_code == 0
    svg = path.read_text(encoding="utf-8")
    assert "40.08% reported / 40.82% recomputed" in svg and "+27.97%" in svg


def test_chart_refuses_to_overwrite_and_names_the_format(run, tmp_path):
    path = tmp_path / "funding.png"
    path.write_bytes(b"keep")
    result = run("chart", "-o", str(path))
    assert result.exit_code == 2 and path.read_bytes() == b"keep"
    assert "already exists" in result.stderr
    assert run("chart", "-o", str(tmp_path / "funding.jpg")).exit_code == 2


def test_without_matplotlib_one_line_says_how_to_install(run, tmp_path, monkeypatch):
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib → ImportError
    result = run("chart", "-o", str(tmp_path / "x.png"))
    assert result.exit_code == 2
    from khuyencong.present.chart import install_hint

    assert result.stderr == f"Error: {install_hint()}\n"  # one line; the checkout's install here
    assert not (tmp_path / "x.png").exists()


def test_summary_bars_on_request_and_none_when_piped(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")  # at 100 the bars go, so the labels stay readable
    shown = run("summary", "--bars").stdout
    assert "2012 ████████████████ +27.97%" in shown
    assert "█" not in run("summary").stdout  # the test runner is not a terminal
    assert "█" not in run("summary", "--bars", "--format", "csv").stdout


@pytest.mark.parametrize(
    "value, largest, bar",
    [
        (10, 10, "█" * 16),
        (5, 10, "█" * 8),
        (1, 16, "█"),
        (1, 128, "▏"),
        (0, 10, ""),
        (None, 10, ""),
    ],
)
def test_bar_text(value, largest, bar):
    from decimal import Decimal

    value = None if value is None else Decimal(value)
    assert bar_text(value, Decimal(largest), 16) == bar


@pytest.mark.parametrize("n", [3, 7, 15])
def test_tick_labels_have_room_each(n):
    from khuyencong.present.chart import tick_labels

    labels, rotation = tick_labels(["Xây dựng mô hình trình diễn kỹ thuật sản xuất"] * n)
    longest = max(len(line) for label in labels for line in label.split("\n"))
    if n <= 10:
        assert (
            rotation == 0 and longest * n <= 110 and all(label.count("\n") <= 2 for label in labels)
        )
    else:
        assert rotation == 30 and longest <= 28


def test_the_environment_cannot_change_the_chart(run, tmp_path, monkeypatch):
    pytest.importorskip("matplotlib")
    (tmp_path / "matplotlibrc").write_text("savefig.dpi: 30000\nfigure.dpi: 5\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MPLBACKEND", "nonsense")
    result = run("chart", "-o", str(tmp_path / "c.png"))
    assert result.exit_code == 0, result.stderr
    data = (tmp_path / "c.png").read_bytes()
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1000, 600)
