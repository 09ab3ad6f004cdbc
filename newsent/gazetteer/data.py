"""Loading the gazetteer TSV files of ``data/gazetteers/``.

Every file has ``# `` comment lines (source, licence), a header line and
records with the columns
``id kind label name_en name_hi names_hi aliases_latin country wikidata wikidata_source source``
(multi-valued cells separated by ``|``).  Demonym rows (kind ``demonym``)
point to the country they name and are kept apart from names.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import ResourceError
from ..normalize import normalize_string

__all__ = ["GazetteerRecord", "COLUMNS", "read_records", "read_dir", "LABEL_OF_KIND"]

COLUMNS = (
    "id", "kind", "label", "name_en", "name_hi", "names_hi", "aliases_latin", "country", "wikidata",
    "wikidata_source", "source",
)

LABEL_OF_KIND = {
    "country": "LOC", "territory": "LOC", "state": "LOC", "city": "LOC", "region": "LOC",
    "organisation": "ORG", "person": "PER", "demonym": "LOC",
}


@dataclass(frozen=True)
class GazetteerRecord:
    """One real-world entity and every name the gazetteer knows for it."""

    id: str
    kind: str
    label: str
    name_en: str
    name_hi: str
    names_hi: tuple[str, ...]
    aliases_latin: tuple[str, ...]
    country: str | None
    wikidata: str | None = None
    source: str = ""

    @property
    def is_demonym(self) -> bool:
        return self.kind == "demonym"


def _split(cell: str, normalize: bool = False) -> tuple[str, ...]:
    parts = (x.strip() for x in cell.split("|"))
    return tuple(dict.fromkeys(normalize_string(x) if normalize else x for x in parts if x))


def read_records(path: Path) -> Iterator[GazetteerRecord]:
    """Records of one gazetteer file; malformed rows raise :class:`ResourceError` naming the line."""
    try:
        f = open(path, encoding="utf-8", newline="")
    except OSError as e:
        raise ResourceError(f"cannot read gazetteer file {path}: {e.strerror or e}") from None
    with f:
        lines = (line for line in f if line.strip() and not line.startswith("#"))
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            return
        header = [h.strip() for h in header]
        missing = [c for c in ("id", "kind", "label", "name_en", "name_hi", "names_hi") if c not in header]
        if missing:
            raise ResourceError(f"gazetteer file {path} lacks the column(s) {missing}; header is {header}")
        col = {name: i for i, name in enumerate(header)}
        for lineno, row in enumerate(reader, start=2):
            if len(row) < len(header):
                row = row + [""] * (len(header) - len(row))
            def get(c: str, row: list[str] = row) -> str:
                return row[col[c]].strip() if c in col else ""
            rid, kind = get("id"), get("kind")
            if not rid or not kind:
                raise ResourceError(f"{path}: record {lineno} has no id or kind: {row!r}")
            label = get("label") or LABEL_OF_KIND.get(kind, "")
            if label not in ("PER", "LOC", "ORG"):
                raise ResourceError(f"{path}: record {rid} has label {label!r}; expected PER, LOC or ORG")
            name_hi = normalize_string(get("name_hi"))
            names = _split(get("names_hi"), normalize=True)
            if name_hi and name_hi not in names:
                names = (name_hi, *names)
            yield GazetteerRecord(
                id=rid, kind=kind, label=label, name_en=get("name_en"), name_hi=name_hi or (names[0] if names else ""),
                names_hi=names, aliases_latin=_split(get("aliases_latin")), country=get("country") or None,
                wikidata=get("wikidata") or None, source=get("source"),
            )


def read_dir(directory: Path, files: Iterable[str] | None = None) -> list[GazetteerRecord]:
    """All records of the ``*.tsv`` files directly in ``directory`` (sorted by file name)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ResourceError(
            f"gazetteer folder not found: {directory}. Pass gazetteer_dir= pointing at a folder of *.tsv files "
            "(see data/gazetteers/README.md for the format) or reinstall newsent."
        )
    paths = [directory / f for f in files] if files is not None else sorted(directory.glob("*.tsv"))
    records: list[GazetteerRecord] = []
    for p in paths:
        records.extend(read_records(p))
    return records
