"""Stories stay cohesive (several distinct stories are not merged, a daily series does not chain
into one giant story) and do not depend on how a date-ordered corpus is split into batches."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tawatur.link import Linker
from tawatur.link.stories import SPAN_DAYS
from tawatur.model import Analysis, to_dict

from .storyfactory import STORIES, story_corpus


def _link(batches: list[list]) -> Analysis:
    linker = Linker()
    for b in batches:
        linker.add(b)
    return linker.analysis()


def _groups(an: Analysis) -> list[list[str]]:
    return sorted(sorted(s.articles) for s in an.stories)


def test_distinct_stories_are_not_merged_and_each_stays_together() -> None:
    arts, truth = story_corpus()
    an = _link([arts])
    story_of = {a: s.id for s in an.stories for a in s.articles}
    for key in STORIES:
        members = [a for a, k in truth.items() if k == key]
        assert len({story_of[a] for a in members}) == 1, key  # one story per happening
    for s in an.stories:
        assert len({truth[a] for a in s.articles}) == 1, s.articles  # never two happenings
    assert len(an.stories) == len(STORIES)


def test_same_place_months_apart_is_another_story() -> None:
    arts, truth = story_corpus()
    an = _link([arts])
    story_of = {a: s.id for s in an.stories for a in s.articles}
    assert story_of["talbiseh-0"] != story_of["talbiseh_later-0"]


def test_daily_series_is_cut_into_bounded_stories() -> None:
    arts, truth = story_corpus(daily=True)
    an = _link([arts])
    idlib = [s for s in an.stories if any(truth[a] == "idlib" for a in s.articles)]
    assert len(idlib) >= 3  # 42 days of near-identical reports: no single chained story
    for s in idlib:
        assert {truth[a] for a in s.articles} == {"idlib"}
        span = date.fromisoformat(s.end) - date.fromisoformat(s.start)
        assert span.days <= SPAN_DAYS
    # the other stories are untouched by the series around them
    assert sum(1 for s in an.stories if truth[s.articles[0]] != "idlib") == len(STORIES)


def _state(an: Analysis) -> tuple:
    return (
        [to_dict(s) for s in an.stories],
        [to_dict(m) for m in an.merged_events],
        [to_dict(c) for c in an.control],
        [to_dict(c) for c in an.contradictions],
    )


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=40))
def test_any_split_in_date_order_gives_the_same_result(sizes: list[int]) -> None:
    arts, _ = story_corpus(daily=True)
    whole = _state(_link([story_corpus(daily=True)[0]]))
    batches, i = [], 0
    for n in sizes:
        if i >= len(arts):
            break
        batches.append(arts[i:i + n])
        i += n
    if i < len(arts):
        batches.append(arts[i:])
    assert _state(_link(batches)) == whole


def test_one_at_a_time_equals_one_batch() -> None:
    arts, _ = story_corpus(daily=True)
    one = _link([[a] for a in story_corpus(daily=True)[0]])
    assert _state(one) == _state(_link([arts]))
