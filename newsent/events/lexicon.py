"""The predicate lexicon (``data/events/predicates.tsv``) and Hindi verb morphology.

A predicate is a noun + light verb (``मदद मांग``, ``फोन पर बातचीत कर``) or a simple
verb (``कह``), mapped to a CAMEO code, an English label and the case markers
that introduce its targets.  :class:`PredicateLexicon` recognises inflected
verb forms (किया / की / किए / करेगा / कर रहे, मांगी, भेज चुका ...) by stripping
suffixes back to a stem and the oblique/plural forms of nouns (हमला ~ हमले ~ हमलों).
Text and lexicon are compared nukta-folded (फ़ोन = फोन).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .._resources import data_path
from .._tsv import read_tsv
from ..errors import ResourceError
from ..normalize import fold, normalize_string
from ..tokenize import CASE_WORDS, word_spans

__all__ = ["Predicate", "PredicateLexicon", "event_word", "fold", "fold_tokens", "verb_stems", "noun_key"]


@dataclass(frozen=True)
class Predicate:
    noun: tuple[str, ...]
    verb: tuple[str, ...]
    code: str
    label: str
    targets: tuple[str, ...]

    @property
    def takes_targets(self) -> bool:
        return bool(self.targets)


_IRREGULAR = {
    "किया": "कर", "की": "कर", "किए": "कर", "किये": "कर", "कीं": "कर", "करें": "कर",
    "दिया": "दे", "दी": "दे", "दिए": "दे", "दिये": "दे", "दीं": "दे", "दें": "दे",
    "लिया": "ले", "ली": "ले", "लिए": "ले", "लिये": "ले", "लीं": "ले", "लें": "ले",
    "हुआ": "हो", "हुई": "हो", "हुए": "हो", "हुईं": "हो", "हुये": "हो",
    "होगा": "हो", "होगी": "हो", "होंगे": "हो", "होंगी": "हो",
    "गया": "जा", "गई": "जा", "गए": "जा", "गयी": "जा", "गये": "जा", "गईं": "जा",
    "पिया": "पी", "करके": "कर",
    # futures of दे / ले, whose stem vowel the -ेगा/-ेंगे endings would take away
    **{f"{stem}{end}": stem for stem in ("दे", "ले") for end in ("गा", "गी", "ंगे", "ंगी")},
    "दूंगा": "दे", "दूंगी": "दे", "लूंगा": "ले", "लूंगी": "ले",
}
# longest first
_SUFFIXES = sorted(
    [
        "ेंगे", "ेंगी", "ेगा", "ेगी", "ूंगा", "ूंगी", "एंगे", "एंगी", "एगा", "एगी", "येंगे", "येंगी", "येगा", "येगी",
        "ोगे", "ओगे", "कर", "ता", "ती", "ते", "तीं", "ना", "नी", "ने", "या", "यी", "ये", "यीं", "ई", "ईं", "ए", "ा", "ी",
        "ीं", "े", "ें", "ो", "ओ", "िए", "िये", "िएगा",
    ],
    key=len,
    reverse=True,
)


@lru_cache(maxsize=50_000)
def verb_stems(token: str) -> tuple[str, ...]:
    """Possible verb stems of an inflected token (the token itself included)."""
    token = fold(token)
    stems = [token]
    if token in _IRREGULAR:
        stems.append(_IRREGULAR[token])
    for suf in _SUFFIXES:
        if token.endswith(suf) and len(token) > len(suf) + 0:
            stem = token[: -len(suf)]
            if stem:
                stems.append(stem)
    return tuple(dict.fromkeys(stems))


_NOUN_ENDINGS = sorted(["ियों", "ियां", "ाओं", "ओं", "ों", "ें", "ाएं", "ाएँ", "ा", "े", "ी", "ि", "ं"], key=len, reverse=True)


#: spellings of one noun that folding does not join (a nasal before a consonant of another class)
_SPELLINGS = {"इंकार": "इनकार", "इन्कार": "इनकार"}

#: other spellings of event words, as newspapers print them, and the form the lexicon and rules use: ए for ऐ (एलान,
#: the BBC's and many papers' spelling of ऐलान), a vowel or halant off (विरूद्ध, गिरफतार), य for ए (लिये)
_VARIANTS = {
    "एलान": "ऐलान", "एतराज": "ऐतराज", "लिये": "लिए", "विरूद्ध": "विरुद्ध", "जबाब": "जवाब", "जबाबी": "जवाबी",
    "न्यौता": "न्योता", "आहवान": "आह्वान", "आव्हान": "आह्वान", "गिरफतार": "गिरफ्तार", "गिरफतारी": "गिरफ्तारी",
    "शुरु": "शुरू", "संघर्ष-विराम": "संघर्षविराम", "युद्ध-विराम": "युद्धविराम",
}


@lru_cache(maxsize=50_000)
def event_word(token: str) -> str:
    """A text token as the event rules compare it: nukta-folded, in the lexicon's spelling (एलान → ऐलान)."""
    token = fold(token)
    return _VARIANTS.get(token, token)


