"""Unicode and script normalization of Hindi news text, with a map back to the input.

Later stages match on the normalized text; every span they report is
translated back to the caller's string with :class:`OffsetMap`.

What is normalized (see ``docs/normalization.md`` for the full table):

* the indic-nlp-library Devanagari normalizer's character rules (nukta letters
  decomposed, ``|`` → ``।``, curly quotes and dashes folded, BOM / word joiner /
  soft hyphen / ZWJ / ZWNJ removed, zero-width and no-break spaces → space).
  Its colon→visarga rule is *not* applied: in news ``नोट:`` is punctuation.
* NFC for everything outside the Devanagari block (Latin accents and the like).
* chandrabindu ``ँ`` → anusvara ``ं`` (मांग / माँग), Devanagari digits → ASCII,
  the abbreviation sign ``॰`` → ``.``, ``''`` → ``"``, ``\\r\\n`` and a lone ``\\r`` → ``\\n``,
  tabs → space, other control and format characters removed.

Only characters that change are touched: text that needs no change costs one
regex scan and yields an identity map.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["OffsetMap", "Normalized", "fold", "normalize", "normalize_string"]


@dataclass(frozen=True)
class OffsetMap:
    """Maps positions of a normalized string back to the original one.

    Stored as anchors: at normalized position ``norm[i]`` the original position
    is ``orig[i]``; positions inside an unchanged run are offset linearly,
    positions inside a replacement snap to the replaced original span.
    """

    norm: tuple[int, ...]
    orig: tuple[int, ...]
    #: for each anchor: True when the run starting there is a verbatim copy
    copied: tuple[bool, ...]
    orig_len: int
    norm_len: int

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        return cls((0,), (0,), (True,), n, n)

    @property
    def is_identity(self) -> bool:
        return len(self.norm) == 1 and self.copied[0] and self.orig_len == self.norm_len

    def start(self, i: int) -> int:
        """Original offset of a span that starts at normalized offset ``i``."""
        if i >= self.norm_len:
            return self.orig_len
        k = bisect_right(self.norm, i) - 1
        if self.copied[k]:
            return self.orig[k] + (i - self.norm[k])
        return self.orig[k]

    def end(self, i: int) -> int:
        """Original offset of a span that ends at normalized offset ``i``."""
        if i <= 0:
            return 0
        k = bisect_right(self.norm, i - 1) - 1
        if self.copied[k]:
            return self.orig[k] + (i - self.norm[k])
        # inside (or at the end of) a replacement: snap to the end of what it replaced
        return self.orig[k + 1] if k + 1 < len(self.orig) else self.orig_len

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalized span ``[start, end)``."""
        s = self.start(start)
        e = self.end(end)
        return s, max(s, e)


@dataclass(frozen=True)
class Normalized:
    """A normalized text and the map back to the original."""

    text: str
    offsets: OffsetMap


def _indic_rules() -> dict[str, str]:
    """Single-character rules of indic-nlp-library's Hindi normalizer."""
    from indicnlp.normalize.indic_normalize import DevanagariNormalizer

    norm = DevanagariNormalizer(lang="hi", remove_nuktas=False, nasals_mode="do_nothing")
    candidates = [chr(c) for c in range(0x0900, 0x0980)]
    candidates += list("\ufeff\ufffe\u2060\u00ad\u200b\u00a0\u200c\u200d„“”–—´‘‚’…|")
    rules: dict[str, str] = {}
    for c in candidates:
        out = norm.normalize(c)
        if out != c:
            rules[c] = out
    return rules


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], dict[str, str]]:
    rules = _indic_rules()
    # newsent's own rules (override / extend indic-nlp's)
    rules["\u0901"] = "\u0902"  # chandrabindu -> anusvara
    for d in range(10):
        rules[chr(0x0966 + d)] = str(d)  # Devanagari digits -> ASCII
    rules["\u0970"] = "."  # abbreviation sign (डॉ॰) -> full stop
    rules["\u2018"] = "'"
    rules["\u2019"] = "'"
    rules["\u201c"] = '"'
    rules["\u201d"] = '"'
    rules["\u00ab"] = '"'
    rules["\u00bb"] = '"'
    rules["\u2032"] = "'"
    rules["\u2033"] = '"'
    rules["\u2011"] = "-"  # non-breaking hyphen
    rules["\u2212"] = "-"
    rules["\t"] = " "
    rules["\u000b"] = " "
    rules["\u000c"] = " "
    rules["\u2028"] = "\n"
    rules["\u2029"] = "\n"
    rules["\u0085"] = "\n"
    for sp in "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000":
        rules[sp] = " "
    # control characters (C0 except \n, C1) and format characters are dropped
    for c in list(range(0x00, 0x20)) + [0x7F] + list(range(0x80, 0xA0)):
        ch = chr(c)
        if ch not in rules and ch not in "\n\r":
            rules[ch] = ""
    for ch in ("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
               "\ufff9\ufffa\ufffb"):
        rules[ch] = ""
    chars = "".join(sorted(rules))
    # multi-character rules first; then single characters; then anything NFC would change
    pattern = re.compile(
        "\r\n?|''|"
        + "[" + re.escape(chars) + "]"
        + r"|[^\x00-\x7f\u0900-\u097f][\u0300-\u036f]*|[A-Za-z][\u0300-\u036f]+"
    )
    return pattern, rules


