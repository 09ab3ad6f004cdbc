"""Property tests: random mixes of scripts, marks and control characters never break the contract."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsent.document import Document
from newsent.normalize import normalize
from newsent.tokenize import tokenize

ALPHABET = st.one_of(
    st.characters(min_codepoint=0x0900, max_codepoint=0x097F),  # Devanagari incl. marks, danda, digits
    st.sampled_from(list("abcXYZ019 .,;:!?-'\"()|/@\n\t%&₹")),
    st.sampled_from(["\u200c", "\u200d", "\u00a0", "\ufeff", "\u00ad", "\u0301", "\u093c", "\x00", "\x07", "\r",
                     "“", "”", "‘", "’", "—", "…", "॰", "😀", "👍", "\U0001f3fd", "\U0001f1ee", "\u2028"]),
    st.characters(),  # anything at all
)
TEXT = st.text(alphabet=ALPHABET, max_size=120)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_tokenize_spans_are_exact_and_ordered(text: str) -> None:
    sentences = tokenize(text)
    prev_end = 0
    for s in sentences:
        assert text[s.start:s.end] == s.text
        assert s.tokens, "no empty sentences"
        assert s.start == s.tokens[0].start and s.end == s.tokens[-1].end
        for t in s.tokens:
            assert text[t.start:t.end] == t.text
            assert t.start >= prev_end, "tokens overlap or go backwards"
            assert t.end >= t.start
            prev_end = t.end


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_normalize_map_is_monotonic(text: str) -> None:
    n = normalize(text)
    last = 0
    for i in range(len(n.text) + 1):
        s = n.offsets.start(i)
        assert 0 <= s <= len(text)
        assert s >= last
        last = s
    s, e = n.offsets.span(0, len(n.text))
    # what the map says the normalized text came from normalizes to the same text
    assert normalize(text[s:e]).text == n.text


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_pipeline_roundtrip(text: str) -> None:
    import newsent

    nlp = _tok_nlp()
    doc = nlp(text)
    assert doc.text == text
    for x in (*doc.sentences, *doc.tokens, *doc.mentions):
        assert doc.text[x.start:x.end] == x.text
    again = Document.from_dict(doc.to_dict())
    assert again == doc
    assert isinstance(newsent.Document.from_dict(__import__("json").loads(doc.to_json())), Document)


_NLP = None


def _tok_nlp():
    global _NLP
    if _NLP is None:
        import newsent

        _NLP = newsent.load(processors=())
    return _NLP


#: words of news clauses: names, groups, case markers, pronouns, predicates, conjunctions and punctuation -- shuffled
#: into word salad, they reach every path of the event stage
WORDS = ("भारत पाकिस्तान चीन अमेरिका रूस मोदी पुतिन ट्रंप संयुक्त राष्ट्र सरकार सेना पुलिस प्रदर्शनकारियों किसानों "
         "लोग हमलावर ने को से पर में का की के के साथ के खिलाफ द्वारा की ओर से के बीच के बाद के लिए उसने उन्होंने वह वे "
         "उसे उनसे हम मैंने कहा बताया कहना है आरोप लगाया हमला किया हमले निंदा की मुलाकात की बातचीत मिलने पहुंचे आए गए "
         "जाएंगे करने वाला है करके कर हुए किए गए दौरा यात्रा पर प्रतिबंध लगाए मांग की अपील समझौते पर हस्ताक्षर किए "
         "गिरफ्तार लोगों सुझाये गये सुधारों विरोध नहीं न और कि तो जब लेकिन , । \" : - ( ) 2024 बुधवार को").split()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_word_salad_keeps_the_event_contract(nlp, words: list[str]) -> None:  # noqa: ANN001
    text = " ".join(words)
    doc = nlp(text, date="2024-01-10")
    entities = {id(e) for e in doc.entities}
    for ev in doc.events:
        assert doc.text[ev.start:ev.end] == ev.action
        assert id(ev.actor) in entities and all(id(t) in entities for t in ev.targets)
        assert 1 <= int(ev.code[:2]) <= 20 and len(ev.code) in (3, 4)
        assert ev.actor not in ev.targets
    assert Document.from_dict(doc.to_dict()) == doc
