"""What every command shares: the click group that turns core errors into exit 2, and the
options defined once (``--data``, ``--locale``, ``--format``, ``--rounding``)."""

import click

from ..core.errors import KhuyenCongError
from ..core.i18n import N_, _

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
TABLE_FORMATS = ("table", "csv", "json", "markdown")
TEXT_FORMATS = ("text", "json")


def error_line(message):
    """Return the one line an error is shown as, in the language in use: what it quotes
    (a file name with an escape sequence or a line break) is written out, never obeyed."""
    from ..core.display import visible

    return _("Error: {message}").format(message=visible(str(message), one_line=True))


class DataError(click.ClickException):
    """Bad input or usage found by the core: one line on stderr, exit 2."""

    exit_code = 2

    def show(self, file=None):
        click.echo(error_line(self.format_message()), err=file is None, file=file)


class UsageError(click.UsageError):
    """A wrong use of a command found by our code: the usage, a hint and one error line,
    as click shows its own, in the language in use."""

    def show(self, file=None):
        ctx = self.ctx
        if ctx is not None:
            hint = _("Try '{command} {option}' for help.").format(
                command=ctx.command_path, option="--help"
            )
            usage = ctx.get_usage().replace("Usage:", _("Usage:"), 1)
            click.echo(f"{usage}\n{hint}\n", err=file is None, file=file)
        click.echo(error_line(self.format_message()), err=file is None, file=file)


#: click's own words in a help page, and ours for them (click's catalog has no Vietnamese)
HELP_WORDS = (
    ("Show this message and exit.", N_("Show this message and exit.")),
    ("[default: ", N_("[default: ")),
)
HELP_HEADINGS = (N_("Usage:"), N_("Options:"), N_("Commands:"))


class LocalisedHelp:
    """--help in the language in use: --locale when it comes before --help, else the
    environment's. The command's text and its options' help are looked up in the catalog
    as written (the docstring cleaned as click cleans it); click's headings are ours."""

    def get_help(self, ctx):
        import inspect

        from ..core import i18n

        if ctx.get_parameter_source("locale") != click.core.ParameterSource.COMMANDLINE:
            i18n.use(i18n.language_from_environment())
        if i18n.language() == "en":
            return super().get_help(ctx)  # type: ignore[misc]
        shown = [self, *getattr(self, "commands", {}).values()]
        params = [p for p in self.get_params(ctx) if getattr(p, "help", None)]  # type: ignore[attr-defined]
        saved = [(c, c.help) for c in shown] + [(p, p.help) for p in params]
        try:
            for c in shown:
                if c.help:
                    c.help = _(inspect.cleandoc(c.help))
            for p in params:
                p.help = _(p.help)
            text = super().get_help(ctx)  # type: ignore[misc]
        finally:
            for thing, help_text in saved:
                thing.help = help_text
        for english, ours in HELP_WORDS:
            text = text.replace(english, _(ours))
        lines = text.split("\n")
        for i, line in enumerate(lines):
            for heading in HELP_HEADINGS:
                if line == heading or line.startswith(heading + " "):
                    lines[i] = _(heading) + line[len(heading) :]
        return "\n".join(lines)


class Command(LocalisedHelp, click.Command):
    """A command whose --help follows the language in use."""


class Group(LocalisedHelp, click.Group):
    """A group that turns the core's KhuyenCongError into exit 2 with one clean line, and
    whose --help follows the language in use."""

    command_class = Command
    group_class = type

    def main(self, args=None, *rest, **options):
        """Choose the language before parsing, so that click's parse errors speak it too."""
        import sys

        from ..core import i18n
        from .click_words import language_on_command_line, localise_click

        localise_click()
        _sane_size()
        words = sys.argv[1:] if args is None else list(args)
        i18n.use(language_on_command_line(words) or i18n.language_from_environment())
        return super().main(args, *rest, **options)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KhuyenCongError as e:
            from ..core.display import visible

            raise DataError(visible(str(e))) from None


