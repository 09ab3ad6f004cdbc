"""Events: actor–action–target triples with CAMEO codes from Hindi news clauses.

* :mod:`.lexicon` — the predicate lexicon (``data/events/predicates.tsv``) and verb morphology;
* :mod:`.extract` — participants, case markers, clauses and roles → :class:`~newsent.document.Event`.
"""

from .extract import EventExtractor, NominalLexicon
from .lexicon import Predicate, PredicateLexicon

__all__ = ["EventExtractor", "NominalLexicon", "Predicate", "PredicateLexicon"]
