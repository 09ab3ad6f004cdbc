"""CAMEO event scales that event-data users aggregate by: GDELT's QuadClass and the Goldstein scale.

``quad_class("190")`` is 4 (material conflict); ``goldstein("190")`` is -10.0. The Goldstein values come from
``data/events/goldstein.tsv`` (Goldstein 1992, as mapped to CAMEO and published by the GDELT Project); a code the
table does not list takes the value of its nearest listed parent (``1952`` → ``195``).
"""

from __future__ import annotations

from functools import lru_cache

from .._resources import data_path
from .._tsv import read_tsv
from ..errors import ResourceError

__all__ = ["QUAD_CLASSES", "quad_class", "goldstein"]

#: GDELT's four classes of CAMEO roots
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def _root(code: str) -> int:
    if not (isinstance(code, str) and code[:2].isdigit() and 1 <= int(code[:2]) <= 20):
        raise ValueError(f"not a CAMEO event code: {code!r} (expected a string of 2-4 digits with root 01-20)")
    return int(code[:2])


def quad_class(code: str) -> int:
    """GDELT's QuadClass of a CAMEO code: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    root = _root(code)
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@lru_cache(maxsize=1)
def _goldstein_table() -> dict[str, float]:
    rows = read_tsv(data_path("events", "goldstein.tsv"), "Goldstein scale table")
    try:
        return {r["code"]: float(r["goldstein"]) for r in rows}
    except (KeyError, ValueError) as e:
        raise ResourceError(f"malformed Goldstein scale table {data_path('events', 'goldstein.tsv')}: {e}. "
                            "Reinstall newsent.") from None


def goldstein(code: str) -> float:
    """The Goldstein scale value (-10 conflict .. +10 cooperation) of a CAMEO code, or of its nearest parent."""
    _root(code)
    table = _goldstein_table()
    for k in (code, code[:3], code[:2]):
        if k in table:
            return table[k]
    raise ValueError(f"no Goldstein value for CAMEO code {code!r}")
