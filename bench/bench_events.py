"""Event extraction benchmark: precision / recall / F1 on the events-dev set and the PUD event set.

    python bench/bench_events.py [--ner-model PATH] [--verbose]

Prints P/R/F1 per set (match rule: newsent/eval/events.py), the error classes, and the time the event stage adds
to the NER stage per sentence.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsent  # noqa: E402
from newsent.eval.events import evaluate, load_gold  # noqa: E402

SETS = {
    "events-dev (30 paragraphs)": ROOT.parent / "shared" / "data" / "events-dev" / "gold.jsonl",
    "PUD events (tests/data)": ROOT / "tests" / "data" / "pud_events.jsonl",
    "news-dev (tests/data, 50 paragraphs)": ROOT / "tests" / "data" / "newsdev_events.jsonl",
    "news-dev 2 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev2_events.jsonl",
    "news-dev 3 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev3_events.jsonl",
    "news-dev 4 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev4_events.jsonl",
    "news-dev 5 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev5_events.jsonl",
    "news-dev 6 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev6_events.jsonl",
    "news-dev 7 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev7_events.jsonl",
    "news-dev 8 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev8_events.jsonl",
    "news-dev 9 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev9_events.jsonl",
    "news-dev 10 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev10_events.jsonl",
    "news-dev 11 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev11_events.jsonl",
    "news-dev 12 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev12_events.jsonl",
    "news-dev 13 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev13_events.jsonl",
    "news-dev 14 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev14_events.jsonl",
    "news-dev 15 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev15_events.jsonl",
    "news-dev 16 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev16_events.jsonl",
    "news-dev 17 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev17_events.jsonl",
    "news-dev 18 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev18_events.jsonl",
    "news-dev 19 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev19_events.jsonl",
    "news-dev 20 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev20_events.jsonl",
    "news-dev 21 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev21_events.jsonl",
    "news-dev 22 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev22_events.jsonl",
    "news-dev 23 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev23_events.jsonl",
    "news-dev 24 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev24_events.jsonl",
    "news-dev 25 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev25_events.jsonl",
    "news-dev 26 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev26_events.jsonl",
    "news-dev 27 (tests/data, 60 paragraphs)": ROOT / "tests" / "data" / "newsdev27_events.jsonl",
}
#: measured, never developed against: no per-item details are printed for it (tests/data/README-heldout.md)
HELD_OUT = {"held-out news (tests/data, measure only)": ROOT / "tests" / "data" / "heldout_events.jsonl"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ner-model")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    opts = {"ner_model": args.ner_model} if args.ner_model else {}
    nlp = newsent.load(**opts)
    country_names = {r.id: r.name_en for r in nlp.linker.index.records if r.kind in ("country", "territory")}
    for name, path in {**SETS, **HELD_OUT}.items():
        if not path.exists():
            print(f"{name}: {path} not found, skipped")
            continue
        items = load_gold(path)
        score, details = evaluate(nlp, items, country_names)
        print(f"{name}: gold events {score.gold} (+{score.gold_null} coded null, not scorable), "
              f"predicted {score.pred}, "
              f"matched {score.tp}  P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
        for err, n in score.errors.most_common():
            print(f"    {err}: {n}")
        if args.verbose and name not in HELD_OUT:
            for item, (iid, sc, doc) in zip(items, details):
                print(f"  {iid} tp={sc.tp} pred={sc.pred} gold={sc.gold}")
                for g in item["events"]:
                    print(f"     gold {g['actor']} {g['cameo']} {g['targets']} {g['action_hi']}")
                for ev in doc.events:
                    print(f"     pred {ev!r}")
    # speed: the event stage timed on its own input, next to the NER stage on the same texts
    texts = [it["text"] for p in SETS.values() if p.exists() for it in load_gold(p)] * 3
    ner_only = newsent.load(processors=("ner",), **opts)
    list(ner_only.pipe(texts[:32]))
    t0 = time.perf_counter()
    docs = list(ner_only.pipe(texts))
    t_ner = time.perf_counter() - t0
    linked = [(d.text, d.sentences, *nlp.linker.link(d.text, d.sentences, d.mentions)) for d in docs]
    t0 = time.perf_counter()
    for text, sentences, mentions, entities in linked:
        nlp.event_extractor.extract(text, sentences, mentions, entities)
    t_ev = time.perf_counter() - t0
    n_sent = sum(len(d.sentences) for d in docs)
    print(f"speed over {len(texts)} texts ({n_sent} sentences): NER stage {1000 * t_ner / n_sent:.2f} ms/sentence, "
          f"event stage {1000 * t_ev / n_sent:.2f} ms/sentence = {100 * t_ev / t_ner:.1f}% of NER")

if __name__ == "__main__":
    main()
