"""Validate tests/data/pud_events.jsonl, the hand-annotated event set built on UD Hindi PUD.

Usage (from the repository root)::

    python tests/data/check_pud_events.py          # check; exit status 1 on any problem
    python tests/data/check_pud_events.py --stats  # check, then print counts per CAMEO root

Checks, per item:
  * the id is unique and is ``pud-<sent_id>`` of the sent_id named in ``source``;
  * ``text`` equals the ``# text`` line of that sent_id in
    ``../shared/data/ud/hi-pud/hi_pud-ud-test.conllu`` (skipped when that file is absent);
  * every entity surface, demonym surface and sector surface is a substring of ``text``;
  * ``type`` is PER/LOC/ORG, ``country`` is null or three capital letters, ``name_en`` is unique in the item;
  * every event has a non-empty ``action_hi`` that is a substring of ``text``, and an ``actor_surface`` that is
    empty or a substring of ``text``;
  * every event actor, and every target not starting with ``~``, is a ``name_en`` of the item's entities;
  * ``cameo`` is null or a string of 2-4 digits whose first two digits are a root from 01 to 20;
  * ``negated`` (and ``actor_implicit`` when present) is a bool, ``modality`` (when present) is one of
    alleged/intended/future/conditional;
  * every item has at least one event (the set only holds sentences with a named-actor event).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
DATA = HERE / "pud_events.jsonl"
CONLLU = REPO_ROOT.parent / "shared" / "data" / "ud" / "hi-pud" / "hi_pud-ud-test.conllu"

ITEM_KEYS = {"id", "source", "licence", "text", "entities", "events"}
ENTITY_KEYS = {"name_en", "type", "surfaces", "aliases_en", "country", "demonym_surfaces", "sector_surfaces"}
EVENT_KEYS = {"actor", "actor_surface", "action_hi", "action_en", "cameo", "targets", "negated"}
EVENT_OPTIONAL = {"modality", "actor_implicit"}
MODALITIES = {"alleged", "intended", "future", "conditional"}
CAMEO_RE = re.compile(r"^\d{2,4}$")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
SOURCE_RE = re.compile(r"^UD_Hindi-PUD hi_pud-ud-test\.conllu, sent_id (\S+)$")


def read_conllu_texts(path: Path) -> dict[str, str]:
    """sent_id -> the ``# text`` line of a CoNLL-U file."""
    texts: dict[str, str] = {}
    sent_id = None
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent_id = line[len("# sent_id = "):].strip()
            elif line.startswith("# text = ") and sent_id is not None:
                texts[sent_id] = line[len("# text = "):]
    return texts


