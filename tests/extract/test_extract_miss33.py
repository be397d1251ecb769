"""Misses on real pages pooled by cause (task miss33): sentences written for these tests, read as
eval/GUIDELINES.md decides them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-08-20") -> list:
    return analyze(Article(id="s", raw=text, published=published)).events


def count(evs, etype: str, place: str) -> int:
    return sum(1 for e in evs if e.type == etype and e.place is not None and e.place.name == place)


def test_a_similar_strike_told_months_before_is_another_strike():
    """"تعرضت لقصف مماثل": the text calls it similar, so it is another strike at the village, not the one of today
    retold; the same village struck "صباح اليوم" by a definite recall is today's strike told again."""
    evs = events_of("قصفت قوات النظام قرية الطيبة بقذائف المدفعية اليوم. "
                    "وكانت قرية الطيبة قد تعرضت في حزيران الماضي لقصف مماثل")
    assert count(evs, "attack", "الطيبة") == 2
    retold = events_of("قصفت قوات النظام قرية الطيبة بقذائف المدفعية اليوم. "
                       "وكانت قرية الطيبة قد تعرضت صباح اليوم للقصف")
    assert count(retold, "attack", "الطيبة") == 1


def test_similar_clashes_are_another_clash_and_continuing_ones_are_not():
    """"اشتباكات مماثلة" in March beside today's clashes: two attacks; "وتواصلت الاشتباكات" is the same fighting."""
    evs = events_of("اندلعت اشتباكات بين مسلحين من العشائر في بلدة الشحيل. "
                    "وكانت اشتباكات مماثلة قد اندلعت في بلدة الشحيل في آذار الماضي")
    assert count(evs, "attack", "الشحيل") == 2
    same = events_of("اندلعت اشتباكات بين مسلحين من العشائر في بلدة الشحيل. "
                     "وتواصلت الاشتباكات في بلدة الشحيل حتى المساء")
    assert count(same, "attack", "الشحيل") == 1


def test_armed_men_roaming_the_streets_are_deployed_there():
    """Fighters or patrols roaming a town's streets or quarters are a force present there (deploy); residents or
    a governor strolling in the same streets tell no force posted."""
    assert count(events_of("قال شهود إن عشرات المقاتلين يتجولون في شوارع مدينة منبج بأسلحتهم"), "deploy", "منبج") == 1
    assert count(events_of("وتجولت دوريات من الأمن العام في أحياء مدينة جبلة مساء اليوم"), "deploy", "جبلة") == 1
    assert not events_of("قال شهود إن عشرات السكان يتجولون في شوارع مدينة منبج مساء الجمعة للتسوق")
    assert not events_of("وتجول محافظ اللاذقية في أسواق مدينة جبلة مساء اليوم")


def test_the_toll_of_a_similar_strike_is_its_own_toll():
    """The dead the similar strike's sentence tells fell in that strike: a second toll beside today's; a toll of
    today's strike told again by a definite recall ("القصف") stays one."""
    evs = events_of("قصفت قوات النظام قرية الطيبة اليوم ما أدى إلى إصابة طفلين. "
                    "وكانت قرية الطيبة قد تعرضت في حزيران الماضي لقصف مماثل أدى إلى مقتل راعٍ")
    assert count(evs, "casualties", "الطيبة") == 2
    once = events_of("قصفت قوات النظام قرية الطيبة اليوم ما أدى إلى إصابة طفلين. "
                     "وقال الأهالي إن القصف على قرية الطيبة أدى إلى إصابة طفلين")
    assert count(once, "casualties", "الطيبة") == 1


def test_a_curfew_is_no_force_roaming():
    """"حظر تجول" is the noun of a curfew: a force imposing it is the curfew (other), not a force roaming; patrols
    told by the bare imperfect ("دوريات الأمن العام تجول في شوارعها") do roam."""
    evs = events_of("وفرضت قوات الأمن العام حظر تجول في مدينة جبلة مساء اليوم")
    assert count(evs, "other", "جبلة") == 1
    assert count(evs, "deploy", "جبلة") == 0
    roam = events_of("وقال مصدر محلي إن دوريات الأمن العام تجول في شوارع مدينة جبلة ليلاً")
    assert count(roam, "deploy", "جبلة") == 1
