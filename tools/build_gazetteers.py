"""Build the country and Indian state/UT gazetteers from package data plus hand-curated spellings.

What it does
------------
Writes two files in ``data/gazetteers/`` (format: see ``data/gazetteers/README.md``):

* ``countries.tsv`` -- one record per ISO 3166-1 country or territory (249), plus Kosovo (``XKX``)
  and four former countries under their ISO 3166-3 alpha-3 codes: Soviet Union (``SUN``), Yugoslavia
  (``YUG``), Czechoslovakia (``CSK``), East Germany (``DDR``). Hindi names come from
  - Unicode CLDR (via babel): ``babel.Locale('hi').territories``;
  - pycountry's ISO 3166-1 Hindi translations (iso-codes, gettext domain ``iso3166-1``);
  - ``data/gazetteers/curated/country_variants.tsv``: the canonical Hindi news spelling and the
    spellings newspapers use that neither package has, Latin aliases, English-name overrides and
    package spellings to drop (typos, forms no-one writes).
  Wikidata ids come from rigour's territory database (``rigour.territories``), nothing else.
* ``states_in.tsv`` -- the 36 Indian states and union territories (ISO 3166-2 ``IN-*``), Hindi names
  from pycountry's ``iso3166-2`` translations merged with the same curated file.

Rules applied to package names: Unicode NFC; zero-width joiners removed; a trailing parenthesised
part is cut (``म्यांमार (बर्मा)`` -> ``म्यांमार``); inverted official forms with a comma
(``कोरिया, लोकतांत्रिक जनवादी गणराज्य``) are skipped. Within a cell the canonical name comes first,
the rest follow in code-point order, so the output is byte-for-byte stable for the same package
versions. The package versions are written into the ``source`` and ``wikidata_source`` columns.

How to run
----------
    pip install babel==2.19.0 pycountry==26.2.16 rigour==2.6.1
    python tools/build_gazetteers.py            # rewrite the two files
    python tools/build_gazetteers.py --check    # exit 1 if the files on disk differ from a rebuild

It is a developer tool: the library never imports it and needs none of these packages at run time.
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

try:
    import babel
    import babel.core
    import pycountry
    import rigour.territories
except ImportError as exc:  # pragma: no cover - developer tool
    sys.exit(f"build_gazetteers.py needs babel, pycountry and rigour ({exc}); "
             "run: pip install babel==2.19.0 pycountry==26.2.16 rigour==2.6.1")

ROOT = Path(__file__).resolve().parent.parent
GAZ_DIR = ROOT / "data" / "gazetteers"
CURATED = GAZ_DIR / "curated" / "country_variants.tsv"

COLUMNS = ["id", "kind", "label", "name_en", "name_hi", "names_hi", "aliases_latin",
           "country", "wikidata", "wikidata_source", "source"]
CURATED_COLUMNS = ["id", "name_en", "name_hi", "extra_names_hi", "drop_names_hi", "aliases_latin",
                   "drop_aliases_latin"]

# ISO 3166-1 entries that are not sovereign states (dependencies, uninhabited areas, Antarctica,
# Western Sahara); every other ISO 3166-1 entry, plus Kosovo and the former countries, is kind=country.
# 249 ISO entries - 53 listed here = 196 = 193 UN members + Holy See + Palestine + Taiwan.
NON_SOVEREIGN = frozenset("""
    ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF
    GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM
    SXM TCA TKL UMI VGB VIR WLF
""".split())

# Codes outside ISO 3166-1 that are kept: CLDR code -> id, and former countries from ISO 3166-3
# (by their former alpha-3 code), with the rigour keys of each.
CLDR_USER_ASSIGNED = {"XK": "XKX"}                               # Kosovo
HISTORIC = {"SUN": "suhh", "YUG": "yucs", "CSK": "cshh", "DDR": "dd"}  # USSR, Yugoslavia, Czechoslovakia, East Germany
RIGOUR_CODE = {"XKX": "xk", **HISTORIC}

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


def clean(text: str) -> str:
    """NFC, zero-width characters removed, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text.translate(_ZERO_WIDTH))
    return " ".join(text.split())


def package_name(text: str) -> str | None:
    """A package's name as a usable surface form, or None for an inverted ``X, Y`` official form."""
    text = _PAREN.sub("", clean(text))
    if not text or "," in text or ";" in text:
        return None
    return text


