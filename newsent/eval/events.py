"""Scoring events against the gold schema of ``shared/data/events-dev`` and ``tests/data/pud_events.jsonl``.

An event matches a gold event when the actor, the 2-digit CAMEO root and the
negation agree and at least one named target agrees; gold events without named
targets match on actor and root.  Entities are compared through the gold
annotation: a predicted entity stands for the gold entity one of whose
``surfaces`` it was mentioned as or is named (an unknown name's entity is named
without the title NER kept in its span: लॉर्ड हेलिफैक्स → हेलिफैक्स, the gold
surface), or whose English name it has; a nominal
actor tied to a country stands for that country.  Gold events coded ``null``
(no CAMEO equivalent) cannot be produced and are counted separately.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..document import Document, Entity

__all__ = ["load_gold", "score_document", "EventScore"]


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@dataclass
class EventScore:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    gold_null: int = 0
    errors: Counter = field(default_factory=Counter)

    def add(self, other: "EventScore") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold
        self.gold_null += other.gold_null
        self.errors.update(other.errors)

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _gold_name_of(entity: Entity | None, item: dict[str, Any], country_names: dict[str, str]) -> str | None:
    if entity is None:
        return None
    golds = item["entities"]
    if entity.label == "NOM":
        # a region's or city's organ ('महाराष्ट्र सरकार', 'बिहार पुलिस', or 'राज्य सरकार' read as Uttar Pradesh
        # government) stands for that place, as a country's organ stands for the country
        for g in golds:
            if g["type"] == "LOC" and (any(m.text.startswith(f"{s} ") for s in g.get("surfaces", ())
                                           for m in entity.mentions)
                                       or (entity.name_en or "").startswith(f"{g['name_en']} ")):
                return g["name_en"]
    if entity.label == "NOM" or (entity.kind in ("country", "territory")):
        code = entity.country if entity.label == "NOM" else (entity.id or entity.country)
        if not code:
            return None
        name = country_names.get(code)
        for g in golds:
            if g["type"] == "LOC" and g.get("country") == code and (
                g["name_en"] == name or name in (g.get("aliases_en") or [])
            ):
                return g["name_en"]
        if entity.label == "NOM":
            return None
    texts = {m.text for m in entity.mentions} | {entity.name}  # the name without a title NER kept in the span
    best, best_n = None, 0
    for g in golds:
        n = len(texts & set(g.get("surfaces", [])))
        if n > best_n:
            best, best_n = g["name_en"], n
    if best:
        return best
    if entity.name_en:
        for g in golds:
            if entity.name_en == g["name_en"] or entity.name_en in (g.get("aliases_en") or []):
                return g["name_en"]
    return None


def score_document(doc: Document, item: dict[str, Any], country_names: dict[str, str]) -> EventScore:
    """Match the document's events against the item's gold events (greedy, one to one)."""
    sc = EventScore()
    golds = []
    for g in item["events"]:
        if g.get("cameo") is None:
            sc.gold_null += 1
            continue
        named = {t for t in g.get("targets", []) if not t.startswith("~")}
        golds.append((g["actor"], g["cameo"][:2], named, bool(g.get("negated", False))))
    sc.gold = len(golds)
    preds = []
    for ev in doc.events:
        actor = _gold_name_of(ev.actor, item, country_names)
        targets = {n for n in (_gold_name_of(t, item, country_names) for t in ev.targets) if n}
        preds.append((actor, ev.root, targets, ev.negated))
    sc.pred = len(preds)
    used: set[int] = set()
    for p_actor, p_root, p_targets, p_neg in preds:
        hit = None
        for gi, (g_actor, g_root, g_named, g_neg) in enumerate(golds):
            if gi in used or p_actor is None or p_actor != g_actor or p_root != g_root or p_neg != g_neg:
                continue
            if g_named and not (g_named & p_targets):
                continue
            hit = gi
            break
        if hit is None:
            if p_actor is None:
                sc.errors["pred: actor not a gold entity"] += 1
            elif not any(g[0] == p_actor for g in golds):
                sc.errors["pred: actor has no gold event"] += 1
            elif not any(g[0] == p_actor and g[1] == p_root for g in golds):
                sc.errors["pred: wrong CAMEO root"] += 1
            else:
                sc.errors["pred: target mismatch"] += 1
        else:
            used.add(hit)
            sc.tp += 1
    missed = len(golds) - len(used)
    if missed:
        sc.errors["gold missed"] += missed
    return sc


def evaluate(nlp, items: Iterable[dict[str, Any]], country_names: dict[str, str]) -> tuple[EventScore, list]:  # noqa: ANN001
    total = EventScore()
    details = []
    for item in items:
        doc = nlp(item["text"])
        sc = score_document(doc, item, country_names)
        total.add(sc)
        details.append((item["id"], sc, doc))
    return total, details
