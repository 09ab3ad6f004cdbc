"""The demo article end to end: entities reconciled (issue 4) and events (issue 5)."""

from __future__ import annotations

import pytest

from newsent.document import Document


@pytest.fixture(scope="module")
def doc(nlp, demo_text: str) -> Document:  # noqa: ANN001
    return nlp(demo_text, date="2022-01-08")


EXPECTED = {
    # id: (label, name_en, country, surfaces that must all belong to this one entity)
    "KAZ": ("LOC", "Kazakhstan", "KAZ", {"कजाकिस्तान", "कजाखस्तान"}),
    "ORG:CSTO": ("ORG", "Collective Security Treaty Organization", None, {"सीएसटीओ", "सामूहिक सुरक्षा संधि संगठन", "CSTO"}),
    "PER:vladimir-putin": ("PER", "Vladimir Putin", "RUS", {"व्लादिमीर पुतिन", "पुतिन"}),
    "PER:kassym-jomart-tokayev": ("PER", "Kassym-Jomart Tokayev", "KAZ", {"कसीम-जोमार्ट तोकायेव", "तोकायेव"}),
    "RUS": ("LOC", "Russia", "RUS", {"रूस"}),
    "BLR": ("LOC", "Belarus", "BLR", {"बेलारूस"}),
    "ARM": ("LOC", "Armenia", "ARM", {"आर्मेनिया"}),
    "TJK": ("LOC", "Tajikistan", "TJK", {"ताजिकिस्तान"}),
    "KGZ": ("LOC", "Kyrgyzstan", "KGZ", {"किर्गिस्तान"}),
    "PER:sadyr-japarov": ("PER", "Sadyr Japarov", "KGZ", {"सदिर झापरोव"}),
    "PER:alexander-lukashenko": ("PER", "Alexander Lukashenko", "BLR", {"अलेक्जेंडर लुकाशेंको"}),
    "PER:emomali-rahmon": ("PER", "Emomali Rahmon", "TJK", {"इमोमाली रहमोन"}),
    "PER:nikol-pashinyan": ("PER", "Nikol Pashinyan", "ARM", {"निकोल पशिनियन"}),
    "PER:sergei-shoigu": ("PER", "Sergei Shoigu", "RUS", {"सर्गेई शोइगु"}),
    "ORG:KREMLIN": ("ORG", None, "RUS", {"क्रेमलिन"}),
    "ORG:XINHUA": ("ORG", None, "CHN", {"सिन्हुआ"}),
}


@pytest.mark.parametrize("eid", sorted(EXPECTED))
def test_one_entity_each(doc: Document, eid: str) -> None:
    label, name_en, country, surfaces = EXPECTED[eid]
    ents = [e for e in doc.entities if e.id == eid]
    assert len(ents) == 1, f"{eid}: {len(ents)} entities"
    e = ents[0]
    assert e.label == label and e.country == country
    if name_en:
        assert e.name_en == name_en
    assert surfaces <= {m.text for m in e.mentions}
    # every surface of this entity belongs to no other entity (nothing split, nothing merged)
    for other in doc.entities:
        if other is not e:
            assert not ({m.text for m in other.mentions} & surfaces), (eid, other)


def test_offsets_and_links(doc: Document) -> None:
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
        assert m.entity is not None and m in m.entity.mentions
    assert Document.from_dict(doc.to_dict()) == doc


def test_roles_from_titles(doc: Document) -> None:
    assert doc.entity("PER:alexander-lukashenko").role == "president"
    assert doc.entity("PER:nikol-pashinyan").role == "prime minister"


def _events(doc: Document, actor: str, root: str) -> list:
    return [ev for ev in doc.events if ev.actor is not None and (ev.actor.id == actor) and ev.root == root]


def test_required_events(doc: Document) -> None:
    putin_calls = _events(doc, "PER:vladimir-putin", "04")
    targets = {t.id for ev in putin_calls for t in ev.targets}
    assert {"ORG:CSTO", "PER:sadyr-japarov", "PER:alexander-lukashenko", "PER:emomali-rahmon",
            "PER:nikol-pashinyan", "PER:kassym-jomart-tokayev"} <= targets
    assert _events(doc, "ORG:KREMLIN", "01")
    assert _events(doc, "ORG:XINHUA", "01")
    assert _events(doc, "ORG:CSTO", "01")
    appeal = _events(doc, "PER:kassym-jomart-tokayev", "02")
    assert appeal and "ORG:CSTO" in {t.id for t in appeal[0].targets}
    assert appeal[0].date == "2022-01-05"  # बुधवार को, published Saturday 2022-01-08
    troops = [ev for ev in doc.events if ev.actor and ev.actor.id == "RUS" and ev.root in ("07", "15")]
    assert any("KAZ" in {t.id for t in ev.targets} for ev in troops)
    nominal = {(ev.actor.name, ev.root) for ev in doc.events if ev.actor and ev.actor.label == "NOM"}
    assert ("सरकार", "17") in nominal  # the government shuts down the internet
    assert ("प्रदर्शनकारी", "14") in nominal  # protesters protest against the government
    resign = _events(doc, "PER:kassym-jomart-tokayev", "08")
    assert resign and resign[0].targets[0].label == "NOM"


def test_every_event_has_its_predicate_in_the_text(doc: Document) -> None:
    for ev in doc.events:
        assert doc.text[ev.start:ev.end] == ev.action
        assert 2 <= len(ev.code) <= 4 and 1 <= int(ev.root) <= 20
        assert ev.actor in doc.entities and all(t in doc.entities for t in ev.targets)