def _sane_size():
    """Forget a COLUMNS or LINES that is no size ("0", "²", "abc"): the libraries that read
    them would fail on it; without it the terminal's size, or the default, is used."""
    import os

    for name in ("COLUMNS", "LINES"):
        said = os.environ.get(name)
        if said is not None and not (said.isascii() and said.isdigit() and 0 < int(said) <= 10_000):
            del os.environ[name]


def show_version(ctx, _param, value):
    if not value or ctx.resilient_parsing:
        return
    from importlib.metadata import PackageNotFoundError, version

    try:
        click.echo(f"khuyencong {version('khuyencong')}")
    except PackageNotFoundError:
        click.echo("khuyencong (not installed: no version metadata)")
    ctx.exit()


# --- options defined once, shared by every command ----------------------------------


def data_option(f):
    return click.option(
        "--data",
        "data",
        metavar="FILE",
        default=None,
        help="Data file, YAML or JSON; - reads it from stdin (default: KHUYENCONG_DATA, else "
        "the bundled 2012 report).",
    )(f)


def choose_language(ctx, param, value):
    """Set the language messages are shown in: --locale when given, else the environment's
    (KHUYENCONG_LOCALE, LC_ALL, LC_MESSAGES, LANG). The notation is --locale's alone."""
    from ..core import i18n

    source = ctx.get_parameter_source(param.name)
    if source is None:
        # click 8.4 sets a parameter's source only after its eager callback: keep the
        # language Group.main chose from the words the command was given (not sys.argv,
        # which is another program's when the command runs in-process)
        return value
    if source == click.core.ParameterSource.COMMANDLINE and value in ("en", "vi"):
        i18n.use(value)
    else:
        i18n.use(i18n.language_from_environment())
    return value


def locale_option(f):
    return click.option(
        "--locale",
        type=click.Choice(["en", "vi"]),
        default="en",
        callback=choose_language,
        is_eager=True,  # before --help, when it comes first: --locale vi --help
        help="Number notation in and out (default: en) and the language shown (default: "
        "the environment's, else English): en 108.989, 27.97% · vi 108,989, 27,97%.",
    )(f)


def file_name(ctx, param, value):
    """Refuse an empty file name, which would otherwise read as the option left out."""
    if value is not None and not value.strip():
        raise UsageError(_("{option} needs a file name").format(option=param.opts[0]), ctx=ctx)
    return value


def html_option(f=None, *, said=None):
    """The --html option; ``said``: its help where the page shows something else than
    percentages marked on the text."""

    def add(g):
        return click.option(
            "--html",
            metavar="FILE",
            callback=file_name,
            help=said
            or N_(
                "Also write the annotated report: one HTML page to share, every percentage "
                "marked on the text (never over a file without --force)."
            ),
        )(g)

    return add(f) if f is not None else add


def jobs_option(f):
    return click.option(
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        metavar="N",
        help="Files read at once (default: the CPUs this process may use).",
    )(f)


def usable_jobs(jobs):
    """Return the worker processes to use: ``jobs``, or the CPUs this process may use, never
    more than those (more would only contend, and cost memory), said on stderr if capped."""
    from ..results.scanning import default_jobs

    cpus = default_jobs()
    if jobs is not None and jobs > cpus:
        click.echo(
            _(
                "khuyencong: --jobs {jobs} is more than the {cpus} CPUs this process may "
                "use: {cpus} are used"
            ).format(jobs=jobs, cpus=cpus),
            err=True,
        )
    return min(jobs or cpus, cpus)


def quiet_option(f):
    return click.option(
        "-q", "--quiet", is_flag=True, help="No tally on stderr: the exit code says it all."
    )(f)


def format_option(choices):
    def decorate(f):
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(choices),
            default=choices[0],
            show_default=True,
            help="Output format.",
        )(f)

    return decorate


def rounding_option(f):
    return click.option(
        "--rounding",
        type=click.Choice(["any", "half-up", "truncate"]),
        default="any",
        show_default=True,
        help="Rounding the report may have used; 'any' accepts truncation too and labels it.",
    )(f)
