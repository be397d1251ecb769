"""Constructions met in the second author's whole articles of 2012-2019 (issue 12, task articles7:
bench/articles_2012_2019): sentences written for these tests, with invented details. Types and polarity as
eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _seen(text: str, published: str = "2016-05-02") -> set[tuple[str, str, str]]:
    got = analyze(Article(id="art7", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name) for e in got if e.place}


def test_a_name_after_a_naming_verb_is_a_person_not_a_place():
    """"قائد ميداني، ويدعى أبو خالد حسكة": the words "يدعى" puts after it are a person's name; "حسكة" is
    not Hasakah, so "المدينة" later in the sentence still points at the town the speaker named."""
    got = _seen("وقال قائد ميداني، ويدعى أبو خالد حسكة، إن مقاتليه دخلوا قرية الحمرات، وإن الطيران قصف المدينة.")
    assert not any("الحسكة" in p for _, _, p in got)
    assert ("enter", "asserted", "الحمرات") in got
    # the city itself, named as a place, is still read
    got = _seen("وقصفت الطائرات أحياء في مدينة الحسكة صباح اليوم.")
    assert any(t == "attack" and "الحسكة" in p for t, _, p in got)


def test_a_speech_is_no_village():
    """"في خطاب متلفز": خطاب is a speech; the village of that name needs its cue ("قرية خطاب")."""
    got = _seen("وقال وزير الدفاع في خطاب متلفز إن قواته سيطرت على المدينة بعد دخولها بلدة تل حميس.")
    assert not any(p == "خطاب" for _, _, p in got)
    assert ("enter", "asserted", "تل حميس") in got
    got = _seen("وقصفت الطائرات قرية خطاب في ريف حماة.")
    assert any(t == "attack" and p == "خطاب" for t, _, p in got)


def test_such_as_opens_examples_and_names_no_place():
    """"بلدات ريف حلب الجنوبي، مثل الحاضر والعيس": مثل announces the examples, it is no place itself."""
    got = _seen("وتتواصل الغارات على بلدات ريف حلب الجنوبي، مثل الحاضر والعيس.")
    assert {("attack", "asserted", "الحاضر"), ("attack", "asserted", "العيس")} <= got
    assert not any(p == "مثل" for _, _, p in got)
