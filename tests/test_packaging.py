"""The bundled data is found from any folder: in the installed package and in a wheel."""

import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT

FIGURES = (
    "108.989",
    "85.170",
    "44.485",
    "32.946",
    "64.504",
    "52.224",
    "27.97",
    "35.02",
    "23.51",
    "40.82",
)


def _summary(cmd, cwd, env):
    out = subprocess.run(
        [*cmd, "summary"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "\x1b[" not in out.stdout
    for figure in FIGURES:
        assert figure in out.stdout
    return out


def test_python_m_khuyencong_finds_the_data_from_another_folder(tmp_path, env_without_color):
    _summary([sys.executable, "-m", "khuyencong"], tmp_path, env_without_color)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if build.returncode != 0 and "hatchling" in build.stderr:
        pytest.skip("hatchling is not installed (it is in the test extra)")
    assert build.returncode == 0, build.stderr
    return next(out.glob("khuyencong-*.whl"))


def test_the_wheel_carries_the_data_file(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "khuyencong/data/budget_2012.yaml" in names
    assert "khuyencong/cli/commands.py" in names
    assert "khuyencong/locale/vi/LC_MESSAGES/khuyencong.mo" in names  # the Vietnamese catalog
    carried = zipfile.ZipFile(wheel).read("khuyencong/data/budget_2012.yaml")
    assert carried == (ROOT / "data" / "budget_2012.yaml").read_bytes()


def test_the_wheel_finds_its_own_copy_from_another_folder(wheel, tmp_path, env_without_color):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import sys; sys.path.insert(0, sys.argv.pop(1)); "
        "import khuyencong.datafile.bundled as b; print(b.default_data_path(), file=sys.stderr); "
        "from khuyencong.cli import run; sys.argv[0] = 'khuyencong'; run()"
    )
    out = _summary([sys.executable, "-c", code, str(site)], elsewhere, env_without_color)
    assert out.stderr.strip() == str(site / "khuyencong" / "data" / "budget_2012.yaml")
