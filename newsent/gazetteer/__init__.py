"""Gazetteers and reconciliation: every spelling of a name → one canonical entity.

* :mod:`.data` reads the TSV files of ``data/gazetteers/``;
* :mod:`.keys` folds spelling variants into a key (:func:`variant_key`);
* :mod:`.index` looks names up by exact form, key and Latin alias;
* :mod:`.link` reconciles NER mentions with the gazetteer and builds entities.
"""

from .data import GazetteerRecord, read_dir, read_records
from .index import GazetteerIndex, Match
from .keys import latin_key, variant_key
from .link import Linker

__all__ = [
    "GazetteerRecord", "GazetteerIndex", "Match", "Linker", "read_dir", "read_records", "variant_key", "latin_key",
]
