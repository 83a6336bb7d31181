"""The command line: the only floor that imports click. Commands parse, call and print."""

from .commands import main
from .process import run

__all__ = ["main", "run"]
