"""The one exception the core raises for bad input, located in its file."""

from .i18n import _


class KhuyenCongError(Exception):
    """Bad input or usage: a message naming the file, the line and the key where known.

    The CLI turns it into one line on stderr and exit code 2.
    """

    def __init__(self, message, *, path=None, line=None, key=None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.key = key

    def __str__(self):
        place = []
        if self.path is not None:
            place.append(str(self.path))
        if self.line is not None:
            place.append(_("line {line}").format(line=self.line))
        if self.key:  # '' is the top level: no key to name
            place.append(_("key '{key}'").format(key=self.key))
        return f"{', '.join(place)}: {self.message}" if place else self.message
