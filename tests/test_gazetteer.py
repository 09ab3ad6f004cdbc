"""Gazetteer data, variant keys, reconciliation accuracy and collisions."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from newsent.errors import ResourceError
from newsent.eval.pairs import joined, load_pairs
from newsent.eval.synthetic import synthetic_name
from newsent.gazetteer import GazetteerIndex, Linker, read_dir, read_records, variant_key
from newsent.gazetteer.index import name_tokens
from newsent.normalize import normalize_string

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "data" / "gazetteers"


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker.load()


def key(s: str) -> str:
    return variant_key("".join(name_tokens(normalize_string(s))))


def test_sizes_and_columns() -> None:
    records = read_dir(GAZ)
    kinds = Counter(r.kind for r in records)
    assert kinds["country"] + kinds["territory"] >= 249
    assert kinds["organisation"] >= 150
    assert kinds["person"] >= 300
    assert kinds["demonym"] >= 60
    ids = [r.id for r in records if not r.is_demonym]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in records:
        assert r.label in ("PER", "LOC", "ORG") and r.names_hi and r.name_en


def test_every_demonym_adjective_has_its_plural_noun() -> None:
    # 'इजराइलियों को रिहा किया': the gentilic plural of an adjective in -ी is the nationals, as a target
    for r in read_dir(GAZ):
        if r.is_demonym:
            forms = set(r.names_hi)
            assert not [f for f in forms if f.endswith("ी") and f[:-1] + "ियों" not in forms], r.id


def test_files_have_source_and_licence_header() -> None:
    for path in sorted(GAZ.glob("*.tsv")):
        head = [line for line in path.read_text(encoding="utf-8").splitlines()[:12] if line.startswith("#")]
        text = " ".join(head).lower()
        assert "source" in text or "sources" in text, path
        assert "licen" in text, path


@pytest.mark.parametrize(
    "a, b",
    [("कजाकिस्तान", "कजाखस्तान"), ("कजाकिस्तान", "कज़ाख़स्तान"), ("तोकायेव", "टोकायेव"), ("तोकायेव", "तोकाएव"),
     ("पुतिन", "पूतिन"), ("सन्त", "संत"), ("नेतन्याहू", "नेतनयाहू")],
)
def test_variant_key_joins(a: str, b: str) -> None:
    assert key(a) == key(b)


@pytest.mark.parametrize("a, b", [("ऑस्ट्रिया", "ऑस्ट्रेलिया"), ("ईरान", "इराक"), ("नाइजर", "नाइजीरिया")])
def test_variant_key_keeps_apart(a: str, b: str) -> None:
    assert key(a) != key(b)


def test_reconciliation_accuracy(linker: Linker) -> None:
    """>= 95% of same-entity pairs joined, 100% of different-entity pairs kept apart."""
    pairs = load_pairs(ROOT / "tests" / "data" / "spelling_pairs.tsv")
    assert len(pairs) >= 200
    same = [p for p in pairs if p.same]
    diff = [p for p in pairs if not p.same]
    joined_same = sum(joined(linker, p.a, p.b) for p in same)
    wrongly = [(p.a, p.b) for p in diff if joined(linker, p.a, p.b)]
    assert joined_same / len(same) >= 0.95
    assert wrongly == []


def test_no_unreviewed_key_collisions(linker: Linker) -> None:
    with open(ROOT / "tests" / "data" / "key_collisions_allowed.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        allowed = {r["key"]: set(r["ids"].split("|")) for r in rows}
    unreviewed = {k: ids for k, ids in linker.index.key_collisions().items() if allowed.get(k) != ids}
    assert unreviewed == {}


def test_lookup_variants(linker: Linker) -> None:
    for name, rid in [("कजाखस्तान", "KAZ"), ("कज़ाख़स्तान", "KAZ"), ("सीएसटीओ", "ORG:CSTO"), ("CSTO", "ORG:CSTO"),
                      ("सामूहिक सुरक्षा संधि संगठन", "ORG:CSTO"), ("पुतिन", "PER:vladimir-putin"),
                      ("टोकायेव", "PER:kassym-jomart-tokayev"), ("क्रेमलिन", "ORG:KREMLIN")]:
        recs, _ = linker.index.lookup(name_tokens(normalize_string(name)))
        assert [r.id for r in recs] == [rid], name
    assert [r.id for r in linker.index.lookup_demonym("बेलारूसी")] == ["BLR"]


def test_malformed_file_is_a_newsent_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("# source: test, licence: none\nid\tkind\tname_en\nX\tcountry\tX\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="lacks the column"):
        list(read_records(bad))
    with pytest.raises(ResourceError, match="not found"):
        Linker.load(tmp_path / "missing")




def test_synthetic_large_gazetteer_lookup_scales() -> None:
    """100,000 names index and scan without blowing up (timing is in bench/bench_link.py)."""
    from newsent.gazetteer.data import GazetteerRecord

    recs = [GazetteerRecord(f"X:{i}", "person", "PER", f"Person {i}", synthetic_name(i), (synthetic_name(i),), (), None)
            for i in range(100_000)]
    index = GazetteerIndex(recs)
    matches = index.scan(["कल", *synthetic_name(99_999).split(), "ने", "कहा"])
    assert [(m.start, m.end, m.records[0].id) for m in matches] == [(1, 3, "X:99999")]


def test_build_script_reproduces_files() -> None:
    pytest.importorskip("babel")
    pytest.importorskip("pycountry")
    pytest.importorskip("rigour")
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "build_gazetteers.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr



def test_unknown_names_join_within_a_document(linker: Linker) -> None:
    """Names no gazetteer knows (mentions given directly, no NER): the short form joins the full name, a variant
    spelling joins by key, a different person stays apart."""
    from newsent.document import Mention
    from newsent.tokenize import tokenize

    text = ("रमेश कुमारस्वामी ने बैठक की। बाद में कुमारस्वामी ने कहा कि अलेक्सांद्र दुगिन और अलेक्सान्द्र दुगीन "
            "के बयान गलत हैं। सुरेश पाटिल ने भी कहा।")
    names = ["रमेश कुमारस्वामी", "कुमारस्वामी", "अलेक्सांद्र दुगिन", "अलेक्सान्द्र दुगीन", "सुरेश पाटिल"]
    mentions, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        mentions.append(Mention(name, start, start + len(name), "PER"))
        pos = start + len(name)
    linked, entities = linker.link(text, tokenize(text), mentions)
    ent = {m.text: m.entity for m in linked}
    assert ent["कुमारस्वामी"] is ent["रमेश कुमारस्वामी"]
    assert ent["अलेक्सांद्र दुगिन"] is ent["अलेक्सान्द्र दुगीन"]
    assert ent["सुरेश पाटिल"] is not ent["रमेश कुमारस्वामी"] and ent["सुरेश पाटिल"] is not ent["अलेक्सांद्र दुगिन"]
    assert len(entities) == 3 and all(e.id is None for e in entities)


def test_proposals_skip_names_inside_other_names_and_common_words(linker: Linker) -> None:
    """With no NER mentions, the gazetteer proposes the places it knows -- but not a place that is part of a
    programme/treaty name (स्वच्छ भारत अभियान, रोम संविधि) and not a place name that is a common word (की सूरत में)."""
    from newsent.tokenize import tokenize

    text = ("स्वच्छ भारत अभियान के तहत रोम संविधि पर चर्चा हुई। भुगतान न होने की सूरत में भारत और जापान ने "
            "सूरत से रोम तक उड़ान शुरू की।")
    linked, _ = linker.link(text, tokenize(text), [])
    got = [(m.text, m.start) for m in linked]
    second = text.index("।") + 1
    assert ("भारत", text.index("भारत", second)) in got and ("जापान", text.index("जापान")) in got
    assert ("रोम", text.index("रोम", second)) in got
    assert ("सूरत", text.index("सूरत")) not in got  # सूरत is a common word: never proposed on its own
    assert all(start >= second for _, start in got), got  # nothing from the programme and treaty names


def test_title_before_a_known_person_is_stripped_and_sets_the_role(nlp) -> None:  # noqa: ANN001
    """NER tags 'सेक्रटरी ऑफ स्टेट माइक पॉम्पियो' as one ORG span: the title is read off, the known name inside
    decides the entity and its label."""
    doc = nlp("सेक्रटरी ऑफ स्टेट माइक पॉम्पियो ने चीन की आलोचना की।")
    pompeo = [m.entity for m in doc.mentions if m.entity is not None and m.entity.name_en == "Mike Pompeo"]
    assert pompeo and pompeo[0].label == "PER" and pompeo[0].role == "secretary of state"


def test_two_known_names_run_together_are_split(linker: Linker) -> None:
    """NER gives 'मोदी बाइडन' as one PER span: two known people, two mentions; a known multi-word organisation
    stays whole."""
    from newsent.document import Mention
    from newsent.tokenize import tokenize

    text = "मोदी बाइडन से मिले और संयुक्त राष्ट्र सुरक्षा परिषद ने बैठक की।"
    spans = [("मोदी बाइडन", "PER"), ("संयुक्त राष्ट्र सुरक्षा परिषद", "ORG")]
    mentions = [Mention(t, text.index(t), text.index(t) + len(t), lab) for t, lab in spans]
    linked, _ = linker.link(text, tokenize(text), mentions)
    assert [(m.text, m.entity.name_en) for m in linked] == [
        ("मोदी", "Narendra Modi"), ("बाइडन", "Joe Biden"),
        ("संयुक्त राष्ट्र सुरक्षा परिषद", "United Nations Security Council")]


def test_acronym_in_brackets_after_an_organisation(linker: Linker) -> None:
    """'X (सीआईआई)': NER tagged X only; the bracketed acronym is a mention of the same entity. A bracketed word
    that is no acronym, or one after a person, is left alone."""
    from newsent.document import Mention
    from newsent.tokenize import acronym_letters, tokenize

    assert (acronym_letters("सीआईआई"), acronym_letters("एनआईए"), acronym_letters("NIA")) == (3, 3, 3)
    assert acronym_letters("सीसीपीए") == 4 and acronym_letters("ईडी") == 2
    assert not acronym_letters("भारत") and not acronym_letters("के") and not acronym_letters("Delhi")
    text = "भारतीय उद्योग परिसंघ (सीआईआई) ने कहा कि राहुल (आरजी) और समिति (रिपोर्ट) पर बात हुई।"
    spans = [("भारतीय उद्योग परिसंघ", "ORG"), ("राहुल", "PER"), ("समिति", "ORG")]
    mentions = [Mention(t, text.index(t), text.index(t) + len(t), lab) for t, lab in spans]
    linked, entities = linker.link(text, tokenize(text), mentions)
    assert [(m.text, m.label, m.source) for m in linked] == [
        ("भारतीय उद्योग परिसंघ", "ORG", "ner"), ("सीआईआई", "ORG", "gazetteer"), ("राहुल", "PER", "ner"),
        ("समिति", "ORG", "ner")]
    assert linked[0].entity is linked[1].entity


def test_unknown_name_after_a_title_is_a_person(linker: Linker) -> None:
    """'राजदूत संधू ने': NER found nothing; an uncommon word after a title, ending at a case marker, is a name. Common
    words, generic nouns and plural obliques after a title are not."""
    from newsent.tokenize import tokenize

    text = "राजदूत संधू ने कहा। लेखक मारेक बेंडा का तर्क है। प्रवक्ता कार्यालय ने कहा। मंत्री लोगों से मिले।"
    linked, _ = linker.link(text, tokenize(text), [])
    assert [(m.text, m.label, m.source) for m in linked] == [
        ("संधू", "PER", "title"), ("मारेक बेंडा", "PER", "title")]


def test_a_common_word_surname_before_ne_completes_a_titled_name(linker: Linker) -> None:
    """'प्रवक्ता जेफ नॉट ने': नॉट is a common token but ends the name before ने; an honorific does not (संधू जी),
    and a common word alone after a title is no name."""
    from newsent.tokenize import tokenize

    text = "प्रवक्ता जेफ नॉट ने कहा। राजदूत संधू जी ने कहा। प्रवक्ता नॉट ने कहा।"
    linked, _ = linker.link(text, tokenize(text), [])
    assert [(m.text, m.source) for m in linked] == [("जेफ नॉट", "title")]


def test_a_demonym_and_title_before_a_known_person_are_read_off(nlp) -> None:  # noqa: ANN001
    doc = nlp("जर्मन चांसलर ओलाफ शोल्ज़ ने रूस की निंदा की।")
    assert [e.actor.name_en for e in doc.events] == ["Olaf Scholz"]


def test_title_proposals_skip_honorifics_and_keep_name_part_titles(linker: Linker) -> None:
    from newsent.tokenize import tokenize

    text = "प्रधानमंत्री जी ने कहा। संत रविदास का जन्म हुआ। प्रमुख केंद्र के रूप में।"
    linked, _ = linker.link(text, tokenize(text), [])
    assert [(m.text, m.source) for m in linked] == [("संत रविदास", "title")]


def test_hyphenated_pairs_of_known_names_are_split(linker: Linker) -> None:
    from newsent.gazetteer.compounds import split_known_pairs
    from newsent.tokenize import tokenize

    text = "भारत-चीन सीमा पर कसीम-जोमार्ट और कभी-कभी"
    sents = split_known_pairs(tokenize(text), linker.index)
    toks = [(t.text, t.start, t.end, t.norm) for t in sents[0].tokens]
    assert toks[:3] == [("भारत", 0, 4, "भारत"), ("-", 4, 5, "-"), ("चीन", 5, 8, "चीन")]
    assert "कसीम-जोमार्ट" in [t[0] for t in toks] and "कभी-कभी" in [t[0] for t in toks]
    assert all(text[s:e] == t for t, s, e, _ in toks)


def test_a_common_word_name_in_a_hyphenated_pair_is_proposed(nlp) -> None:  # noqa: ANN001
    doc = nlp("भारत-पाक मैच रविवार को होगा।")
    assert [(m.text, m.entity.name_en) for m in doc.mentions] == [("भारत", "India"), ("पाक", "Pakistan")]


def test_descriptors_before_a_known_organisation_are_left_out(nlp) -> None:  # noqa: ANN001
    doc = nlp("मानवाधिकार संगठन एमनेस्टी इंटरनेशनल ने इस फ़ैसले की कड़ी निंदा की है।")
    assert [(m.text, m.entity.name_en) for m in doc.mentions if m.label == "ORG"] == [
        ("एमनेस्टी इंटरनेशनल", "Amnesty International")]


def test_a_generic_body_name_in_another_countrys_story_is_not_indias(nlp) -> None:  # noqa: ANN001
    doc = nlp("श्रीलंका में प्रदर्शनकारियों ने राष्ट्रपति भवन पर धावा बोल दिया।")
    assert not any(e.id == "ORG:RASHTRAPATI-BHAVAN" for e in doc.entities)
    doc = nlp("दिल्ली में राष्ट्रपति भवन के बाहर प्रदर्शनकारियों ने नारेबाजी की। राष्ट्रपति भवन ने बयान जारी किया।")
    assert any(e.id == "ORG:RASHTRAPATI-BHAVAN" for e in doc.entities)


def test_a_cited_organisation_is_unmistakable(linker: Linker) -> None:
    """'क्रिसिल रिपोर्ट के अनुसार', 'यूनिसेफ के मुताबिक': a gazetteer organisation cited as a source is proposed (and
    so, document-confirmed, are its other mentions); alone in another context ('विश्व बैंक की बैठक') it is not."""
    from newsent.tokenize import tokenize

    text = "विश्व बैंक के मुताबिक विकास घटेगा। विश्व बैंक की बैठक हुई।"
    linked, _ = linker.link(text, tokenize(text), [])
    assert [(m.start, m.source) for m in linked] == [(0, "gazetteer"), (text.index("विश्व बैंक की"), "gazetteer")]
    for text in ("विश्व बैंक की रिपोर्ट आई।", "विश्व बैंक रिपोर्ट के अनुसार।"):
        assert [m.text for m in linker.link(text, tokenize(text), [])[0]] == ["विश्व बैंक"]
    text = "विश्व बैंक की बैठक हुई।"
    assert not linker.link(text, tokenize(text), [])[0]


def test_a_span_that_swallowed_the_start_of_a_place_is_cut_before_it(linker: Linker) -> None:
    """NER's 'गोविन्द कुमार झा नयी' before 'दिल्ली': the last word begins the place 'नयी दिल्ली', which gets its
    own mention; a span that only touches a place is left alone."""
    from newsent.document import Mention
    from newsent.tokenize import tokenize

    text = "गोविन्द कुमार झा नयी दिल्ली स्थित संस्था के प्रमुख हैं।"
    span = "गोविन्द कुमार झा नयी"
    linked, _ = linker.link(text, tokenize(text), [Mention(span, 0, len(span), "PER")])
    assert [(m.text, m.label) for m in linked] == [("गोविन्द कुमार झा", "PER"), ("नयी दिल्ली", "LOC")]
    span = "गोविन्द कुमार झा"
    linked, _ = linker.link(text, tokenize(text), [Mention(span, 0, len(span), "PER")])
    assert [(m.text, m.label) for m in linked] == [("गोविन्द कुमार झा", "PER"), ("नयी दिल्ली", "LOC")]


def test_an_unknown_name_stopped_at_a_hyphen_goes_on(linker: Linker) -> None:
    from newsent.document import Mention
    from newsent.tokenize import tokenize

    text = "पूर्व उप - राष्ट्रपति जीन - पियरा बेम्बा के लिए वारंट जारी हुआ। भारत - पाक वार्ता हुई।"
    linked, _ = linker.link(text, tokenize(text), [Mention("जीन", text.index("जीन"), text.index("जीन") + 3, "PER")])
    assert [(m.text, m.label) for m in linked][:1] == [("जीन - पियरा बेम्बा", "PER")]
    assert "पाक वार्ता" not in [m.text for m in linked]
    # both halves tagged as names of their own: one name
    text = "अल - बशीर ने सभी आरोपों को खारिज किया।"
    halves = [Mention("अल", 0, 2, "PER"), Mention("बशीर", 5, 9, "PER")]
    linked, entities = linker.link(text, tokenize(text), halves)
    assert [(m.text, m.label) for m in linked] == [("अल - बशीर", "PER")]
    assert len(entities) == 1


def test_directions_with_generic_place_nouns_are_no_names(linker: Linker) -> None:
    from newsent.document import Mention
    from newsent.tokenize import tokenize

    def linked(text: str, span: str) -> list[str]:
        start = text.index(span)
        out, _ = linker.link(text, tokenize(text), [Mention(span, start, start + len(span), "LOC")])
        return [m.text for m in out]

    assert "पूर्वी सीमा" not in linked("पूर्वी सीमा पर पहाड़ियां हैं।", "पूर्वी सीमा")
    assert "उत्तरी पहाड़ी क्षेत्र" not in linked("उत्तरी पहाड़ी क्षेत्र में बारिश हुई।", "उत्तरी पहाड़ी क्षेत्र")
    assert "पूर्वी" not in linked("पूर्वी में बारिश हुई।", "पूर्वी")
    # names made of directions, or a direction before a name, stay
    assert "मध्य पूर्व" in linked("मध्य पूर्व में तनाव बढ़ा।", "मध्य पूर्व")
    assert "पूर्वी उत्तर प्रदेश" in linked("पूर्वी उत्तर प्रदेश में बारिश हुई।", "पूर्वी उत्तर प्रदेश")


def test_pti_is_the_agency_or_the_party_by_the_documents_countries(nlp) -> None:  # noqa: ANN001
    def pti(text: str) -> list[str | None]:
        doc = nlp(text)
        return [m.entity.name_en if m.entity else None for m in doc.mentions if m.text == "पीटीआई"]

    text = "इमरान खान को इस्लामाबाद में गिरफ्तार किया गया। पीटीआई समर्थकों ने लाहौर में प्रदर्शन किया।"
    assert pti(text) == ["Pakistan Tehreek-e-Insaf"]
    assert pti("पीटीआई के मुताबिक, मोदी ने दिल्ली में बाइडन से बात की।") == ["Press Trust of India"]


def test_a_generic_body_after_a_country_is_that_countrys_listed_body(nlp, linker: Linker) -> None:  # noqa: ANN001
    doc = nlp("बीजिंग। चीन के विदेश मंत्रालय के प्रवक्ता ने कहा कि चीन इसका विरोध करता है।")
    assert [(e.id, e.country) for e in doc.entities if e.label == "ORG"] == [("ORG:MFA-CHN", "CHN")]
    assert linker.national_body("RUS", ("रक्षा", "मंत्रालय")).id == "ORG:MOD-RUS"
    # a country whose body the gazetteer does not list keeps an unlinked body of that country
    assert linker.national_body("TWN", ("रक्षा", "मंत्रालय")) is None
    doc = nlp("ताइवान के रक्षा मंत्रालय ने कहा कि उसने विमान देखे।")
    assert [(e.id, e.country) for e in doc.entities if e.label == "ORG"] == [(None, "TWN")]
    # a region's or city's own body is not the national one of that generic name
    doc = nlp("गाजा के स्वास्थ्य मंत्रालय ने कहा कि 30 लोग मारे गए।")
    assert [(e.id, e.country) for e in doc.entities if e.label == "ORG"] == [(None, "PSE")]
    doc = nlp("बिहार के चुनाव आयोग ने बयान जारी किया।")
    assert [(e.id, e.country) for e in doc.entities if e.label == "ORG"] == [(None, "IND")]
    doc = nlp("महाराष्ट्र की भाजपा ने विरोध किया।")  # a party with a name of its own stays linked
    assert [e.id for e in doc.entities if e.label == "ORG"] == ["ORG:BJP"]


def test_a_direction_before_a_known_place_links_to_that_place(nlp) -> None:  # noqa: ANN001
    doc = nlp("बेरूत। इजरायल ने दक्षिणी लेबनान पर हवाई हमले किए।")
    assert [(m.text, m.entity.id) for m in doc.mentions if m.text.endswith("लेबनान")] == [("दक्षिणी लेबनान", "LBN")]
    doc = nlp("भारत और चीन ने पूर्वी लद्दाख में सैनिकों को पीछे हटाने पर सहमति जताई।")
    assert ("पूर्वी लद्दाख", "IN-LA") in [(m.text, m.entity.id) for m in doc.mentions]
    # names that begin with a direction word are names of their own
    doc = nlp("दक्षिण अफ्रीका ने बयान जारी किया।")
    assert [m.entity.id for m in doc.mentions] == ["ZAF"]


def test_an_unknown_org_span_right_after_a_persons_title_is_the_person(linker: Linker) -> None:
    from newsent.gazetteer.link import _M

    toks = ["पुर्तगाल", "के", "राष्ट्रपति", "मार्सेलो", "रेबेलो", "डी", "सूसा"]
    m = _M(0, 3, 7, "ORG", "ner")
    linker._person_after_title(toks, m)
    assert m.label == "PER"
    # a known organisation, or common words, stay an organisation
    for toks in (["राष्ट्रपति", "भाजपा"], ["राष्ट्रपति", "भवन", "कार्यालय"]):
        m = _M(0, 1, len(toks), "ORG", "ner")
        linker._person_after_title(toks, m)
        assert m.label == "ORG", toks


def test_an_unknown_name_after_a_counterpart_is_a_person(linker: Linker) -> None:
    from newsent.tokenize import tokenize

    text = "विदेश मंत्री ने अपने डच समकक्ष कैस्पर वेल्डकैंप से बात की। उन्होंने समकक्ष देशों से बात की।"
    linked, _ = linker.link(text, tokenize(text), [])
    assert [(m.text, m.label) for m in linked] == [("कैस्पर वेल्डकैंप", "PER")]


def test_a_modifier_ner_took_into_a_known_name_is_left_out(nlp) -> None:  # noqa: ANN001
    for text, name in (("राज्य में सत्तारूढ़ तृणमूल कांग्रेस इस हड़ताल में शामिल नहीं हुई।", "All India Trinamool Congress"),
                       ("मोदी ने बाढ़ से बेहाल पंजाब का दौरा किया।", "Punjab")):
        doc = nlp(text)
        assert name in {m.entity.name_en for m in doc.mentions if m.entity is not None}, text


def test_a_description_before_an_unknown_organisation_is_not_its_name(nlp) -> None:  # noqa: ANN001
    doc = nlp("सेबी ने अमरीकी ट्रेडिंग कंपनी जेन स्ट्रीट को भारतीय शेयर बाज़ार में कारोबार करने से रोक दिया।")
    firm = next(e for e in doc.entities if e.label == "ORG" and e.id is None)
    assert firm.name == "जेन स्ट्रीट"
    assert [m.text for m in firm.mentions] == ["अमरीकी ट्रेडिंग कंपनी जेन स्ट्रीट"]  # the span stays NER's


def test_an_initial_written_apart_belongs_to_the_name(nlp) -> None:  # noqa: ANN001
    doc = nlp("सुप्रीम कोर्ट ने तमिलनाडु के राज्यपाल आर.एन. रवि द्वारा विधेयकों को रोकने को अवैध करार दिया।")
    assert [m.text for m in doc.mentions if m.label == "PER"] == ["आर.एन. रवि"]
    # a title with a dot is no initial
    for title in ("डॉ.", "डा."):
        doc = nlp(f"{title} मनमोहन सिंह ने कहा कि अर्थव्यवस्था सुधरेगी।")
        assert [m.text for m in doc.mentions if m.label == "PER"] == ["मनमोहन सिंह"]


def test_initials_written_without_dots_belong_to_the_name(nlp) -> None:  # noqa: ANN001
    doc = nlp("राज्यपाल सी वी आनंद बोस ने घटना की निंदा की।")
    assert [m.text for m in doc.mentions if m.label == "PER"] == ["सी वी आनंद बोस"]
    doc = nlp("राज्य के वित्त मंत्री के एन बालगोपाल ने फ़ैसले पर निराशा जताई।")
    assert [m.text for m in doc.mentions if m.label == "PER"] == ["के एन बालगोपाल"]
    # 'के' is the genitive unless a title stands before it and another initial after it; 'आई' is a verb
    doc = nlp("बिहार के नीतीश कुमार ने कहा कि वह चुनाव लड़ेंगे।")
    assert [m.text for m in doc.mentions if m.label == "PER"] == ["नीतीश कुमार"]
    doc = nlp("सत्ता में आई नीतीश कुमार की सरकार ने फैसला लिया।")
    assert [m.text for m in doc.mentions if m.label == "PER"] == ["नीतीश कुमार"]


def test_a_hyphenated_place_ner_cut_out_of_a_bodys_name_is_taken_back(nlp) -> None:  # noqa: ANN001
    doc = nlp("जम्मू-कश्मीर पुलिस के मुताबिक सैकड़ों लोगों को हिरासत में लिया गया है।")
    assert [m.text for m in doc.mentions if m.label != "NOM"] == ["जम्मू-कश्मीर पुलिस"]
    assert [(e.actor.name_en, e.code) for e in doc.events] == [("Jammu and Kashmir police", "173")]


def test_a_known_place_with_a_generic_noun_in_its_span_is_that_place(nlp) -> None:  # noqa: ANN001
    doc = nlp("रूस ने यूक्रेन के खारकीव शहर पर मिसाइलें दागीं।")
    assert [(m.text, m.entity.name_en) for m in doc.mentions][-1] == ("खारकीव शहर", "Kharkiv")


def test_indian_police_and_paramilitary_units_are_organisations(nlp) -> None:  # noqa: ANN001
    doc = nlp("उत्तर प्रदेश एसटीएफ ने मुठभेड़ में एक लाख रुपये के इनामी बदमाश को मार गिराया।")
    assert [(m.text, m.label, m.entity.name_en) for m in doc.mentions if m.label == "ORG"] == [
        ("एसटीएफ", "ORG", "Special Task Force")]
    # an organisation's attack keeps 190 (a person's would be 180)
    assert [(e.actor.name_en, e.code) for e in doc.events] == [("Special Task Force", "190")]
    doc = nlp("राजस्थान पुलिस की एसओजी ने चार लोगों को गिरफ्तार किया।")
    assert doc.events[0].actor.name_en == "Special Operations Group"


def test_state_leaders_and_governors_are_known_people(nlp) -> None:  # noqa: ANN001
    doc = nlp("पंजाब के राज्यपाल बनवारीलाल पुरोहित ने मुख्यमंत्री भगवंत मान को पत्र लिखा।")
    assert [m.entity.name_en for m in doc.mentions if m.label == "PER"] == ["Banwarilal Purohit", "Bhagwant Mann"]
    doc = nlp("बीजद नेता वी. के. पांडियन ने कहा कि यह शर्मनाक है।")
    assert [m.entity.name_en for m in doc.mentions if m.label == "PER"] == ["V. K. Pandian"]


def test_a_person_whose_listed_surname_follows_an_unlisted_first_name_is_linked(nlp) -> None:  # noqa: ANN001
    doc = nlp("मेक्सिको के राष्ट्रपति आंद्रेस मानुएल लोपेज़ ओब्राडोर ने इक्वाडोर के साथ संबंध तोड़ लिए।")
    assert "Andrés Manuel López Obrador" in {e.name_en for e in doc.entities}
    # the surname alone is too little: one token is no full name
    doc = nlp("कांग्रेस नेता अभय कुमार गांधी ने बयान दिया।")
    assert all(e.name_en not in ("Rahul Gandhi", "Sonia Gandhi", "Indira Gandhi") for e in doc.entities)


def test_a_first_name_ner_left_out_after_a_title_joins_the_name(linker: Linker) -> None:
    """'विधायक जीवन | कृष्ण साहा': a first name that is also a common word, between a title and the name NER found,
    is part of the name; a word of a longer title is not ('लेफ़्टिनेंट | जनरल अहमद शरीफ़ चौधरी')."""
    from newsent.document import Mention
    from newsent.tokenize import tokenize

    text = "ईडी ने विधायक जीवन कृष्ण साहा को गिरफ्तार किया। प्रवक्ता लेफ़्टिनेंट जनरल अहमद शरीफ़ चौधरी ने कहा।"
    spans = [("कृष्ण साहा", "PER"), ("जनरल अहमद शरीफ़ चौधरी", "PER")]
    mentions = [Mention(t, text.index(t), text.index(t) + len(t), lab) for t, lab in spans]
    linked, _ = linker.link(text, tokenize(text), mentions)
    names = [m.text for m in linked if m.label == "PER"]
    assert "जीवन कृष्ण साहा" in names and "जनरल अहमद शरीफ़ चौधरी" in names


def test_a_short_description_before_organisation_is_no_part_of_its_name(linker: Linker) -> None:
    """'मैतेई संगठन अरामबाई टेंगोल', 'आईटी उद्योग संगठन नैसकॉम': the name follows 'संगठन'; a known name ending in
    'संगठन' keeps it ('इस्लामिक सहयोग संगठन')."""
    from newsent.document import Mention
    from newsent.tokenize import tokenize

    text = "मैतेई संगठन अरामबाई टेंगोल ने हथियार सौंपे। आईटी उद्योग संगठन नैसकॉम ने चिंता जताई। इस्लामिक सहयोग संगठन ने कहा।"
    spans = ["मैतेई संगठन अरामबाई टेंगोल", "आईटी उद्योग संगठन नैसकॉम", "इस्लामिक सहयोग संगठन"]
    mentions = [Mention(t, text.index(t), text.index(t) + len(t), "ORG") for t in spans]
    _, entities = linker.link(text, tokenize(text), mentions)
    assert [e.name_en for e in entities] == ["Arambai Tenggol", "NASSCOM", "Organisation of Islamic Cooperation"]


def test_a_short_form_ner_left_out_joins_the_full_name(linker: Linker) -> None:
    """'अहमद अल-शरा ... शरा के सिर पर', 'इस्सा चिरोमा बकारी ... चिरोमा पर': the last word of a person's name (or the
    part after the hyphen of it) or a middle word, standing alone, is that person where NER left it out; a word two
    names share ('पवार' of two Pawars) and a common noun inside an NER span ('अजित पवार पार्टी') are not."""
    from newsent.document import Mention
    from newsent.tokenize import tokenize

    text = ("सीरिया के राष्ट्रपति अहमद अल-शरा अमेरिका पहुंचे। शरा के सिर पर इनाम था। इस्सा चिरोमा बकारी ने नतीजे खारिज "
            "किए। सरकार ने चिरोमा पर आरोप लगाया। शरद पवार और अजित पवार पार्टी के नेता हैं। पवार ने कहा कि पार्टी "
            "एक है।")
    spans = ["अहमद अल-शरा", "इस्सा चिरोमा बकारी", "शरद पवार", "अजित पवार पार्टी"]
    mentions = [Mention(t, text.index(t), text.index(t) + len(t), "PER") for t in spans]
    linked, _ = linker.link(text, tokenize(text), mentions)
    by_start = {m.start: m for m in linked}
    sharaa = by_start[text.index("शरा के")]
    assert sharaa.source == "document" and sharaa.entity is by_start[text.index("अहमद")].entity
    assert sharaa.entity.name_en == "Ahmed al-Sharaa"
    chiroma = by_start[text.index("चिरोमा पर")]
    assert chiroma.entity is by_start[text.index("इस्सा")].entity and chiroma.entity.id is None
    assert text.index("पवार ने") not in by_start and text.rindex("पार्टी") not in by_start


def test_the_oblique_of_a_name_with_ka_is_the_same_organisation(linker: Linker) -> None:
    """'पश्चिम अफ्रीकी देशों का आर्थिक समुदाय' before a case marker is written '... देशों के आर्थिक समुदाय (इकोवास)
    से'; 'रूस का रक्षा मंत्रालय' → 'रूस के रक्षा मंत्रालय ने'."""
    from newsent.tokenize import tokenize

    text = "माली पश्चिम अफ्रीकी देशों के आर्थिक समुदाय से अलग हुआ। रूस के रक्षा मंत्रालय ने कहा।"
    _, entities = linker.link(text, tokenize(text), [])
    assert {"ECOWAS", "Ministry of Defence (Russia)"} <= {e.name_en for e in entities}