@lru_cache(maxsize=50_000)
def noun_key(token: str) -> str:
    """Token with number/case endings removed: हमला / हमले / हमलों → हमल; इंकार → इनकार."""
    token = fold(token)
    token = _SPELLINGS.get(token, token)
    for end in _NOUN_ENDINGS:
        if token.endswith(end) and len(token) - len(end) >= 2:
            return token[: -len(end)]
    return token


def noun_matches(words: Sequence[str], noun: Sequence[str]) -> bool:
    """Do the text ``words`` spell the lexicon ``noun``? Every word may be inflected (कई समझौतों पर हस्ताक्षर ~
    समझौते पर हस्ताक्षर); case markers inside the noun must be as written."""
    return len(words) == len(noun) and all(
        w == nw or (nw not in CASE_WORDS and noun_key(w) == noun_key(nw)) for w, nw in zip(words, noun))


@lru_cache(maxsize=50_000)
def fold_tokens(s: str) -> tuple[str, ...]:
    """A lexicon entry or phrase normalized, tokenized as text is, and nukta-folded."""
    s = normalize_string(s)
    return tuple(fold(s[a:b]) for a, b, _ in word_spans(s))


class PredicateLexicon:
    """Lookup of predicates by verb stem and noun."""

    def __init__(self, predicates: list[Predicate], source: str = "") -> None:
        self.predicates = predicates
        self.source = source
        #: last verb word -> predicates whose verb ends with it
        self.by_verb: dict[str, list[Predicate]] = {}
        for p in predicates:
            self.by_verb.setdefault(p.verb[-1], []).append(p)
        for lst in self.by_verb.values():  # longest noun first: the longest match wins
            lst.sort(key=lambda p: (-len(p.noun), -len(p.verb)))
        #: verb word -> noun_key of the noun's last word ("" for a bare verb) -> (rank in by_verb, predicate)
        self._by_verb_noun: dict[str, dict[str, list[tuple[int, Predicate]]]] = {}
        for verb, lst in self.by_verb.items():
            by_key = self._by_verb_noun.setdefault(verb, {})
            for rank, p in enumerate(lst):
                by_key.setdefault(noun_key(p.noun[-1]) if p.noun else "", []).append((rank, p))
        #: last noun word -> 'noun + हो' predicates ending in it, longest first (बातचीत हुई, फोन पर बातचीत हुई)
        self._happened: dict[str, list[Predicate]] = {}
        for p in sorted(predicates, key=lambda p: -len(p.noun)):
            if p.noun and p.verb == ("हो",):
                self._happened.setdefault(noun_key(p.noun[-1]), []).append(p)
        #: last noun word -> attacks named by a noun (roots 18-20, verb कर), longest first (हवाई हमले, हमले)
        self._attacks: dict[str, list[Predicate]] = {}
        for p in sorted(predicates, key=lambda p: -len(p.noun)):
            if p.noun and p.verb == ("कर",) and p.code[:2] in ("18", "19", "20"):
                self._attacks.setdefault(noun_key(p.noun[-1]), []).append(p)
        #: noun_key of every word of a predicate's noun (बातचीत, हमले, फोन ...)
        self.noun_words: frozenset[str] = frozenset(noun_key(w) for p in predicates for w in p.noun)
        #: one-word noun -> the predicate it forms with its usual "doing" verb (प्रतिबंध → प्रतिबंध लगा)
        self._by_noun: dict[str, Predicate] = {}
        #: two-word nouns likewise (ऋण सुविधा → ऋण सुविधा दे)
        self._by_noun2: dict[tuple[str, str], Predicate] = {}
        self._of_noun: dict[str, Predicate] | None = None
        for verb in _DOING_VERBS:
            for p in predicates:
                if len(p.noun) == 1 and p.verb == (verb,) and p.code[:2] not in ("01", "02", "10"):
                    key = noun_key(p.noun[0])
                    first = self._by_noun.setdefault(key, p)
                    if first.code == p.code:  # the same action with another verb: its markers count too
                        targets = tuple(dict.fromkeys(first.targets + p.targets))
                        self._by_noun[key] = Predicate(first.noun, first.verb, first.code, first.label, targets)
                elif len(p.noun) == 2 and p.verb == (verb,) and p.code[:2] not in ("01", "02", "10") \
                        and p.noun[0] not in _MARKER_WORDS and p.noun[1] not in _MARKER_WORDS:
                    self._by_noun2.setdefault((noun_key(p.noun[0]), noun_key(p.noun[1])), p)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "PredicateLexicon":
        path = Path(path) if path is not None else data_path("events", "predicates.tsv")
        preds: list[Predicate] = []
        for i, row in enumerate(read_tsv(path, "predicate lexicon"), start=2):
            try:
                code = row["code"].strip()
                if not (code.isdigit() and 2 <= len(code) <= 4 and 1 <= int(code[:2]) <= 20):
                    raise ValueError(f"bad CAMEO code {code!r}")
                targets = tuple(
                    _normalize_marker(t) for t in row["targets"].split("|") if t.strip() and t.strip() != "-"
                )
                preds.append(Predicate(fold_tokens(row["noun"] or ""), fold_tokens(row["verb"]), code,
                                       row["label"].strip(), targets))
            except (KeyError, ValueError, AttributeError) as e:
                raise ResourceError(f"{path}: malformed row {i}: {e}") from None
        if not preds:
            raise ResourceError(f"the predicate lexicon {path} has no rows")
        return cls(preds + _expression_variants(preds), str(path))

    def happened(self, words: Sequence[str]) -> tuple[int, Predicate] | None:
        """For the words before and at a noun that follows 'हुई/हुए/हुआ' ('फोन पर | बातचीत'): the longest
        'noun + हो' predicate ending in that noun ('फोन पर बातचीत हो', else 'बातचीत हो'), with its noun length."""
        if not words:
            return None
        key = noun_key(words[-1])
        for p in self._happened.get(key, ()):
            n = len(p.noun)
            if n <= len(words) and noun_matches(words[len(words) - n:], p.noun):
                return n, p
        return None

    def attack_noun(self, words: Sequence[str], clashes: bool = False) -> tuple[int, Predicate] | None:
        """(length, predicate) of the longest attack noun (roots 18-20 with कर: हमला, हवाई हमले, बमबारी) that ends
        ``words``, or None. ``clashes``: fighting that happens between parties (roots 18-20 with हो: झड़प, संघर्ष,
        युद्ध, मुठभेड़) counts too."""
        if not words:
            return None
        key = noun_key(words[-1])
        clash = [p for p in self._happened.get(key, ()) if p.code[:2] in ("18", "19", "20")] if clashes else []
        for p in [*self._attacks.get(key, ()), *clash]:
            n = len(p.noun)
            if n <= len(words) and noun_matches(words[len(words) - n:], p.noun):
                return n, p
        return None

    def of_noun(self, token: str) -> Predicate | None:
        """The predicate a one-word noun forms with whatever verb, when all of its rows share one CAMEO root (समर्थन →
        051, मांग → 10, प्रतिबद्धता → 03): what reiterating it ('समर्थन दोहराया') repeats; else None."""
        if self._of_noun is None:
            rows: dict[str, list[Predicate]] = {}
            for p in self.predicates:
                if len(p.noun) == 1 and p.verb != ("मांग",):  # (asking for it is another act: 'समर्थन मांगा')
                    rows.setdefault(noun_key(p.noun[0]), []).append(p)
            self._of_noun = {key: ps[0] for key, ps in rows.items() if len({p.code[:2] for p in ps}) == 1}
        return self._of_noun.get(noun_key(token))

    def by_noun(self, token: str, before: str | None = None) -> Predicate | None:
        """The predicate a one-word action noun forms with its usual verb (हमले → हमला कर, प्रतिबंधों → प्रतिबंध
        लगा), for nouns that name an action of their own; statements, appeals and demands are left out. With the
        word ``before`` it, a two-word noun first (ऋण सुविधा → ऋण सुविधा दे)."""
        if before is not None and (two := self._by_noun2.get((noun_key(before), noun_key(token)))) is not None:
            return two
        return self._by_noun.get(noun_key(token))

    def candidates(self, verb_token: str, context: frozenset[str] | None = None) -> list[Predicate]:
        """Predicates whose (last) verb word could be ``verb_token`` inflected, longest noun first.

        ``context``: :func:`noun_key` of the tokens just before the verb; predicates whose noun cannot be
        there are skipped (a cheap filter before the exact noun match).
        """
        out: list[Predicate] = []
        for stem in verb_stems(verb_token):
            if context is None:
                out.extend(self.by_verb.get(stem, ()))
                continue
            by_key = self._by_verb_noun.get(stem)
            if by_key is None:
                continue  # (most stems of a word are no verb)
            found = [x for k in (*context, "") if k in by_key for x in by_key[k]]
            out.extend(p for _, p in sorted(found, key=lambda x: x[0]))
        return out


