"""Reconciliation accuracy on the labelled spelling pairs of tests/data/spelling_pairs.tsv.

    python bench/bench_reconcile.py [--show-errors]

Two spellings are *joined* when newsent would make them one entity: both resolve to the same gazetteer record,
or (names the gazetteer does not know) their variant keys are equal or close enough by rapidfuzz
(``UNKNOWN_NAME_CUTOFF``). Prints the share of same-entity pairs joined and different-entity pairs kept apart,
for the gazetteer-backed linker and for the variant key alone, and the fuzzy cut-off sweep on unknown names.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsent.eval.pairs import joined, load_pairs, resolve_ids, sweep  # noqa: E402
from newsent.gazetteer import Linker  # noqa: E402
from newsent.gazetteer.link import UNKNOWN_NAME_CUTOFF  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    pairs = load_pairs(ROOT / "tests" / "data" / "spelling_pairs.tsv")
    linker = Linker.load()
    same = [p for p in pairs if p.same]
    diff = [p for p in pairs if not p.same]
    for mode in ("linker", "key-only"):
        ok_same = [p for p in same if joined(linker if mode == "linker" else None, p.a, p.b)]
        ok_diff = [p for p in diff if not joined(linker if mode == "linker" else None, p.a, p.b)]
        print(f"{mode:9s}: same-entity pairs joined {len(ok_same)}/{len(same)} = {len(ok_same) / len(same):.1%}; "
              f"different-entity pairs kept apart {len(ok_diff)}/{len(diff)} = {len(ok_diff) / len(diff):.1%}")
        if args.show_errors and mode == "linker":
            for p in same:
                if p not in ok_same:
                    ids = f"{resolve_ids(linker, p.a)}/{resolve_ids(linker, p.b)}"
                    print(f"   not joined: {p.a} / {p.b}  ({p.note}) ids={ids}")
            for p in diff:
                if p not in ok_diff:
                    print(f"   wrongly joined: {p.a} / {p.b}  ({p.note})")
    print(f"unknown-name fuzzy joining (rapidfuzz ratio on variant keys, cut-off in use {UNKNOWN_NAME_CUTOFF}):")
    for cutoff, js, kd in sweep(pairs):
        mark = "  <- in use" if cutoff == UNKNOWN_NAME_CUTOFF else ""
        print(f"   cutoff {cutoff:5.1f}: same joined {js:.1%}, different kept apart {kd:.1%}{mark}")


if __name__ == "__main__":
    main()
