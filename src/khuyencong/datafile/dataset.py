"""A data file, read and made ready: the dataset with its derived figures, its claims checked."""

from ..core.compute import check_claims, derive


def open_dataset(path=None):
    """Return the dataset at ``path``, derived figures filled in.

    ``path`` None: the file KHUYENCONG_DATA names, else the bundled one. ``-``: standard
    input (JSON if it starts with ``{``, else YAML).
    """
    from .load import read_dataset

    dataset = derive(read_dataset(data_path(path)))
    check_claims(dataset)
    return dataset


def data_path(path=None):
    """Return the data file a command reads: ``path``, else the one KHUYENCONG_DATA names,
    else the bundled one (``-`` is standard input)."""
    import os

    if path is None:
        path = os.environ.get("KHUYENCONG_DATA") or None
    if path is None:
        from .bundled import default_data_path

        path = default_data_path()
    return path
