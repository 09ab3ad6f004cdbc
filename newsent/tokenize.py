"""Sentences and word tokens with exact character spans into the caller's text.

The tokenizer splits where indic-nlp-library's ``trivial_tokenize_indic``
splits (whitespace and every punctuation mark, the danda included) and keeps
together what that tokenizer and other Hindi tokenizers break:

* abbreviations with their full stop (``श्री.``, ``डॉ.``, ``प्रो.``, ``डॉ॰``,
  ``Dr.``, initials such as ``जे.पी.`` and ``U.S.``);
* numbers with thousands separators, decimals, times and dates
  (``2,022``, ``5.5``, ``01:17``, ``08/01/2022``) and ordinals (``19वीं``);
* hyphenated names (``कसीम-जोमार्ट``) and Latin words with apostrophes;
* URLs and e-mail addresses; each emoji is a token of its own.

Sentences end at ``।``, ``॥``, ``?``, ``!`` and a full stop that is not part of
an abbreviation or number (closing quotes and brackets stay with the sentence
they close), and at every line break: scraped news puts headlines, bylines and
navigation on lines of their own without a danda.

Tokenization runs on the normalized text; spans are mapped back to the
original with the normalizer's :class:`~newsent.normalize.OffsetMap`.
"""

from __future__ import annotations

import re
from .document import Sentence, Token
from .normalize import Normalized, normalize

__all__ = ["tokenize", "tokenize_normalized", "ABBREVIATIONS", "CASE_WORDS", "LETTER_NAMES", "acronym_letters",
           "word_spans"]

#: Devanagari abbreviations written with a full stop (after normalization ``॰`` is ``.``).
ABBREVIATIONS: frozenset[str] = frozenset(
    """श्री श्रीमती सुश्री डॉ डा प्रो कु स्व सं ई पू मि मो सर्व जि ले कर्न जन मे ब्रि कै
    प्रा लि रु""".split()
)
#: Latin letters as written in Devanagari: with a full stop they are initials (एस. जयशंकर, के. सी. राव).
LETTER_NAMES: frozenset[str] = frozenset(
    "ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू डब्लू एक्स वाई जेड ज़ेड".split()
)
#: Hindi case markers and postpositions written as words of their own (को, से, का ...): never the edge of a name.
CASE_WORDS: frozenset[str] = frozenset({"को", "से", "पर", "में", "का", "की", "के", "ने", "तक"})
#: Latin abbreviations written with a full stop.
LATIN_ABBREVIATIONS: frozenset[str] = frozenset(
    "Mr Mrs Ms Dr Prof Sr Jr St Mt Lt Col Gen Capt Sgt Gov Sen Rep Inc Ltd Co Corp vs etc No Rs Jan Feb Mar Apr "
    "Jun Jul Aug Sep Sept Oct Nov Dec".split()
)

_DEV = "\u0900-\u0963\u0971-\u097f"  # Devanagari letters and marks (no danda, digits are ASCII after normalization)
_MARK = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
_EMOJI = (
    "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\ufe0f\U0001f3fb-\U0001f3ff"
)

_TOKEN_RE = re.compile(
    "|".join(
        [
            # URLs (trailing punctuation is left out) and e-mail addresses
            r"(?P<url>(?:https?://|www\.)[^\s\"'<>]+?(?=[.,;:!?)\]\"'।]*(?:\s|$)))",
            r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
            # initials and dotted acronyms: जे.पी.  U.S.  ए.पी.जे.
            r"(?P<initials>(?:[\u0905-\u0939][\u093c]?[\u093e-\u094c\u0902]?\.){2,}|(?:[A-Za-z]\.){2,})",
            # numbers: 2,022  5.5  01:17  08/01/2022  15%  19वीं
            rf"(?P<num>\d+(?:[.,:/]\d+)*(?:[{_DEV}]+)?)",
            # Devanagari words, hyphenated compounds and names
            rf"(?P<dev>[{_DEV}\u200c\u200d]+(?:-[{_DEV}\u200c\u200d]+)*)",
            # Latin words (with apostrophes / hyphens inside)
            r"(?P<lat>[A-Za-z\u00c0-\u024f]+(?:['\-][A-Za-z\u00c0-\u024f]+)*)",
            rf"(?P<emoji>[{_EMOJI}][\ufe0f\U0001f3fb-\U0001f3ff]*)",
            # anything else that is not whitespace: one character, with its combining marks
            rf"(?P<other>[^\s][{_MARK}\u0300-\u036f]*)",
        ]
    )
)

