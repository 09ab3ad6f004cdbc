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
