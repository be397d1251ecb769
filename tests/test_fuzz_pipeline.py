"""2,000 mutated Arabic articles through every per-article stage, then linking and every report
format (issue 10): zero exceptions. Stages are called directly, so nothing is caught on the way."""
from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from tawatur.ingest.readers import finish
from tawatur.link import Linker
from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.report import write_outputs

_spec = importlib.util.spec_from_file_location("fuzzing", Path(__file__).resolve().parent / "fuzzing.py")
fuzzing = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzzing)

N_ARTICLES = 2000


def _articles(seed: int) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(N_ARTICLES):
        text = fuzzing.article_text(rng)
        if rng.random() < 0.2:  # some arrive as bytes with a flipped or cut byte
            text = fuzzing.mutate_bytes(rng, text.encode("utf-8"), 2).decode("utf-8", "replace")
        if not text.strip():
            text = rng.choice(fuzzing.ARTICLES)
        published = rng.choice(fuzzing.HUGE + ["2024-12-07", "2016-03-12", None, "yesterday"])
        out.append(finish(Article(id=f"fz{i}", raw=text, outlet=rng.choice(["أ", "ب", "ج", None]),
                                  published=published, title=fuzzing.mutate_text(rng, "عنوان الخبر", 2))))
    return out


CHUNK = 100  # linked and reported in chunks: the linker's cost grows with one story's size (bench_link)


@pytest.mark.slow
def test_mutated_articles_through_the_pipeline_link_and_reports(tmp_path: Path) -> None:
    done = [analyze(art) for art in _articles(1203)]  # raises on any stage's exception
    assert sum(len(a.events) for a in done) > N_ARTICLES // 2  # they still read as news
    by_id = {a.id: a for a in done}
    for k in range(0, N_ARTICLES, CHUNK):
        linker = Linker()
        linker.add(done[k:k + CHUNK])
        out = tmp_path / f"chunk{k}"
        assert len(write_outputs(linker.analysis(), out, ["json", "csv", "geojson", "html"])) == 4
        data = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
        assert len(data["articles"]) == CHUNK
        for ev in data["events"]:
            start, end = ev["evidence"]["start"], ev["evidence"]["end"]
            assert 0 <= start < end <= len(by_id[ev["article"]].raw)
