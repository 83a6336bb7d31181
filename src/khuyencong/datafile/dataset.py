"""A data file, read and made ready: the dataset with its derived figures, its claims checked."""

from ..core.compute import check_claims, derive


def open_dataset(path=None):
    """Return the dataset at ``path``, derived figures filled in.

    ``path`` None: the file KHUYENCONG_DATA names, else the bundled one. ``-``: standard
    input (JSON if it starts with ``{``, else YAML).
    """
    import os

    from .load import read_dataset

    if path is None:
        path = os.environ.get("KHUYENCONG_DATA") or None
    if path is None:
        from .bundled import default_data_path

        path = default_data_path()
    dataset = derive(read_dataset(path))
    check_claims(dataset)
    return dataset
