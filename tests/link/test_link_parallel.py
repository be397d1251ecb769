"""Linking independent components in parallel gives exactly the analysis of one serial Linker:
the same events, merged events, stories, contradictions and control, on the executors of the CLI."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest

from tawatur import cli
from tawatur.link import Linker
from tawatur.link.parallel import components, link_parallel
from tawatur.model import Article, Place, to_dict

from .linkfactory import PLACES, article, event
from .storyfactory import story_corpus

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _serial(arts: list[Article]) -> dict:
    linker = Linker()
    linker.add(copy.deepcopy(arts))
    return to_dict(linker.analysis())


def _mixed() -> list[Article]:
    """The story corpus plus a repeated id, an undated report and a takeover told in two places."""
    arts, _ = story_corpus(daily=True)
    homs = [article("h1", "outlet-a", [event("h1-e1", "h1", "take_control", "homs", day="2024-12-07")],
                    "سيطرت فصائل المعارضة على مدينة حمص بعد انسحاب قوات الحكومة منها",
                    published="2024-12-07"),
            article("h2", "outlet-b", [event("h2-e1", "h2", "withdraw", "homs", side="government", day="")],
                    "انسحبت قوات الحكومة من مدينة حمص دون قتال بحسب مصادر محلية", published=""),
            article("h1", "outlet-a", [event("h1-e1", "h1", "take_control", "homs", day="2024-12-08")],
                    "سيطرت فصائل المعارضة على كامل مدينة حمص بعد انسحاب قوات الحكومة", published="2024-12-08")]
    return arts + homs


def test_components_keep_each_story_whole_and_split_distinct_ones() -> None:
    arts, truth = story_corpus(daily=True)
    comps = components(arts)
    where = {arts[i].id: k for k, comp in enumerate(comps) for i in comp}
    for aid, story in truth.items():  # a story never spans two components
        assert all(where[b] == where[aid] for b, s in truth.items() if s == story)
    assert len(comps) >= 3
    assert sorted(i for comp in comps for i in comp) == list(range(len(arts)))


def test_far_apart_reports_of_one_place_are_separate_but_an_undated_one_joins_them() -> None:
    homs = PLACES["homs"]

    def rep(aid: str, day: str, place: Place = homs) -> Article:
        return article(aid, "o", [event(f"{aid}-e", aid, "attack", place, day=day)],
                       "قصفت قوات الحكومة أحياء المدينة", published=day)

    far = [rep("a", "2024-01-01"), rep("b", "2024-03-01"), rep("c", "2024-03-03")]
    assert [len(c) for c in components(far)] == [1, 2]
    undated = far + [rep("d", "")]
    assert [len(c) for c in components(undated)] == [4]


@pytest.mark.parametrize("executor", ["serial", "process"])
def test_parallel_link_equals_one_linker(executor: str) -> None:
    arts = _mixed()
    assert to_dict(link_parallel(copy.deepcopy(arts), executor=executor, workers=2)) == _serial(arts)


def test_dask_link_equals_one_linker() -> None:
    pytest.importorskip("distributed")
    arts = _mixed()
    assert to_dict(link_parallel(copy.deepcopy(arts), executor="dask", workers=2)) == _serial(arts)


def test_analyze_examples_with_a_process_pool_writes_what_serial_writes(tmp_path: Path) -> None:
    for ex in ("serial", "process"):
        rc = cli.main(["analyze", str(EXAMPLES), "--out", str(tmp_path / ex), "-q", "--format", "json,csv",
                       "--executor", ex, "--workers", "2"])
        assert rc == 0
    for name in ("analysis.json", "events.csv"):
        assert (tmp_path / "process" / name).read_bytes() == (tmp_path / "serial" / name).read_bytes()
