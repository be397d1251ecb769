"""Stage contracts: each registered stage says what it reads and writes; the order is checked."""
from __future__ import annotations

import pytest

from tawatur import pipeline
from tawatur.model import Article
from tawatur.pipeline import CONTRACTS, DEFAULT_ORDER, PipelineConfig, StageOrderError, check_order


@pytest.fixture(autouse=True)
def default_stages():
    """Other tests register stages (the LLM extractor as "events"): start from the defaults, then restore."""
    saved = (dict(pipeline.STAGES), dict(CONTRACTS), dict(pipeline._cache))
    for table, default in ((pipeline.STAGES, pipeline.DEFAULT_STAGES), (CONTRACTS, pipeline.DEFAULT_CONTRACTS)):
        table.clear()
        table.update(default)
    pipeline._cache.clear()
    yield
    for table, old in zip((pipeline.STAGES, CONTRACTS, pipeline._cache), saved, strict=True):
        table.clear()
        table.update(old)


def test_default_order_is_valid_and_every_stage_is_declared() -> None:
    check_order(DEFAULT_ORDER)
    assert set(DEFAULT_ORDER) <= set(CONTRACTS)


def test_a_stage_before_what_it_reads_fails_at_construction() -> None:
    with pytest.raises(StageOrderError, match=r"stage 'events' \(position 2\) reads .*mention:place.*'places'"):
        PipelineConfig(stages=("segment", "events"))
    with pytest.raises(StageOrderError, match=r"'persons' .* reads mention:actor.* run 'actors' first"):
        PipelineConfig(stages=("clean", "segment", "persons", "actors"))
    with pytest.raises(StageOrderError, match="'places' .* reads sentences"):
        PipelineConfig(stages=("clean", "places", "segment"))


def test_unknown_stage_is_an_error() -> None:
    with pytest.raises(StageOrderError, match="unknown stage 'parse'"):
        PipelineConfig(stages=("clean", "parse"))


def test_readers_only_pipeline_runs() -> None:
    art = pipeline.analyze(Article(id="t1", raw="سيطرت القوات على بلدة تل المشمش أمس."),
                           PipelineConfig(stages=pipeline.READ_ORDER))
    assert art.sentences


def test_a_registered_stage_declares_its_contract() -> None:
    def tag(article: Article) -> Article:
        article.meta["tagged"] = True
        return article

    pipeline.register_stage("tag", tag, reads=("sentences",), writes=("meta",))
    PipelineConfig(stages=("clean", "segment", "tag"))
    with pytest.raises(StageOrderError, match="'tag' .* reads sentences"):
        PipelineConfig(stages=("clean", "tag"))
    # the LLM extractor replaces "events" with a contract of its own: it needs sentences only
    pipeline.register_stage("events", tag, reads=("raw", "sentences"), writes=("events",))
    PipelineConfig(stages=("segment", "events"))
