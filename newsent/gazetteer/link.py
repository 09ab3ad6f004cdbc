"""Linking: NER mentions + gazetteer matches → mentions with one canonical entity each.

Read top to bottom, :meth:`Linker.link` does:

1. find gazetteer names in every sentence (exact normalized form, then variant key,
   then Latin alias — see :mod:`.index`);
2. reconcile them with the NER mentions: look names up after any leading title (the span keeps
   it), widen an NER span to a gazetteer name that contains it, fix the label where
   the gazetteer is unambiguous, and propose names NER missed (multi-token names,
   Latin acronyms, distinctive single names — never a common word);
3. link each mention to a gazetteer record; a name that fits several records is
   resolved by label and by the countries of the document, or left unlinked; then add
   the names NER left out right after a mention or a title: an acronym in brackets after
   an organisation (भारतीय उद्योग परिसंघ (सीआईआई)) and an unknown name after a title or
   role noun (राजदूत संधू ने);
4. join mentions of one entity inside the document: same record, short form and
   full name (पुतिन → व्लादिमीर पुतिन) even for names the gazetteer does not know,
   variant spellings of an unknown name, and an acronym in brackets after its
   expansion (सामूहिक सुरक्षा संधि संगठन (सीएसटीओ));
5. read titles before a person (रूस के राष्ट्रपति व्लादिमीर पुतिन, बेलारूसी राष्ट्रपति
   अलेक्जेंडर लुकाशेंको) to set the person's role and, where the gazetteer has none,
   country;
6. build one :class:`~newsent.document.Entity` per cluster.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import AbstractSet, Sequence

from rapidfuzz import fuzz, process

from .._resources import data_path
from .._tsv import read_tsv
from ..document import Entity, Mention, Sentence
from ..errors import ResourceError
from ..normalize import fold, normalize_string
from ..tokenize import LETTER_NAMES, acronym_letters
from .data import GazetteerRecord, read_dir
from .index import EXACT, KEY, LATIN, MIN_KEY_CHARS, GazetteerIndex, Match, name_tokens
from .keys import variant_key

__all__ = ["Linker", "Title", "load_titles", "load_word_list", "UNKNOWN_NAME_CUTOFF"]

#: rapidfuzz ``fuzz.ratio`` cut-off on variant keys for joining two spellings of a name the gazetteer does not
#: know (same document, same label, same length class). Calibrated on tests/data/spelling_pairs.tsv: see
#: bench/bench_reconcile.py, which prints the best cut-off and the accuracy of this one.
UNKNOWN_NAME_CUTOFF = 92.0


#: direction words and generic place nouns: a span made of them only is no name (पूर्वी सीमा, उत्तरी पहाड़ियां)
_DIRECTIONS = frozenset({"पूर्व", "पश्चिम", "उत्तर", "दक्षिण", "मध्य", "पूर्वी", "पश्चिमी", "उत्तरी", "दक्षिणी", "मध्यवर्ती",
                         "पूर्वोत्तर", "पूर्वोत्तरी", "दक्षिणपूर्व", "दक्षिण-पूर्व", "उत्तर-पूर्व", "उत्तरपूर्व",
                         "उत्तर-पश्चिम", "दक्षिण-पश्चिम", "दक्षिण-पूर्वी", "उत्तर-पूर्वी"})
_GEO_NOUNS = frozenset({"सीमा", "सीमाओं", "सीमाएं", "क्षेत्र", "क्षेत्रों", "इलाका", "इलाके", "इलाकों", "हिस्सा", "हिस्से",
                        "हिस्सों", "भाग", "भागों", "तट", "तटों", "तटीय", "पहाड़ी", "पहाड़ियां", "पहाड़ियों", "पहाड़", "पहाड़ों",
                        "मैदान", "मैदानी", "सीमांत", "छोर", "किनारा", "किनारे", "प्रांत", "प्रांतों", "जिले", "जिलों", "राज्यों",
                        "देश", "देशों", "शहर", "शहरों", "गांव", "गांवों", "मोर्चे", "मोर्चा", "दिशा"})

_GENITIVE = {"के", "की", "का"}
#: generic nouns NER may take into a place's span after its name ('खारकीव शहर', 'कुनार प्रांत', 'पुंछ जिले')
_PLACE_HEADS = frozenset({"शहर", "शहरों", "प्रांत", "प्रांतों", "जिले", "जिला", "जिलों", "ज़िले", "ज़िला", "राज्य",
                          "इलाके", "इलाका", "कस्बे", "गांव", "क्षेत्र", "द्वीप", "प्रदेश"})
#: words that stand before a name to describe it (समाचार एजेंसी सिन्हुआ, चरमपंथी संगठन तालिबान)
_DESCRIPTORS = {"समाचार", "एजेंसी", "संगठन", "संस्था", "दल", "पार्टी", "गुट", "चरमपंथी", "आतंकवादी", "आतंकी",
                "विद्रोही", "उग्रवादी", "इस्लामी", "इस्लामिक", "कट्टरपंथी", "संस्थान", "अखबार", "चैनल", "वेबसाइट",
                "मानवाधिकार", "समूह", "ग्रुप", "कंपनी", "पत्रिका"}
#: abbreviated titles with a dot, which are no initials ('डा. एसएम राफिक', 'स्व. इंदिरा गांधी')
_DOTTED_TITLES = frozenset({"डा.", "डॉ.", "प्रो.", "स्व.", "श्री.", "ले.", "कै.", "सं."})
#: a name's initial written as its own token ('आर.', 'डी.'): a letter or two and a dot
_INITIAL = re.compile(r"[\u0900-\u097F]{1,3}\.")
#: descriptor nouns that end a description before an organisation's name ('ट्रेडिंग कंपनी जेन स्ट्रीट')
_ORG_DESCRIPTOR_HEADS = frozenset({"संगठन", "कंपनी", "समूह", "ग्रुप", "गुट", "एजेंसी", "अखबार", "चैनल", "पत्रिका",
                                   "संस्था"})
#: first names that are also common words, which NER leaves out of a name ('विधायक जीवन | कृष्ण साहा')
_COMMON_WORD_FIRST_NAMES = frozenset({"जीवन", "विजय", "प्रेम", "अमर", "राज", "आशा", "शांति", "किरण", "ज्योति", "दीपक",
                                      "सूरज", "कमल", "जय", "सुख", "धर्म", "गौरव", "विकास"})
#: heads after which what follows in the span is the name, whatever short description comes before them
_STRONG_HEADS = frozenset({"संगठन", "संस्था"})
# Modifiers news writes before a name that NER sometimes takes into it: 'सत्तारूढ़ तृणमूल कांग्रेस', 'बाढ़ से बेहाल
# पंजाब', 'युद्धग्रस्त यूक्रेन'; before a known name they are left out of the span like a descriptor.
_SPAN_MODIFIERS = {"सत्तारूढ़", "सत्ताधारी", "विपक्षी", "बेहाल", "प्रभावित", "युद्धग्रस्त", "हिंसाग्रस्त", "बाढ़ग्रस्त",
                   "आतंकग्रस्त", "संकटग्रस्त", "पड़ोसी", "इतर"}
#: the Union government, which NER sometimes takes into a name after it ('केंद्र रवि को वापस बुलाए'); not the
#: police ('पुलिस थाने': a police station, not Thane)
_GOVERNMENT_WORDS = frozenset({"केंद्र"})
#: 'new', 'interim', 'present' before the name of a government or party ('नई चेक सरकार', 'अंतरिम सरकार')
_NEW_WORDS = frozenset({"नई", "नया", "नए", "नयी", "नये", "अंतरिम", "मौजूदा", "वर्तमान"})
# Verbs that open a headline before its subject ('पाकिस्तान पर बरसे जयशंकर', 'पुतिन से मिले मोदी'): NER sometimes
# takes one into the name that follows; before a known name it is left out of the span like a descriptor.
_HEADLINE_VERBS = {"बरसे", "बरसीं", "बरसा", "भड़के", "भड़कीं", "गरजे", "बोले", "बोलीं", "मिले", "मिलीं", "पहुंचे",
                   "पहुंचीं", "लौटे", "घिरे", "दहाड़े"}
_LOC_KINDS = {"country", "territory"}
#: the heads of the generic names of public bodies (स्वास्थ्य मंत्रालय, चुनाव आयोग): a place's own body bears them too
_BODY_HEADS = {"मंत्रालय", "विभाग", "निदेशालय", "आयोग"}
# People who act for an organisation: an organisation name right before one of these is a name in any context.
MEMBER_NOUNS = frozenset({
    "अधिकारी", "अधिकारियों", "प्रवक्ता", "प्रवक्ताओं", "प्रमुख", "प्रमुखों", "चीफ", "अध्यक्ष", "महासचिव", "नेता", "नेताओं", "सदस्य",
    "सदस्यों", "सैनिक", "सैनिकों", "लड़ाके", "लड़ाकों", "कार्यकर्ता", "कार्यकर्ताओं", "समर्थक", "समर्थकों", "कमांडर",
    "प्रतिनिधि", "प्रतिनिधियों", "विशेषज्ञ", "विशेषज्ञों"})
# Head nouns that make a place or person name part of the name of something else: स्वच्छ भारत अभियान, रोम संविधि,
# वियना कन्वेंशन, भारत रत्न. A gazetteer match right before one is not proposed as a mention of the place/person.
_NAME_HEADS = {"मिशन", "अभियान", "योजना", "संविधि", "कन्वेंशन", "करार", "संधि", "प्रोटोकॉल", "घोषणापत्र", "पुरस्कार",
               "अवार्ड", "सम्मान", "रत्न", "ट्रॉफी", "एक्सप्रेस", "विश्वविद्यालय", "यूनिवर्सिटी", "स्टेडियम"}


@dataclass(frozen=True)
class Title:
    words: tuple[str, ...]
    role_en: str
    kind: str


#: role nouns (besides the titles of titles.tsv) that stand right before a person's name: एलआरए कमांडर X, लेखक X
_ROLE_ANCHORS = {"महात्मा", "गुरु", "सरदार", "नवाब", "महाराजा", "सहायक", "कमांडर", "राजनीतिज्ञ", "लेखक",
                 "लेखिका", "डीन", "शास्त्री", "कवि", "कवयित्री", "अभिनेता", "अभिनेत्री", "गायक", "गायिका",
                 "निदेशक", "संस्थापक", "पत्रकार", "प्रोफेसर", "प्रो.", "डॉ.", "राजदूत", "सचिव", "प्रवक्ता",
                 "उपन्यासकार", "इतिहासकार", "अर्थशास्त्री", "कार्यकर्ता", "विधायक", "सांसद", "समकक्ष"}
#: titles that IL-NER (train split) counts as part of the name: स्वामी विवेकानंद, संत कबीर, राजा राममोहन राय
_NAME_PART_TITLES = {"महात्मा", "संत", "स्वामी", "राजा", "महाराजा", "महारानी", "रानी", "सम्राट", "सुल्तान", "गुरु",
                     "सरदार", "नवाब"}
#: particles of respect after a title or name (प्रधानमंत्री जी): never a name themselves
_HONORIFICS = {"जी", "साहब", "साहिब", "महोदय", "महोदया"}
_WEEKDAYS = frozenset({"सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "वीरवार", "शुक्रवार", "शनिवार", "रविवार"})
#: what may follow a name: a case marker, a conjunction or punctuation (or a day)
_NAME_ENDS = {",", "और", "ने", "का", "की", "के", "को", "से", "पर", "में", "।", "(", ")", "'", '"', "तथा", "एवं", "व",
              ":", ";", "-", "."}
_NAME_ENDS |= _WEEKDAYS  # 'विदेश मंत्री कोंडोलीजा राइस बुधवार को भारत पहुंचीं': a day after a name ends it
#: a leader's government: 'जोनाथन सरकार', 'बाइडन प्रशासन'
_GOVERNMENT_HEADS = frozenset({"सरकार", "प्रशासन"})
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f]+")
#: what an organisation publishes: 'विश्व बैंक की रिपोर्ट', 'एमनेस्टी के बयान'
_SOURCE_DOCUMENTS = {"रिपोर्ट", "बयान", "अध्ययन", "सर्वे", "सर्वेक्षण", "आंकड़ों", "आंकड़े", "अनुमान"}
#: common words that may stand between a name and ने without being part of it
_NOT_SURNAMES = {"जी", "भी", "ही", "तो", "खुद", "स्वयं", "आज", "कल", "समेत", "सहित", "साहब", "आदि", "वगैरह", "सभी",
                 "दोनों", "तीनों", "अकेले", "पहले", "बाद", "फिर", "अब", "तब"}


#: speech verbs that headlines put right after a name ('अखिलेश बोले- ...', 'ट्रंप ने कहा'), which NER may run into it
_SPEECH_VERB_FORMS = frozenset({"बोले", "बोली", "बोलीं", "बोला", "कहा", "कहे", "कही", "कहते", "कहती"})


def load_titles(path: Path | None = None) -> dict[tuple[str, ...], Title]:
    path = path or data_path("lexicon", "titles.tsv")
    out: dict[tuple[str, ...], Title] = {}
    for row in read_tsv(path, "lexicon"):
        words = name_tokens(normalize_string(row["title"]))
        if words:
            out[words] = Title(words, row["role_en"], row["kind"])
    return out


def load_common_tokens(path: str | os.PathLike[str] | None = None) -> frozenset[str]:
    """``data/lexicon/common_tokens.txt`` (built by ``python -m newsent.train.vocab``): nukta-folded tokens that the
    NER training data tags O far more often than inside a name."""
    return _read_words(Path(path) if path is not None else data_path("lexicon", "common_tokens.txt"),
                       "common-token list")


def load_generic_nouns(path: str | os.PathLike[str] | None = None) -> frozenset[str]:
    """``data/lexicon/generic_nouns.txt``: institutional and collective nouns that are never a person's name."""
    return _read_words(Path(path) if path is not None else data_path("lexicon", "generic_nouns.txt"),
                       "generic-noun list")


