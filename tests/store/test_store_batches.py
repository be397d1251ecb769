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


def _control_corpus() -> list:
    """Two years of control changes at two towns: takes by alternating sides, entries, withdrawals,
    same-day rival claims and late reports of older events (made up for this test)."""
    lf = _sf._lf
    import random
    from datetime import date, timedelta

    rng = random.Random(5)
    arts = []
    for i in range(70):
        day = date(2023, 1, 1) + timedelta(days=i * 9 + rng.randrange(3))
        told = day - timedelta(days=rng.choice([0, 0, 0, 1, 2]))  # sometimes a late report
        place = rng.choice(["rastan", "talbiseh"])
        typ = rng.choice(["take_control", "take_control", "enter", "withdraw"])
        side = rng.choice(["government", "opposition"])
        evs = [lf.event(f"c{i}-e", f"c{i}", typ, place, side=side, day=told.isoformat())]
        if i % 11 == 0:  # a rival claim the same day
            other = "opposition" if side == "government" else "government"
            evs.append(lf.event(f"c{i}-r", f"c{i}", "take_control", place, side=other, day=told.isoformat()))
        arts.append(lf.article(f"c{i}", f"outlet{i % 4}", evs, published=day.isoformat(),
                               text=f"تقرير رقم {i} عن تبدل السيطرة في البلدة"))
    return arts


@pytest.mark.parametrize("batch", [1, 4, 13])
def test_control_timeline_in_batches_matches_one_batch(db_url: str, batch: int) -> None:
    linker = Linker()
    linker.add(_control_corpus())
    # the store keeps the unjoined states (joined() is for reading), so compare those
    want = sorted(json.dumps(to_dict(c), sort_keys=True, ensure_ascii=False)
                  for states in linker.control.values() for c in states)
    assert len(want) > 20
    arts = _control_corpus()
    with open_store(db_url) as st:
        for i in range(0, len(arts), batch):
            st.ingest_articles(arts[i:i + batch], run_pipeline=False)
        got = sorted(json.dumps(to_dict(c), sort_keys=True, ensure_ascii=False) for c in st.load_analysis().control)
        keys = st.counts()["control"]
    assert got == want
    assert keys == len(want)
