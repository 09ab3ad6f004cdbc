"""The labelled spelling-pair list and what "joined" means for it (bench/bench_reconcile.py, tests)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from ..gazetteer.index import MIN_KEY_CHARS, name_tokens
from ..gazetteer.keys import variant_key
from ..gazetteer.link import UNKNOWN_NAME_CUTOFF, Linker
from ..normalize import normalize_string

__all__ = ["Pair", "load_pairs", "joined", "resolve_ids", "sweep"]


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    same: bool
    note: str


def load_pairs(path: str | Path) -> list[Pair]:
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return [Pair(r["a"], r["b"], r["same"].strip() == "1", r.get("note", ""))
            for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _key(s: str) -> str:
    return variant_key("".join(name_tokens(normalize_string(s))))


def resolve_ids(linker: Linker, name: str) -> set[str]:
    toks = name_tokens(normalize_string(name))
    recs, _ = linker.index.lookup(toks)
    if not recs and len(toks) == 1:
        recs = linker.index.lookup_demonym(toks[0])
    return {r.id for r in recs}


def joined(linker: Linker | None, a: str, b: str, cutoff: float = UNKNOWN_NAME_CUTOFF) -> bool:
    """Would newsent make ``a`` and ``b`` one entity (gazetteer first, else unknown-name rules)?"""
    if linker is not None:
        ia, ib = resolve_ids(linker, a), resolve_ids(linker, b)
        if ia and ib:
            return len(ia) == 1 and ia == ib
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return len(ka) >= MIN_KEY_CHARS or linker is None
    if linker is None:
        return False
    ta, tb = name_tokens(normalize_string(a)), name_tokens(normalize_string(b))
    return len(ta) == len(tb) and min(len(ka), len(kb)) >= 5 and fuzz.ratio(ka, kb, score_cutoff=cutoff) > 0


def sweep(pairs: list[Pair]) -> list[tuple[float, float, float]]:
    """For cut-offs 70..100: share of same pairs joined and different pairs kept apart by key/fuzzy alone."""
    out = []
    same = [p for p in pairs if p.same]
    diff = [p for p in pairs if not p.same]
    for cutoff in (70.0, 75.0, 80.0, 85.0, 88.0, 90.0, 92.0, 95.0, 100.0):
        def j(p: Pair) -> bool:
            ka, kb = _key(p.a), _key(p.b)
            ta, tb = name_tokens(normalize_string(p.a)), name_tokens(normalize_string(p.b))
            return ka == kb or (len(ta) == len(tb) and min(len(ka), len(kb)) >= 5
                                and fuzz.ratio(ka, kb, score_cutoff=cutoff) > 0)
        out.append((cutoff, sum(map(j, same)) / len(same), sum(not j(p) for p in diff) / len(diff)))
    return out
