"""Build ``data/lexicon/common_tokens.txt``: tokens that are ordinary words in the NER training data.

    python -m newsent.train.vocab

A token counts as common when it occurs at least 3 times tagged O in IL-NER train + HiNER validation and at
least 5 times more often as O than inside an entity. The event stage uses the list to tell a likely name
("जो स्टर्नलीब ने कहा") from an ordinary word before ने when NER found no mention there. Deterministic output.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .ner_data import load_sentences

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data" / "ner"
OUT = ROOT / "data" / "lexicon" / "common_tokens.txt"


def main() -> None:
    outside: Counter = Counter()
    inside: Counter = Counter()
    for path in (SHARED / "il-ner-hindi" / "hindi-train.txt", SHARED / "hiner-collapsed" / "validation.conll"):
        for sent in load_sentences(path):
            for tok, tag in sent:
                (outside if tag == "O" else inside)[tok] += 1
    common = sorted(t for t, c in outside.items() if c >= 3 and c >= 5 * inside[t] and any(ch.isalpha() for ch in t))
    header = (
        "# Common Hindi tokens: tagged O at least 3 times (and 5x more often than inside an entity) in IL-NER Hindi\n"
        "# train (CC-BY-4.0, Bahad et al. 2024) and HiNER validation (CC-BY-SA-4.0, Murthy et al. 2022), after\n"
        "# newsent normalization. Built by: python -m newsent.train.vocab. One token per line.\n"
    )
    OUT.write_text(header + "\n".join(common) + "\n", encoding="utf-8")
    print(f"{len(common)} tokens -> {OUT}")


if __name__ == "__main__":
    main()
