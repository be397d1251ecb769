"""A batch raises the youngest generation's collection threshold once (``pipeline._freeze_loaded``) and
keeps the older generations' thresholds: checked in a fresh process, since the change is process-wide."""
from __future__ import annotations

import subprocess
import sys

_SCRIPT = """
import gc
from tawatur.model import Article
from tawatur.pipeline import GEN0_THRESHOLD, PipelineConfig, analyze_many
before = gc.get_threshold()
list(analyze_many([Article(id="a", raw="قصفت الطائرات بلدة كفرنبل.", text="")], PipelineConfig(("clean", "segment"))))
after = gc.get_threshold()
print(before[0] < GEN0_THRESHOLD == after[0], before[1:] == after[1:])
"""


def test_a_batch_raises_the_young_threshold_only() -> None:
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True"]
