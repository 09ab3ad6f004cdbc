"""Stanza Hindi NER: which model to use, loading it offline, tagging pretokenized sentences.

Model resolution (first that applies):

1. ``ner_model=PATH`` given to :func:`newsent.load` (a Stanza NER ``.pt`` file;
   ``ner_pretrain=PATH`` and ``ner_charlm_forward/backward=PATH`` when the model
   was trained with word vectors or a character LM);
2. the official Stanza Hindi NER model, when the user already has it in their
   Stanza resources directory (``stanza.download('hi', processors='ner')`` done
   earlier; ``$STANZA_RESOURCES_DIR`` or ``~/stanza_resources``): its IL-NER labels
   NEP/NEL/NEO are mapped to PER/LOC/ORG and the other types dropped;
3. the model bundled with newsent (``data/models/``), trained by
   ``python -m newsent.train.ner``.

Stanza is always called with newsent's own tokens (``tokenize_pretokenized``)
and with downloads disabled (``download_method=None``); nothing here opens a
network connection.  Mention offsets come from newsent's tokens, never from
Stanza's character offsets.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ._resources import data_path
from .errors import ModelError
from .tokenize import CASE_WORDS

__all__ = ["NERModelSpec", "resolve_model", "StanzaTagger", "LABEL_MAP", "map_label", "spans_from_tags"]

log = logging.getLogger(__name__)

#: Stanza/IL-NER/HiNER/OntoNotes labels → newsent labels; anything else is dropped.
LABEL_MAP = {
    "PER": "PER", "LOC": "LOC", "ORG": "ORG",
    "NEP": "PER", "NEL": "LOC", "NEO": "ORG",
    "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "GPE": "LOC",
}

BUNDLED_MODEL = "hi_newsent_ner.pt"

#: an easy sentence every working Hindi NER model tags (checked once at load time)
CANARY = ("भारत", "के", "प्रधानमंत्री", "नरेंद्र", "मोदी", "ने", "दिल्ली", "में", "अमेरिका", "के", "राष्ट्रपति", "से",
          "मुलाकात", "की", "।")

# pickle protocol 2 + torch's legacy magic number 0x1950a86a20f9469cfc6c
_LEGACY_TORCH_MAGIC = bytes.fromhex("80028a0a6cfc9c46f9206aa85019")


def map_label(label: str) -> str | None:
    """``NEP`` → ``PER`` …; ``None`` for types newsent does not report (NETI, NEN ...)."""
    return LABEL_MAP.get(label)


@dataclass(frozen=True)
class NERModelSpec:
    """Where the NER model comes from: ``origin`` is ``explicit``, ``official`` or ``bundled``."""

    origin: str
    model_path: Path
    pretrain_path: Path | None = None
    charlm_forward: Path | None = None
    charlm_backward: Path | None = None
    stanza_dir: Path | None = None

    def describe(self) -> dict[str, str | None]:
        return {
            "origin": self.origin,
            "model_path": str(self.model_path),
            "pretrain_path": str(self.pretrain_path) if self.pretrain_path else None,
            "charlm_forward": str(self.charlm_forward) if self.charlm_forward else None,
            "charlm_backward": str(self.charlm_backward) if self.charlm_backward else None,
        }


def _stanza_resources_dir() -> Path:
    env = os.environ.get("STANZA_RESOURCES_DIR")
    return Path(env) if env else Path.home() / "stanza_resources"


def find_official_model(resources_dir: Path | None = None) -> NERModelSpec | None:
    """The official Stanza Hindi NER model if it is already downloaded, else None.

    Reads ``resources.json`` the way Stanza does: the ``hi`` entry's default NER
    package and its pretrain / charlm dependencies, which must all exist on disk.
    """
    root = Path(resources_dir) if resources_dir is not None else _stanza_resources_dir()
    res_file = root / "resources.json"
    if not res_file.is_file():
        return None
    try:
        resources = json.loads(res_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("ignoring unreadable Stanza resources file %s", res_file)
        return None
    hi = resources.get("hi")
    if not isinstance(hi, dict):
        return None
    package = (hi.get("default_processors") or {}).get("ner")
    if isinstance(package, list):
        package = package[0] if package else None
    if not package:
        return None
    model = root / "hi" / "ner" / f"{package}.pt"
    if not model.is_file():
        return None
    deps = {}
    for dep in ((hi.get("ner") or {}).get(package) or {}).get("dependencies", []) or []:
        deps[dep.get("model")] = root / "hi" / dep.get("model", "") / f"{dep.get('package')}.pt"
    pretrain = deps.get("pretrain")
    fwd = deps.get("forward_charlm")
    bwd = deps.get("backward_charlm")
    for p in (pretrain, fwd, bwd):
        if p is not None and not p.is_file():
            log.info("official Stanza Hindi NER model found but %s is missing; not using it", p)
            return None
    return NERModelSpec("official", model, pretrain, fwd, bwd, stanza_dir=root)


def bundled_model() -> NERModelSpec:
    path = data_path("models", BUNDLED_MODEL)
    pretrain = data_path("models", "hi_newsent_pretrain.pt")
    return NERModelSpec("bundled", path, pretrain if pretrain.is_file() else None)


def resolve_model(
    ner_model: str | os.PathLike[str] | None = None,
    *,
    ner_pretrain: str | os.PathLike[str] | None = None,
    ner_charlm_forward: str | os.PathLike[str] | None = None,
    ner_charlm_backward: str | os.PathLike[str] | None = None,
    use_official: bool = True,
    stanza_resources_dir: str | os.PathLike[str] | None = None,
) -> NERModelSpec:
    """Pick the NER model: explicit path, else the official Stanza one, else bundled."""
    if ner_model is not None:
        opt = lambda p: Path(p) if p is not None else None  # noqa: E731
        return NERModelSpec("explicit", Path(ner_model), opt(ner_pretrain), opt(ner_charlm_forward),
                            opt(ner_charlm_backward))
    if use_official:
        spec = find_official_model(Path(stanza_resources_dir) if stanza_resources_dir else None)
        if spec is not None:
            return spec
    return bundled_model()


def check_model_file(path: Path, what: str = "NER model") -> None:
    """Raise :class:`ModelError` unless ``path`` looks like a loadable torch checkpoint."""
    if not path.exists():
        raise ModelError(
            f"{what} not found: {path}. Pass an existing Stanza NER .pt file as ner_model=..., "
            "or reinstall newsent to restore the bundled model (python -m newsent.train.ner rebuilds it)."
        )
    if not path.is_file():
        raise ModelError(f"{what} path is not a file: {path}")
    size = path.stat().st_size
    if size == 0:
        raise ModelError(f"{what} file is empty: {path}. Re-download or rebuild it.")
    # torch checkpoints are zip archives (torch >= 1.6) or legacy pickles that start with torch's magic
    # number (Stanza saves the legacy format); anything else is the wrong file
    with open(path, "rb") as f:
        head = f.read(len(_LEGACY_TORCH_MAGIC))
    if head != _LEGACY_TORCH_MAGIC and not zipfile.is_zipfile(path):
        raise ModelError(
            f"{what} file {path} is not a torch checkpoint (not a zip archive: truncated or wrong format, "
            f"{size} bytes). Use a Stanza NER model file (*.pt) or rebuild with python -m newsent.train.ner."
        )


#: weekdays and months: never a name on their own ('बृहस्पतिवार को प्रधानमंत्री …' tagged PER), though they can be part
#: of one ('अगस्त क्रांति मार्ग')
DATE_WORDS: frozenset[str] = frozenset(unicodedata.normalize("NFC", w) for w in (
    "सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार वीरवार शुक्रवार शनिवार रविवार इतवार जनवरी फरवरी फ़रवरी मार्च अप्रैल "
    "अप्रेल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर"
).split())


#: words that begin organisation names but that the tagger leaves out of them ('ऑल इंडिया मुस्लिम पर्सनल लॉ बोर्ड',
#: tagged from इंडिया): an ORG span right after one starts there
ORG_LEADS: frozenset[str] = frozenset({"ऑल"})


def trim_span(words: Sequence[str], a: int, b: int) -> tuple[int, int]:
    """The span ``[a, b)`` of ``words`` without the case markers (``CASE_WORDS``) at its edges, which never begin or
    end a name ('सेना की चिनार कोर ने' tagged 'की चिनार कोर'); empty (a == b) if it has nothing else, or if it is
    only a date ('बृहस्पतिवार', '12 मार्च': ``DATE_WORDS`` and numbers)."""
    while a < b and words[a] in CASE_WORDS:
        a += 1
    while b > a and words[b - 1] in CASE_WORDS:
        b -= 1
    if all(w in DATE_WORDS or not any(ch.isalpha() for ch in w) for w in words[a:b]):
        return a, a
    return a, b


def spans_from_tags(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(first_token, last_token_exclusive, label)`` from BIOES or BIO tags."""
    spans: list[tuple[int, int, str]] = []
    start = None
    label = None
    for i, tag in enumerate(tags):
        if tag == "O" or "-" not in tag:
            if start is not None:
                spans.append((start, i, label))  # type: ignore[arg-type]
            start = label = None
            continue
        prefix, typ = tag.split("-", 1)
        if prefix in ("B", "S") or start is None or typ != label:
            if start is not None:
                spans.append((start, i, label))  # type: ignore[arg-type]
            start, label = i, typ
        if prefix in ("E", "S"):
            spans.append((start, i + 1, label))  # type: ignore[arg-type]
            start = label = None
    if start is not None:
        spans.append((start, len(tags), label))  # type: ignore[arg-type]
    return spans


