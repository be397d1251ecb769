"""A second toll joined to the first by مقابل / فيما / في حين / بينما ("قتل 15 عنصراً من X مقابل ستة من مقاتلي Y"،
"..., فيما ارتقى أربعة من الثوار"): two casualties events, each inflicted by the other force counted (GUIDELINES:
casualties, the side that inflicted them). Sentences written for task tolls19 (bench/sentences/tolls19.txt)."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def tolls(text: str, day: str = "2016-10-02") -> set[tuple[str | None, str]]:
    art = analyze(Article(id="t", raw=text, published=day))
    return {(e.quantity, e.actor.side) for e in art.events if e.type == "casualties"}


@pytest.mark.parametrize(("text", "want"), [
    ("وقتل 15 عنصراً من قوات النظام مقابل ستة من مقاتلي الفصائل في المعارك قرب بلدة معان.",
     {("15", "opposition"), ("6", "government")}),
    ("ولقي 11 عنصراً من تنظيم داعش مصرعهم مقابل 3 قتلى من قوات النظام خلال الاشتباكات في محيط مدينة تدمر.",
     {("11", "government"), ("3", "isis")}),
    ("وقتل سبعة من عناصر النظام في المعارك على أطراف بلدة بصر الحرير، فيما ارتقى أربعة من الثوار.",
     {("7", "opposition"), ("4", "government")}),
    ("وقتل ثمانية من عناصر النظام خلال المعارك في حي جوبر، بينما قتل ستة من مقاتلي جيش الإسلام.",
     {("8", "opposition"), ("6", "government")}),
])
def test_a_joined_second_toll_is_inflicted_by_the_first_force(text: str, want: set) -> None:
    assert tolls(text) == want


def test_a_wounding_after_the_joiner_is_no_second_toll_of_dead():
    art = analyze(Article(id="t", raw="وقتل خمسة من عناصر النظام في المعارك قرب بلدة الشيخ مسكين، فيما أصيب ثلاثة "
                                     "من الثوار.", published="2013-09-22"))
    assert not any("coordinated-toll" in e.rule for e in art.events)


def test_a_toll_with_no_strike_before_it_is_split_too():
    got = tolls("وأسفرت المواجهات عن مقتل 9 من قوات النظام و5 من مقاتلي فيلق الرحمن في حي القابون.", "2017-03-19")
    assert got == {("9", "opposition"), ("5", "government")}


def test_partners_hurt_together_stay_one_toll():
    art = analyze(Article(id="t", raw="وقال مصدر أمني إن الهجوم أسفر عن إصابة ثلاثة من قوات الأمن السورية واثنين من "
                                     "أفراد القوات الأمريكية قرب مدينة تدمر.", published="2025-12-13"))
    assert not any("coordinated-toll" in e.rule for e in art.events)
