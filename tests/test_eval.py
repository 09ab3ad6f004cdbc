"""The event scorer (newsent.eval.events) on hand-made documents: it must be able to say no."""

from __future__ import annotations

from newsent.document import Entity, Mention
from newsent.eval.events import _gold_name_of

ITEM = {"entities": [
    {"name_en": "Edward Wood, 1st Earl of Halifax", "type": "PER", "surfaces": ["हेलिफैक्स"], "aliases_en": []},
    {"name_en": "Germany", "type": "LOC", "surfaces": ["जर्मनी"], "aliases_en": [], "country": "DEU"},
]}


def _unknown_person(name: str, mention: str) -> Entity:
    m = Mention(mention, 0, len(mention), "PER", "ner")
    return Entity(None, "PER", name, None, None, (m,), None, None)


def test_an_entity_stands_for_the_gold_entity_its_mention_or_name_is_a_surface_of() -> None:
    # NER kept the title in the span; the entity is named without it, as the gold surface is written
    assert _gold_name_of(_unknown_person("हेलिफैक्स", "लॉर्ड हेलिफैक्स"), ITEM, {}) == (
        "Edward Wood, 1st Earl of Halifax")
    assert _gold_name_of(_unknown_person("हेलिफैक्स", "हेलिफैक्स"), ITEM, {}) == "Edward Wood, 1st Earl of Halifax"
    # another name stands for nobody
    assert _gold_name_of(_unknown_person("चर्चिल", "लॉर्ड चर्चिल"), ITEM, {}) is None
    assert _gold_name_of(None, ITEM, {}) is None


def test_a_nominal_tied_to_a_country_stands_for_the_country() -> None:
    nom = Entity(None, "NOM", "सेना", "Germany military", "DEU", (), "nominal", "MIL")
    assert _gold_name_of(nom, ITEM, {"DEU": "Germany"}) == "Germany"
    untied = Entity(None, "NOM", "सेना", "military", None, (), "nominal", "MIL")
    assert _gold_name_of(untied, ITEM, {"DEU": "Germany"}) is None


def test_a_regional_organ_stands_for_its_region_not_its_country() -> None:
    item = {"entities": [
        {"name_en": "India", "type": "LOC", "surfaces": ["भारत"], "aliases_en": [], "country": "IND"},
        {"name_en": "Maharashtra", "type": "LOC", "surfaces": ["महाराष्ट्र"], "aliases_en": [], "country": "IND"},
    ]}
    text = "महाराष्ट्र सरकार"
    state = Entity(None, "NOM", "सरकार", "Maharashtra government", "IND", (Mention(text, 0, len(text), "NOM", "x"),),
                   "nominal", "GOV")
    assert _gold_name_of(state, item, {"IND": "India"}) == "Maharashtra"
    # a bare 'सरकार' of India is the country; a place inside a longer word is no prefix ('महाराष्ट्रवादी')
    bare = Entity(None, "NOM", "सरकार", "India government", "IND", (Mention("सरकार", 0, 5, "NOM", "x"),),
                  "nominal", "GOV")
    assert _gold_name_of(bare, item, {"IND": "India"}) == "India"
    word = "महाराष्ट्रवादी सरकार"
    other = Entity(None, "NOM", "सरकार", "India government", "IND", (Mention(word, 0, len(word), "NOM", "x"),),
                   "nominal", "GOV")
    assert _gold_name_of(other, item, {"IND": "India"}) == "India"
    # 'राज्य सरकार' read as the Maharashtra government stands for Maharashtra by its name
    said = "राज्य सरकार"
    anaphoric = Entity(None, "NOM", "सरकार", "Maharashtra government", "IND",
                       (Mention(said, 0, len(said), "NOM", "x"),), "nominal", "GOV")
    assert _gold_name_of(anaphoric, item, {"IND": "India"}) == "Maharashtra"


def test_the_bundled_event_sets_are_well_formed() -> None:
    """tests/data/pud_events.jsonl, heldout_events.jsonl and the twenty-seven newsdev*_events.jsonl: every surface and
    action is in the text, every participant is an entity of the item, codes are CAMEO roots 01-20."""
    import json
    import re
    import unicodedata
    from pathlib import Path

    data = Path(__file__).resolve().parent / "data"
    for name in ("pud_events.jsonl", "heldout_events.jsonl", "newsdev_events.jsonl", "newsdev2_events.jsonl",
                 "newsdev3_events.jsonl", "newsdev4_events.jsonl", "newsdev5_events.jsonl",
                 "newsdev6_events.jsonl", "newsdev7_events.jsonl", "newsdev8_events.jsonl", "newsdev9_events.jsonl",
                 "newsdev10_events.jsonl", "newsdev11_events.jsonl", "newsdev12_events.jsonl",
                 "newsdev13_events.jsonl", "newsdev14_events.jsonl", "newsdev15_events.jsonl",
                 "newsdev16_events.jsonl", "newsdev17_events.jsonl",
                 "newsdev18_events.jsonl", "newsdev19_events.jsonl", "newsdev20_events.jsonl",
                 "newsdev21_events.jsonl", "newsdev22_events.jsonl", "newsdev23_events.jsonl",
                 "newsdev24_events.jsonl", "newsdev25_events.jsonl", "newsdev26_events.jsonl",
                 "newsdev27_events.jsonl"):
        items = [json.loads(line) for line in (data / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        assert items and len({it["id"] for it in items}) == len(items), name
        for it in items:
            text = it["text"]
            assert unicodedata.is_normalized("NFC", text), it["id"]
            names = {e["name_en"] for e in it["entities"]}
            for e in it["entities"]:
                for s in (*e["surfaces"], *e["demonym_surfaces"], *e["sector_surfaces"]):
                    assert s in text, (it["id"], s)
            for ev in it["events"]:
                assert ev["action_hi"] and ev["action_hi"] in text, (it["id"], ev["action_hi"])
                assert ev["actor"] in names, (it["id"], ev["actor"])
                assert all(t.startswith("~") or t in names for t in ev["targets"]), (it["id"], ev["targets"])
                code = ev["cameo"]
                assert code is None or (re.fullmatch(r"\d{2,4}", code) and 1 <= int(code[:2]) <= 20), (it["id"], code)
