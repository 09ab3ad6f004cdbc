from __future__ import annotations

import unicodedata

import pytest

from newsent.normalize import normalize, normalize_string


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("क़ज़ाक़िस्तान", "क\u093cज\u093cाक\u093cिस्तान"),  # precomposed nukta letters (U+0958..) decompose
        ("माँग", "मांग"),  # chandrabindu -> anusvara
        ("२०२२", "2022"),  # Devanagari digits -> ASCII
        ("डॉ॰", "डॉ."),  # abbreviation sign
        ("“उद्धरण” ‘x’", '"उद्धरण" \'x\''),
        ("पाकिस्\u200dतान", "पाकिस्तान"),  # ZWJ inside a conjunct
        ("a\u200cb\u00adc\ufeff", "abc"),  # ZWNJ, soft hyphen, BOM
        ("a\x00b\x07c", "abc"),  # control characters
        ("a\r\nb", "a\nb"),
        ("a\tb\u00a0c", "a b c"),
        ("e\u0301", "é"),  # NFC for Latin
        ("नोट: यह", "नोट: यह"),  # no colon -> visarga
        ("क|ख", "क।ख"),  # pipe as danda (indic-nlp rule)
    ],
)
def test_rules(raw: str, expected: str) -> None:
    assert normalize_string(raw) == expected


def test_identity_fast_path() -> None:
    n = normalize("रूस के राष्ट्रपति ने कहा।")
    assert n.offsets.is_identity and n.text == "रूस के राष्ट्रपति ने कहा।"


def test_offsets_map_back() -> None:
    raw = "“माँग” २०२२\u200d में क़"
    n = normalize(raw)
    # every normalized character maps into a span of the original that normalizes to it
    for i in range(len(n.text)):
        s, e = n.offsets.span(i, i + 1)
        assert 0 <= s <= e <= len(raw)
    s, e = n.offsets.span(0, len(n.text))
    assert (s, e) == (0, len(raw))
    j = n.text.index("2022")
    assert raw[slice(*n.offsets.span(j, j + 4))] == "२०२२"


def test_output_is_nfc_apart_from_nukta() -> None:
    text = normalize_string("कज़ाख़स्तान é ñ")
    # nukta stays decomposed (indic-nlp convention); everything else is NFC
    assert unicodedata.normalize("NFC", text).replace("\u0958", "क\u093c") == unicodedata.normalize("NFC", text)
