"""Variant keys: fold the spelling conventions that vary in Hindi news.

Two spellings of one name (कजाकिस्तान / कज़ाख़स्तान, तोकायेव / टोकायेव) should get
the same key; two different names (ऑस्ट्रिया / ऑस्ट्रेलिया) must not.  The key is
computed on *normalized* text (see :mod:`newsent.normalize`) and folds:

* nukta (ज़ → ज), candra vowels (ऑ → ओ, ॅ → े), ए/ऐ and ओ/औ
* vowel length (ी → ि, ू → ु, ई → इ, ऊ → उ), ऋ/ृ → रि
* anusvara vs nasal consonant + virama before a consonant (न्त → ंत), chandrabindu
* aspirate vs plain stops (ख → क, थ → त ...), retroflex vs dental (ट → त, ड → द, ण → न)
* श / ष / स, य-glides after vowels (तोकायेव → तोकाएव, फुमियो → फुमिओ)
* -िस्तान vs -स्तान, every virama (न्या / नया), spaces and hyphens inside the name

Variants that differ by a real consonant (किर्गिस्तान / किर्गिज़स्तान, रहमोन /
रखमोन) are not folded: the gazetteer lists them as aliases.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["variant_key", "latin_key"]

_NUKTA = "\u093c"
_VIRAMA = "\u094d"

_CHAR_FOLD = str.maketrans(
    {
        _NUKTA: None,
        "\u0901": "\u0902",  # chandrabindu -> anusvara
        "ॉ": "ो", "ॅ": "े", "ऑ": "ओ", "ऍ": "ए",
        "ै": "े", "ऐ": "ए", "ौ": "ो", "औ": "ओ",
        "ी": "ि", "ू": "ु", "ई": "इ", "ऊ": "उ",
        "ख": "क", "घ": "ग", "छ": "च", "झ": "ज", "ठ": "त", "ढ": "द", "थ": "त", "ध": "द", "फ": "प", "भ": "ब",
        "ट": "त", "ड": "द", "ण": "न",
        "श": "स", "ष": "स",
        "-": None, " ": None, "\u200c": None, "\u200d": None, ".": None, "'": None,
    }
)

_CONSONANT = "\u0915-\u0939\u0958-\u095f"
# nasal consonant + virama before a stop -> anusvara (after folding ण -> न): सन्त / संत, but not न्य
_NASAL_VIRAMA = re.compile(rf"[ङञनम]{_VIRAMA}(?=[\u0915-\u0927\u092a-\u092d])")  # before a stop only
# य-glide between a vowel and ए/े (तोकायेव / तोकाएव, गयी / गई is not a name issue)
_YA_GLIDE = re.compile(r"(?<=[\u093e-\u094c\u0905-\u0914])य([\u0947\u094b])")
_GLIDE_VOWEL = {"\u0947": "ए", "\u094b": "ओ"}
_ISTAN = re.compile(r"िस्तान")
_RI = re.compile(r"ृ")


@lru_cache(maxsize=200_000)
def variant_key(text: str) -> str:
    """The spelling-folded key of a normalized Devanagari (or mixed) name."""
    k = text.translate(_CHAR_FOLD)
    k = _RI.sub("रि", k).replace("ऋ", "रि")
    k = _NASAL_VIRAMA.sub("\u0902", k)
    k = _YA_GLIDE.sub(lambda m: _GLIDE_VOWEL[m.group(1)], k)
    k = _ISTAN.sub("स्तान", k)
    # a virama between consonants is often written or not (नेतन्याहू / नेतनयाहू)
    k = k.replace(_VIRAMA, "")
    return k.lower()


_LATIN_STRIP = re.compile(r"[^0-9a-z]+")


def latin_key(text: str) -> str:
    """Key for Latin names and acronyms: lower case, letters and digits only (U.S. → us)."""
    return _LATIN_STRIP.sub("", text.lower())