class StanzaTagger:
    """A Stanza NER pipeline over pretokenized sentences, loaded once, safe to share between threads."""

    def __init__(self, spec: NERModelSpec, *, batch_size: int = 64, device: str = "cpu", check: bool = True) -> None:
        self.spec = spec
        for p, what in (
            (spec.model_path, "NER model"), (spec.pretrain_path, "NER pretrain (word vectors)"),
            (spec.charlm_forward, "forward character LM"), (spec.charlm_backward, "backward character LM"),
        ):
            if p is not None:
                check_model_file(p, what)
        self._lock = threading.Lock()
        self._nlp = self._load(batch_size, device)
        if check:
            self._check_canary()

    def _check_canary(self) -> None:
        """A model that finds no entity in an easy sentence was loaded wrongly (e.g. without its pretrain)."""
        found = self.tag([list(CANARY)])
        if not found[0]:
            raise ModelError(
                f"the NER model {self.spec.model_path} found no entity in a test sentence. It was probably trained "
                "with word vectors or a character LM that were not given: pass ner_pretrain=PATH (and "
                "ner_charlm_forward/ner_charlm_backward) with the files used in training."
            )

    def _load(self, batch_size: int, device: str):  # noqa: ANN202 - stanza type
        try:
            import stanza
        except ImportError as e:  # pragma: no cover - stanza is a dependency
            raise ModelError("stanza is not installed: pip install stanza") from e
        spec = self.spec
        kwargs: dict[str, object] = {
            "lang": "hi",
            "processors": "tokenize,ner",
            "tokenize_pretokenized": True,
            "download_method": None,
            "ner_batch_size": batch_size,
            "logging_level": "ERROR",
            "use_gpu": device != "cpu",
        }
        if spec.origin == "official" and spec.stanza_dir is not None:
            kwargs["dir"] = str(spec.stanza_dir)
            kwargs["ner_model_path"] = str(spec.model_path)
        else:
            # an empty resources.json in a private directory keeps Stanza from looking anywhere else
            kwargs["dir"] = str(data_path("models", "stanza_resources"))
            kwargs["allow_unknown_language"] = True
            kwargs["ner_model_path"] = str(spec.model_path)
        if spec.pretrain_path is not None:
            kwargs["ner_pretrain_path"] = str(spec.pretrain_path)
        if spec.charlm_forward is not None:
            kwargs["ner_forward_charlm_path"] = str(spec.charlm_forward)
        if spec.charlm_backward is not None:
            kwargs["ner_backward_charlm_path"] = str(spec.charlm_backward)
        try:
            return stanza.Pipeline(**kwargs)
        except Exception as e:  # stanza/torch raise many kinds; translate them all
            raise ModelError(
                f"could not load the Stanza NER model {spec.model_path} ({type(e).__name__}: {e}). "
                "Check that the file is a complete Stanza NER model and, if it was trained with word vectors "
                "or a character LM, pass ner_pretrain=/ner_charlm_forward=/ner_charlm_backward= as well."
            ) from e

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        """Entity spans ``(first, last_exclusive, label)`` per sentence, labels mapped to PER/LOC/ORG."""
        nonempty = [list(s) for s in sentences if s]
        if not nonempty:
            return [[] for _ in sentences]
        with self._lock:
            sdoc = self._nlp(nonempty)
        tagged = iter(sdoc.sentences)
        out: list[list[tuple[int, int, str]]] = []
        for s in sentences:
            if not s:
                out.append([])
                continue
            ss = next(tagged)
            tags = [t.ner or "O" for t in ss.tokens]
            spans = []
            for a, b, lab in spans_from_tags(tags):
                mapped = map_label(lab)
                if mapped is not None:
                    spans.append((a, b, mapped))
            out.append(spans)
        return out
