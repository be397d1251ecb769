"""The same corpus gives the same stories, merged events and control timeline in a store whether it
arrives in one batch, in batches of five, or one article at a time, and the same as ``analyze``'s
in-memory linking (date order; Arabic written for these tests)."""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from tawatur.link import Linker
from tawatur.model import Analysis, to_dict
from tawatur.store import open_store

_spec = importlib.util.spec_from_file_location(
    "storyfactory", Path(__file__).resolve().parents[1] / "link" / "storyfactory.py")
_sf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sf)  # type: ignore[union-attr]


def _corpus() -> list:
    return _sf.story_corpus(daily=True)[0]


def _summary(an: Analysis) -> tuple:
    stories = sorted(json.dumps(to_dict(s), sort_keys=True, ensure_ascii=False) for s in an.stories)
    merged = sorted(json.dumps(to_dict(m), sort_keys=True, ensure_ascii=False) for m in an.merged_events)
    control = sorted(json.dumps(to_dict(c), sort_keys=True, ensure_ascii=False) for c in an.control)
    return stories, merged, control


def _stored(url: str, batch: int) -> Analysis:
    arts = _corpus()
    with open_store(url) as st:
        for i in range(0, len(arts), batch):
            st.ingest_articles(arts[i:i + batch], run_pipeline=False)
        return st.load_analysis()


def test_in_memory_reference_is_sound() -> None:
    linker = Linker()
    linker.add(_corpus())
    stories, merged, control = _summary(linker.analysis())
    assert len(stories) >= len(_sf.STORIES) + 3
    assert not [k for k, n in Counter(control).items() if n > 1]


@pytest.mark.parametrize("batch", [1, 5, 20])
def test_store_batches_match_one_batch_and_analyze(db_url: str, batch: int, tmp_path: Path) -> None:
    linker = Linker()
    linker.add(_corpus())
    reference = _summary(linker.analysis())
    got = _summary(_stored(db_url, batch))
    assert got[0] == reference[0]  # stories
    assert got[1] == reference[1]  # merged events
    assert got[2] == reference[2]  # control timeline, no duplicate rows
