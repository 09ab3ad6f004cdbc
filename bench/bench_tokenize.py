"""Tokenizer benchmark: normalize + tokenize with offsets, tokens/s on the IL-NER test text; PUD agreement.

    python bench/bench_tokenize.py

Prints (1) throughput of newsent's normalize+tokenize (with character offsets into the original) over the IL-NER
Hindi test sentences joined with spaces, on one core, next to indic-nlp-library's trivial tokenizer (no offsets),
and (2) token agreement with the gold tokenization of the UD Hindi PUD treebank with the main disagreements.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsent.eval.conll import gold_spans_from_text, read_conll_ner, read_conllu  # noqa: E402
from newsent.normalize import normalize  # noqa: E402
from newsent.tokenize import tokenize, tokenize_normalized  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def best_of(fn, repeat: int = 5) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    from indicnlp.tokenize.indic_tokenize import trivial_tokenize_indic

    sents = [" ".join(t for t, _ in s) for s in read_conll_ner(SHARED / "ner" / "il-ner-hindi" / "hindi-test.txt")]
    ntok = sum(len(s.tokens) for text in sents for s in tokenize(text))

    def ours() -> None:
        for text in sents:
            tokenize_normalized(text, normalize(text))

    def indic() -> None:
        for text in sents:
            trivial_tokenize_indic(text)

    t_ours, t_indic = best_of(ours), best_of(indic)
    n_indic = sum(len(trivial_tokenize_indic(t)) for t in sents)
    print(f"IL-NER test: {len(sents)} sentences, {ntok} tokens")
    print(f"newsent normalize+tokenize with offsets: {ntok / t_ours:,.0f} tokens/s ({t_ours * 1000:.0f} ms)")
    print(f"indic-nlp trivial_tokenize_indic (no offsets, no normalization): {n_indic / t_indic:,.0f} tokens/s "
          f"(newsent costs {t_ours / t_indic:.1f}x)")

    gold_total = matched = predicted = 0
    dis: Counter = Counter()
    for sent in read_conllu(SHARED / "ud" / "hi-pud" / "hi_pud-ud-test.conllu"):
        gold = set(gold_spans_from_text(sent["text"], [t[0] for t in sent["tokens"]]))
        ours_ = {(t.start, t.end) for s in tokenize(sent["text"]) for t in s.tokens}
        gold_total += len(gold)
        predicted += len(ours_)
        matched += len(gold & ours_)
        for a, b in gold - ours_:
            dis["PUD token not reproduced: " + sent["text"][a:b]] += 1
        for a, b in ours_ - gold:
            dis["newsent token not in PUD: " + sent["text"][a:b]] += 1
    print(f"UD Hindi PUD: {gold_total} gold tokens; reproduced {matched / gold_total:.2%} (recall), "
          f"newsent tokens matching gold {matched / predicted:.2%} (precision)")
    print("main disagreements:")
    for what, n in dis.most_common(12):
        print(f"   {n:3d}  {what}")


if __name__ == "__main__":
    main()
