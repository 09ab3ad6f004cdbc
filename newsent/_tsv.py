"""Reading the project's TSV data files: ``# `` comment lines (source, licence), a header, rows."""

from __future__ import annotations

import csv
from pathlib import Path

from .errors import ResourceError

__all__ = ["read_tsv"]


def read_tsv(path: str | Path, what: str = "data file") -> list[dict[str, str]]:
    """Rows of a TSV file as dicts keyed by its header; a missing file is a :class:`ResourceError`."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            lines = [line for line in f if line.strip() and not line.startswith("#")]
    except OSError as e:
        raise ResourceError(f"cannot read the {what} {path}: {e.strerror or e}. Reinstall newsent.") from None
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
