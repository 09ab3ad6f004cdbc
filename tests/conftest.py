from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; the test is skipped when it is absent (users' machines)."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available")
    return p


@pytest.fixture(scope="session")
def demo_text() -> str:
    return (ROOT / "data" / "corpus" / "kazakhstan-csto-2022-01-08.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def tok_nlp():
    """A pipeline that only normalizes and tokenizes (no model needed)."""
    import newsent

    return newsent.load(processors=())


@pytest.fixture(scope="session")
def nlp():
    """The full default pipeline (bundled NER model, gazetteer, events)."""
    import newsent

    return newsent.load(use_official_model=False)
