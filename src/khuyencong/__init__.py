"""khuyencong: recompute and fact-check the percentages reports print about khuyến công budgets.

For notebooks::

    from khuyencong import load_dataset, check_growth, check_share, check_sum
    v = check_share("44.485", "108.989", "40.08")
    v.status, v.recomputed          # ('inconsistent', Decimal('40.82'))

Names are imported on first use, so ``import khuyencong`` (and the CLI) stay fast.
"""

__all__ = [
    "Figure",
    "KhuyenCongError",
    "check_growth",
    "check_share",
    "check_sum",
    "load_dataset",
    "verify",
]


def __getattr__(name: str) -> object:
    if name in ("load_dataset", "check_growth", "check_share", "check_sum", "verify"):
        from .results import api

        return getattr(api, name)
    if name == "KhuyenCongError":
        from .core.errors import KhuyenCongError

        return KhuyenCongError
    if name == "Figure":
        from .core.model import Figure

        return Figure
    raise AttributeError(f"module 'khuyencong' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The API's names, which are imported on first use, beside the module's own."""
    return sorted(set(__all__) | set(globals()))
