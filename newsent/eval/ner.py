"""NER evaluation: exact-span micro F1 per type, through the public API."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..train.ner_data import map_tag
from .conll import read_conll_ner

__all__ = ["GoldSentence", "load_gold_sentences", "NERScore", "score_spans"]

LABELS = ("PER", "LOC", "ORG")


@dataclass(frozen=True)
class GoldSentence:
    text: str  # the gold tokens joined with single spaces
    spans: frozenset[tuple[int, int, str]]  # character spans with PER/LOC/ORG labels


def load_gold_sentences(path: str | Path) -> list[GoldSentence]:
    out = []
    for sent in read_conll_ner(path):
        pos = 0
        parts = []
        spans = set()
        cur = None  # (start, label)
        last_end = 0
        for tok, tag in sent:
            tag = map_tag(tag)
            start = pos
            end = start + len(tok)
            if tag.startswith("B-") or tag == "O" or (cur is not None and tag[2:] != cur[1]):
                if cur is not None:
                    spans.add((cur[0], last_end, cur[1]))
                    cur = None
            if tag.startswith("B-") or (tag.startswith("I-") and cur is None):
                cur = (start, tag[2:])
            parts.append(tok)
            last_end = end
            pos = end + 1
        if cur is not None:
            spans.add((cur[0], last_end, cur[1]))
        out.append(GoldSentence(" ".join(parts), frozenset(spans)))
    return out


@dataclass
class NERScore:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, gold: Iterable[tuple[int, int, str]], pred: Iterable[tuple[int, int, str]]) -> None:
        g, p = set(gold), set(pred)
        for s in g & p:
            self.tp[s[2]] += 1
        for s in p - g:
            self.fp[s[2]] += 1
        for s in g - p:
            self.fn[s[2]] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        if label is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_spans(golds: list[GoldSentence], docs: Iterable) -> NERScore:  # noqa: ANN001
    sc = NERScore()
    for g, doc in zip(golds, docs):
        pred = {(m.start, m.end, m.label) for m in doc.mentions if m.label in LABELS}
        sc.add(g.spans, pred)
    return sc
