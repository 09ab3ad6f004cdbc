"""NER model resolution, offline loading, errors and offsets."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest

import newsent
from newsent.ner import LABEL_MAP, find_official_model, map_label, resolve_model, spans_from_tags

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "models" / "hi_newsent_ner.pt"


def test_label_map() -> None:
    assert map_label("NEP") == "PER" and map_label("NEL") == "LOC" and map_label("NEO") == "ORG"
    assert map_label("NETI") is None and map_label("NEN") is None
    assert LABEL_MAP["PERSON"] == "PER"


def test_spans_from_tags() -> None:
    assert spans_from_tags(["B-PER", "E-PER", "O", "S-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    assert spans_from_tags(["B-ORG", "I-ORG", "I-ORG", "O"]) == [(0, 3, "ORG")]
    assert spans_from_tags(["I-LOC", "B-PER"]) == [(0, 1, "LOC"), (1, 2, "PER")]
    assert spans_from_tags(["B-NEP", "I-NEP"]) == [(0, 2, "NEP")]


def test_no_network_during_load_and_tagging(monkeypatch: pytest.MonkeyPatch, demo_text: str) -> None:
    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    nlp = newsent.load(use_official_model=False)
    doc = nlp(demo_text)
    assert doc.mentions


def test_bundled_model_finds_entities_with_exact_offsets(nlp) -> None:  # noqa: ANN001
    text = "“रूस के राष्ट्रपति व्लादिमीर पुतिन ने कहा कि भारत और चीन के बीच बातचीत होगी।”"
    doc = nlp(text)
    labels = {(m.text, m.label) for m in doc.mentions}
    assert ("भारत", "LOC") in labels and ("चीन", "LOC") in labels
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    assert nlp.info()["ner_model"]["origin"] == "bundled"


def test_model_that_finds_nothing_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model loaded without the word vectors it was trained with returns no entities and no error (a known
    Stanza pitfall): the load-time canary check turns that into a ModelError."""
    from newsent.ner import StanzaTagger

    monkeypatch.setattr(StanzaTagger, "tag", lambda self, sentences: [[] for _ in sentences])
    with pytest.raises(newsent.ModelError, match="ner_pretrain"):
        newsent.load(processors=("ner",), use_official_model=False)


def test_bundled_model_passes_the_canary() -> None:
    nlp = newsent.load(processors=("ner",), use_official_model=False)
    doc = nlp("भारत और पाकिस्तान के बीच दिल्ली में बातचीत हुई।")
    assert len(doc.mentions) >= 2


@pytest.mark.parametrize("content, what", [(None, "not found"), (b"", "empty"), (b"not a model at all", "not a torch")])
def test_bad_model_files(tmp_path: Path, content: bytes | None, what: str) -> None:
    path = tmp_path / "model.pt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(newsent.ModelError, match=what) as err:
        newsent.load(processors=("ner",), ner_model=path)
    assert str(path) in str(err.value)


def test_truncated_model_is_a_newsent_error(tmp_path: Path) -> None:
    path = tmp_path / "truncated.pt"
    path.write_bytes(BUNDLED.read_bytes()[:200_000])
    with pytest.raises(newsent.ModelError, match="could not load"):
        newsent.load(processors=("ner",), ner_model=path)


def _lay_out_official(root: Path) -> None:
    """A Stanza resources directory as stanza.download('hi', processors='ner') leaves it (bundled files stand in)."""
    (root / "hi" / "ner").mkdir(parents=True)
    shutil.copyfile(BUNDLED, root / "hi" / "ner" / "ilner_charlm.pt")
    resources = {
        "hi": {
            "lang_name": "Hindi",
            "default_processors": {"tokenize": "hdtb", "ner": "ilner_charlm"},
            "ner": {"ilner_charlm": {"md5": "0"}},
        }
    }
    (root / "resources.json").write_text(json.dumps(resources), encoding="utf-8")


