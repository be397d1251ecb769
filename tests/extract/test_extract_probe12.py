"""Constructions of whole articles in real outlets' genres (2013-2026) that the probe12 first-sight measure showed
(bench/articles_probe12). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2016-02-20") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="p12", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def test_an_aside_of_sequence_keeps_the_verbs_object() -> None:
    got = events("سيطرت فصائل المعارضة، بعد معارك استمرت ثلاثة أيام، على بلدة كفرزيتا في ريف حماة الشمالي.",
                 "2014-05-12")
    assert ("take_control", "asserted", "كفرزيتا", "opposition") in got
    got = events("استعادت القوات الحكومية، إثر هجوم واسع بدأ منذ الفجر، حي مساكن هنانو شرقي حلب.", "2016-11-28")
    assert [(e[0], e[2]) for e in got] == [("take_control", "مساكن هنانو")]
    got = events("دخلت وحدات الجيش، عقب ساعات من الاشتباكات المتقطعة، مدينة السخنة في ريف حمص الشرقي.", "2017-08-30")
    assert [(e[0], e[2]) for e in got] == [("enter", "السخنة")]


def test_an_aside_of_sequence_after_the_object_is_a_clause_of_its_own() -> None:
    got = events("سيطر مقاتلو المعارضة على مدينة الرقة، بعد معارك مع القوات النظامية، في حين نزحت عشرات العائلات نحو "
                 "مدينة تل أبيض.", "2013-03-04")
    assert [(e[0], e[2]) for e in got] == [("take_control", "الرقة"), ("displacement", "تل أبيض")]


def test_bullets_of_a_sniper_after_a_fronted_area_are_at_the_clauses_place() -> None:
    got = events("وفي محافظة درعا، قُتل ثلاثة مواطنين برصاص قناص في بلدة بصرى الشام، بحسب ناشطين.", "2013-07-22")
    assert sorted((e[0], e[2]) for e in got) == [("attack", "بصرى الشام"), ("casualties", "بصرى الشام")]
    got = events("وفي ريف إدلب، أصيب طفل برصاص قناص قرب قرية معرشورين.", "2014-02-11")
    assert sorted((e[0], e[2]) for e in got) == [("attack", "معرشورين"), ("casualties", "معرشورين")]


def test_a_kurdish_canton_is_a_cue_word_not_a_place() -> None:
    got = events("واصل الجيش التركي قصف قرى وبلدات مقاطعة عفرين لليوم الثالث على التوالي.", "2018-01-22")
    assert [(e[0], e[2]) for e in got] == [("attack", "عفرين")]


def test_remnants_with_a_pronoun_are_fighters_leaving() -> None:
    assert events("وقال المصدر العسكري إن فلولهم فرت باتجاه بلدتي زبدين وجسرين.", "2014-08-14") == []
    got = events("وأضاف المصدر أن عناصرهم فروا من قرية الطيبة باتجاه بلدة الحراك.", "2015-02-03")
    assert [(e[0], e[2]) for e in got] == [("withdraw", "الطيبة")]


def test_a_verb_of_continuing_reads_a_long_subject_before_its_verbal_noun() -> None:
    got = events("تواصل عائلات نازحة من ريف رأس العين العودة إلى منازلها في بلدة تل تمر، بعد أسابيع من التوتر.",
                 "2026-02-03")
    assert [(e[0], e[2]) for e in got] == [("displacement", "تل تمر")]
    got = events("تواصل أسر كثيرة من أبناء المنطقة المقيمة في المخيمات العودة إلى بلدة كفرنبل.", "2025-06-02")
    assert [(e[0], e[2]) for e in got] == [("displacement", "كفرنبل")]


def test_a_town_named_tell_is_feminine_for_a_pronoun() -> None:
    got = events("صمدت تل رفعت أشهراً طويلة، إلى أن دخلتها قوات النظام في آب 2019.", "2019-08-14")
    assert [(e[0], e[2]) for e in got] == [("enter", "تل رفعت")]
    got = events("قصفت الطائرات الروسية تل رفعت بعشرات الغارات، ثم دخلتها وحدات حماية الشعب.", "2016-02-15")
    assert ("enter", "asserted", "تل رفعت", "sdf") in got
