"""What every command shares: the click group that turns core errors into exit 2, and the
options defined once (``--data``, ``--locale``, ``--format``, ``--rounding``)."""

import click

from ..core.errors import KhuyenCongError
from ..core.i18n import _

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
TABLE_FORMATS = ("table", "csv", "json", "markdown")
TEXT_FORMATS = ("text", "json")


def error_line(message):
    """Return the one line an error is shown as, in the language in use."""
    return _("Error: {message}").format(message=message)


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


class Group(click.Group):
    """A group that turns the core's KhuyenCongError into exit 2 with one clean line."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KhuyenCongError as e:
            from ..core.display import visible

            raise DataError(visible(str(e))) from None


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

    given = ctx.get_parameter_source(param.name) == click.core.ParameterSource.COMMANDLINE
    if given and value in ("en", "vi"):
        i18n.use(value)
    else:
        i18n.use(i18n.language_from_environment())
    return value


def locale_option(f):
    return click.option(
        "--locale",
        type=click.Choice(["en", "vi"]),
        default="en",
        show_default=True,
        callback=choose_language,
        help="Number notation in and out, and the language of what is shown (default: "
        "the environment's): en 108.989, 27.97% · vi 108,989, 27,97%.",
    )(f)


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
