"""newsent: Hindi news → entities reconciled across spellings and CAMEO-coded events.

>>> import newsent
>>> nlp = newsent.load()
>>> doc = nlp("रूस के राष्ट्रपति व्लादिमीर पुतिन ने सीएसटीओ के नेताओं के साथ फोन पर बातचीत की।")
>>> [(m.text, m.label) for m in doc.mentions]   # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from .document import Document, Entity, Event, Mention, Sentence, Token
from .errors import InputError, ModelError, NewsentError, ResourceError
from .pipeline import Pipeline, load

__all__ = [
    "__version__", "load", "Pipeline", "Document", "Sentence", "Token", "Mention", "Entity", "Event",
    "NewsentError", "ModelError", "ResourceError", "InputError",
]