def test_religious_titles_are_read_off_a_name(nlp) -> None:  # noqa: ANN001
    """'ड्रूज धर्मगुरु शेख हिकमत अल-हिजरी ने': the cleric's title and the honorific are no part of his name."""
    doc = nlp("ड्रूज धर्मगुरु शेख हिकमत अल-हिजरी ने सरकारी बलों पर आरोप लगाया।")
    assert any(e.label == "PER" and e.name == "हिकमत अल-हिजरी" for e in doc.entities), doc.entities


def test_an_unknown_name_named_twice_still_lends_its_short_form(linker: Linker) -> None:
    """'इस्सा चिरोमा बकारी ... इस्सा चिरोमा बकारी ... चिरोमा पर': two mentions of one unknown full name are one owner of
    its words, so the short form is still proposed."""
    from newsent.document import Mention
    from newsent.tokenize import tokenize

    text = "इस्सा चिरोमा बकारी ने नतीजे खारिज किए। इस्सा चिरोमा बकारी ने रैली की। सरकार ने चिरोमा पर आरोप लगाया।"
    first, second = text.index("इस्सा"), text.index("इस्सा", 5)
    mentions = [Mention("इस्सा चिरोमा बकारी", at, at + len("इस्सा चिरोमा बकारी"), "PER") for at in (first, second)]
    linked, _ = linker.link(text, tokenize(text), mentions)
    by_start = {m.start: m for m in linked}
    assert by_start[text.index("चिरोमा पर")].entity is by_start[first].entity
