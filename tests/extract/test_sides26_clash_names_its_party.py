"""side:attacker-in-article gives an unassigned clash the one side the article's strikes name as attacker. A clash
whose "بين" names an armed party and not that attacker ("اشتباكات بين قوات الأمن العام ومسلحين مجهولين") names its
own parties: it keeps its first-named force (GUIDELINES, Sides). A clash naming no party, or naming the attacker
among its parties, still takes the attacker. Sentences written for these tests (task sides26)."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

STRIKE = "شن تنظيم داعش هجوماً على نقطة عسكرية في بلدة الصبحة. "


def _clash_side(text: str, place: str) -> list[str]:
    art = analyze(Article(id="s26", raw="أخبار\n\n" + STRIKE + text, published="2025-05-10"))
    return [e.actor.side for e in art.events if e.type == "attack" and e.place and e.place.name == place]


@pytest.mark.parametrize("text,place,side", [
    ("وفي ريف جبلة اندلعت اشتباكات بين قوات الأمن العام ومسلحين مجهولين في قرية بيت ياشوط", "بيت ياشوط",
     "government"),
    ("وفي ريف دير الزور اندلعت اشتباكات عنيفة في قرية الجنينة", "الجنينة", "isis"),
    ("واندلعت اشتباكات بين عناصر التنظيم وقوات الأمن العام في قرية الجنينة", "الجنينة", "isis"),
])
def test_a_clash_that_names_its_party_is_not_the_attackers(text, place, side):
    assert _clash_side(text, place) == [side]


def _deal_side(text: str, day: str) -> list[str]:
    art = analyze(Article(id="s26d", raw="أخبار\n\n" + text, published=day))
    return [e.actor.side for e in art.events if e.type == "other"]


@pytest.mark.parametrize("text,day,side", [
    ("وأعلن المحافظ تمديد الهدنة في مدينة تلبيسة ثلاثة أيام أخرى", "2014-02-01", "government"),
    ("وتم تمديد الهدنة في مدينة تلبيسة ثلاثة أيام أخرى", "2014-02-01", "unknown"),
    ("أعلن وزير الدفاع التوصل إلى اتفاق لوقف شامل لإطلاق النار في حي الأشرفية", "2025-10-01", "government"),
    ("أعلن وجهاء المدينة التوصل إلى اتفاق لوقف إطلاق النار في مدينة جرمانا", "2025-10-01", "unknown"),
    ("أعلن وزير الدفاع التركي التوصل إلى اتفاق لوقف إطلاق النار في مدينة رأس العين", "2019-10-20", "turkey"),
])
def test_a_deal_an_office_of_the_state_announces_is_that_states(text, day, side):
    assert _deal_side(text, day) == [side]


def _strike_sides(text: str, place: str) -> list[str]:
    art = analyze(Article(id="s26s", raw="أخبار\n\n" + text, published="2019-06-10"))
    return [e.actor.side for e in art.events if e.type == "attack" and e.place and e.place.name == place]


@pytest.mark.parametrize("text,side", [
    ("صعدت الطائرات الروسية غاراتها على مدينة كفرنبل. وقتل خمسة مدنيين في غارات على بلدة حاس", "russia"),
    ("صعدت الطائرات الروسية غاراتها على مدينة كفرنبل. وقتل خمسة مدنيين في قصف مدفعي على بلدة حاس", "unknown"),
    ("قصفت قوات النظام بالمدفعية مدينة كفرنبل. وقتل مدنيان في قصف على بلدة حاس", "government"),
])
def test_an_unnamed_strike_of_another_arm_is_not_the_storys(text, side):
    assert _strike_sides(text, "حاس") == [side]
