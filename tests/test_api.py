"""The public API on odd input, with the tokenizer-only pipeline (no model needed)."""

from __future__ import annotations

import json
import threading

import pytest

import newsent
from newsent.document import Document, Entity, Event, Mention


def test_type_error_names_the_type(tok_nlp) -> None:
    with pytest.raises(TypeError, match="bytes"):
        tok_nlp(b"abc")
    with pytest.raises(TypeError, match="NoneType"):
        tok_nlp(None)
    with pytest.raises(TypeError, match="single str"):
        list(tok_nlp.pipe("एक पाठ"))


def test_bad_options() -> None:
    with pytest.raises(newsent.InputError, match="unknown processor"):
        newsent.load(processors=("tokenize", "sentiment"))


def test_bad_date(tok_nlp) -> None:
    with pytest.raises(newsent.InputError, match="ISO date"):
        tok_nlp("पाठ", date="8 Jan 2022")


@pytest.mark.parametrize(
    "text",
    [
        "", "   \n\t  ", "This is English only. Second sentence!", "😀" * 500, "\u093c\u0301\u094d",
        "\x00\x01\x02 \x7f", "भारत " * 300, "२०२२ ३,४५० ०.५", "\u200d\u200c" * 10,
    ],
)
def test_odd_input(tok_nlp, text: str) -> None:
    doc = tok_nlp(text)
    assert doc.text == text
    for x in (*doc.sentences, *doc.tokens):
        assert doc.text[x.start:x.end] == x.text
    assert Document.from_dict(doc.to_dict()) == doc
    if not text.strip():
        assert doc.sentences == () and doc.mentions == () and doc.events == ()


def test_one_megabyte(tok_nlp, demo_text: str) -> None:
    text = (demo_text + "\n") * (1_000_000 // len(demo_text.encode()) + 1)
    assert len(text.encode()) >= 1_000_000
    doc = tok_nlp(text)
    assert doc.sentences[-1].end <= len(text)
    assert doc.text[doc.tokens[-1].start:doc.tokens[-1].end] == doc.tokens[-1].text


def test_pipe_equals_call(tok_nlp, demo_text: str) -> None:
    texts = [demo_text, "", "दूसरा पाठ।", demo_text[:200]]
    assert list(tok_nlp.pipe(texts, batch_size=2)) == [tok_nlp(t) for t in texts]
    assert list(tok_nlp.pipe(iter(texts), progress=True)) == [tok_nlp(t) for t in texts]


def assert_same_from_threads(nlp, text: str, threads: int = 4, runs: int = 2) -> None:  # noqa: ANN001
    """One pipeline shared by several threads gives the same document every time."""
    expected = nlp(text).to_json()
    results: list[str] = []

    def work() -> None:
        for _ in range(runs):
            results.append(nlp(text).to_json())

    pool = [threading.Thread(target=work) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert results == [expected] * (threads * runs)


def test_deterministic_and_thread_safe(tok_nlp, demo_text: str) -> None:  # noqa: ANN001
    assert_same_from_threads(tok_nlp, demo_text, runs=3)


def test_document_is_frozen(tok_nlp) -> None:
    doc = tok_nlp("भारत और चीन।")
    with pytest.raises(AttributeError):
        doc.text = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        doc.sentences[0].tokens[0].start = 3  # type: ignore[misc]


def test_roundtrip_with_entities_and_events() -> None:
    text = "पुतिन ने तोकायेव से बात की।"
    m1 = Mention("पुतिन", 0, 5, "PER")
    m2 = Mention("तोकायेव", 9, 16, "PER")
    e1 = Entity("PER:vladimir-putin", "PER", "व्लादिमीर पुतिन", "Vladimir Putin", "RUS", (m1,), "person")
    e2 = Entity("PER:kassym-jomart-tokayev", "PER", "कसीम-जोमार्ट तोकायेव", "Kassym-Jomart Tokayev", "KAZ", (m2,))
    object.__setattr__(m1, "entity", e1)
    object.__setattr__(m2, "entity", e2)
    ev = Event(e1, "बात की", "040", "consult", (e2,), 0, 20, 26)
    doc = Document(text, (), (m1, m2), (e1, e2), (ev,), {"date": "2022-01-08"})
    d = json.loads(doc.to_json())
    back = Document.from_dict(d)
    assert back == doc
    assert back.mentions[0].entity is back.entities[0]
    assert back.events[0].targets[0] is back.entities[1]
    assert back.events[0].root == "04"
    assert "Vladimir Putin" in repr(back.events[0])
    rows = back.to_rows("events")
    assert rows[0]["actor"] == "Vladimir Putin" and rows[0]["targets"] == "Kassym-Jomart Tokayev"
    assert back.to_rows("mentions")[1]["entity_id"] == "PER:kassym-jomart-tokayev"
    html = back._repr_html_()
    assert "<mark" in html and "पुतिन" in html and "consult" in html
    with pytest.raises(ValueError, match="unknown layer"):
        back.to_rows("paragraphs")
    with pytest.raises(TypeError):
        Document.from_dict(["not", "a", "dict"])  # type: ignore[arg-type]


ODD = [
    "", "   \n\t  ", "This is English only. Second sentence!", "😀" * 500, "\u093c\u0301\u094d",
    "\x00\x01\x02 \x7f", "भारत " * 300, "२०२२ में ३,४५० लोग आए।", "\u200d\u200c" * 10, "।।।???...",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_input_full_pipeline(nlp, text: str) -> None:  # noqa: ANN001
    doc = nlp(text, date="2022-01-08")
    assert doc.text == text
    for x in (*doc.sentences, *doc.tokens, *doc.mentions):
        assert doc.text[x.start:x.end] == x.text
    for ev in doc.events:
        assert doc.text[ev.start:ev.end] == ev.action
    assert Document.from_dict(json.loads(doc.to_json())) == doc


def test_one_megabyte_full_pipeline(nlp, demo_text: str) -> None:  # noqa: ANN001
    text = (demo_text + "\n") * (1_000_000 // len(demo_text.encode()) + 1)
    doc = nlp(text)
    assert len(doc.sentences) > 5000
    kaz = doc.entity("KAZ")
    assert kaz is not None and len(kaz.mentions) > 1000
    assert all(doc.text[m.start:m.end] == m.text for m in doc.mentions)


def test_pipe_equals_call_full_pipeline(nlp, demo_text: str) -> None:  # noqa: ANN001
    texts = [demo_text, "", "रूस ने यूक्रेन पर हमला किया।", demo_text[:300]]
    assert [d.to_dict() for d in nlp.pipe(texts, batch_size=3)] == [nlp(t).to_dict() for t in texts]


def test_full_pipeline_shared_between_threads(nlp, demo_text: str) -> None:  # noqa: ANN001
    assert_same_from_threads(nlp, demo_text)


def test_row_columns_match_rows(nlp, demo_text: str) -> None:  # noqa: ANN001
    from newsent.document import ROW_COLUMNS

    doc = nlp(demo_text)
    for layer, cols in ROW_COLUMNS.items():
        rows = doc.to_rows(layer)
        assert rows and all(tuple(r) == cols for r in rows)


def test_one_very_long_sentence(nlp) -> None:  # noqa: ANN001
    """Stages index their spans: a 30,000-token 'sentence' without punctuation stays linear (a quadratic stage
    would take minutes here)."""
    text = "भारत के राष्ट्रपति ने चीन से कहा " * 4000
    doc = nlp(text)
    assert len(doc.sentences) == 1 and len(doc.tokens) == 28000
    assert doc.entity("IND") is not None and len(doc.entity("IND").mentions) == 4000
