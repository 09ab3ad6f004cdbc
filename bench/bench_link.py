"""Link-stage cost next to the NER stage, with the full gazetteer and with 100,000 extra synthetic names.

    python bench/bench_link.py

Target: the link stage adds at most 20% to the NER stage's time per sentence. Texts: IL-NER dev sentences
(joined tokens). The link time is measured directly on the NER output, so it does not depend on NER noise.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsent  # noqa: E402
from newsent.eval.ner import load_gold_sentences  # noqa: E402
from newsent.eval.synthetic import synthetic_name  # noqa: E402
from newsent.gazetteer import Linker  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "ner" / "il-ner-hindi" / "hindi-dev.txt"


def write_synthetic(directory: Path, n: int) -> None:
    src = ROOT / "data" / "gazetteers"
    for f in src.glob("*.tsv"):
        shutil.copy(f, directory / f.name)
    with open(directory / "synthetic.tsv", "w", encoding="utf-8") as f:
        f.write("# source: synthetic names for benchmarking; licence: none needed\n")
        f.write("id\tkind\tlabel\tname_en\tname_hi\tnames_hi\taliases_latin\tcountry\twikidata\twikidata_source\tsource\n")
        for i in range(n):
            name = synthetic_name(i)
            f.write(f"SYN:{i}\tperson\tPER\tSynthetic {i}\t{name}\t{name}|{name.split()[1]}\t\t\t\t\tsynthetic\n")


def time_link(linker: Linker, prepared) -> float:  # noqa: ANN001
    t0 = time.perf_counter()
    for text, sentences, mentions in prepared:
        linker.link(text, sentences, mentions)
    return time.perf_counter() - t0


def main() -> None:
    texts = [g.text for g in load_gold_sentences(DEV)]
    nlp = newsent.load(processors=("ner",))
    list(nlp.pipe(texts[:64]))  # warm up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    t_ner = time.perf_counter() - t0
    prepared = [(d.text, d.sentences, d.mentions) for d in docs]
    print(f"{len(texts)} sentences; NER stage (normalize+tokenize+NER): {t_ner:.2f}s = "
          f"{1000 * t_ner / len(texts):.2f} ms/sentence")
    full = Linker.load()
    t = min(time_link(full, prepared) for _ in range(3))
    print(f"link, full gazetteer ({len(full.index.records)} records): {t:.2f}s = {1000 * t / len(texts):.2f} "
          f"ms/sentence = {100 * t / t_ner:.1f}% of NER")
    with tempfile.TemporaryDirectory() as tmp:
        write_synthetic(Path(tmp), 100_000)
        t0 = time.perf_counter()
        big = Linker.load(tmp)
        t_load = time.perf_counter() - t0
        t = min(time_link(big, prepared) for _ in range(3))
    print(f"link, + 100,000 synthetic names ({len(big.index.records)} records, index built in {t_load:.1f}s): "
          f"{t:.2f}s = {1000 * t / len(texts):.2f} ms/sentence = {100 * t / t_ner:.1f}% of NER")


if __name__ == "__main__":
    main()
