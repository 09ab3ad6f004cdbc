"""Readers for CoNLL-style NER files and CoNLL-U treebanks."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

__all__ = ["read_conll_ner", "read_conllu", "gold_spans_from_text"]


def read_conll_ner(path: str | Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences of ``token<TAB or space>tag`` lines separated by blank lines."""
    sent: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if sent:
                    yield sent
                    sent = []
                continue
            if "\t" in line:
                tok, _, tag = line.partition("\t")
            else:
                tok, _, tag = line.rpartition(" ")
            tok = tok.strip()
            if not tok:
                continue
            sent.append((tok, tag.strip()))
    if sent:
        yield sent


def read_conllu(path: str | Path) -> Iterator[dict]:
    """Sentences of a CoNLL-U file: ``{"sent_id", "text", "text_en", "tokens": [(form, upos, head, deprel)]}``."""
    cur: dict = {"tokens": []}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if cur["tokens"]:
                    yield cur
                cur = {"tokens": []}
                continue
            if line.startswith("#"):
                key, _, val = line[1:].partition("=")
                cur[key.strip()] = val.strip()
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            cur["tokens"].append((cols[1], cols[3], cols[6], cols[7]))
    if cur["tokens"]:
        yield cur


def gold_spans_from_text(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """Character spans of ``forms`` found left to right in ``text`` (they must occur in order)."""
    spans = []
    pos = 0
    for form in forms:
        i = text.find(form, pos)
        if i < 0:
            raise ValueError(f"token {form!r} not found in text after {pos}")
        spans.append((i, i + len(form)))
        pos = i + len(form)
    return spans
