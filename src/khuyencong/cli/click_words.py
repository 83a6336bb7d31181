"""click's own messages in the language in use: its parse errors and help headings.

click marks its messages for gettext (``from gettext import gettext as _`` in each of its
modules) but ships no catalog. Each module's ``_`` and ``ngettext`` are pointed at ours, and
the messages a user can meet are in our catalog, listed here so that ``tools/messages.py``
finds them. A click release that renames a message only brings back the English; the tests
hold the ones named here (tests/test_i18n.py).
"""

from ..core import i18n
from ..core.i18n import N_

#: the messages of click a user of khuyencong can see, as click 8.2–8.5 writes them
CLICK_MESSAGES = (
    # parse errors
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("Did you mean {possibility}?"),
    N_("(Did you mean one of: {possibilities}?)"),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing {param_type}"),
    N_("Missing parameter: {param_name}"),
    N_("Missing command."),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Invalid value: {message}"),
    N_("Got unexpected extra argument ({args})"),
    N_("Got unexpected extra arguments ({args})"),
    N_("Option {name!r} does not take a value."),
    N_("Option {name!r} requires an argument."),
    N_("Option {name!r} requires {nargs} arguments."),
    N_("Argument {name!r} takes {nargs} values."),
    N_("Takes {nargs} values but 1 was given."),
    N_("Takes {nargs} values but {len} were given."),
    N_("Invalid start character for option ({option})"),
    N_("Could not open file {filename!r}: {message}"),
    N_("unknown error"),
    N_("Aborted!"),
    # values of the wrong type
    N_("{value!r} is not {choice}."),
    N_("{value!r} is not one of {choices}."),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid boolean. Recognized values: {states}"),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a file."),
    N_("{name} {filename!r} is a directory."),
    N_("{name} {filename!r} is not readable."),
    N_("{name} {filename!r} is not writable."),
    N_("file"),
    N_("directory"),
    N_("path"),
    # help pages
    N_("Options"),
    N_("Commands"),
    N_("default: {default}"),
    N_("env var: {var}"),
    N_("Show the version and exit."),
)

_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types")


def localise_click():
    """Point click's message lookups at our catalog (English stays click's own words)."""
    import importlib

    for name in _MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = i18n._  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = i18n.ngettext  # type: ignore[attr-defined]


def language_on_command_line(argv):
    """Return the language a ``--locale en|vi`` on the command line asks for, or None.

    Parse errors are raised before any option is handled, so the language they are shown
    in is read off the command line first; ``--`` ends the options.
    """
    for i, word in enumerate(argv):
        if word == "--":
            break
        value = None
        if word == "--locale" and i + 1 < len(argv):
            value = argv[i + 1]
        elif word.startswith("--locale="):
            value = word.split("=", 1)[1]
        if value in ("en", "vi"):
            return value
    return None
