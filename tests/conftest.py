"""Fixtures shared by the stage tests."""

from __future__ import annotations

from pathlib import Path

import pytest

SENTENCES = Path(__file__).resolve().parent.parent / "bench" / "sentences"


@pytest.fixture(scope="session")
def sentence_lines() -> list[tuple[str, str]]:
    """(article day, text) of every line of the team's sentence files (`bench/sentences/*.txt`), paragraph
    marks turned into new lines: the tests that check a cut or a gate changes nothing run every rule over
    all of them, so a construction any task wrote down is in the check."""
    out = []
    for path in sorted(SENTENCES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#") and line.count("|") == 2:
                day, text, _ = line.split("|")
                out.append((day, text.replace(" ¶ ", "\n")))
    return out
