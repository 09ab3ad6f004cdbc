"""The gazetteer index: names → records, by exact normalized form, by variant key, by Latin alias.

Names are indexed as sequences of newsent tokens (``"कसीम-जोमार्ट तोकायेव"`` is two
tokens), so that finding names in text is a dictionary lookup per token n-gram.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from ..tokenize import word_spans
from .data import GazetteerRecord
from .keys import latin_key, variant_key

__all__ = ["GazetteerIndex", "Match", "name_tokens"]

#: how a name was found, most to least confident
EXACT, KEY, LATIN = "exact", "key", "latin"

#: a variant key shorter than this (in characters) is not used for lookup: exact spellings only
MIN_KEY_CHARS = 4


def name_tokens(name: str) -> tuple[str, ...]:
    """A (normalized) name split as newsent tokenizes text."""
    return tuple(name[s:e] for s, e, _ in word_spans(name))


def _has_letter(s: str) -> bool:
    return any(c.isalpha() for c in s)


def _is_latin(s: str) -> bool:
    return all(c.isascii() for c in s)


@dataclass(frozen=True)
class Match:
    """Gazetteer candidates for tokens ``[start, end)`` of a sentence."""

    start: int
    end: int
    records: tuple[GazetteerRecord, ...]
    how: str
    demonym: bool = False


class GazetteerIndex:
    """Lookup tables over a list of :class:`GazetteerRecord`."""

    def __init__(self, records: Iterable[GazetteerRecord]) -> None:
        self.records: list[GazetteerRecord] = []
        self.by_id: dict[str, GazetteerRecord] = {}
        self.exact: dict[str, list[GazetteerRecord]] = {}
        self.keyed: dict[str, list[GazetteerRecord]] = {}
        self.latin: dict[str, list[GazetteerRecord]] = {}
        self.demonyms_exact: dict[str, list[GazetteerRecord]] = {}
        self.demonyms_keyed: dict[str, list[GazetteerRecord]] = {}
        self.max_tokens = 1
        #: keys of every token a name can start with (skips most positions of a text cheaply)
        self.first_keys: set[str] = set()
        for rec in records:
            self.add(rec)

    def add(self, rec: GazetteerRecord) -> None:
        self.records.append(rec)
        if rec.is_demonym:
            exact, keyed = self.demonyms_exact, self.demonyms_keyed
        else:
            self.by_id.setdefault(rec.id, rec)
            exact, keyed = self.exact, self.keyed
        for name in rec.names_hi:
            toks = name_tokens(name)
            if not toks:
                continue
            if "का" in toks[1:-1]:
                # the oblique of 'X का Y' before a case marker: 'पेट्रोलियम निर्यातक देशों के संगठन (ओपेक) से'
                self._add_name(exact, keyed, [("के" if t == "का" else t) for t in toks], rec)
            self._add_name(exact, keyed, toks, rec)
        if not rec.is_demonym:
            for alias in rec.aliases_latin:
                toks = name_tokens(alias)
                if toks:
                    self.max_tokens = max(self.max_tokens, len(toks))
                    self.first_keys.add(latin_key(toks[0]))
                    _add(self.latin, latin_key(alias), rec)

    def _add_name(self, exact: dict[str, list[GazetteerRecord]], keyed: dict[str, list[GazetteerRecord]],
                  toks: list[str], rec: GazetteerRecord) -> None:
        self.max_tokens = max(self.max_tokens, len(toks))
        self.first_keys.add(variant_key(toks[0]))
        self.first_keys.add(variant_key(toks[0].split("-")[0]))
        _add(exact, " ".join(toks), rec)
        _add(keyed, variant_key("".join(toks)), rec)

    # -- lookups -------------------------------------------------------------
    def lookup(self, tokens: Sequence[str]) -> tuple[tuple[GazetteerRecord, ...], str | None]:
        """Records named by exactly these (normalized) tokens, and how they were found."""
        if not tokens or not _has_letter(tokens[0]) or not any(c.isalnum() for c in tokens[-1]):
            return (), None  # a name never starts or ends in punctuation ("भाषा '" is not a name; जी-20 is)
        joined = " ".join(tokens)
        hit = self.exact.get(joined)
        if hit:
            return tuple(hit), EXACT
        if _is_latin(joined):
            hit = self.latin.get(latin_key(joined))
            return (tuple(hit), LATIN) if hit else ((), None)
        key = variant_key("".join(tokens))
        # very short keys (चिन / चीन) fold too much: only exact spellings count for them
        hit = self.keyed.get(key) if len(key) >= MIN_KEY_CHARS else None
        if hit:
            return tuple(hit), KEY
        return (), None

    def lookup_demonym(self, token: str) -> tuple[GazetteerRecord, ...]:
        key = variant_key(token)
        hit = self.demonyms_exact.get(token) or (self.demonyms_keyed.get(key) if len(key) >= MIN_KEY_CHARS else None)
        return tuple(hit) if hit else ()

    def demonym_country(self, token: str) -> str | None:
        """The one country a demonym (रूसी, बेलारूसी) refers to, or None (not a demonym, or ambiguous)."""
        ids = {r.id for r in self.lookup_demonym(token)}
        return ids.pop() if len(ids) == 1 else None

    def scan(self, tokens: Sequence[str]) -> list[Match]:
        """Longest, left-most, non-overlapping name matches in a token sequence."""
        out: list[Match] = []
        n = len(tokens)
        i = 0
        maxlen = self.max_tokens
        first_keys = self.first_keys
        while i < n:
            found = None
            tok = tokens[i]
            if (latin_key(tok) if _is_latin(tok) else variant_key(tok)) not in first_keys:
                dem = self.lookup_demonym(tok) if self.demonyms_exact else ()
                if dem:
                    out.append(Match(i, i + 1, dem, EXACT, demonym=True))
                i += 1
                continue
            for j in range(min(n, i + maxlen), i, -1):
                recs, how = self.lookup(tokens[i:j])
                if recs:
                    found = Match(i, j, recs, how or EXACT)
                    break
            if found is None:
                dem = self.lookup_demonym(tokens[i])
                if dem:
                    found = Match(i, i + 1, dem, EXACT, demonym=True)
            if found is not None:
                out.append(found)
                i = found.end
            else:
                i += 1
        return out

    def key_collisions(self) -> dict[str, set[str]]:
        """Variant keys shared by names of different entities (for review; see tests)."""
        out: dict[str, set[str]] = {}
        for key, recs in self.keyed.items():
            ids = {r.id for r in recs}
            if len(ids) > 1:
                out[key] = ids
        return out


def _add(table: dict[str, list[GazetteerRecord]], key: str, rec: GazetteerRecord) -> None:
    if not key:
        return
    lst = table.setdefault(key, [])
    if all(r.id != rec.id for r in lst):
        lst.append(rec)
