"""Actor–action–target events from Hindi clauses.

For every sentence, top to bottom:

1. **Participants.** Linked mentions (people, places, organisations), nominal
   actors (सरकार, प्रदर्शनकारी, सेना … from ``data/events/nominals.tsv``; tied to a
   country by ``X की सरकार``, ``इसराइली सेना``, ``भारत सरकार``, ``X में सरकार``),
   role references (``रूस के राष्ट्रपति`` → the person the document named in that
   role), ``वहां`` (the place just named), object pronouns (उनसे, उस पर: resolved per
   event) and gazetteer organisations NER missed before a case marker become *units*.
2. **Case markers.** Each unit gets the postposition that follows it (ने, को, से,
   के साथ, के खिलाफ, पर, द्वारा ...). A genitive chain (सीएसटीओ के सदस्य देशों के
   नेताओं के साथ) passes the final marker to the named possessor; a list (A, B और
   C के साथ) passes it to every member.
3. **Predicates.** Verb groups are found with the predicate lexicon: noun +
   light verb or simple verb, inflected (किया/की/किए, मांगी, भेज चुका है), with
   auxiliaries (tense/aspect) and negation (नहीं, न, मत).
4. **Clauses and roles.** Each predicate closes a clause. Its actor is the unit
   marked ने, else the agent of a passive (द्वारा, की ओर से), else the unmarked
   subject, else the actor of the previous clause joined by और / तथा / a comma
   (verbs sharing one subject), else a pronoun's antecedent (उन्होंने → the last
   actor), else a name NER missed right before ने.  Targets are the units whose
   marker is in the predicate's frame, in the frame's priority order.  Plain
   statements (010) take no targets.  Infinitive clauses (X द्वारा ... करने के
   बाद), attacks named by a noun (इसराइली हमले में ... मौत) and verbless headlines
   (मोदी की बाइडन से मुलाकात) are clauses too; docs/events.md lists every rule.
5. **Dates.** With a publication date, a weekday (बुधवार को) or आज / कल in the
   clause resolves to an ISO date.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left
from collections import Counter
import re
from dataclasses import dataclass, field
from dataclasses import replace as _with
from pathlib import Path
from typing import AbstractSet, Callable, Sequence

from .._resources import data_path
from ..document import Entity, Event, Mention, Sentence, Token
from .._tsv import read_tsv
from ..normalize import normalize_string
from ..gazetteer.data import GazetteerRecord
from ..gazetteer.index import EXACT, LATIN
from ..gazetteer.link import MEMBER_NOUNS, load_common_tokens, load_generic_nouns
from ..tokenize import acronym_letters
from .lexicon import (CASE_WORDS, Predicate, PredicateLexicon, event_word, fold, fold_tokens, noun_key, noun_matches,
                      verb_stems)

__all__ = ["EventExtractor", "NominalLexicon"]

# -- closed word classes -----------------------------------------------------------------------------------------
_MARKERS = sorted(
    [
        ("के", "साथ"), ("के", "खिलाफ"), ("के", "विरुद्ध"), ("के", "विरोध", "में"), ("की", "ओर", "से"),
        ("की", "तरफ", "से"), ("के", "हवाले", "से"), ("के", "लिए"), ("के", "प्रति"), ("की", "ओर"), ("के", "बीच"),
        ("से", "मिलकर"), ("के", "पास"), ("के", "अनुसार"), ("के", "मुताबिक"), ("के", "बाद"), ("के", "तहत"),
        ("के", "समक्ष"), ("के", "सामने"), ("के", "आगे"), ("को", "लेकर"),
        ("द्वारा",), ("ने",), ("को",), ("से",), ("पर",), ("में",), ("का",), ("की",), ("के",), ("तक",),
    ],
    key=len,
    reverse=True,
)
_MARKERS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _mk in _MARKERS:  # longest first, as in _MARKERS
    _MARKERS_BY_FIRST.setdefault(_mk[0], []).append(_mk)
_GENITIVE = {("का",), ("की",), ("के",)}
_GENITIVE_WORDS = {"का", "की", "के"}
#: words inside a title that names an office: 'राष्ट्रपति पद के उम्मीदवार'
_OFFICE_WORDS = frozenset({"पद", "के", "की", "का"})
_AGENT = {("द्वारा",), ("की", "ओर", "से"), ("की", "तरफ", "से")}
_COORD = {"और", "तथा", "एवं", ",", "व", "-"}  # भारत-चीन (split by gazetteer.compounds): a pair
_NEG = {"नहीं", "न", "मत", "ना"}
_GAP = {"भी", "नहीं", "न", "ही", "तो", "को", "वहां", "यहां", "फिर", "पहले", "अब", "अभी", "तुरंत", "जल्द", "भी नहीं", "लगातार",
        "शुरू", "तेज", "तेज़", "काफी", "बहुत", "पूरा", "पूरी", "पूरे"}
# (बातचीत शुरू की, सैन्य अभ्यास शुरू किया: starting an action is the action (शुरु is read as शुरू: lexicon.event_word);
# so is intensifying it: हवाई हमले तेज कर दिए)
# words that can follow a bare "कर" inside one verb group (कर दिया, कर सकते, कर चुके, कर रहे, कर पाए ...)
_VECTOR_PREFIXES = ("दे", "दि", "दी", "ले", "लि", "ली", "डाल", "सक", "चुक", "रह", "पा", "जा", "बैठ", "गय", "गई", "गए",
                    "चाह", "हो", "हु", "था", "थी", "थे", "है", "हैं", "रख", "उठ")
_AUX_WORDS = {
    "है", "हैं", "था", "थी", "थे", "थीं", "हो", "हुआ", "हुई", "हुए", "हुईं", "रहा", "रही", "रहे", "रहीं", "चुका",
    "चुकी", "चुके", "चुकें", "चुकीं", "गया", "गई", "गए", "गयी", "गये", "गईं", "दिया", "दी", "दिए", "दिये", "लिया", "ली",
    "लिए", "लिये", "जा", "जाएगा", "जाएगी", "जाएंगे", "जाता", "जाती", "जाते", "सकता", "सकती", "सकते", "सका", "सकी", "सके",
    "पाया", "पाई", "पाए", "होगा", "होगी", "होंगे", "डाला", "डाली", "डाले", "जाए", "जाएं", "चाहिए", "पड़ा", "पड़ी", "पड़े",
    "रहेगा", "रहेगी", "रहेंगे", "सकेगा", "सकेंगे", "हूं", "होता", "होती", "होते",
    # vectors in the future and the habitual: 'हमला कर देगा', 'शुल्क लगा देंगे', 'कब्जा कर लेंगे', 'मार डालेंगे'
    "देगा", "देगी", "देंगे", "देंगी", "लेगा", "लेगी", "लेंगे", "लेंगी", "डालेगा", "डालेगी", "डालेंगे", "डालेंगी",
    "देता", "देती", "देते", "लेता", "लेती", "लेते",
    "पाएगा", "पाएगी", "पाएंगे", "पाएंगी", "पाऊंगा", "पाऊंगी", "पाता", "पाती", "पाते",
}
_CLAUSE_END = {"।", ".", "!", "?", ",", "और", "तथा", "कि", ";", ":", '"', "'", ")", "लेकिन", "परंतु", "मगर", "जबकि"}
#: markers of a source: what follows is told on its word ('X के मुताबिक', 'X के अनुसार')
_SOURCE_MARKERS = (("के", "मुताबिक"), ("के", "अनुसार"))
_PRONOUN_ACTORS = {"उन्होंने", "उसने", "इन्होंने", "इसने", "वे", "वह", "वो", "उन्हों"}
_GONE_FORMS = frozenset({"गए", "गई", "गया", "गये", "गईं", "जाएंगे", "जाएगा", "जाएगी", "जाते", "जाती", "जाता"})
_PLURAL_PRONOUNS = frozenset({"वे", "उन्होंने", "इन्होंने"})  # (plural, or honorific for one person)
_EMPHATIC_PRONOUNS = frozenset({"उसी", "उन्हीं", "इसी", "इन्हीं"})  # ('उसी ने': that very one)
#: markers that introduce a party rather than a thing or a topic: a name NER missed may stand before them as a target
_PARTY_MARKERS = frozenset({("को",), ("से",), ("के", "साथ"), ("के", "खिलाफ"), ("के", "विरुद्ध")})
#: pronoun actors that may stand for the subject just named in their own कि-clause (_subject_before)
_SUBJECT_PRONOUNS = frozenset({"उसने", "इसने", "उन्होंने", "वे", "वह", "वो"})
_FIRST_PERSON = {"हम", "हमने", "मैं", "मैंने"}  # the speaker of reported speech (after कि or a quote)
#: relative pronouns that are the subject of their clause ('X, जिसने ...', 'X, जो ...')
_RELATIVE_SUBJECTS = {"जिसने", "जिन्होंने", "जो"}
#: the last word of a finite clause before a comma ('मौजूद रहे, जिन्होंने ...')
_CLAUSE_FINAL = frozenset({"रहे", "रहीं", "रही", "रहा", "थे", "थीं", "थी", "था", "हुए", "हुईं", "हुई", "हुआ", "पहुंचे",
                           "पहुँचे", "पहुंचीं", "पहुंचा", "पहुंची"})
#: object pronouns that carry their case marker (उनसे = उन + से); उन- (honorific or plural) stands for a person or
#: a group, उस- for any participant
_PRONOUN_OBJECTS = {"उनसे": ("से",), "उन्हें": ("को",), "उनको": ("को",), "उससे": ("से",), "उसे": ("को",),
                    "उसको": ("को",), "जिन्हें": ("को",), "जिनको": ("को",)}
#: genitive pronouns: their referent is the target of a predicate that governs them (उनकी आलोचना की) or their noun
_PRONOUN_GENITIVES = {"उनकी": "की", "उनके": "के", "उनका": "का", "उसकी": "की", "उसके": "के", "उसका": "का"}
#: a speaker's own country in what he says ('कहा कि उनका देश / हमारा देश ...': _speakers_country); not 'उनकी सरकार',
#: which a state's chief minister says of the state's ('Mizoram government')
_OWN_WORDS = frozenset({"उनका", "उसका", "हमारा", "मेरा", "अपना"})
_OWN_HEADS = frozenset({"देश"})
#: words that may open a कि-clause before its subject ('कि अगर ...', 'कि अब ...')
_CLAUSE_OPENERS = frozenset({"अगर", "यदि", "अब", "भी", "तो"})
#: पर / के साथ after the pronoun: उन पर, उस पर, उनके साथ, उसके खिलाफ
_PRONOUN_STEMS = {"उन": ("पर",), "उस": ("पर",), "उनके": ("साथ", "खिलाफ", "विरुद्ध"), "उसके": ("साथ", "खिलाफ", "विरुद्ध")}
_ROLE_REF_ONLY = ("head", "minister", "official", "military")
_HEADLINE_BREAKS = (",", ":", "।", ";", "-", "|")  # what may close a headline's subject after its verb
#: plain statements never have targets (the media a speaker talks to are not targets)
_NO_TARGET_CODES = {"010", "01"}
#: a future or wished-for (चाहता है) 04–07 action is an intention: CAMEO 03x
_INTENT_CODES = {"04": ("036", "express intent to meet or negotiate"),
                 "05": ("032", "express intent to engage in diplomatic cooperation"),
                 "06": ("031", "express intent to engage in material cooperation"),
                 "07": ("033", "express intent to provide material aid")}
#: the intention to give a kind of aid (CAMEO 0331-0334), by the third digit of the aid code (071-074)
_AID_INTENTS = {"1": ("0331", "express intent to provide economic aid"),
                "2": ("0332", "express intent to provide military aid"),
                "3": ("0333", "express intent to provide humanitarian aid"),
                "4": ("0334", "express intent to provide military protection or peacekeeping")}
_PASSIVE_AUX = {"गया", "गई", "गए", "गयी", "गये", "गईं", "जा", "जाता", "जाती", "जाते", "जाएगा", "जाएगी", "जाएंगे", "जाए",
                "जाएं"}
#: 'while' after an imperfective participle ('लौटते समय', 'जाते वक्त'): a clause of time
_WHILE_WORDS = frozenset({"समय", "वक्त", "वक़्त"})
#: after a verb these make it non-finite (कहे जाने का, करने के लिए)
_NONFINITE_NEXT = {"जाने", "जाना", "हुए", "वाले", "वाला", "वाली"}
#: auxiliaries after which an unmarked subject is normal even with a transitive verb (भेज चुका है, कर रहे हैं)
_NO_ERGATIVE_AUX = {"रहा", "रही", "रहे", "रहीं", "चुका", "चुकी", "चुके", "चुकें", "चुकीं", "सकता", "सकती", "सकते", "सका",
                    "सकी", "सके", "पाया", "पाई", "पाए"}
#: the passive auxiliary of a participle describing a noun ('लगाए गए प्रतिबंध', 'भेजी गई सामग्री')
_PARTICIPLE_PASSIVE = frozenset({"गए", "गई", "गया", "गयी", "गये", "गईं"})
#: quantifiers that float after a list ('जर्मनी और आस्ट्रिया दोनों पर', 'मोदी और शाह दोनों ने')
_FLOATING_QUANTIFIERS = frozenset({"दोनों", "तीनों", "चारों", "सभी"})
#: acts that are events only when two parties do them together ('भारत और नेपाल ने ... का संयुक्त रूप से उद्घाटन
#: किया', 'मोदी ने ... के साथ ... का शिलान्यास किया': 061)
_JOINT_ONLY = frozenset({("उद्घाटन",), ("शिलान्यास",), ("आधारशिला",),
                         # 'मोदी और इशिबा ने ... निवेश का लक्ष्य तय किया' (not a launch, 'की शुरुआत की': openers
                         # start an innings together too)
                         ("लक्ष्य",)})
#: a legislature's members, who act for their party ('शिवसेना के विधायक धरने पर बैठ गए')
_LEGISLATORS = frozenset({"विधायक", "विधायकों", "सांसद", "सांसदों", "पार्षद", "पार्षदों"})
#: generic heads between a name and its case marker: वुहान शहर का, रखाइन प्रांत में
_GENERIC_HEADS = {"शहर", "नगर", "प्रांत", "प्रदेश", "राज्य", "देश", "देशों", "क्षेत्र", "इलाके", "इलाका", "जिले", "जिला", "गांव",
                  "द्वीप", "राजधानी", "संगठन", "पार्टी", "दल", "एजेंसी", "समाचार",
                  "शहरों", "प्रांतों", "राज्यों", "क्षेत्रों", "इलाकों", "जिलों", "गांवों", "द्वीपों", "संगठनों",
                  "पार्टियों", "दलों", "एजेंसियों",
                  # geographic heads: गलवान घाटी में, यमुना नदी पर, गाजा पट्टी में
                  "घाटी", "नदी", "झील", "पर्वत", "पहाड़ी", "खाड़ी", "सागर", "महासागर", "पट्टी", "प्रायद्वीप", "रेगिस्तान",
                  "बंदरगाह",
                  # floating quantifiers: जर्मनी और आस्ट्रिया दोनों पर, A, B और C तीनों ने
                  *_FLOATING_QUANTIFIERS}
_INTRANSITIVE = {"हो", "जा", "आ", "चल", "भाग", "पहुंच", "लौट", "बन", "मर", "गिर", "रह", "उठ", "बैठ", "लग", "मिल", "भिड़",
                "घुस", "बरस", "भड़क", "गरज", "बोल", "झुक",
                # (moving and standing firm: 'लोग सड़कों पर उतरे', 'सेनाएं पीछे हटीं', 'मांग पर अड़े', 'की ओर बढ़े')
                "उतर", "हट", "अड़", "डट", "बढ़", "निकल", "जुट", "उमड़"}
_SPEECH = ("कहना", "मानना")  # 'X का कहना/मानना है'
_ANNOUNCE = {("घोषणा",), ("ऐलान",), ("प्रतिबद्धता",)}  # (a commitment to invest: 'निवेश की प्रतिबद्धता दोहराई')
#: 'अपनी', 'अपना', 'अपने': one's own, between a genitive and its noun ('निवेश की अपनी प्रतिबद्धता')
_REFLEXIVE_GENITIVES = frozenset({"अपनी", "अपना", "अपने"})
#: promises ('भरोसा दिलाया कि', 'आश्वासन दिया कि', 'वादा किया कि')
_PROMISE_NOUNS = frozenset({("भरोसा",), ("आश्वासन",), ("वादा",), ("वचन",)})
#: acts done by declaring them: announced, they are done ('मैक्रों ने फ़लस्तीन को मान्यता की घोषणा की': 054)
_DECLARATORY = frozenset({"054"})
#: writings that say something (_writer_before): 'X की वह याचिका, जिसमें उन्होंने ...'
_WRITINGS = frozenset({"अर्ज़ी", "अर्जी", "याचिका", "अपील", "पत्र", "चिट्ठी", "आवेदन", "बयान", "पोस्ट", "लेख",
                       "भाषण", "शिकायत", "अनुरोध", "प्रस्ताव"})
#: ties raised to a partnership ('संबंधों को रणनीतिक साझेदारी के स्तर तक ले जाने का फैसला किया', '... का दर्जा देने की
#: घोषणा की') are raised by declaring it, as recognition is: the annotated sets code the decision as the act (05)
_RAISED_TIES = frozenset({("साझेदारी", "के", "स्तर", "तक"), ("साझेदारी", "का", "दर्जा")})


def _declaratory(p: Predicate) -> bool:
    """Is ``p`` done by declaring it (_DECLARATORY, _RAISED_TIES), so that deciding or announcing it does it?"""
    return p.code in _DECLARATORY or p.noun in _RAISED_TIES


#: a statement that announces measures or decisions (_announced_before)
_ANNOUNCED = frozenset({"घोषणा", "ऐलान", "फैसला", "फैसले", "निर्णय", "एलान"})
#: approvals (lexicon rows 'मंजूरी दे', 'स्वीकृति दे', 'मंजूर कर'): an event only as the action they approve
_APPROVALS = {("मंजूरी",), ("स्वीकृति",), ("मंजूर",)}
#: nouns of approving an action named by an infinitive before them ('कर्ज देने को मंजूरी दी')
_APPROVAL_WORDS = frozenset({"मंजूरी", "स्वीकृति"})  # (not अनुमति: 'बैंकों को ऋणपत्र बेचने की अनुमति' lets others act)
#: what follows a noun in a phrase ('लिखे पत्र में': the participle qualifies the noun)
_POSTPOSITIONS = frozenset({"में", "के", "की", "का", "को", "से", "पर"})
#: what a body says in writing or on record: 'X की रिपोर्ट में कहा गया है' is X's statement
_DOCUMENTS = {
    "रिपोर्ट", "रिपोर्टों", "बयान", "बयानों", "विज्ञप्ति", "समीक्षा", "अध्ययन", "सर्वेक्षण", "सर्वे", "निष्कर्ष",
    "निष्कर्षों", "पत्र", "चिट्ठी", "ट्वीट", "पोस्ट", "संदेश", "आदेश", "फैसले", "याचिका", "प्राथमिकी", "एफआईआर",
    "हलफनामे", "आरोपपत्र", "चार्जशीट", "नोटिस", "ज्ञापन", "दस्तावेज", "दस्तावेज़", "घोषणापत्र", "संपादकीय", "लेख",
    "ब्लॉग", "बुलेटिन", "अधिसूचना", "परिपत्र", "शिकायत", "आकलन", "अनुमान", "विश्लेषण", "ऑडिट", "श्वेतपत्र",
}
#: words between a genitive and its document: 'X की एक ताजा रिपोर्ट', 'X की ओर से जारी प्रेस विज्ञप्ति'
_DOCUMENT_FILLERS = {
    "एक", "अपनी", "अपने", "अपना", "नई", "नए", "नये", "नयी", "ताजा", "ताज़ा", "हालिया", "सालाना", "वार्षिक", "आधिकारिक",
    "लिखित", "जारी", "संयुक्त", "विस्तृत", "अंतिम", "प्रारंभिक", "शुरुआती", "गोपनीय", "प्रेस", "मीडिया", "इस", "उस",
    "पिछले", "पिछली", "हफ्ते", "सप्ताह", "महीने", "साल", "की", "के", "ओर", "तरफ", "से", "द्वारा", "किए", "किये", "गए",
    "गये", "गई", "गयी", "दिए", "दी", "प्रकाशित", "लीक", "जांच", "स्थिति", "रिपोर्ट",
}
#: words between 'X की रिपोर्ट में' and 'कहा गया' (…में भी साफ तौर पर कहा गया)
_SAID_FILLERS = {"भी", "साफ", "साफ़", "स्पष्ट", "तौर", "रूप", "से", "पर", "यह", "कथित", ","}
#: roots of acts that, reported by someone else, make an accusation (so does defying norms or law, 128)
_WRONGDOING = {"13", "14", "15", "17", "18", "19", "20"}
#: news agencies and outlets (gazetteer ids): what they report is news, no accusation of their own
_NEWS_MEDIA = frozenset({
    "ORG:REUTERS", "ORG:AFP", "ORG:AP", "ORG:XINHUA", "ORG:PTI", "ORG:ANI", "ORG:TASS", "ORG:RIA-NOVOSTI", "ORG:UNI",
    "ORG:IANS", "ORG:BBC", "ORG:CNN", "ORG:AL-JAZEERA", "ORG:INTERFAX", "ORG:RT", "ORG:GLOBAL-TIMES", "ORG:NYT",
    "ORG:WAPO", "ORG:WSJ", "ORG:BLOOMBERG", "ORG:GUARDIAN", "ORG:YONHAP", "ORG:KCNA", "ORG:IRNA", "ORG:APP",
    "ORG:DOORDARSHAN", "ORG:AIR", "ORG:TOI", "ORG:HINDUSTAN-TIMES", "ORG:THE-HINDU", "ORG:INDIAN-EXPRESS", "ORG:NDTV"})
#: wrongdoing in reported speech that is no CAMEO event of its own (the last word is a verb stem): lying,
#: misleading, betraying, abandoning, neglecting, looting, hiding, not wanting peace
_ACCUSATORY = (("झूठ", "बोल"), ("गुमराह", "कर"), ("धोखा", "दे"), ("धोखा", "कर"), ("हाल", "पर", "छोड़"),
               ("अनदेखी", "कर"),
               ("उपेक्षा", "कर"), ("लूट",), ("छिपा",), ("विश्वासघात", "कर"), ("बर्बाद", "कर"), ("भ्रमित", "कर"),
               ("शांति", "नहीं", "चाह"),  # ('रूस शांति नहीं चाहता': unwilling to make peace)
               ("दुरुपयोग", "कर"), ("बदनाम", "कर"), ("परेशान", "कर"))
_ACCUSATORY_FIRST = frozenset(w[0] for w in _ACCUSATORY if len(w) > 1)
_ACCUSATORY_VERBS = tuple(w[0] for w in _ACCUSATORY if len(w) == 1)
_DECIDE = {"फैसला", "निर्णय", "घोषणा", "ऐलान", "संकल्प"}
#: what a person may announce that is no event between actors: retiring from a sport, an engagement, a wedding
_PRIVATE_ANNOUNCEMENTS = {"संन्यास", "रिटायरमेंट", "सगाई", "शादी", "विवाह"}
_WISH_NOUNS = {"इच्छा", "मंशा", "इरादा", "प्रतिबद्धता"}
#: words before a bare आ (come) that are no place: 'सामने आया', 'वापस आए', 'काम आया', 'नजर आए'
_NOT_PLACES = {"सामने", "वापस", "बाहर", "अंदर", "भीतर", "पास", "नजर", "नज़र", "काम", "आगे", "पीछे", "ऊपर", "नीचे",
               "हाथ", "पकड़", "घर", "लौट", "चले", "चली", "चला", "उभर", "निकल", "मिलने", "करने", "देने", "लेने"}
#: what may follow 'जारी' when something goes on: 'युद्ध जारी है', 'संघर्ष जारी रहा'
_ONGOING = {"है", "हैं", "था", "थी", "थे", "रहा", "रही", "रहे", "रहेगा", "रहेगी", "रहेंगे"}
#: going on now or before, not promised to go on ('धरना जारी रहा', not 'जारी रहेगा': _continuing)
_ONGOING_NOW = frozenset(t for t in _ONGOING if not t.startswith("रहें") and not t.startswith("रहेग")) | {"रहीं"}
_IMPERATIVES = {"बताओ", "बताइए", "बताइये", "कहो", "कहिए", "कहिये", "बोलो", "बोलिए", "बोलिये"}
_CLAIMS = {"दावा"}  # 'हमला करने का दावा किया': one's own attack claimed
_EMPHASIS = {"जोर", "बल"}  # 'करने पर जोर दिया': the action stressed is wished for
_WISHED_FORCE = {"18", "19", "20"}  # wanting to use force is a threat (138)
_WISHED_NONE = {"08", "09", "11", "14", "15", "16", "17"}  # other wished actions are no event
#: what one 'speaks' that makes बोलना no statement: झूठ बोलना (lie)
_SPOKEN_OBJECTS = {"झूठ", "झूठी", "सच"}
#: words that open a subordinate clause ('... आया जब उसने ...'): what follows them is no headline
_SUBORDINATORS = {"जब", "कि", "क्योंकि", "लेकिन", "अगर", "यदि", "तो", "जबकि", "ताकि"}
#: a sentence with one of these is no verbless headline
_HEADLINE_NO = {"है", "हैं", "था", "थे", "थी", "गया", "गई", "गए", "रहा", "रही", "रहे"}
#: a state of emergency or martial law, or a curfew, imposed or lifted: on the actor's own country when no target
#: is named
_EMERGENCY_MEASURES = frozenset({"1723", "1724", "0813", "0814"})
#: an armed clash of security forces with insurgents or criminals (_casualties)
_ENCOUNTERS = {"मुठभेड़", "एनकाउंटर"}
_FORCE_NAME = re.compile(r"\b(Police|Forces?|Guard|Rifles|Army|Squad|Battalion|Corps|Special Operations Group)\b")
_NOT_FORCE_NAME = re.compile(r"\b(Disaster|Financial)\b")
_STATE_FORCES = {"MIL", "SPY", "COP"}
#: words that report deaths, injuries or destruction: मौत, मारे गए, घायल, हताहत, मृत्यु, शहीद, तबाह, ध्वस्त, नष्ट
_CASUALTY_PREFIXES = ("मौत", "मारे", "मारा", "मारी", "घायल", "जख्मी", "हताहत", "मृत्यु", "शहीद", "तबाह", "ध्वस्त",
                      "नष्ट", "जान")
#: nominal sectors that act on their own; civilians, students, media ... act only when tied to a country
_ACTOR_SECTORS = {"GOV", "MIL", "SPY", "COP", "OPP", "REB", "JUD", "LEG", "CRM"}
_LOCATIVE = {"वहां", "वहीं"}
#: 'केंद्र सरकार' (the Centre's government): in Hindi news the Union government of India
_UNION = {"केंद्र": "IND"}
_WEEKDAYS = {
    "सोमवार": 0, "मंगलवार": 1, "बुधवार": 2, "गुरुवार": 3, "बृहस्पतिवार": 3, "वीरवार": 3, "शुक्रवार": 4,
    "शनिवार": 5, "रविवार": 6, "इतवार": 6,
}


#: words before a noun that make it a common noun, not a name: इस परिपाटी ने, कई श्रोताओं ने
_DETERMINERS = {"इस", "उस", "यह", "वह", "ये", "वे", "इन", "उन", "किसी", "हर", "प्रत्येक", "कई", "कुछ", "सभी",
                "अन्य", "दूसरे", "अपने", "अपनी", "अपना", "उनके", "उनकी", "उसके", "उसकी", "जिस"}
#: amounts and size adjectives between a headline verb and its noun (लगाया 50 फीसदी टैरिफ, दागीं कई मिसाइलें)
_AMOUNT_WORDS = {"फीसदी", "प्रतिशत", "%", "करोड़", "लाख", "हजार", "अरब", "सौ", "डॉलर", "रुपये", "नए", "नई", "नये",
                 "नयी", "कई", "भारी", "बड़ा", "बड़े", "बड़ी", "कड़ा", "कड़े", "कड़ी", "सख्त", "दर्जनों", "सैकड़ों",
                 "हजारों", "एक", "दो", "तीन", "चार", "पांच", "अतिरिक्त"}
#: what is given to a paper or channel: 'X को दिए (गए) साक्षात्कार में'
_INTERVIEW_NOUNS = frozenset({"साक्षात्कार", "इंटरव्यू", "इन्टरव्यू", "साक्षात्कारों", "इंटरव्यूज"})
#: kin named before a person in a list ('गद्दाफ़ी, उनके बेटे सैफ़ और ...'); no kinsman acts for the other
_KIN_NOUNS = frozenset({"बेटे", "बेटा", "बेटी", "बेटों", "पुत्र", "पुत्री", "पत्नी", "पति", "भाई", "बहन", "भतीजे",
                        "भतीजा", "दामाद", "बहू", "पिता", "मां", "माँ"})
_ROLE_NOUNS = {"एक", "वरिष्ठ", "शीर्ष", "पूर्व", "उच्च", "प्रवक्ता", "प्रमुख", "आयुक्त", "प्रतिनिधि", "दूत", "अधिकारी",
               "अधिकारियों", "नेता", "नेताओं",
               "मंत्री", "विदेश", "रक्षा", "गृह", "समकक्ष", "राजदूत", "सचिव", "महासचिव", "अध्यक्ष", "कमांडर",
               "मंत्रियों", "प्रतिनिधियों", "राजदूतों", "प्रमुखों", "राष्ट्राध्यक्षों", "प्रधानमंत्रियों",
               "राष्ट्रपतियों", "सचिवों", "उम्मीदवार", "प्रत्याशी", "सांसद", "सांसदों", "विधायक",
               "विधायकों", "कार्यकर्ता", "कार्यकर्ताओं", "पदाधिकारी", "पदाधिकारियों", "पार्षद", "पार्षदों"}
# words between an organisation's genitive and its people: यूरोपीय संघ के एक (वरिष्ठ) अधिकारी
class _Words(frozenset):
    """A word set that also holds every number written in digits (6, 90, ६)."""

    def __contains__(self, t: object) -> bool:
        return super().__contains__(t) or (isinstance(t, str) and t.isdigit())


_QUANTIFIERS = _Words({"एक", "दो", "तीन", "चार", "पांच", "छह", "छः", "सात", "आठ", "नौ", "दस", "बीस", "सौ",
                       "सैकड़ों", "हजारों", "दर्जनों", "दर्जन", "कई", "कुछ", "अन्य", "वरिष्ठ", "शीर्ष", "उच्च", "बड़े",
                       "बड़ी"})
#: words that count people ('दो भारतीय', 'सैकड़ों फलस्तीनी'): the quantifiers that are numbers
_COUNTING_WORDS = frozenset(_QUANTIFIERS - {"अन्य", "वरिष्ठ", "शीर्ष", "उच्च", "बड़े", "बड़ी"}) | {"पाँच", "हज़ारों", "लाखों"}
_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097fA-Za-z]+")
_TIME_WORDS = set(_WEEKDAYS) | {"आज", "कल", "परसों", "रविवार", "हाल", "पिछले", "अगले", "इस"}
#: how strongly something is said or done, between a genitive and the predicate's noun: भारत की कड़ी आलोचना,
#: भारत की कड़े शब्दों में निंदा, X की जमकर तारीफ
_MANNER_WORDS = {"कड़ी", "कड़े", "कड़ा", "तीखी", "तीखे", "तीखा", "सख्त", "जमकर", "खुलकर", "जोरदार", "भरपूर", "खूब",
                 "गहरी", "गहरा", "गहरे"}
_MANNER_NOUNS = {"शब्दों", "लहजे", "अंदाज", "अंदाज़", "स्वर", "सुर"}


def _skip_manner(toks: Sequence[str], i: int) -> int:
    """The index after the manner words at ``i``: 'कड़ी', 'कड़े शब्दों में', 'एक सुर में'."""
    while i < len(toks):
        if toks[i] in _MANNER_WORDS:
            i += 1
        elif toks[i] in _MANNER_NOUNS and i + 1 < len(toks) and toks[i + 1] == "में" and i > 0 and (
                toks[i - 1] in _MANNER_WORDS or toks[i - 1] == "एक"):
            i += 2
        elif toks[i] == "एक" and i + 2 < len(toks) and toks[i + 1] in _MANNER_NOUNS and toks[i + 2] == "में":
            i += 1
        else:
            break
    return i




@dataclass(frozen=True)
class Nominal:
    lemma: str
    name_en: str
    sector: str


class NominalLexicon:
    """Forms of nominal actors (सरकार, प्रदर्शनकारियों ...) → their lemma."""

    def __init__(self, forms: dict[tuple[str, ...], Nominal]) -> None:
        self.forms = forms
        self.max_len = max((len(k) for k in forms), default=1)
        self._first = {k[0] for k in forms}  # a cheap test before trying every length

    @classmethod
    def load(cls, path: str | Path | None = None) -> "NominalLexicon":
        path = Path(path) if path is not None else data_path("events", "nominals.tsv")
        forms: dict[tuple[str, ...], Nominal] = {}
        for row in read_tsv(path, "nominal-actor list"):
            nom = Nominal(normalize_string(row["lemma"]), row["name_en"], row["sector"])
            for form in row["forms"].split("|"):
                toks = fold_tokens(form)
                if toks:
                    forms.setdefault(toks, nom)
        return cls(forms)

    def match(self, toks: Sequence[str], i: int) -> tuple[int, Nominal] | None:
        if toks[i] not in self._first:
            return None
        for n in range(min(self.max_len, len(toks) - i), 0, -1):
            nom = self.forms.get(tuple(toks[i:i + n]))
            if nom is not None:
                return n, nom
        return None


@dataclass
class _Unit:
    start: int
    end: int
    entity: Entity | None = None  # a linked entity (or a role reference resolved to one)
    nominal: Nominal | None = None
    country: str | None = None  # for nominals
    #: for nominals of a state or province named right before them ('पंजाब के हजारों किसानों'): (name_en, country)
    region: tuple[str, str] | None = None
    marker: tuple[str, ...] | None = None
    possessor_of_next: bool = False
    pronoun: bool = False
    #: वहां: resolved, when it is a target, to the place last named before this character offset
    locative_before: int | None = None
    #: token index after the case marker
    marker_end: int = -1
    #: the next member of the list this unit belongs to (A, B और C ने ...)
    coordinated_with: "_Unit | None" = None
    #: 'दोनों नेताओं', 'दोनों देशों': the two parties named last before it
    group: tuple[Entity, ...] = ()
    #: bare 'दोनों' (दोनों के बीच, दोनों ने): the group is the last two protagonists when the unit is used
    protagonists: bool = False
    #: an object pronoun (उनसे, उन्हें, उस पर): 'उन' or 'उस'; resolved, as a target, to the participant named last
    anaphor: str = ""
    #: 'केंद्र', 'केंद्र सरकार': the Union government, never a state's government named before
    union: bool = False
    #: for 'दोनों नेताओं/देशों/पक्षों': which kind of entity the group is made of (_GROUP_NOUNS)
    group_kind: str = ""
    #: 'रांची (तथा साहिबगंज) स्थित ठिकानों': a place that only says where the next noun is; the token after स्थित
    located: int = 0
    #: 'अमेरिकी (और ब्रिटिश लड़ाकू विमानों)': a demonym coordinated with the one before a nominal is a group of its
    #: own country (its country: that demonym's)
    demonym_of: str | None = None
    #: its country is the one its demonym names ('भारतीय मछुआरों'): the nation's, never a state's
    by_demonym: bool = False


@dataclass
class _Pred:
    start: int  # first token (noun or verb)
    verb: int  # index of the (last) verb token
    end: int  # after auxiliaries
    pred: Predicate
    negated: bool
    tense: str | None
    passive: bool = False
    #: for "X का कहना है": the statement's speaker is the genitive before कहना
    genitive_speaker: bool = False
    #: perfective transitive verb: its agent is marked with ने (an unmarked noun is the object)
    ergative: bool = False
    #: end of the predicate's noun (== start for a simple verb)
    noun_end: int = -1
    #: an adverbial participle (-ते हुए): only a ने-marked subject of the sentence can be its actor
    participle: bool = False
    #: 'हुई बातचीत': an event named by a noun inside the clause; the clause goes on after it
    nominal: bool = False
    #: 'X पर हमला करने का आरोप है': an action the text only reports as alleged; X (marked पर) is its actor
    alleged: bool = False
    #: 'रूस द्वारा यूक्रेन पर हमला करने के बाद': an infinitive clause with its agent (द्वारा) before a postposition
    nominalized: bool = False
    #: 'इसराइली हमले में ... मौत', headline 'मोदी की बाइडन से मुलाकात': an event named by a noun alone, its actor the
    #: genitive or demonym before it (_noun_events)
    noun_event: bool = False
    #: 'हमला करने की कोशिश की': an attempted action, coded as the action
    attempted: bool = False
    #: 'श्रीलंकाई नौसेना द्वारा गिरफ्तार किए गए मछुआरों': a passive participle describing the noun after it; its
    #: agent is the द्वारा-phrase right before it, its patient that noun; the clause around it goes on
    attributive: bool = False
    #: 'दिल्ली की ओर कूच कर रहे किसानों को', 'अनशन कर रहे जरांगे ने': a progressive participle describing the noun
    #: after it; that noun is its actor; the clause around it goes on
    describes: bool = False

    def __post_init__(self) -> None:
        if self.noun_end < 0:
            self.noun_end = self.start + len(self.pred.noun)


@dataclass(frozen=True)
class _SentenceContext:
    """What every clause of a sentence shares."""

    si: int
    sent: Sentence
    toks: list[str]
    units: list[_Unit]
    starts: list[int]  # unit starts, in text order
    covered: set[int]  # token indices inside a unit
    pub: _dt.date | None
    relatives: list[tuple[int, int]]  # comma-set relative clauses (_relative_clauses)
    #: token spans of attributive participle clauses told so far ('नौसेना द्वारा गिरफ्तार किए गए'): their
    #: participants belong to them, not to the clause around them
    embedded: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _State:
    """Per-document state: nominal entities made so far, last actor, roles."""

    text: str
    entities: list[Entity]
    nominal_entities: dict[tuple[str, str | None], Entity] = field(default_factory=dict)
    nominal_mentions: dict[tuple[str, str | None], list[Mention]] = field(default_factory=dict)
    last_actor: Entity | None = None
    #: the last person who acted, and the sentence where (an honorific 'उन्होंने' / 'वे' prefers a person)
    last_person: tuple[Entity, int] | None = None
    #: a person who reported what another person, named in it, said or did not do: (the speaker, sentence index)
    reported_speaker: tuple[Entity, int] | None = None
    #: the sentence being read
    si: int = 0
    last_nominal_country: dict[str, str | None] = field(default_factory=dict)
    #: the one country the document names (directly or through its places), if there is exactly one
    only_country: str | None = None
    #: how often the document names places of each country (a country, or one of its cities or states)
    place_countries: Counter[str] = field(default_factory=Counter)
    #: names NER missed that the event stage found: before ने (key: surface), gazetteer organisations before a case
    #: marker (key: gazetteer id) -> entity, mentions
    unseen: dict[str, Entity] = field(default_factory=dict)
    unseen_mentions: dict[str, list[Mention]] = field(default_factory=dict)
    #: keys of ``unseen`` that become entities of the document only if they take part in an event
    only_if_taking_part: set[str] = field(default_factory=set)
    #: acronyms the text gives in brackets after an organisation's name ('यूरोपीय मुक्त व्यापार संघ (एफ्टा)'), as
    #: event words -> that organisation
    acronyms: dict[str, Entity] = field(default_factory=dict)
    #: actors and targets of the events so far, in order (the protagonists 'दोनों' refers to)
    participants: list[Entity] = field(default_factory=list)
    #: a descriptor written before an organisation's name ('अर्धसैनिक बल रैपिड सपोर्ट फ़ोर्सेज़', keyed by the
    #: noun_key of its words) -> that organisation, which the bare descriptor later refers to
    descriptors: dict[tuple[str, ...], Entity] = field(default_factory=dict)
    #: where the dateline ('नई दिल्ली, 8 अप्रैल (भाषा)।', 'दिल्ली।') ends: 0 when the text opens with none
    dateline_end: int = 0
    #: the Indian state of the city the story was filed from ('जयपुर, 21 मार्च (भाषा)' → Rajasthan), as (name_en, ISO)
    filed_state: tuple[str, str] | None = None
    #: (start, end, state) of each mention of an Indian city whose state is known
    city_places: list[tuple[int, int, str]] = field(default_factory=list)
    #: an organisation that claimed an attack in the current sentence (_claimed)
    claimant: Entity | None = None
    #: the country of the dateline's place, India's too ('नई दिल्ली (एजेंसी)': where a visitor is welcomed)
    opening_country: str | None = None
    #: where the sentence before the current one starts (an object pronoun's antecedent is looked for from there)
    previous_sentence_start: int = 0
    #: actor and first target of the last interaction (roots 03-06): the parties of a later 'दोनों नेताओं/देशों'
    last_pair: tuple[Entity, Entity] | None = None
    #: the sentence of that interaction
    last_pair_at: int = -1
    #: (sentence, start) of the projectiles shot down by the side attacked (_shot_down): a defence, which no
    #: condemnation of 'the attack' refers to
    defences: set[tuple[int, int]] = field(default_factory=set)
    #: the parties named with 'X और Y के बीच' in a sentence, and its index (for a mediation told in the next one)
    between: tuple[int, list[Entity]] | None = None
    #: new mentions of entities the linker made (a surname NER missed: 'संधू ने' after 'तरनजीत सिंह संधू'), by id
    extra_mentions: dict[int, tuple[Entity, list[Mention]]] = field(default_factory=dict)
    #: the events so far, each with the root it counts as when referred back to (its own; 18 for a claimed attack):
    #: whom a later denial, accord or rejection, or a condemnation of 'इस हमले' or 'इस फैसले', answers
    acts: list[tuple[Event, str]] = field(default_factory=list)
    #: the actor of the clause read last, also when its event was then dropped ('इस्तीफा सौंप दिया और ... नाता तोड़
    #: लिया': a resignation of one's own accord is no event, but its subject goes on to the next verb)
    clause_actor: Entity | None = None
    #: the first ने-subject named in the story's lead (its first sentence, or the second after a bare dateline):
    #: whose deed 'इस फैसले' refers to when no act told was one ('मैक्रों ने लेकोर्नू को फिर प्रधानमंत्री नियुक्त
    #: किया ... बार्देला ने इस फ़ैसले को मज़ाक बताया')
    lead_actor: Entity | None = None
    #: in the sentence being read, a quote set before its speaker ('"हम तैयार हैं," अराघची ने कहा'): the index of
    #: its closing quote mark and the speaker's unit
    fronted_quote: tuple[int, _Unit] | None = None
    #: in the sentence being read, a source it opens by citing ('X के मुताबिक,'): the comma's index and X's unit
    attributed: tuple[int, _Unit] | None = None
    #: the words of each act's clause outside its participants (noun keys), by position in ``acts``: what a later
    #: 'इस योजना', 'इन प्रतिबंधों' can name
    act_words: list[frozenset[str]] = field(default_factory=list)
    #: people the text makes office holders ('X ने मुख्यमंत्री पद की शपथ ली', 'X को सेना प्रमुख नियुक्त किया गया'):
    #: English role -> the person and where; a later bare 'नई मुख्यमंत्री' refers to them
    installed: dict[str, tuple[Entity, int]] = field(default_factory=dict)
    #: the first person the text swears in ('X ने राष्ट्रपति पद की शपथ ली', 'X के शपथ ग्रहण समारोह'): whom those
    #: present at 'the ceremony' meet
    sworn: Entity | None = None
    #: where each sentence of the document starts
    sentence_starts: list[int] = field(default_factory=list)
    #: the document's events so far, of every kind (casualties too), in order
    done: list[Event] = field(default_factory=list)


class EventExtractor:
    """Finds CAMEO-coded events; holds the predicate and nominal-actor lexicons."""

    def __init__(
        self, lexicon: PredicateLexicon, nominals: NominalLexicon, linker=None,  # noqa: ANN001
        common_tokens: frozenset[str] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.nominals = nominals
        self.linker = linker
        #: ordinary words (from the NER training data): a ने-marked run of *other* words is taken as a name
        self.common_tokens = common_tokens if common_tokens is not None else frozenset()
        #: institutional and collective nouns (data/lexicon/generic_nouns.txt): never a name NER missed
        self.generic_nouns = linker.generic_nouns if linker is not None else load_generic_nouns()
        self._title_words = {w for t in linker.titles for w in t} if linker is not None else set()
        #: the titles by their last word
        self._titles_by_last: dict[str, list[tuple[str, ...]]] = {}
        for t in (linker.titles if linker is not None else ()):
            self._titles_by_last.setdefault(t[-1], []).append(t)
        #: token -> whether some predicate's last verb word can be this token (a cache; words repeat a lot)
        self._ends_predicate: dict[str, bool] = {}
        #: the lexicon's 'दावा कर' (a claim, a statement): the claim beside a claimed attack
        self._claim = next((p for p in lexicon.by_verb.get("कर", ()) if p.noun == ("दावा",)), None)
        #: readiness to do what no predicate names ('विमान भेजने को तैयार है', _ready_nouns)
        self._ready_to = Predicate((), ("तैयार",), "030", "express intent to cooperate", ("के साथ", "के लिए"))
        #: first words of titles: a token that starts none starts no role reference
        self._title_starts = {t[0] for t in linker.titles} if linker is not None else set()
        #: the roles of heads of state or government and of ministers ('गृह मंत्री मोहसिन नक़वी'): a state's
        self._state_roles = {t.role_en for t in linker.titles.values() if t.kind in ("head", "minister")} \
            if linker is not None else set()
        #: first words of the gazetteer's exact spellings: a token that starts none starts no known organisation
        self._name_starts = {k.split(" ", 1)[0] for k in linker.index.exact} if linker is not None else set()
        #: the numbers of words of the exact spellings starting with each word, longest first (_known_organisation
        #: tries no other length)
        lengths: dict[str, set[int]] = {}
        for k in linker.index.exact if linker is not None else ():
            lengths.setdefault(k.split(" ", 1)[0], set()).add(k.count(" ") + 1)
        self._name_words: dict[str, tuple[int, ...]] = {
            first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()}
        #: English CAMEO labels of the lexicon's codes
        self._code_labels = {p.code: p.label for p in lexicon.predicates}
        #: the words a participant that no mention starts can start with (_units skips every other word at once)
        self._unit_firsts = frozenset().union(
            self._title_starts, nominals._first, _PRONOUN_OBJECTS, _PRONOUN_STEMS, _PRONOUN_GENITIVES, _LOCATIVE,
            _ALL_OF, _PARTY_WORDS, _SUBJECT_HEADS, _KIND_HEADS, ("इस", "उस", "इन"), _RELATIVE_SUBJECTS, _PRONOUN_ACTORS,
            _EMPHATIC_PRONOUNS, _FIRST_PERSON, _UNION, (w for w, _ in _KIND_PHRASES), _OWN_WORDS)
        #: national capitals that stand for their country when they act (data/events/capitals.tsv): city id -> ISO
        self.capitals = load_capitals() if linker is not None else {}
        #: Indian states by English name -> gazetteer id
        self.state_ids = {r.name_en: r.id for r in linker.index.records if r.kind == "state" and r.name_en} \
            if linker is not None else {}
        #: the Indian state of each Indian city (data/events/city_states.tsv): city id -> (state name_en, "IND")
        self.city_states = load_city_states(self.state_ids) if linker is not None else {}
        #: the gazetteer's armed and police forces ('Border Security Force', 'District Reserve Guard', 'Special Task
        #: Force', 'Israel Defense Forces'), by their English names
        self._force_ids = frozenset(
            r.id for r in linker.index.records if r.label == "ORG" and _FORCE_NAME.search(r.name_en or "")
            and not _NOT_FORCE_NAME.search(r.name_en or "")) if linker is not None else frozenset()

    @classmethod
    def load(cls, linker=None) -> "EventExtractor":  # noqa: ANN001
        common = linker.common_tokens if linker is not None else load_common_tokens()
        return cls(PredicateLexicon.load(), NominalLexicon.load(), linker, common)

    def info(self) -> dict[str, object]:
        roots = sorted({p.code[:2] for p in self.lexicon.predicates})
        return {"predicates": len(self.lexicon.predicates), "cameo_roots": len(roots), "path": self.lexicon.source}

    # ------------------------------------------------------------------------------------------------------------
    def extract(
        self,
        text: str,
        sentences: Sequence[Sentence],
        mentions: Sequence[Mention],
        entities: Sequence[Entity],
        *,
        date: str | None = None,
    ) -> tuple[tuple[Mention, ...], tuple[Entity, ...], tuple[Event, ...]]:
        entities = self._retype_sectors(entities, text)
        state = _State(text, list(entities))
        state.only_country = _only_country(entities)
        state.sentence_starts = [s.start for s in sentences]
        state.place_countries = Counter(c for e in entities if e.label == "LOC" and (c := _country_of(e))
                                        for _ in e.mentions)
        if len(sentences) > 1 and _is_dateline([t.norm for t in sentences[0].tokens]):
            state.dateline_end = sentences[0].end
        filed = _dateline_place(text, entities)
        state.opening_country = _country_of(filed) if filed is not None else None
        state.filed_state = self.city_states.get(filed.id or "") if filed is not None else None
        # (where the story's Indian cities lie: 'लेह में हुआ प्रदर्शन' is set in Ladakh)
        state.city_places = [(m.start, m.end, self.city_states[x.id][0]) for x in entities
                             if x.label == "LOC" and x.id in self.city_states for m in x.mentions]
        pub = _dt.date.fromisoformat(date) if date else None
        state.acronyms = _bracketed_acronyms(text, entities, self.linker.common_words if self.linker else frozenset())
        starts = {}
        ends_of_names: dict[int, int] = {}  # start -> end of each name (not a nominal) mentioned
        for m in mentions:
            if m.entity is not None:
                starts[m.start] = m
            if m.label != "NOM":
                ends_of_names[m.start] = max(m.end, ends_of_names.get(m.start, 0))
        events: list[Event] = []
        state.done = events  # (the same list, as it grows)
        for si, sent in enumerate(sentences):
            state.si = si
            toks = [event_word(t.norm) for t in sent.tokens]
            # a name's later words are no verb ('भगवंत मान ने': no मान, consider), nor where a participant ends
            inside, reach = set(), -1
            for i, t in enumerate(sent.tokens):
                if t.end <= reach:
                    inside.add(i)
                if t.start in ends_of_names and ends_of_names[t.start] > reach:
                    reach = ends_of_names[t.start]
            preds = self._predicates(toks, inside)
            if preds:
                preds = [p for p in preds if p.verb not in inside
                         # 'सुरक्षा परिषद को लिखे पत्र में': a bare verb's participle qualifying a document
                         and not (not p.pred.noun and p.end == p.verb + 1 and p.end + 1 < len(toks)
                                  and toks[p.end] in _DOCUMENTS and toks[p.end + 1] in _POSTPOSITIONS
                                  and toks[p.verb].endswith(("े", "ी", "ा")))]
            relatives = _relative_clauses(toks)
            # (bare आ, come, is left out: 'बांग्लादेश से आए चरमपंथियों' bounds nothing; it is a visit only after a
            # named place, below)
            units = self._units(state, sent, toks, starts,
                                {p.start for p in preds if p.pred.noun or p.pred.verb != ("आ",)}, relatives)
            if si == 0 and state.dateline_end == 0:
                # 'द हेग, 25 जून (एएफपी) नाटो के सदस्य देश ...': a dateline run into the first sentence says where and
                # from whom the story comes; its place and credit take no part
                # (the first bracket closed after the place's comma, past a bracketed country or state before it:
                # 'नीउवेगेन (नीदरलैंड), 19 जून (रॉयटर्स)')
                comma = next((k for k in range(1, min(len(toks), 6)) if toks[k] == ","), None)
                close = next((k for k in range(comma + 1, min(len(toks), 12)) if toks[k] == ")"), None) \
                    if comma is not None else None
                # (a date in between when the place has a bracketed qualifier; else a short one, as before)
                if close is not None and (any(t.isdigit() for t in toks[comma + 1:close])
                                          or comma < 4 and _is_dateline(toks[:close + 1])):
                    for u in units:
                        if u.end <= close:
                            u.possessor_of_next, u.marker = True, None
            # a name is no verb: 'पीट हेगसेथ' (Pete Hegseth) is not पीट (beat)
            named = {i for u in units if u.entity is not None and u.entity.label != "NOM"
                     for i in range(u.start, u.end)}
            # bare जा (go) is a visit only right after a named place ('चीन जाएंगे', 'अमेरिका गए') or 'to meet'
            # ('ट्रंप से मिलने जाएंगे'); elsewhere it is an auxiliary ('किया जा रहा है', 'बेचा जाता है', 'तैयार किए
            # गए') and closes no clause
            places = {u.end for u in units if u.marker is None and u.entity is not None and u.entity.label == "LOC"}
            preds = [p for p in preds if p.verb not in named
                     and (p.pred.noun or p.pred.verb not in (("जा",), ("आ",)) or p.start in places
                          or _meeting_purpose(toks, p.start) is not None)
                     # (travelling on to meet someone is a visit only to a named place: not 'घटनास्थल पहुंचकर')
                     and (p.pred.noun or toks[p.verb] not in _TRAVEL_KAR or p.start in places)]
            state.fronted_quote = _fronted_quote(toks, units, preds)
            state.attributed = _attributed_to(toks, units)
            if not preds:
                events.extend(self._casualties(state, si, sent, toks, units, [], pub))
                events.extend(self._mediators(state, si, sent, toks, units, [], pub))
                events.extend(self._present_at(state, si, sent, toks, units, [], pub))
                events.extend(self._sponsors(state, si, sent, toks, units, [], pub))
                self._identified(state, sentences, toks, units, events)
                self._installed(state, sent, toks, units)
                self._remember(state, toks, units)
                state.previous_sentence_start = sent.start
                continue
            made = self._clauses(state, si, sent, toks, units, preds, pub, relatives)
            # 'भाजपा ने पलटवार करते हुए कहा कि ...': the counter is the manner of what follows (the statement, the
            # accusation, the tariff), no event of its own, as every annotated set codes it ('पलटवार किया' is one);
            # it has lent its subject to what follows
            made = [ev for ev in made if not (ev.action.startswith("पलटवार") and ev.action.endswith(" हुए"))]
            made += self._threat_idioms(state, si, sent, toks, units, made)
            made = self._hand_behind(state, si, sent, toks, units, made)
            made = self._joined(state, si, sent, toks, units, made)
            made = self._attended(state, si, sent, toks, units, made)
            made = self._warned_alike(made)
            made = _rejected_relative(state, made)
            made = _manner_targets(made)
            events.extend(made)
            events.extend(self._casualties(state, si, sent, toks, units, made, pub))
            events.extend(self._mediators(state, si, sent, toks, units, made, pub))
            events.extend(self._present_at(state, si, sent, toks, units, made, pub))
            events.extend(self._sponsors(state, si, sent, toks, units, made, pub))
            events.extend(self._accepted_invitation(state, si, sent, toks, units, made, pub))
            self._claimed(state, events)
            self._identified(state, sentences, toks, units, events)
            self._installed(state, sent, toks, units)
            self._remember(state, toks, units)
            state.previous_sentence_start = sent.start
        events = _eased_towards([_aid_recipient(state, ev) for ev in events])
        if self.capitals:
            events = [self._seat_of_government(state, ev) for ev in events]
        return self._finish(mentions, state, events)

    def _hyphen_partner(self, state: _State, ctx: "_SentenceContext", region: Sequence[_Unit], actor: Entity,
                        end: int) -> list[Entity]:
        """The other party of a pair of countries or bodies joined by a hyphen before token ``end`` ('भारत-अमेरिका
        साझेदारी', 'भारत-ब्रिटेन मुक्त व्यापार समझौते') of which the actor is, or is of, one; else none."""
        for u, v in zip(region, region[1:]):
            if v.start != u.end + 1 or v.end > end or ctx.toks[u.end] != "-":
                continue
            a, b = self._entity_of(state, ctx.sent, u), self._entity_of(state, ctx.sent, v)
            if a is None or b is None or a.label == "PER" or b.label == "PER":
                continue
            if _same_party(actor, a) and not _same_party(actor, b):
                return [b]
            if _same_party(actor, b) and not _same_party(actor, a):
                return [a]
        return []

    def _warned_alike(self, made: list[Event]) -> list[Event]:
        """'अराक़ची ने चेतावनी दी कि ईरान इसका उचित जवाब देगा': a warning with nobody named is aimed where the threat it
        announces for the speaker's side is (a threat after it in the sentence, by the speaker or the speaker's
        side, that names its targets)."""
        out = list(made)
        for k, ev in enumerate(out):
            if ev.root != "13" or ev.targets or ev.actor is None:
                continue
            inner = next((x for x in out[k + 1:] if x.root == "13" and x.targets and x.start >= ev.end
                          and x.actor is not None and (self._on_side_of(ev.actor, x.actor) or x.actor.kind in (
                              "country", "territory") and ev.actor.country == x.actor.id)), None)
            if inner is not None:
                out[k] = _with(ev, targets=inner.targets)
        return out

    def _attended(self, state: _State, si: int, sent: Sentence, toks: list[str], units: list[_Unit],
                  made: list[Event]) -> list[Event]:
        """'X की मेज़बानी में हुई बैठक में A, B और C शामिल हुए': those who took part together in a meeting no one
        named holds (no target; or any meeting, where its host is named) consult its host, chair or mediator named in
        the genitive of मेज़बानी / अध्यक्षता / मध्यस्थता in the sentence; with none, each other. A host hosts them
        (043) unless its own clause says so; a mediator's 045 is left to _mediators, which finds the parties it
        mediates between (the attendees, who then meet the mediator and not each other, are none of them)."""
        groups: dict[tuple[int, int], list[Event]] = {}
        for ev in made:
            if ev.code == "040" and ev.sentence == si and not ev.negated \
                    and any(w in ev.action.split() for w in _PARTICIPATION):
                groups.setdefault((ev.start, ev.end), []).append(ev)
        if not groups:
            return made
        out = list(made)
        for (start, _end), evs in groups.items():
            who = list(dict.fromkeys(ev.actor for ev in evs))
            host, role = None, ""
            for k in range(1, len(toks) - 1):
                if sent.tokens[k].start >= start:
                    break
                if toks[k - 1] == "की" and toks[k] in _HOSTING_NOUNS and toks[k + 1] in ("में", "से"):
                    u = next((u for u in units if u.end == k - 1 and u.marker in _GENITIVE), None)
                    e = self._entity_of(state, sent, u) if u is not None else None
                    if e is not None and self._can_act(e) and e not in who:
                        host, role = e, _HOSTING_NOUNS[toks[k]]
                elif toks[k] == "द्वारा" and toks[k + 1] in _CONVENED:
                    # 'स्टालिन द्वारा बुलाई गई बैठक में A, B और C शामिल हुए': they meet the one who called it
                    u = next((u for u in units if u.marker_end == k + 1 and u.marker == ("द्वारा",)), None)
                    e = self._entity_of(state, sent, u) if u is not None else None
                    if e is not None and self._can_act(e) and e not in who:
                        host, role = e, ""
            # (a host named takes the place of the meeting referred back to: 'रुबियो की मेज़बानी में हुई इस बैठक में
            # A, B और C शामिल हुए' -- they meet Rubio, not the body whose meeting the story told before)
            if host is None and (len(who) < 2 or any(ev.targets for ev in evs)):
                continue
            # (the action is the taking part, not the whole clause the में-phrase opens: 'शामिल हुए')
            first = evs[0]
            verb = max(first.action.rfind(" " + w + " ") for w in _PARTICIPATION) + 1
            s = first.start + verb if verb > 0 else first.start
            replaced = {id(ev): Event(ev.actor, state.text[s:ev.end], ev.code, ev.label,
                                      (host,) if host is not None else tuple(x for x in who if x is not ev.actor),
                                      ev.sentence, s, ev.end, ev.negated, ev.date, ev.tense) for ev in evs}
            out = [replaced.get(id(ev), ev) for ev in out]
            if role == "043" and not any(ev.actor is host and ev.code.startswith("043") for ev in out):
                out.append(Event(host, state.text[s:first.end], "043", self._code_labels["043"], tuple(who), si, s,
                                 first.end, False, first.date, first.tense))
        return out

    def _joined(self, state: _State, si: int, sent: Sentence, toks: list[str], units: list[_Unit],
                made: list[Event]) -> list[Event]:
        """'बाइडन ने क्वाड शिखर सम्मेलन की मेज़बानी की, जिसमें मोदी, अल्बनीज़ और किशिदा शामिल हुए': those who took
        part in the act of the clause before 'जिसमें' (शामिल हुए, मौजूद थे/रहे) consult (040) its host, or its
        parties when it is a meeting or an accord; they join it when it is a protest (141). A host with no one yet
        as its guests hosts them. Not when the clause names no act."""
        if "जिसमें" not in toks and "जिनमें" not in toks:
            return made
        out = list(made)
        for r, tok in enumerate(toks):
            if tok not in ("जिसमें", "जिनमें"):
                continue
            # (or 'जिसमें A और B ने भाग लिया / हिस्सा लिया')
            v = next((k for k in range(r + 1, min(len(toks) - 1, r + 25))
                      if toks[k] in ("शामिल", "मौजूद", "उपस्थित") and toks[k + 1] in _JOINED_VERBS
                      or toks[k] in ("भाग", "हिस्सा") and toks[k + 1] in _TOOK_PART), None)
            if v is None or any(t in ("।", ";", "?", "!", "कि") or t in _NEG for t in toks[r + 1:v + 2]):
                continue
            at = sent.tokens[r].start
            before = [ev for ev in out if ev.sentence == si and ev.end <= at]
            host = max(before, key=lambda ev: ev.end, default=None)
            if host is None or host.root not in ("04", "05", "14"):
                continue
            who = list(dict.fromkeys(
                e for u in units if r < u.start < v and not u.possessor_of_next and (
                    # (a listed person may carry the genitive of a member after it that is no unit: 'एस जयशंकर, ...
                    # और जापान के ताकेशी इवाया')
                    u.marker in (None, ("ने",)) or u.marker in _GENITIVE and u.entity is not None
                    and u.entity.label == "PER")
                for e in [self._entity_of(state, sent, u)] if e is not None and self._can_act(e)
                and e is not host.actor))
            if not who:
                continue
            s, e = sent.tokens[v].start, sent.tokens[v + 1].end
            if host.root == "14":
                out += [Event(w, state.text[s:e], "141", self._code_labels["141"], (), si, s, e, False, host.date,
                              host.tense) for w in who]
                continue
            hosting = host.code.startswith("043")
            parties = [host.actor] if hosting else [host.actor, *host.targets]
            out += [Event(w, state.text[s:e], "040", self._code_labels["040"],
                          tuple(x for x in parties if x is not w), si, s, e, False, host.date, host.tense)
                    for w in who]
            if hosting and not any(t.label in ("PER", "LOC") for t in host.targets):
                out[out.index(host)] = _with(host, targets=tuple(who))  # its guests
        return out

    def _hand_behind(self, state: _State, si: int, sent: Sentence, toks: list[str], units: list[_Unit],
                     made: list[Event]) -> list[Event]:
        """'X का हाथ' (X's hand) behind something accuses X: it is the target of an accusation with none of its own
        ('हमले के पीछे भारत का हाथ होने का आरोप लगाया' → India), and a statement whose कि-clause says so is also an
        accusation (112) of X by the speaker ('सिकोर्स्की ने कहा कि इस हमले के पीछे रूसी खुफिया सेवाओं का हाथ है'), as is
        suspecting it ('हत्या में भारतीय एजेंटों का हाथ होने की आशंका जताई'). Not a hand of one's own ('अपना हाथ होने से
        इनकार') nor the hand of a body part."""
        if "हाथ" not in toks and not _RESPONSIBLE.intersection(toks):
            return made
        out = list(made)
        starts = [t.start for t in sent.tokens]
        for h, tok in enumerate(toks):
            if tok in _RESPONSIBLE and 2 <= h < len(toks) - 1 and toks[h + 1] in _BEING_NOW \
                    and "लिए" in toks[max(0, h - 8):h]:
                # 'बाइडन ने कहा कि नवेलनी की मौत के लिए पुतिन ज़िम्मेदार हैं': whom a statement holds responsible for
                # something is accused, as 'X का हाथ है' accuses X
                owner = next((u for u in units if u.end == h and u.marker is None and not u.pronoun), None)
                who = self._entity_of(state, sent, owner) if owner is not None else None
                at = sent.tokens[h].start
                ev = next((ev for ev in out if ev.code == "010" and ev.end <= at and who is not None
                           and ev.actor is not who and not _same_side(ev.actor, who)
                           and "कि" in toks[bisect_left(starts, ev.end):h]), None)
                if ev is not None and (who.label != "NOM" or who.country) and not any(
                        x.code.startswith("112") and x.actor is ev.actor and who in x.targets for x in out):
                    out.append(Event(ev.actor, ev.action, "112", "accuse", (who,), si, ev.start, ev.end, False,
                                     ev.date, ev.tense))
                continue
            if tok != "हाथ" or h < 2 or toks[h - 1] != "का" or not (
                    h + 1 < len(toks) and toks[h + 1] in _BEING or "पीछे" in toks[max(0, h - 7):h - 2]):
                continue
            # (its marker may have been carried on past the hand: 'एजेंटों का हाथ होने की आशंका')
            owner = next((u for u in units if (u.marker_end == h and u.marker == ("का",) or u.end == h - 1)
                          and not u.pronoun), None)
            if owner is not None and owner.nominal is not None and owner.country is None:
                # 'भारत सरकार के एजेंटों का हाथ': unnamed agents are their named owner's
                owner = next((u for u in units if u.marker_end == owner.start and u.marker in _GENITIVE
                              and u.entity is not None), owner)
            who = self._entity_of(state, sent, owner) if owner is not None else None
            if who is None or who.label == "NOM" and not who.country:
                continue
            at = sent.tokens[h].start
            for k, ev in enumerate(out):
                if ev.code.startswith("112") and not ev.targets and ev.actor is not who and (
                        ev.start > at or ev.end <= at and "कि" in toks[bisect_left(starts, ev.end):h]):
                    # 'X का हाथ होने का आरोप लगाया', 'आरोप लगाया कि हत्या में X के एजेंटों का हाथ हो सकता है'
                    out[k] = _with(ev, targets=(who,))
                    break
                if ev.code == "012" and ev.start > at and ev.actor is not who and toks[h + 1] == "होने" \
                        and not _same_side(ev.actor, who):
                    # 'हत्या में भारतीय एजेंटों का हाथ होने की आशंका जताई': suspecting X's hand accuses X
                    out[k] = _with(ev, code="112", label="accuse", targets=(who,))
                    break
                if ev.code == "010" and ev.end <= at and ev.actor is not who and not _same_side(ev.actor, who) \
                        and "कि" in toks[bisect_left(starts, ev.end):h] and not any(
                            x.code.startswith("112") and x.actor is ev.actor and who in x.targets for x in out):
                    out.append(Event(ev.actor, ev.action, "112", "accuse", (who,), si, ev.start, ev.end, False,
                                     ev.date, ev.tense))
                    break
        return out

    def _threat_idioms(self, state: _State, si: int, sent: Sentence, toks: list[str], units: list[_Unit],
                       made: list[Event]) -> list[Event]:
        """A speaker's statement that says someone 'will not be spared' or 'will pay the price' threatens them too
        (130): 'मुख्यमंत्री ने कहा कि दोषियों को बख्शा नहीं जाएगा', '... हमलावरों को इसकी कीमत चुकानी होगी', '...
        पर सख्त कार्रवाई होगी', '... अंजाम भुगतना पड़ेगा'. The target is a participant named with को or पर right
        before the idiom in the reported clause (not 'पुलिस पर हमला करने वालों को')."""
        out: list[Event] = []
        if _IDIOM_STARTS.isdisjoint(toks) and not any(t.startswith("बख्श") for t in toks):
            return out
        for ev in made:
            if ev.code != "010" or ev.sentence != si or ev.negated:
                continue
            at = next((k for k, t in enumerate(sent.tokens) if t.start >= ev.end), len(toks))
            if at < len(toks) and toks[at] in (",", ":"):
                at += 1
            if at >= len(toks) or toks[at] not in ("कि", '"', "“", "'", "‘"):
                continue
            found = next((k for k in range(at + 1, len(toks)) if _threat_idiom(toks, k)), None)
            if found is None:
                continue
            whom = [e for u in units if at < u.start and u.end <= found and u.marker in (("को",), ("पर",))
                    and not u.possessor_of_next and not any(t in ("को", "पर") for t in toks[u.marker_end:found])
                    for e in [self._entity_of(state, sent, u)] if e is not None and e is not ev.actor][-1:]
            s, e = sent.tokens[found].start, sent.tokens[min(found + 2, len(toks) - 1)].end
            out.append(Event(self._threat_side(state, ev), state.text[s:e], "130", "threaten", tuple(whom), si, s, e,
                             False, ev.date, "future"))
        return out

    def _threat_side(self, state: _State, speech: Event) -> Entity:
        """Who threatens when a speaker says that a sanction 'will be' taken (an agentless passive): the government
        the speaker heads or speaks for, as the news-dev sets code it ('मुख्यमंत्री भगवंत मान ने कहा कि कोई भी दोषी
        बख्शा नहीं जाएगा': Punjab; 'रक्षा मंत्री ने कहा कि ... मुंहतोड़ जवाब दिया जाएगा': India); anyone else speaks
        for themselves."""
        who = speech.actor
        if who.label == "PER" and who.country == "IND" and who.role in _REGIONAL_HEADS:
            return self._regional_state(state, speech.start) or who
        return self._state_of(state, who) or who

    @staticmethod
    def _regional_state(state: _State, before: int) -> Entity | None:
        """The Indian state the story named last before character ``before``, itself or by an organ of it ('उत्तर
        प्रदेश पुलिस ने ...'), when it is an entity of the document."""
        region = _last_region(state.entities, before, "IND", "India")
        return next((x for x in state.entities if x.label == "LOC" and x.kind == "state" and region is not None
                     and x.name_en == region[0]), None)

    def _identified(self, state: _State, sentences: Sequence[Sentence], toks: list[str], units: list[_Unit],
                    events: list[Event]) -> None:
        """People an arrest (or a killing) named only by number or role, named in the next sentences, become its
        targets: 'पुलिस ने दो आरोपियों को गिरफ्तार किया है। उनकी पहचान राकेश कुमार और सुनील यादव के रूप में हुई है';
        'एनआईए ने दो निवासियों को गिरफ्तार किया है। ... फ़ारूक़ मीर और गुलज़ार डार ने आतंकियों को पनाह दी थी' (as many
        people as the number, all first named here); 'सीबीआई ने एक महाप्रबंधक को गिरफ्तार किया। ... महाप्रबंधक अरविंद
        मेहता ने ...' (the same title before the name). Events of the last two sentences only, whose targets name
        nobody yet."""
        if not any(ev.sentence >= state.si - 2 and ev.root in ("17", "18", "19") for ev in events[-6:]):
            return
        sent = sentences[state.si]
        people = [u for u in units if u.entity is not None and u.entity.label == "PER"]
        new = list(dict.fromkeys(u.entity for u in people
                                 if min((m.start for m in u.entity.mentions), default=-1) >= sent.start))
        if not new:
            return
        opened = next((k for k, t in enumerate(toks) if t == "पहचान"), None)
        named_as = opened is not None and any(toks[k:k + 3] == ["के", "रूप", "में"] for k in range(opened, len(toks)))
        for k in range(len(events) - 1, -1, -1):
            ev = events[k]
            if ev.sentence < state.si - 2:
                break
            if ev.sentence == state.si or ev.root not in ("17", "18", "19") or any(
                    t.label in ("PER", "ORG") for t in ev.targets):
                continue
            if ev.root != "17" and any(t.label != "NOM" or t.role != "CVL" for t in ev.targets):
                return  # a clash's other side ('सेना और चरमपंथियों के बीच मुठभेड़') is no victim
            if named_as:  # 'उनकी पहचान ... के रूप में हुई'
                found = [e for e in new if any(opened < u.start and u.entity is e for u in people)]
            elif ev.root == "17":
                before = [event_word(t.norm) for t in sentences[ev.sentence].tokens
                          if t.end <= ev.start and t.start >= sentences[ev.sentence].start]
                object_at = max((i for i, t in enumerate(before) if t == "को"), default=None)
                if object_at is None:
                    return
                phrase = before[max(0, object_at - 5):object_at]
                count = next((_COUNTS[t] for t in phrase if t in _COUNTS), 0)
                # the same title before a new name ('महाप्रबंधक अरविंद मेहता')
                found = [u.entity for u in people if u.entity in new and u.start > 0 and toks[u.start - 1] in phrase
                         and toks[u.start - 1] not in _COUNTS and len(toks[u.start - 1]) > 2]
                if not found and count and len(new) == count:
                    found = new
            else:
                continue
            if found:
                events[k] = _with(ev, targets=tuple(found))
                state.acts = [(events[k] if a is ev else a, r) for a, r in state.acts]
            return

    @staticmethod
    def _claimed(state: _State, events: list[Event]) -> None:
        """'आतंकवादियों ने सेना के एक वाहन पर हमला कर दिया, जिसमें पांच जवान शहीद हो गए। 'कश्मीर टाइगर्स' नाम के एक
        संगठन ने हमले की ज़िम्मेदारी ली है': the attack and the casualties that unnamed militants or gunmen caused in
        the three sentences before are the claimant's."""
        who, state.claimant = state.claimant, None
        if who is None:
            return
        for k in range(len(events) - 1, -1, -1):
            ev = events[k]
            if ev.sentence < state.si - 3:
                break
            a = ev.actor
            if ev.root in ("18", "19") and a is not None and a.label == "NOM" and a.role in ("REB", "CRM"):
                events[k] = _with(ev, actor=who)
                state.acts = [(events[k] if x is ev else x, r) for x, r in state.acts]

    def _installed(self, state: _State, sent: Sentence, toks: list[str], units: list[_Unit]) -> None:
        """Remember whom the sentence makes an office holder: 'रेखा गुप्ता ने दिल्ली के मुख्यमंत्री पद की शपथ ली',
        '... के रूप में शपथ ली', 'X को नया सेना प्रमुख नियुक्त किया गया', 'X प्रधानमंत्री चुने गए', 'X राष्ट्रपति बने':
        the person is the first one named in the sentence before the title."""
        linker = self.linker
        if linker is None or "शपथ" not in toks and _INSTALLING.isdisjoint(toks):
            return
        if state.sworn is None and "शपथ" in toks:
            state.sworn = _sworn_in(toks, units)
        for i, tok in enumerate(toks):
            if tok not in self._title_starts:
                continue
            title, n = next(((linker.titles[key], k) for k in range(min(linker.max_title, len(toks) - i), 0, -1)
                             if (key := tuple(toks[i:i + k])) in linker.titles), (None, 0))
            if title is None:
                continue
            rest = toks[i + n:i + n + 4]
            if not (rest[:3] in (["पद", "की", "शपथ"], ["के", "रूप", "में"], ["के", "तौर", "पर"]) and "शपथ" in rest
                    or rest[:1] and rest[0] in _INSTALLING):
                continue
            person = next((u.entity for u in units if u.end <= i and u.entity is not None
                           and u.entity.label == "PER" and not u.possessor_of_next), None)
            if "शपथ" in rest and toks[i + n + rest.index("शपथ") + 1:][:1] in (["दिलाई"], ["दिलवाई"]):
                person = _sworn_in(toks, units)  # (not the governor who swears X in)
            if person is not None:
                state.installed[title.role_en] = (person, sent.tokens[i].start)
                if "शपथ" in rest and state.sworn is None:
                    state.sworn = person

    def _casualties(self, state: _State, si: int, sent: Sentence, toks: list[str], units: list[_Unit],
                    made: list[Event], pub: _dt.date | None) -> list[Event]:
        """Deaths and injuries an attack caused, told in a clause of their own: 'रूस ने कीव पर हमला किया, जिसमें दो लोग
        मारे गए और 16 अन्य घायल हो गए'; 'इसराइली सेना ने स्कूल पर बमबारी की। इस हमले में 20 लोगों की मौत हो गई'. Each
        casualty verb is an event (190) of the attacker, as event data codes killings; its targets are the people and
        organisations named in the clause (`हुसैन सलामी समेत कई कमांडर मारे गए`). The attack is this sentence's last
        act of force before the relative pronoun (जिसमें, जिनमें), or, for a clause that opens with 'इस/इन हमले/हमलों
        में', the last one in this or the sentence before."""
        out: list[Event] = []
        attacks = [ev for ev in made if ev.root in _FORCE_ROOTS]
        lo = next((i for i, t in enumerate(toks) if t in ("जिसमें", "जिनमें")), None)
        encounter = next((k for k in range(len(toks) - 1) if toks[k] in _ENCOUNTERS and toks[k + 1] == "में"), None)
        killer: Entity | None = None
        if lo is not None and (attacks or encounter is None or encounter > lo):
            attack = next((ev for ev in reversed(attacks) if ev.end <= sent.tokens[lo].start), None)
            killer = attack.actor if attack is not None else None
        elif encounter is not None and not attacks:
            # 'सुरक्षा बलों के साथ मुठभेड़ में 12 नक्सली मारे गए', 'डीआरजी के अभियान के दौरान मुठभेड़ में 27 नक्सली मारे
            # गए': the dead of an encounter were killed by its other side (_encounter_side)
            lo = encounter + 1
        elif (k := next((k for k in range(len(toks) - 2) if toks[k + 1] == "में" and _clause_opening(toks, k)
                         and self.lexicon.attack_noun(toks[k:k + 1])), None)) is not None:
            # 'इस हमले में' opening the sentence, or after a source ('स्वास्थ्य मंत्रालय के मुताबिक हमलों में दो लोग मारे
            # गए'): the strikes told before (this or the sentence before; after a source, the four before)
            lo = k + 1
            window = 1 if k == 1 and toks[0] in _DETERMINERS else 4
            attack = _beyond_interception(state, next((ev for ev, root in reversed(state.acts) if root in _FORCE_ROOTS
                                                       and ev.sentence >= si - window), None), si - window - 1)
            killer = attack.actor if attack is not None else None
        elif not made and _OTHER_CAUSES.isdisjoint(toks) and _casualty_closes(toks) and (attack := _beyond_interception(
                state, next((ev for ev, root in reversed(state.acts) if root in _FORCE_ROOTS and ev.sentence == si - 1),
                            None), si - 2)):
            # 'रूस ने कीव पर मिसाइल हमला किया। चार बच्चों समेत कम से कम 23 लोगों की मौत हो गई': the dead told right
            # after an attack, in a sentence with no act and no other cause of its own, fell in it
            lo, killer = -1, attack.actor
        else:
            return out
        if killer is None and encounter is None:
            return out
        k = lo + 1
        start = k
        while k < len(toks) and toks[k] not in ("।", ".", ";", "?", "!"):
            end = _casualty_end(toks, k)
            if not end:
                k += 1
                continue
            if not any(t in _NEG for t in toks[start:end]):
                dead = [u for u in units if start <= u.start and u.end <= k and u.marker not in _SOURCE_MARKERS
                        and (u.entity is not None or killer is None and u.nominal is not None)]
                killers = [killer] if killer is not None else self._encounter_side(
                    state, sent, toks, units, encounter or 0, dead)
                victims = [e for u in dead for e in [u.entity if killer is not None else self._entity_of(
                    state, sent, u)] if e is not None and e not in killers and (
                    e.label in ("PER", "ORG") or killer is None and e.label == "NOM")]
                tokens = sent.tokens
                s, e = tokens[k].start, tokens[end - 1].end
                # (an attack's by a non-state group are unconventional violence, like the attack; an encounter's
                # dead fell in combat: 'नक्सलियों के साथ मुठभेड़ में डीआरजी का एक जवान शहीद हो गया' → 190)
                # (people were hurt: no riot, whoever the attackers)
                out.extend(Event(who, state.text[s:e], *(_by_actor_type("190", "use conventional military force", who,
                                                                        hurt=True)
                                                        if killer is not None else
                                                        ("190", "use conventional military force")),
                                 tuple(dict.fromkeys(victims)), si, s, e, False,
                                 _resolve_date(toks[lo:end], pub, "past"), "past") for who in killers)
            k = start = end
        return out

    def _encounter_side(self, state: _State, sent: Sentence, ctx_toks: list[str], units: list[_Unit], at: int,
                        dead: list[_Unit]) -> list[Entity]:
        """Who killed those who died in the encounter named at ``at`` (the units ``dead``): the party named with
        'के साथ' right before it ('नक्सलियों के साथ मुठभेड़ में एक जवान शहीद हो गया'); else, when the dead are no
        security forces, the forces or police named before it in the sentence, a list of them all ('डीआरजी और
        सीआरपीएफ के संयुक्त अभियान के दौरान मुठभेड़ में 27 नक्सली मारे गए', 'पुलिस मुठभेड़ में'); else nobody."""
        def force(u: _Unit) -> bool:
            return (u.nominal is not None and u.nominal.sector in _STATE_FORCES
                    or u.entity is not None and u.entity.label == "ORG" and u.entity.id in self._force_ids)

        before = [u for u in units if u.end <= at and (u.entity is not None or u.nominal is not None)]
        party = next((u for u in reversed(before) if u.marker == ("के", "साथ") and u.marker_end + 1 >= at), None)
        if party is None and any(force(u) for u in dead):
            return []  # (the forces' own dead: their killers are named with के साथ, or not at all)
        if party is None:
            forces = [u for u in before if force(u)]
            if not forces:
                return []
            chain = [forces[-1]]
            for u in reversed(forces[:-1]):  # (the list it ends: 'डीआरजी और सीआरपीएफ के')
                if [t for t in ctx_toks[u.end:chain[0].start] if t not in _GENITIVE_WORDS] in (["और"], ["व"], ["तथा"],
                                                                                             [","]):
                    chain.insert(0, u)
            return [e for u in chain for e in [self._entity_of(state, sent, u)] if e is not None]
        owners = []  # 'बीएसएफ और डीआरजी के संयुक्त दल के साथ': the forces whose team it is
        for u in reversed(before[:before.index(party)]):
            if not force(u) or u.marker not in (None, *[(g,) for g in _GENITIVE_WORDS]):
                break
            owners.insert(0, u)
        found = [e for u in (owners if owners and not force(party) else [party])
                 for e in [self._entity_of(state, sent, u)] if e is not None]
        return list(dict.fromkeys(found))

    def _mediators(self, state: _State, si: int, sent: Sentence, toks: list[str], units: list[_Unit],
                   made: list[Event], pub: _dt.date | None) -> list[Event]:
        """A mediation or a hosting named by a noun: 'यह समझौता क़तर, मिस्र और अमेरिका की मध्यस्थता से हुआ', 'रुबियो
        की मेज़बानी में ... हस्ताक्षर किए'. Each party named in the genitive before the noun mediates (045) or hosts
        (043) for the parties of the accord or talks: the actors of this sentence's events that act on each other,
        else the last two that did in the two sentences before, else the parties named 'X और Y के बीच' in this
        sentence or the one before. With no parties, no event."""
        out: list[Event] = []
        between = [e for u in units if u.marker == ("के", "बीच") and not u.possessor_of_next
                   for e in [self._entity_of(state, sent, u)] if e is not None and self._can_act(e)]
        if len(between) >= 2:
            state.between = (si, list(dict.fromkeys(between)))
        for k in range(2, len(toks) - 1):
            code, label = _MEDIATION_NOUNS.get(toks[k], ("", ""))
            if not code or toks[k - 1] not in ("की", "उसकी", "उनकी") or toks[k + 1] not in ("में", "से", "के"):
                continue
            if toks[k - 1] != "की":
                # 'ओमान ने कहा है कि उसकी मध्यस्थता से ... सहमति बन गई है': the speaker's own mediation
                speaker = next((u for u in units if u.end < k - 1 and u.marker == ("ने",) and not u.possessor_of_next
                                and "कि" in toks[u.end:k - 1]), None)
                members = [speaker] if speaker is not None else []
            else:
                head = next((u for u in units if u.end == k - 1 and u.marker in _GENITIVE), None)
                members = [head] if head is not None else []
                for u in reversed(units[:units.index(head)] if head is not None else []):
                    if not all(t in _COORD for t in toks[u.end:members[0].start]):  # 'क़तर, मिस्र और अमेरिका की'
                        break
                    members.insert(0, u)
            mediators = [e for u in members for e in [self._entity_of(state, sent, u)]
                         if e is not None and self._can_act(e)]
            if not mediators:
                continue
            if code == "040":
                # 'मुख्यमंत्री की मौजूदगी में 20 माओवादियों ने आत्मसमर्पण किया': whoever is present where others act
                # meets them, each actor of this sentence's acts after the noun
                parties = list(dict.fromkeys(ev.actor for ev in made if ev.actor is not None
                                             and ev.start > sent.tokens[k].start))
            else:
                parties = _mutual_parties(made)
            if len(parties) < 2 and code != "040":
                parties = _recent_parties(state, si)
            if len(parties) < 2 and code != "040" and state.between is not None and state.between[0] >= si - 1:
                parties = state.between[1]  # 'इज़राइल और हमास के बीच युद्ध ... थम गया। यह समझौता ... की मध्यस्थता से'
            if len(parties) < 2 and code == "045" and any(t in _DEMONSTRATIVES for t in toks[k + 1:k + 5]):
                # 'हमास ने इसराइली बंधकों को रेड क्रॉस के हवाले कर दिया। ... की मध्यस्थता से हुए इस समझौते': the
                # accord referred back to is between the parties of the last act told just before
                last = next((ev for ev in reversed(state.done) if ev.sentence >= si - 1 and ev.actor is not None
                             and ev.targets and ev.root in _ATTENDED_ROOTS), None)
                parties = [last.actor, last.targets[0]] if last is not None else parties
            tokens = sent.tokens
            s, e = tokens[k - 1].start, tokens[k + 1].end
            for m in dict.fromkeys(mediators):
                if any(ev.actor is m and ev.code == code for ev in (*made, *out)):
                    continue  # (coded already by its clause)
                targets = tuple(x for x in parties if x is not m and not _same_party(x, m))
                if len(targets) >= (1 if code == "040" else 2):
                    out.append(Event(m, state.text[s:e], code, label, targets, si,
                                     s, e, False, _resolve_date(toks, pub, "past"), "past"))
        return out

    def _present_at(self, state: _State, si: int, sent: Sentence, toks: list[str], units: list[_Unit],
                    made: list[Event], pub: _dt.date | None) -> list[Event]:
        """'अलीयेव और पशिनयान ने समझौते पर हस्ताक्षर किए। इस दौरान ट्रंप भी मौजूद थे': whoever is said to be present
        (the unmarked subject of 'मौजूद/उपस्थित थे/रहे') meets (040) those who acted in this sentence, else in the
        sentence before, in an act one attends (an appeal, talks, an accord, aid, a release: _ATTENDED_ROOTS; not
        an attack); with nobody who acted so, no event. At 'the ceremony' (समारोह में ... मौजूद रहे / शामिल हुए / नहीं
        पहुंचे) of a swearing-in, they meet the one sworn in (_sworn_in), as the annotated sets code it."""
        k = next((k for k in range(1, len(toks) - 1) if toks[k] in _PRESENT and toks[k + 1] in _PRESENT_BE), None)
        negated = False
        if k is None and "समारोह" in toks and toks.index("समारोह") + 1 < len(toks) \
                and toks[toks.index("समारोह") + 1] == "में":
            # 'X के शपथ ग्रहण समारोह में शामिल हुए', 'समारोह में नहीं पहुंचे': attending the ceremony, or not
            c = toks.index("समारोह")
            k = next((j for j in range(c + 2, len(toks) - 1) if toks[j] in _ATTENDING
                      and toks[j + 1] in _ATTENDING[toks[j]]), None)
            negated = k is not None and toks[k - 1] in _NEG
            k = k - 1 if negated else k
        if k is None or "कि" in toks[:k]:
            return []  # (nor a presence someone reports: 'कहा कि हर चरण पर एजेंट मौजूद थे')
        # 'प्रबोवो ने राष्ट्रपति पद की शपथ ली। समारोह में X मौजूद रहे': those at the swearing-in meet the one sworn
        sworn = (_sworn_in(toks, units) or state.sworn) if "समारोह" in toks[:k] else None
        if sworn is None and toks[k] not in _PRESENT:
            return []  # (attending a ceremony of nobody sworn in: no event)
        floor = max((j for j in range(k) if toks[j] in _CLAUSE_JOINTS or toks[j] == "कि"), default=-1)
        subject = next((u for u in reversed(units) if floor < u.start and u.end <= k and u.marker is None
                        and not u.possessor_of_next and not u.pronoun), None)
        if subject is not None and subject.nominal is not None:
            # 'X, Y और Z समेत कई विपक्षी नेता मौजूद रहे': those named before समेत are the ones present
            j = subject.start - 1
            while j > floor and toks[j] in _QUANTIFIERS:
                j -= 1
            if j >= 0 and toks[j] in ("समेत", "सहित"):
                subject = next((u for u in units if u.end == j and u.marker is None), subject)
        if subject is None:
            return []
        # (and one named with के साथ before them: 'समारोह में प्रधानमंत्री मोदी के साथ अशोक गहलोत भी मौजूद रहे')
        present = [e for u in units if (u is subject or _chains_to(u, subject)
                                        or u.marker == ("के", "साथ") and floor < u.start and u.end < subject.start
                                        and subject.start - u.marker_end <= 3 and not any(
                                            t in _CLAUSE_END or t in _POSTPOSITIONS
                                            for t in toks[u.marker_end:subject.start]))
                   and toks[u.end:u.end + 1] != ["शासित"]
                   for e in [self._entity_of(state, sent, u)] if e is not None and e.label != "NOM"]
        # (not a party that only qualifies those present: 'राजग शासित राज्यों के मुख्यमंत्री')
        acted = [ev for ev in made if ev.actor is not None and not ev.negated and ev.root in _ATTENDED_ROOTS] or [
            ev for ev in state.done if ev.sentence == si - 1 and ev.actor is not None and not ev.negated
            and ev.root in _ATTENDED_ROOTS]
        # ('... मेलोनी और रुटे इस मौके पर राष्ट्रपति कैस सईद के साथ मौजूद थे': those present meet whom they stood with)
        beside = [e for u in units if u.marker == ("के", "साथ") and subject.end <= u.start and u.end <= k
                  and not u.possessor_of_next for e in [self._entity_of(state, sent, u)]
                  if e is not None and e.label != "NOM" and e not in present]
        if sworn is not None:
            met = (sworn,) if sworn not in present else ()
        elif beside and toks[k] in _PRESENT:
            met = tuple(dict.fromkeys(beside))
        else:
            met = tuple(dict.fromkeys(ev.actor for ev in acted if ev.actor not in present))
        if not met:
            return []
        last = k + negated + (toks[k + negated] == "शामिल" or toks[k + negated] in _PRESENT)
        s, e = sent.tokens[k].start, sent.tokens[last].end
        date = _resolve_date(toks, pub, "past")
        return [Event(who, state.text[s:e], "040", self._code_labels["040"], met, si, s, e, negated, date, "past")
                for who in dict.fromkeys(present)]

    def _accepted_invitation(self, state: _State, si: int, sent: Sentence, toks: list[str], units: list[_Unit],
                             made: list[Event], pub: _dt.date | None) -> list[Event]:
        """'लौरेंसू ने मोदी को अंगोला आने का न्योता दिया, जिसे उन्होंने स्वीकार कर लिया': the invitation the relative
        'जिसे' refers to is accepted (036) by the one invited (or by the subject the relative clause names), towards
        whoever invited; not when the acceptance is negated."""
        out: list[Event] = []
        for r, tok in enumerate(toks):
            k = next((k for k in range(r + 1, min(len(toks) - 1, r + 6)) if toks[k] == "स्वीकार"
                      and verb_stems(toks[k + 1])), None) if tok == "जिसे" else None
            if k is None or any(t in _NEG or t in _CLAUSE_END for t in toks[r + 1:k + 2]):
                continue
            at = sent.tokens[r].start
            invited = next((ev for ev in reversed(made) if ev.code == "036" and ev.end <= at and ev.actor is not None
                            and len(ev.targets) == 1 and any(noun_key(w) in _INVITATIONS for w in ev.action.split())),
                           None)
            if invited is None:
                continue
            named = [e for u in units if r < u.start < k and u.marker == ("ने",) and not u.pronoun
                     for e in [self._entity_of(state, sent, u)] if e is not None and self._can_act(e)]
            who = named[0] if named else invited.targets[0]
            if who is invited.actor:
                continue
            s, e = sent.tokens[k].start, sent.tokens[k + 1].end
            out.append(Event(who, state.text[s:e], "036", self._code_labels["036"], (invited.actor,), si, s, e,
                             False, _resolve_date(toks, pub, "past"), "past"))
        return out

    def _sponsors(self, state: _State, si: int, sent: Sentence, toks: list[str], units: list[_Unit],
                  made: list[Event], pub: _dt.date | None) -> list[Event]:
        """'अमेरिका और जापान द्वारा तैयार इस मसौदे के पक्ष में 13 देशों ने मतदान किया': whoever put a draft resolution
        forward asks (02) the body that votes on it: the council or assembly named in the sentence, else the last
        one named before it. With no such body, no event."""
        out: list[Event] = []
        for k in range(1, len(toks) - 2):
            if toks[k] != "द्वारा" or toks[k + 1] not in _SPONSORING:
                continue
            draft = next((j for j in range(k + 2, min(k + 6, len(toks))) if toks[j] in _DRAFTS), None)
            if draft is None or any(t in _CLAUSE_END for t in toks[k + 2:draft]):
                continue
            last = next((u for u in units if u.marker == ("द्वारा",) and u.marker_end == k + 1), None)
            if last is None:
                continue
            sponsors = [e for u in units if (u is last or _chains_to(u, last))
                        for e in [self._entity_of(state, sent, u)] if e is not None and e.label != "NOM"]
            bodies = [e for e in state.entities if _is_voting_body(e)
                      and any(m.start < sent.end for m in e.mentions)]
            inside = [e for e in bodies if any(sent.start <= m.start < sent.end for m in e.mentions)]
            body = inside[0] if inside else max(
                bodies, key=lambda e: max(m.start for m in e.mentions if m.start < sent.end), default=None)
            if body is None:
                # ('सुरक्षा परिषद', 'महासभा' alone: the UN's, named short)
                told = state.text[:sent.end]
                code = max(((m.start(), c) for w, c in _SHORT_BODIES
                            for m in re.finditer(rf"(?<!राष्ट्रीय )(?<!हिंदू )(?<!हिन्दू ){w}", told)), default=(-1, ""))
                body = self._document_country(state, code[1]) if code[0] >= 0 else None
            if body is None:
                continue
            s, e = sent.tokens[k].start, sent.tokens[draft].end
            for who in dict.fromkeys(sponsors):
                if who is body or any(ev.actor is who and ev.root == "02" for ev in made):
                    continue
                out.append(Event(who, state.text[s:e], "020", self._code_labels["020"], (body,), si, s, e, False,
                                 _resolve_date(toks, pub, "past"), "past"))
        return out

    def _seat_of_government(self, state: _State, ev: Event) -> Event:
        """A national capital that acts ('मॉस्को ने आरोपों से इनकार किया') or is acted on ('बीजिंग की आलोचना की') is
        its country's government, as event data codes it: the country's entity stands in for it (a new one, without
        mentions, when the document names the country only through its capital). A city struck, occupied, shown
        force at or sent aid stays the city; a capital visited ('ट्रंप टोक्यो पहुंचे') is its country, as most
        annotated sets code a visit."""
        def country(e: Entity) -> Entity:
            code = self.capitals.get(e.id or "") if e.label == "LOC" else None
            return (self._document_country(state, code) or e) if code is not None else e

        actor = country(ev.actor)
        literal = ev.root in ("07", "15", "18", "19", "20")
        targets = ev.targets if literal else tuple(dict.fromkeys(
            t for t in (country(t) for t in ev.targets) if t is not actor))
        if actor is ev.actor and targets == ev.targets:
            return ev
        return _with(ev, actor=actor, targets=targets)

    # -- 1. units -----------------------------------------------------------------------------------------------------
    def _leader_of_government(self, state: _State, sent: Sentence, toks: list[str], i: int, j: int
                              ) -> Entity | None:
        """The person named before (with a country) whose name, or surname, is the words ``[i, j - 1)`` of an NER
        span that ends in a government noun ('सांदू सरकार', 'नेतन्याहू सरकार', 'मिलेई प्रशासन'), else None."""
        nominal = self.nominals.forms.get((toks[j - 1],)) if j - i >= 2 else None
        if nominal is None or nominal.lemma != "सरकार":
            return None
        return _person_named_before(state, toks[i:j - 1], sent.tokens[i].start)

    def _known_head(self, state: _State, tokens: Sequence, i: int, cut: int) -> Entity | None:
        """The entity of the document that the words ``[i, cut)`` of an unknown NER span name exactly, by the
        gazetteer (the rest of the span being a predicate's noun): 'हमास युद्धविराम' → Hamas."""
        if self.linker is None:
            return None
        recs, how = self.linker.index.lookup([t.norm for t in tokens[i:cut]])
        if how not in (EXACT, LATIN) or len({r.id for r in recs}) != 1:
            return None
        known = next((x for x in state.entities if x.id == recs[0].id), None)
        if known is None:  # named only here: the event stage proposes it ('इसराइल और हमास युद्धविराम पर सहमत')
            rec = recs[0]
            known = _propose(state, rec.id, Entity(rec.id, rec.label, rec.name_hi, rec.name_en or None, rec.country,
                                                   (), rec.kind, None), tokens[i].start, tokens[cut - 1].end, rec.label)
        return known

    def _units(
        self, state: _State, sent: Sentence, toks: list[str], starts: dict[int, Mention], pred_starts: set[int],
        relative_clauses: list[tuple[int, int]],
    ) -> list[_Unit]:
        units: list[_Unit] = []
        tokens = sent.tokens
        by_start = {i: starts[t.start] for i, t in enumerate(tokens) if t.start in starts}
        # 'ऑल इंडिया मोटर ट्रांसपोर्ट कांग्रेस (एआईएमटीसी) के', 'केंद्रीय उपभोक्ता संरक्षण प्राधिकरण (सीसीपीए) ने':
        # bodies spelled out before their bracketed acronyms (_bracketed_name), by where they start
        spelled = {first: k for k, t in enumerate(toks) if t == "(" and (first := _bracketed_name(toks, k)) is not None
                   } if "(" in toks else {}
        apposed: set[int] = set()  # a description before a name ('मुख्य विपक्षी दल डेमोक्रेटिक अलायंस')
        i = 0
        n = len(toks)
        while i < n:
            m = by_start.get(i)
            if i in spelled and not (m is not None and m.end == tokens[spelled[i] - 1].end):
                # (not one NER found whole, which the linker joins to its acronym; a name the gazetteer knows inside
                # it, 'कांग्रेस', is only part of it)
                k = spelled[i]
                # (one the gazetteer knows by its acronym or full name is that body, which NER may have found only
                # in part: 'भारतीय रिज़र्व बैंक (आरबीआई)', 'अमेरिकी आव्रजन एवं सीमा शुल्क प्रवर्तन एजेंसी (आईसीई)')
                rec = self._known_record([tokens[k + 1].norm]) or self._known_record([t.norm for t in tokens[i:k]])
                units.append(_found_body(state, tokens, i, k, k + 3, acronym=k + 1, marker=None) if rec is None
                             else self._known_unit(state, rec, tokens, i, k, k + 3, acronym=k + 1))
                i = k + 3
                continue
            if m is None and i > 0 and (toks[i - 1].isdigit() or toks[i - 1] in _COUNTING_WORDS) \
                    and (i + 1 == n or _marker_at(toks, i + 1) in (("को",), ("ने",)) or toks[i + 1] in _CLAUSE_END
                         or toks[i + 1].startswith(_CASUALTY_PREFIXES)) and self.linker is not None \
                    and (code := self.linker.index.demonym_country(toks[i])) \
                    and (civilians := self.nominals.forms.get(("नागरिक",))) is not None:
                # '40 फलस्तीनी मारे गए', 'दो भारतीय घायल': a counted demonym names people of that country
                units.append(_Unit(i, i + 1, nominal=civilians, demonym_of=code))
                i += 1
                continue
            if m is None and toks[i] in state.acronyms and not (i > 0 and toks[i - 1] == "("):
                # 'मोदी ने एफ्टा देशों का आभार जताया': an acronym the text spelled out before, where NER did not tag it
                units.append(_Unit(i, i + 1, entity=state.acronyms[toks[i]]))
                i += 1
                continue
            if m is None and toks[i] not in self._unit_firsts and tokens[i].norm not in self._name_starts \
                    and not tokens[i].norm.isascii():
                i += 1  # (a word that starts no participant: the checks below would all fail)
                continue
            if m is not None and i in pred_starts and m.entity.id is None and m.entity.label == "PER" \
                    and m.end <= tokens[i].end:
                i += 1  # 'शिवसेना के विधायक धरने पर बैठ गए': a predicate's noun NER took for a name after a title
                continue
            if m is not None and m.end <= tokens[i].end and i + 1 < n and toks[i + 1] in _ROLE_NOUNS \
                    and self.linker is not None and self.linker.index.demonym_country(toks[i]):
                m = None  # 'अफ़ग़ान राजदूत को': a demonym NER took for the place is its official's (below)
            if (kind := _KIND_PHRASES.get((toks[i], toks[i + 1]) if i + 2 < n else ())) is not None \
                    and _marker_at(toks, i + 2) is not None and (i == 0 or toks[i - 1] not in _GENITIVE_WORDS) and (
                    m is None or m.entity.id is None and m.end <= tokens[i + 1].end) and (body := _last_org(
                        state, tokens[i].start, lambda e, _: bool(kind.search(e.name_en or "")))) is not None:
                # 'रिज़र्व बैंक ने ... । केंद्रीय बैंक ने कहा': the body of that kind named before, by its English name
                # (not the bank named last: 'पेटीएम पेमेंट्स बैंक')
                units.append(_Unit(i, i + 2, entity=body))
                i += 2
                continue
            if m is not None:
                j = i
                while j < n and tokens[j].end <= m.end:
                    j += 1
                leader = self._leader_of_government(state, sent, toks, i, j) if m.entity.id is None else None
                if leader is not None:
                    # 'पेस्कोव ने सांदू सरकार पर ... आरोप लगाया': NER took a leader's government for one name; the
                    # leader qualifies the government (its country's: _tie_nominals)
                    units.append(_Unit(i, j - 1, entity=leader))
                    i = j - 1
                    continue
                cut = next((k for k in range(i + 1, j)
                            if k in pred_starts or noun_key(toks[k]) in self.lexicon.noun_words), None)
                known = self._known_head(state, tokens, i, cut) if cut is not None and m.entity.id is None else None
                if known is None and cut is not None and cut in pred_starts and m.entity.id is not None:
                    known = m.entity  # 'अखिलेश यादव बोले': NER ran a linked name into the predicate after it
                number = next((k for k in range(i + 1, j) if toks[k].isdigit()
                               and tokens[k].start > tokens[k - 1].end), None)  # (not 'जी7', 'एम23': one word)
                if known is None and number is not None:
                    # 'हमास 33 बंधकों को': NER ran the name into a number after it
                    known = m.entity if m.entity.id is not None else self._known_head(state, tokens, i, number)
                    cut = number
                if known is not None:
                    # 'हमास युद्धविराम पर सहमत हो गए': NER ran a known name into an action noun after it
                    units.append(_Unit(i, cut, entity=known))
                    i = cut
                    continue
                described = self._descriptor(state, toks, i, max(j, i + 1), m.entity)
                units.append(_Unit(i, max(j, i + 1), entity=described or m.entity))
                i = max(j, i + 1)
                continue
            if toks[i] in _RELATIVE_SUBJECTS and units and units[-1].entity is not None and (
                    units[-1].end == i or units[-1].end == i - 1 and toks[i - 1] == ","):
                # 'हमास, जिसने इसराइल पर हमला किया था, ने ...', 'पुतिन, जो ...': the relative pronoun is its antecedent
                u = _Unit(i, i + 1, entity=units[-1].entity)
                if toks[i] != "जो":
                    u.marker, u.marker_end = ("ने",), i + 1
                units.append(u)
                i += 1
                continue
            if toks[i] in ("जिन्होंने", "जिसने") and i >= 2 and toks[i - 1] == "," and toks[i - 2] in _CLAUSE_FINAL:
                # 'समारोह में अशोक गहलोत भी मौजूद रहे, जिन्होंने शर्मा को बधाई दी': a relative clause after its main
                # clause's verb tells more of that clause's subject (a person)
                subject = next((u for u in reversed(units) if u.marker in (None, ("ने",)) and not u.possessor_of_next
                                and u.entity is not None and u.entity.label == "PER"), None)
                if subject is not None:
                    units.append(_Unit(i, i + 1, entity=subject.entity, marker=("ने",), marker_end=i + 1))
                    i += 1
                    continue
            if (toks[i] in _PRONOUN_ACTORS or toks[i] in _FIRST_PERSON or (
                    toks[i] in _EMPHATIC_PRONOUNS and toks[i + 1:i + 2] == ["ने"])) and not (
                    # ('दुतेर्ते की वह याचिका खारिज कर दी': after a genitive, a determiner of the noun)
                    i > 0 and toks[i - 1] in ("की", "के", "का") and toks[i] in _SUBJECT_PRONOUNS):
                # ('लेकिन रविवार को उसी ने इन हमलों की निंदा की': the emphatic form, only as a ने-subject: not 'उसी दिन')
                # 'पुतिन ने कहा कि हम ... तैयार हैं': in reported speech, 'हम'/'मैं' are the speaker (_entity_of)
                u = _Unit(i, i + 1, pronoun=True)
                if toks[i].endswith("ने"):  # उन्होंने, उसने: the ergative marker is part of the pronoun
                    u.marker, u.marker_end = ("ने",), i + 1
                units.append(u)
                i += 1
                continue
            own = self._speakers_country(state, toks, i, units) if toks[i] in _OWN_WORDS else None
            if own is not None:
                # 'रामफ़ोसा ने कहा कि उनका देश किसी के दबाव के आगे नहीं झुकेगा': the speaker's own country
                units.append(_Unit(i, i + 2, entity=own))
                i += 2
                continue
            org = self._known_organisation(state, sent, toks, i, by_start, pred_starts)
            if org is not None:
                units.append(org)
                i = org.end
                continue
            anaphor = self._object_pronoun(toks, i)
            if anaphor is not None:
                units.append(anaphor)
                i = anaphor.marker_end
                continue
            if toks[i] in _LOCATIVE:
                u = _Unit(i, i + 1, locative_before=sent.tokens[i].start)
                u.marker, u.marker_end = ("में",), i + 1
                units.append(u)
                i += 1
                continue
            # ('इन सात देशों ने': a demonstrative and a number count the group as 'सातों' does)
            lead = int(toks[i] == "इन" and i + 2 < n and toks[i + 1] in _COUNTS and toks[i + 2] in _GROUP_NOUNS)
            count = _COUNTS[toks[i + 1]] if lead else _ALL_OF.get(toks[i], 0)
            # (an adjective may stand before the noun: 'तीनों यूरोपीय देशों ने', 'दोनों पड़ोसी देशों')
            qualified = count and i + lead + 2 < n and toks[i + lead + 1] in _GROUP_ADJECTIVES \
                and toks[i + lead + 2] in _GROUP_NOUNS
            if count >= 3 and not lead and _marker_at(toks, i + 1) and (party := _party_of(state, count)):
                # 'बाइडन ने किशिदा और यून की मेज़बानी की। ... तीनों ने ...': a bare 'तीनों' is the actor and the
                # targets of the last act with as many parties
                units.append(_Unit(i, i + 1, entity=party[-1], group=party, group_kind="any"))
                i += 1
                continue
            if count and i + lead + 1 < n and (toks[i + lead + 1] in _GROUP_NOUNS or qualified
                                               or count == 2 and not lead and _marker_at(toks, i + 1)):
                # 'दोनों नेताओं ने', 'दोनों देशों के बीच', 'दोनों के बीच': the two parties named last ('तीनों देशों
                # ने': the three)
                size = lead + (3 if qualified else 2 if toks[i + lead + 1] in _GROUP_NOUNS else 1)
                kind = _GROUP_NOUNS.get(toks[i + size - 1], "any")
                pair = _interaction_pair(state.last_pair, kind) if size >= 2 and count == 2 else ()
                if pair and kind == "PER":
                    # 'करात और बर्धन ने पाटिल से मुलाकात की। ... दोनों नेताओं ने': two who met a third together are
                    # the pair
                    pair = next((_joint_pair(state, ev) for ev, _ in reversed(state.acts)
                                 if ev.actor is pair[0] and pair[1] in ev.targets), ()) or pair
                if not pair and count >= 3:
                    # 'ब्रिटेन, फ़्रांस और जर्मनी ने ... । तीनों यूरोपीय देशों ने': the co-actors of the last act done by
                    # as many, not the last three named (the target among them)
                    pair = _last_co_actors(state, count, kind)
                    if not pair and kind == "country":
                        # 'ईरान ने ब्रिटेन, फ्रांस और जर्मनी के विदेश मंत्रियों के साथ बातचीत के बाद ... । ... तीनों
                        # देशों ने': the last list of as many countries, not the last three named (Iran among them)
                        pair = _last_list(state, sent.tokens[i].start, count)
                    if not pair and kind == "PER" and not _last_n(state.entities, sent.tokens[i].start, kind, count):
                        # 'A, B और C के विदेश मंत्री शामिल हुए। तीनों मंत्रियों ने': as many people were not named;
                        # the ministers are those of the countries named last
                        pair = _last_n(state.entities, sent.tokens[i].start, "country", count)
                if not pair and size >= 2 and count == 2 and kind == "PER" and state.last_pair is not None:
                    # 'अलीयेव और पशिनयान ने ... । दोनों देश ... पर सहमत हुए। दोनों नेताओं ने': the people of the
                    # last two countries that interacted, not the last two people named (a host, a witness)
                    pair = _people_of(state.entities, sent.tokens[i].start, state.last_pair)
                if not pair and size >= 2 and count == 2 and kind == "PER":
                    # 'ट्रंप ने मोदी का स्वागत किया। ... अदालत ने राणा की याचिका खारिज की थी। दोनों नेताओं ने': the
                    # two people who last acted on each other (this or the three sentences before), not the last two
                    # named; 'करात और बर्धन ने पाटिल से मुलाकात की। ... दोनों नेताओं ने': two who acted together are
                    # the pair, where their joint act came last
                    pair = next((pair for ev, _ in reversed(state.acts) if ev.sentence >= state.si - 3
                                 and ev.actor is not None and ev.actor.label == "PER"
                                 for pair in [_joint_pair(state, ev) or next(
                                     ((ev.actor, t) for t in ev.targets[:1] if t.label == "PER" and t is not ev.actor),
                                     ())] if pair), ())
                # (not the subject of the sentence the group is the object of: 'चीन ने दोनों देशों से संयम बरतने की
                # अपील की')
                object_of = kind == "country" and _marker_at(toks, i + size) not in (None, ("ने",))
                subjects = {u.entity for u in units if u.entity is not None and u.end < n and toks[u.end] == "ने"} \
                    if object_of else set()
                pair = pair or _last_n(state.entities, sent.tokens[i].start, kind, count, subjects)
                if not pair and size >= 2 and kind == "country":
                    # 'भारतीय सेना ने ... । पाकिस्तानी सेना ने ... । अमरीका ने दोनों देशों से तनाव कम करने की अपील की':
                    # the last countries the story named, by their organs and people too
                    pair = self._last_countries(state, sent.tokens[i].start, count,
                                                {c for e in subjects if (c := _country_of(e))})
                if not pair and size >= 2:
                    # 'मोदी ने जापान के प्रधानमंत्री से मुलाकात की। ... दोनों नेताओं ने': the two people are not both
                    # named; the last two protagonists stand for them
                    pair = tuple(reversed(list(dict.fromkeys(reversed(state.participants)))[:count]))
                    pair = pair if len(pair) == count else ()
                if not pair and size >= 2 and kind == "country":
                    # 'मोदी और श्रीलंका के राष्ट्रपति दिसानायके के बीच हुई बातचीत के बाद दोनों देशों ने': the countries
                    # of the two people named last (_group)
                    pair = _last_n(state.entities, sent.tokens[i].start, "PER", count) or _last_n(
                        # ('अमेरिकी राष्ट्रपति ट्रंप की ब्रिटेन यात्रा के दौरान दोनों देशों ने': a country and a leader
                        # of another; _group makes him his country)
                        [e for e in state.entities if e.label == "PER" or e.kind in ("country", "territory")],
                        sent.tokens[i].start, "any", count)
                if pair:
                    if size >= 2 and kind == "country" and i + size + 1 < n and toks[i + size] in _GENITIVE_WORDS \
                            and (organ := self.nominals.match(toks, i + size + 1)) is not None and organ[1] is not None:
                        size += 1 + organ[0]  # 'दोनों देशों की नौसेनाओं ने': the two countries' organs act for them
                    units.append(_Unit(i, i + size, entity=pair[-1], group=pair, protagonists=size == 1,
                                       group_kind=kind))
                    i += size
                    continue
            if toks[i] in _PARTY_WORDS and (i == 0 or toks[i - 1] in _CLAUSE_END) and i + 1 < n and (
                    toks[i + 1] in MEMBER_NOUNS or _marker_at(toks, i + 1) in (("ने",), *_GENITIVE)):
                # 'जदयू ने आरोपों को बेबुनियाद बताया। पार्टी प्रवक्ता ने कहा ...': the party that acted last
                party = _story_party(state, sent.tokens[i].start)
                if party is not None:
                    units.append(_Unit(i, i + 1, entity=party))
                    i += 1
                    continue
            if (toks[i] in _SUBJECT_HEADS or toks[i] in _KIND_HEADS) and i + 1 < n and _bare_head_subject(toks, i) and (
                    i == 0 or toks[i - 1] not in _GENITIVE_WORDS and (i - 1) not in _covered_by_units(units)):
                # 'जिसके बाद पार्टी ने ...', 'कंपनी ने एक बयान में ...', 'यूनियन ने चेतावनी दी': a bare head noun as
                # the subject is the party (the story's), company or union named before; 'एजेंसी ने', 'नियामक ने',
                # 'एजेंसी की टीमों ने', '(कहा कि) एजेंसी इस आदेश को चुनौती देगी': the agency or regulator named before
                at = sent.tokens[i].start
                body = _story_party(state, at) if toks[i] == "पार्टी" else _last_org(
                    state, at, lambda e, _, kind=_KIND_HEADS[toks[i]]: bool(kind.search(e.name_en or ""))
                ) if toks[i] in _KIND_HEADS else _last_named_org(state, toks[i], at)
                if body is None and toks[i] == "संगठन":
                    # 'अल-क़स्साम ब्रिगेड ने ... घोषणा की थी। संगठन ने इसराइल पर आरोप लगाया': the organisation that
                    # acted in this or the sentence before; else 'इकोवास ... । संगठन ने कहा': the international
                    # body named last
                    body = _acting_organisation(state) or _last_body(state, at)
                if body is not None:
                    units.append(_Unit(i, i + 1, entity=body))
                    i += 1
                    continue
            if toks[i] in _SUBJECT_HEADS and toks[i] != "पार्टी" and i > 0 and toks[i - 1] == "ने" and i + 1 < n \
                    and _marker_at(toks, i + 1) in (("पर",), ("को",), ("से",), ("के", "खिलाफ")):
                # 'तीनों देशों ने संगठन पर ... आरोप लगाया': the body named before ('इकोवास'), right after a subject;
                # 'नोएम ने विश्वविद्यालय पर ... आरोप लगाया': the university named before
                body = _last_named_org(state, toks[i], sent.tokens[i].start) or (
                    _last_body(state, sent.tokens[i].start) if toks[i] == "संगठन" else None)
                words = fold_tokens(body.name) if body is not None and body.id is None else ()
                if len(words) == 2 and (words[0].endswith("ीय") or self.linker is not None
                                        and self.linker.index.demonym_country(words[0])):
                    body = None  # (not a description NER took for a name: 'केंद्रीय बैंक ने कहा')
                if body is not None:
                    units.append(_Unit(i, i + 1, entity=body))
                    i += 1
                    continue
            if toks[i] in ("इस", "उस") and i + 1 < n and toks[i + 1] in _ORG_HEADS:
                # 'आरबीआई इस बैंक पर पहले भी रोक लगा चुका है': the organisation of that kind named last
                body = _last_named_org(state, toks[i + 1], sent.tokens[i].start)
                if body is not None:
                    units.append(_Unit(i, i + 2, entity=body))
                    i += 2
                    continue
            twin = self._coordinated_demonym(toks, i)
            if twin is not None:
                # 'अमेरिकी और ब्रिटिश लड़ाकू विमानों ने', 'भारतीय और फ्रांसीसी नौसेनाओं ने': each country's forces
                units.append(_Unit(i, i + 1, nominal=twin[1], demonym_of=twin[0]))
                i += 1
                continue
            nm = self.nominals.match(toks, i)
            if nm is None and toks[i] in _UNION and _union_alone(toks, i):
                nm = (1, self.nominals.forms.get(("सरकार",)))  # 'सुप्रीम कोर्ट ने केंद्र से जवाब मांगा'
            if nm is not None and nm[1] is not None and nm[1].lemma == "पक्ष" and not (
                    i > 0 and self.linker is not None and self.linker.index.demonym_country(toks[i - 1])):
                nm = None  # a side is a country's only after its demonym ('भारतीय पक्ष'), not 'X के पक्ष में'
            if nm is not None and nm[1] is not None:
                length, nom = nm
                named = by_start.get(i + length)
                if named is not None and named.label == "ORG" and nom.lemma == "विपक्ष" \
                        and toks[i + length - 1] in ("दल", "पार्टी"):
                    # 'एएनसी और मुख्य विपक्षी दल डेमोक्रेटिक अलायंस ने': a party's description before its name
                    # is an apposition; the name acts and may close a list ('A और मुख्य विपक्षी दल B ने')
                    apposed.update(range(i, i + length))
                    i += length
                    continue
                described = self._descriptor(state, toks, i, i + length, None)
                units.append(_Unit(i, i + length, entity=described) if described else _Unit(i, i + length, nominal=nom))
                i += length
                continue
            role = self._role_reference(state, toks, i, units, sent)
            if role is not None:
                units.append(role)
                i = role.end
                continue
            i += 1
        for u, v in zip(units, units[1:]):
            # 'सऊदी शहर जेद्दा में', 'यूक्रेन के शहर खारकीव पर': a country qualifying the kind of a place named next
            # only says where that place is
            if u.entity is not None and u.entity.label == "LOC" and u.marker is None and v.start == u.end + 1 \
                    and toks[u.end] in _PLACE_HEADS and v.entity is not None and v.entity.label == "LOC":
                u.possessor_of_next = True
        unit_starts = {u.start for u in units}
        by_first = {u.start: u for u in units}
        relatives = dict(relative_clauses)
        for k, u in enumerate(units):
            if u.marker is None:
                j = u.end
                body = u.nominal is not None or u.entity is not None and u.entity.label == "ORG"
                # (a nominal's only when it is a body: 'कर्मचारी संगठनों के नेताओं', not 'मिलेई सरकार देश को ...
                # धकेल रही है' -- देश is the government's object)
                while j < n and (toks[j] in _GENERIC_HEADS and (u.nominal is None or toks[j] in _BODY_HEADS
                                                                or toks[j] in ("संगठनों", "दलों", "पार्टियों"))
                                 or body and toks[j] in MEMBER_NOUNS
                                 or toks[j] in _POSITIONS and u.entity is not None and u.entity.label == "ORG"
                                 ) and j - u.end < 2:
                    # 'वुहान शहर का'; a body's people right after it stand for the body: 'सेना प्रमुख पर',
                    # 'भाजपा प्रवक्ता ने', 'सपा कार्यकर्ताओं को' (gazetteer.link.MEMBER_NOUNS); so do a named
                    # organisation's positions: 'हमास ठिकानों पर हमला किया' (not unnamed militants': 'पाकिस्तान में
                    # आतंकी ठिकानों पर हमले किए' is an attack on the places)
                    j += 1
                if u.nominal is not None and j == u.end and j + 1 < n and j not in unit_starts \
                        and self._name_like(toks[j]) and _marker_at(toks, j + 1) in (
                            ("ने",), ("के", "अनुसार"), ("के", "मुताबिक"), *_GENITIVE):
                    j += 1  # 'दक्षिण कोरिया की खुफिया एजेंसी एनआईएस के अनुसार': the body's name NER missed
                if j < n and toks[j] == "(":  # X (Y) के ...: the marker follows the bracket
                    close = next((c for c in range(j + 1, min(n, j + 8)) if toks[c] == ")"), None)
                    if close is not None:
                        for inner in units[k + 1:]:
                            if inner.start > close:
                                break
                            inner.possessor_of_next = True  # an apposition, not a participant of its own
                        j = close + 1
                elif j + 2 < n and toks[j] in _QUOTE_MARKS and j + 1 in by_first \
                        and by_first[j + 1].entity is u.entity and u.entity is not None \
                        and by_first[j + 1].end < n and toks[by_first[j + 1].end] in _QUOTE_MARKS:
                    # "पुष्प कमल दहल 'प्रचंड' के बीच": a quoted nickname of the same person is an apposition
                    by_first[j + 1].possessor_of_next = True
                    j = by_first[j + 1].end + 1
                if not (u.group or u.entity is not None and u.entity.label == "PER") \
                        and self._compound_head(toks, j, unit_starts):
                    # 'यूक्रेन संकट पर चर्चा हुई': the name qualifies the noun after it, not a bare subject (a
                    # person or a group of people qualifies no noun: 'दोनों नेता सीमा पर शांति ... पर सहमत हुए')
                    j += 1
                u.marker = _marker_at(toks, j)
                if u.marker is None and j + 1 < n and toks[j] in _LED_WORDS and toks[j + 1] not in _CLAUSE_END:
                    # 'राजद-कांग्रेस वाले महागठबंधन से': the names qualify the noun after वाले, as a genitive does
                    u.possessor_of_next = True
                    head = u
                    for v in reversed(units[:k]):  # (the whole list: राजद- too)
                        if toks[v.end:head.start] not in (["-"], ["और"], [","], ["व"]):
                            break
                        v.possessor_of_next, head = True, v
                comma = j
                if u.marker in _GENITIVE:  # एथेंस के ग्रीक शहर-राज्य, जो ...
                    comma = next((c for c in range(j + 1, min(n, j + 5)) if toks[c] == "," or c in unit_starts), n)
                rel = relatives.get(comma) if u.marker is None or u.marker in _GENITIVE else None
                if rel is not None:  # हांगकांग सरकार, जिसका ..., ने दलील दी
                    u.marker, u.marker_end = ("ने",), rel + 2
                    continue
                if (u.marker is None or u.marker in _GENITIVE) and u.entity is not None \
                        and u.entity.label in ("ORG", "LOC"):
                    # "X के प्रवक्ता ने", "X के राष्ट्रपति ने", "संयुक्त राष्ट्र मानव अधिकार आयुक्त ने" with no person
                    # named: X's official acts as X
                    t0 = j + (len(u.marker) if u.marker else 0)
                    t = t0
                    while t < n and t - t0 < 3 and _marker_at(toks, t) is None and t not in unit_starts:
                        t += 1
                    if (t > t0 and (toks[t - 1] in self._title_words or toks[t - 1] in _ROLE_NOUNS)
                            and (mk := _marker_at(toks, t)) in (("ने",), *_AGENT)):
                        u.marker, j = mk, t
                u.marker_end = j + len(u.marker) if u.marker else j
        _topic_label(toks, units, pred_starts)
        self._tie_nominals(state, toks, units, sent)
        self._mark_affiliations(toks, units)
        self._propagate_markers(toks, units, pred_starts, apposed)
        for u in units:
            if u.end < n and toks[u.end] == "स्थित" and u.entity is not None and u.entity.label == "LOC":
                # 'पुणे स्थित एक सहकारी बैंक पर जुर्माना', 'बहावलपुर स्थित जैश का मुख्यालय': where something is, not
                # a participant
                u.possessor_of_next, u.marker = True, None
        return units

    def _descriptor(self, state: _State, toks: list[str], i: int, j: int, entity: Entity | None) -> Entity | None:
        """'अर्धसैनिक बल रैपिड सपोर्ट फ़ोर्सेज़ (आरएसएफ़)': a descriptor of two or more words (a nominal) written
        before an organisation's name is remembered for it, and the organisation a later bare descriptor at
        ``toks[i:j]`` ('अर्धसैनिक बल ने') refers to is returned (None when there is none). ``entity``: the
        organisation named at ``toks[i:j]``, if any."""
        if entity is not None and entity.label == "ORG":
            nm = self.nominals.match(toks, i)  # (only an organisation's span is looked into)
            if nm is not None and 1 < nm[0] < j - i:
                state.descriptors[tuple(noun_key(t) for t in toks[i:i + nm[0]])] = entity
                return None
        if not state.descriptors or i > 0 and toks[i - 1] in _GENITIVE_WORDS:
            return None
        return state.descriptors.get(tuple(noun_key(t) for t in toks[i:j]))

    def _compound_head(self, toks: list[str], j: int, unit_starts: set[int]) -> bool:
        """Is ``toks[j]``, right after an unmarked name, the head of a compound noun with a पर or genitive marker
        after it ('यूक्रेन संकट पर', 'चीन सीमा का')? Not an action noun of the lexicon (its subject may stand
        bare: 'चीन बातचीत के लिए तैयार'), a time word, month, number or name."""
        if j + 1 >= len(toks) or j in unit_starts or _marker_at(toks, j) is not None:
            return False
        t = toks[j]
        if (_WORD.fullmatch(t) is None or len(t) < 2 or t in _TIME_WORDS or t in _MONTHS or t in _DETERMINERS
                or t in _AUX_WORDS or noun_key(t) in self.lexicon.noun_words and t not in _REGIME_HEADS
                or self._name_like(t)):
            return False
        if t in _ELECTION_HEADS:
            return _marker_at(toks, j + 1) is not None  # 'लोकसभा चुनाव में', 'बिहार चुनाव के बाद': an election's
        return _marker_at(toks, j + 1) in (("पर",), *_GENITIVE)

    def _known_organisation(
        self, state: _State, sent: Sentence, toks: list[str], i: int, by_start: dict[int, Mention],
        pred_starts: AbstractSet[int] = frozenset(),
    ) -> _Unit | None:
        """'इजरायल ने हमास पर हमला किया' where NER missed the organisation: a gazetteer organisation right before a
        case marker is a participant (the link stage does not propose Devanagari organisation names there: on
        IL-NER they are mostly parts of longer names); so is one opening a clause right before its predicate ('लेकिन
        राजद डरने वाला नहीं है'). Its mention gets ``source="events"``."""
        tokens = sent.tokens
        if self.linker is None or toks[i] in _CLAUSE_END or (
                tokens[i].norm not in self._name_starts and not tokens[i].norm.isascii()):
            return None
        opening = i == 0 or toks[i - 1] in _CLAUSE_END or toks[i - 1] in _CLAUSE_JOINTS or toks[i - 1] == "कि"
        latin = tokens[i].norm.isascii()
        room = len(toks) - i - 1
        sizes = range(min(4, room), 0, -1) if latin else [n for n in self._name_words[tokens[i].norm] if n <= room]
        norms = [t.norm for t in tokens[i:i + max(sizes, default=0)]]
        for n in sizes:
            words = norms[:n]
            if not latin and " ".join(words) not in self.linker.index.exact:
                continue  # spellings the gazetteer lists (and Latin names): cheap, and no fuzzy guesses
            # (or right before a meeting noun: 'पुतिन ब्रिक्स सम्मेलन में शामिल नहीं हुए', a document noun: 'एक
            # संयुक्त राष्ट्र समीक्षा में कहा गया है', or its members: 'जी7 देशों के नेताओं ने', 'नाटो सदस्य देशों ने')
            if (toks[i + n] not in _MEETING_NOUNS and toks[i + n] not in _DOCUMENTS
                    and toks[i + n] not in _MEMBER_HEADS and (
                    toks[i + n] not in _MARKERS_BY_FIRST or _marker_at(toks, i + n) is None)
                    and not (opening and i + n in pred_starts) and not _included_list(toks, i + n)
                    # (or listed before a name NER found: 'अन्नाद्रमुक और भाजपा के कार्यकर्ताओं ने')
                    and not (toks[i + n] in _LIST_JOINTS and i + n + 1 in by_start)
                    # (or its offices: 'ईडी कार्यालयों के बाहर'; or its people as a subject: 'आप नेताओं ने')
                    and not (toks[i + n] in _SITES and _marker_at(toks, i + n + 1) is not None)
                    and not _members_acting(toks, i + n)
                    # (or whose last word is a nominal actor's, anywhere: 'कि चुनाव आयोग मतदाता सूची से ...', not
                    # the bare 'आयोग')
                    and not (n >= 2 and (toks[i + n - 1],) in self.nominals.forms)
                    or any(k in by_start for k in range(i + 1, i + n))):
                continue
            recs, how = self.linker.index.lookup(words)
            if self._known_record(words, recs) is None:
                continue
            if n == 1 and (how not in (EXACT, LATIN) or (words[0] in self.linker.common_words or len(words[0]) < 3)
                           # (a short name that is also a common word, before its people acting: 'आप नेताओं ने',
                           # not 'आप ने')
                           and not (_members_acting(toks, i + 1) and toks[i + 1].endswith("ओं"))):
                continue
            rec = recs[0]
            if self.linker.generic_elsewhere(rec, words, state.place_countries) is not None:
                continue  # 'श्रीलंका में ... राष्ट्रपति भवन पर': not India's
            return self._known_unit(state, rec, tokens, i, i + n, i + n)
        return None

    def _known_record(self, words: list[str], recs: Sequence[GazetteerRecord] | None = None
                      ) -> GazetteerRecord | None:
        """The one gazetteer organisation the (normalized) ``words`` name (``recs``: their lookup, if done), else
        None."""
        if recs is None:
            recs = self.linker.index.lookup(words)[0] if self.linker is not None else ()
        return recs[0] if len({r.id for r in recs}) == 1 and recs[0].label == "ORG" else None

    @staticmethod
    def _known_unit(state: _State, rec: GazetteerRecord, tokens: Sequence[Token], first: int, end: int, k: int,
                    acronym: int | None = None) -> _Unit:
        """The unit (up to token ``k``) of the gazetteer organisation ``rec`` NER missed at ``tokens[first:end]``
        (and the ``acronym`` token): the document's entity for it, else one that is the document's only if it takes
        part in an event."""
        known = next((x for x in state.entities if x.id == rec.id), None)
        if known is not None:
            return _Unit(first, k, entity=known)
        state.only_if_taking_part.add(rec.id)
        ent = _propose(state, rec.id, Entity(rec.id, rec.label, rec.name_hi, rec.name_en or None, rec.country, (),
                                             rec.kind, None), tokens[first].start, tokens[end - 1].end, "ORG")
        if acronym is not None:
            _propose(state, rec.id, ent, tokens[acronym].start, tokens[acronym].end, "ORG")
        return _Unit(first, k, entity=ent)

    @staticmethod
    def _object_pronoun(toks: list[str], i: int) -> _Unit | None:
        """'उनसे', 'उन्हें', 'उस पर', 'उनके साथ': a pronoun with its case marker (its referent is found per event)."""
        tok = toks[i]
        if tok in _PRONOUN_OBJECTS:
            return _Unit(i, i + 1, marker=_PRONOUN_OBJECTS[tok], marker_end=i + 1, anaphor=tok[:2])
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if nxt not in _PRONOUN_STEMS.get(tok, ()):
            if tok in _PRONOUN_GENITIVES:  # 'उनकी आलोचना की', 'उसके बयान का स्वागत किया'
                return _Unit(i, i + 1, marker=(_PRONOUN_GENITIVES[tok],), marker_end=i + 1, anaphor=tok[:2])
            return None
        marker = (nxt,) if tok in ("उन", "उस") else ("के", nxt)
        return _Unit(i, i + 1, marker=marker, marker_end=i + 2, anaphor=tok[:2])

    def _antecedent(self, state: _State, ctx: "_SentenceContext", u: _Unit, actor: Entity) -> Entity | None:
        """The participant an object pronoun refers to: the one named last before it, in its sentence or the one
        before, that is not the event's actor nor listed with it ('माली, नाइजर और बुर्किना फासो ने ... उस पर आरोप
        लगाया': none of the three) (उन- only a person or a group of people)."""
        mates = {actor}
        for w in ctx.units:
            listed = [w]
            while listed[-1].coordinated_with is not None and len(listed) < 12:
                listed.append(listed[-1].coordinated_with)
            if any(x.entity is actor for x in listed):
                mates.update(x.entity for x in listed if x.entity is not None)

        def fits(e: Entity | None, w: _Unit | None = None) -> bool:
            # (a body's members are people: 'भाजपा के कार्यकर्ताओं ने प्रदर्शन किया, जिन्हें पुलिस ने ...')
            if e is None or e in mates or (u.anaphor in ("उन", "जि") and e.label not in ("PER", "NOM") and not (
                    e.label == "ORG" and w is not None
                    and any(t in MEMBER_NOUNS for t in ctx.toks[w.end - 1:w.end + 2]))):
                return False
            return e.label != "LOC" or _country_of(e) is not None and e.kind in ("country", "territory")

        if u.anaphor == "जि":
            # the relative 'जिन्हें': the people named last before it in its sentence ('केंद्रीय मंत्री X भी उनके साथ
            # पैदल चले, जिन्हें पुलिस ने हिरासत में ले लिया' → X); never a sentence before
            return next((e for w in reversed(ctx.units[:bisect_left(ctx.starts, u.start)])
                         if not (w.anaphor or w.pronoun or w.possessor_of_next or w.locative_before is not None)
                         for e in [w.entity if w.nominal is None else self._entity_of(state, ctx.sent, w)]
                         if fits(e, w)), None)

        before = [w for w in reversed(ctx.units[:bisect_left(ctx.starts, u.start)])
                  if not (w.anaphor or w.pronoun or w.possessor_of_next or w.locative_before is not None)
                  # (nor a group named as the attack's adjective: 'आतंकी हमले में मारे गए लोगों ... उन्हें')
                  and not (w.nominal is not None and self.lexicon.attack_noun(ctx.toks[w.end:w.end + 1]))]
        # a subject (ने or unmarked) is the likelier antecedent: 'अगर चीन ने रूस को ... तो अमेरिका उस पर ...'; within
        # reported speech, one named inside it ('X ने कहा कि चीन ने ताइवान पर हमला किया और उस पर ...': Taiwan, not X)
        ki = max((k for k in range(u.start) if ctx.toks[k] == "कि"), default=-1)
        # the one the actor just acted on in this sentence
        acted = next((ev for ev, _ in reversed(state.acts) if ev.sentence == ctx.si and ev.actor is actor
                      and len(ev.targets) == 1), None)
        prior = acted.targets[0] if acted is not None else None
        # (not one named inside the charge or demand that act made, after its target: 'क़तर पर ... ईरान से नज़दीकी
        # बढ़ाने का आरोप लगाते हुए उसके साथ संबंध तोड़ लिए' → Qatar)
        told_from = min((m.start for m in getattr(prior, "mentions", ()) if m.start >= ctx.sent.start),
                        default=None) if acted is not None and acted.code.startswith(("112", "10", "02")) else None
        for w in sorted(before, key=lambda w: (w.start < ki, w.marker not in (("ने",), None))):
            e = w.entity if w.nominal is None else self._entity_of(state, ctx.sent, w)
            if told_from is not None and e is not prior and told_from < ctx.sent.tokens[w.start].start < acted.start:
                continue
            if fits(e, w):
                return e
        # else the one the actor just acted on in this sentence ('धनखड़ ने इस दावे पर आपत्ति जताई और उनसे बयान वापस
        # लेने को कहा': the one objected to, named in the sentence before)
        if fits(prior) and u.marker not in _GENITIVE:  # (not 'उसकी रिहाई की मांग की': whose release)
            return prior
        # else the last one named before it in the sentence before, or found by this stage (a name NER missed)
        lo, hi = state.previous_sentence_start, ctx.sent.tokens[u.start].start
        best: tuple[int, Entity] | None = None
        found = _named_so_far(state)
        found += [(e, state.unseen_mentions[k]) for k, e in state.unseen.items()]
        for e, ms in found:
            for m in ms:
                if lo <= m.start < hi and (m.start < ctx.sent.start or e.id is None) and fits(e) and (
                        best is None or m.start > best[0]):
                    best = (m.start, e)
        if best is None and u.anaphor == "उन" and state.si >= 2:
            # 'अदालत ने ... रमाकांत सिंह को ज़मानत दे दी। ... । ... । अदालत ने उन्हें ... का निर्देश दिया': a person up to
            # three sentences back, when the sentence before names nobody
            lo = state.sentence_starts[max(0, state.si - 3)]
            for e, ms in found:
                for m in ms:
                    if lo <= m.start < state.previous_sentence_start and e.label == "PER" and fits(e) and (
                            best is None or m.start > best[0]):
                        best = (m.start, e)
        return best[1] if best else None

    def _last_place(self, state: _State, before: int, exclude: Entity | None = None,
                    kinds: tuple[str, ...] = ()) -> Entity | None:
        """The place named last before character ``before`` (of one of ``kinds``, if given)."""
        best = None
        best_pos = -1
        for e in state.entities:
            if e.label != "LOC" or e is exclude or kinds and e.kind not in kinds:
                continue
            for m in e.mentions:
                if best_pos < m.start < before:
                    best, best_pos = e, m.start
        return best

    def _role_reference(
        self, state: _State, toks: list[str], i: int, units: list[_Unit], sent: Sentence
    ) -> _Unit | None:
        """'रूस के राष्ट्रपति' / 'राष्ट्रपति' without a name: the person the document gave that role."""
        linker = self.linker
        if linker is None or toks[i] not in self._title_starts:
            return None
        for n in range(min(linker.max_title, len(toks) - i), 0, -1):
            title = linker.titles.get(tuple(toks[i:i + n]))
            if title is not None:
                break
        else:
            return None
        if n == 1:
            # 'अमित शाह ने ... । शाह ने कहा': a title word that is the surname of a person named before is that person
            named = next((e for e in reversed(state.entities) if e.label == "PER" and len(e.name.split()) > 1
                          and fold(e.name.split()[-1]) == toks[i]
                          and any(m.start < sent.tokens[i].start for m in e.mentions)), None)
            if named is not None:
                return _Unit(i, i + 1, entity=named)
        if title.kind not in _ROLE_REF_ONLY:
            return None
        j = i + n
        # a name follows: the title belongs to that mention, not a reference of its own (a headline's subject may
        # close it or a part of it: 'पीएम मोदी से मिले ब्रिटिश प्रधानमंत्री, ...')
        if j < len(toks) and _marker_at(toks, j) is None and not (
                toks[j] in _HEADLINE_BREAKS and not (j + 1 < len(toks) and self._named_at(state, sent, j + 1))
                # a place or body named next is no name of the office holder: 'अमेरिकी विदेश मंत्री भारत की यात्रा
                # पर आएंगे'
                or self._named_at(state, sent, j, person=False)):
            return None  # a name (or anything but a case marker) follows: the title belongs to it
        country = None
        if units and units[-1].entity is not None and units[-1].end in (i, i - 1) and (
            units[-1].end == i or toks[i - 1] in ("के", "की", "का")
        ):
            e = units[-1].entity
            if e.label == "LOC":
                country = _country_of(e)
        else:
            country = linker.index.demonym_country(toks[i - 1]) if i > 0 else None
        before = sent.tokens[i].start
        best = None
        best_pos = -1
        later = None
        later_pos = None
        current = i == 0 or toks[i - 1] not in _FORMER
        for e in state.entities:
            if e.label != "PER" or e.role != title.role_en:
                continue
            if country is not None and e.country != country:
                continue
            if current and e.mentions and all(_former_title(state.text, m.start) for m in e.mentions):
                continue  # 'पूर्व राष्ट्रपति यून ... । रुबियो ने नए राष्ट्रपति को बधाई दी': not the former holder
            first = min(m.start for m in e.mentions)
            if first < before and first > best_pos:
                best, best_pos = e, first
            elif first >= before and country is not None and (later_pos is None or first < later_pos):
                later, later_pos = e, first  # named further on: "ब्राजील के राष्ट्रपति ने ... जायर बोलसोनारो"
        installed = state.installed.get(title.role_en)
        if installed is not None and installed[1] < before and installed[1] > best_pos and (
                country is None or installed[0].country in (None, country)):
            best = installed[0]  # 'X ने मुख्यमंत्री पद की शपथ ली ... नई मुख्यमंत्री को बधाई दी'
        best = best or later
        if best is None and country is not None and title.kind in ("head", "minister") and units \
                and units[-1].entity is not None and units[-1].entity.kind in ("country", "territory") \
                and j < len(toks) and self._named_at(state, sent, j, person=False):
            # 'चीन के विदेश मंत्री भारत पहुंचे': the country's unnamed official, a bare subject before the place he
            # goes to, acts for it (the country only qualifies the office)
            units[-1].possessor_of_next = True
            return _Unit(i, j, entity=units[-1].entity)
        if best is None:
            demonym = i > 0 and not (units and units[-1].end in (i, i - 1))
            if country is not None and demonym and (j == len(toks) or _marker_at(toks, j) not in _GENITIVE):
                # 'अमेरिकी राष्ट्रपति ने' with no president named: the office acts for its country
                ent = self._country_entity(state, country, sent, i - 1)
                if ent is not None:
                    return _Unit(i - 1, j, entity=ent)
            if (country is None and not (units and units[-1].end in (i, i - 1))
                    and title.kind in ("head", "minister") and j < len(toks)
                    and (i == 0 or toks[i - 1] not in _FORMER)  # 'पूर्व मंत्री': a person, not the government
                    and _marker_at(toks, j) not in _GENITIVE):
                # 'मुख्यमंत्री ने हमले की निंदा की' with nobody named in that office: the government of the
                # story's one country acts
                country = state.only_country or _only_country(state.entities, before=before)
                government = self.nominals.forms.get(("सरकार",))
                if country is not None and government is not None:
                    unit = _Unit(i, j, nominal=government, country=country)
                    if toks[i] in _STATE_HEADS:
                        # a chief minister or governor heads a state: the state's government, never the Union's
                        unit.region = _story_state(state, before) if country == "IND" else None
                        if unit.region is None:
                            return None
                    return unit
            return None
        if country is not None and units and units[-1].entity is not None and units[-1].entity.label == "LOC":
            units[-1].possessor_of_next = True
        return _Unit(i, j, entity=best)

    @staticmethod
    def _named_at(state: _State, sent: Sentence, i: int, person: bool = True) -> bool:
        """Does a person's mention start at token ``i`` ('रूस के राष्ट्रपति, व्लादिमीर पुतिन': an apposition)? With
        ``person=False``: does a place's or organisation's linked mention start there?"""
        start = sent.tokens[i].start
        return any((e.label == "PER" if person else e.label in ("LOC", "ORG") and e.id is not None)
                   and any(m.start == start for m in e.mentions) for e in state.entities)

    def _tie_nominals(self, state: _State, toks: list[str], units: list[_Unit], sent: Sentence) -> None:
        # 'द्रमुक सरकार' named as one organisation: the state's government when it sits in the story's state
        government = self.nominals.forms.get(("सरकार",))
        for u in units:
            if (government is not None and u.entity is not None and u.entity.label == "ORG" and u.end - u.start >= 2
                    and toks[u.end - 1] == "सरकार"
                    and (setting := _sitting_state_government(state, sent, toks, u.start, u.entity)) is not None):
                u.entity, u.nominal, u.country, u.region = None, government, "IND", setting
            elif (u.entity is not None and u.entity.label == "NOM" and u.entity.id is None and not u.entity.country
                  and u.end - u.start == 1 and u.entity.name in _BODY_WORDS and (u.start == 0 or toks[u.start - 1]
                                                                                not in _GENITIVE_WORDS)
                  and (body := _named_body(state, u.entity.name, sent.tokens[u.start].start)) is not None):
                # 'चीन के वाणिज्य मंत्रालय ने आरोप लगाया ... । मंत्रालय ने कहा': a bare body of no country is the one of
                # its kind named before
                u.entity = body
        for k in range(len(units) - 1, 1, -1):
            court, seat, u = units[k - 2], units[k - 1], units[k]
            if (u.nominal is not None and u.nominal.sector == "JUD" and seat.entity is not None
                    and seat.entity.label == "LOC" and seat.marker is None and seat.end == u.start
                    and court.entity is not None and court.entity.label == "ORG" and _is_court(court.entity)
                    and toks[court.end:seat.start] in (["की"], ["के"], ["का"])):
                del units[k - 1]  # 'बंबई उच्च न्यायालय की नागपुर पीठ ने': a court's bench at a seat is the court
        for prev, u in zip(units, units[1:]):
            if (u.entity is not None and u.entity.id is None and fold_tokens(u.entity.name)[-1:] in _BENCH_WORDS
                    and prev.entity is not None and prev.entity.label == "ORG" and _is_court(prev.entity)
                    and toks[prev.end:u.start] in (["की"], ["के"], ["का"])):
                u.entity = prev.entity  # 'इलाहाबाद हाईकोर्ट की लखनऊ खंडपीठ ने' (NER's name for the bench)
                prev.possessor_of_next = True
        # "नाटो अधिकारियों", "हमास के लड़ाकों": an organisation's own people act as the organisation
        for k in range(len(units) - 1, 0, -1):
            u, prev = units[k], units[k - 1]
            gap = toks[prev.end:u.start]
            if gap and gap[0] in ("के", "की", "का"):
                gap = gap[1:]  # यूरोपीय संघ के एक अधिकारी, नाटो के दो सैनिकों
            if len(gap) == 2 and gap[0] == "नेतृत्व" and gap[1] in _LED_WORDS and u.nominal is not None \
                    and u.nominal.sector in ("MIL", "SPY"):
                gap = []  # 'नैटो के नेतृत्व वाली सेनाओं': forces led by the organisation act for it
            if (u.nominal is not None and (prev.entity is not None and prev.entity.label == "ORG"
                                           and u.nominal.sector != "CVL"
                                           # ('कि भाजपा विपक्ष की आवाज़ दबा रही है': the opposition is no party's men)
                                           and u.nominal.lemma != "विपक्ष"
                                           or prev.nominal is not None and prev.nominal.sector in _FORCE_SECTORS
                                           and u.nominal.sector in _FORCE_SECTORS)
                    and len(gap) <= 2 and all(t in _QUANTIFIERS for t in gap)):
                # (and a force's own men: 'चीनी तटरक्षक बल के जवानों ने' is the coast guard; civilians, hostages or
                # prisoners are nobody's men: 'हमास 33 बंधकों को रिहा करेगा')
                if u.nominal.lemma == "सरकार" and not gap and _union_before(toks, prev.start):
                    prev.possessor_of_next = True  # 'केंद्र की भाजपा सरकार': the Union government (below)
                    continue
                region = (self._state_before_party(state, sent, toks, units, k) or (
                    _sitting_state_government(state, sent, toks, prev.start, prev.entity)
                    if not gap and prev.entity is not None else None)) if u.nominal.lemma == "सरकार" else None
                if region is not None:
                    # 'हरियाणा की भाजपा सरकार', 'प्रदेश की भाजपा सरकार': a party's government of a state is the state's;
                    # so is its sitting government in a story set in one state ('लखनऊ, 30 नवंबर (भाषा) ... आरोप
                    # लगाया कि भाजपा सरकार ...' → Uttar Pradesh), as the annotated sets code it
                    prev.possessor_of_next, u.region = True, region
                    continue
                prev.end, prev.marker, prev.marker_end = u.end, u.marker, u.marker_end
                del units[k]
        for k, u in enumerate(units):
            if u.nominal is None:
                continue
            prev = units[k - 1] if k > 0 else None
            country = None
            if (prev is not None and prev.entity is not None and prev.entity.label == "PER"
                    and u.nominal.sector in _PEOPLE_SECTORS and toks[prev.end:u.start][:1] in (["के"], ["की"], ["का"])
                    and all(t in _QUANTIFIERS for t in toks[prev.end + 1:u.start])):
                # 'बोल्सोनारो के वकीलों ने', 'मशार के समर्थकों ने': a person's own people are no actor of their own
                # (the guideline leaves clauses anchored only to a person uncoded)
                u.nominal = None
                prev.possessor_of_next = True
                continue
            # (a demonym says whose: 'जेद्दा में अमेरिकी और यूक्रेनी अधिकारी')
            if prev is not None and prev.entity is not None and prev.entity.label == "LOC" and u.demonym_of is None:
                gap = toks[prev.end:u.start]
                while len(gap) > 1 and (gap[-1] in _SECTOR_ADJECTIVES or gap[-1] in _RANK_ADJECTIVES):
                    gap = gap[:-1]  # 'सिंध की प्रांतीय सरकार', 'म्यांमार की सैन्य सरकार', 'ब्रिटेन के वरिष्ठतम राजनयिक'
                if len(gap) > 1 and gap[0] in _GENITIVE_WORDS and len(gap) <= 3 and (all(
                        t in _QUANTIFIERS for t in gap[1:]) or len(gap) == 3 and gap[1] == "नेतृत्व"
                        and gap[2] in _LED_WORDS):
                    # ('अमेरिका के नेतृत्व वाली सेनाओं': forces led by a country are its)
                    gap = gap[:1]  # 'कनाडा के एक राजनयिक', 'चीन के दो सैनिकों'
                if (not gap or gap in (["की"], ["के"], ["का"])) or (gap == ["में"] and prev.marker == ("में",)):
                    country = _country_of(prev.entity)
                    prev.possessor_of_next = not gap or gap != ["में"]
                    if prev.entity.kind in ("state", "region") and prev.entity.name_en and country == "IND" and (
                            u.nominal.sector in _REGIONAL_SECTORS or u.nominal.sector in _MARCHING_SECTORS
                            or gap and u.nominal.sector == "JUD"):
                        # 'पंजाब के हजारों किसानों', 'मणिपुर में भीड़': an Indian state's people and organs stand for
                        # the state, as the held-out guideline codes unnamed groups in a named Indian state (a
                        # foreign province's stand for its country: 'सिंध की प्रांतीय सरकार', as events-dev codes it);
                        # so does its court, as an Indian city's does ('दिल्ली की एक विशेष अदालत')
                        u.region = (prev.entity.name_en, country)
                    elif prev.entity.kind == "city" and prev.entity.name_en and country and (
                            not gap and u.nominal.sector == "COP" or gap and u.nominal.sector == "JUD"
                            and country == "IND"):
                        u.region = (prev.entity.name_en, country)  # 'चोंगकिंग पुलिस': the city's police, as
                        # events-dev codes it (the city acts or is acted on); 'मोहाली की अदालत', 'मुंबई की एक विशेष
                        # अदालत': an Indian city's court, as the annotated sets code it (a foreign city's stands for
                        # its country: 'चटगांव की एक अदालत')
            elif (prev is not None and prev.entity is not None and prev.entity.label == "NOM" and prev.entity.country
                  and toks[prev.end:u.start] in (["के"], ["की"], ["का"]) and u.nominal.sector in ("SPY", "MIL", "GOV")):
                country = prev.entity.country  # 'भारत सरकार के एजेंटों': a government's agents are its country's
                prev.possessor_of_next = True
            if country is None and u.nominal.sector == "GOV" and u.start > 0 and toks[u.start - 1] in _UNION:
                country = _UNION[toks[u.start - 1]]  # केंद्र सरकार: the Union government of India
                u.union = True
            if country is None and u.nominal.sector == "GOV" and prev is not None and prev.end == u.start \
                    and prev.entity is not None and prev.entity.label == "ORG" and _union_before(toks, prev.start):
                # 'केंद्र की भाजपा सरकार द्वारा': the Union government, its ruling party named before it
                country = _UNION[toks[prev.start - 2]]
                u.union, prev.possessor_of_next = True, True
            if country is None and toks[u.start] in _UNION:
                country = _UNION[toks[u.start]]  # केंद्र alone, as a participant: the Union government
                u.union = True
            if (country is None and u.nominal.lemma == "सरकार" and u.region is None and prev is not None
                    and prev.end == u.start and prev.entity is not None and prev.entity.label == "ORG"
                    and prev.marker is None
                    and not (k > 1 and units[k - 2].entity is not None and units[k - 2].entity.label == "LOC"
                             and toks[units[k - 2].end:prev.start] in (["की"], ["के"], ["का"]))):
                # 'पूर्ववर्ती कांग्रेस सरकार पर आरोप लगाया': a party's government is that party (a country's named
                # before it is the country's: 'अफगानिस्तान की तालिबान सरकार')
                u.nominal, u.entity = None, prev.entity
                prev.possessor_of_next = True
                continue
            if country is None and u.nominal.sector == "GOV":
                # 'मोदी सरकार', 'ट्रंप प्रशासन': a leader's government is their country's
                leader = None
                if prev is not None and prev.end == u.start and prev.entity is not None \
                        and prev.entity.label == "PER" and prev.entity.country:
                    leader = prev.entity
                    prev.possessor_of_next = True
                elif u.nominal.lemma == "सरकार" and u.start > 0 and (prev is None or prev.end < u.start):
                    # 'पेस्कोव ने सांदू सरकार पर आरोप लगाया': the surname of a leader named before, which NER missed
                    leader = _person_named_before(state, toks[u.start - 1:u.start], sent.tokens[u.start - 1].start)
                if leader is not None:
                    country = leader.country
                    if country == "IND" and (leader.role or "").startswith("chief minister"):
                        # 'योगी सरकार', 'फडणवीस सरकार': a chief minister's is the state's the story named last
                        u.region = _last_region(state.entities, sent.tokens[u.start].start, "IND", "India")
            if country is None and self.linker is not None:
                country = u.demonym_of or self._demonym_before(toks, u.start, prev.end if prev is not None else 0)
                u.by_demonym = country is not None
            if country is None and u.start > 0 and toks[u.start - 1] in _PRONOUN_GENITIVES:
                # 'रूसी रक्षा मंत्रालय ने दावा किया कि उसकी सेना ने ...': the forces of the body or country that is
                # the sentence's subject so far ('उनकी पार्टी' of a person is no country's)
                subject = next((w.entity for w in reversed(units[:k]) if w.marker == ("ने",)), None)
                if subject is not None and subject.label == "ORG" and not _state_organ(subject) \
                        and u.nominal.sector in ("MIL", "REB"):
                    # 'हमास ने रॉकेट दागे और उसके लड़ाकों ने ... हमला किया': a group's own fighters are the group
                    u.entity, u.nominal = subject, None
                    continue
                if subject is not None and subject.label in ("ORG", "LOC"):
                    country = _country_of(subject)
            if country is None and prev is not None and all(t in _COORD for t in toks[prev.end:u.start]) \
                    and toks[prev.end:u.start]:
                # 'भारतीय पुलिस और सुरक्षाबलों ने': a group coordinated with one of a country (a nominal, or a name
                # the NER found that stands for one)
                if prev.nominal is not None and prev.country:
                    country = prev.country
                elif prev.entity is not None and prev.entity.label == "NOM" and prev.entity.country:
                    country = prev.entity.country
            if country is None and (body := _named_body(state, u.nominal.lemma,
                                                            sent.tokens[u.start].start)) is not None:
                u.entity, u.nominal = body, None  # 'सुप्रीम कोर्ट ने ... । अदालत ने कहा': the court named before
                continue
            subject = next((w.entity for w in reversed(units[:k]) if w.marker == ("ने",)), None) \
                if country is None and u.nominal.lemma == "सरकार" and k > 0 \
                and toks[u.start - 1] not in _GENITIVE_WORDS else None
            if subject is not None and subject.country and (subject.label == "PER" or _is_party(subject)):
                # 'कांग्रेस ने सरकार पर आरोप लगाया', 'कॉर्बिन ने सरकार के खिलाफ अविश्वास प्रस्ताव रखा': a party's
                # or politician's bare 'सरकार' is their own country's, in a story of several countries too (not one
                # qualified: 'उम्मीद जताई कि वहां की सरकार ...'); a Union minister's is the Union's ('जयशंकर ने कहा
                # कि सरकार अमेरिका के संपर्क में है', in a story filed from Amritsar)
                country = subject.country
                # (a bare 'मंत्री' may be a state's: 'मंत्री छगन भुजबल ने सरकार के फ़ैसले पर नाराज़गी जताई')
                u.union = country == "IND" and (subject.role or "").endswith(" minister") \
                    and not subject.role.startswith("chief")
            if country is None:
                country = state.last_nominal_country.get(u.nominal.lemma)
            if country is None:  # the same group named with its country earlier ('भारतीय सेना ने ... । सेना के मुताबिक')
                at = sent.tokens[u.start].start
                earlier = [(m.start, x.country) for x in state.entities if x.label == "NOM" and x.country
                           and x.name == u.nominal.lemma for m in x.mentions if m.start < at]
                country = max(earlier)[1] if earlier else None
            if country is None:
                country = state.only_country
            if country is None:  # a story's places so far lie in one country; later ones (reactions abroad) don't count
                country = _only_country(state.entities, before=sent.tokens[u.start].start)
            if country is None and u.nominal.sector in _ACTOR_SECTORS:
                # '... उधर जॉर्जिया की राजधानी त्बिलिसी में प्रदर्शनकारियों ने ..., जिसके बाद पुलिस ने': in a story of
                # several countries, the organ or group of the one its sentence has named so far (not its people:
                # 'म्यांमार के ... से बात की और भूकंप में मारे गए लोगों के प्रति संवेदना व्यक्त की')
                country = _only_country(state.entities, before=sent.tokens[u.start].start, since=sent.start,
                                        text=state.text)
            if country is None and u.nominal.sector in ("COP", "JUD") and state.opening_country != "IND":
                # 'वारसॉ, ... । अभियोजकों ने': the police and courts of a foreign dateline's place (Indian papers file
                # foreign news under 'नई दिल्ली' too, but a foreign place only for news from there)
                country = state.opening_country
            u.country = country
            state.last_nominal_country[u.nominal.lemma] = country

    @staticmethod
    def _state_before_party(state: _State, sent: Sentence, toks: list[str], units: list[_Unit], k: int
                            ) -> tuple[str, str] | None:
        """For 'X की <party> सरकार' (the party at ``k - 1``, सरकार at ``k``): the Indian state X names — a state
        itself, or 'प्रदेश'/'राज्य' for the story's one state — else None."""
        party = units[k - 1].start
        if party < 2 or toks[party - 1] not in ("की", "के", "का"):
            return None
        owner = next((w for w in units[:k - 1] if w.end == party - 1
                      and (w.end - w.start > 1 or toks[w.start] not in _STATE_WORDS)), None)
        if owner is not None:  # ('उत्तर प्रदेश की', 'मध्य प्रदेश की': the state named, not a bare प्रदेश)
            found = owner.entity
            return (found.name_en, "IND") if found is not None and found.label == "LOC" and found.kind == "state" \
                and found.country == "IND" and found.name_en else None
        if toks[party - 2] in _STATE_WORDS:
            return _story_state(state, sent.tokens[party - 2].start)
        return None

    def _coordinated_demonym(self, toks: list[str], i: int) -> tuple[str, Nominal] | None:
        """'अमेरिकी और ब्रिटिश लड़ाकू विमानों': the country of the demonym at ``i`` and the nominal after the demonym
        it is coordinated with (not the same country's: 'भारतीय और भारतीय'), or None."""
        if self.linker is None or i + 3 >= len(toks) or not (toks[i + 1] in _COORD or toks[i + 1] == ","):
            return None
        first = self.linker.index.demonym_country(toks[i])
        seen = {first}
        j = i + 1
        # (a list of them: 'अमेरिकी, ब्रिटिश व जॉर्डनी विमानों ने')
        while first and j + 2 < len(toks) and (toks[j] in _COORD or toks[j] == ","):
            other = self.linker.index.demonym_country(toks[j + 1])
            if not other or other in seen:
                return None
            seen.add(other)
            nm = self.nominals.match(toks, j + 2)
            if nm is not None and nm[1] is not None:
                return (first, nm[1]) if toks[j] != "," else None  # ('A, B और C': the last joined by और)
            j += 2
        return None

    def _demonym_before(self, toks: list[str], i: int, floor: int) -> str | None:
        """The country of a demonym right before token ``i`` (इसराइली सेना) or up to three words before it, with no
        unit (nothing before ``floor``), no case marker and at most one genitive in between: 'भारतीय उच्चायोग के
        अधिकारी', 'अमेरिकी पर्यावरण सुरक्षा एजेंसी'."""
        genitives = 0
        for j in range(i - 1, max(floor, i - 4) - 1, -1):
            if toks[j] in ("के", "की", "का"):
                genitives += 1
                if genitives > 1 or j == i - 4:
                    return None
                continue
            if toks[j] in _CLAUSE_END or _marker_at(toks, j) is not None:
                return None
            if self.linker is None:
                return None
            # (a two-word demonym first: 'दक्षिण अफ़्रीकी सरकार', 'उत्तर कोरियाई सेना')
            country = (j > floor and self.linker.index.demonym_country(f"{toks[j - 1]} {toks[j]}")
                       or self.linker.index.demonym_country(toks[j]))
            if country:
                return country
        return None

    def _mark_affiliations(self, toks: list[str], units: list[_Unit]) -> None:
        """'संयुक्त राष्ट्र महासचिव बान की मून', 'रूस के राष्ट्रपति पुतिन': the organisation or country before a
        title and a person only qualifies the person."""
        for k in range(len(units) - 1):
            u, nxt = units[k], units[k + 1]
            if u.entity is None or nxt.entity is None or nxt.entity.label != "PER" or u.entity.label == "PER":
                continue
            between = toks[u.end:nxt.start]
            if between and between[0] in ("के", "की", "का"):
                between = between[1:]
            # ('डेमोक्रेटिक पार्टी के राष्ट्रपति पद के उम्मीदवार बराक ओबामा': a title may name the office sought)
            if between and all(t in self._title_words or t in _ROLE_NOUNS or t in _OFFICE_WORDS for t in between) \
                    and between[-1] not in _OFFICE_WORDS:
                u.possessor_of_next = True

    def _propagate_markers(self, toks: list[str], units: list[_Unit], pred_starts: set[int],
                           apposed: AbstractSet[int] = frozenset()) -> None:
        """Case markers along genitive chains and lists; ``apposed``: tokens of a description before a name, which a
        list passes over ('A और मुख्य विपक्षी दल B ने')."""
        # genitive chains: X के ... के साथ → X gets the chain's final marker, unless another unit heads it
        # or the genitive belongs to the predicate's noun (भारत की बुधवार को प्रशंसा की)
        by_start = {o.start: o for o in units}
        unit_starts = set(by_start)
        for u in units if "स्थित" in toks else ():
            # 'X के रांची तथा साहिबगंज स्थित ठिकानों की': the places say where; the chain goes on past them
            k = next((k for k in range(u.end, min(len(toks), u.end + 4)) if toks[k] == "स्थित"), None)
            if u.entity is not None and u.entity.label == "LOC" and k is not None and all(
                    t in _COORD or t == "," or _WORD.fullmatch(t) and _marker_at(toks, j) is None
                    for j, t in enumerate(toks[u.end:k], start=u.end)):
                u.located, u.marker, u.possessor_of_next = k + 1, None, True
        for u in units:
            if u.nominal is not None and u.marker is None and u.end < len(toks) \
                    and self.lexicon.attack_noun(toks[u.end:u.end + 1]):
                # 'मुंबई पर हुए आतंकी हमलों के एक हफ्ते बाद राइस भारत पहुंचीं': a group named as the attack's
                # adjective is no participant of the clause
                u.possessor_of_next = True
        for u in units:
            if u.marker not in _GENITIVE or u.possessor_of_next:
                continue
            pos = chain = u.marker_end if u.marker_end > 0 else u.end + 1
            if pos + 1 < len(toks) and toks[pos] in _AROUND and toks[pos + 1] not in ("के", "की"):
                # 'ताइवान के चारों ओर (बड़े पैमाने पर)': a place around it, not the पर after it (but 'गाजा के आसपास
                # के इलाकों पर': Gaza's surroundings)
                continue
            manner_from: int | None = None  # where manner words before the predicate's noun start
            while pos < len(toks) and toks[pos] in _GENERIC_HEADS:
                pos += 1
            steps = 0
            while pos < len(toks) and steps < 8:
                if pos in pred_starts:
                    # the genitive belongs to the predicate's noun: भारत की (बुधवार को) प्रशंसा की. Through a
                    # possessed noun the chain's last genitive is the one the predicate governs: भारत के फैसले का
                    # स्वागत किया (India's decision is welcomed: India is the target)
                    if steps and (last := _marker_at(toks, (manner_from or pos) - 1)) in _GENITIVE:
                        u.marker = last
                    break
                if (after := _skip_manner(toks, pos)) > pos:  # भारत की कड़े शब्दों में निंदा
                    manner_from, pos = pos, after
                    continue
                manner_from = None
                if toks[pos] in _TIME_WORDS:  # a time adverbial inside: भारत की बुधवार को प्रशंसा
                    pos += 2 if pos + 1 < len(toks) and toks[pos + 1] == "को" else 1
                    continue
                if toks[pos] in _RESIDENT_NOUNS and u.entity is not None and u.entity.label == "LOC" \
                        and u.entity.kind not in ("country", "territory"):
                    # 'पहलगाम के दो निवासियों को गिरफ्तार किया': people from a town or district are not the place
                    u.possessor_of_next = True
                    break
                if toks[pos] in _TOPIC_NOUNS or toks[pos] in _MEDIATION_NOUNS and (
                        _MEDIATION_NOUNS[toks[pos]][0] != "040" or toks[pos + 1:pos + 2] == ["में"]):
                    # 'चीन के मुद्दे पर आरोप लगाया', 'पाकिस्तान के मामले में': what is talked about, no participant;
                    # 'अमेरिका की मध्यस्थता से', 'ट्रंप की मौजूदगी में': a third party (_mediators), no partner of the
                    # talks (but 'ईरान की मौजूदगी का स्वागत किया' welcomes Iran)
                    u.possessor_of_next = True
                    break
                if pos in unit_starts and by_start[pos].located:
                    pos = by_start[pos].located
                    continue
                if pos in unit_starts and (after := _facility_name_end(toks, by_start[pos])):
                    # 'पाकिस्तान के नूर खान एयरबेस को': a site named after someone (a name NER took for a person
                    # or missed the head of) is the possessor's place; the chain goes on past it
                    by_start[pos].possessor_of_next = True
                    pos = after
                    steps += 1
                    continue
                if pos in unit_starts:  # another unit heads the chain: u only qualifies it
                    head = by_start[pos]
                    while head.possessor_of_next and head.end in by_start:
                        head = by_start[head.end]  # 'मोदी सरकार पर': the unit 'मोदी' qualifies heads
                    if u.marker == ("का",) and head.marker == ("ने",):
                        break  # 'मोदी का मुइज़्ज़ू ने हवाई अड्डे पर स्वागत किया': the object, fronted before the subject
                    if u.marker == ("का",) and head.marker not in (None, *_GENITIVE) and head.marker_end > pos:
                        # .. unless agreement rules it out: 'का' (direct case) cannot qualify a noun with a
                        # postposition (पुतिन का मॉस्को में स्वागत किया: Moscow is an adjunct, Putin is welcomed)
                        pos = head.marker_end
                        steps += 1
                        continue
                    if u.marker == ("का",) and head.marker is None and head.entity is not None \
                            and head.entity.label == "LOC":
                        # 'पुतिन का दिल्ली हवाई अड्डे पर स्वागत किया': a place qualifying the noun of an adjunct
                        k = next((k for k in range(head.end, min(head.end + 3, len(toks)))
                                  if _marker_at(toks, k) is not None or toks[k] in _CLAUSE_END), None)
                        mk = _marker_at(toks, k) if k is not None else None
                        if mk is not None and mk not in _GENITIVE:
                            pos = k + len(mk)
                            steps += 1
                            continue
                    u.possessor_of_next = True
                    break
                if toks[pos] in _QUOTE_MARKS:
                    pos += 1  # "रूस के 'लापरवाह व्यवहार' की निंदा": quotes around the possessed noun
                    continue
                if toks[pos] == "(" and steps:
                    close = next((c for c in range(pos + 1, min(len(toks), pos + 8)) if toks[c] == ")"), None)
                    if close is not None and not any(c in unit_starts for c in range(pos + 1, close)):
                        pos = close + 1  # 'पाकिस्तानी सेना के सैन्य अभियान महानिदेशक (डीजीएमओ) ने': an acronym
                        continue
                mk = _marker_at(toks, pos)
                if mk == ("से",) and pos + 1 < len(toks) and toks[pos + 1] in _MORE_OR_LESS:
                    pos += 2  # 'हूतियों के एक दर्जन से ज्यादा ठिकानों पर': a count, not a से-phrase
                    steps += 1
                    continue
                if (mk is None and steps and not self._name_like(toks[pos]) and toks[pos] not in self._title_words
                        and toks[pos] not in _ROLE_NOUNS and self.linker is not None
                        and tuple(t for t in toks[chain:pos] if t not in _TIME_WORDS) in self.linker.titles):
                    # 'जापान के प्रधानमंत्री अगले महीने ... आएंगे': the country's unnamed official, an unmarked
                    # subject, acts for it
                    u.marker = None
                    break
                if mk is None and (toks[pos] in MEMBER_NOUNS or toks[pos] in _LEGISLATORS) and u.entity is not None \
                        and u.entity.label in ("ORG", "LOC") and pos + 1 < len(toks) and (
                            pos + 1 in pred_starts or toks[pos + 1] in _TIME_WORDS
                            or (nxt := by_start.get(pos + 1)) is not None and (
                                nxt.nominal is not None or nxt.entity is not None and nxt.entity.label == "LOC")) \
                        and all(t in _QUANTIFIERS or t.isdigit() for t in toks[chain:pos]):
                    # 'शिवसेना के विधायक धरने पर बैठ गए', 'भाजपा के कई कार्यकर्ता सड़कों पर उतरे': a body's people, an
                    # unmarked subject, act for it
                    u.marker = None
                    break
                if mk == ("ने",) and pos > 0 and self._name_like(toks[pos - 1]):
                    # तुर्की के राष्ट्रपति एर्डोगन ने: a name NER missed heads the chain, not the country
                    u.possessor_of_next = True
                    break
                if mk == ("पर",) and steps and _reason_par(toks, pos):
                    # 'रूसी तेल की खरीद जारी रखने पर भारत पर शुल्क लगाया': a reason; the possessor in it is no target
                    u.possessor_of_next = True
                    break
                if mk is not None and mk not in _GENITIVE:
                    if u.anaphor and mk in (("ने",), *_AGENT):
                        break  # 'उनकी पार्टी ने': a pronoun's possession acts, not the pronoun's referent
                    start = u.marker_end if u.marker_end > 0 else u.end + 1
                    if mk in (("ने",), *_AGENT) and u.entity is not None and (
                            u.entity.label == "PER" or u.entity.label == "LOC"
                            and u.entity.kind not in ("country", "territory")) and not all(
                            t in _GENITIVE_WORDS or t in _ROLE_NOUNS or t in _PERSON_VOICES or t in _QUANTIFIERS
                            or t in self._title_words or t in _FLOATING_QUANTIFIERS for t in toks[start:pos]):
                        # 'सलमान खान की फिल्म ने', 'मशार के सहयोगियों ने', 'खान के समर्थकों ने': what a person has
                        # acts, not the person (their spokesman does); nor do a city's colleges act for the city
                        # ('कानपुर शहर के चार कॉलेजों ने'); a country's or organisation's institution or people act for
                        # it
                        break
                    u.marker = mk
                    break
                if toks[pos] in _COORD and steps and pos + 1 < len(toks) and pos + 1 not in unit_starts \
                        and _marker_at(toks, pos + 1) is None:
                    pos += 1  # 'ईरान के परमाणु और सैन्य ठिकानों पर': coordinated words of the possessed noun
                    steps += 1
                    continue
                if toks[pos] in _CLAUSE_END or verb_stems(toks[pos]) and toks[pos] in _AUX_WORDS:
                    break
                pos += len(mk) if mk else 1
                steps += 1
        for u in units:
            # 'अमरीका के साथ बढ़ते व्यापारिक तनाव के बीच': a partner inside a background phrase takes no part
            k = u.marker_end
            if u.marker == ("के", "साथ") and 0 < k and any(
                    toks[j:j + 2] == ["के", "बीच"] and all(_marker_at(toks, x) is None and toks[x] not in _CLAUSE_END
                                                         for x in range(k, j))
                    for j in range(k + 1, min(k + 5, len(toks) - 1))):
                u.possessor_of_next = True
            # 'असद ने एक रूसी अख़बार को दिए साक्षात्कार में इन आरोपों को बकवास बताया': the paper an interview was
            # given to is where one spoke, no party
            elif u.marker == ("को",) and 0 < k and _interview_given(toks, k):
                u.possessor_of_next = True
        for k, u in enumerate(units):
            if u.marker is not None and u.marker not in (("और",), (",",)):
                continue
            j = u.end
            if j >= len(toks) or toks[j] not in ("और", "तथा", "एवं"):
                continue
            nxt = units[k + 1].start if k + 1 < len(units) else len(toks)
            for t in range(j + 1, min(j + 5, nxt)):
                mk = _marker_at(toks, t)
                if mk is not None:
                    # a genitive counts only where it attaches to the predicate's noun: भारत और भारतीयों की सराहना
                    if mk not in _GENITIVE or t + len(mk) in pred_starts:
                        u.marker = mk
                    break
                if toks[t] in _CLAUSE_END or toks[t] in _AUX_WORDS:
                    break
        # 'A, B और C समेत कई विश्व नेताओं ने': the named members of a group that acts act too (and of a group that is
        # a target are targets)
        by_start = {u.start: u for u in units}
        for u in units:
            if u.marker is not None or u.possessor_of_next:
                continue
            inc = _including_after(toks, u.end, by_start)
            if inc is not None:
                t = inc + 1
                while t < min(len(toks), inc + 6) and t not in by_start and toks[t] not in _CLAUSE_END \
                        and _marker_at(toks, t) is None:
                    t += 1
                group = by_start.get(t)
                if group is not None and group.nominal is not None and not group.possessor_of_next:
                    # 'राजेश चौरसिया समेत चार लोगों को गिरफ्तार किया': an unnamed group (a nominal) and its marker
                    mk, t = group.marker, group.marker_end - len(group.marker or ())
                else:
                    mk = _marker_at(toks, t) if t < len(toks) and group is None else None
                if mk is not None and mk not in _GENITIVE:
                    u.marker, u.marker_end = mk, t + len(mk)
        # lists: A, B और C के साथ → every member takes C's marker (a qualifying unit in between is skipped:
        # "ह्यूमन राइट्स वॉच और संयुक्त राष्ट्र महासचिव बान की मून ने")
        heads = [u for u in units if not u.possessor_of_next]
        inside = {i for u in units if u.possessor_of_next for i in range(u.start, u.end)} | apposed

        def kept(i: int) -> bool:
            # (past an apposition in brackets: 'शिवसेना (यूबीटी) और कांग्रेस ने')
            return i not in inside and not (toks[i] in ("(", ")") and (i + 1 in inside or i - 1 in inside))

        for k in range(len(heads) - 2, -1, -1):
            u, nxt = heads[k], heads[k + 1]
            first = next((i for i in range(u.end, nxt.start) if kept(i)), None)
            if first is None or toks[first] not in _COORD:
                continue  # (no list: the cheap test first)
            between = [toks[i] for i in range(first, nxt.start) if kept(i)]
            if (
                between and between[0] in _COORD
                and all(t in _COORD or self._is_modifier(t) or t in _ROLE_NOUNS or t in _QUANTIFIERS
                        or t in ("के", "की", "का") or t in _SECTOR_ADJECTIVES  # 'A, B और C की सैन्य सरकारों ने'
                        # a description before the next name: 'इसराइल और लेबनान के शिया संगठन हिज़्बुल्लाह के बीच'
                        or t in _GROUP_HEADS or t in _GROUP_DESCRIPTIONS
                        # a kinsman's tie before his name: 'मुअम्मर गद्दाफ़ी, उनके बेटे सैफ़ अल-इस्लाम और ...'
                        or t in _KIN_NOUNS or t in _PRONOUN_GENITIVES and j + 1 < len(between)
                        and between[j + 1] in _KIN_NOUNS
                        # a portfolio before its title: 'और ब्रिटेन के व्यापार मंत्री Y'
                        or j + 1 < len(between) and between[j + 1] in _ROLE_NOUNS for j, t in enumerate(between))
                and (u.marker is None or u.marker == (between[0],)
                     # 'उन्होंने और राष्ट्रपति विलियम रूटो ने': a pronoun subject listed with a name
                     or u.pronoun and u.marker == nxt.marker == ("ने",) and between[0] in ("और", "तथा", "एवं"))
                # a comma joins list members before a later 'और' ('A, B और C') or of one kind ('रूस, चीन, ईरान ने');
                # not 'पुतिन से मिले मोदी, यूक्रेन पर चर्चा' (a headline's next part)
                and (between[0] != "," or nxt.coordinated_with is not None or (
                    u.entity is not None and nxt.entity is not None and u.entity.label == nxt.entity.label))
                # 'A और B की पीठ ने': joint possessors of one thing do not act; 'A और B की सरकारों ने' do
                and not (toks[nxt.start - 1] in ("के", "की", "का") and nxt.marker == ("ने",)
                         and not toks[nxt.end - 1].endswith(("ों", "ओं")))
            ):
                u.marker = nxt.marker
                u.coordinated_with = nxt

    def _not_a_predicate(self, toks: list[str], i: int, start: int, p: Predicate) -> bool:
        """Words that look like a predicate but are not one here: a verb after a number is a noun ('25 बरस बाद',
        'सौ बरस बाद'), and so is a bare stem before a finite कर ('कम दूरी तक मार करने वाली मिसाइलें'); idioms of
        पकड़ and छोड़ ('तूल पकड़ा', 'हाल पर छोड़ा', 'पीछे छोड़ा'); naming ('X को Y कहते हैं'); जा after a perfective is a
        passive auxiliary; bare स्वीकार कर admits only before a कि-clause; buying with no से and selling with no
        को before them; a bare मिल before a noun is an adjective ('तमिलनाडु से मिली सीटों', 'मिली जानकारी के
        अनुसार'), and after what one gets it is receiving ('मदद मिली'); a performance (`अच्छा प्रदर्शन`,
        `बल्लेबाजी का प्रदर्शन`) is no protest; bodies recovered (`लाशें बरामद कीं`) are no seizure."""
        n = len(toks)
        if not p.noun and (i > 0 and (toks[i - 1].isdigit() or toks[i - 1] in _QUANTIFIERS and toks[i] == p.verb[-1])
                           or toks[i] == p.verb[-1] and i + 1 < n
                           and toks[i + 1] in ("करने", "करना", "करता", "करती", "करते")):
            return True
        if not p.noun and p.verb == ("बरस",) and toks[i] == "बरसी" and (i > 0 and toks[i - 1] == "की" or i + 1 < n and (
                toks[i + 1] in ("पर", "के", "की", "का", "से") or toks[i + 1].startswith("मना"))):
            return True  # 'हमले की बरसी के दिन', 'बरसी पर': an anniversary, not 'lashed out' (पर बरसी)
        if not p.noun and p.verb == ("जा",) and i > 0 and toks[i - 1].endswith(("ए", "ये", "या", "यी", "ाई")) \
                and not toks[i - 1].startswith("चल"):
            return True  # 'कदम उठाए जाने की घोषणा': the passive auxiliary of another verb, no going ('चले गए' is)
        if not p.noun and p.verb in (("कह",), ("बता",), ("बोल",)) and toks[i] in _IMPERATIVES:
            return True  # 'कारण बताओ नोटिस' (show-cause notice): an imperative reports nothing
        if not p.noun and p.verb == ("कह",) and toks[i] == "कहीं" and not (
                i + 1 < n and (toks[i + 1] in _CLAUSE_END or toks[i + 1] in _AUX_WORDS or toks[i + 1] == "कि")):
            return True  # 'उम्मीद से कहीं बेहतर', 'कहीं भी': the adverb (somewhere, far), not 'बातें कहीं'
        if not p.noun and p.verb == ("कह",) and toks[i] in ("कहते", "कहती") and _naming(toks, i):
            return True  # 'पीलीभीत को मिनी पंजाब भी कहते हैं': what a place or person is called, nobody speaking
        if p.noun == ("बरामद",) and _BODIES.intersection(toks[max(0, start - 4):start]):
            return True  # 'सेना ने 93 लाशें बरामद कीं': bodies recovered, nothing seized from anybody
        if not p.noun and p.verb == ("आ",) and (i == 0 or _marker_at(toks, i - 1) is not None
                                                 or not _WORD.fullmatch(toks[i - 1]) or toks[i - 1] in _NOT_PLACES):
            return True  # 'बांग्लादेश से आए चरमपंथियों', 'सामने आया': coming is a visit only right after a place
        if not p.noun and p.verb == ("चाह",) and ("कि" not in toks[i + 1:i + 4] or toks[i] == "चाहे"
                                                   or i > 0 and toks[i - 1].endswith("ना")):
            # 'अमेरिका चाहता है कि भारत ...' is a demand; wanting a thing or to do something ('बचना चाहते हैं कि') is
            # not, nor is 'चाहे' (whether)
            return True
        if p.noun == ("स्वीकार",) and "कि" not in toks[i + 1:i + 5] and toks[i - 1] not in ("नहीं", "न"):
            # bare 'स्वीकार किया' is a statement only when it admits something: '... स्वीकार किया कि' (not accepting,
            # 'स्वीकार नहीं करेगा', rejects: _clause_events)
            return True
        if not p.noun and p.verb == ("पकड़",) and i > 0 and toks[i - 1] in ("तूल", "जोर", "रफ्तार", "गति", "जड़"):
            return True  # 'मामले ने तूल पकड़ लिया': gained ground, caught nobody
        if not p.noun and p.verb == ("छोड़",) and i > 1 and (toks[i - 1] == "पर" and toks[i - 2] in (
                "हाल", "भरोसे", "किस्मत", "रहमोकरम") or toks[i - 1] in ("पीछे", "साथ")):
            # 'लोगों को उनके हाल पर छोड़ दिया' (abandoned), 'कंपनियों को पीछे छोड़ दिया' (overtook), 'पार्टी का साथ
            # छोड़ दिया' (left): nobody released
            return True
        if not p.noun and p.verb in (("खरीद",), ("बेच",)) and (
                ("से" if p.verb == ("खरीद",) else "को") not in toks[max(0, i - 8):i]
                or toks[i] == "खरीद" and i + 1 < n and toks[i + 1] not in _AUX_WORDS
                and (not toks[i + 1].startswith(_VECTOR_PREFIXES) or toks[i + 1] == "जारी")):
            # 'जहां पॉट बेचा जाता है': buying or selling with nobody on the other side is no predicate; 'रूस से तेल
            # खरीद जारी रखने', 'तेल खरीद कम करने': the stem followed by no verb is the noun (purchase)
            return True
        if not p.noun and p.verb == ("मिल",) and i > 0 and noun_key(toks[i - 1]) in _GOT_KEYS \
                and not _dative_experiencer(toks, max(0, i - 12), i):
            # 'विलय करने में मदद मिली', 'सफलता मिली': something was got, nobody met (with who got it, 'X को Y से
            # मदद मिली' is Y's giving: _received)
            return True
        if not p.noun and p.verb == ("मिल",) and i + 1 < n:
            nxt = toks[i + 1]
            return not (nxt in _AUX_WORDS or nxt in _CLAUSE_END or nxt in _COORD or nxt in _NEG
                        or nxt in _SUBORDINATORS or nxt in _OPENERS or _marker_at(toks, i + 1) is not None
                        or self._name_like(nxt) or nxt in _TIME_WORDS
                        or _aspect_verb(toks, i) > 0)  # 'मिलने पहुंचे': came to meet, and met
        if p.noun and p.noun[-1] == "गोले" and toks[start + len(p.noun) - 1] == "गोल":
            return True  # 'गोल दागा': a goal scored, not shells fired (गोला, गोले)
        if p.noun in (("साझेदारी",), ("आमंत्रित",)) and any(t in _INNINGS for t in toks[max(0, start - 5):start]):
            # 'सौ रन की साझेदारी की', 'पारी संभाली बल्कि अच्छी साझेदारी भी की': batsmen, not partners; 'टॉस जीता और
            # इंग्लैंड को पहले बल्लेबाजी के लिए आमंत्रित किया': a side put in to bat, not guests
            return True
        if not p.noun and p.verb == ("भड़क",) and (start > 0 and toks[start - 1] in _FLARING
                                                   or i + 1 < len(toks) and toks[i + 1] in _FLARING):
            # 'हमले के बाद पंजाब में हिंसा भड़क उठी', 'सुबह भड़की हिंसा में': violence flared up, nobody lashed out
            return True
        return p.noun == ("प्रदर्शन",) and start > 0 and (toks[start - 1] in _PERFORMANCE
                                                          or toks[start - 1] in _GENITIVE_WORDS)

    def _is_modifier(self, tok: str) -> bool:
        """A title or demonym that may stand before a list member (…, बेलारूसी राष्ट्रपति X और …)."""
        if self.linker is None:
            return False
        if (tok,) in self.linker.titles or tok in self._title_words:
            return True
        return bool(self.linker.index.lookup_demonym(tok))

    def _remember(self, state: _State, toks: Sequence[str], units: list[_Unit]) -> None:
        agents = [u for u in units if u.entity is not None and u.marker == ("ने",)]
        for u in agents:
            _acted(state, u.entity)
        said = next((k for k, t in enumerate(toks) if t == "कि"), len(toks))
        speaker = next((u.entity for u in agents if u.end < said and u.entity.label == "PER"), None)
        named = [u.entity for u in agents if u.start > said and u.entity.label == "PER" and u.entity is not speaker]
        # 'राज ठाकरे ने कहा कि ... वह फडणवीस ने कर दिखाया। उन्होंने ...': a person who spoke stays whom the next
        # sentence's honorific pronoun means, not another person merely named in what was said (one whose acts were
        # reported is: 'मिस्री ने बताया कि मोदी ने चिंता जताई ... । उन्होंने ...'; and 'उसने' is whoever was last)
        state.reported_speaker = (speaker, state.si) if speaker is not None and named and not any(
            ev.sentence == state.si and ev.actor in named for ev, _ in state.acts) else None
        if state.lead_actor is None and state.si <= 1:
            state.lead_actor = next((u.entity for u in units if u.entity is not None and u.marker == ("ने",)
                                     and not u.possessor_of_next and self._can_act(u.entity)), None)
        subjects = [u for u in units if not u.possessor_of_next and u.marker in (None, ("ने",))]
        if subjects and subjects[0].marker is None and subjects[0].entity is not None \
                and subjects[0].entity.label == "PER" and not any(u.marker == ("ने",) for u in units):
            # 'जयशंकर अगले सप्ताह चीन जाएंगे। वे वहां ...': a person as the sentence's unmarked subject is whom a later
            # pronoun means, even when no event was read
            _acted(state, subjects[0].entity)

    # -- 2. predicates ----------------------------------------------------------------------------------------------
    def _predicates(self, toks: list[str], names: AbstractSet[int] = frozenset()) -> list[_Pred]:
        """The predicates of a sentence's tokens, left to right; no verb is a later word of a name (``names``)."""
        out: list[_Pred] = []
        used_until = -1
        n = len(toks)
        keys: list[str] | None = None  # noun keys of the tokens, made when a verb first needs its noun window
        for i, tok in enumerate(toks):
            if i <= used_until or i in names:
                continue
            ends = self._ends_predicate.get(tok)
            if ends is None:
                if len(self._ends_predicate) > 100_000:
                    self._ends_predicate.clear()  # (bounded: a pipeline over millions of texts meets rare words)
                ends = self._ends_predicate[tok] = any(self.lexicon.by_verb.get(st) for st in verb_stems(tok))
            if not ends:
                continue  # no predicate ends in this verb: skip before building the noun window
            inverted = self._inverted(toks, i)
            if inverted is not None and inverted.start > used_until:
                out.append(inverted)  # headline order: 'पाकिस्तान पर किया हमला', 'CSTO देशों से की चर्चा'
                used_until = inverted.end - 1
                continue
            if tok in ("की", "के", "का") and not (i + 1 >= n or toks[i + 1] in _CLAUSE_END or toks[i + 1] in _AUX_WORDS
                                                  or toks[i + 1] in _RELATIVE_OPENERS):
                continue  # (a genitive, not a form of कर; 'गोलीबारी की जिसमें ...': the verb before a relative clause)
            if keys is None:
                keys = [noun_key(t) for t in toks]
            cands = self.lexicon.candidates(tok, frozenset(keys[max(0, i - 10):i]))
            if not cands:
                continue
            wish = tok.endswith("ना") and i + 1 < n and toks[i + 1].startswith("चाह")
            ready = _readiness(toks, i + 1) if tok.endswith("ने") else 0  # बातचीत करने के लिए तैयार है
            wish = wish or bool(ready)
            aspect = _aspect_verb(toks, i)  # हमला करना शुरू किया, हमला करने लगे: the aspect verb is finite
            if aspect in (3, 4) and toks[i + 2] in ("आदेश", "निर्देश") and any(
                    len(p.noun) > 1 and p.noun[-1] == toks[i + 2] and _match_noun(toks, i + 3, p.noun) is not None
                    for p in self.lexicon.candidates(toks[i + 3])):
                aspect = 0  # 'देश छोड़ने का आदेश दिया' is a lexicon predicate of its own (174)
            if aspect in (3, 4) and toks[i + 2] in _CLAIMS and not any(p.code[:2] in (*_FORCE_ROOTS, "15")
                                                                       for p in cands):
                # 'जीतने का दावा किया': any other claim than one of force or a show of it ('परमाणु परीक्षण करने का
                # दावा किया') is a statement (दावा किया)
                aspect = 0
            if aspect in (3, 4) and toks[i + 2] in _EMPHASIS and not any(
                    p.code[:2] in _INTENT_CODES or p.code[:2] == "03" for p in cands):
                aspect = 0  # 'प्रतिबंध लगाने पर जोर दिया': stressing what is no intention is a statement (जोर दिया)
            if aspect >= 3 and (toks[i + 2] in _WISH_NOUNS or toks[i + 2] in _EMPHASIS):
                wish = True  # बातचीत करने की इच्छा जताई: an intention, like करना चाहता है
            # a conjunctive participle of a noun predicate (पर हमला करके, मदद देकर) is an event of the ने-subject
            bare_kar = (tok == "कर" and i + 1 < n and toks[i + 1] not in _AUX_WORDS
                        and toks[i + 1] not in _CLAUSE_END and not toks[i + 1].startswith(_VECTOR_PREFIXES))
            # 'मिल कर', 'दे कर': a conjunctive participle written in two words
            split_kar = tok != "कर" and i + 1 < n and toks[i + 1] in ("कर", "करके")
            if split_kar and not any(p.noun for p in cands):
                continue
            # ('मॉस्को पहुंचकर पुतिन से मुलाक़ात की': travelling to a named place first is a visit of its own)
            travel_kar = tok in _TRAVEL_KAR and any(not p.noun and p.code == "042" for p in cands)
            conjunctive = ((bare_kar or split_kar or (tok != "कर" and tok.endswith(("कर", "करके"))))
                           and any(p.noun for p in cands)
                           # not when it is part of a longer predicate: जोर देकर कहा
                           and not (i + 1 < n and any(p.noun and p.noun[-1] == tok
                                                      for p in self.lexicon.candidates(toks[i + 1])))) or travel_kar
            # 'सरकार द्वारा प्रतिबंध लगाए जाने के बाद': an infinitive clause that happened before the main one
            nominalized = 0 if wish or aspect or conjunctive else _nominalized_end(toks, i)
            if not wish and not aspect and not conjunctive and not nominalized and _nonfinite(tok):
                continue  # infinitives (करने, कहना है) and participles (मिलकर) head no clause of their own
            # "X ने Y पर आरोप लगाते हुए कहा": an adverbial participle is an event of the clause's ने-subject
            participle = tok.endswith(("ते", "ती")) and i + 1 < n and toks[i + 1] == "हुए"
            if tok.endswith(("ते", "ती")) and i + 1 < n and toks[i + 1] in _WHILE_WORDS:
                # 'काबुल से स्वदेश लौटते समय लाहौर पहुंचे': a clause of time ('while ...') shares the main clause's
                # subject; a bare verb's heads no event of its own, a noun predicate's is one of that subject
                # ('पत्रकारों से बातचीत करते समय कहा')
                cands = [p for p in cands if p.noun]
                if not cands:
                    continue
                participle = True
            if conjunctive:
                cands = [p for p in cands if p.noun or travel_kar and p.code == "042"]
                participle = True
            if i + 1 < n and toks[i + 1] in _NONFINITE_NEXT and not participle and not aspect and not nominalized:
                continue
            found = None
            for p in cands:
                vstart = i - len(p.verb) + 1
                if vstart < 0 or tuple(toks[vstart:i]) != p.verb[:-1]:
                    continue
                if not p.noun:
                    if p.verb == ("रोक",) and not _stopped_someone(toks, i):
                        continue
                    if len(p.verb) > 1 and out and out[-1].verb == vstart and not out[-1].pred.noun:
                        out.pop()  # मार गिराया: the compound replaces the bare first verb (मार) found before
                    found = (vstart, p)
                    break
                nstart = _match_noun(toks, vstart, p.noun, keys)
                if nstart is None and p.verb in _GIVING_VERBS and (len(p.noun) == 1 or p.verb in _SENDING_VERBS):
                    nstart = _sent_object(toks, vstart, p.noun, p.verb in _SENDING_VERBS)
                if nstart is not None and nstart > used_until:
                    found = (nstart, p)
                    break
            if found is None:
                fronted = self._fronted_participation(toks, i)
                if fronted is not None and out and out[-1].passive and out[-1].verb < fronted.start < out[-1].end:
                    # 'स्टालिन द्वारा बुलाई गई बैठक में A और B शामिल हुए': the participle only describes the meeting
                    # they take part in
                    out.pop()
                    used_until = max((q.end - 1 for q in out), default=-1)
                if fronted is not None and fronted.start > used_until:
                    out.append(fronted)  # 'सम्मेलन में प्रधानमंत्री मोदी ने भाग लिया'
                    used_until = fronted.end - 1
                continue
            start, p = found
            if self._not_a_predicate(toks, i, start, p):
                continue
            if conjunctive and _attributive_after(toks, i + 2 if split_kar else i + 1):
                continue  # 'पर्यटकों को निशाना बनाकर किए गए हमले की निंदा की': it describes the attack, done by others
            if conjunctive and _in_request(toks, i):
                # 'नक्सलियों से हथियार डालकर लौटने की अपील की': what is asked of the addressee, not done (nor what is
                # charged: 'अमेरिका पर दबाव डालकर ... थोपने का आरोप लगाया')
                continue
            if bare_kar and p.code[:2] == "01" or conjunctive and _sent_to(toks, i):
                # ट्वीट कर / बयान जारी कर + the next verb: the medium of the statement, no event of its own; nor is a
                # letter or notice sent to ask for something ('नोटिस जारी कर जवाब मांगा': _sent_to)
                continue
            head = i + aspect  # the finite verb: the predicate's own, or the aspect verb after it
            end = i + 1 + ready if ready else i + 2 if wish and not aspect else head + 1
            while end < n and (toks[end] in _AUX_WORDS or ready and (toks[end] in _NEG or toks[end] in _BECOME)
                               or toks[end] in _NEG and end + 1 < n and toks[end + 1] in _AUX_WORDS
                               and end + 1 > head + 1):
                # तैयार नहीं है, राजी हो गया है; 'पुरस्कार दिया नहीं गया', 'हमला किया नहीं गया' (a negation inside
                # the verb group)
                end += 1
            if nominalized:  # the infinitive (and जाने); the postposition is not part of the action
                end = i + 2 if toks[i + 1] == "जाने" else i + 1
            # 'भेजे', 'रोके' are also perfectives: after a ने-subject they were done ('अमेरिका ने हथियार भेजे')
            before = toks[max(0, start - 12):start]
            if "कि" in before:  # the clause starts after कि ('ट्रंप ने कहा कि अमेरिका हथियार भेजे': a wish)
                before = before[len(before) - before[::-1].index("कि"):]
            done = toks[end - 1] in _ALSO_PERFECTIVE and "ने" in before
            if _attributive(toks, head, end) and (p.code[:2] == "14" or p.noun == ("कूच",)) and p.noun and not any(
                    t in _NEG for t in toks[max(0, start - 2):end]):
                # 'दिल्ली की ओर कूच कर रहे पंजाब के हजारों किसानों को': an ongoing protest of the noun described
                out.append(_Pred(start, i, end, p, False, "progressive", describes=True))
                used_until = end - 1
                continue
            if p.code == "042" and p.verb[-1] in ("आ", "पहुंच", "जा") and end == head + 1 and _visitor_follows(toks, end):
                # 'भारत दौरे पर आए विलियम बर्न्स ने कहा', 'चीन पहुंचे मोदी ने': the visit of the person described
                out.append(_Pred(start, i, end, p, False, "past", describes=True))
                used_until = end - 1
                continue
            if (not done and _not_asserted(toks[head:end]) or (end < n and toks[end] in _SUBJUNCTIVE)
                    or (start > 0 and toks[start - 1] == "बिना") or _attributive(toks, head, end)
                    # a bare stem closing the clause is subjunctive: '(चाहा कि वह) जिम्मेदारी ले'
                    or end == head + 1 and toks[head] in ("ले", "दे", "कर")
                    and (end == n or toks[end] in _CLAUSE_END or toks[end] in _SUBORDINATORS)):
                used_until = end - 1
                # 'मदद कर सकता है', '(कि वे) सहायता करें': a possibility or a wish is no event; nor is what is
                # done 'बिना जांच किए' (without investigating)
                continue
            # (not a negation quoted as the label: "समझौते को 'न तो मुक्त, न ही निष्पक्ष' बताया")
            negated = any(toks[k] in _NEG and not _quoted_at(toks, k) for k in range(max(0, start - 2), end)) \
                or _neither_nor(toks, start)
            if negated and any(t in _NEG for t in p.noun) and not any(t in _NEG for t in toks[max(0, start - 2):start]):
                negated = False  # 'कोई टिप्पणी नहीं की': the predicate says it (declined to comment, 011)
            stems = set(verb_stems(toks[head]))
            passive = bool(set(toks[head + 1:end]) & _PASSIVE_AUX) and not (stems & _INTRANSITIVE) and not ready \
                and not (not _perfective(toks[head]) and head + 1 < n and toks[head + 1] in _PASSIVE_AUX)
            # ('सदन से वॉकआउट कर गए': a bare stem and a form of जा is a compound verb, not a passive)
            ergative = (
                not passive and not (stems & _INTRANSITIVE) and _perfective(toks[head])
                and not (set(toks[head + 1:end]) & _NO_ERGATIVE_AUX)
            )
            if participle:
                end = i + 1 if conjunctive else i + 2
            if p.code.startswith("12") and noun_key(toks[start]) in _REJECTION_KEYS and _denied_before(toks, start):
                # "रिपोर्ट को 'सरासर झूठ' बताते हुए खारिज कर दिया": one denial with the evaluation before it
                p = Predicate(p.noun, p.verb, "016", _EVAL_LABELS["016"], p.targets)
            if p.code == "010" and (not p.noun and p.verb in (("बता",), ("कह",), ("मान",)) or p.noun == ("करार",)):
                evaluated = _evaluation(toks, start)
                if evaluated is not None:  # 'फ़ैसले को ऐतिहासिक बताया', 'बयान को गैरजिम्मेदाराना बताया'
                    # (a scheme's own infinitive may have an object: 'इस कदम को जनता को गुमराह करने की साजिश बताया'
                    # names no target; what 'इस कदम' refers to is found as for any criticism with none)
                    scheme = toks[start - 1] in _SCHEMES or (
                        toks[start - 1] in ("भी", "तो") and toks[start - 2] in _SCHEMES)
                    start, code = evaluated
                    if code == "111" and _denies(toks, start):
                        code = "016"  # 'इन आरोपों को बेबुनियाद बताया': calling an accusation baseless denies it
                    p = Predicate(p.noun, p.verb, code, _EVAL_LABELS[code], () if scheme else ("को",))
                elif p.verb == ("मान",) and not p.noun and not (end < n and toks[end] == "कि") and (
                        toks[start] in ("मानकर", "मानी") or toks[start + 1:start + 2] in (["हुए"], ["लिया"], ["ली"],
                                                                                        ["लिए"], ["लीं"])):
                    # 'विधेयकों को स्वीकृत मान लिया', 'शिंदे गुट को असली शिवसेना मानते हुए', 'मांग अब तक नहीं मानी':
                    # accepting or deeming, not declaring ('गणराज्य को क्विंग का उत्तराधिकारी माना', 'माना कि ...')
                    used_until = end - 1
                    continue
                elif p.verb == ("मान",) and not p.noun and toks[start] == "मान" and start + 1 < n \
                        and toks[start + 1] in _GONE_FORMS and not (start + 2 < n and toks[start + 2] == "कि"):
                    # 'आपत्ति जताई थी, लेकिन बाद में वे भी मान गए': came round, yielded (not 'मान गए कि', said)
                    p = Predicate(p.noun, p.verb, "080", self._code_labels["080"], p.targets)
            # ('अपनी आपत्तियां फिर दोहराईं', '... एक बार फिर दोहराया': again, between the noun and the verb)
            again = 3 if toks[max(0, start - 3):start] == ["एक", "बार", "फिर"] else \
                int(toks[start - 1:start] == ["फिर"])
            if not p.noun and p.verb == ("दोहरा",) and start >= again + 1 and start - 1 - again > used_until \
                    and (repeated := self.lexicon.of_noun(toks[start - 1 - again])) is not None:
                # 'बांग्लादेश के लिए भारत का समर्थन दोहराया', 'अपनी मांग दोहराई': reiterating support or a demand is
                # the support or demand
                # (whom it is for first: 'बांग्लादेश के लिए भारत का समर्थन')
                p, start = Predicate(repeated.noun, p.verb, repeated.code, repeated.label,
                                     tuple(dict.fromkeys(("के लिए", *repeated.targets)))), start - 1 - again
            if p.noun in _ANNOUNCE and start >= 2 and toks[start - 1] in ("की", "का", "के") \
                    and toks[start - 2] in _PRIVATE_ANNOUNCEMENTS:
                used_until = end - 1
                continue  # 'क्रिकेट से संन्यास की घोषणा की': a private step announced is no political event
            if p.noun in _APPROVALS:
                # 'आईएमएफ ने पाकिस्तान के लिए कर्ज की किस्त को मंजूरी दी', 'यूरोपीय संघ ने प्रतिबंधों के पैकेज को
                # मंजूरी दी': approving an action is promising it (coded as the action, aid and talks as intents);
                # approving anything else (a bill, a plan) is no event
                approved = _approved_action(self.lexicon, toks, start, used_until)
                if approved is None:
                    used_until = end - 1
                    continue
                if approved.code[:2] == "07" and "के लिए" not in approved.targets:
                    # 'पाकिस्तान के लिए कर्ज की किस्त को मंजूरी दी': aid is approved for its recipient
                    approved = Predicate(approved.noun, approved.verb, approved.code, approved.label,
                                         (*approved.targets, "के लिए"))
                p = _intended(approved, future=True) or approved
            if p.noun in _ANNOUNCE and start >= 3 and toks[start - 1] in _REFLEXIVE_GENITIVES \
                    and toks[start - 2] in ("की", "का", "के"):
                start -= 1  # 'निवेश की अपनी प्रतिबद्धता दोहराई'
            if p.noun in _ANNOUNCE and start >= 2 and toks[start - 1] in ("की", "का", "के") and start - 2 > used_until:
                # "प्रतिबंधों की घोषणा की": announcing an action is coded as the action
                announced = self.lexicon.by_noun(toks[start - 2], toks[start - 3] if start - 3 > used_until else None)
                if announced is not None and announced.noun not in _ACCORDS:
                    # (an accord announced, 'दोनों देशों के बीच सहमति की घोषणा की', is a statement of it)
                    # (aid, talks or cooperation announced are promised: 033, 036 ...; 'ऋण सुविधा की घोषणा')
                    p = Predicate(p.noun, p.verb, announced.code, announced.label, announced.targets) \
                        if _declaratory(announced) else _intended(
                            Predicate(p.noun, p.verb, announced.code, announced.label, announced.targets),
                            future=True) or p
                    start -= 1 + len(announced.noun)
            p = self._asked_for(toks, start, p)
            tense = _tense(toks[head:end])
            if aspect == 1 and _imminent(toks, head):
                tense, ergative, passive = "future", False, False  # 'हमला करने वाला है': a future, with no ने
            if aspect in (3, 4) and toks[i + 2] in _APPROVAL_WORDS and len(p.noun) == 1 and p.noun[0] in _CURRENCIES:
                used_until = end - 1
                continue  # ('पाँच लाख रुपए देने की मंज़ूरी दे दी': a payment approved is no aid by itself)
            if aspect in (3, 4) and (toks[i + 2] in _DECIDE or toks[i + 2] in _APPROVAL_WORDS):
                # 'सहायता देने का ऐलान किया', 'बातचीत करने का फैसला किया', 'किस्त जारी करने को मंजूरी दी': aid, talks
                # or cooperation announced, decided or approved are promised (033, 036 ...), as the annotated sets
                # code them; other acts are the act, and so is recognition, done by declaring it (_DECLARATORY)
                p = p if _declaratory(p) else _intended(p, future=True) or p
            if aspect in (3, 4) and toks[i + 2] in ("धमकी", "चेतावनी"):
                p = _threat_of(p)  # 'चीन पर 100 प्रतिशत शुल्क लगाने की धमकी दी': threatening sanctions (1312)
            intended = _intended(p, future=tense == "future" and not wish) if wish or tense == "future" else p
            if intended is None and ready and p.code == "0871":
                # 'युद्धविराम लागू करने पर सहमति जताई': agreeing to a ceasefire declares it (0871), with the other side,
                # as 'युद्धविराम पर सहमति जताई' does
                intended = Predicate(p.noun, p.verb, p.code, p.label, ("के साथ", "से"))
            if intended is None and ready and p.code[:2] == "08":
                # 'सैनिकों को पीछे हटाने पर सहमत हुए', 'प्रतिबंध हटाने को तैयार है': agreeing or being ready to
                # yield is the intent to yield (035), as agreements are coded (03)
                intended = Predicate(p.noun, p.verb, "035", "express intent to yield", p.targets)
            if intended is None:
                used_until = end - 1
                continue  # a wished investigation, protest, sanction ... has not happened
            p = intended
            if nominalized:
                passive, ergative, tense = toks[i + 1] == "जाने", False, "past"
            claimed = aspect in (3, 4) and toks[i + 2] in _CLAIMS  # (the claim is an event of its own, below)
            out.append(_Pred(start, i, i + 1 if claimed else end, p, negated, tense, passive,
                             ergative=(ergative and not wish) or participle,
                             participle=participle, nominalized=bool(nominalized),
                             attempted=aspect in (3, 4) and toks[i + 2] in _ATTEMPTS
                             or start < i - 2 and toks[i - 1] in _ATTEMPTS and toks[i - 2] in ("की", "का"),
                             attributive=passive and not nominalized and _describes_next(toks, end)))
            if claimed and self._claim is not None:
                # '50 ड्रोन मार गिराने का दावा किया': the claim is a statement too, as 'कहा कि ... मार गिराए'
                out.append(_Pred(i + 2, i + 3, end, self._claim, negated, tense, ergative=ergative))
            used_until = end - 1
        out.extend(self._happened_nouns(toks, out))
        out.extend(self._ready_nouns(toks, out))
        out.extend(self._casualty_attacks(toks, out))
        out.extend(self._continuing(toks, out))
        if not any(t in _HEADLINE_NO for t in toks):
            # 'X का Y पर हमला, कहा- ...': the verbless first part of a headline (no full stop, no subordinate
            # clause before it) names an event too
            first = len(toks) if not out else min(p.start for p in out)
            headline = not out and (toks[-1] not in ("।", ".") or len(toks) <= _HEADLINE_WORDS) or (
                toks[-1] not in ("।", ".") and not any(
                t in _SUBORDINATORS or t.startswith(_RELATIVE) for t in toks[:first]))
            if headline:
                out.extend(h for h in self._headline_nouns(toks) if h.end <= first)
        alleged = self._allegations(toks, out)
        if alleged:  # 'X पर हत्या का आरोप लगा है': the agentless accusation gives way to the alleged action
            out = [p for p in out if not any(p.start < a.end and a.start < p.end for a in alleged)] + alleged
        out.extend(self._speech_nouns(toks, out))
        out.sort(key=lambda p: p.start)
        return out

    def _inverted(self, toks: list[str], i: int) -> _Pred | None:
        """Headline order, verb before noun: 'भारत ने पाकिस्तान पर किया हमला', 'पुतिन ने CSTO देशों से की चर्चा'.
        The noun must close the clause; a genitive-looking की/के/का counts only right after a case marker."""
        tok, n = toks[i], len(toks)
        if i + 1 >= n or not (_perfective(tok) or tok.endswith(("ेगा", "ेगी", "ेंगे"))):
            return None
        if toks[i + 1] in _PARTICIPLE_PASSIVE and i + 2 < n:
            return self._agent_participle(toks, i)
        if tok in ("की", "के", "का") and not (i > 0 and toks[i - 1] in ("से", "पर", "को", "ने", "में")):
            return None
        if toks[i + 1] in _AUX_WORDS or toks[i + 1] in _CLAUSE_END:
            return None  # 'हमला किया गया', 'किया।': the usual order (nothing may stand between verb and noun)
        after = frozenset(map(noun_key, toks[i + 1:i + 9]))
        for p in self.lexicon.candidates(tok, after):
            k = len(p.noun)
            if not k or len(p.verb) != 1 or i + 1 + k > n:
                continue
            # the noun right after the verb, or after a short phrase ending in one of the frame's markers:
            # 'मोदी ने की बाइडन से बात', 'अमेरिका ने दी ईरान को चेतावनी'
            for gap in range(0, 5):
                a = i + 1 + gap
                between = toks[i + 1:a]
                if len(between) >= 2 and between[-1] in _GENITIVE_WORDS and _WORD.fullmatch(between[-2]):
                    # the noun's own genitive (up to three words): 'मोदी ने ट्रंप को दी जन्मदिन की बधाई',
                    # 'बांग्लादेश ने भारत से की शेख हसीना के प्रत्यर्पण की मांग'
                    m = len(between) - 2
                    while (m > 0 and len(between) - 1 - m < 3 and _WORD.fullmatch(between[m - 1])
                           and between[m - 1] not in _GENITIVE_WORDS and _marker_at(between, m - 1) is None):
                        m -= 1
                    between = between[:m]
                if a + k > n or (between and not _ends_in_marker(between, p.targets)
                                 and not all(t in _AMOUNT_WORDS or t[:1].isdigit() for t in between)):
                    continue  # 'लगाया 50 फीसदी टैरिफ': amounts and adjectives of size may stand in between
                if any(t in _CLAUSE_END or t in _AUX_WORDS for t in toks[i + 1:a]):
                    break
                if not noun_matches(toks[a:a + k], p.noun):
                    continue
                end = a + k
                if end < n and toks[end] not in _CLAUSE_END and toks[end] not in _AUX_WORDS:
                    continue
                # the verb index is the noun's last word, so that units between verb and noun count as targets
                return _Pred(i, end - 1 if gap else i, end, p, i > 0 and toks[i - 1] in _NEG, _tense(toks[i:end]),
                             False, ergative=_perfective(tok), noun_end=i + 1 if gap else -1)
        return None

    def _agent_participle(self, toks: list[str], i: int) -> _Pred | None:
        """'अमेरिका द्वारा ईरान पर लगाए गए प्रतिबंधों के बाद', 'भारत की ओर से भेजी गई राहत सामग्री': a passive
        participle before the noun it forms a predicate with, its agent (द्वारा, की ओर से) before it in the same
        clause: the event the phrase names (past, passive; the clause goes on after it)."""
        k = next((j for j in range(i - 1, max(-1, i - 10), -1)
                  if toks[j] in _CLAUSE_END or toks[j] == "द्वारा" or tuple(toks[j:j + 3]) in _AGENT), None)
        if k is None or toks[k] in _CLAUSE_END:
            return None
        after = frozenset(noun_key(t) for t in toks[i + 2:i + 4])
        for p in self.lexicon.candidates(toks[i], after):
            m = len(p.noun)
            if not m or len(p.verb) != 1 or i + 2 + m > len(toks) or not noun_matches(toks[i + 2:i + 2 + m], p.noun):
                continue
            if self.lexicon.attack_noun(toks[i + 2:i + 2 + m]):
                return None  # ('द्वारा किए गए हमले में ... मारे गए': the attack noun is an event of its own, _noun_events)
            return _Pred(i, i, i + 2 + m, p, toks[i - 1] in _NEG, "past", True, nominal=True, noun_end=i)
        return None

    def _fronted_participation(self, toks: list[str], i: int) -> _Pred | None:
        """'ब्रिक्स शिखर सम्मेलन में प्रधानमंत्री नरेंद्र मोदी ने भाग लिया': taking part (`भाग ले`, `हिस्सा ले`,
        `शामिल हो`) in a meeting whose में-phrase stands before the subject. The lexicon's 'X में भाग ले' is matched
        across the subject; the units between the में-phrase and the verb stay participants (``noun_end``)."""
        k = i - 1
        negated = k > 0 and toks[k] in _NEG
        if negated:
            k -= 1
        verb = _PARTICIPATION.get(toks[k]) if k > 0 else None
        if verb is None or verb not in verb_stems(toks[i]):
            return None
        for j in range(k - 2, max(-1, k - 32), -1):
            if toks[j] in _COORD and toks[j] != "-" and not any(t in _AUX_WORDS for t in toks[j:k]) \
                    or toks[j] == "." and len(toks[j - 1]) <= 2:
                continue  # 'बैठक में भारत के X, चीन के Y और जापान के Z शामिल हुए': the subjects listed ('ए. रेवंत')
            if toks[j] in _CLAUSE_END or toks[j] == "कि":
                return None
            if toks[j] != "में":
                continue
            for p in self.lexicon.by_verb.get(verb, ()):
                if len(p.noun) < 3 or p.noun[-2:] != ("में", toks[k]):
                    continue
                start = _match_noun(toks, j + 1, p.noun[:-1])
                if start is None:
                    continue
                end = _after_aux(toks, i + 1)
                # (शामिल हुए is intransitive: its subject stands bare)
                return _Pred(start, i, end, p, negated, _tense(toks[i:end]), False,
                             ergative=_perfective(toks[i]) and verb != "हो", noun_end=j + 1)
            return None  # the nearest में-phrase is no meeting
        return None

    def _allegations(self, toks: list[str], found: list[_Pred]) -> list[_Pred]:
        """'X पर पुलिस स्टेशन पर हमला करने का आरोप है', 'उन पर हत्या का आरोप था': an action reported only as an
        accusation is an event of the accused (the first पर-unit of the clause) with modality "alleged". The
        accusation itself, when someone makes it (Y ने X पर ... आरोप लगाया), stays Y's 112."""
        out = []
        # predicates found so far, except an accusation starting at आरोप itself (आरोप लगा है), which this replaces
        taken = {i for p in found if toks[p.start] not in ("आरोप", "आरोपों") for i in range(p.start, p.end)}
        n = len(toks)
        for i in range(1, n - 2):
            if toks[i] != "का" or toks[i + 1] not in ("आरोप", "आरोपों") or i - 1 in taken:
                continue
            nxt = toks[i + 2]
            if nxt not in ("है", "हैं", "था", "थे", "थी", "लगा", "लगे", "लगी", "लगाया"):
                continue
            if nxt == "लगाया" and not (i + 3 < n and toks[i + 3] in ("गया", "गयी", "गई")):
                continue  # 'Y ने ... का आरोप लगाया' is Y's accusation, not this
            j = i - 1
            pred = None
            if toks[j].endswith("ने"):  # हमला करने: the infinitive of a lexicon predicate
                pred = self._noun_predicate_at(toks, j)
            elif (action := self.lexicon.by_noun(toks[j])) is not None:  # हत्या का आरोप
                pred = (j, action)
            if pred is None or any(k in taken for k in range(pred[0], i + 3)):
                continue
            end = _after_aux(toks, i + 3)
            out.append(_Pred(pred[0], j, end, pred[1], any(t in _NEG for t in toks[i + 2:end]), _tense(toks[i + 2:end]),
                             alleged=True))
        return out

    def _happened_nouns(self, toks: list[str], found: list[_Pred]) -> list[_Pred]:
        """'मोदी से फोन पर हुई बातचीत के दौरान', 'भारत और चीन के बीच हुई बैठक': a participle of हो before an
        interaction noun is that interaction, an event of the clause's ने-subject (or of the parties marked के बीच)."""
        out = []
        taken = {i for p in found for i in range(p.start, p.end)}
        for i in range(len(toks) - 1):
            if i in taken or i + 1 in taken or toks[i] not in ("हुई", "हुए", "हुआ") and not (
                    # 'ट्रंप और शी के बीच सौ मिनट चली बैठक में': a meeting that lasted, between parties (maybe past
                    # where: 'के बीच अलास्का के सैन्य अड्डे पर लगभग तीन घंटे चली शिखर वार्ता')
                    toks[i] in ("चली", "चले", "चला") and "बीच" in (near := toks[max(0, i - 14):i])
                    and not any(t in _CLAUSE_END for t in near[near.index("बीच"):])):
                continue
            # ('हुई हिंसक झड़प', 'के बीच हुई इस बातचीत के बाद', 'के बीच हुई 23वें दौर की इस वार्ता', 'के बीच हुई
            # 15वीं वार्षिक शिखर वार्ता')
            noun = i + 1
            while noun + 1 < len(toks) and noun - i <= 5:
                if toks[noun] in _EVENT_ADJECTIVES or toks[noun] in ("इस", "उस"):
                    noun += 1
                elif _ORDINAL.fullmatch(toks[noun]) and toks[noun + 1:noun + 3] in (["दौर", "की"], ["दौर", "के"]):
                    noun += 3
                elif _ORDINAL.fullmatch(toks[noun]) and toks[noun + 1] in _EVENT_ADJECTIVES:
                    noun += 1
                else:
                    break
            if noun >= len(toks):
                continue
            if {"इस", "उस"} & set(toks[i + 1:noun]) and toks[noun] in _ACCORD_NOUNS:
                continue  # 'दोहा में हुए इस समझौते के तहत': the accord told before, not a new one
            if noun > i + 1 and toks[noun] in _ACCORD_NOUNS and (
                    {"शांति", "व्यापार"} & set(toks[i + 1:noun]) or "बीच" not in toks[max(0, i - 14):i]):
                # 'कंबोडिया के साथ दो सप्ताह पहले हुए शांति समझौते पर अमल रोक दिया', 'तालेबान और सरकार के बीच हुए
                # शांति समझौते का उल्लंघन': a peace or trade accord so qualified is the clause's background (only
                # talks so qualified are events)
                continue
            hit = self.lexicon.happened([*toks[max(0, i - 3):i], toks[noun]])
            if hit is None:
                continue
            n, p = hit
            start = i - n + 1
            if any(k in taken for k in range(start, i)) or toks[i] not in ("हुई", "हुए", "हुआ") and p.code[:2] != "04":
                continue  # (a war that lasted, 'के बीच 12 दिन तक चले संघर्ष के दौरान', is the background)
            ne = max((k for k in range(start) if toks[k] == "ने"), default=-1)
            if toks[start - 1:start] == ["में"] and not {"से", "साथ", "बीच"} & set(toks[max(0, start - 8):start]) \
                    and not (ne > 0 and "और" in toks[max(0, ne - 6):ne]):
                # 'राज्य सभा में हुई चर्चा में मुखर्जी ने कहा': a debate held somewhere, nobody met (but 'पाकिस्तान
                # और अफ़ग़ानिस्तान ने ... दोहा में हुई बातचीत के बाद': the talks of the two who act)
                continue
            out.append(_Pred(start, i, noun + 1, p, False, "past", passive=False, ergative=True, participle=True,
                             nominal=True))
        for i in range(1, len(toks) - 1):
            # 'इसराइल और हमास के बीच युद्ध जारी है': fighting between parties that goes on is fighting
            if toks[i] != "जारी" or toks[i + 1] not in _ONGOING or i in taken or i - 1 in taken:
                continue
            hit = self.lexicon.attack_noun(toks[max(0, i - 3):i], clashes=True)
            if hit is None or hit[1].verb != ("हो",):
                continue
            n, p = hit
            end = i + 1
            while end < len(toks) and toks[end] in _AUX_WORDS:
                end += 1
            out.append(_Pred(i - n, i, end, p, any(t in _NEG for t in toks[i:end]), _tense(toks[i + 1:end])))
        return out

    def _ready_nouns(self, toks: list[str], found: list[_Pred]) -> list[_Pred]:
        """'भारत बातचीत के लिए तैयार है': readiness for an action named by a noun is the intention to do it; readiness
        to do what no predicate names ('घाना के साथ अनुभव साझा करने को तैयार है') is the intent to cooperate (030)."""
        out = []
        if not _READY_WORDS.intersection(toks):
            return []
        taken = {i for p in found for i in range(p.start, p.end)}
        for i in range(1, len(toks)):
            ready = _readiness(toks, i)
            if not ready and toks[i:i + 3] == ["को", "भी", "तैयार"]:
                ready = 3  # 'इस्तीफ़ा देने को भी तैयार हैं'
            if not ready or i - 1 in taken or any(k in taken for k in range(i, i + ready)):
                continue
            pred = self.lexicon.by_noun(toks[i - 1])
            if pred is None and toks[i - 1].endswith("ने") and len(toks[i - 1]) > 2 \
                    and toks[i + ready - 1] in ("तैयार", "राजी") and toks[i - 1] not in _HOSTILE_INFINITIVES \
                    and toks[i + ready:i + ready + 1] in (["है"], ["हैं"], ["था"], ["थे"], ["थी"], ["थीं"], ["हूं"]):
                # 'हर संभव योगदान देने को तैयार है', 'विमान भेजने को तैयार है': ready to do what no predicate of the
                # lexicon names is an intention to cooperate (030) with whoever it is done with or for (not a dare:
                # 'नतीजे भुगतने के लिए तैयार रहो')
                pred = self._ready_to
            if pred is None:
                continue
            end = i + ready
            while end < len(toks) and (toks[end] in _AUX_WORDS or toks[end] in _NEG or toks[end] in _BECOME):
                end += 1
            intended = _intended(pred)
            if intended is not None:
                negated = any(t in _NEG for t in toks[i:end])
                out.append(_Pred(i - 1, i - 1, end, intended, negated, _tense(toks[i + ready:end])))
        return out

    def _casualty_attacks(self, toks: list[str], found: list[_Pred]) -> list[_Pred]:
        """'इसराइली हमले में चार बच्चों की मौत हो गई', 'रूसी सेना के हवाई हमलों में 12 लोग मारे गए': an attack noun
        followed by में, with deaths, injuries or destruction later in the sentence, reports an attack that took
        place: an event of the genitive or demonym before the noun. So does a clash between parties (`A और B के
        बीच झड़प/संघर्ष में ... घायल`): an event of each party against the other."""
        out = []
        taken = {i for p in found for i in range(p.start, p.end)}
        for k in range(1, len(toks) - 1):
            if toks[k] != "में" or k - 1 in taken:
                continue
            # (a clash only between named parties: 'सेना और विद्रोहियों के बीच संघर्ष में')
            between = k >= 4 and "बीच" in toks[max(0, k - 5):k - 1]
            hit = self.lexicon.attack_noun(toks[max(0, k - 3):k], clashes=between)
            if hit is None:
                continue
            n, pred = hit
            rest = toks[k + 1:]
            stop = next((j for j, t in enumerate(rest) if t in ("।", ".", ";", "?", "!")), len(rest))
            if not any(t.startswith(_CASUALTY_PREFIXES) for t in rest[:stop]):
                continue
            out.append(_Pred(k - n, k - 1, k, pred, False, "past", nominal=True, noun_event=True))
        return out

    def _continuing(self, toks: list[str], found: list[_Pred]) -> list[_Pred]:
        """'जूनियर डॉक्टर्स फ्रंट की हड़ताल एक महीने बाद भी जारी रही', 'किसानों का धरना जारी है': a protest that goes on
        is going on: an event of the noun (its actor the genitive before it), asserted, not a promise (a protest
        that 'will go on' is left alone)."""
        out = []
        taken = {i for p in found for i in range(p.start, p.end)}
        for j, tok in enumerate(toks):
            if tok != "जारी" or j in taken or j + 1 >= len(toks) or j < 2:
                continue
            if toks[j + 1] not in _ONGOING_NOW:
                continue
            for i in range(j - 1, max(0, j - 9), -1):
                if toks[i] in _CLAUSE_END or toks[i] == "कि" or i in taken:
                    break
                pred = self.lexicon.by_noun(toks[i]) if noun_key(toks[i]) in _CONTINUING_PROTESTS else None
                if pred is None:
                    continue
                if toks[i - 1] in _GENITIVE_WORDS:
                    end = _after_aux(toks, j + 1)
                    out.append(_Pred(i, j, end, pred, False, _tense(toks[j + 1:end]), nominal=True,
                                     noun_event=True))
                break
        return out

    def _headline_nouns(self, toks: list[str]) -> list[_Pred]:
        """A headline without a verb: 'मोदी की बाइडन से मुलाकात', 'इजरायल का गाजा पर हमला, 50 की मौत'. An action
        noun of the lexicon that closes the headline (or a part of it ending in a comma or colon) is an event."""
        out = []
        for i, tok in enumerate(toks):
            if i + 1 < len(toks) and toks[i + 1] not in _HEADLINE_BREAKS:
                continue
            if i + 2 == len(toks) and toks[i + 1] == ":":
                continue  # 'केंद्र सरकार द्वारा प्रायोजित योजनाओं के तहत सहयोग :': a heading before a list
            pred = self.lexicon.by_noun(tok)
            if pred is not None and i > 0 and tok not in _PATIENT_STATES:
                out.append(_Pred(i, i, i + 1, pred, False, None, nominal=True, noun_event=True))
        return out

    def _noun_events(self, state: _State, ctx: "_SentenceContext", p: _Pred, lo: int) -> list[Event]:
        """The event of a noun found by _casualty_attacks or _headline_nouns. Its actor is the closest participant
        before the noun marked with a genitive (X के हमले में; मोदी की बाइडन से मुलाकात, past the noun's own
        arguments) or a demonym mention right before it (इसराइली हमले में), else a demonym word right before it."""
        region = ctx.units[bisect_left(ctx.starts, lo):bisect_left(ctx.starts, p.start)]
        if p.pred.verb == ("हो",):  # 'A और B के बीच झड़प में': each party fights the other
            return self._mutual_events(state, ctx, region, p, lo)
        actor_unit = None
        for k in range(len(region) - 1, -1, -1):
            u = region[k]
            if u.possessor_of_next and (u.marker is None or k + 1 < len(region) and region[k + 1].marker == ("में",)):
                # 'मोदी' in 'मोदी सरकार पर', 'पाकिस्तान के' in 'पाकिस्तान के खैबर प्रांत में': it qualifies the next
                # unit, a place (but 'मोदी की बाइडन से मुलाकात': Modi meets)
                continue
            if u.marker is None and u.end == p.start and u.entity is not None and u.entity.label == "LOC" \
                    and u.entity.kind not in ("country", "territory"):
                break  # 'मुंबई हमले', 'पहलगाम हमले': a city or region before the noun is where, not who
            if u.marker is None and u.end == p.start and u.entity is not None and u.entity.label == "PER" \
                    and p.pred.code[:2] in _FORCE_ROOTS:
                break  # 'ख़लील अल-हय्या हमले में बच गए': a person right before it, unmarked, is who was caught in it
            if u.marker in _GENITIVE and any(t in _DETERMINERS for t in ctx.toks[u.marker_end:p.start]):
                break  # 'काम्ते की भी इन हमलों में मौत हुई': the genitive is the death's; 'इन हमलों' are told before
            if u.marker is None and u.end == p.start or u.marker in _GENITIVE or u.marker in _AGENT:
                actor_unit = u  # (an agent: 'X की ओर से किए गए हवाई हमले में')
                break
            if u.marker is None or u.marker == ("ने",) or u.marker in _SOURCE_MARKERS:
                break  # (nor past a source: 'प्रशासन के अधिकारियों के अनुसार हमलों में' -- the officials tell)
        actor: Entity | None = None
        if actor_unit is not None:
            actor = self._entity_of(state, ctx.sent, actor_unit)
            if actor_unit.marker in _AGENT:  # the agent is the noun's, not a later passive's ('... में लड़ाके मारे गए')
                ctx.embedded.append((actor_unit.start, p.end))
        elif p.start > 0 and self.linker is not None and p.start - 1 not in ctx.covered:
            code = self.linker.index.demonym_country(ctx.toks[p.start - 1])
            actor = self._country_entity(state, code, ctx.sent, p.start - 1) if code else None
        if actor is None or not self._can_act(actor):
            return []
        frame = [tuple(m.split()) for m in p.pred.targets]
        targets = [e for u in region if u is not actor_unit and u.marker in frame and not u.possessor_of_next
                   for e in [self._entity_of(state, ctx.sent, u)] if e is not None and e is not actor]
        if not targets and p.end < len(ctx.toks) and ctx.toks[p.end] == "में":
            # 'इजरायल के हवाई हमले में हिजबुल्लाह के तीन लड़ाके मारे गए': whose people were killed was hit
            after = ctx.units[bisect_left(ctx.starts, p.end):]
            first = next((u for u in after[:2] if not u.possessor_of_next), None)  # past 'यूक्रेन के' (10 सैनिक)
            victim = first if first is not None and first.start <= p.end + 6 and first.marker in (
                None, *_GENITIVE) else None  # ('हिज़्बुल्लाह का एक कमांडर मारा गया')
            found = self._entity_of(state, ctx.sent, victim) if victim is not None else None
            targets = [found] if found is not None and found is not actor else []
        s, e, date = _span_and_date(ctx, p, lo)
        coded = _by_actor_type(p.pred.code, p.pred.label, actor, targets, p.pred.noun)
        return [Event(actor, state.text[s:e], *coded, tuple(targets), ctx.si, s, e, False, date, p.tense)]

    def _speech_nouns(self, toks: list[str], found: list[_Pred]) -> list[_Pred]:
        """'X का कहना है (कि)' (a statement by X) and 'X का आरोप है कि' (an accusation).  'X के अनुसार / के मुताबिक' is
        attribution, no event: the annotated sets code none."""
        out = []
        taken = {i for p in found for i in range(p.start, p.end)}
        stmt = next((p for p in self.lexicon.by_verb.get("कह", ()) if not p.noun), None)
        accuse = next((p for p in self.lexicon.by_verb.get("लगा", ()) if p.noun == ("आरोप",)), None)
        if stmt is None:
            return out
        for i, tok in enumerate(toks):
            if i in taken:
                continue
            if tok in _SPEECH and i + 1 < len(toks) and toks[i + 1] in _AUX_WORDS:
                end = _after_aux(toks, i + 1)
                negated = any(t in _NEG for t in toks[i:end])
                out.append(_Pred(i, i, end, stmt, negated, _tense(toks[i:end]), False, True))
            elif (tok in ("आरोप", "दावा") and accuse is not None and i > 0 and toks[i - 1] == "का"
                  and i + 1 < len(toks) and toks[i + 1] in _AUX_WORDS):
                # 'कांग्रेस का आरोप है कि ...': an accusation by X (not 'X पर हत्या का आरोप है', which has no कि);
                # 'प्रतिनिधिमंडल का दावा है कि ...': a claim, X's statement
                end = _after_aux(toks, i + 1)
                if end < len(toks) and toks[end] == "कि":
                    out.append(_Pred(i, i, end, accuse if tok == "आरोप" else stmt, False, _tense(toks[i:end]), False,
                                     True))
        return out

    # -- 3. clauses ----------------------------------------------------------------------------------------------------
    def _clauses(
        self, state: _State, si: int, sent: Sentence, toks: list[str], units: list[_Unit], preds: list[_Pred],
        pub: _dt.date | None, relatives: list[tuple[int, int]],
    ) -> list[Event]:
        """Each predicate closes a clause that starts after the previous predicate."""
        events: list[Event] = []
        ctx = _SentenceContext(si, sent, toks, units, [u.start for u in units],
                               {i for u in units for i in range(u.start, u.end)}, pub, relatives)
        lo = 0
        prev_actor: Entity | None = None
        prev_clause = (0, 0)  # token span of the clause that gave the last events
        prev_end = len(toks)  # and the end of its predicate
        conditions = _conditional_clauses(toks)
        unreal = _unreal_clauses(toks)
        # infinitive clauses of verbs outside the lexicon ('X के द्वारा ... सत्ता से हटाए जाने के बाद'): their
        # participants are not the next predicate's, unless the main subject stands before them
        # (so do action nouns: 'वर्ष 2002 में भारतीय संसद पर हमले के बाद पाकिस्तान सरकार ने ... पाबंदी लगा दी')
        infinitives = [(i, e) for i in range(len(toks) - 1) if toks[i + 1] in ("के", "की", "जाने")
                       and (e := _nominalized_end(toks, i) or self._action_noun_end(toks, i))]
        for p in preds:
            for i, e in infinitives:
                if lo <= i and e <= p.start and not any(u.marker == ("ने",) for u in units if lo <= u.start < i):
                    lo = e
            if any(a <= p.start < b for a, b in conditions) or any(a <= p.start < b for a, b in unreal):
                # 'अगर चीन ने ताइवान पर हमला किया तो ...': a hypothetical action is no event; nor is one asked
                # about or denied ('क्या चीन ताइवान पर हमला करेगा?', 'इनकार किया कि उसने हमला किया')
                lo = p.end
                continue
            # the consequence starts after the condition, whose participants are not its own ('अगर सरकार ने वादा
            # नहीं निभाया तो वे ...': the government is no subject of what follows तो)
            lo = max([lo, *(b + 1 for a, b in conditions if lo <= max(a, 0) and b < p.start)])
            rel = next(((a, b) for a, b in relatives if a < p.start and p.end <= b + 1), None)
            if p.noun_event:
                made = self._noun_events(state, ctx, p, max(lo, rel[0] + 1) if rel else lo)
            else:
                state.clause_actor = None
                made = self._clause_events(state, ctx, p, max(lo, rel[0] + 1) if rel else lo, prev_actor, events,
                                           prev_clause)
                if not made and state.clause_actor is not None and rel is None and not p.attributive \
                        and not p.describes and not p.participle:
                    prev_actor, prev_clause = state.clause_actor, (lo, p.start)
            governing = next(((a, b) for a, b in conditions if b < len(toks) and p.start > b and not any(
                t in _CLAUSE_JOINTS for t in toks[b + 1:p.start])), None) or next((
                # (or told after it: '... पर टैरिफ़ लगा देंगे, अगर दोनों देश तस्करी पर रोक नहीं लगाते')
                (a, b) for a, b in conditions if a >= p.end + 1 and toks[a] in ("अगर", "यदि") and toks[a - 1] == ","
                and p.tense == "future" and not any(t in _CLAUSE_JOINTS for t in toks[p.end:a - 1])), None)
            if governing is not None:
                # 'अगर ... तो अमेरिका निंदा करेगा': the consequence of a condition; a hostile act promised on a
                # condition is a threat ('अगर सरकार ने वादा नहीं निभाया तो वे फिर मुंबई कूच करेंगे': 133), against
                # the condition's subject when it names nobody else (the government); so is a threat itself ('अगर
                # अफगानिस्तान की ओर से हमला हुआ तो पाकिस्तान कड़ा जवाब देगा': against Afghanistan)
                made = [_with(ev, modality=ev.modality or "conditional", **threat, targets=ev.targets or tuple(
                    e for e in [self._condition_subject(state, ctx, *governing)] if e is not None and e is not ev.actor)
                    if threat or ev.root == "13" else ev.targets)
                        for ev in made for threat in [_conditional_threat(ev)]]
            # a country's force against people tied to it only because the story names no other country ('रूस
            # द्वारा किए गए हमले में 12 लोगों की मौत'): the victims are nobody named
            made = [_with(ev, targets=tuple(t for t in ev.targets if not _own_victims(ev, t)))
                    if ev.root in _FORCE_ROOTS else ev for ev in made]
            # one event per actor, code and targets in a sentence ('... के बीच हुई बैठक में ... चर्चा हुई'), unless it is
            # a second act of force, protest, threat or sanction told with a predicate of its own ('लाठीचार्ज किया
            # और पानी की बौछारें छोड़ीं'), as the annotated sets code them
            made = [ev for ev in made if not any(
                (x.actor, x.code, x.targets) == (ev.actor, ev.code, ev.targets) and not _second_act(x, ev)
                for x in events if x.sentence == si)]
            # 'गोली मारकर हत्या कर दी': the same action by the same actor, told twice, with its targets the second
            # time: one event
            # (only a participle is such a retelling: 'शुल्क लगाने की घोषणा की और ... टैरिफ थोप दिया' are two acts)
            events[:] = [x for x in events if x.sentence != si or x.targets or not x.action.endswith(
                ("कर", "करके", "हुए")) or not any(
                (ev.actor, ev.code, ev.negated) == (x.actor, x.code, x.negated) and ev.targets for ev in made)]
            if made and events and prev_end < len(toks) and toks[prev_end] == "कि" and _promised(events[-1], made):
                # 'X ने वादा किया कि वह उसे मास्क भेजेगा': the promised action is what the promise says, no second
                # event; its code, being more precise, replaces the promise's generic one
                events[-1] = _with(events[-1], code=made[0].code, label=made[0].label,
                                   targets=events[-1].targets or made[0].targets)
                made = []
            elif made and events and prev_end < len(toks) and toks[prev_end] == "कि" and (
                    threat := _threatened_act(events[-1], made)):
                # 'ट्रंप ने धमकी दी कि वे ... पर शुल्क लगा देंगे': the act threatened is a threat of its kind (1312),
                # beside the threat verb's own event (as the held-out guideline codes them)
                made = [_with(made[0], **threat)]
                if not events[-1].targets and made[0].targets:
                    events[-1] = _with(events[-1], targets=made[0].targets)
            if made:
                # (the clause's own actor goes on to the next clause, not the speaker a report accuses for it, nor the
                # agent of a participle that describes a noun: 'केंद्र सरकार द्वारा सुझाये गये सुधारों का विरोध करते
                # हैं' -- the centre opposes nothing)
                # (nor the parties of an accord a participle tells inside a noun phrase: 'नेपाल ने ... बताते हुए
                # भारत और चीन के बीच हुई सहमति पर आपत्ति जताई' -- Nepal objects)
                if not p.attributive and not (p.participle and p.nominal):
                    prev_actor = made[-1].actor
                state.participants.extend(x for ev in made for x in (ev.actor, *ev.targets) if x.label != "NOM")
                made += self._accusations(state, ctx, events, p, made)
                events.extend(made)
                # (a host or mediator is no party: 'जिसकी मेज़बानी तुर्किये ने की। दोनों पक्ष ... सहमत हुए')
                # (a country's organ is the country's side: 'पाकिस्तानी सेना के डीजीएमओ ने भारतीय समकक्ष को फ़ोन किया')
                pair = next(((self._side_of(state, ev.actor), self._side_of(state, ev.targets[0]))
                             for ev in reversed(made)
                             if ev.targets and (ev.root in ("03", "04", "05", "06") or ev.code == "0871")
                             and ev.code[:3] not in ("043", "045")), None)
                if pair is not None:
                    state.last_pair, state.last_pair_at = pair, ctx.si
                _acted(state, made[-1].actor)
                # 'टीटीपी ने हमले की जिम्मेदारी ली': whoever claims an attack made it (for a later 'हमले की निंदा')
                claim = p.pred.code == "015" and p.start >= 2 and toks[p.start - 1] == "की" and bool(
                    self.lexicon.attack_noun(toks[p.start - 2:p.start - 1]))
                # (not a spokesman's: 'हूती प्रवक्ता याह्या सरी ने हमले की ज़िम्मेदारी ली' claims it for the group that
                # made it, which a later 'हमले की निंदा' blames)
                claim = claim and made[-1].actor.label != "PER"
                if claim and made[-1].actor.label == "ORG":
                    state.claimant = made[-1].actor
                # (a verdict, 116, is a coercive act a later 'फैसले' or 'इसे' refers to, as legal action is)
                state.acts.extend((ev, "18" if claim else "17" if ev.code == "116" else ev.root) for ev in made)
                words = frozenset(noun_key(t) for i, t in enumerate(toks[lo:p.end], start=lo)
                                  if i not in ctx.covered and _WORD.fullmatch(t) and len(t) >= 3)
                state.act_words.extend(words for _ in made)
                accusation = next((ev for ev in made if ev.code.startswith("112") and len(ev.targets) == 1), None)
                if accusation is not None and p.end < len(toks) and toks[p.end] == "कि":
                    # 'ईरान ने इसराइल पर आरोप लगाया कि उसने ... हमला किया': the pronoun is the accused
                    state.last_actor = accusation.targets[0]
                prev_clause, prev_end = (lo, p.start), p.end
            elif p.passive and p.pred.code.startswith("112") and p.end < len(toks) and toks[p.end] == "कि":
                # 'कटवाल पर आरोप लगाया गया था कि उन्होंने ... उल्लंघन किया': nobody accuses, but the pronoun is still
                # the accused
                accused = next((e for u in ctx.units if lo <= u.start < p.start and u.marker == ("पर",)
                                and not u.possessor_of_next for e in [self._entity_of(state, sent, u)] if e), None)
                if accused is not None:
                    state.last_actor = accused
            # a relative clause's predicate or an event noun leave the clause open; so does an infinitive clause
            # with no agent of its own (अमेरिका ने ईरान से बात करने के बाद प्रतिबंध लगाए)
            # (nor does an adverbial participle that gave no event: its subject is the main clause's, 'राहुल ने ...
            # यात्रा की शुरुआत करते हुए आरोप लगाया था')
            if rel is None and not p.nominal and not p.attributive and not p.describes and (
                    made or not (p.nominalized or p.participle) or not any(
                    u.marker == ("ने",) for u in units if lo <= u.start < p.start)):
                lo = p.end
        accused = self._speech_accusations(state, ctx, events)
        events.extend(self._resignations_demanded(state, ctx, events))
        if accused:  # (acts a later denial answers: 'भाजपा ने इन आरोपों को बेबुनियाद बताया')
            events.extend(accused)
            state.acts.extend((ev, ev.root) for ev in accused)
            state.act_words.extend(frozenset() for _ in accused)
        return _press_talks(events)

    def _action_noun_end(self, toks: list[str], i: int) -> int:
        """After 'हमले के बाद' / 'प्रतिबंधों के कारण' (an action noun of the lexicon at ``i``): the index after the
        postposition; 0 when ``toks[i]`` heads no such phrase."""
        if i + 2 < len(toks) and toks[i + 1] in ("के", "की") and self.lexicon.by_noun(toks[i]) is not None:
            for mk in _AFTER_ACTION:
                if tuple(toks[i + 1:i + 1 + len(mk)]) == mk:
                    return i + 1 + len(mk)
        return 0

    def _condition_subject(self, state: _State, ctx: "_SentenceContext", a: int, b: int) -> Entity | None:
        """The subject (marked ने or unmarked) of the condition clause ``toks[a:b]`` ('अगर सरकार ने वादा नहीं
        निभाया'), or None."""
        subject = _pick_actor([u for u in ctx.units if a < u.start and u.end <= b and not u.anaphor])
        return self._entity_of(state, ctx.sent, subject) if subject is not None and not subject.pronoun else None

    def _resignations_demanded(self, state: _State, ctx: "_SentenceContext", events: list[Event]) -> list[Event]:
        """'अखिलेश यादव ने कहा कि योगी आदित्यनाथ को इस्तीफा देना चाहिए': a statement that someone named should resign
        demands their resignation (1041), from the speaker."""
        toks, units = ctx.toks, ctx.units
        out: list[Event] = []
        for speech in [ev for ev in events if ev.code == "010" and ev.sentence == ctx.si]:
            ki = _content_start(ctx, speech.end)
            k = next((k for k in range(ki + 1, len(toks) - 2) if noun_key(toks[k]) == noun_key("इस्तीफा")
                      and toks[k + 1:k + 3] in (["देना", "चाहिए"], ["दे", "देना"])), None) if ki is not None else None
            if k is None:
                continue
            who = next((u for u in reversed(units) if ki < u.start and u.end <= k and u.marker == ("को",)
                        and not u.possessor_of_next), None)
            target = self._entity_of(state, ctx.sent, who) if who is not None else None
            if target is None or target is speech.actor:
                continue
            should = next((j for j in range(k + 1, min(len(toks), k + 5)) if toks[j] == "चाहिए"), None)
            if should is None:
                continue  # ('उन्हें इस्तीफा दे देना पड़ा': had to resign, nobody demands it)
            s, e = ctx.sent.tokens[k].start, ctx.sent.tokens[should].end
            out.append(Event(speech.actor, state.text[s:e], "1041", "demand change in leadership", (target,),
                             speech.sentence, s, e, False, speech.date, speech.tense))
        return out

    def _speech_accusations(self, state: _State, ctx: "_SentenceContext", events: list[Event]) -> list[Event]:
        """'खरगे ने कहा कि भाजपा ने मणिपुर के लोगों को उनके हाल पर छोड़ दिया': a statement whose कि-clause says
        that someone named lied, misled, betrayed, abandoned or neglected (_ACCUSATORY: wrongdoing that is no CAMEO
        event of its own) accuses them (112). The accused is the clause's last participant marked ने or unmarked
        before the words, not the speaker."""
        toks, units = ctx.toks, ctx.units
        out: list[Event] = []
        for speech in [ev for ev in events if ev.code == "010" and ev.sentence == ctx.si
                       and ev.actor.id not in _NEWS_MEDIA]:
            ki = _content_start(ctx, speech.end)
            if ki is None:
                continue
            for k in range(ki + 1, len(toks)):
                if toks[k] == "कि" or toks[k] in ("।", "?", "!"):
                    break
                if toks[k] not in _ACCUSATORY_FIRST and not toks[k].startswith(_ACCUSATORY_VERBS):
                    continue  # (a cheap first-word check)
                if not any(tuple(toks[k:k + len(w)]) == w[:-1] + (toks[k + len(w) - 1],) and
                           w[-1] in verb_stems(toks[k + len(w) - 1]) for w in _ACCUSATORY if k + len(w) <= len(toks)):
                    continue
                subject = next((u for u in reversed(units) if ki < u.start and u.end <= k and not u.possessor_of_next
                                and u.marker in (None, ("ने",)) and not u.pronoun and not u.anaphor), None)
                accused = self._entity_of(state, ctx.sent, subject) if subject is not None else None
                if accused is None or accused is speech.actor or not self._can_act(accused) or any(
                        x.code == "112" and x.actor is speech.actor and accused in x.targets for x in events + out):
                    continue
                out.append(Event(speech.actor, speech.action, "112", "accuse", (accused,), speech.sentence,
                                 speech.start, speech.end, False, speech.date, speech.tense))
        return out

    def _accusations(self, state: _State, ctx: "_SentenceContext", earlier: list[Event], p: _Pred, made: list[Event]
                     ) -> list[Event]:
        """'अमेरिका ने कहा कि रूस ने हमला किया': a statement whose कि-clause reports someone else's wrongdoing (roots
        13-15, 17-20) is also an accusation (112) by the speaker, at the statement's predicate; not what the speaker's
        own state did ('विदेश सचिव ने बताया कि ... देश छोड़ने को कहा गया है')."""
        speech = _reporting(ctx, earlier, p)
        if speech is None or speech.actor.id in _NEWS_MEDIA:
            return []  # ('रॉयटर्स ने खबर दी कि ईरान ने जहाज जब्त किए': the agency reports, it does not accuse)
        out: list[Event] = []
        for ev in made:
            # (an answer promised, 'मॉस्को इसका जवाब देगा', is the speaker's side's threat, whoever the speaker is)
            wrong = (ev.root in _WRONGDOING or ev.code.startswith("128")) and not (
                ev.root == "13" and any(noun_key(w.strip("'‘’\"“”")) == noun_key("जवाब") for w in ev.action.split()))
            # (a capital stands for its state: 'रुबियो ने कहा कि वॉशिंगटन इसका जवाब देगा')
            home = ev.actor.id if ev.actor.kind in ("country", "territory") else self.capitals.get(ev.actor.id or "")
            own_state = home is not None and (
                speech.actor.country == home or self._state_of(state, speech.actor) is ev.actor)
            # (nor forces of no known side reported by a state's official or force: 'शाह ने बताया कि सुरक्षा बलों ने
            # तीन आतंकवादियों को मार गिराया'; a rights group reporting them accuses them)
            unknown_forces = self._is_force(ev.actor) and ev.actor.country is None and (
                self._is_force(speech.actor) or speech.actor.country is not None)
            if wrong and not ev.negated and ev.actor is not speech.actor and not own_state and not unknown_forces \
                    and not _own_forces(speech.actor, ev.actor) and not any(
                    x.code == "112" and x.actor is speech.actor and ev.actor in x.targets for x in earlier + out):
                out.append(Event(speech.actor, speech.action, "112", "accuse", (ev.actor,), speech.sentence,
                                 speech.start, speech.end, False, speech.date, speech.tense))
        return out

    def _clause_events(
        self, state: _State, ctx: "_SentenceContext", p: _Pred, lo: int, prev_actor: Entity | None,
        earlier: list[Event], prev_clause: tuple[int, int] = (0, 0),
    ) -> list[Event]:
        """The events of the clause ``[lo, p.end)`` (one per actor; none when no actor can be found)."""
        toks, units, starts, sent = ctx.toks, ctx.units, ctx.starts, ctx.sent
        if not p.pred.noun and p.pred.verb == ("बोल",) and p.start > 0 and toks[p.start - 1] in _SPOKEN_OBJECTS:
            return []  # 'सरकार झूठ बोल रही है': lying, not a statement
        if p.negated and p.pred.code == "010" and p.pred.noun[-1:] in _COMMENTS:
            # 'विदेश मंत्रालय ने इस पर कोई प्रतिक्रिया नहीं दी': giving no reaction declines comment (011), as 'कोई
            # टिप्पणी नहीं की' and 'सवालों का जवाब नहीं दिया' do
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "011", "decline comment", ()), negated=False)
        if p.pred.code[:2] == "03" and p.pred.noun[:1] in (("सहमति",), ("सहमत",), ("राजी",), ("राज़ी",)) \
                and p.start >= 4 and toks[p.start - 3:p.start] == ["लागू", "करने", "पर"] and toks[p.start - 4] in _TRUCES:
            # 'युद्धविराम लागू करने पर सहमति जताई': agreeing to put a ceasefire in force declares it (0871), as
            # 'युद्धविराम पर सहमति जताई' does
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "0871", "declare truce, ceasefire", p.pred.targets))
        if p.pred.code == "051" and p.pred.noun[:1] == ("साथ",) and any(t in _GRIEF for t in toks):
            # 'भारत इस दुख की घड़ी में तुर्किये के लोगों के साथ खड़ा है': standing by someone in grief is sympathy
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "018", "make empathetic comment", p.pred.targets))
        if p.pred.code == "010" and p.pred.noun in (("घोषणा",), ("ऐलान",)) \
                and _money_offered(toks[max(lo, p.start - 12):p.start]):
            # 'विश्व बैंक ने पाकिस्तान के लिए 20 अरब डॉलर की ऋण व्यवस्था की घोषणा की', '45 करोड़ डॉलर के पैकेज की
            # घोषणा की': announcing a sum of aid or credit promises it (0331) to whom it is for
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "0331", self._code_labels["0331"], ("के लिए", "को")))
        if p.negated and p.pred.verb == ("कर",) and p.pred.noun[-1:] == ("स्वीकार",) and p.pred.code in ("010", "019"):
            # 'भारत मध्यस्थता कभी स्वीकार नहीं करेगा', 'यह फैसला स्वीकार नहीं कर सकतीं': not accepting rejects (12x),
            # as the news-dev sets code it; mediation refused is 126
            code = "126" if any(noun_key(t) == noun_key("मध्यस्थता") for t in toks[lo:p.start]) else "120"
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, code, self._code_labels[code], p.pred.targets),
                      negated=False)
        if p.pred.noun in _PERMISSIONS and p.pred.verb == ("दे",):
            # 'पेत्रो ने अमेरिकी विमानों को उतरने की अनुमति नहीं दी': permission refused rejects (120) the one refused;
            # 'लीबियाई अधिकारियों ने भारतीय विमानों को उतरने की अनुमति दे दी', 'महासभा ने अब्बास को ... संबोधित करने
            # की अनुमति दे दी': permission given yields (080) to the one let in, as the news-dev sets code it
            if p.negated:
                p = _with(p, negated=False)
            else:
                p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "080", self._code_labels["080"], p.pred.targets))
        if p.pred.verb == ("मिल",) and not p.pred.noun and _dative_experiencer(toks, min(lo, p.start - 8), p.start):
            # 'किसानों को दाम मिलेगा', '... को पहुंच मिलेगी': X को मिलना is getting, not meeting; what is got from a
            # party is that party's giving ('केजरीवाल को सुप्रीम कोर्ट से जमानत मिली')
            return self._received(state, ctx, p, lo)
        window = units[bisect_left(starts, lo):bisect_left(starts, p.verb)]
        region = [u for u in window if (u.end <= p.start or (p.noun_end <= u.start and u.end <= p.verb))
                  and not any(a <= u.start < b for a, b in ctx.embedded)]
        if p.describes and p.pred.code == "042":
            # 'भारत दौरे पर आए अमरीका के विदेश उप मंत्री विलियम बर्न्स ने': the ने-subject (or the person right
            # after: 'श्रीलंका दौरे पर आए बान की मून सरकार से अनुरोध करेंगे') visits the place named right before
            after = [u for u in units[bisect_left(starts, p.end):] if u.start <= p.end + 8 and not u.possessor_of_next]
            visitor = next((u for u in after if u.marker == ("ने",)), None) or next(
                (u for u in after[:1] if u.entity is not None and u.entity.label == "PER"), None)
            actor = self._entity_of(state, sent, visitor) if visitor is not None else None
            # (or in the genitive, maybe past a duration: 'रूस की दो दिवसीय यात्रा पर पहुंचे मोदी ने')
            at = next((u for u in region if u.entity is not None and u.entity.label == "LOC" and (
                u.end in (p.start, p.verb) and u.marker is None or u.marker in _GENITIVE
                and u.marker_end <= p.start <= u.marker_end + 3
                and not any(_marker_at(toks, k) for k in range(u.marker_end, p.start)))), None)
            if at is not None:
                ctx.embedded.append((at.start, at.end))  # (the destination is no participant of the main clause)
            place = at.entity if at is not None else None
            if actor is None or actor.label != "PER" or place is None:
                return []
            s, e, date = _span_and_date(ctx, p, lo)
            return [Event(actor, state.text[s:e], p.pred.code, p.pred.label, (place,), ctx.si, s, e, False, date,
                          p.tense)]
        if p.describes:
            # the noun the participle describes acts ('कूच कर रहे पंजाब के हजारों किसानों'), past its possessors
            after = units[bisect_left(starts, p.end):]
            # (not a later phrase past a case marker: 'प्रदर्शन कर रहे विपक्षी समर्थकों पर सैनिकों ने', the
            # described noun no unit of its own)
            described = next((u for u in after[:3] if not u.possessor_of_next and u.start <= p.end + 4 and all(
                _marker_at(toks, k) in (None, *_GENITIVE) for k in range(p.end, u.start))), None)
            if described is None:
                return []
            subject = max((k for k, u in enumerate(region) if u.marker in (None, ("ने",), *_AGENT)), default=-1)
            region = region[subject + 1:]  # (the participle's own arguments follow the main clause's subject)
            actor = self._entity_of(state, sent, described)
            if actor is None or not self._can_act(actor):
                return []
            frame = [tuple(m.split()) for m in p.pred.targets if m != "में"]  # (a protest's venue is no target)
            found = [(u, e) for u in region if u.marker in frame and not u.possessor_of_next
                     for e in [self._entity_of(state, sent, u)] if e is not None and e is not actor][:1]
            ctx.embedded.extend((u.start, u.end) for u, _ in found)
            targets = [e for _, e in found]
            s, e, date = _span_and_date(ctx, p, lo)
            coded = _by_actor_type(p.pred.code, p.pred.label, actor, targets, p.pred.noun)
            return [Event(actor, state.text[s:e], *coded, tuple(targets), ctx.si, s, e, False, date, p.tense)]
        if p.attributive:
            # 'X ने श्रीलंकाई नौसेना द्वारा गिरफ्तार किए गए मछुआरों की रिहाई की मांग की': the agent right before the
            # participle acts; it takes no other participant of the clause around it
            agents = [u for u in region if u.marker in _AGENT and not u.possessor_of_next
                      and p.start - 2 <= u.marker_end <= p.start]
            if not agents:
                return []
            lo, region = agents[-1].start, agents[-1:]
            ctx.embedded.append((lo, p.end))
        if p.alleged:
            accused = [u for u in region if u.marker == ("पर",) and not u.possessor_of_next]
            actor_unit = accused[0] if accused else None
            if actor_unit is None:
                return []
        elif p.genitive_speaker:
            gen = [u for u in region
                   if u.marker in _GENITIVE and (u.end == p.start - 1 or u.marker_end in (p.start, p.end))]
            actor_unit = gen[-1] if gen else None
            if actor_unit is None:  # 'टार्लो का कहना है' where NER found no name
                k = p.start - 1
                if k >= 0 and toks[k] in ("का", "के", "की"):
                    actor_unit = self._unseen_name(state, ctx, lo, k, marker_at=k)
        elif p.passive or p.nominalized:
            # ('ये हमले ईरान की ओर से दागी गई मिसाइलों के जवाब में किए गए और ... को निशाना बनाया गया': the agent of
            # a participle that describes a noun acts in the participle only)
            agents = [u for u in region if u.marker in _AGENT and not u.possessor_of_next
                      and not _participle_agent(toks, u.marker_end, p.start)]
            if not agents and p.passive and p.pred.code == "010":
                # 'रॉयटर्स के हवाले से कहा गया': the cited source says it; 'X की रिपोर्ट में कहा गया': X does
                agents = _cited(region) or _document_authors(toks, region, p.start)
            actor_unit = agents[-1] if agents else None
        else:
            commas = [i for i in range(lo, p.start) if toks[i] == ","]
            # 'चीन द्वारा हमला करने पर भारत जवाब देगा': an agent before an infinitive is the infinitive's
            # ('अमेरिका द्वारा क्वाड को दिए गए ध्यान की सराहना करते हैं': nor is an agent before a passive participle
            # the active verb's actor)
            # ('... आरोप लगाते हुए सम्मेलन में कोई सरकारी अधिकारी भेजने से इनकार कर दिया': nor is a bare noun right
            # before an infinitive, its object)
            # (nor one naming a meeting: 'एससीओ शिखर सम्मेलन से इतर मोदी और पुतिन के बीच बातचीत हुई')
            own = [u for u in region if (u.marker not in _AGENT or not any(
                _infinitive_at(toks, k) or toks[k + 1] in _PARTICIPLE_PASSIVE and _perfective(toks[k])
                for k in range(u.marker_end, p.start - 1))) and not (
                    u.marker is None and u.end < p.start - 1 and (_infinitive_at(toks, u.end)
                                                                  and verb_stems(toks[u.end])
                                                                  or toks[u.end] in _MEETING_NOUNS and not u.group
                                                                  and u.entity is not None
                                                                  and u.entity.label in ("ORG", "LOC")))]
            # 'ब्रिक्स सम्मेलन में प्रधानमंत्री मोदी शामिल हुए': the bare subject after a fronted meeting phrase
            # (_fronted_participation), not a name qualifying the meeting
            inside = [u for u in own if p.noun_end < p.start + len(p.pred.noun) and p.noun_end <= u.start
                      and u.marker is None] if not p.ergative else []
            # (so does one after a conjunctive participle: 'स्वात घाटी को चरमपंथियों को सौंप कर पाकिस्तान सरकार
            # ... पीछे हट रही है' -- the government retreats)
            joints = commas + [k for k in range(lo, p.start) if toks[k] in ("कर", "करके") and k > lo
                               and k - 1 not in ctx.covered]
            # 'स्टालिन द्वारा बुलाई गई बैठक में A और B शामिल हुए': the agent of a participle that describes a noun acts
            # in the participle only
            own = [u for u in own if u.marker not in _AGENT or not _participle_agent(toks, u.marker_end, p.start)]
            actor_unit = _pick_actor(inside or own, allow_bare=not p.ergative, after=max(joints, default=-1))
            if actor_unit is not None and not p.pred.noun and p.pred.verb in _ARRIVAL_VERBS \
                    and actor_unit.marker is None and actor_unit.end == p.start and actor_unit.entity is not None \
                    and actor_unit.entity.label == "LOC":
                # 'वाजपेयी ... वाघा सीमा पार करके पाकिस्तान पहुंचे': the place right before an arrival verb is where
                # one arrives; its subject is the person named bare before it, past a conjunctive participle
                actor_unit = next((u for u in reversed(own) if u.marker is None and u.end < actor_unit.start
                                   and not (u.possessor_of_next or u.pronoun or u.anaphor)
                                   and u.entity is not None and u.entity.label == "PER"), actor_unit)
            if actor_unit is not None and actor_unit.marker == ("द्वारा",) and not p.passive and not p.ergative \
                    and toks[actor_unit.marker_end:p.start][-1:] in (["का"], ["की"], ["के"]) and any(
                        t in ("की", "का", "के") for t in toks[actor_unit.marker_end:p.start - 1]):
                # 'भारत सरकार कतर द्वारा इन नागरिकों की रिहाई का स्वागत करती है': an agent of the noun the predicate
                # is about (its genitive), not of the predicate; the bare subject before it acts
                actor_unit = next((u for u in own if u.marker is None and u.end <= actor_unit.start
                                   and not u.possessor_of_next and not u.pronoun), actor_unit)
            if actor_unit is not None and actor_unit.marker in _AGENT and actor_unit.marker != ("द्वारा",) \
                    and p.ergative and prev_actor is not None and "ने" not in toks[lo:p.start] \
                    and any(t in ("और", "तथा", "एवं") for t in toks[max(0, lo - 1):actor_unit.start]):
                # 'मोदी ने धामी से बात की और केंद्र की ओर से हर संभव सहायता का भरोसा दिलाया': in a clause sharing
                # the ने-subject before, 'की ओर से' is on whose behalf it is done, not who does it
                actor_unit = None
            own_ne = next((k for k in range(actor_unit.end, p.start) if toks[k] == "ने"), p.start) \
                if actor_unit is not None and actor_unit.marker == ("ने",) else p.start
            if actor_unit is not None and actor_unit.marker is None and actor_unit.end < p.start \
                    and actor_unit.entity is not None and actor_unit.entity.label == "LOC":
                # 'काठमांडू से दिल्ली आ रहे विमान को ... अपहर्ताओं ने अग़वा कर लिया': a bare place before a ने-subject
                # that is no participant is no subject (the place an aircraft is bound for)
                own_ne = actor_unit.end - 1
            if "ने" in toks[own_ne + 1:p.start] or actor_unit is not None and actor_unit.end <= p.start \
                    and "ने" in toks[p.noun_end:p.verb]:
                # '... इंदिरा गांधी ने ... इजाजत दी थी और ... उनके अंगरक्षकों ने उनकी हत्या कर दी': a later ने-subject
                # that is no participant is the clause's own; the earlier one belongs to another clause (so is one
                # between a fronted noun and its verb: '..., यह जानकारी संयुक्त चीफ़्स ऑफ़ स्टाफ़ ने दी')
                actor_unit = None
        if p.nominalized and actor_unit is None and not p.passive:
            actor_unit = self._infinitive_subject(region, units[bisect_left(starts, p.end):])
        if (p.participle and p.nominal or p.pred.verb in (("हो",), ("बन",)) and p.pred.noun
                and p.pred.noun[0] in _ACCORD_NOUNS) and any(u.marker == ("के", "बीच") for u in region):
            # ('A और B के बीच हुआ युद्धविराम बुधवार तड़के लागू हो गया': an accord that came about between them)
            # 'मोदी और दहल के बीच हुई वार्ता के बाद दोनों देशों ने ...': the parties between whom it happened, not the
            # clause's subject
            mutual = self._mutual_events(state, ctx, region, p, lo)
            if mutual:
                return mutual
        shared_subject: Entity | None = None  # a participle's subject shared with the clause before it
        if p.participle and actor_unit is None and "ने" in toks[lo:p.start]:
            # 'उर्सुला फ़ॉन डेर लायन ने यात्रा की आलोचना करते हुए कहा': a ने-subject NER missed
            actor_unit = self._unseen_name(state, ctx, lo, p.start)
        if p.participle and (actor_unit is None or actor_unit.marker != ("ने",)):
            if actor_unit is None and "ने" in toks[lo:p.start]:
                # 'जब नवाज़ शरीफ़ के समर्थकों ने नारे लगाते हुए ... की कोशिश की तो सुरक्षा बलों ने': the clause's own
                # ने-subject, though no participant, is the participle's; a later one belongs to another clause
                return []
            # the subject of "... लगाते हुए कहा" usually follows the participle: the next ने-unit, before a clause
            # joint ('... तो पुलिस ने', '... लेकिन सरकार ने')
            # ('मोदी यूएई की यात्रा पूरी कर दोहा पहुंचे, जहां उन्होंने ...': nor past a relative clause's opener)
            joint = next((k for k in range(p.end, len(toks)) if toks[k] in _CLAUSE_JOINTS or toks[k] == "तो"
                          or toks[k] in _RELATIVE_OPENERS and k > p.end and toks[k - 1] == ","), len(toks))
            later = (u for u in units[bisect_left(starts, p.end):] if u.marker == ("ने",) and not u.possessor_of_next
                     and u.start < joint)
            actor_unit = next(later, None)
            that = max((k for k in range(lo, p.start) if toks[k] == "कि"), default=-1)
            if actor_unit is None and (toks[p.verb].endswith(("ते", "ती")) or toks[p.verb].endswith(("कर", "करके"))
                                       and that < 0 and "कहीं" not in toks[max(0, lo - 2):p.start]):  # (lest: कहीं ... न)
                # no ने-subject after it: the unmarked subject before it ('मोदी पाकिस्तान पर निशाना साधते हुए बोले',
                # 'मोदी यूएई की यात्रा पूरी कर दोहा पहुंचे'; a conjunctive participle only with no कि before it:
                # 'अधिकारियों को आदेश दिया कि वो जाँच करके रिपोर्ट दें'),
                # not one inside a कि-clause that ended before it ('चीन ने भारत के इस दावे पर आपत्ति जताई कि
                # अरुणाचल प्रदेश उसका अंग है और नाराज़गी जताते हुए कहा': China, sharing the previous clause's subject)
                actor_unit = _pick_actor([u for u in region if u.marker is None and (that < 0 or u.start < that)],
                                         after=-1)
                if actor_unit is None and that >= 0 and "और" in toks[that:p.start]:
                    shared_subject = prev_actor
            if actor_unit is None and shared_subject is None:
                return self._mutual_events(state, ctx, region, p, lo)
        if actor_unit is None and p.passive and p.pred.code == "057" and not p.participle:
            # 'भारत और घाना के बीच चार समझौतों पर हस्ताक्षर किए गए', and after talks 'इस दौरान ... समझौतों पर हस्ताक्षर
            # किए गए': an accord signed with no agent is signed by the parties between whom, or of the talks
            mutual = self._mutual_events(state, ctx, region, p, lo)
            if mutual:
                return mutual
        if actor_unit is None and not p.passive and not p.genitive_speaker and not p.nominalized:
            mutual = self._mutual_events(state, ctx, region, p, lo)
            if mutual and not (prev_actor is not None and lo < len(toks) and toks[lo] in _COORD
                               and not any(u.marker == ("के", "बीच") for u in region)):
                # ('... इस्तीफा सौंप दिया और राजद-कांग्रेस वाले महागठबंधन से नाता तोड़ लिया': a verb joined to the
                # last by और shares its subject; only 'के बीच' names the parties of a mutual act there)
                return mutual
            # (not मान: the words before it are a complement, 'X को अभेद्य मानता था')
            speech = p.pred.code in _NO_TARGET_CODES and not p.ergative and p.pred.verb != ("मान",)
            actor_unit = self._unseen_name(state, ctx, lo, p.start, speech)
            if actor_unit is None and not p.ergative:
                actor_unit = self._titled_name(state, ctx, lo, p.start)
            if actor_unit is None and not p.ergative:
                actor_unit = _headline_subject(toks, units[bisect_left(starts, p.end):], p.end)
        if actor_unit is not None and actor_unit.marker is None and not p.ergative and not p.participle \
                and not actor_unit.pronoun:
            # 'मोदी-मुइज्जू वार्ता: मालदीव को कर्ज़ देगा भारत', 'इमामोग्लू हिरासत में, विरोध में सड़कों पर उतरे हज़ारों
            # लोग': a headline that names its subject after the verb; the bare noun before is a topic or a place
            actor_unit = _headline_subject(toks, units[bisect_left(starts, p.end):], p.end) or actor_unit
        actor: Entity | None = None
        asked_of: _Unit | None = None  # the main clause's subject, for a writer's pronoun (_writer_before)
        cited: Entity | None = None  # a state cited for an agentless passive (_sources)
        shared = False
        speakers = False  # a plural pronoun for the speakers of this sentence: all of them act
        if shared_subject is not None:
            actor, shared = shared_subject, True
        elif actor_unit is not None:
            actor = self._entity_of(state, sent, actor_unit)
            if actor_unit.pronoun and toks[actor_unit.start] in _SUBJECT_PRONOUNS \
                    and (writer := self._writer_before(state, ctx, actor_unit)) is not None:
                actor = writer
                # (what the writing asks is asked of the one who rejected or received it: the main clause's subject)
                asked_of = next((u for u in reversed(ctx.units) if u.marker == ("ने",) and u.end < actor_unit.start
                                 and not u.possessor_of_next and not u.pronoun), None)
            elif actor_unit.pronoun and toks[actor_unit.start] in _SUBJECT_PRONOUNS:
                found, local = self._subject_before(state, ctx, actor_unit)
                if found:
                    actor = local  # (None when that subject is nobody the document can name: no event)
                else:
                    # 'रूस और चीन ने कहा कि वे प्रतिबंधों को मान्यता नहीं देते': 'वे' is both speakers, not the last
                    speakers = toks[actor_unit.start] in _HONORIFIC_PRONOUNS and "कि" in toks[lo:actor_unit.start]
                    said = next((ev for ev in reversed(earlier) if ev.sentence == ctx.si and ev.root == "01"),
                                None) if speakers else None
                    if said is not None and said.actor is not None and said.actor.label != "PER":
                        # ('नीदरलैंड और आयरलैंड ने कहा कि वे ...': the speakers, not a person named before them)
                        actor = said.actor
        elif p.passive and not p.nominalized and p.pred.code == "073" and not p.negated:
            # 'सैकड़ों लोगों को सुरक्षित निकाला जा चुका है': a rescue with no agent is the rescuers' told just before
            # (this or the two sentences before), else the state announcing it or the story's one country's
            actor = next((ev.actor for ev, root in reversed(state.acts) if ev.sentence >= ctx.si - 2
                          and ev.code[:3] == "073"), None) or self._announcing_state(state, ctx, p, earlier) \
                or (self._document_country(state, state.only_country) if state.only_country else None)
            if actor is None:
                return []
        elif p.passive and not p.nominalized and p.pred.code.startswith("084"):
            # 'पेरिस, 10 नवंबर (भाषा) ... सारकोज़ी को सोमवार को रिहा कर दिया गया': a release with no agent is the
            # state's where the story happens, as an arrest is (no state's announcing it: 'विदेश मंत्रालय ने बताया
            # कि भारतीय नाविकों को रिहा कर दिया गया है' tells another state's release)
            actor = self._state_where(state, ctx, p)
            if actor is None:
                return []
        elif p.passive and not p.nominalized and (p.pred.code[:2] in ("16", "17") or p.pred.code == "110"
                                                  and p.pred.noun == ("तलब",)):
            # 'विदेश सचिव ने बताया कि अटारी चेक पोस्ट बंद की जा रही है': a state's official announcing a measure in
            # the passive announces the state's own (the guideline's implicit actor); so does a state's body cited for
            # it ('रूसी विदेश मंत्रालय की वेबसाइट के मुताबिक उन्हें परसोना नॉन ग्राटा घोषित कर दिया गया है')
            actor = self._announcing_state(state, ctx, p, earlier) or self._announced_before(state, ctx)
            sources = self._sources(state, ctx, p) if actor is None else []
            if actor is None:  # (a state's body or official cited for it: that state)
                actor = cited = next((c for who in sources if (c := self._state_of(state, who)) is not None), None)
            if actor is None and p.pred.code[:3] in ("173", "171"):
                # 'पुलिस के मुताबिक अब तक 50 लोगों को हिरासत में लिया गया है', '..., यह जानकारी पुलिस ने दी': the police
                # or security forces cited for an agentless arrest (or seizure) made it
                actor = next((e for e in sources if e.label == "NOM" and e.role in ("COP", "SPY")), None)
            if actor is None and p.pred.code[:3] in ("173", "171"):
                # 'ईडी ने रघुवंशी को गिरफ्तार किया है। रघुवंशी को बुधवार देर रात उनके घर से गिरफ्तार किया गया': an
                # agentless arrest (or seizure: 'उनके पास से दो पिस्टल बरामद की गईं') goes on the legal action told
                # just before (this or the sentence before)
                actor = self._last_legal_action(state, ctx.si - 1)
            if actor is None and p.pred.code.startswith("173"):
                actor = self._state_where(state, ctx, p)
            if actor is None and p.pred.code.startswith("1711"):
                # 'एसटीएफ के साथ हुई मुठभेड़ में बदमाश मारा गया। ... मौके से एक पिस्टल बरामद की गई': what is recovered
                # with no agent was recovered by the forces whose raid or fight the story told just before
                actor = next((ev.actor for ev in reversed(state.done) if "17" <= ev.root <= "20"
                              and ev.sentence >= ctx.si - 3 and ev.actor is not None and self._is_force(ev.actor)),
                             None)
            if actor is None:
                return []
        elif p.passive and not p.nominalized and p.pred.verb == ("मार", "गिरा") and not p.negated:
            # 'रूसी सेना ने 215 मिसाइलें और ड्रोन दागे, जिनमें से 112 को मार गिराया गया': what was shot down, with
            # no agent, was shot down by the side the last attack struck, at the attacker
            sides = self._shot_down(state, ctx, earlier)
            if sides is None:
                return []
            s, e, date = _span_and_date(ctx, p, lo)
            state.defences.add((ctx.si, s))
            return [Event(sides[0], state.text[s:e], p.pred.code, p.pred.label, (sides[1],), ctx.si, s, e, False,
                          date, p.tense)]
        elif p.passive and p.pred.noun == ("स्वागत",) and not p.negated:
            # 'इंडिपेंडेंस स्क्वायर पर मोदी का औपचारिक स्वागत किया गया': a visitor welcomed is hosted (043) by the
            # country the story is filed from (its dateline), when that is not the visitor's own
            guest = self._welcomed(state, ctx, p, lo)
            host = self._document_country(state, state.opening_country) if state.opening_country else None
            if guest is None or host is None or guest.country == _country_of(host):
                return []
            s, e, date = _span_and_date(ctx, p, lo)
            return [Event(host, state.text[s:e], "043", "host a visit", (guest,), ctx.si, s, e, False, date,
                          p.tense)]
        elif p.passive and not p.negated and not p.nominalized and _honours(p.pred):
            # 'निकोसिया, 16 जून (भाषा) ... मोदी को सोमवार को देश के सर्वोच्च सम्मान से सम्मानित किया गया': an honour
            # conferred with no agent is conferred by the country the story is filed from (its dateline), on a known
            # person of another country
            honoured = self._dative_before(state, ctx, p, lo)
            host = self._document_country(state, state.opening_country) if state.opening_country else None
            if honoured is None or honoured.label != "PER" or host is None \
                    or honoured.country in (None, _country_of(host)):
                return []
            s, e, date = _span_and_date(ctx, p, lo)
            return [Event(host, state.text[s:e], p.pred.code, p.pred.label, (honoured,), ctx.si, s, e, False, date,
                          p.tense)]
        elif p.passive or p.genitive_speaker or p.nominalized:
            return []
        elif prev_actor is not None and "कि" not in toks[prev_clause[1]:lo] and "ने" not in toks[lo:p.start] and (
            any(t in _COORD for t in toks[lo:p.start][:2]) or "कि" not in toks[lo:p.start]
        ) and not any(t in _OBLIQUE_RELATIVES or t in _RELATIVE_SUBJECTS for t in toks[lo:p.start]):
            # verbs sharing one subject; never across a कि after the previous event ('X ने कहा कि यह तनाव मदद करता
            # है, यह ... मदद करता है': the second clause's subject is not the speaker), nor when the clause has a
            # ने-subject of its own that is no participant ('... और दर्शकों ने नारे लगाए'), nor into a relative clause
            # with a subject of its own ('सहमति जताई, जिसके तहत हमास बंधकों को रिहा करेगा')
            actor, shared = prev_actor, True
        elif p.ergative and p.pred.code[:2] == "17" and prev_actor is None and "ने" not in toks[:p.start]:
            # 'एसटीएफ ने लखनऊ में छापा मारा। चार लोगों को गिरफ्तार किया है': a perfective with its ने-subject left out
            # goes on the legal action of the sentence before
            actor = self._last_legal_action(state, ctx.si - 1)
        if actor is None or not self._can_act(actor):
            return []
        if len(p.pred.noun) == 1 and p.pred.noun[0] in _CURRENCIES and p.pred.code == "071" and actor.id is None \
                and actor.label != "NOM":
            # ('बिग इंटरटेन्मेंट ने फ़िल्म के राइट्स के लिए 100 करोड़ रुपए दिए': a sum paid by one the gazetteer does not
            # know, a firm or a private person, is no aid; one promised to victims is, below)
            return []
        if actor_unit is not None and actor_unit.marker == ("ने",):
            state.clause_actor = actor  # (only a subject marked as one: an unmarked noun may be a place visited)
        region = _own_clause(toks, region, lo, actor_unit, p.start)
        p = (self._appeal_reading(toks, region, p) or _denial_reading(state, ctx, p, self.lexicon)
             or self._refusal_frame(toks, p) or _court_order(toks, p, actor) or _court_stay(p, actor) or p)
        targets: list[Entity] = []
        fallback = False  # the targets come from a marker after the frame's first ('की' in 'रिहाई की मांग': से|की)
        first_marker: tuple[str, ...] | None = None  # the frame's own first marker (for a name NER missed, below)
        if p.pred.takes_targets and p.pred.code not in _NO_TARGET_CODES:
            frame = [tuple(m.split()) for m in p.pred.targets]
            first_marker = frame[0] if frame else None
            if p.pred.noun and p.start >= 2 and toks[p.start - 1] in _GENITIVE_WORDS and (
                    inner := self.lexicon.by_noun(toks[p.start - 2])) is not None:
                # 'किसानों से बातचीत का न्योता दिया': the partner of the action the noun is about is a target too;
                # so are the parties of an interaction ('रूस और यूक्रेन के बीच वार्ता की मेजबानी की')
                frame += [mk for m in inner.targets if (mk := tuple(m.split())) not in frame]
                if any(m in ("के साथ", "से") for m in inner.targets) and ("के", "बीच") not in frame:
                    frame.append(("के", "बीच"))
            if p.passive:  # the grammatical subject of a passive is the patient
                frame = [None, ("को",), *frame]
            qualifiers = {u.entity for u in region if u.possessor_of_next and u.entity is not None}
            for mk in frame:
                chosen = [u for u in region if u is not actor_unit and u.marker == mk and not u.possessor_of_next
                          and not u.pronoun]
                if chosen and p.pred.code[:2] in ("04", "14") and mk == ("में",):
                    # 'जोहान्सबर्ग में आयोजित सम्मेलन में भाग लिया', 'इस्लामाबाद में विरोध प्रदर्शन किया': a place is
                    # the venue, not a partner or what is protested against
                    chosen = [u for u in chosen if u.entity is None or u.entity.label != "LOC"]
                if chosen and (p.pred.code[:2] in ("02", "10") and mk == ("से",)
                               or p.pred.code.startswith("112") and mk == ("पर",)):
                    # 'नाटो ने रूस से यूक्रेन से सेना वापस बुलाने को कहा', 'अमेरिका ने भारत से रूस से तेल खरीद कम
                    # करने का आग्रह किया': the first से-phrase (and its list) is the one asked; a later one belongs
                    # to the action asked for; likewise the first पर-phrase is the one accused ('चुनाव आयोग पर भाजपा के
                    # इशारे पर काम करने का आरोप लगाया': BJP is in the charge, not accused), the first after the subject
                    if mk == ("पर",) and actor_unit is not None and actor_unit.start < p.start:
                        chosen = [u for u in chosen if u.start > actor_unit.start]
                    chosen = [u for u in chosen if u is chosen[0] or _chains_to(chosen[0], u)] if chosen else []
                if chosen:
                    for u in chosen:
                        if u.locative_before is not None:
                            e = self._last_place(state, u.locative_before, exclude=actor)
                        elif u.anaphor:
                            e = _congratulated(state, p, actor) or self._antecedent(state, ctx, u, actor)
                        else:
                            e = self._entity_of(state, sent, u)
                        group = self._group(state, u)
                        # the actor, its list ('मिस्र और कतर ने दोनों पक्षों से') and its body are not the parties
                        own = {actor, *qualifiers, *(x for w in region if actor_unit is not None and w is not u
                                                     and w.marker == actor_unit.marker
                                                     for x in [self._entity_of(state, sent, w)] if x is not None)
                               } if group else set()
                        if group and any(x in own for x in group):
                            # 'संयुक्त राष्ट्र ने दोनों पक्षों से': the parties are named before the actor and its body
                            group = _last_n(state.entities, sent.tokens[u.start].start, u.group_kind or "any",
                                            len(group), exclude=own)
                            if not group:
                                continue
                        for x in group or (e,):
                            if x is not None and x is not actor and x not in targets:
                                targets.append(x)
                    fallback = mk != frame[0]
                    break
            if not targets and p.pred.noun and (p.pred.code == "042" or p.pred.code == "036"
                                                 and p.pred.noun == ("रवाना",)):
                # 'मोदी ने चीन यात्रा की', 'अमेरिका दौरे से लौटे', 'अमेरिका रवाना होंगे': a place compounded with the
                # visit noun
                targets = [u.entity for u in region if u.end == p.start and u.marker is None and u is not actor_unit
                           and u.entity is not None and u.entity.label == "LOC"][:1]
            if not targets and p.pred.code == "043" and p.start >= 2 and toks[p.start - 1] in _GENITIVE_WORDS \
                    and toks[p.start - 2] in _MEETING_NOUNS:
                # 'भारत ने जी20 शिखर सम्मेलन की मेजबानी की': the organisation whose meeting is hosted
                k = p.start - 2
                while k > lo and toks[k - 1] in _MEETING_NOUNS:
                    k -= 1
                targets = [u.entity for u in region if u is not actor_unit and u.end == k and u.entity is not None
                           and u.entity.label == "ORG"][:1]
            if not targets and p.pred.code[:2] == "04" and "में" in p.pred.noun:
                # 'पुतिन ब्रिक्स सम्मेलन में शामिल हुए': the organisation whose meeting it is
                begin = p.start - 1 if p.start > 0 and toks[p.start - 1] == "शिखर" else p.start
                targets = [u.entity for u in region if u is not actor_unit and u.entity is not None
                           and u.entity.label == "ORG" and (u.end == begin and u.marker is None or u.marker_end
                                                            == begin and u.marker in _GENITIVE)][:1]
                if not targets and p.start > 0 and toks[begin - 1] not in _GENITIVE_WORDS and not any(
                        u.end == begin and u.entity is not None and u.entity.label != "PER" for u in region):
                    # 'ब्रिक्स देशों ने रियो शिखर सम्मेलन में ... । पुतिन सम्मेलन में शामिल नहीं हुए': a bare meeting
                    # is the one of the organisation that took part in the last events (this or two sentences back)
                    targets = [x for ev, _ in reversed(state.acts) if ev.sentence >= ctx.si - 2
                               for x in (ev.actor, *ev.targets) if x.label == "ORG" and x.kind == "organisation"
                               and x is not actor][:1]
                if not targets and p.start > 0 and toks[begin - 1] not in _GENITIVE_WORDS \
                        and not any(t in _HOSTING_NOUNS for t in toks):
                    # 'जोहानिसबर्ग, 22 नवंबर ... मोदी भी सम्मेलन में शामिल हुए': a meeting no body owns is hosted by the
                    # country the story is filed from (unless the sentence names its host or mediator: _attended)
                    targets = self._filed_abroad(state, actor)
            if (not targets and p.pred.code == "042" and p.start >= 2 and toks[p.start - 1] in _GENITIVE_WORDS
                    and toks[p.start - 2] in _PLACE_HEADS):
                # 'मणिपुर में हिंसा ... अमित शाह ने राज्य का दौरा किया': the state (city, country) named last
                found = self._last_place(state, sent.tokens[p.start - 2].start, exclude=actor,
                                         kinds=_PLACE_HEADS[toks[p.start - 2]])
                targets = [found] if found is not None else []
            if not targets and p.pred.code == "042" and p.pred.noun and p.pred.noun[-1] == "पर":
                # 'यात्रा पर भारत आए', 'दौरे पर चीन पहुंचे': the unmarked place between noun and verb
                targets = [u.entity for u in region if p.noun_end <= u.start and u.marker is None
                           and u.entity is not None and u.entity.label == "LOC"][:1]
            if (not targets or fallback) and p.pred.verb in _SENDING_VERBS and p.pred.noun:
                # 'सैनिकों को कजाकिस्तान भेज दिया': the unmarked place right before the verb is where they go (before
                # a lower-ranked marker's: 'म्यांमार में भूकंप के बाद ... खेप यंगून भेजी')
                vstart = p.verb - len(p.pred.verb) + 1  # ('रवाना की': the place before रवाना)
                targets = [u.entity for u in region if u is not actor_unit and u.end == vstart and u.marker is None
                           and u.entity is not None and u.entity.label == "LOC"][:1] or targets
            if not targets:
                found = self._demonym_target(state, ctx, lo, p, frame, actor)
                if found is not None:
                    targets.append(found)
            if not targets and p.pred.code[:2] == "14" and (office := _protested_office(toks, region)) is not None \
                    and (owner := self._entity_of(state, sent, office)) is not None and owner is not actor:
                # 'ईडी कार्यालयों के बाहर प्रदर्शन किया', 'फ्रांसीसी दूतावास के बाहर': a protest outside a body's
                # offices or a country's embassy is against that body or country
                code = self.linker.index.demonym_country(toks[office.start]) if self.linker is not None else None
                country = self._document_country(state, code) if code and owner.id is None else None
                targets = [country or (self._state_of(state, owner) or owner if _state_organ(owner) else owner)]
            if not targets and p.pred.code[:2] == "17" and (owner_unit := _premises_owner(toks, region)) is not None \
                    and (owner := self._entity_of(state, sent, owner_unit)) is not None and owner is not actor:
                # 'ईडी ने टास्मैक के चेन्नई मुख्यालय ... पर छापे मारे', 'बौद्ध डिस्टिलरीज़ और उसकी सहयोगी फर्मों के ...
                # ठिकानों पर छापेमारी कर': a raid on someone's premises is on them
                targets = [owner]
            if not targets and p.pred.code[:2] == "14" and self.linker is not None:
                # (an embassy NER did not find: 'हजारों लोगों ने फ्रांसीसी दूतावास के बाहर प्रदर्शन किया')
                code = next((c for k in range(max(lo, 1), p.start - 2) if toks[k] in _PREMISES
                             and toks[k + 1:k + 3] == ["के", "बाहर"] and (k - 1) not in ctx.covered
                             and (c := self.linker.index.demonym_country(toks[k - 1]))), None)
                found = self._document_country(state, code) if code else None
                targets = [found] if found is not None and found is not actor else []
            if not targets and shared and not any(
                    tuple(toks[i:i + len(mk)]) == mk for mk in frame if mk for i in range(lo + 1, p.start)):
                # 'X ने Y से बात की और ... की मांग की': verbs sharing a subject share a partner the second one lacks
                # (not when the second verb's own slot is filled by something unnamed: '... और सखालिन का दौरा किया')
                prev = units[bisect_left(starts, prev_clause[0]):bisect_left(starts, prev_clause[1])]
                prev = _own_clause(toks, prev, prev_clause[0],
                                   next((u for u in prev if u.marker in (("ने",), *_AGENT)), None))
                # (a group subject's members are each other's partners: 'दोनों नेताओं ने जापान से भारत में निवेश का
                # लक्ष्य तय किया और ... हस्ताक्षर किए' -- not Japan)
                for mk in frame if not any(u.group and u.marker == ("ने",) for u in prev) else ():
                    # (a group, 'दोनों देशों के नेताओं से', lends all its members)
                    targets = [e for u in prev if u.marker == mk and mk is not None and not u.possessor_of_next
                               and not u.pronoun and not u.anaphor and u.locative_before is None
                               for e in (self._group(state, u) or [self._entity_of(state, sent, u)])
                               if e is not None and e is not actor]
                    if targets:
                        break
        if p.pred.code[:2] in ("11", "14"):
            agent = self._agent_of_protested(state, ctx, region, lo, p, actor)
            if agent is not None:
                targets = [agent]
        if (not targets or fallback) and p.pred.code[:2] in ("02", "10", "11") and actor is not None:
            # 'X ने Y को पत्र लिखकर (नोटिस जारी कर) ... की मांग की': the addressee is the one asked
            letter = next((i for i in range(lo + 1, p.start) if _sent_to(toks, i)), None)
            to = [u for u in region if letter is not None and u.marker == ("को",) and u.end < letter
                  and not u.possessor_of_next]
            # (a list is addressed as a whole: 'भाजपा और कांग्रेस दोनों को नोटिस जारी कर')
            addressee = list(dict.fromkeys(
                e for u in to if u is to[-1] or _chains_to(u, to[-1])
                for e in (self._group(state, u) or [self._entity_of(state, sent, u)]) if e is not None
                and e is not actor))
            targets = addressee or targets
        if not targets and p.pred.code[:2] in ("02", "10") and p.pred.noun and "जोर" not in p.pred.noun \
                and actor is not None and p.end + 1 < len(toks) and toks[p.end] == "कि":
            # 'चीन ने मांग की कि ताकाइची अपनी टिप्पणी वापस लें', 'अपील की कि सरकार बातचीत करे': the one asked is the
            # subject of what is asked (a request named by its noun; 'ज़ोर देकर कहा कि', insisting, asks nobody)
            ki_end = next((k for k in range(p.end + 1, len(toks)) if toks[k] in _CLAUSE_END), len(toks))
            subject = next((u for u in units if p.end < u.start < ki_end and not u.possessor_of_next), None)
            who = self._entity_of(state, sent, subject) if subject is not None and subject.marker is None \
                and not subject.pronoun and not subject.anaphor and (
                    subject.end >= len(toks) or self.lexicon.by_noun(toks[subject.end]) is None) else None
            if who is not None and who is not actor and self._can_act(who):
                targets = [who]
        if p.pred.noun == ("जवाब",) and p.pred.code == "010" and p.tense == "future" and not p.negated:
            # 'पाकिस्तान कड़ा जवाब देगा', 'ईरान इसका उचित जवाब देगा': an answer promised is a threat, to whoever
            # last acted against the actor (an answer given is a reply: 010)
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "130", self._code_labels["130"], ()))
            own = _country_of(actor)
            targets = [t for t in self._attacker(state, ctx, p, lo, actor)
                       if not self._on_side_of(actor, t) and not (own and _country_of(t) == own)]
        if p.pred.noun[:1] == ("खेद",) and p.pred.code == "055" and not any(
                t in ("अपने", "अपनी", "अपना") for t in toks[max(lo, p.start - 6):p.start]) and not (
                earlier and earlier[-1].sentence == ctx.si and earlier[-1].actor is actor and earlier[-1].root == "08"):
            # 'गुतारेस ने इस फ़ैसले पर गहरा खेद जताया': regret over another's act disapproves of it (only one's own
            # act regretted is an apology: 'अपनी टिप्पणी पर खेद जताया', 'अपने शब्द वापस ले लिए और खेद जताया')
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "110", self._code_labels["110"], p.pred.targets))
            targets = [t for t in targets if t is not actor]
        if not targets and p.pred.code[:2] == "11" and toks[p.start] in _QUOTE_MARKS:
            # "यूक्रेन युद्ध को 'मोदी का युद्ध' करार दिया": a party named inside the quoted label is its target
            targets = [e for u in units[bisect_left(starts, p.start):bisect_left(starts, p.end)]
                       for e in [self._entity_of(state, sent, u)] if e is not None and e is not actor
                       and not _same_side(actor, e) and not _same_side(e, actor)
                       and self.capitals.get(actor.id or "", "-") != _country_of(e)  # (a capital's own country)
                       and (e.label in ("PER", "ORG") or e.kind in ("country", "territory"))][:1]
            # "इसे मोदी और शाह की 'बदले की राजनीति' करार दिया": whose the label says the deed is (a list too)
            targets = targets or self._label_owners(state, sent, units, toks, p, lo, actor)
        if p.pred.code == "111" and any(noun_key(t) in _PLOT_KEYS for t in toks[p.start:p.verb]):
            # 'गिरफ़्तारी को भाजपा की राजनीतिक साज़िश करार दिया': a plot said to be someone's accuses them (112)
            plotters = self._label_owners(state, sent, units, toks, p, lo, actor)
            if plotters:
                p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "112", self._code_labels["112"],
                                            p.pred.targets))
                targets = plotters
        if not targets and p.pred.code[:2] in ("11", "12", "13"):
            # 'पाकिस्तान का नाम लिए बिना उन्होंने चेतावनी दी कि ...': whom one criticises, rejects or warns without
            # naming them is still the target
            unnamed = next((u for u in units if u.end + 3 < len(toks) and toks[u.end:u.end + 3] == ["का", "नाम", "लिए"]
                            and "बिना" in toks[u.end + 3:u.end + 5] and u.end <= p.start), None)
            found = self._entity_of(state, sent, unnamed) if unnamed is not None else None
            targets = [found] if found is not None and found is not actor and not _same_side(actor, found) else []
        if not targets and asked_of is not None and p.pred.code[:2] in ("02", "10"):
            # 'अदालत ने नेतन्याहू की वह अर्ज़ी खारिज कर दी, जिसमें उन्होंने ... टालने का अनुरोध किया था': asked of the court
            targets = [e for e in [self._entity_of(state, sent, asked_of)] if e is not None and e is not actor]
        if not targets and p.pred.code[:2] in ("11", "12"):
            targets = [e for e in [self._provoker(state, ctx, lo, p, actor)] if e is not None]
        if not targets and p.pred.code == "115" and any(
                t in _DECISION_NOUNS or t in _THIS_OBJECTS for t in toks[p.start:p.start + 2]):
            # 'इसके खिलाफ अपील करेगा', 'वह इस फ़ैसले के ख़िलाफ़ अपील करेंगे': an appeal against the decision is against
            # whoever took the last legal or coercive action (16, 17) or rejection (12) of another, in this or the three
            # sentences before
            targets = [ev.actor for ev, root in reversed(state.acts) if ev.sentence >= ctx.si - 3
                       and root in ("12", "16", "17") and ev.actor is not None and ev.actor is not actor][:1]
        if not targets and (p.pred.code[:2] in ("11", "12") and not p.pred.code.startswith("112")
                            or p.pred.code in ("1124", "051")):
            targets = self._attacker(state, ctx, p, lo, actor)  # 'इस हमले की निंदा की': the attacker
            if not targets and p.pred.code in ("110", "114") and p.pred.noun:
                # 'अमेरिका ने चीनी सामान पर शुल्क लगाया। चीन ने नाराजगी जताई': displeasure (or a complaint: 'विश्व
                # व्यापार संगठन में शिकायत दर्ज कराई') with nothing named answers the last act against the actor
                # (roots 10-20) in this or the two sentences before
                targets = [ev.actor for ev, root in reversed(state.acts) if ev.sentence >= ctx.si - 2
                           and ev.actor is not actor and root >= "10"
                           and any(self._on_side_of(actor, t) for t in ev.targets)][:1]
                if p.pred.code == "114" and targets and (actor.kind in ("country", "territory") or actor.id in
                                                         self.capitals):
                    # (a state complains of a state: of the country whose leader or organ acted)
                    targets = [self._state_of(state, targets[0]) or targets[0]]
            if not targets and p.pred.code[:2] == "11":
                targets = self._disapproved_alike(state, ctx, actor, actor_unit, earlier)
            if not targets and p.pred.code[:2] == "11" and any(t in _ELECTION_HEADS or t in _RESULT_NOUNS
                                                               for t in toks[lo:p.start]):
                # 'काराकास, 30 जुलाई ... इन देशों ने चुनाव नतीजों पर सवाल उठाए': an election nobody owns is that of
                # the country the story is filed from
                targets = self._filed_abroad(state, actor)
        if not targets and p.pred.code[:2] in ("17", *_FORCE_ROOTS):
            # 'पुलिस ने प्रदर्शनकारियों को तितर-बितर करने के लिए लाठीचार्ज किया': force used to disperse, stop or
            # drive off someone is used against them
            targets = [e for u in region if u is not actor_unit and u.marker == ("को",) and not u.possessor_of_next
                       and _purpose_after(toks, u.marker_end, p.start)
                       for e in [self._entity_of(state, sent, u)] if e is not None and e is not actor][:1]
        if not targets and p.pred.verb == ("मार", "गिरा") and not p.passive and self.linker is not None:
            # 'पोलैंड ने अपने हवाई क्षेत्र में घुसे कई रूसी ड्रोन मार गिराए': whose drones or missiles were shot
            # down, by the demonym before them; else whoever just attacked the actor ('रूस ने 600 ड्रोन दागे। यूक्रेन
            # ने 563 ड्रोन मार गिराए')
            k = next((k for k in range(max(lo, 1), p.start) if toks[k] in _WEAPON_WORDS
                      and self.linker.index.demonym_country(toks[k - 1])), None)
            code = self.linker.index.demonym_country(toks[k - 1]) if k is not None else None
            found = self._country_entity(state, code, sent, k - 1) if code else None
            targets = [found] if found is not None and found is not actor else [
                ev.actor for ev, root in reversed(state.acts) if ev.sentence >= ctx.si - 2 and root in ("18", "19")
                and ev.actor is not actor and any(self._on_side_of(actor, t) for t in ev.targets)][:1]
        if not targets and (p.pred.code.startswith("16") or p.pred.noun in _BANS):
            # 'अमेरिका ने चीन से आयात पर शुल्क लगाया', 'जापान से समुद्री खाद्य पदार्थों के आयात पर प्रतिबंध', 'भारत से
            # आयात होने वाले सामान पर': the country goods come from
            # ('इसराइल को हथियारों के निर्यात पर रोक लगा दी': the country goods go to)
            targets = self._first_other(state, sent, [
                u for u in region if u.marker in (("से",), ("को",)) and _imports_after(
                    toks, u.marker_end, p.start, _EXPORT_WORDS if u.marker == ("को",) else _IMPORT_WORDS)], actor)
            targets = [t for t in targets if t.kind in ("country", "territory")]  # (goods come from countries)
            if targets and not p.pred.code.startswith("16"):  # ('रोक लगा', 172 at home, is an embargo on a country)
                p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "163", "impose embargo, boycott, or sanctions",
                                            p.pred.targets))
        if p.pred.code == "172" and p.pred.noun in _BANS and any(
                toks[k] in _TRADE_WORDS and toks[k + 1] == "पर" for k in range(max(lo, p.start - 4), p.start - 1)):
            # 'भारत ने चावल के निर्यात पर रोक लगा दी': a stop put to trade is an embargo, whoever it hits
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "163", "impose embargo, boycott, or sanctions",
                                        p.pred.targets))
        if p.pred.code == "163" and p.pred.noun in _BANS and not targets and "पर" in toks[lo:p.start] and not any(
                noun_key(toks[k]) in _SANCTIONED and "पर" in toks[k + 1:k + 6] for k in range(lo, p.start - 1)):
            # 'तालिबान सरकार ने महिलाओं के पढ़ने पर प्रतिबंध लगा दिया', 'पटाखों पर प्रतिबंध': a ban on an activity,
            # not sanctions on a party, restricts at home (172); tariffs on goods stay sanctions
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "172", "impose administrative sanctions",
                                        p.pred.targets))
        if p.pred.code == "163" and targets and _country_of(actor) and all(
                t.label != "LOC" and _country_of(t) == _country_of(actor) for t in targets):
            # 'मोहम्मद यूनुस ने अवामी लीग पर प्रतिबंध लगाने की घोषणा की': banning a party or group at home is an
            # administrative sanction (172), not an embargo on another country
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "172", "impose administrative sanctions",
                                        p.pred.targets))
        if p.pred.noun == ("बात",) and p.pred.code == "040" and not targets and not _in_actor_list(region, actor_unit) \
                and not any(u.marker in (("से",), ("के", "साथ")) for u in region):
            # 'वे मारने की बात कर रहे थे', 'आयोग के गठन की बात की': talking of something, with nobody talked to (not
            # even an unresolved 'उनसे'), is saying it
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "010", "make statement", ()))
        if p.pred.noun in _DIRECTIVES and not targets and not any(u.anaphor and u.marker == ("को",) for u in region) \
                and not (p.pred.noun != ("जोर", "देकर") and _is_court(actor)):
            # 'चीन ने जोर देकर कहा कि ताइवान उसका हिस्सा है', 'डि गॉल ने निर्देश दिया कि ...': insisting or ordering to
            # nobody is a statement; a demand needs the one it is made of ('भारत से जोर देकर कहा', 'बैंक को निर्देश
            # दिया कि'). A court's order is one even with its addressee left unsaid ('अदालत ने निर्देश दिया कि ढांचा
            # गिराने से पहले नोटिस दिया जाए' demands it of the authorities), as the guidelines code court orders.
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "010", "make statement", ()))
        if not targets and p.pred.code[:2] in _FORCE_ROOTS and actor_unit is not None and not p.passive:
            # 'अमेरिकी सेना ने सीरिया में हवाई हमले किए': an attack with no target hits the place it is made in (named
            # after the actor: in 'गाजा में हमास ने रॉकेट दागे' Gaza is where the actor is)
            targets = [e for u in region if u.marker == ("में",) and u.start > actor_unit.start
                       and not u.possessor_of_next and u.locative_before is None
                       and (u.end >= len(toks) or toks[u.end] not in _SEAS)
                       for e in [self._entity_of(state, sent, u)] if e is not None and e.label == "LOC"
                       and fold((e.name or "-").split()[-1]) not in _SEAS][:1]
            # (a sea is where it happens, not whom it hits: 'लाल सागर में जहाज को निशाना बनाया', 'जापान सागर में')
        if not targets and not p.pred.noun and (actor.label == "PER" or actor.kind == "country" and (
                actor_unit is not None and actor_unit.marker is None)) and (
                p.pred.code == "042" or p.pred.code == "036" and p.pred.verb in _ARRIVAL_VERBS):
            # 'ब्लिंकन भारत पहुंचे': a person's bare arrival is a visit to the place right before the verb; 'मोदी
            # अमेरिका से लौटे': coming back from a place is a visit to it (not 'भारत लौटे', back home)
            back = p.pred.verb == ("लौट",)
            targets = [u.entity for u in region if u is not actor_unit and u.entity is not None
                       and (u.entity.label == "LOC" or u.entity.id in _SEATS_OF_POWER)
                       and (u.marker_end == p.start and u.marker == ("से",) if back
                            else u.end == p.start and u.marker is None)][:1]
            # ('ज़ेलेंस्की व्हाइट हाउस पहुंचे': a visit to a seat of power is one to its country)
            targets = [self._document_country(state, t.country) or t if t.id in _SEATS_OF_POWER and t.country else t
                       for t in targets]
        if not targets and p.pred.code in ("042", "036") and not p.pred.noun and p.pred.verb in _ARRIVAL_VERBS and (
                purpose := _meeting_purpose(toks, p.start)) is not None:
            # 'आजम खान से मिलने जेल पहुंचे': whoever came to meet someone met them, as in 'मिलने पहुंचे' (040); going
            # to meet them is an intention to (036)
            targets = [e for u in region if u is not actor_unit and u.marker == ("से",) and u.marker_end == purpose
                       and not u.possessor_of_next for e in [self._entity_of(state, sent, u)]
                       if e is not None and e is not actor][:1]
            if targets and p.pred.code == "042":
                code = "036" if p.tense == "future" else "040"
                p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, code, self._code_labels[code], ("से",)))
        if not targets and (p.pred.code.startswith("112") or p.pred.verb == ("चाह",) and not p.pred.noun or (
                p.pred.code.startswith("114") and toks[p.end:p.end + 1] == ["कि"])):
            # 'X ने आरोप लगाया कि Y ने ...': Y is accused ('शिकायत की कि Y ...': complained of); 'X चाहता है कि Y
            # ...': Y is asked
            targets = self._accused(state, ctx, p, actor)
            if not targets and p.pred.code == "112" and p.pred.noun in ((), ("करार",)):
                # 'तेहरान ने इसे युद्ध की घोषणा करार दिया': an act called a crime accuses whoever did it
                targets = self._attacker(state, ctx, p, lo, actor)
            if not targets and p.genitive_speaker:
                # 'ईडी ने नागेंद्र को गिरफ्तार कर लिया। एजेंसी का आरोप है कि निगम के खाते से 187 करोड़ रुपये भेजे
                # गए': an agency's charge with nobody named is against whom it just took legal action on
                targets = next((list(ev.targets) for ev, _ in reversed(state.acts) if ev.actor is actor
                                and ev.root == "17" and ev.targets and ev.sentence >= ctx.si - 1), [])
        if not targets and p.pred.code == "013" and p.pred.noun[:1] in _HOPE_NOUNS and not p.negated:
            # 'डब्ल्यूएचओ ने उम्मीद जताई कि अमेरिकी प्रशासन इस पर पुनर्विचार करेगा': hoping another party will act asks
            # it to (020), as the annotated sets code it; a hope with no other party named stays an optimistic comment
            hoped = self._threatened(state, ctx, p, actor)
            if hoped is not None and (hoped.label in ("PER", "ORG") or hoped.kind in ("country", "territory")
                                      # ('अमेरिकी प्रशासन'; not a force: 'उम्मीद जताई कि सेना ... ख़त्म कर देगी')
                                      or hoped.label == "NOM" and hoped.country and hoped.role == "GOV"):
                p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "020", self._code_labels["020"], p.pred.targets))
                targets = [hoped]
        if p.pred.code == "064" and p.pred.noun == ("जानकारी",) and (
                not targets or any(t.label == "NOM" and t.role == "MED" for t in targets)):
            # 'पुतिन ने ... भारत को जानकारी दी' shares information with a named party (064); told to nobody named
            # ('विदेश सचिव ने यह जानकारी दी') or to the press ('यह जानकारी मीडिया को दे दी'), it is the statement the
            # annotated sets code (010)
            targets = []
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "010", "make statement", ()))
        if not targets and p.pred.code[:2] == "03" and p.pred.noun[:1] in _PROMISE_NOUNS:
            # 'पुतिन ने भरोसा दिलाया कि रूस भारत को ईंधन की आपूर्ति जारी रखेगा': a promise is made to the other side
            # its कि-clause names
            promised = self._threatened(state, ctx, p, actor)
            # (a named one: an unnamed group there, 'ट्रांसपोर्टरों से सलाह-मशविरा किया जाएगा', is met otherwise)
            targets = [promised] if promised is not None and (
                promised.label in ("PER", "ORG") or promised.kind in ("country", "territory")) else []
        if not targets and p.pred.code[:2] == "13":
            threatened = self._threatened(state, ctx, p, actor)  # 'धमकी दी कि स्पेन को कीमत चुकानी पड़ेगी'
            threatened = threatened or self._provoker(state, ctx, lo, p, actor)
            targets = [threatened] if threatened is not None else []
            unless = p.end < len(toks) and toks[p.end] == "कि" and _on_not_doing(toks, p.end + 1)
            if not targets and p.end < len(toks) and (toks[p.end] != "कि" or unless):
                # 'इकोवास द्वारा नाइजर पर प्रतिबंध लगाए गए हैं और उसने सैन्य हस्तक्षेप की चेतावनी भी दी है': a
                # threat with nobody named is against whom the actor's last act of this sentence hit (or, 'राहुल से
                # हलफनामा देने को कहा और चेतावनी दी कि ऐसा न करने पर ...', whom it asked to act)
                targets = next((list(ev.targets) for ev in reversed(earlier) if ev.sentence == ctx.si
                                and ev.actor is actor and ev.targets and (ev.root >= "10" or unless)), [])
            if not targets and p.pred.noun == ("चेतावनी",) and p.end < len(toks) and toks[p.end] == "कि" and not any(
                    noun_key(t) in _RETALIATION_KEYS or t.startswith("बख्श") for t in toks[p.end:]) \
                    and not self._own_consequence(
                    state, ctx, p, actor) and not _on_not_doing(toks, p.end + 1):
                # 'डब्ल्यूएचओ ने चेतावनी दी है कि सूडान में हैजा तेजी से फैल रहा है': a warning about a situation,
                # threatening nobody, is a statement (not one of retaliation: '... को युद्ध की कार्रवाई माना जाएगा',
                # '... उल्लंघन बर्दाश्त नहीं होगा'; nor what the speaker will do on a condition: '... वापस न लिया
                # गया तो वह सड़कों पर उतरेगी')
                p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "010", "make statement", ()))
        if (not targets or p.pred.code[:2] == "14") and p.pred.code[:2] in _RESPONSE_ROOTS:
            # 'चीन ने अमेरिकी शुल्कों के जवाब में ... पाबंदियां लगाईं': a hostile act in response to another's is
            # against the other; a protest is against whom it names as protested ('प्रधानमंत्री की गैरमौजूदगी के
            # विरोध में ... सदन से बहिर्गमन किया'), before where it is made
            targets = [e for e in [self._responded_to(state, ctx, lo, p, actor)] if e is not None] or targets
        if not targets and p.pred.code[:3] == "161":
            # 'वेनेजुएला ने ओस्लो स्थित अपना दूतावास बंद कर दिया': an embassy closed where it stands is closed in that
            # country
            targets = [e for u in region if u is not actor_unit and toks[u.end:u.end + 1] == ["स्थित"]
                       and any(noun_key(t) in _EMBASSY_WORDS for t in toks[u.end + 1:min(u.end + 4, p.start + 2)])
                       for x in [self._entity_of(state, sent, u)] if x is not None
                       for code in [_country_of(x)] if code is not None
                       for e in [self._document_country(state, code)] if e is not None and e is not actor][:1]
        if p.pred.noun and p.pred.noun[0] in _THANKS_NOUNS and not any(
                " ".join(u.marker or ()) in p.pred.targets for u in region if u is not actor_unit):
            # 'दिसानायके ने भारत की त्वरित मदद के लिए आभार जताया': thanks with nobody thanked by name go to who helped
            j = next((j for j in range(lo + 1, p.start - 2) if toks[j] in _THANKED_FOR
                      and toks[j + 1:j + 3] == ["के", "लिए"]), None)
            helper = self._party_before(state, ctx, lo, j, actor) if j is not None else None
            targets = [helper] if helper is not None else targets
        if not targets and p.pred.code[:2] in ("10", "11", "12", "13", "16") and earlier \
                and earlier[-1].sentence == ctx.si and earlier[-1].actor is actor and earlier[-1].targets \
                and earlier[-1].action.endswith(("कर", "करके")) and earlier[-1].end <= ctx.sent.tokens[p.start].start:
            # 'भारत ने कनाडा के उच्चायुक्त को तलब कर कड़ा विरोध दर्ज कराया': the act done on the way (a conjunctive
            # participle) names whom the main verb is addressed to
            targets = list(earlier[-1].targets)
        if p.pred.code in ("1053", "0253") and not any(t.label == "ORG" or t.kind in ("country", "territory")
                                                       for t in targets) \
                and (holder := _detainer(state, targets, actor)) is not None:
            # 'माली ने फ्रांसीसी दूतावास के कर्मचारी को गिरफ्तार किया ... फ्रांस ने कर्मचारी की रिहाई की मांग की': a
            # demand for (or appeal for) someone's release is made of whoever holds them, not of the captive
            targets = [holder]
        if not targets and p.pred.code[:2] == "07":
            # 'उसने रूस की मदद के लिए अपनी सेना भेजी': whom the help is for
            targets = [e for u in region if u is not actor_unit and toks[u.end:u.end + 1] in (["की"], ["के"])
                       and toks[u.end + 1:u.end + 2] and toks[u.end + 1] in _HELP_NOUNS
                       and toks[u.end + 2:u.end + 4] == ["के", "लिए"]
                       for e in [self._entity_of(state, sent, u)] if e is not None and e is not actor][:1]
        if not targets and (p.pred.code[:2] == "07" or p.pred.code.startswith("033")) and not any(
                ev.sentence == ctx.si and ev.actor is actor and ev.root == "04" and ev.targets for ev in earlier):
            # (aid promised in a talk goes to the partner, below)
            # 'भारत ने म्यांमार को राहत सामग्री भेजी। चीन ने मानवीय सहायता देने का ऐलान किया': aid with nobody named
            # goes where the aid told just before went (this or the two sentences before)
            targets = next((list(ev.targets) for ev, _ in reversed(state.acts) if ev.sentence >= ctx.si - 2
                            and ev.actor is not actor and ev.targets and (
                                ev.root == "07" or ev.code.startswith("033"))), [])
            if not targets and p.pred.code[:2] == "07" and _country_of(actor) is not None:
                # 'कोलंबो। ... भारत ने राहत सामग्री और बचाव दल भेजे': aid sent nowhere named goes to the country the
                # story is filed from, when that is not the sender's
                targets = self._filed_abroad(state, actor)
        if not targets and p.pred.noun in (("स्वागत",), ("अगवानी",)) and p.pred.code in ("043", "051"):
            # 'मोदी की हवाई अड्डे पर राष्ट्रपति मुइज़्ज़ू ने ख़ुद अगवानी की': the guest, a place between (a person
            # only: 'मोदी का गर्मजोशी से स्वागत किया', not 'फैसले का स्वागत')
            targets = [e for e in [self._welcomed(state, ctx, p, lo)] if e is not None and e is not actor]
        if not targets and p.pred.code[:3] in ("043", "045"):
            # 'दोनों देशों ने बातचीत की, जिसकी मेज़बानी तुर्किये ने की': a host or mediator with nobody named acts for
            # the parties that just acted on each other (this or the two sentences before)
            targets = [x for x in _recent_parties(state, ctx.si) if x is not actor]
            met = next((ev for ev, root in reversed(state.acts) if ev.sentence >= ctx.si - 1 and root == "04"
                        and ev.targets and ev.actor is not actor), None) if not targets else None
            if met is not None:
                # 'ट्रंप ने रियाद में शरा से मुलाकात की। इस बैठक की मेजबानी सऊदी युवराज ने की': the host of a meeting
                # told just before hosts both sides of it
                targets = [x for x in (met.actor, *met.targets) if x is not actor]
        if not targets and p.pred.noun and p.pred.code in _PARTNERED and state.last_pair is not None \
                and actor_unit is not None and not actor_unit.group and not any(
                    _chains_to(u, actor_unit) or _chains_to(actor_unit, u) for u in region):
            # 'भारत और नेपाल ने समझौते पर हस्ताक्षर किए। ... प्रचंड ने कहा कि नेपाल मुद्दों को बातचीत के जरिये
            # सुलझाना चाहता है': talks with nobody named are with the actor's partner in the story's last interaction
            a, b = state.last_pair
            targets = [b] if _same_party(actor, a) else [a] if _same_party(actor, b) else []
        if cited is not None and not targets:
            return []  # (a cited state's measure against nobody the document names: no event)
        if not targets and first_marker is not None:
            # 'स्तालिन ने अबाकुमोव को ... प्रोत्साहित किया' where NER found nothing: uncommon words right before the
            # frame's first marker name the target (when nothing else did)
            found_unit = self._unseen_target(state, ctx, lo, p.start, first_marker, actor_unit, p.pred.code)
            if found_unit is not None and found_unit.entity is not actor:
                targets.append(found_unit.entity)
        # co-actors: the other members of the actor's list (A और B ने ... कहा → one event each)
        co_actors = [
            ent for u in region
            if u is not actor_unit and actor_unit is not None
            and (_chains_to(u, actor_unit) or _chains_to(actor_unit, u))  # a member before or after the actor
            and u.marker == actor_unit.marker
            for ent in [self._entity_of(state, sent, u)] if ent is not None and ent is not actor
            and self._can_act(ent)
        ]
        if actor_unit is not None and actor.label == "NOM" and not co_actors:
            # 'सीटू और एटक समेत दस केंद्रीय ट्रेड यूनियनों ने हड़ताल की': the members named as included act for the group
            k = next((k for k in range(actor_unit.start - 1, max(lo, actor_unit.start - 5) - 1, -1)
                      if toks[k] in _INCLUDING), None)
            last_named = next((u for u in region if u.end == k), None) if k is not None and not any(
                _marker_at(toks, x) is not None for x in range(k + 1, actor_unit.start)) else None
            named = [e for u in region if last_named is not None and (u is last_named or _chains_to(u, last_named))
                     for e in [self._entity_of(state, sent, u)] if e is not None and e.label != "NOM"
                     and self._can_act(e)]
            if named:
                actor, co_actors = named[-1], named[:-1]
        # 'अमेरिका ने ब्रिटेन के साथ मिलकर ... हमला किया': a partner acting together with the actor acts too (not
        # the partner of cooperation itself: 'कीव के साथ मिलकर काम करने को तैयार')
        joint = [ent for u in region if "के साथ" not in p.pred.targets
                 and u.marker == ("के", "साथ") and u.marker_end < len(toks)
                 and toks[u.marker_end] in ("मिलकर", "मिल") and not u.possessor_of_next
                 for ent in [self._entity_of(state, sent, u)] if ent is not None and ent is not actor
                 and self._can_act(ent)]
        if joint:
            co_actors += [e for e in joint if e not in co_actors]
            targets = [t for t in targets if t not in joint]
        if actor_unit is not None and actor_unit.pronoun and not co_actors and actor.label != "PER" \
                and toks[actor_unit.start] in _PLURAL_PRONOUNS and not any(
                    t.endswith(("ीं", "गी")) or t in ("थी", "रही", "गई", "चुकी") for t in toks[p.verb:p.end]):
            # 'ऑस्ट्रिया, आयरलैंड और न्यूज़ीलैंड ने आपत्ति जताई थी, लेकिन बाद में वे भी मान गए': a plural pronoun
            # after an act that several countries or bodies did together is all of them (no honorific: not people)
            # (a feminine verb is one woman, honoured: 'वे मीडिया सम्मेलन को संबोधित करेंगी')
            last = state.acts[-1][0] if state.acts else None
            if last is not None and last.actor is actor and last.sentence >= ctx.si - 1:
                co_actors = [a for a in _same_act_actors(state, last)
                             if a is not actor and a.label != "PER" and a not in targets]
        if actor_unit is not None and actor_unit.group:  # दोनों नेताओं ने ...: each of the two acts
            group = self._group(state, actor_unit)
            actor = group[-1]
            co_actors += [g for g in group if g is not actor and g not in co_actors]
            # a member, or a member's country, is no party the group acts on ('दोनों नेताओं ने ... जापान से भारत में
            # निवेश का लक्ष्य तय किया और दस्तावेज़ों पर हस्ताक्षर किए': each signs with the other)
            targets = [t for t in targets if t not in group and not (
                t.kind in ("country", "territory") and any(_country_of(g) == (t.id or t.country) for g in group))]
        last = next((ev for ev in reversed(earlier) if ev.actor is actor), None) if shared or speakers else None
        if last is not None and last.sentence == ctx.si:
            # 'दोनों नेताओं ने वार्ता की और ... सहमति जताई': verbs sharing a subject share all of its members (the
            # members of the subject's last event, not a speaker accusing it: 'X ने कहा कि चीन ने हमला किया और ...')
            co_actors += [ev.actor for ev in earlier if ev.sentence == ctx.si and (ev.start, ev.code) == (
                last.start, last.code) and ev.actor is not actor and ev.actor not in co_actors]
        if co_actors and (not targets or p.pred.noun in _JOINT_ONLY) and p.pred.code[:2] not in ("02", "10") and (
                "के साथ" in p.pred.targets or "से" in p.pred.targets and p.pred.code[:2] in ("03", "04", "05", "06")):
            # 'A और B ने मुलाकात की', 'A और B मिले': each meets the other (not 'A और B ने राजदूत वापस बुलाए'); what is
            # done only together is done with each other ('... जापान से भारत में निवेश का लक्ष्य तय किया')
            targets = [*co_actors, actor]
        if co_actors and not targets and p.pred.code == "150" and p.pred.noun and p.pred.noun[-1] in _EXERCISES:
            # 'भारतीय और फ्रांसीसी नौसेनाओं ने वरुण युद्धाभ्यास किया': an exercise held together is military
            # cooperation with each other (062), no show of force
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "062", "cooperate militarily", p.pred.targets))
            targets = [*co_actors, actor]
        if co_actors and not targets and any(
                toks[k] in _RECIPROCAL or toks[k] == "एक" and toks[k + 1] in ("दूसरे", "दूसरी")
                for k in range(lo, p.start)):
            targets = [*co_actors, actor]  # 'भारत और पाकिस्तान ने एक-दूसरे पर आरोप लगाया': each accuses the other
        if not targets and (p.pred.code in ("016", "019", "120") or p.pred.noun in _ACCORDS):
            # 'भारत ने (इन) आरोपों को खारिज किया' after 'पाकिस्तान ने भारत पर आरोप लगाया': a denial answers the
            # accuser; an accord or a rejection answers whoever addressed the actor (roots 01-13: proposals,
            # appeals, demands, talks, threats; not force) in the last three sentences
            # (this sentence's acts first: 'किंशासा किगाली पर ... आरोप लगाता रहा है, जबकि रवांडा इससे इनकार करता है')
            told = [*reversed([ev for ev in earlier if ev.sentence == ctx.si]), *(ev for ev, _ in reversed(state.acts))]
            # (a capital is its country until the stage ends: 'जिसे नई दिल्ली ने खारिज कर दिया'; so is a state organ)
            home = _country_of(actor) if actor.kind in ("country", "territory") else self.capitals.get(actor.id or "")
            answered = next((ev for ev in told if any(
                _same_side(t, actor) or home is not None and (
                    t.id is not None and self.capitals.get(t.id) == home
                    or (st := self._state_of(state, t)) is not None and _country_of(st) == home)
                for t in ev.targets)
                             and (ev.code.startswith("112") if p.pred.code == "016"
                                  else ev.sentence >= ctx.si - 2 and ev.root <= "13")), None)
            if answered is None and p.pred.code == "016":
                # 'राहुल गांधी ने आरोप लगाया कि सरकार ..., लेकिन भाजपा ने इन आरोपों को खारिज कर दिया': the
                # accusation just made, whoever it named
                answered = next((ev for ev, _ in reversed(state.acts) if ev.code.startswith("112")
                                 and ev.sentence >= ctx.si - 2 and ev.actor is not actor), None)
            if answered is None and p.pred.code == "016":
                # the story's accusation, or coercion (raids, arrests, orders), against the actor's side, told
                # earlier ('ईडी ने ... छापे मारे ... रौतेला ने किसी भी गड़बड़ी से इनकार किया'); else its last
                # accusation or charge by anyone else ('न्याय विभाग ने गौतम अदाणी पर अभियोग लगाया है। अदाणी समूह ने
                # आरोपों को निराधार बताया')
                answered = next((ev for ev, root in reversed(state.acts) if ev.actor is not actor and (
                    ev.code.startswith("112") or "11" <= root <= "20") and any(
                        _same_side(t, actor) for t in ev.targets)), None) or next(
                    (ev for ev, _ in reversed(state.acts) if ev.code.startswith(("112", "173", "115"))
                     and ev.actor is not actor and not _same_side(ev.actor, actor)), None)
            if answered is not None:
                targets = [answered.actor]
                if p.pred.code == "016" and answered.code.startswith("112"):
                    # 'A, B, C और D ने क़तर पर ... आरोप लगाते हुए ... । क़तर ने इन आरोपों को बेबुनियाद बताया': an
                    # accusation made together is denied to each who made it
                    targets = list(dict.fromkeys(
                        ev.actor for ev, _ in state.acts if ev.sentence == answered.sentence
                        and ev.start == answered.start and ev.code == answered.code and ev.actor is not None
                        and ev.actor is not actor)) or targets
                if p.pred.code == "120" and answered.code.startswith("112") and any(
                        t in ("जिसे", "जिन्हें", "इसे", "इन्हें", "इसको", "इससे", "इनसे") for t in toks[lo:p.start]):
                    # 'X ने Y पर ... आरोप लगाया, जिसे Y ने खारिज कर दिया': rejecting the accusation is a denial
                    p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "016", "deny responsibility",
                                                p.pred.targets))
        if not targets and shared and p.pred.code[:2] in ("12", "13") and earlier and earlier[-1].sentence == ctx.si \
                and earlier[-1].actor is actor and (earlier[-1].root == "11" or earlier[-1].code == "016") \
                and earlier[-1].targets:
            # 'अमेरिकी टैरिफ को अनुचित बताते हुए जवाबी कार्रवाई की चेतावनी दी': what was just criticised is what is
            # rejected or threatened; 'भाजपा ने इन आरोपों को बेबुनियाद बताते हुए खारिज कर दिया': rejecting the
            # accusation just denied is the same denial
            targets = list(earlier[-1].targets)
            if earlier[-1].code == "016" and p.pred.code[:2] == "12":
                p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "016", "deny responsibility", p.pred.targets))
        if p.pred.noun == ("स्वागत",) and p.pred.code == "051" and targets and all(
                t.label == "PER" for t in targets) and (
                self._welcomed(state, ctx, p, lo) is not None or _person_welcomed(ctx, p) and actor.country is not None
                and all(t.country not in (None, actor.country) for t in targets)) and not (
                actor.country is not None and all(t.country == actor.country for t in targets)):
            # 'मुइज्जू ने हवाई अड्डे पर मोदी का स्वागत किया': a person welcomed (not a decision) is hosted; one of the
            # actor's own country is welcomed into its camp ('शिंदे ने अजित पवार का स्वागत किया': 051)
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "043", "host a visit", p.pred.targets))
        if p.pred.noun == ("भेंट",) and p.pred.code == "040" and not targets:
            # 'मैक्री ने मोदी को शहर की चाबी भेंट की', 'शुक्ला ने प्रधानमंत्री को तिरंगा भेंट किया': a gift presented
            # to someone (को; a meeting is with someone, से) is cooperation (050), as the annotated sets code it
            given = self._dative_before(state, ctx, p, lo)
            if given is not None and given is not actor and given.label in ("PER", "ORG", "LOC"):
                targets = [given]
                p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "050", "engage in diplomatic cooperation",
                                            p.pred.targets))
        if p.pred.code == "116" and _is_court(actor):
            # 'सुप्रीम कोर्ट ने बोल्सोनारो को साज़िश रचने का दोषी ठहराया': a court's conviction is legal action (173), as
            # the annotated sets code it; anyone else who holds someone guilty blames (116: 'हर समस्या के लिए भारत को
            # दोषी ठहराते हैं')
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "173", "arrest, detain, or charge with legal action",
                                        p.pred.targets))
        mourned = p.pred.code == "018" and bool(targets) and all(t.label == "NOM" and not t.country for t in targets)
        if (not targets or mourned) and shared and (
                p.pred.code == "018" or p.pred.code[:2] in ("02", "03", "05", "06", "07", "10")):
            # 'मोदी ने मिन आंग ह्लाइंग से फोन पर बात कर संवेदना व्यक्त की और मदद का भरोसा दिलाया': what one says in a
            # talk one says to the partner (the talk among the verbs this sentence's actor shares); condolences
            # (for victims of no named country: 'भूकंप में मारे गए लोगों के प्रति') and aid promised go to the partner
            # and the partner's country
            for ev in reversed(earlier):
                if ev.sentence != ctx.si or ev.actor is not actor:
                    break
                if ev.root == "04" and ev.targets:
                    targets = list(ev.targets)
                    if (p.pred.code == "018" or p.pred.code[:2] == "07" or p.pred.code.startswith("033")) \
                            and len(targets) == 1 and targets[0].label == "PER" and targets[0].country \
                            and targets[0].country != actor.country:
                        home = self._document_country(state, targets[0].country)
                        targets += [home] if home is not None else []
                    break
        if not targets and (p.pred.code == "018" or p.pred.code[:2] in ("02", "03", "05", "06", "10")):
            # 'मोदी ने ... यूनुस से मुलाक़ात की। मिस्री ने बताया कि मोदी ने ... सुनिश्चित करने का आग्रह किया': in the
            # report of a meeting or call, what either party asks or offers with nobody named is said to the other
            # (the last meeting, talk or call the actor took part in, in one of the three sentences before)
            met = next((ev for ev, _ in reversed(state.acts) if ev.sentence >= ctx.si - 3 and ev.root == "04" and (
                ev.actor is actor or actor in ev.targets)), None)
            if met is not None and met.sentence < ctx.si:
                targets = [t for t in (met.targets if met.actor is actor else (met.actor,)) if t is not actor]
        if not targets and not co_actors and p.pred.code[:2] in _COOPERATIVE_ROOTS:
            # 'मोदी ने भारत-अमेरिका व्यापक वैश्विक साझेदारी को और मजबूत करने की इच्छा जताई': of a pair joined by a
            # hyphen in the clause, the one that is not the actor's side (acting alone)
            targets = self._hyphen_partner(state, ctx, region, actor, p.start)
        if p.pred.code == "120" and len(targets) == 1:
            # 'अमरीका ने बातचीत की पेशकश की। उत्तर कोरिया ने इस पेशकश को ठुकरा दिया': rejecting what the target
            # just proposed, asked or demanded takes the parallel code: to meet (026/036/106) 125, to yield 124 ...
            asked = next((ev for ev, _ in reversed(state.acts) if ev.actor is targets[0] and ev.sentence >= ctx.si - 2
                          and ev.root in ("02", "03", "10") and len(ev.code) >= 3 and ev.code[2] in _REJECTED), None)
            if asked is not None:
                code = _REJECTED[asked.code[2]]
                p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, code,
                                            self._code_labels.get(code, _REJECTION_LABELS[code]), p.pred.targets))
        if not targets and p.pred.code == "062" and p.pred.noun and p.pred.noun[-1] == "अभ्यास":
            # 'चीन की सेना ने ताइवान के चारों ओर संयुक्त सैन्य अभ्यास शुरू किया': a "joint" exercise with no partner is
            # one of the actor's own forces, a show of force
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "150", "demonstrate military or police power",
                                        p.pred.targets))
        if not targets and p.pred.code[:2] == "15":
            # 'चीन ने ताइवान के चारों ओर सैन्य अभ्यास शुरू किया', 'यूक्रेन की सीमा के पास सैनिक तैनात किए': a show of
            # force around a party or at its border is aimed at it
            around = [u for u in region if u is not actor_unit and not u.possessor_of_next and (
                u.marker == ("के", "पास") or u.marker in _GENITIVE and u.marker_end + 1 < len(toks) and (
                    toks[u.marker_end] in _AROUND or toks[u.marker_end] in ("सीमा", "सीमाओं", "तट")
                    and toks[u.marker_end + 1] in ("पर", "के", "से")))]
            targets = self._first_other(state, sent, around, actor)
        if p.pred.code[:2] in _FORCE_ROOTS and any(_sea(t) for t in targets):
            # 'पूर्वी सागर की ओर मिसाइलें दागीं': fired into the sea, at nobody
            targets = [t for t in targets if not _sea(t)]
        if not targets and p.pred.noun and p.pred.noun[-1] in _MISSILES and p.pred.code.startswith("19") and not any(
                toks[k] == "पर" and toks[k - 1] not in _TIME_WORDS for k in range(lo + 1, p.start)):
            # 'उत्तर कोरिया ने समुद्र की ओर मिसाइलें दागीं': missiles fired at nobody are a show of force (not those
            # fired at something unnamed: 'एक मालवाहक जहाज़ पर मिसाइल दागी')
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "150", "demonstrate military or police power",
                                        p.pred.targets))
        if actor.label == "NOM" and actor.role == "CVL" and (
                p.pred.code[:2] == "01" and actor.name == "नागरिक" or _counsel(toks, actor_unit, units)):
            return []  # 'शहर से भागे लोगों का कहना है', 'उनके वकील ने कहा': people and counsel speak for no party
        if not p.pred.noun and p.pred.verb == ("मिल",) and actor.label == "LOC" \
                and actor.kind not in ("country", "territory"):
            return []  # 'एनडीए को बिहार, झारखंड ... में बढ़त मिली': states and cities do not meet
        if p.pred.noun == ("स्वागत",) and targets and all(t.label == "PER" for t in targets) and any(
                _arrival_word(t) for t in toks[:next((j for j in range(p.end, len(toks)) if toks[j] == "कि"),
                                                     len(toks))]):
            # 'यहाँ पहुँचे मोदी का मुइज़्ज़ू ने हवाई अड्डे पर स्वागत किया': welcoming an arriving visitor hosts him
            # (not what is said after it: 'वारंट का स्वागत करते हुए कहा कि गद्दाफ़ी को कटघरे तक पहुंचाया जाएगा')
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "043", "host a visit", p.pred.targets))
        if p.pred.code[:2] == "04" and targets and all(
                t.label == "NOM" and (t.name_en or "").endswith("officials") and t.country in (None, actor.country)
                for t in targets):
            return []  # 'मुख्यमंत्री ने अधिकारियों के साथ बैठक की': a meeting with one's own officials is no event
        if not p.pred.noun and p.pred.verb == ("रोक",):
            stopped = _stopping(toks, lo, p, actor, actor_unit) if targets else None
            if stopped is None:
                return []
            p = stopped
        if not targets and not p.pred.noun and (p.pred.code[:2] in ("04", "06") or p.pred.code == "036"):
            return []  # a bare verb like मिल (meet), खरीद (buy) or बेच (sell) needs its partner: without one no event
        if p.pred.code == "080" and p.pred.noun in _PERMISSIONS and all(
                t.label == "NOM" and t.country == (_country_of(actor) or actor.country) for t in targets):
            # 'इसराइल ने ट्रकों को गाजा में जाने की अनुमति दी': permission given to nobody named tells no party; nor
            # does one given to one's own forces ('इंदिरा गांधी ने स्वर्ण मंदिर में सेना को प्रवेश की इजाज़त दी')
            return []
        if not p.pred.noun and p.pred.verb == ("आ",) and (not targets or actor.country is not None and all(
                (t.country or t.id) == actor.country for t in targets)):
            return []  # 'ब्लिंकन भारत आए' is a visit; coming with no place named, or home ('मोदी भारत आए'), is none
        if not targets and not p.pred.noun and p.pred.verb == ("चाह",):
            return []  # 'चाहता है कि युद्ध खत्म हो': a wish with nobody named to fulfil it asks nobody
        if p.pred.code == "0831" and "स्वीकार" not in toks[p.start:p.end] and (any(
                noun_key(w) == noun_key("इस्तीफा") for w in toks[p.start:p.end]) or p.pred.noun == ("पद",)) \
                and not self._demanded_of(state, actor):
            # 'इशिबा ने इस्तीफे का ऐलान किया', 'वे अक्तूबर तक पद छोड़ देंगे': resigning is acceding to a demand for a
            # change in leadership (0831) only where the document has one (a demand, protest or criticism against
            # the actor or its government); a resignation of one's own accord is no CAMEO event, as the annotated
            # sets code it
            return []
        if not targets and p.pred.noun == ("कार्रवाई",) and p.pred.code == "170" and not p.negated:
            return []  # 'पायलट ने तत्काल कार्रवाई की': taking action against nobody coerces nobody
        if not targets and p.pred.noun == ("अधिग्रहण",):
            return []  # 'ज़मीन का अधिग्रहण करने का फ़ैसला किया': acquiring land is no deal with anybody
        if not targets and not co_actors and p.pred.noun in (("बैठक",), ("सर्वदलीय", "बैठक")) and not (
                actor_unit is not None and actor_unit.group):
            return []  # 'सांसदों ने एक सर्वदलीय बैठक कर ...': a meeting held, with nobody met, is no consultation
        if not targets and not co_actors and p.nominal and p.pred.code[:2] == "04":
            return []  # 'बीबीसी से हुई बातचीत में हसीना ने बताया': talks named by a noun, with nobody met named
        if not targets and p.pred.code == "080" and ("पूरा" in p.pred.noun or "पूरी" in p.pred.noun):
            return []  # 'बढ़ती मांग को पूरा करता है': meeting a market's demand yields to nobody
        if p.pred.noun[:1] in _ISSUE_NOUNS and p.pred.code == "020" and not any(t.label != "NOM" for t in targets):
            return []  # 'नेशनल कॉन्फ़्रेंस ने बेरोज़गारी का मुद्दा उठाया': an issue raised with no counterpart named
        if not targets and p.pred.verb == ("तैयार",):
            return []  # 'सरकार हर कदम उठाने को तैयार है': readiness (_ready_nouns) with nobody to act with or for
        if not targets and not co_actors and p.pred.noun in _JOINT_ONLY:
            return []  # 'मोदी ने नए संसद भवन का उद्घाटन किया': an inauguration is an event only when done together
        if not targets and not co_actors and p.pred.noun in (("हस्ताक्षर",), ("दस्तखत",)):
            return []  # 'राष्ट्रपति ने विधेयक पर हस्ताक्षर किए': signing with no party on the other side is no accord
        if p.pred.code == "010" and p.pred.noun in _ANNOUNCEMENTS and _announced_act(toks, p.start):
            # 'आरबीआई ने रेपो दर घटाने की घोषणा की': an announced act the lexicon does not code is coded by what it
            # is (in the annotated sets mostly no event: a rate cut, a declaration of independence), not as a
            # statement; one the lexicon codes is that act (_aspect_verb)
            return []
        if p.attributive:  # the noun the participle describes is the patient
            patient = units[bisect_left(starts, p.end)] if bisect_left(starts, p.end) < len(units) else None
            found = self._entity_of(state, sent, patient) if patient is not None and patient.start == p.end else None
            targets = [found] if found is not None and found is not actor else []
        after_subject = max(lo, actor_unit.end if actor_unit is not None else lo)
        if not p.pred.noun and len(p.pred.verb) == 1 and p.pred.code[:2] in _NEEDS_OBJECT and not targets \
                and p.pred.verb != ("मान",) and not any(
                t == "को" and toks[k + 1] != "लेकर" or t in _OBJECT_PRONOUNS  # ('X को लेकर': about X, no object)
                or any(" " in m and tuple(toks[k:k + 2]) == tuple(m.split()) for m in p.pred.targets)
                for k, t in enumerate(toks[:p.start]) if k >= after_subject):
            # 'भवन नहीं छोड़ेंगे' (leave, not release), 'रफ्तार पकड़ी': a bare verb's other senses (a compound has
            # none: 'वायुसेना ने 400 ड्रोन मार गिराए'); the object follows the subject ('लड़ाई को देखते हुए सेना ने
            # देश छोड़ दिया': no release); a postposition of its frame marks the sense too ('किसी भी दबाव के आगे नहीं
            # झुकेगा', with nobody named)
            return []
        if p.pred.noun in (("बाहर",), ("अलग",)) and p.pred.code == "160" and (
                actor.label == "PER" or not any(t.label == "ORG" for t in targets)):
            # a state or body leaving a bloc ('इकोवास से बाहर निकलने का ऐलान'); not leaving a room ('संसद से बाहर
            # निकले') nor a person leaving a party ('शिवसेना से अलग होकर')
            return []
        if p.pred.code == "174" and any(toks[k] in _PARTY_BODIES and toks[k + 1] == "से"
                                        for k in range(lo, p.start - 1)):
            return []  # 'मायावती ने भतीजे को पार्टी से निष्कासित कर दिया': a party's internal affair, no expulsion abroad
        if not p.pred.noun and p.pred.verb == ("छोड़",) and (any(
                u.end == p.start and u.marker is None and u.entity is not None and u.entity.label in ("LOC", "ORG")
                for u in region) or self._place_or_body_before(sent, p.start)):
            return []  # 'यूरोपीय संघ छोड़ने के बाद', 'देश छोड़ दिया': leaving a place or a bloc releases nobody
        if p.pred.code == "192" and (not targets or p.start >= 2 and toks[p.start - 1] == "पर") and any(
                toks[i + 1] == "पर" and toks[i] in _NOT_TERRITORY for i in range(lo, p.start - 1)):
            # 'भाजपा ने 300 सीटों पर कब्जा किया', 'सीनेट पर कब्जा', 'राजग ने तिरुवनंतपुरम नगर निगम पर कब्जा कर
            # लिया': seats, power and elected bodies are no territory
            return []
        if (p.pred.noun, p.pred.verb) in _ENTERING and not (actor.label == "NOM" and actor.role in ("MIL", "SPY")):
            return []  # 'इसराइली सेना गज़ा सिटी में दाखिल हो गई': only troops entering a place use force
        if p.pred.noun == ("जवाब",) and actor.label == "NOM" and actor.role in ("MIL", "SPY") and any(
                t in _RETURNED_FIRE for t in toks[lo:p.start]):
            # 'पाकिस्तानी सेना ने गोलीबारी की, जिसका भारतीय जवानों ने प्रभावी ढंग से जवाब दिया': troops answering an
            # attack fire back, at whoever attacked last (this or the sentence before)
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "190", "use conventional military force", ()))
            targets = targets or next(([ev.actor] for ev, root in reversed(state.acts) if ev.sentence >= ctx.si - 1
                                       and root in _FORCE_ROOTS and ev.actor is not actor), [])
        if (p.pred.noun, p.pred.verb) in _VERBAL_OR_ARMED:
            reading = _verbal_or_armed(p.pred.noun, actor, targets)
            if reading is None:
                return []
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, *reading, p.pred.targets))
        if not p.pred.noun and p.pred.verb == ("घेर",) and actor.label == "NOM":
            # 'राहुल गांधी ने सरकार को घेरा' criticises; armed men or police surrounding a place or people cordon it
            # off (191), protesters surrounding someone block them (144)
            reading = ("191", "impose blockade, restrict movement") if actor.role in _ARMED_SECTORS else (
                "144", "obstruct passage, block") if actor.role in _MARCHING_SECTORS else (p.pred.code, p.pred.label)
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, *reading, p.pred.targets))
        if p.pred.noun == ("कूच",) and actor.label == "PER" and any(w in state.text for w in _PROTEST_WORDS):
            # 'आरक्षण आंदोलन के नेता जरांगे ने कहा कि वे मुंबई कूच करेंगे': a person's march in a story of protest is
            # a protest march, not troops moving ('फिलिप ने शत्रुओं के खिलाफ कूच किया' stays 150)
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "141", "demonstrate or rally", p.pred.targets))
        if p.pred.noun == ("हवाले",):
            # 'हमास ने तीन इज़राइली बंधकों को रेड क्रॉस के हवाले किया': handing over hostages or prisoners releases
            # them (0841, to their side); handing over suspects to a state extradites them (063, to that state)
            freed = [e for u in region if u.marker == ("को",) and not u.possessor_of_next
                     for e in [self._entity_of(state, sent, u)]
                     if e is not None and e.label == "NOM" and e.role == "CVL" and e is not actor][:1]
            if freed:
                p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "0841", "release persons", p.pred.targets))
                targets = freed
        if p.pred.noun and noun_key(p.pred.noun[-1]) in _ADVICE_NOUNS and (
                shunned := self._shunned_country(state, ctx, p, lo)) is not None:
            # 'चीन ने अपने नागरिकों को जापान की यात्रा न करने की सलाह दी': a travel advisory against a country
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "160", "reduce relations", p.pred.targets))
            targets = [shunned]
        if not targets and p.passive and actor_unit is None and p.pred.code[:2] == "16":
            # a state's measure told in the passive after others ('भारत ने पाकिस्तान के साथ सिंधु जल संधि स्थगित कर दी।
            # ... अटारी की जांच चौकी बंद की जाएगी') is against the country its last such measure was
            targets = next((list(ev.targets) for ev, root in reversed(state.acts) if ev.actor is actor and root == "16"
                            and ev.targets and ev.sentence >= ctx.si - 2), [])
        if p.pred.verb == ("पूछ",) and p.pred.noun in ((), ("सवाल",)) and (
                p.end >= len(toks) or toks[p.end] != "कि" or p.passive or actor.role == "MED"
                or toks[p.verb] in ("पूछता", "पूछती", "पूछते") and toks[p.verb + 1] == "कि"):
            # 'अदालत ने रेलवे से पूछा कि ज़्यादा टिकट क्यों बेचे गए': a question put to someone in a कि-clause
            # challenges them (111), as the annotated sets code it; asking after someone's health ('हालचाल पूछा'),
            # being asked ('पूछे जाने पर'), a reporter's question ('पत्रकारों ने पूछा कि') or one only imagined ('तो
            # शायद मैं उनसे पूछता कि') is no act
            return []
        if p.pred.noun == ("साफ",) and (p.end >= len(toks) or toks[p.end] != "कि"):
            return []  # 'साफ़ किया कि ...' makes a statement; 'इलाके को साफ कर दिया' (cleared) is none
        if not p.pred.noun and p.pred.verb == ("डर",):
            feared = p.start - 2 if p.start >= 2 and toks[p.start - 1] == "से" else None
            if not p.negated or actor.label == "LOC" and actor.kind not in ("country", "territory") or (
                    feared is not None and not targets and toks[feared] not in _THREAT_NOUNS
                    and toks[feared] not in _PRESSURES):
                # 'लोग डर गए': fear is no act; nor is not fearing a thing ('चीन इंटरनेट से डरता नहीं है', 'जेल जाने
                # से नहीं डरता'); not fearing a threat, pressure or party is refusing to yield, below
                return []
            p = _with(p, negated=False)
            # ('राजद डरने वाला नहीं है', 'वह ऐसी धमकियों से डरने वाले नहीं हैं': of whoever last threatened or coerced)
            targets = targets or _pressed_by(state, actor, ("10", "11", "13", "16", "17"))
        if not targets and p.pred.code[:2] in ("10", "14") and actor.label in ("PER", "ORG") \
                and actor.country == "IND" and (
                    setting := _story_state(state, ctx.sent.tokens[p.start].start)) is not None:
            # 'बीजद ने पुलिस आयुक्तालय के सामने धरना दिया और दोषी पुलिसकर्मियों की गिरफ़्तारी की मांग की' in a story
            # set in one Indian state: a party's or politician's protest or demand with nobody named is addressed to
            # that state's government
            targets = [e for e in state.entities if e.label == "LOC" and e.kind == "state" and e.name_en == setting[0]
                       and e is not actor][:1] or [
                e for e in [self._document_country(state, self.state_ids.get(setting[0], ""))] if e is not None]
            # (a state only the dateline's city places the story in: 'चेन्नई, 28 दिसंबर. भाजपा ने प्रदर्शन किया')
        if not targets and p.pred.code in _EMERGENCY_MEASURES and actor.label in ("PER", "LOC", "NOM") and (
                country := actor.id if actor.kind in ("country", "territory") else actor.country):
            # 'राष्ट्रपति यून ने मार्शल लॉ लागू करने की घोषणा की': a leader's (or government's) state of emergency or
            # curfew is imposed on their own country
            targets = [e for e in [self._document_country(state, country)] if e is not None and e is not actor]
        backs = p.negated and p.pred.noun == ("पीछे",) and p.pred.verb == ("हट",)
        if backs and p.start >= 2 and toks[p.start - 1] == "से" and (
                toks[p.start - 2] == "कार्रवाई" or toks[p.start - 2].endswith("ने") and verb_stems(toks[p.start - 2])):
            # 'तुर्की सैन्य कार्रवाई से पीछे नहीं हटेगा', 'वेनेज़ुएला हथियार उठाने से पीछे नहीं हटेगा': not shrinking from
            # an act of force threatens it
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "138", self._code_labels["138"], p.pred.targets),
                      negated=False)
            targets = targets or _pressed_by(state, actor, ("10", "13", "16", "17", "18", "19"))
        elif backs or p.negated and not p.pred.noun and p.pred.verb == ("झुक",):
            # 'ब्राजील अमेरिकी दबाव के आगे नहीं झुकेगा', 'उनका देश पीछे नहीं हटेगा': not bowing to pressure (not
            # backing down) is an outright refusal to yield
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "124", "refuse to yield", p.pred.targets),
                      negated=False)
            # ('भारत किसी भी दबाव के आगे नहीं झुकेगा': the pressure of whoever last demanded, threatened or coerced it)
            targets = targets or _pressed_by(state, actor, ("10", "13", "16", "17"))
        if p.pred.code == "019" and p.pred.noun == ("सहमति",) and "पर" in toks[max(0, p.start - 2):p.start]:
            # 'चीन ने अमेरिकी सोयाबीन की ख़रीद फिर शुरू करने पर सहमति दी': agreeing to do something is an intent to
            # cooperate (030), not a mere accord given to someone ('विधेयक को सहमति दी')
            p = _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "030", self._code_labels["030"], p.pred.targets))
        if not targets and p.pred.code[:2] == "08" and p.pred.noun[:1] and p.pred.noun[0] in _ORDER_NOUNS \
                and not p.negated:
            # 'डीजीसीए ने एयर इंडिया को ... हटाने का आदेश दिया। एयर इंडिया ने कहा कि उसने आदेश का पालन कर दिया है':
            # complying with the order yields to whoever last ordered or demanded it of the actor
            targets = _pressed_by(state, actor, ("10",))
        summit = next((k for k in range(max(lo, p.start - 3), p.end) if toks[k] == "सम्मेलन"), None)
        if not targets and summit is not None and p.pred.code[:2] == "04":
            # 'सीरिया के राष्ट्रपति असद यहां हुए अरब लीग के शिखर सम्मेलन में शामिल हुए' (a story filed from Jeddah),
            # 'जापान के हिरोशिमा में हुए शिखर सम्मेलन में हिस्सा लिया': attending a summit meets its host country, the
            # country of the place it is held in (not one's own)
            held = next((e for u in reversed(region) if u.start < summit and u.marker == ("में",)
                         and not u.possessor_of_next for e in [self._entity_of(state, sent, u)]
                         if e is not None and e.label == "LOC"), None)
            code = _country_of(held) if held is not None else state.opening_country if "यहां" in toks[lo:summit] \
                else None
            home = _country_of(actor)
            targets = [e for e in [self._document_country(state, code)] if e is not None and code != home] \
                if code else []
        if p.pred.code[:2] == "13" and actor.label in ("PER", "NOM") and actor.country:
            # 'अराघची ने चेतावनी दी कि ईरान इसका जवाब देगा': one's own country is no target of one's threat
            targets = [t for t in targets
                       if not (t.kind in ("country", "territory") and _country_of(t) == actor.country)]
        s, e, date = _span_and_date(ctx, p, lo)
        if date is None and actor is prev_actor and earlier and earlier[-1].sentence == ctx.si:
            date = earlier[-1].date  # verbs sharing a subject share its time adverb
        made = [
            Event(who, state.text[s:e], *_by_actor_type(p.pred.code, p.pred.label, who, mine, p.pred.noun),
                  mine, ctx.si, s, e, p.negated, date, p.tense,
                  "alleged" if p.alleged else "attempted" if p.attempted else None)
            for who in [*co_actors, actor] for mine in [tuple(t for t in targets if t is not who)]
        ]
        if p.pred.code == "010" and not p.passive:
            # 'सिन्हुआ ने क्रेमलिन के हवाले से कहा': the cited source makes the statement too
            made += [Event(src, state.text[s:e], p.pred.code, p.pred.label, (), ctx.si, s, e, p.negated, date,
                           p.tense)
                     for u in _cited(region) for src in [self._entity_of(state, sent, u)]
                     if src is not None and src is not actor and src not in co_actors and self._can_act(src)]
        return made

    def _place_or_body_before(self, sent: Sentence, i: int) -> bool:
        """Do the one to three words before token ``i`` spell a place or organisation the gazetteer lists (a name NER
        may have missed: 'यूरोपीय संघ छोड़ने')?"""
        if self.linker is None:
            return False
        for n in (3, 2, 1):
            words = [t.norm for t in sent.tokens[max(0, i - n):i]]
            if len(words) == n and " ".join(words) in self.linker.index.exact:
                recs, _ = self.linker.index.lookup(words)
                if recs and all(r.label in ("LOC", "ORG") for r in recs):
                    return True
        return False

    def _shunned_country(self, state: _State, ctx: "_SentenceContext", p: _Pred, lo: int) -> Entity | None:
        """The country an advice tells people not to travel to, in ``p``'s clause: 'जापान की यात्रा न करने की सलाह',
        'सलाह दी कि वे ईरान की यात्रा से बचें', 'इसराइल न जाने की हिदायत'; else None."""
        toks = ctx.toks
        end = next((k for k in range(p.end, len(toks)) if toks[k] in ("।", ".", "?", "!", ";")), len(toks))
        for k in range(lo, end - 1):
            word, nxt = toks[k], toks[k + 1]
            if word == "यात्रा" and (nxt in ("न", "नहीं") or nxt.startswith("टाल")
                                     or nxt == "से" and k + 2 < end and toks[k + 2].startswith("बच")):
                # (the genitive chain may have lent the unit the marker after यात्रा)
                unit = next((u for u in ctx.units if u.end == k - 1 and toks[k - 1] in _GENITIVE_WORDS), None)
            elif word in ("न", "नहीं") and nxt in ("जाने", "जाएं", "जाए"):
                unit = next((u for u in ctx.units if u.marker is None and u.end == k), None)  # 'इसराइल न जाने'
            else:
                continue
            found = self._entity_of(state, ctx.sent, unit) if unit is not None else None
            if found is not None and found.kind in ("country", "territory"):
                return found
        return None

    def _first_other(self, state: _State, sent: Sentence, units: list[_Unit], actor: Entity) -> list[Entity]:
        """The entity of the first of ``units`` that is someone other than ``actor`` (a list of at most one)."""
        return [e for u in units for e in [self._entity_of(state, sent, u)] if e is not None and e is not actor][:1]

    def _sources(self, state: _State, ctx: "_SentenceContext", p: _Pred) -> list[Entity]:
        """Who ``p``'s sentence cites for it: a source with के मुताबिक / के अनुसार before it ('रूसी विदेश मंत्रालय (की
        वेबसाइट) के मुताबिक ... घोषित कर दिया गया है'), or one that gives the news after it, at the sentence's end
        ('..., यह जानकारी पुलिस ने दी', '..., पुलिस ने यह जानकारी दी', '..., अधिकारियों ने बताया')."""
        toks = ctx.toks
        found: list[Entity] = []
        for u in ctx.units:
            if u.start >= p.start:
                break
            end = u.marker_end
            if u.marker in _GENITIVE and end < p.start and toks[end] in _DOCUMENTS:
                end += 1  # (its website, report or statement)
            if tuple(toks[end - 2:end]) not in _SOURCE_MARKERS and not (
                    u.marker in _SOURCE_MARKERS and end == u.marker_end):
                continue
            who = self._entity_of(state, ctx.sent, u)
            if who is not None:
                found.append(who)
        comma = next((k for k in range(p.end, len(toks)) if toks[k] == ","), None)
        if comma is not None:
            tail = [t for t in toks[comma + 1:] if t not in _CLAUSE_END]
            u = next((u for u in ctx.units if u.start > comma and u.marker == ("ने",)), None)
            if u is not None and tail and (tail[-1] == "बताया" or tail[-1] in ("दी", "है") and "जानकारी" in tail) \
                    and len(tail) <= u.marker_end - comma + 6:
                who = self._entity_of(state, ctx.sent, u)
                if who is not None:
                    found.append(who)
        return found

    def _state_of(self, state: _State, who: Entity) -> Entity | None:
        """The country ``who`` speaks for: itself, or the country of its government, a state organ (a ministry, a
        department, an embassy) or one of its officials; None for anyone else."""
        if who.kind in ("country", "territory"):
            return who
        organ = _state_organ(who)
        if who.label == "PER" and not who.country and who.role in self._state_roles:
            # 'गृह मंत्री मोहसिन नक़वी के मुताबिक़', a minister of no known country: the story's country's
            code = state.only_country or state.opening_country
            return self._document_country(state, code) if code else None
        if (who.label == "NOM" and who.role == "GOV" or who.label in ("ORG", "PER") and who.role or organ) \
                and who.country:
            return self._document_country(state, who.country)
        return None

    def _announcing_state(self, state: _State, ctx: "_SentenceContext", p: _Pred, earlier: list[Event]
                          ) -> Entity | None:
        """The country of the speaker whose statement's कि-clause holds the agentless passive ``p``, when the
        speaker is that state's (its government, a ministry or body of it, or one of its officials)."""
        speech = _reporting(ctx, earlier, p)
        return self._state_of(state, speech.actor) if speech is not None else None

    def _announced_before(self, state: _State, ctx: "_SentenceContext") -> Entity | None:
        """The state whose announcement or decision the sentence before told, when this sentence names no speaker of
        its own: the measures it then lists in the passive are that state's ('भारत ने पाकिस्तान के खिलाफ कई कदमों
        का एलान किया। अटारी की जांच चौकी बंद की जाएगी')."""
        if any(u.marker == ("ने",) or u.marker in _AGENT for u in ctx.units):
            return None
        for ev, _ in reversed(state.acts):
            if ev.sentence < ctx.si - 1:
                break
            if ev.sentence == ctx.si - 1 and ev.code == "010" and not ev.negated \
                    and any(w in _ANNOUNCED for w in fold_tokens(ev.action)):
                return self._state_of(state, ev.actor)
        return None

    @staticmethod
    def _demanded_of(state: _State, actor: Entity) -> bool:
        """Has an earlier event of the document demanded, protested or criticised against ``actor`` or the
        government of its country (roots 10, 11, 14)?"""
        return any(root in ("10", "11", "14") and any(
            t is actor or t.label == "NOM" and t.role == "GOV" and t.country is not None and t.country == actor.country
            for t in ev.targets) for ev, root in state.acts)

    def _received(self, state: _State, ctx: "_SentenceContext", p: _Pred, lo: int) -> list[Event]:
        """'X को Y से N मिला/मिली': Y gives N to X, coded as N's giving predicate (जमानत दे → 0841, मदद दे → 070),
        when N is right before the verb and both parties are named; otherwise no event."""
        toks, units, starts = ctx.toks, ctx.units, ctx.starts
        given = self.lexicon.by_noun(toks[p.start - 1]) if p.start > lo else None
        if given is None or given.verb not in (("दे",), ("भेज",)) and given.code[:2] not in ("05", "06", "07", "08"):
            return []  # (a giving, or the cooperation, aid or concession a noun names: मदद कर → 070)
        region = [u for u in units[bisect_left(starts, lo):bisect_left(starts, p.start)] if not u.possessor_of_next]
        giver = next((e for u in reversed(region) if u.marker == ("से",)
                      for e in [self._entity_of(state, ctx.sent, u)] if e is not None and self._can_act(e)), None)
        recipient = next((e for u in region if u.marker == ("को",)
                          for e in [self._entity_of(state, ctx.sent, u)] if e is not None and e is not giver), None)
        if giver is None or recipient is None:
            return []
        got = _with(p, start=p.start - 1, pred=Predicate(given.noun, p.pred.verb, given.code, given.label, ("को",)))
        s, e, date = _span_and_date(ctx, got, lo)
        return [Event(giver, state.text[s:e], *_by_actor_type(given.code, given.label, giver, (recipient,)),
                      (recipient,), ctx.si, s, e, p.negated, date, p.tense)]

    def _side_of(self, state: _State, e: Entity) -> Entity:
        """The country a country's organ or group stands for (a nominal with a country), else ``e``."""
        if e.label == "NOM" and e.country:
            return self._document_country(state, e.country) or e
        return e

    def _shot_down(self, state: _State, ctx: "_SentenceContext",
                   earlier: list[Event]) -> tuple[Entity, Entity] | None:
        """(defender, attacker) of the last attack with a target in this sentence or the two before: the country
        struck (a city's country: 'कीव पर हमला' → Ukraine) and the attacker; None when there is none."""
        told = [*reversed([ev for ev in earlier if ev.sentence == ctx.si]),
                *(ev for ev, _ in reversed(state.acts) if ev.sentence >= ctx.si - 2)]
        for ev in told:
            if ev.root not in ("18", "19", "20") or not ev.targets or ev.actor is None:
                continue
            hit = ev.targets[0]
            code = _country_of(hit) if hit.label in ("LOC", "NOM") else None
            defender = self._document_country(state, code) if code and hit.kind not in ("country", "territory") \
                else hit if code else None
            if defender is not None and _country_of(defender) != _country_of(ev.actor):
                return defender, ev.actor
            return None
        return None

    def _welcomed(self, state: _State, ctx: "_SentenceContext", p: _Pred, lo: int) -> Entity | None:
        """The person whose welcome ``p`` (स्वागत; अगवानी, a reception, with की) tells: named with का right before it,
        one manner word before, a place (and a time) between, or a host named between ('मोदी का औपचारिक स्वागत',
        'राष्ट्रपति का भव्य स्वागत', 'पुतिन का बीजिंग में स्वागत', 'मोदी की हवाई अड्डे पर मुइज़्ज़ू ने अगवानी की');
        None for anything else ('फैसले का स्वागत')."""
        k = p.start - 1
        of = "की" if p.pred.noun == ("अगवानी",) else "का"  # ('मोदी की हवाई अड्डे पर अगवानी की')
        if k > lo + 1 and ctx.toks[k] == "से" and ctx.toks[k - 1] in _WELCOME_MANNER:
            k -= 2  # 'मोदी का गर्मजोशी से स्वागत किया'
        elif k > lo and ctx.toks[k] in _WELCOME_MANNER:
            k -= 1
        if k > lo and ctx.toks[k] in ("खुद", "स्वयं"):
            k -= 1
        if k > lo and ctx.toks[k] == "ने":
            # the host named in between: 'मोदी की हवाई अड्डे पर राष्ट्रपति मुइज़्ज़ू ने ख़ुद अगवानी की'
            host = next((u for u in ctx.units if u.marker == ("ने",) and u.marker_end == k + 1), None)
            if host is None:
                return None
            k = host.start - 1
            for _ in range(3):  # (past its title: 'राष्ट्रपति')
                if k <= lo or ctx.toks[k] in ("में", "पर", of) or ctx.toks[k] in _CLAUSE_END:
                    break
                k -= 1
        if k - 1 > lo and ctx.toks[k] in ("में", "पर") and ctx.toks[k - 1] != of:
            # 'पुतिन का बीजिंग में स्वागत किया', 'मोदी का हवाई अड्डे पर स्वागत किया': where (and when: 'मोदी का
            # शनिवार को यहां के इंडिपेंडेंस स्क्वायर पर'), between guest and welcome
            k = next((j for j in range(k - 1, max(lo, k - 9), -1) if ctx.toks[j] == of
                      or ctx.toks[j] in _CLAUSE_END), k)
        if k <= lo or ctx.toks[k] != of:
            return None
        # (its marker may have become the place's: 'मोदी का हवाई अड्डे पर')
        who = next((u for u in ctx.units if u.end == k and not u.pronoun), None)
        e = self._entity_of(state, ctx.sent, who) if who is not None else None
        return e if e is not None and e.label == "PER" else None

    def _accused(self, state: _State, ctx: "_SentenceContext", p: _Pred, actor: Entity) -> list[Entity]:
        """The subject of the कि-clause right after an accusation (आरोप लगाया कि भारत ने ..., का आरोप है कि भाजपा
        ...): the first participant after कि that is marked with ने or unmarked, with those coordinated with it
        ('आरोप लगाया कि भाजपा और चुनाव आयोग मिलकर वोट चोरी कर रहे हैं')."""
        toks = ctx.toks
        k = next((j for j in range(p.end, min(p.end + 2, len(toks))) if toks[j] == "कि"), None)
        if k is None:
            return []
        after = ctx.units[bisect_left(ctx.starts, k):]
        first = k + 1  # where the clause's first noun stands, after any place it opens with
        for n, u in enumerate(after):
            if u.start == first and u.marker == ("में",) and u.marker_end > 0 and (
                    u.locative_before is not None or u.entity is not None and u.entity.label == "LOC"):
                # 'आरोप लगाया कि दक्षिण चीन सागर में चीनी तटरक्षक बल के एक जहाज़ ने ...': where it happened
                first = u.marker_end
                continue
            if u.start == first and not u.pronoun and not u.group and (
                    u.marker in _GENITIVE or u.end < len(toks) and toks[u.end] in _GENITIVE_WORDS
                    and _marker_at(toks, u.end) in (None, *_GENITIVE)):  # (not 'दोनों देशों के बीच')
                # 'आरोप लगाया कि भारत सरकार के एजेंट ... शामिल रहे हैं': the owner of the clause's first noun
                e = self._entity_of(state, ctx.sent, u)
                return [e] if e is not None and e is not actor and (e.label != "NOM" or e.country) else []
            if u.possessor_of_next or u.pronoun or u.anaphor or u.locative_before is not None:
                continue
            if u.marker not in (None, ("ने",)):
                break  # the clause starts with an object or an adjunct: no clear subject
            accused = [self._entity_of(state, ctx.sent, u)]
            prev = u
            for v in after[n + 1:] if u.marker is None else ():  # ('भाजपा और चुनाव आयोग': an unmarked first one)
                if v.start != prev.end + 1 or toks[prev.end] not in _COORD or v.marker not in (None, ("ने",)) \
                        or v.possessor_of_next:
                    break
                accused.append(self._entity_of(state, ctx.sent, v))
                prev = v
            return [e for e in dict.fromkeys(accused) if e is not None and e is not actor]
        # with no named subject, whoever it says the wrong was done at the behest of ('आरोप लगाया कि केंद्रीय
        # एजेंसियां भाजपा के इशारे पर काम कर रही हैं')
        end = next((j for j in range(k + 1, len(toks)) if toks[j] in _CLAUSE_END), len(toks))
        behest = next((u for u in after if u.end + 3 <= end and toks[u.end:u.end + 3] == ["के", "इशारे", "पर"]
                       and not u.pronoun), None)
        e = self._entity_of(state, ctx.sent, behest) if behest is not None else None
        return [e] if e is not None and e is not actor and not _same_side(actor, e) and e.label != "NOM" else []

    def _label_owners(self, state: _State, sent: Sentence, units: list[_Unit], toks: list[str], p: _Pred, lo: int,
                      actor: Entity) -> list[Entity]:
        """Whose a label is, named in the genitive right before it ('मोदी और शाह की 'बदले की राजनीति'', 'भाजपा की
        राजनीतिक साज़िश'), with those listed with them: people, organisations and countries not of the actor's side."""
        owner = next((u for u in units if u.end == p.start - 1 and toks[u.end] in _GENITIVE_WORDS
                      and u.start > lo and not u.possessor_of_next), None)
        if owner is None:
            return []
        return [e for u in units if u is owner or _chains_to(u, owner)
                for e in [self._entity_of(state, sent, u)] if e is not None and e is not actor
                and not _same_side(actor, e) and not _same_side(e, actor)
                and (e.label in ("PER", "ORG") or e.kind in ("country", "territory"))]

    def _threatened(self, state: _State, ctx: "_SentenceContext", p: _Pred, actor: Entity) -> Entity | None:
        """Whom a threat or warning (or a promise) with no target of its own is made against (or to): the first named
        party of the कि-clause right after it that is not on the actor's side, as subject, object or with पर / के
        खिलाफ / से ('ट्रंप ने धमकी दी कि व्यापार वार्ता में स्पेन को कीमत चुकानी पड़ेगी', 'ईरान ने चेतावनी दी कि अगर
        इसराइल ने हमला किया तो ...'). Places where something happens (में) are not threatened."""
        k = next((j for j in range(p.end, min(p.end + 2, len(ctx.toks))) if ctx.toks[j] == "कि"), None)
        if k is None:
            return None
        own = self._state_of(state, actor)
        # (nor a leader's own country: 'पुतिन ने भरोसा दिलाया कि रूस भारत को ...')
        homes = (_country_of(own) if own is not None else None, actor.country if actor.label == "PER" else None)
        units = ctx.units[bisect_left(ctx.starts, k):]
        # ('... हथियार खरीदने पर रूस पर और प्रतिबंध लगाए जाएंगे': the party the sanctions or the action fall on comes
        # first, before the party of the condition)
        units = sorted(units, key=lambda u: not (u.marker == ("पर",) and any(
            noun_key(t) in _RETALIATION_KEYS for t in ctx.toks[u.marker_end:u.marker_end + 3])))
        for u in units:
            if u.possessor_of_next or u.pronoun or u.anaphor or u.locative_before is not None or u.marker not in (
                    None, ("ने",), ("को",), ("पर",), ("के", "खिलाफ"), ("से",), *_AGENT):
                continue
            e = self._entity_of(state, ctx.sent, u)
            # (nor the state the speaker speaks for: 'विदेश मंत्री सिकोर्स्की ने चेतावनी दी कि ... तो पोलैंड और सख्त कदम
            # उठाएगा')
            if e is not None and not _same_side(e, actor) and not _same_side(actor, e) and self._can_act(e) \
                    and not (e.kind in ("country", "territory") and _country_of(e) in homes):
                return e
        return self._attackers_named(state, ctx, k)

    def _provoker(self, state: _State, ctx: "_SentenceContext", lo: int, p: _Pred, actor: Entity) -> Entity | None:
        """'चीन द्वारा नियंत्रणों का दायरा बढ़ाए जाने पर ट्रंप ने शुल्क लगाने की धमकी दी': a threat made on another's
        act (a verbal noun with पर earlier in the clause), or criticism of a decision or step, is against that act's
        agent (द्वारा, की ओर से)."""
        toks = ctx.toks
        j = next((j for j in range(p.start - 1, lo, -1) if toks[j] == "पर" and toks[j - 1].endswith("ने")
                  and verb_stems(toks[j - 1])), None)
        if j is None and p.pred.code[:2] in ("11", "12") and any(t in _EVALUATED_NOUNS for t in toks[lo:p.start]):
            # 'टुस्क ने जर्मनी द्वारा शरण चाहने वालों को लौटाने के फैसले पर आपत्ति जताई': an objection to a decision
            # (a step, an act) is against whom it names as its agent (after the subject: 'सरकार की ओर से मामला लड़ने
            # वाले वकील ने' acts on its behalf)
            j = p.start
            lo = max([lo, *(k for k in range(lo, p.start) if toks[k] == "ने")])
        if j is None:
            return None
        for u in ctx.units[bisect_left(ctx.starts, lo):bisect_left(ctx.starts, j)]:
            e = self._entity_of(state, ctx.sent, u) if u.marker in _AGENT and not u.possessor_of_next else None
            if e is not None and not _same_side(e, actor) and not _same_side(actor, e) and self._can_act(e):
                return e
        return None

    def _responded_to(self, state: _State, ctx: "_SentenceContext", lo: int, p: _Pred,
                      actor: Entity) -> Entity | None:
        """Whose act ``p`` responds to, when the clause says so ('अमेरिकी शुल्कों के जवाब में', 'भारत की कार्रवाई की
        प्रतिक्रिया में', 'पाकिस्तान द्वारा किए गए हमले के जवाब में'): the party named or the demonym in the few words
        before, not of the actor's side."""
        toks = ctx.toks
        j = next((j for j in range(lo, p.start - 2) if tuple(toks[j:j + 3]) in _IN_RESPONSE
                  and (toks[j + 1] != "विरोध" or p.pred.code[:2] == "14")), None)
        if j is None:
            return None
        found = self._party_before(state, ctx, lo, j, actor)  # (not of the actor's side)
        if found is None and toks[j + 1] == "विरोध" and j > lo and noun_key(toks[j - 1]) in _LEGAL_ACTION_KEYS:
            # 'गिरफ्तारी के विरोध में': against who arrested (however far back the arrest was told)
            stem = toks[j - 1][:-1] if toks[j - 1].endswith("ी") else "\0"
            found = next((ev.actor for ev, root in reversed(state.acts) if root == "17" and stem in ev.action),
                         None) or self._last_legal_action(state, ctx.si - 2)
            if found is not None and (_same_side(found, actor) or _same_side(actor, found) or not self._can_act(found)):
                found = None
        return found

    def _party_before(self, state: _State, ctx: "_SentenceContext", lo: int, j: int, actor: Entity) -> Entity | None:
        """The party named (or the country of the demonym) in the few words before token ``j`` of the clause that
        starts at ``lo`` ('अमेरिकी शुल्कों | के जवाब में', 'भारत की त्वरित | मदद के लिए'), not of ``actor``'s side."""
        toks = ctx.toks
        k = j
        while k > lo and j - k < 6 and toks[k - 1] not in _CLAUSE_END and toks[k - 1] != "ने":
            k -= 1
        found: Entity | None = None
        for u in ctx.units[bisect_left(ctx.starts, k):bisect_left(ctx.starts, j)]:
            found = self._entity_of(state, ctx.sent, u) or found  # (a genitive chain lends its में: 'भारत की ...')
        if found is None and self.linker is not None:
            for i in range(k, j):
                if i not in ctx.covered and (code := self.linker.index.demonym_country(toks[i])) is not None:
                    found = self._country_entity(state, code, ctx.sent, i)
        if found is None or _same_side(found, actor) or _same_side(actor, found) or not self._can_act(found):
            return None
        return found

    def _attackers_named(self, state: _State, ctx: "_SentenceContext", start: int) -> Entity | None:
        """'... कि इजराइल पर मिसाइल दागने वालों को इसकी कीमत चुकानी होगी': those who attacked X, named by what they
        did after ``start``, are the last attacker of X the story told (roots 18-20)."""
        toks = ctx.toks
        j = next((j for j in range(start + 2, len(toks) - 1) if toks[j] in ("वालों", "वाले")
                  and toks[j - 1].endswith("ने") and toks[j + 1] in ("को", "पर", "के", "से")), None)
        if j is None:
            return None
        victim = next((u for u in ctx.units if start < u.start and u.end < j and u.marker == ("पर",)
                       and not u.possessor_of_next), None)
        hit = self._entity_of(state, ctx.sent, victim) if victim is not None else None
        if hit is None:
            return None
        return next((ev.actor for ev, root in reversed(state.acts) if root in _FORCE_ROOTS and ev.actor is not hit
                     and any(t is hit or _same_side(t, hit) for t in ev.targets)), None)

    def _own_consequence(self, state: _State, ctx: "_SentenceContext", p: _Pred, actor: Entity) -> bool:
        """Does a condition after the predicate have the actor (or a pronoun, or its side) as the subject of its
        consequence ('चेतावनी दी कि संशोधन वापस न लिया गया तो वह सड़कों पर उतरेगी'; not 'अगर बारिश जारी रही तो नदियां
        उफान पर आ जाएंगी')?"""
        for a, b in _conditional_clauses(ctx.toks):
            if a < p.end - 1 or b >= len(ctx.toks):
                continue
            end = next((k for k in range(b + 1, len(ctx.toks)) if ctx.toks[k] in _CLAUSE_END), len(ctx.toks))
            for u in ctx.units[bisect_left(ctx.starts, b + 1):]:
                if u.start >= end:
                    break
                if u.marker in (None, ("ने",)) and not u.possessor_of_next and (u.pronoun or (
                        (e := self._entity_of(state, ctx.sent, u)) is not None
                        and (e is actor or self._on_side_of(actor, e)))):
                    return True
        return False

    def _sides(self, state: _State, pair: Sequence[Entity], countries: Sequence[str | None]) -> list[Entity]:
        """The two parties of ``pair`` as the countries ``countries`` gives for them (a party that is its country
        stays itself), when both are known and differ; else none."""
        if not all(countries) or countries[0] == countries[1]:
            return []
        sides = [e if e.id == c else self._document_country(state, c or "") for e, c in zip(pair, countries)]
        return [x for x in sides if x is not None] if None not in sides else []

    def _state_where(self, state: _State, ctx: "_SentenceContext", p: _Pred) -> Entity | None:
        """'इस्तांबुल। ... प्रदर्शन हुए। 1,100 से अधिक लोगों को हिरासत में लिया गया है': who made an arrest (or a
        release) told with no agent, not reported in speech: the state where the story happens, its dateline's or its
        one country's whose cities or regions it names (in India, the state it named last); a country named only as
        someone's nationality is not where it happens. None for a denied or future act."""
        toks = ctx.toks
        if p.negated or p.tense == "future" or (where := state.only_country) is None \
                or not (state.opening_country == where or _names_places_in(state.entities, where)) \
                or any(t == "कि" or t in _QUOTE_MARKS for t in toks[:p.start]):
            return None
        return self._regional_state(state, ctx.sent.tokens[p.start].start) \
            if where == "IND" else self._document_country(state, where)

    def _filed_abroad(self, state: _State, actor: Entity) -> list[Entity]:
        """The country the story is filed from (its dateline's), as the one target, when that is not ``actor``'s own;
        else none."""
        code = state.opening_country
        found = self._document_country(state, code) if code is not None and code != _country_of(actor) else None
        return [found] if found is not None else []

    def _is_force(self, e: Entity) -> bool:
        """Is ``e`` police, armed forces or an intelligence agency: a NOM of those sectors or a force the gazetteer
        names ('Special Task Force', 'Border Security Force')?"""
        return e.label == "NOM" and e.role in _FORCE_SECTORS or e.id in self._force_ids

    @staticmethod
    def _last_legal_action(state: _State, since: int) -> Entity | None:
        """The actor of the last legal or coercive action (root 17) told since sentence ``since``."""
        return next((ev.actor for ev, root in reversed(state.acts) if root == "17" and ev.sentence >= since
                     and ev.actor is not None), None)

    def _on_side_of(self, actor: Entity, t: Entity) -> bool:
        """Is ``t`` ``actor`` or of its side: its country or a body, force or official of it; or, for a capital
        standing for its government ('बीजिंग ने पलटवार करते हुए', 'तेहरान पर आरोप लगाया'), the capital's country (either
        way round)?"""
        return _same_side(t, actor) or _same_side(actor, t) \
            or self.capitals.get(actor.id or "") == (t.id or t.country) \
            or self.capitals.get(t.id or "") == (actor.id or actor.country)

    def _disapproved_alike(self, state: _State, ctx: "_SentenceContext", actor: Entity, actor_unit: "_Unit | None",
                           earlier: list[Event]) -> list[Entity]:
        """Whom a disapproval with nothing named is aimed at when its subject says 'also' ('यूक्रेन के विदेश मंत्रालय
        ने भी नाराज़गी जताई': at whom the last criticism by another, in this or the two sentences before, was aimed), or
        when the actor's own act before it in the sentence named someone ('उच्चायुक्त को तलब किया और कड़ा एतराज़
        जताया': the same one)."""
        toks = ctx.toks
        if actor_unit is not None and actor_unit.marker_end < len(toks) and toks[actor_unit.marker_end] == "भी":
            return next((list(ev.targets) for ev, root in reversed(state.acts) if ev.sentence >= ctx.si - 2
                         and root == "11" and ev.actor is not actor and ev.targets and actor not in ev.targets), [])
        before = next((ev.targets for ev in reversed(earlier) if ev.sentence == ctx.si and ev.actor is actor
                       and ev.root in ("11", "12", "16") and ev.targets), ())
        # (an envoy summoned stands for the country whose envoy he is: the objection is to that country)
        found: list[Entity] = []
        for t in before:
            country = self._document_country(state, t.country) if t.label == "PER" and t.country else None
            found.append(country or t)
        return list(dict.fromkeys(found))

    def _agent_of_protested(self, state: _State, ctx: "_SentenceContext", region: list[_Unit], lo: int, p: _Pred,
                            actor: Entity) -> Entity | None:
        """What a protest or criticism is against when that is an act told as a clause ('ईडी द्वारा सोनिया गांधी के
        खिलाफ आरोप पत्र दाखिल किए जाने के विरोध में कार्यकर्ताओं ने प्रदर्शन किया'): the clause's agent (द्वारा), not
        the participants inside it; None when no such clause or agent."""
        toks = ctx.toks

        def about(j: int) -> bool:  # 'के खिलाफ', 'के विरोध में', 'पर', 'को लेकर' after an infinitive
            return toks[j + 1] == "के" and (toks[j + 2] in ("खिलाफ", "विरुद्ध") or toks[j + 2:j + 4] == ["विरोध", "में"]) \
                or toks[j + 1] == "पर" or toks[j + 1:j + 3] == ["को", "लेकर"]

        # (or of an attempt: 'बीएसएफ द्वारा बाड़ लगाने की कोशिशों पर गहरी चिंता जताई'; or of a thing done, named by
        # its participle: 'अमेरिका द्वारा चीनी सामानों पर लगाए गए अतिरिक्त शुल्क के खिलाफ शिकायत दर्ज कराई')
        done = next((j for j in range(p.start - 2, lo, -1) if toks[j] in _PARTICIPLE_PASSIVE), None)
        against = next((j for j in range(p.start - 2, lo, -1) if toks[j].endswith("ने") and len(toks[j]) > 2 and (
            about(j) or toks[j + 1] == "की" and toks[j + 2] in _ATTEMPTS and j + 3 < p.start and about(j + 2))
            or done is not None and done < j <= done + 5 and toks[j + 1] == "के" and toks[j + 2] in ("खिलाफ", "विरुद्ध")
            and not any(t in _CLAUSE_END or _marker_at(toks, k) is not None for k, t in enumerate(toks[done + 1:j + 1],
                                                                                                start=done + 1))),
                       None)
        if against is None:
            return None
        agent = next((u for u in region if u.marker in _AGENT and u.end <= against and not u.possessor_of_next
                      and not any(t in _CLAUSE_END and t not in _COORD and t not in ("(", ")")
                                  for t in toks[u.end:against])), None)
        found = self._entity_of(state, ctx.sent, agent) if agent is not None else None
        return found if found is not None and found is not actor else None

    def _attacker(self, state: _State, ctx: "_SentenceContext", p: _Pred, lo: int, actor: Entity) -> list[Entity]:
        """The target of a condemnation or evaluation (11x) that has none of its own: the attacker of an attack named
        inside it ('इसराइली हमले में हुई ... मौत को हमास ने युद्ध अपराध करार दिया') or referred to by a demonstrative
        ('इस हमले की निंदा की': the last attack of the document, in this or the three sentences before); the actor of
        a decision referred to so ('इस फैसले की निंदा की': the last event that was neither talk, praise, appeal,
        criticism nor threat). A bare attack or decision noun as the predicate's own object ('हमले की निंदा की',
        'फैसले का स्वागत किया') refers back the same way. Also for praise (051) and rejections (12)."""
        blames = p.pred.code[:2] == "11"
        # (nor an act the actor shares: 'अन्नामलाई और पार्टी कार्यकर्ताओं ने काले झंडे दिखाए और इसे नाटक करार दिया')
        shared = {(ev.sentence, ev.start) for ev, _ in state.acts if ev.actor is actor}
        # (a state's official or organ: its own state, or its capital, is not what it condemns)
        official = actor.label == "PER" and actor.role in self._state_roles or actor.label == "NOM" \
            and actor.role == "GOV" or _state_organ(actor)

        def last(since: int, roots: tuple[str, ...], start: int = -1, skip: tuple[str, ...] = ()) -> list[Entity]:
            """The actor of the last act (not ``actor``'s) of one of ``roots`` since sentence ``since``. One
            condemns the other side: not the acts of one's own country's forces ('रूस ने ड्रोन दागे। यूक्रेनी वायुसेना
            ने उन्हें मार गिराया। ज़ेलेंस्की ने इस हमले की निंदा की'), nor, for a state's official, its own state's ('तीनों
            देशों ने आरोप लगाया कि तेहरान ... उल्लंघन कर रहा है। ईरानी विदेश मंत्री ने इस कदम को अनुचित बताया').
            Co-actors of that act are all its actors ('अमेरिका और ब्रिटेन ने हवाई हमले किए। ईरान ने इन हमलों की निंदा
            की')."""
            acts = [ev for ev, root in reversed(state.acts) if ev.sentence >= since and ev.start >= start
                    and ev.actor is not actor and root in roots and ev.code != "124"  # (refusing to yield: no step)
                    and not ev.code.startswith(skip) and (ev.sentence, ev.start) not in shared
                    and (ev.sentence, ev.start) not in state.defences
                    and not (blames and (_own_forces(actor, ev.actor) or official and ev.actor.label == "LOC"
                                         and _country_of(ev.actor) == _country_of(actor)))]
            return list(dict.fromkeys(ev.actor for ev in reversed(acts) if acts[0].root == ev.root
                                      and (ev.sentence, ev.start) == (acts[0].sentence, acts[0].start)))

        if p.pred.noun in _COUNTERS:
            # 'पलटवार करते हुए कहा': a counter answers the last hostile act against the actor ('ट्रंप ने चीनी सामान पर
            # टैरिफ थोप दिया। बीजिंग ने पलटवार करते हुए ...'), else the last criticism or threat
            against = [ev.actor for ev, root in reversed(state.acts) if ev.sentence >= ctx.si - 2
                       and ev.actor is not actor and "11" <= root <= "20"
                       and any(self._on_side_of(actor, t) for t in ev.targets)][:1]
            # (else the story's hostile act against the actor told earlier, in its lead: 'पोलैंड ने रूस के
            # दूतावास को बंद करने का आदेश दिया ... पेस्कोव ने कहा कि मॉस्को इसका जवाब देगा')
            return against or last(ctx.si - 2, ("11", "12", "13")) or [
                ev.actor for ev, root in reversed(state.acts) if ev.actor is not actor and "13" <= root <= "20"
                and any(self._on_side_of(actor, t) for t in ev.targets)][:1]
        inside = last(ctx.si, _FORCE_ROOTS, ctx.sent.tokens[lo].start if lo < len(ctx.sent.tokens) else ctx.sent.start)
        if inside:
            return inside
        # 'राज्यपाल आर एन रवि द्वारा विधेयकों को मंजूरी रोके रखने को अवैध बताया': the agent of the act evaluated
        agent = [e for u in ctx.units if lo <= u.start < p.start and u.marker == ("द्वारा",) and not u.possessor_of_next
                 for e in [self._entity_of(state, ctx.sent, u)] if e is not None and e is not actor
                 ][:1] if p.pred.noun in ((), ("करार",)) else []
        if agent:
            return agent
        toks = ctx.toks
        k = p.start - 1
        while k > lo and (toks[k] in _MANNER_WORDS or toks[k] in _QUOTE_MARKS):
            k -= 1  # 'इसकी कड़ी निंदा', "इसे 'युद्ध की घोषणा' करार दिया"
        j = k - 2 if k >= lo + 2 and toks[k] in _GENITIVE_WORDS and toks[k - 2] == "इसे" else k
        if toks[j] not in _THIS_OBJECTS and blames and (p.pred.verb in _EVALUATING or p.pred.noun == ("करार",)):
            # 'इसे सीरिया की संप्रभुता का उल्लंघन बताया': the evaluation's object before a longer complement
            j = next((x for x in range(k - 1, max(lo, k - 8) - 1, -1) if toks[x] in ("इसे", "इन्हें", "इन्हे")
                      and not any(t in _CLAUSE_END or t in ("को", "ने") for t in toks[x + 1:p.start])), j)
        if j >= lo and toks[j] in _THIS_OBJECTS:
            # (past the evaluation's own genitive: 'इसे लोकतंत्र की हत्या बताया')
            before = state.acts[-1] if state.acts else None
            if before is not None and before[0].sentence == ctx.si and before[0].actor is actor and before[1] == "11" \
                    and before[0].targets and before[0].start < ctx.sent.tokens[p.start].start:
                # 'ईरान ने हमलों की निंदा करते हुए इन्हें ... उल्लंघन बताया': what the actor has just condemned
                return list(before[0].targets)
            # 'चीन ने इसका विरोध किया', 'इसकी निंदा की': the act just told (or a violation, rejection or threat:
            # 'पाकिस्तान ने सहमति का उल्लंघन किया। उन्होंने इसे निंदनीय बताया'), in this or the two sentences before
            # (else a statement just made: 'ताकाइची ने कहा था कि ... । बीजिंग ने इसे आंतरिक मामलों में हस्तक्षेप करार
            # दिया': its speaker)
            return last(ctx.si - 2, (*_ACTION_ROOTS, "12", "13")) or (
                last(ctx.si - 1, ("01",)) if blames else [])
        if p.pred.code[:2] != "12" and any(t in ("जिसकी", "जिसका", "जिसके", "जिसे", "जिसपर")
                                            or t == "जिस" and toks[k + 1] == "पर"
                                            for k, t in enumerate(toks[lo:p.start], lo)):
            # (a rejection answers whoever addressed the actor: _clause_events)
            # 'उत्तर कोरिया ने मिसाइल का परीक्षण किया, जिसकी जापान ने निंदा की', '..., जिस पर मनीला ने विरोध दर्ज
            # कराया': the act of the clause it hangs on
            told = last(ctx.si, tuple(f"{r:02d}" for r in range(1, 21)))
            if told:
                return told
            # (an act coded as no event: its clause's ने-subject, 'चीन ने स्कारबोरो शोल को संरक्षित क्षेत्र घोषित कर दिया,
            # जिस पर फिलीपींस ने कड़ा विरोध दर्ज कराया')
            rel = next(k for k in range(lo, p.start) if toks[k].startswith("जिस"))
            return [e for u in reversed(ctx.units[:bisect_left(ctx.starts, rel)]) if u.marker == ("ने",)
                    and not u.possessor_of_next for e in [self._entity_of(state, ctx.sent, u)]
                    if e is not None and e is not actor][:1]
        for i in range(max(lo, 1), p.start):
            skip: tuple[str, ...] = ()
            det = i - 1  # where the demonstrative would stand: "इस 'उकसावे'", "इस 'तर्कहीन उकसावे'", 'इस बड़े फैसले'
            if det > lo and toks[det] in _QUOTE_MARKS:
                det -= 1
            elif det - 1 > lo and toks[det - 1] in _QUOTE_MARKS:
                det -= 2
            elif det > lo and toks[det - 1] in _DEMONSTRATIVES:
                det -= 1
            if toks[det] not in _DEMONSTRATIVES and not (
                    # 'कांग्रेस ने फैसले का स्वागत किया', 'शरीफ ने हमले की निंदा की', 'वीटो पर गहरी निराशा जताई': the
                    # decision or attack, bare, as the predicate's own object
                    i + 2 in (p.start, k + 1) and (toks[i + 1] in _GENITIVE_WORDS or toks[i + 1] in ("को", "पर"))
                    # 'हमलों को इराकी संप्रभुता का उल्लंघन बताया': the object of an evaluation, its complement between
                    or toks[i + 1] == "को" and (p.pred.verb in _EVALUATING or p.pred.noun == ("करार",))
                    and i == next((x for x in range(lo, p.start) if toks[x + 1] == "को"), -1)
                    and not any(t in _CLAUSE_END for t in toks[i:p.start])):
                continue
            if toks[i] in _ACCORD_NOUNS:
                # 'पाकिस्तान ने इस सहमति का उल्लंघन किया': the actor's partner in the last accord it was party to
                partner = next((x for ev, root in reversed(state.acts) if ev.sentence >= ctx.si - 3
                                and root in ("03", "05", "06", "08")
                                for x in ([*ev.targets][:1] if ev.actor is actor
                                          else [ev.actor] if actor in ev.targets else [])), None)
                if partner is not None:
                    return [partner]
                # 'लिपुलेख पर हुई इस सहमति पर नेपाल ने आपत्ति जताई': an accord of others is its parties'
                parties = next(([ev.actor, *ev.targets] for ev, root in reversed(state.acts)
                                if ev.sentence >= ctx.si - 3 and root in ("03", "05", "06") and ev.targets), [])
                if parties and blames:
                    return list(dict.fromkeys(x for x in parties if x is not actor))
                continue
            if self.lexicon.attack_noun(toks[i:i + 1]):
                roots: tuple[str, ...] = _FORCE_ROOTS
            elif toks[i] in _DECISION_NOUNS:
                roots = (*_ACTION_ROOTS, "12", "03")  # (a veto, a refusal or a pledge is a decision too)
                if toks[i] in _VERDICT_NOUNS:
                    # ('इस फैसले को स्वीकार नहीं कर सकतीं' after a lathi-charge: a baton charge, a
                    # seizure or a protest is no decision)
                    skip = ("14", "171", "175")
            elif noun_key(toks[i]) in _LAUNCH_NOUNS:  # 'इस प्रक्षेपण की निंदा': the missiles fired or tested
                roots = ("15", *_FORCE_ROOTS)
            elif toks[i] in _PROPOSAL_NOUNS:  # 'इस प्रस्ताव का स्वागत किया': the appeal, offer or demand made last
                roots = ("02", "03", "10")
            elif toks[i] in _STATEMENT_NOUNS:  # 'इस बयान की निंदा की': the statement or criticism made last
                roots = ("01", "11")
            elif toks[i] in _THREAT_NOUNS:  # 'इस धमकी को खारिज करते हुए': the threat made last
                roots = ("13",)
            elif (toks[det] in _DETERMINERS or toks[det] not in _DEMONSTRATIVES) and i not in ctx.covered \
                    and toks[i] not in _GENERIC_HEADS:
                # 'इस योजना को जुमला बताया', '(इन) प्रतिबंधों को अवैध बताया': the act whose clause named the thing
                key = noun_key(toks[i])
                named = [ev.actor for n, (ev, _) in reversed(list(enumerate(state.acts)))
                         if ev.sentence >= ctx.si - 3 and ev.actor is not actor and key in state.act_words[n]][:1]
                if named:
                    return named
                continue
            else:
                continue
            found = last(ctx.si - 3, roots, skip=skip)
            if not found and roots is _FORCE_ROOTS:
                found = last(0, roots)  # (the story's attack, told earlier: 'यूरोपीय आयोग की अध्यक्ष ने हमले की निंदा की')
            if not found and toks[i] in _VERDICT_NOUNS:
                # 'उमर अब्दुल्ला ने फ़ैसले पर निराशा जताई' after a court upheld something (no coded act): a decision
                # with no actor told is the verdict of the court the story named last
                found = _last_court(state, ctx.sent.tokens[i].start, actor)
            if not found and toks[i] in _DECISION_NOUNS and toks[det] in _DEMONSTRATIVES \
                    and (lead := state.lead_actor) is not None and lead is not actor \
                    and not _same_side(actor, lead) and not _same_side(lead, actor):
                # 'इस कार्रवाई को अपहरण करार दिया' with no act told that it names: the deed of the story's lead
                found = [lead]
            return found
        return []

    @staticmethod
    def _infinitive_subject(region: list[_Unit], after: list[_Unit]) -> _Unit | None:
        """The subject of an infinitive clause without agent: a genitive right before another participant (रूस के
        यूक्रेन पर हमला करने के बाद), else the main clause's ने-subject, before the clause or right after it
        (बाइडन से मिलने के बाद मोदी ने कहा)."""
        for k, u in enumerate(region[:-1]):
            nxt = region[k + 1]
            if u.marker == ("के",) and nxt.start == u.marker_end and nxt.marker not in (*_GENITIVE, ("ने",), None):
                return u
        # (nor is the possessor of the ने-subject: 'कनाडा के प्रधानमंत्री जस्टिन ट्रूडो ने ट्रंप से बात करने के बाद')
        owners = {id(u) for u, nxt in zip(region, region[1:]) if u.possessor_of_next and nxt.marker == ("ने",)}
        if any((u.marker in _GENITIVE or u.possessor_of_next and u.marker is not None) and id(u) not in owners
               for u in region):
            return None  # a genitive subject that is not clear: no guess (a bare qualifier is: 'हरियाणा पुलिस ने')
        return _pick_actor(region, allow_bare=False) or next(
            (u for u in after if u.marker == ("ने",) and not u.possessor_of_next), None)

    def _group(self, state: _State, u: _Unit) -> tuple[Entity, ...]:
        """The entities a 'दोनों' unit stands for: for a bare 'दोनों', the last two protagonists of the events so
        far (actors and targets), else the two named last before it. 'दोनों पक्ष' (both sides) and 'दोनों देश' are the
        countries of the people among them when those countries differ ('मोदी ने शी से मुलाकात की ... दोनों पक्षों
        ने' → India and China; 'पुतिन ... यूक्रेन ... दोनों पक्ष' → Russia and Ukraine)."""
        group = u.group
        if u.protagonists:
            recent = list(dict.fromkeys(reversed(state.participants)))[:2]
            if len(recent) == 2:
                group = tuple(reversed(recent))
        if u.group_kind in ("any", "country") and len(group) == 2 and any(e.label == "PER" for e in group):
            # (a capital is its country: 'पुतिन ... कीव के साथ ... दोनों पक्ष'; so is a body, for both sides or
            # countries: 'अमरसूरिया ने ... हिंदू कॉलेज का दौरा किया। ... दोनों पक्ष सहमत हुए', not for a bare
            # 'दोनों': 'न्याय विभाग ने अदाणी पर ... । एसईसी ने भी दोनों के खिलाफ')
            countries = [e.country if e.label == "PER" else e.id if e.kind in ("country", "territory")
                         else self.capitals.get(e.id or "") or (
                             e.country if e.label == "ORG" and not u.protagonists else None)
                         for e in group]
            sides = self._sides(state, group, countries)
            group = tuple(sides) if sides else group
        return group

    def _mutual_events(self, state: _State, ctx: "_SentenceContext", region: list[_Unit], p: _Pred,
                       lo: int) -> list[Event]:
        """'भारत और चीन के बीच बातचीत हुई': an interaction between the parties is one event per direction (each
        party acts, the others are its targets), as the symmetric events of CAMEO data. A named party whose partner
        is unnamed ('ईरान और छह विश्व शक्तियों के बीच') acts with no target."""
        if not any(t in ("के साथ", "से") for t in p.pred.targets):
            return []
        parties: list[Entity] = []
        # 'A और B के बीच बातचीत हुई'; or a list in the genitive of the action noun: 'मोदी और शी की मुलाकात हुई'
        # (and 'दोनों पक्षों में सहमति बनी': a group among whom it happened)
        between = [u for u in region if (u.marker == ("के", "बीच") or u.marker == ("में",) and u.group)
                   and not u.possessor_of_next]
        for u in between or _genitive_list(ctx.toks, region, p.start):
            for e in self._group(state, u) or (self._entity_of(state, ctx.sent, u),):
                if e is not None and e not in parties and self._can_act(e):
                    parties.append(e)
        agreement = p.pred.code[:2] in ("03", "04", "05") or p.pred.code == "0871"
        if not parties and not region and (p.pred.verb in (("बन",), ("हो",)) or p.passive) and agreement \
                and state.last_pair is not None and state.last_pair_at >= ctx.si - 1 \
                and not p.participle and not p.nominal \
                and not any(t in _DEMONSTRATIVES for t in ctx.toks[max(lo, p.start - 2):p.start]):
            # 'रूस और यूक्रेन के बीच बातचीत हुई। युद्धविराम पर कोई सहमति नहीं बन पाई': an agreement reached (or not)
            # with no one named is between the parties of the interaction just told (not one referred back to, 'यह
            # समझौता हुआ', nor one a participle names, 'को लेकर हुए समझौते के बाद')
            parties = list(state.last_pair)
            # (envoys who met: their countries agree, or do not)
            parties = self._sides(state, parties, [e.country if e.label == "PER" else None for e in parties]) \
                or parties
        if not parties:
            return []  # one named party: the other is unnamed (ईरान और छह विश्व शक्तियों के बीच): no target
        s, e, date = _span_and_date(ctx, p, lo)
        made = [Event(who, state.text[s:e], *_by_actor_type(p.pred.code, p.pred.label, who, others, p.pred.noun),
                      others, ctx.si, s, e, p.negated, date, p.tense)
                for who in parties for others in [tuple(x for x in parties if x is not who)]]
        # 'कतर की मध्यस्थता से इसराइल और हमास के बीच समझौता हुआ': the mediator named by the noun mediates (045)
        toks = ctx.toks
        for u in region:
            k = u.end + 1  # (the genitive chain may have lent the unit the marker after the noun: से)
            if k < len(toks) and toks[u.end] in _GENITIVE_WORDS and noun_key(toks[k]) == noun_key("मध्यस्थता") \
                    and (mediator := self._entity_of(state, ctx.sent, u)) is not None \
                    and mediator not in parties and self._can_act(mediator):
                ms, me = ctx.sent.tokens[k].start, ctx.sent.tokens[k].end
                made.append(Event(mediator, state.text[ms:me], "045", "mediate", tuple(parties), ctx.si, ms, me,
                                  p.negated, date, p.tense))
        return made

    def _demonym_target(
        self, state: _State, ctx: "_SentenceContext", lo: int, p: _Pred, frame: list, actor: Entity
    ) -> Entity | None:
        """'रूस ने अमरीकी हमले की धमकी का विरोध किया', 'रूस ने अमेरिकी राजनयिक को निकाला': with no named target, a
        demonym inside the phrase that carries the frame's marker names the target country."""
        if self.linker is None:
            return None
        toks = ctx.toks
        for i in range(lo, p.start):
            if i in ctx.covered:
                continue
            code = self.linker.index.demonym_country(toks[i])
            if code is None:
                continue
            for j in range(i + 1, min(i + 8, p.start)):
                mk = _marker_at(toks, j)
                if mk is None:
                    continue
                if mk == ("पर",) and _reason_par(toks, j) or mk == ("को",) and _interview_given(toks, j + 1):
                    break  # 'रूसी तेल की खरीद जारी रखने पर': a reason, no target; 'रूसी अख़बार को दिए साक्षात्कार में
                next_is_noun = _skip_manner(toks, j + 1) == p.start  # (अमेरिकी प्रतिबंधों की) कड़ी आलोचना
                if mk in _GENITIVE and not next_is_noun:
                    continue  # inside a genitive chain: अमरीकी हमले की धमकी का (विरोध)
                # the phrase ends at a frame marker, or (genitive frames) right before the predicate's noun
                if mk in frame and (mk not in _GENITIVE or next_is_noun):
                    if actor.id == code or actor.country == code and actor.label in ("LOC", "NOM"):
                        break  # (the actor's own: 'कनाडा ने ... कनाडाई डॉलर के अमेरिकी सामान पर': a later one)
                    return self._country_entity(state, code, ctx.sent, i)
                break
        return None

    def _speakers_country(self, state: _State, toks: Sequence[str], i: int, units: Sequence[_Unit]) -> Entity | None:
        """'X ने कहा कि उनका देश / हमारा देश ...': the country of the person (or the country) who says so, the
        ने-subject before the कि that opens the clause of ``i``; None elsewhere."""
        if i + 1 >= len(toks) or toks[i + 1] not in _OWN_HEADS or i == 0 or "कि" not in toks[max(0, i - 3):i]:
            return None
        k = max(j for j in range(max(0, i - 3), i) if toks[j] == "कि")
        if any(t not in _CLAUSE_OPENERS for t in toks[k + 1:i]):
            return None  # ('कि अगर उनका देश ...' opens with a condition word at most)
        # (the units' markers are not read yet: the ने right after one)
        speaker = next((u.entity for u in reversed(units) if u.end < k and toks[u.end] == "ने"
                        and not u.possessor_of_next and u.entity is not None), None)
        if speaker is None or not (speaker.label == "PER" or speaker.label == "LOC" and speaker.kind in (
                "country", "territory")):
            return None  # (a person or a country says it)
        code = speaker.country if speaker.label == "PER" else _country_of(speaker)
        return self._document_country(state, code) if code else None

    def _document_country(self, state: _State, code: str) -> Entity | None:
        """The document's entity for country ``code``: the linker's, else the one the event stage made from the
        gazetteer record (registered once; its mentions, if any, are added by the caller)."""
        for e in state.entities:
            if e.id == code:
                return e
        rec = self.linker.index.by_id.get(code) if self.linker is not None else None
        if rec is None:
            return None
        key = ("demonym", code)
        ent = state.nominal_entities.get(key)
        if ent is None:
            ent = Entity(code, "LOC", rec.name_hi, rec.name_en, rec.country or code, (), rec.kind, None)
            state.nominal_entities[key] = ent
            state.nominal_mentions[key] = []
        return ent

    def _last_countries(self, state: _State, before: int, count: int, exclude: AbstractSet[str]
                        ) -> tuple[Entity, ...]:
        """The document's entities of the ``count`` countries (not in ``exclude``) named last before character
        ``before``, by a country, a place in it, an organ or group tied to it, or one of its people (earliest
        first); () unless there are as many."""
        last: dict[str, int] = {}
        for e, ms in _named_so_far(state):
            code = _country_of(e)
            if code is None or code in exclude:
                continue
            pos = max((m.start for m in ms if m.start < before), default=-1)
            if pos > last.get(code, -1):
                last[code] = pos
        codes = sorted((c for c, pos in last.items() if pos >= 0), key=last.__getitem__)[-count:]
        countries = tuple(e for c in codes if (e := self._document_country(state, c)) is not None)
        return countries if len(countries) == count else ()

    def _country_entity(self, state: _State, code: str, sent: Sentence, i: int) -> Entity | None:
        """The document's entity for country ``code``, made from the demonym at token ``i`` if there is none."""
        ent = self._document_country(state, code)
        key = ("demonym", code)
        if ent is None or state.nominal_entities.get(key) is not ent:
            return ent
        tok = sent.tokens[i]
        if all(m.start != tok.start for m in state.nominal_mentions[key]):
            state.nominal_mentions[key].append(Mention(tok.text, tok.start, tok.end, "LOC", "events"))
        return ent

    def _unseen_name(
        self, state: _State, ctx: "_SentenceContext", lo: int, end: int, speech: bool = False,
        marker_at: int | None = None, label: str = "PER",
    ) -> _Unit | None:
        """'जो स्टर्नलीब ने कहा' where NER found nothing: the uncommon words right before ने are a name.
        With ``speech`` (a statement verb without ने: 'पाल कहते हैं'), the words right before the verb; with
        ``marker_at``, the words right before that token (the का of 'टार्लो का कहना है'). ``label``: what the
        name is taken for (a person, unless the clause says otherwise)."""
        if not self.common_tokens:
            return None
        sent, toks, covered = ctx.sent, ctx.toks, ctx.covered
        last_ne = next((k for k in range(end - 1, lo - 1, -1) if toks[k] == "ने"), None)
        if marker_at is not None:
            k = marker_at
        elif last_ne is not None:
            k = last_ne
            # 'सीगल, जिसकी दादी ... थीं, ने ...': the name stands before the relative clause
            k = next((a for a, b in ctx.relatives if b == k - 1 and a >= lo), k)
        elif speech and end > lo:
            k = end
        else:
            return None
        org = self._unseen_organisation(state, ctx, lo, k) or self._named_body_phrase(state, ctx, lo, k)
        if org is not None:
            return org
        j = k
        while j > lo and k - j < 3:
            t = toks[j - 1]
            if not self._name_like(t) or (j - 1) in covered:
                # a first name that is also a common word, right after a title: अध्यक्ष जो स्टर्नलीब
                if (j < k and j - 2 >= lo and t in self.common_tokens and _WORD.fullmatch(t) and t not in CASE_WORDS
                        and toks[j - 2] in self._title_words and (j - 1) not in covered):
                    j -= 1
                break
            j -= 1
        if k - j == 3 and j - 2 >= lo and toks[j - 2] in self._title_words and self._name_like(toks[j - 1]) \
                and (j - 1) not in covered:
            j -= 1  # a fourth word right after a title: 'अध्यक्ष उर्सुला फ़ॉन डेर लायन ने'
        if j == k or (j > 0 and toks[j - 1] in _DETERMINERS):
            return None  # 'इस परिपाटी ने', 'उनकी डिस्क ने': a determined or possessed noun is no name
        tokens = sent.tokens
        s, e = tokens[j].start, tokens[k - 1].end
        surface = state.text[s:e]
        known = _named_before(state, surface, s)
        if known is not None:  # NER found this name, or a full name it is part of, elsewhere: the same entity
            _, found = state.extra_mentions.setdefault(id(known), (known, []))
            if all(m.start != s for m in (*known.mentions, *found)):
                found.append(Mention(surface, s, e, known.label, "events"))
            u = _Unit(j, k, entity=known)
            u.marker = ("ने",)
            return u
        state.only_if_taking_part.add(surface)
        ent = _propose(state, surface, Entity(None, label, surface, None, None, (), None, None), s, e, label)
        u = _Unit(j, k, entity=ent)
        u.marker = ("ने",)
        return u

    def _titled_name(self, state: _State, ctx: "_SentenceContext", lo: int, end: int) -> _Unit | None:
        """'चिली के राष्ट्रपति गेब्रियल बोरिक भारत की यात्रा पर आए' where NER found nothing: up to three uncommon words
        right after a title, opening the clause as its unmarked subject, are a person's name."""
        toks, covered = ctx.toks, ctx.covered

        def title_ends(k: int) -> bool:  # (a whole title ends at k: not 'ऑफ' of 'सेक्रेटरी ऑफ स्टेट')
            return any(tuple(toks[k - len(t) + 1:k + 1]) == t for t in self._titles_by_last.get(toks[k], ()))

        k = next((k for k in range(lo, end - 1) if k + 1 not in covered and title_ends(k)), None)
        if k is None or any(u.marker in (("ने",), *_AGENT) and lo <= u.start < end for u in ctx.units):
            return None
        while k + 2 < end and title_ends(k + 1):
            k += 1  # (the last of several: 'एंग्लिकन मंत्री रेवरेंड विलियम हेशलर')
        j = k + 1
        while j < end and j - k <= 3 and j not in covered and self._name_like(toks[j]):
            j += 1
        if j == k + 1 or j >= end or _marker_at(toks, j) not in (None, *_GENITIVE):
            return None  # (a name marked with a case is some other participant: 'राष्ट्रपति X से मिले')
        return self._unseen_name(state, ctx, k + 1, j, marker_at=j)

    def _dative_before(self, state: _State, ctx: "_SentenceContext", p: _Pred, lo: int) -> Entity | None:
        """The entity of the last को-object of the clause before ``p`` ('मोदी को ... सम्मानित किया गया', 'मोदी को
        चाबी भेंट की'): no pronoun and no possessor of another unit; None where there is none."""
        return next((e for u in reversed(ctx.units) if u.marker == ("को",) and lo <= u.start and u.end < p.start
                     and not u.pronoun and not u.possessor_of_next
                     and (e := self._entity_of(state, ctx.sent, u)) is not None), None)

    def _writer_before(self, state: _State, ctx: "_SentenceContext", pronoun: _Unit) -> Entity | None:
        """'अदालत ने नेतन्याहू की वह अर्ज़ी खारिज कर दी, जिसमें उन्होंने ... का अनुरोध किया था': a subject pronoun
        right after जिसमें is the one whose petition, letter or statement it is (named with its genitive), not the
        main clause's subject; None where no such writing is named."""
        toks = ctx.toks
        k = pronoun.start - 1
        if k < 3 or toks[k] not in ("जिसमें", "जिसमे"):
            return None
        j = k - 1 if toks[k - 1] == "," else k
        head = next((x for x in range(j - 1, max(0, j - 6), -1) if toks[x] in _WRITINGS), None)
        if head is None or any(t in _CLAUSE_END for t in toks[head + 1:j]):
            return None
        g = head - 1 if toks[head - 1] in ("वह", "यह", "उस", "इस") else head
        if g < 1 or toks[g - 1] not in _GENITIVE_WORDS:
            return None
        owner = next((u for u in ctx.units if u.end == g - 1 and not u.pronoun), None)
        e = self._entity_of(state, ctx.sent, owner) if owner is not None else None
        return e if e is not None and e.label in ("PER", "ORG") else None

    def _subject_before(self, state: _State, ctx: "_SentenceContext", pronoun: _Unit) -> tuple[bool, Entity | None]:
        """'पुलिस का कहना है कि एक आत्मघाती हमलावर कार से आया और उसने धमाका कर दिया': a pronoun in a कि-clause is
        the subject (an unmarked unit that can act) named last before it in that clause, if any, even where that
        subject's verb is no event -- for 'उसने' a singular one, for 'उन्होंने' a group or a person ('पाँच लोग ...
        घुस आए और उन्होंने ग्रंथी पर हमला कर दिया'). Returns whether there is such a subject, and its entity if it
        can act (None for one that cannot: 'पाँच लोग' with no country)."""
        toks = ctx.toks
        floor = next((k for k in range(pronoun.start - 1, -1, -1) if toks[k] == "कि"), None)
        if floor is None and pronoun.start > 0 and toks[pronoun.start - 1] == "और" and not any(
                u.marker == ("ने",) and u.start < pronoun.start for u in ctx.units):
            # 'कुछ घंटे बाद सद्दाम टेलीविज़न पर दिखे और उन्होंने हमले को अपराध बताया': a pronoun after और is the
            # unmarked subject of the clause before it, when that clause has no ने-subject
            subject = next((u for u in reversed(ctx.units) if u.start < pronoun.start and u.marker is None
                            and not (u.pronoun or u.anaphor or u.possessor_of_next or u.group)), None)
            e = self._entity_of(state, ctx.sent, subject) if subject is not None else None
            if e is not None and e.label == "PER" and self._can_act(e):
                return True, e
            return False, None
        if floor is None or any(t in _CLAUSE_JOINTS for t in toks[floor + 1:pronoun.start]):
            # ('कहा कि 52 पुलिसकर्मी घायल हो गए हैं लेकिन उन्होंने ... नहीं बताई': after लेकिन the speaker goes on)
            return False, None
        plural = toks[pronoun.start] in ("उन्होंने", "वे")
        for u in reversed(ctx.units):
            if u.start >= pronoun.start or u.start <= floor:
                continue
            if u.marker is not None or u.pronoun or u.anaphor or u.possessor_of_next or u.group \
                    or not plural and toks[u.end - 1].endswith(("ों", "ओं")):
                continue
            e = self._entity_of(state, ctx.sent, u)
            if plural and e is not None and e.label not in ("NOM", "PER"):
                continue  # ('उन्होंने' is people: a group, or a person named with respect)
            return True, e if e is not None and self._can_act(e) else None
        # none: the pronoun is the speaker, as usual ('बोल्सोनारो के वकीलों ने कहा है कि वे फ़ैसले के ख़िलाफ़ अपील
        # करेंगे'); a speaker who cannot act (lawyers, with no country) leaves it nobody, not the last actor
        speaker = next((u for u in reversed(ctx.units) if u.marker == ("ने",) and u.end <= floor
                        and not u.possessor_of_next and not u.pronoun), None)
        if speaker is not None and floor - speaker.end <= 8:
            e = self._entity_of(state, ctx.sent, speaker)
            if floor - speaker.end <= 4 and (e is None or not self._can_act(e)) or e is not None and e.label == "NOM" \
                    and e.role == "CVL" and (e.name == "नागरिक" or _counsel(ctx.toks, speaker, ctx.units)):
                return True, None  # (nor people or lawyers, who speak for no party: 'उनके वकील ने कहा कि वे ...')
        return False, None

    def _unseen_target(self, state: _State, ctx: "_SentenceContext", lo: int, end: int, marker: tuple[str, ...],
                       actor_unit: _Unit | None, code: str) -> _Unit | None:
        """The first ``marker`` of the clause (between ``lo`` and the predicate at ``end``) right after a name NER
        missed: see :meth:`_unseen_name`. Only markers of a party count (को, से, के साथ, के खिलाफ: _PARTY_MARKERS);
        before का, की or पर uncommon words are mostly things and topics. What is visited or hit by force (CAMEO
        ``code`` 042, 043, 18-20) is taken for a place, anything else for a person."""
        if marker not in _PARTY_MARKERS:
            return None  # ('फ़िरकापरस्ती का विरोध', 'जलस्तर पर चर्चा', 'दुर्घटनास्थल का दौरा': things and topics)
        label = "LOC" if code[:3] in ("042", "043") or code[:2] in _FORCE_ROOTS else "PER"
        toks = ctx.toks
        floor = max(lo, actor_unit.end if actor_unit is not None else lo)
        for k in range(floor + 1, end - len(marker) + 1):
            if tuple(toks[k:k + len(marker)]) != marker or (k - 1) in ctx.covered or not self._name_like(toks[k - 1]):
                continue
            j = k - 1
            while j > floor and self._name_like(toks[j - 1]) and (j - 1) not in ctx.covered:
                j -= 1
            if toks[j - 1] in _GENITIVE_WORDS or toks[j - 1] in _LED_WORDS:
                return None  # 'भारत से आने वाले स्टील पर', 'देश के इस्पात को': a possessed or described thing
            return self._unseen_name(state, ctx, floor, k, marker_at=k, label=label)
        return None

    def _unseen_organisation(self, state: _State, ctx: "_SentenceContext", lo: int, k: int) -> _Unit | None:
        """'अमेरिकी पर्यावरण सुरक्षा एजेंसी ने' where NER found nothing: a demonym, up to three plain words and an
        institutional head (एजेंसी, विभाग, आयोग, परिषद, संस्था ...) right before ने name a body of that country; a
        demonym and an embassy ('भारतीय उच्चायोग ने') name the country."""
        toks, covered = ctx.toks, ctx.covered
        if self.linker is not None and k - 2 >= lo and toks[k - 1] in _EMBASSY_WORDS and (k - 1) not in covered \
                and (k - 2) not in covered and (code := self.linker.index.demonym_country(toks[k - 2])) is not None:
            # 'ढाका में भारतीय उच्चायोग ने एक बयान में बताया': an embassy acts for its country (_as_embassy)
            country = self._document_country(state, code)
            if country is not None:
                u = _Unit(k - 2, k, entity=country)
                u.marker, u.marker_end = ("ने",), k + 1
                return u
        if self.linker is None or k - 2 < lo or toks[k - 1] not in self.generic_nouns or (k - 1) in covered:
            return None
        for d in range(k - 2, max(lo, k - 5) - 1, -1):
            if d in covered or _WORD.fullmatch(toks[d]) is None or toks[d] in _DETERMINERS \
                    or toks[d] in _GENITIVE_WORDS or _marker_at(toks, d) is not None:
                return None
            country = self.linker.index.demonym_country(toks[d])
            if country is None:
                continue
            if d + 1 == k - 1:
                return None  # 'अमेरिकी एजेंसी ने': the demonym and the head alone are no name
            return _found_body(state, ctx.sent.tokens, d, k, k, country)
        return None

    def _named_body_phrase(self, state: _State, ctx: "_SentenceContext", lo: int, k: int) -> _Unit | None:
        """"'कश्मीर टाइगर्स' नाम के एक संगठन ने", 'कश्मीर टाइगर्स नामक संगठन ने': a group introduced by its name (in
        quotes or not, up to four words) is an organisation of that name."""
        toks = ctx.toks
        j = k - 1
        if j < lo or toks[j] not in _GROUP_HEADS:
            return None
        j -= 1
        if j >= lo and toks[j] == "एक":
            j -= 1
        if j >= lo and toks[j] == "नामक":
            j -= 1
        elif j - 1 >= lo and toks[j] == "के" and toks[j - 1] == "नाम":
            j -= 2
        else:
            return None
        end = j + 1  # the name ends here (a closing quote left out)
        if j >= lo and toks[j] in _QUOTE_MARKS:
            j -= 1
            end = j + 1
            start = next((x for x in range(j, max(lo - 1, j - 5), -1) if toks[x] in _QUOTE_MARKS), None)
            if start is None or start + 1 >= end:
                return None
            first = start + 1
        else:
            first = end
            while first - 1 >= lo and end - first < 4 and self._name_like(toks[first - 1]) \
                    and (first - 1) not in ctx.covered:
                first -= 1
            if first == end:
                return None
        return _found_body(state, ctx.sent.tokens, first, end, k)

    def _name_like(self, t: str) -> bool:
        """Could this word be part of a name NER missed? Letters only, not a common word, pronoun or title."""
        return (bool(self.common_tokens) and t not in self.common_tokens and t not in _PRONOUN_ACTORS
                and t not in _UNION and (t,) not in self.nominals.forms  # ('केंद्र से', 'सरकार ने': groups)
                and t not in self._title_words and t not in _ROLE_NOUNS and t not in _GENERIC_HEADS and len(t) >= 2
                and t not in self.generic_nouns and not t.endswith(("ओं", "ों"))  # plural oblique: श्रोताओं
                # (nor a word of a predicate noun of the lexicon: वीटो, प्रतिबंध)
                and _WORD.fullmatch(t) is not None and noun_key(t) not in self.lexicon.noun_words)

    def _retype_sectors(self, entities: Sequence[Entity], text: str) -> list[Entity]:
        """An unknown name made of a country and a group (इसराइली सेना, भारत सरकार, चीन की पुलिस) is the
        country acting through that group: a NOM entity tied to the country, not an organisation of its own.
        So is a group alone or with sector adjectives (माओवादियों, सैन्य सरकार), tied to a country by the text."""
        places = sorted(((m.end, _country_of(x)) for x in entities if x.label == "LOC" for m in x.mentions),
                        key=lambda p: p[0])
        only_country = _only_country(entities)
        out: list[Entity] = []
        for e in entities:
            new = None
            if e.id is None and e.label in ("ORG", "LOC", "PER") and e.mentions:
                of_country = any(c and text[end:m.start] in (" की ", " के ", " का ") for end, c in places
                                 for m in e.mentions)
                new = self._as_sector(e, of_country) or self._as_sector_in_context(e, text, places, only_country) \
                    or self._as_ship(e) or self._as_embassy(e)
            if new is None:
                out.append(e)
                continue
            for m in new.mentions:
                object.__setattr__(m, "entity", new)
            out.append(new)
        by_id: dict[str, int] = {}
        for k, e in enumerate(out):
            # ('कांग्रेस ... कांग्रेस सरकार': one entity, whose mentions both are)
            if e.id is None or e.label == "NOM":
                continue
            if e.id not in by_id:
                by_id[e.id] = k
                continue
            out[by_id[e.id]] = _merged(out[by_id[e.id]], e)
            out[k] = None  # type: ignore[call-overload]
        for k, e in enumerate(out):
            # 'भारतीय नौसेना ने ... । नौसेना के प्रवक्ता ने': a group named bare after it was named with its country
            # is that country's (when only one country's was); a country's group named twice is one ('भारतीय नौसेना
            # के युद्धपोत आईएनएस सुमित्रा ने')
            if e is None or e.label != "NOM" or not e.mentions:
                continue
            first = min(m.start for m in e.mentions)
            named = [x for x in out if x is not None and x is not e and x.label == "NOM" and x.name == e.name
                     and x.country and (e.country is None or x.name_en == e.name_en) and x.mentions
                     and min(m.start for m in x.mentions) < first]
            if len({x.country for x in named}) > 1:
                # 'भारतीय वायुसेना ... पाकिस्तानी नौसेना ... । वायुसेना ने कहा': the one named with the same word
                word = fold_tokens(min(e.mentions, key=lambda m: m.start).text)[-1:]
                named = [x for x in named if any(fold_tokens(m.text)[-1:] == word for m in x.mentions)]
            if len({x.country for x in named}) == 1:
                j = next(i for i, x in enumerate(out) if x is named[0])
                out[j], out[k] = _merged(named[0], e), None  # type: ignore[call-overload]
        out = [e for e in out if e is not None]
        for k, e in enumerate(out):
            # 'राज्य सरकार', 'प्रदेश पुलिस' that NER found: the organ of the state named last before it
            if e.label != "NOM" or e.role not in _REGIONAL_SECTORS or not e.mentions:
                continue
            first = min(e.mentions, key=lambda m: m.start)
            words = fold_tokens(first.text)
            nom = self.nominals.forms.get(tuple(words[1:])) if len(words) >= 2 and words[0] in _STATE_WORDS else None
            region = None if nom is None else _last_region(
                out, first.start, e.country, self._country_name(e.country) if e.country else None)
            if region is not None:
                out[k] = Entity(None, "NOM", e.name, f"{region[0]} {nom.name_en}", region[1], e.mentions, "nominal",
                                e.role)
                for m in e.mentions:
                    object.__setattr__(m, "entity", out[k])
        return out

    def _as_sector(self, e: Entity, of_country: bool = False) -> Entity | None:
        """``of_country``: a country is named right before the name, with की/के/का."""
        if self.linker is None:
            return None
        toks = fold_tokens(max((m.text for m in e.mentions), key=len))
        for k in range(1, len(toks)):
            nom = self.nominals.forms.get(tuple(toks[k:]))
            if nom is None:
                continue
            head = list(toks[:k])
            if head and head[-1] in ("की", "के", "का"):
                head = head[:-1]
            if not head:
                return None
            if len(head) == 1 and head[0] in _UNION and nom.sector == "GOV":
                countries = {_UNION[head[0]]}
            else:
                # (a demonym of one or two words: 'इसराइली सेना', 'दक्षिण अफ़्रीकी सरकार')
                recs = self.linker.index.lookup_demonym(" ".join(head)) if len(head) <= 2 else ()
                if not recs:
                    found, _ = self.linker.index.lookup(head)
                    recs = tuple(r for r in found if r.kind in ("country", "territory"))
                    if not recs and nom.lemma == "सरकार" and len({r.id for r in found}) == 1 \
                            and found[0].label == "ORG" and not of_country:
                        # 'पूर्ववर्ती कांग्रेस सरकार': the ruling party itself (but 'अफगानिस्तान की तालिबान सरकार' is
                        # the country's government, below)
                        r = found[0]
                        return Entity(r.id, "ORG", r.name_hi, r.name_en or None, r.country, e.mentions, r.kind, None)
                    if not recs and nom.sector == "GOV":
                        # 'योगी सरकार', 'बाइडन प्रशासन': the leader's country (and a party's administration its
                        # country)
                        recs = tuple(r for r in found if r.label in ("PER", "ORG") and r.country)
                    if not recs and nom.sector in _REGIONAL_SECTORS:
                        # 'उत्तर प्रदेश सरकार', 'मुंबई पुलिस': a region's or city's organ, of its country
                        local = {r.id: r for r in found if r.label == "LOC" and r.country
                                 and r.kind in ("state", "region", "city")}
                        if len(local) == 1 and (r := next(iter(local.values()))).name_en:
                            return Entity(None, "NOM", nom.lemma, f"{r.name_en} {nom.name_en}", r.country,
                                          e.mentions, "nominal", nom.sector)
                countries = {r.country or r.id for r in recs}
            if len(countries) != 1:
                return None
            code = countries.pop()
            name_en = f"{self._country_name(code)} {nom.name_en}"
            return Entity(None, "NOM", nom.lemma, name_en, code, e.mentions, "nominal", nom.sector)
        return None

    def _as_sector_in_context(self, e: Entity, text: str, places: list[tuple[int, str | None]],
                              only_country: str | None) -> Entity | None:
        """A name that is only a group, maybe with sector adjectives (माओवादियों, सैन्य सरकार): a NOM entity, tied to
        the country whose place stands right before it with की/के/का or में ('म्यांमार की सैन्य सरकार', 'नेपाल में
        माओवादियों ने'), else to the document's only country, else to none."""
        toks = fold_tokens(max((m.text for m in e.mentions), key=len))
        k = 0
        while k < len(toks) - 1 and toks[k] in _SECTOR_ADJECTIVES:
            k += 1
        nom = self.nominals.forms.get(tuple(toks[k:]))
        if nom is None:
            return None
        found = set()
        for m in e.mentions:
            w0 = max(0, m.start - 80)  # a window: no copy of the whole text per mention
            before = text[w0:m.start].rstrip()
            marker = before.rsplit(None, 1)[-1] if before else ""
            while marker in _SECTOR_ADJECTIVES:  # ('यूनान की नयी | वामपंथी सरकार': an adjective NER left out)
                before = before[:-len(marker)].rstrip()
                marker = before.rsplit(None, 1)[-1] if before else ""
            if marker in ("की", "के", "का", "में"):
                end = w0 + len(before[:-len(marker)].rstrip())
                found.add(next((c for at, c in places if at == end), None))
        found.discard(None)
        if len(found) > 1:
            return None
        code = found.pop() if found else only_country
        name_en = f"{self._country_name(code)} {nom.name_en}" if code else nom.name_en
        return Entity(None, "NOM", nom.lemma, name_en, code, e.mentions, "nominal", nom.sector)

    def _as_embassy(self, e: Entity) -> Entity | None:
        """'अफगान दूतावास', 'पाकिस्तान के उच्चायोग': an unknown name made of a country (or its demonym) and an embassy
        is the country, as the annotated sets code embassies (its envoy summoned, its premises attacked)."""
        if self.linker is None or e.label != "ORG":
            return None
        words = list(fold_tokens(max((m.text for m in e.mentions), key=len)))
        if len(words) < 2 or words[-1] not in _EMBASSY_WORDS:
            return None
        head = words[:-2] if words[-2:] == ["वाणिज्य", "दूतावास"] else words[:-1]
        if head and head[-1] in _GENITIVE_WORDS:
            head = head[:-1]
        if not head or len(head) > 2:
            return None
        code = self.linker.index.demonym_country(" ".join(head))
        if code is None:
            found, _ = self.linker.index.lookup(head)
            codes = {r.id for r in found if r.kind in ("country", "territory")}
            code = codes.pop() if len(codes) == 1 else None
        rec = self.linker.index.by_id.get(code) if code is not None else None
        if rec is None:
            return None
        return Entity(rec.id, "LOC", rec.name_hi, rec.name_en or None, rec.country, e.mentions, rec.kind, None)

    def _as_ship(self, e: Entity) -> Entity | None:
        """A warship named with its navy's prefix ('आईएनएस सुमित्रा', 'यूएसएस कार्ल विंसन'): that country's military."""
        words = fold_tokens(min((m.text for m in e.mentions), key=len))
        code = _SHIP_PREFIXES.get(words[0]) if len(words) >= 2 else None
        nom = self.nominals.forms.get(("सेना",)) if code else None
        if nom is None or code is None:
            return None
        return Entity(None, "NOM", nom.lemma, f"{self._country_name(code)} {nom.name_en}", code, e.mentions,
                      "nominal", nom.sector)

    def _country_name(self, code: str) -> str:
        """English name of an ISO country code, from the gazetteer (the code itself when unknown)."""
        rec = self.linker.index.by_id.get(code) if self.linker is not None else None
        return rec.name_en if rec is not None and rec.name_en else code

    def _appeal_reading(self, toks: list[str], region: list[_Unit], p: _Pred) -> _Pred | None:
        """'X ने Y से … करने के लिए कहा' / '… करने को कहा': saying something *to* Y so that Y acts is an appeal
        (CAMEO 02)."""
        if p.pred.noun or p.pred.verb != ("कह",) or p.passive:
            return None
        asked = [u for u in region if u.marker == ("से",) and not u.possessor_of_next]
        # '... करने के लिए कहा' or '... भेजने को कहा'
        to_do = p.start >= 2 and toks[p.start - 1] == "को" and toks[p.start - 2].endswith("ने")
        marker = "से"
        if asked:
            if not ("लिए" in toks[asked[-1].end:p.start] or to_do):
                return None
        elif to_do and any(u.marker == ("को",) and not u.possessor_of_next for u in region):
            marker = "को"  # 'अदालत ने केंद्र को जवाब देने को कहा': the one told to act
        elif not (to_do and "से" in toks[max(0, p.start - 12):p.start - 2]):
            return None  # an appeal to an unnamed party needs the से-phrase and the infinitive: दलों से ... करने को कहा
        # ('... करने को कहा', telling someone to do it, is a demand (10), as most annotated sets code it; '... करने के
        # लिए कहा', asking them for it, an appeal)
        code, label = ("100", "demand") if to_do else ("020", "make an appeal or request")
        pred = self._asked_for(toks, p.start, Predicate((), p.pred.verb, code, label, (marker,)))
        return _Pred(p.start, p.verb, p.end, pred, p.negated, p.tense, p.passive, p.genitive_speaker, p.ergative,
                     p.noun_end)

    def _asked_for(self, toks: list[str], start: int, pred: Predicate) -> Predicate:
        """A generic appeal, promise or demand (020, 030, 100) for an action the lexicon codes, named by the infinitive
        before it ('युद्धविराम पर सहमत होने का आग्रह किया', 'सहायता देने का वादा किया', 'सेना भेजने को कहा') or by an
        action noun in the genitive ('बातचीत का प्रस्ताव दिया'), takes the CAMEO subcode for that action: CAMEO's
        appeals (02), intentions (03) and demands (10) run in parallel (026 / 036 / 106 to meet, 0256 / 0356 / 1056 to
        de-escalate ...)."""
        if pred.code not in ("020", "030", "100") or start < 2 or toks[start - 1] not in ("का", "की", "के", "को", "लिए"):
            return pred
        k = start - 3 if toks[start - 1] == "लिए" and start >= 3 and toks[start - 2] == "के" else start - 2
        if k < 0:
            return pred
        if toks[k].endswith("ने"):
            found = self._noun_predicate_at(toks, k)
            action = found[1] if found is not None else self._resumed_action(toks, k)
            if action is None:
                return pred
        elif toks[start - 1] in _GENITIVE_WORDS and (noun := self.lexicon.by_noun(toks[k])) is not None:
            action = noun  # 'बातचीत का प्रस्ताव दिया', 'युद्धविराम की मांग की': the action noun itself
        else:
            return pred
        code = action.code
        suffix = _ASKED_FOR.get(code[:4]) or _ASKED_FOR.get(code[:3]) or _ASKED_FOR.get(code[:2])
        if suffix is None:
            return pred
        code = pred.code[:2] + suffix
        # the action's own partner is the target when the appeal names no addressee: 'चीन के साथ वार्ता करने का
        # प्रस्ताव दिया' offers China talks
        targets = tuple(dict.fromkeys(pred.targets + action.targets))
        return Predicate(pred.noun, pred.verb, code, self._code_labels.get(code, pred.label), targets)

    def _resumed_action(self, toks: list[str], k: int) -> Predicate | None:
        """'वार्ता (फिर से) शुरू करने', 'संबंध बहाल करने', 'बातचीत जारी रखने': starting, resuming or keeping up an
        action the lexicon names by its noun stands for that action (``toks[k]`` is the infinitive)."""
        if k < 2 or toks[k - 1] not in _RESUMING or not {"कर", "रख"} & set(verb_stems(toks[k])):
            return None
        j = k - 2
        while j > 0 and toks[j] in _AGAIN:
            j -= 1
        if toks[j] == "से" and j > 0 and toks[j - 1] == "फिर":
            j -= 2
        return self.lexicon.by_noun(toks[j]) if j >= 0 else None

    def _refusal_frame(self, toks: list[str], p: _Pred) -> _Pred | None:
        """'अमरीका के साथ समझौते पर हस्ताक्षर करने से इनकार किया': refusing an action with Y rejects Y -- the
        refused predicate's markers find the target. Refusing force is a denial, and so is denying that something
        happened ('इस बात से इनकार किया कि उसने हमला किया')."""
        if p.pred.code == "120" and p.pred.noun and p.pred.noun[0] in _DENIALS and p.end < len(toks) \
                and toks[p.end] == "कि":
            return _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "016", "deny responsibility", ()))
        if p.pred.code[:2] != "12" or p.start < 2 or toks[p.start - 1] != "से":
            return None
        v = p.start - 2
        if toks[v] in _PLAN_WORDS and v >= 2 and toks[v - 1] in _GENITIVE_WORDS and toks[v - 2].endswith("ने"):
            v -= 2  # 'ठिकाने को निशाना बनाने की योजना से इनकार किया': refusing a plan to act refuses the act
        if not toks[v].endswith("ने"):
            # 'कांग्रेस के साथ गठबंधन से इनकार किया': refusing an action named by its noun
            noun = self.lexicon.by_noun(toks[v])
            if noun is None or not noun.targets or noun.code[:2] in _FORCE_ROOTS:
                return None
            return _with(p, pred=Predicate(p.pred.noun, p.pred.verb, p.pred.code, p.pred.label,
                                           tuple(dict.fromkeys(noun.targets + p.pred.targets))))
        found = self._noun_predicate_at(toks, v)
        if found is not None and p.pred.code == "120" and found[1].code[:2] in _FORCE_ROOTS:
            # 'आरएसएफ ने शिविर में नागरिकों को निशाना बनाने से इनकार किया': refusing to have used force is denying
            # it (016); its target is whoever accused the actor, not the victims
            return _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "016", "deny responsibility", ()))
        if found is None or not found[1].targets:
            return None
        pred = Predicate(p.pred.noun, p.pred.verb, p.pred.code, p.pred.label,
                         tuple(dict.fromkeys(found[1].targets + p.pred.targets)))
        return _with(p, pred=pred)

    def _noun_predicate_at(self, toks: list[str], v: int) -> tuple[int, Predicate] | None:
        """The noun + verb predicate whose (last) verb is ``toks[v]`` (any form, infinitives included), with the
        index where its noun starts: 'हस्ताक्षर करने' → (start of समझौते, समझौते पर हस्ताक्षर कर)."""
        window = frozenset(noun_key(t) for t in toks[max(0, v - 8):v])
        for cand in self.lexicon.candidates(toks[v], window):
            vstart = v - len(cand.verb) + 1
            if cand.noun and vstart >= 0 and tuple(toks[vstart:v]) == cand.verb[:-1]:
                start = _match_noun(toks, vstart, cand.noun)
                if start is not None:
                    return start, cand
        return None

    @staticmethod
    def _can_act(actor: Entity) -> bool:
        if actor.label != "NOM":
            return True
        return bool(actor.country) or actor.role in _ACTOR_SECTORS

    def _entity_of(self, state: _State, sent: Sentence, u: _Unit) -> Entity | None:
        fronted = state.fronted_quote
        if u.pronoun and fronted is not None and u.start < fronted[0] and fronted[1] is not u \
                and sent.tokens[u.start].norm in _FIRST_PERSON:
            # '"हम बातचीत के लिए तैयार हैं," अराघची ने कहा': 'हम' in a quote set before its speaker is the speaker
            return self._entity_of(state, sent, fronted[1])
        attributed = state.attributed
        if u.pronoun and attributed is not None and u.start == attributed[0] + 1 \
                and sent.tokens[u.start].norm not in _HONORIFIC_PRONOUNS:  # ('उन्होंने' is a person named before)
            # 'यूक्रेनी वायुसेना के मुताबिक, उसने 400 ड्रोन मार गिराए': the source cited before is who did it
            source = self._entity_of(state, sent, attributed[1])
            if source is not None and self._can_act(source):
                return source
        if u.pronoun and sent.tokens[u.start].norm in _FIRST_PERSON and not any(
                t.norm in ("कि", '"', "“", "'", ":", "-") for t in sent.tokens[:u.start]):
            # a quote going on from an earlier sentence ('X ने कहा, "... । मैं ..."'): 'मैं', 'हम' are whoever spoke
            # last, lately; outside any quote they are the writer, no participant
            return next((ev.actor for ev, _ in reversed(state.acts) if ev.root == "01" and ev.sentence >= state.si - 2),
                        None) if _inside_quote(state.text, sent.start) else None
        if u.pronoun:
            spoke = state.reported_speaker
            if spoke is not None and spoke[1] == state.si - 1 and u.start <= 2 \
                    and sent.tokens[u.start].norm in _HONORIFIC_PRONOUNS \
                    and not any(ev.sentence == state.si for ev, _ in state.acts[-3:]):
                return spoke[0]  # (_remember: the pronoun opening the next sentence, before anyone else acted)
            last = state.last_actor
            if last is not None and (last.label in ("LOC", "ORG") or last.label == "NOM" and last.role not in (
                    _PEOPLE_SECTORS)) and state.last_person is not None \
                    and state.last_person[1] >= state.si - 1 and sent.tokens[u.start].norm in _HONORIFIC_PRONOUNS:
                # 'मिसरी ने कहा कि पाकिस्तान ने ... । उन्होंने इसे निंदनीय बताया', 'क्रेमलिन ने कहा कि पुतिन ...,
                # हालांकि उन्होंने ...': the honorific pronoun is the person, not the country or body named since
                return state.last_person[0]
            if last is not None and (last.label == "LOC" and last.kind in ("country", "territory")
                                     or last.label == "NOM" and last.role == "GOV") and state.acts \
                    and sent.tokens[u.start].norm in _HONORIFIC_PRONOUNS:
                # 'केंद्र सरकार ने हजारे को रिहा करने का आदेश दे दिया, लेकिन उन्होंने ... इनकार कर दिया': a state or
                # government is no honorific 'उन्होंने'; the one person its last act (this sentence or the one before)
                # was done to is
                ev = state.acts[-1][0]
                people = [t for t in ev.targets if t.label == "PER"]
                if ev.actor is last and ev.sentence >= state.si - 1 and len(people) == 1:
                    return people[0]
                # 'अमेरिका और क्यूबा ने संबंध बहाल किए। ... विदेश मंत्री रोड्रिगेज़ मौजूद थे। ... बाद में उन्होंने केरी से
                # मुलाक़ात की': else the person named last, in this sentence or the one before (not after an act
                # several did together: 'वे' are they)
                joint = ev.sentence >= state.si - 1 and any(
                    e is not ev and (e.sentence, e.start) == (ev.sentence, ev.start) and e.actor is not last
                    for e, _ in state.acts[-4:])
                here = sent.tokens[u.start].start
                named = _last_n(state.entities, here, "PER", 1) if not joint else ()
                if named and max(m.start for m in named[0].mentions if m.start < here) \
                        >= state.previous_sentence_start:
                    return named[0]
            return last
        if u.anaphor:
            return None  # resolved per event (_antecedent), where the actor is known
        if u.entity is not None:
            return u.entity
        if u.nominal is None:
            return None
        key: tuple[str, str | None] = (u.nominal.lemma, u.country)
        tokens = sent.tokens
        s, e = tokens[u.start].start, tokens[u.end - 1].end
        mention = Mention(state.text[s:e], s, e, "NOM", "nominal")
        if u.region is None and u.country == "IND" and not u.union and not u.by_demonym and (
                u.nominal.sector in _REGIONAL_SECTORS or u.nominal.sector in _MARCHING_SECTORS) and (
                u.start < 2 or tokens[u.start - 1].norm not in _GENITIVE_WORDS
                or not any(t.norm in _NATIONAL_WORDS for t in tokens[max(0, u.start - 4):u.start - 1])):
            # 'राजस्थान में ... । पुलिस ने': bare police or an unnamed group in a story set in one named Indian state
            # stand for that state, as the held-out guideline codes them; after 'दिल्ली पुलिस ने ...', a bare
            # 'पुलिस' is that state's police again (not a national body's own: 'भारतीय सेना के अधिकारियों ने')
            u.region = _organ_named_before(state.entities, u.nominal.name_en, u.country, s) or _story_state(state, s)
        if u.region is not None or (u.nominal.sector in _REGIONAL_SECTORS and u.end - u.start >= 2
                                    and tokens[u.start].norm in _STATE_WORDS):
            # 'राज्य सरकार', 'प्रदेश पुलिस': the organ of the state the story named last ('उत्तर प्रदेश पुलिस ने ...
            # । ... राज्य सरकार पर'), as the held-out guideline codes it; 'पंजाब के किसानों': the state named before
            region = u.region or _last_region(state.entities, s, u.country,
                                              self._country_name(u.country) if u.country else None)
            if region is not None:
                key = (u.nominal.lemma, f"{region[1]}:{region[0]}")
                ent = state.nominal_entities.get(key)
                if ent is None:
                    ent = Entity(None, "NOM", u.nominal.lemma, f"{region[0]} {u.nominal.name_en}", region[1], (),
                                 "nominal", u.nominal.sector)
                    state.nominal_entities[key] = ent
                    state.nominal_mentions[key] = []
                if all(m.start != s for m in state.nominal_mentions[key]):
                    state.nominal_mentions[key].append(mention)
                return ent
        ent = state.nominal_entities.get(key)
        # the same group as a name NER found: the one named last before this mention ('बिहार सरकार ... सरकार ने')
        national = f"{self._country_name(u.country)} {u.nominal.name_en}" if u.country else None

        def last_before(mentions: Sequence[Mention]) -> int:
            return max((m.start for m in mentions if m.start < s), default=-1)

        named = max(
            (x for x in state.entities if x.label == "NOM" and x.name == u.nominal.lemma and x.country == u.country
             and (not u.union or x.name_en == national)),  # 'तेलंगाना सरकार ने केंद्र से': two governments
            key=lambda x: last_before([*x.mentions, *state.extra_mentions.get(id(x), (x, []))[1]]), default=None)
        if named is not None and ent is not None and last_before(state.nominal_mentions[key]) > last_before(
                [*named.mentions, *state.extra_mentions.get(id(named), (named, []))[1]]):
            named = None  # the group named last is the one this nominal refers to
        if named is not None:  # the same group as a name NER found ('भारतीय सेना ने ... भारतीय जवानों पर')
            _, found = state.extra_mentions.setdefault(id(named), (named, []))
            if all(m.start != s for m in (*named.mentions, *found)):
                found.append(mention)
            return named
        if ent is None and u.country and u.nominal.sector in ("COP", "JUD"):
            # 'चोंगकिंग पुलिस को ... । उन्होंने पुलिस पर आरोप लगाया': the city's police named last, of that country
            # (its court: 'मोहाली की अदालत ने ... । अदालत ने')
            regional = [(last_before(state.nominal_mentions[k]), k) for k in state.nominal_entities
                        if k[0] == u.nominal.lemma and (k[1] or "").startswith(f"{u.country}:")]
            at, k = max(regional, default=(-1, key))
            if at >= 0:
                key, ent = k, state.nominal_entities[k]
        if ent is None:
            name_en = u.nominal.name_en
            if u.country:
                name_en = f"{self._country_name(u.country)} {name_en}"
            ent = Entity(None, "NOM", u.nominal.lemma, name_en, u.country, (), "nominal", u.nominal.sector)
            state.nominal_entities[key] = ent
            state.nominal_mentions[key] = []
        if all(m.start != s for m in state.nominal_mentions[key]):
            state.nominal_mentions[key].append(mention)
        return ent

    # -- 4. result --------------------------------------------------------------------------------------------------
    def _finish(
        self, mentions: Sequence[Mention], state: _State, events: list[Event]
    ) -> tuple[tuple[Mention, ...], tuple[Entity, ...], tuple[Event, ...]]:
        if not state.nominal_entities and not state.unseen and not state.extra_mentions:
            return tuple(mentions), tuple(state.entities), tuple(events)
        # nominal and unseen entities were built before their mentions were known: rebuild them with their mentions
        # (and the linker's entities the event stage found more mentions of)
        replace: dict[int, Entity] = {}
        new_mentions: list[Mention] = []
        made = [(ent, state.nominal_mentions[key]) for key, ent in state.nominal_entities.items()]
        taking_part = {id(x) for ev in events for x in (ev.actor, *ev.targets)}
        made += [(ent, state.unseen_mentions[key]) for key, ent in state.unseen.items()
                 if key not in state.only_if_taking_part or id(ent) in taking_part]
        made += [(ent, found) for ent, found in state.extra_mentions.values() if found]
        for ent, found in made:
            old = ent.mentions if id(ent) in state.extra_mentions else ()
            ms = tuple(sorted([*old, *found], key=lambda m: m.start))
            full = Entity(ent.id, ent.label, ent.name, ent.name_en, ent.country, ms, ent.kind, ent.role)
            for m in ms:
                object.__setattr__(m, "entity", full)
            new_mentions.extend(found)
            replace[id(ent)] = full
        fix = lambda e: replace.get(id(e), e) if e is not None else None  # noqa: E731
        events = [
            _with(ev, actor=fix(ev.actor), targets=tuple(fix(t) for t in ev.targets))
            for ev in events
        ]
        all_mentions = tuple(sorted([*mentions, *new_mentions], key=lambda m: (m.start, m.end)))
        ents = [replace.get(id(x), x) for x in state.entities]
        ents += [x for x in replace.values() if x not in ents]
        ents.sort(key=lambda e: min((m.start for m in e.mentions), default=0))
        return all_mentions, tuple(ents), tuple(events)


#: roots whose bare verbs (छोड़, पकड़, मार, कुचल) code an action only on an object marked with को
_NEEDS_OBJECT = ("08", "17", "18", "19")
_OBJECT_PRONOUNS = frozenset({t for t, mk in _PRONOUN_OBJECTS.items() if mk == ("को",)}
                             | {"इन्हें", "इसे", "मुझे", "हमें", "तुम्हें"})


#: participles of putting a draft forward ('X द्वारा पेश/तैयार/लाए गए प्रस्ताव'; _sponsors)
_SPONSORING = frozenset({"पेश", "तैयार", "लाए", "लाया", "लाई", "लाये", "प्रस्तुत"})
#: the UN bodies news names short ('सुरक्षा परिषद', 'महासभा'), with their gazetteer ids
_SHORT_BODIES = (("सुरक्षा परिषद", "ORG:UNSC"), ("महासभा", "ORG:UNGA"))
#: draft resolutions
_DRAFTS = frozenset({"प्रस्ताव", "प्रस्तावों", "मसौदे", "मसौदा", "मसौदों"})


def _is_voting_body(e: Entity) -> bool:
    """A council, assembly or board that votes on drafts (the UN Security Council, the General Assembly, the
    IAEA's Board of Governors)."""
    return e.label == "ORG" and any(w in (e.name_en or "") for w in ("Council", "Assembly", "Board of Governors"))


def _rejected_relative(state: _State, made: list[Event]) -> list[Event]:
    """'रवांडा ने शर्त रखी थी कि ..., जिसे किंशासा ने सिरे से ठुकरा दिया': a rejection (12) with nobody named whose
    object is the relative 'जिसे' rejects the one whose act the clause before told."""
    out = list(made)
    for k, ev in enumerate(out):
        if ev.root != "12" or ev.targets or ev.actor is None or k == 0:
            continue
        before = out[k - 1]
        between = state.text[before.end:ev.start]
        if before.actor is not None and before.actor is not ev.actor and before.sentence == ev.sentence \
                and ("जिसे" in between.split() or "जिसको" in between.split()) and not _same_side(before.actor, ev.actor):
            out[k] = _with(ev, targets=(before.actor,))
    return out


def _aid_recipient(state: _State, ev: Event) -> Event:
    """Humanitarian aid sent with no recipient named ('मिस्र, तुर्किये और संयुक्त अरब अमीरात ने बचाव दल और राहत
    सामग्री भेजी') goes to the country the story is about: the first country the document names that is not the
    giver's own. (Troops and money sent may stay at home: 'सीमा पर अतिरिक्त सैनिक भेज दिए'.)"""
    if ev.code != "073" or ev.targets or ev.negated or ev.actor is None:
        return ev
    own = _country_of(ev.actor)
    if own is None:
        return ev
    first = min((e for e in state.entities if e.kind == "country" and e.mentions and e.id != own),
                key=lambda e: min(m.start for m in e.mentions), default=None)
    return _with(ev, targets=(first,)) if first is not None else ev


def _eased_towards(events: list[Event]) -> list[Event]:
    """A protest called off with nobody named ('मनोज जरांगे ने अपना अनशन समाप्त कर दिया, जब महाराष्ट्र सरकार ने
    उनकी मांगें मान लीं', 'सरकार ने आदेश वापस ले लिए ... दोनों भाइयों ने मोर्चा रद्द कर दिया') eases dissent towards
    whoever yielded to it: the actor of the nearest yield (08) told from three sentences before to one after."""
    out = []
    for ev in events:
        if ev.code.startswith("082") and not ev.targets and not ev.negated and ev.actor is not None:
            yields = [y for y in events if y.root == "08" and not y.code.startswith("082") and not y.negated
                      and y.actor is not None and not _same_party(y.actor, ev.actor)
                      and ev.sentence - 3 <= y.sentence <= ev.sentence + 1]
            if yields:
                nearest = min(yields, key=lambda y: (abs(y.sentence - ev.sentence), y.sentence > ev.sentence))
                ev = _with(ev, targets=(nearest.actor,))
        out.append(ev)
    return out


def _named_before(state: _State, surface: str, start: int) -> Entity | None:
    """The entity of the document ``surface`` names: one with a mention of that text, else the one person whose
    name begins or ends with it ('संधू' after 'तरनजीत सिंह संधू', 'हेलिफैक्स' after 'लॉर्ड हेलिफैक्स'), named
    before ``start``."""
    exact = next((x for x in state.entities if x.label != "NOM" and any(m.text == surface for m in x.mentions)),
                 None)
    if exact is not None:
        return exact
    words = tuple(fold_tokens(surface))
    n = len(words)
    people = [x for x in state.entities if x.label == "PER" and any(m.start < start for m in x.mentions)
              and any(len(w) > n and (w[:n] == words or w[-n:] == words)
                      for w in {tuple(fold_tokens(x.name)), *(tuple(fold_tokens(m.text)) for m in x.mentions)})]
    return people[0] if len(people) == 1 else None


def _found_body(state: _State, tokens: Sequence[Token], first: int, end: int, k: int, country: str | None = None,
                acronym: int | None = None, marker: tuple[str, ...] | None = ("ने",)) -> _Unit:
    """The unit (up to token ``k``; a subject marked with ने unless ``marker`` says otherwise) of an organisation NER
    missed, named by the tokens ``first:end`` (and the ``acronym`` token, if any): an entity of the document only if it
    takes part in an event."""
    s, e = tokens[first].start, tokens[end - 1].end
    surface = state.text[s:e]
    state.only_if_taking_part.add(surface)
    ent = _propose(state, surface, Entity(None, "ORG", surface, None, country, (), "organisation", None), s, e, "ORG")
    if acronym is not None:
        _propose(state, surface, ent, tokens[acronym].start, tokens[acronym].end, "ORG")
    u = _Unit(first, k, entity=ent)
    u.marker = marker
    return u


_BRACKETED = re.compile(r"\s*\(\s*([^\s()]+)\s*\)")
#: news agencies' credits in brackets ('(भाषा)', '(वार्ता)', '(एजेंसी)'): no organisation's short name
_CREDITS = frozenset({"भाषा", "वार्ता", "एजेंसी", "एजेंसियां"})


def _bracketed_acronyms(text: str, entities: Sequence[Entity], common: AbstractSet[str]) -> dict[str, Entity]:
    """The acronyms or short names given in brackets right after a mention of an organisation ('भारत और यूरोपीय मुक्त
    व्यापार संघ (एफ्टा) ने'), as event words, each for the one organisation it follows; an agency's credit or a
    ``common`` word is none unless it is spelled letter by letter."""
    found: dict[str, Entity | None] = {}
    for e in entities:
        if e.label != "ORG":
            continue
        for m in e.mentions:
            match = _BRACKETED.match(text, m.end)
            if match is None or _WORD.fullmatch(word := match.group(1)) is None:
                continue
            acronym = event_word(word)
            if acronym_letters(acronym) or word not in common and acronym not in _CREDITS:
                found[acronym] = e if found.get(acronym, e) is e else None
    return {k: e for k, e in found.items() if e is not None}


def _bracketed_name(toks: Sequence[str], k: int) -> int | None:
    """For the bracket at ``k`` around an acronym ('भारतीय चिकित्सा संघ (आईएमए)'): where the name it abbreviates
    starts, if as many plain words stand before it as the acronym has letters (an English 'of', 'for' or 'and' not
    counted), the last of them an institutional head; else None."""
    if k < 2 or k + 2 >= len(toks) or toks[k + 2] != ")" or toks[k - 1] not in _BODY_HEADS \
            or not (letters := acronym_letters(toks[k + 1])):
        return None
    j = k
    while letters and j > 0:
        t = toks[j - 1]
        if _WORD.fullmatch(t) is None or t in CASE_WORDS or t in _DETERMINERS or t in _CLAUSE_JOINTS:
            return None
        j -= 1
        letters -= t not in _NAME_LINKS
    return None if letters else j


def _propose(state: _State, key: str, new: Entity, start: int, end: int, label: str) -> Entity:
    """The entity the event stage found for ``key`` (``new`` the first time) with a mention at ``start:end``."""
    ent = state.unseen.setdefault(key, new)
    found = state.unseen_mentions.setdefault(key, [])
    if all(m.start != start for m in found):
        found.append(Mention(state.text[start:end], start, end, label, "events"))
    return ent


def _only_country(entities: Sequence[Entity], before: int | None = None, since: int = 0, text: str = "") -> str | None:
    """The one country the document's places name (a country itself, or the country of each city or state), if
    there is exactly one; with ``before`` (and ``since``), counting only places named before that character offset
    (and from that one on); with the document's ``text``, not a place that only says where a body is based ('ब्रिटेन
    स्थित सीरियन ऑब्ज़र्वेटरी')."""
    countries = {c for e in entities if e.label == "LOC" and (c := _country_of(e))
                 and (before is None and since == 0 or any(
                     since <= m.start and (before is None or m.start < before)
                     and not (text and text[m.end:m.end + 6] == " स्थित") for m in e.mentions))}
    return countries.pop() if len(countries) == 1 else None


def _dateline_place(text: str, entities: Sequence[Entity]) -> Entity | None:
    """The place the text opens with, before a comma, danda, slash or bracket ('वारसॉ, 19 नवंबर (एजेंसी)', 'काबुल।',
    'नई दिल्ली (एजेंसी)'): where the story was filed."""
    opening = len(text) - len(text.lstrip())
    return next((e for e in entities if e.label == "LOC" and any(
        m.start == opening and text[m.end:m.end + 2].lstrip()[:1] in (",", "।", "/", "(") for m in e.mentions)), None)


def _country_of(e: Entity) -> str | None:
    """The ISO code a place stands for: a country's own id, a city's country; None for places without one."""
    if e.kind in ("country", "territory"):
        return e.id or e.country
    return e.country


# -- helpers ---------------------------------------------------------------------------------------------------------
#: nominal groups made of people ('वे' may well be them): civilians, opposition, workers, students, rebels, criminals
_PEOPLE_SECTORS = {"CVL", "OPP", "LAB", "EDU", "REB", "CRM"}
#: subject pronouns that, in news, refer to a person (or a group of people) rather than to a country or body
_HONORIFIC_PRONOUNS = {"उन्होंने", "उन्होने", "वे"}


#: words that make a government a former one: 'पूर्ववर्ती कांग्रेस सरकार'
_FORMER_WORDS = frozenset({"पूर्ववर्ती", "पिछली", "तत्कालीन", "पूर्व", "पुरानी"})
#: words that make a body national, not a state's: 'भारतीय सेना के अधिकारियों', 'केंद्रीय एजेंसियों के अफसरों'
_NATIONAL_WORDS = frozenset({"भारतीय", "केंद्रीय", "केंद्र", "राष्ट्रीय"})
#: words that make a nominal the organ of a state of the country: 'राज्य सरकार', 'प्रदेश पुलिस'
_STATE_WORDS = {"राज्य", "प्रदेश"}
#: titles of a state's head: with nobody named, the state's government acts
_STATE_HEADS = frozenset({"मुख्यमंत्री", "उपमुख्यमंत्री", "सीएम", "राज्यपाल"})


def _is_dateline(words: Sequence[str]) -> bool:
    """Is a first sentence of these words a dateline: a place alone ('दिल्ली।') or a place with a date or credit
    ('नई दिल्ली, 8 अप्रैल (भाषा)।')?"""
    return len(words) <= 3 or len(words) <= 10 and any(w in (",", "(") for w in words[1:4])


def _sitting_state_government(state: "_State", sent: Sentence, toks: Sequence[str], start: int,
                              party: Entity) -> tuple[str, str] | None:
    """The state whose government an Indian party's government named at ``start`` is ('आरोप लगाया कि द्रमुक सरकार
    ...' in a story set in Tamil Nadu): the story's one state, unless the government is a former one ('पूर्ववर्ती
    कांग्रेस सरकार': the party); else None."""
    if party.country != "IND" or start > 0 and toks[start - 1] in _FORMER_WORDS:
        return None
    return _story_state(state, sent.tokens[start].start)


def _story_state(state: "_State", before: int) -> tuple[str, str] | None:
    """The one Indian state the document's story is set in before character ``before`` (``_only_state``)."""
    return _only_state(state.text, state.entities, before, state.dateline_end, state.filed_state, state.city_places)


def _only_state(text: str, entities: Sequence[Entity], before: int, dateline_end: int,
                filed: tuple[str, str] | None = None, cities: Sequence[tuple[int, int, str]] = ()
                ) -> tuple[str, str] | None:
    """English name and country of the one Indian state the story of ``text`` is set in before ``before``: the only
    state named with में ('राजस्थान में') or before a place in it ('महाराष्ट्र के नागपुर शहर में', 'तेलंगाना की राजधानी
    हैदराबाद में'), or a city of it (``cities``: start, end and state of each city's mention) named with में, after
    the dateline (which ends at ``dateline_end``: 'दिल्ली।' says where the story was filed;
    'दिल्ली की ओर कूच' where a march goes); else the state a dateline names in brackets ('संभल (उत्तर प्रदेश),'); else
    the state of the city the story was filed from (``filed``: 'बेंगलुरु, 29 सितंबर (भाषा)' → Karnataka)."""
    places = {m.start for x in entities if x.label == "LOC" and x.kind not in ("country", "territory", "state")
              for m in x.mentions}
    states = {x.name_en for x in entities if x.label == "LOC" and x.kind == "state" and x.country == "IND"
              and x.name_en and any(dateline_end <= m.start < before and (
                  text.startswith(" में", m.end) or text.startswith(" की राजधानी ", m.end)
                  or text[m.end:m.end + 4] in (" के ", " की ", " का ") and (
                      m.end + 4 in places or text[m.end + 4:].startswith(_STATE_OFFICES)
                      or _DISTRICT_OF.match(text, m.end + 4)))
                  for m in x.mentions)}
    # (or a city of a known state named with में: 'बुधवार को लेह में हुआ प्रदर्शन' → Ladakh)
    states |= {st for start, end, st in cities if dateline_end <= start < before and text.startswith(" में", end)}
    if not states:
        # 'संभल (उत्तर प्रदेश), 24 नवंबर (भाषा)': the state a dateline's place is put in, in brackets
        states = {x.name_en for x in entities if x.label == "LOC" and x.kind == "state" and x.country == "IND"
                  and x.name_en and any(m.start < max(dateline_end, 80) and "।" not in text[:m.start]
                                        and text[m.start - 1:m.start] == "(" and text[m.end:m.end + 2] in ("),", ") ")
                                        for m in x.mentions)}
    return (states.pop(), "IND") if len(states) == 1 else filed if not states else None


#: a place in a state the gazetteer may not know, by its kind ('हरियाणा के नूंह जिले में', 'बिहार के एक गांव में')
_DISTRICT_OF = re.compile("(?:[^\\s।,]+ ){1,2}(?:ज\u093c?िले|ज\u093c?िला|शहर|कस्बे|गांव|गाँव|इलाके|तहसील|प्रखंड) (?:में|के|की) ")
#: a state's offices named after it ('केरल के राज्यपाल', 'पश्चिम बंगाल की मुख्यमंत्री'): the story is set there
_STATE_OFFICES = ("राज्यपाल ", "मुख्यमंत्री ", "उपमुख्यमंत्री ", "उपराज्यपाल ", "पुलिस महानिदेशक ")


def _last_region(entities: Sequence[Entity], before: int, country: str | None,
                 national: str | None) -> tuple[str, str] | None:
    """English name and country of the state (province) the document named last before ``before`` (of ``country``
    when it is known): a state itself ('उत्तर प्रदेश में') or the state of a regional organ ('उत्तर प्रदेश पुलिस' →
    Uttar Pradesh; not a national organ, named after ``national``, the country's English name)."""
    best, best_at = None, -1
    for x in entities:
        if country is not None and x.country != country or not x.name_en or not x.country:
            continue
        if x.label == "LOC" and x.kind == "state":
            name = x.name_en
        elif x.label == "NOM" and x.role in _REGIONAL_SECTORS and x.id is None and " " in x.name_en:
            name = x.name_en.rsplit(" ", 1)[0]
            if name in (country, national, x.country):
                continue
        else:
            continue
        at = max((m.start for m in x.mentions if m.start < before), default=-1)
        if at > best_at:
            best, best_at = (name, x.country), at
    return best


def _counsel(toks: Sequence[str], u: _Unit | None, units: Sequence[_Unit]) -> bool:
    """Is ``u`` someone's lawyers ('रघुवंशी के वकील', 'उनके वकीलों', 'बचाव पक्ष के वकील'), who act for their client
    (not a country's or a city's lawyers: 'पाकिस्तान के वकीलों ने हड़ताल की')?"""
    if u is None or u.start == 0 or toks[u.start] not in ("वकील", "वकीलों", "अधिवक्ता", "अधिवक्ताओं"):
        return False
    if toks[u.start - 1] in _PRONOUN_GENITIVES:
        return True
    owner = next((w for w in units if w.end == u.start - 1), None)
    return toks[u.start - 1] in ("के", "की", "का") and not (
        owner is not None and owner.entity is not None and owner.entity.label == "LOC")


def _sea(e: Entity) -> bool:
    """Is ``e`` a sea or ocean ('पूर्वी सागर', 'जापान सागर', 'दक्षिण चीन सागर')?"""
    return e.label == "LOC" and fold_tokens(e.name)[-1:] in (("सागर",), ("समुद्र",), ("महासागर",), ("समंदर",))


def _organ_named_before(entities: Sequence[Entity], organ: str, country: str, before: int) -> tuple[str, str] | None:
    """The region of the regional ``organ`` ('police') named last before character ``before`` ('दिल्ली पुलिस' →
    Delhi), as (English name, country)."""
    best, best_at = None, -1
    for x in entities:
        if x.label != "NOM" or x.id is not None or x.country != country or not (x.name_en or "").endswith(f" {organ}"):
            continue
        at = max((m.start for m in x.mentions if m.start < before), default=-1)
        if at > best_at:
            best, best_at = (x.name_en[:-len(organ) - 1], country), at
    return best


#: invitations ('न्योता दिया, जिसे ... स्वीकार कर लिया')
_INVITATIONS = frozenset(noun_key(w) for w in ("न्योता", "न्यौता", "निमंत्रण", "आमंत्रण", "न्योते", "निमंत्रणों"))
#: orders one may comply with ('आदेश का पालन कर', 'निर्देशों का पालन किया')
_ORDER_NOUNS = frozenset({"आदेश", "आदेशों", "निर्देश", "निर्देशों"})


def _pressed_by(state: _State, actor: Entity, roots: tuple[str, ...]) -> list[Entity]:
    """Whoever last acted on ``actor`` with an act of one of ``roots`` (a demand, threat, sanction, coercion): the
    pressure a refusal to yield answers; [] when nobody did."""
    return next(([ev.actor] for ev, root in reversed(state.acts) if ev.actor is not None and root in roots
                 and actor in ev.targets), [])


def _detainer(state: _State, held: Sequence[Entity], actor: Entity) -> Entity | None:
    """Whoever the story told took ``held`` (arrested, detained or abducted them: 173, 181; never ``actor``), or with
    nobody ``held`` named, whoever it told last took anybody. None when it told of no such act, or when one of
    ``held`` is nobody taken (an addressee: 'प्रधानमंत्री मोदी को पत्र लिखकर ... रिहाई की मांग की')."""
    takers = [ev for ev, _ in reversed(state.acts) if ev.code.startswith(("173", "181")) and ev.actor is not None
              and ev.actor is not actor and not ev.negated]
    if not takers or not all(any(t in ev.targets for ev in takers) for t in held):
        return None
    return next((ev.actor for ev in takers if any(t in ev.targets for t in held)), takers[0].actor)


def _acted(state: _State, actor: Entity) -> None:
    """Remember ``actor`` as the last one who acted (and, if a person, as the last person)."""
    state.last_actor = actor
    if actor.label == "PER":
        state.last_person = (actor, state.si)


def _clause_opening(toks: Sequence[str], k: int) -> bool:
    """Does the noun at ``k`` open the sentence or the clause after a source phrase, with at most a determiner before
    it ('इन हमलों में', '... के मुताबिक हमलों में'; not 'काम्ते की भी इन हमलों में')?"""
    j = k - 1 if k >= 1 and toks[k - 1] in _DETERMINERS else k
    return j == 0 or toks[j - 1] in ("मुताबिक", "अनुसार", ",")


def _casualty_end(toks: Sequence[str], k: int) -> int:
    """Where a casualty verb group starting at ``k`` ends ('मारे गए', 'मारा गया', 'घायल हो गए', 'की मौत हो गई',
    'जान चली गई'), else 0."""
    n = len(toks)
    nxt = toks[k + 1] if k + 1 < n else ""
    if toks[k] in ("मारे", "मारा", "मारी") and nxt.startswith(("गए", "गये", "गया", "गई", "गयी")):
        end = k + 2
    elif toks[k] in ("घायल", "जख्मी", "हताहत", "शहीद") and nxt in ("हो", "हुए", "हुआ", "हुई", "हुईं"):
        end = k + 2
    elif toks[k] in ("मौत", "मृत्यु") and nxt in ("हो", "हुई"):
        end = k + 2
    elif toks[k] == "जान" and nxt in ("गई", "गयी", "चली", "गंवाई", "गंवा"):
        end = k + 2
    else:
        return 0
    while end < n and toks[end] in _AUX_WORDS:
        end += 1
    return end


def load_capitals(path: str | Path | None = None) -> dict[str, str]:
    """National capitals that stand for their country's government (``data/events/capitals.tsv``): city id -> ISO
    code."""
    rows = read_tsv(path if path is not None else data_path("events", "capitals.tsv"), "list of capitals")
    return {r["city"]: r["country"] for r in rows}


def load_city_states(state_ids: dict[str, str], path: str | Path | None = None) -> dict[str, tuple[str, str]]:
    """The Indian state each Indian city lies in (``data/events/city_states.tsv``): city id -> the state's English
    name and "IND", for the states of ``state_ids`` (English name -> gazetteer id, the gazetteer's states)."""
    rows = read_tsv(path if path is not None else data_path("events", "city_states.tsv"), "list of city states")
    names = {sid: name for name, sid in state_ids.items()}
    return {r["city"]: (names[r["state"]], "IND") for r in rows if r["state"] in names}


_RELATIVE = ("जो", "जिस", "जिन")  # जो, जिसका, जिसने, जिन्होंने, जिनके ...


# 'दोनों X': which kind of entity X counts
_GROUP_NOUNS = {"नेता": "PER", "नेताओं": "PER", "राष्ट्राध्यक्षों": "PER", "मंत्रियों": "PER",
                "प्रधानमंत्रियों": "PER", "राष्ट्रपतियों": "PER", "देश": "country", "देशों": "country",
                "राष्ट्र": "country", "राष्ट्रों": "country", "पक्ष": "any", "पक्षों": "any",
                "भाई": "PER", "भाइयों": "PER", "बहनों": "PER", "मुख्यमंत्रियों": "PER", "दलों": "ORG",
                "पार्टियों": "ORG", "प्रतिनिधि": "PER", "प्रतिनिधियों": "PER", "समकक्षों": "PER", "सरकारों": "country",
                "सरकारें": "country", "पड़ोसियों": "country"}


#: words that name a body of a kind: a bare nominal (by lemma) refers to the last such body named
_BODY_WORDS = {"अदालत": ("कोर्ट", "न्यायालय", "अदालत", "हाईकोर्ट"), "पुलिस": ("पुलिस",),
               "संसद": ("संसद", "सभा", "परिषद"), "आयोग": ("आयोग",), "मंत्रालय": ("मंत्रालय",)}


#: 'पार्टी' opening a clause ('पार्टी प्रवक्ता ने', 'पार्टी ने') is the story's party (_story_party): a party is an
#: organisation whose Hindi name has one of _PARTY_NAME_WORDS (भारतीय जनता पार्टी, जनता दल (यूनाइटेड), कांग्रेस)
_PARTY_WORDS = {"पार्टी"}  # (not दल: also a team or delegation)
#: 'पार्टी से निष्कासित': expelled from a party or organisation
_PARTY_BODIES = frozenset({"पार्टी", "दल", "संगठन", "पद", "पदों"})
_PARTY_NAME_WORDS = ("पार्टी", "दल", "कांग्रेस")
#: words of the English names of parties whose Hindi names have none of those (Pakistan Tehreek-e-Insaf, Awami
#: League, Shiv Sena, Jharkhand Mukti Morcha, Dravida Munnetra Kazhagam, National Rally)
_PARTY_NAME_WORDS_EN = ("Party", "Congress", "Dal", "League", "Sena", "Morcha", "Kazhagam", "Tehreek-e-Insaf",
                        "Rally", "Samaj")
#: head nouns that, after इस/उस, refer back to the organisation named last with that word in its name
_ORG_HEADS = frozenset({"बैंक", "समूह", "कंपनी", "पार्टी", "संगठन", "एजेंसी", "बोर्ड", "परिषद", "मोर्चा", "गठबंधन"})
#: the heads that, bare before ने, are the organisation of that kind named before ('कंपनी ने', 'यूनियन ने')
_SUBJECT_HEADS = frozenset({"पार्टी", "कंपनी", "यूनियन", "संगठन", "बैंक", "मोर्चा", "गठबंधन", "ब्यूरो", "समिति",
                            "एसोसिएशन", "महासंघ", "फोरम", "प्राधिकरण", "विश्वविद्यालय", "यूनिवर्सिटी", "परिषद", "निगम",
                            "बोर्ड", "संस्थान", "मंच"})
#: elections named after a house or place ('लोकसभा चुनाव में'): the name qualifies the election, whatever marker follows
_ELECTION_HEADS = frozenset({"चुनाव", "चुनावों", "उपचुनाव", "उपचुनावों", "निर्वाचन"})
#: an election's results ('चुनाव नतीजों पर सवाल उठाए')
_RESULT_NOUNS = frozenset({"नतीजों", "नतीजे", "परिणामों", "परिणाम", "चुनावी"})
#: protests that can go on ('X की हड़ताल जारी रही': _continuing)
_CONTINUING_PROTESTS = frozenset(noun_key(w) for w in ("हड़ताल", "हड़तालें", "आंदोलन", "धरना", "धरने", "प्रदर्शन",
                                                       "प्रदर्शनों", "अनशन", "भूख हड़ताल", "नाकेबंदी"))
#: 'भाग लिया', 'हिस्सा लिया' after 'जिसमें': took part in the act before (_joined)
_TOOK_PART = frozenset({"लिया", "लिए", "ली", "लीं"})
#: 'शामिल हुए', 'मौजूद थे/रहे' after 'जिसमें': took part in the act before (_joined)
_JOINED_VERBS = frozenset({"हुए", "हुईं", "हुआ", "हुई", "थे", "थीं", "था", "थी", "रहे", "रहीं", "रहा", "रही"})
#: plans and intentions (refusing a plan to attack denies it: _refusal_frame)
_PLAN_WORDS = frozenset({"योजना", "इरादे", "इरादा", "मंशा"})
#: 'से ज्यादा/अधिक/कम' after a number: more or fewer than it
_MORE_OR_LESS = frozenset({"ज्यादा", "अधिक", "कम", "ऊपर"})
#: exercises (lexicon rows 'सैन्य अभ्यास कर', 'युद्धाभ्यास कर': 150): held by several together, cooperation (062)
_EXERCISES = frozenset({"अभ्यास", "युद्धाभ्यास"})
#: the member countries of a body named before them ('जी7 देशों के नेताओं ने', 'नाटो सदस्य देशों ने')
_MEMBER_HEADS = frozenset({"देशों", "देश", "सदस्य"})
#: bare head nouns that name a kind of body rather than a word of its name: the body of that kind named last, by
#: its English name ('एजेंसी' after प्रवर्तन निदेशालय, 'नियामक' after सेबी)
_KIND_HEADS = {
    "एजेंसी": re.compile(r"\b(Investigation|Enforcement|Intelligence|Agency|Bureau|Directorate)\b"),
    "नियामक": re.compile(r"\b(Securities|Reserve Bank|Regulator\w*|Regulatory|Authority|Commission)\b"),
    "बल": re.compile(r"\b(Forces?|Guard|Rangers|Police|Corps)\b"),  # 'बीएसएफ ... । बल के एक अधिकारी ने'
}


#: two-word descriptions of a kind of body: the body of that kind named before ('केंद्रीय बैंक' after रिज़र्व बैंक)
_KIND_PHRASES = {
    ("केंद्रीय", "बैंक"): re.compile(r"\b(Reserve Bank|Central Bank|Federal Reserve|Bank of England|Bank of Japan|"
                                   r"People's Bank|State Bank of Pakistan)\b"),
    ("बाजार", "नियामक"): re.compile(r"\b(Securities|Exchange Commission|Exchange Board)\b"),
    ("जांच", "एजेंसी"): _KIND_HEADS["एजेंसी"],  # (the bare 'एजेंसी' reads the same way)
}
#: what is shot down ('रूसी ड्रोन मार गिराए', 'ईरानी मिसाइलों को मार गिराया')
_WEAPON_WORDS = frozenset({"ड्रोन", "ड्रोनों", "मिसाइल", "मिसाइलें", "मिसाइलों", "विमान", "विमानों", "हेलीकॉप्टर",
                           "हेलिकॉप्टर", "हेलीकॉप्टरों", "रॉकेट", "रॉकेटों", "गुब्बारे", "गुब्बारों", "जेट", "लड़ाकू"})
#: seats of power (gazetteer organisations) a visit to which is a visit to their country
_SEATS_OF_POWER = frozenset({"ORG:WHITE-HOUSE", "ORG:KREMLIN", "ORG:DOWNING-STREET", "ORG:ELYSEE"})
#: words that join the members of a list of names
_LIST_JOINTS = frozenset({"और", "तथा", "व", ","})
#: what a genitive speaker has: 'X का कहना है', 'X का आरोप है', 'X का मानना है', 'X का दावा है'
_GENITIVE_SPEECH = frozenset({"कहना", "आरोप", "मानना", "दावा"})


def _bare_head_subject(toks: Sequence[str], i: int) -> bool:
    """Is the bare head noun at ``i`` a subject: marked with ने, the owner of members or teams who are ('एजेंसी की
    टीमों ने'), or (a kind head) unmarked at a clause's opening ('कहा कि एजेंसी इस आदेश को चुनौती देगी')?"""
    nxt = toks[i + 1]
    if nxt == "ने" or nxt in _GENITIVE_WORDS and i + 3 < len(toks) and toks[i + 2] in _GENITIVE_SPEECH and toks[
            i + 3] in ("है", "हैं", "था", "थे"):
        return True  # (the speaker of 'समिति का आरोप है कि', 'ब्यूरो का कहना है कि')
    k = i + 3 if i + 3 < len(toks) and toks[i + 2] == "एक" else i + 2  # ('बल के एक अधिकारी ने')
    if nxt in _GENITIVE_WORDS and k + 1 < len(toks) and toks[k + 1] == "ने" and (
            toks[k] in MEMBER_NOUNS or toks[k] in ("टीम", "टीमों")):
        return True
    return toks[i] in _KIND_HEADS and (i == 0 or toks[i - 1] in _CLAUSE_END or toks[i - 1] == "कि") and (
        nxt not in _GENITIVE_WORDS and _marker_at(toks, i + 1) is None)


def _members_acting(toks: Sequence[str], i: int) -> bool:
    """Is ``toks[i]`` a body's people acting as its subject ('नेताओं ने', 'कार्यकर्ताओं ने')?"""
    return i + 1 < len(toks) and toks[i] in MEMBER_NOUNS and toks[i + 1] == "ने"


def _protested_office(toks: Sequence[str], region: Sequence[_Unit]) -> _Unit | None:
    """The owner of the offices a protest is held outside: 'ईडी कार्यालयों के बाहर', 'ईडी के दफ्तर के बाहर', or an
    embassy or office itself ('फ्रांसीसी दूतावास के बाहर'); None if there is none."""
    for u in region:
        after = toks[u.end:u.end + 4]
        if u.entity is None or u.pronoun or u.anaphor:
            continue
        if after[:2] == ["के", "बाहर"] and toks[u.end - 1] in _PREMISES or after[:1] and after[0] in _PREMISES \
                and after[1:3] == ["के", "बाहर"] or after[:1] == ["के"] and after[1:2] and after[1] in _PREMISES \
                and after[2:4] == ["के", "बाहर"]:
            return u
    return None


#: last words of a body's name spelled out before its acronym ('भारतीय चिकित्सा संघ (आईएमए)': _bracketed_name)
_BODY_HEADS = frozenset({"संघ", "परिसंघ", "महासंघ", "प्राधिकरण", "एजेंसी", "निदेशालय", "ब्यूरो", "एसोसिएशन", "यूनियन",
                         "यूनियंस", "फोरम", "परिषद", "आयोग", "मंत्रालय", "संगठन", "समिति", "बोर्ड", "संस्थान", "मोर्चा",
                         "फेडरेशन", "लीग", "विभाग", "निगम", "मंच", "संस्था", "कमेटी", "काउंसिल", "कमीशन", "अथॉरिटी",
                         "बैंक", "प्रतिष्ठान", "पार्टी", "दल", "कांग्रेस", "सभा", "न्यास", "ट्रस्ट", "बल", "सेना"})
#: English words inside a name written in Devanagari that its acronym leaves out ('यूनाइटेड फोरम ऑफ बैंक यूनियंस')
_NAME_LINKS = frozenset({"ऑफ", "फॉर", "फ़ॉर", "एंड", "ऑन", "द", "दि", "इन"})
def _premises_owner(toks: Sequence[str], region: Sequence[_Unit]) -> _Unit | None:
    """The first named owner of the premises a raid is made on: 'X के (चेन्नई) मुख्यालय पर', 'X और उसकी फर्मों के
    ... ठिकानों पर'; None if there is none."""
    for u in region:
        if u.entity is None or u.entity.label not in ("PER", "ORG") or u.pronoun or u.anaphor \
                or u.marker not in (None, *_GENITIVE):
            continue  # (a place says where the premises are: 'ओडिशा और झारखंड स्थित ठिकानों पर')
        for j in range(u.end, min(u.end + 12, len(toks) - 1)):
            if toks[j] in _CLAUSE_END and toks[j] not in _COORD and toks[j] != "," or _marker_at(toks, j) in (
                    ("ने",), ("को",), ("पर",), ("से",)):
                break  # (a list of premises goes on: 'X के मुख्यालय और ... के ठिकानों पर')
            if toks[j] in _RAIDED and toks[j + 1] == "पर":
                return u
    return None


#: offices a protest is held outside of (_protested_office)
_PREMISES = frozenset({"कार्यालय", "कार्यालयों", "दफ्तर", "दफ्तरों", "दफ़्तर", "दफ़्तरों", "मुख्यालय", "मुख्यालयों",
                      "दूतावास", "दूतावासों", "उच्चायोग"})
#: an organisation's sites named after it ('ईडी कार्यालयों के बाहर', 'हमास ठिकानों पर', 'हिज़्बुल्लाह शिविरों पर')
_SITES = _PREMISES | {"ठिकाने", "ठिकानों", "शिविर", "शिविरों", "चौकी", "चौकियों", "कैंप", "कैंपों"}
#: an organisation's or force's positions and camps ('हमास ठिकानों पर हमला किया'): what is done to them is done to it
_POSITIONS = _SITES - _PREMISES
#: premises raided (_premises_owner): offices, and homes, hideouts and factories
_RAIDED = _PREMISES | {"ठिकाने", "ठिकानों", "परिसर", "परिसरों", "घर", "घरों", "आवास", "आवासों", "फैक्टरी", "फैक्ट्री",
                       "कारखाने"}


def _covered_by_units(units: Sequence[_Unit]) -> set[int]:
    """The token indices the units so far cover."""
    return {k for u in units for k in range(u.start, u.end)}


def _last_named_org(state: _State, head: str, before: int) -> Entity | None:
    """The organisation named last before character ``before`` whose Hindi name has the word ``head`` ('इस बैंक' →
    'पेटीएम पेमेंट्स बैंक', 'इस समूह' → 'अडानी समूह'), or that word right before a mention ('अमेरिकी ट्रेडिंग
    कंपनी जेन स्ट्रीट' → Jane Street), or None."""
    def has_head(m: Mention) -> bool:
        return head in fold(m.text).split() or fold(state.text[max(0, m.start - 30):m.start]).split()[-1:] == [head]

    return _last_org(state, before, lambda e, mentions: any(map(has_head, mentions)), has_head)


def _named_body(state: _State, lemma: str, before: int) -> Entity | None:
    """The organisation of the kind of the nominal ``lemma`` named last before character ``before`` ('सुप्रीम
    कोर्ट' for a later bare 'अदालत', 'चुनाव आयोग' for 'आयोग'): one NER found, or one the event stage found that
    took part in an event; else None."""
    words = _BODY_WORDS.get(lemma)
    if not words:
        return None
    # (one the event stage found counts even before it took part: referring to it makes it take part, 'सांसदों को
    # लोकसभा से निलंबित कर दिया गया। ... सदन से बहिर्गमन किया')
    # (not a court named only as a judge's: 'सुप्रीम कोर्ट ने इलाहाबाद हाईकोर्ट के न्यायाधीश वर्मा की याचिका खारिज
    # की। ... पीठ ने कहा' is the Supreme Court's bench)
    return _last_org(state, before, lambda e, mentions: any(w in (e.name or "") for w in words), found=True,
                     counts=lambda m: not _JUDGES_OF.match(state.text, m.end))


#: a court's judge named after its name ('इलाहाबाद हाईकोर्ट के न्यायाधीश यशवंत वर्मा', '... की पूर्व न्यायाधीश', '... के
#: जज'; not its judges acting: 'अंतरराष्ट्रीय आपराधिक न्यायालय के न्यायाधीशों ने वारंट जारी किए')
_JUDGES_OF = re.compile(r"\s*(?:के|की)\s+(?:(?:पूर्व|मौजूदा|वरिष्ठ|मुख्य)\s+)*(?:न्यायाधीश|जज|न्यायमूर्ति)(?!\S)"
                        r"(?!\s*ने(?:\s|$))")


def _last_org(state: _State, before: int, fits: Callable[[Entity, Sequence[Mention]], bool],
              counts: Callable[[Mention], bool] = lambda m: True, found: bool = False) -> Entity | None:
    """The organisation that ``fits`` named last (in a mention that ``counts``) before character ``before``: one NER
    found, or one the event stage found that took part in an event (with ``found``, any it found)."""
    named = [(e, e.mentions) for e in state.entities]
    named += [(e, state.unseen_mentions.get(key, [])) for key, e in state.unseen.items()
              if found or key not in state.only_if_taking_part or e in state.participants]
    best, pos = None, -1
    for e, mentions in named:
        if e.label != "ORG" or not fits(e, mentions):
            continue
        last = max((m.start for m in mentions if m.start < before and counts(m)), default=-1)
        if last > pos:
            best, pos = e, last
    return best


def _merged(first: Entity, other: Entity) -> Entity:
    """``first`` with the mentions of ``other`` too (in text order), every one of them now pointing to it."""
    merged = _with(first, mentions=tuple(sorted((*first.mentions, *other.mentions), key=lambda m: m.start)))
    for m in merged.mentions:
        object.__setattr__(m, "entity", merged)
    return merged


def _manner_targets(made: list[Event]) -> list[Event]:
    """'ट्रंप ने नाराज़गी जताते हुए स्पेन को धमकी दी', 'कार्रवाई की निंदा करते हुए सरकार पर आरोप लगाया': a hostile act
    (roots 11-20) told as the manner of the next one ('... करते हुए', 'जताते हुए') with nobody named is aimed where
    that hostile act, by the same actor right after it in the sentence, is."""
    out = list(made)
    for k, ev in enumerate(out):
        if ev.targets or ev.actor is None or ev.root < "11" or not ev.action.endswith("ते हुए"):
            continue
        main = next((x for x in out[k + 1:] if x.actor is ev.actor and x.start >= ev.end), None)
        # (hostile acts only: a demand or appeal is addressed to another than the one blamed, 'इसे उल्लंघन बताते हुए
        # चुनाव आयोग से कार्रवाई की मांग की')
        if main is not None and main.targets and main.root >= "11":
            out[k] = _with(ev, targets=main.targets)
    return out


def _last_body(state: _State, before: int) -> Entity | None:
    """The international body (an organisation of no country: इकोवास, नाटो, संयुक्त राष्ट्र) named last before character
    ``before``, or None."""
    return _last_org(state, before, lambda e, _: e.kind == "organisation" and _country_of(e) is None)


def _acting_organisation(state: _State) -> Entity | None:
    """The organisation (no state's organ) that acted last, in the current sentence or the one before, else None."""
    for ev, _ in reversed(state.acts):
        if ev.sentence < state.si - 1:
            return None
        if ev.actor is not None and ev.actor.label == "ORG" and ev.actor.id is not None \
                and ev.actor.kind == "organisation":
            return ev.actor
    return None


def _is_party(e: Entity) -> bool:
    """Is ``e`` a political party (an organisation whose Hindi or English name has a party word)?"""
    return e.label == "ORG" and (any(w in (e.name or "").split() for w in _PARTY_NAME_WORDS)
                                 or any(w in (e.name_en or "").split() for w in _PARTY_NAME_WORDS_EN))


def _story_party(state: _State, before: int) -> Entity | None:
    """The party a clause-opening 'पार्टी' refers to: the party that acted last ('भाजपा ने कांग्रेस पर हमला बोला।
    पार्टी ने कहा': the BJP), else the first party the document named before character ``before`` ('समाजवादी पार्टी
    के अध्यक्ष ने भाजपा पर आरोप लगाया। पार्टी के प्रवक्ता ने कहा': the SP); None when no party was named."""
    acted = next((ev.actor for ev, _ in reversed(state.acts) if ev.actor is not None and _is_party(ev.actor)), None)
    if acted is not None:
        return acted
    named = [(first, e) for e in state.entities if _is_party(e) and e.mentions
             and (first := min(m.start for m in e.mentions)) < before]
    return min(named, key=lambda x: x[0])[1] if named else None


def _interaction_pair(pair: tuple[Entity, Entity] | None, kind: str) -> tuple[Entity, ...]:
    """The parties of the last interaction, if both are of ``kind`` ('PER' leaders, 'country' countries, 'any')."""
    if pair is None:
        return ()
    return pair if all(_of_kind(e, kind) for e in pair) and pair[0] is not pair[1] else ()


def _people_of(entities: Sequence[Entity], before: int, pair: tuple[Entity, Entity]) -> tuple[Entity, ...]:
    """For two countries (or their organs), the person of each named last before character ``before``; none
    unless both have one."""
    codes = [None if e.label == "PER" else _country_of(e) for e in pair]
    if not all(codes) or codes[0] == codes[1]:
        return ()
    people = []
    for code in codes:
        named = [(m.start, e) for e in entities if e.label == "PER" and e.country == code
                 for m in e.mentions if m.start < before]
        if not named:
            return ()
        people.append(max(named, key=lambda x: x[0])[1])
    return tuple(people)


def _of_kind(e: Entity, kind: str) -> bool:
    """Is ``e`` of the kind a group noun names (_GROUP_NOUNS): a person ('PER'), an organisation ('ORG'), a country
    ('country'), or anyone not a nominal ('any')?"""
    return e.label != "NOM" and (kind not in ("PER", "ORG") or e.label == kind) and (
        kind != "country" or e.kind in ("country", "territory"))


#: verbs after a title that make someone its holder ('प्रधानमंत्री चुने गए', 'सेना प्रमुख नियुक्त', 'राष्ट्रपति बने')
_INSTALLING = frozenset({"नियुक्त", "चुना", "चुने", "चुनी", "बने", "बनीं", "बना", "बनी", "बनाया", "बनाए", "मनोनीत"})
#: first words of the threat idioms (_threat_idiom), besides बख्श-
_IDIOM_STARTS = frozenset({"छोड़ा", "छोड़े", "कीमत", "अंजाम", "खामियाजा", "परिणाम", "नतीजे", "सख्त", "कड़ी", "कठोर",
                           "जवाब", "कार्रवाई", "सजा", "हमले"})


def _names_places_in(entities: Sequence[Entity], country: str) -> bool:
    """Does the document name a city or region of ``country`` (not only the country)?"""
    return any(e.label == "LOC" and e.kind not in ("country", "territory") and e.country == country for e in entities)


def _casualty_closes(toks: Sequence[str]) -> bool:
    """Does a casualty verb close a clause of the sentence ('... 23 लोगों की मौत हो गई।', '... लोग मारे गए और ...'),
    not describe a noun ('मारे गए चरमपंथी की पहचान ... की गई')?"""
    return any((end := _casualty_end(toks, k)) and (end >= len(toks) or toks[end] in _CLAUSE_END)
               for k in range(len(toks)))


#: causes of death other than an attack: a sentence naming one tells of no attack's dead
_OTHER_CAUSES = frozenset({"हादसे", "हादसा", "हादसों", "दुर्घटना", "दुर्घटनाओं", "बाढ़", "भूकंप", "बीमारी", "भगदड़",
                           "तूफान", "चक्रवात", "बारिश", "लू", "ठंड", "संक्रमण", "कोरोना", "भूस्खलन", "बिजली", "डूबने",
                           "डूब", "इलाज", "अस्पताल", "सड़क", "ट्रेन", "बस", "विमान"})
#: words that make a promised action a sanction ('उचित कार्रवाई की जाएगी') and an answer a stern one ('मुंहतोड़ जवाब')
_SANCTION_WORDS = frozenset({"उचित", "कानूनी", "दंडात्मक", "अनुशासनात्मक", "सख्त", "कड़ी", "कठोर"})
_STERN_ANSWERS = frozenset({"मुंहतोड़", "मुँहतोड़", "करारा", "माकूल", "कड़ा", "सख्त", "जोरदार", "उचित", "मुंह-तोड़"})
#: titles of an Indian state's or union territory's head: what they threaten, the state's government does
_REGIONAL_HEADS = frozenset({"chief minister", "lieutenant governor", "governor"})


def _threat_idiom(toks: Sequence[str], k: int) -> bool:
    """Does a threat idiom start at token ``k``: 'बख्शा नहीं जाएगा', 'छोड़ा नहीं जाएगा', 'कीमत चुकानी होगी', 'सख्त
    कार्रवाई होगी / की जाएगी', 'अंजाम भुगतना पड़ेगा', 'उचित कार्रवाई की जाएगी', 'सज़ा दी जाएगी', 'मुंहतोड़ जवाब दिया
    जाएगा', 'हमले जारी रहेंगे'?"""
    t, nxt = toks[k], toks[k + 1:k + 4]
    if t.startswith("बख्श") or t in ("छोड़ा", "छोड़े"):
        return nxt[:1] == ["नहीं"] and len(nxt) > 1 and nxt[1].startswith("जा")
    if t in ("कीमत", "अंजाम", "खामियाजा", "परिणाम", "नतीजे"):  # (must: 'चुकानी होगी', 'भुगतना पड़ेगा')
        return len(nxt) > 1 and nxt[0].startswith(("चुका", "भुगत")) and nxt[1].startswith(("होग", "होंग", "पड़े"))
    if t in ("सख्त", "कड़ी", "कठोर") and nxt[:1] == ["कार्रवाई"]:
        return nxt[1:2] in (["होगी"], ["की"], ["करेंगे"], ["करेगी"]) and (nxt[1] != "की" or nxt[2:3] == ["जाएगी"])
    if t in ("कार्रवाई", "सजा"):
        # 'उचित कार्रवाई की जाएगी', 'अवमानना की कार्रवाई होगी', 'उन्हें सज़ा दी जाएगी': a sanction promised (an
        # action with no word of sanction, 'रिपोर्ट आने के बाद कार्रवाई की जाएगी', may be any)
        promised = nxt[:1] == ["होगी"] or nxt[:1] in (["की"], ["दी"]) and nxt[1:2] == ["जाएगी"]
        return promised and (t == "सजा" or k > 0 and toks[k - 1] in _SANCTION_WORDS
                             or k > 1 and toks[k - 2:k] == ["अवमानना", "की"])
    if t == "जवाब" and (k > 0 and toks[k - 1] in _STERN_ANSWERS or nxt[:1] in (["जरूर"], ["अवश्य"])):
        # 'इसका मुंहतोड़ जवाब दिया जाएगा', 'इन हमलों का जवाब ज़रूर दिया जाएगा': an answer promised, sternly
        rest = toks[k + 1:k + 12]
        end = next((j for j, w in enumerate(rest) if w in _CLAUSE_END and w not in _QUOTE_MARKS or w == "कि"),
                   len(rest))
        return any(w in ("दिया", "दी") and rest[j + 1:j + 2] in (["जाएगा"], ["जाएगी"])
                   for j, w in enumerate(rest[:end]))
    if t == "हमले":  # 'इसराइल पर हमले जारी रहेंगे': attacks that will go on
        return nxt[:1] == ["जारी"] and nxt[1:2] in (["रहेंगे"], ["रखेंगे"])
    return False


#: 'X की मदद के लिए': help for X
_HELP_NOUNS = frozenset({"मदद", "सहायता", "हिफाजत", "सुरक्षा", "रक्षा"})
#: what one is thanked for besides help ('समर्थन के लिए आभार')
_SUPPORT_NOUNS = frozenset({"समर्थन", "सहयोग", "मेजबानी", "मेज़बानी", "आतिथ्य", "स्वागत"})
_THANKED_FOR = _HELP_NOUNS | _SUPPORT_NOUNS
#: the nouns of thanks ('आभार जताया', 'धन्यवाद दिया', 'शुक्रिया अदा किया')
_THANKS_NOUNS = frozenset({"आभार", "धन्यवाद", "शुक्रिया"})
#: nouns of advice and warning: advising people not to travel to a country is a travel advisory against it (160)
_ADVICE_NOUNS = frozenset(noun_key(w) for w in ("सलाह", "परामर्श", "एडवाइजरी", "हिदायत", "चेतावनी"))
#: 'दोनों/तीनों/चारों देशों': all of the last two, three, four ... named
_ALL_OF = {"दोनों": 2, "तीनों": 3, "चारों": 4, "पांचों": 5, "पाँचों": 5, "छहों": 6, "सातों": 7, "आठों": 8,
           "दसों": 10}
#: numbers that count a group after 'इन' ('इन सात देशों ने') or people arrested ('दो आरोपियों को'), whom the next
#: sentences may name
_COUNTS = {"दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10,
           **{str(k): k for k in range(2, 11)}}
#: adjectives that may stand between such a count and its group noun ('तीनों यूरोपीय देशों')
_GROUP_ADJECTIVES = frozenset({"यूरोपीय", "पड़ोसी", "पश्चिमी", "अरब", "खाड़ी", "एशियाई", "अफ्रीकी", "शीर्ष", "बड़े",
                               "प्रमुख", "विश्व", "वैश्विक"})


def _party_of(state: _State, count: int) -> tuple[Entity, ...]:
    """The actor and targets of the last act (this or the two sentences before) that had ``count`` parties in all,
    or ()."""
    return next(((ev.actor, *ev.targets) for ev, _ in reversed(state.acts) if ev.sentence >= state.si - 2
                 and ev.actor is not None and len(ev.targets) == count - 1 and ev.actor not in ev.targets), ())


def _same_act_actors(state: _State, ev: Event) -> list[Entity]:
    """The actors of ``ev``'s predicate (ev's and its co-actors', events sharing its sentence and start), in order."""
    return list(dict.fromkeys(e.actor for e, _ in state.acts if (e.sentence, e.start) == (ev.sentence, ev.start)
                              and e.actor is not None))


def _joint_pair(state: _State, ev: Event) -> tuple[Entity, ...]:
    """The two people who did ``ev`` together (a PER actor of the same predicate besides ev's), earliest first."""
    actors = [a for a in _same_act_actors(state, ev) if a.label == "PER"]
    return tuple(actors) if len(actors) == 2 else ()


def _last_co_actors(state: _State, count: int, kind: str) -> tuple[Entity, ...]:
    """The ``count`` actors (of ``kind``: _GROUP_NOUNS) of the last act that as many did together (events sharing
    one predicate), in the two sentences before."""
    groups: dict[tuple[int, int], list[Entity]] = {}
    for ev, _ in state.acts:
        if ev.sentence >= state.si - 2 and ev.actor is not None:
            actors = groups.setdefault((ev.sentence, ev.start), [])
            if ev.actor not in actors:
                actors.append(ev.actor)
    for actors in reversed(list(groups.values())):
        if len(actors) == count and all(_of_kind(e, kind) for e in actors):
            return tuple(actors)
    return ()


def _last_list(state: _State, before: int, count: int) -> tuple[Entity, ...]:
    """The countries of the last list of exactly ``count`` countries named before character ``before`` ('ब्रिटेन,
    फ्रांस और जर्मनी'), in their order, or ()."""
    named = sorted((m.start, m.end, e) for e in state.entities if e.kind in ("country", "territory")
                   for m in e.mentions if m.end <= before)
    runs: list[list[tuple[int, int, Entity]]] = []
    for m in named:
        if runs and state.text[runs[-1][-1][1]:m[0]].strip(" ,") in ("", "और", "तथा", "एवं"):
            runs[-1].append(m)
        else:
            runs.append([m])
    run = next((r for r in reversed(runs) if len(r) == count and len({e for _, _, e in r}) == count), None)
    return tuple(e for _, _, e in run) if run is not None else ()


def _last_n(entities: Sequence[Entity], before: int, kind: str, count: int = 2,
            exclude: set | frozenset = frozenset()) -> tuple[Entity, ...]:
    """The ``count`` entities of ``kind`` mentioned last before character ``before`` (earliest first), or ()."""
    last: list[tuple[int, Entity]] = []
    for e in entities:
        if e in exclude or not _of_kind(e, kind) or (
                kind == "any" and e.label == "LOC" and e.kind not in ("country", "territory")):
            continue  # 'any': people, organisations and countries (not cities)
        pos = max((m.start for m in e.mentions if m.start < before), default=-1)
        if pos >= 0:
            last.append((pos, e))
    last.sort(key=lambda x: x[0])
    if kind == "any":
        # 'दोनों पक्ष' are two sides: a leader named after his country is the same side ('इसराइल ... नेतन्याहू')
        # (and the country stands for the side rather than its leader)
        # (so is a state organ: 'भारत ... विदेश मंत्रालय ने कहा कि दोनों पक्ष' are India and the other side)
        def side(x: Entity) -> str | None:
            return _country_of(x) if x.kind in ("country", "territory") or x.label == "PER" or (
                _state_organ(x) and x.country) else None

        picked: list[tuple[int, Entity]] = []
        for pos, e in reversed(last):
            same = next((k for k, (_, x) in enumerate(picked) if side(e) is not None and side(x) == side(e)), None)
            if same is None:
                picked.append((pos, e))
            elif e.kind in ("country", "territory") and picked[same][1].kind not in ("country", "territory"):
                picked[same] = (picked[same][0], e)
        last = sorted(picked, key=lambda x: x[0])
    if len(last) < count:
        return ()
    return tuple(e for _, e in last[-count:])


_MODAL_CAN = {"सकता", "सकती", "सकते", "सकेगा", "सकेगी", "सकेंगे", "सकें", "सके",
              # 'मदद कर पाएगा' (will be able to): a possibility; 'कर पाया' (managed to) is asserted
              "पाएगा", "पाएगी", "पाएंगे", "पाएंगी", "पाऊंगा", "पाऊंगी", "पाता", "पाती", "पाते"}
_SUBJUNCTIVE = {"करें", "करे", "दें", "लें", "भेजें", "भेजे", "मांगें", "रोकें", "रोके", "जाएं", "जाए", "कहें", "बताएं",
                # imperatives: 'मुझे गिरफ्तार करो' dares, it reports no arrest
                "करो", "करिए", "कीजिए", "दो", "दीजिए", "लो", "लीजिए", "भेजो", "रोको", "छोड़ो"}
_ALSO_PERFECTIVE = {"भेजे", "रोके"}  # subjunctive singular or perfective plural


#: announcements: an act announced is that act, not a statement (_announced_act)
_ANNOUNCEMENTS = frozenset({("घोषणा",), ("ऐलान",), ("एलान",)})


def _announced_act(toks: Sequence[str], start: int) -> bool:
    """Is the announcement noun at ``start`` one of an act told by an active infinitive ('घटाने की घोषणा की',
    'लगाने का भी ऐलान किया')? (Not a passive one: 'कई कदम उठाए जाने की घोषणा की' announces steps, a statement.)"""
    k = start - 1
    if k >= 0 and toks[k] in ("भी", "ही"):
        k -= 1
    return k >= 1 and toks[k] in ("की", "का") and toks[k - 1].endswith("ने") and toks[k - 1] != "जाने" \
        and bool(verb_stems(toks[k - 1]))


def _on_not_doing(toks: Sequence[str], start: int) -> bool:
    """Does the clause from ``start`` set a consequence on something not done ('कि ऐसा न करने पर उनके आरोप निराधार
    माने जाएंगे', 'शपथपत्र नहीं देने पर'): the formula of a threat?"""
    for k in range(start, len(toks) - 2):
        if toks[k] in _CLAUSE_END:
            return False
        if toks[k] in ("न", "नहीं") and toks[k + 1].endswith("ने") and verb_stems(toks[k + 1]) and toks[k + 2] == "पर":
            return True
    return False


def _not_asserted(group: Sequence[str]) -> bool:
    """A verb group that states a possibility ('कर सकता है', 'कर सकते हैं') or a wish/request in the subjunctive
    ('सहायता करें', 'कार्रवाई करे', 'रोक लगाई हो') rather than an action. 'कर सका' (managed to) is asserted."""
    if any(t in _MODAL_CAN for t in group):
        return True
    # 'जिस पर अदालत ने रोक लगाई हो', 'हमला कर रहे हों': a group closed by हो/हों is subjunctive
    return bool(group) and (group[-1] in _SUBJUNCTIVE or len(group) >= 2 and group[-1] in ("हो", "हों"))


def _span_and_date(ctx: "_SentenceContext", p: _Pred, lo: int) -> tuple[int, int, str | None]:
    """Character span of the predicate and the date the clause ``[lo, p.end)`` gives it."""
    tokens = ctx.sent.tokens
    return tokens[p.start].start, tokens[p.end - 1].end, _resolve_date(ctx.toks[lo:p.end], ctx.pub, p.tense)


_NON_STATE_SECTORS = {"REB", "CRM", "OPP", "CVL"}
#: groups a person attacks only with words: governments, oppositions, parliaments, courts, media
_CIVIL_SECTORS = {"GOV", "OPP", "LEG", "JUD", "MED"}
#: groups whose march (कूच) is a protest march: civilians, farmers, opposition, workers, students
_MARCHING_SECTORS = {"CVL", "OPP", "LAB", "EDU"}
#: armed groups: their attacks are armed, their surrounding a place a cordon
_ARMED_SECTORS = {"MIL", "SPY", "COP", "REB", "CRM"}


def _by_actor_type(code: str, label: str, actor: Entity, targets: Sequence[Entity] = (), noun: tuple[str, ...] = (),
                   hurt: bool = False) -> tuple[str, str]:
    """An unspecified attack (190, 'हमला कर') by a person or a non-state group (rebels, criminals, protesters) is
    unconventional violence (180) in CAMEO; states, armed forces and organisations keep 190. A named person's attack
    on named people or organisations only ('मोदी ने कांग्रेस पर हमला किया') is, in news, a verbal attack: 111; on a
    country ('पुतिन ने यूक्रेन पर हमला किया') it is the leader's state at war: 190. The police's on protesters or
    civilians is repression (175), as are troops' on protesters; protesters or civilians occupying a place storm it
    (145), they do not occupy territory (192), and protesters' violence, a crowd's arson or attack on a place or the
    police, is a riot (145), unless people were ``hurt`` (a casualty clause). Rebels' weapons handed over, or weapons
    handed to the police, are laid down (0873)."""
    if code == "190" and actor.label == "PER" and targets and all(
            t.label in ("PER", "ORG") or t.label == "NOM" and t.role in _CIVIL_SECTORS for t in targets):
        return "111", "criticize or denounce"  # (also on a government or the opposition: 'मोदी सरकार पर हमला')
    if code == "190" and actor.label == "PER" and any(t.kind in ("country", "territory") for t in targets):
        return code, label
    if code[:2] in ("18", "19") and actor.label == "NOM" and actor.name == "प्रदर्शनकारी":
        return "145", "protest violently, riot"  # 'प्रदर्शनकारियों ने प्रधानमंत्री आवास पर धावा बोल दिया'
    if code in ("180", "190", "193") and actor.label == "NOM" and targets and (
            actor.role in ("COP", "SPY") and all(t.label == "NOM" and t.role in _MARCHING_SECTORS for t in targets)
            or actor.role == "MIL" and all(t.label == "NOM" and t.name == "प्रदर्शनकारी" for t in targets)):
        # police or security forces firing on, beating or attacking protesters or civilians ('पुलिस ने प्रदर्शनकारियों
        # पर गोलीबारी की'), troops on protesters
        return "175", "use tactics of violent repression"
    if (code in ("190", "192") or "आग" in noun) and actor.label == "NOM" and actor.role in _MARCHING_SECTORS \
            and not hurt and not any(t.label == "PER" or t.label == "NOM" and (
                t.role in _MARCHING_SECTORS or t.role == "GOV") for t in targets):
        # a crowd's arson or stone-pelting is a riot ('गुस्साई भीड़ ने सरकारी दफ्तरों में आग लगा दी', 'ग्रामीणों ने
        # पुलिस पर पथराव किया'); its violence against people is not ('भीड़ ने युवकों की हत्या कर दी', '... ईडी के
        # अधिकारियों पर हमला कर दिया')
        return "145", "protest violently, riot"
    if code == "192" and actor.label == "NOM" and actor.role in _MARCHING_SECTORS:
        return "145", "protest violently, riot"  # 'प्रदर्शनकारियों ने राष्ट्रपति आवास पर कब्जा कर लिया': storming
    if code == "190" and (actor.label == "PER" or (actor.label == "NOM" and actor.role in _NON_STATE_SECTORS)):
        return "180", "use unconventional violence"
    if code == "072" and noun[:1] == ("हथियार",) and (actor.label == "NOM" and actor.role in ("REB", "CRM") or any(
            t.label == "NOM" and t.role in ("COP", "MIL") for t in targets)):
        # rebels handing their weapons over, or anyone handing them to the police or troops, lay them down
        # ('माओवादियों ने 153 हथियार पुलिस को सौंपे'): no military aid
        return "0873", "demobilize armed forces"
    if code == "150" and actor.label == "NOM" and actor.role in _MARCHING_SECTORS:
        return "141", "demonstrate or rally"  # 'किसानों ने दिल्ली की ओर कूच किया': a protest march, not troops
    return code, label


def _ends_in_marker(words: Sequence[str], frame: Sequence[str]) -> bool:
    """Do ``words`` end with one of the frame's case markers ('बाइडन से' for से, 'ईरान को' for को)?"""
    return any(tuple(words[-len(mk.split()):]) == tuple(mk.split()) and len(words) > len(mk.split())
               for mk in frame)


#: verbs that end a condition before तो without अगर ('... नहीं किया तो', '... रोका तो', '... माना तो')
_CONDITION_VERBS = frozenset({"कर", "हो", "दे", "ले", "जा", "रोक", "मान", "रुक", "बढ़", "आ"})


def _until_boundary(toks: Sequence[str], i: int) -> Sequence[str]:
    """The words from ``i`` up to the next sentence end, comma or clause joint."""
    end = next((k for k in range(i, len(toks)) if toks[k] in _CONDITION_STARTS), len(toks))
    return toks[i:end]


#: where such a condition starts (after the word)
_CONDITION_STARTS = frozenset({",", "।", ".", ":", "-", "कि", '"', "“", "'", ";"})


def _conditional_clauses(toks: Sequence[str]) -> list[tuple[int, int]]:
    """Token ranges of conditional clauses: from अगर / यदि up to तो, a comma or the sentence end; and, with no अगर,
    a clause whose verb is followed by तो ('परमाणु कार्यक्रम बंद नहीं किया तो होगा हमला'), from the clause boundary
    before it."""
    out = []
    for i, t in enumerate(toks):
        if t in ("अगर", "यदि", "अगरचे"):
            end = next((k for k in range(i + 1, len(toks)) if toks[k] in ("तो", ",", "।", ".")), len(toks))
            out.append((i, end))
        elif t == "तो" and i > 1 and not any(a < i <= b for a, b in out) and (
                toks[i - 1] in _AUX_WORDS or set(verb_stems(toks[i - 1])) & _CONDITION_VERBS) and any(
                w.endswith(_FUTURE_ENDINGS) or w == "चाहिए" for w in _until_boundary(toks, i + 1)):
            # (only before a consequence in the future: 'भारत ने बातचीत की तो चीन ने सेना हटा ली' tells what happened;
            # 'जब ... तो' is a time, not a condition)
            start = next((k for k in range(i - 1, -1, -1) if toks[k] in _CONDITION_STARTS), -1)
            if "जब" not in toks[start + 1:i]:
                out.append((start, i))
    return out


def _denial_reading(state: _State, ctx: "_SentenceContext", p: _Pred, lexicon: PredicateLexicon) -> _Pred | None:
    """'पाकिस्तान ने हमलों में अपना हाथ होने से इनकार किया', 'सेना ने ऐसे किसी अभियान से साफ़ इनकार किया', 'किसी भी गड़बड़ी
    से इनकार करते हुए', '..., जबकि काबुल इससे इनकार करता है' after an accusation: refusing (120) a claim, a part in
    something, or anything at all is denying it (016)."""
    toks = ctx.toks
    if p.pred.noun[:1] == ("असहमति",) and p.start >= 2 and toks[p.start - 1] == "से" \
            and noun_key(toks[p.start - 2]) in _CLAIM_NOUNS:
        # 'जेन स्ट्रीट ने सेबी के आरोपों से असहमति जताई': disagreeing with an accusation denies it
        return _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "016", "deny responsibility", ()))
    if p.pred.code != "120" or not p.pred.noun or p.pred.noun[0] not in _DENIALS:
        return None
    k = p.start - 1
    while k > 0 and toks[k] in _DENIAL_MANNER:
        k -= 1  # 'से साफ़ इनकार', 'से सिरे से इनकार'
    if k > 0 and toks[k] == "से" and toks[k - 1] == "सिरे":
        k -= 2
        if k < 0:
            return None
    if toks[k] in ("इससे", "इनसे"):
        # after an accusation of this or the sentence before ('इस्लामाबाद का आरोप है कि ..., जबकि काबुल इससे इनकार
        # करता है'), not after an offer ('... प्रस्ताव दिया, लेकिन ईरान ने इससे इनकार किया')
        denies = "आरोप" in toks[:k] or any(ev.code.startswith("112") and ev.sentence >= ctx.si - 1
                                          for ev, _ in state.acts[-4:])
    elif toks[k] == "से" and k >= 1:
        thing = toks[k - 1]
        denies = thing in _DENIED_THINGS or (
            thing == "होने" and k >= 2 and toks[k - 2] in _DENIED_THINGS  # 'अपना हाथ होने से', 'भूमिका होने से'
        ) or "किसी" in toks[max(0, k - 5):k - 1] and not (  # 'ऐसे किसी अभियान से', 'किसी भी गड़बड़ी से'
            # (not any accord or talks: 'किसी भी समझौते से इनकार कर दिया' refuses one)
            thing in _ACCORD_NOUNS or (found := lexicon.by_noun(thing)) is not None and found.code[:2] in _TALKS_ROOTS)
    else:
        return None
    if not denies:
        return None
    return _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "016", "deny responsibility", ()))


#: roots of talks and cooperation: what one refuses rather than denies
_TALKS_ROOTS = ("03", "04", "05", "06", "08")
#: what one denies rather than refuses: claims and reports, and a part in something
_DENIED_THINGS = frozenset({"आरोप", "आरोपों", "दावे", "दावों", "दावा", "खबर", "खबरों", "रिपोर्ट", "रिपोर्टों",
                            "अटकलों", "भूमिका", "हाथ", "संलिप्तता", "संलिप्त", "जिम्मेदार", "गड़बड़ी",
                            "अनियमितता", "अनियमितताओं", "आरोपो"})
#: adverbs of a flat denial ('से साफ़ इनकार किया')
_DENIAL_MANNER = frozenset({"साफ", "साफ़", "सीधे", "पूरी", "तरह", "स्पष्ट", "भी", "ही", "सख्ती"})
#: nouns of denying (इनकार किया कि, खंडन किया कि) and the words that may stand between them and the कि
_DENIALS = frozenset({"इनकार", "इंकार", "खंडन"})
_DENIAL_VERB_WORDS = frozenset({"किया", "की", "किए", "कर", "दिया", "है", "हैं", "था", "थी", "थे", "रहा", "रही", "रहे",
                                "गया", "गई", "गए", "चुका", "चुकी", "चुके"})


def _unreal_clauses(toks: Sequence[str]) -> list[tuple[int, int]]:
    """Token ranges of clauses that say no event happened: a question (from क्या, at the start or after a comma or
    कि, up to '?'), and the कि-clause of a denial ('इस बात से इनकार किया कि उसने ... हमला किया'), up to the sentence
    end or a contrast."""
    out = []
    n = len(toks)
    for i, t in enumerate(toks):
        if t == "क्या" and (i == 0 or toks[i - 1] in (",", "कि", ":", '"', "“", "'")):
            end = next((k for k in range(i + 1, n) if toks[k] in ("?", "।", ".")), n)
            if end < n and toks[end] == "?":
                out.append((i, end))
        elif t in _DENIALS:
            k = i + 1
            while k < n and k - i <= 5 and toks[k] in _DENIAL_VERB_WORDS:
                k += 1
            if k < n and toks[k] == "कि":
                end = next((j for j in range(k + 1, n) if toks[j] in ("।", ".", "लेकिन", "परंतु", "मगर", "जबकि")), n)
                out.append((k, end))
    return out


def _relative_clauses(toks: Sequence[str]) -> list[tuple[int, int]]:
    """'X, जो ... था, ने ...': (index of the opening comma, index of the closing comma) of each relative clause set
    off by commas between a subject and its ने."""
    out = []
    n = len(toks)
    for i in range(n - 2):
        if toks[i] == "," and toks[i + 1].startswith(_RELATIVE):
            close = next((c for c in range(i + 2, min(n - 1, i + 40)) if toks[c] == "," and toks[c + 1] == "ने"),
                         None)
            if close is not None:
                out.append((i, close))
    return out


def _marker_at(toks: Sequence[str], i: int) -> tuple[str, ...] | None:
    if i >= len(toks) or (forms := _MARKERS_BY_FIRST.get(toks[i])) is None:
        return None
    for mk in forms:
        if len(mk) == 1 or tuple(toks[i:i + len(mk)]) == mk:
            return mk
    return None


def _genitive_list(toks: Sequence[str], region: list[_Unit], noun: int) -> list[_Unit]:
    """'मोदी और शी जिनपिंग की (कज़ान में) मुलाकात': two or more listed units in the genitive of the action noun at
    ``noun``, with at most a short place or time adjunct in between; else []."""
    for k in range(len(region) - 1, 0, -1):
        last = region[k]
        end = last.end
        if end + 1 < noun and toks[end] == "के" and toks[end + 1] in _ROLE_NOUNS:
            end += 2  # 'भारत और चीन के विदेश मंत्रियों की बैठक': the parties' officials meet for them
            while end < noun and toks[end] in _ROLE_NOUNS:
                end += 1
        gap = toks[end + 1:noun]
        if not (end < noun and toks[end] in ("की", "के", "का")
                and (not gap or len(gap) <= 3 and gap[-1] in ("में", "को"))):
            continue
        members = [last]
        while k > 0 and (link := toks[region[k - 1].end:region[k].start]) and all(t in _COORD for t in link):
            k -= 1
            members.insert(0, region[k])
        return members if len(members) >= 2 else []
    return []


def _union_alone(toks: Sequence[str], i: int) -> bool:
    """'केंद्र' alone as a participant (the Union government): right before ने/से/को/पर/के खिलाफ/की ओर से, after a
    clause boundary, a case marker or a conjunction (not 'स्वास्थ्य केंद्र से', 'आतंकवाद का केंद्र है'); or after
    का/की that agree with a following action noun ('राहुल गांधी का केंद्र पर हमला')."""
    before = toks[i - 1] if i > 0 else "।"
    if before in ("का", "की") and _marker_at(toks, i + 1) in (("से",), ("को",), ("पर",), ("के", "खिलाफ")):
        # 'राहुल गांधी का केंद्र पर हमला': का/की agree with the action noun after केंद्र, not with a possessed केंद्र
        # (that would be 'X के केंद्र पर')
        return True
    if not (before in _CLAUSE_END or before in _COORD or before in ("ने", "से", "को", "पर", "कि", "भी", "तो")
            # (or after an ergative pronoun subject: 'उन्होंने केंद्र पर ... का आरोप लगाया')
            or before in ("उन्होंने", "उसने", "इन्होंने", "इसने")
            # (or opening a condition: 'कि अगर केंद्र ने रवैया नहीं बदला')
            or before in ("अगर", "यदि", "जब")
            # (or after a purpose or time phrase: 'दर्जा बहाल कराने के लिए केंद्र पर', 'बैठक के बाद केंद्र ने')
            or before in ("लिए", "बाद") and i > 1 and toks[i - 2] == "के"
            # (or a conjunctive participle: 'प्रधानमंत्री को पत्र लिखकर केंद्र से')
            or before.endswith(("कर", "करके")) and len(before) > 3):
        return False
    if before == "कि" and i + 1 < len(toks) and _marker_at(toks, i + 1) is None \
            and toks[i + 1] not in _CLAUSE_END and toks[i + 1] not in _UNION_COMPOUNDS:
        return True  # the unmarked subject of what is said: 'आरोप लगाया कि केंद्र जानबूझकर सहायता रोक रहा है'
    if i + 2 < len(toks) and toks[i + 1] in ("का", "की", "के") and toks[i + 2] not in _CLAUSE_END \
            and _marker_at(toks, i + 2) is None:
        return True  # the possessor of what follows: 'केंद्र की चुनावी बॉन्ड योजना को', 'केंद्र की नीतियों की आलोचना'
    return _marker_at(toks, i + 1) in (("ने",), ("से",), ("को",), ("पर",), ("के", "खिलाफ"), ("की", "ओर", "से"))


#: words that make 'केंद्र' a centre, not the Union: 'केंद्र बिंदु', 'केंद्र शासित'
_UNION_COMPOUNDS = frozenset({"बिंदु", "बिन्दु", "शासित", "स्थल", "स्थान", "में", "का", "की", "के"})


#: currencies and the nouns of aid and credit: a sum of them announced is aid promised (_money_offered)
_CURRENCIES = frozenset({"डॉलर", "रुपये", "रुपए", "यूरो", "पाउंड", "येन", "युआन", "दिरहम", "रियाल"})
_AID_KEYS = frozenset(noun_key(w) for w in ("पैकेज", "ऋण", "कर्ज", "कर्ज़", "लोन", "सहायता", "मदद", "अनुदान",
                                            "राहत", "ऋण व्यवस्था", "वित्तपोषण", "किस्त"))


def _money_offered(words: Sequence[str]) -> bool:
    """Do ``words`` (before an announcement) name a sum ('20 अरब डॉलर की', '45 करोड़ डॉलर के') of aid or credit
    ('ऋण व्यवस्था', 'पैकेज', 'सहायता') as what is announced?"""
    cur = next((k for k, w in enumerate(words) if w in _CURRENCIES), None)
    return cur is not None and any(noun_key(w) in _AID_KEYS for w in words[cur + 1:])


def _quoted_at(toks: Sequence[str], k: int) -> bool:
    """Is ``toks[k]`` inside a short quoted label (at most eight words between a pair of quote marks: "'न तो मुक्त, न
    ही निष्पक्ष' बताया"), not a quoted speech, which negates what it says?"""
    marks = [j for j, t in enumerate(toks) if t in _QUOTE_MARKS]
    before = [j for j in marks if j < k]
    after = [j for j in marks if j > k]
    return len(before) % 2 == 1 and bool(after) and after[0] - before[-1] <= 9


def _neither_nor(toks: Sequence[str], start: int) -> bool:
    """'न तो हमले की पुष्टि की और न ही इसका खंडन किया': a clause opened by न तो / न ही, up to six words before the
    predicate with no clause boundary in between, is negated."""
    for k in range(start - 2, max(-1, start - 8), -1):
        if toks[k] in ("और", ",", "।", "कि") or toks[k] in _CLAUSE_END:
            return False
        if toks[k] in ("न", "ना") and toks[k + 1] in ("तो", "ही") and not _quoted_at(toks, k):
            return True
    return False


def _promised(promise: Event, made: list[Event]) -> bool:
    """Is ``made`` (the events of a कि-clause) the content of the generic intention ``promise`` before it: the same
    actor intending one action (वादा किया कि वह ... भेजेगा)?"""
    return (promise.root == "03" and promise.code.endswith("0") and len(made) == 1
            and made[0].root == "03" and made[0].actor is promise.actor)


_MISSILES = {"मिसाइल", "मिसाइलें", "मिसाइलों"}
#: 'X के चारों ओर / आसपास / करीब / नजदीक / निकट': near or around X
_AROUND = {"चारों", "आसपास", "आस-पास", "करीब", "नजदीक", "निकट", "समीप"}


#: the threat a hostile act promised on a condition makes (CAMEO 13x), by the act's code (longest prefix first)
_THREATS = (("163", "1312", "threaten with sanctions, boycott, or embargo"),
            ("16", "131", "threaten non-force"),
            ("17", "137", "threaten with repression"),
            ("14", "133", "threaten with political dissent, protest"),
            ("18", "138", "threaten with military force"), ("19", "138", "threaten with military force"),
            ("20", "138", "threaten with military force"))


def _own_victims(ev: Event, target: Entity) -> bool:
    """Is ``target`` a group of civilians of the very country whose force ``ev`` is (a country acting)?"""
    return (ev.actor.kind in ("country", "territory") and target.label == "NOM" and target.role in _PEOPLE_SECTORS
            and target.country is not None and target.country == _country_of(ev.actor))


def _conditional_threat(ev: Event) -> dict[str, str]:
    """The code and label a future act of roots 14 and 16-20 takes when it is promised on a condition: the matching
    threat; nothing for other acts, or for acts that happened."""
    if ev.tense != "future" or ev.negated:
        return {}
    found = next(((code, label) for prefix, code, label in _THREATS if ev.code.startswith(prefix)), None)
    return {"code": found[0], "label": found[1]} if found else {}


def _threatened_act(threat: Event, made: list[Event]) -> dict[str, str]:
    """When ``made`` (the events of a कि-clause) is the one future act a generic threat before it (130) says its
    actor will do ('धमकी दी कि वे शुल्क लगा देंगे'): the code and label of the threat that act makes; else
    nothing."""
    if threat.code not in ("13", "130") or len(made) != 1 or made[0].actor is not threat.actor:
        return {}
    return _conditional_threat(made[0])


def _dative_experiencer(toks: Sequence[str], lo: int, verb: int) -> bool:
    """Is there a 'X को' (not a date: 'सोमवार को', '15 जून को') between ``lo`` (the clause's start, or eight words
    back when the clause is shorter) and ``verb``, with no comma or danda between it and the verb?"""
    k = verb - 1
    while k > 0 and k >= lo and toks[k] not in (",", "।", ";", "कि"):
        if toks[k] == "लिए" and k >= 2 and toks[k - 1] == "के" and toks[k - 2].endswith("ने") and toks[k - 2] != "ने":
            return False  # 'युद्धविराम को टिकाऊ बनाने के लिए मिलते रहेंगे': a को before a purpose is the purpose's
        if toks[k] == "को" and toks[k - 1] not in _TIME_WORDS and toks[k - 1] not in _MONTHS \
                and not toks[k - 1].isdigit():
            return True
        if toks[k] in _DATIVE_PRONOUNS:  # 'जिन्हें ... भाग लेने का मौका मिल रहा है'
            return True
        k -= 1
    return False


_DATIVE_PRONOUNS = frozenset({"उन्हें", "इन्हें", "जिन्हें", "उसे", "इसे", "जिसे", "मुझे", "हमें", "तुम्हें", "आपको"})


#: agreeing ('सहमत हुए', 'सहमति जताई', 030): with no party named, an agreement answers whoever addressed the actor
_ACCORDS = {("सहमत",), ("सहमति",)}
#: speech nouns whose adverbial participle only sets a scene ('भाषण देते हुए', 'संबोधित करते हुए')
_SCENE_SPEECH = frozenset({"भाषण", "संबोधित", "संबोधन"})
#: participles that tell what happened to the name before them ('इमरान खान गिरफ्तार', 'तीन आतंकी ढेर'): in a
#: headline that name is the patient, not the actor
_PATIENT_STATES = frozenset({"गिरफ्तार", "रिहा", "निलंबित", "नजरबंद", "बर्खास्त", "निष्कासित", "तबाह", "ढेर", "ध्वस्त",
                             "जब्त", "हिरासत", "घायल", "अगवा", "बंधक"})
#: words of retaliation that make a warning a threat even with nobody named ('... युद्ध की कार्रवाई माना जाएगा')
_RETALIATION_KEYS = frozenset(noun_key(w) for w in ("कार्रवाई", "जवाब", "परिणाम", "नतीजे", "कीमत", "युद्ध", "हमला",
                                                     "बख्शा", "प्रतिशोध", "बदला", "जवाबी", "बर्दाश्त",
                                                     # (sanctions: 'चेतावनी दी कि ... पर शुल्क लगाया जाएगा')
                                                     "शुल्क", "टैरिफ", "प्रतिबंध", "पाबंदी",
                                                     # ('... तो सैन्य हस्तक्षेप / बल प्रयोग किया जा सकता है')
                                                     "हस्तक्षेप",
                                                     # ('... तो मुख्य सचिव व्यक्तिगत रूप से जिम्मेदार होंगे')
                                                     "जिम्मेदार", "ज़िम्मेदार"))
#: a person's people who speak for the person ('ट्रंप के प्रवक्ता ने'); supporters, members or soldiers do not
_PERSON_VOICES = frozenset({"प्रवक्ता", "प्रवक्ताओं", "प्रतिनिधि", "प्रतिनिधियों", "कार्यालय", "दफ्तर"})
_LETTERS = {"पत्र", "चिट्ठी", "खत", "चिट्टी"}
_NOTICES = {"नोटिस", "समन", "सम्मन"}


#: bodies (recovered, not seized)
_BODIES = frozenset({"शव", "शवों", "लाश", "लाशें", "लाशों", "अवशेष"})
#: 'X के नेतृत्व वाली सेना' (forces led by X)
_LED_WORDS = frozenset({"वाली", "वाले", "वाला"})
#: 'is' after 'करने वाला': about to do it
_IMMINENT_AUX = frozenset({"है", "हैं", "हूं", "हो"})  # (not था: 'यात्रा करने वाला था' also means 'was a traveller')
#: what one gets (X मिली): before a bare मिल these make it receiving, not meeting
_GOT_KEYS = frozenset(noun_key(w) for w in (
    "मदद", "सहायता", "जानकारी", "सफलता", "जीत", "मंजूरी", "राहत", "जमानत", "सूचना", "सजा", "अनुमति", "टिकट",
    "समर्थन", "बढ़त", "हार", "पुरस्कार", "सम्मान", "मौका", "धमकी", "धमकियां", "कामयाबी", "बहुमत", "सीटें", "वोट"))
#: nouns of asking someone to act ('... लौटने की अपील की', '... करने का आग्रह किया')
_REQUEST_NOUNS = frozenset({"अपील", "मांग", "आग्रह", "अनुरोध", "गुजारिश", "गुहार", "सलाह", "आह्वान", "अपेक्षा"})
_CHARGE_NOUNS = frozenset({"आरोप", "आरोपों"})


def _in_request(toks: Sequence[str], i: int) -> bool:
    """Is the conjunctive participle at ``i`` part of what is asked ('हथियार डालकर मुख्यधारा में लौटने की अपील की',
    'सेना वापस बुलाकर बातचीत करने को कहा'): an infinitive after it, in the same clause, governed by a request noun
    or by 'को कह', with the addressee ('से') before the participle? ('ईरान पर प्रतिबंध लगाकर उससे बातचीत करने की अपील
    की': the sanctions are the actor's own act.) Or part of what is charged ('अमेरिका पर दबाव डालकर शीत युद्ध की
    मानसिकता थोपने का आरोप लगाया'): the accused ('पर') before it, and the infinitive governed by 'आरोप'?"""
    marked = set()  # the addressee's से and the accused's पर before it, in its clause
    for k in range(i - 1, max(-1, i - 10), -1):
        if toks[k] in _CLAUSE_END or toks[k] == "ने":
            break
        if toks[k] in ("से", "पर"):
            marked.add(toks[k])
    charged = "पर" in marked
    for k in range(i + 1, min(len(toks) - 2, i + 10)):
        if toks[k] in _CLAUSE_END and toks[k] not in _QUOTE_MARKS or toks[k] == "कि":
            return False  # (a quoted phrase inside goes on: "'शीत युद्ध की मानसिकता' थोपने का आरोप")
        if toks[k] == "पर":
            charged = False  # 'वरुण पर रासुका का विरोध करके मायावती पर ... का आरोप लगाया': the accused comes after it
        if toks[k].endswith(("ने", "ना")) and len(toks[k]) > 2 and (
                "से" in marked and (toks[k + 1] in _GENITIVE_WORDS and toks[k + 2] in _REQUEST_NOUNS
                                    or toks[k + 1] == "को" and "कह" in verb_stems(toks[k + 2]))
                or charged and toks[k + 1] in _GENITIVE_WORDS and toks[k + 2] in _CHARGE_NOUNS):
            return True
    return False


def _sent_to(toks: Sequence[str], i: int) -> bool:
    """Does a letter or a notice go out at ``i`` ('पत्र लिखकर', 'नोटिस जारी कर', 'नोटिस भेजकर')? Its addressee
    (marked को before it) is the one the next appeal or demand is made of."""
    if toks[i] == "लिखकर":
        return toks[i - 1] in _LETTERS
    if toks[i] == "भेजकर" or (toks[i] in ("कर", "करके") and toks[i - 1] == "जारी"):
        k = i - 1 if toks[i] == "भेजकर" else i - 2
        return k >= 0 and toks[k] in (_LETTERS | _NOTICES)
    return False


#: what is 'occupied' without being territory: seats, power, offices, titles, markets
_NOT_TERRITORY = {"सीट", "सीटों", "सीटें", "सत्ता", "सीनेट", "सदन", "संसद", "बहुमत", "कुर्सी", "पद", "गद्दी", "खिताब",
                  "ट्रॉफी", "बाजार", "बाजारों", "निगम", "निगमों", "नगरपालिका", "पालिका", "पालिकाओं", "पंचायत",
                  "पंचायतों", "परिषद", "परिषदों"}


#: (noun, verb) of entering a place: an event only when troops do it (_clause_events)
_ENTERING = {(("दाखिल",), ("हो",)), ((), ("घुस",))}
#: (noun, verb) of attacks that may be verbal or armed ('भाजपा पर हमला बोला', 'सरकार पर वार किया'; 'युवक पर चाकू से
#: वार किया'): read by their participants (_verbal_or_armed)
#: words that make troops' answer ('जिसका जवानों ने प्रभावी ढंग से जवाब दिया') one of fire
_RETURNED_FIRE = frozenset({"जिसका", "प्रभावी", "माकूल", "जवाबी"})
_VERBAL_OR_ARMED = {(("हमला",), ("बोल",)), (("वार",), ("कर",)), (("करारा", "जवाब"), ("दे",)),
                    (("मुंहतोड़", "जवाब"), ("दे",))}


def _verbal_or_armed(noun: tuple[str, ...], actor: Entity, targets: Sequence[Entity]) -> tuple[str, str] | None:
    """'X ने Y पर हमला बोला' (and 'करारा / मुंहतोड़ जवाब दिया') is, in Indian political news, mostly a verbal attack:
    111 when a person or an organisation attacks named people or organisations; an armed one (190, refined by the
    actor's type) when armed men or a country act or a place or security force is attacked; no event when it cannot
    be told (an organisation, no target)."""
    armed_actor = actor.label == "NOM" and actor.role in _ARMED_SECTORS or actor.kind in ("country", "territory") \
        and not (targets and all(t.label in ("PER", "ORG") for t in targets))  # ('चीन ने ट्रंप पर हमला बोला': words)
    armed_target = any(t.label == "LOC" or t.label == "NOM" and t.role in ("MIL", "SPY", "COP") for t in targets)
    if armed_actor or armed_target:
        return "190", "use conventional military force"
    if not targets and noun[-1] == "जवाब":
        return "010", "make statement"  # 'आलोचकों को करारा जवाब देते हुए शतक पूरा किया': a retort to nobody named
    if targets and all(t.label in ("PER", "ORG") or t.label == "NOM" and t.role in _CIVIL_SECTORS for t in targets) \
            or actor.label == "PER" and not targets:
        return "111", "criticize or denounce"
    return None


def _through_document(toks: Sequence[str], a: int, b: int) -> bool:
    """Do the tokens ``[a, b)`` name a document of the genitive before ``a``: 'एक ताजा रिपोर्ट में' before कहा
    गया?"""
    span = list(toks[a:b])
    k = next((i for i in range(len(span) - 1, -1, -1) if span[i] == "में"), None)
    if k is None or any(t not in _SAID_FILLERS for t in span[k + 1:]) or len(span) - k > 4:
        return False
    span = span[:k]
    if not span or span[-1] not in _DOCUMENTS:
        return False
    return len(span) <= 6 and all(t in _DOCUMENT_FILLERS for t in span[:-1])


def _document_authors(toks: Sequence[str], region: list[_Unit], start: int) -> list[_Unit]:
    """'संयुक्त राष्ट्र की एक रिपोर्ट में कहा गया है', 'पुलिस की प्राथमिकी में कहा गया': the authors of the document a
    passive statement quotes."""
    # (the genitive chain has lent the unit its final marker, में; marker_end still follows the genitive)
    authors = [u for u in region if u.marker in (*_GENITIVE, ("में",)) and not u.possessor_of_next
               and 0 < u.marker_end and toks[u.marker_end - 1] in _GENITIVE_WORDS
               and _through_document(toks, u.marker_end, start)]
    # 'एक संयुक्त राष्ट्र समीक्षा में कहा गया है': a name compounded with the document noun is its author
    return authors or [u for u in region if u.end < len(toks) and toks[u.end] in _DOCUMENTS and u.entity is not None
                       and u.entity.label != "PER" and _through_document(toks, u.end, start)]


#: words that make an organisation's name a state organ (रक्षा मंत्रालय, गृह विभाग, भारतीय दूतावास)
_STATE_ORGAN_WORDS = {"मंत्रालय", "विभाग", "सरकार", "सेना", "पुलिस", "दूतावास", "कमान", "प्रशासन", "मुख्यालय"}
_FORCE_SECTORS = {"MIL", "SPY", "COP"}
#: organs a state, province or city has of its own: 'उत्तर प्रदेश सरकार', 'बिहार पुलिस'
_REGIONAL_SECTORS = {"GOV", "COP"}


def _mutual_parties(events: Sequence[Event]) -> list[Entity]:
    """The actors of ``events`` that act on each other ('इसराइल और हमास के बीच युद्धविराम': Israel → Hamas and
    Hamas → Israel), in order."""
    return list(dict.fromkeys(ev.actor for ev in events if ev.actor is not None and any(
        t is not ev.actor and any(x.actor is t and ev.actor in x.targets for x in events) for t in ev.targets)))


def _reason_par(toks: Sequence[str], k: int) -> bool:
    """Is the पर at ``k`` one of reason, 'for doing': right after an infinitive ('खरीद जारी रखने पर'), with another
    पर-phrase after it in the clause ('... भारत से आने वाले सामान पर शुल्क लगाया')? Alone it is what a ban or a
    duty is on ('ग्राहक जोड़ने पर रोक लगाई')."""
    if k < 1 or not toks[k - 1].endswith("ने") or not verb_stems(toks[k - 1]):
        return False
    for t in toks[k + 1:]:
        if t in _CLAUSE_END or t in _CLAUSE_JOINTS:
            return False
        if t == "पर":
            return True
    return False


#: 'X के जवाब में', 'X की प्रतिक्रिया में', 'X के प्रतिशोध में': an act done in response to X's (_responded_to)
_IN_RESPONSE = {("के", "जवाब", "में"), ("की", "प्रतिक्रिया", "में"), ("के", "प्रतिशोध", "में"),
                ("के", "प्रतिकार", "में"), ("के", "विरोध", "में")}  # (the last: protests only)
#: hostile roots whose target may be the party whose act they answer
_RESPONSE_ROOTS = {"11", "12", "13", "14", "16", "17", "18", "19", "20"}
#: legal actions protested against ('गिरफ्तारी के विरोध में'): their last doer is the protest's target
_LEGAL_ACTION_KEYS = frozenset(noun_key(w) for w in ("गिरफ्तारी", "हिरासत", "छापेमारी", "छापे", "कार्रवाई", "निलंबन"))

#: how a guest is welcomed ('उनका औपचारिक स्वागत किया', 'मोदी का पारंपरिक अंदाज़ में स्वागत किया'), between the
#: guest and the welcome (_person_welcomed; _welcomed allows one manner word, _WELCOME_MANNER)
_PERSON_WELCOME_WORDS = frozenset({"औपचारिक", "भव्य", "जोरदार", "ज़ोरदार", "पारंपरिक", "गर्मजोशी", "से", "भरा",
                                   "शानदार", "रस्मी", "अंदाज़", "अंदाज", "में", "खुद", "स्वयं", "भी"})


def _union_before(toks: Sequence[str], start: int) -> bool:
    """Is the word at ``start`` (a party before 'सरकार') qualified by 'केंद्र की/के/का' ('केंद्र की भाजपा सरकार')?"""
    return start >= 2 and toks[start - 1] in _GENITIVE_WORDS and toks[start - 2] in _UNION


def _honours(pred: Predicate) -> bool:
    """Does ``pred`` confer an honour ('सम्मानित किया', 'नवाज़ा', 'सम्मान प्रदान किया')?"""
    return pred.noun in (("सम्मानित",), ("सम्मान", "प्रदान"), ("पुरस्कार", "प्रदान")) or pred.verb == ("नवाज",)


def _arrival_word(t: str) -> bool:
    """A word of arrival ('पहुंचे', 'पहुंचा', 'आगमन', 'हवाई अड्डे'), not the causative 'पहुंचाया' (brought)."""
    return t in _ARRIVAL_WORDS or t.startswith(("पहुंच", "पहुँच")) and (
        t in ("पहुंचा", "पहुँचा") or not t.startswith(("पहुंचा", "पहुँचा")))


def _interview_given(toks: Sequence[str], k: int) -> bool:
    """Does an interview given start at ``k``, right after a को ('एक रूसी अख़बार को दिए (गए) साक्षात्कार में')?"""
    return k < len(toks) - 1 and toks[k] in ("दिए", "दिये", "दिया", "दी") and any(
        t in _INTERVIEW_NOUNS for t in toks[k + 1:k + 4])


def _person_welcomed(ctx: "_SentenceContext", p: _Pred) -> bool:
    """Is the welcome's object a person itself ('लौरेंसो ने उनका औपचारिक स्वागत किया', 'लूला ने मोदी का स्वागत
    किया'), not what a person did ('ट्रंप के फैसले का स्वागत')? (A foreign guest so welcomed is hosted, 043.)"""
    toks = ctx.toks
    k = p.start - 1
    while k > 0 and p.start - k <= 4 and toks[k] in _PERSON_WELCOME_WORDS:
        k -= 1
    if toks[k] in ("उनका", "उसका", "इनका", "आपका"):
        return True
    ends = {u.end: u for u in ctx.units}
    u = ends.get(k) if toks[k] in ("का", "की") else None
    return u is not None and u.entity is not None and u.entity.label == "PER"


#: words of an arrival that make a welcome a host's: 'हवाई अड्डे पर स्वागत किया', 'आगमन पर'
_ARRIVAL_WORDS = frozenset({"हवाई", "हवाईअड्डे", "एयरपोर्ट", "आगमन", "अगवानी"})

#: people of a place: 'पहलगाम के दो निवासियों', 'गांव के युवकों'
_RESIDENT_NOUNS = frozenset({"निवासी", "निवासियों", "लोग", "लोगों", "युवक", "युवकों", "व्यक्ति", "व्यक्तियों",
                             "ग्रामीण", "ग्रामीणों", "नागरिक", "नागरिकों", "छात्र", "छात्रों", "मजदूर", "मजदूरों"})

def _recent_parties(state: _State, si: int) -> list[Entity]:
    """The last two parties that acted on each other in sentence ``si`` or the two before it (_mutual_parties)."""
    return _mutual_parties([ev for ev, _ in state.acts if ev.sentence >= si - 2])[-2:]


#: nouns of a third party's part in talks or an accord: 'X की मध्यस्थता से/में' mediates, 'X की मेज़बानी में' hosts
_MEDIATION_NOUNS = {"मध्यस्थता": ("045", "mediate"), "मेज़बानी": ("043", "host a visit"),
                    "मेजबानी": ("043", "host a visit"), "मौजूदगी": ("040", "consult"), "उपस्थिति": ("040", "consult")}
#: 'X (भी) मौजूद थे / उपस्थित रहे': being present (_present_at)
_PRESENT = frozenset({"मौजूद", "उपस्थित"})
_PRESENT_BE = frozenset({"थे", "था", "थी", "थीं", "रहे", "रहा", "रही", "रहीं"})
_ATTENDED_ROOTS = frozenset({"02", "03", "04", "05", "06", "07", "08"})
#: attending a ceremony: the word and the forms of 'be' or 'come' after it ('समारोह में शामिल हुए', '... नहीं पहुंचे')
_ATTENDING = {"शामिल": frozenset({"हुए", "हुईं", "हुई", "हुआ", "थे", "थीं", "रहे", "रहीं"}),
              "पहुंचे": frozenset({"।", ".", "थे", "और", ","}), "पहुँचे": frozenset({"।", ".", "थे", "और", ","})}


def _congratulated(state: _State, p: _Pred, actor: Entity) -> Entity | None:
    """'शी जिनपिंग ने भी उन्हें बधाई दी': whom a congratulation with a pronoun object means in a story that swears
    someone in or makes them an office holder -- that person (the first sworn in, else the last installed), not
    whoever was named last ('... ने हरिनी अमरसूर्या को प्रधानमंत्री नियुक्त किया। ... उन्हें बधाई दी'); None
    otherwise."""
    if p.pred.code[:2] != "05" or not any(w in ("बधाई", "शुभकामना", "शुभकामनाएं", "शुभकामनाएँ") for w in p.pred.noun):
        return None
    person = state.sworn or max(state.installed.values(), key=lambda x: x[1], default=(None, 0))[0]
    return person if person is not actor else None


def _sworn_in(toks: Sequence[str], units: Sequence[_Unit]) -> Entity | None:
    """The person a sentence swears in: the owner of 'X के शपथ ग्रहण (समारोह)', or the ने-subject of 'शपथ ली' /
    'शपथ लेने के बाद X ने'; None when the sentence swears in nobody named."""
    if "शपथ" not in toks:
        return None
    k = toks.index("शपथ")
    if k + 1 < len(toks) and toks[k + 1].startswith(("दिला", "दिलवा")):
        # 'राज्यपाल ने नीतीश कुमार को मुख्यमंत्री पद की शपथ दिलाई': the one sworn is the को-object
        return next((u.entity for u in units if u.marker == ("को",) and u.entity is not None
                     and u.entity.label == "PER"), None)
    owner = next((u.entity for u in units if u.end == k - 1 and toks[u.end] in ("के", "की") and u.entity is not None
                  and u.entity.label == "PER"), None)
    if owner is not None or k + 1 >= len(toks) or toks[k + 1] not in ("ली", "लेने", "लेते", "ग्रहण", "ले", "लेंगे"):
        return owner
    return next((u.entity for u in units if u.marker == ("ने",) and not u.possessor_of_next and u.entity is not None
                 and u.entity.label == "PER"), None)
#: who a meeting's participants meet besides each other: its host, chair or mediator ('X की मेज़बानी में', _attended)
_HOSTING_NOUNS = {**{noun: code for noun, (code, _) in _MEDIATION_NOUNS.items() if code != "040"},
                  "अध्यक्षता": "043"}

#: codes of talks that need a partner: negotiation and its intention (a partner left unnamed is the story's)
_PARTNERED = ("046", "036")


def _same_party(a: Entity, b: Entity) -> bool:
    """Is ``a`` the party ``b`` or, both being tied to countries, of the same country as ``b``?"""
    if a is b:
        return True
    ca = _country_of(a)
    return ca is not None and ca == _country_of(b) and (
        a.kind in ("country", "territory") or b.kind in ("country", "territory"))


def _same_side(a: Entity, b: Entity) -> bool:
    """Is ``b`` ``a`` or, for a country ``a``, that country's state organ or forces (a NOM tied to it)?"""
    return a is b or (a.kind in ("country", "territory") and b.label == "NOM" and b.country is not None
                      and b.country == _country_of(a))


def _own_forces(speaker: Entity, actor: Entity) -> bool:
    """'रक्षा मंत्रालय के बयान में कहा गया कि सेना ने ...': a state organ reporting what unnamed security forces did
    reports its own side's action, not someone else's wrongdoing; so does anyone of a country, official or body,
    reporting that country's forces."""
    if actor.label != "NOM" or actor.role not in _FORCE_SECTORS:
        return False
    if actor.country is not None:  # 'पेंटागन के प्रवक्ता ने बताया कि अमेरिकी सेना ने ...': the speaker's own country's
        return speaker.country == actor.country or _country_of(speaker) == actor.country
    if speaker.label == "NOM":
        return speaker.role in (*_FORCE_SECTORS, "GOV")
    return _state_organ(speaker)


def _state_organ(e: Entity) -> bool:
    """Is ``e`` an organisation named as a state's organ ('विदेश मंत्रालय', 'गृह विभाग', 'भारतीय दूतावास')?"""
    return e.label == "ORG" and any(w in _STATE_ORGAN_WORDS for w in e.name.split())


def _press_talks(events: list[Event]) -> list[Event]:
    """'पत्रकारों से बात करते हुए कहा', 'मीडिया से बातचीत की': talking to the press is no consultation (the media
    are never targets). With a statement by the same actor in the sentence it gives no event of its own; alone
    it is the statement. Likewise a speech or address as an adverbial participle ('भाषण देते हुए ... चेतावनी दी',
    'संसद को संबोधित करते हुए कहा') only sets the scene of another event by its actor: it gives none."""
    out: list[Event] = []
    for ev in events:
        if ev.code == "010" and ev.action.endswith(" हुए") and ev.action.split()[0] in _SCENE_SPEECH and any(
                x.actor is ev.actor and x.sentence == ev.sentence and not x.action.endswith(" हुए") for x in events):
            continue
        if ev.root != "04" or not ev.targets or not all(t.label == "NOM" and t.role == "MED" for t in ev.targets):
            out.append(ev)
        elif not any(x.actor is ev.actor and x.code == "010" and x.sentence == ev.sentence for x in events):
            out.append(_with(ev, code="010", label="make statement", targets=()))
    return out


def _cited(region: list[_Unit]) -> list[_Unit]:
    """The sources a statement cites: 'क्रेमलिन के हवाले से'."""
    return [u for u in region if u.marker == ("के", "हवाले", "से") and not u.possessor_of_next]


def _reporting(ctx: "_SentenceContext", earlier: list[Event], p: _Pred) -> Event | None:
    """The statement (010) of this sentence, before ``p``, whose कि-clause holds ``p`` ('X ने कहा कि ... p', 'X
    बोले- ... p')."""
    start = ctx.sent.tokens[p.start].start
    speech = next((x for x in reversed(earlier) if x.code == "010" and x.end <= start), None)
    if speech is None:
        return None
    k = _content_start(ctx, speech.end)
    return speech if k is not None and ctx.sent.tokens[k].start < start else None


#: punctuation that opens what a speaker says right after the speech verb ('अखिलेश बोले- ...', 'ममता ने कहा, ...')
_QUOTE_OPENERS = frozenset({"-", ":", ",", "—", "–"})


def _content_start(ctx: "_SentenceContext", speech_end: int) -> int | None:
    """The token that opens a statement's content: its कि, or punctuation right after the speech verb."""
    tokens = ctx.sent.tokens
    first = next((k for k, tok in enumerate(tokens) if tok.start >= speech_end), None)
    if first is None:
        return None
    if ctx.toks[first] in _QUOTE_OPENERS and (ctx.toks[first] != "," or set(verb_stems(ctx.toks[first - 1])) & {
            "कह", "बोल", "बता"}):
        return first  # (a comma only after a verb of saying: 'ममता ने कहा, ...'; not '... पर ज़ोर दिया, जिस पर')
    return next((k for k in range(first, len(tokens)) if ctx.toks[k] == "कि"), None)


def _in_actor_list(region: list[_Unit], actor_unit: _Unit | None) -> bool:
    """Is the actor one of a list of participants ('A और B ने बात की')?"""
    return actor_unit is not None and any(
        u is not actor_unit and (_chains_to(u, actor_unit) or _chains_to(actor_unit, u)) for u in region)


#: heads of the names of military and public sites: 'नूर खान एयरबेस', 'बगराम हवाई अड्डे', 'अदियाला जेल'
_FACILITY_HEADS = {"एयरबेस", "बेस", "हवाई", "अड्डे", "अड्डा", "हवाईअड्डे", "हवाईअड्डा", "एयरपोर्ट", "शिविर", "कैंप",
                   "जेल", "अस्पताल", "बंदरगाह", "स्टेशन", "छावनी", "चौकी", "चौकियों", "ठिकाने", "ठिकानों"}


def _facility_name_end(toks: Sequence[str], u: _Unit) -> int:
    """The index after a site's name when the unlinked unmarked name ``u`` is followed by one or two words of
    _FACILITY_HEADS ('नूर खान एयरबेस', 'बगराम हवाई अड्डे'); 0 when it is not."""
    if u.entity is None or u.entity.id is not None or u.marker is not None or u.group:
        return 0
    k = u.end
    while k < len(toks) and k < u.end + 2 and toks[k] in _FACILITY_HEADS:
        k += 1
    return k if k > u.end else 0


def _attributed_to(toks: Sequence[str], units: Sequence[_Unit]) -> tuple[int, _Unit] | None:
    """'यूक्रेनी वायुसेना के मुताबिक, उसने ...': a clause that opens by citing a source with के मुताबिक / के अनुसार
    and a comma right after it: (the comma's index, the source's unit); None otherwise."""
    for u in units:
        if u.marker in _SOURCE_MARKERS and not u.possessor_of_next \
                and u.marker_end < len(toks) and toks[u.marker_end] == ",":
            k = u.start - 1  # (a few words may qualify it: 'यूक्रेनी वायुसेना के मुताबिक')
            while k >= 0 and toks[k] not in _CLAUSE_END and u.start - k <= 3:
                k -= 1
            if (k < 0 or toks[k] in _CLAUSE_END) and not any(k < v.start < u.start for v in units):
                return u.marker_end, u
    return None


def _fronted_quote(toks: Sequence[str], units: Sequence[_Unit], preds: Sequence[_Pred]) -> tuple[int, _Unit] | None:
    """'"हम बातचीत के लिए तैयार हैं," ईरानी विदेश मंत्री अब्बास अराघची ने कहा': a sentence that opens with a quote
    whose closing mark is followed (after a comma) by a ने-subject and a statement verb: (the closing mark's index,
    the speaker's unit); None otherwise."""
    if not toks or toks[0] not in _QUOTE_MARKS:
        return None
    close = next((k for k in range(1, len(toks)) if toks[k] in _QUOTE_MARKS), None)
    if close is None:
        return None
    speech = next((p for p in preds if p.start > close and p.pred.code == "010" and not p.pred.noun), None)
    if speech is None:
        return None
    speaker = [u for u in units if close < u.start < speech.start and u.marker == ("ने",) and not u.possessor_of_next]
    return (close, speaker[-1]) if len(speaker) == 1 else None


_IMPORT_WORDS = ("आयात", "आने")
_EXPORT_WORDS = ("निर्यात", "बिक्री")


def _imports_after(toks: Sequence[str], k: int, end: int, words: tuple[str, ...] = _IMPORT_WORDS) -> bool:
    """Do goods come in from the से-phrase ending at ``k`` (or go out to the को-phrase, with _EXPORT_WORDS): one of
    ``words`` right after it, or after a short description of the goods ending in a genitive ('जापान से समुद्री खाद्य
    पदार्थों के आयात पर', 'इसराइल को हथियारों के निर्यात पर'), before ``end``?"""
    for j in range(k, min(k + 6, end)):
        if toks[j].startswith(words):
            return j == k or toks[j - 1] in ("के", "की", "का")
        if toks[j] in _CLAUSE_END or _marker_at(toks, j) not in (None, *_GENITIVE):
            return False
    return False


def _topic_label(toks: Sequence[str], units: list[_Unit], pred_starts: set[int]) -> None:
    """'रूस-यूक्रेन युद्ध: ज़ेलेंस्की बोले ...', 'गाजा संकट: ...': the names in a headline's topic label, a few words
    with no predicate before a colon that do not end in a name, qualify the topic and take part in nothing. (A name
    right before the colon is a speaker: 'ज़ेलेंस्की: हम बातचीत को तैयार'.)"""
    colon = next((k for k in range(min(len(toks), 8)) if toks[k] == ":"), None)
    if colon is None or any(k < colon for k in pred_starts) or any(u.end == colon for u in units):
        return
    for u in units:
        if u.end < colon:
            u.possessor_of_next = True


def _included_list(toks: Sequence[str], k: int) -> bool:
    """Does an 'including' list go on at ``k``: 'समेत'/'सहित' right there, or after one more word or two joined by
    और ('सीटू | और एटक समेत')?"""
    return k < len(toks) and (toks[k] in _INCLUDING or toks[k] in ("और", ",") and any(
        toks[j] in _INCLUDING for j in range(k + 2, min(len(toks), k + 5))))


_INCLUDING = frozenset({"समेत", "सहित"})


def _including_after(toks: Sequence[str], end: int, starts: dict[int, _Unit]) -> int | None:
    """The समेत / सहित that closes the list a unit ending at ``end`` belongs to: right after it, or after a few list
    members no lexicon knows ('फेसबुक, यूट्यूब और एक्स समेत 26 मंचों पर'); None where there is none."""
    if end < len(toks) and toks[end] in _INCLUDING:
        return end
    if end >= len(toks) or toks[end] not in _COORD:
        return None
    for k in range(end + 1, min(len(toks), end + 4)):
        if toks[k] in _INCLUDING:
            return k if toks[k - 1] not in _COORD else None
        if k in starts or toks[k] in _CLAUSE_END or _marker_at(toks, k) is not None:
            return None
    return None


def _chains_to(u: _Unit, target: _Unit | None) -> bool:
    """Is ``u`` an earlier member of the list that ends in ``target``?"""
    seen = 0
    while u.coordinated_with is not None and seen < 20:
        u = u.coordinated_with
        if u is target:
            return True
        seen += 1
    return False


def _headline_subject(toks: Sequence[str], after: Sequence[_Unit], end: int) -> _Unit | None:
    """Headline order, subject after the verb: 'पुतिन से मिले मोदी', 'पाकिस्तान पर बरसे जयशंकर, कहा ...': an unmarked
    participant right after the verb group that closes the sentence or a part of it. Not after a perfective
    transitive verb, whose subject would take ने: there it is the object (तैनात की थी सेना)."""
    u = after[0] if after else None
    if u is None or u.marker is not None or u.pronoun or u.possessor_of_next or not (
            u.start == end or u.start > end and all(t in _QUANTIFIERS or t.isdigit() for t in toks[end:u.start])):
        return None  # (a count may come first: 'सड़कों पर उतरे हज़ारों लोग')
    return u if u.end == len(toks) or toks[u.end] in _HEADLINE_BREAKS else None


def _infinitive_at(toks: Sequence[str], k: int) -> bool:
    """Is ``toks[k]`` an oblique infinitive followed by a postposition ('भेजने से', 'करने का', 'लगाने पर')?"""
    return toks[k].endswith("ने") and len(toks[k]) > 3 and k + 1 < len(toks) and toks[k + 1] in _MARKERS_BY_FIRST


def _beyond_interception(state: _State, attack: Event | None, since: int) -> Event | None:
    """``attack``, or, when it only shot down what was fired ('201 मिसाइलों और ड्रोनों को मार गिराया गया'), the attack
    it met (the last act of force by its target, since sentence ``since``): the dead told after both fell in that."""
    if attack is None or not attack.action.startswith("मार गिरा") or not attack.targets:
        return attack
    return next((ev for ev, root in reversed(state.acts) if root in _FORCE_ROOTS and ev.sentence >= since
                 and any(ev.actor is t for t in attack.targets)), attack)


def _person_named_before(state: _State, words: Sequence[str], at: int) -> Entity | None:
    """The person with a country, mentioned before character ``at``, whose name ends in ``words`` (event words: the
    whole name or its surname), the latest such; else None."""
    words = tuple(words)
    return next((e for e in reversed(state.entities) if e.label == "PER" and e.country
                 and any(m.start < at for m in e.mentions) and any(
                     name[-len(words):] == words for name in (fold_tokens(e.name), *(
                         fold_tokens(state.text[m.start:m.end]) for m in e.mentions if m.start < at)))),
                None) if words else None


def _participle_agent(toks: Sequence[str], k: int, until: int) -> bool:
    """Does the agent phrase ending at ``k`` (after its द्वारा, की ओर से) head a participle that describes a noun before
    ``until`` ('द्वारा बुलाई गई बैठक', 'द्वारा आयोजित की गई रैली', 'द्वारा लगाए गए आरोपों')?"""
    aux = next((j for j in range(k + 1, min(k + 4, until)) if toks[j] in _PARTICIPLE_PASSIVE), None)
    return aux is not None and aux + 1 < until and toks[aux + 1] not in _CLAUSE_END


def _pick_actor(region: list[_Unit], allow_bare: bool = True, after: int = -1) -> _Unit | None:
    ne = [u for u in region if u.marker == ("ने",) and not u.possessor_of_next]
    if ne:
        return ne[-1]
    agent = [u for u in region if u.marker in _AGENT and not u.possessor_of_next]
    if agent:
        return agent[-1]
    if not allow_bare:
        return None
    bare = [u for u in region if u.marker is None and not u.possessor_of_next and not u.pronoun
            and u.locative_before is None]
    pron = [u for u in region if u.pronoun and u.marker in (None, ("ने",))]  # ('उस पर' is no subject)
    # an unmarked subject after a comma wins over one inside a preceding adverbial phrase
    late = [u for u in bare if u.start > after]
    if pron and (not bare or pron[0].start < bare[0].start) and (pron[0].start > after or not late):
        # the subject comes first: 'तो वे फिर से मुंबई कूच करेंगे' (मुंबई is where to), also before a comma inside
        # a list ('मैं ... चैंबर के अध्यक्ष, पदाधिकारियों और सदस्यों को धन्यवाद देता हूं')
        return pron[0]
    if late:
        return late[0]
    if bare:
        return bare[0]
    return pron[-1] if pron else None


def _without_time(words: Sequence[str]) -> list[str]:
    """``words`` without time adverbials: 'गुरुवार को', 'आज', 'अगले हफ्ते'."""
    out: list[str] = []
    for k, t in enumerate(words):
        if t in _TIME_WORDS or t == "को" and k > 0 and words[k - 1] in _TIME_WORDS:
            continue
        out.append(t)
    return out


def _match_noun(toks: Sequence[str], vstart: int, noun: tuple[str, ...],
                keys: Sequence[str] | None = None) -> int | None:
    """Start of ``noun`` ending right before ``vstart``, allowing a short gap of particles or an agent
    placed between noun and verb (ये जानकारी क्रेमलिन ने दी). ``keys``: the tokens' :func:`noun_key`, when the
    caller has them."""
    last, last_key, first_key, size = noun[-1], noun_key(noun[-1]), noun_key(noun[0]), len(noun)
    last_is_case = last in CASE_WORDS
    for gap in range(0, 10):
        end = vstart - gap
        start = end - size
        if start < 0:
            return None
        if toks[end - 1] != last and (last_is_case or (
                keys[end - 1] if keys is not None else noun_key(toks[end - 1])) != last_key):
            continue  # (the noun's last word must end right here, with or without fillers: a cheap test first)
        between = toks[end:vstart]
        if gap > 5 and not _agent_between(between):
            continue
        if gap and not (all(t in _GAP or t in _QUOTE_MARKS or (t == "से" and k > 0 and between[k - 1] == "फिर")  # फिर से
                            # 'प्रतिबंध एक बार फिर लगा दिए'
                            or (t == "एक" and between[k + 1:k + 3] == ["बार", "फिर"])
                            or (t == "बार" and k > 0 and between[k - 1:k + 2] == ["एक", "बार", "फिर"])
                            or (t == "तक" and k > 0 and between[k - 1] in ("अब", "अभी"))  # अब तक, अभी तक
                            for k, t in enumerate(between))
                        # 'हमले की कोशिश की', 'कब्जे का प्रयास किया': an attempt is coded as the action
                        or gap == 2 and between[0] in ("की", "का") and between[1] in _ATTEMPTS
                        # 'ढांचे बुलडोजर से हटा दिए': a demolition's machine
                        or gap == 2 and between[0] in _DEMOLISHERS and between[1] == "से"
                        or (gap >= 2 and _agent_between(between)
                                                                 and not any(t in _CLAUSE_END for t in between)
                                                                 # (a fronted object opens its clause: not 'मुख्य
                                                                 # मानवीय सहायता संयोजक जॉन होम्स ने मांग की')
                                                                 and (start == 0 or toks[start - 1] in _DEMONSTRATIVES
                                                                      or toks[start - 1] in _OPENERS))
                        # 'यात्रा पर (गुरुवार को) भारत आए': a destination of up to three words after a travel noun
                        or (noun[-1] == "पर" and len(place := _without_time(between)) <= 3 and not any(
                            t in _CLAUSE_END or _marker_at(place, k) for k, t in enumerate(place)))
                        # 'टैरिफ 90 दिनों के लिए टाल दिए': for how long
                        or (gap >= 3 and between[-2:] == ["के", "लिए"] and all(
                            t in _TIME_FILLERS or t.isdigit() for t in between[:-2]))
                        # '50 प्रतिशत शुल्क बुधवार से लागू कर दिया', 'सेना 30 दिनों के भीतर हटाएगा': from when, within what
                        # time
                        or _time_adverbial(between)
                        # 'किसानों के मार्च को शंभू सीमा पर रोक दिया': where it was done, after the object
                        or (noun[-1] == "को" and 2 <= gap <= 4 and between[-1] in ("पर", "में") and not any(
                            t in _CLAUSE_END or t in ("ने", "को") for t in between))):
            continue
        if noun_matches(toks[start:end], noun):
            return start
        if size > 1 and (noun[0] in CASE_WORDS or noun[0] in (before := toks[:end - 1])
                              or first_key in (keys[:end - 1] if keys is not None else map(noun_key, before))):
            # (the noun's first word must stand somewhere before: a cheap test before the filler search)
            inner = _noun_with_fillers(toks, end, noun)
            if inner is not None:
                return inner
    return None


def _agent_between(between: Sequence[str]) -> bool:
    """Do the words between a fronted object and its verb end in the agent (ने), or in the agent and a short time or
    place phrase ('इसकी घोषणा विदेश मंत्री ने मंगलवार को की', '... ने संसद में की')?"""
    if "ने" not in between[1:]:
        return False
    after = between[len(between) - between[::-1].index("ने"):]
    if not after or any(t in _CLAUSE_END or t in ("ने", "कि") for t in after):
        return not after
    # ('यह जानकारी पाकिस्तानी सेना ने बुधवार देर शाम दी', '... ने सोशल मीडिया पर एक पोस्ट में दी')
    return len(after) <= 3 and after[-1] in ("को", "में") or len(after) <= 4 and all(
        t in _TIME_WORDS or t in _TIME_FILLERS or t in _DAY_PARTS for t in after) or len(after) <= 7 and after[-1] in (
        "में", "पर") and sum(t in ("में", "पर") for t in after) <= 2


#: qualities of a performance: 'अच्छा प्रदर्शन किया' (performed well) is no protest
_PERFORMANCE = frozenset({"अच्छा", "अच्छी", "अच्छे", "बेहतरीन", "शानदार", "खराब", "बेहतर", "दमदार", "निराशाजनक",
                          "उम्दा", "लचर", "बढ़िया", "प्रभावशाली", "औसत", "खराब", "उल्लेखनीय"})
#: what may stand right before an object fronted before its agent ('। ये जानकारी क्रेमलिन ने दी')
_OPENERS = frozenset({"।", ".", ",", ";", ":", "-", "'", '"', "‘", "“", "(", "और", "लेकिन", "पर", "तथा",
                      "इसकी", "इसका", "इसके", "उसकी", "उसका", "उसके", "इनकी", "जिसकी", "जिसका", "जिसके"})
#: what may stand between the words of a multi-word noun: 'शिकायत भी दर्ज कराई', 'संधि को तत्काल प्रभाव से स्थगित
#: कर दिया', 'प्रतिबंध पूरी तरह से हटा लिए'
_NOUN_FILLERS = (("तत्काल", "प्रभाव", "से"), ("तुरंत", "प्रभाव", "से"), ("अस्थायी", "रूप", "से"), ("पूरी", "तरह", "से"),
                 ("पूरी", "तरह"), ("फिर", "से"), ("दोबारा",), ("भी",), ("ही",), ("तो",), ("फिर",), ("फिलहाल",), ("तुरंत",),
                 ("व्यक्तिगत", "रूप", "से"), ("औपचारिक", "रूप", "से"), ("आधिकारिक", "रूप", "से"),
                 ("वर्चुअल", "रूप", "से"), ("ऑनलाइन",), ("वर्चुअली",), ("और",),  # 'साझेदारी को और मजबूत'
                 ("सभी",),  # 'सीमा की सभी चौकियां बंद'
                 ("सिरे", "से"),  # 'आरोपों को सिरे से खारिज किया'
                 ("मजबूती", "से"), ("मज़बूती", "से"), ("एकजुटता", "से"), ("हमेशा",),  # 'के साथ मज़बूती से खड़ा है'
                 ("एक", "बार", "फिर", "से"), ("एक", "बार", "फिर"), ("लगातार",),  # 'आरोपों को एक बार फिर खारिज किया'
                 ("’",), ("”",), ("'",), ('"',))  # "‘पूर्ण और तत्काल युद्धविराम’ पर राज़ी हो गए"


#: the fillers by their last word (a cheap first check), longest first
_FILLERS_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _f in sorted(_NOUN_FILLERS, key=len, reverse=True):
    _FILLERS_BY_LAST.setdefault(_f[-1], []).append(_f)


def _time_adverbial(words: Sequence[str]) -> bool:
    """Are ``words`` one adverbial of time: 'फिलहाल', 'बुधवार से', '1 अगस्त से', '30 दिनों के भीतर', '180 दिनों के
    लिए', 'अगले साल तक', 'आधी रात से', 'रविवार को', '5 जुलाई को', or a time of day with no postposition ('बुधवार
    तड़के', 'देर रात')?"""
    if len(words) == 1:
        return words[0] in _TIME_ADVERBS
    if not 2 <= len(words) <= 5:
        return False
    body = words[:-2] if tuple(words[-2:]) in _WITHIN else words[:-1] if words[-1] in ("से", "तक", "को") else \
        words if words[-1] in _DAY_PARTS else ()
    return bool(body) and all(t in _TIME_FILLERS or t in _TIME_WORDS or t in _MONTHS or t in _DAY_PARTS
                              or t.isdigit() for t in body) and not all(t.isdigit() for t in body)


_TIME_ADVERBS = frozenset({"फिलहाल", "तत्काल", "तुरंत", "फौरन", "आज", "कल", "जल्द", "अभी"})
_WITHIN = {("के", "भीतर"), ("के", "अंदर"), ("के", "लिए")}  # (and a span: '180 दिनों के लिए', 'एक साल के लिए')
#: an embassy or high commission ('अफगान दूतावास', 'पाकिस्तानी उच्चायोग')
_EMBASSY_WORDS = frozenset({"दूतावास", "उच्चायोग"})
#: the last words a time adverbial can end with (a cheap first check)
#: parts of the day ('बुधवार देर शाम', 'मंगलवार तड़के', 'आधी रात से', 'सुबह चार बजे से')
_DAY_PARTS = frozenset({"सुबह", "शाम", "रात", "दोपहर", "तड़के", "देर", "सवेरे", "आधी", "बजे"})
_TIME_ADVERBIAL_ENDS = _TIME_ADVERBS | _DAY_PARTS | {"से", "तक", "को", "भीतर", "अंदर", "लिए"}


def _noun_with_fillers(toks: Sequence[str], end: int, noun: tuple[str, ...]) -> int | None:
    """Start of the multi-word ``noun`` ending at ``end`` with fillers (_NOUN_FILLERS) between its words, if any."""
    words: list[str] = []
    k = end
    while len(words) < len(noun) and k > 0:
        if words:
            filler = next((f for f in _FILLERS_BY_LAST.get(toks[k - 1], ())
                           if k >= len(f) and tuple(toks[k - len(f):k]) == f), None)
            if filler is not None:
                k -= len(filler)
                continue
            if len(words) == 1 and toks[k - 1] in _ATTRIBUTES and noun_key(toks[k - 1]) != noun_key(noun[-2]):
                k -= 1  # 'मिसाइल का सफल परीक्षण किया', 'समझौते पर औपचारिक हस्ताक्षर': a word describing the act
                continue
            opening = _parenthesis_before(toks, k)
            if opening is not None:  # 'बैलिस्टिक मिसाइल (आईसीबीएम) का परीक्षण किया': an abbreviation or gloss
                k = opening
                continue
            timed = next((n for n in range(5, 0, -1) if k - n > 0 and _time_adverbial(toks[k - n:k])), 0) \
                if toks[k - 1] in _TIME_ADVERBIAL_ENDS and (toks[k - 1] != "को" or k >= 2 and (
                    toks[k - 2] in _TIME_WORDS or toks[k - 2] in _MONTHS or toks[k - 2] in _DAY_PARTS)) else 0
            if timed:  # 'शुल्क बुधवार से लागू कर दिया', 'सैनिकों को 90 दिनों के भीतर वापस बुलाएगा'
                k -= timed
                continue
            if len(words) == 1 and len(noun) > 2 and noun[-2] == "में":
                obj = _object_before(toks, k)
                if obj is not None:  # 'हाई कोर्ट में फ़ैसले को चुनौती देगी', 'अदालत में इसे चुनौती दी': the object
                    k = obj
                    continue
        words.append(toks[k - 1])
        k -= 1
    if len(words) == len(noun) and end - k > len(noun) and noun_matches(words[::-1], noun):
        return k
    return None


#: words that describe an act between the parts of a multi-word predicate noun ('मिसाइल का सफल परीक्षण किया')
_ATTRIBUTES = frozenset({*_MANNER_WORDS, "सफल", "असफल", "विफल", "नाकाम", "कथित", "ऐतिहासिक", "अहम", "महत्वपूर्ण",
                         "औपचारिक", "पहला", "पहली", "नया", "नई", "नए", "बड़ा", "बड़ी", "बड़े", "व्यापक", "संयुक्त"})


def _parenthesis_before(toks: Sequence[str], k: int) -> int | None:
    """Start of a short parenthesis (up to four words, no clause end) ending right before ``k``: '(आईसीबीएम)'."""
    if k < 3 or toks[k - 1] != ")":
        return None
    opening = next((x for x in range(k - 2, max(0, k - 7), -1) if toks[x] == "("), None)
    if opening is None or opening == 0 or any(t in _CLAUSE_END or t == ")" for t in toks[opening + 1:k - 1]):
        return None
    return opening


def _object_before(toks: Sequence[str], k: int) -> int | None:
    """Start of a short object (a pronoun, or up to five words and को) ending right before ``k`` and right after
    a 'में' phrase: the object that may stand inside a noun like 'अदालत में चुनौती'."""
    if toks[k - 1] in _OBJECT_PRONOUNS:
        start = k - 1
    elif toks[k - 1] == "को":
        start = next((x for x in range(k - 2, max(-1, k - 7), -1) if x > 0 and toks[x - 1] == "में"), -1)
        if start < 0 or any(t in _CLAUSE_END or t in _QUOTE_MARKS or t in CASE_WORDS and t not in ("का", "की", "के")
                            for t in toks[start:k - 1]):
            return None
    else:
        return None
    return start if start > 0 and toks[start - 1] == "में" else None


# evaluative words in 'X ने Y को <word> बताया/कहा': praise (051) or criticism (111) of Y
_PRAISE_WORDS = {"ऐतिहासिक", "सराहनीय", "स्वागतयोग्य", "प्रशंसनीय", "शानदार", "बेहतरीन", "सर्वश्रेष्ठ", "उत्कृष्ट",
                 "सकारात्मक", "उचित", "महत्वपूर्ण", "अभूतपूर्व", "साहसिक", "दूरदर्शी", "सफल", "उल्लेखनीय",
                 "क्रांतिकारी", "प्रेरणादायक", "प्रेरक", "अद्भुत", "मजबूत", "लाभकारी", "जनहितकारी", "अहम",
                 "साझेदार", "मित्र", "दोस्त", "भरोसेमंद", "विश्वसनीय", "मील", "निर्णायक", "महान", "अच्छा",
                 "अच्छे", "अच्छी", "करीबी", "घनिष्ठ", "रचनात्मक", "सार्थक", "उपयोगी", "फलदायी", "उत्पादक", "सहयोगी",
                 "संतुलित", "अटूट", "समृद्धि", "फायदे", "फायदेमंद", "लाभदायक", "आकर्षक", "चमत्कार"}
#: noun keys of a plot ('भाजपा की साज़िश', 'षड्यंत्र'): said to be someone's, it accuses them
_PLOT_KEYS = frozenset(noun_key(w) for w in ("साजिश", "साज़िश", "षड्यंत्र", "षड़यंत्र", "साजिशें"))
_CRITICISM_WORDS = {"गलत", "बेतुका", "बेतुके", "बेतुकी", "दुर्भाग्यपूर्ण", "निंदनीय", "शर्मनाक", "अस्वीकार्य",
                    "गैरजिम्मेदाराना", "गैरकानूनी", "मूर्खतापूर्ण", "मूर्खता", "बचकाना", "बचकानी", "बचकाने",
                    "गैरजिम्मेदार", "लापरवाह", "ओछे", "अराजक", "क्रूर", "निर्मम", "आक्रमण", "आत्मसमर्पण", "खेदजनक",
                    "अवैध", "भड़काऊ", "आपत्तिजनक", "निराधार", "बेबुनियाद", "झूठा", "झूठ", "खतरनाक", "अनुचित",
                    "नाकाम", "विफल", "असंवैधानिक", "अलोकतांत्रिक", "भ्रामक", "हास्यास्पद", "दुखद",
                    "कायरतापूर्ण", "कायराना", "घृणित", "अमानवीय", "बर्बर", "बर्बरतापूर्ण", "आक्रामक", "एकतरफा",
                    "शत्रुतापूर्ण", "उकसावे", "उकसाने", "भड़काने", "उकसावेपूर्ण", "तानाशाही", "दमनकारी", "नरसंहार",
                    "आतंकी", "आतंकवादी", "अपराध", "साजिश", "षड्यंत्र", "धोखा", "जुमला", "निराशाजनक", "चिंताजनक",
                    "जनविरोधी", "विफलता", "कमजोरी", "कमज़ोरी", "अन्यायपूर्ण", "पक्षपातपूर्ण", "अपमानजनक", "नाटक", "ड्रामा",
                    "नौटंकी", "स्टंट", "पाखंड", "ढकोसला", "दिखावा", "छलावा", "प्रेरित", "अविवेकपूर्ण", "हत्या",
                    "विरोधी", "मनमाना", "मनमानी", "दुस्साहस", "दुस्साहसी", "मजाक", "अमैत्रीपूर्ण", "अमित्र", "बदले",
                    "प्रतिशोध", "तर्कहीन", "उकसावा", "विनाशकारी", "अन्याय", "धमकी", "तानाशाह", "भ्रष्ट",
                    "देशद्रोही", "गद्दार", "कठपुतली", "फर्जी", "बकवास", "खोखला", "खोखले", "खोखली", "असत्य",
                    "दुष्प्रचार", "प्रोपेगेंडा", "असफल", "निरंकुश", "विश्वासघात", "काला", "काले", "काली", "उल्लंघन",
                    "उत्पीड़न", "दमन", "भ्रष्टाचार", "तुष्टीकरण", "बदला", "खतरा", "अव्यावहारिक", "नाजायज",
                    "मनगढ़ंत", "तथ्यहीन", "बेमानी", "निरर्थक", "अतार्किक", "दुर्भावनापूर्ण", "भेदभावपूर्ण",
                    "असंवेदनशील", "अनैतिक", "पक्षपाती", "ओछी", "ओछा", "घटिया", "हताशा", "बौखलाहट", "कलंक",
                    "आश्चर्यजनक", "असम्मानजनक", "गलती", "भूल", "आतंकवाद", "आतंक", "कायरता", "बर्बरता", "गुंडागर्दी", "अराजकता",
                    "कमजोर", "अक्षम", "नाकारा", "गैर-कानूनी", "गैर-जिम्मेदाराना", "हत्याएं", "हत्याओं", "अमान्य",
                    "घोटाला", "घोटाले", "धोखाधड़ी", "लूट", "कुशासन", "अहंकार", "अहंकारी", "नाकामी", "असफलता",
                    "झटका", "आपदा", "त्रासदी", "असभ्य", "अपमान", "आपातकाल", "उल्टा", "उलटा", "हैरान", "असंगत",
                    "हंट", "धौंस", "ज्यादती", "ज़्यादती", "दुरुपयोग", "हस्तक्षेप", "उगाही"}
#: 'सबसे बड़ा/अहम ...' (_evaluation): the top of something good
_TOP = frozenset({"बड़ा", "बड़ी", "बड़े", "अहम", "महत्वपूर्ण", "अच्छा", "अच्छी", "बेहतर", "बेहतरीन", "करीबी", "भरोसेमंद"})
#: the object marker or fronted relative of an evaluation ('इसे ... बताया', 'जिसे ... बताया')
_EVAL_OBJECTS = ("को", "जिसे", "जिन्हें", *_OBJECT_PRONOUNS)
#: nouns an evaluation may name between the word and the verb: 'ऐतिहासिक कदम बताया', 'उकसावे वाली कार्रवाई बताया'
_EVALUATED_NOUNS = {"कदम", "कार्रवाई", "फैसला", "फैसले", "निर्णय", "बयान", "हरकत", "प्रयास", "कोशिश", "पहल",
                    "उपलब्धि", "घटना", "हमला", "काम", "कृत्य", "नीति", "दिन", "पल", "क्षण", "देश", "राष्ट्र",
                    "संगठन", "सरकार", "नेता", "व्यक्ति", "प्रदर्शन", "योगदान", "भूमिका", "जीत", "साझेदारी",
                    "संबंध", "रिश्ते", "दौरा", "यात्रा", "बैठक", "वार्ता", "समझौता", "समझौते", "बजट", "कानून", "प्रहार",
                    "आघात", "कुठाराघात", "राजनीति", "प्रधानमंत्री", "राष्ट्रपति", "मुख्यमंत्री", "चांसलर", "मंत्री",
                    "पड़ाव", "सबूत", "प्रमाण", "उदाहरण", "मिसाल"}
_EVAL_LABELS = {"051": "praise or endorse", "111": "criticize or denounce", "112": "accuse",
                "016": "deny responsibility"}
#: words that call a claim untrue, and the claims they may be said of: 'आरोपों को बेबुनियाद बताया' denies them
_UNTRUE_WORDS = {"बेबुनियाद", "निराधार", "झूठा", "झूठे", "झूठ", "भ्रामक", "मनगढ़ंत", "गलत", "तथ्यहीन", "फर्जी", "असत्य",
                 "बकवास"}
_CLAIM_NOUNS = frozenset(noun_key(w) for w in ("आरोप", "आरोपों", "दावा", "दावे", "दावों", "रिपोर्ट", "रिपोर्टों", "बयान",
                                                "बयानों", "निष्कर्ष", "निष्कर्षों", "खबर", "खबरों",
                                                # the evidence for one: 'टेपों को मनगढ़ंत बताया'
                                                "टेप", "टेपों", "सबूत", "सबूतों", "साक्ष्य", "साक्ष्यों", "दस्तावेज",
                                                "दस्तावेजों"))


def _denies(toks: Sequence[str], word: int) -> bool:
    """Is the evaluation starting at ``word`` an untruth word said of an accusation or claim ('इन आरोपों को
    बेबुनियाद बताया', "रिपोर्ट को 'सरासर झूठ' बताते हुए"), or any evaluation of one that goes on to reject it ("इन
    आरोपों को 'राजनीति से प्रेरित' बताते हुए खारिज कर दिया"), or an untruth word that does ("'झूठा प्रचार' बताकर
    खारिज कर दिया")?"""
    end = next((j for j in range(word, min(len(toks), word + 8)) if toks[j].startswith(("बता", "कह", "करार"))),
               min(len(toks), word + 8))
    untrue = any(t in _UNTRUE_WORDS for t in toks[word:end])
    rejected = _rejected_after(toks, end)
    k = word - 1
    while k >= 1 and toks[k] in _QUOTE_MARKS:
        k -= 1
    if k >= 1 and toks[k] in ("को", "जिसे", "जिन्हें") and noun_key(toks[k - 1]) in _CLAIM_NOUNS and (untrue or rejected):
        return True
    if untrue and rejected:
        return True
    if not untrue and not rejected:
        return False
    # '... का आरोप लगाया, जिसे भारत ने बेबुनियाद बताते हुए ख़ारिज कर दिया': the relative is the accusation (any
    # evaluation of it then rejected denies it: "आरोप लगाया कि ..., जिसे कीव ने 'बेतुका' बताकर खारिज कर दिया")
    return any(t in ("जिसे", "जिन्हें", "इसे", "इन्हें") for t in toks[max(0, word - 8):word]) and any(
        noun_key(t) in _CLAIM_NOUNS for t in toks[:word])


def _participle_after(toks: Sequence[str], verb: int) -> int | None:
    """Where the evaluating verb at ``verb`` ends when it is a participle ('बताकर', 'बताते हुए'); else None."""
    if verb < len(toks) and toks[verb] in ("बताकर", "बताके", "कहकर", "कहके"):
        return verb + 1
    return verb + 2 if toks[verb:verb + 2] in (["बताते", "हुए"], ["कहते", "हुए"]) else None


def _rejected_after(toks: Sequence[str], verb: int) -> bool:
    """Does a rejection follow the evaluating verb at ``verb`` as its participle ('... बताकर खारिज कर दिया', '...
    बताते हुए इनकार किया')?"""
    after = _participle_after(toks, verb)
    return after is not None and any(noun_key(t) in _REJECTION_KEYS for t in toks[after:after + 3])


def _denied_before(toks: Sequence[str], start: int) -> bool:
    """Is the rejection at ``start`` the end of an evaluation that denies a claim ("रिपोर्ट को 'सरासर झूठ' बताते हुए
    खारिज कर दिया")?"""
    verb = next((v for v in (start - 1, start - 2) if v >= 0 and _participle_after(toks, v) == start), None)
    if verb is None:
        return False
    evaluated = _evaluation(toks, verb)
    return evaluated is not None and evaluated[1] == "111" and _denies(toks, evaluated[0])


_REJECTION_KEYS = frozenset(noun_key(w) for w in ("खारिज", "इनकार"))
#: criticising words that are nouns ('चुनावी जुमला बताया'): one adjective may stand before them
_CRITICISM_NOUNS = {"जुमला", "नाटक", "ड्रामा", "नौटंकी", "साजिश", "षड्यंत्र", "धोखा", "झूठ", "अपराध", "नरसंहार",
                    "विफलता", "तानाशाही", "स्टंट", "पाखंड", "ढकोसला", "दिखावा", "छलावा", "मजाक", "हत्या",
                    "दुष्प्रचार", "प्रोपेगेंडा", "विश्वासघात", "बकवास", "प्रतिशोध", "बदला", "उत्पीड़न", "दमन",
                    "भ्रष्टाचार", "तुष्टीकरण", "उल्लंघन", "हत्याएं", "हत्याओं"}
#: a label that says a rule was broken accuses (112): 'इसे अपनी संप्रभुता का खुला उल्लंघन करार दिया'
_VIOLATIONS = {"उल्लंघन"}
#: heads of a criticising noun's phrase: 'झूठ का पुलिंदा बताया', 'झूठ का पिटारा'
_BUNDLES = {"पुलिंदा", "पिटारा"}
_EVALUATIVE_ADJECTIVES = {"चुनावी", "राजनीतिक", "सियासी", "सोची-समझी", "सुनियोजित", "बड़ा", "बड़ी", "कोरा", "सीधा",
                          "सीधी",
                          "कोरी", "सस्ता", "सस्ती", "घोर", "खुला", "खुली", "क्रूर", "भद्दा", "भद्दी", "पूरा"}
#: the words of a motive before 'से प्रेरित' ('राजनीतिक बदले की भावना से प्रेरित', 'राजनीति से प्रेरित')
_MOTIVE_WORDS = {"राजनीतिक", "सियासी", "बदले", "की", "का", "के", "भावना", "द्वेष", "दुर्भावना", "स्वार्थ",
                 "राजनीति", "प्रतिशोध", "बदला", "नफरत", "पूर्वाग्रह"}
#: words that may join the words of one evaluation: 'एक महान नेता और अच्छा दोस्त', 'अपना करीबी दोस्त'
_EVALUATION_LINKS = {"और", "व", "अपना", "अपनी", "अपने"}
_INTENSIFIERS = {"बहुत", "ही", "काफी", "बेहद", "अत्यंत", "पूरी", "तरह", "सबसे", "एक", "बड़ा", "बड़ी", "अत्यधिक"}


def _fronted_object(toks: Sequence[str], k: int) -> int:
    """``k`` itself, unless it is the subject's ने: then the fronted relative or object pronoun before the subject
    ('जिसे ईरान ने ...', 'इसे भाजपा ने ...'), or -1 when the clause has none."""
    if k < 1 or toks[k] != "ने":
        return k
    return next((x for x in range(k - 1, max(-1, k - 8), -1)
                 if toks[x] in ("जिसे", "जिन्हें", *_OBJECT_PRONOUNS) or toks[x] in _CLAUSE_END), -1)


def _evaluation(toks: Sequence[str], verb_start: int) -> tuple[int, str] | None:
    """'Y को ऐतिहासिक बताया': (index of the evaluative word, 051 or 111) when a praising or criticising word stands
    right before the verb (intensifiers allowed) and a को-object before it; else None."""
    j = verb_start - 1
    if j >= 0 and toks[j] in ("भी", "तो"):
        j -= 1
    if j >= 2 and toks[j] in _QUOTE_MARKS:
        return _quoted_evaluation(toks, j, labelling=toks[verb_start] == "करार")
    if j >= 3 and toks[j] in _VICTORY and toks[j - 1] == "की":
        # 'फैसले को लोकतंत्र की जीत बताया', 'नतीजे को सरकार की नीतियों पर जनता के भरोसे की जीत बताया': a victory of
        # anything praises what it is said of
        # (its owners may be a list: 'नतीजों को विकास और सुशासन की जीत बताया')
        k = next((x for x in range(j - 2, max(0, j - 12), -1)
                  if toks[x] in ("को", "जिसे", "जिन्हें", *_OBJECT_PRONOUNS, *_QUOTE_MARKS, "ने")
                  or toks[x] in _CLAUSE_END and toks[x] not in _LIST_JOINTS), 0)
        return (k + 1, "051") if k >= 1 and toks[k] in ("को", "जिसे", "जिन्हें", *_OBJECT_PRONOUNS) else None
    if j >= 3 and fold(toks[j]) in _SCHEMES and toks[j - 1] in ("की", "का") and toks[j - 2].endswith("ने"):
        # 'इसे मुसलमानों को अपमानित करने की कोशिश करार दिया', 'इसे लोगों में डर फैलाने की साज़िश बताया': a scheme to
        # do harm criticises what it is said of (the earliest object after the subject; the infinitive may have its own)
        if toks[j] not in _CRITICISM_WORDS and fold(toks[j]) not in _PLOTS and not any(
                t in _HARMFUL_VERBS for t in toks[max(0, j - 5):j - 1]):
            return None  # (a plot is bad whatever it is to do: "'एशियाई नाटो' बनाने की साज़िश करार दिया")
        floor = next((x for x in range(j - 3, max(-1, j - 13), -1) if toks[x] in _CLAUSE_END
                      and toks[x] not in _QUOTE_MARKS or toks[x] == "ने"), max(-1, j - 13))
        first = next((x for x in range(floor + 1, j - 2) if toks[x] in ("को", "जिसे", "जिन्हें", *_OBJECT_PRONOUNS)),
                     None)
        return (first + 1, "111") if first is not None else None
    if j >= 3 and (toks[j] in _EVALUATED_NOUNS or toks[j] in ("सौदा", "साझेदार")):
        # 'इसे ब्रेक्जिट के बाद ब्रिटेन का सबसे बड़ा व्यापार समझौता बताया': the biggest or most important of a good
        # thing praises (not 'सबसे बड़ा खतरा', a criticising word)
        top = next((x for x in range(j - 1, max(0, j - 4), -1) if toks[x] == "सबसे" and toks[x + 1] in _TOP), None)
        if top is not None and not any(t in _CRITICISM_WORDS for t in toks[top:j + 1]):
            k = next((x for x in range(top - 1, max(-1, top - 12), -1) if toks[x] in _EVAL_OBJECTS
                      or toks[x] in _CLAUSE_END or toks[x] in ("ने", "कि")), -1)
            k = _fronted_object(toks, k)  # (fronted: 'जिसे X ने सबसे बड़ी उपलब्धि बताया')
            return (top, "051") if k >= 0 and toks[k] in _EVAL_OBJECTS else None
    offence = False
    if j >= 2 and toks[j] in _EVALUATED_NOUNS:  # 'ऐतिहासिक कदम बताया', 'उकसावे वाली कार्रवाई बताया'
        j -= 2 if toks[j - 1] in ("वाली", "वाला", "वाले") else 1
        if j >= 2 and toks[j] in ("की", "का", "के") and toks[j - 1] in _OFFENCE_WORDS:
            j -= 1  # 'इस फैसले को युद्ध की कार्रवाई बताया': an act called an offence is an accusation (112)
            offence = True
        elif j >= 2 and toks[j] in ("की", "का", "के") and toks[j - 1] in _CRITICISM_WORDS:
            j -= 1  # 'गिरफ्तारी को बदले की कार्रवाई बताया', 'दमन की नीति': an act of something bad criticises
        elif j >= 4 and toks[j + 1] in _ATTACK_NOUNS:
            # 'इसे संघीय ढांचे पर सीधा हमला बताया', 'लोकतंत्र पर हमला करार दिया': an attack on anything criticises
            k = j if toks[j] == "पर" else j - 1 if toks[j - 1] == "पर" and toks[j] in _EVALUATIVE_ADJECTIVES else None
            obj = next((x for x in range(k - 2, max(-1, k - 8), -1) if toks[x] in _CLAUSE_END
                        or toks[x] in ("को", "जिसे", "जिन्हें", *_OBJECT_PRONOUNS)), None) if k is not None else None
            return (obj + 1, "111") if obj is not None and toks[obj] not in _CLAUSE_END else None
    elif j >= 3 and toks[j] in _BUNDLES and toks[j - 1] == "का" and toks[j - 2] in _CRITICISM_NOUNS:
        j -= 2  # 'झूठ का पुलिंदा बताया
    if j < 1:
        return None
    words = [j - 2, j] if j >= 2 and toks[j - 1] in ("और", "व", "एवं") else [j]  # 'बेतुका और प्रेरित बताया'
    codes = ["112" if offence or toks[x] in _VIOLATIONS else "051" if toks[x] in _PRAISE_WORDS
             else "111" if toks[x] in _CRITICISM_WORDS or toks[x].endswith("विरोधी") else None for x in words]
    code = next((c for c in codes if c), None)
    if code is None:
        return None
    k = words[0] - 1
    if toks[words[0]] == "प्रेरित":  # 'राजनीतिक बदले की भावना से प्रेरित बताया': what it is motivated by
        if k < 1 or toks[k] != "से":
            return None
        k -= 2  # the motive's last word
        for _ in range(5):
            if k < 0 or toks[k] not in _MOTIVE_WORDS:
                break
            k -= 1
    words_of_code = _PRAISE_WORDS if code == "051" else _CRITICISM_WORDS
    start0 = words[0]
    while k >= 0 and (toks[k] in _INTENSIFIERS or toks[k] in words_of_code
                      or k + 1 < start0 and (toks[k] in _EVALUATION_LINKS or toks[k] in _EVALUATED_NOUNS)):
        k -= 1  # (and more words of the same kind: 'एक अहम साझेदार', 'बेहद गैरजिम्मेदाराना और खतरनाक')
    if k >= 1 and toks[k] in _EVALUATIVE_ADJECTIVES and toks[words[0]] in _CRITICISM_NOUNS:
        k -= 1  # 'चुनावी जुमला', 'राजनीतिक नाटक', 'सोची-समझी साजिश'
    elif toks[words[0]] == "विरोधी" and k >= 1 and _WORD.fullmatch(toks[k]):
        k -= 1  # 'यहूदी विरोधी': anti-X (written as one word, 'किसान-विरोधी' is a criticising word itself)
    start = k + 1
    if k >= 2 and toks[k] in ("का", "की", "के") and toks[k - 1] != "को":
        # the object's possessor before the word: 'इसे लाबेउफ का सर्वश्रेष्ठ प्रदर्शन बताया', 'प्रतिबंधों को
        # अंतरराष्ट्रीय कानून का उल्लंघन बताया' (up to three words)
        objects = _EVAL_OBJECTS
        # (possessors listed: 'अपने पद और किसान समुदाय का अपमान बताया')
        reach = 8 if any(t in ("और", "व", "एवं", "तथा") for t in toks[max(0, k - 4):k - 1]) else 5
        k = next((x for x in range(k - 2, max(-1, k - reach), -1) if toks[x] in objects
                  or toks[x] in _CLAUSE_END and toks[x] not in ("और", "व", "एवं", "तथा")
                  or _marker_at(toks, x) is not None), k - 2)
    # the object fronted before the subject: 'जिसे ईरान ने अवैध करार दिया', 'इसे भाजपा ने जुमला बताया'
    k = _fronted_object(toks, k)
    objects = _EVAL_OBJECTS
    if k >= 0 and toks[k] not in objects:
        # (an adverbial or a description may stand between the object and the words: 'सूची को हर बार निरर्थक करार
        # दिया', 'रूस को गठबंधन की सुरक्षा के लिए सबसे बड़ा ख़तरा करार दिया', 'गिरफ्तारी को केंद्र के इशारे पर की गई
        # बदले की कार्रवाई बताया'), within the clause
        k = next((x for x in range(k, max(-1, k - 12), -1)
                  if toks[x] in objects or toks[x] in _CLAUSE_END or toks[x] in ("ने", "कि")), -1)
        # (past the subject, to a fronted relative or pronoun: 'जिसे धनखड़ ने अपने पद और किसान समुदाय का अपमान बताया')
        k = _fronted_object(toks, k)
    if k < 0 or toks[k] not in objects:
        return None
    return start, code


_QUOTE_MARKS = {"'", '"', "‘", "’", "“", "”"}
#: what something may be called a scheme or attempt to do ('... करने की कोशिश/साजिश बताया')
_SCHEMES = frozenset({"कोशिश", "प्रयास", "साजिश", "षड्यंत्र", "चाल"})
#: schemes that are bad whatever they are to do
_PLOTS = frozenset({"साजिश", "षड्यंत्र"})
#: harmful acts such a scheme is to do ('अपमानित करने की', 'डर फैलाने की', 'गुमराह करने की', 'बांटने की')
_HARMFUL_VERBS = frozenset({"अपमानित", "बदनाम", "भड़काने", "भड़काना", "बांटने", "बाँटने", "गुमराह", "दबाने", "डराने",
                            "फैलाने", "कुचलने", "छिपाने", "तोड़ने", "अस्थिर", "भटकाने", "कमजोर", "उकसाने", "धमकाने",
                            "हड़पने", "लूटने", "ठगने", "बरगलाने", "मिटाने", "भ्रमित"})
#: what an act may be called an attack on ('संविधान पर हमला बताया'; _evaluation)
_ATTACK_NOUNS = frozenset({"हमला", "प्रहार", "आघात", "कुठाराघात"})
#: 'X को लोकतंत्र की जीत बताया': a victory of something (_evaluation)
_VICTORY = {"जीत", "विजय"}
#: adverbs between an object and its quoted label ("इस कदम को पहले ही 'अनुचित' बताया")
_LABEL_ADVERBS = frozenset({"पहले", "ही", "भी", "फिर", "खुलकर", "सीधे"})
#: words of a quoted label that name an offence: the label is an accusation (112), as in 'युद्ध की कार्रवाई' करार दिया
_OFFENCE_WORDS = {"युद्ध", "युद्धअपराध", "आक्रमण", "नरसंहार", "तख्तापलट"}


def _quoted_evaluation(toks: Sequence[str], close: int, labelling: bool) -> tuple[int, str] | None:
    """"X ने Y को 'बेहद आश्चर्यजनक' बताया", "इसे 'युद्ध की घोषणा' करार दिया": a quoted label (closing quote at
    ``close``) after a को-object. A label that names an offence is an accusation (112); one with a criticising word
    criticism (111), with a praising word praise (051); any other label given with 'करार दिया' criticism (111). Else
    None, as for a plain statement."""
    opening = next((x for x in range(close - 1, max(-1, close - 12), -1) if toks[x] in _QUOTE_MARKS), None)
    if opening is None or opening + 1 == close:
        return None
    words = toks[opening + 1:close]
    k = opening - 1
    while k > 0 and toks[k] in _LABEL_ADVERBS and opening - k < 4:
        k -= 1  # "इस कदम को पहले ही 'अनुचित' बता चुका है"
    if k >= 2 and toks[k] in _GENITIVE_WORDS and toks[k - 2] == "को":
        k -= 2  # "जापान को अमेरिका का 'सबसे मजबूत सहयोगी' बताया": whose label it is, between
    objects = ("को", "जिसे", "जिन्हें", *_OBJECT_PRONOUNS)
    if k >= 1 and toks[k] == "लिए" and toks[k - 1] == "के":
        # "इसे शांति प्रयासों के लिए 'बड़ा झटका' बताया": for what, between (within the clause)
        k = next((x for x in range(k - 1, max(-1, k - 7), -1)
                  if toks[x] in objects or toks[x] in _CLAUSE_END or toks[x] in ("ने", "कि")), -1)
    far_object = False
    if k < 0:
        return None
    if toks[k] not in objects:
        # "इसे मोदी और शाह की 'बदले की राजनीति' करार दिया", "जिसे प्रिटोरिया ने 'खेदजनक' बताया": the object further
        # back in the clause, past the label's own genitive or the agent; then only a label that blames
        far = next((x for x in range(k - 1, max(-1, k - 15), -1)
                    if toks[x] in objects or toks[x] in _CLAUSE_END and toks[x] not in _COORD or toks[x] == "कि"), -1)
        if far < 0 or toks[far] not in objects:
            return None
        labelling, far_object = False, True
    if any(w in _OFFENCE_WORDS for w in words):
        return opening, "112"
    # (praise denied is criticism: "‘न तो उचित और न ही ऐतिहासिक तथ्यों पर आधारित’ बताया")
    criticism = any(w in _CRITICISM_WORDS or w.endswith("विरोधी") for w in words) or any(w in _NEG for w in words)
    # (a victory of anything praises: "आदेश को 'सच की जीत' बताया")
    # (not past a genitive: 'ताइवान को दोनों देशों के रिश्तों का "सबसे अहम मुद्दा" बताया' describes, not praises)
    praise = not far_object and (any(w in _PRAISE_WORDS for w in words) or bool(words) and words[-1] in _VICTORY)
    if criticism or labelling and not praise:
        return opening, "111"
    if praise:
        return opening, "051"
    return None


def _purpose_after(toks: Sequence[str], k: int, end: int) -> bool:
    """Does a purpose infinitive ('तितर-बितर करने के लिए', 'रोकने के लिए') follow at ``k``, within three words, before
    ``end``?"""
    for j in range(k, min(k + 3, end - 2)):
        if toks[j] in _CLAUSE_END or _marker_at(toks, j) is not None:
            return False
        if toks[j].endswith("ने") and len(toks[j]) > 3 and toks[j + 1:j + 3] == ["के", "लिए"]:
            return True
    return False


def _imminent(toks: Sequence[str], j: int) -> bool:
    """'वाला है', 'वाले हैं' at ``j`` after an infinitive: about to do it ('वाला नहीं है': not one to do it)."""
    k = j + 2 if j + 2 < len(toks) and toks[j + 1] in _NEG else j + 1
    return k < len(toks) and toks[j] in _LED_WORDS and toks[k] in _IMMINENT_AUX


def _court_order(toks: Sequence[str], p: _Pred, actor: Entity) -> _Pred | None:
    """'अदालत ने त्यागी को पासपोर्ट जमा करने और गवाहों से संपर्क न करने का आदेश दिया', 'डॉक्टरों को काम पर लौटने
    का निर्देश दिया': what a court orders someone to do is a demand of them (100), as the guidelines code court
    orders; a court's warrant or seizure ordered stays that act (गिरफ्तारी, जब्ती: 17), and so do an inquiry (09) and a
    release ('पेरोल पर रिहा करने का आदेश': the court releases, 0841).
    (Only a court's: a government's order is carried out by its own officials, and is the act it orders.)"""
    k = p.verb + 2
    if (k >= len(toks) or toks[k] not in ("आदेश", "निर्देश") or toks[p.verb + 1] not in ("का", "के")
            or p.pred.code[:2] == "10" or not _is_court(actor)):
        return None
    if (p.pred.code[:2] in ("17", "09") or p.pred.code.startswith("0841")) and not any(
            t in _NEG for t in toks[p.start:p.verb]):
        return None  # (ordering officials not to act is a demand: 'कोई कार्रवाई न करने का निर्देश')
    negated = any(t in _NEG for t in toks[p.verb + 1:p.end])  # (the order's own: 'न करने का आदेश' orders not to)
    return _with(p, negated=negated, pred=Predicate((toks[k],), ("दे",), "100", "demand", ("को",)))


def _is_judge(actor: Entity) -> bool:
    """Is ``actor`` a person whose role is a judge or justice?"""
    return actor.label == "PER" and re.search(r"\b(judge|justice)\b", actor.role or "") is not None


def _court_stay(p: _Pred, actor: Entity) -> _Pred | None:
    """'अदालत ने इस आदेश पर रोक लगा दी', 'न्यायाधीश ने तैनाती को रोक दिया': a court's or judge's stay of an order or
    act rejects it (12), as the annotated sets code stays; a government's or regulator's ban stays 172."""
    if p.pred.code != "172" or not (p.pred.noun[:1] == ("रोक",) or p.pred.verb == ("रोक",)) or not (
            _is_court(actor) or _is_judge(actor)):
        return None
    return _with(p, pred=Predicate(p.pred.noun, p.pred.verb, "120", "reject", p.pred.targets))


def _named_so_far(state: _State) -> list[tuple[Entity, Sequence[Mention]]]:
    """Every entity of the document with its mentions: the linker's, and the nominals (and countries of
    demonyms) this stage made."""
    found: list[tuple[Entity, Sequence[Mention]]] = [(e, e.mentions) for e in state.entities]
    found += [(e, state.nominal_mentions[k]) for k, e in state.nominal_entities.items()]
    return found


def _last_court(state: _State, before: int, actor: Entity) -> list[Entity]:
    """The court (not ``actor``) that acted last before character ``before`` ('शीर्ष अदालत ने हाईकोर्ट के फैसले को
    बरकरार रखते हुए ... बताया था': the Supreme Court, not the court whose verdict it upheld), else the one the document
    named last, as a one-item list: one NER found or a nominal this stage made ('रोमानिया की संवैधानिक अदालत')."""
    acted = next((ev.actor for ev, _ in reversed(state.acts) if ev.start < before and ev.actor is not actor
                  and _is_court(ev.actor)), None)
    if acted is not None:
        return [acted]
    best, best_at = None, -1
    found = _named_so_far(state)
    for x, mentions in found:
        at = max((m.start for m in mentions if m.start < before), default=-1)
        if at > best_at and x is not actor and _is_court(x):
            best, best_at = x, at
    return [best] if best is not None else []


def _signed_order(toks: Sequence[str], k: int) -> int:
    """How many tokens from ``k`` form 'आदेश पर हस्ताक्षर किए' (an order signed), with a word describing the order
    before it ('कार्यकारी आदेश') and a time between ('आदेश पर बुधवार को हस्ताक्षर कर दिए'); 0 if they do not."""
    j = k + 1 if k + 1 < len(toks) and toks[k] in _ORDER_ATTRIBUTES else k
    if j + 1 >= len(toks) or toks[j] not in ("आदेश", "आदेशों", "अध्यादेश") or toks[j + 1] != "पर":
        return 0
    sign = next((x for x in range(j + 2, min(j + 6, len(toks))) if toks[x] in ("हस्ताक्षर", "दस्तखत")), None)
    if sign is None or sign + 1 >= len(toks) or "कर" not in verb_stems(toks[sign + 1]) or (
            sign > j + 2 and not _time_adverbial(toks[j + 2:sign]) and not (toks[sign - 1] == "को" and all(
                t in _TIME_WORDS or t in _MONTHS or t.isdigit() for t in toks[j + 2:sign - 1]))):
        return 0
    return sign + 1 - k


#: verbs of an evaluation 'X को Y बताया': its object is what is evaluated
_EVALUATING = (("बता",), ("ठहरा",), ("कह",))
#: roots of cooperation: intents, consultations, diplomatic and material cooperation (_hyphen_partner)
_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})
#: 'this' as what a criticism or evaluation is of ('इसकी निंदा की', 'इसे अवैध बताया', 'इन्हें उल्लंघन बताया')
_THIS_OBJECTS = frozenset({"इसका", "इसकी", "इसके", "इसे", "इन्हें", "इन्हे"})


#: words describing an order before 'आदेश पर हस्ताक्षर' ('कार्यकारी आदेश पर हस्ताक्षर किए')
_ORDER_ATTRIBUTES = frozenset({"कार्यकारी", "शासकीय", "सरकारी", "नए", "नये", "राष्ट्रपति"})


def _is_court(e: Entity) -> bool:
    """A court or tribunal: a nominal of the judiciary ('अदालत', 'पीठ') or a named one (Supreme Court of India)."""
    return e.role == "JUD" or bool(re.search(r"\b(Court|Tribunal)\b", e.name_en or "")) or (
        e.label == "ORG" and fold_tokens(e.name)[-1:] in _COURT_WORDS)


#: a court's benches ('बंबई उच्च न्यायालय की नागपुर पीठ', 'इलाहाबाद हाईकोर्ट की लखनऊ खंडपीठ')
_BENCH_WORDS = frozenset({(w,) for w in ("पीठ", "खंडपीठ", "न्यायपीठ")})
#: last words of a court's name ('बांग्लादेश के अंतरराष्ट्रीय अपराध न्यायाधिकरण', NER found but the gazetteer lacks)
_COURT_WORDS = frozenset({(w,) for w in ("अदालत", "न्यायालय", "कोर्ट", "हाईकोर्ट", "न्यायाधिकरण", "ट्रिब्यूनल")})


def _aspect_verb(toks: Sequence[str], i: int) -> int:
    """How many tokens after the infinitive ``toks[i]`` form its finite aspect verb: 5 for 'लगाने के आदेश पर हस्ताक्षर
    किए'; 4 for 'करने की इच्छा व्यक्त की'; 3 for 'लगाने का फैसला किया', 'देने की घोषणा की', 'करने की इच्छा जताई'; 2
    for 'करना शुरू किया', 'करना जारी रखा'; 1 for 'करने लगे'; 0 when none follows."""
    if not toks[i].endswith(("ना", "ने")) or i + 1 >= len(toks):
        return 0
    nxt = toks[i + 1]
    # (a particle may stand before the light verb: 'जब्त करने का आदेश भी दिया', 'देने की घोषणा भी की')
    also = 1 if i + 4 < len(toks) and toks[i + 3] in ("भी", "ही") else 0
    if (nxt in ("का", "की") and i + 3 < len(toks) and toks[i + 2] in _DECIDE
            and set(verb_stems(toks[i + 3 + also])) & {"कर", "ले"}):
        return 3 + also  # प्रतिबंध लगाने का फैसला किया, सहायता देने की घोषणा की: the decided/announced action
    if (nxt in ("की", "का") and i + 3 < len(toks) and toks[i + 2] in _ATTEMPTS
            and set(verb_stems(toks[i + 3 + also])) & {"कर"}):
        return 3 + also  # हमला करने की कोशिश की, कब्जा करने का प्रयास किया: an attempt is coded as the action
    if (nxt in ("का", "के") and i + 3 < len(toks) and toks[i + 2] in ("आदेश", "निर्देश")
            and "दे" in verb_stems(toks[i + 3 + also])):
        return 3 + also  # संपत्ति जब्त करने के आदेश दिए: an ordered action is coded as the action
    if (nxt == "की" and i + 4 < len(toks) and toks[i + 2] == "प्रक्रिया" and toks[i + 3] == "शुरू"
            and "कर" in verb_stems(toks[i + 4])):
        return 4  # प्रतिबंध लागू करने की प्रक्रिया शुरू कर दी: starting the process is the action
    if nxt in ("का", "के") and (signed := _signed_order(toks, i + 2)):
        return 2 + signed  # शुल्क लगाने के (कार्यकारी) आदेश पर (बुधवार को) हस्ताक्षर किए: the ordered action
    if (nxt in ("को", "की") and i + 3 < len(toks) and toks[i + 2] in _APPROVAL_WORDS
            and "दे" in verb_stems(toks[i + 3])):
        return 3  # कर्ज देने को मंजूरी दी: an approved action is coded as the action
    if nxt == "का" and i + 3 < len(toks) and toks[i + 2] in _CLAIMS and "कर" in verb_stems(toks[i + 3]):
        return 3  # ड्रोन हमला करने का दावा किया: an attack claimed is coded as the attack (_predicates)
    if (nxt == "की" and i + 3 + also < len(toks) and toks[i + 2] in ("धमकी", "चेतावनी")
            and "दे" in verb_stems(toks[i + 3 + also])):
        return 3 + also  # शुल्क लगाने की धमकी दी: a threatened action is a threat of its kind (_threat_of)
    if _imminent(toks, i + 1):
        return 1  # हमला करने वाला है, भारत आने वाले हैं: about to do it (a future)
    if nxt == "पर" and i + 3 < len(toks) and toks[i + 2] in _EMPHASIS and "दे" in verb_stems(toks[i + 3]):
        return 3  # संबंध मजबूत करने पर जोर दिया: the stressed action (recoded as an intention)
    if nxt in ("का", "की") and i + 3 < len(toks) and toks[i + 2] in _WISH_NOUNS:
        if set(verb_stems(toks[i + 3])) & {"जता", "रख", "दोहरा"}:
            return 3  # बातचीत करने की इच्छा जताई: the wished action (recoded as an intention)
        if toks[i + 3] in ("व्यक्त", "जाहिर") and i + 4 < len(toks) and "कर" in verb_stems(toks[i + 4]):
            return 4  # ... की इच्छा व्यक्त की / जाहिर की
    if nxt in ("शुरू", "जारी") and i + 2 < len(toks):
        if set(verb_stems(toks[i + 2])) & ({"रख"} if nxt == "जारी" else {"कर"}):
            return 2
        return 0
    if toks[i].endswith("ने") and (nxt in _ARRIVED or nxt.startswith("पहुं") and _perfective(nxt)):
        return 1  # मिलने पहुंचे, श्रद्धांजलि देने आए: came to do it, and did (not 'करने जा रहे हैं': about to)
    return 1 if toks[i].endswith("ने") and "लग" in verb_stems(nxt) else 0


#: CAMEO code (root or 3 digits) of an action asked for -> the appeal's (02..) and demand's (10..) subcode after the
#: root: to meet 6, cooperate diplomatically 2, materially 1, give aid 3; to yield: ease administrative sanctions 51,
#: ease dissent 52, political reform 4, release 53, ease economic sanctions 54, allow involvement 55, de-escalate 56
_ASKED_FOR = {"04": "6", "05": "2", "06": "1", "061": "11", "062": "12", "063": "13", "064": "14", "07": "3",
              "071": "31", "072": "32", "073": "33", "074": "34", "081": "51", "082": "52", "083": "4", "0831": "41",
              "084": "53", "085": "54", "086": "55", "087": "56"}
_FORCE_ROOTS = ("18", "19", "20")
#: roots of acts a decision noun (इस फैसले, इस कदम, इस कार्रवाई; also 03 and 12 for these) or 'इसकी' refers back
#: to: not talk, intentions, praise, appeals, criticism or threats
_ACTION_ROOTS = ("06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20")
#: third digit of an appeal, intention or demand (02x, 03x, 10x) -> the rejection of it (12x), CAMEO's parallel codes
_REJECTED = {"1": "121", "3": "122", "4": "123", "5": "124", "6": "125", "7": "127", "8": "126"}
_REJECTION_LABELS = {"121": "reject material cooperation", "122": "reject request or demand for material aid",
                     "123": "reject request or demand for political reform", "124": "refuse to yield",
                     "125": "reject proposal to meet, discuss, or negotiate", "126": "reject mediation",
                     "127": "reject plan, agreement to settle dispute"}
#: words that join two clauses: participants before them belong to the first
_CLAUSE_JOINTS = {"लेकिन", "परंतु", "परन्तु", "मगर", "किंतु", "किन्तु", "जबकि", "कि", "क्योंकि", "ताकि", "वहीं"}
#: words before a title that make it a former holder's, no office acting now ('पूर्व मंत्री')
_FORMER = {"पूर्व", "तत्कालीन", "पूर्ववर्ती", "भूतपूर्व"}


def _former_title(text: str, start: int) -> bool:
    """Is the mention at ``start`` titled as a former holder ('पूर्व राष्ट्रपति यून सुक-योल')?"""
    words = text[max(0, start - 40):start].split()
    return any(w in _FORMER for w in words[-3:])
#: verbal counter-attacks: with no target of their own they answer whoever criticised, accused or threatened last
_COUNTERS = {("पलटवार",), ("जवाब",)}
#: nouns naming what a clause is about: a genitive before them is no participant
_TOPIC_NOUNS = frozenset({"मुद्दे", "मुद्दा", "मुद्दों", "मामले", "मामला", "मामलों", "सवाल", "सवालों", "विषय", "प्रश्न",
                          "बारे", "संबंध", "सिलसिले"})
_LAUNCH_NOUNS = frozenset(noun_key(w) for w in ("प्रक्षेपण", "परीक्षण", "प्रक्षेपणों", "परीक्षणों"))
#: predicates that demand of someone (10x) when they name whom, else only state (010)
_DIRECTIVES = frozenset({("जोर", "देकर"), ("आदेश",), ("निर्देश",)})
#: nouns that refer back to an accord ('इस सहमति का उल्लंघन किया', 'इस समझौते को तोड़ा'): its other party
_ACCORD_NOUNS = frozenset({"सहमति", "समझौते", "समझौता", "संघर्षविराम", "युद्धविराम", "संधि", "करार", "सहमतियों"})
_DECISION_NOUNS = frozenset({"फैसले", "फैसला", "फैसलों", "निर्णय", "निर्णयों", "कदम", "कदमों", "कार्रवाई", "कार्यवाही",
                             "तख्तापलट", "आदेश", "आदेशों", "वीटो", "उकसावे", "उकसावा", "मुकदमे", "मुकदमा"})
#: decisions that, with no act told, are a court's verdict ('फ़ैसले को चुनौती देगी')
_VERDICT_NOUNS = frozenset({"फैसले", "फैसला", "फैसलों", "निर्णय"})
#: starting, resuming or keeping up an action: 'वार्ता शुरू करने', 'संबंध बहाल करने', 'बातचीत जारी रखने'
_RESUMING = frozenset({"शुरू", "बहाल", "आरंभ", "प्रारंभ", "जारी"})
#: 'again' between the action noun and शुरू: 'वार्ता दोबारा शुरू करने', 'वार्ता फिर से शुरू करने'
_AGAIN = frozenset({"दोबारा", "पुनः", "फिर"})
#: nouns that refer back to a threat or warning ('इस धमकी को खारिज किया')
_THREAT_NOUNS = frozenset({"धमकी", "धमकियों", "चेतावनी", "चेतावनियों"})
#: ceasefires ('युद्धविराम लागू करने पर सहमति जताई')
_TRUCES = frozenset({"युद्धविराम", "संघर्षविराम", "सीजफायर", "सीज़फायर", "विराम"})
#: words of grief: standing by someone among them is sympathy (018)
_GRIEF = frozenset({"दुख", "दुःख", "शोक", "त्रासदी"})
#: issues raised: 'X ने Y के साथ Z का मुद्दा उठाया' asks Y (020) only with a counterpart named
_ISSUE_NOUNS = frozenset({("मुद्दा",), ("मामला",)})
#: nouns of hope: 'उम्मीद जताई कि X ...' asks X (_clause_events)
_HOPE_NOUNS = frozenset({("उम्मीद",), ("आशा",)})
#: nouns of a comment: none given declines comment ('कोई प्रतिक्रिया नहीं दी', 'इसकी पुष्टि नहीं की',
#: 'सवालों का जवाब नहीं दिया': 011)
_COMMENTS = frozenset({("प्रतिक्रिया",), ("टिप्पणी",), ("पुष्टि",), ("जवाब",)})
#: nouns of permission ('X को ... की अनुमति नहीं दी': a rejection; given, no event)
_PERMISSIONS = frozenset({("अनुमति",), ("इजाजत",)})
#: what one refuses to fear or bow to ('दबाव से नहीं डरते', 'ऐसी कार्रवाइयों से डरने वाले नहीं')
_PRESSURES = frozenset({"दबाव", "दबावों", "कार्रवाई", "कार्रवाइयों", "हथकंडों", "हथकंडे", "एजेंसियों", "छापों",
                        "छापेमारी", "मुकदमों", "केसों", "गीदड़भभकी", "गीदड़भभकियों"})
#: nouns that refer back to an appeal, offer or demand ('इस प्रस्ताव का स्वागत किया') and to a statement ('इस बयान की
#: निंदा की')
_PROPOSAL_NOUNS = frozenset({"प्रस्ताव", "प्रस्तावों", "पेशकश", "अपील", "सुझाव", "सुझावों", "मांग", "मांगों"})
_STATEMENT_NOUNS = frozenset({"बयान", "बयानों", "टिप्पणी", "टिप्पणियों", "दावे", "दावा", "दावों"})
_DEMONSTRATIVES = ("इस", "इन", "उस", "उन", "ऐसे", "ऐसी", "यह", "ये")
#: a bare place noun as a visit's destination -> the kinds of place it refers back to
_PLACE_HEADS = {"राज्य": ("state", "region"), "प्रदेश": ("state", "region"), "प्रांत": ("state", "region"),
                "शहर": ("city",), "देश": ("country", "territory"), "इलाके": ("city", "region", "state"),
                "इलाका": ("city", "region", "state"), "क्षेत्र": ("region", "state", "city")}
_BANS = {("प्रतिबंध",), ("पाबंदी",), ("रोक",)}
#: who sanctions hit when no country is named: 'रूस की तेल कंपनियों पर प्रतिबंध' are sanctions, not a domestic ban;
#: so are curbs on trade ('दुर्लभ खनिजों के निर्यात पर पाबंदियां लगा दीं': an embargo, 163)
_SANCTIONED = frozenset(noun_key(w) for w in (
    "कंपनी", "कंपनियों", "बैंक", "बैंकों", "संस्थाओं", "संस्थानों", "अधिकारियों", "नेताओं", "व्यक्तियों", "संगठनों",
    "जहाजों", "फर्मों", "कारोबारियों", "अरबपतियों", "निर्यात", "आयात"))
_TRADE_WORDS = frozenset({"निर्यात", "आयात"})
#: conjunctive participles of travelling ('मॉस्को पहुंचकर', 'वॉशिंगटन जाकर'): a visit to the named place before them
_TRAVEL_KAR = frozenset({"पहुंचकर", "पहुँचकर", "जाकर"})
#: participles of calling a meeting ('X द्वारा बुलाई गई बैठक', 'द्वारा आयोजित सम्मेलन'; _attended)
_CONVENED = frozenset({"बुलाई", "बुलाए", "बुलाया", "बुलायी", "बुलाये", "आयोजित"})
#: taking part: the noun before the verb -> the verb ('भाग ले', 'हिस्सा ले', 'शामिल हो')
_PARTICIPATION = {"भाग": "ले", "हिस्सा": "ले", "शामिल": "हो"}
#: nouns of meetings an organisation holds: 'ब्रिक्स सम्मेलन', 'नाटो शिखर सम्मेलन', 'एससीओ बैठक'
_MEETING_NOUNS = frozenset({"सम्मेलन", "शिखर", "बैठक", "समिट"})
#: nouns of rule after a name ('तालिबान शासन पर'): the name heads the compound even where a lexicon noun ends in the
#: word ('राष्ट्रपति शासन')
_REGIME_HEADS = frozenset({"शासन", "प्रशासन", "हुकूमत", "सत्ता", "राज"})
#: relative pronouns that are no subject: the clause they open has a subject of its own
_OBLIQUE_RELATIVES = frozenset({"जिसके", "जिसकी", "जिसका", "जिसमें", "जिससे", "जिसपर", "जिनके", "जिनकी", "जिनका",
                                "जिनमें", "जिनसे", "जहां"})
#: words of a protest story (in the text as written): a person's march (कूच) there is a protest march
_PROTEST_WORDS = ("आंदोलन", "प्रदर्शन", "धरना", "धरने", "अनशन", "हड़ताल", "रैली", "घेराव")
_SEAS = frozenset(fold(w) for w in ("सागर", "महासागर", "खाड़ी", "समुद्र"))
_RECIPROCAL = frozenset({"एक-दूसरे", "एक-दूसरी", "एकदूसरे", "परस्पर"})
_ATTEMPTS = frozenset({"कोशिश", "प्रयास", "कोशिशें", "कोशिशों", "प्रयासों"})
_DEMOLISHERS = frozenset({"बुलडोजर", "बुलडोजरों", "जेसीबी"})
#: perfectives of 'come' and 'go' after a purpose infinitive (मिलने आए, बात करने गए)
_ARRIVED = frozenset({"आए", "आया", "आई", "आईं", "आये", "आयी", "गए", "गया", "गई", "गईं", "गये", "गयी"})


#: participles that make a conjunctive participle before them part of a noun's description: 'निशाना बनाकर किए गए
#: हमले', 'निशाना बनाकर हुए हमलों', 'हमला करके भागे आतंकियों'
_HAPPENED = frozenset({"हुए", "हुई", "हुआ", "हुये", "हुईं", "भागे", "भागा", "भागी"})
_DONE = frozenset({"किए", "किया", "की", "किये"})


def _attributive_after(toks: Sequence[str], j: int) -> bool:
    """Whether ``toks[j:]`` opens with a participle that, with the conjunctive participle before it, describes the
    noun after it ('किए गए हमले', 'हुए हमलों', 'भागे आतंकियों'), or goes on into a passive ('हमले किए गए'),
    rather than into a verb of the ने-subject."""
    if j < len(toks) and toks[j] in _HAPPENED:
        k = j + 1
        return k < len(toks) and toks[k] not in _AUX_WORDS and toks[k] not in _CLAUSE_END and toks[k] not in _NEG \
            and _marker_at(toks, k) is None
    # a passive within the next words, as a noun's description or as the clause's own verb ('निशाना साधकर हमले किए
    # गए'): whoever did it is not the ने-subject of another clause
    for k in range(j, min(j + 3, len(toks) - 1)):
        if toks[k] in _DONE and toks[k + 1] in _PARTICIPLE_PASSIVE:
            return True
        if toks[k] in _CLAUSE_END or toks[k] == "ने":
            return False
    return False


#: a sentence of at most this many tokens with no verb may be a headline even with a full stop ('भारत का पाकिस्तान
#: पर हमला।'); a longer one is a sentence whose verb the lexicon does not know
_HEADLINE_WORDS = 12
#: cricket words before 'साझेदारी' (a batting partnership) or 'आमंत्रित' (a side put in to bat or bowl)
_INNINGS = frozenset({"रन", "रनों", "विकेट", "पारी", "शतकीय", "अर्धशतकीय", "बल्लेबाजी", "गेंदबाजी", "टॉस"})
#: what flares up ('हिंसा भड़क उठी'), rather than someone lashing out ('राहुल गांधी भाजपा पर भड़के')
_FLARING = frozenset({"हिंसा", "आग", "दंगा", "दंगे", "तनाव", "विवाद", "गुस्सा", "आक्रोश", "संघर्ष", "झड़प", "झड़पें",
                      "लपटें", "प्रदर्शन", "आंदोलन"})
#: bare verbs of arrival whose purpose infinitive may name whom the visitor came to meet
_ARRIVAL_VERBS = (("पहुंच",), ("आ",), ("जा",))


def _meeting_purpose(toks: Sequence[str], i: int) -> int | None:
    """Where 'to meet' starts before the verb at ``i``, at most two words (a place: 'मिलने जेल पहुंचे', 'मुलाकात करने
    उनके घर आए') before it, else None."""
    for k in range(i - 1, max(0, i - 3) - 1, -1):
        if toks[k] == "मिलने":
            return k
        if toks[k] == "करने" and k >= 1 and toks[k - 1] in ("मुलाकात", "भेंट"):
            return k - 1
        if toks[k] in _CLAUSE_END or toks[k] in ("ने", "को", "से", "कि", "और"):
            return None
    return None


def _second_act(first: Event, ev: Event) -> bool:
    """Is ``ev`` a second act of force, protest, threat or sanction (roots 13-19) of ``first``'s actor, code and
    targets, told by a predicate of its own (its first word differs: 'लाठीचार्ज किया' and 'पानी की बौछारें
    छोड़ीं')?"""
    # (a participle and the verb after it tell one act: 'गिरफ़्तार करके जेल भेज दिया'; but a conviction and the
    # sentence passed after it are two: 'दोषी ठहराते हुए 27 साल की क़ैद की सज़ा सुनाई')
    return "13" <= ev.root <= "19" and first.action.split()[:1] != ev.action.split()[:1] and (
        not first.action.endswith(("कर", "करके", "हुए")) or first.action.startswith("दोषी"))


def _stopping(toks: Sequence[str], lo: int, p: _Pred, actor: Entity, actor_unit: _Unit | None) -> _Pred | None:
    """Bare रोक (stop) with someone stopped: police stopping them coerce (170: 'प्रतिनिधिमंडल को उत्तर प्रदेश पुलिस ने
    रास्ते में ही रोक दिया'); a body, state or judge barring them from doing something restricts them (172: 'सेबी ने
    जेन स्ट्रीट को कारोबार करने से रोक दिया'), a court's or judge's bar rejects (12, as ``_court_stay``). Its other
    senses (stopping violence, a project, a payment) are no event: None."""
    if actor_unit is not None and actor_unit.nominal is not None and actor_unit.nominal.sector == "COP":
        return p
    if not any(toks[k].endswith("ने") and toks[k + 1] == "से" for k in range(lo, p.start - 1)) or not (
            actor.label in ("ORG", "LOC") or actor.label == "NOM" and actor.role in ("GOV", "JUD")
            or _is_judge(actor)):
        # (a leader holding back his own men is no sanction: 'अपने लड़ाकों को ... बढ़ने से रोक दिया', nor guards
        # keeping attackers out: 'सुरक्षाकर्मियों ने हमलावरों को इमारतों के भीतर जाने से रोका था')
        return None
    barred = _with(p, pred=Predicate((), ("रोक",), "172", "impose administrative sanctions", ("को",)))
    return _court_stay(barred, actor) or barred


def _stopped_someone(toks: Sequence[str], i: int) -> bool:
    """Is bare रोक at ``i`` a finite perfective ('रोक दिया', 'रोका', 'रोके गए'), the only form whose stopping of
    someone the event stage codes? Not a noun before its light verb ('रोक लगा दी'), an infinitive ('गोलीबारी रोकने पर
    सहमत') nor a modal ('रोक सकते हैं')."""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if toks[i] == "रोक":
        return nxt in ("दिया", "दी", "दिए", "दीं", "लिया", "ली", "लिए", "लीं")
    return toks[i] in ("रोका", "रोकी", "रोके") and (not nxt or nxt in _CLAUSE_END or nxt in (
        "है", "हैं", "था", "थी", "थे", "थीं", "गया", "गई", "गए", "गयी", "गये", "गईं"))  # (not 'रोके रखने', 'रोका जाए')


def _perfective(tok: str) -> bool:
    """किया, की, दिया, मांगी, भेजा ...: a perfective participle (not the bare stem, not -ता/-एगा)."""
    if tok in ("कर", "दे", "ले") or tok.endswith(("ता", "ती", "ते", "ें", *_FUTURE_ENDINGS)):
        return False  # (मांगा, भागी, लगे end in गा/गी/गे too: they are perfectives, only -एगा ... is future)
    return tok.endswith(("ा", "ी", "े", "या", "ई", "ए", "ईं", "ीं"))


#: endings of future verb forms (करेगा, देंगी, होगा, जाएंगे, लूंगा)
_FUTURE_ENDINGS = ("ेगा", "ेगी", "ेंगे", "ेंगी", "एगा", "एगी", "एंगे", "एंगी", "ूंगा", "ूंगी", "ोगे", "ोगी", "ोगा", "ोंगे",
                   "ोंगी", "गें")
#: postpositions after which an infinitive names an action that has happened: X द्वारा ... करने के बाद
_AFTER_ACTION = [("के", "बाद", "से"), ("के", "बाद"), ("के", "कारण"), ("की", "वजह", "से"), ("के", "चलते")]
#: adjectives between 'हुई' and its event noun: 'के बीच हुई हिंसक झड़प', 'हुई अहम बैठक'
_EVENT_ADJECTIVES = frozenset({"हिंसक", "भीषण", "जोरदार", "ताजा", "पहली", "दूसरी", "अहम", "महत्वपूर्ण", "उच्चस्तरीय",
                               "द्विपक्षीय", "लंबी", "खूनी", "सशस्त्र", "गोपनीय", "अनौपचारिक", "औपचारिक",
                               "विस्तृत", "व्यापक", "गहन", "सार्थक", "संक्षिप्त", "वर्चुअल", "आमने-सामने",
                               "वार्षिक", "शिखर", "मैराथन", "शांति", "व्यापार"})
#: an ordinal written with digits ('23वें दौर की वार्ता')
_ORDINAL = re.compile(r"\d+(?:वें|वीं|वां|वाँ)")
#: adjectives of a state's organ that leave it the state's: 'म्यांमार की सैन्य सरकार', 'अफगानिस्तान की अंतरिम सरकार'
_SECTOR_ADJECTIVES = frozenset({
    "सैन्य", "अंतरिम", "कार्यवाहक", "नई", "नया", "नए", "मौजूदा", "वर्तमान", "संघीय", "प्रांतीय", "केंद्रीय",
    "गठबंधन", "संक्रमणकालीन", "निर्वाचित", "लोकतांत्रिक", "विशेष", "स्थानीय", "तत्कालीन", "राज्य",
    "सरकारी", "शाही", "नयी", "नये", "पिछली", "पूर्ववर्ती", "वामपंथी", "दक्षिणपंथी", "अल्पमत",
})
#: ranks before a country's people or organs that leave them the country's ('ब्रिटेन के वरिष्ठतम राजनयिक')
_RANK_ADJECTIVES = frozenset({"वरिष्ठ", "वरिष्ठतम", "शीर्ष", "कनिष्ठ", "उच्च", "आला"})
#: prefixes of warships' names: the navy's country ('आईएनएस विक्रांत', 'यूएसएस कार्ल विंसन')
_SHIP_PREFIXES = {"आईएनएस": "IND", "यूएसएस": "USA", "एचएमएस": "GBR", "पीएनएस": "PAK"}
#: what a group named next is, before its name ('शिया संगठन हिज़्बुल्लाह', 'चरमपंथी गुट हमास')
_GROUP_DESCRIPTIONS = frozenset({"शिया", "सुन्नी", "इस्लामी", "इस्लामिक", "चरमपंथी", "आतंकी", "आतंकवादी", "उग्रवादी",
                                 "विद्रोही", "फलस्तीनी", "सशस्त्र", "कट्टरपंथी", "अलगाववादी", "माओवादी"})
#: heads of a group introduced by its name ('... नाम के एक संगठन ने', '... नामक समूह ने')
_GROUP_HEADS = frozenset({"संगठन", "समूह", "गुट", "संस्था", "दल", "मोर्चा", "संगठनों"})
#: how a visitor is welcomed ('मोदी का औपचारिक स्वागत किया गया')
_WELCOME_MANNER = frozenset({"औपचारिक", "भव्य", "भावभीना", "गर्मजोशी", "जोरदार", "शानदार", "पारंपरिक", "रस्मी"})
#: forms of 'be' after 'X का हाथ' ('... के पीछे रूस का हाथ है', 'X का हाथ होने का आरोप')
#: 'responsible' in 'X के लिए Y ज़िम्मेदार है' (_hand_behind), and the forms of 'be' after it
_RESPONSIBLE = frozenset({"ज़िम्मेदार", "जिम्मेदार", "ज़िम्मेवार", "जिम्मेवार"})
_BEING_NOW = frozenset({"है", "हैं", "था", "थे", "थी"})
_BEING = frozenset({"है", "था", "थे", "होने", "हो", "होना", "होगा", "रहा"})
#: words between 'के' and 'बाद' that only say how long after: 'के तुरंत बाद', 'के कुछ ही घंटे बाद'
_TIME_FILLERS = frozenset({
    "तुरंत", "ठीक", "फौरन", "कुछ", "ही", "थोड़ी", "थोड़े", "देर", "एक", "दो", "तीन", "चार", "पांच", "मिनट", "घंटे",
    "घंटों", "दिन", "दिनों", "हफ्ते", "हफ्तों", "सप्ताह", "महीने", "महीनों", "साल", "सालों", "वर्ष", "वर्षों",
})


_PROGRESSIVE = {"रहा", "रही", "रहे", "रहीं"}


def _attributive(toks: Sequence[str], head: int, end: int) -> bool:
    """'प्रदर्शन कर रहे सपा कार्यकर्ताओं को हिरासत में लिया': a progressive participle followed by a noun phrase
    (no auxiliary, clause end or case marker) describes that noun; it is no clause of its own."""
    return (end - head >= 2 and toks[end - 1] in _PROGRESSIVE and end < len(toks)
            and toks[end] not in _CLAUSE_END and _marker_at(toks, end) is None and toks[end] not in _NEG)


def _own_clause(toks: Sequence[str], region: list[_Unit], lo: int, subject: _Unit | None,
                pred_start: int | None = None) -> list[_Unit]:
    """The units of ``region`` in the subject's own clause: with a ने/द्वारा subject, what stands before a
    conjunction or कि ahead of it belongs to another clause ('... कि सरकार अडानी समूह को बचा रही है, लेकिन भाजपा ने
    इन आरोपों को खारिज किया': Adani is no target of the rejection)."""
    if subject is None or subject.marker not in (("ने",), *_AGENT):
        return region
    # (so does an adverbial participle's own object ahead of the subject: 'तमिलनाडु सरकार को राहत देते हुए सुप्रीम
    # कोर्ट ने ... को 'अवैध' करार दिया')
    cut = max((i for i in range(lo, subject.start) if toks[i] in _CLAUSE_JOINTS
               or pred_start is not None and toks[i] == "हुए" and toks[i - 1].endswith(("ते", "ती"))
               and i < pred_start), default=-1)
    return [u for u in region if u.start > cut]


def _visitor_follows(toks: Sequence[str], end: int) -> bool:
    """Does a perfective participle of a visit ending at ``end`` ('आए', 'पहुंचे') describe the noun phrase right
    after it (no auxiliary, negation, case marker, conjunction or clause boundary there)?"""
    if not toks[end - 1].endswith(("ए", "े")) or end >= len(toks):
        return False
    nxt = toks[end]
    return not (nxt in _AUX_WORDS or nxt in _NEG or nxt in _CLAUSE_END or nxt in _COORD or nxt in _SUBORDINATORS
                or nxt in _RELATIVE_OPENERS or nxt in (",", "-", ":") or _marker_at(toks, end) is not None)


#: words that open a relative clause after a finite verb ('ढाका पहुंचे जहां उन्होंने ... मुलाकात की')
_RELATIVE_OPENERS = frozenset({"जहां", "जहाँ", "जो", "जिन्होंने", "जिसने", "जिनके", "जिसके", "जिनसे", "जिससे", "जिसमें",
                               "जिनमें"})


def _describes_next(toks: Sequence[str], end: int) -> bool:
    """Does a noun phrase follow a passive participle ending at ``end`` ('गिरफ्तार किए गए मछुआरों'), rather than a
    clause end, an auxiliary or a case marker?"""
    return (end < len(toks) and toks[end - 1] in ("गया", "गई", "गए", "गये", "गयी") and toks[end] not in _CLAUSE_END
            and toks[end] not in _AUX_WORDS and _marker_at(toks, end) is None and toks[end] not in _NEG
            and toks[end] not in _SUBORDINATORS)


#: readiness or agreement to act after an infinitive or action noun: 'बातचीत के लिए तैयार', 'बातचीत शुरू करने को
#: राजी', 'युद्धविराम पर सहमत': the intention to do it
_READINESS = (("के", "लिए", "तैयार"), ("को", "तैयार"), ("के", "लिए", "राजी"), ("को", "राजी"), ("पर", "राजी"),
              ("के", "लिए", "सहमत"), ("को", "सहमत"), ("पर", "सहमत"), ("के", "लिए", "प्रतिबद्ध"))
_READY_WORDS = {w[-1] for w in _READINESS}
#: infinitives before 'को तैयार' that are no cooperation: 'लड़ने को तैयार', 'मरने-मारने को तैयार'
_HOSTILE_INFINITIVES = frozenset({"लड़ने", "मरने", "मारने", "भिड़ने", "टकराने", "उलझने"})
#: 'become' after a readiness word: 'राजी हो गया', 'सहमत हुए'
_BECOME = {"हो", "हुए", "हुआ", "हुई", "हुईं"}


def _readiness(toks: Sequence[str], j: int) -> int:
    """Length of 'के लिए तैयार' / 'को तैयार' / 'को राजी' / 'पर सहमत' at ``j`` (after an infinitive or an action
    noun), else 0."""
    for words in _READINESS:
        if tuple(toks[j:j + len(words)]) == words:
            return len(words)
    return 0


def _approved_action(lexicon: PredicateLexicon, toks: Sequence[str], start: int, used_until: int) -> Predicate | None:
    """The action approved by 'X को मंजूरी दी' or 'X (को) मंजूर किया' at ``start`` (the noun 'मंजूरी' / 'मंजूर'): the
    last action noun of the को-phrase or object ('कर्ज की किस्त को', 'प्रतिबंधों के 16वें पैकेज को', 'सैन्य सहायता को',
    'प्रतिबंधों का नया पैकेज मंजूर किया'), within five words before it; None when the phrase names no action."""
    object_end = start - 1 if start >= 1 and toks[start - 1] == "को" else start
    if object_end == start and toks[start] != "मंजूर" or object_end < 1:
        return None
    for k in range(object_end - 1, max(used_until, object_end - 6), -1):
        if toks[k] in _CLAUSE_END or toks[k] == "ने":
            return None
        action = lexicon.by_noun(toks[k])
        if action is not None:
            return action if action.code[:2] != "03" else None  # (approving proposals or offers is no act)
    return None


#: the threat (CAMEO 13x) of an action of each kind, by its code's prefix (longest first): to cut aid, impose
#: sanctions, break relations, impose administrative sanctions, protest, use force
_THREATS_OF = (("162", "1311", "threaten to reduce or stop aid"), ("163", "1312", "threaten with sanctions, boycott, "
               "embargo"), ("16", "1313", "threaten to reduce or break relations"), ("17", "132", "threaten with "
               "administrative sanctions"), ("14", "133", "threaten with political dissent, protest"),
               ("18", "138", "threaten with military force"), ("19", "138", "threaten with military force"),
               ("20", "138", "threaten with military force"))


def _threat_of(p: Predicate) -> Predicate:
    """The threat of the action ``p`` ('शुल्क लगाने की धमकी दी' → 1312), with its targets; 130 for any other."""
    code, label = next(((c, lb) for pre, c, lb in _THREATS_OF if p.code.startswith(pre)), ("130", "threaten"))
    return Predicate(p.noun, p.verb, code, label, p.targets)


def _intended(p: Predicate, future: bool = False) -> Predicate | None:
    """A wished-for or announced action: 04-07 become intentions (036, 032, 031, 033); with ``future`` nothing else
    changes. A wished use of force (18-20) is a threat, 138; a wished action of _WISHED_NONE is no event (None)."""
    if p.code[:2] == "07" and len(p.code) > 2 and p.code[2] in _AID_INTENTS:  # humanitarian aid -> 0333 ...
        return Predicate(p.noun, p.verb, *_AID_INTENTS[p.code[2]], p.targets)
    if future and (p.code.startswith("042") or p.noun[:2] == ("संपर्क", "में")):
        # 'वह अप्रैल में चीन जाएंगे': a visit to come stays a visit, as the annotated sets code it; so does staying
        # in touch ('कतर के अधिकारियों के संपर्क में रहेगा'): consultation goes on
        return p
    if p.code[:2] in _INTENT_CODES:
        return Predicate(p.noun, p.verb, *_INTENT_CODES[p.code[:2]], p.targets)
    if future:
        # 'निर्देशों का पालन करेगी': compliance to come is the intent to yield (a withdrawal to come, 'पीछे हटेगा', is
        # coded as the withdrawal)
        complying = p.code == "080" and p.noun[-1:] == ("पालन",)
        return Predicate(p.noun, p.verb, "035", "express intent to yield", p.targets) if complying else p
    if p.code[:2] in _WISHED_FORCE:  # हमला करना चाहता है, हमला करने का इरादा जताया
        return Predicate(p.noun, p.verb, "138", "threaten with military force", p.targets)
    return None if p.code[:2] in _WISHED_NONE else p


def _nominalized_end(toks: Sequence[str], i: int) -> int:
    """After 'करने के बाद' / 'लगाए जाने के कारण' (an infinitive, active or passive, at ``i``): the index after the
    postposition; 0 when ``toks[i]`` heads no such phrase."""
    j = i + 1
    if j < len(toks) and toks[j] == "जाने" and _perfective(toks[i]):
        j += 1
    elif not toks[i].endswith("ने") or len(toks[i]) <= 3:
        return 0
    for mk in _AFTER_ACTION:
        if tuple(toks[j:j + len(mk)]) == mk:
            return j + len(mk)
    if j < len(toks) and toks[j] == "के":  # 'के तुरंत बाद', 'के कुछ घंटे बाद', 'के दो दिन बाद'
        k = j + 1
        while k < min(len(toks), j + 4) and (toks[k] in _TIME_FILLERS or toks[k].isdigit()):
            k += 1
        if k > j + 1 and k < len(toks) and toks[k] == "बाद":
            return k + 1
    return 0


def _after_aux(toks: Sequence[str], end: int) -> int:
    """The index after the auxiliaries (है, था, गया, रहा ...) that start at ``end``."""
    while end < len(toks) and toks[end] in _AUX_WORDS:
        end += 1
    return end


def _nonfinite(tok: str) -> bool:
    """Infinitives (करने, मांगना) and conjunctive participles (मिलकर) do not head a clause. The perfective of a stem
    ending in न looks like an infinitive (माना, मानी, माने from मान): those are finite."""
    return (tok.endswith(("ने", "ना", "नी")) and len(tok) > 3 and tok not in _PERFECTIVE_OF_NA
            or (tok.endswith("कर") and tok != "कर") or tok in ("आने", "आना", "जाने", "जाना"))


def _inside_quote(text: str, at: int) -> bool:
    """Is offset ``at`` of ``text`` inside a quotation opened in an earlier sentence of the paragraph?"""
    para = text[text.rfind("\n", 0, at) + 1:at]
    return para.count('"') % 2 == 1 or para.count("“") > para.count("”")


def _naming(toks: Sequence[str], i: int) -> bool:
    """Does 'कहते/कहती (हैं)' at ``i`` say what something is called, with no speaker? The named thing opens the
    sentence, a one-word name marked को or an object pronoun ('पीलीभीत को मिनी पंजाब भी कहते हैं', 'इसे ... कहते हैं'),
    and no कि-clause or quote follows."""
    k = max(0, i - 6)
    if any(t in ("ने", "कि", ",", ":", '"') for t in toks[k:i + 4]):
        return False
    for c in range(k, i):
        first = c == 0 or toks[c - 1] in _CLAUSE_END
        if first and toks[c] in ("इसे", "उसे", "इन्हें", "उन्हें") or c + 1 < i and first and toks[c + 1] == "को":
            return True
    return False


#: verbs of giving and sending whose object may stand apart from them (_sent_object)
_GIVING_VERBS = frozenset({("भेज",), ("सौंप",), ("दे",), ("रवाना", "कर")})
_SENDING_VERBS = frozenset({("भेज",), ("रवाना", "कर")})


def _sent_object(toks: Sequence[str], vstart: int, noun: tuple[str, ...], sent: bool) -> int | None:
    """The ``noun`` (one word, or more when ``sent``) of a giving or sending verb at ``vstart``, parted from it by
    where it goes: before the को-recipient ('अपनी रिपोर्ट प्रधानमंत्री को सौंप दी') or, when ``sent`` (भेज, रवाना
    कर), marked को before the destination ('सैनिकों को कजाकिस्तान में भेज दिया') or right before an unmarked one
    ('खेप यंगून भेजी', 'खाद्य सामग्री कुनार रवाना की'); the index where it starts, or None. Up to four words may part
    them."""
    def clear(words: Sequence[str]) -> bool:
        return not any(t in _CLAUSE_END or t in ("ने", "को", "कि") for t in words)

    n = len(noun)

    def ends_at(j: int) -> bool:  # the noun's last word at j
        return j - n + 1 >= 0 and noun_matches(toks[j - n + 1:j + 1], noun)

    if vstart >= 3 and toks[vstart - 1] == "को":
        for j in range(vstart - 3, max(-1, vstart - 6), -1):
            if not clear(toks[j + 1:vstart - 1]):
                return None
            if ends_at(j):
                return j - n + 1
        return None
    for k in range(vstart - 2, max(0, vstart - 6) if sent else vstart - 2, -1):
        if toks[k] == "को":
            return k - n if ends_at(k - 1) and clear(toks[k + 1:vstart]) else None
    if sent:
        # 'राहत सामग्री की पहली खेप यंगून भेजी': the noun right before an unmarked destination of one or two words
        for j in (vstart - 2, vstart - 3):
            if j >= 0 and ends_at(j) and all(
                    _WORD.fullmatch(t) and _marker_at(toks, x) is None and t not in ("ने", "को", "कि")
                    for x, t in enumerate(toks[j + 1:vstart], start=j + 1)):
                return j - n + 1
    return None


#: perfectives of lexicon verbs whose stem ends in न (मान, पहचान): not infinitives
_PERFECTIVE_OF_NA = frozenset({"माना", "मानी", "माने", "मानीं", "पहचाना", "पहचानी", "पहचाने"})


def _tense(group: Sequence[str]) -> str:
    words = set(group)
    if any(w.endswith(("ेगा", "ेगी", "ेंगे", "ेंगी", "एगा", "एगी", "एंगे", "एंगी", "ूंगा", "ूंगी", "ोगे"))
           for w in group) or words & {
        "होगा", "होगी", "होंगे", "जाएगा", "जाएगी", "जाएंगे"
    }:
        return "future"
    if words & {"रहा", "रही", "रहे", "रहीं"}:
        return "progressive"
    if words & {"था", "थी", "थे", "थीं"}:
        return "past"
    if words & {"है", "हैं"}:
        return "present"
    return "past"


_MONTHS = {
    "जनवरी": 1, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6, "जुलाई": 7, "अगस्त": 8,
    "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
}


def _explicit_date(toks: Sequence[str], k: int, pub: _dt.date, tense: str | None) -> _dt.date | None:
    """'5 जनवरी', '2 मार्च 2021' at month token ``k``: the date (the publication's year when none is written,
    the year before when a past event would otherwise lie after publication)."""
    if k == 0 or not toks[k - 1].isdigit():
        return None
    year_given = k + 1 < len(toks) and toks[k + 1].isdigit() and len(toks[k + 1]) == 4
    year = int(toks[k + 1]) if year_given else pub.year
    try:
        day = _dt.date(year, _MONTHS[toks[k]], int(toks[k - 1]))
    except ValueError:
        return None
    if not year_given and tense != "future" and day > pub:
        try:
            day = day.replace(year=year - 1)
        except ValueError:
            return None
    return day


def _resolve_date(toks: Sequence[str], pub: _dt.date | None, tense: str | None) -> str | None:
    if pub is None:
        return None
    for k, t in enumerate(toks):
        if t in _MONTHS:
            day = _explicit_date(toks, k, pub, tense)
            if day is not None:
                return day.isoformat()
    for t in toks:
        if t in _WEEKDAYS:
            delta = (pub.weekday() - _WEEKDAYS[t]) % 7
            if tense == "future":
                return (pub + _dt.timedelta(days=(_WEEKDAYS[t] - pub.weekday()) % 7 or 7)).isoformat()
            return (pub - _dt.timedelta(days=delta)).isoformat()
        if t == "आज":
            return pub.isoformat()
        if t == "कल":
            return (pub + _dt.timedelta(days=1 if tense == "future" else -1)).isoformat()
        if t == "परसों":
            return (pub + _dt.timedelta(days=2 if tense == "future" else -2)).isoformat()
    return None
