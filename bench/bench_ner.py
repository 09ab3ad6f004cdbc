"""NER benchmark on the IL-NER Hindi test split, through the public API.

    python bench/bench_ner.py [--ner-model PATH] [--split test|dev]

Each test sentence's tokens are joined with spaces and run through ``newsent.load()`` with ``pipe``; mentions are
scored by exact character span and label (PER/LOC/ORG, micro F1). Prints F1 per type, on all sentences and on the
sentences that do not occur in the train split, for NER alone and with the gazetteer pass (``link``), then speed
(sentences/s, tokens/s), model load time and peak RSS. The test split is for this report only: nothing is tuned on it.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsent  # noqa: E402
from newsent.eval.ner import LABELS, load_gold_sentences, score_spans  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ner" / "il-ner-hindi"


def report(name: str, golds, docs) -> None:  # noqa: ANN001
    sc = score_spans(golds, docs)
    p, r, f = sc.prf()
    per_type = "  ".join(f"{lab} {sc.prf(lab)[2]:.3f}" for lab in LABELS)
    print(f"  {name:38s} P={p:.3f} R={r:.3f} F1={f:.4f}   {per_type}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ner-model")
    ap.add_argument("--split", default="test", choices=["test", "dev"])
    args = ap.parse_args()
    opts = {"ner_model": args.ner_model} if args.ner_model else {}
    golds = load_gold_sentences(DATA / f"hindi-{args.split}.txt")
    train = {g.text for g in load_gold_sentences(DATA / "hindi-train.txt")}
    unseen = [i for i, g in enumerate(golds) if g.text not in train]
    texts = [g.text for g in golds]

    t0 = time.perf_counter()
    nlp_ner = newsent.load(processors=("ner",), **opts)
    load_s = time.perf_counter() - t0
    print(f"IL-NER {args.split}: {len(golds)} sentences ({len(unseen)} not in train); "
          f"model: {nlp_ner.info()['ner_model']}")
    docs_ner = list(nlp_ner.pipe(texts))
    nlp_link = newsent.load(processors=("ner", "link"), **opts)
    docs_link = list(nlp_link.pipe(texts))
    for name, docs in (("NER only", docs_ner), ("NER + gazetteer pass", docs_link)):
        report(name + " (all)", golds, docs)
        report(name + " (unseen in train)", [golds[i] for i in unseen], [docs[i] for i in unseen])

    # speed of the whole default pipeline
    t0 = time.perf_counter()
    nlp = newsent.load(**opts)
    full_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    dt = time.perf_counter() - t0
    ntok = sum(len(d) for d in docs)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"speed (whole pipeline, pipe, batch 64): {len(texts) / dt:.0f} sentences/s, {ntok / dt:.0f} tokens/s "
          f"({dt:.2f}s for {len(texts)} sentences, {ntok} tokens)")
    print(f"load: NER-only pipeline {load_s:.2f}s (first load, includes importing stanza/torch), full pipeline "
          f"{full_load:.2f}s; peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
