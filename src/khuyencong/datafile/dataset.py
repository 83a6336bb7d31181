"""A data file, read and made ready: the dataset with its derived figures, its claims checked."""

from ..core.compute import check_claims, derive


def open_dataset(path=None):
    """Return the dataset at ``path`` (the bundled one by default), derived figures filled in."""
    from .load import read_dataset

    if path is None:
        from .bundled import default_data_path

        path = default_data_path()
    dataset = derive(read_dataset(path))
    check_claims(dataset)
    return dataset
