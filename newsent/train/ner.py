"""Rebuild the bundled Stanza Hindi NER model from ``../shared/data/ner/``.

    python -m newsent.train.ner [--steps 6000] [--no-hiner] [--out data/models] [--work runs/ner]

1. IL-NER Hindi train (+ HiNER collapsed validation, unless ``--no-hiner``) and IL-NER dev are read, their tags
   mapped to PER/LOC/ORG (IL-NER's malformed ``-X`` = ``B-X``, ``-`` = ``O``), every token normalized and split
   exactly as newsent does at run time (:mod:`newsent.train.ner_data`), and written as Stanza NER JSON.
2. Stanza's own trainer (``python -m stanza.models.ner_tagger``) trains a BiLSTM-CRF with a character model and no
   pretrained vectors, one thread, fixed seed; it keeps the checkpoint with the best IL-NER **dev** F1 (model
   selection never sees the test split).
3. The selected model is copied to ``<out>/hi_newsent_ner.pt`` and evaluated through newsent's public API on dev
   and, for the final report only, on test: F1 per type, steps, wall time.

Runs in the background with a log: ``nohup python -m newsent.train.ner > runs/ner.log 2>&1 &``.
A full run (6,000 steps) takes about 25 minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .ner_data import gazetteer_names, load_sentences, substitute_names, write_stanza_json

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data" / "ner"


def prepare(work: Path, use_hiner: bool, limit: int | None = None, ilner_weight: int = 1, augment: float = 0.0,
            seed: int = 1234) -> tuple[Path, Path, dict[str, int]]:
    ilner = list(load_sentences(SHARED / "il-ner-hindi" / "hindi-train.txt"))
    train = ilner * ilner_weight
    counts = {"il-ner train": len(train)}
    if augment:
        rng, names = random.Random(seed), gazetteer_names()
        extra = [substitute_names(s, names, rng) for s in ilner
                 if any(t != "O" for _, t in s) and rng.random() < augment]
        counts["il-ner with gazetteer names substituted"] = len(extra)
        train += extra
    if use_hiner:
        hiner = list(load_sentences(SHARED / "hiner-collapsed" / "validation.conll"))
        counts["hiner validation"] = len(hiner)
        train += hiner
    dev = list(load_sentences(SHARED / "il-ner-hindi" / "hindi-dev.txt"))
    counts["il-ner dev"] = len(dev)
    if limit:
        train, dev = train[:limit], dev[: max(2, limit // 4)]
    train_file, dev_file = work / "hi_newsent.train.json", work / "hi_newsent.dev.json"
    write_stanza_json(train, train_file)
    write_stanza_json(dev, dev_file)
    return train_file, dev_file, counts


def train(train_file: Path, dev_file: Path, work: Path, steps: int, seed: int, eval_interval: int,
          extra: list[str]) -> tuple[Path, str]:
    save = work / "model"
    cmd = [
        sys.executable, "-m", "stanza.models.ner_tagger", "--mode", "train", "--shorthand", "hi_newsent",
        "--train_file", str(train_file), "--eval_file", str(dev_file), "--no_pretrain",
        "--save_dir", str(save), "--save_name", "hi_newsent_ner.pt", "--max_steps", str(steps),
        "--eval_interval", str(eval_interval), "--log_step", "100", "--seed", str(seed), *extra,
    ]
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    print("running:", " ".join(cmd), flush=True)
    lines: list[str] = []
    with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:  # stream Stanza's log so a background run can be followed
            lines.append(line)
            if "step" in line or "Error" in line:
                sys.stdout.write(line)
                sys.stdout.flush()
    log = "".join(lines)
    (work / "stanza_train.log").write_text(log, encoding="utf-8")
    if proc.returncode != 0:
        sys.stdout.write(log[-4000:])
        raise SystemExit(f"stanza training failed (exit {proc.returncode}); log in {work / 'stanza_train.log'}")
    return save / "hi_newsent_ner.pt", log


def evaluate(model: Path, split: str) -> str:
    import newsent
    from newsent.eval.ner import LABELS, load_gold_sentences, score_spans

    golds = load_gold_sentences(SHARED / "il-ner-hindi" / f"hindi-{split}.txt")
    lines = []
    for procs in (("ner",), ("ner", "link")):
        nlp = newsent.load(processors=procs, ner_model=str(model))
        sc = score_spans(golds, nlp.pipe([g.text for g in golds]))
        p, r, f = sc.prf()
        per = "  ".join(f"{lab} {sc.prf(lab)[2]:.3f}" for lab in LABELS)
        lines.append(f"{split:4s} {'+'.join(procs):9s} P={p:.3f} R={r:.3f} F1={f:.3f}   {per}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", type=int, default=6000)
    ap.add_argument("--eval-interval", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--no-hiner", action="store_true", help="train on IL-NER alone")
    ap.add_argument("--ilner-weight", type=int, default=1, help="repeat the IL-NER train sentences this many times")
    ap.add_argument("--augment", type=float, default=0.0,
                    help="add, for this fraction of the IL-NER train sentences with entities, a copy whose names are "
                         "replaced by random gazetteer names of the same label")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "models")
    ap.add_argument("--work", type=Path, default=ROOT / "runs" / "ner")
    ap.add_argument("--limit", type=int, help="use only this many training sentences (smoke test)")
    ap.add_argument("--no-test", action="store_true", help="do not report on the test split")
    ap.add_argument("stanza_args", nargs="*", help="extra arguments for stanza's ner_tagger (after --)")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        raise SystemExit(f"training data not found at {SHARED}")
    t0 = time.time()
    args.work.mkdir(parents=True, exist_ok=True)
    train_file, dev_file, counts = prepare(args.work, not args.no_hiner, args.limit, args.ilner_weight, args.augment,
                                                args.seed)
    print("data:", counts, flush=True)
    model, log = train(train_file, dev_file, args.work, args.steps, args.seed, args.eval_interval, args.stanza_args)
    scores = re.findall(r"step (\d+): train_loss = [\d.]+, dev_score = ([\d.]+)", log)
    best = max(scores, key=lambda s: float(s[1])) if scores else ("?", "?")
    print(f"trained {args.steps} steps in {time.time() - t0:.0f}s; best stanza dev F1 {best[1]} at step {best[0]}")
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "hi_newsent_ner.pt"
    shutil.copyfile(model, target)
    print(f"model: {target} ({target.stat().st_size / 1e6:.1f} MB)")
    print(evaluate(target, "dev"))
    if not args.no_test:
        print(evaluate(target, "test"))
    print(f"total wall time {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
