"""The data model: what a pipeline returns.

A :class:`Document` holds the caller's text unchanged and, layer by layer, the
sentences, tokens, mentions, entities and events found in it.  Every span
(``start``/``end``) is a character offset into ``Document.text`` so that
``doc.text[x.start:x.end] == x.text`` holds for every token, sentence,
mention and event predicate.

All classes are frozen dataclasses.  ``Mention.entity`` points back to the
entity the mention belongs to; it is excluded from equality and ``repr`` to
keep both finite.  ``Document.to_dict()`` stores cross references as indices,
and ``Document.from_dict(doc.to_dict()) == doc`` for every document.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping

__all__ = ["Token", "Sentence", "Mention", "Entity", "Event", "Document", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1

#: the columns of :meth:`Document.to_rows` for each layer
ROW_COLUMNS: dict[str, tuple[str, ...]] = {
    "tokens": ("sentence", "text", "start", "end", "norm"),
    "mentions": ("text", "start", "end", "label", "source", "entity_id", "entity_name", "entity_name_en"),
    "entities": ("id", "label", "kind", "name", "name_en", "country", "role", "mentions", "surfaces"),
    "events": ("sentence", "actor", "actor_id", "actor_country", "action", "code", "root", "label", "quad_class",
               "goldstein", "targets", "target_ids", "target_countries", "negated", "modality", "date", "start",
               "end"),
}


@dataclass(frozen=True)
class Token:
    """A word or punctuation token.

    ``text`` is the caller's text at ``[start, end)``; ``norm`` is the same token
    after normalization (what later stages match on).
    """

    text: str
    start: int
    end: int
    norm: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "norm": self.norm}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Token":
        return cls(d["text"], d["start"], d["end"], d.get("norm", d["text"]))


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a headline / line without a danda) and its tokens."""

    text: str
    start: int
    end: int
    tokens: tuple[Token, ...]

    def __repr__(self) -> str:
        short = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return f"Sentence({short!r}, start={self.start}, end={self.end}, tokens={len(self.tokens)})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "tokens": [t.to_dict() for t in self.tokens],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Sentence":
        return cls(d["text"], d["start"], d["end"], tuple(Token.from_dict(t) for t in d["tokens"]))


@dataclass(frozen=True)
class Mention:
    """A span of the text naming a person (PER), place (LOC), organisation (ORG)
    or a nominal actor (NOM, e.g. सरकार).

    ``source`` says which stage proposed it: ``ner``; ``gazetteer`` for known names NER missed (and acronyms in
    brackets after a mention); ``title`` for a name NER missed right after a title or role noun; ``document`` for a
    short form NER missed of a person's name found elsewhere in the document (शरा after अहमद अल-शरा); ``nominal``
    for nominal actors; ``events`` for names the event stage found (before ने, or an organisation in an event).
    ``entity`` is the :class:`Entity` the mention was linked to (set by the
    pipeline; ``None`` before linking).
    """

    text: str
    start: int
    end: int
    label: str
    source: str = "ner"
    entity: "Entity | None" = field(default=None, compare=False, repr=False)

    @property
    def kb_id(self) -> str | None:
        """The gazetteer id of the linked entity (spaCy's ``kb_id_``), or None."""
        return self.entity.id if self.entity is not None else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "source": self.source,
        }


@dataclass(frozen=True)
class Entity:
    """One real-world entity of the document, however many spellings it has.

    ``id`` is a stable gazetteer identifier (ISO 3166-1 alpha-3 for countries,
    ``ORG:…``/``PER:…``/``LOC:…`` otherwise) or ``None`` when the gazetteer
    does not know the entity.  ``name`` is the canonical Hindi form, ``name_en``
    the English one (``None`` when unknown), ``country`` an ISO alpha-3 code
    where known.  ``kind`` is the gazetteer kind (country, city, person,
    organisation, nominal ...) and ``role`` a title the text gives the entity
    (राष्ट्रपति) where found.
    """

    id: str | None
    label: str
    name: str
    name_en: str | None
    country: str | None
    mentions: tuple[Mention, ...] = ()
    kind: str | None = None
    role: str | None = None

    def __repr__(self) -> str:
        return (
            f"Entity(id={self.id!r}, label={self.label!r}, name={self.name!r}, "
            f"name_en={self.name_en!r}, country={self.country!r}, mentions={len(self.mentions)})"
        )

    def to_dict(self, mention_index: Mapping[int, int]) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "name_en": self.name_en,
            "country": self.country,
            "kind": self.kind,
            "role": self.role,
            "mentions": [mention_index[id(m)] for m in self.mentions],
        }


