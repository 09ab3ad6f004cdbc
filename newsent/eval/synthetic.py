"""Synthetic Devanagari names for scale tests and benchmarks of the gazetteer."""

from __future__ import annotations

__all__ = ["synthetic_name"]

CONSONANTS = "कगचजतदनपबमरलसहवय"


def synthetic_name(i: int) -> str:
    """A distinct two-word Devanagari name for every integer (base-16 digits as consonant+ा syllables)."""
    digits = []
    while True:
        digits.append(CONSONANTS[i % 16] + "ा")
        i //= 16
        if not i:
            break
    return "".join(digits) + "न " + "मो" + "".join(reversed(digits))
