"""Turn IL-NER and HiNER CoNLL files into Stanza NER JSON, normalized and tokenized as newsent does.

Every gold token is normalized with :func:`newsent.normalize.normalize` and split
with newsent's tokenizer (``word_spans``); a token newsent would split becomes
several tokens with the entity tag continued (``B-X`` then ``I-X``). Tags are
mapped to PER/LOC/ORG; everything else (IL-NER's NETI/NEN/NEAR...) becomes O.
IL-NER's malformed tags are repaired: ``-X`` means ``B-X`` and ``-`` means ``O``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

from ..eval.conll import read_conll_ner
from ..normalize import normalize_string
from ..tokenize import word_spans

__all__ = ["TAG_MAP", "map_tag", "retokenize", "load_sentences", "write_stanza_json", "gazetteer_names",
           "substitute_names"]

TAG_MAP = {
    "NEP": "PER", "NEL": "LOC", "NEO": "ORG",
    "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG",
    "PER": "PER", "LOC": "LOC", "ORG": "ORG",
}


def map_tag(tag: str) -> str:
    """``B-NEP`` → ``B-PER``; unknown types and malformed tags → ``O``."""
    tag = tag.strip()
    if not tag or tag == "O" or tag == "-":
        return "O"
    if tag.startswith("-"):  # IL-NER: "-NEL" means "B-NEL"
        tag = "B" + tag
    prefix, _, typ = tag.partition("-")
    if prefix not in ("B", "I") or typ not in TAG_MAP:
        return "O"
    return f"{prefix}-{TAG_MAP[typ]}"


def retokenize(sentence: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Normalize and re-split gold tokens the way newsent tokenizes at run time."""
    out: list[tuple[str, str]] = []
    prev_type = "O"
    for tok, tag in sentence:
        tag = map_tag(tag)
        # an I- tag after O (or a different type) starts an entity
        if tag.startswith("I-") and prev_type != tag[2:]:
            tag = "B-" + tag[2:]
        prev_type = tag[2:] if tag != "O" else "O"
        norm = normalize_string(tok)
        spans = word_spans(norm)
        if not spans:
            continue
        # punctuation glued to a name ("भारत, or "अभियान) is not part of the entity
        word = [i for i, (_, _, kind) in enumerate(spans) if kind != "other"]
        first, last = (word[0], word[-1]) if word else (0, len(spans) - 1)
        begun = False
        for i, (s, e, _) in enumerate(spans):
            p = norm[s:e]
            if tag == "O" or i < first or i > last:
                out.append((p, "O"))
            elif not begun and tag.startswith("B-"):
                out.append((p, tag))
                begun = True
            else:
                out.append((p, "I-" + tag[2:]))
                begun = True
    return out


def load_sentences(path: str | Path) -> Iterator[list[tuple[str, str]]]:
    for sent in read_conll_ner(path):
        toks = retokenize(sent)
        if toks:
            yield toks


def write_stanza_json(sentences: Iterable[list[tuple[str, str]]], path: str | Path) -> int:
    doc = [[{"text": t, "ner": g} for t, g in s] for s in sentences]
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    return len(doc)


def gazetteer_names(gazetteer_dir: str | Path | None = None) -> dict[str, list[list[str]]]:
    """Every Hindi name in the gazetteers (demonyms excluded), tokenized as newsent does, by label."""
    from .._resources import data_path
    from ..gazetteer.data import read_dir

    out: dict[str, list[list[str]]] = {}
    for rec in read_dir(Path(gazetteer_dir) if gazetteer_dir else data_path("gazetteers")):
        if rec.is_demonym:
            continue
        for name in rec.names_hi:
            norm = normalize_string(name)
            toks = [norm[s:e] for s, e, _ in word_spans(norm)]
            if toks:
                out.setdefault(rec.label, []).append(toks)
    return out


def substitute_names(sentence: Sequence[tuple[str, str]], names: Mapping[str, Sequence[list[str]]],
                     rng: random.Random) -> list[tuple[str, str]]:
    """A copy of a tagged sentence with every entity replaced by a random gazetteer name of the same label
    (mention replacement): the context stays, the names vary, so the model learns names it never saw in training."""
    out: list[tuple[str, str]] = []
    for tok, tag in sentence:
        if tag.startswith("I-") and out and out[-1][1] != "O" and tag[2:] in names:
            continue  # the rest of a replaced entity
        if tag.startswith("B-") and tag[2:] in names:
            new = rng.choice(names[tag[2:]])
            out.append((new[0], tag))
            out.extend((t, "I-" + tag[2:]) for t in new[1:])
        else:
            out.append((tok, tag))
    return out
