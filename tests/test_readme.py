"""README and CI agree: CI runs the README's test command, word for word."""

from .conftest import ROOT


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = ci.strip().splitlines()[-1]
    assert "pytest" in command
    assert f"\n{command}\n" in readme


def test_readme_has_a_setup_command_ending_in_summary():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert (
        "python3 -m venv .venv && .venv/bin/pip install -q -e . && .venv/bin/khuyencong summary\n"
    ) in readme


def test_the_readme_lists_the_options_each_command_takes():
    import click

    from khuyencong.cli import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, cmd in main.commands.items():
        subs = cmd.commands.items() if isinstance(cmd, click.Group) else [("", cmd)]
        for sub, c in subs:
            said = [
                f"`{'/'.join(x for x in p.opts if x.startswith('--'))}`"
                for p in c.params
                if isinstance(p, click.Option) and p.name != "help"
            ]
            row = f"| `{' '.join(x for x in (name, sub) if x)}` | {', '.join(said)} |"
            assert row in readme, row