def ascii_fold(text: str) -> str:
    """'Arunāchal Pradesh' -> 'Arunachal Pradesh'."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def english_alias(text: str) -> str | None:
    """pycountry's English names as aliases: inverted 'X, Y' and parenthesised forms are skipped,
    a leading 'the ' is cut ('the State of Eritrea' -> 'State of Eritrea')."""
    text = clean(text)
    if "," in text or "(" in text:
        return None
    return text[4:] if text.startswith("the ") else text


def split_cell(cell: str) -> list[str]:
    return [clean(v) for v in cell.split("|") if clean(v)]


def ordered(first: str, others) -> list[str]:
    """The canonical value first, the others deduplicated in code-point order."""
    rest = sorted({v for v in others if v and v != first})
    return ([first] if first else []) + rest


@dataclass
class Record:
    id: str
    kind: str
    country: str
    name_en: str
    names_hi: list[str] = field(default_factory=list)   # package names, in discovery order
    aliases: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)
    wikidata: str = ""
    wikidata_source: str = ""
    name_hi: str = ""

    def add_hi(self, name: str | None, source: str) -> None:
        if name:
            if name not in self.names_hi:
                self.names_hi.append(name)
            if source not in self.sources:
                self.sources.append(source)

    def row(self) -> list[str]:
        names = ordered(self.name_hi, self.names_hi)
        aliases = ordered(self.name_en, self.aliases)
        return [self.id, self.kind, "LOC", self.name_en, self.name_hi, "|".join(names),
                "|".join(aliases), self.country, self.wikidata, self.wikidata_source,
                "; ".join(self.sources)]


def read_curated(path: Path) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    lines = [l for l in path.read_text(encoding="utf-8").split("\n") if l and not l.startswith("#")]
    header = lines[0].split("\t")
    if header != CURATED_COLUMNS:
        raise SystemExit(f"{path}: header must be {CURATED_COLUMNS}, found {header}")
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(CURATED_COLUMNS):
            raise SystemExit(f"{path}: record {n} has {len(cells)} columns, expected {len(CURATED_COLUMNS)}: {line!r}")
        row = dict(zip(CURATED_COLUMNS, cells))
        if row["id"] in rows:
            raise SystemExit(f"{path}: duplicate id {row['id']}")
        rows[row["id"]] = row
    return rows


def apply_curated(rec: Record, cur: dict[str, str] | None, source: str, fallback_hi: str) -> None:
    """Merge a curated row (if any) into rec and settle the canonical Hindi name."""
    if cur:
        if cur["name_en"].strip():
            rec.name_en = clean(cur["name_en"])
        drops = set(split_cell(cur["drop_names_hi"]))
        missing = drops - set(rec.names_hi)
        if missing:
            raise SystemExit(f"curated {rec.id}: drop_names_hi not produced by any package: {sorted(missing)}")
        rec.names_hi = [n for n in rec.names_hi if n not in drops]
        extra = split_cell(cur["extra_names_hi"])
        canonical = clean(cur["name_hi"])
        for name in ([canonical] if canonical else []) + extra:
            if name not in rec.names_hi:
                rec.names_hi.append(name)
        rec.aliases.update(split_cell(cur["aliases_latin"]))
        drops = set(split_cell(cur["drop_aliases_latin"]))
        missing = drops - rec.aliases
        if missing:
            raise SystemExit(f"curated {rec.id}: drop_aliases_latin not produced by any package: {sorted(missing)}")
        rec.aliases -= drops
        if source not in rec.sources:
            rec.sources.append(source)
        rec.name_hi = canonical
    if not rec.name_hi:
        rec.name_hi = fallback_hi if fallback_hi in rec.names_hi else (rec.names_hi[0] if rec.names_hi else "")
    if not rec.name_hi:
        raise SystemExit(f"{rec.id}: no Hindi name from any source")


def set_wikidata(rec: Record, rigour_key: str, source: str) -> None:
    territory = rigour.territories.get_territory(rigour_key)
    if territory is not None and re.fullmatch(r"Q[1-9][0-9]*", territory.qid or ""):
        rec.wikidata, rec.wikidata_source = territory.qid, source


def build() -> dict[str, tuple[str, int]]:
    """Return {file name: (file content, number of records)} for the generated files."""
    v_babel, v_pyc, v_rig = version("babel"), version("pycountry"), version("rigour")
    cldr = babel.core.get_cldr_version()
    src_cldr = f"CLDR {cldr} hi (babel {v_babel})"
    src_iso1 = f"pycountry {v_pyc} iso3166-1 hi"
    src_iso2 = f"pycountry {v_pyc} iso3166-2 hi"
    src_iso3 = f"pycountry {v_pyc} iso3166-3 hi"
    src_cur = "hand-curated"
    src_wd = f"rigour {v_rig} territories"

    curated = read_curated(CURATED)
    used: set[str] = set()
    hi_cldr = babel.Locale("hi").territories
    t_iso1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["hi"])
    t_iso2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["hi"])
    t_iso3 = gettext.translation("iso3166-3", pycountry.LOCALES_DIR, languages=["hi"])

    # ---- countries and territories
    iso3 = {c.alpha_3 for c in pycountry.countries}
    if not NON_SOVEREIGN <= iso3 or len(iso3 - NON_SOVEREIGN) != 196:
        raise SystemExit(f"NON_SOVEREIGN no longer fits pycountry {v_pyc}: review the list")
    countries: dict[str, Record] = {}
    cldr_names: dict[str, str] = {}   # id -> CLDR name: the canonical Hindi name unless curated
    for c in pycountry.countries:
        latin = {english_alias(getattr(c, a)) for a in ("name", "common_name", "official_name")
                 if getattr(c, a, None)}
        name_en = getattr(c, "common_name", None) or c.name
        rec = Record(id=c.alpha_3, kind="territory" if c.alpha_3 in NON_SOVEREIGN else "country",
                     country=c.alpha_3, name_en=name_en, aliases={a for a in latin if a})
        cldr_name = package_name(hi_cldr[c.alpha_2]) if c.alpha_2 in hi_cldr else None
        rec.add_hi(cldr_name, src_cldr)
        for attr in ("name", "common_name"):
            english = getattr(c, attr, None)
            if english:
                translated = t_iso1.gettext(english)
                if translated != english:
                    rec.add_hi(package_name(translated), src_iso1)
        set_wikidata(rec, c.alpha_2.lower(), src_wd)
        countries[rec.id], cldr_names[rec.id] = rec, cldr_name or ""
    for code, ident in CLDR_USER_ASSIGNED.items():
        rec = Record(id=ident, kind="country", country=ident, name_en="")
        cldr_name = package_name(hi_cldr[code])
        rec.add_hi(cldr_name, src_cldr)
        rec.name_en = babel.Locale("en").territories[code]
        set_wikidata(rec, RIGOUR_CODE[ident], src_wd)
        countries[ident], cldr_names[ident] = rec, cldr_name or ""
    for ident in HISTORIC:
        # ISO 3166-3 names are 'Short, Long' pairs ('Yugoslavia, (Socialist) Federal Republic of'): each
        # Devanagari-only part of the Hindi translation is a name ('यूगोस्लाविया'; not 'USSR').
        h = pycountry.historic_countries.get(alpha_3=ident)
        rec = Record(id=ident, kind="country", country=ident, name_en=h.name.split(",")[0].strip())
        for part in t_iso3.gettext(h.name).split(","):
            if re.fullmatch(r"[\u0900-\u097F ]+", clean(part)):
                rec.add_hi(clean(part), src_iso3)
        set_wikidata(rec, RIGOUR_CODE[ident], src_wd)
        countries[ident], cldr_names[ident] = rec, ""

    country_rows = []
    for ident in sorted(countries):
        rec = countries[ident]
        apply_curated(rec, curated.get(ident), src_cur, cldr_names[ident])
        used.add(ident)
        if not rec.name_en or "," in rec.name_en:
            raise SystemExit(f"{ident}: English name {rec.name_en!r} needs a curated override")
        country_rows.append(rec.row())

    # ---- Indian states and union territories
    state_rows = []
    for s in sorted(pycountry.subdivisions.get(country_code="IN"), key=lambda s: s.code):
        rec = Record(id=s.code, kind="state", country="IND", name_en=ascii_fold(s.name))
        rec.add_hi(package_name(t_iso2.gettext(s.name)), src_iso2)
        set_wikidata(rec, s.code.lower(), src_wd)
        apply_curated(rec, curated.get(s.code), src_cur, "")
        used.add(s.code)
        state_rows.append(rec.row())

    unused = sorted(set(curated) - used)
    if unused:
        raise SystemExit(f"{CURATED}: ids that match no generated record: {unused}")
    check_unique_names(country_rows + state_rows)

    licence_lines = [
        f"# Sources: Unicode CLDR {cldr} Hindi territory names via babel {v_babel} (Unicode License v3,"
        " https://www.unicode.org/license.txt);",
        f"#   pycountry {v_pyc} ISO 3166 names with the Debian iso-codes Hindi translations (LGPL-2.1-or-later);",
        f"#   Wikidata ids from rigour {v_rig} territories (MIT; Wikidata content CC0);",
        "#   hand-curated Hindi news spellings and aliases from curated/country_variants.tsv (project licence, Apache-2.0).",
        "# Format and column meanings: data/gazetteers/README.md. UTF-8, NFC, tab-separated; multi-valued cells use '|'.",
    ]
    def render(title: str, rows: list[list[str]]) -> str:
        head = [f"# {title}",
                "# Generated by tools/build_gazetteers.py -- do not edit by hand; edit curated/country_variants.tsv"
                " and rerun the script."] + licence_lines
        return "\n".join(head + ["\t".join(COLUMNS)] + ["\t".join(r) for r in rows]) + "\n"

    return {
        "countries.tsv": (render("newsent gazetteer: countries and territories (label LOC)", country_rows),
                          len(country_rows)),
        "states_in.tsv": (render("newsent gazetteer: Indian states and union territories (label LOC)", state_rows),
                          len(state_rows)),
    }


def check_unique_names(rows: list[list[str]]) -> None:
    """A Hindi spelling must point at one record only."""
    owner: dict[str, str] = {}
    clashes = []
    for row in rows:
        for name in row[COLUMNS.index("names_hi")].split("|"):
            if name in owner and owner[name] != row[0]:
                clashes.append(f"{name} ({owner[name]}, {row[0]})")
            owner.setdefault(name, row[0])
    if clashes:
        raise SystemExit("Hindi names shared by several records (drop or curate them): " + "; ".join(clashes))


HAND_CURATED_PLACES = ["cities.tsv", "demonyms.tsv"]


def check_place_files(generated: dict[str, str]) -> list[str]:
    """Check the generated files together with the hand-curated place files: column layout, NFC,
    no precomposed nukta letters (U+0958-U+095F), canonical name first, and no Hindi spelling shared
    by records with different ids. Returns a list of problems."""
    texts = dict(generated)
    for name in HAND_CURATED_PLACES:
        if (GAZ_DIR / name).exists():
            texts[name] = (GAZ_DIR / name).read_text(encoding="utf-8")
    problems, owner = [], {}
    for name, text in texts.items():
        if unicodedata.normalize("NFC", text) != text or re.search("[\u0958-\u095f\u200c\u200d\r]", text):
            problems.append(f"{name}: not NFC, or has precomposed nukta letters, ZWJ/ZWNJ or CR")
        lines = [l for l in text.split("\n") if l and not l.startswith("# ")]
        if lines[0].split("\t") != COLUMNS:
            problems.append(f"{name}: header is not {COLUMNS}")
            continue
        for line in lines[1:]:
            row = dict(zip(COLUMNS, line.split("\t")))
            if len(line.split("\t")) != len(COLUMNS) or row["label"] != "LOC":
                problems.append(f"{name}: bad record {line[:60]!r}")
                continue
            names = row["names_hi"].split("|")
            if names[0] != row["name_hi"] or not all(names):
                problems.append(f"{name} {row['id']}: names_hi must start with name_hi and have no empty value")
            for hi in names:
                if hi in owner and owner[hi][1] != row["id"]:
                    problems.append(f"{hi!r} is in {owner[hi]} and {(name, row['id'])}")
                owner.setdefault(hi, (name, row["id"]))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the files on disk differ from a fresh build")
    args = parser.parse_args(argv)
    outputs = build()
    problems = check_place_files({name: content for name, (content, _) in outputs.items()})
    if problems:
        print("\n".join(["gazetteer problems:"] + problems), file=sys.stderr)
        return 1
    stale = []
    for name, (content, n_records) in outputs.items():
        path = GAZ_DIR / name
        if args.check:
            if not path.exists() or path.read_bytes() != content.encode("utf-8"):
                stale.append(name)
        else:
            path.write_bytes(content.encode("utf-8"))
            print(f"wrote {path.relative_to(ROOT)}: {n_records} records")
    if stale:
        print("out of date (run python tools/build_gazetteers.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
