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


def test_a_negated_judgement_of_a_happening_takes_it_as_given():
    """"لم تكن سيطرة القوات على X مجرد تقدم عابر"، "لم يكن سقوط X مفاجئاً": لم negates what the copula says
    of the happening, not the happening; the category after مجرد ("مجرد تقدم") is no event of its own."""
    got = _seen("لم تكن سيطرة قوات النظام على بلدة قلعة المضيق قبل أيام مجرد تقدم عابر، بل تحول في مسار المعركة.",
                "2019-05-20")
    assert ("take_control", "asserted", "قلعة المضيق") in got
    assert not any(t == "advance" or pol == "denied" for t, pol, _ in got)
    got = _seen("ولم يكن سقوط مدينة إدلب بيد الفصائل مفاجئاً للمراقبين.", "2015-04-02")
    assert ("take_control", "asserted", "إدلب") in got
    # a plain negation still denies, and "بمجرد" (as soon as) is no category
    assert ("take_control", "denied", "قلعة المضيق") in _seen("ولم تسيطر القوات على بلدة قلعة المضيق.")
    assert ("enter", "asserted", "كفرنبل") in _seen("وانسحب المقاتلون بمجرد دخول القوات بلدة كفرنبل.")


def test_declared_liberated_is_a_takeover_and_a_moral_blow_no_strike():
    """"إن المدينة باتت محررة": a place declared liberated, as "باتت تحت سيطرة"; "ضربة معنوية لدمشق" is a
    figurative blow, not a strike on Damascus."""
    got = _seen("دخلت القوات مدينة منبج، وقال المتحدث باسمها إن المدينة باتت اليوم محررة.", "2016-08-12")
    assert ("take_control", "asserted", "منبج") in got
    got = _seen("وقال قائد ميداني إن بلدة الشدادي أصبحت محررة بالكامل.", "2016-02-19")
    assert ("take_control", "asserted", "الشدادي") in got
    got = _seen("وخسرت الفصائل المعبر، ما يجعل خسارته ضربة معنوية لدمشق قبل الانتخابات.", "2014-03-24")
    assert not any(p == "دمشق" for _, _, p in got)


def test_an_area_that_frames_examples_gives_events_at_the_examples_only():
    """"الغارات على بلدات ريف حلب الجنوبي، مثل الحاضر والعيس" (or "، ومنها"): the countryside frames the
    examples the trigger names after a comma and an example word; it is no event place of its own."""
    for intro in ("مثل", "ومنها"):
        got = _seen(f"وتتواصل الغارات على بلدات ريف حلب الجنوبي، {intro} الحاضر والعيس.")
        assert {("attack", "asserted", "الحاضر"), ("attack", "asserted", "العيس")} <= got
        assert not any("ريف حلب" in p for _, _, p in got)
    # with no example word the countryside is the trigger's place
    got = _seen("وتتواصل الغارات على بلدات ريف حلب الجنوبي منذ يومين.")
    assert any("ريف حلب" in p for _, _, p in got)
