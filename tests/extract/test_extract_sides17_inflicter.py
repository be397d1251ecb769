"""Who inflicted a toll (task sides17): the subject of an active kill verb before it, with a date between the
verb and its object or "قد" before the verb; an indefinite sniper no force is named for; war debris left by a
named group. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار المحافظات\n\n"


def sides(text: str, day: str) -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name if e.place else "", e.actor.side) for e in evs}


def assert_toll(text: str, day: str, place: str, side: str) -> None:
    """A casualties event at the place (its name containing ``place``) carries ``side``."""
    got = sides(text, day)
    assert any(t == "casualties" and place in p and s == side for t, p, s in got), got


@pytest.mark.parametrize("text,day,place,side", [
    ("وقال المرصد إن وحدات الجيش قتلت صباح الجمعة عشرات المسلحين في حي القابون.", "2015-06-20", "القابون",
     "government"),
    ("وكان عنصر من التنظيم قد قتل في آذار الماضي ثلاثة جنود قرب بلدة الشدادي.", "2026-05-02", "الشدادي", "isis"),
    ("وذكرت القوات أن مقاتلي التنظيم قتلوا سبعة عناصر منها في قرية الهول.", "2016-08-10", "الهول", "isis"),
    ("وكان عنصر من التنظيم قد قتل في آب الماضي ثلاثة جنود في كمين قرب بلدة الشدادي.", "2026-05-02", "الشدادي", "isis"),
])
def test_the_subject_before_an_active_kill_verb_inflicted_the_toll(text, day, place, side):
    assert_toll(text, day, place, side)


def test_the_dead_counted_out_before_a_passive_verb_are_not_the_killers():
    got = sides("وأفادت مصادر بأن خمسة من عناصر التنظيم قتلوا في المعارك قرب بلدة الشدادي.", "2016-08-10")
    assert not any(t == "casualties" and s == "isis" for t, _, s in got), got


def test_an_indefinite_sniper_is_nobodys_even_after_a_side_s_strike():
    got = sides("قصفت قوات النظام حي الوعر بالمدفعية.\n\nوقتل طفل برصاص قناص في حي الإنشاءات.", "2014-02-11")
    assert ("casualties", "الإنشاءات", "unknown") in {(t, p.replace("حي ", ""), s) for t, p, s in got}, got


def test_war_debris_of_a_named_group_is_no_strike():
    got = sides("وأصيب طفلان بانفجار لغم من مخلفات تنظيم داعش في بلدة الباغوز.", "2025-09-14")
    assert ("casualties", "الباغوز", "unknown") in got, got
    assert not any(e[0] == "attack" for e in got), got  # debris: its toll only (task conv33)


TOLLS = [
    # the dead of a clash with a party named after مع: that party inflicted them (none of an armed side: unknown)
    ("وقتل جنديان وأصيب ثلاثة آخرون بجروح فجر اليوم في اشتباك مع عناصر من التنظيم قرب بلدة السخنة.", "2017-04-03",
     "السخنة", "isis"),
    ("وقتل أربعة من عناصر التنظيم خلال معارك مع قوات سوريا الديمقراطية في قرية الكشكية.", "2018-11-20", "الكشكية",
     "sdf"),
    ("وقتل اثنان من مقاتلي الفصائل في اشتباكات مع مسلحين من أبناء العشائر قرب بلدة الصورة.", "2025-08-02", "الصورة",
     "unknown"),
    # the attackers a counter-attack kills are those it answers: its launcher inflicted the toll
    ("وشن الثوار هجوماً معاكساً على بلدة مورك أوقع قتلى في صفوف المهاجمين.", "2014-10-23", "مورك", "opposition"),
    ("ونفذ الجيش هجوماً مضاداً على تلة الزلاقيات أدى إلى مقتل عشرة من المهاجمين.", "2017-03-28", "الزلاقيات",
     "government"),
    # a killing told by its verbal noun after بعد is the main clause's subject's
    ("وأحكم الجيش سيطرته على بلدة عقرب بعد القضاء على آخر الإرهابيين فيها.", "2013-12-12", "عقرب", "government"),
    ("ودخلت قوات سوريا الديمقراطية بلدة الصور بعد القضاء على مسلحي التنظيم فيها.", "2017-09-21", "الصور", "sdf"),
]


@pytest.mark.parametrize("text,day,place,side", TOLLS)
def test_the_toll_s_inflicter_told_by_its_clause(text, day, place, side):
    assert_toll(text, day, place, side)