def _expression_variants(preds: list[Predicate]) -> list[Predicate]:
    """Forms of a row the lexicon does not list itself, added as the same predicate:

    - 'X जता' (express X) is also written 'X व्यक्त कर', 'X जाहिर कर' and 'X का इजहार कर' (चिंता जताई ~ चिंता
      व्यक्त की ~ चिंता का इजहार किया);
    - 'X दर्ज कर' (register X) is also said with the causative, 'X दर्ज करा', and the other way round (मामला दर्ज
      कराया, शिकायत दर्ज की);
    - a one-word action noun done with कर, दे or लगा is continued with 'जारी रख' (प्रदर्शन जारी रखा, हमले जारी रखे):
      the same act, going on;
    - aid sent ('राहत सामग्री भेज', root 07) is also delivered and dispatched: 'X पहुंचा', 'X रवाना कर' (काबुल में
      टेंट पहुंचाए, खाद्य सामग्री कुनार रवाना की)."""
    have = {(p.noun, p.verb) for p in preds}
    out = []

    def add(noun: tuple[str, ...], verb: tuple[str, ...], p: Predicate) -> None:
        if (noun, verb) not in have:
            have.add((noun, verb))
            out.append(Predicate(noun, verb, p.code, p.label, p.targets))

    for p in preds:
        if p.verb == ("जता",) and p.noun:
            add(p.noun + ("व्यक्त",), ("कर",), p)
            add(p.noun + ("जाहिर",), ("कर",), p)
            add(p.noun + ("का", "इजहार"), ("कर",), p)
        elif p.verb in (("कर",), ("करा",)) and len(p.noun) > 1 and p.noun[-1] == "दर्ज":
            add(p.noun, ("करा",) if p.verb == ("कर",) else ("कर",), p)
        elif len(p.noun) == 1 and p.verb in (("कर",), ("दे",), ("लगा",)) and p.code[:2] not in ("01", "02", "10"):
            add(p.noun, ("जारी", "रख"), p)
        if p.verb == ("भेज",) and p.noun and p.code[:2] == "07":
            add(p.noun, ("पहुंचा",), p)
            add(p.noun, ("रवाना", "कर"), p)
    return out


_DOING_VERBS = ("कर", "लगा", "दे", "भेज")  # in order of preference for by_noun
#: case markers: a two-word noun holding one ('हिरासत में') is a phrase, not a compound noun (by_noun)
_MARKER_WORDS = frozenset({"को", "से", "में", "पर", "का", "की", "के", "ने"})


def _normalize_marker(m: str) -> str:
    return " ".join(fold(t) for t in normalize_string(m.strip()).split())
