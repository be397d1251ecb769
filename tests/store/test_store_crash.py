"""Crash safety: a writer killed with SIGKILL mid-ingest leaves a consistent database that still
holds every batch it had committed (and no part of the batch it was writing)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tawatur.store import open_store

BATCH = 20
WRITER = textwrap.dedent("""
    import importlib.util, sys
    spec = importlib.util.spec_from_file_location("f", sys.argv[2])
    f = importlib.util.module_from_spec(spec); spec.loader.exec_module(f)
    from tawatur.store import open_store
    places = ["حمص", "حماة", "درعا"]
    with open_store(sys.argv[1]) as st:
        for b in range(10_000):
            arts = [f.make_article(f"k{b}-{i}", f"outlet{i % 4}", places[i % 3], f"2024-12-0{1 + i % 7}",
                                   extra=f" {b}-{i}") for i in range({batch})]
            st.ingest_articles(arts)
            print("committed", (b + 1) * {batch}, flush=True)
""").replace("{batch}", str(BATCH))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_ingest_loses_nothing_committed(tmp_path):
    db = tmp_path / "crash.db"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    factory = Path(__file__).with_name("store_factory.py")
    proc = subprocess.Popen([sys.executable, str(script), str(db), str(factory)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    committed = 0
    try:
        for line in proc.stdout:
            committed = int(line.split()[1])
            if committed >= 3 * BATCH:
                break
        os.kill(proc.pid, signal.SIGKILL)  # mid-way through the next batch
    finally:
        proc.wait(timeout=30)
    assert committed >= 3 * BATCH, proc.stderr.read()
    with open_store(str(db)) as st:
        n = st.counts()["articles"]
        assert n >= committed and n % BATCH == 0  # every committed batch, no half batch
        assert st.counts()["events"] == n
        assert st.check_consistency() == []
        again = st.ingest_articles([])
        assert again.added == []
