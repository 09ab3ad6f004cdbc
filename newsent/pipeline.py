"""The pipeline: composes the stages and holds their resources, loaded once.

``text → normalize → tokenize → ner → link → events → Document``

Each stage is a module of its own; this one only wires them together,
batches NER over many documents in :meth:`Pipeline.pipe`, and guarantees the
contract of :func:`newsent.load` (offline, deterministic, thread-safe).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from .document import Document, Mention, Sentence
from .errors import InputError
from .gazetteer.compounds import split_known_pairs
from .ner import ORG_LEADS, trim_span
from .normalize import normalize
from .tokenize import tokenize_normalized

__all__ = ["Pipeline", "load", "PROCESSORS"]

#: the stages after tokenization, in order
PROCESSORS = ("ner", "link", "events")

#: longest token window given to the NER model at once (longer "sentences" are cut)
MAX_NER_TOKENS = 150


@dataclass
class _Prepared:
    text: str
    sentences: tuple[Sentence, ...]
    date: str | None


class Pipeline:
    """Hindi news → :class:`~newsent.document.Document`. Create it with :func:`newsent.load`."""

    def __init__(
        self,
        processors: Sequence[str] | str = PROCESSORS,
        *,
        ner_model: str | os.PathLike[str] | None = None,
        ner_pretrain: str | os.PathLike[str] | None = None,
        ner_charlm_forward: str | os.PathLike[str] | None = None,
        ner_charlm_backward: str | os.PathLike[str] | None = None,
        use_official_model: bool = True,
        stanza_resources_dir: str | os.PathLike[str] | None = None,
        gazetteer_dir: str | os.PathLike[str] | None = None,
        batch_size: int = 64,
    ) -> None:
        if isinstance(processors, str):
            processors = [p.strip() for p in processors.split(",") if p.strip()]
        unknown = [p for p in processors if p not in PROCESSORS]
        if unknown:
            raise InputError(f"unknown processor(s) {unknown}: choose from {list(PROCESSORS)}")
        self.processors = tuple(p for p in PROCESSORS if p in processors)
        self.batch_size = batch_size
        self._timings: dict[str, float] = {}
        t0 = time.perf_counter()
        self.tagger = None
        self.model_spec = None
        if "ner" in self.processors:
            from .ner import StanzaTagger, resolve_model

            self.model_spec = resolve_model(
                ner_model, ner_pretrain=ner_pretrain, ner_charlm_forward=ner_charlm_forward,
                ner_charlm_backward=ner_charlm_backward, use_official=use_official_model,
                stanza_resources_dir=stanza_resources_dir,
            )
            self.tagger = StanzaTagger(self.model_spec, batch_size=batch_size)
        self.linker = None
        if "link" in self.processors:
            from .gazetteer import Linker

            self.linker = Linker.load(gazetteer_dir)
        self.event_extractor = None
        if "events" in self.processors:
            from .events import EventExtractor

            self.event_extractor = EventExtractor.load(self.linker)
        self.load_seconds = time.perf_counter() - t0

    # -- info ----------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        """What this pipeline runs and which resources it loaded from where."""
        from . import __version__

        out: dict[str, Any] = {"newsent": __version__, "processors": list(self.processors),
                               "load_seconds": round(self.load_seconds, 3)}
        if self.model_spec is not None:
            out["ner_model"] = self.model_spec.describe()
        if self.linker is not None:
            out["gazetteer"] = self.linker.info()
        if self.event_extractor is not None:
            out["events"] = self.event_extractor.info()
        return out

    def __repr__(self) -> str:
        origin = self.model_spec.origin if self.model_spec else None
        return f"Pipeline(processors={list(self.processors)}, ner_model={origin!r})"

    # -- running -------------------------------------------------------------
    def __call__(self, text: str, *, date: str | None = None) -> Document:
        """Process one text. ``date`` (ISO ``YYYY-MM-DD``) anchors relative dates in events."""
        return self._run([self._prepare(text, date)])[0]

    def pipe(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 32,
        progress: bool = False,
        dates: Iterable[str | None] | None = None,
    ) -> Iterator[Document]:
        """Process many texts lazily, ``batch_size`` documents per NER call.

        Yields the same documents as calling the pipeline on each text, in order.
        ``progress=True`` shows a tqdm progress bar.
        """
        if isinstance(texts, str):
            raise TypeError("pipe() expects an iterable of str, not a single str: use nlp(text) for one text")
        if batch_size < 1:
            raise InputError(f"batch_size must be >= 1, got {batch_size}")
        it: Iterable[str] = texts
        if progress:
            from tqdm.auto import tqdm

            it = tqdm(texts, desc="newsent", unit="doc")
        date_iter = iter(dates) if dates is not None else None
        batch: list[_Prepared] = []
        for text in it:
            date = next(date_iter, None) if date_iter is not None else None
            batch.append(self._prepare(text, date))
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    # -- stages --------------------------------------------------------------
    @staticmethod
    def _prepare(text: str, date: str | None) -> _Prepared:
        if not isinstance(text, str):
            raise TypeError(f"newsent expects text as str, got {type(text).__name__}")
        if date is not None:
            _check_date(date)
        norm = normalize(text)
        return _Prepared(text, tokenize_normalized(text, norm), date)

    def _run(self, batch: list[_Prepared]) -> list[Document]:
        if self.linker is not None:  # 'भारत-चीन', 'रूस-यूक्रेन': hyphenated pairs of known names become two names
            batch = [_Prepared(p.text, split_known_pairs(p.sentences, self.linker.index), p.date) for p in batch]
        ner_mentions = self._ner(batch) if self.tagger is not None else [[] for _ in batch]
        docs = []
        for prep, mentions in zip(batch, ner_mentions):
            entities: tuple = ()
            events: tuple = ()
            ments = tuple(mentions)
            if self.linker is not None:
                ments, entities = self.linker.link(prep.text, prep.sentences, ments)
            if self.event_extractor is not None:
                # the event stage may add nominal actors (सरकार, प्रदर्शनकारी) as mentions and entities
                ments, entities, events = self.event_extractor.extract(
                    prep.text, prep.sentences, ments, entities, date=prep.date
                )
            meta = {"date": prep.date} if prep.date else {}
            docs.append(Document(prep.text, prep.sentences, tuple(ments), tuple(entities), tuple(events), meta))
        return docs

    def _ner(self, batch: list[_Prepared]) -> list[list[Mention]]:
        windows: list[list[str]] = []
        where: list[tuple[int, int, int]] = []  # (doc, sentence, first token of window)
        for d, prep in enumerate(batch):
            for s, sent in enumerate(prep.sentences):
                toks = sent.tokens
                for w in range(0, len(toks), MAX_NER_TOKENS):
                    windows.append([t.norm for t in toks[w:w + MAX_NER_TOKENS]])
                    where.append((d, s, w))
        spans = self.tagger.tag(windows) if windows else []  # type: ignore[union-attr]
        out: list[list[Mention]] = [[] for _ in batch]
        for (d, s, w), sent_spans, words in zip(where, spans, windows):
            prep = batch[d]
            toks = prep.sentences[s].tokens
            for a, b, label in sent_spans:
                a, b = trim_span(words, a, b)
                if a == b:
                    continue
                if label == "ORG" and a > 0 and words[a - 1] in ORG_LEADS and not any(
                        x <= a - 1 < y for x, y, _ in sent_spans):
                    a -= 1  # 'ऑल इंडिया गेमिंग फेडरेशन', tagged 'इंडिया गेमिंग फेडरेशन' (unless 'ऑल' is in another span)
                start, end = toks[w + a].start, toks[w + b - 1].end
                out[d].append(Mention(prep.text[start:end], start, end, label, "ner"))
        return out


def _check_date(date: str) -> None:
    import datetime as _dt

    if not isinstance(date, str):
        raise TypeError(f"date must be an ISO date string like '2022-01-08', got {type(date).__name__}")
    try:
        _dt.date.fromisoformat(date)
    except ValueError:
        raise InputError(f"date must be an ISO date like '2022-01-08', got {date!r}") from None


def load(processors: Sequence[str] | str = PROCESSORS, **options: Any) -> Pipeline:
    """Load a pipeline (offline; no network access, ever).

    ``processors`` selects the stages after tokenization (``"ner"``, ``"link"``,
    ``"events"``; default all). Options: ``ner_model=PATH`` (and
    ``ner_pretrain``, ``ner_charlm_forward``, ``ner_charlm_backward``),
    ``use_official_model=False`` to ignore an installed official Stanza model,
    ``stanza_resources_dir``, ``gazetteer_dir``, ``batch_size``.
    """
    return Pipeline(processors, **options)
