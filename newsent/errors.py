"""Exceptions raised by newsent.

Every error newsent raises derives from :class:`NewsentError`, says what was
wrong and what to do about it, and never leaks a bare traceback from a
dependency (torch, stanza, json ...) as the only explanation.
"""

from __future__ import annotations

__all__ = ["NewsentError", "ModelError", "ResourceError", "InputError"]


class NewsentError(Exception):
    """Base class of every exception newsent raises on purpose."""


class ResourceError(NewsentError):
    """A data resource (gazetteer, lexicon, bundled file) is missing or malformed."""


class ModelError(NewsentError):
    """An NER model is missing, truncated, of the wrong format or cannot be loaded."""


class InputError(NewsentError, ValueError):
    """The caller passed a value newsent cannot work with (other than a wrong type)."""