def _read_words(path: Path, what: str) -> frozenset[str]:
    """A word list: one word per line, '#' comments; the words nukta-folded."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ResourceError(f"cannot read the {what} {path}: {e.strerror or e}. Reinstall newsent.") from None
    return frozenset(fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def load_word_list(path: Path | None = None) -> frozenset[str]:
    path = path or data_path("lexicon", "common_words.tsv")
    return frozenset(normalize_string(row["word"]) for row in read_tsv(path, "lexicon"))




@dataclass
class _M:
    """A mention under construction (sentence, token span, label, source, record)."""

    sent: int
    start: int
    end: int
    label: str
    source: str
    record: GazetteerRecord | None = None
    how: str | None = None
    cluster: int = -1
    role: str | None = None
    country: str | None = None
    #: where the name itself starts: after a title NER included (श्री नरेन्द्र मोदी → नरेन्द्र मोदी)
    core: int = -1

    def __post_init__(self) -> None:
        if self.core < 0:
            self.core = self.start


@dataclass
class _Cluster:
    members: list[_M] = field(default_factory=list)
    record: GazetteerRecord | None = None


class Linker:
    """Links mentions to gazetteer entities and joins mentions of one entity."""

    def __init__(
        self,
        index: GazetteerIndex,
        titles: dict[tuple[str, ...], Title] | None = None,
        common_words: frozenset[str] | None = None,
        source: str = "",
        common_tokens: frozenset[str] | None = None,
    ) -> None:
        self.index = index
        self.titles = titles if titles is not None else load_titles()
        self.max_title = max((len(k) for k in self.titles), default=1)
        #: the portfolios of ministers' titles (गृह मंत्री, रक्षा मंत्री): the words of generic ministry names
        self._portfolios = frozenset(k[0] for k in self.titles if len(k) == 2 and k[1] == "मंत्री")
        self.common_words = common_words if common_words is not None else load_word_list()
        #: nukta-folded tokens that are rarely part of a name (see load_common_tokens)
        self.common_tokens = common_tokens if common_tokens is not None else load_common_tokens()
        self.generic_nouns = load_generic_nouns()
        # 'प्रमुख' is mostly the adjective 'main' (प्रमुख केंद्र), not a title before a name
        self._name_anchors = ({t[0] for t in self.titles if len(t) == 1} | _ROLE_ANCHORS) - {"प्रमुख"}
        #: every word of a title ('लेफ्टिनेंट' of 'लेफ्टिनेंट जनरल'), folded
        self._title_words = frozenset(fold(w) for t in self.titles for w in t)
        self.source = source
        #: (country, generic name) -> that country's organisation (national_body), built on first use
        self._bodies: dict[tuple[str, str], GazetteerRecord] | None = None

    @classmethod
    def load(cls, gazetteer_dir: str | os.PathLike[str] | None = None) -> "Linker":
        directory = Path(gazetteer_dir) if gazetteer_dir is not None else data_path("gazetteers")
        records = read_dir(directory)
        if not records:
            raise ResourceError(f"no gazetteer records found in {directory} (expected *.tsv files)")
        return cls(GazetteerIndex(records), source=str(directory))

    def info(self) -> dict[str, object]:
        kinds = Counter(r.kind for r in self.index.records)
        return {"path": self.source, "records": len(self.index.records), "by_kind": dict(sorted(kinds.items()))}

    # ------------------------------------------------------------------
    def link(
        self, text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]
    ) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
        norms = [[t.norm for t in s.tokens] for s in sentences]
        ms = self._align(sentences, mentions)
        matches = [self.index.scan(toks) for toks in norms]
        ms = self._reconcile(norms, ms, matches)
        for m in ms:
            self._strip_modifiers(norms[m.sent], m)
        ms = [m for m in ms if not self._nameless(norms[m.sent][m.start:m.end])]
        for m in ms:
            self._person_after_title(norms[m.sent], m)
            self._link_one(norms, m)
        self._prefer_document_full_names(norms, ms)
        self._disambiguate_by_context(norms, ms)
        self._national_bodies(norms, matches, ms)
        # Latin-script spans NER tags in Hindi text are mostly page furniture ("Desk Team", menus) unless the
        # gazetteer knows them (CSTO, Reuters): unknown ones are dropped
        ms = [m for m in ms if m.record is not None or not all(t.isascii() for t in norms[m.sent][m.start:m.end])]
        ms = self._bracket_acronyms(norms, ms)
        ms = self._names_after_titles(norms, ms)
        self._hyphenated_names(norms, ms)
        ms = self._short_names(norms, ms)
        self._leaders_governments(norms, ms)
        self._read_titles(norms, matches, ms)
        clusters = self._cluster(norms, ms)
        return self._build(text, sentences, ms, clusters)

    # -- 1. NER mentions as token spans -----------------------------------
    @staticmethod
    def _align(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[_M]:
        starts = [s.start for s in sentences]
        out: list[_M] = []
        for m in mentions:
            si = bisect_right(starts, m.start) - 1
            if si < 0:
                continue
            toks = sentences[si].tokens
            a = bisect_left(toks, m.start, key=lambda t: t.start)  # first token starting in the mention
            b = bisect_right(toks, m.end, key=lambda t: t.end) - 1  # last token ending in it
            if a >= len(toks) or b < a:
                continue
            out.append(_M(si, a, b + 1, m.label, m.source))
        return out

    # -- 2. reconcile with the gazetteer ------------------------------------
    def _strip_title(self, toks: list[str], m: _M) -> None:
        """Find the name inside a span that starts with titles; the span itself stays as NER found it
        (IL-NER includes titles: श्री नरेन्द्र मोदी)."""
        changed = True
        while changed and m.end - m.core > 1:
            changed = False
            # a demonym before a title: 'जर्मन चांसलर ओलाफ शोल्ज़', 'अमेरिकी राष्ट्रपति बाइडन'
            skip = 1 if m.end - m.core > 2 and self.index.lookup_demonym(toks[m.core]) else 0
            for n in range(min(self.max_title, m.end - m.core - 1 - skip), 0, -1):
                if tuple(toks[m.core + skip:m.core + skip + n]) in self.titles:
                    m.core += skip + n
                    changed = True
                    break

    def _strip_descriptor(self, toks: list[str], m: _M) -> None:
        """'(आतंकी) संगठन कश्मीर टाइगर्स', 'अमरीकी ट्रेडिंग कंपनी जेन स्ट्रीट': an unknown organisation's span that NER
        opened with a description ending in a head noun (संगठन, कंपनी, समूह ...) has its name after that noun; the
        span itself stays as NER found it."""
        if m.label != "ORG":
            return
        for k in range(m.end - 2, m.core - 1, -1):
            if toks[k] not in _ORG_DESCRIPTOR_HEADS or fold(toks[k + 1]) in self.common_tokens:
                continue
            if all(self._is_descriptor(t) or fold(t) in self.common_tokens for t in toks[m.core:k]):
                if not self.index.lookup(toks[k + 1:m.end])[0]:  # (a known name is cut out of the span later)
                    m.core = k + 1
                return
            if toks[k] in _STRONG_HEADS and k - m.core <= 3 and not any(
                    t in ("के", "की", "का", "(", ")") for t in toks[m.core:k]) \
                    and not self.index.lookup(toks[m.core:k + 1])[0]:
                # 'मैतेई संगठन अरामबाई टेंगोल', 'आईटी उद्योग संगठन नैसकॉम': any short description before
                # 'organisation' that is no name of its own (not 'विश्व स्वास्थ्य संगठन ...')
                m.core = k + 1
                return

    def _undotted_initial(self, toks: Sequence[str], start: int) -> bool:
        """Is the token before ``start`` an initial written without a dot that NER left out of a name starting at
        ``start`` ('सी वी आनंद बोस')? The letters that are also words need more: 'के' (also the genitive) only
        between a title and further initials ('वित्त मंत्री के एन बालगोपाल', not 'बिहार के आर के सिंह'); 'आई' ('came')
        and 'ई' never."""
        prev = toks[start - 1]
        if prev not in LETTER_NAMES or prev in ("आई", "ई"):
            return False
        if prev != "के":
            return True
        return toks[start] in LETTER_NAMES and start >= 2 and (
            toks[start - 2] in _ROLE_ANCHORS or (toks[start - 2],) in self.titles
            or toks[start - 2] == "मंत्री")

    def _reconcile(self, norms: list[list[str]], ms: list[_M], matches: list[list[Match]]) -> list[_M]:
        for m in ms:
            toks = norms[m.sent]
            while m.label == "PER" and m.start > 0 and m.start == m.core and _INITIAL.fullmatch(toks[m.start - 1]) \
                    and toks[m.start - 1] not in _ROLE_ANCHORS and toks[m.start - 1] not in _DOTTED_TITLES \
                    and (toks[m.start - 1],) not in self.titles \
                    and not any(x is not m and x.sent == m.sent and x.start < m.start <= x.end for x in ms):
                m.start = m.core = m.start - 1  # 'आर. | एन. रवि': an initial NER left out of the name
            while m.label == "PER" and m.start > 0 and m.start == m.core and self._undotted_initial(toks, m.start) \
                    and not any(x is not m and x.sent == m.sent and x.start < m.start <= x.end for x in ms):
                m.start = m.core = m.start - 1  # 'सी | वी आनंद बोस', 'मंत्री के | एन बालगोपाल': initials without dots
            if m.label == "PER" and m.start >= 2 and m.start == m.core and toks[m.start - 2] in self._name_anchors \
                    and (toks[m.start - 1] in _COMMON_WORD_FIRST_NAMES or self._name_word(toks[m.start - 1])
                         and fold(toks[m.start - 1]) not in self._title_words
                         # (not before a name the gazetteer knows: 'राष्ट्रपति आंद्रेस | मानुएल लोपेज़ ओब्राडोर')
                         and not any(g.start < m.end and m.start < g.end for g in matches[m.sent])) \
                    and not any(x is not m and x.sent == m.sent and x.start < m.start <= x.end for x in ms):
                m.start = m.core = m.start - 1  # 'विधायक जीवन | कृष्ण साहा': a first name NER left out after a title
            self._strip_title(toks, m)
            self._strip_descriptor(toks, m)
        ms = [piece for m in ms for piece in self._split_joined(norms[m.sent], matches[m.sent], m)]
        by_sent: dict[int, list[_M]] = {}
        for m in ms:
            by_sent.setdefault(m.sent, []).append(m)
        # names NER confirmed somewhere in the document: their other occurrences are proposed too
        index = {si: _SpanIndex(lst) for si, lst in by_sent.items()}
        confirmed: set[str] = set()
        for si, sent_matches in enumerate(matches):
            for g in sent_matches:
                if not g.demonym and ((si in index and index[si].overlapping(g.start, g.end))
                                      or self._unmistakable(norms[si], g)):
                    confirmed.update(r.id for r in g.records)
        out: list[_M] = []
        for si, sent_matches in enumerate(matches):
            sent_ms = by_sent.setdefault(si, [])
            spans = index.setdefault(si, _SpanIndex(sent_ms))
            toks = norms[si]
            for g in sent_matches:
                if g.demonym:
                    continue
                labels = {r.label for r in g.records}
                overlapping = spans.overlapping(g.start, g.end)
                if not overlapping:
                    if len(labels) == 1 and self._proposable(toks, g, next(iter(labels)),
                                                             {r.id for r in g.records} <= confirmed):
                        sent_ms.append(_M(si, g.start, g.end, labels.pop(), "gazetteer"))
                        spans.changed()
                    continue
                before = [(m.start, m.end) for m in overlapping]
                last = overlapping[-1]
                if (len(overlapping) <= 2 and labels == {"LOC"} and g.how in (EXACT, KEY) and last.label != "PER"
                        and g.start < last.start < g.end < last.end and last.core == last.start
                        and all(g.start <= m.start and m.end <= g.end for m in overlapping[:-1])):
                    # 'जम्मू | - | कश्मीर पुलिस', '(जम्मू -) कश्मीर पुलिस': NER cut a place the gazetteer knows whole
                    # out of the name of the body named after it; the body's span takes the whole place back
                    last.start = last.core = g.start
                    for m in overlapping[:-1]:
                        sent_ms.remove(m)
                    spans.changed()
                    continue
                if (len(overlapping) > 1 and len(labels) == 1 and g.how in (EXACT, LATIN)
                        and all(g.start <= m.start and m.end <= g.end for m in overlapping)):
                    # NER split a name the gazetteer knows whole (बान | की | मून): one mention
                    keep = overlapping[0]
                    keep.start = keep.core = g.start
                    keep.end, keep.label = g.end, next(iter(labels))
                    for m in overlapping[1:]:
                        sent_ms.remove(m)
                    spans.changed()
                    continue
                for m in overlapping:
                    if g.end == m.end and m.core < g.start and len(labels) == 1 and g.how in (EXACT, LATIN) and all(
                        self._is_descriptor(t) or t in _SPAN_MODIFIERS or fold(t) in self.common_tokens
                        for t in toks[m.core:g.start]
                    ) and not self.index.lookup(toks[m.core:m.end])[0]:
                        # "समाचार एजेंसी सिन्हुआ", "फ़लस्तीनी संगठन हमास": the name is the known part; so it is after
                        # a modifier or common word NER took in ('सत्तारूढ़ तृणमूल कांग्रेस', 'सम्मेलन से इतर ट्रंप')
                        m.start = m.core = g.start
                    if (m.core, m.end) == (g.start, g.end):
                        if len(labels) == 1 and g.how in (EXACT, LATIN):
                            m.label = next(iter(labels))
                    elif g.start <= m.core and m.end <= g.end and g.how in (EXACT, LATIN) and len(labels) == 1:
                        # the gazetteer knows a longer name containing the NER span: take it
                        if len(overlapping) == 1:
                            m.start, m.end, m.label = min(m.start, g.start), g.end, next(iter(labels))
                            m.core = g.start
                if [(m.start, m.end) for m in overlapping] != before:
                    spans.changed()  # a span moved: re-sort before the next lookup
            # drop duplicates created by widening, and spans inside a longer NER span
            seen: set[tuple[int, int]] = set()
            reach = -1  # furthest end of the NER spans kept so far (sorted by start, longest first)
            for m in sorted(sent_ms, key=lambda m: (m.start, -m.end)):
                if (m.start, m.end) in seen or m.end <= reach:
                    continue
                seen.add((m.start, m.end))
                out.append(m)
                if m.source != "gazetteer":
                    reach = max(reach, m.end)
        return out

    def _split_joined(self, toks: list[str], sent_matches: list[Match], m: _M) -> list[_M]:
        """NER ran two known names together ('मोदी बाइडन', 'पुतिन दिल्ली'): when the span (after its title) is no
        name itself but is tiled exactly by two or more exact gazetteer matches of people and places, one mention
        each. Organisations are never split (संयुक्त राष्ट्र सुरक्षा परिषद)."""
        if m.source != "ner" or m.end - m.core < 2 or self.index.lookup(toks[m.core:m.end])[0]:
            return [m]
        if toks[m.end - 1] in _SPEECH_VERB_FORMS and self.index.lookup(toks[m.core:m.end - 1])[0]:
            m.end -= 1  # 'अखिलेश यादव | बोले- ...': NER ran a known name into the speech verb after it
            return [m]
        for g in sent_matches:
            # 'गोविन्द कुमार झा नयी | दिल्ली': the span's last word begins a place name that goes on after it
            if (m.core < g.start == m.end - 1 < g.end - 1 and g.how == EXACT and not g.demonym
                    and {r.label for r in g.records} == {"LOC"}):
                m.end = g.start
                return [m]
        for g in sent_matches:
            # 'भारत | अमेरिकी सरकार के साथ', 'पाकिस्तान | अफगान सरकार से': a place right before a demonym phrase
            # NER ran into it is a participant of its own
            if (g.start == m.core and g.end <= m.end - 2 and g.how == EXACT and not g.demonym
                    and {r.label for r in g.records} == {"LOC"} and self.index.lookup_demonym(toks[g.end])):
                first = _M(m.sent, m.start, g.end, "LOC", m.source)
                first.core = m.core
                return [first, _M(m.sent, g.end, m.end, m.label, m.source)]
        pieces: list[Match] = []
        pos = m.core
        for g in sorted(sent_matches, key=lambda g: (g.start, -g.end)):
            if g.start == pos and g.end <= m.end and not g.demonym and g.how in (EXACT, LATIN):
                labels = {r.label for r in g.records}
                if len(labels) != 1 or labels & {"ORG"}:
                    return [m]
                pieces.append(g)
                pos = g.end
        if pos != m.end or len(pieces) < 2:
            return [m]
        first = _M(m.sent, m.start, pieces[0].end, pieces[0].records[0].label, m.source)
        first.core = m.core  # a title NER included stays with the first name
        return [first] + [_M(m.sent, g.start, g.end, g.records[0].label, m.source) for g in pieces[1:]]

    def _nameless(self, toks: list[str]) -> bool:
        """A span made only of titles, or of a place and a title (पीएम, पाक पीएम, रूसी राष्ट्रपति): a role, not a
        name, whatever label NER gave it. So is a direction with a generic place noun or a demonym (पूर्वी सीमा,
        उत्तरी पहाड़ी क्षेत्र, पश्चिम एशियाई) or a lone direction adjective (पूर्वी); not two directions (मध्य पूर्व)."""
        if any(t in _DIRECTIONS for t in toks) and all(
                t in _DIRECTIONS or t in _GEO_NOUNS or self.index.lookup_demonym(t) for t in toks) and (
                len(toks) == 1 and toks[0].endswith("ी") or not all(t in _DIRECTIONS for t in toks)):
            return True
        has_title = False
        for t in toks:
            if (t,) in self.titles:
                has_title = True
            elif not (self.index.lookup_demonym(t) or any(r.kind in _LOC_KINDS for r in self.index.lookup([t])[0])
                      or t in ("के", "की", "का")):
                return False
        return has_title

    def _strip_modifiers(self, toks: list[str], m: _M) -> None:
        """'सत्तारूढ़ सर्बियाई प्रोग्रेसिव पार्टी', 'नई चेक सरकार': an unknown organisation's span that NER opened with
        a modifier (_SPAN_MODIFIERS, _NEW_WORDS) starts after it; so does a person's, or a known name's, that NER
        opened with the government ('मांग की कि केंद्र रवि को वापस बुलाए')."""
        while m.end - m.core >= 2 and toks[m.end - 1] in _WEEKDAYS:
            m.end -= 1  # 'इथियोपिया के प्रधानमंत्री अबी अहमद रविवार को': the day ends no name
        if m.start != m.core or self.index.lookup(toks[m.start:m.end])[0]:
            return
        if m.end - m.start >= 2 and toks[m.start] in _GOVERNMENT_WORDS and (
                m.label == "PER" or self.index.lookup(toks[m.start + 1:m.end])[0]):
            m.start = m.core = m.start + 1  # ('कि केंद्र पश्चिम बंगाल के साथ भेदभाव कर रहा है': a known place)
        if m.label != "ORG":
            return
        while m.end - m.start >= 3 and (toks[m.start] in _SPAN_MODIFIERS or toks[m.start] in _NEW_WORDS):
            m.start = m.core = m.start + 1

    def _is_descriptor(self, tok: str) -> bool:
        """A word that describes a name rather than being part of it (title, demonym, 'agency', 'group')."""
        return (tok in _DESCRIPTORS or tok in _HEADLINE_VERBS or (tok,) in self.titles
                or any(tok in t for t in self.titles) or bool(self.index.lookup_demonym(tok)))

    @staticmethod
    def _unmistakable(toks: list[str], g: Match) -> bool:
        """An organisation match that is a name in any context."""
        nxt = toks[g.end:g.end + 2]
        return (
            g.how == LATIN  # CSTO, NATO
            or g.end - g.start >= 3  # a full official name (सामूहिक सुरक्षा संधि संगठन)
            or nxt[:1] in (["ने"], ["द्वारा"])  # the agent of a clause
            # a cited source: 'क्रिसिल रिपोर्ट के अनुसार', 'विश्व बैंक की रिपोर्ट', 'यूनिसेफ के मुताबिक'
            or nxt[:1] == ["रिपोर्ट"] or nxt in (["के", "अनुसार"], ["के", "मुताबिक"])
            or (len(nxt) == 2 and nxt[0] in ("के", "की", "का") and nxt[1] in _SOURCE_DOCUMENTS)
            or (g.start >= 2 and toks[g.start - 1] == "(" and nxt[:1] == [")"])  # X (Y)
            # its own people: नेटो अधिकारियों, भाजपा नेता, हमास के लड़ाकों
            or (nxt[:1] and nxt[0] in MEMBER_NOUNS)
            or (len(nxt) == 2 and nxt[0] in ("के", "की", "का") and nxt[1] in MEMBER_NOUNS)
        )

    def _proposable(self, toks: list[str], g: Match, label: str, confirmed: bool = False) -> bool:
        """May a gazetteer match become a mention though NER did not find it?

        Measured on IL-NER dev: place and person proposals add about as many right mentions as wrong ones,
        Devanagari organisation names mostly wrong ones (committees, parts of longer names) -- those are
        proposed only as the agent of a clause (भाजपा ने ...), where they matter for events."""
        span = toks[g.start:g.end]
        if label == "ORG" and not (confirmed or self._unmistakable(toks, g)):
            return False
        if label != "ORG" and g.end < len(toks) and toks[g.end] in _NAME_HEADS:
            return False
        if g.end - g.start >= 2:
            return g.how in (EXACT, LATIN, KEY)
        word = span[0]
        if g.how == LATIN:
            # acronyms in capitals (CSTO, NATO) or capitalised names (Kremlin); not "is", "us"
            return (word.isupper() and len(word) >= 2) or (word[:1].isupper() and len(word) >= 4)
        paired = "-" in toks[max(0, g.start - 1):g.start] or "-" in toks[g.end:g.end + 1]  # भारत-पाक
        if g.how != EXACT or (word in self.common_words and not paired):
            return False
        return len(word) >= 3

    # -- 3. linking ------------------------------------------------------------
    def _link_one(self, norms: list[list[str]], m: _M) -> None:
        recs, how = self.index.lookup(norms[m.sent][m.core:m.end])
        if not recs and m.end - m.core == 1 and m.label == "LOC":
            # NER tagged a demonym (इसराइली): it refers to the country
            country = self.index.by_id.get(self.index.demonym_country(norms[m.sent][m.core]) or "")
            if country is not None:
                m.record, m.how = country, "demonym"
            return
        if not recs and m.label == "LOC" and m.end - m.core >= 2 and norms[m.sent][m.end - 1] in _PLACE_HEADS:
            # 'खारकीव शहर', 'कुनार प्रांत': a known place with the generic noun NER took into its span is that place
            inner, _ = self.index.lookup(norms[m.sent][m.core:m.end - 1])
            # (not a country: 'गज़ा शहर' is Gaza City, not the Gaza Strip)
            inner = tuple(r for r in inner if r.label == "LOC" and r.kind not in _LOC_KINDS)
            if len({r.id for r in inner}) == 1:
                m.record, m.how = inner[0], "part"
                return
        if not recs and m.label == "LOC" and m.end - m.core >= 2 and norms[m.sent][m.core] in _DIRECTIONS:
            # 'दक्षिणी लेबनान', 'उत्तरी सीरिया', 'पूर्वी लद्दाख': a part of a known place is, for linking, that place
            inner, _ = self.index.lookup(norms[m.sent][m.core + 1:m.end])
            inner = tuple(r for r in inner if r.kind in (*_LOC_KINDS, "state", "region"))
            if len({r.id for r in inner}) == 1:
                m.record, m.how = inner[0], "part"
            return
        if not recs and m.label == "PER" and m.end - m.core >= 3:
            # 'मानुएल लोपेज़ ओब्राडोर': the first name in a spelling the gazetteer lacks before a listed full surname
            inner, _ = self.index.lookup(norms[m.sent][m.core + 1:m.end])
            inner = tuple(r for r in inner if r.label == "PER")
            if len({r.id for r in inner}) == 1:
                m.record, m.how = inner[0], "part"
            return
        if not recs:
            return
        same = [r for r in recs if r.label == m.label]
        if len({r.id for r in same}) == 1:
            m.record, m.how = same[0], how
        elif not same and len({r.id for r in recs}) == 1 and how in (EXACT, LATIN):
            # NER's label disagrees with an unambiguous gazetteer name: trust the gazetteer
            m.record, m.how, m.label = recs[0], how, recs[0].label
        else:
            m.how = "ambiguous"
            m.record = None
            m._candidates = same or list(recs)  # type: ignore[attr-defined]

    def _person_after_title(self, toks: list[str], m: _M) -> None:
        """'पुर्तगाल के राष्ट्रपति मार्सेलो रेबेलो डी सूसा': an ORG span NER found right after a person's title, made of
        name-like words the gazetteer does not know, is the person."""
        if m.label != "ORG" or m.start == 0 or self.index.lookup(toks[m.core:m.end])[0]:
            return
        title = next((self.titles[tuple(toks[m.start - n:m.start])] for n in range(min(self.max_title, m.start), 0, -1)
                      if tuple(toks[m.start - n:m.start]) in self.titles), None)
        if title is None or title.kind not in ("head", "minister", "official"):
            return
        if all(fold(t) not in self.common_tokens and _DEVANAGARI_WORD.fullmatch(t) for t in toks[m.core:m.end]):
            m.label = "PER"

    def _prefer_document_full_names(self, norms: list[list[str]], ms: list[_M]) -> None:
        """A bare surname the gazetteer knows (कुमारस्वामी → H. D. Kumaraswamy) belongs to the full name the
        document itself uses (रमेश कुमारस्वामी) when that full name is someone else."""
        fulls = [m for m in ms if m.label == "PER" and m.end - m.core >= 2]
        for m in ms:
            if m.label != "PER" or m.record is None or m.end - m.core != 1:
                continue
            key = variant_key(norms[m.sent][m.core])
            for o in fulls:
                if variant_key(norms[o.sent][o.end - 1]) == key and (o.record is None or o.record.id != m.record.id):
                    m.record, m.how = None, None
                    break

    def _disambiguate_by_context(self, norms: list[list[str]], ms: list[_M]) -> None:
        countries = Counter(
            (m.record.country or m.record.id) for m in ms if m.record is not None and m.record.kind in _LOC_KINDS
        )
        countries.update(m.record.country for m in ms if m.record is not None and m.record.country)
        for m in ms:
            cands = getattr(m, "_candidates", None)
            if not cands:
                continue
            fitting = [r for r in cands if r.country and countries.get(r.country)]
            if len({r.id for r in fitting}) == 1:
                m.record, m.how = fitting[0], "context"

    def _national_bodies(self, norms: list[list[str]], matches: list[list[Match]], ms: list[_M]) -> None:
        """'पाकिस्तान के विदेश मंत्रालय': an organisation of the country named right before it. A generic name the
        gazetteer gives to another country's body (विदेश मंत्रालय → India's) is not that body, and neither is the same
        generic name said again later ('अफ़ग़ान रक्षा मंत्रालय ने ... । रक्षा मंत्रालय ने')."""
        #: generic body names already given with another country's demonym: words → that country
        named: dict[tuple[str, ...], str] = {}
        for m in ms:
            if m.label != "ORG":
                continue
            country = self._country_before(norms[m.sent], matches[m.sent], m.start)
            words = tuple(norms[m.sent][m.core:m.end])
            if country is None and m.record is not None and m.record.country and self._generic(words):
                place = self._place_before(norms[m.sent], matches[m.sent], m.start)
                if place is None and named.get(words, m.record.country) != m.record.country:
                    place = named[words]
                if place is not None:
                    # 'गाजा के स्वास्थ्य मंत्रालय', 'महाराष्ट्र के स्वास्थ्य मंत्रालय': a place's own body, not the
                    # national one the gazetteer gives that generic name
                    m.record, m.how, m.country = None, None, place
                continue
            if country is None and m.record is None and m.end - m.core >= 3:
                # 'उत्तर कोरियाई विदेश मंत्रालय': an unknown body whose name starts with a demonym
                first = norms[m.sent][m.core:m.end]
                for n in (2, 1):
                    code = self.index.demonym_country(" ".join(first[:n]))
                    if code is not None:
                        m.country = code
                        body = self.national_body(code, first[n:])
                        if body is not None:
                            m.record, m.how = body, "context"
                        break
                continue
            if country is None:
                continue
            if m.record is not None and m.record.country and m.record.country != country:
                m.record, m.how = None, None
            if m.record is None:
                m.country = country
                # 'चीन के विदेश मंत्रालय': the body the gazetteer lists for that country, if any
                body = self.national_body(country, norms[m.sent][m.core:m.end])
                if body is not None:
                    m.record, m.how = body, "context"
            if (m.record is None or m.how == "context") and self._generic(norms[m.sent][m.core:m.end]):
                self._with_demonym(norms, matches, ms, m, named)
        # 'श्रीलंका में प्रदर्शनकारियों ने राष्ट्रपति भवन पर धावा बोला': a body with a generic name, in a document that
        # names no place of the country the gazetteer means and most often names places of one other country, is that
        # country's ('त्बिलिसी ... गृह मंत्रालय के मुताबिक', with America named once too: Georgia's)
        places = Counter(m.record.country or m.record.id for m in ms
                         if m.record is not None and m.label == "LOC" and (m.record.country or m.record.id))
        for m in ms:
            if m.label == "ORG" and m.record is not None and (
                    owner := self.generic_elsewhere(m.record, norms[m.sent][m.core:m.end], places)) is not None:
                m.record, m.how, m.country = None, None, owner

    def _generic(self, words: Sequence[str], also: AbstractSet[str] = frozenset()) -> bool:
        """Is a body name made of common words, titles and body heads only ('विदेश मंत्रालय', 'राष्ट्रपति भवन'), or
        words of ``also``?"""
        return all(fold(t) in self.common_tokens or (t,) in self.titles or t in _BODY_HEADS or t in also
                   for t in words)

    @staticmethod
    def _with_demonym(norms: list[list[str]], matches: list[list[Match]], ms: list[_M], m: _M,
                      named: dict[tuple[str, ...], str]) -> None:
        """'एस्तोनियाई विदेश मंत्रालय': a demonym right before a generic body name is part of the name, as readers
        and the annotated sets call it (unless NER took the demonym for a mention of its own); the generic name said
        again later is that body (``named``)."""
        if m.start != m.core or m.start == 0 or norms[m.sent][m.start - 1] in _GENITIVE:
            return
        demonym = next((g for g in matches[m.sent] if g.end == m.start and g.demonym), None)
        if demonym is None or any(o is not m and o.sent == m.sent and o.start < m.start and o.end > demonym.start
                                  for o in ms):
            return
        if m.country:
            named.setdefault(tuple(norms[m.sent][m.core:m.end]), m.country)
        m.start = m.core = demonym.start

    def national_body(self, country: str, words: Sequence[str]) -> GazetteerRecord | None:
        """The organisation the gazetteer lists for ``country`` under a name made of the country (or its demonym)
        and ``words``: 'विदेश मंत्रालय' of China is 'चीनी विदेश मंत्रालय' (ORG:MFA-CHN); None if there is none."""
        if self._bodies is None:
            self._bodies = {}
            for rec in self.index.records:
                if rec.label != "ORG" or not rec.country:
                    continue
                for name in rec.names_hi:
                    toks = name_tokens(name)
                    for k in range(1, len(toks) - 1):  # a generic name of at least two words after the country
                        head = toks[:k - 1] if toks[k - 1] in _GENITIVE else toks[:k]
                        if not head or toks[k] in _GENITIVE:
                            continue
                        recs, _ = self.index.lookup(head)
                        if self.index.demonym_country(" ".join(head)) == rec.country or any(
                                r.id == rec.country for r in recs):
                            self._bodies.setdefault((rec.country, " ".join(toks[k:])), rec)
        return self._bodies.get((country, " ".join(words)))

    def generic_elsewhere(self, record: GazetteerRecord, words: Sequence[str], places: Counter[str]) -> str | None:
        """``words`` is a generic name made of common words, titles and portfolios (राष्ट्रपति भवन, गृह मंत्रालय) that
        the gazetteer gives to ``record``, a body of one country. In a document that names no place of that country
        (``places``: how often it names each country's places) and most often names places of one other country, it
        is that other country's body: return that country's code; else None."""
        ranked = places.most_common(2)
        if not ranked or len(ranked) == 2 and ranked[1][1] == ranked[0][1] or not record.country \
                or places.get(record.country) or not self._generic(words, self._portfolios) \
                or any(self.index.demonym_country(t) == record.country for t in words):
            # (the last test, made only when all others pass: 'चीनी विदेश मंत्रालय' is China's, whatever other
            # country the story names; 'चीनी' is sugar too, so the name looks generic)
            return None
        return ranked[0][0]

    # -- 5. titles --------------------------------------------------------------
    def _read_titles(self, norms: list[list[str]], matches: list[list[Match]], ms: list[_M]) -> None:
        for m in ms:
            if m.label != "PER":
                continue
            toks = norms[m.sent]
            i = m.core
            title: Title | None = None
            # the title right before the name (honorifics may sit between: राष्ट्रपति श्री ...)
            while i > 0:
                for n in range(min(self.max_title, i), 0, -1):
                    t = self.titles.get(tuple(toks[i - n:i]))
                    if t is not None:
                        break
                else:
                    t = None
                if t is None:
                    break
                i -= len(t.words)
                if t.kind != "honorific" and title is None:
                    title = t
            if title is None:
                continue
            m.role = title.role_en
            country = self._country_before(toks, matches[m.sent], i)
            if country:
                m.country = country

    def _country_before(self, toks: list[str], sent_matches: list[Match], i: int) -> str | None:
        """A country named right before position ``i``: 'रूस के', 'बेलारूसी', 'अमेरिका की'."""
        j = i
        if j > 0 and toks[j - 1] in _GENITIVE:
            j -= 1
        for g in sent_matches:
            if g.end == j:
                recs = {r.country or r.id for r in g.records if r.kind in _LOC_KINDS or r.is_demonym}
                if len(recs) == 1:
                    return recs.pop()
        return None

    @staticmethod
    def _place_before(toks: list[str], sent_matches: list[Match], i: int) -> str | None:
        """The country of a region or city named right before the genitive before position ``i`` ('गाजा के',
        'महाराष्ट्र की'); None if there is none."""
        if i == 0 or toks[i - 1] not in _GENITIVE:
            return None
        for g in sent_matches:
            if g.end == i - 1 and len(g.records) == 1:
                r = g.records[0]
                if r.label == "LOC" and r.kind not in _LOC_KINDS and not r.is_demonym and r.country:
                    return r.country
        return None

    # -- 4. clusters -------------------------------------------------------------
    def _cluster(self, norms: list[list[str]], ms: list[_M]) -> list[_Cluster]:
        clusters: list[_Cluster] = []
        by_record: dict[str, int] = {}
        ms.sort(key=lambda m: (m.sent, m.start))

        def new(m: _M, rec: GazetteerRecord | None) -> None:
            m.cluster = len(clusters)
            clusters.append(_Cluster([m], rec))

        # linked mentions: one cluster per record
        for m in ms:
            if m.record is None:
                continue
            c = by_record.get(m.record.id)
            if c is None:
                by_record[m.record.id] = len(clusters)
                new(m, m.record)
            else:
                m.cluster = c
                clusters[c].members.append(m)
        # unknown names: longest first, so short forms find their full names
        seen = _Antecedents()
        for m in ms:
            if m.cluster >= 0:
                seen.add(norms, m)
        for m in sorted((m for m in ms if m.record is None), key=lambda m: -(m.end - m.core)):
            target = seen.find(norms, m)
            if target is not None:
                m.cluster = target
                clusters[target].members.append(m)
            else:
                new(m, None)
            seen.add(norms, m)
        self._join_brackets(norms, ms, clusters)
        return clusters

    def _names_after_titles(self, norms: list[list[str]], ms: list[_M]) -> list[_M]:
        """'राजदूत संधू ने', 'एलआरए कमांडर रस्का लुक्विया ,': one to three uncommon words right after a title or
        role noun, up to a case marker, a conjunction or punctuation, are a person's name NER missed. Measured on
        IL-NER dev: 11 right, 1 wrong."""
        taken = {(m.sent, i) for m in ms for i in range(m.start, m.end)}
        added = []
        for si, toks in enumerate(norms):
            for i, tok in enumerate(toks[:-1]):
                if tok not in self._name_anchors or (si, i) in taken:
                    continue
                j = i + 1
                while j < len(toks) and j - i <= 3 and (si, j) not in taken and self._name_word(toks[j]):
                    j += 1
                if (i + 1 < j < len(toks) - 1 and j - i <= 3 and toks[j + 1] == "ने" and (si, j) not in taken
                        and _DEVANAGARI_WORD.fullmatch(toks[j]) and toks[j] not in _NOT_SURNAMES):
                    j += 1  # a surname that is also a common word, before ने: 'प्रवक्ता जेफ नॉट ने'
                if j > i + 1 and (j == len(toks) or toks[j] in _NAME_ENDS) and (j == len(toks) or (si, j) not in taken):
                    # titles that are part of the name as written (IL-NER train: महात्मा 34 of 34 inside the span)
                    added.append(_M(si, i if tok in _NAME_PART_TITLES else i + 1, j, "PER", "title"))
        return sorted([*ms, *added], key=lambda x: (x.sent, x.start)) if added else ms

    def _hyphenated_names(self, norms: list[list[str]], ms: list[_M]) -> None:
        """'जीन - पियरा बेम्बा के': an unknown person's name stopped at a hyphen; one to three uncommon words after it,
        up to a case marker, a conjunction or punctuation, belong to the name, and so does an unknown person's name
        right after it ('अल - बशीर')."""
        taken = {(m.sent, i) for m in ms for i in range(m.start, m.end)}
        starts = {(m.sent, m.start): m for m in ms}
        joined: list[_M] = []
        for m in ms:
            toks = norms[m.sent]
            if m.label != "PER" or m.record is not None or m.end + 1 >= len(toks) or toks[m.end] != "-" or m in joined:
                continue
            rest = starts.get((m.sent, m.end + 1))
            if rest is not None and rest.label == "PER" and rest.record is None:
                # 'अल - बशीर': NER tagged both halves of an unknown name as names of their own
                m.end = rest.end
                joined.append(rest)
                continue
            j = m.end + 1
            while j < len(toks) and j - m.end <= 3 and (m.sent, j) not in taken and self._name_word(toks[j]):
                j += 1
            if j > m.end + 1 and (j == len(toks) or toks[j] in _NAME_ENDS):
                m.end = j
        for rest in joined:
            ms.remove(rest)

    def _short_names(self, norms: list[list[str]], ms: list[_M]) -> list[_M]:
        """'इस्सा चिरोमा बकारी ने नतीजे खारिज किए । सरकार ने चिरोमा पर आरोप लगाया', 'अहमद अल-शरा ... शरा के सिर पर': a
        word NER left out that is the last or a middle word of one person's name of two or more words found in the
        document (or the part after the hyphen of its last word) is that person's short form, where it is a name word
        of three letters or more standing alone: followed by a case marker, a conjunction or punctuation, and not
        right after another name word. It takes the full name's record; the clustering joins it to an unknown one."""
        parts: dict[str, set[object]] = {}
        for m in ms:
            if m.label == "PER" and m.end - m.core >= 2:
                name = norms[m.sent][m.core:m.end]
                owner = m.record or variant_key("".join(name))  # (an unknown name named twice is one owner)
                for t in _name_parts(name):
                    if len(t) >= 3 and self._name_word(t) and t not in self.common_words \
                            and t not in _ORG_DESCRIPTOR_HEADS:
                        parts.setdefault(variant_key(t), set()).add(owner)
        if not parts:
            return ms
        taken = {(m.sent, i) for m in ms for i in range(m.start, m.end)}
        added = []
        for si, toks in enumerate(norms):
            for i, tok in enumerate(toks):
                if len(tok) < 3 or (si, i) in taken:
                    continue
                owners = parts.get(variant_key(tok))
                if owners is None or len(owners) != 1 or not self._name_word(tok) \
                        or i + 1 < len(toks) and toks[i + 1] not in _NAME_ENDS \
                        or i > 0 and (si, i - 1) not in taken and self._name_word(toks[i - 1]):
                    continue
                owner = next(iter(owners))
                added.append(_M(si, i, i + 1, "PER", "document",
                                record=owner if isinstance(owner, GazetteerRecord) else None))
        return sorted([*ms, *added], key=lambda x: (x.sent, x.start)) if added else ms

    def _leaders_governments(self, norms: list[list[str]], ms: list[_M]) -> None:
        """'एपीसी ने जोनाथन सरकार पर आरोप लगाया': an unknown organisation NER found as a person's name (the last
        words of a person named elsewhere in the document) and 'सरकार' or 'प्रशासन' is that person's government: the
        mention is cut to the name, a mention of the person, and the government word is left to the event stage."""
        people: dict[tuple[str, ...], _M] = {}
        for m in ms:
            if m.label == "PER" and m.end - m.core >= 2:
                name = tuple(norms[m.sent][m.core:m.end])
                for k in (1, 2):
                    if k < len(name):
                        people.setdefault(name[-k:], m)
        if not people:
            return
        for m in ms:
            toks = norms[m.sent]
            if m.label != "ORG" or m.record is not None or toks[m.end - 1] not in _GOVERNMENT_HEADS \
                    or not 2 <= m.end - m.core <= 3:
                continue
            person = people.get(tuple(toks[m.core:m.end - 1]))
            if person is not None:
                m.end, m.label, m.record, m.source = m.end - 1, "PER", person.record, "document"

    def _name_word(self, tok: str) -> bool:
        """A word that may be part of a name: Devanagari letters, not common, no title, no plural oblique."""
        folded = fold(tok)
        return (len(tok) > 1 and _DEVANAGARI_WORD.fullmatch(tok) is not None and folded not in self.common_tokens
                and folded not in self.generic_nouns and tok not in self._name_anchors
                and not tok.endswith(("ओं", "ों")) and (tok,) not in self.titles and tok not in _HONORIFICS)

    def _bracket_acronyms(self, norms: list[list[str]], ms: list[_M]) -> list[_M]:
        """'भारतीय उद्योग परिसंघ ( सीआईआई )': an acronym in brackets right after an organisation is a mention of it
        (joined to it by _join_brackets) when NER left it out. An acronym is spelled with letter names (सीआईआई, एनआईए)
        or written in Latin capitals."""
        taken = {(m.sent, i) for m in ms for i in range(m.start, m.end)}
        added = []
        for m in ms:
            toks, i = norms[m.sent], m.end + 1
            if (m.label in ("ORG", "LOC") and i + 1 < len(toks) and toks[i - 1] == "(" and toks[i + 1] == ")"
                    and (m.sent, i) not in taken and acronym_letters(toks[i]) >= 2):
                added.append(_M(m.sent, i, i + 1, m.label, "gazetteer"))
        return sorted([*ms, *added], key=lambda x: (x.sent, x.start)) if added else ms

    def _join_brackets(self, norms: list[list[str]], ms: list[_M], clusters: list[_Cluster]) -> None:
        """'X (Y)': the bracketed mention is another name of X (an acronym, a Latin gloss)."""
        by_pos = {(m.sent, m.start): m for m in ms}
        for m in ms:
            toks = norms[m.sent]
            if m.end < len(toks) and toks[m.end] == "(":
                inner = by_pos.get((m.sent, m.end + 1))
                if inner is None or inner.end >= len(toks) or toks[inner.end] != ")":
                    continue
                a, b = clusters[m.cluster], clusters[inner.cluster]
                if a is b or (a.record and b.record and a.record.id != b.record.id):
                    continue
                (keep_i, keep), drop = ((m.cluster, a), b) if a.record or not b.record else ((inner.cluster, b), a)
                for x in drop.members:
                    x.cluster = keep_i
                    keep.members.append(x)
                drop.members = []
                if keep.record is None:
                    keep.record = drop.record

    # -- 6. entities ------------------------------------------------------------------
    def _build(
        self, text: str, sentences: Sequence[Sentence], ms: list[_M], clusters: list[_Cluster]
    ) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
        made: dict[int, Mention] = {}
        for m in ms:
            toks = sentences[m.sent].tokens
            s, e = toks[m.start].start, toks[m.end - 1].end
            made[id(m)] = Mention(text[s:e], s, e, m.label, m.source)
        entities: list[Entity] = []
        order = sorted((c for c in clusters if c.members), key=lambda c: min((x.sent, x.start) for x in c.members))
        for c in order:
            members = sorted(c.members, key=lambda x: (x.sent, x.start))
            mentions = tuple(made[id(x)] for x in members)
            role = next((x.role for x in members if x.role), None)
            if c.record is not None:
                r = c.record
                country = r.country or (r.id if r.kind in _LOC_KINDS else None)
                country = country or next((x.country for x in members if x.country), None)
                ent = Entity(r.id, r.label, r.name_hi, r.name_en or None, country, mentions, r.kind, role)
            else:
                label = Counter(x.label for x in members).most_common(1)[0][0]
                names = [text[sentences[x.sent].tokens[x.core].start:sentences[x.sent].tokens[x.end - 1].end]
                         for x in members]
                longest_name = max(names, key=len)
                country = next((x.country for x in members if x.country), None)
                ent = Entity(None, label, longest_name, None, country, mentions, None, role)
            for mm in mentions:
                object.__setattr__(mm, "entity", ent)
            entities.append(ent)
        all_mentions = tuple(sorted(made.values(), key=lambda x: (x.start, x.end)))
        return all_mentions, tuple(entities)


class _SpanIndex:
    """The mentions of one sentence, found by overlap in O(log n) (sentences can be very long)."""

    #: no mention is longer than this many tokens (NER windows are 150 tokens; gazetteer names far shorter)
    MAX_SPAN = 200

    def __init__(self, ms: list[_M]) -> None:
        self.ms = ms
        self._dirty = True
        self._starts: list[int] = []

    def changed(self) -> None:
        self._dirty = True

    def overlapping(self, start: int, end: int) -> list[_M]:
        if self._dirty:
            self.ms.sort(key=lambda m: m.start)
            self._starts = [m.start for m in self.ms]
            self._dirty = False
        lo = bisect_left(self._starts, start - self.MAX_SPAN)
        hi = bisect_left(self._starts, end)
        return [m for m in self.ms[lo:hi] if m.start < end and start < m.end]


def _name_parts(toks: Sequence[str]) -> list[str]:
    """The words of a person's name a short form may be, after its first: the middle and last words, and the part
    after the hyphen of the last ('अहमद अल-शरा' → अल-शरा, शरा)."""
    out = list(toks[1:])
    if "-" in toks[-1] and not toks[-1].endswith("-"):
        out.append(toks[-1].rsplit("-", 1)[1])
    return out


class _Antecedents:
    """Mentions already in a cluster, indexed for the unknown-name rules of :meth:`Linker._cluster`:
    same variant key (the first in text order wins), short form of a longer person name (its tokens are the
    first or last tokens of the other), or a rapidfuzz ``fuzz.ratio`` ≥ ``UNKNOWN_NAME_CUTOFF`` between keys of
    names with as many tokens."""

    def __init__(self) -> None:
        self.exact: dict[tuple[str, str], tuple[tuple[int, int], int]] = {}
        self.parts: dict[tuple[str, str, tuple[str, ...]], set[int]] = {}
        self.by_shape: dict[tuple[str, int], tuple[list[str], list[int]]] = {}

    def add(self, norms: list[list[str]], m: _M) -> None:
        toks = norms[m.sent][m.core:m.end]
        key = variant_key("".join(toks))
        pos = (m.sent, m.start)
        if (m.label, key) not in self.exact or pos < self.exact[(m.label, key)][0]:
            self.exact[(m.label, key)] = (pos, m.cluster)
        keys = tuple(variant_key(t) for t in toks)
        for k in range(1, len(keys)):
            self.parts.setdefault((m.label, "first", keys[:k]), set()).add(m.cluster)
            self.parts.setdefault((m.label, "last", keys[-k:]), set()).add(m.cluster)
        if len(toks) >= 2:  # (a middle word of a longer name: 'चिरोमा' of 'इस्सा चिरोमा बकारी'; 'हिजरी' of 'अल-हिजरी')
            hyphen_part = {variant_key(t) for t in _name_parts(toks)[len(toks) - 1:]}  # (the other words are keyed)
            for k in (set(keys[1:-1]) | hyphen_part) - {keys[-1]}:
                self.parts.setdefault((m.label, "middle", (k,)), set()).add(m.cluster)
        bucket = self.by_shape.setdefault((m.label, len(toks)), ([], []))
        bucket[0].append(key)
        bucket[1].append(m.cluster)

    def find(self, norms: list[list[str]], m: _M) -> int | None:
        toks = norms[m.sent][m.core:m.end]
        key = variant_key("".join(toks))
        if len(key) >= MIN_KEY_CHARS and (m.label, key) in self.exact:
            return self.exact[(m.label, key)][1]
        candidates: set[int] = set()
        if m.label == "PER":
            keys = tuple(variant_key(t) for t in toks)
            candidates |= self.parts.get((m.label, "first", keys), set())
            candidates |= self.parts.get((m.label, "last", keys), set())
            if len(keys) == 1 and not candidates:
                candidates |= self.parts.get((m.label, "middle", keys), set())
        bucket = self.by_shape.get((m.label, len(toks)))
        if bucket and len(key) >= 5:
            for _, _, i in process.extract(key, bucket[0], scorer=fuzz.ratio, score_cutoff=UNKNOWN_NAME_CUTOFF,
                                           limit=None):
                candidates.add(bucket[1][i])
        return candidates.pop() if len(candidates) == 1 else None

