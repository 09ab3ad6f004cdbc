"""Hyphenated pairs of known names: 'भारत-चीन सीमा विवाद', 'रूस-यूक्रेन युद्ध', 'इजरायल-हमास युद्ध'.

The tokenizer keeps a hyphenated word whole (कसीम-जोमार्ट, कभी-कभी). When every part of such a token is a name the
gazetteer lists exactly, the token is split into its parts and the hyphens, so that NER and the gazetteer pass see
each name (IL-NER, the NER training data, writes such pairs with spaced hyphens: भारत - जापान).
"""

from __future__ import annotations

from typing import Sequence

from ..document import Sentence, Token
from .index import GazetteerIndex

__all__ = ["split_known_pairs"]


def split_known_pairs(sentences: Sequence[Sentence], index: GazetteerIndex) -> tuple[Sentence, ...]:
    """``sentences`` with each hyphenated token whose parts are all gazetteer names split into parts and hyphens."""
    out = []
    for sent in sentences:
        tokens: list[Token] = []
        changed = False
        for tok in sent.tokens:
            parts = _known_parts(tok, index)
            if parts is None:
                tokens.append(tok)
                continue
            changed = True
            tokens.extend(parts)
        out.append(Sentence(sent.text, sent.start, sent.end, tuple(tokens)) if changed else sent)
    return tuple(out)


def _known_parts(tok: Token, index: GazetteerIndex) -> list[Token] | None:
    if "-" not in tok.norm or "-" not in tok.text:
        return None
    norms, texts = tok.norm.split("-"), tok.text.split("-")
    if len(norms) != len(texts) or not 2 <= len(norms) <= 3 or not all(norms):
        return None
    if not all(index.exact.get(p) for p in norms):
        return None
    out: list[Token] = []
    pos = tok.start
    for k, (t, n) in enumerate(zip(texts, norms)):
        if k:
            out.append(Token("-", pos, pos + 1, "-"))
            pos += 1
        out.append(Token(t, pos, pos + len(t), n))
        pos += len(t)
    return out
