"""An act resumed after a comma by "وذلك" and a locative (task seats42): "ألقت القبض على مطلوب، وذلك في بلدة X" says
where the arrest took place; the trigger's arguments go on past the comma. "وذلك في إطار حملة" names no place and
ends them as before. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, published: str = "2023-05-16") -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="p", raw=text, published=published)).events}


def test_the_place_after_a_resuming_demonstrative_is_the_acts():
    assert ("other", "القدموس") in places("ألقت قوى الأمن القبض على مطلوب للقضاء منذ عامين، وذلك في بلدة القدموس.")


def test_it_outranks_the_place_of_what_the_man_is_accused_of():
    got = places("اعتقلت دورية للأمن العام شاباً متهماً بسرقة سيارة في مدينة جبلة، وذلك في قرية بسنادا المجاورة.")
    assert ("other", "بسنادا") in got and ("other", "جبلة") not in got


def test_a_resumption_with_no_place_ends_the_arguments():
    got = places("ألقت قوى الأمن القبض على مطلوب في مدينة بانياس، وذلك في إطار حملة أمنية.")
    assert got == {("other", "بانياس")}