def check_item(item: dict, conllu: dict[str, str] | None) -> list[str]:
    errors: list[str] = []
    iid = item.get("id", "<no id>")

    def err(msg: str) -> None:
        errors.append(f"{iid}: {msg}")

    missing = ITEM_KEYS - item.keys()
    if missing:
        err(f"missing keys {sorted(missing)}")
        return errors
    text = item["text"]
    m = SOURCE_RE.match(item["source"])
    if not m:
        err(f"source not in the form 'UD_Hindi-PUD hi_pud-ud-test.conllu, sent_id <id>': {item['source']!r}")
    else:
        sent_id = m.group(1)
        if iid != f"pud-{sent_id}":
            err(f"id does not match the sent_id of its source ({sent_id})")
        if conllu is not None:
            if sent_id not in conllu:
                err(f"sent_id {sent_id} not in {CONLLU.name}")
            elif conllu[sent_id] != text:
                err("text differs from the conllu '# text' line")
    if not item["licence"].startswith("CC-BY-SA-3.0"):
        err("licence must be CC-BY-SA-3.0")

    names: set[str] = set()
    for ent in item["entities"]:
        name = ent.get("name_en")
        if set(ent.keys()) != ENTITY_KEYS:
            err(f"entity {name!r}: keys {sorted(ent.keys())} != {sorted(ENTITY_KEYS)}")
            continue
        if not name:
            err("entity with empty name_en")
        if name in names:
            err(f"entity {name!r} listed twice")
        names.add(name)
        if ent["type"] not in ("PER", "LOC", "ORG"):
            err(f"entity {name!r}: type {ent['type']!r} not PER/LOC/ORG")
        if ent["country"] is not None and not COUNTRY_RE.match(ent["country"]):
            err(f"entity {name!r}: country {ent['country']!r} is not an alpha-3 code")
        for field in ("surfaces", "demonym_surfaces", "sector_surfaces", "aliases_en"):
            if not isinstance(ent[field], list):
                err(f"entity {name!r}: {field} is not a list")
        for field in ("surfaces", "demonym_surfaces", "sector_surfaces"):
            for s in ent[field]:
                if not s or s not in text:
                    err(f"entity {name!r}: {field} entry {s!r} is not a substring of text")
        if not (ent["surfaces"] or ent["demonym_surfaces"] or ent["sector_surfaces"]):
            err(f"entity {name!r} has no surface, demonym or sector surface")

    if not item["events"]:
        err("no events")
    for k, ev in enumerate(item["events"]):
        where = f"event {k}"
        keys = set(ev.keys())
        if EVENT_KEYS - keys or keys - EVENT_KEYS - EVENT_OPTIONAL:
            err(f"{where}: keys {sorted(keys)}")
            continue
        if ev["actor"] not in names:
            err(f"{where}: actor {ev['actor']!r} is not a name_en of the item's entities")
        if ev["actor_surface"] and ev["actor_surface"] not in text:
            err(f"{where}: actor_surface {ev['actor_surface']!r} is not a substring of text")
        if not ev["action_hi"] or ev["action_hi"] not in text:
            err(f"{where}: action_hi {ev['action_hi']!r} is not a substring of text")
        if not ev["action_en"]:
            err(f"{where}: empty action_en")
        if not isinstance(ev["targets"], list):
            err(f"{where}: targets is not a list")
        else:
            for t in ev["targets"]:
                if not isinstance(t, str) or not t:
                    err(f"{where}: bad target {t!r}")
                elif not t.startswith("~") and t not in names:
                    err(f"{where}: target {t!r} is not a name_en of the item's entities")
        cameo = ev["cameo"]
        if cameo is not None:
            if not isinstance(cameo, str) or not CAMEO_RE.match(cameo) or not 1 <= int(cameo[:2]) <= 20:
                err(f"{where}: cameo {cameo!r} is not null or a 2-4 digit code with root 01-20")
        if not isinstance(ev["negated"], bool):
            err(f"{where}: negated is not a bool")
        if "modality" in ev and ev["modality"] not in MODALITIES:
            err(f"{where}: modality {ev['modality']!r} not in {sorted(MODALITIES)}")
        if "actor_implicit" in ev and not isinstance(ev["actor_implicit"], bool):
            err(f"{where}: actor_implicit is not a bool")
    return errors


def load(path: Path = DATA) -> list[dict]:
    items = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise SystemExit(f"{path.name}:{n}: invalid JSON: {e}")
    return items


def check(path: Path = DATA) -> list[str]:
    items = load(path)
    conllu = read_conllu_texts(CONLLU) if CONLLU.exists() else None
    errors: list[str] = []
    ids = Counter(it.get("id") for it in items)
    errors += [f"{i}: id used {n} times" for i, n in ids.items() if n > 1]
    for it in items:
        errors += check_item(it, conllu)
    return errors


def stats(items: list[dict]) -> str:
    events = [ev for it in items for ev in it["events"]]
    roots = Counter(ev["cameo"][:2] if ev["cameo"] else "null" for ev in events)
    lines = [f"items: {len(items)}  events: {len(events)}  entities: {sum(len(it['entities']) for it in items)}",
             f"news items: {sum(it['id'].startswith('pud-n') for it in items)}  "
             f"wiki items: {sum(it['id'].startswith('pud-w') for it in items)}",
             "events per CAMEO root:"]
    for root in sorted(roots, key=lambda r: (r == "null", r)):
        lines.append(f"  {root:>4}  {roots[root]}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    errors = check()
    if not CONLLU.exists():
        print(f"note: {CONLLU} not found; text-vs-conllu check skipped", file=sys.stderr)
    for e in errors:
        print(e, file=sys.stderr)
    if "--stats" in argv:
        print(stats(load()))
    if errors:
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("pud_events.jsonl: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