def _replace(piece: str, rules: dict[str, str]) -> str:
    if piece == "\r\n" or piece == "\r":
        return "\n"
    if piece == "''":
        return '"'
    if len(piece) == 1 and piece in rules:
        return rules[piece]
    out = unicodedata.normalize("NFC", piece)
    # NFC may compose nukta letters (न+़ -> ऩ); keep them decomposed like indic-nlp does
    nukta_letters = "\u0929\u0931\u0934\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f"
    return "".join(rules.get(c, c) if c in nukta_letters else c for c in out)


def normalize(text: str) -> Normalized:
    """Normalize ``text`` and return it with an :class:`OffsetMap` to the original."""
    pattern, rules = _rules()
    norm_anchors: list[int] = []
    orig_anchors: list[int] = []
    copied: list[bool] = []
    out: list[str] = []
    pos = 0  # original position consumed so far
    npos = 0  # normalized length so far
    for m in pattern.finditer(text):
        s, e = m.start(), m.end()
        piece = m.group()
        rep = _replace(piece, rules)
        if rep == piece:
            continue
        if s > pos:
            norm_anchors.append(npos)
            orig_anchors.append(pos)
            copied.append(True)
            out.append(text[pos:s])
            npos += s - pos
        norm_anchors.append(npos)
        orig_anchors.append(s)
        copied.append(False)
        out.append(rep)
        npos += len(rep)
        pos = e
    if not out:
        return Normalized(text, OffsetMap.identity(len(text)))
    if pos < len(text):
        norm_anchors.append(npos)
        orig_anchors.append(pos)
        copied.append(True)
        out.append(text[pos:])
        npos += len(text) - pos
    return Normalized(
        "".join(out),
        OffsetMap(tuple(norm_anchors), tuple(orig_anchors), tuple(copied), len(text), npos),
    )


def normalize_string(text: str) -> str:
    """Only the normalized text (for gazetteer names, lexicon entries, training data)."""
    return normalize(text).text


#: a nasal consonant + virama before a consonant of its own class is written as anusvara just as often
#: (सम्बन्ध / संबंध, इन्कार / इंकार, हिन्दी / हिंदी): ङ before velars, ञ before palatals, ण before retroflexes,
#: न before dentals, म before labials
_NASAL_CLUSTER = re.compile("[ङ]\u094d(?=[कखगघ])|[ञ]\u094d(?=[चछजझ])|[ण]\u094d(?=[टठडढ])|[न]\u094d(?=[तथदध])"
                            "|[म]\u094d(?=[पफबभ])")


def fold(token: str) -> str:
    """Nukta-folded token (फ़ोन → फोन, ख़िलाफ़ → खिलाफ; ड़/ढ़ keep theirs), with a nasal consonant before a consonant
    of its own class written as anusvara (सम्बन्ध → संबंध). Lexicon lookups compare folded forms: newspapers drop
    the nukta that the gazetteer and careful writers keep, and write either form of the nasal."""
    if "\u094d" in token:
        token = _NASAL_CLUSTER.sub("\u0902", token)
    if "\u093c" not in token:
        return token
    out = []
    for i, c in enumerate(token):
        if c == "\u093c" and i > 0 and token[i - 1] not in "डढ":
            continue
        out.append(c)
    return "".join(out)