@dataclass(frozen=True)
class Event:
    """An actor–action–target event coded in CAMEO.

    ``action`` is the predicate as it stands in the text, ``start``/``end`` its
    span; ``code`` the CAMEO code (2–4 digits as a string), ``label`` its
    English gloss; ``sentence`` the index of the sentence in
    ``Document.sentences``; ``date`` an ISO date when the caller passed a
    publication date and the clause has a resolvable date expression.
    """

    actor: Entity | None
    action: str
    code: str
    label: str
    targets: tuple[Entity, ...]
    sentence: int
    start: int
    end: int
    negated: bool = False
    date: str | None = None
    tense: str | None = None
    #: ``None`` for an asserted action; ``"alleged"`` when the text only reports an accusation of it (X पर हमला
    #: करने का आरोप है), ``"conditional"`` for the consequence of a condition (अगर ... तो X करेगा)
    modality: str | None = None

    @property
    def root(self) -> str:
        """The two-digit CAMEO root category (``"04"`` for ``"041"``)."""
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        """GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
        from .events.scales import quad_class

        return quad_class(self.code)

    @property
    def goldstein(self) -> float:
        """The Goldstein scale value of the code, from -10 (most conflictual) to +10 (most cooperative)."""
        from .events.scales import goldstein

        return goldstein(self.code)

    def __repr__(self) -> str:
        actor = self.actor.name_en or self.actor.name if self.actor else None
        targets = [t.name_en or t.name for t in self.targets]
        neg = ", negated" if self.negated else ""
        mod = f", {self.modality}" if self.modality else ""
        return f"Event({actor!r} —{self.code} {self.label}→ {targets!r}, action={self.action!r}{neg}{mod})"

    def to_dict(self, entity_index: Mapping[int, int]) -> dict[str, Any]:
        return {
            "actor": entity_index[id(self.actor)] if self.actor is not None else None,
            "action": self.action,
            "code": self.code,
            "label": self.label,
            "targets": [entity_index[id(t)] for t in self.targets],
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "negated": self.negated,
            "date": self.date,
            "tense": self.tense,
            "modality": self.modality,
        }


@dataclass(frozen=True)
class Document:
    """The result of running a pipeline over one text."""

    text: str
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False)

    # -- views ---------------------------------------------------------------
    @property
    def tokens(self) -> tuple[Token, ...]:
        """All tokens of the document, in order."""
        return tuple(t for s in self.sentences for t in s.tokens)

    def __len__(self) -> int:
        return sum(len(s.tokens) for s in self.sentences)

    def __iter__(self) -> Iterator[Token]:
        for s in self.sentences:
            yield from s.tokens

    def __repr__(self) -> str:
        short = self.text if len(self.text) <= 40 else self.text[:37] + "..."
        return (
            f"Document({short!r}, sentences={len(self.sentences)}, tokens={len(self)}, "
            f"mentions={len(self.mentions)}, entities={len(self.entities)}, events={len(self.events)})"
        )

    def entity(self, id: str) -> Entity | None:
        """The entity with gazetteer id ``id`` (``"KAZ"``), or None."""
        for e in self.entities:
            if e.id == id:
                return e
        return None

    # -- serialisation -------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        mention_index = {id(m): i for i, m in enumerate(self.mentions)}
        entity_index = {id(e): i for i, e in enumerate(self.entities)}
        mentions = []
        for m in self.mentions:
            d = m.to_dict()
            d["entity"] = entity_index.get(id(m.entity)) if m.entity is not None else None
            mentions.append(d)
        return {
            "schema": SCHEMA_VERSION,
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "mentions": mentions,
            "entities": [e.to_dict(mention_index) for e in self.entities],
            "events": [ev.to_dict(entity_index) for ev in self.events],
            "meta": dict(self.meta),
        }

    def to_json(self, **kwargs: Any) -> str:
        """JSON text of :meth:`to_dict` (``ensure_ascii=False`` unless overridden)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Document":
        """Rebuild a document from :meth:`to_dict` output (lossless)."""
        if not isinstance(d, Mapping) or "text" not in d:
            raise TypeError("Document.from_dict expects the mapping returned by Document.to_dict()")
        sentences = tuple(Sentence.from_dict(s) for s in d.get("sentences", ()))
        mentions = [
            Mention(m["text"], m["start"], m["end"], m["label"], m.get("source", "ner"))
            for m in d.get("mentions", ())
        ]
        entities = []
        for e in d.get("entities", ()):
            entities.append(
                Entity(
                    e["id"], e["label"], e["name"], e.get("name_en"), e.get("country"),
                    tuple(mentions[i] for i in e.get("mentions", ())), e.get("kind"), e.get("role"),
                )
            )
        for m, md in zip(mentions, d.get("mentions", ())):
            if md.get("entity") is not None:
                object.__setattr__(m, "entity", entities[md["entity"]])
        events = tuple(
            Event(
                entities[ev["actor"]] if ev.get("actor") is not None else None,
                ev["action"], ev["code"], ev["label"],
                tuple(entities[i] for i in ev.get("targets", ())),
                ev["sentence"], ev["start"], ev["end"], ev.get("negated", False),
                ev.get("date"), ev.get("tense"), ev.get("modality"),
            )
            for ev in d.get("events", ())
        )
        return cls(d["text"], sentences, tuple(mentions), tuple(entities), events, dict(d.get("meta", {})))

    # -- rows for DataFrames -------------------------------------------------
    def to_rows(self, layer: str = "mentions") -> list[dict[str, Any]]:
        """Flat rows (one dict each) for ``pandas.DataFrame(doc.to_rows(...))``.

        ``layer`` is ``"tokens"``, ``"mentions"``, ``"entities"`` or ``"events"``.
        """
        if layer == "tokens":
            return [
                {"sentence": i, "text": t.text, "start": t.start, "end": t.end, "norm": t.norm}
                for i, s in enumerate(self.sentences) for t in s.tokens
            ]
        if layer == "mentions":
            return [
                {
                    "text": m.text, "start": m.start, "end": m.end, "label": m.label, "source": m.source,
                    "entity_id": m.kb_id,
                    "entity_name": m.entity.name if m.entity else None,
                    "entity_name_en": m.entity.name_en if m.entity else None,
                }
                for m in self.mentions
            ]
        if layer == "entities":
            return [
                {
                    "id": e.id, "label": e.label, "kind": e.kind, "name": e.name, "name_en": e.name_en,
                    "country": e.country, "role": e.role, "mentions": len(e.mentions),
                    "surfaces": " | ".join(sorted({m.text for m in e.mentions})),
                }
                for e in self.entities
            ]
        if layer == "events":
            return [
                {
                    "sentence": ev.sentence,
                    "actor": _entity_name(ev.actor), "actor_id": ev.actor.id if ev.actor else None,
                    "actor_country": ev.actor.country if ev.actor else None,
                    "action": ev.action, "code": ev.code, "root": ev.root, "label": ev.label,
                    "quad_class": ev.quad_class, "goldstein": ev.goldstein,
                    "targets": "; ".join(_entity_name(t) or "" for t in ev.targets),
                    "target_ids": "; ".join(t.id or "" for t in ev.targets),
                    "target_countries": "; ".join(t.country or "" for t in ev.targets),
                    "negated": ev.negated, "modality": ev.modality, "date": ev.date, "start": ev.start,
                    "end": ev.end,
                }
                for ev in self.events
            ]
        raise ValueError(f"unknown layer {layer!r}: use 'tokens', 'mentions', 'entities' or 'events'")

    # -- notebooks -----------------------------------------------------------
    def _repr_html_(self) -> str:
        colours = {"PER": "#fde2b3", "LOC": "#c8e6c9", "ORG": "#bbdefb", "NOM": "#e1bee7"}
        parts: list[str] = []
        pos = 0
        for m in sorted(self.mentions, key=lambda m: (m.start, -m.end)):
            if m.start < pos:
                continue
            parts.append(html.escape(self.text[pos:m.start]))
            title = m.label + (f" · {m.entity.name_en or m.entity.name}" if m.entity else "")
            if m.entity is not None and m.entity.id:
                title += f" · {m.entity.id}"
            parts.append(
                f'<mark style="background:{colours.get(m.label, "#eee")};padding:0 2px;border-radius:3px" '
                f'title="{html.escape(title)}">{html.escape(m.text)}'
                f'<sub style="font-size:60%;margin-left:2px">{m.label}</sub></mark>'
            )
            pos = m.end
        parts.append(html.escape(self.text[pos:]))
        body = "".join(parts).replace("\n", "<br>")
        rows = "".join(
            f"<tr><td>{html.escape(_entity_name(ev.actor) or '—')}</td><td>{html.escape(ev.action)}</td>"
            f"<td>{ev.code} {html.escape(ev.label)}{' (negated)' if ev.negated else ''}</td>"
            f"<td>{html.escape(', '.join(_entity_name(t) or '' for t in ev.targets))}</td></tr>"
            for ev in self.events
        )
        table = (
            "<table><tr><th>actor</th><th>action</th><th>CAMEO</th><th>targets</th></tr>" + rows + "</table>"
            if self.events else "<p><i>no events</i></p>"
        )
        return f'<div class="newsent-doc"><p style="line-height:1.9">{body}</p>{table}</div>'


def _entity_name(e: Entity | None) -> str | None:
    if e is None:
        return None
    return e.name_en or e.name

