"""Task src28: an official inside a named body speaks for it ("مسؤول في قسد" -> SDF), as a source inside it does
("مصدر في الجيش"); officials of a body stay its officials, one close to it stays anonymous. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors
from tawatur.read.persons import read_persons
from tawatur.read.places import read_places
from tawatur.read.sources import read_sources


def first_hop(text: str) -> str:
    article = segment(Article(id="t", raw=text, text=text))
    found = read_sources(read_persons(read_actors(read_places(article)))).mentions_of("source")
    assert found, f"no attribution read in {text!r}"
    return found[0].attrs["name_en"]


@pytest.mark.parametrize("text,name", [
    ("وقال مسؤول في قوات سوريا الديمقراطية إن المدفعية التركية قصفت بلدة عين عيسى.", "SDF"),
    ("وقال مسؤولون في الجيش السوري إن الوحدات دخلت بلدة مورك.", "Syrian army officials"),
    ("وقال مسؤول إن الوحدات دخلت بلدة مورك.", "officials"),
    ("وقال مسؤول مقرب من هيئة تحرير الشام إن الوحدات دخلت بلدة مورك.", "officials"),
    ("وقال مصدر في الجيش السوري إن الوحدات دخلت بلدة مورك.", "Syrian army"),
], ids=["official-in-body", "officials-in-body", "bare-official", "official-close-to-body", "source-in-body"])
def test_an_official_inside_a_body(text: str, name: str) -> None:
    assert first_hop(text) == name


@pytest.mark.parametrize("text,name", [
    ("وقال محافظ إدلب لمراسلنا إن آلاف العائلات عادت إلى معرة النعمان.", "Idlib governor"),
    ("وقال مصدر عسكري لمراسلنا إن وحدات من الجيش عبرت نهر الفرات.", "military source"),
    ("وقال مصدر عسكري لرويترز إن وحدات من الجيش عبرت نهر الفرات.", "Reuters"),
], ids=["governor-to-us", "source-to-us", "source-to-agency"])
def test_told_to_our_correspondent_the_speaker_stays_the_first_hop(text: str, name: str) -> None:
    """"لمراسلنا": the speaker talked to the article itself, which adds no hop; "لرويترز" is the outer hop."""
    assert first_hop(text) == name


@pytest.mark.parametrize("text,name", [
    ("عاجل | ناشطون: نزوح عشرات العائلات من حي الوعر باتجاه حي الإنشاءات.", "activists"),
    ("عاجل | مصدر عسكري: وحدات الجيش تدخل بلدة مورك.", "military source"),
], ids=["urgent-activists", "urgent-military-source"])
def test_a_speaker_after_a_live_pages_line_label(text: str, name: str) -> None:
    """"عاجل | X: ...": the label before the bar says how urgent the line is; X, closed by the colon, says it."""
    assert first_hop(text) == name


def test_a_line_label_with_no_speaker_after_it_attributes_nothing() -> None:
    text = "عاجل | نزوح عشرات العائلات من حي الوعر باتجاه حي الإنشاءات."
    article = segment(Article(id="t", raw=text, text=text))
    assert read_sources(read_persons(read_actors(read_places(article)))).mentions_of("source") == []
