"""A batch raises the youngest generation's collection threshold while it runs (``pipeline.batch_gc``) and
restores the thresholds it found after, keeps the older generations' thresholds, and freezes what the
stages loaded after its first article (``pipeline._freeze_loaded``): checked in a fresh process, since
both are process-wide."""
from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from tawatur.pipeline import GEN0_THRESHOLD, batch_gc

_SCRIPT = """
import gc
from tawatur.model import Article
from tawatur.pipeline import GEN0_THRESHOLD, PipelineConfig, analyze_many
before = gc.get_threshold()
arts = [Article(id=str(i), raw="قصفت الطائرات بلدة كفرنبل يوم الأحد.", text="") for i in range(3)]
during = []
for art in analyze_many(arts, PipelineConfig(("clean", "segment"))):
    during.append(gc.get_threshold())
after = gc.get_threshold()
print(before[0] < GEN0_THRESHOLD, all(d == (GEN0_THRESHOLD, *before[1:]) for d in during), after == before,
      gc.get_freeze_count() > 0)
early = analyze_many(arts, PipelineConfig(("clean", "segment")))
next(early)
raised = gc.get_threshold()[0] == GEN0_THRESHOLD
early.close()
print(raised, gc.get_threshold() == before)
"""


def test_a_batch_raises_the_young_threshold_while_it_runs_and_freezes() -> None:
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True"] * 6


def test_batch_gc_restores_what_it_found_also_on_error() -> None:
    saved = gc.get_threshold()
    try:
        gc.set_threshold(500, 7, 9)
        with batch_gc():
            assert gc.get_threshold() == (GEN0_THRESHOLD, 7, 9)
        assert gc.get_threshold() == (500, 7, 9)
        with pytest.raises(RuntimeError), batch_gc():
            raise RuntimeError("a stage failed")
        assert gc.get_threshold() == (500, 7, 9)
        gc.set_threshold(50_000, 7, 9)  # a caller's higher threshold is kept, not lowered
        with batch_gc():
            assert gc.get_threshold() == (50_000, 7, 9)
        assert gc.get_threshold() == (50_000, 7, 9)
    finally:
        gc.set_threshold(*saved)
