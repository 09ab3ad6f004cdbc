from __future__ import annotations

import pytest

from newsent.tokenize import tokenize
from tests.conftest import shared_path


def toks(text: str) -> list[list[str]]:
    return [[t.text for t in s.tokens] for s in tokenize(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("डॉ. मनमोहन सिंह आए।", [["डॉ.", "मनमोहन", "सिंह", "आए", "।"]]),
        ("डॉ॰ मनमोहन सिंह", [["डॉ॰", "मनमोहन", "सिंह"]]),
        ("श्री. मोदी और प्रो. यादव", [["श्री.", "मोदी", "और", "प्रो.", "यादव"]]),
        ("राष्ट्रपति कसीम-जोमार्ट तोकायेव", [["राष्ट्रपति", "कसीम-जोमार्ट", "तोकायेव"]]),
        ("01:17 PM Jan 08, 2022 IST", [["01:17", "PM", "Jan", "08", ",", "2022", "IST"]]),
        ("कुल 2,022.5 करोड़ रुपये", [["कुल", "2,022.5", "करोड़", "रुपये"]]),
        ("19वीं शताब्दी", [["19वीं", "शताब्दी"]]),
        ("देखें https://example.com/a?b=1. अब", [["देखें", "https://example.com/a?b=1", "."], ["अब"]]),
        ("मेल news@example.co.in पर", [["मेल", "news@example.co.in", "पर"]]),
        ("जीत 😀😀", [["जीत", "😀", "😀"]]),
        ("CSTO देशों से", [["CSTO", "देशों", "से"]]),
        ("U.S. और जे.पी. नड्डा", [["U.S.", "और", "जे.पी.", "नड्डा"]]),
        ("विदेश मंत्री एस. जयशंकर ने कहा", [["विदेश", "मंत्री", "एस.", "जयशंकर", "ने", "कहा"]]),  # one initial
        ("जीत 👍🏽 हुई", [["जीत", "👍🏽", "हुई"]]),  # skin-tone modifier stays with its emoji
    ],
)
def test_tokens(text: str, expected: list[list[str]]) -> None:
    assert toks(text) == expected


@pytest.mark.parametrize(
    "text, n_sentences",
    [
        ("पहला वाक्य। दूसरा वाक्य।", 2),
        ("मौतें 25 हुईं। संख्या 30.", 2),  # sentence ending in a number
        ("संख्या बढ़कर 30 हो गई. अगला", 2),  # full stop after a word (BBC style)
        ("हैं.बदी और अन्य", 2),  # no space after the full stop
        ('उसने कहा, "हम जाएंगे।" फिर वह गया।', 2),  # closing quote stays with its sentence
        ("शीर्षक बिना दंड के\nपहला वाक्य।", 2),  # headline without danda
        ("क्या? हां! ठीक।", 3),
        ("डॉ. सिंह आए। प्रो. यादव गए।", 2),  # abbreviations do not end sentences
        ('वह आया।"अगला" वाक्य।', 2),  # a quote glued to the next word opens the next sentence
        ("सेब, केला आदि. अगला वाक्य", 2),  # "etc." at the end of a sentence
        ("यह सच है. बदी भी", 2),  # है. is no initial
    ],
)
def test_sentences(text: str, n_sentences: int) -> None:
    assert len(tokenize(text)) == n_sentences


def test_closing_quote_in_sentence() -> None:
    sents = tokenize('उसने कहा, "हम जाएंगे।" फिर वह गया।')
    assert sents[0].text.endswith('।"')


def test_spans_into_original_with_normalization() -> None:
    text = "“माँग” २०२२ में क़ज़ाक़िस्तान\u200d।"
    for s in tokenize(text):
        assert text[s.start:s.end] == s.text
        for t in s.tokens:
            assert text[t.start:t.end] == t.text
    norms = [t.norm for s in tokenize(text) for t in s.tokens]
    assert "मांग" in norms and "2022" in norms


def test_demo_article_sentences(demo_text: str) -> None:
    sents = tokenize(demo_text)
    texts = [s.text for s in sents]
    assert "ये जानकारी क्रेमलिन ने दी।" in texts
    assert "Advertisement" in texts
    assert any(t.startswith("कजाकिस्तान हिसा : राष्ट्रपति पुतिन ने CSTO") for t in texts)
    # the byline line is split at the pipe (a danda after normalization) and at the line break
    assert "01:17 PM Jan 08, 2022 IST |" in texts
    words = [t.text for s in sents for t in s.tokens]
    assert "कसीम-जोमार्ट" in words and "सीएसटीओ" in words


def test_pud_agreement() -> None:
    """Token agreement with the Hindi PUD gold tokenization (>= 97% of gold tokens reproduced)."""
    from newsent.eval.conll import gold_spans_from_text, read_conllu

    path = shared_path("data", "ud", "hi-pud", "hi_pud-ud-test.conllu")
    gold_total = matched = 0
    for sent in read_conllu(path):
        gold = set(gold_spans_from_text(sent["text"], [t[0] for t in sent["tokens"]]))
        ours = {(t.start, t.end) for s in tokenize(sent["text"]) for t in s.tokens}
        gold_total += len(gold)
        matched += len(gold & ours)
    assert matched / gold_total >= 0.97


def test_agrees_with_indic_nlp_on_plain_text() -> None:
    """On plain Hindi words and punctuation our tokens equal indic-nlp's trivial tokenizer."""
    from indicnlp.tokenize.indic_tokenize import trivial_tokenize_indic

    text = "भारत और चीन के बीच सीमा पर तनाव बढ़ा है , सरकार ने कहा ।"
    assert [t.text for s in tokenize(text) for t in s.tokens] == trivial_tokenize_indic(text)
