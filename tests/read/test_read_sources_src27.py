"""Task src27: the first hop of an attribution in three constructions the source reader misread: a describing
relative clause that runs up to a quoted statement, a class noun before a group's name, a statement an
outlet carried, told by a relative verb ("في تصريح نقلته X"), and a speaker who appears in a recording ("ظهر X في
مقطع مصور يؤكد فيه"). The sentences are written for these tests."""
from __future__ import annotations

import pytest

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors
from tawatur.read.persons import read_persons
from tawatur.read.places import read_places
from tawatur.read.sources import read_sources


def _sources(text: str):
    article = segment(Article(id="t", raw=text, text=text))
    return read_sources(read_persons(read_actors(read_places(article)))).mentions_of("source"), text


FIRST_HOPS = [  # (construction, the first hop's English name, sentence)
    ("relay", "state media", "وقال مصدر عسكري، في تصريح نقلته وسائل الإعلام الرسمية، إن الوحدات انسحبت من بلدة مورك."),
    ("relay", "SANA", "وقال مصدر عسكري، في تصريح نقلته وكالة سانا، إن الوحدات انسحبت من بلدة مورك."),
    ("relay", "Al-Ikhbariya", "وقال مصدر عسكري في تصريح أوردته قناة الإخبارية إن الوحدات انسحبت من بلدة مورك."),
    ("twin", "military source", "وقال مصدر عسكري، في تصريح صحفي، إن الوحدات انسحبت من بلدة مورك."),
    ("class noun", "Hayat Tahrir al-Sham", "وقالت جماعة هيئة تحرير الشام في بيان إن قواتها دخلت بلدة كفرنبودة."),
    ("recording", "Hayat Tahrir al-Sham", "وظهر قائد هيئة تحرير الشام في مقطع مصور يؤكد فيه السيطرة على مدينة معرة النعمان."),
]


def test_appearing_without_a_recording_reports_nothing() -> None:
    sources, _ = _sources("وسيطرت هيئة تحرير الشام على مدينة معرة النعمان، وظهر عناصرها في شوارع المدينة.")
    assert sources == []


@pytest.mark.parametrize("construction,name,text", FIRST_HOPS, ids=[f"{c}-{n}" for c, n, _ in FIRST_HOPS])
def test_first_hop(construction: str, name: str, text: str) -> None:
    sources, _ = _sources(text)
    assert sources, f"no attribution read in {text!r}"
    assert sources[0].attrs["name_en"] == name


def test_relayed_speaker_stays_in_the_chain() -> None:
    sources, _ = _sources("وقال مصدر عسكري، في تصريح نقلته وكالة سانا، إن الوحدات انسحبت من بلدة مورك.")
    assert sources[0].attrs["chain"] == ["SANA", "military source"]


@pytest.mark.parametrize("text", [
    'وقالت هيئة تحرير الشام التي تقود المعركة في منشور على تيليغرام "حررت قواتنا بلدة كفرنبودة، ونوجه التحية لمقاتلينا".',
    'وقالت هيئة تحرير الشام، التي تقود المعركة، في منشور على تيليغرام "حررت قواتنا بلدة كفرنبودة، ونوجه التحية لمقاتلينا".',
])
def test_relative_clause_ends_at_the_quote(text: str) -> None:
    """The statement's first clause ("حررت قواتنا بلدة كفرنبودة") is inside the scope: the describing clause
    stops where the quote opens, not at the quote's first comma."""
    sources, raw = _sources(text)
    scoped = raw[sources[0].attrs["scope_start"]:sources[0].attrs["scope_end"]]
    assert "حررت قواتنا بلدة كفرنبودة" in scoped


def test_short_quoted_name_in_the_clause_is_passed() -> None:
    """A quoted name inside the describing clause opens no statement: the clause still ends at its comma."""
    text = 'وقال المرصد السوري لحقوق الإنسان، الذي يقيم في "لندن الكبرى"، إن المقاتلين دخلوا بلدة كفرنبودة.'
    sources, raw = _sources(text)
    scoped = raw[sources[0].attrs["scope_start"]:sources[0].attrs["scope_end"]]
    assert "دخلوا بلدة كفرنبودة" in scoped and "يقيم" not in scoped
