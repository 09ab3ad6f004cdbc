"""Where newsent's bundled data lives, in a checkout and in an installed package.

In a source checkout (and an editable install) the data is the top-level
``data/`` folder; a built wheel carries the same files as ``newsent/_data``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import ResourceError

__all__ = ["data_dir", "data_path"]

_HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def data_dir() -> Path:
    """The folder holding gazetteers, lexicons, models and the demo article."""
    for candidate in (_HERE / "_data", _HERE.parent / "data"):
        if (candidate / "gazetteers").is_dir():
            return candidate
    raise ResourceError(
        f"newsent's data folder is missing (looked for {_HERE / '_data'} and {_HERE.parent / 'data'}). "
        "Reinstall the package: pip install --force-reinstall newsent"
    )


def data_path(*parts: str) -> Path:
    """Path of a bundled data file (it may not exist; callers check and explain)."""
    return data_dir().joinpath(*parts)