def test_official_model_is_preferred_when_present(tmp_path: Path) -> None:
    _lay_out_official(tmp_path)
    spec = resolve_model(stanza_resources_dir=tmp_path)
    assert spec.origin == "official" and spec.model_path.name == "ilner_charlm.pt"
    nlp = newsent.load(processors=("ner",), stanza_resources_dir=tmp_path)
    assert nlp.info()["ner_model"]["origin"] == "official"
    doc = nlp("भारत और पाकिस्तान के बीच दिल्ली में बातचीत हुई।")
    assert {m.label for m in doc.mentions} <= {"PER", "LOC", "ORG"} and doc.mentions


def test_official_model_with_missing_dependency_is_skipped(tmp_path: Path) -> None:
    _lay_out_official(tmp_path)
    res = json.loads((tmp_path / "resources.json").read_text())
    res["hi"]["ner"]["ilner_charlm"]["dependencies"] = [{"model": "pretrain", "package": "hdtb"}]
    (tmp_path / "resources.json").write_text(json.dumps(res))
    assert find_official_model(tmp_path) is None
    assert resolve_model(stanza_resources_dir=tmp_path).origin == "bundled"


def test_explicit_model_wins(tmp_path: Path) -> None:
    _lay_out_official(tmp_path)
    spec = resolve_model(BUNDLED, stanza_resources_dir=tmp_path)
    assert spec.origin == "explicit"


def test_smoke_training_data_conversion() -> None:
    from newsent.train.ner_data import map_tag, retokenize

    assert map_tag("-NEL") == "B-LOC" and map_tag("-") == "O" and map_tag("B-NETI") == "O"
    assert map_tag("I-ORGANIZATION") == "I-ORG"
    toks = retokenize([('"भारत', "B-NEL"), ("सरकार,", "I-NEL"), ("ने", "O")])
    assert toks == [('"', "O"), ("भारत", "B-LOC"), ("सरकार", "I-LOC"), (",", "O"), ("ने", "O")]
    assert retokenize([("कसीम-जोमार्ट", "B-NEP")]) == [("कसीम-जोमार्ट", "B-PER")]


def test_name_substitution_keeps_tags_consistent() -> None:
    """The --augment option of the training command: every entity is replaced by a gazetteer name of its label,
    tags stay well-formed BIO, the context words stay."""
    import random

    from newsent.train.ner_data import gazetteer_names, substitute_names

    names = gazetteer_names()
    assert {"PER", "LOC", "ORG"} <= set(names)
    sent = [("कल", "O"), ("रूस", "B-LOC"), ("के", "O"), ("व्लादिमीर", "B-PER"), ("पुतिन", "I-PER"), ("ने", "O"),
            ("नाटो", "B-ORG"), ("से", "O"), ("बात", "O")]
    for seed in range(20):
        out = substitute_names(sent, names, random.Random(seed))
        assert [t for t, g in out if g == "O"] == ["कल", "के", "ने", "से", "बात"]
        types = [g[2:] for g in [g for _, g in out] if g.startswith("B-")]
        assert types == ["LOC", "PER", "ORG"]
        for (_, prev), (_, tag) in zip(out, out[1:]):
            assert not tag.startswith("I-") or prev[2:] == tag[2:]


def test_a_span_is_trimmed_of_case_markers_at_its_edges() -> None:
    from newsent.ner import trim_span

    words = ["सेना", "की", "चिनार", "कोर", "ने", "कहा"]
    assert trim_span(words, 1, 5) == (2, 4)  # 'की चिनार कोर ने' -> 'चिनार कोर'
    assert trim_span(words, 2, 4) == (2, 4)
    assert trim_span(["के", "ने"], 0, 2) == (2, 2)  # nothing but markers: empty


def test_a_span_that_is_only_a_date_is_no_name() -> None:
    from newsent.ner import trim_span

    words = ["बृहस्पतिवार", "को", "12", "मार्च", "अगस्त", "क्रांति", "मार्ग"]
    assert trim_span(words, 0, 2) == (0, 0)  # 'बृहस्पतिवार को' tagged PER: a weekday, not a person
    assert trim_span(words, 2, 4) == (2, 2)  # '12 मार्च'
    assert trim_span(words, 4, 7) == (4, 7)  # a date word inside a name stays: 'अगस्त क्रांति मार्ग'