_TERMINAL = frozenset({"।", "॥", "?", "!", ".", "...", "؟"})
_CLOSERS = frozenset({'"', "'", ")", "]", "}", "»"})


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` for every token of an already normalized ``text``."""
    spans: list[tuple[int, int, str]] = []
    append = spans.append
    n = len(text)
    skip_to = 0
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "other"
        s, e = m.span()
        if s < skip_to:  # the full stop already taken by an abbreviation
            continue
        if kind == "dev" or kind == "lat":
            # abbreviation with its full stop: डॉ.  Dr.
            if e < n and text[e] == "." and (
                (kind == "dev" and (text[s:e] in ABBREVIATIONS or _is_initial(text, s, e)))
                or (kind == "lat" and (text[s:e] in LATIN_ABBREVIATIONS or (e - s == 1 and text[s].isupper()
                                                                            and _next_is_word(text, e + 1))))
            ):
                e += 1
                skip_to = e
                append((s, e, "abbr"))
                continue
        append((s, e, kind))
    return _merge_ellipses(text, spans)


def acronym_letters(word: str) -> int:
    """How many letters the acronym ``word`` spells: Latin capitals (NIA: 3) or Devanagari letter names (एनआईए =
    एन+आई+ए: 3); 0 when it is no acronym of two letters or more."""
    if word.isascii():
        return len(word) if len(word) >= 2 and word.isalpha() and word.isupper() else 0
    reach = {0: 0}  # position -> most letters used to get there
    for i in range(len(word)):
        if i not in reach:
            continue
        for name in _LETTERS_LONGEST_FIRST:
            if word.startswith(name, i):
                reach[i + len(name)] = max(reach.get(i + len(name), 0), reach[i] + 1)
    letters = reach.get(len(word), 0)
    return letters if letters >= 2 else 0


_LETTERS_LONGEST_FIRST = sorted(LETTER_NAMES, key=len, reverse=True)


def _next_is_word(text: str, i: int) -> bool:
    """Is the next non-space character (on the same line) a letter?"""
    while i < len(text) and text[i] == " ":
        i += 1
    return i < len(text) and text[i].isalpha()


def _is_initial(text: str, s: int, e: int) -> bool:
    """एस. (जयशंकर): a Latin letter's Devanagari name, a full stop, then another word on the same line."""
    return text[s:e] in LETTER_NAMES and _next_is_word(text, e + 1)


def _merge_ellipses(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``...`` is one token, not three."""
    if "..." not in text:
        return spans
    out: list[tuple[int, int, str]] = []
    for s, e, kind in spans:
        if (
            out and text[s:e] == "." and out[-1][1] == s
            and set(text[out[-1][0]:out[-1][1]]) == {"."} and out[-1][2] == "other"
        ):
            out[-1] = (out[-1][0], e, "other")
        else:
            out.append((s, e, kind))
    return out


def _sentence_breaks(text: str, spans: list[tuple[int, int, str]]) -> list[int]:
    """Indices into ``spans`` after which a sentence ends."""
    breaks: list[int] = []
    last = len(spans) - 1
    i = 0
    while i <= last:
        s, e, kind = spans[i]
        tok = text[s:e]
        end_here = False
        if kind == "other" and tok in _TERMINAL:
            # swallow closing quotes/brackets glued to the terminal and further terminals (?!)
            while i < last and spans[i + 1][0] == spans[i][1] and (
                (text[spans[i + 1][0]:spans[i + 1][1]] in _CLOSERS and not _opens_next(text, spans, i + 1))
                or text[spans[i + 1][0]:spans[i + 1][1]] in _TERMINAL
            ):
                i += 1
            end_here = True
        if not end_here and i < last and "\n" in text[e:spans[i + 1][0]]:
            end_here = True
        if end_here and i < last:
            breaks.append(i)
        i += 1
    return breaks


def _opens_next(text: str, spans: list[tuple[int, int, str]], k: int) -> bool:
    """A straight quote glued to the next word (आया।"अगला) opens the next sentence rather than closing this one."""
    quote = text[spans[k][0]:spans[k][1]]
    return quote in ('"', "'") and k + 1 < len(spans) and spans[k + 1][0] == spans[k][1] and \
        spans[k + 1][2] != "other"


def tokenize_normalized(original: str, norm: Normalized) -> tuple[Sentence, ...]:
    """Sentences (with tokens) of ``original`` given its normalization ``norm``."""
    ntext = norm.text
    spans = word_spans(ntext)
    if not spans:
        return ()
    omap = norm.offsets
    tokens: list[Token] = []
    if omap.is_identity:
        tokens = [Token(original[s:e], s, e, ntext[s:e]) for s, e, _ in spans]
    else:
        # one original character can become several normalized tokens ("…" → "..."): such tokens are merged,
        # so that tokens never overlap in the original text
        merged: list[tuple[int, int, str]] = []
        for s, e, kind in spans:
            os_, oe = omap.span(s, e)
            if tokens and os_ < tokens[-1].end:
                ps, pe, pkind = merged[-1]
                merged[-1] = (ps, e, pkind)
                last = tokens[-1]
                end = max(last.end, oe)
                tokens[-1] = Token(original[last.start:end], last.start, end, ntext[ps:e])
                continue
            merged.append((s, e, kind))
            tokens.append(Token(original[os_:oe], os_, oe, ntext[s:e]))
        spans = merged
    breaks = _sentence_breaks(ntext, spans)
    sentences: list[Sentence] = []
    first = 0
    for b in [*breaks, len(tokens) - 1]:
        toks = tuple(tokens[first:b + 1])
        start, end = toks[0].start, toks[-1].end
        sentences.append(Sentence(original[start:end], start, end, toks))
        first = b + 1
    return tuple(sentences)


def tokenize(text: str) -> tuple[Sentence, ...]:
    """Normalize and tokenize ``text``: sentences with tokens, spans into ``text``."""
    return tokenize_normalized(text, normalize(text))

