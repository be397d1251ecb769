"""Locators the held-out set articles_heldout7 showed once read (task read7): "في أقصى ريف X" and a road after "منطقة
X على"; sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, published: str) -> set[str]:
    return {e.place.name for e in analyze(Article(id="read7", raw=text, published=published)).events if e.place}


def test_the_far_end_of_a_countryside_only_locates():
    """"بلدة X ذات الغالبية التركمانية في أقصى ريف اللاذقية الشمالي": أقصى is a part of the countryside, which
    only says where X lies."""
    got = places("وسيطر مقاتلو المعارضة على بلدة ربيعة ذات الغالبية التركمانية في أقصى ريف اللاذقية الشمالي.",
                 "2015-07-05")
    assert got == {"ربيعة"}


def test_a_road_after_an_area_only_locates():
    """"منطقة X على طريق Y - Z" as "بلدة X على طريق Y - Z": the road says where X lies."""
    assert places("وسيطرت القوات الحكومية على منطقة خناصر على طريق حلب - السلمية.", "2016-02-25") == {"خناصر"}
