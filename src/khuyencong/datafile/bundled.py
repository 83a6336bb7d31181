"""Where the bundled data file is, in a wheel and in an editable checkout alike."""

import os

DATA_NAME = "budget_2012.yaml"


def default_data_path():
    """Return the path of the bundled data file.

    The wheel carries a copy beside the package (``khuyencong/data/``); an editable install
    has none there and reads the checkout's top-level ``data/`` instead, so it never sees a
    stale copy. ``os.path`` rather than pathlib or importlib.resources: start-up time.
    """
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the package
    for candidate in (
        os.path.join(here, "data", DATA_NAME),
        os.path.join(os.path.dirname(os.path.dirname(here)), "data", DATA_NAME),
    ):
        if os.path.isfile(candidate):
            return candidate
    return os.path.join(here, "data", DATA_NAME)  # missing: the loader says so, naming it
