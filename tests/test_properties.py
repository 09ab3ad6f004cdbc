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
